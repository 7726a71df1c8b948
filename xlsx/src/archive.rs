//! A workbook's zip archive, checked from its central directory before calamine opens it: a
//! zip bomb (a small file whose parts unpack to gigabytes) is refused from the sizes its parts
//! declare, before anything is unpacked.
//!
//! The declared sizes are the ones the `zip` crate then holds calamine to: it stops with an
//! error once a part unpacks to more than its central directory entry says, so a part that
//! lies about its size unpacks at most to what these limits allow.

use std::io::Cursor;

use zip::ZipArchive;

use crate::{Error, DEFAULT_MAX_ROWS, MAX_CELLS};

/// The shared-strings table (every distinct text of the workbook), which calamine holds in
/// memory whole when the workbook opens: 256 MB of XML, about 50 bytes of distinct text for
/// each of the 5,000,000 rows read by default. Office files of this project's datasets hold a
/// few megabytes.
pub const MAX_SHARED_STRINGS_BYTES: u64 = 256_000_000;
/// Any other part, a sheet above all: 1 GB of XML, about what the 40,000,000 cells read take
/// at 25 bytes a cell. Excel's 1,048,576 rows of a dozen columns take about 500 MB.
pub const MAX_PART_BYTES: u64 = 1_000_000_000;
/// All parts together.
pub const MAX_UNPACKED_BYTES: u64 = 2_000_000_000;
/// How many times its own size a workbook may unpack to: office programs' workbooks unpack to
/// 5 to 30 times theirs (a table: about 7; a sheet of empty formatted rows: about 30).
pub const MAX_UNPACK_RATIO: u64 = 100;
/// Unpacked size below which the ratio is not checked: a small workbook costs little however
/// well it compresses.
pub const UNPACK_RATIO_FROM_BYTES: u64 = 64_000_000;

/// Parts in a workbook: office programs' workbooks hold tens to a few thousand. The zip crate
/// keeps every entry of the central directory in memory (about 400 bytes each: 500,000 empty
/// entries, a 43 MB file, took 229 MB), so a file of nothing but entries is refused first.
pub const MAX_PARTS: usize = 100_000;

/// An upper bound on the entries the zip crate can read from the central directory: each
/// begins with the central header's signature, at a place of its own in the file.
fn central_headers_at_most(bytes: &[u8]) -> usize {
    bytes.windows(4).filter(|w| *w == b"PK\x01\x02").count()
}

/// A size as the messages give it: "3 KB", "715 MB", "1.8 GB".
fn megabytes(bytes: u64) -> String {
    match bytes {
        0..1_000_000 => format!("{} KB", bytes.div_ceil(1000)),
        1_000_000..1_000_000_000 => format!("{} MB", (bytes + 500_000) / 1_000_000),
        _ => format!("{:.1} GB", bytes as f64 / 1e9).replace(".0 GB", " GB"),
    }
}

/// Refuses a workbook whose parts declare more than the limits above; `Ok` for anything that
/// is not a zip archive (calamine then says what it is).
pub fn check_unpacked_sizes(bytes: &[u8]) -> Result<(), Error> {
    if central_headers_at_most(bytes) > MAX_PARTS {
        return Err(Error(format!(
            "the workbook holds more than {MAX_PARTS} parts (office programs' workbooks hold a few \
             thousand at most): it is refused before memory runs out; open it in Excel and save it \
             again, or save the sheet as CSV UTF-8"
        )));
    }
    let Ok(archive) = ZipArchive::new(Cursor::new(bytes)) else { return Ok(()) };
    let advice = "open it in Excel and save it again, or save the sheet as CSV UTF-8";
    let mut total: u64 = 0;
    let mut largest: Option<(String, u64)> = None;
    for index in 0..archive.len() {
        let Ok(entry) = archive.by_index_data(index) else { continue };
        let name = entry.name().map(|n| n.into_owned()).unwrap_or_else(|_| format!("part {}", index + 1));
        let size = entry.size();
        let shared_strings = name.replace('\\', "/").to_ascii_lowercase().ends_with("sharedstrings.xml");
        if shared_strings && size > MAX_SHARED_STRINGS_BYTES {
            return Err(Error(format!(
                "the workbook's text ({name}) unpacks to {}, more than the {} read (about 50 bytes of \
                 distinct text for each of the {DEFAULT_MAX_ROWS} rows read): it is refused before memory \
                 runs out; {advice}",
                megabytes(size),
                megabytes(MAX_SHARED_STRINGS_BYTES)
            )));
        }
        if !shared_strings && size > MAX_PART_BYTES {
            return Err(Error(format!(
                "the workbook's part {name} unpacks to {}, more than the {} read for one part (about what \
                 the {MAX_CELLS} cells read take): {advice}",
                megabytes(size),
                megabytes(MAX_PART_BYTES)
            )));
        }
        total = total.saturating_add(size);
        if largest.as_ref().is_none_or(|(_, most)| size > *most) {
            largest = Some((name, size));
        }
    }
    let largest = largest.map(|(name, size)| format!(" ({name}: {})", megabytes(size))).unwrap_or_default();
    if total > MAX_UNPACKED_BYTES {
        return Err(Error(format!(
            "the workbook unpacks to {}{largest}, more than the {} read: split it, or save the sheet as CSV UTF-8",
            megabytes(total),
            megabytes(MAX_UNPACKED_BYTES)
        )));
    }
    let packed = (bytes.len() as u64).max(1);
    if total > UNPACK_RATIO_FROM_BYTES && total > packed.saturating_mul(MAX_UNPACK_RATIO) {
        return Err(Error(format!(
            "the workbook unpacks to {} from {}, {} times its size{largest}; office programs' workbooks \
             unpack to less than {MAX_UNPACK_RATIO} times theirs, so it is refused as a zip bomb: {advice}",
            megabytes(total),
            megabytes(packed),
            total / packed
        )));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn data(name: &str) -> Vec<u8> {
        let path = format!("{}/../tests/data/{name}", env!("CARGO_MANIFEST_DIR"));
        std::fs::read(&path).expect(&path)
    }

    /// A zip of `n` empty stored entries, written by hand.
    fn zip_of_empty_entries(n: usize) -> Vec<u8> {
        let (mut local, mut central) = (Vec::new(), Vec::new());
        for i in 0..n {
            let name = format!("{i:x}");
            let offset = local.len() as u32;
            local.extend(b"PK\x03\x04\x14\x00\x00\x00\x00\x00\x00\x00\x21\x00");
            local.extend([0; 12]);
            local.extend((name.len() as u16).to_le_bytes());
            local.extend([0, 0]);
            local.extend(name.as_bytes());
            central.extend(b"PK\x01\x02\x14\x00\x14\x00\x00\x00\x00\x00\x00\x00\x21\x00");
            central.extend([0; 12]);
            central.extend((name.len() as u16).to_le_bytes());
            central.extend([0; 12]);
            central.extend(offset.to_le_bytes());
            central.extend(name.as_bytes());
        }
        let (start, size) = (local.len() as u32, central.len() as u32);
        let count = (n.min(0xFFFF) as u16).to_le_bytes();
        local.extend(central);
        local.extend(b"PK\x05\x06\x00\x00\x00\x00");
        local.extend(count);
        local.extend(count);
        local.extend(size.to_le_bytes());
        local.extend(start.to_le_bytes());
        local.extend([0, 0]);
        local
    }

    #[test]
    fn a_zip_of_too_many_parts_is_refused_before_it_is_read() {
        let few = zip_of_empty_entries(1_000);
        assert_eq!(ZipArchive::new(Cursor::new(&few[..])).map(|z| z.len()).ok(), Some(1_000), "a readable zip");
        assert_eq!(check_unpacked_sizes(&few), Ok(()));
        let e = check_unpacked_sizes(&zip_of_empty_entries(MAX_PARTS + 1)).unwrap_err();
        assert!(e.0.starts_with("the workbook holds more than 100000 parts"), "{}", e.0);
    }

    #[test]
    fn declared_sizes_past_a_limit_refuse_the_workbook() {
        assert_eq!(check_unpacked_sizes(&data("finds.xlsx")), Ok(()));
        assert_eq!(check_unpacked_sizes(b"not a zip"), Ok(()), "calamine says what it is");
        let e = check_unpacked_sizes(&data("bad/shared-strings-720mb.xlsx")).unwrap_err();
        assert!(e.0.starts_with("the workbook's text (xl/sharedStrings.xml) unpacks to 720 MB"), "{}", e.0);
        let e = check_unpacked_sizes(&data("bad/sheet-1700mb.xlsx")).unwrap_err();
        assert!(e.0.contains("xl/worksheets/sheet1.xml unpacks to 1.7 GB"), "{}", e.0);
        let e = check_unpacked_sizes(&data("bad/sheets-80mb-in-kilobytes.xlsx")).unwrap_err();
        assert!(e.0.contains("times its size"), "{}", e.0);
        assert_eq!(
            (megabytes(2_715), megabytes(80_004_000), megabytes(1_000_000_000)),
            ("3 KB".into(), "80 MB".into(), "1 GB".into())
        );
    }
}
