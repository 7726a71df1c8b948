//! Counts of remains, as written in reports and spreadsheets.
//!
//! Vietnamese writes thousands with a dot (`1.210`), English with a comma (`1,210`), and both
//! with spaces (`1 210`); a count is never fractional, so a dot or comma followed by exactly
//! three digits is a thousands separator, and anything else with a dot or comma is an error.

use crate::date::ParseError;
use crate::quote::shorten;

/// What [`parse_count`] accepts, for [`ParseError::expected`].
pub const EXPECTED_COUNT: &str = "a whole number such as 1210, 1.210, 1,210 or 1 210";

/// Which character groups thousands in a count.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Grouping {
    Dot,
    Comma,
    Space,
}

fn grouping(c: char) -> Option<Grouping> {
    match c {
        '.' => Some(Grouping::Dot),
        ',' => Some(Grouping::Comma),
        ' ' | '\u{00A0}' | '\u{202F}' | '\u{2009}' => Some(Grouping::Space),
        _ => None,
    }
}

/// Reads a count of remains: a non-negative whole number, with thousands optionally grouped by
/// `.`, `,`, a space, a no-break space or a narrow no-break space, every group after the first
/// having exactly three digits (`1.210`, `1,210`, `1 210` are 1210).
///
/// A trailing `.0` (how spreadsheets export whole numbers stored as floats) is accepted:
/// `12.0` is 12, `1210.0` is 1210. Refused, with a message saying why: empty text, a sign
/// (`+3`, `-3`), fractions (`12.5`), wrong groups (`1.2345`, `12,34,567`), mixed separators
/// (`1,210.5`), other characters, and numbers above 4 294 967 295.
pub fn parse_count(text: &str) -> Result<u32, ParseError> {
    let t = text.trim();
    let fail = |message: String| Err(ParseError::new(message, EXPECTED_COUNT));
    if let Some((why, rest)) = signed(t) {
        // A sign before a count says why it is refused; before anything else (another sign
        // included) the text is simply not a count.
        let rest = rest.trim();
        return if signed(rest).is_none() && parse_unsigned(rest).is_ok() {
            fail(format!("{}: {why}", shorten(t)))
        } else {
            fail(format!("\"{}\" is not a count", shorten(t)))
        };
    }
    parse_unsigned(t)
}

/// Why a count cannot start with `t`'s sign, and the text after it; `None` without a sign.
fn signed(t: &str) -> Option<(&'static str, &str)> {
    [
        ('+', "a count is written without a sign"),
        ('-', "a count cannot be negative"),
        ('−', "a count cannot be negative"),
    ]
    .into_iter()
    .find_map(|(sign, why)| t.strip_prefix(sign).map(|rest| (why, rest)))
}

/// [`parse_count`] of trimmed text with no sign.
fn parse_unsigned(t: &str) -> Result<u32, ParseError> {
    let fail = |message: String| Err(ParseError::new(message, EXPECTED_COUNT));
    if t.is_empty() {
        return fail("the count is empty".to_owned());
    }
    let digits_only = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    let body = match t.strip_suffix(".0") {
        Some(whole) if digits_only(whole) => whole,
        _ => t,
    };
    if !body.chars().all(|c| c.is_ascii_digit() || grouping(c).is_some()) {
        return fail(format!("\"{}\" is not a count", shorten(t)));
    }
    let mut kinds = body.chars().filter_map(grouping);
    let kind = kinds.next();
    if let Some(first) = kind {
        if kinds.any(|k| k != first) {
            return fail(format!(
                "{} mixes separators: a count is a whole number, its thousands grouped by one \
                 kind of separator",
                shorten(t)
            ));
        }
    }
    let groups: Vec<&str> = body.split(|c: char| grouping(c).is_some()).collect();
    let well_grouped = groups.iter().enumerate().all(|(i, g)| {
        if i == 0 {
            (1..=3).contains(&g.len()) || (groups.len() == 1 && !g.is_empty())
        } else {
            g.len() == 3
        }
    });
    if !well_grouped {
        return match kind {
            Some(Grouping::Dot | Grouping::Comma) if groups.len() == 2 => fail(format!(
                "{} is not a whole number: in a count, '.' and ',' only group thousands (1.210 \
                 and 1,210 are 1210)",
                shorten(t)
            )),
            _ => fail(format!("{} has digit groups that are not of three: write 1210, 1.210 or 1 210", shorten(t))),
        };
    }
    let mut value: u32 = 0;
    for b in groups.concat().bytes() {
        value = match value.checked_mul(10).and_then(|v| v.checked_add(u32::from(b - b'0'))) {
            Some(v) => v,
            None => return fail(format!("{} is too large for a count", shorten(t))),
        };
    }
    Ok(value)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn message(text: &str) -> String {
        parse_count(text).unwrap_err().message
    }

    #[test]
    fn plain_and_grouped_numbers() {
        assert_eq!(parse_count("0"), Ok(0));
        assert_eq!(parse_count("1210"), Ok(1210));
        assert_eq!(parse_count(" 42 "), Ok(42));
        assert_eq!(parse_count("007"), Ok(7));
        for text in ["1.210", "1,210", "1 210", "1\u{00A0}210", "1\u{202F}210", "1\u{2009}210"] {
            assert_eq!(parse_count(text), Ok(1210), "{text:?}");
        }
        assert_eq!(parse_count("1.234.567"), Ok(1_234_567));
        assert_eq!(parse_count("12 345 678"), Ok(12_345_678));
        assert_eq!(parse_count("4294967295"), Ok(u32::MAX));
        assert_eq!(parse_count("4.294.967.295"), Ok(u32::MAX));
    }

    #[test]
    fn spreadsheet_point_zero() {
        assert_eq!(parse_count("12.0"), Ok(12));
        assert_eq!(parse_count("1210.0"), Ok(1210));
        assert_eq!(parse_count("0.0"), Ok(0));
        assert_eq!(message("1.210.0"), "1.210.0 has digit groups that are not of three: write 1210, 1.210 or 1 210");
    }

    #[test]
    fn bad_counts_are_named() {
        assert_eq!(message(""), "the count is empty");
        assert_eq!(message("  "), "the count is empty");
        assert_eq!(message("-3"), "-3: a count cannot be negative");
        assert_eq!(message("−3"), "−3: a count cannot be negative");
        assert_eq!(message("+3"), "+3: a count is written without a sign");
        assert_eq!(message("-x"), "\"-x\" is not a count");
        assert_eq!(message("abc"), "\"abc\" is not a count");
        assert_eq!(message("12 remains"), "\"12 remains\" is not a count");
        assert_eq!(message("1e3"), "\"1e3\" is not a count");
        assert_eq!(
            message("12.5"),
            "12.5 is not a whole number: in a count, '.' and ',' only group thousands (1.210 and \
             1,210 are 1210)"
        );
        assert_eq!(
            message("1.2345"),
            "1.2345 is not a whole number: in a count, '.' and ',' only group thousands (1.210 \
             and 1,210 are 1210)"
        );
        assert_eq!(
            message("12,34,567"),
            "12,34,567 has digit groups that are not of three: write 1210, 1.210 or 1 210"
        );
        assert_eq!(message("1234 567"), "1234 567 has digit groups that are not of three: write 1210, 1.210 or 1 210");
        assert_eq!(message("1 2"), "1 2 has digit groups that are not of three: write 1210, 1.210 or 1 210");
        assert_eq!(
            message(".5"),
            ".5 is not a whole number: in a count, '.' and ',' only group thousands (1.210 and \
             1,210 are 1210)"
        );
        assert_eq!(
            message("1,"),
            "1, is not a whole number: in a count, '.' and ',' only group thousands (1.210 and \
             1,210 are 1210)"
        );
        assert_eq!(
            message("1,210.5"),
            "1,210.5 mixes separators: a count is a whole number, its thousands grouped by one \
             kind of separator"
        );
        assert_eq!(message("4294967296"), "4294967296 is too large for a count");
        assert_eq!(message("١٢"), "\"١٢\" is not a count");
        assert_eq!(parse_count("abc").unwrap_err().expected, EXPECTED_COUNT);
        assert_eq!(message("- 3"), "- 3: a count cannot be negative");
        assert_eq!(message("--3"), "\"--3\" is not a count");
        assert_eq!(message("-+3"), "\"-+3\" is not a count");
        assert_eq!(message("+"), "\"+\" is not a count");
        assert_eq!(message("- "), "\"-\" is not a count");
    }

    #[test]
    fn any_number_of_signs_is_an_error_not_a_crash() {
        for sign in ["-", "+", "−"] {
            let text = format!("{}7", sign.repeat(100_000));
            assert!(message(&text).ends_with("is not a count"), "{sign}");
        }
    }
}
