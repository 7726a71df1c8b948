//! The reader in Wasm: the corpus reads as natively, and speed figures. Node.js runs it:
//! `cargo test --target wasm32-unknown-unknown --test read_wasm --config profile.dev.opt-level=3
//! --config profile.dev.debug-assertions=false --config profile.dev.overflow-checks=false --
//! --nocapture` (measured: about 100 MB/s at opt-level 3, half that at the release profile's
//! opt-level "z").
#![cfg(target_arch = "wasm32")]

use wasm_bindgen_test::*;

#[wasm_bindgen_test]
fn corpus_reads_as_natively() {
    let en = include_bytes!("data/en.csv");
    let l = repatria::read::read("en.csv", en).unwrap();
    assert_eq!((l.report.rows, l.report.remains), (5, 15));
    let l = repatria::read::read("finds.geojson", include_bytes!("data/finds.geojson")).unwrap();
    assert_eq!(l.report.remains, 7);
    let e = repatria::read::read("finds.xlsx", include_bytes!("data/finds.xlsx")).unwrap_err();
    assert!(e.message.contains("xlsx module"), "{e}");
}

/// Best of three reads of `text`, in milliseconds.
fn time(text: &str) -> (f64, usize) {
    // The first read also builds the point-in-province index.
    let mut ms = f64::MAX;
    let mut rows = 0;
    for _ in 0..3 {
        let t = js_sys::Date::now();
        rows = repatria::read::read("big.csv", text.as_bytes()).unwrap().report.accepted;
        ms = ms.min(js_sys::Date::now() - t);
    }
    (ms, rows)
}

/// `text` with only the columns `keep` (by index) of each line.
fn columns(text: &str, keep: &[usize]) -> String {
    let mut out = String::new();
    for line in text.lines() {
        if line.starts_with('#') {
            continue;
        }
        let cells: Vec<&str> = line.split(',').collect();
        let kept: Vec<&str> = keep.iter().map(|&i| cells.get(i).copied().unwrap_or("")).collect();
        out.push_str(&kept.join(","));
        out.push('\n');
    }
    out
}

#[wasm_bindgen_test]
fn reading_speed() {
    let n = 200_000;
    let full = repatria::generate::generate(n, 7);
    // date,season,phase,team,province,district,village,lat,lon,remains,identified,note
    for (what, text) in [
        ("every column", full.clone()),
        ("no district, village", columns(&full, &[0, 1, 2, 3, 4, 7, 8, 9, 10, 11])),
        ("no text, no coordinates", columns(&full, &[0, 1, 2, 3, 4, 9, 10, 11])),
        ("season, team, province, remains", columns(&full, &[1, 3, 4, 9])),
    ] {
        let (ms, rows) = time(&text);
        assert_eq!(rows, n);
        let mb = text.len() as f64 / 1e6;
        console_log!(
            "wasm, {what}: {n} rows, {mb:.1} MB in {ms:.0} ms: {:.0} MB/s, {:.0} ns/row",
            mb / (ms / 1000.0),
            ms * 1e6 / n as f64
        );
    }
}
