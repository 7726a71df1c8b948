//! The search and repatriation teams (đội quy tập) of Vietnam's Military Regions 5, 7 and 9,
//! and the Cambodian provinces each works in (as reported 2022–2025).

use std::fmt;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::fold;
use crate::lang::Lang;
use crate::province::Province;
use crate::season::NumberOrText;

/// A Vietnamese military region (quân khu) whose teams search in Cambodia.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum MilitaryRegion {
    /// Military Region 5 (central Vietnam): teams K51, K52, K53.
    R5,
    /// Military Region 7 (south-east Vietnam): teams K70, K71, K72, K73.
    R7,
    /// Military Region 9 (Mekong delta): teams K90, K91, K92, K93.
    R9,
}

impl MilitaryRegion {
    /// All three regions, in number order.
    pub const ALL: [MilitaryRegion; 3] = [MilitaryRegion::R5, MilitaryRegion::R7, MilitaryRegion::R9];

    /// The region's number: 5, 7 or 9.
    pub fn number(self) -> u8 {
        match self {
            MilitaryRegion::R5 => 5,
            MilitaryRegion::R7 => 7,
            MilitaryRegion::R9 => 9,
        }
    }

    /// The region's name in `lang`: `Military Region 5`, `Quân khu 5`, `យោធភូមិភាគទី ៥`.
    pub fn name(self, lang: Lang) -> &'static str {
        use MilitaryRegion::*;
        match (lang, self) {
            (Lang::En, R5) => "Military Region 5",
            (Lang::En, R7) => "Military Region 7",
            (Lang::En, R9) => "Military Region 9",
            (Lang::Vi, R5) => "Quân khu 5",
            (Lang::Vi, R7) => "Quân khu 7",
            (Lang::Vi, R9) => "Quân khu 9",
            (Lang::Km, R5) => "យោធភូមិភាគទី ៥",
            (Lang::Km, R7) => "យោធភូមិភាគទី ៧",
            (Lang::Km, R9) => "យោធភូមិភាគទី ៩",
        }
    }

    /// The region's teams.
    pub fn teams(self) -> &'static [Team] {
        use Team::*;
        match self {
            MilitaryRegion::R5 => &[K51, K52, K53],
            MilitaryRegion::R7 => &[K70, K71, K72, K73],
            MilitaryRegion::R9 => &[K90, K91, K92, K93],
        }
    }

    /// The region numbered 5, 7 or 9.
    pub fn from_number(number: u8) -> Option<MilitaryRegion> {
        match number {
            5 => Some(MilitaryRegion::R5),
            7 => Some(MilitaryRegion::R7),
            9 => Some(MilitaryRegion::R9),
            _ => None,
        }
    }

    /// Reads a region, ignoring case, diacritics and spaces: `5`, `QK5`, `QK 5`, `Quân khu 7`,
    /// `MR 9`, `Military Region 9`, `Region 9`, `យោធភូមិភាគទី ៥`.
    pub fn parse(text: &str) -> Option<MilitaryRegion> {
        let key = fold::fold(text);
        let rest = ["quankhu", "qk", "militaryregion", "mr", "region", "យោធភូមិភាគទី", "យោធភូមិភាគ"]
            .iter()
            .find_map(|p| key.strip_prefix(p))
            .unwrap_or(&key);
        match rest {
            "5" => Some(MilitaryRegion::R5),
            "7" => Some(MilitaryRegion::R7),
            "9" => Some(MilitaryRegion::R9),
            _ => None,
        }
    }
}

impl fmt::Display for MilitaryRegion {
    /// `Military Region 5`; see [`MilitaryRegion::name`] for other languages.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name(Lang::En))
    }
}

impl Serialize for MilitaryRegion {
    /// As the number 5, 7 or 9.
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_u8(self.number())
    }
}

impl<'de> Deserialize<'de> for MilitaryRegion {
    /// Reads the number 5, 7 or 9, or any text [`MilitaryRegion::parse`] accepts.
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let found = match NumberOrText::deserialize(deserializer)? {
            NumberOrText::Number(n) => u8::try_from(n).ok().and_then(MilitaryRegion::from_number),
            NumberOrText::Text(text) => MilitaryRegion::parse(&text),
        };
        found.ok_or_else(|| serde::de::Error::custom("expected military region 5, 7 or 9"))
    }
}

/// A search and repatriation team (đội quy tập), named by its code.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Team {
    /// K51 (Military Region 5): Mondulkiri.
    K51,
    /// K52 (Military Region 5): Ratanakiri, Stung Treng, Preah Vihear.
    K52,
    /// K53 (Military Region 5): Ratanakiri (Ta Veaeng), and southern Laos.
    K53,
    /// K70 (Military Region 7): Kampong Cham, Tbong Khmum.
    K70,
    /// K71 (Military Region 7): Siem Reap, Banteay Meanchey, Oddar Meanchey.
    K71,
    /// K72 (Military Region 7): Kratie, Kampong Thom.
    K72,
    /// K73 (Military Region 7): Svay Rieng, Battambang, Pailin.
    K73,
    /// K90 (Military Region 9): Kandal, Kampong Chhnang, Phnom Penh.
    K90,
    /// K91 (Military Region 9): Prey Veng, Pursat.
    K91,
    /// K92 (Military Region 9): Koh Kong, Kampot, Kep, Preah Sihanouk.
    K92,
    /// K93 (Military Region 9): Takeo, Kampong Speu.
    K93,
}

impl Team {
    /// All eleven teams, in code order.
    pub const ALL: [Team; 11] = [
        Team::K51,
        Team::K52,
        Team::K53,
        Team::K70,
        Team::K71,
        Team::K72,
        Team::K73,
        Team::K90,
        Team::K91,
        Team::K92,
        Team::K93,
    ];

    /// The team's code, `"K92"`.
    pub fn code(self) -> &'static str {
        match self {
            Team::K51 => "K51",
            Team::K52 => "K52",
            Team::K53 => "K53",
            Team::K70 => "K70",
            Team::K71 => "K71",
            Team::K72 => "K72",
            Team::K73 => "K73",
            Team::K90 => "K90",
            Team::K91 => "K91",
            Team::K92 => "K92",
            Team::K93 => "K93",
        }
    }

    /// The military region the team belongs to (the first digit of its number).
    pub fn military_region(self) -> MilitaryRegion {
        match self {
            Team::K51 | Team::K52 | Team::K53 => MilitaryRegion::R5,
            Team::K70 | Team::K71 | Team::K72 | Team::K73 => MilitaryRegion::R7,
            Team::K90 | Team::K91 | Team::K92 | Team::K93 => MilitaryRegion::R9,
        }
    }

    /// The Cambodian provinces the team searches, as reported 2022–2025 (K53 also works in
    /// southern Laos, which is not listed). Every province belongs to exactly one team, except
    /// Ratanakiri, shared by K52 and K53.
    pub fn provinces(self) -> &'static [Province] {
        use Province as P;
        match self {
            Team::K51 => &[P::MONDULKIRI],
            Team::K52 => &[P::RATANAKIRI, P::STUNG_TRENG, P::PREAH_VIHEAR],
            Team::K53 => &[P::RATANAKIRI],
            Team::K70 => &[P::KAMPONG_CHAM, P::TBONG_KHMUM],
            Team::K71 => &[P::SIEM_REAP, P::BANTEAY_MEANCHEY, P::ODDAR_MEANCHEY],
            Team::K72 => &[P::KRATIE, P::KAMPONG_THOM],
            Team::K73 => &[P::SVAY_RIENG, P::BATTAMBANG, P::PAILIN],
            Team::K90 => &[P::KANDAL, P::KAMPONG_CHHNANG, P::PHNOM_PENH],
            Team::K91 => &[P::PREY_VENG, P::PURSAT],
            Team::K92 => &[P::KOH_KONG, P::KAMPOT, P::KEP, P::PREAH_SIHANOUK],
            Team::K93 => &[P::TAKEO, P::KAMPONG_SPEU],
        }
    }

    /// The teams that search `province` (two for Ratanakiri, one elsewhere).
    pub fn searching(province: Province) -> impl Iterator<Item = Team> {
        Team::ALL.into_iter().filter(move |t| t.provinces().contains(&province))
    }

    /// The team's name in `lang`: `Team K92`, `Đội K92`, `ក្រុម K92`.
    pub fn label(self, lang: Lang) -> String {
        let word = match lang {
            Lang::En => "Team",
            Lang::Vi => "Đội",
            Lang::Km => "ក្រុម",
        };
        format!("{word} {}", self.code())
    }

    /// Reads a team, ignoring case, diacritics, spaces and hyphens: `K92`, `k-92`, `K 92`,
    /// `Đội K92`, `đội quy tập K92`, `Đội tìm kiếm, quy tập K92`, `Doi K92`, `team K92`,
    /// `K92 team`. A bare number (`92`) is not a team.
    pub fn parse(text: &str) -> Option<Team> {
        let key = code_key(text);
        Team::ALL.into_iter().find(|t| t.code().eq_ignore_ascii_case(&key))
    }

    /// For a team number that is not one of the eleven (`K37`, `Đội K94`, `k-5`), the teams
    /// it may be a misprint of: the team its two digits swapped name (`K37` → K73), else
    /// those one digit changed, added or dropped name (`K94` → K90 … K93), in code order;
    /// empty when none does. `None` when the text is not a K-number, or is a team.
    pub fn misprint(text: &str) -> Option<Vec<Team>> {
        let key = code_key(text);
        let digits = key.strip_prefix('k').filter(|d| (1..=4).contains(&d.len()))?;
        if !digits.bytes().all(|b| b.is_ascii_digit()) || Team::parse(text).is_some() {
            return None;
        }
        let named = |d: &[u8]| Team::ALL.into_iter().find(|t| t.code().as_bytes()[1..] == *d);
        let d = digits.as_bytes();
        let swapped: Vec<Team> = (1..d.len())
            .filter_map(|i| {
                let mut e = d.to_vec();
                e.swap(i - 1, i);
                named(&e)
            })
            .collect();
        if !swapped.is_empty() {
            return Some(swapped);
        }
        let mut edits: Vec<Vec<u8>> = Vec::new();
        for i in 0..=d.len() {
            for digit in b'0'..=b'9' {
                if i < d.len() && digit != d[i] {
                    let mut e = d.to_vec();
                    e[i] = digit;
                    edits.push(e);
                }
                let mut e = d.to_vec();
                e.insert(i, digit);
                edits.push(e);
            }
            if i < d.len() {
                let mut e = d.to_vec();
                e.remove(i);
                edits.push(e);
            }
        }
        Some(Team::ALL.into_iter().filter(|t| edits.iter().any(|e| named(e) == Some(*t))).collect())
    }
}

/// A team's text without the words for "team" before or after it, folded: `Đội K92` → `k92`.
fn code_key(text: &str) -> String {
    let key = fold::fold(text);
    let key = ["doitimkiemquytap", "doitimkiem", "doiquytap", "doi", "searchteam", "team"]
        .iter()
        .find_map(|p| key.strip_prefix(p))
        .unwrap_or(&key);
    key.strip_suffix("team").unwrap_or(key).to_owned()
}

impl fmt::Display for Team {
    /// The code, `K92`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

impl Serialize for Team {
    /// As the code, `"K92"`.
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.code())
    }
}

impl<'de> Deserialize<'de> for Team {
    /// Reads any text [`Team::parse`] accepts.
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = std::borrow::Cow::<str>::deserialize(deserializer)?;
        Team::parse(&text).ok_or_else(|| {
            serde::de::Error::custom(format!(
                "\"{}\" is not a team (expected K51 … K53, K70 … K73 or K90 … K93)",
                crate::quote::shorten(&text)
            ))
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn team_forms() {
        for text in [
            "K92",
            "k92",
            "k-92",
            "K 92",
            "K–92",
            "Đội K92",
            "ĐỘI K92",
            "đội quy tập K92",
            "Đội tìm kiếm, quy tập K92",
            "Doi K92",
            "doi quy tap k92",
            "team K92",
            "Team K-92",
            "K92 team",
            " K92 ",
        ] {
            assert_eq!(Team::parse(text), Some(Team::K92), "{text}");
        }
        for text in ["92", "K94", "K5", "K920", "", "Đội", "KK92", "K92 Quân khu 9"] {
            assert_eq!(Team::parse(text), None, "{text}");
        }
    }

    #[test]
    fn misprinted_numbers_suggest_real_teams() {
        use Team::*;
        assert_eq!(Team::misprint("K37"), Some(vec![K73]));
        assert_eq!(Team::misprint("Đội K37"), Some(vec![K73]));
        assert_eq!(Team::misprint("k-15"), Some(vec![K51]));
        assert_eq!(Team::misprint("K94"), Some(vec![K90, K91, K92, K93]));
        assert_eq!(Team::misprint("K5"), Some(vec![K51, K52, K53]));
        assert_eq!(Team::misprint("K920"), Some(vec![K90, K92]));
        assert_eq!(Team::misprint("K1000"), Some(vec![]));
        assert_eq!(Team::misprint("K92"), None);
        assert_eq!(Team::misprint("Biên phòng"), None);
        assert_eq!(Team::misprint("K"), None);
        assert_eq!(Team::misprint("K12345"), None);
    }

    #[test]
    fn codes_regions_and_labels() {
        for team in Team::ALL {
            assert_eq!(Team::parse(team.code()), Some(team));
            assert!(team.military_region().teams().contains(&team));
            let first_digit = team.code().as_bytes()[1] - b'0';
            assert_eq!(team.military_region().number(), first_digit);
        }
        assert_eq!(Team::K92.to_string(), "K92");
        assert_eq!(Team::K92.label(Lang::Vi), "Đội K92");
        assert_eq!(Team::K92.military_region(), MilitaryRegion::R9);
    }

    #[test]
    fn provinces_per_team() {
        assert_eq!(Team::K53.provinces(), &[Province::RATANAKIRI]);
        assert_eq!(Team::K90.provinces(), &[Province::KANDAL, Province::KAMPONG_CHHNANG, Province::PHNOM_PENH]);
        for p in Province::ALL {
            let teams: Vec<Team> = Team::searching(p).collect();
            if p == Province::RATANAKIRI {
                assert_eq!(teams, [Team::K52, Team::K53]);
            } else {
                assert_eq!(teams.len(), 1, "{p:?}");
            }
        }
    }

    #[test]
    fn military_regions() {
        for text in [
            "5",
            "QK5",
            "qk 5",
            "Quân khu 5",
            "QUAN KHU 5",
            "MR 5",
            "MR-5",
            "Military Region 5",
            "region 5",
            "យោធភូមិភាគទី ៥",
        ] {
            assert_eq!(MilitaryRegion::parse(text), Some(MilitaryRegion::R5), "{text}");
        }
        assert_eq!(MilitaryRegion::parse("Quân khu 7"), Some(MilitaryRegion::R7));
        assert_eq!(MilitaryRegion::parse("MR 9"), Some(MilitaryRegion::R9));
        for text in ["6", "QK", "", "QK 55", "Quân khu 1"] {
            assert_eq!(MilitaryRegion::parse(text), None, "{text}");
        }
        assert_eq!(MilitaryRegion::R9.name(Lang::Vi), "Quân khu 9");
        assert_eq!(MilitaryRegion::R5.to_string(), "Military Region 5");
        assert_eq!(MilitaryRegion::from_number(7), Some(MilitaryRegion::R7));
    }

    #[test]
    fn serde() {
        assert_eq!(serde_json::to_string(&Team::K92).unwrap(), "\"K92\"");
        assert_eq!(serde_json::from_str::<Team>("\"Đội K92\"").unwrap(), Team::K92);
        assert!(serde_json::from_str::<Team>("\"K94\"").is_err());
        assert_eq!(serde_json::to_string(&MilitaryRegion::R7).unwrap(), "7");
        assert_eq!(serde_json::from_str::<MilitaryRegion>("9").unwrap(), MilitaryRegion::R9);
        assert_eq!(serde_json::from_str::<MilitaryRegion>("\"QK5\"").unwrap(), MilitaryRegion::R5);
        assert!(serde_json::from_str::<MilitaryRegion>("6").is_err());
    }
}
