//! A CSV or TSV read in parts on threads (as a large file is natively) against the same read
//! on one thread: whenever the parts are joined, the same records (and binary form) and the
//! same report (to its JSON); the one-thread reading reconciles (fuzz/src/lib.rs).
//!
//! Input: a byte of plan (bits 0-2: parts, 2 to 9; bit 3: cut exactly after every k-th line
//! end instead, k from bits 4-7, plus one), a byte of limits (bits 0-1: problems listed;
//! bits 2-3: rows), then the file.
#![no_main]

use libfuzzer_sys::fuzz_target;
use repatria::read::{read_both_ways, ReadOptions};

fuzz_target!(|data: &[u8]| {
    let [plan, limits, file @ ..] = data else { return };
    let parts = 2 + usize::from(plan & 7);
    let cuts: Option<Vec<usize>> = (plan & 8 != 0).then(|| {
        let every = 1 + usize::from(plan >> 4);
        let ends = file.iter().enumerate().filter(|(_, &b)| b == b'\n').map(|(i, _)| i + 1);
        // A UTF-8 byte order mark is dropped before cutting: offsets are the text's.
        let bom = if file.starts_with(b"\xEF\xBB\xBF") { 3 } else { 0 };
        ends.skip(every - 1).step_by(every).filter_map(|i| i.checked_sub(bom)).collect()
    });
    let opts = ReadOptions {
        max_problems: [10_000, 0, 1, 3][usize::from(limits & 3)],
        max_rows: [5_000_000, 2, 5, 20][usize::from((limits >> 2) & 3)],
        ..ReadOptions::default()
    };
    let (one, joined) = read_both_ways("finds.csv", file, &opts, parts, cuts.as_deref());
    if let Ok(l) = &one {
        repatria_fuzz::check_loaded(l, repatria_fuzz::line_bound(file));
    }
    if let Some(joined) = joined {
        let one = one.expect("the file is read in parts, so it reads on one thread");
        assert_eq!(joined.report.to_json(), one.report.to_json(), "the same report in parts; cuts {cuts:?}");
        assert!(joined.dataset.to_bytes() == one.dataset.to_bytes(), "the same records in parts; cuts {cuts:?}");
        assert!(joined == one, "the same dataset and report in parts; cuts {cuts:?}");
    }
});
