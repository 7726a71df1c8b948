//! The cells of a row as a format gives them, and the trimming and comparing every field
//! reader does on them.

use std::borrow::Cow;

use crate::number::decimal;

/// One cell of a row, as the format gives it.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) enum Cell<'a> {
    /// Nothing.
    Empty,
    /// Text (trimmed by the validator).
    Text(&'a str),
    /// A number (JSON, spreadsheets).
    Number(f64),
    /// A spreadsheet cell formatted as a date: an Excel serial number.
    Serial(f64),
    /// A boolean (JSON, spreadsheets).
    Bool(bool),
    /// A spreadsheet formula whose value the workbook does not hold (its text, maybe empty):
    /// read as an empty cell, and reported by the validator.
    Unsaved(&'a str),
}

impl<'a> Cell<'a> {
    /// The cell as text, trimmed; numbers written the shortest way (`2025`, `12.5`).
    #[inline]
    pub(crate) fn text(&self) -> Cow<'_, str> {
        match *self {
            Cell::Empty | Cell::Unsaved(_) => Cow::Borrowed(""),
            Cell::Text(s) => Cow::Borrowed(trim(s)),
            Cell::Number(n) | Cell::Serial(n) => Cow::Owned(decimal(n)),
            Cell::Bool(b) => Cow::Borrowed(if b { "true" } else { "false" }),
        }
    }

    /// [`Cell::text`], borrowing from the row rather than from the cell.
    #[inline]
    pub(crate) fn into_text(self) -> Cow<'a, str> {
        match self {
            Cell::Text(s) => Cow::Borrowed(trim(s)),
            other => Cow::Owned(other.text().into_owned()),
        }
    }

    #[inline]
    pub(super) fn is_empty(&self) -> bool {
        match self {
            Cell::Empty | Cell::Unsaved(_) => true,
            Cell::Text(s) => trim(s).is_empty(),
            _ => false,
        }
    }
}

/// `s` without leading and trailing white space; no Unicode scan unless an end could be white
/// space (an ASCII space or control, or a character whose UTF-8 form begins like that of a
/// Unicode space: U+0085, U+00A0, U+1680, U+2000…U+205F, U+3000).
#[inline]
pub(super) fn trim(s: &str) -> &str {
    let b = s.as_bytes();
    match (b.first(), b.last()) {
        (None, _) | (_, None) => s,
        (Some(&f), Some(&l)) if f > 0x20 && !matches!(f, 0xC2 | 0xE1 | 0xE2 | 0xE3) && (0x21..0x80).contains(&l) => s,
        _ => s.trim(),
    }
}

/// Byte equality, inline for the short keys the caches compare (no `memcmp` call).
#[inline]
pub(super) fn same(a: &[u8], b: &[u8]) -> bool {
    if a.len() != b.len() {
        return false;
    }
    let n = a.len();
    let word = |s: &[u8], i: usize| {
        let mut w = [0u8; 8];
        w.copy_from_slice(&s[i..i + 8]);
        u64::from_le_bytes(w)
    };
    match n {
        0 => true,
        1..=7 => a.iter().zip(b).all(|(x, y)| x == y),
        8..=16 => word(a, 0) == word(b, 0) && word(a, n - 8) == word(b, n - 8),
        _ => a == b,
    }
}

/// A row's cells, by column index.
pub(crate) trait Cells {
    /// Cell `i` ([`Cell::Empty`] past the end).
    fn cell(&self, i: usize) -> Cell<'_>;
    /// Number of cells.
    fn width(&self) -> usize;
    /// Whether a cell is [`Cell::Unsaved`] (only spreadsheets have them).
    fn has_unsaved(&self) -> bool {
        false
    }
}

impl Cells for [Cell<'_>] {
    fn cell(&self, i: usize) -> Cell<'_> {
        self.get(i).copied().unwrap_or(Cell::Empty)
    }
    fn width(&self) -> usize {
        self.len()
    }
    fn has_unsaved(&self) -> bool {
        self.iter().any(|c| matches!(c, Cell::Unsaved(_)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn trim_and_same_agree_with_std() {
        for s in [
            "",
            " ",
            "K92",
            " K92",
            "K92 ",
            "\tK92\r",
            "\u{a0}Kratie",
            "Kratie\u{a0}",
            "\u{3000}x",
            "x\u{2009}",
            "đợt 1",
            "ក្រចេះ",
            "ក្រចេះ\u{1680}",
            "\u{85}a",
            "a\u{85}",
            "\u{7f}",
        ] {
            assert_eq!(trim(s), s.trim(), "{s:?}");
        }
        let words = ["", "a", "ab", "K92", "Kratie", "Kampong", "Kampong Cham", "Kampong Chhnang", "Banteay Meanchey!"];
        for a in words {
            for b in words {
                assert_eq!(same(a.as_bytes(), b.as_bytes()), a == b, "{a:?} {b:?}");
            }
        }
        assert!(!same(b"Kampong Cham", b"Kampong Chap"));
        assert!(!same(b"xampong Cham", b"Kampong Cham"));
    }
}
