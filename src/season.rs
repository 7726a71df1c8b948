//! Dry seasons, the unit in which the search for remains is planned and reported, and the two
//! phases (đợt) of each season.
//!
//! A season runs across two calendar years ("mùa khô 2024–2025") and is also numbered
//! "giai đoạn N", N = first year − 2000 (giai đoạn XXIV = 2024–2025). Teams work in two
//! phases: đợt 1 about November–January, đợt 2 about February–June.

use std::fmt;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::date::{Date, ParseError};
use crate::fold;
use crate::lang::Lang;
use crate::quote::shorten;

/// The month in which a season starts by default (September): the committees review the
/// previous season between July and October, and field work begins in November.
pub const DEFAULT_START_MONTH: u8 = 9;

/// The earliest first year [`Season::parse`] accepts (1979-1980).
pub const MIN_FIRST_YEAR: u16 = 1979;
/// The latest first year [`Season::parse`] accepts (2100-2101).
pub const MAX_FIRST_YEAR: u16 = 2100;

/// What [`Season::parse`] accepts, for [`ParseError::expected`].
pub const EXPECTED_SEASON: &str = "a dry season such as 2024-2025, 2024/25, mùa khô 2024-2025 or giai đoạn XXIV";

/// What [`Season::parse_with_phase`] accepts, for [`ParseError::expected`].
pub const EXPECTED_SEASON_PHASE: &str =
    "a dry season, maybe with its phase, such as 2024-2025, đợt 1 mùa khô 2024-2025 or đợt 2, giai đoạn XXIV";

/// What [`Phase::parse`] accepts, for [`ParseError::expected`].
pub const EXPECTED_PHASE: &str = "a phase of a season: đợt 1 or đợt 2 (also 1, 2, I, II)";

/// A dry season, from its first year: `Season::new(2024)` is 2024-2025. Displayed and
/// serialised as `"2024-2025"`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Season {
    first_year: u16,
}

impl Season {
    /// The season that starts in `first_year`.
    pub fn new(first_year: u16) -> Season {
        Season { first_year }
    }

    /// The year the season starts in: 2024 for 2024-2025.
    pub fn first_year(self) -> u16 {
        self.first_year
    }

    /// The "giai đoạn" number, first year − 2000 (24 for 2024-2025); `None` for seasons
    /// starting in 2000 or before, which have no such number.
    pub fn number(self) -> Option<u16> {
        self.first_year.checked_sub(2000).filter(|&n| n > 0)
    }

    /// The "giai đoạn" number in Roman numerals, `"XXIV"` for 2024-2025; `None` when
    /// [`Season::number`] is.
    pub fn roman(self) -> Option<String> {
        self.number().map(to_roman)
    }

    /// The season a date falls in, when seasons start on day 1 of `start_month` (1 … 12; see
    /// [`DEFAULT_START_MONTH`]): from that day in year Y to the end of the month before it in
    /// Y+1 is season Y-(Y+1). `None` for a date known only to the year, an invalid month or
    /// `start_month`.
    pub fn from_date(date: &Date, start_month: u8) -> Option<Season> {
        let month = date.month.filter(|m| (1..=12).contains(m))?;
        if !(1..=12).contains(&start_month) {
            return None;
        }
        if month >= start_month {
            Some(Season::new(date.year))
        } else {
            date.year.checked_sub(1).map(Season::new)
        }
    }

    /// The season's name in `lang`: `dry season 2024-2025`, `mùa khô 2024-2025`,
    /// `រដូវប្រាំង 2024-2025`.
    pub fn label(self, lang: Lang) -> String {
        let word = match lang {
            Lang::En => "dry season",
            Lang::Vi => "mùa khô",
            Lang::Km => "រដូវប្រាំង",
        };
        format!("{word} {self}")
    }

    /// Reads a season, ignoring case and diacritics:
    ///
    /// - two years: `2024-2025`, `2024–2025` (en dash), `2024—2025`, `2024/2025`, `2024/25`,
    ///   `2024-25`, spaces around the separator allowed;
    /// - the same after `mùa khô`, `mua kho`, `dry season`, `season` or `រដូវប្រាំង`;
    /// - a giai đoạn number, Arabic or Roman: `giai đoạn XXIV`, `giai đoạn 24`, `GĐ 24`,
    ///   `GD XXIV`, `phase 24` (1 … 100, i.e. 2001-2002 … 2100-2101), or `giai đoạn 2024-2025`.
    ///
    /// The second year must follow the first; first years from 1979 to 2100 are accepted. A
    /// single year (`2024`) is refused: it could be 2023-2024 or 2024-2025.
    pub fn parse(text: &str) -> Result<Season, ParseError> {
        let original = text.trim();
        Season::parse_simplified(&fold::simplify(original), original)
    }

    /// Reads a season and the phase written with it in one cell, as the press and the
    /// committees write them: `đợt 2 mùa khô 2023-2024`, `2023-2024 đợt 1`, `Đợt 1, giai đoạn
    /// XXIV`, `đợt 2 - mùa khô 2023–2024`, `GĐ 24 đợt 1`, `dot 1 mua kho 2023 - 2024`,
    /// `ដំណាក់កាលទី ២ រដូវប្រាំង 2023-2024`: the phase (`đợt` and 1, 2, I, II, một or hai; in
    /// Khmer ដំណាក់កាលទី and a digit) before or after any form [`Season::parse`] reads, apart
    /// from it by spaces, a comma, a dash or a colon. The phase is `None` when the cell names
    /// none (`mùa khô 2023-2024`).
    pub fn parse_with_phase(text: &str) -> Result<(Season, Option<Phase>), ParseError> {
        let original = text.trim();
        let simplified = fold::simplify(original);
        let Some((phase, rest)) = split_phase(&simplified) else {
            return Season::parse_simplified(&simplified, original).map(|s| (s, None));
        };
        let phase = phase.map_err(|n| {
            ParseError::new(
                format!("{}: phase {n} does not exist: a season has two phases, đợt 1 and đợt 2", shorten(original)),
                EXPECTED_SEASON_PHASE,
            )
        })?;
        if rest.is_empty() {
            return Err(ParseError::new(
                format!(
                    "{} names a phase but no season: write the season with it, as in đợt 1 mùa khô 2024-2025",
                    shorten(original)
                ),
                EXPECTED_SEASON_PHASE,
            ));
        }
        let season =
            Season::parse_simplified(&rest, original).map_err(|e| ParseError::new(e.message, EXPECTED_SEASON_PHASE))?;
        Ok((season, Some(phase)))
    }

    /// [`Season::parse`] of `simplified` (folded by [`fold::simplify`]), naming `original` in
    /// its messages.
    fn parse_simplified(simplified: &str, original: &str) -> Result<Season, ParseError> {
        let fail = |message: String| Err(ParseError::new(message, EXPECTED_SEASON));
        if original.is_empty() {
            return fail("the season is empty".to_owned());
        }
        let mut s = simplified.trim();
        for word in ["mua kho", "dry season", "season", "mua", "រដូវប្រាំង"] {
            if let Some(rest) = strip_word(s, word) {
                s = rest;
                break;
            }
        }
        for word in ["giai doan", "gd", "phase"] {
            if let Some(rest) = strip_word(s, word) {
                let rest = rest.trim_start_matches([' ', '.', ':']);
                if rest.contains(['-', '/']) {
                    return parse_years(rest, original);
                }
                let n = if !rest.is_empty() && rest.len() <= 3 && rest.bytes().all(|b| b.is_ascii_digit()) {
                    rest.parse::<u16>().ok()
                } else {
                    parse_roman(rest)
                };
                return match n {
                    Some(n @ 1..=100) => Ok(Season::new(2000 + n)),
                    Some(n) => fail(format!(
                        "{} does not exist: giai đoạn are numbered from I (2001-2002) to C \
                         (2100-2101), not {n}",
                        shorten(original)
                    )),
                    None => fail(format!("\"{}\" is not a dry season", shorten(original))),
                };
            }
        }
        parse_years(s, original)
    }
}

/// The words that name a phase (folded), before its number.
const PHASE_WORDS: [&str; 3] = ["dot", "ដំណាក់កាលទី", "ដំណាក់កាល"];

/// The phase named in the folded cell `s` (`dot 2`, `ដំណាក់កាលទី 2`), anywhere in it, and the
/// rest of the cell without it and the separators around it; `None` when no phase is named.
/// The phase is `Err(n)` for a number that is no phase (`dot 3`).
fn split_phase(s: &str) -> Option<(Result<Phase, u16>, String)> {
    // The text is folded: Latin letters are ASCII (and `char::is_alphanumeric` would add
    // Unicode's tables to the Wasm modules).
    let is_word_char = |c: char| c.is_ascii_alphanumeric() || ('\u{1780}'..='\u{17FF}').contains(&c);
    for word in PHASE_WORDS {
        let mut from = 0;
        while let Some(at) = s[from..].find(word).map(|i| i + from) {
            from = at + word.len();
            if s[..at].chars().next_back().is_some_and(is_word_char) {
                continue;
            }
            let after = &s[at + word.len()..];
            let number_at = after.len() - after.trim_start_matches([' ', '.', ':']).len();
            let rest = &after[number_at..];
            let end = rest.find(|c: char| !is_word_char(c)).unwrap_or(rest.len());
            let phase = match &rest[..end] {
                "1" | "01" | "i" | "mot" => Ok(Phase::First),
                "2" | "02" | "ii" | "hai" => Ok(Phase::Second),
                n if !n.is_empty() && n.len() <= 3 && n.bytes().all(|b| b.is_ascii_digit()) => {
                    Err(n.parse().unwrap_or(0))
                }
                n => match parse_roman(n) {
                    Some(n) => Err(n),
                    None => continue,
                },
            };
            let separators: &[char] = &[' ', ',', ';', '-', ':', '(', ')'];
            let before = s[..at].trim_end_matches(separators);
            let after = rest[end..].trim_start_matches(separators);
            let joined = if before.is_empty() || after.is_empty() {
                format!("{before}{after}")
            } else {
                format!("{before} {after}")
            };
            return Some((phase, joined));
        }
    }
    None
}

/// `s` without the leading `word` and the spaces after it, if `word` is followed by a
/// non-letter.
fn strip_word<'a>(s: &'a str, word: &str) -> Option<&'a str> {
    let rest = s.strip_prefix(word)?;
    if rest.chars().next().is_some_and(|c| c.is_ascii_alphabetic()) {
        return None;
    }
    Some(rest.trim_start())
}

/// Reads `2024-2025`, `2024/25` and the like (dashes already simplified to `-`).
fn parse_years(s: &str, original: &str) -> Result<Season, ParseError> {
    let fail = |message: String| Err(ParseError::new(message, EXPECTED_SEASON));
    let compact: String = s.chars().filter(|c| *c != ' ').collect();
    let all_digits = |p: &str| !p.is_empty() && p.bytes().all(|b| b.is_ascii_digit());
    let Some((first, second)) = compact.split_once(['-', '/']) else {
        if compact.len() == 4 && all_digits(&compact) {
            let year: u32 = compact.parse().unwrap_or(0);
            return fail(format!(
                "{} is a single year: a dry season spans two, write {}-{} or {}-{}",
                shorten(original),
                year.saturating_sub(1),
                year,
                year,
                year + 1
            ));
        }
        return fail(format!("\"{}\" is not a dry season", shorten(original)));
    };
    if first.len() != 4 || !all_digits(first) || !(second.len() == 2 || second.len() == 4) || !all_digits(second) {
        return fail(format!("\"{}\" is not a dry season", shorten(original)));
    }
    let first_year: u16 = first.parse().unwrap_or(0);
    let second_year: u16 = second.parse().unwrap_or(0);
    let follows = if second.len() == 4 {
        u32::from(second_year) == u32::from(first_year) + 1
    } else {
        second_year == (first_year + 1) % 100
    };
    if !follows {
        return fail(format!(
            "{} is not a dry season: the second year must be the year after the first ({}-{})",
            shorten(original),
            first_year,
            u32::from(first_year) + 1
        ));
    }
    if !(MIN_FIRST_YEAR..=MAX_FIRST_YEAR).contains(&first_year) {
        return fail(format!(
            "{} is out of range: seasons from {MIN_FIRST_YEAR}-{} to {MAX_FIRST_YEAR}-{} are \
             accepted",
            shorten(original),
            MIN_FIRST_YEAR + 1,
            MAX_FIRST_YEAR + 1
        ));
    }
    Ok(Season::new(first_year))
}

const ROMAN: [(u16, &str); 13] = [
    (1000, "M"),
    (900, "CM"),
    (500, "D"),
    (400, "CD"),
    (100, "C"),
    (90, "XC"),
    (50, "L"),
    (40, "XL"),
    (10, "X"),
    (9, "IX"),
    (5, "V"),
    (4, "IV"),
    (1, "I"),
];

/// `n` in Roman numerals (uppercase).
fn to_roman(mut n: u16) -> String {
    let mut out = String::new();
    for (value, numeral) in ROMAN {
        while n >= value {
            out.push_str(numeral);
            n -= value;
        }
    }
    out
}

/// Reads a Roman numeral in canonical form (any case), up to 3999.
fn parse_roman(s: &str) -> Option<u16> {
    let upper = s.to_ascii_uppercase();
    if upper.is_empty() || upper.len() > 15 {
        return None;
    }
    let mut rest = upper.as_str();
    let mut total: u16 = 0;
    for (value, numeral) in ROMAN {
        while let Some(r) = rest.strip_prefix(numeral) {
            total = total.checked_add(value)?;
            rest = r;
        }
    }
    (rest.is_empty() && total > 0 && to_roman(total) == upper).then_some(total)
}

impl fmt::Display for Season {
    /// `2024-2025`, with an ASCII hyphen.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}-{}", self.first_year, u32::from(self.first_year) + 1)
    }
}

impl Serialize for Season {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Season {
    /// Reads any form [`Season::parse`] accepts.
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = std::borrow::Cow::<str>::deserialize(deserializer)?;
        Season::parse(&text).map_err(serde::de::Error::custom)
    }
}

/// One of the two phases (đợt) of a season's field work. Serialised as the number 1 or 2.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Phase {
    /// Đợt 1, about November to January.
    First,
    /// Đợt 2, about February to June.
    Second,
}

impl Phase {
    /// Both phases, in order.
    pub const ALL: [Phase; 2] = [Phase::First, Phase::Second];

    /// 1 or 2.
    pub fn number(self) -> u8 {
        match self {
            Phase::First => 1,
            Phase::Second => 2,
        }
    }

    /// The phase's name in `lang`: `phase 1`, `đợt 1`, `ដំណាក់កាលទី ១`.
    pub fn label(self, lang: Lang) -> &'static str {
        match (lang, self) {
            (Lang::En, Phase::First) => "phase 1",
            (Lang::En, Phase::Second) => "phase 2",
            (Lang::Vi, Phase::First) => "đợt 1",
            (Lang::Vi, Phase::Second) => "đợt 2",
            (Lang::Km, Phase::First) => "ដំណាក់កាលទី ១",
            (Lang::Km, Phase::Second) => "ដំណាក់កាលទី ២",
        }
    }

    /// Reads a phase, ignoring case and diacritics: `đợt 1`, `Đợt 2`, `dot 2`, `đợt I`,
    /// `đợt một`, `phase 1`, `1`, `2`, `I`, `II`, `first`, `second`.
    pub fn parse(text: &str) -> Result<Phase, ParseError> {
        let original = text.trim();
        let fail = |message: String| Err(ParseError::new(message, EXPECTED_PHASE));
        if original.is_empty() {
            return fail("the phase is empty".to_owned());
        }
        let words = fold::words(original);
        let rest = match words.as_slice() {
            [lead, rest @ ..] if matches!(lead.as_str(), "dot" | "phase" | "round") => rest,
            all => all,
        };
        match rest {
            [w] => match w.as_str() {
                "1" | "01" | "i" | "mot" | "first" => Ok(Phase::First),
                "2" | "02" | "ii" | "hai" | "second" => Ok(Phase::Second),
                w if (w.len() <= 3 && w.bytes().all(|b| b.is_ascii_digit())) || parse_roman(w).is_some() => {
                    fail(format!("{} does not exist: a season has two phases, đợt 1 and đợt 2", shorten(original)))
                }
                _ => fail(format!("\"{}\" is not a phase of a season", shorten(original))),
            },
            _ => fail(format!("\"{}\" is not a phase of a season", shorten(original))),
        }
    }
}

impl fmt::Display for Phase {
    /// `phase 1` or `phase 2`; see [`Phase::label`] for other languages.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.label(Lang::En))
    }
}

/// A value written as a number or as text (a phase, a military region), for deserialising.
#[derive(Deserialize)]
#[serde(untagged)]
pub(crate) enum NumberOrText {
    /// A number.
    Number(u64),
    /// Text, to be parsed.
    Text(String),
}

impl Serialize for Phase {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_u8(self.number())
    }
}

impl<'de> Deserialize<'de> for Phase {
    /// Reads the number 1 or 2, or any text [`Phase::parse`] accepts.
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        match NumberOrText::deserialize(deserializer)? {
            NumberOrText::Number(1) => Ok(Phase::First),
            NumberOrText::Number(2) => Ok(Phase::Second),
            NumberOrText::Number(n) => Err(serde::de::Error::custom(format!(
                "phase {n} does not exist: a season has two phases, đợt 1 and đợt 2"
            ))),
            NumberOrText::Text(text) => Phase::parse(&text).map_err(serde::de::Error::custom),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn message(text: &str) -> String {
        Season::parse(text).unwrap_err().message
    }

    #[test]
    fn two_year_forms() {
        let s = Season::new(2024);
        for text in [
            "2024-2025",
            "2024–2025",
            "2024—2025",
            "2024/2025",
            "2024/25",
            "2024-25",
            " 2024 - 2025 ",
            "mùa khô 2024-2025",
            "Mùa khô 2024–2025",
            "MÙA KHÔ 2024-2025",
            "mua kho 2024-2025",
            "Mua Kho 2024/25",
            "dry season 2024-2025",
            "Dry Season 2024–25",
            "season 2024-2025",
            "រដូវប្រាំង 2024-2025",
            "giai đoạn 2024-2025",
        ] {
            assert_eq!(Season::parse(text), Ok(s), "{text}");
        }
        assert_eq!(Season::parse("1999/00"), Ok(Season::new(1999)));
        assert_eq!(Season::parse("1979-1980"), Ok(Season::new(1979)));
        assert_eq!(Season::parse("2100-2101"), Ok(Season::new(2100)));
    }

    #[test]
    fn giai_doan_forms() {
        let s = Season::new(2024);
        for text in [
            "giai đoạn XXIV",
            "Giai đoạn 24",
            "giai doan xxiv",
            "GĐ 24",
            "GD XXIV",
            "gđ.24",
            "GĐ24",
            "phase 24",
            "Phase XXIV",
            "GIAI ĐOẠN XXIV",
        ] {
            assert_eq!(Season::parse(text), Ok(s), "{text}");
        }
        assert_eq!(Season::parse("giai đoạn I"), Ok(Season::new(2001)));
        assert_eq!(Season::parse("giai đoạn 100"), Ok(Season::new(2100)));
    }

    #[test]
    fn bad_seasons_are_named() {
        assert_eq!(message(""), "the season is empty");
        assert_eq!(
            message("2024-2026"),
            "2024-2026 is not a dry season: the second year must be the year after the first \
             (2024-2025)"
        );
        assert_eq!(
            message("2025-2024"),
            "2025-2024 is not a dry season: the second year must be the year after the first \
             (2025-2026)"
        );
        assert_eq!(
            message("2024/26"),
            "2024/26 is not a dry season: the second year must be the year after the first \
             (2024-2025)"
        );
        assert_eq!(message("2024"), "2024 is a single year: a dry season spans two, write 2023-2024 or 2024-2025");
        assert_eq!(message("1970-1971"), "1970-1971 is out of range: seasons from 1979-1980 to 2100-2101 are accepted");
        assert_eq!(
            message("giai đoạn 0"),
            "giai đoạn 0 does not exist: giai đoạn are numbered from I (2001-2002) to C \
             (2100-2101), not 0"
        );
        assert_eq!(
            message("GĐ CI"),
            "GĐ CI does not exist: giai đoạn are numbered from I (2001-2002) to C (2100-2101), \
             not 101"
        );
        assert_eq!(message("giai đoạn IIII"), "\"giai đoạn IIII\" is not a dry season");
        assert_eq!(message("giai đoạn"), "\"giai đoạn\" is not a dry season");
        assert_eq!(message("24-25"), "\"24-25\" is not a dry season");
        assert_eq!(message("abc"), "\"abc\" is not a dry season");
        assert_eq!(message("2024-2025-2026"), "\"2024-2025-2026\" is not a dry season");
        assert_eq!(Season::parse("x").unwrap_err().expected, EXPECTED_SEASON);
    }

    #[test]
    fn numbers_and_display() {
        let s = Season::new(2024);
        assert_eq!(s.to_string(), "2024-2025");
        assert_eq!(s.first_year(), 2024);
        assert_eq!(s.number(), Some(24));
        assert_eq!(s.roman().as_deref(), Some("XXIV"));
        assert_eq!(Season::new(2019).roman().as_deref(), Some("XIX"));
        assert_eq!(Season::new(2000).number(), None);
        assert_eq!(Season::new(1989).roman(), None);
        assert_eq!(Season::new(u16::MAX).to_string(), "65535-65536");
        assert_eq!(s.label(Lang::Vi), "mùa khô 2024-2025");
        assert_eq!(s.label(Lang::En), "dry season 2024-2025");
        assert!(Season::new(2023) < s);
    }

    #[test]
    fn roman_numerals_are_canonical() {
        for n in 1..=400 {
            assert_eq!(parse_roman(&to_roman(n)), Some(n));
        }
        assert_eq!(parse_roman("iv"), Some(4));
        assert_eq!(parse_roman("IIII"), None);
        assert_eq!(parse_roman("VX"), None);
        assert_eq!(parse_roman(""), None);
    }

    #[test]
    fn season_of_a_date() {
        let m = DEFAULT_START_MONTH;
        let day = |y, mo, d| Date::from_ymd(y, mo, d).unwrap();
        assert_eq!(Season::from_date(&day(2024, 9, 1), m), Some(Season::new(2024)));
        assert_eq!(Season::from_date(&day(2024, 8, 31), m), Some(Season::new(2023)));
        assert_eq!(Season::from_date(&day(2025, 6, 15), m), Some(Season::new(2024)));
        assert_eq!(Season::from_date(&day(2024, 12, 31), m), Some(Season::new(2024)));
        assert_eq!(Season::from_date(&Date::from_ym(2025, 3).unwrap(), m), Some(Season::new(2024)));
        assert_eq!(Season::from_date(&Date::from_year(2025), m), None);
        assert_eq!(Season::from_date(&day(2025, 1, 1), 1), Some(Season::new(2025)));
        assert_eq!(Season::from_date(&day(2025, 10, 31), 11), Some(Season::new(2024)));
        assert_eq!(Season::from_date(&day(2025, 1, 1), 0), None);
        assert_eq!(Season::from_date(&day(2025, 1, 1), 13), None);
        assert_eq!(Season::from_date(&Date { year: 0, month: Some(1), day: None }, m), None);
    }

    #[test]
    fn season_serde_as_string() {
        let json = serde_json::to_string(&Season::new(2024)).unwrap();
        assert_eq!(json, "\"2024-2025\"");
        assert_eq!(serde_json::from_str::<Season>(&json).unwrap(), Season::new(2024));
        assert!(serde_json::from_str::<Season>("\"2024-2026\"").is_err());
    }

    #[test]
    fn phases() {
        for text in ["đợt 1", "Đợt 1", "ĐỢT 1", "dot 1", "đợt I", "đợt một", "phase 1", "1", "I", "first"]
        {
            assert_eq!(Phase::parse(text), Ok(Phase::First), "{text}");
        }
        for text in ["đợt 2", "dot 2", "Đợt II", "đợt hai", "phase 2", "2", "II", "ii", "second"] {
            assert_eq!(Phase::parse(text), Ok(Phase::Second), "{text}");
        }
        let message = |t: &str| Phase::parse(t).unwrap_err().message;
        assert_eq!(message("đợt 3"), "đợt 3 does not exist: a season has two phases, đợt 1 and đợt 2");
        assert_eq!(message("III"), "III does not exist: a season has two phases, đợt 1 and đợt 2");
        assert_eq!(message(""), "the phase is empty");
        assert_eq!(message("đợt"), "\"đợt\" is not a phase of a season");
        assert_eq!(message("abc"), "\"abc\" is not a phase of a season");
        assert_eq!(Phase::First.to_string(), "phase 1");
        assert_eq!(Phase::Second.label(Lang::Vi), "đợt 2");
        assert_eq!(Phase::Second.number(), 2);
    }

    #[test]
    fn a_season_and_its_phase_in_one_cell() {
        let both = |t: &str| Season::parse_with_phase(t);
        let (s23, s24) = (Season::new(2023), Season::new(2024));
        for (text, season, phase) in [
            ("đợt 2 mùa khô 2023-2024", s23, Phase::Second),
            ("2023-2024 đợt 1", s23, Phase::First),
            ("Đợt 1, giai đoạn XXIV", s24, Phase::First),
            ("đợt 2 - mùa khô 2023–2024", s23, Phase::Second),
            ("GĐ 24 đợt 1", s24, Phase::First),
            ("dot 1 mua kho 2023 - 2024", s23, Phase::First),
            ("ĐỢT II MÙA KHÔ 2023/24", s23, Phase::Second),
            ("mùa khô 2024-2025 (đợt 2)", s24, Phase::Second),
            ("đợt một, mùa khô 2024 — 2025", s24, Phase::First),
            ("Đợt 2: giai đoạn 24", s24, Phase::Second),
            ("giai đoạn XXIV, đợt 2", s24, Phase::Second),
            ("ដំណាក់កាលទី ២ រដូវប្រាំង 2023-2024", s23, Phase::Second),
            ("រដូវប្រាំង 2024-2025 ដំណាក់កាលទី 1", s24, Phase::First),
        ] {
            assert_eq!(both(text), Ok((season, Some(phase))), "{text}");
        }
        // A season alone, as Season::parse reads it; "phase 24" is a giai đoạn.
        assert_eq!(both("mùa khô 2024-2025"), Ok((s24, None)));
        assert_eq!(both("phase 24"), Ok((s24, None)));
        let message = |t: &str| both(t).unwrap_err().message;
        assert_eq!(
            message("đợt 3 mùa khô 2023-2024"),
            "đợt 3 mùa khô 2023-2024: phase 3 does not exist: a season has two phases, đợt 1 and đợt 2"
        );
        assert_eq!(
            message("đợt 1"),
            "đợt 1 names a phase but no season: write the season with it, as in đợt 1 mùa khô 2024-2025"
        );
        assert_eq!(
            message("đợt 1 mùa khô 2024"),
            "đợt 1 mùa khô 2024 is a single year: a dry season spans two, write 2023-2024 or 2024-2025"
        );
        assert_eq!(both("đợt 1 2024-2026").unwrap_err().expected, EXPECTED_SEASON_PHASE);
        assert_eq!(
            message("mùa khô 2024"),
            "mùa khô 2024 is a single year: a dry season spans two, write 2023-2024 or 2024-2025"
        );
    }

    #[test]
    fn phase_serde_as_number() {
        assert_eq!(serde_json::to_string(&Phase::Second).unwrap(), "2");
        assert_eq!(serde_json::from_str::<Phase>("1").unwrap(), Phase::First);
        assert_eq!(serde_json::from_str::<Phase>("\"đợt 2\"").unwrap(), Phase::Second);
        assert!(serde_json::from_str::<Phase>("3").is_err());
    }
}
