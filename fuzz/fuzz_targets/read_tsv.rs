//! Any bytes as a TSV file (its seeds tab-separated): never a panic, and every reading
//! reconciles (fuzz/src/lib.rs).
#![no_main]

use libfuzzer_sys::fuzz_target;
use repatria::read::Format;

fuzz_target!(|data: &[u8]| {
    repatria_fuzz::read_twice("finds.tsv", data, Some(Format::Csv));
});
