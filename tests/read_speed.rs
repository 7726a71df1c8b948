//! Reading speed and memory on a large generated CSV (ignored by default: run with
//! `cargo test --release --test read_speed -- --ignored --nocapture`).

use std::fmt::Write as _;
use std::time::Instant;

/// A find-level CSV of `n` rows shaped like `repatria generate`'s (date, season, phase, team,
/// province, district, village, coordinates, remains, identified, note).
fn csv(n: usize) -> String {
    const PLACES: [(&str, &str, f64, f64); 6] = [
        ("K92", "Kampot", 10.61, 104.18),
        ("K90", "Kandal", 11.48, 104.95),
        ("K71", "Siem Reap", 13.36, 103.86),
        ("K73", "Battambang", 13.10, 103.20),
        ("K52", "Ratanakiri", 13.74, 107.00),
        ("K72", "Kratie", 12.49, 106.02),
    ];
    let mut s = String::with_capacity(n * 80);
    s.push_str("# SYNTHETIC SAMPLE DATA for a speed test\n");
    s.push_str("date,season,phase,team,province,district,village,lat,lon,remains,identified,note\n");
    let mut x: u64 = 0x9E37_79B9_7F4A_7C15;
    for _ in 0..n {
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        let (team, province, lat, lon) = PLACES[(x % 6) as usize];
        let year = 2014 + (x >> 8) % 11;
        let (day, month) = (1 + (x >> 16) % 28, [11, 12, 1, 2, 3, 4][((x >> 24) % 6) as usize]);
        let (y, phase) = if month >= 11 { (year, 1) } else { (year + 1, if month == 1 { 1 } else { 2 }) };
        let jitter = ((x >> 32) % 1000) as f64 / 10_000.0;
        let _ = writeln!(
            s,
            "{day:02}/{month:02}/{y},{year}-{},đợt {phase},{team},{province},Srok {},Phum {},{:.5},{:.5},{},{},",
            year + 1,
            (x >> 40) % 9,
            (x >> 44) % 30,
            lat + jitter,
            lon - jitter,
            1 + (x >> 50) % 3,
            (x >> 52) % 2,
        );
    }
    s
}

#[test]
#[ignore]
fn reads_a_million_rows() {
    let n: usize = std::env::var("REPATRIA_ROWS").ok().and_then(|v| v.parse().ok()).unwrap_or(1_000_000);
    let text = csv(n);
    let mb = text.len() as f64 / 1e6;
    let mut best = f64::MAX;
    let mut loaded = None;
    for _ in 0..3 {
        let t = Instant::now();
        let l = repatria::read::read("big.csv", text.as_bytes()).expect("reads");
        best = best.min(t.elapsed().as_secs_f64());
        loaded = Some(l);
    }
    let l = loaded.expect("read");
    assert_eq!(l.report.accepted, n);
    assert_eq!(l.report.errors, 0, "{:?}", &l.report.problems[..l.report.problems.len().min(5)]);
    let bytes = l.dataset.heap_bytes();
    println!(
        "read {n} rows, {mb:.1} MB in {:.3} s: {:.0} MB/s, {:.0} ns/row; dataset {:.1} bytes/record",
        best,
        mb / best,
        best * 1e9 / n as f64,
        bytes as f64 / n as f64
    );
}
