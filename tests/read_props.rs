//! Property tests: no input makes the reader panic, and whatever it reads, its totals
//! reconcile (report vs dataset vs the sums by province, season and team).

mod support;

use proptest::prelude::*;
use repatria::read::{self, Format, Loaded, ReadOptions};

fn reconciles(l: &Loaded) -> Result<(), TestCaseError> {
    support::reconciles(l).map_err(TestCaseError::fail)
}

fn every_way(bytes: &[u8]) -> Result<(), TestCaseError> {
    for (name, format) in [
        ("x.csv", None),
        ("x.json", None),
        ("x.xlsx", None),
        ("x", Some(Format::Csv)),
        ("x", Some(Format::Json)),
        ("x", Some(Format::Xlsx)),
    ] {
        let opts = ReadOptions { format, max_problems: 50, ..ReadOptions::default() };
        if let Ok(l) = read::read_with(name, bytes, &opts) {
            reconciles(&l)?;
        }
    }
    Ok(())
}

const NAMES: &[&str] = &[
    "season",
    "Mùa khô",
    "date",
    "Ngày",
    "team",
    "Đội",
    "ក្រុម",
    "province",
    "Tỉnh (Campuchia)",
    "ខេត្ត",
    "remains",
    "Số hài cốt",
    "identified",
    "lat",
    "lon",
    "Vĩ độ",
    "phase",
    "military_region",
    "village",
    "note",
    "figure",
    "colour",
    "",
];

const VALUES: &[&str] = &[
    "",
    "2024-2025",
    "2024–25",
    "giai đoạn XXIV",
    "GĐ 24",
    "2024",
    "2024-2026",
    "06/11/2025",
    "2025-11-06",
    "31/02/2025",
    "45967",
    "K92",
    "Đội K-73",
    "K99",
    "Kampot",
    "កំពង់ឆ្នាំង",
    "Kampong Chnnang",
    "KH-12",
    "Atlantis",
    "1",
    "1.210",
    "1,210",
    "-3",
    "12.5",
    "4294967295",
    "99999999999",
    "10.61",
    "104.18",
    "91",
    "NaN",
    "inf",
    "đợt 1",
    "đợt 3",
    "QK9",
    "season_total",
    "team_season",
    "\"quoted, with comma\"",
    "\"unclosed",
    "a\"b",
    "\u{feff}",
    "\u{200b}",
    "#comment",
    "١٢",
    "២",
];

fn csv_text() -> impl Strategy<Value = String> {
    (
        prop::collection::vec(prop::sample::select(NAMES), 1..8),
        prop::collection::vec(prop::collection::vec(prop::sample::select(VALUES), 0..9), 0..12),
        prop::sample::select(&[",", ";", "\t"][..]),
        prop::sample::select(&["\n", "\r\n", "\r"][..]),
        any::<bool>(),
    )
        .prop_map(|(header, rows, delim, eol, comment)| {
            let mut s = String::new();
            if comment {
                s.push_str("# SAMPLE data");
                s.push_str(eol);
            }
            s.push_str(&header.join(delim));
            for row in rows {
                s.push_str(eol);
                s.push_str(&row.join(delim));
            }
            s
        })
}

fn json_text() -> impl Strategy<Value = String> {
    let value = prop_oneof![
        prop::sample::select(VALUES).prop_map(|v| serde_json::Value::String(v.to_owned())),
        any::<f64>()
            .prop_map(|n| serde_json::Number::from_f64(n).map_or(serde_json::Value::Null, serde_json::Value::Number)),
        any::<u32>().prop_map(serde_json::Value::from),
        Just(serde_json::Value::Null),
        Just(serde_json::json!({"nested": [1, 2]})),
    ];
    let object = prop::collection::btree_map(prop::sample::select(NAMES).prop_map(str::to_owned), value, 0..8);
    (prop::collection::vec(object, 0..10), 0..3u8).prop_map(|(objects, shape)| {
        let records: Vec<serde_json::Value> =
            objects.into_iter().map(|o| serde_json::Value::Object(o.into_iter().collect())).collect();
        match shape {
            0 => serde_json::Value::Array(records).to_string(),
            1 => serde_json::json!({"note": "SYNTHETIC", "records": records}).to_string(),
            _ => {
                let features: Vec<_> = records
                    .into_iter()
                    .enumerate()
                    .map(|(i, p)| {
                        serde_json::json!({"type": "Feature", "properties": p,
                            "geometry": {"type": "Point", "coordinates": [102.0 + i as f64, 10.0 + i as f64 / 3.0]}})
                    })
                    .collect();
                serde_json::json!({"type": "FeatureCollection", "features": features}).to_string()
            }
        }
    })
}

fn corpus() -> Vec<Vec<u8>> {
    let mut out = Vec::new();
    for sub in [support::repo("tests/data"), support::repo("tests/data/bad")] {
        for e in std::fs::read_dir(sub).into_iter().flatten().flatten() {
            if e.path().is_file() && e.path().extension().is_some_and(|x| x != "py") {
                out.push(std::fs::read(e.path()).unwrap_or_default());
            }
        }
    }
    out
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 200, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..600)) {
        every_way(&bytes)?;
    }

    #[test]
    fn arbitrary_text_never_panics(text in "\\PC{0,300}") {
        every_way(text.as_bytes())?;
    }

    #[test]
    fn generated_csv_reconciles(text in csv_text()) {
        every_way(text.as_bytes())?;
        let mut utf16 = vec![0xFF, 0xFE];
        utf16.extend(text.encode_utf16().flat_map(u16::to_le_bytes));
        every_way(&utf16)?;
    }

    #[test]
    fn generated_json_reconciles(text in json_text()) {
        every_way(text.as_bytes())?;
    }

    #[test]
    fn mutated_corpus_files_never_panic(
        file in any::<prop::sample::Index>(),
        edits in prop::collection::vec((any::<prop::sample::Index>(), any::<u8>(), 0..3u8), 1..6),
    ) {
        let files = corpus();
        prop_assume!(!files.is_empty());
        let mut bytes = files[file.index(files.len())].clone();
        for (at, byte, kind) in edits {
            let i = if bytes.is_empty() { 0 } else { at.index(bytes.len()) };
            match kind {
                0 if !bytes.is_empty() => bytes[i] = byte,
                1 => bytes.insert(i, byte),
                _ if !bytes.is_empty() => { bytes.remove(i); }
                _ => bytes.push(byte),
            }
        }
        every_way(&bytes)?;
    }
}

#[test]
fn the_whole_corpus_reconciles() {
    for bytes in corpus() {
        every_way(&bytes).unwrap();
    }
}
