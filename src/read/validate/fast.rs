//! Fast paths for the commonest cells (digits, decimal degrees, the two common date forms),
//! each agreeing exactly with the full parser it stands in front of.

use crate::count::parse_count;
use crate::date::{Date, DateOrder, ParseError};

use super::cells::{trim, Cell};

/// A count from a cell: digits only on the fast path, else [`parse_count`]; Khmer digits
/// (០–៩), as Khmer-language sheets write counts, are read too.
pub(super) fn count(cell: &Cell) -> Result<u32, ParseError> {
    let parsed = match *cell {
        Cell::Text(s) => {
            let b = s.as_bytes();
            if !b.is_empty() && b.len() <= 9 && b.iter().all(u8::is_ascii_digit) {
                return Ok(b.iter().fold(0, |v, &d| v * 10 + u32::from(d - b'0')));
            }
            parse_count(s)
        }
        Cell::Number(n) if n >= 0.0 && n.fract() == 0.0 && n <= f64::from(u32::MAX) => return Ok(n as u32),
        _ => parse_count(&cell.text()),
    };
    parsed.or_else(|e| {
        let text = cell.text();
        if !text.chars().any(|c| ('\u{17E0}'..='\u{17E9}').contains(&c)) {
            return Err(e);
        }
        let ascii: String = text
            .chars()
            .map(|c| match c {
                '\u{17E0}'..='\u{17E9}' => char::from(b'0' + (u32::from(c) - 0x17E0) as u8),
                c => c,
            })
            .collect();
        parse_count(&ascii)
    })
}

/// Degrees from a cell: a decimal number, with `,` accepted as the decimal mark and a
/// trailing `°` ignored.
pub(super) fn degrees(cell: &Cell) -> Option<f64> {
    let v = match *cell {
        Cell::Number(n) => n,
        Cell::Text(s) => {
            let s = trim(s);
            if let Some(v) = fast_decimal(s.as_bytes()) {
                return Some(v);
            }
            let s = s.strip_suffix('°').unwrap_or(s).trim_end();
            if s.is_empty()
                || s.len() > 32
                || !s.bytes().all(|b| b.is_ascii_digit() || matches!(b, b'.' | b',' | b'-' | b'+'))
            {
                return None;
            }
            match s.parse::<f64>() {
                Ok(v) => v,
                Err(_) if s.matches(',').count() == 1 && !s.contains('.') => s.replace(',', ".").parse().ok()?,
                Err(_) => return None,
            }
        }
        _ => return None,
    };
    v.is_finite().then_some(v)
}

/// `[-]digits[.digits]` with at most 15 digits, exactly as `str::parse::<f64>` reads it (both
/// operands of the one division are exact, so the quotient is correctly rounded).
pub(super) fn fast_decimal(s: &[u8]) -> Option<f64> {
    const POW10: [f64; 16] = [1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];
    let (negative, d) = match s.split_first() {
        Some((b'-', rest)) => (true, rest),
        _ => (false, s),
    };
    // At most 15 digits and a point.
    if d.len() > 16 {
        return None;
    }
    let (mut n, mut i) = (0u64, 0usize);
    while let Some(&c) = d.get(i) {
        if !c.is_ascii_digit() {
            break;
        }
        n = n * 10 + u64::from(c - b'0');
        i += 1;
    }
    let whole = i;
    if i < d.len() {
        if d[i] != b'.' {
            return None;
        }
        i += 1;
        while let Some(&c) = d.get(i) {
            if !c.is_ascii_digit() {
                return None;
            }
            n = n * 10 + u64::from(c - b'0');
            i += 1;
        }
    }
    let fraction = d.len() - whole - usize::from(d.len() > whole);
    let count = whole + fraction;
    if count == 0 || count > 15 {
        return None;
    }
    let v = n as f64 / POW10[fraction];
    Some(if negative { -v } else { v })
}

/// `2025-11-06` and `06/11/2025` (read in `order`), the two common forms, without allocating.
pub(super) fn fast_date(s: &[u8], order: DateOrder) -> Option<Date> {
    if s.len() != 10 {
        return None;
    }
    let num = |r: std::ops::Range<usize>| -> Option<u16> {
        s[r].iter().try_fold(0u16, |v, &b| b.is_ascii_digit().then(|| v * 10 + u16::from(b - b'0')))
    };
    let (y, m, d) = if s[4] == b'-' && s[7] == b'-' {
        (num(0..4)?, num(5..7)?, num(8..10)?)
    } else if s[2] == b'/' && s[5] == b'/' {
        match order {
            DateOrder::DayFirst => (num(6..10)?, num(3..5)?, num(0..2)?),
            DateOrder::MonthFirst => (num(6..10)?, num(0..2)?, num(3..5)?),
        }
    } else {
        return None;
    };
    if !(crate::date::MIN_YEAR..=crate::date::MAX_YEAR).contains(&y) {
        return None;
    }
    Date::from_ymd(y, u8::try_from(m).ok()?, u8::try_from(d).ok()?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fast_paths_agree_with_the_parsers() {
        for s in ["2025-11-06", "06/11/2025", "31/02/2025", "2025-13-01", "1899-01-01", "00/11/2025", "2025-11-6x"] {
            for order in [DateOrder::DayFirst, DateOrder::MonthFirst] {
                if let Some(d) = fast_date(s.as_bytes(), order) {
                    assert_eq!(Date::parse_in(s, order), Ok(d), "{s}");
                }
            }
        }
        assert_eq!(fast_date(b"06/11/2025", DateOrder::MonthFirst), Date::from_ymd(2025, 6, 11));
        assert_eq!(fast_date(b"31/12/2025", DateOrder::MonthFirst), None);
        for s in ["0", "12", "123456789", "1.210", "12.5", "-3"] {
            assert_eq!(count(&Cell::Text(s)).ok(), parse_count(s).ok(), "{s}");
        }
        for s in ["11.56", "-0.5", "104.92821", "10.", ".5", "-.5", "123456789012345", "0.00000000000001"] {
            assert_eq!(fast_decimal(s.as_bytes()), s.parse::<f64>().ok(), "{s}");
        }
        assert_eq!(fast_decimal(b"1234567890123456"), None);
        assert_eq!(fast_decimal(b"."), None);
        assert_eq!(fast_decimal(b"-"), None);
        assert_eq!(fast_decimal(b"12.5.1"), None);
        assert_eq!(fast_decimal(b"1e5"), None);
        assert_eq!(fast_decimal(b"12345678901234.5"), Some(12345678901234.5));
        assert_eq!(fast_decimal(b"1234567890123456."), None);
        assert_eq!(degrees(&Cell::Text("11,56")), Some(11.56));
        assert_eq!(degrees(&Cell::Text("104.9°")), Some(104.9));
        assert_eq!(degrees(&Cell::Text("abc")), None);
    }
}
