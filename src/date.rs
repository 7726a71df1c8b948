//! Calendar dates as the sources write them: to the day, to the month, or only the year; and
//! [`ParseError`], the error every parser of the domain vocabulary returns.
//!
//! Vietnamese and Cambodian sources write the day first: `06/11/2025` is 6 November 2025. A
//! file saved by a spreadsheet set to US English writes the month first (`11/06/2025`): the
//! order of a file is decided from the dates in it that prove one ([`DateEvidence`]), or set;
//! [`Date::parse_in`] reads a date in either. A two-digit year is refused rather than guessed.

use std::borrow::Cow;
use std::fmt;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::fold;
use crate::quote::shorten;

/// Why a piece of text could not be read as a date, season, count…
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ParseError {
    /// What is wrong, in English, naming the input: `31/02/2025 is not a real date: February
    /// 2025 has 28 days`.
    pub message: String,
    /// What would have been accepted: `a date such as 06/11/2025 (day first) or 2025-11-06`.
    pub expected: &'static str,
}

impl ParseError {
    pub(crate) fn new(message: impl Into<String>, expected: &'static str) -> ParseError {
        ParseError { message: message.into(), expected }
    }
}

impl fmt::Display for ParseError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}; expected {}", self.message, self.expected)
    }
}

impl std::error::Error for ParseError {}

/// What [`Date::parse`] accepts, for [`ParseError::expected`].
pub const EXPECTED_DATE: &str =
    "a date such as 06/11/2025 (day first), 2025-11-06, 11/2025, 2025 or an Excel serial date";

/// The earliest year a date may have.
pub const MIN_YEAR: u16 = 1900;
/// The latest year a date may have.
pub const MAX_YEAR: u16 = 2100;

/// The smallest number [`Date::parse`] reads as an Excel serial date (1954-10-03).
pub const EXCEL_SERIAL_MIN: u32 = 20000;
/// The largest number [`Date::parse`] reads as an Excel serial date (2119-01-11; dates after
/// [`MAX_YEAR`] are still refused).
pub const EXCEL_SERIAL_MAX: u32 = 80000;

/// Which comes first in a date written as three numbers, the year last (`06/11/2025`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum DateOrder {
    /// `06/11/2025` is 6 November 2025, as Vietnam and Cambodia write dates.
    #[default]
    DayFirst,
    /// `11/06/2025` is 6 November 2025, as the United States write dates.
    MonthFirst,
}

impl DateOrder {
    /// Whether this is [`DateOrder::DayFirst`], the default.
    pub fn is_day_first(&self) -> bool {
        *self == DateOrder::DayFirst
    }

    /// `day first` or `month first`.
    pub fn name(self) -> &'static str {
        match self {
            DateOrder::DayFirst => "day first",
            DateOrder::MonthFirst => "month first",
        }
    }

    /// The other order.
    pub fn other(self) -> DateOrder {
        match self {
            DateOrder::DayFirst => DateOrder::MonthFirst,
            DateOrder::MonthFirst => DateOrder::DayFirst,
        }
    }

    /// The order a date of three numbers, the year last, proves: day first when its first
    /// number is above 12 (`15/12/2024`), month first when its second is (`12/15/2024`); `None`
    /// when both could be a month (`06/11/2025`), and for any other form of date.
    pub fn proved_by(text: &str) -> Option<DateOrder> {
        let (a, b) = day_and_month_numbers(text.trim().as_bytes())?;
        match (a > 12, b > 12) {
            (true, false) => Some(DateOrder::DayFirst),
            (false, true) => Some(DateOrder::MonthFirst),
            _ => None,
        }
    }
}

/// The first two numbers of `b` when it is a date of three numbers, the year last in four
/// digits, one separator (`/`, `.` or `-`): `06/11/2025` → (6, 11).
fn day_and_month_numbers(b: &[u8]) -> Option<(u8, u8)> {
    let digits = |from: usize| b[from.min(b.len())..].iter().take_while(|c| c.is_ascii_digit()).count();
    let n1 = digits(0);
    let sep = *b.get(n1)?;
    if !(1..=2).contains(&n1) || !matches!(sep, b'/' | b'.' | b'-') {
        return None;
    }
    let n2 = digits(n1 + 1);
    if !(1..=2).contains(&n2) || b.get(n1 + 1 + n2) != Some(&sep) || digits(n1 + n2 + 2) != 4 {
        return None;
    }
    if b.len() != n1 + n2 + 6 {
        return None;
    }
    let num = |r: std::ops::Range<usize>| b[r].iter().fold(0u8, |v, &d| v * 10 + (d - b'0'));
    Some((num(0..n1), num(n1 + 1..n1 + 1 + n2)))
}

/// The first `/`, `.` or `-` in `b` from `from`, eight bytes at a time.
fn next_separator(b: &[u8], from: usize) -> Option<usize> {
    const LO: u64 = 0x0101_0101_0101_0101;
    const LOW7: u64 = 0x7F7F_7F7F_7F7F_7F7F;
    // The high bit of each byte of `v` that is zero, exactly (no borrow between bytes).
    let zeros = |v: u64| !((v & LOW7).wrapping_add(LOW7) | v | LOW7);
    let mut j = from;
    while let Some(chunk) = b.get(j..j + 8) {
        let mut word = [0u8; 8];
        word.copy_from_slice(chunk);
        let w = u64::from_le_bytes(word);
        let m =
            zeros(w ^ (LO * u64::from(b'/'))) | zeros(w ^ (LO * u64::from(b'.'))) | zeros(w ^ (LO * u64::from(b'-')));
        if m != 0 {
            return Some(j + (m.trailing_zeros() / 8) as usize);
        }
        j += 8;
    }
    (j..b.len()).find(|&k| matches!(b[k], b'/' | b'.' | b'-'))
}

/// What the dates written in a file say of their order: how many prove day first, how many
/// month first ([`DateOrder::proved_by`]), how many could be either, and the first of those.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct DateEvidence {
    /// Dates whose first number is above 12.
    pub day_first: usize,
    /// Dates whose second number is above 12.
    pub month_first: usize,
    /// Dates whose first two numbers are both 12 or less.
    pub ambiguous: usize,
    /// The first of those, as written.
    pub first_ambiguous: Option<String>,
}

impl DateEvidence {
    /// The evidence of every date of three numbers in `text`, wherever it stands (a date is
    /// one when no digit or separator runs on at either end).
    pub fn scan(text: &[u8]) -> DateEvidence {
        let mut e = DateEvidence::default();
        let is_sep = |c: u8| matches!(c, b'/' | b'.' | b'-');
        let digit = |j: usize| text.get(j).is_some_and(u8::is_ascii_digit);
        let edge = |c: Option<&u8>| c.map_or(true, |&c| !c.is_ascii_digit() && !is_sep(c));
        let mut i = 0;
        while let Some(at) = next_separator(text, i) {
            i = at + 1;
            let c = text[at];
            // A date's first separator: a digit on each side, the same separator one or two
            // digits on (most separators, in decimals, seasons and ISO dates, fail here).
            if at == 0 || !digit(at - 1) || !digit(at + 1) {
                continue;
            }
            if text.get(at + 2) != Some(&c) && !(digit(at + 2) && text.get(at + 3) == Some(&c)) {
                continue;
            }
            let start = if at >= 2 && digit(at - 2) { at - 2 } else { at - 1 };
            let end = (at + 8).min(text.len());
            let len = (at + 1..end).find(|&j| !text[j].is_ascii_digit() && text[j] != c).unwrap_or(end) - start;
            let token = &text[start..start + len];
            if edge(start.checked_sub(1).and_then(|k| text.get(k))) && edge(text.get(start + len)) {
                if let Some((a, b)) = day_and_month_numbers(token) {
                    e.add_numbers(a, b, token);
                    i = start + len;
                }
            }
        }
        e
    }

    /// Adds the date `text` (a cell), when it is of three numbers.
    pub fn add(&mut self, text: &str) {
        let t = text.trim().as_bytes();
        if let Some((a, b)) = day_and_month_numbers(t) {
            self.add_numbers(a, b, t);
        }
    }

    /// Adds the evidence of the text that follows this evidence's.
    pub fn merge(&mut self, later: DateEvidence) {
        self.day_first += later.day_first;
        self.month_first += later.month_first;
        self.ambiguous += later.ambiguous;
        if self.first_ambiguous.is_none() {
            self.first_ambiguous = later.first_ambiguous;
        }
    }

    fn add_numbers(&mut self, a: u8, b: u8, token: &[u8]) {
        match (a > 12, b > 12) {
            (true, false) => self.day_first += 1,
            (false, true) => self.month_first += 1,
            (false, false) => {
                self.ambiguous += 1;
                if self.first_ambiguous.is_none() {
                    self.first_ambiguous = Some(String::from_utf8_lossy(token).into_owned());
                }
            }
            (true, true) => {}
        }
    }

    /// The order most of the dates that prove one prove (day first when as many prove each);
    /// `None` when none proves one.
    pub fn order(&self) -> Option<DateOrder> {
        match (self.day_first, self.month_first) {
            (0, 0) => None,
            (d, m) if m > d => Some(DateOrder::MonthFirst),
            _ => Some(DateOrder::DayFirst),
        }
    }
}

/// How precisely a [`Date`] is known.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Precision {
    /// Only the year: `2025`.
    Year,
    /// Year and month: `2025-11`.
    Month,
    /// The day: `2025-11-06`.
    Day,
}

/// A date known to the day, the month or only the year. `day` implies `month`.
///
/// Ordered by year, then month, then day, a coarser date first (`2025` < `2025-01` <
/// `2025-01-01`). Displayed and serialised ISO-like: `2025-11-06`, `2025-11`, `2025`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    /// The year, four digits.
    pub year: u16,
    /// The month, 1 … 12, if known.
    pub month: Option<u8>,
    /// The day of the month, if known (only with a month).
    pub day: Option<u8>,
}

/// The English name of month `m` (1 … 12).
pub fn month_name(m: u8) -> Option<&'static str> {
    MONTH_NAMES.get(usize::from(m).checked_sub(1)?).copied()
}

const MONTH_NAMES: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// Whether `year` is a leap year in the Gregorian calendar.
pub(crate) fn is_leap_year(year: u16) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

/// Number of days in `month` (1 … 12) of `year`; 0 for a month that does not exist.
pub(crate) fn days_in_month(year: u16, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap_year(year) => 29,
        2 => 28,
        _ => 0,
    }
}

/// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's algorithm).
fn days_from_civil(year: i64, month: i64, day: i64) -> i64 {
    let y = if month <= 2 { year - 1 } else { year };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (month + 9) % 12;
    let doy = (153 * mp + 2) / 5 + day - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The date `days` after 1970-01-01 as (year, month, day).
fn civil_from_days(days: i64) -> (i64, i64, i64) {
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    (year, month, day)
}

impl Date {
    /// A date known to the day; `None` if no such day exists (31 February, month 13, day 0).
    pub fn from_ymd(year: u16, month: u8, day: u8) -> Option<Date> {
        (day >= 1 && day <= days_in_month(year, month)).then_some(Date { year, month: Some(month), day: Some(day) })
    }

    /// A date known to the month; `None` unless `month` is 1 … 12.
    pub fn from_ym(year: u16, month: u8) -> Option<Date> {
        (1..=12).contains(&month).then_some(Date { year, month: Some(month), day: None })
    }

    /// A date known only to the year.
    pub fn from_year(year: u16) -> Date {
        Date { year, month: None, day: None }
    }

    /// How precisely the date is known.
    pub fn precision(&self) -> Precision {
        match (self.month, self.day) {
            (Some(_), Some(_)) => Precision::Day,
            (Some(_), None) => Precision::Month,
            _ => Precision::Year,
        }
    }

    /// Whether the fields describe a real day, month or year (the fields are public, so a
    /// hand-built `Date` may not).
    pub fn is_valid(&self) -> bool {
        match (self.month, self.day) {
            (Some(m), Some(d)) => Date::from_ymd(self.year, m, d).is_some(),
            (Some(m), None) => (1..=12).contains(&m),
            (None, None) => true,
            (None, Some(_)) => false,
        }
    }

    /// A sort key, `yyyymmdd` with 0 for an unknown month or day: orders like [`Ord`].
    pub fn ordinal(&self) -> u32 {
        u32::from(self.year) * 10_000
            + u32::from(self.month.unwrap_or(0)) * 100
            + u32::from(if self.month.is_some() { self.day.unwrap_or(0) } else { 0 })
    }

    /// Days since 1970-01-01 of the first day the date covers (1 January for a year, the 1st
    /// for a month): a continuous value for time axes.
    pub fn epoch_days(&self) -> i64 {
        let month = self.month.unwrap_or(1);
        let day = if self.month.is_some() { self.day.unwrap_or(1) } else { 1 };
        days_from_civil(i64::from(self.year), i64::from(month), i64::from(day))
    }

    /// Reads a date. Accepted forms, the day always first when it comes before the year:
    ///
    /// - ISO `2025-11-06`, also `2025/11/06`, optionally followed by a time (`2025-11-06
    ///   00:00:00`, `2025-11-06T10:00Z`), which is dropped;
    /// - day first `06/11/2025`, `6/11/2025`, `06-11-2025`, `6.11.2025` (one kind of separator);
    /// - a month `11/2025`, `11-2025`, `2025-11`;
    /// - a year `2025`;
    /// - Vietnamese `ngày 6 tháng 11 năm 2025`, `tháng 11 năm 2025`, `tháng 11/2025`,
    ///   `năm 2025`, `ngày 06/11/2025`;
    /// - an Excel serial date (1900 date system), a number from 20000 to 80000, possibly with a
    ///   fraction for the time of day: `45967` is 2025-11-06.
    ///
    /// Refused: impossible dates (`31/02/2025`, month 13, day 0), years outside 1900 … 2100,
    /// two-digit years (`06/11/25`: 2025 or 1925?), and anything else.
    pub fn parse(text: &str) -> Result<Date, ParseError> {
        Date::parse_in(text, DateOrder::DayFirst)
    }

    /// [`Date::parse`], with three numbers the year last read in `order`: month first,
    /// `11/06/2025` is 6 November 2025.
    pub fn parse_in(text: &str, order: DateOrder) -> Result<Date, ParseError> {
        let original = text.trim();
        if original.is_empty() {
            return Err(ParseError::new("the date is empty", EXPECTED_DATE));
        }
        let simplified = fold::simplify(original);
        let s = strip_time(simplified.trim());
        let tokens: Vec<&str> = s.split(' ').filter(|t| !t.is_empty()).collect();
        let tokens = match tokens.split_first() {
            Some((&"ngay", rest)) if !rest.is_empty() => rest,
            _ => &tokens[..],
        };
        match tokens {
            [day, "thang", month, "nam", year] => {
                let (d, m, y) = (number(day, original)?, number(month, original)?, number(year, original)?);
                validate(original, y, Some(m), Some(d), true)
            }
            ["thang", month, "nam", year] => {
                let (m, y) = (number(month, original)?, number(year, original)?);
                validate(original, y, Some(m), None, false)
            }
            ["thang", rest] => match parse_numeric(rest, original, order)? {
                date @ Date { month: Some(_), day: None, .. } => Ok(date),
                _ => Err(not_a_date(original)),
            },
            ["nam", year] if year.len() == 4 => {
                let y = number(year, original)?;
                validate(original, y, None, None, false)
            }
            [single] => parse_numeric(single, original, order),
            _ => {
                // Spaces around separators only: "06 / 11 / 2025", never between two numbers.
                let digit_at = |t: &str, last: bool| {
                    let c = if last { t.chars().next_back() } else { t.chars().next() };
                    c.is_some_and(|c| c.is_ascii_digit())
                };
                if tokens.windows(2).any(|w| digit_at(w[0], true) && digit_at(w[1], false)) {
                    Err(not_a_date(original))
                } else {
                    parse_numeric(&tokens.concat(), original, order)
                }
            }
        }
    }

    /// Reads an Excel serial date in the 1900 date system: 1 is 1900-01-01, 60 is Excel's
    /// fictitious 1900-02-29 (refused), 61 is 1900-03-01; a fraction (time of day) is dropped.
    /// Refuses numbers below 1, non-finite numbers and dates after 2100.
    pub fn parse_excel_serial(serial: f64) -> Result<Date, ParseError> {
        const EXPECTED: &str = "an Excel serial date (1900 date system), e.g. 45967 for 2025-11-06";
        if serial.is_nan() {
            return Err(ParseError::new("NaN is not an Excel serial date", EXPECTED));
        }
        if serial < 1.0 {
            return Err(ParseError::new(
                "a number below 1 is not an Excel serial date: they start at 1 (1900-01-01)",
                EXPECTED,
            ));
        }
        let whole = serial.floor();
        // Serial 73416 is 2101-01-01; integers are printed as such, without float formatting.
        if whole >= 3_000_000.0 {
            return Err(ParseError::new(
                format!("the number is too large for an Excel serial date after {MAX_YEAR}"),
                EXPECTED,
            ));
        }
        let n = whole as i64;
        if n == 60 {
            return Err(ParseError::new(
                "Excel serial date 60 is 29 February 1900, a day that never existed (Excel's 1900 \
                 leap-year bug)",
                EXPECTED,
            ));
        }
        // 1899-12-31 is day −25568 since 1970-01-01; Excel counts the phantom 1900-02-29.
        let days = if n < 60 { n - 25_568 } else { n - 25_569 };
        let (y, m, d) = civil_from_days(days);
        if y > i64::from(MAX_YEAR) {
            return Err(ParseError::new(
                format!("Excel serial date {n} is {y:04}-{m:02}-{d:02}, after {MAX_YEAR}"),
                EXPECTED,
            ));
        }
        // y is within 1900..=2100 here, m and d within their calendar ranges.
        Ok(Date { year: y as u16, month: Some(m as u8), day: Some(d as u8) })
    }
}

/// Drops a time of day after a date: `… 00:00:00`, `…T10:00:00Z`, `… 14:30`.
fn strip_time(s: &str) -> &str {
    let is_time = |t: &str| {
        let t = t.strip_suffix('z').unwrap_or(t);
        t.contains(':') && t.bytes().all(|b| b.is_ascii_digit() || b == b':' || b == b'.')
    };
    if let Some((date, time)) = s.rsplit_once(' ') {
        if is_time(time) {
            return date.trim_end();
        }
    }
    if let Some((date, time)) = s.split_once('t') {
        if is_time(time) && date.bytes().all(|b| b.is_ascii_digit() || b == b'-') {
            return date;
        }
    }
    s
}

fn not_a_date(original: &str) -> ParseError {
    ParseError::new(format!("\"{}\" is not a date", shorten(original)), EXPECTED_DATE)
}

/// Reads 1 … 4 ASCII digits.
fn number(digits: &str, original: &str) -> Result<u16, ParseError> {
    if digits.is_empty() || digits.len() > 4 || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return Err(not_a_date(original));
    }
    digits.parse().map_err(|_| not_a_date(original))
}

/// Reads the numeric forms (no spaces): ISO, day first, month, year, Excel serial.
fn parse_numeric(s: &str, original: &str, order: DateOrder) -> Result<Date, ParseError> {
    let is_separator = |c: char| matches!(c, '-' | '/' | '.');
    if s.is_empty() || !s.chars().all(|c| c.is_ascii_digit() || is_separator(c)) {
        return Err(not_a_date(original));
    }
    let mut separators = s.chars().filter(|&c| is_separator(c));
    let separator = separators.next();
    if let Some(first) = separator {
        if separators.any(|c| c != first) {
            return Err(ParseError::new(
                format!("{} mixes separators: use one kind, as in 06/11/2025", shorten(original)),
                EXPECTED_DATE,
            ));
        }
    }
    let parts: Vec<&str> = s.split(is_separator).collect();
    if parts.iter().any(|p| p.is_empty()) {
        return Err(not_a_date(original));
    }
    let len = |i: usize| parts.get(i).map_or(0, |p| p.len());
    let short = |i: usize| (1..=2).contains(&len(i));
    let two_digit_year = |yy: &str| {
        ParseError::new(
            format!("{} is ambiguous: write the year in four digits (20{yy} or 19{yy}?)", shorten(original)),
            EXPECTED_DATE,
        )
    };
    match parts.len() {
        1 if len(0) == 4 => validate(original, number(parts[0], original)?, None, None, false),
        1 => excel_serial(s, original),
        2 if separator == Some('.') && len(0) == 5 => excel_serial(s, original),
        2 if len(0) == 4 && short(1) => {
            let (y, m) = (number(parts[0], original)?, number(parts[1], original)?);
            validate(original, y, Some(m), None, false)
        }
        2 if short(0) && len(1) == 4 => {
            let (m, y) = (number(parts[0], original)?, number(parts[1], original)?);
            validate(original, y, Some(m), None, false)
        }
        2 if short(0) && len(1) == 2 => Err(ParseError::new(
            format!("{} is ambiguous: write the year in four digits, as in 06/11/2025 or 11/2025", shorten(original)),
            EXPECTED_DATE,
        )),
        3 if len(0) == 4 && short(1) && short(2) => {
            let (y, m, d) = (number(parts[0], original)?, number(parts[1], original)?, number(parts[2], original)?);
            validate(original, y, Some(m), Some(d), false)
        }
        3 if short(0) && short(1) && len(2) == 4 => {
            let (a, b, y) = (number(parts[0], original)?, number(parts[1], original)?, number(parts[2], original)?);
            match order {
                DateOrder::DayFirst => validate(original, y, Some(b), Some(a), true),
                DateOrder::MonthFirst => validate_month_first(original, y, a, b),
            }
        }
        3 if short(0) && short(1) && len(2) == 2 => Err(two_digit_year(parts[2])),
        _ => Err(not_a_date(original)),
    }
}

/// Reads `s` (digits, maybe a decimal point and a fraction, which is dropped) as an Excel
/// serial date within the window.
fn excel_serial(s: &str, original: &str) -> Result<Date, ParseError> {
    let whole = s.split('.').next().unwrap_or("");
    match whole.parse::<u32>() {
        Ok(n) if (EXCEL_SERIAL_MIN..=EXCEL_SERIAL_MAX).contains(&n) => {
            Date::parse_excel_serial(f64::from(n)).map_err(|e| ParseError::new(e.message, EXPECTED_DATE))
        }
        _ => Err(ParseError::new(
            format!(
                "{} is not a date: a plain number is read as a year (four digits) or as an Excel \
                 serial date from 20000 (1954-10-03) to 80000 (2119-01-11)",
                shorten(original)
            ),
            EXPECTED_DATE,
        )),
    }
}

/// [`validate`] of a date written month first, with the hint for a month above 12.
fn validate_month_first(original: &str, year: u16, month: u16, day: u16) -> Result<Date, ParseError> {
    if month > 12 && (MIN_YEAR..=MAX_YEAR).contains(&year) {
        return Err(ParseError::new(
            format!(
                "{} is not a real date: there is no month {month} (the file's dates are read month first: \
                 11/06/2025 is 6 November)",
                shorten(original)
            ),
            EXPECTED_DATE,
        ));
    }
    validate(original, year, Some(month), Some(day), false)
}

/// Checks year range, month and day, naming the problem; `day_first` adds a hint for month 13+.
fn validate(
    original: &str,
    year: u16,
    month: Option<u16>,
    day: Option<u16>,
    day_first: bool,
) -> Result<Date, ParseError> {
    let t = shorten(original);
    let not_real = |why: String| ParseError::new(format!("{t} is not a real date: {why}"), EXPECTED_DATE);
    if !(MIN_YEAR..=MAX_YEAR).contains(&year) {
        return Err(ParseError::new(
            format!("{t} is out of range: the year must be from {MIN_YEAR} to {MAX_YEAR}"),
            EXPECTED_DATE,
        ));
    }
    let Some(month) = month else {
        return Ok(Date::from_year(year));
    };
    if !(1..=12).contains(&month) {
        let hint = if day_first { " (dates are read day first: 06/11/2025 is 6 November)" } else { "" };
        return Err(not_real(format!("there is no month {month}{hint}")));
    }
    let month = month as u8;
    let Some(day) = day else {
        return Ok(Date { year, month: Some(month), day: None });
    };
    if day == 0 {
        return Err(not_real("there is no day 0".to_owned()));
    }
    let last = days_in_month(year, month);
    if day > u16::from(last) {
        let name = MONTH_NAMES[usize::from(month - 1)];
        return Err(not_real(format!("{name} {year} has {last} days")));
    }
    Ok(Date { year, month: Some(month), day: Some(day as u8) })
}

impl fmt::Display for Date {
    /// `2025-11-06`, `2025-11` or `2025`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match (self.month, self.day) {
            (Some(m), Some(d)) => write!(f, "{:04}-{:02}-{:02}", self.year, m, d),
            (Some(m), None) => write!(f, "{:04}-{:02}", self.year, m),
            _ => write!(f, "{:04}", self.year),
        }
    }
}

impl Serialize for Date {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Date {
    /// Reads any form [`Date::parse`] accepts (the ISO-like form it is written in included).
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = Cow::<str>::deserialize(deserializer)?;
        Date::parse(&text).map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ymd(y: u16, m: u8, d: u8) -> Date {
        Date::from_ymd(y, m, d).unwrap()
    }

    fn message(text: &str) -> String {
        Date::parse(text).unwrap_err().message
    }

    #[test]
    fn iso_forms() {
        assert_eq!(Date::parse("2025-11-06"), Ok(ymd(2025, 11, 6)));
        assert_eq!(Date::parse("2025/11/06"), Ok(ymd(2025, 11, 6)));
        assert_eq!(Date::parse(" 2025-11-06 00:00:00 "), Ok(ymd(2025, 11, 6)));
        assert_eq!(Date::parse("2025-11-06T10:30:00Z"), Ok(ymd(2025, 11, 6)));
        assert_eq!(Date::parse("2025-11"), Ok(Date::from_ym(2025, 11).unwrap()));
        assert_eq!(Date::parse("2025"), Ok(Date::from_year(2025)));
    }

    #[test]
    fn day_first_forms() {
        for text in ["06/11/2025", "6/11/2025", "06-11-2025", "6.11.2025", "06 / 11 / 2025", "6–11–2025"] {
            assert_eq!(Date::parse(text), Ok(ymd(2025, 11, 6)), "{text}");
        }
        assert_eq!(Date::parse("11/2025"), Ok(Date::from_ym(2025, 11).unwrap()));
        assert_eq!(Date::parse("1/2025"), Ok(Date::from_ym(2025, 1).unwrap()));
        assert_eq!(Date::parse("11-2025"), Ok(Date::from_ym(2025, 11).unwrap()));
        assert_eq!(Date::parse("29/02/2024"), Ok(ymd(2024, 2, 29)));
    }

    #[test]
    fn vietnamese_forms() {
        assert_eq!(Date::parse("ngày 6 tháng 11 năm 2025"), Ok(ymd(2025, 11, 6)));
        assert_eq!(Date::parse("Ngày 06/11/2025"), Ok(ymd(2025, 11, 6)));
        assert_eq!(Date::parse("tháng 11 năm 2025"), Ok(Date::from_ym(2025, 11).unwrap()));
        assert_eq!(Date::parse("Tháng 11/2025"), Ok(Date::from_ym(2025, 11).unwrap()));
        assert_eq!(Date::parse("năm 2025"), Ok(Date::from_year(2025)));
        assert_eq!(
            message("ngày 31 tháng 2 năm 2025"),
            "ngày 31 tháng 2 năm 2025 is not a real date: February 2025 has 28 days"
        );
        assert_eq!(message("tháng 06/11/2025"), "\"tháng 06/11/2025\" is not a date");
    }

    #[test]
    fn excel_serial_dates() {
        assert_eq!(Date::parse("45967"), Ok(ymd(2025, 11, 6)));
        assert_eq!(Date::parse("45967.75"), Ok(ymd(2025, 11, 6)));
        assert_eq!(Date::parse("20000"), Ok(ymd(1954, 10, 3)));
        assert_eq!(Date::parse_excel_serial(1.0), Ok(ymd(1900, 1, 1)));
        assert_eq!(Date::parse_excel_serial(59.0), Ok(ymd(1900, 2, 28)));
        assert_eq!(Date::parse_excel_serial(61.0), Ok(ymd(1900, 3, 1)));
        assert_eq!(Date::parse_excel_serial(25569.0), Ok(ymd(1970, 1, 1)));
        assert_eq!(Date::parse_excel_serial(73415.0), Ok(ymd(2100, 12, 31)));
        assert_eq!(
            Date::parse_excel_serial(60.0).unwrap_err().message,
            "Excel serial date 60 is 29 February 1900, a day that never existed (Excel's 1900 \
             leap-year bug)"
        );
        assert_eq!(
            Date::parse_excel_serial(0.5).unwrap_err().message,
            "a number below 1 is not an Excel serial date: they start at 1 (1900-01-01)"
        );
        assert!(Date::parse_excel_serial(f64::NAN).is_err());
        assert!(Date::parse_excel_serial(f64::INFINITY).is_err());
        assert!(Date::parse_excel_serial(f64::NEG_INFINITY).is_err());
        assert_eq!(
            Date::parse_excel_serial(1e300).unwrap_err().message,
            "the number is too large for an Excel serial date after 2100"
        );
        assert_eq!(
            Date::parse_excel_serial(73416.0).unwrap_err().message,
            "Excel serial date 73416 is 2101-01-01, after 2100"
        );
        assert_eq!(message("123456789012345"), "123456789012345 is not a date: a plain number is read as a year (four digits) or as an Excel serial date from 20000 (1954-10-03) to 80000 (2119-01-11)");
        assert_eq!(message("80000"), "Excel serial date 80000 is 2119-01-11, after 2100");
        assert_eq!(
            message("12345"),
            "12345 is not a date: a plain number is read as a year (four digits) or as an Excel \
             serial date from 20000 (1954-10-03) to 80000 (2119-01-11)"
        );
    }

    #[test]
    fn impossible_dates_are_named() {
        assert_eq!(message("31/02/2025"), "31/02/2025 is not a real date: February 2025 has 28 days");
        assert_eq!(message("29/02/2023"), "29/02/2023 is not a real date: February 2023 has 28 days");
        assert_eq!(message("31/04/2025"), "31/04/2025 is not a real date: April 2025 has 30 days");
        assert_eq!(
            message("06/13/2025"),
            "06/13/2025 is not a real date: there is no month 13 (dates are read day first: \
             06/11/2025 is 6 November)"
        );
        assert_eq!(message("2025-13-01"), "2025-13-01 is not a real date: there is no month 13");
        assert_eq!(message("13/2025"), "13/2025 is not a real date: there is no month 13");
        assert_eq!(message("00/11/2025"), "00/11/2025 is not a real date: there is no day 0");
        assert_eq!(message("2025-00"), "2025-00 is not a real date: there is no month 0");
        assert_eq!(message("1066"), "1066 is out of range: the year must be from 1900 to 2100");
    }

    #[test]
    fn ambiguous_and_malformed_input_is_refused() {
        assert_eq!(message("06/11/25"), "06/11/25 is ambiguous: write the year in four digits (2025 or 1925?)");
        assert_eq!(message("11/25"), "11/25 is ambiguous: write the year in four digits, as in 06/11/2025 or 11/2025");
        assert_eq!(message("06/11-2025"), "06/11-2025 mixes separators: use one kind, as in 06/11/2025");
        assert_eq!(message(""), "the date is empty");
        assert_eq!(message("   "), "the date is empty");
        assert_eq!(message("abc"), "\"abc\" is not a date");
        assert_eq!(message("06//2025"), "\"06//2025\" is not a date");
        assert_eq!(message("6 Nov 2025"), "\"6 Nov 2025\" is not a date");
        assert_eq!(message("-3"), "\"-3\" is not a date");
        assert_eq!(message("2025-11-06-01"), "\"2025-11-06-01\" is not a date");
        assert_eq!(message("٢٠٢٥"), "\"٢٠٢٥\" is not a date");
        let err = Date::parse("abc").unwrap_err();
        assert_eq!(err.expected, EXPECTED_DATE);
        assert_eq!(err.to_string(), format!("\"abc\" is not a date; expected {EXPECTED_DATE}"));
    }

    #[test]
    fn long_input_is_shortened_in_messages() {
        let long = "x".repeat(100);
        assert_eq!(message(&long), format!("\"{}…\" is not a date", "x".repeat(40)));
    }

    #[test]
    fn display_precision_and_order() {
        let d = ymd(2025, 11, 6);
        assert_eq!(d.to_string(), "2025-11-06");
        assert_eq!(d.precision(), Precision::Day);
        assert_eq!(Date::from_ym(2025, 1).unwrap().to_string(), "2025-01");
        assert_eq!(Date::from_year(2025).to_string(), "2025");
        assert_eq!(Date::from_year(2025).precision(), Precision::Year);
        let mut dates = vec![
            ymd(2025, 1, 2),
            Date::from_year(2025),
            ymd(2025, 1, 1),
            Date::from_ym(2025, 1).unwrap(),
            ymd(2024, 12, 31),
        ];
        dates.sort();
        let shown: Vec<String> = dates.iter().map(Date::to_string).collect();
        assert_eq!(shown, ["2024-12-31", "2025", "2025-01", "2025-01-01", "2025-01-02"]);
        let mut by_ordinal = dates.clone();
        by_ordinal.sort_by_key(Date::ordinal);
        assert_eq!(by_ordinal, dates);
        assert_eq!(d.ordinal(), 20251106);
        assert_eq!(Date::from_year(1970).epoch_days(), 0);
        assert_eq!(ymd(2025, 11, 6).epoch_days(), 20398);
    }

    #[test]
    fn constructors_validate() {
        assert_eq!(Date::from_ymd(2025, 2, 29), None);
        assert_eq!(Date::from_ymd(2025, 13, 1), None);
        assert_eq!(Date::from_ymd(2025, 1, 0), None);
        assert_eq!(Date::from_ym(2025, 0), None);
        assert!(!Date { year: 2025, month: None, day: Some(1) }.is_valid());
        assert!(ymd(2000, 2, 29).is_valid());
        assert_eq!(Date::from_ymd(1900, 2, 29), None);
    }

    #[test]
    fn month_first_dates_and_the_evidence_of_a_file() {
        assert_eq!(Date::parse_in("12/15/2024", DateOrder::MonthFirst), Ok(ymd(2024, 12, 15)));
        assert_eq!(Date::parse_in("06/11/2025", DateOrder::MonthFirst), Ok(ymd(2025, 6, 11)));
        assert_eq!(Date::parse_in("6.11.2025", DateOrder::MonthFirst), Ok(ymd(2025, 6, 11)));
        assert_eq!(Date::parse_in("2025-11-06", DateOrder::MonthFirst), Ok(ymd(2025, 11, 6)));
        assert_eq!(Date::parse_in("ngày 6 tháng 11 năm 2025", DateOrder::MonthFirst), Ok(ymd(2025, 11, 6)));
        assert_eq!(Date::parse_in("11/2025", DateOrder::MonthFirst), Ok(Date::from_ym(2025, 11).unwrap()));
        assert_eq!(
            Date::parse_in("15/12/2024", DateOrder::MonthFirst).unwrap_err().message,
            "15/12/2024 is not a real date: there is no month 15 (the file's dates are read month first: \
             11/06/2025 is 6 November)"
        );
        assert_eq!(
            Date::parse_in("02/30/2024", DateOrder::MonthFirst).unwrap_err().message,
            "02/30/2024 is not a real date: February 2024 has 29 days"
        );
        assert_eq!(DateOrder::proved_by("15/12/2024"), Some(DateOrder::DayFirst));
        assert_eq!(DateOrder::proved_by(" 12/15/2024 "), Some(DateOrder::MonthFirst));
        assert_eq!(DateOrder::proved_by("06/11/2025"), None);
        assert_eq!(DateOrder::proved_by("2024-12-15"), None);
        assert_eq!(DateOrder::proved_by("15/12/24"), None);
        let e = DateEvidence::scan(
            b"date,note\n12/15/2024,x\n06/11/2025,\"seen 1.2.2025\"\n2025-11-06,12.5\n30/31/2024,1/2/20255\n13-01-2024\n",
        );
        assert_eq!((e.day_first, e.month_first, e.ambiguous), (1, 1, 2));
        assert_eq!(e.first_ambiguous.as_deref(), Some("06/11/2025"));
        assert_eq!(e.order(), Some(DateOrder::DayFirst));
        let e = DateEvidence::scan(b"12/15/2024\r\n12/16/2024\r\n15/12/2024");
        assert_eq!(e.order(), Some(DateOrder::MonthFirst));
        assert_eq!(DateEvidence::scan(b"06/11/2025;2025").order(), None);
        let mut e = DateEvidence::default();
        e.add("13/01/2024");
        e.add("x");
        assert_eq!(e.order(), Some(DateOrder::DayFirst));
        assert_eq!(serde_json::to_string(&DateOrder::MonthFirst).unwrap(), "\"month-first\"");
    }

    /// Every date of three numbers in `text`, byte by byte: what [`DateEvidence::scan`] counts.
    fn naive_scan(text: &[u8]) -> DateEvidence {
        let mut e = DateEvidence::default();
        let is_sep = |c: u8| matches!(c, b'/' | b'.' | b'-');
        let edge = |c: Option<&u8>| c.map_or(true, |&c| !c.is_ascii_digit() && !is_sep(c));
        let mut i = 0;
        while i < text.len() {
            let c = text[i];
            if !is_sep(c) || i == 0 || !text[i - 1].is_ascii_digit() {
                i += 1;
                continue;
            }
            let start = if i >= 2 && text[i - 2].is_ascii_digit() { i - 2 } else { i - 1 };
            let end = (i + 8).min(text.len());
            let len = (i + 1..end).find(|&j| !text[j].is_ascii_digit() && text[j] != c).unwrap_or(end) - start;
            let token = &text[start..start + len];
            if edge(start.checked_sub(1).and_then(|k| text.get(k))) && edge(text.get(start + len)) {
                if let Some((a, b)) = day_and_month_numbers(token) {
                    e.add_numbers(a, b, token);
                    i = start + len;
                    continue;
                }
            }
            i += 1;
        }
        e
    }

    #[test]
    fn the_scan_finds_every_date_a_byte_loop_finds() {
        let pieces: [&[u8]; 18] = [
            b"06/11/2025",
            b"12/15/2024",
            b"15.12.2024",
            b"1-2-2025",
            b"06",
            b"1",
            b"15",
            b"2024",
            b"/",
            b".",
            b"-",
            b",",
            b",",
            b"x",
            b"\n",
            b"\n",
            b"2025-11-06",
            b"12.5",
        ];
        let mut seed = 0x2545_F491_4F6C_DD1Du64;
        let mut found = 0;
        for n in 0..3000 {
            let len = n % 40;
            let text: Vec<u8> = (0..len)
                .flat_map(|_| {
                    seed ^= seed << 13;
                    seed ^= seed >> 7;
                    seed ^= seed << 17;
                    pieces[(seed % pieces.len() as u64) as usize].iter().copied()
                })
                .collect();
            let e = naive_scan(&text);
            found += e.day_first + e.month_first + e.ambiguous;
            assert_eq!(DateEvidence::scan(&text), e, "{:?}", String::from_utf8_lossy(&text));
        }
        assert!(found > 100, "{found} dates in the random texts");
        let dates = b"06/11/2025,12/15/2024;15.12.2024 1-2-2025";
        assert_eq!(DateEvidence::scan(dates), naive_scan(dates));
        assert_eq!(naive_scan(dates).ambiguous, 2);
    }

    #[test]
    fn serde_as_string() {
        let json = serde_json::to_string(&Date::from_ym(2025, 11).unwrap()).unwrap();
        assert_eq!(json, "\"2025-11\"");
        assert_eq!(serde_json::from_str::<Date>("\"2025-11-06\"").unwrap(), ymd(2025, 11, 6));
        assert!(serde_json::from_str::<Date>("\"31/02/2025\"").is_err());
    }
}
