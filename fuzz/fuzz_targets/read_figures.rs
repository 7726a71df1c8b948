//! Any bytes as a table of published figures: never a panic; every row is a figure, a fact or
//! reported (rows = figures + facts + reported), every reported row on a line of the file; and
//! no sum a view of the record draws adds two overlapping figures.
#![no_main]

use libfuzzer_sys::fuzz_target;
use repatria::figure::overlap::overlaps;
use repatria::figure::Measure;
use repatria::published::{self, Record};

fuzz_target!(|data: &[u8]| {
    let Ok(table) = repatria::read::figures::read_figures("figures.csv", data) else { return };
    assert_eq!(table.rows, table.figures.len() + table.facts.len() + table.reported.len());
    let lines = data.iter().filter(|&&b| b == b'\n' || b == b'\r').count() + 1;
    assert!(table.reported.iter().all(|p| (p.line as usize) >= 1 && (p.line as usize) <= lines));
    let record = Record { figures: &table.figures, facts: &table.facts };
    for caveated in [false, true] {
        let d = published::disjoint(table.figures.iter(), caveated);
        for (i, a) in d.kept.iter().enumerate() {
            assert!(d.kept[i + 1..].iter().all(|b| !overlaps(a, b)));
        }
        for s in published::seasons(&record, Measure::Found, caveated) {
            for (i, a) in s.parts.kept.iter().enumerate() {
                assert!(s.parts.kept[i + 1..].iter().all(|b| !overlaps(a, b)));
            }
        }
    }
});
