//! Corrections asked for by the reader's user: a value of a column read as another in every
//! row that has it (a suggestion accepted), each listed with the rows it changed; columns
//! ignored by name.

use repatria::read::{self, Correction, ReadOptions, Severity};

const CLERK: &str = "Tỉnh,Đội,Mùa khô,Số hài cốt,Ghi chú cũ\n\
    Kông Pông Chàmm,K91,2023-2024,5,a\n\
    Kampot,K92,2023-2024,2,b\n\
    Kông Pông Chàmm,K91,2024-2025,4,c\n\
    Takeo,K37,2024-2025,1,d\n\
    Kông Pông Chàmm ,K91,2024-2025,3,e\n";

fn correct(column: &str, from: &str, to: &str) -> Correction {
    Correction { column: column.into(), from: from.into(), to: to.into() }
}

#[test]
fn an_accepted_suggestion_corrects_every_row_with_that_value() {
    let before = read::read("clerk.csv", CLERK.as_bytes()).expect("reads");
    let unknown = |l: &read::Loaded| l.report.by_province.iter().find(|(k, _)| k == "unknown").map_or(0, |e| e.1);
    assert_eq!(unknown(&before), 12, "{:?}", before.report.by_province);
    let opts = ReadOptions {
        corrections: vec![
            correct("Tỉnh", "Kông Pông Chàmm", "Kampong Cham"),
            correct("tinh", "Battambangg", "Battambang"),
            correct("Đội", "K37", "K73"),
        ],
        ..ReadOptions::default()
    };
    let after = read::read_with("clerk.csv", CLERK.as_bytes(), &opts).expect("reads");
    let r = &after.report;
    assert_eq!(unknown(&after), 0, "{:?}", r.by_province);
    assert!(r.by_province.contains(&("KH-3".to_owned(), 12)), "{:?}", r.by_province);
    assert!(r.by_team.contains(&("K73".to_owned(), 1)), "{:?}", r.by_team);
    assert!(!r.problems.iter().any(|p| p.column == "Tỉnh" && p.severity == Severity::Error), "{:?}", r.problems);
    // Each correction with the rows it changed (the header's name matched without its marks).
    let rows: Vec<(&str, usize)> = r.corrections.iter().map(|c| (c.from.as_str(), c.rows)).collect();
    assert_eq!(rows, vec![("Kông Pông Chàmm", 3), ("Battambangg", 0), ("K37", 1)]);
    assert_eq!(r.corrections[0].to, "Kampong Cham");
    // Nothing else changed: the same rows, remains and records.
    assert_eq!((r.rows, r.accepted, r.remains), (before.report.rows, before.report.accepted, before.report.remains));
}

#[test]
fn an_ignored_column_is_neither_read_nor_warned_about() {
    let before = read::read("clerk.csv", CLERK.as_bytes()).expect("reads");
    assert!(before.report.problems.iter().any(|p| p.column == "Ghi chú cũ"), "{:?}", before.report.problems);
    let opts = ReadOptions { ignore: vec!["ghi chu cu".into()], ..ReadOptions::default() };
    let after = read::read_with("clerk.csv", CLERK.as_bytes(), &opts).expect("reads");
    assert!(!after.report.problems.iter().any(|p| p.column == "Ghi chú cũ"), "{:?}", after.report.problems);
    let col = after.report.columns.iter().find(|c| c.name == "Ghi chú cũ").expect("listed");
    assert_eq!(col.field, None);
}

#[test]
fn corrections_count_the_same_when_a_large_file_is_read_in_parts() {
    // 2.6 MB: read on every core natively (see `read::reading_threads`), in parts joined after.
    let make = |name: &str| {
        let mut text = String::from("province,team,season,remains\n");
        for i in 0..90_000 {
            let province = if i % 3 == 0 { name } else { "Kampot" };
            text.push_str(&format!("{province},K91,2023-2024,1\n"));
        }
        text
    };
    let (wrong, right) = (make("Kong Pong Chamm"), make("Kampong Cham"));
    let opts = ReadOptions {
        corrections: vec![correct("province", "Kong Pong Chamm", "Kampong Cham")],
        ..ReadOptions::default()
    };
    let corrected = read::read_with("big.csv", wrong.as_bytes(), &opts).expect("reads");
    let expected = read::read("big.csv", right.as_bytes()).expect("reads");
    assert_eq!(corrected.report.corrections[0].rows, 30_000);
    assert_eq!(corrected.report.by_province, expected.report.by_province);
    assert_eq!(corrected.dataset.len(), expected.dataset.len());
}
