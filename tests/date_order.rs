//! The order of a file's dates (day first, as Vietnam writes them, or month first, as a
//! spreadsheet set to US English saves them), decided from the dates that prove it, said in
//! the report, and settable.

mod support;

use repatria::date::{Date, DateOrder};
use repatria::read::{self, Loaded, ReadOptions, Severity};
use repatria::season::Season;

fn load_with(text: &str, opts: &ReadOptions) -> Loaded {
    let l = read::read_with("dates.csv", text.as_bytes(), opts).unwrap_or_else(|e| panic!("{e}"));
    support::reconciles(&l).unwrap_or_else(|e| panic!("{e}"));
    l
}

fn load(text: &str) -> Loaded {
    load_with(text, &ReadOptions::default())
}

fn dates(l: &Loaded) -> Vec<String> {
    l.dataset.records().map(|r| r.date.map(|d| d.to_string()).unwrap_or_default()).collect()
}

#[test]
fn a_month_first_file_is_read_month_first() {
    let l = load("date,team,remains\n12/15/2024,K52,1\n06/11/2025,K52,2\n01/02/2025,K71,1\n");
    assert_eq!(l.report.date_order, DateOrder::MonthFirst);
    assert_eq!(l.report.problems, []);
    // 06/11/2025 is 11 June 2025, in season 2024-2025, not 6 November (2025-2026).
    assert_eq!(dates(&l), ["2024-12-15", "2025-06-11", "2025-01-02"]);
    assert!(l.dataset.records().all(|r| r.season == Some(Season::new(2024))));
    assert_eq!(l.report.by_season, [("2024-2025".to_owned(), 4)]);
    assert!(l.report.to_json().contains("\"date_order\":\"month-first\""));
}

#[test]
fn a_day_first_file_is_read_day_first_and_the_report_json_is_unchanged() {
    let l = load("date,team,remains\n15/12/2024,K52,1\n06/11/2025,K52,2\n");
    assert_eq!(l.report.date_order, DateOrder::DayFirst);
    assert_eq!(l.report.problems, []);
    assert_eq!(dates(&l), ["2024-12-15", "2025-11-06"]);
    assert!(!l.report.to_json().contains("date_order"));
}

#[test]
fn only_ambiguous_dates_get_one_warning_naming_the_rule() {
    let l = load("# made up\ndate,team,remains\n06/11/2025,K52,1\n01/02/2025,K52,2\n2025-03-04,K71,1\n");
    assert_eq!(l.report.date_order, DateOrder::DayFirst);
    assert_eq!(dates(&l), ["2025-11-06", "2025-02-01", "2025-03-04"]);
    let p: Vec<(u32, &str, &str, Severity)> =
        l.report.problems.iter().map(|p| (p.line, p.column.as_str(), p.value.as_str(), p.severity)).collect();
    assert_eq!(p, [(2, "date", "", Severity::Warning)], "about the file, at its header: no cell holds it");
    assert_eq!(
        l.report.problems[0].message,
        "no date in the file shows whether the day or the month comes first (a first number above 12 would \
         show day first, a second above 12 month first): dates such as 06/11/2025 are read day first, as \
         Vietnam writes them; set the date order to month first if the file was saved that way"
    );
    // ISO dates and dates with a day above 12 say nothing ambiguous: no warning.
    assert_eq!(load("date,team,remains\n2025-11-06,K52,1\n").report.problems, []);
}

#[test]
fn the_rows_that_contradict_the_majority_are_warned() {
    let l = load("date,team,remains\n12/15/2024,K52,1\n12/20/2024,K52,1\n20/12/2024,K71,1\n06/11/2025,K71,1\n");
    assert_eq!(l.report.date_order, DateOrder::MonthFirst);
    assert_eq!(dates(&l), ["2024-12-15", "2024-12-20", "2024-12-20", "2025-06-11"]);
    let p: Vec<(u32, &str, &str)> =
        l.report.problems.iter().map(|p| (p.line, p.value.as_str(), p.message.as_str())).collect();
    assert_eq!(
        p,
        [(
            4,
            "20/12/2024",
            "20/12/2024 can only be day first (there is no month above 12), but most of the file's dates \
             that show their order are month first: it is read day first, as 2024-12-20"
        )]
    );
    // As many of each: day first, and the month-first one is warned.
    let l = load("date,team,remains\n12/15/2024,K52,1\n15/12/2024,K52,1\n");
    assert_eq!(l.report.date_order, DateOrder::DayFirst);
    assert_eq!(l.report.problems.len(), 1);
    assert_eq!(l.report.problems[0].line, 2);
}

#[test]
fn the_order_can_be_set() {
    let opts = ReadOptions { date_order: Some(DateOrder::MonthFirst), ..ReadOptions::default() };
    let l = load_with("date,team,remains\n06/11/2025,K52,1\n", &opts);
    assert_eq!(l.report.problems, []);
    assert_eq!(dates(&l), ["2025-06-11"]);
    assert_eq!(l.report.date_order, DateOrder::MonthFirst);
    // Set day first, a file that proves month first is read day first: its proving dates warned.
    let opts = ReadOptions { date_order: Some(DateOrder::DayFirst), ..ReadOptions::default() };
    let l = load_with("date,team,remains\n12/15/2024,K52,1\n06/11/2025,K52,1\n", &opts);
    assert_eq!(dates(&l), ["2024-12-15", "2025-11-06"]);
    assert_eq!(l.report.problems.len(), 1);
    // And from JSON options, as the browser gives them.
    let opts: ReadOptions = serde_json::from_str(r#"{"date_order": "month-first"}"#).unwrap();
    assert_eq!(opts.date_order, Some(DateOrder::MonthFirst));
    assert_eq!(Date::parse_in("06/11/2025", DateOrder::MonthFirst), Date::parse("2025-06-11"));
}

#[test]
fn json_and_sheet_rows_are_read_in_the_order_their_dates_prove() {
    let json =
        r#"[{"date": "12/15/2024", "team": "K52", "remains": 1}, {"date": "06/11/2025", "team": "K52", "remains": 1}]"#;
    let l = read::read("d.json", json.as_bytes()).unwrap();
    assert_eq!(l.report.date_order, DateOrder::MonthFirst);
    assert_eq!(dates(&l), ["2024-12-15", "2025-06-11"]);
    use read::{SheetCell, SheetRow};
    let row = |n: u32, cells: &[&str]| SheetRow {
        row: n,
        cells: cells.iter().map(|c| Some(SheetCell::Text((*c).to_owned()))).collect(),
    };
    let rows = [
        row(1, &["date", "team", "remains"]),
        row(2, &["12/15/2024", "K52", "1"]),
        row(3, &["06/11/2025", "K52", "1"]),
    ];
    let l = read::read_rows("s.xlsx", &rows, &ReadOptions::default()).unwrap();
    assert_eq!(l.report.date_order, DateOrder::MonthFirst);
    assert_eq!(dates(&l), ["2024-12-15", "2025-06-11"]);
}
