//! Bytes to text: the format from the content and the name; the encoding from the bytes:
//! UTF-8 with or without BOM, UTF-16 LE/BE with a BOM or without (told by where its zero bytes
//! are), or, for bytes that are not UTF-8, Windows-1258 or TCVN3 (ABC), whichever reads as more
//! plausible Vietnamese ([`codepage`]); anything else refused with instructions to re-save the
//! file. Decoded here, without an encoding library.

use std::borrow::Cow;

use serde::{Deserialize, Serialize};

use super::codepage::CodePage;
use super::Format;

/// The character encoding a text file was read in.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum Encoding {
    /// UTF-8, with or without a byte order mark (and a workbook's text).
    #[default]
    #[serde(rename = "utf-8")]
    Utf8,
    /// UTF-16, little-endian (Excel's "Unicode text"), with or without a byte order mark.
    #[serde(rename = "utf-16le")]
    Utf16Le,
    /// UTF-16, big-endian, with or without a byte order mark.
    #[serde(rename = "utf-16be")]
    Utf16Be,
    /// Windows-1258, as Excel on a Vietnamese Windows saves CSV: its tone marks composed (NFC).
    #[serde(rename = "windows-1258")]
    Windows1258,
    /// TCVN3 (ABC, TCVN 5712:1993), the encoding of the .VnTime fonts.
    #[serde(rename = "tcvn3")]
    Tcvn3,
}

impl Encoding {
    /// Whether this is UTF-8 (the report then does not name it).
    pub fn is_utf8(&self) -> bool {
        *self == Encoding::Utf8
    }

    /// Its name: `UTF-8`, `UTF-16LE`, `UTF-16BE`, `Windows-1258`, `TCVN3 (ABC)`.
    pub fn name(self) -> &'static str {
        match self {
            Encoding::Utf8 => "UTF-8",
            Encoding::Utf16Le => "UTF-16LE",
            Encoding::Utf16Be => "UTF-16BE",
            Encoding::Windows1258 => "Windows-1258",
            Encoding::Tcvn3 => "TCVN3 (ABC)",
        }
    }
}

const RESAVE: &str = "save it again as UTF-8: in Excel, File › Save As › \"CSV UTF-8 (Comma \
                      delimited) (*.csv)\"; in LibreOffice, Save As › Text CSV with character \
                      set \"Unicode (UTF-8)\"; in Google Sheets, File › Download › CSV";

/// Kinds of file that are not tables, by their first bytes: (signature, what the file is).
const NOT_TABLES: &[(&[u8], &str)] = &[
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xFF\xD8\xFF", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"%PDF-", "a PDF document"),
    (b"\x1F\x8B", "a gzip-compressed file"),
    (b"BZh", "a bzip2-compressed file"),
    (b"\xFD7zXZ\x00", "an xz-compressed file"),
    (b"\x28\xB5\x2F\xFD", "a zstd-compressed file"),
    (b"7z\xBC\xAF\x27\x1C", "a 7-Zip archive"),
    (b"Rar!\x1A\x07", "a RAR archive"),
    (b"SQLite format 3\x00", "an SQLite database"),
    (b"\x7FELF", "a program (ELF)"),
    (b"PK\x05\x06", "an empty ZIP archive"),
];

/// What `bytes` are when their first bytes say they are no table ("a PNG image"); a ZIP archive
/// that holds no workbook part is "a ZIP archive". (A zip with `xl/workbook.xml`, as an .xlsx
/// file is, is not named here.)
fn not_a_table(bytes: &[u8]) -> Option<&'static str> {
    if let Some(&(_, what)) = NOT_TABLES.iter().find(|(magic, _)| bytes.starts_with(magic)) {
        // `BZh` is also how text may begin: bzip2 has a block size digit, then a block's magic.
        let bzip2 = |b: &[u8]| b.get(3).is_some_and(u8::is_ascii_digit) && b.get(4..10) == Some(b"1AY&SY");
        if !what.starts_with("a bzip2") || bzip2(bytes) {
            return Some(what);
        }
    }
    if bytes.starts_with(b"PK\x03\x04") && !holds_workbook(bytes) {
        return Some(if holds_part(bytes, b"word/document.xml") { "a Word document (.docx)" } else { "a ZIP archive" });
    }
    None
}

/// Whether the zip `bytes` names the part every Excel workbook has (`xl/workbook.xml`, or
/// `.bin` in an .xlsb), in its central directory at the end or its first entry.
fn holds_workbook(bytes: &[u8]) -> bool {
    holds_part(bytes, b"xl/workbook.")
}

/// Whether the zip `bytes` names `part`: in its last MiB (where the central directory is, with
/// every entry's name) or its first 64 KB.
fn holds_part(bytes: &[u8], part: &[u8]) -> bool {
    let found = |hay: &[u8]| hay.windows(part.len()).any(|w| w == part);
    found(&bytes[..bytes.len().min(64 * 1024)]) || found(&bytes[bytes.len().saturating_sub(1 << 20)..])
}

/// The refusal of a file that is `what` ("a PNG image").
fn not_a_table_message(what: &str) -> String {
    let advice = match what {
        "a ZIP archive" => "; if a table is inside, unzip it and open that file",
        w if w.contains("compressed") => "; decompress it and open the file inside",
        _ => "",
    };
    format!("this file is {what}, not a table: expected CSV, TSV, JSON or an Excel workbook (.xlsx){advice}")
}

/// The format of `bytes`, from their first bytes, then the file name's extension.
pub(crate) fn detect(file: &str, bytes: &[u8]) -> Result<Format, String> {
    let ext = file.rsplit_once('.').map(|(_, e)| e.to_ascii_lowercase()).unwrap_or_default();
    if let Some(what) = not_a_table(bytes) {
        // A damaged workbook is calamine's to describe.
        if !(what == "a ZIP archive" && matches!(ext.as_str(), "xlsx" | "xlsm")) {
            return Err(not_a_table_message(what));
        }
    }
    if bytes.starts_with(b"PK\x03\x04") {
        return Ok(Format::Xlsx);
    }
    if bytes.starts_with(&[0xD0, 0xCF, 0x11, 0xE0]) {
        return Err("this is an old Excel workbook (.xls), which is not read: save it as \
                    Excel Workbook (.xlsx) or as CSV UTF-8"
            .to_owned());
    }
    if matches!(ext.as_str(), "xlsx" | "xlsm") {
        return Err("the file is named .xlsx but is not an Excel workbook (an .xlsx file is a \
                    zip archive): open it and save it again as Excel Workbook (.xlsx)"
            .to_owned());
    }
    if matches!(ext.as_str(), "xls" | "ods" | "numbers") {
        return Err(format!("a .{ext} file is not read: save it as Excel Workbook (.xlsx) or as CSV UTF-8"));
    }
    if matches!(ext.as_str(), "json" | "geojson") {
        return Ok(Format::Json);
    }
    // Content: the first non-blank character of the text.
    let first = match bytes {
        [0xFF, 0xFE, rest @ ..] => rest.iter().step_by(2).find(|b| !b.is_ascii_whitespace()),
        [0xFE, 0xFF, rest @ ..] => rest.iter().skip(1).step_by(2).find(|b| !b.is_ascii_whitespace()),
        _ if utf16_without_bom(bytes) == Some(Encoding::Utf16Le) => {
            bytes.iter().step_by(2).find(|b| !b.is_ascii_whitespace())
        }
        _ if utf16_without_bom(bytes) == Some(Encoding::Utf16Be) => {
            bytes.iter().skip(1).step_by(2).find(|b| !b.is_ascii_whitespace())
        }
        _ => bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes).iter().find(|b| !b.is_ascii_whitespace()),
    };
    Ok(match first {
        Some(b'{' | b'[') => Format::Json,
        _ => Format::Csv,
    })
}

/// The text of `bytes` (see [`decode_named`]).
pub(crate) fn decode(bytes: &[u8]) -> Result<Cow<'_, str>, String> {
    decode_named(bytes).map(|(text, _)| text)
}

/// The text of `bytes` and the encoding it was in: UTF-8 (a BOM is dropped), UTF-16 with a BOM
/// or without, Windows-1258 or TCVN3; a file whose first bytes say it is no text (an image, an
/// archive, a workbook) is refused, saying what it is.
pub(crate) fn decode_named(bytes: &[u8]) -> Result<(Cow<'_, str>, Encoding), String> {
    if let Some(what) = not_a_table(bytes) {
        return Err(not_a_table_message(what));
    }
    if bytes.starts_with(b"PK\x03\x04") {
        return Err("this file is an Excel workbook, not CSV or JSON text: read it as a workbook (xlsx), or \
                    save it as CSV UTF-8"
            .to_owned());
    }
    let le = |text| (text, Encoding::Utf16Le);
    let be = |text| (text, Encoding::Utf16Be);
    match bytes {
        [0xFF, 0xFE, rest @ ..] => utf16(rest, u16::from_le_bytes, "LE").map(le),
        [0xFE, 0xFF, rest @ ..] => utf16(rest, u16::from_be_bytes, "BE").map(be),
        _ => match utf16_without_bom(bytes) {
            Some(Encoding::Utf16Le) => utf16(bytes, u16::from_le_bytes, "LE").map(le),
            Some(_) => utf16(bytes, u16::from_be_bytes, "BE").map(be),
            None => utf8(bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes)),
        },
    }
}

/// Whether `bytes`, which have no byte order mark, are UTF-16 and in which order, from where
/// their zero bytes are in the first 4 KB: text in UTF-16LE has one after each ASCII character
/// (at odd offsets), in UTF-16BE before it; at least one character in five is ASCII (digits,
/// delimiters and line ends, in a table), and the other offsets have few zeros (U+0300 and
/// U+1E00 have one).
fn utf16_without_bom(bytes: &[u8]) -> Option<Encoding> {
    let head = &bytes[..bytes.len().min(4096) & !1];
    if head.len() < 4 || bytes.len() % 2 != 0 {
        return None;
    }
    let zeros_at = |parity: usize| head.iter().skip(parity).step_by(2).filter(|&&b| b == 0).count();
    let (even, odd) = (zeros_at(0), zeros_at(1));
    let chars = head.len() / 2;
    if odd * 5 >= chars && odd >= 4 * even {
        Some(Encoding::Utf16Le)
    } else if even * 5 >= chars && even >= 4 * odd {
        Some(Encoding::Utf16Be)
    } else {
        None
    }
}

/// The bytes [`decode`] borrows as they are when they are valid UTF-8 (after a BOM), or
/// `None` when it decodes UTF-16 or refuses the file at its first bytes: so that parts of the
/// text can be checked separately (valid UTF-8 cut before any byte that starts a character is
/// valid UTF-8 on each side).
#[cfg(not(target_arch = "wasm32"))]
pub(crate) fn utf8_bytes(bytes: &[u8]) -> Option<&[u8]> {
    match bytes {
        [0xFF, 0xFE, ..] | [0xFE, 0xFF, ..] => None,
        _ if not_a_table(bytes).is_some() || bytes.starts_with(b"PK\x03\x04") => None,
        _ => Some(bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes)).filter(|b| binary(b).is_none()),
    }
}

/// Why `bytes`, read as UTF-8, are not text, from the NUL bytes at their start.
fn binary(bytes: &[u8]) -> Option<String> {
    let head = &bytes[..bytes.len().min(4096)];
    let zeros = head.iter().filter(|&&b| b == 0).count();
    if zeros * 10 >= head.len() && zeros > 0 {
        return Some(format!("the file looks like UTF-16 text without a byte order mark; {RESAVE}"));
    }
    if zeros > 0 {
        return Some(
            "the file holds binary data (NUL bytes), not text: expected CSV, TSV, JSON or an \
             Excel workbook (.xlsx)"
                .to_owned(),
        );
    }
    None
}

/// The line the text after `before` is on: LF, CRLF and CR alone each end one.
fn line_at(before: &[u8]) -> usize {
    let ends =
        before.iter().enumerate().filter(|&(i, &c)| c == b'\n' || (c == b'\r' && before.get(i + 1) != Some(&b'\n')));
    ends.count() + 1
}

fn utf8(bytes: &[u8]) -> Result<(Cow<'_, str>, Encoding), String> {
    if let Some(why) = binary(bytes) {
        return Err(why);
    }
    match std::str::from_utf8(bytes) {
        Ok(s) => Ok((Cow::Borrowed(s), Encoding::Utf8)),
        Err(e) => {
            if let Some((page, encoding)) = vietnamese_code_page(bytes) {
                if let Ok(text) = page.decode(bytes) {
                    return Ok((Cow::Owned(text), encoding));
                }
            }
            let at = e.valid_up_to();
            let line = line_at(&bytes[..at]);
            let what = format!(
                "the file is not UTF-8 text (byte 0x{:02X} on line {line}), nor Vietnamese in \
                 Windows-1258 or TCVN3 (ABC): it may be in another encoding such as VNI or Latin-1",
                bytes.get(at).copied().unwrap_or(0)
            );
            Err(format!("{what}; {RESAVE}"))
        }
    }
}

/// The 8-bit encoding `bytes` (not UTF-8) read as more plausible Vietnamese in, judged on
/// their first MB ([`CodePage::plausibility`]): Windows-1258 or TCVN3, Windows-1258 when both
/// read as well; `None` when in neither more words read as Vietnamese than not.
fn vietnamese_code_page(bytes: &[u8]) -> Option<(CodePage, Encoding)> {
    let sample = &bytes[..bytes.len().min(1 << 20)];
    let score = |(good, bad): (usize, usize)| (good >= bad.max(1)).then(|| good as i64 - bad as i64);
    let windows = score(CodePage::Windows1258.plausibility(sample));
    let tcvn = score(CodePage::Tcvn3.plausibility(sample));
    match (windows, tcvn) {
        (Some(w), Some(t)) if t > w => Some((CodePage::Tcvn3, Encoding::Tcvn3)),
        (Some(_), _) => Some((CodePage::Windows1258, Encoding::Windows1258)),
        (None, Some(_)) => Some((CodePage::Tcvn3, Encoding::Tcvn3)),
        (None, None) => None,
    }
}

fn utf16(bytes: &[u8], unit: fn([u8; 2]) -> u16, order: &str) -> Result<Cow<'static, str>, String> {
    if bytes.len() % 2 != 0 {
        return Err(format!(
            "the file starts like UTF-16 {order} text but has an odd number of bytes: it is cut \
             or not text; {RESAVE}"
        ));
    }
    let units = bytes.chunks_exact(2).map(|c| unit([c[0], c[1]]));
    let mut out = String::with_capacity(bytes.len() / 2 + bytes.len() / 8);
    let mut line = 1;
    for c in char::decode_utf16(units) {
        match c {
            Ok(c) => {
                // LF, CRLF and CR alone each end a line.
                if c == '\r' || (c == '\n' && !out.ends_with('\r')) {
                    line += 1;
                }
                out.push(c);
            }
            Err(_) => {
                return Err(format!(
                    "the file is not valid UTF-16 {order} text (a broken character on line \
                     {line}); {RESAVE}"
                ))
            }
        }
    }
    Ok(Cow::Owned(out))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decodes_boms_and_utf16() {
        assert_eq!(decode(b"\xEF\xBB\xBFa,b").unwrap(), "a,b");
        assert_eq!(decode(b"\xFF\xFEa\0,\0b\0").unwrap(), "a,b");
        assert_eq!(decode(b"\xFE\xFF\0a\0,\0b").unwrap(), "a,b");
        assert_eq!(decode_named(b"T\xEAn").unwrap(), (Cow::Owned("Tên".to_owned()), Encoding::Windows1258));
        // Latin-1 French: two tone marks a word in either reading.
        assert!(decode(b"Soci\xE9t\xE9 G\xE9n\xE9rale").unwrap_err().contains("CSV UTF-8"));
        assert_eq!(decode_named(b"a\0,\0b\0\n\0").unwrap(), (Cow::Owned("a,b\n".to_owned()), Encoding::Utf16Le));
        assert_eq!(decode_named(b"\0a\0,\0b\0\n").unwrap(), (Cow::Owned("a,b\n".to_owned()), Encoding::Utf16Be));
        assert_eq!(detect("x", b"{\0\"\0a\0").unwrap(), Format::Json);
        assert!(decode(b"\xFF\xFEa").unwrap_err().contains("odd number"));
        assert_eq!(detect("x.xlsx", b"PK\x03\x04").unwrap(), Format::Xlsx);
        assert_eq!(detect("x.csv", b"PK\x03\x04\x14\0\0\0\0\0xl/workbook.xml").unwrap(), Format::Xlsx);
        assert!(detect("x.csv", b"PK\x03\x04").unwrap_err().starts_with("this file is a ZIP archive, not a table"));
        assert!(detect("x.csv", b"PK\x03\x04word/document.xml").unwrap_err().contains("a Word document"));
        assert!(decode(b"\x89PNG\r\n\x1a\n\0\0").unwrap_err().starts_with("this file is a PNG image, not a table"));
        assert!(decode(b"PK\x03\x04xl/workbook.xml").unwrap_err().contains("an Excel workbook, not CSV"));
        // Text that begins like a signature is still text.
        assert_eq!(detect("x.csv", b"BZh,season\n").unwrap(), Format::Csv);
        assert_eq!(decode(b"GIF8,a").unwrap(), "GIF8,a");
        assert_eq!(line_at(b"a\rb\r\nc\nd"), 4);
        assert_eq!(detect("x.txt", b" [{}]").unwrap(), Format::Json);
        assert_eq!(detect("x", b"\xFF\xFE{\0").unwrap(), Format::Json);
        assert_eq!(detect("x.csv", b"season,remains").unwrap(), Format::Csv);
    }
}
