//! Cambodia's 25 first-level divisions (24 provinces and the capital Phnom Penh), identified by
//! their ISO 3166-2:KH number, with names in three languages, map points and a forgiving
//! lookup of the many spellings found in Vietnamese, Khmer and English sources.
//!
//! Names and aliases come from `data/provinces.csv` and `data/aliases.csv`, compiled by
//! `build/gazetteer.rs`. Khmer/English names: General Directorate of Digital Economy, Ministry
//! of Economy and Finance of Cambodia (data.mef.gov.kh); ISO names from iso-codes.

use std::fmt;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::fold;
use crate::lang::Lang;

include!(concat!(env!("OUT_DIR"), "/gazetteer.rs"));

/// A first-level division of Cambodia (a province, or the capital Phnom Penh), by its
/// ISO 3166-2:KH number 1 … 25. Serialised as its code, `"KH-4"`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Province(u8);

/// How well an alias is attested in the sources of `data/aliases.csv`; ordered strongest first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum AliasStatus {
    /// Found in official lists, standards or published works.
    Attested,
    /// Seen only in weak sources (e.g. application data).
    Weak,
    /// Not found in any source; a plausible spelling, accepted with a warning.
    Unverified,
    /// Not in the gazetteer at all: matched by its sound to one province's aliases (a
    /// Vietnamese transliteration such as `Kông Pông Chàm`, see [`fold::sound_key`]), accepted
    /// with a warning.
    Rule,
}

impl AliasStatus {
    /// The status as written in `aliases.csv`: `attested`, `weak`, `unverified`.
    pub fn as_str(self) -> &'static str {
        match self {
            AliasStatus::Attested => "attested",
            AliasStatus::Weak => "weak",
            AliasStatus::Unverified => "unverified",
            AliasStatus::Rule => "rule",
        }
    }

    fn from_bits(bits: u8) -> AliasStatus {
        match bits {
            0 => AliasStatus::Attested,
            1 => AliasStatus::Weak,
            _ => AliasStatus::Unverified,
        }
    }
}

impl fmt::Display for AliasStatus {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A name that matches no Cambodian province, with the provinces it may mean.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct UnknownProvince {
    /// The name as given.
    pub input: String,
    /// The provinces whose names the input is a part of (`Kampong`: the four Kampong
    /// provinces; `Sihanouk`: Preah Sihanouk), in number order; else up to three whose names
    /// are close to it, closest first.
    pub suggestions: Vec<Province>,
}

impl fmt::Display for UnknownProvince {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "\"{}\" is not a Cambodian province", crate::quote::shorten(&self.input))?;
        match self.suggestions.as_slice() {
            [] => f.write_str(
                " (expected a province name such as Kampong Chhnang, in English, Vietnamese or \
                 Khmer, or a code from KH-1 to KH-25)",
            ),
            [only] => write!(f, ": did you mean {} ({})?", only.name(Lang::En), only.code()),
            [init @ .., last] => {
                f.write_str(": did you mean ")?;
                for (i, p) in init.iter().enumerate() {
                    if i > 0 {
                        f.write_str(", ")?;
                    }
                    write!(f, "{} ({})", p.name(Lang::En), p.code())?;
                }
                write!(f, " or {} ({})?", last.name(Lang::En), last.code())
            }
        }
    }
}

impl std::error::Error for UnknownProvince {}

const CODES: [&str; 25] = [
    "KH-1", "KH-2", "KH-3", "KH-4", "KH-5", "KH-6", "KH-7", "KH-8", "KH-9", "KH-10", "KH-11", "KH-12", "KH-13",
    "KH-14", "KH-15", "KH-16", "KH-17", "KH-18", "KH-19", "KH-20", "KH-21", "KH-22", "KH-23", "KH-24", "KH-25",
];

/// Inputs longer than this (in characters, once folded) get no suggestions, to bound the work.
const MAX_SUGGESTION_INPUT: usize = 64;

impl Province {
    /// Banteay Meanchey (KH-1).
    pub const BANTEAY_MEANCHEY: Province = Province(1);
    /// Battambang (KH-2).
    pub const BATTAMBANG: Province = Province(2);
    /// Kampong Cham (KH-3).
    pub const KAMPONG_CHAM: Province = Province(3);
    /// Kampong Chhnang (KH-4).
    pub const KAMPONG_CHHNANG: Province = Province(4);
    /// Kampong Speu (KH-5).
    pub const KAMPONG_SPEU: Province = Province(5);
    /// Kampong Thom (KH-6).
    pub const KAMPONG_THOM: Province = Province(6);
    /// Kampot (KH-7).
    pub const KAMPOT: Province = Province(7);
    /// Kandal (KH-8).
    pub const KANDAL: Province = Province(8);
    /// Koh Kong (KH-9).
    pub const KOH_KONG: Province = Province(9);
    /// Kratie (KH-10).
    pub const KRATIE: Province = Province(10);
    /// Mondulkiri (KH-11).
    pub const MONDULKIRI: Province = Province(11);
    /// Phnom Penh, the capital (KH-12).
    pub const PHNOM_PENH: Province = Province(12);
    /// Preah Vihear (KH-13).
    pub const PREAH_VIHEAR: Province = Province(13);
    /// Prey Veng (KH-14).
    pub const PREY_VENG: Province = Province(14);
    /// Pursat (KH-15).
    pub const PURSAT: Province = Province(15);
    /// Ratanakiri (KH-16).
    pub const RATANAKIRI: Province = Province(16);
    /// Siem Reap (KH-17).
    pub const SIEM_REAP: Province = Province(17);
    /// Preah Sihanouk (KH-18).
    pub const PREAH_SIHANOUK: Province = Province(18);
    /// Stung Treng (KH-19).
    pub const STUNG_TRENG: Province = Province(19);
    /// Svay Rieng (KH-20).
    pub const SVAY_RIENG: Province = Province(20);
    /// Takeo (KH-21).
    pub const TAKEO: Province = Province(21);
    /// Oddar Meanchey (KH-22).
    pub const ODDAR_MEANCHEY: Province = Province(22);
    /// Kep (KH-23).
    pub const KEP: Province = Province(23);
    /// Pailin (KH-24).
    pub const PAILIN: Province = Province(24);
    /// Tbong Khmum (KH-25), split from Kampong Cham in 2013.
    pub const TBONG_KHMUM: Province = Province(25);

    /// All 25 divisions, in ISO number order.
    pub const ALL: [Province; 25] = {
        let mut all = [Province(1); 25];
        let mut i = 0;
        while i < 25 {
            all[i] = Province(i as u8 + 1);
            i += 1;
        }
        all
    };

    /// The division with ISO 3166-2:KH number `number` (1 … 25).
    pub fn from_number(number: u8) -> Option<Province> {
        (1..=25).contains(&number).then_some(Province(number))
    }

    /// The ISO 3166-2:KH number, 1 … 25.
    pub fn number(self) -> u8 {
        self.0
    }

    fn index(self) -> usize {
        usize::from(self.0 - 1)
    }

    /// The ISO 3166-2 code, `"KH-4"`.
    pub fn code(self) -> &'static str {
        CODES[self.index()]
    }

    /// The name in `lang`: the English (MEF) name, the Khmer name, or the usual Vietnamese
    /// name (often the English spelling, e.g. `Kampong Chhnang`; `Phnôm Pênh`, `Xiêm Riệp`).
    pub fn name(self, lang: Lang) -> &'static str {
        match lang {
            Lang::En => NAME_EN[self.index()],
            Lang::Vi => NAME_VI[self.index()],
            Lang::Km => NAME_KM[self.index()],
        }
    }

    /// Where to put the province's label on a map, (lon, lat) in degrees (WGS 84); a point
    /// inside the province.
    pub fn label_point(self) -> (f64, f64) {
        LABEL_POINT[self.index()]
    }

    /// The area-weighted centroid, (lon, lat) in degrees; may fall outside the province.
    pub fn centroid(self) -> (f64, f64) {
        CENTROID[self.index()]
    }

    /// Area in km², from the simplified boundaries (Preah Sihanouk, Kep and Pailin differ from
    /// published figures; Tonle Sap is split among its provinces).
    pub fn area_km2(self) -> f64 {
        AREA_KM2[self.index()]
    }

    /// Reads a code only: `KH-4`, `kh4`, `KH 04` (any case). A bare number is not a code.
    pub fn from_code(code: &str) -> Option<Province> {
        let key = fold::fold(code);
        let digits = key.strip_prefix("kh")?;
        if digits.is_empty() || digits.len() > 3 || !digits.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        digits.parse::<u8>().ok().and_then(Province::from_number)
    }

    /// Finds the province named by `name`: any alias in `data/aliases.csv` (attested, weak or
    /// unverified), the English, Khmer, Vietnamese or ISO name, or the code (`KH-4`, `kh4`; not a
    /// bare number); failing those, a spelling that sounds like one province's aliases
    /// ([`fold::sound_key`]: `Kông Pông Chàm`, `Xvây Riêng`). Case, spaces, hyphens,
    /// apostrophes, diacritics, zero-width characters and a leading or trailing word for
    /// "province" (`Province`, `Khet`, `Tỉnh`, `ខេត្ត`, `Krong`, `Thành phố`, `រាជធានី`…) are
    /// ignored. On failure, suggests the provinces whose names the input is part of (`Kampong`,
    /// `Preah`, `Sihanouk`), else the closest.
    pub fn lookup(name: &str) -> Result<Province, UnknownProvince> {
        Province::lookup_detailed(name).map(|(p, _)| p)
    }

    /// Like [`Province::lookup`], also telling how well the matched alias is attested, so a
    /// data reader can warn about `Weak`, `Unverified` and `Rule` (matched by sound) spellings. Codes and official names
    /// are `Attested`; an alias attested for one province in any source counts as attested.
    pub fn lookup_detailed(name: &str) -> Result<(Province, AliasStatus), UnknownProvince> {
        Province::lookup_suggesting(name, true)
    }

    /// Like [`Province::lookup_detailed`], searching for suggestions on failure only when
    /// `suggesting` (else the error suggests nothing): for a reader that has already searched
    /// for many unknown names.
    pub fn lookup_suggesting(name: &str, suggesting: bool) -> Result<(Province, AliasStatus), UnknownProvince> {
        if let Some(p) = Province::from_code(name) {
            return Ok((p, AliasStatus::Attested));
        }
        let key = fold::province_key(name);
        if !key.is_empty() {
            for (alias, &info) in ALIAS_KEYS.split('\n').zip(ALIAS_INFO.iter()) {
                if alias == key {
                    if let Some(p) = Province::from_number(info & 0x1F) {
                        return Ok((p, AliasStatus::from_bits(info >> 5)));
                    }
                }
            }
        }
        if let Some(p) = by_sound(&key) {
            return Ok((p, AliasStatus::Rule));
        }
        let mut suggestions = part_of_names(&key);
        if suggestions.is_empty() && suggesting {
            suggestions = suggest(&key);
        }
        Err(UnknownProvince { input: name.to_owned(), suggestions })
    }
}

/// The one province whose aliases sound like `key` ([`fold::sound_key`]), if there is one
/// and one of them is spelled nearly as long with nearly the same vowels: at most one letter
/// more or fewer, in all and among the vowels (`Bát-tam-boong` as `Battambang`, but not
/// `Mondulkiriaaa` as `Mondulkiri`).
fn by_sound(key: &str) -> Option<Province> {
    let sound = fold::sound_key(key);
    if sound.len() < fold::MIN_SOUND_KEY {
        return None;
    }
    let (_, &number) = SOUND_KEYS.split('\n').zip(SOUND_INFO.iter()).find(|(k, _)| *k == sound)?;
    let runs = vowel_runs(key);
    let close = |alias: &str| {
        let theirs = vowel_runs(alias);
        alias.len().abs_diff(key.len()) <= 1
            && theirs.len() == runs.len()
            && theirs.iter().zip(&runs).map(|(a, b)| a.abs_diff(*b)).sum::<usize>() <= 1
    };
    let found = ALIAS_KEYS
        .split('\n')
        .zip(ALIAS_INFO.iter())
        .any(|(alias, &info)| info & 0x1F == number && close(alias) && fold::sound_key(alias) == sound);
    found.then(|| Province::from_number(number)).flatten()
}

/// The lengths of the runs of vowels (`a e i o u y`) in a folded key: `battamboong` → 1, 1, 2.
fn vowel_runs(key: &str) -> Vec<usize> {
    let mut runs = Vec::new();
    let mut run = 0;
    for b in key.bytes().chain([b' ']) {
        if matches!(b, b'a' | b'e' | b'i' | b'o' | b'u' | b'y') {
            run += 1;
        } else if run > 0 {
            runs.push(run);
            run = 0;
        }
    }
    runs
}

/// The provinces whose English or Vietnamese name has `key` as its first or last words but
/// is not only `key` (`kampong`: Kampong Cham, Kampong Chhnang, Kampong Speu, Kampong Thom;
/// `sihanouk`: Preah Sihanouk), in number order; failing any, those whose names' first or
/// last words sound like it (`Kông Pông`). From tables the build script made.
fn part_of_names(key: &str) -> Vec<Province> {
    let find = |keys: &'static str, of: &'static [&'static [u8]], key: &str| {
        keys.split('\n').zip(of.iter()).find(|(k, _)| *k == key).map_or(&[][..], |(_, &list)| list)
    };
    let mut found = if key.len() < 3 { &[][..] } else { find(PART_KEYS, &PART_OF, key) };
    if found.is_empty() {
        let sound = fold::sound_key(key);
        if sound.len() >= 3 {
            found = find(PART_SOUND_KEYS, &PART_SOUND_OF, &sound);
        }
    }
    found.iter().filter_map(|&n| Province::from_number(n)).collect()
}

/// The provinces whose alias keys are closest to `key` by edit distance: at most three,
/// within a distance that grows with the length of the input, and no farther than one more
/// edit than the closest. Only distances within that bound are computed exactly (an alias
/// whose length alone puts it farther is not compared), which leaves the result the same.
/// How many edits a suggestion may be from an input of `len` characters.
fn edits_allowed(len: usize) -> usize {
    match len {
        0..=4 => 1,
        5..=8 => 2,
        _ => 3,
    }
}

fn suggest(key: &str) -> Vec<Province> {
    let input: Vec<char> = key.chars().collect();
    if input.is_empty() || input.len() > MAX_SUGGESTION_INPUT {
        return Vec::new();
    }
    let allowed = edits_allowed(input.len());
    let mut best = [usize::MAX; 25];
    let mut work = Distance::default();
    for (alias, &info) in ALIAS_KEYS.split('\n').zip(ALIAS_INFO.iter()) {
        if let Some(p) = Province::from_number(info & 0x1F) {
            let d = work.within(&input, alias, allowed);
            let slot = &mut best[p.index()];
            *slot = (*slot).min(d);
        }
    }
    let closest = best.iter().copied().min().unwrap_or(usize::MAX);
    let limit = allowed.min(closest.saturating_add(1));
    // Closest first, then in number order; no sort (it would cost kilobytes of wasm).
    (closest..=limit).flat_map(|d| Province::ALL.into_iter().filter(move |p| best[p.index()] == d)).take(3).collect()
}

/// The buffers of an edit distance, reused from one alias to the next.
#[derive(Default)]
struct Distance {
    alias: Vec<char>,
    previous: Vec<usize>,
    current: Vec<usize>,
}

impl Distance {
    /// The Levenshtein distance between `a` and `b`, counted in characters, when it is at most
    /// `max`; else `max + 1` (found early: from the lengths, or once a whole row of the table
    /// is past `max`, as no later row can come back under it).
    fn within(&mut self, a: &[char], b: &str, max: usize) -> usize {
        let over = max + 1;
        self.alias.clear();
        self.alias.extend(b.chars());
        let b = &self.alias;
        if a.len().abs_diff(b.len()) > max {
            return over;
        }
        self.previous.clear();
        self.previous.extend(0..=b.len());
        self.current.clear();
        self.current.resize(b.len() + 1, 0);
        for (i, &ca) in a.iter().enumerate() {
            self.current[0] = i + 1;
            let mut row_min = i + 1;
            for (j, &cb) in b.iter().enumerate() {
                let substitution = self.previous[j] + usize::from(ca != cb);
                let d = substitution.min(self.previous[j + 1] + 1).min(self.current[j] + 1);
                self.current[j + 1] = d;
                row_min = row_min.min(d);
            }
            if row_min > max {
                return over;
            }
            std::mem::swap(&mut self.previous, &mut self.current);
        }
        self.previous[b.len()].min(over)
    }
}

impl fmt::Display for Province {
    /// The English name, `Kampong Chhnang`; use [`Province::name`] for other languages and
    /// [`Province::code`] for the code.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name(Lang::En))
    }
}

impl Serialize for Province {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.code())
    }
}

impl<'de> Deserialize<'de> for Province {
    /// Reads a code (`"KH-4"`, `"kh4"`); names are not accepted here (use [`Province::lookup`]).
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = std::borrow::Cow::<str>::deserialize(deserializer)?;
        Province::from_code(&text).ok_or_else(|| {
            serde::de::Error::custom(format!(
                "\"{}\" is not a province code (expected KH-1 … KH-25)",
                crate::quote::shorten(&text)
            ))
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn all_is_in_number_order() {
        assert_eq!(Province::ALL.len(), 25);
        for (i, p) in Province::ALL.iter().enumerate() {
            assert_eq!(usize::from(p.number()), i + 1);
            assert_eq!(p.code(), format!("KH-{}", i + 1));
        }
        assert_eq!(Province::from_number(0), None);
        assert_eq!(Province::from_number(26), None);
    }

    #[test]
    fn named_constants_match_the_gazetteer() {
        let named = [
            (Province::BANTEAY_MEANCHEY, "Banteay Meanchey"),
            (Province::BATTAMBANG, "Battambang"),
            (Province::KAMPONG_CHAM, "Kampong Cham"),
            (Province::KAMPONG_CHHNANG, "Kampong Chhnang"),
            (Province::KAMPONG_SPEU, "Kampong Speu"),
            (Province::KAMPONG_THOM, "Kampong Thom"),
            (Province::KAMPOT, "Kampot"),
            (Province::KANDAL, "Kandal"),
            (Province::KOH_KONG, "Koh Kong"),
            (Province::KRATIE, "Kratie"),
            (Province::MONDULKIRI, "Mondulkiri"),
            (Province::PHNOM_PENH, "Phnom Penh"),
            (Province::PREAH_VIHEAR, "Preah Vihear"),
            (Province::PREY_VENG, "Prey Veng"),
            (Province::PURSAT, "Pursat"),
            (Province::RATANAKIRI, "Ratanakiri"),
            (Province::SIEM_REAP, "Siem Reap"),
            (Province::PREAH_SIHANOUK, "Preah Sihanouk"),
            (Province::STUNG_TRENG, "Stung Treng"),
            (Province::SVAY_RIENG, "Svay Rieng"),
            (Province::TAKEO, "Takeo"),
            (Province::ODDAR_MEANCHEY, "Oddar Meanchey"),
            (Province::KEP, "Kep"),
            (Province::PAILIN, "Pailin"),
            (Province::TBONG_KHMUM, "Tbong Khmum"),
        ];
        for (p, name) in named {
            assert_eq!(p.name(Lang::En), name);
        }
    }

    #[test]
    fn names_in_three_languages() {
        let p = Province::KAMPONG_CHHNANG;
        assert_eq!(p.name(Lang::En), "Kampong Chhnang");
        assert_eq!(p.name(Lang::Km), "កំពង់ឆ្នាំង");
        assert_eq!(p.name(Lang::Vi), "Kampong Chhnang");
        assert_eq!(Province::PHNOM_PENH.name(Lang::Vi), "Phnôm Pênh");
        assert_eq!(Province::SIEM_REAP.name(Lang::Vi), "Xiêm Riệp");
        assert_eq!(p.to_string(), "Kampong Chhnang");
    }

    #[test]
    fn points_and_areas() {
        assert_eq!(Province::KAMPONG_CHHNANG.label_point(), (104.5532, 12.1155));
        assert_eq!(Province::KAMPONG_CHHNANG.centroid(), (104.5583, 12.1686));
        assert_eq!(Province::KEP.area_km2(), 152.0);
        for p in Province::ALL {
            let (lon, lat) = p.label_point();
            assert!((102.0..108.0).contains(&lon) && (10.0..15.0).contains(&lat), "{p:?}");
            assert!(p.area_km2() > 0.0);
        }
    }

    #[test]
    fn codes() {
        for text in ["KH-4", "kh4", "KH 4", "kh-04", " KH–4 "] {
            assert_eq!(Province::from_code(text), Some(Province::KAMPONG_CHHNANG), "{text}");
            assert_eq!(Province::lookup(text), Ok(Province::KAMPONG_CHHNANG), "{text}");
        }
        for text in ["4", "KH-0", "KH-26", "KH-", "KH-1000", "KHM-4", ""] {
            assert_eq!(Province::from_code(text), None, "{text}");
            assert!(Province::lookup(text).is_err(), "{text}");
        }
    }

    #[test]
    fn lookup_ignores_case_diacritics_spacing_and_province_words() {
        let kc = Ok(Province::KAMPONG_CHHNANG);
        for text in [
            "Kampong Chhnang",
            "KAMPONG CHHNANG",
            "kampong-chhnang",
            "KampongChhnang",
            "Kâmpóng Chhnăng",
            "Kompong Chnang",
            "Province of Kampong Chhnang",
            "Kampong Chhnang Province",
            "Prov. Kampong Chhnang",
            "Tỉnh Kampong Chhnang",
            "tinh Kampong Chhnang",
            "Khet Kampong Chhnang",
            "Khaet Kampong Chhnang",
            "Kam\u{200B}pong Chh\u{200D}nang",
            "កំពង់ឆ្នាំង",
            "ខេត្តកំពង់ឆ្នាំង",
            "ខេត្ត កំពង់ឆ្នាំង",
            "ខេត្ត\u{200B}កំពង់ឆ្នាំង",
        ] {
            let result = Province::lookup(text).map_err(|e| e.to_string());
            assert_eq!(result, kc.clone(), "{text}");
        }
        assert_eq!(Province::lookup("Thành phố Phnôm Pênh"), Ok(Province::PHNOM_PENH));
        assert_eq!(Province::lookup("Rajadhani Phnom Penh"), Ok(Province::PHNOM_PENH));
        assert_eq!(Province::lookup("រាជធានីភ្នំពេញ"), Ok(Province::PHNOM_PENH));
        assert_eq!(Province::lookup("Krong Kep"), Ok(Province::KEP));
        assert_eq!(Province::lookup("កណ្តាល"), Ok(Province::KANDAL));
        assert_eq!(Province::lookup("Nam Vang"), Ok(Province::PHNOM_PENH));
        assert_eq!(Province::lookup("Tbong Khmum"), Ok(Province::TBONG_KHMUM));
    }

    #[test]
    fn lookup_reports_alias_status() {
        assert_eq!(Province::lookup_detailed("Kampong Chnang"), Ok((Province::KAMPONG_CHHNANG, AliasStatus::Weak)));
        assert_eq!(
            Province::lookup_detailed("Công-pông Chnăng"),
            Ok((Province::KAMPONG_CHHNANG, AliasStatus::Unverified))
        );
        // Unverified as a Vietnamese spelling, but attested as the English name.
        assert_eq!(Province::lookup_detailed("Preah Sihanouk"), Ok((Province::PREAH_SIHANOUK, AliasStatus::Attested)));
        assert_eq!(Province::lookup_detailed("KH-18"), Ok((Province::PREAH_SIHANOUK, AliasStatus::Attested)));
    }

    #[test]
    fn unknown_names_get_suggestions() {
        let err = Province::lookup("Kampong Chnnang").unwrap_err();
        assert_eq!(err.suggestions, vec![Province::KAMPONG_CHHNANG]);
        assert_eq!(
            err.to_string(),
            "\"Kampong Chnnang\" is not a Cambodian province: did you mean Kampong Chhnang (KH-4)?"
        );
        let err = Province::lookup("Paris").unwrap_err();
        assert_eq!(err.suggestions, vec![]);
        assert_eq!(
            err.to_string(),
            "\"Paris\" is not a Cambodian province (expected a province name such as Kampong \
             Chhnang, in English, Vietnamese or Khmer, or a code from KH-1 to KH-25)"
        );
        // A part of several names lists them all, not the nearest other name (Kampot).
        let err = Province::lookup("Kampong").unwrap_err();
        let kampongs =
            [Province::KAMPONG_CHAM, Province::KAMPONG_CHHNANG, Province::KAMPONG_SPEU, Province::KAMPONG_THOM];
        assert_eq!(err.suggestions, kampongs);
        assert_eq!(
            err.to_string(),
            "\"Kampong\" is not a Cambodian province: did you mean Kampong Cham (KH-3), Kampong \
             Chhnang (KH-4), Kampong Speu (KH-5) or Kampong Thom (KH-6)?"
        );
        assert_eq!(Province::lookup("Kông Pông").unwrap_err().suggestions, kampongs);
        assert_eq!(Province::lookup_suggesting("Kampong", false).unwrap_err().suggestions, kampongs);
        assert_eq!(
            Province::lookup("Preah").unwrap_err().suggestions,
            [Province::PREAH_VIHEAR, Province::PREAH_SIHANOUK]
        );
        assert_eq!(Province::lookup("Sihanouk").unwrap_err().suggestions, [Province::PREAH_SIHANOUK]);
        assert_eq!(Province::lookup("Xi-ha-núc").unwrap_err().suggestions, [Province::PREAH_SIHANOUK]);
        assert_eq!(Province::lookup("Banteay").unwrap_err().suggestions, [Province::BANTEAY_MEANCHEY]);
        assert_eq!(
            Province::lookup("Meanchey").unwrap_err().suggestions,
            [Province::BANTEAY_MEANCHEY, Province::ODDAR_MEANCHEY]
        );
        assert_eq!(Province::lookup("Ratanakri").unwrap_err().suggestions, vec![Province::RATANAKIRI]);
        assert_eq!(Province::lookup("").unwrap_err().suggestions, vec![]);
        assert_eq!(Province::lookup_suggesting("Kampong Chnnang", false).unwrap_err().suggestions, vec![]);
        assert_eq!(
            Province::lookup_suggesting("Kampong Chnang", false),
            Ok((Province::KAMPONG_CHHNANG, AliasStatus::Weak))
        );
    }

    #[test]
    fn spellings_that_sound_like_one_province_are_read_by_rule() {
        for (text, p) in [
            ("Kông Pông Chàm", Province::KAMPONG_CHAM),
            ("Kông Pông Chhnăng", Province::KAMPONG_CHHNANG),
            ("Kông Pông Thom", Province::KAMPONG_THOM),
            ("Kom-pông Spư", Province::KAMPONG_SPEU),
            ("KôngPôngChàm", Province::KAMPONG_CHAM),
            ("Công Pốt", Province::KAMPOT),
            ("Xvây Riêng", Province::SVAY_RIENG),
            ("Mông-đun-ki-ri", Province::MONDULKIRI),
            ("Bát-tam-boong", Province::BATTAMBANG),
        ] {
            assert_eq!(Province::lookup_detailed(text), Ok((p, AliasStatus::Rule)), "{text}");
        }
        // Listed spellings keep their own status; misspellings are not read by sound.
        assert_eq!(Province::lookup_detailed("Cam-pốt"), Ok((Province::KAMPOT, AliasStatus::Unverified)));
        assert!(Province::lookup("Kampong Chnnang").is_err());
        assert!(Province::lookup("Kông Pông Chàmm").is_err());
        assert!(Province::lookup("Kip").is_err());
        // Sounding alike is not enough when the vowels are far longer.
        assert!(Province::lookup("Mondulkiriaaa").is_err());
        assert!(Province::lookup("Banteay Meancheyaei").is_err());
        assert_eq!(vowel_runs("battamboong"), [1, 1, 2]);
        // No sound key names two provinces.
        assert!(SOUND_INFO.iter().all(|&n| n <= 25));
    }

    #[test]
    fn several_suggestions_are_listed() {
        let err = UnknownProvince {
            input: "Kampong".into(),
            suggestions: vec![Province::KAMPONG_CHAM, Province::KAMPONG_THOM, Province::KAMPOT],
        };
        assert_eq!(
            err.to_string(),
            "\"Kampong\" is not a Cambodian province: did you mean Kampong Cham (KH-3), \
             Kampong Thom (KH-6) or Kampot (KH-7)?"
        );
    }

    #[test]
    fn edit_distance_counts_characters_up_to_a_bound() {
        let mut work = Distance::default();
        let a: Vec<char> = "kitten".chars().collect();
        assert_eq!(work.within(&a, "sitting", 3), 3);
        assert_eq!(work.within(&a, "sitting", 2), 3);
        assert_eq!(work.within(&a, "kitten", 0), 0);
        assert_eq!(work.within(&[], "abc", 3), 3);
        assert_eq!(work.within(&[], "abcd", 3), 4);
        let k: Vec<char> = "កំពង់".chars().collect();
        assert_eq!(work.within(&k, "កំពង", 1), 1);
        // Against the whole table, on every pair of a few words and every bound.
        let words = ["", "a", "kampot", "kampong", "kampongcham", "kompongtom", "takeo", "taekwo", "pailin"];
        for x in words {
            for y in words {
                let a: Vec<char> = x.chars().collect();
                let full = full_distance(&a, y);
                for max in 0..8 {
                    assert_eq!(work.within(&a, y, max), full.min(max + 1), "{x} {y} {max}");
                }
            }
        }
    }

    /// The Levenshtein distance, by the whole table.
    fn full_distance(a: &[char], b: &str) -> usize {
        let b: Vec<char> = b.chars().collect();
        let mut previous: Vec<usize> = (0..=b.len()).collect();
        for (i, &ca) in a.iter().enumerate() {
            let mut current = vec![i + 1; b.len() + 1];
            for (j, &cb) in b.iter().enumerate() {
                current[j + 1] = (previous[j] + usize::from(ca != cb)).min(previous[j + 1] + 1).min(current[j] + 1);
            }
            previous = current;
        }
        previous[b.len()]
    }

    #[test]
    fn suggestions_are_those_of_the_full_search() {
        // The bounded search against the whole table over every alias, for near misses of
        // every alias (one and two edits) and unrelated words.
        let full = |key: &str| {
            let input: Vec<char> = key.chars().collect();
            if input.is_empty() || input.len() > MAX_SUGGESTION_INPUT {
                return Vec::new();
            }
            let allowed = edits_allowed(input.len());
            let mut best = [usize::MAX; 25];
            for (alias, &info) in ALIAS_KEYS.split('\n').zip(ALIAS_INFO.iter()) {
                if let Some(p) = Province::from_number(info & 0x1F) {
                    best[p.index()] = best[p.index()].min(full_distance(&input, alias));
                }
            }
            let closest = best.iter().copied().min().unwrap_or(usize::MAX);
            let limit = allowed.min(closest.saturating_add(1));
            (closest..=limit)
                .flat_map(|d| Province::ALL.into_iter().filter(move |p| best[p.index()] == d))
                .take(3)
                .collect::<Vec<_>>()
        };
        let mut keys = vec!["paris".to_owned(), "kampong".to_owned(), "x".to_owned(), "kh".to_owned()];
        for alias in ALIAS_KEYS.split('\n') {
            let chars: Vec<char> = alias.chars().collect();
            for cut in 0..chars.len() {
                let mut dropped = chars.clone();
                dropped.remove(cut);
                keys.push(dropped.iter().collect());
                let mut changed = chars.clone();
                changed[cut] = 'q';
                if cut + 1 < chars.len() {
                    changed[cut + 1] = 'z';
                }
                keys.push(changed.iter().collect());
            }
            keys.push(format!("{alias}xyz"));
            keys.push(format!("{alias}wxyz"));
        }
        for key in keys {
            assert_eq!(suggest(&key), full(&key), "{key}");
        }
    }

    #[test]
    fn serde_as_code() {
        let json = serde_json::to_string(&Province::KAMPONG_CHHNANG).unwrap();
        assert_eq!(json, "\"KH-4\"");
        let back: Province = serde_json::from_str(&json).unwrap();
        assert_eq!(back, Province::KAMPONG_CHHNANG);
        assert!(serde_json::from_str::<Province>("\"Kampot\"").is_err());
    }
}
