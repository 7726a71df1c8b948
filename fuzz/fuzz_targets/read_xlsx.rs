//! Workbooks (`.xlsx`, read natively through calamine): never a panic, and every reading
//! reconciles (fuzz/src/lib.rs). Input starting `PK` is the workbook's bytes as they are;
//! any other is the parts of a workbook separated by 0xFF bytes (which UTF-8 XML never
//! holds), in the order of `PARTS`, zipped (stored): so that mutations reach the XML rather
//! than break the zip. An empty part is left out of the archive.
#![no_main]

use libfuzzer_sys::fuzz_target;

/// The parts a workbook is made of, most interesting first.
const PARTS: [&str; 8] = [
    "xl/worksheets/sheet1.xml",
    "xl/sharedStrings.xml",
    "xl/workbook.xml",
    "xl/_rels/workbook.xml.rels",
    "[Content_Types].xml",
    "_rels/.rels",
    "xl/styles.xml",
    "xl/worksheets/sheet2.xml",
];

fuzz_target!(|data: &[u8]| {
    let zipped;
    let bytes = if data.starts_with(b"PK") {
        data
    } else {
        let entries: Vec<(&str, &[u8])> =
            PARTS.iter().copied().zip(data.split(|&b| b == 0xFF)).filter(|(_, part)| !part.is_empty()).collect();
        zipped = repatria_fuzz::zip_stored(&entries);
        &zipped
    };
    // Sheet rows are numbered by the sheet, not by lines of the bytes.
    let opts = repatria::read::ReadOptions { max_rows: 10_000, ..Default::default() };
    let rows = u64::from(u32::MAX);
    match repatria::read::read_with("finds.xlsx", bytes, &opts) {
        Ok(l) => repatria_fuzz::check_loaded(&l, rows),
        Err(e) => repatria_fuzz::check_error(&e, "finds.xlsx", rows),
    }
});
