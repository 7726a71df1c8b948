//! Hostile workbooks (made by tests/data/make_binary.py): zip bombs, a declared or real
//! outermost cell, a value past the columns read and an overlong cell reference are read or
//! refused with a message naming the file, never an abort, and no dimension sizes an
//! allocation.

fn read(name: &str) -> Result<repatria::read::Loaded, repatria::read::FileError> {
    let path = format!("{}/tests/data/bad/{name}", env!("CARGO_MANIFEST_DIR"));
    repatria::read::read(name, &std::fs::read(&path).expect(&path))
}

/// A sheet that declares A1:XFD1048576 and holds a table of two rows reads as the table.
#[test]
fn a_declared_dimension_of_the_whole_sheet_sizes_nothing() {
    let loaded = read("dimension-a1-xfd1048576.xlsx").expect("read");
    assert_eq!((loaded.report.rows, loaded.report.accepted), (1, 1));
    assert_eq!(loaded.dataset.total_remains(), 3);
}

/// A value in Excel's last cell (once 512 GiB of grid) is refused, naming the column.
#[test]
fn a_value_in_the_outermost_cell_is_refused_saying_where() {
    let e = read("cell-at-xfd1048576.xlsx").unwrap_err();
    assert_eq!(e.file, "cell-at-xfd1048576.xlsx");
    assert!(e.message.contains("column XFD (row 1048576)"), "{}", e.message);
    let e = read("cell-past-column-1024.xlsx").unwrap_err();
    assert!(e.message.contains("column AMK (row 1), past the 1024 columns read"), "{}", e.message);
}

/// A cell reference longer than any sheet's is the workbook's error, not an abort.
#[test]
fn an_overlong_cell_reference_is_an_error() {
    let e = read("long-reference.xlsx").unwrap_err();
    assert_eq!(e.file, "long-reference.xlsx");
    assert!(e.message.contains("save it again") || e.message.contains("outside any Excel sheet"), "{}", e.message);
}

/// The workbook the reader's tests use still reads as it did, blank rows and all.
#[test]
fn an_ordinary_workbook_reads_as_before() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/finds.xlsx");
    let loaded = repatria::read::read("finds.xlsx", &std::fs::read(path).unwrap()).unwrap();
    assert_eq!((loaded.report.rows, loaded.report.accepted, loaded.report.remains), (5, 5, 1217));
    let rows = repatria_xlsx::rows(&std::fs::read(path).unwrap(), None).unwrap();
    assert_eq!(rows.iter().map(|r| r.row).collect::<Vec<_>>(), (1..=8).collect::<Vec<_>>());
    assert!(rows[1].cells.is_empty(), "the blank row 2 stays a row");
}

/// Formulas whose value the workbook does not hold (as programs that write formulas without
/// calculating them leave them) are errors naming the cell: a count's rejects its row, as an
/// unreadable count does, and another read field is left empty; a formula with its value, or
/// in a column that is not read, is no problem. The browser's path (the rows as JSON, then
/// read_rows) reads the same.
#[test]
fn formulas_without_values_are_errors_naming_the_cell() {
    let name = "formulas-without-values.xlsx";
    let loaded = read(name).expect("read");
    let report = &loaded.report;
    assert_eq!((report.rows, report.accepted, report.rejected), (8, 5, 3));
    assert_eq!(report.remains, 3 + 2 + 2 + 1 + 5);
    let unsaved: Vec<_> = report
        .problems
        .iter()
        .filter(|p| p.message.starts_with("formula with no saved value"))
        .map(|p| (p.line, p.column.as_str(), p.value.as_str(), p.severity))
        .collect();
    let error = repatria::read::Severity::Error;
    assert_eq!(
        unsaved,
        [
            (3, "remains", "=D2*2", error),
            (4, "province", "=\"Kan\"&\"dal\"", error),
            (7, "remains", "=D2", error),
            (10, "remains", "=SUM(D2:D8)", error)
        ]
    );
    let count = report.problems.iter().find(|p| p.line == 3).expect("row 3's problem");
    assert_eq!(
        count.message,
        "formula with no saved value: open and save the workbook in a spreadsheet program; the row is not counted"
    );
    assert!(
        !report.problems.iter().any(|p| [2, 5, 6, 8].contains(&p.line) && p.column != "checked"),
        "{:?}",
        report.problems
    );
    assert_eq!(report.problems.iter().filter(|p| p.line == 7 || p.line == 10).count(), 2, "one reason a row");
    assert!(!report.problems.iter().any(|p| p.line == 9), "row 9 is empty where it is read");
    // The xlsx module's rows as the browser hands them over, read by read_rows.
    let bytes = std::fs::read(format!("{}/tests/data/bad/{name}", env!("CARGO_MANIFEST_DIR"))).unwrap();
    let rows = repatria_xlsx::rows(&bytes, None).unwrap();
    assert_eq!(rows[2].cells[3], repatria_xlsx::Cell::Formula("D2*2".into()));
    let json = serde_json::to_string(&rows).unwrap();
    assert!(json.contains(r#"{"formula":"D2*2"}"#), "{json}");
    let rows: Vec<repatria::read::SheetRow> = serde_json::from_str(&json).unwrap();
    let browser = repatria::read::read_rows(name, &rows, &repatria::read::ReadOptions::default()).unwrap();
    assert_eq!(browser.report, loaded.report);
}

/// A shared-strings table that declares 720 MB (held in memory whole when a workbook opens) is
/// refused from its declared size, naming the part and the limit.
#[test]
fn a_shared_strings_bomb_is_refused_before_it_is_unpacked() {
    let e = read("shared-strings-720mb.xlsx").unwrap_err();
    assert_eq!(e.file, "shared-strings-720mb.xlsx");
    assert!(
        e.message.contains("(xl/sharedStrings.xml) unpacks to 720 MB, more than the 256 MB read")
            && e.message.contains("5000000 rows"),
        "{}",
        e.message
    );
    let bytes =
        std::fs::read(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/bad/shared-strings-720mb.xlsx")).unwrap();
    assert_eq!(repatria_xlsx::sheets(&bytes).unwrap_err(), repatria_xlsx::rows(&bytes, None).unwrap_err());
}

/// A sheet that declares 1.7 GB is refused from its declared size, naming the part.
#[test]
fn a_sheet_past_the_part_limit_is_refused() {
    let e = read("sheet-1700mb.xlsx").unwrap_err();
    assert!(
        e.message.contains("part xl/worksheets/sheet1.xml unpacks to 1.7 GB, more than the 1 GB read for one part"),
        "{}",
        e.message
    );
}

/// Two sheets of 40 MB each, within the part limit, from a file of a few kilobytes: refused
/// for how many times its size the workbook unpacks to.
#[test]
fn a_workbook_that_unpacks_to_far_more_than_office_files_do_is_refused() {
    let e = read("sheets-80mb-in-kilobytes.xlsx").unwrap_err();
    assert!(
        e.message.contains("the workbook unpacks to 80 MB from 3 KB") && e.message.contains("zip bomb"),
        "{}",
        e.message
    );
    assert!(e.message.contains("(xl/worksheets/sheet1.xml: 40 MB)"), "{}", e.message);
}

/// A part that unpacks to more than it declares (1 MB, declaring 1,000 bytes) is stopped at
/// the declared size by the zip reader: the workbook's error, never more read.
#[test]
fn a_part_larger_than_it_declares_is_an_error() {
    let e = read("sheet-larger-than-declared.xlsx").unwrap_err();
    assert!(e.message.contains("sheet \"Finds\" cannot be read") && e.message.contains("declared"), "{}", e.message);
    let e = read("shared-strings-larger-than-declared.xlsx").unwrap_err();
    assert!(e.message.contains("not a readable Excel workbook") && e.message.contains("declared"), "{}", e.message);
}
