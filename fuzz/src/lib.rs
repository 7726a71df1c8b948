//! What the fuzz targets share: the invariants a reading keeps (the README's and
//! `src/read/mod.rs`'s promises), checked by panicking, and the small encoders the targets
//! build inputs with (CRC-32, a zip archive of stored entries).

use repatria::aggregate::{Aggregates, Filter};
use repatria::read::{FileError, Loaded, Report, Severity};

/// Upper bound on the line any problem in `bytes` can name: one more than the line ends in
/// it, `\n` or `\r` bytes (in every encoding the reader takes, each line end holds one).
pub fn line_bound(bytes: &[u8]) -> u64 {
    bytes.iter().filter(|&&b| b == b'\n' || b == b'\r').count() as u64 + 1
}

/// Panics unless the reading `l` of a file of `lines` lines (or rows) at most keeps every promise: each
/// row accepted or rejected, the dataset's records the accepted rows, the report's totals the
/// dataset's, the sums by season, province and team (the report's and the aggregates') the
/// total remains, every problem on a line of the file (≥ 1), and the report read back from
/// its JSON as it was (what a packed file holds).
pub fn check_loaded(l: &Loaded, lines: u64) {
    let r = &l.report;
    let sum = |v: &[(String, u64)]| v.iter().map(|e| e.1).sum::<u64>();
    assert_eq!(r.rows, r.accepted + r.rejected, "every row is accepted or rejected");
    assert_eq!(l.dataset.len(), r.accepted, "the dataset's records are the accepted rows");
    let total = l.dataset.total_remains();
    assert_eq!(r.remains, total, "the report's remains are the dataset's");
    assert_eq!(sum(&r.by_season), total, "the report's sums by season");
    assert_eq!(sum(&r.by_province), total, "the report's sums by province");
    assert_eq!(sum(&r.by_team), total, "the report's sums by team");
    assert_eq!(r.errors + r.warnings, r.problems.len() + r.problems_omitted, "problems listed or counted");
    if r.problems_omitted == 0 {
        let errors = r.problems.iter().filter(|p| p.severity == Severity::Error).count();
        assert_eq!(r.errors, errors, "errors are the problems of error severity");
    }
    assert!(r.rejected == 0 || r.errors > 0, "a rejected row has an error saying why");
    for p in &r.problems {
        assert!(p.line >= 1 && u64::from(p.line) <= lines, "a problem on line {} of {lines}: {p:?}", p.line);
        assert!(!p.message.is_empty(), "a problem says what is wrong: {p:?}");
    }
    for i in 0..l.dataset.len() {
        assert!(l.dataset.line(i) >= 1, "record {i} comes from line {}", l.dataset.line(i));
    }
    check_aggregates(&l.dataset);
    let back = Report::from_json(&r.to_json()).expect("the report reads back from its JSON");
    assert_eq!(&back, r, "the report reads back from its JSON as it was");
}

/// Panics unless the aggregates of `dataset` add up to its total remains, by season and by
/// year (with the records that have none), by province and by team.
pub fn check_aggregates(dataset: &repatria::dataset::Dataset) -> Aggregates {
    let aggregates = Aggregates::build(dataset);
    let total = dataset.total_remains();
    let all = Filter::default();
    for cube in [&aggregates.by_season, &aggregates.by_year] {
        let (times, none) = cube.by_time(&all);
        let by_time = times.iter().filter_map(|(_, c)| c.map(|c| c.remains)).sum::<u64>() + none.remains;
        assert_eq!(by_time, total, "{:?}: the sums by time", cube.axis());
        assert_eq!(cube.total(&all).remains, total, "{:?}: the total", cube.axis());
        assert_eq!(cube.total(&all).records, dataset.len() as u64, "{:?}: the records", cube.axis());
        let by_province = cube.by_province(&all).values().map(|c| c.remains).sum::<u64>();
        assert_eq!(by_province, total, "{:?}: the sums by province", cube.axis());
        let by_team = cube.by_team(&all).values().map(|c| c.remains).sum::<u64>();
        assert_eq!(by_team, total, "{:?}: the sums by team", cube.axis());
    }
    aggregates
}

/// Panics unless a file error says where (a line of the file, or 0 for the whole file) and
/// what is wrong.
pub fn check_error(e: &FileError, file: &str, lines: u64) {
    assert_eq!(e.file, file, "the error names the file");
    assert!(u64::from(e.line) <= lines, "an error on line {} of {lines}: {e}", e.line);
    assert!(!e.message.is_empty(), "the error says what is wrong");
}

/// Reads `bytes` as `file` with `opts` and checks the reading or its error.
pub fn read_and_check(file: &str, bytes: &[u8], opts: &repatria::read::ReadOptions) -> Option<Loaded> {
    let lines = line_bound(bytes);
    match repatria::read::read_with(file, bytes, opts) {
        Ok(l) => {
            check_loaded(&l, lines);
            Some(l)
        }
        Err(e) => {
            check_error(&e, file, lines);
            None
        }
    }
}

/// Reads `bytes` as `file` with the default options and with tight limits (3 problems listed,
/// 5 rows), checking each reading.
pub fn read_twice(file: &str, bytes: &[u8], format: Option<repatria::read::Format>) {
    use repatria::read::ReadOptions;
    read_and_check(file, bytes, &ReadOptions { format, ..ReadOptions::default() });
    read_and_check(file, bytes, &ReadOptions { format, max_problems: 3, max_rows: 5, ..ReadOptions::default() });
}

/// The CRC-32 of `bytes` (IEEE, as zip and packed files use).
pub fn crc32(bytes: &[u8]) -> u32 {
    !bytes.iter().fold(!0u32, |mut c, &b| {
        c ^= u32::from(b);
        for _ in 0..8 {
            c = (c >> 1) ^ (0xEDB8_8320 & (c & 1).wrapping_neg());
        }
        c
    })
}

/// A zip archive of `entries` (name, contents), stored without compression.
pub fn zip_stored(entries: &[(&str, &[u8])]) -> Vec<u8> {
    let (mut out, mut central) = (Vec::new(), Vec::new());
    for (name, data) in entries {
        let offset = out.len() as u32;
        let (crc, size, name_len) = (crc32(data), data.len() as u32, name.len() as u16);
        // The fields both headers share: version, flags, method (stored), time, date, CRC, sizes, name length.
        let mut common = Vec::new();
        common.extend_from_slice(&20u16.to_le_bytes());
        common.extend_from_slice(&0u16.to_le_bytes());
        common.extend_from_slice(&0u16.to_le_bytes());
        common.extend_from_slice(&0u16.to_le_bytes());
        common.extend_from_slice(&0x21u16.to_le_bytes());
        common.extend_from_slice(&crc.to_le_bytes());
        common.extend_from_slice(&size.to_le_bytes());
        common.extend_from_slice(&size.to_le_bytes());
        common.extend_from_slice(&name_len.to_le_bytes());
        out.extend_from_slice(b"PK\x03\x04");
        out.extend_from_slice(&common);
        out.extend_from_slice(&0u16.to_le_bytes());
        out.extend_from_slice(name.as_bytes());
        out.extend_from_slice(data);
        central.extend_from_slice(b"PK\x01\x02");
        central.extend_from_slice(&20u16.to_le_bytes());
        central.extend_from_slice(&common);
        // Extra and comment lengths, disk, internal and external attributes, offset.
        central.extend_from_slice(&[0; 12]);
        central.extend_from_slice(&offset.to_le_bytes());
        central.extend_from_slice(name.as_bytes());
    }
    let (at, len, n) = (out.len() as u32, central.len() as u32, entries.len() as u16);
    out.extend_from_slice(&central);
    out.extend_from_slice(b"PK\x05\x06");
    out.extend_from_slice(&[0; 4]);
    out.extend_from_slice(&n.to_le_bytes());
    out.extend_from_slice(&n.to_le_bytes());
    out.extend_from_slice(&len.to_le_bytes());
    out.extend_from_slice(&at.to_le_bytes());
    out.extend_from_slice(&0u16.to_le_bytes());
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_checksum_is_crc32() {
        assert_eq!(crc32(b"123456789"), 0xCBF4_3926);
    }
}
