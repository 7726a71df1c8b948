//! repatria's Excel reader for the browser: a second Wasm module, so that the main module
//! stays small and calamine (about 240 KB gzipped) is fetched only when someone opens an
//! `.xlsx` file. It only turns a sheet into rows of cells; the main module validates them
//! with `repatria::read::read_rows`, exactly as it validates CSV and JSON.
//!
//! ```js
//! import init, { xlsx_to_rows, xlsx_sheets } from "./pkg/xlsx/repatria_xlsx.js";
//! await init();
//! const rows = xlsx_to_rows(new Uint8Array(await file.arrayBuffer()), undefined);
//! // [{row: 1, cells: ["Mùa khô", "Đội", "Số hài cốt"]}, {row: 2, cells: ["2024-2025", "K92", 12]}, …]
//! ```

use std::io::Cursor;

use calamine::{open_workbook_from_rs, DataRef, Reader, Xlsx, XlsxFormulaMetadata};
use serde::ser::{Serialize, SerializeStruct, Serializer};
use wasm_bindgen::prelude::*;

mod archive;
pub use archive::{
    MAX_PARTS, MAX_PART_BYTES, MAX_SHARED_STRINGS_BYTES, MAX_UNPACKED_BYTES, MAX_UNPACK_RATIO, UNPACK_RATIO_FROM_BYTES,
};

/// The module's allocator: talc, smaller than Rust's default for wasm32 (dlmalloc), and faster.
#[cfg(target_arch = "wasm32")]
#[global_allocator]
static ALLOCATOR: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();

/// Days between the 1904 and the 1900 date systems.
const EPOCH_1904: f64 = 1462.0;

/// One cell of a sheet.
#[derive(Clone, Debug, PartialEq)]
pub enum Cell {
    /// Empty.
    Empty,
    /// A number.
    Number(f64),
    /// Text (also error values such as `#N/A`, and ISO dates stored as text).
    Text(String),
    /// A boolean.
    Bool(bool),
    /// A cell formatted as a date: its Excel serial number in the 1900 date system.
    Date(f64),
    /// A formula whose value the workbook does not hold (it was written by a program that does
    /// not calculate): the formula, cut to [`FORMULA_CHARS`] characters (empty for a cell that
    /// shares another cell's formula).
    Formula(String),
}

/// Characters of a formula kept, to say which one has no value.
pub const FORMULA_CHARS: usize = 64;

/// As JavaScript takes a cell: `null`, a number, a string, a boolean, `{date: serial}`, or
/// `{formula: text}` for a formula with no value.
impl Serialize for Cell {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self {
            Cell::Empty => s.serialize_unit(),
            Cell::Number(n) => s.serialize_f64(*n),
            Cell::Text(t) => s.serialize_str(t),
            Cell::Bool(b) => s.serialize_bool(*b),
            Cell::Date(serial) => {
                let mut date = s.serialize_struct("Date", 1)?;
                date.serialize_field("date", serial)?;
                date.end()
            }
            Cell::Formula(formula) => {
                let mut cell = s.serialize_struct("Formula", 1)?;
                cell.serialize_field("formula", formula)?;
                cell.end()
            }
        }
    }
}

/// One row of a sheet: `{row, cells}`.
#[derive(Clone, Debug, PartialEq, serde::Serialize)]
pub struct Row {
    /// The sheet row number (1-based, as Excel shows it).
    pub row: u32,
    /// The cells, from the first column of the sheet's used range.
    pub cells: Vec<Cell>,
}

/// A workbook that cannot be read, or a sheet that is not there.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Error(pub String);

/// Opens a workbook whose parts unpack within the limits of [`archive`].
fn workbook(bytes: &[u8]) -> Result<Xlsx<Cursor<&[u8]>>, Error> {
    archive::check_unpacked_sizes(bytes)?;
    open_workbook_from_rs(Cursor::new(bytes)).map_err(|e| {
        Error(format!(
            "not a readable Excel workbook ({e}): open it in Excel and save it again as .xlsx, or as CSV UTF-8"
        ))
    })
}

/// The names of the workbook's sheets, in order.
pub fn sheets(bytes: &[u8]) -> Result<Vec<String>, Error> {
    Ok(workbook(bytes)?.sheet_names())
}

/// Excel's largest sheet: 1,048,576 rows of 16,384 columns (A1:XFD1048576).
const EXCEL_ROWS: u32 = 1_048_576;
const EXCEL_COLUMNS: u32 = 16_384;
/// Columns read: a table of this project's fields is far narrower, and a stray cell far to the
/// right must not make every row that wide.
pub const MAX_COLUMNS: u32 = 1_024;
/// Cells with a value read in all (about 1.3 GB as rows): past it the workbook is refused.
pub const MAX_CELLS: usize = 40_000_000;
/// Rows with a value read, when the caller gives no limit (as the main reader's default).
pub const DEFAULT_MAX_ROWS: usize = 5_000_000;

/// The rows of sheet `sheet` (the first when `None`; names compared ignoring case), each with
/// its 1-based sheet row number; cells from the first column of the sheet's used range.
pub fn rows(bytes: &[u8], sheet: Option<&str>) -> Result<Vec<Row>, Error> {
    rows_within(bytes, sheet, DEFAULT_MAX_ROWS)
}

/// Column letters of a 0-based column (0 → A, 16383 → XFD).
fn column_name(mut column: u32) -> String {
    let mut name = Vec::new();
    loop {
        name.push(b'A' + (column % 26) as u8);
        if column < 26 {
            break;
        }
        column = column / 26 - 1;
    }
    name.reverse();
    String::from_utf8(name).unwrap_or_default()
}

/// [`rows`], refusing a sheet of more than `max_rows` rows with a value (a title and notes
/// above and below the table get 1,000 rows more). The sheet is read as a stream of cells: a
/// workbook's declared dimension never sizes anything, only rows with a value are kept, and
/// the limits (rows, [`MAX_COLUMNS`], [`MAX_CELLS`]) are checked as cells arrive.
pub fn rows_within(bytes: &[u8], sheet: Option<&str>, max_rows: usize) -> Result<Vec<Row>, Error> {
    let want = sheet.map(str::trim).filter(|s| !s.is_empty()).map(str::to_lowercase);
    rows_of_sheet(bytes, |name| want.as_ref().is_none_or(|w| name.trim().to_lowercase() == *w), sheet, max_rows)
}

/// [`rows_within`] of the first sheet whose name `matches` (`wanted`: the name asked for, for
/// the message when none does; `None` asks for the first sheet).
pub fn rows_of_sheet(
    bytes: &[u8],
    matches: impl Fn(&str) -> bool,
    wanted: Option<&str>,
    max_rows: usize,
) -> Result<Vec<Row>, Error> {
    let mut wb = workbook(bytes)?;
    let names = wb.sheet_names();
    let name = names.iter().find(|n| matches(n)).cloned().ok_or_else(|| match wanted {
        Some(want) if !names.is_empty() => {
            Error(format!("the workbook has no sheet named \"{want}\"; its sheets are: {}", names.join(", ")))
        }
        _ => Error("the workbook has no sheet".into()),
    })?;
    let offset = if wb.has_1904_epoch() { EPOCH_1904 } else { 0.0 };
    let unreadable = |e: &dyn std::fmt::Display| Error(format!("sheet \"{name}\" cannot be read: {e}"));
    let mut cells = wb.worksheet_cells_reader(&name).map_err(|e| unreadable(&e))?;
    // (row, column, cell) of every cell with a value, in the order the sheet gives them.
    let mut found: Vec<(u32, u32, Cell)> = Vec::new();
    let mut rows_seen = 0usize;
    let mut last_row = None;
    while let Some(cell) = cells.next_cell_with_formula_metadata().map_err(|e| unreadable(&e))? {
        let (row, column) = cell.pos;
        if row >= EXCEL_ROWS || column >= EXCEL_COLUMNS {
            return Err(Error(format!(
                "sheet \"{name}\" has a cell outside any Excel sheet (row {}, column {}): the \
                 workbook is damaged; open it in Excel and save it again, or save the sheet as CSV UTF-8",
                u64::from(row) + 1,
                u64::from(column) + 1
            )));
        }
        let value = match &cell.value {
            DataRef::Empty => match cell.formula {
                None => continue,
                Some(XlsxFormulaMetadata::Normal { formula } | XlsxFormulaMetadata::Shared { formula, .. }) => {
                    Cell::Formula(formula.chars().take(FORMULA_CHARS).collect())
                }
                Some(_) => Cell::Formula(String::new()),
            },
            DataRef::Int(n) => Cell::Number(*n as f64),
            DataRef::Float(n) => Cell::Number(*n),
            DataRef::String(s) | DataRef::DateTimeIso(s) | DataRef::DurationIso(s) => Cell::Text(s.clone()),
            DataRef::SharedString(s) => Cell::Text((*s).to_owned()),
            DataRef::Bool(b) => Cell::Bool(*b),
            DataRef::DateTime(d) if d.is_datetime() => Cell::Date(d.as_f64() + offset),
            DataRef::DateTime(d) => Cell::Number(d.as_f64()),
            DataRef::Error(e) => Cell::Text(e.to_string()),
        };
        if column >= MAX_COLUMNS {
            return Err(Error(format!(
                "sheet \"{name}\" has a value in column {} (row {}), past the {MAX_COLUMNS} columns read: \
                 delete the cells to the right of the table, or save the sheet as CSV UTF-8",
                column_name(column),
                u64::from(row) + 1
            )));
        }
        if last_row != Some(row) {
            last_row = Some(row);
            rows_seen += 1;
            if rows_seen > max_rows.saturating_add(1000) {
                return Err(Error(format!(
                    "sheet \"{name}\" has more than {max_rows} rows: it is refused before memory runs \
                     out (split the file, or raise the row limit)"
                )));
            }
        }
        if found.len() >= MAX_CELLS {
            return Err(Error(format!(
                "sheet \"{name}\" has more than {MAX_CELLS} cells with a value: split the file"
            )));
        }
        found.push((row, column, value));
    }
    // Sheets list cells row by row; a sorted copy costs nothing then, and orders any other.
    found.sort_by_key(|&(row, column, _)| (row, column));
    let first_column = found.iter().map(|&(_, c, _)| c).min().unwrap_or(0);
    let mut out: Vec<Row> = Vec::new();
    for (row, column, value) in found {
        // Blank rows inside the table stay rows (at most Excel's million, without cells).
        let number = row + 1;
        let next = out.last().map_or(number, |r| r.row + 1);
        for blank in next..number {
            out.push(Row { row: blank, cells: Vec::new() });
        }
        if out.last().map(|r| r.row) != Some(number) {
            out.push(Row { row: number, cells: Vec::new() });
        }
        let cells = &mut out.last_mut().expect("a row was pushed").cells;
        let at = (column - first_column) as usize;
        if cells.len() <= at {
            cells.resize(at + 1, Cell::Empty);
        }
        cells[at] = value;
    }
    Ok(out)
}

/// The rows of a sheet as JavaScript: `[{row, cells}]`, a cell being `null`, a number, a
/// string, a boolean, or `{date: serial}` for a cell formatted as a date. This is the shape
/// `repatria::read::SheetRow` deserialises. `sheet`: a sheet name, or `undefined` for the
/// first.
#[wasm_bindgen]
pub fn xlsx_to_rows(bytes: &[u8], sheet: Option<String>, max_rows: Option<usize>) -> Result<JsValue, JsError> {
    let rows =
        rows_within(bytes, sheet.as_deref(), max_rows.unwrap_or(DEFAULT_MAX_ROWS)).map_err(|e| JsError::new(&e.0))?;
    rows.serialize(&serde_wasm_bindgen::Serializer::json_compatible())
        .map_err(|e| JsError::new(&format!("cannot hand the rows over: {e}")))
}

/// The names of the workbook's sheets.
#[wasm_bindgen]
pub fn xlsx_sheets(bytes: &[u8]) -> Result<Vec<String>, JsError> {
    sheets(bytes).map_err(|e| JsError::new(&e.0))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn finds() -> Vec<u8> {
        std::fs::read(concat!(env!("CARGO_MANIFEST_DIR"), "/../tests/data/finds.xlsx")).expect("tests/data/finds.xlsx")
    }

    #[test]
    fn reads_rows_with_their_sheet_row_numbers() {
        let bytes = finds();
        assert_eq!(sheets(&bytes).unwrap(), ["Finds", "Tổng hợp"]);
        let rows = rows(&bytes, None).unwrap();
        assert_eq!(rows[0].row, 1);
        assert_eq!(rows[2].row, 3);
        assert_eq!(rows[2].cells[0], Cell::Text("Ngày".into()));
        assert_eq!(rows[3].cells[0], Cell::Date(45615.0));
        assert_eq!(rows[3].cells[3], Cell::Number(3.0));
        let summary = super::rows(&bytes, Some("TỔNG HỢP")).unwrap();
        assert_eq!(summary[1].cells, [Cell::Text("2023-2024".into()), Cell::Text("K92".into()), Cell::Number(27.0)]);
        assert!(super::rows(&bytes, Some("Nope")).unwrap_err().0.contains("its sheets are: Finds, Tổng hợp"));
        assert!(super::rows(b"not a zip", None).is_err());
    }
}
