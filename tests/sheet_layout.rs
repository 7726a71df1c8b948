//! Reports as offices keep them (tests/data/office/, written by scripts/office_sheets with
//! rust_xlsxwriter; the CSVs as Excel and LibreOffice save them: a BOM, CRLF): the header is
//! found under title rows, a two-row header is joined, total and subtotal rows are listed and
//! never counted, and a total that differs from its rows is a warning saying by how much.

mod support;

use proptest::prelude::*;
use repatria::read::{self, Field, Loaded, ReadOptions, Severity, TotalKind};

fn read(name: &str) -> Loaded {
    let path = format!("{}/tests/data/office/{name}", env!("CARGO_MANIFEST_DIR"));
    let loaded = read::read(name, &std::fs::read(&path).expect(&path)).unwrap_or_else(|e| panic!("{e}"));
    support::reconciles(&loaded).unwrap_or_else(|e| panic!("{name}: {e}"));
    loaded
}

/// (line, label, kind, remains, records covered, their sum) of a total row.
type Total<'a> = (u32, &'a str, TotalKind, Option<u64>, usize, u64);

/// Each total row of `l`.
fn totals(l: &Loaded) -> Vec<Total<'_>> {
    l.report.totals.iter().map(|t| (t.line, t.label.as_str(), t.kind, t.remains, t.rows, t.sum)).collect()
}

/// The committee's report, as a workbook and as its CSV: 17 sets in five records, not the 51
/// of records, subtotals and total added together.
#[test]
fn a_report_with_titles_two_header_rows_and_totals_reads_its_records() {
    for name in ["bao_cao_k52_k92.xlsx", "bao_cao_k52_k92.csv"] {
        let l = read(name);
        let r = &l.report;
        assert_eq!(r.layout.header, 4, "{name}");
        assert_eq!(r.layout.second_header, Some(5), "{name}");
        assert_eq!(r.layout.column_numbers, Some(6), "{name}");
        let skipped: Vec<u32> = r.layout.skipped.iter().map(|s| s.line).collect();
        assert_eq!(skipped, [1, 2], "{name}");
        assert!(r.layout.skipped[0].text.starts_with("BÁO CÁO KẾT QUẢ TÌM KIẾM, QUY TẬP HÀI CỐT LIỆT SĨ"), "{name}");
        let fields: Vec<Option<Field>> = r.columns.iter().map(|c| c.field).collect();
        assert_eq!(
            fields,
            [
                Some(Field::RowNumber),
                Some(Field::Date),
                Some(Field::Team),
                Some(Field::Province),
                Some(Field::Remains),
                Some(Field::Identified),
                Some(Field::Note)
            ],
            "{name}: {:?}",
            r.columns
        );
        assert_eq!((r.accepted, r.remains, r.identified), (5, 17, 6), "{name}");
        assert_eq!(l.dataset.total_remains(), 17, "{name}");
        assert_eq!((r.rows, r.rejected, r.total_rows), (8, 0, 3), "{name}");
        assert_eq!(
            totals(&l),
            [
                (10, "Cộng đội K52", TotalKind::Subtotal, Some(9), 3, 9),
                (13, "Cộng đội K92", TotalKind::Subtotal, Some(8), 2, 8),
                (14, "Tổng cộng", TotalKind::Total, Some(17), 5, 17),
            ],
            "{name}"
        );
        assert_eq!(r.totals[2].identified, Some(6), "{name}");
        // Numbered from 1 again for each team: no warning; every total adds up: none either.
        assert_eq!((r.errors, r.warnings), (0, 0), "{name}: {:?}", r.problems);
        let by_team: Vec<(&str, u64)> = r.by_team.iter().map(|(t, n)| (t.as_str(), *n)).collect();
        assert_eq!(by_team, [("K52", 9), ("K92", 8)], "{name}");
    }
}

/// Totals typed by hand: a wrong subtotal is a warning saying by how much; a row of numbers
/// with no label that adds up to the rows above is a subtotal; a gap in the numbering is a
/// warning.
#[test]
fn typed_totals_are_reconciled() {
    let l = read("typed_totals.xlsx");
    let r = &l.report;
    assert_eq!(r.layout.header, 3);
    assert_eq!(r.layout.skipped.len(), 1);
    assert_eq!((r.accepted, r.remains, r.identified, r.total_rows, r.rows), (5, 17, 4, 3, 8));
    assert_eq!(
        totals(&l),
        [
            (7, "Subtotal K71", TotalKind::Subtotal, Some(10), 3, 9),
            (10, "", TotalKind::Subtotal, Some(8), 2, 8),
            (11, "Total", TotalKind::Total, Some(17), 5, 17),
        ]
    );
    let problems: Vec<(u32, &str, &str, Severity)> =
        r.problems.iter().map(|p| (p.line, p.column.as_str(), p.value.as_str(), p.severity)).collect();
    assert_eq!(
        problems,
        [(6, "No.", "4", Severity::Warning), (7, "Remains", "10", Severity::Warning)],
        "{:?}",
        r.problems
    );
    assert!(r.problems[0].message.contains("1 row missing"), "{}", r.problems[0].message);
    let m = &r.problems[1].message;
    assert!(m.contains("says 10 sets of remains") && m.contains("3 records") && m.contains(" 9: 1 more"), "{m}");
}

/// A semicolon-separated file whose title line has as many commas as semicolons.
#[test]
fn the_delimiter_is_the_headers_not_the_titles() {
    let l = read("tong_hop_k71.csv");
    let r = &l.report;
    assert_eq!((r.layout.header, r.layout.skipped.len()), (3, 1));
    assert_eq!(r.columns.len(), 4);
    assert_eq!((r.accepted, r.remains, r.total_rows), (3, 12, 1));
    assert_eq!(totals(&l), [(7, "Tổng số", TotalKind::Total, Some(12), 3, 12)]);
    assert_eq!(r.warnings, 0, "{:?}", r.problems);
}

/// A total that differs from all the records is a warning at its line, among the others in
/// line order; a grand total at the top of the table covers the rows below it.
#[test]
fn a_grand_total_is_reconciled_with_every_record() {
    let text = "Báo cáo\n\nĐội,Tỉnh,Số hài cốt\nTổng cộng,,20\nK52,Stung Treng,x\nK52,Ratanakiri,3\nK92,Kampot,4\n";
    let l = read::read("t.csv", text.as_bytes()).unwrap();
    let r = &l.report;
    assert_eq!((r.accepted, r.rejected, r.total_rows, r.rows, r.remains), (2, 1, 1, 4, 7));
    assert_eq!(r.problems.len(), 2, "{:?}", r.problems);
    assert_eq!((r.problems[0].line, r.problems[0].severity), (4, Severity::Warning));
    assert!(r.problems[0].message.contains("the 2 records it covers (every record of the table) 7: 13 more"));
    assert_eq!((r.problems[1].line, r.problems[1].severity), (5, Severity::Error));
    // Headers as they were read before still are: the first row, no layout in the JSON.
    let plain = read::read("p.csv", b"team,province,remains\nK52,Kratie,3\n").unwrap();
    assert_eq!(plain.report.layout, read::Layout::default());
    assert!(!plain.report.to_json().contains("layout") && !plain.report.to_json().contains("total"));
}

/// A large file, read on several threads: its totals, row numbers and reconciliation are
/// those of one reading (a subtotal wrong by 3 and a gap in the numbering far into the file).
#[test]
fn a_large_report_reads_its_totals_in_parts_as_in_one() {
    let mut text = String::from("\u{feff}\"BÁO CÁO KẾT QUẢ TÌM KIẾM, QUY TẬP HÀI CỐT LIỆT SĨ\",,,,\r\n,,,,\r\n");
    text.push_str("STT,Ngày,Đội,Tỉnh,Số hài cốt\r\n");
    let (mut line, mut stt, mut all, mut groups) = (3u32, 0u64, 0u64, 0usize);
    let (mut wrong_at, mut gap_at) = (0u32, 0u32);
    while text.len() < 3_000_000 {
        let mut sum = 0;
        for k in 0..40u64 {
            stt += 1;
            line += 1;
            if groups == 900 && k == 7 {
                stt += 1;
                gap_at = line;
            }
            let n = (stt * 7 + k) % 5;
            sum += n;
            text.push_str(&format!("{stt},15/01/2025,K52,Stung Treng,{n}\r\n"));
        }
        all += sum;
        groups += 1;
        line += 1;
        let shown = if groups == 1200 {
            wrong_at = line;
            sum + 3
        } else {
            sum
        };
        text.push_str(&format!(",Cộng đội K52 ({groups}),,,{shown}\r\n"));
    }
    text.push_str(&format!("Tổng cộng,,,,{all}\r\n"));
    assert!(
        read::reading_threads(text.len()) > 1 || std::thread::available_parallelism().map_or(true, |n| n.get() < 2)
    );
    let l = read::read("large.csv", text.as_bytes()).unwrap();
    support::reconciles(&l).unwrap();
    let r = &l.report;
    assert_eq!((r.remains, r.total_rows, r.layout.header), (all, groups + 1, 3));
    assert_eq!(r.accepted, groups * 40);
    let warnings: Vec<u32> = r.problems.iter().map(|p| p.line).collect();
    assert_eq!(warnings, [gap_at, wrong_at], "{:?}", r.problems);
    assert!(r.problems[1].message.ends_with("3 more in the subtotal"), "{}", r.problems[1].message);
    assert_eq!(r.totals.last().map(|t| (t.kind, t.sum, t.rows)), Some((TotalKind::Total, all, groups * 40)));
}

/// A label alone is not a total when its number is not the sum above, nor is a province
/// written like "Cộng" without its dot below.
#[test]
fn rows_that_only_look_like_totals_are_records() {
    let text = "STT,Đội,Tỉnh,Số hài cốt\n1,K52,Kratie,3\n2,K52,Kratie,2\n,K52,,4\n3,K92,Công Pông Chàm,2\n";
    let l = read::read("t.csv", text.as_bytes()).unwrap();
    assert_eq!((l.report.accepted, l.report.total_rows, l.report.remains), (4, 0, 11), "{:?}", l.report.totals);
    // A note that begins with "Total" or "Tổng cộng" is a note.
    let text = "Ghi chú,Đội,Tỉnh,Số hài cốt\nTotal of two sites,K52,Kratie,3\nTổng cộng hai đợt,K52,Kratie,2\n";
    let l = read::read("t.csv", text.as_bytes()).unwrap();
    assert_eq!((l.report.accepted, l.report.total_rows, l.report.remains), (2, 0, 5), "{:?}", l.report.totals);
}

/// A sheet of records (each its team, province and count), its STT column numbered 1, 2, …,
/// with a subtotal after some and a total at the end, labelled or not, as text.
fn sheet_with_totals() -> impl Strategy<Value = (String, u64)> {
    let record = (0usize..3, 0usize..4, 0u32..40);
    // Groups of records, each ended (or not) by a subtotal row of this kind.
    let group = (prop::collection::vec(record, 1..6), 0usize..4);
    (prop::collection::vec(group, 1..6), 0usize..3, any::<bool>()).prop_map(|(groups, total, title)| {
        let teams = ["K52", "K92", "K71"];
        let provinces = ["Kratie", "Kampot", "Siem Reap", "Stung Treng"];
        let mut text = String::new();
        if title {
            text.push_str("\u{feff}\"BÁO CÁO KẾT QUẢ TÌM KIẾM, QUY TẬP HÀI CỐT LIỆT SĨ\",,,\r\n,,,\r\n");
        }
        text.push_str("STT,Đội,Tỉnh,Số hài cốt\r\n");
        let (mut all, mut stt, mut closed) = (0u64, 0, true);
        for (records, subtotal) in groups {
            // A row of a number alone is a subtotal when it adds up at least two records since
            // the previous subtotal.
            let subtotal = if subtotal == 3 && (records.len() < 2 || !closed) { 0 } else { subtotal };
            closed = subtotal != 0;
            let mut sum = 0u64;
            for (t, p, n) in records {
                stt += 1;
                sum += u64::from(n);
                text.push_str(&format!("{stt},{},{},{n}\r\n", teams[t], provinces[p]));
            }
            all += sum;
            match subtotal {
                0 => {}
                1 => text.push_str(&format!(",Cộng đội {},,{sum}\r\n", teams[0])),
                2 => text.push_str(&format!(",Subtotal,,{}\r\n", sum + 1)),
                _ => text.push_str(&format!(",,,{sum}\r\n")),
            }
        }
        match total {
            0 => text.push_str(&format!("Tổng cộng,,,{all}\r\n")),
            1 => text.push_str(&format!(",សរុប,,{}\r\n", all + 2)),
            _ => {}
        }
        (text, all)
    })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 200, ..ProptestConfig::default() })]

    /// Whatever subtotals and totals a sheet has, the sets counted are the records' sum.
    #[test]
    fn totals_are_never_counted((text, sum) in sheet_with_totals()) {
        let l = read::read_with("t.csv", text.as_bytes(), &ReadOptions::default()).unwrap();
        support::reconciles(&l).map_err(TestCaseError::fail)?;
        prop_assert_eq!(l.report.remains, sum, "{}", text);
        prop_assert_eq!(l.dataset.total_remains(), sum);
        prop_assert_eq!(l.report.rows, l.report.accepted + l.report.rejected + l.report.total_rows);
        prop_assert_eq!(l.report.errors, 0, "{:?}", l.report.problems);
    }
}

/// The header row chosen by the reader (`ReadOptions::header_line`, as the page's quality panel
/// sets it) is taken even below a row that looks like a header, and the rows above it are
/// listed as skipped.
#[test]
fn a_chosen_header_line_is_taken() {
    let text = "Đội,Tỉnh\nK52,Ratanakiri\nĐội,Tỉnh,Số hài cốt\nK52,Ratanakiri,3\nK92,Kampot,4\n";
    let found = read::read("t.csv", text.as_bytes()).unwrap();
    assert_eq!(found.report.columns.len(), 2);
    let opts = read::ReadOptions { header_line: Some(3), ..read::ReadOptions::default() };
    let chosen = read::read_with("t.csv", text.as_bytes(), &opts).unwrap();
    let r = &chosen.report;
    assert_eq!((r.layout.header, r.accepted, r.remains), (3, 2, 7), "{:?}", r.problems);
    assert_eq!(r.layout.skipped.iter().map(|s| s.line).collect::<Vec<_>>(), [1, 2]);
    assert_eq!(r.columns.len(), 3);
}

/// A title row above the table that says the numbers are made up ("số liệu mẫu, giả định")
/// marks the data as a sample, as a `# SAMPLE` comment does: it is labelled wherever drawn.
#[test]
fn a_title_saying_sample_labels_the_data() {
    for name in ["bao_cao_k52_k92.xlsx", "bao_cao_k52_k92.csv"] {
        assert!(read(name).report.sample, "{name}");
    }
    let plain =
        read::read("t.csv", "Báo cáo mùa khô 2024-2025\nĐội,Tỉnh,Số hài cốt\nK52,Ratanakiri,3\n".as_bytes()).unwrap();
    assert!(!plain.report.sample);
}
