//! Text width estimates, without a font engine or the DOM.
//!
//! Layout (thinning labels, fitting titles) needs widths before drawing. Asking the browser
//! costs a DOM round trip per label, and natively there may be no font at all, so widths are
//! estimated from the wider of Helvetica's and Noto Sans's advance widths for Latin (Noto Sans
//! is the fallback of Chromium on Linux and of many phones), Vietnamese letters by their base
//! letter, and Khmer by cluster. The estimates err on the wide side, so labels that are judged
//! to fit do fit; they are the same on every platform, so SVG output is reproducible.

/// Advance widths (thousandths of an em) of ASCII 32..=126, regular weight: the wider of
/// Helvetica's and Noto Sans's for each character.
const ASCII: [u16; 95] = [
    278, 278, 408, 646, 572, 889, 732, 225, 333, 333, 551, 584, 278, 333, 278, 372, // ' '../
    572, 572, 572, 572, 572, 572, 572, 572, 572, 572, // 0..9
    278, 278, 584, 584, 584, 556, 1015, // :..@
    667, 667, 722, 730, 667, 611, 778, 741, 339, 500, 667, 556, 907, 760, 781, 667, 781, 722, 667, 611, 731, 667, 944,
    667, 667, 611, // A..Z
    329, 372, 329, 572, 556, 333, // [..`
    561, 615, 500, 615, 564, 344, 615, 618, 258, 258, 534, 258, 935, 618, 605, 615, 615, 413, 500, 361, 618, 508, 786,
    529, 510, 500, // a..z
    380, 551, 380, 584, // {..~
];

/// Estimated advance of one character, in thousandths of an em.
fn advance(c: char) -> u32 {
    let u = c as u32;
    match u {
        0x20..=0x7e => u32::from(ASCII[(u - 0x20) as usize]),
        // Combining marks, zero-width characters, Khmer signs above or below the base.
        0x0300..=0x036f | 0x200b..=0x200f | 0x2060 | 0xfeff => 0,
        0x17b7..=0x17bd | 0x17c6..=0x17d1 | 0x17d3 | 0x17dd => 0,
        // Khmer coeng: the following consonant is written below, taking no width.
        0x17d2 => 0,
        // Khmer vowels written before or around the base.
        0x17b6 => 380,
        0x17be..=0x17c3 => 420,
        0x17c4 | 0x17c5 => 800,
        // Khmer consonants, independent vowels, digits and punctuation.
        0x1780..=0x17b5 => 780,
        0x17d4..=0x17dc | 0x17e0..=0x17e9 => 620,
        // Latin letters with diacritics (Vietnamese and others): as wide as a wide base letter.
        0x00c0..=0x00de | 0x0100..=0x024f | 0x1e00..=0x1eff => {
            if c.is_uppercase() {
                760
            } else {
                580
            }
        }
        0x00a0 => 278,
        0x2009 | 0x202f => 170,
        0x2013 => 556,
        0x2014 => 1000,
        0x2026 => 1000,
        0x2018 | 0x2019 => 222,
        0x201c | 0x201d => 333,
        0x00b7 | 0x2022 => 350,
        0x00a9 => 737,
        0x3000..=0x9fff | 0xac00..=0xd7af | 0xff00..=0xffef => 1000,
        _ => 600,
    }
}

/// Estimated width in pixels of `s` at `size` pixels; bold text is about 7% wider.
pub fn width(s: &str, size: f64, bold: bool) -> f64 {
    let mut units: u32 = 0;
    let mut after_coeng = false;
    for c in s.chars() {
        // A consonant after a Khmer coeng is a subscript: written below, no width of its own.
        if !after_coeng {
            units += advance(c);
        }
        after_coeng = c == '\u{17d2}';
    }
    let w = f64::from(units) * size / 1000.0;
    if bold {
        w * 1.07
    } else {
        w
    }
}

/// Shortens `s` with an ellipsis so that it is at most `max` pixels wide; whole when it fits.
pub fn truncate(s: &str, size: f64, bold: bool, max: f64) -> String {
    if width(s, size, bold) <= max {
        return s.to_string();
    }
    let ellipsis = f64::from(advance('…')) * size / 1000.0 * if bold { 1.07 } else { 1.0 };
    let mut out = String::new();
    let mut used = ellipsis;
    for c in s.chars() {
        let w = f64::from(advance(c)) * size / 1000.0 * if bold { 1.07 } else { 1.0 };
        if used + w > max {
            break;
        }
        used += w;
        out.push(c);
    }
    // Never end on a Khmer coeng, which would leave a dangling subscript.
    while out.ends_with('\u{17d2}') {
        out.pop();
    }
    out.push('…');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn latin_widths_are_plausible() {
        // "2024-2025" at 12 px in Helvetica is about 57 px.
        let w = width("2024-2025", 12.0, false);
        assert!((55.0..60.0).contains(&w), "{w}");
        assert!(width("Title", 16.0, true) > width("Title", 16.0, false));
    }

    #[test]
    fn khmer_subscripts_take_no_width() {
        // ខ្មែរ: kha, coeng, mo, e-vowel, ro → three spacing parts plus the pre-base vowel.
        let with_coeng = width("ខ្មែរ", 10.0, false);
        let without = width("ខមែរ", 10.0, false);
        assert!(with_coeng < without);
    }

    #[test]
    fn truncates_with_ellipsis() {
        let t = truncate("Kampong Chhnang", 12.0, false, 40.0);
        assert!(t.ends_with('…'));
        assert!(width(&t, 12.0, false) <= 40.0);
        assert_eq!(truncate("Kep", 12.0, false, 40.0), "Kep");
    }
}
