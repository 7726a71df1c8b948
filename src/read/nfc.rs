//! Vietnamese letters composed to NFC: a vowel followed by a combining tone mark (grave,
//! acute, tilde, hook above, dot below), as Windows-1258 and TCVN 5712 VN1 write them, becomes
//! the one precomposed letter (`ê` + U+0301 → `ế`), so that names match the gazetteer's. Only the tone marks after the vowels of Vietnamese (a ă â e ê i o ô ơ u ư y,
//! either case) are composed; any other combining mark is kept as written.

/// The combining tone marks, in the order of [`COMPOSED`]'s columns.
const MARKS: [char; 5] = ['\u{0300}', '\u{0301}', '\u{0303}', '\u{0309}', '\u{0323}'];

/// Each vowel and its letters with a tone mark, in the order of [`MARKS`] (from Unicode's
/// canonical compositions, as `unicodedata.normalize("NFC", …)` gives them).
const COMPOSED: [(char, [char; 5]); 24] = [
    ('a', ['à', 'á', 'ã', 'ả', 'ạ']),
    ('A', ['À', 'Á', 'Ã', 'Ả', 'Ạ']),
    ('ă', ['ằ', 'ắ', 'ẵ', 'ẳ', 'ặ']),
    ('Ă', ['Ằ', 'Ắ', 'Ẵ', 'Ẳ', 'Ặ']),
    ('â', ['ầ', 'ấ', 'ẫ', 'ẩ', 'ậ']),
    ('Â', ['Ầ', 'Ấ', 'Ẫ', 'Ẩ', 'Ậ']),
    ('e', ['è', 'é', 'ẽ', 'ẻ', 'ẹ']),
    ('E', ['È', 'É', 'Ẽ', 'Ẻ', 'Ẹ']),
    ('ê', ['ề', 'ế', 'ễ', 'ể', 'ệ']),
    ('Ê', ['Ề', 'Ế', 'Ễ', 'Ể', 'Ệ']),
    ('i', ['ì', 'í', 'ĩ', 'ỉ', 'ị']),
    ('I', ['Ì', 'Í', 'Ĩ', 'Ỉ', 'Ị']),
    ('o', ['ò', 'ó', 'õ', 'ỏ', 'ọ']),
    ('O', ['Ò', 'Ó', 'Õ', 'Ỏ', 'Ọ']),
    ('ô', ['ồ', 'ố', 'ỗ', 'ổ', 'ộ']),
    ('Ô', ['Ồ', 'Ố', 'Ỗ', 'Ổ', 'Ộ']),
    ('ơ', ['ờ', 'ớ', 'ỡ', 'ở', 'ợ']),
    ('Ơ', ['Ờ', 'Ớ', 'Ỡ', 'Ở', 'Ợ']),
    ('u', ['ù', 'ú', 'ũ', 'ủ', 'ụ']),
    ('U', ['Ù', 'Ú', 'Ũ', 'Ủ', 'Ụ']),
    ('ư', ['ừ', 'ứ', 'ữ', 'ử', 'ự']),
    ('Ư', ['Ừ', 'Ứ', 'Ữ', 'Ử', 'Ự']),
    ('y', ['ỳ', 'ý', 'ỹ', 'ỷ', 'ỵ']),
    ('Y', ['Ỳ', 'Ý', 'Ỹ', 'Ỷ', 'Ỵ']),
];

/// The index in [`MARKS`] of a combining tone mark.
fn mark(c: char) -> Option<usize> {
    MARKS.iter().position(|&m| m == c)
}

/// `base` with the tone mark `c`, when that is one Vietnamese letter.
pub(crate) fn compose(base: char, c: char) -> Option<char> {
    let m = mark(c)?;
    COMPOSED.iter().find(|(b, _)| *b == base).map(|(_, row)| row[m])
}

/// Whether `c`, a character beyond ASCII, is a letter of Vietnamese, and if so whether it
/// carries a tone mark: `Some(true)` for `ế`, `Some(false)` for `ê` or `đ`, `None` for `ü`, `§`.
pub(crate) fn vietnamese_letter(c: char) -> Option<bool> {
    if matches!(c, 'đ' | 'Đ') || COMPOSED.iter().any(|(b, _)| *b == c) {
        return Some(false);
    }
    COMPOSED.iter().any(|(_, row)| row.contains(&c)).then_some(true)
}

/// Whether the Vietnamese letter `c` (beyond ASCII) is a small letter: the table lists each
/// small vowel before its capital.
pub(crate) fn is_small(c: char) -> bool {
    if matches!(c, 'đ' | 'Đ') {
        return c == 'đ';
    }
    let row = COMPOSED.iter().position(|(b, row)| *b == c || row.contains(&c));
    row.is_some_and(|i| i % 2 == 0)
}

/// Pushes `c` onto `out`, composed with the letter before it when `c` is a tone mark that
/// letter takes.
pub(crate) fn push(out: &mut String, c: char) {
    if ('\u{0300}'..='\u{0323}').contains(&c) {
        if let Some(composed) = out.chars().next_back().and_then(|base| compose(base, c)) {
            out.pop();
            out.push(composed);
            return;
        }
    }
    out.push(c);
}

/// `s` with its Vietnamese tone marks composed (see the module's documentation).
#[cfg(test)]
fn compose_all(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        push(&mut out, c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn composes_tone_marks_after_vowels() {
        assert_eq!(compose_all("Xi\u{00EA}\u{0301}m Ri\u{00EA}\u{0323}p"), "Xiếm Riệp");
        assert_eq!(compose_all("K\u{00F4}ng P\u{00F4}ng Cha\u{0300}m"), "Kông Pông Chàm");
        assert_eq!(compose_all("Ha\u{0300}i c\u{00F4}\u{0301}t, \u{0110}\u{00F4}\u{0323}i K52"), "Hài cốt, Đội K52");
        // A second circumflex (not a tone mark) is kept as written.
        assert_eq!(compose_all("e\u{0302}"), "e\u{0302}");
        assert_eq!(compose_all("\u{01B0}\u{0300}\u{01A0}\u{0303}\u{0110}"), "ừỠĐ");
        // A mark with no base, after a consonant, or a second mark: kept.
        assert_eq!(compose_all("\u{0301}n\u{0301}a\u{0301}\u{0301}"), "\u{0301}n\u{0301}á\u{0301}");
        assert_eq!(vietnamese_letter('ế'), Some(true));
        assert_eq!(vietnamese_letter('ê'), Some(false));
        assert_eq!(vietnamese_letter('Đ'), Some(false));
        assert_eq!(vietnamese_letter('ü'), None);
        assert_eq!(vietnamese_letter('§'), None);
        assert!(is_small('ế') && !is_small('Ế') && is_small('đ') && !is_small('Đ') && !is_small('Ă'));
        for (base, row) in COMPOSED {
            for (m, composed) in MARKS.iter().zip(row) {
                assert_eq!(compose(base, *m), Some(composed));
            }
        }
    }
}
