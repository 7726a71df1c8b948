//! The reader over the corpus in `tests/data/`: every format, header language, date and
//! season form, province alias kind and encoding, and every kind of bad input with the exact
//! problem expected.

mod support;

use support::problems;

use std::collections::BTreeMap;

use repatria::province::Province;
use repatria::read::{self, Field, FileError, Format, Loaded, ReadOptions, Severity};
use repatria::record::TeamRef;
use repatria::season::{Phase, Season};
use repatria::team::{MilitaryRegion, Team};

/// The corpus file `tests/data/{name}`.
fn bytes(name: &str) -> Vec<u8> {
    support::read_bytes(&format!("tests/data/{name}"))
}

fn load_with(name: &str, opts: &ReadOptions) -> Loaded {
    let l = read::read_with(name, &bytes(name), opts).unwrap_or_else(|e| panic!("{e}"));
    reconciles(&l);
    l
}

fn load(name: &str) -> Loaded {
    load_with(name, &ReadOptions::default())
}

fn fail(name: &str) -> FileError {
    read::read(name, &bytes(name)).expect_err(name)
}

/// The report's totals agree with each other and with the dataset, and the unknown province
/// comes last.
fn reconciles(l: &Loaded) {
    support::reconciles(l).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(l.report.by_province.last().map(|e| e.0.as_str()), Some("unknown"));
}

fn map(v: &[(String, u64)]) -> BTreeMap<&str, u64> {
    v.iter().map(|(k, n)| (k.as_str(), *n)).collect()
}

/// Coordinates are kept as f32 in the dataset.
fn near(v: Option<f64>, want: f64) -> bool {
    v.is_some_and(|v| (v - want).abs() < 1e-5)
}

fn no_problems(l: &Loaded) {
    assert!(l.report.problems.is_empty(), "{:#?}", l.report.problems);
}

#[test]
fn english_csv_with_every_field() {
    let l = load("en.csv");
    no_problems(&l);
    let r = &l.report;
    assert_eq!((r.rows, r.accepted, r.remains, r.identified), (5, 5, 15, 3));
    assert!(r.sample, "the comment says SAMPLE");
    assert_eq!(r.comments, ["SAMPLE DATA: made-up finds for the reader's tests; NOT real figures."]);
    assert_eq!(r.format, Some(Format::Csv));
    assert_eq!(map(&r.by_season), BTreeMap::from([("2022-2023", 5), ("2023-2024", 5), ("2024-2025", 5)]));
    let first = l.dataset.record(0).unwrap();
    assert_eq!(first.line, 3, "line 1 is the comment, line 2 the header");
    assert_eq!(first.season, Some(Season::new(2024)));
    assert_eq!(first.phase, Some(Phase::First));
    assert_eq!(first.team, Some(TeamRef::Known(Team::K92)));
    assert_eq!(first.military_region, Some(MilitaryRegion::R9));
    assert_eq!(first.province, Some(Province::KAMPOT));
    assert_eq!(first.district.as_deref(), Some("Chhuk"));
    assert_eq!(first.commune.as_deref(), Some("Trapeang Bei"));
    assert_eq!(first.village.as_deref(), Some("Phum Thmei"));
    assert_eq!((first.remains, first.identified), (3, Some(1)));
    assert_eq!(first.informant.as_deref(), Some("Mr. Sok"));
    assert_eq!(first.cemetery.as_deref(), Some("Hà Tiên martyrs' cemetery"));
    assert_eq!(first.note.as_deref(), Some("found near a pagoda"));
    let third = l.dataset.record(2).unwrap();
    assert_eq!(third.note.as_deref(), Some("a note, with a comma and \"quotes\""));
    // No season given: derived from 2024-03-10.
    let fourth = l.dataset.record(3).unwrap();
    assert_eq!(fourth.season, Some(Season::new(2023)));
    assert_eq!(fourth.military_region, Some(MilitaryRegion::R5), "derived from K52");
    let columns: Vec<_> = r.columns.iter().map(|c| c.field).collect();
    assert!(columns.iter().all(Option::is_some));
}

#[test]
fn vietnamese_headers_semicolons_and_forms() {
    let l = load("vi.csv");
    no_problems(&l);
    let r = &l.report;
    assert_eq!((r.rows, r.remains, r.identified), (4, 1216, 13));
    assert_eq!(map(&r.by_season), BTreeMap::from([("2023-2024", 3), ("2024-2025", 1213)]));
    assert_eq!(
        map(&r.by_province),
        BTreeMap::from([("KH-2", 1210), ("KH-7", 3), ("KH-12", 1), ("KH-17", 2), ("unknown", 0)])
    );
    assert_eq!(map(&r.by_team), BTreeMap::from([("K71", 2), ("K73", 1210), ("K90", 1), ("K92", 3)]));
    let fields: Vec<_> = r.columns.iter().map(|c| c.field.unwrap()).collect();
    assert_eq!(
        fields,
        [
            Field::Date,
            Field::Season,
            Field::Phase,
            Field::Team,
            Field::MilitaryRegion,
            Field::Province,
            Field::District,
            Field::Commune,
            Field::Village,
            Field::Remains,
            Field::Identified,
            Field::Informant,
            Field::Cemetery,
            Field::Note
        ]
    );
    let first = l.dataset.record(0).unwrap();
    assert_eq!(first.date.map(|d| d.to_string()).as_deref(), Some("2024-11-06"));
    assert_eq!(first.village.as_deref(), Some("ấp Mới"));
    assert!(!r.sample, "a note in a row is not a comment");
}

#[test]
fn khmer_headers_names_and_digits() {
    let l = load("km.csv");
    no_problems(&l);
    let r = &l.report;
    assert_eq!((r.rows, r.remains), (3, 6));
    assert_eq!(map(&r.by_province), BTreeMap::from([("KH-4", 3), ("KH-7", 2), ("KH-17", 1), ("unknown", 0)]));
    let first = l.dataset.record(0).unwrap();
    assert_eq!(first.date.map(|d| d.to_string()).as_deref(), Some("2024-11-20"), "Khmer digits");
    assert_eq!(first.season, Some(Season::new(2024)));
    assert_eq!(first.village.as_deref(), Some("ភូមិថ្មី"));
    assert_eq!(l.dataset.record(2).unwrap().season, Some(Season::new(2023)), "derived from 2024-02-10");
}

#[test]
fn every_season_form() {
    let l = load("seasons.csv");
    no_problems(&l);
    assert_eq!(map(&l.report.by_season), BTreeMap::from([("2024-2025", 10)]));
}

#[test]
fn every_date_form_and_derived_seasons() {
    let l = load("dates.csv");
    // No date proves the order (06/11/2025 could be either): one warning says day first is used.
    let p: Vec<(u32, &str, &str, Severity)> =
        l.report.problems.iter().map(|p| (p.line, p.column.as_str(), p.value.as_str(), p.severity)).collect();
    assert_eq!(p, [(1, "date", "", Severity::Warning)]);
    assert!(l.report.problems[0].message.contains("dates such as 06/11/2025"));
    assert!(l.report.problems[0].message.contains("are read day first, as Vietnam writes them"));
    let dates: Vec<String> = l.dataset.records().map(|r| r.date.unwrap().to_string()).collect();
    assert_eq!(
        dates,
        [
            "2025-11-06",
            "2025-11-06",
            "2025-11-06",
            "2025-11-06",
            "2025-11-06",
            "2025-11",
            "2025-11-06",
            "2025-11-06",
            "2025-08-31",
            "2025"
        ]
    );
    assert_eq!(map(&l.report.by_season), BTreeMap::from([("2024-2025", 1), ("2025-2026", 8), ("unknown", 1)]));
    // Another start month moves the boundary: with seasons from 1 July, 31 August 2025 is in
    // 2025-2026.
    let opts = ReadOptions { season_start_month: 7, ..ReadOptions::default() };
    let l = load_with("dates.csv", &opts);
    assert_eq!(map(&l.report.by_season), BTreeMap::from([("2025-2026", 9), ("unknown", 1)]));
}

#[test]
fn seasons_of_old_and_far_dates_are_totalled_under_their_own_name() {
    let text = "date,team\n1975-03-01,K92\n1900-01-15,K92\n2100-12-31,K92\n";
    let l = read::read("x.csv", text.as_bytes()).unwrap();
    reconciles(&l);
    assert_eq!(map(&l.report.by_season), BTreeMap::from([("1899-1900", 1), ("1974-1975", 1), ("2100-2101", 1)]));
}

#[test]
fn every_province_alias_kind() {
    let l = load("provinces.csv");
    no_problems(&l);
    let got: Vec<(String, &'static str)> =
        l.dataset.records().map(|r| (r.note.unwrap(), r.province.map_or("none", |p| p.code()))).collect();
    let want = [
        "KH-4", "KH-4", "KH-4", "KH-4", "KH-4", "KH-4", "KH-4", "KH-4", "KH-4", "KH-4", "KH-2", "KH-12", "KH-18",
        "KH-12",
    ];
    for ((kind, code), want) in got.iter().zip(want) {
        assert_eq!(*code, want, "{kind}");
    }
    assert_eq!(got.len(), want.len());
    assert_eq!(
        map(&l.report.by_province),
        BTreeMap::from([("KH-2", 1), ("KH-4", 10), ("KH-12", 2), ("KH-18", 1), ("unknown", 0)])
    );
}

#[test]
fn utf8_bom_and_utf16_both_orders() {
    for (name, remains, province) in [("bom.csv", 5, "KH-7"), ("utf16le.txt", 5, "KH-7"), ("utf16be.csv", 5, "KH-16")] {
        let l = load(name);
        no_problems(&l);
        assert_eq!(l.report.remains, remains, "{name}");
        assert!(l.report.by_province.iter().any(|(k, _)| k == province), "{name}");
        assert_eq!(l.report.columns[0].field, Some(Field::Season), "{name}: the BOM is not part of the first name");
    }
}

#[test]
fn semicolons_tabs_and_thousands_separators() {
    let l = load("semicolon.csv");
    no_problems(&l);
    let counts: Vec<u32> = l.dataset.records().map(|r| r.remains).collect();
    assert_eq!(counts, [1210, 1210, 1210, 12]);
    assert_eq!(l.report.identified, 12);
    let l = load("tabs.tsv");
    no_problems(&l);
    assert_eq!(l.report.remains, 1214);
}

#[test]
fn coordinates_place_finds_and_are_checked() {
    let l = load("coords.csv");
    let provinces: Vec<_> = l.dataset.records().map(|r| r.province.map(|p| p.code())).collect();
    assert_eq!(provinces, [Some("KH-7"), Some("KH-12"), Some("KH-17"), Some("KH-7"), Some("KH-7"), Some("KH-12")]);
    let swapped = l.dataset.record(3).unwrap();
    assert!(near(swapped.lat, 10.61) && near(swapped.lon, 104.18), "{swapped:?}");
    assert_eq!(
        problems(&l),
        [
            (3, "province", "Kampot", Severity::Warning, "Kampot (KH-7) does not match the coordinates 11.5564, 104.9282, which are in Phnom Penh (KH-12); the province of the coordinates is used"),
            (5, "lat", "104.18, 10.61", Severity::Warning, "latitude 104.18 and longitude 10.61 look swapped (Cambodia lies at latitude 10 to 15, longitude 102 to 108); used as latitude 10.61, longitude 104.18"),
            (6, "lat", "21.03, 105.85", Severity::Warning, "the point 21.03, 105.85 is outside Cambodia; the named province, Kampot, is used"),
        ]
    );
    assert_eq!(l.dataset.coordinates().count(), 6);
}

#[test]
fn json_array_wrapped_and_geojson() {
    let l = load("records.json");
    no_problems(&l);
    assert_eq!(l.report.format, Some(Format::Json));
    assert_eq!((l.report.rows, l.report.remains, l.report.identified), (3, 6, 1));
    let lines: Vec<u32> = l.dataset.records().map(|r| r.line).collect();
    assert_eq!(lines, [2, 3, 9], "the line where each object starts");
    assert_eq!(l.dataset.record(2).unwrap().province, Some(Province::KANDAL), "Vietnamese keys");

    let l = load("wrapped.json");
    no_problems(&l);
    assert!(l.report.sample);
    assert_eq!(l.report.remains, 1211, "a record without a count stands for one set");

    let l = load("finds.geojson");
    no_problems(&l);
    assert!(l.report.sample);
    let r: Vec<_> = l.dataset.records().collect();
    assert!(near(r[0].lat, 10.61) && near(r[0].lon, 104.18));
    assert_eq!(r[0].province, Some(Province::KAMPOT));
    assert_eq!(r[1].province, Some(Province::PHNOM_PENH));
    assert_eq!(r[2].province, Some(Province::SIEM_REAP));
    assert_eq!(r.iter().map(|r| r.line).collect::<Vec<_>>(), [5, 7, 9]);
}

#[test]
fn xlsx_first_and_named_sheet() {
    let l = load("finds.xlsx");
    let r = &l.report;
    assert_eq!(r.format, Some(Format::Xlsx));
    assert!(r.sample, "a # row before the header is a comment");
    assert_eq!((r.rows, r.accepted, r.remains), (5, 5, 1217));
    let dates: Vec<_> = l.dataset.records().map(|r| r.date.map(|d| d.to_string())).collect();
    assert_eq!(
        dates,
        [
            Some("2024-11-19".into()),
            Some("2025-02-15".into()),
            Some("2025-02-12".into()),
            Some("2024-11-19".into()),
            None
        ]
    );
    let lines: Vec<u32> = l.dataset.records().map(|r| r.line).collect();
    assert_eq!(lines, [4, 5, 6, 7, 8], "sheet rows");
    assert_eq!(
        problems(&l),
        [(8, "Tỉnh", "Atlantis", Severity::Error, "\"Atlantis\" is not a Cambodian province; counted under unknown province; expected a province name in English, Vietnamese or Khmer, or a code KH-1 … KH-25")]
    );
    let opts = ReadOptions { sheet: Some("tong hop".into()), ..ReadOptions::default() };
    let l = load_with("finds.xlsx", &opts);
    assert_eq!(map(&l.report.by_season), BTreeMap::from([("2023-2024", 27), ("2024-2025", 12)]));
    let opts = ReadOptions { sheet: Some("Nope".into()), ..ReadOptions::default() };
    let e = read::read_with("finds.xlsx", &bytes("finds.xlsx"), &opts).unwrap_err();
    assert_eq!(e.message, "the workbook has no sheet named \"Nope\"; its sheets are: Finds, Tổng hợp");
}

#[test]
fn rows_from_the_browser_xlsx_module() {
    let rows: Vec<read::SheetRow> = serde_json::from_str(
        r#"[{"row": 2, "cells": ["Mùa khô", "Đội", "Số hài cốt", "Ngày"]},
            {"row": 3, "cells": ["2024-2025", "K92", 3, null]},
            {"row": 4, "cells": [null, "K71", 1, {"date": 45615}]}]"#,
    )
    .unwrap();
    let l = read::read_rows("finds.xlsx", &rows, &ReadOptions::default()).unwrap();
    reconciles(&l);
    no_problems(&l);
    assert_eq!(map(&l.report.by_season), BTreeMap::from([("2024-2025", 4)]));
    assert_eq!(l.dataset.record(1).unwrap().line, 4);
}

#[test]
fn explicit_column_mapping() {
    let text = "Khu vực,Đơn vị,SL\nKampot,K92,7\n";
    let opts = ReadOptions {
        columns: vec![
            ("khu vuc".into(), Field::Province),
            ("Đơn vị".into(), Field::Team),
            ("SL".into(), Field::Remains),
        ],
        ..ReadOptions::default()
    };
    let l = read::read_with("x.csv", text.as_bytes(), &opts).unwrap();
    no_problems(&l);
    assert_eq!(map(&l.report.by_province), BTreeMap::from([("KH-7", 7), ("unknown", 0)]));
}

#[test]
fn every_kind_of_bad_row() {
    use Severity::{Error as E, Warning as W};
    let l = load("bad/rows.csv");
    let expected: &[(u32, &str, &str, Severity, &str)] = &[
        (1, "colour", "", W, "unknown column, ignored"),
        (1, "tỉnh", "", W, "a second column for province, ignored: the first, \"province\", is used"),
        (2, "province", "Kampong Chnnang", E, "\"Kampong Chnnang\" is not a Cambodian province: did you mean Kampong Chhnang (KH-4)?; counted under unknown province"),
        (3, "province", "Atlantis", E, "\"Atlantis\" is not a Cambodian province; counted under unknown province"),
        (4, "remains", "-3", E, "-3: a count cannot be negative; the row is not counted"),
        (5, "remains", "12.5", E, "12.5 is not a whole number"),
        (6, "remains", "abc", E, "\"abc\" is not a count; the row is not counted"),
        (7, "date", "31/02/2025", E, "31/02/2025 is not a real date: February 2025 has 28 days"),
        (8, "date", "06/11/25", E, "06/11/25 is ambiguous: write the year in four digits"),
        (9, "season", "2024-2026", E, "the second year must be the year after the first"),
        (10, "season", "2024", E, "2024 is a single year: a dry season spans two, write 2023-2024 or 2024-2025"),
        (11, "season", "2023-2024", W, "season 2023-2024 does not match the date 2025-11-06, which falls in season 2025-2026"),
        (12, "team", "K99", E, "\"K99\" is not one of the 11 teams: did you mean K90, K91, K92 or K93?; counted under unknown team"),
        (13, "military_region", "7", W, "Military Region 7 does not match team K92, which belongs to Military Region 9"),
        (14, "military_region", "QK 4", E, "\"QK 4\" is not a military region"),
        (15, "phase", "đợt 3", E, "đợt 3 does not exist: a season has two phases"),
        (16, "identified", "5", W, "more sets identified (5) than sets of remains (2)"),
        (17, "identified", "many", E, "\"many\" is not a count"),
        (18, "", "", E, "row not counted: it has no date, season, place or team"),
        (19, "lat", "abc", E, "\"abc\" is not a latitude; the point is not used"),
        (20, "lat", "104.18, 10.61", W, "look swapped"),
        (21, "lat", "21.03, 105.85", W, "the point 21.03, 105.85 is outside Cambodia; counted under unknown province"),
        (22, "province", "Kampot", W, "Kampot (KH-7) does not match the coordinates 11.5564, 104.9282, which are in Phnom Penh (KH-12)"),
        (23, "lat", "10.61", E, "a point needs both coordinates: the longitude is missing"),
        (24, "", "", W, "1 cell beyond the header's 12 columns ignored"),
        (25, "province", "Cam-pốt", W, "\"Cam-pốt\" is read as Kampot (KH-7), but this spelling is unverified in the gazetteer"),
        (26, "season", "banana", E, "\"banana\" is not a dry season"),
        (26, "province", "Atlantis", E, "\"Atlantis\" is not a Cambodian province"),
        (26, "", "", E, "row not counted: none of its date, season, place or team could be read"),
        (27, "lat", "95.5", E, "95.5 is out of range for a latitude"),
        (28, "", "", E, "a quote (\") opened in this row is never closed"),
        (28, "province", "Kampot,,,1,,, ,2024-2025,,K92,,Kampot,,,…", E, "is not a Cambodian province"),
    ];
    let got = problems(&l);
    for (i, (want, got)) in expected.iter().zip(&got).enumerate() {
        assert_eq!((want.0, want.1, want.2, want.3), (got.0, got.1, got.2, got.3), "problem {i}: {got:?}");
        assert!(got.4.contains(want.4), "problem {i}: {:?} does not contain {:?}", got.4, want.4);
    }
    assert_eq!(got.len(), expected.len(), "{got:#?}");
    let r = &l.report;
    // Rejected: the three bad counts, the row with nothing, the row with nothing readable.
    assert_eq!((r.rows, r.accepted, r.rejected), (27, 22, 5));
    assert_eq!(r.errors, 22);
    assert_eq!(r.warnings, 10);
    // Unknown provinces still count, under "unknown"; so does a misprinted team number.
    assert_eq!(map(&r.by_province)["unknown"], 7);
    assert_eq!(map(&r.by_team)["unknown"], 1);
    assert!(!r.by_team.iter().any(|(t, _)| t == "K99"));
    // Every problem says what was expected where it can.
    let p = &r.problems[4];
    assert_eq!(p.expected, "a whole number such as 1210, 1.210, 1,210 or 1 210");
    assert!(p.message.ends_with("; expected a whole number such as 1210, 1.210, 1,210 or 1 210"));
}

#[test]
fn bad_json_rows_and_geometries() {
    let text = r#"{"type": "FeatureCollection", "features": [
  {"type": "Feature", "geometry": {"type": "Polygon", "coordinates": []}, "properties": {"season": "2024-2025", "team": "K92"}},
  {"type": "Feature", "geometry": {"type": "Point", "coordinates": ["x", 1]}, "properties": {"team": "K92"}},
  42,
  {"type": "Feature", "properties": {"team": "K92", "remains": 2, "extra": {"a": 1}}}
]}"#;
    let l = read::read("bad.geojson", text.as_bytes()).unwrap();
    reconciles(&l);
    use Severity::{Error as E, Warning as W};
    assert_eq!(
        problems(&l),
        [
            (2, "", "", W, "a Polygon geometry is not read: only Point features give coordinates"),
            (3, "", "", E, "a Point without two numbers as coordinates ([longitude, latitude]); the point is not used"),
            (4, "", "", E, "row not counted: a number is not a GeoJSON Feature object"),
            (5, "extra", "", W, "unknown column, ignored; expected one of date, season, phase, team, military_region, province, district, commune, village, lat, lon, remains, identified, informant, cemetery, note, source, source_url, source_date, figure, in English, Vietnamese or Khmer"),
            (5, "", "", W, "the value of \"extra\" is an object and is not read: expected text or a number"),
        ]
    );
    assert_eq!((l.report.rows, l.report.accepted, l.report.remains), (4, 3, 4));
    let l = read::read("x.json", b"[1, \"a\"]").unwrap();
    assert_eq!(l.report.rejected, 2);
    assert_eq!(
        l.report.problems[0].message, "record 1: row not counted: a number is not an object with the record's fields",
        "two records on one line: the message names the record"
    );
}

#[test]
fn files_that_cannot_be_read() {
    assert_eq!(
        read::read("x.csv", b"team,\0\nK92,1\n").unwrap_err().message.split(':').next(),
        Some("the file holds binary data (NUL bytes), not text")
    );
    let e = fail("encodings/latin1.csv");
    assert!(
        e.message.starts_with(
            "the file is not UTF-8 text (byte 0xE9 on line 2), nor Vietnamese in Windows-1258 or TCVN3 (ABC)"
        ),
        "{e}"
    );
    assert!(e.message.contains("\"CSV UTF-8 (Comma delimited) (*.csv)\""), "{e}");
    assert!(fail("bad/odd-utf16.csv").message.contains("odd number of bytes"));
    assert!(fail("bad/old.xls").message.starts_with("this is an old Excel workbook (.xls)"));
    assert!(fail("bad/not-really.xlsx").message.contains("is not an Excel workbook"));
    let cases: &[(&str, &[u8], u32, &str)] = &[
        ("empty.csv", b"", 0, "the file has no header and no data"),
        ("comments.csv", b"# only a comment\n\n", 0, "the file has no header and no data"),
        ("x.csv", b"colour,size\nred,1\n", 1, "no known column in the header (colour, size)"),
        ("x.csv", b"# c\nremains,note\n1,a\n", 2, "the header has no date, season, team, province, coordinates"),
        ("x.json", b"[{\"team\": \"K92\"},\n {\"team\": }]", 2, "invalid JSON: expected value"),
        ("x.json", b"{\"team\": \"K92\"}", 1, "has no \"records\" array and is not a GeoJSON FeatureCollection"),
        ("x.json", b"[{\"team\": \"K92\"} {}]", 1, "invalid JSON: expected ',' or ']' after a record, found '{'"),
        ("x.json", b"[{\"team\": \"K92\"", 1, "invalid JSON: expected a value, found the end of the file"),
        ("x.csv", b"\x00\x00\x00\x00s\x00e\x00", 0, "the file looks like UTF-16 text without a byte order mark"),
        ("x.xlsx", b"PK\x03\x04garbage", 0, "not a readable Excel workbook"),
        ("x.ods", b"x", 0, "a .ods file is not read"),
    ];
    for (name, text, line, message) in cases {
        let e = read::read(name, text).expect_err(name);
        assert_eq!(e.line, *line, "{name}: {e}");
        assert!(e.message.contains(message), "{name}: {e}");
    }
}

#[test]
fn limits_are_refused_before_memory_runs_out() {
    let opts = ReadOptions { max_bytes: 10, ..ReadOptions::default() };
    let e = read::read_with("x.csv", b"season,team\n2024-2025,K92\n", &opts).unwrap_err();
    assert!(e.message.contains("more than the 0 MB limit"), "{e}");
    let opts = ReadOptions { max_rows: 2, ..ReadOptions::default() };
    let e = read::read_with("x.csv", b"team\nK92\nK92\nK92\n", &opts).unwrap_err();
    assert_eq!((e.line, e.message.starts_with("more than 2 rows")), (4, true), "{e}");
    let e =
        read::read_with("x.json", b"[{\"team\":\"K92\"},{\"team\":\"K92\"},{\"team\":\"K92\"}]", &opts).unwrap_err();
    assert!(e.message.starts_with("more than 2 rows"), "{e}");
    // A header of a million cells is refused, quickly.
    let wide = format!("team{}\nK92\n", ",x".repeat(1_000_000));
    let e = read::read("x.csv", wide.as_bytes()).unwrap_err();
    assert!(e.message.starts_with("more than 1000 columns"), "{e}");
    let keys: Vec<String> = (0..1001).map(|i| format!("\"k{i}\": 1")).collect();
    let json = format!("[{{\"team\": \"K92\", {}}}]", keys.join(", "));
    let e = read::read("x.json", json.as_bytes()).unwrap_err();
    assert!(e.message.starts_with("more than 1000 columns"), "{e}");
    // Problems beyond the limit are counted, not listed.
    let opts = ReadOptions { max_problems: 1, ..ReadOptions::default() };
    let l = read::read_with("x.csv", "team\nĐội A\nĐội B\nĐội C\n".as_bytes(), &opts).unwrap();
    assert_eq!((l.report.problems.len(), l.report.problems_omitted, l.report.warnings), (1, 2, 3));
}

#[test]
fn check_json_has_exactly_the_documented_shape() {
    let l = load("bad/rows.csv");
    let v: serde_json::Value = serde_json::from_str(&l.report.to_check_json()).unwrap();
    let keys: Vec<&str> = v.as_object().unwrap().keys().map(String::as_str).collect();
    let mut want = ["rows", "accepted", "remains", "identified", "by_season", "by_province", "by_team", "problems"];
    let mut got = keys.clone();
    got.sort_unstable();
    want.sort_unstable();
    assert_eq!(got, want);
    assert_eq!(v["rows"], 27);
    assert_eq!(v["by_province"]["unknown"], 7);
    assert_eq!(v["by_season"]["2024-2025"], 19);
    let p = &v["problems"][2];
    let mut pk: Vec<&str> = p.as_object().unwrap().keys().map(String::as_str).collect();
    pk.sort_unstable();
    assert_eq!(pk, ["column", "line", "message", "severity", "value"]);
    assert_eq!(p["severity"], "error");
    assert_eq!(p["line"], 2);
    // Keys in the documented order, provinces in number order.
    let text = l.report.to_check_json();
    assert!(text.starts_with("{\"rows\":27,\"accepted\":22,\"remains\":"), "{text}");
    assert!(text.contains("\"by_province\":{\"KH-7\":16,\"KH-12\":1,\"unknown\":7}"), "{text}");
}

#[test]
fn published_figures_read_one_kind_at_a_time() {
    let text = "figure,season,team,remains\nseason_total,2024-2025,,781\nteam_season,2024-2025,K92,12\nteam_season,2024-2025,K52,23\n";
    let l = read::read("p.csv", text.as_bytes()).unwrap();
    reconciles(&l);
    no_problems(&l);
    assert_eq!((l.report.rows, l.report.skipped, l.report.remains), (1, 2, 781));
    assert_eq!(
        l.report.figures.iter().map(|f| (f.kind.as_str(), f.rows, f.read)).collect::<Vec<_>>(),
        [("season_total", 1, true), ("team_season", 2, false)]
    );
    let opts = ReadOptions { figure: Some("team_season".into()), ..ReadOptions::default() };
    let l = read::read_with("p.csv", text.as_bytes(), &opts).unwrap();
    assert_eq!((l.report.rows, l.report.skipped, l.report.remains), (2, 1, 35));
}
