//! Arbitrary rows of cells (as the xlsx module hands them to the reader) through `read_rows`:
//! never a panic, and every reading reconciles (fuzz/src/lib.rs). Texts are drawn from the
//! words the reader knows as well as from the input, so that rows get past the header.
#![no_main]

use arbitrary::Arbitrary;
use libfuzzer_sys::fuzz_target;
use repatria::read::{read_rows, ReadOptions, SheetCell, SheetRow};

/// Words that make a header and rows the reader accepts.
const WORDS: &[&str] = &[
    "season", "date", "team", "province", "remains", "identified", "lat", "lon", "phase", "figure",
    "military_region", "village", "note", "Mùa khô", "Ngày", "Đội", "ក្រុម", "Tỉnh", "ខេត្ត", "Số hài cốt",
    "2024-2025", "2024–25", "giai đoạn XXIV", "K92", "Đội K-73", "Kratie", "Siem Reap", "Atlantis", "06/11/2024",
    "2025-01-02", "31/02/2025", "12.5", "106.0", "1", "0", "-3", "x", "# SAMPLE", "season_total", "team_season",
    "đợt 1", "",
];

#[derive(Arbitrary, Debug)]
enum Cell {
    Empty,
    Number(f64),
    Small(i16),
    Bool(bool),
    Word(u8),
    Text(String),
    Date(f64),
    Serial(u16),
    /// A formula with no saved value.
    Formula(String),
}

#[derive(Arbitrary, Debug)]
struct Row {
    /// Rows after the one before (0: the same row number again).
    step: u8,
    cells: Vec<Cell>,
}

#[derive(Arbitrary, Debug)]
struct Input {
    first: u16,
    rows: Vec<Row>,
    max_problems: u8,
    season_start_month: u8,
}

fn cell(c: Cell) -> Option<SheetCell> {
    Some(match c {
        Cell::Empty => return None,
        Cell::Number(n) => SheetCell::Number(n),
        Cell::Small(n) => SheetCell::Number(f64::from(n)),
        Cell::Bool(b) => SheetCell::Bool(b),
        Cell::Word(i) => SheetCell::Text(WORDS[usize::from(i) % WORDS.len()].to_owned()),
        Cell::Text(s) => SheetCell::Text(s),
        Cell::Date(d) => SheetCell::Date { date: d },
        Cell::Serial(d) => SheetCell::Date { date: f64::from(d) + 20_000.0 },
        Cell::Formula(formula) => SheetCell::Formula { formula },
    })
}

fuzz_target!(|input: Input| {
    let mut row = u32::from(input.first).max(1);
    let mut rows = Vec::new();
    for (i, r) in input.rows.into_iter().enumerate() {
        if i > 0 {
            row = row.saturating_add(u32::from(r.step));
        }
        rows.push(SheetRow { row, cells: r.cells.into_iter().map(cell).collect() });
    }
    let opts = ReadOptions {
        max_problems: usize::from(input.max_problems) * 4,
        season_start_month: input.season_start_month % 13,
        ..ReadOptions::default()
    };
    match read_rows("finds.xlsx", &rows, &opts) {
        Ok(l) => repatria_fuzz::check_loaded(&l, u64::from(row)),
        Err(e) => repatria_fuzz::check_error(&e, "finds.xlsx", u64::from(row)),
    }
});
