//! Any bytes as a CSV file: never a panic, and every reading reconciles (fuzz/src/lib.rs).
#![no_main]

use libfuzzer_sys::fuzz_target;
use repatria::read::Format;

fuzz_target!(|data: &[u8]| {
    repatria_fuzz::read_twice("finds.csv", data, Some(Format::Csv));
    // And as the name and the content say (a `{` first reads as JSON, `PK` as a workbook).
    repatria_fuzz::read_and_check("finds.csv", data, &Default::default());
});
