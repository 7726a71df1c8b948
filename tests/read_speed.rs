//! Reading speed and memory on a large CSV from `repatria::generate` (ignored by default:
//! run with `cargo test --release --test read_speed -- --ignored --nocapture`; set
//! `REPATRIA_ROWS` for another size, or `REPATRIA_CSV` to read a file instead).

use std::time::Instant;

#[test]
#[ignore]
fn reads_a_million_rows() {
    let n: usize = std::env::var("REPATRIA_ROWS").ok().and_then(|v| v.parse().ok()).unwrap_or(1_000_000);
    let text = match std::env::var("REPATRIA_CSV") {
        Ok(path) => std::fs::read_to_string(path).expect("REPATRIA_CSV"),
        Err(_) => repatria::generate::generate(n, 7),
    };
    let n = text.lines().filter(|l| !l.starts_with('#')).count() - 1;
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
