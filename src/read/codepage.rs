//! The two 8-bit encodings older Vietnamese files are in: Windows-1258 (what Excel on a
//! Vietnamese Windows saves as "CSV") and TCVN3 ("ABC", TCVN 5712:1993, the encoding of the
//! .VnTime fonts of older government documents), each a table of its 128 upper bytes (the lower
//! 128 are ASCII), and how plausible a text decoded from each is as Vietnamese, to choose one.
//!
//! Tables of our own rather than `encoding_rs`: it has Windows-1258 but not TCVN3, and adds
//! its other encodings' tables to the Wasm module. Measured on the reader module (`--profile
//! wasm --features reader`, wasm-bindgen as `make wasm` runs it, gzip -9): 169.0 KB before
//! this module; 170.8 KB with these tables, the tone marks' composition and the choice between
//! them (+1.7 KB); 298.6 KB with `encoding_rs` decoding Windows-1258 instead (+129.6 KB).

use super::nfc;

/// A byte Windows-1258 leaves undefined.
const UNDEFINED: char = '\u{FFFF}';

/// Windows-1258, bytes 0x80–0xFF: the Unicode Consortium's mapping
/// (https://www.unicode.org/Public/MAPPINGS/VENDORS/MICSFT/WINDOWS/CP1258.TXT). Five bytes are
/// combining tone marks (0xCC grave, 0xD2 hook above, 0xDE tilde, 0xEC acute, 0xF2 dot below),
/// written after the vowel they mark.
const WINDOWS_1258: [char; 128] = [
    '\u{20AC}', UNDEFINED, '\u{201A}', '\u{0192}', '\u{201E}', '\u{2026}', '\u{2020}', '\u{2021}', '\u{02C6}',
    '\u{2030}', UNDEFINED, '\u{2039}', '\u{0152}', UNDEFINED, UNDEFINED, UNDEFINED, UNDEFINED, '\u{2018}', '\u{2019}',
    '\u{201C}', '\u{201D}', '\u{2022}', '\u{2013}', '\u{2014}', '\u{02DC}', '\u{2122}', UNDEFINED, '\u{203A}',
    '\u{0153}', UNDEFINED, UNDEFINED, '\u{0178}', '\u{00A0}', '\u{00A1}', '\u{00A2}', '\u{00A3}', '\u{00A4}',
    '\u{00A5}', '\u{00A6}', '\u{00A7}', '\u{00A8}', '\u{00A9}', '\u{00AA}', '\u{00AB}', '\u{00AC}', '\u{00AD}',
    '\u{00AE}', '\u{00AF}', '\u{00B0}', '\u{00B1}', '\u{00B2}', '\u{00B3}', '\u{00B4}', '\u{00B5}', '\u{00B6}',
    '\u{00B7}', '\u{00B8}', '\u{00B9}', '\u{00BA}', '\u{00BB}', '\u{00BC}', '\u{00BD}', '\u{00BE}', '\u{00BF}',
    '\u{00C0}', '\u{00C1}', '\u{00C2}', '\u{0102}', '\u{00C4}', '\u{00C5}', '\u{00C6}', '\u{00C7}', '\u{00C8}',
    '\u{00C9}', '\u{00CA}', '\u{00CB}', '\u{0300}', '\u{00CD}', '\u{00CE}', '\u{00CF}', '\u{0110}', '\u{00D1}',
    '\u{0309}', '\u{00D3}', '\u{00D4}', '\u{01A0}', '\u{00D6}', '\u{00D7}', '\u{00D8}', '\u{00D9}', '\u{00DA}',
    '\u{00DB}', '\u{00DC}', '\u{01AF}', '\u{0303}', '\u{00DF}', '\u{00E0}', '\u{00E1}', '\u{00E2}', '\u{0103}',
    '\u{00E4}', '\u{00E5}', '\u{00E6}', '\u{00E7}', '\u{00E8}', '\u{00E9}', '\u{00EA}', '\u{00EB}', '\u{0301}',
    '\u{00ED}', '\u{00EE}', '\u{00EF}', '\u{0111}', '\u{00F1}', '\u{0323}', '\u{00F3}', '\u{00F4}', '\u{01A1}',
    '\u{00F6}', '\u{00F7}', '\u{00F8}', '\u{00F9}', '\u{00FA}', '\u{00FB}', '\u{00FC}', '\u{01B0}', '\u{20AB}',
    '\u{00FF}',
];

/// TCVN 5712:1993 (VN1), bytes 0x80–0xFF, as glibc's `TCVN5712-1` converter maps them: its
/// 0xA1–0xFF half is TCVN3 (VN3, "ABC"), lowercase letters with their tone marks and the seven
/// uppercase letters Ă Â Ê Ô Ơ Ư Đ (the .VnTimeH fonts draw capitals at the lowercase codes);
/// 0x80–0xA0 and a few gaps hold VN1's other capitals, 0xB0–0xB4 its combining tone marks. (VN1's
/// capitals at C0 control codes are left as the controls.)
const TCVN3: [char; 128] = [
    '\u{00C0}', '\u{1EA2}', '\u{00C3}', '\u{00C1}', '\u{1EA0}', '\u{1EB6}', '\u{1EAC}', '\u{00C8}', '\u{1EBA}',
    '\u{1EBC}', '\u{00C9}', '\u{1EB8}', '\u{1EC6}', '\u{00CC}', '\u{1EC8}', '\u{0128}', '\u{00CD}', '\u{1ECA}',
    '\u{00D2}', '\u{1ECE}', '\u{00D5}', '\u{00D3}', '\u{1ECC}', '\u{1ED8}', '\u{1EDC}', '\u{1EDE}', '\u{1EE0}',
    '\u{1EDA}', '\u{1EE2}', '\u{00D9}', '\u{1EE6}', '\u{0168}', '\u{00A0}', '\u{0102}', '\u{00C2}', '\u{00CA}',
    '\u{00D4}', '\u{01A0}', '\u{01AF}', '\u{0110}', '\u{0103}', '\u{00E2}', '\u{00EA}', '\u{00F4}', '\u{01A1}',
    '\u{01B0}', '\u{0111}', '\u{1EB0}', '\u{0300}', '\u{0309}', '\u{0303}', '\u{0301}', '\u{0323}', '\u{00E0}',
    '\u{1EA3}', '\u{00E3}', '\u{00E1}', '\u{1EA1}', '\u{1EB2}', '\u{1EB1}', '\u{1EB3}', '\u{1EB5}', '\u{1EAF}',
    '\u{1EB4}', '\u{1EAE}', '\u{1EA6}', '\u{1EA8}', '\u{1EAA}', '\u{1EA4}', '\u{1EC0}', '\u{1EB7}', '\u{1EA7}',
    '\u{1EA9}', '\u{1EAB}', '\u{1EA5}', '\u{1EAD}', '\u{00E8}', '\u{1EC2}', '\u{1EBB}', '\u{1EBD}', '\u{00E9}',
    '\u{1EB9}', '\u{1EC1}', '\u{1EC3}', '\u{1EC5}', '\u{1EBF}', '\u{1EC7}', '\u{00EC}', '\u{1EC9}', '\u{1EC4}',
    '\u{1EBE}', '\u{1ED2}', '\u{0129}', '\u{00ED}', '\u{1ECB}', '\u{00F2}', '\u{1ED4}', '\u{1ECF}', '\u{00F5}',
    '\u{00F3}', '\u{1ECD}', '\u{1ED3}', '\u{1ED5}', '\u{1ED7}', '\u{1ED1}', '\u{1ED9}', '\u{1EDD}', '\u{1EDF}',
    '\u{1EE1}', '\u{1EDB}', '\u{1EE3}', '\u{00F9}', '\u{1ED6}', '\u{1EE7}', '\u{0169}', '\u{00FA}', '\u{1EE5}',
    '\u{1EEB}', '\u{1EED}', '\u{1EEF}', '\u{1EE9}', '\u{1EF1}', '\u{1EF3}', '\u{1EF7}', '\u{1EF9}', '\u{00FD}',
    '\u{1EF5}', '\u{1ED0}',
];

/// An 8-bit Vietnamese encoding.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum CodePage {
    /// Windows-1258.
    Windows1258,
    /// TCVN3 (ABC).
    Tcvn3,
}

impl CodePage {
    fn table(self) -> &'static [char; 128] {
        match self {
            CodePage::Windows1258 => &WINDOWS_1258,
            CodePage::Tcvn3 => &TCVN3,
        }
    }

    /// `bytes` decoded, tone marks composed ([`nfc`]); `None` at a byte the encoding leaves
    /// undefined, with its position.
    pub(crate) fn decode(self, bytes: &[u8]) -> Result<String, usize> {
        let table = self.table();
        let mut out = String::with_capacity(bytes.len() + bytes.len() / 4);
        let mut ascii = 0;
        for (i, &b) in bytes.iter().enumerate() {
            if b < 0x80 {
                continue;
            }
            out.push_str(std::str::from_utf8(&bytes[ascii..i]).unwrap_or_default());
            ascii = i + 1;
            let c = table[usize::from(b - 0x80)];
            if c == UNDEFINED {
                return Err(i);
            }
            nfc::push(&mut out, c);
        }
        out.push_str(std::str::from_utf8(&bytes[ascii..]).unwrap_or_default());
        Ok(out)
    }

    /// How plausible `bytes` are as Vietnamese in this encoding: (words that read as Vietnamese,
    /// words or signs that do not). A word with letters beyond ASCII reads as Vietnamese when each
    /// is a Vietnamese letter, at most one carries a tone mark (a syllable has one tone), no
    /// capital follows a small letter and `đ` begins the word (TCVN3's `Takéo` read as
    /// Windows-1258 is `TakÐo`); a sign beyond ASCII that is no letter (`§`, `¸`, `µ`: TCVN3's
    /// letters read as Windows-1258), a tone mark left over, or a byte the encoding leaves
    /// undefined counts against. (A word or two may read as well in both: `Cam-pốt` in TCVN3 is
    /// `Cam-pèt` in Windows-1258.)
    pub(crate) fn plausibility(self, bytes: &[u8]) -> (usize, usize) {
        let Ok(text) = self.decode(bytes) else { return (0, usize::MAX) };
        let (mut good, mut bad) = (0, 0);
        let (mut beyond, mut tones, mut strange) = (false, 0, false);
        // The letter before, in the word (`None` at its start).
        let mut before: Option<char> = None;
        let mut end_word = |beyond: &mut bool, tones: &mut usize, strange: &mut bool| {
            if *beyond {
                if *strange || *tones > 1 {
                    bad += 1;
                } else {
                    good += 1;
                }
            }
            (*beyond, *tones, *strange) = (false, 0, false);
        };
        let small = |c: char| c.is_ascii_lowercase() || (!c.is_ascii() && nfc::is_small(c));
        for c in text.chars() {
            if c.is_ascii_alphanumeric() {
                before = Some(c);
                continue;
            }
            if c.is_ascii() {
                end_word(&mut beyond, &mut tones, &mut strange);
                before = None;
                continue;
            }
            beyond = true;
            match nfc::vietnamese_letter(c) {
                Some(toned) => {
                    tones += usize::from(toned);
                    let capital = !nfc::is_small(c);
                    let misplaced_d = matches!(c, 'đ' | 'Đ') && before.is_some();
                    strange |= misplaced_d || (capital && before.is_some_and(small));
                }
                None => strange = true,
            }
            before = Some(c);
        }
        end_word(&mut beyond, &mut tones, &mut strange);
        (good, bad)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plausibility_tells_the_two_apart() {
        // "Takéo" in TCVN3 (é is 0xD0): Windows-1258 reads "TakÐo", a capital after small letters.
        assert_eq!(CodePage::Tcvn3.plausibility(b"Tak\xD0o"), (1, 0));
        assert_eq!(CodePage::Windows1258.plausibility(b"Tak\xD0o"), (0, 1));
        // "Đội" in TCVN3 read as Windows-1258 is "§éi": a sign.
        assert_eq!(CodePage::Windows1258.plausibility(b"\xA7\xE9i"), (0, 1));
        // "Việt" in Windows-1258 (ê, then a combining dot below) read as TCVN3: two tones.
        assert_eq!(CodePage::Tcvn3.plausibility(b"Vi\xEA\xF2t"), (0, 1));
        assert_eq!(CodePage::Windows1258.plausibility(b"Vi\xEA\xF2t"), (1, 0));
        assert_eq!(CodePage::Windows1258.decode(b"Vi\xEA\xF2t").unwrap(), "Việt");
        // A byte Windows-1258 leaves undefined.
        assert_eq!(CodePage::Windows1258.decode(b"a\x81"), Err(1));
        assert_eq!(CodePage::Windows1258.plausibility(b"a\x81").1, usize::MAX);
    }
}
