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

use calamine::{open_workbook_from_rs, Data, Reader, Xlsx};
use serde::ser::{Serialize, SerializeStruct, Serializer};
use wasm_bindgen::prelude::*;

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
}

/// As JavaScript takes a cell: `null`, a number, a string, a boolean, or `{date: serial}`.
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

fn workbook(bytes: &[u8]) -> Result<Xlsx<Cursor<&[u8]>>, Error> {
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

/// The rows of sheet `sheet` (the first when `None`; names compared ignoring case), each with
/// its 1-based sheet row number; cells from the first column of the sheet's used range.
pub fn rows(bytes: &[u8], sheet: Option<&str>) -> Result<Vec<Row>, Error> {
    let mut wb = workbook(bytes)?;
    let names = wb.sheet_names();
    let name = match sheet.map(str::trim).filter(|s| !s.is_empty()) {
        None => names.first().cloned().ok_or_else(|| Error("the workbook has no sheet".into()))?,
        Some(want) => {
            names.iter().find(|n| n.trim().to_lowercase() == want.to_lowercase()).cloned().ok_or_else(|| {
                Error(format!("the workbook has no sheet named \"{want}\"; its sheets are: {}", names.join(", ")))
            })?
        }
    };
    let offset = if wb.has_1904_epoch() { EPOCH_1904 } else { 0.0 };
    let range = wb.worksheet_range(&name).map_err(|e| Error(format!("sheet \"{name}\" cannot be read: {e}")))?;
    let (top, _) = range.start().unwrap_or((0, 0));
    let mut out = Vec::with_capacity(range.height());
    for (i, row) in range.rows().enumerate() {
        let cells = row
            .iter()
            .map(|c| match c {
                Data::Empty => Cell::Empty,
                Data::Int(n) => Cell::Number(*n as f64),
                Data::Float(n) => Cell::Number(*n),
                Data::String(s) | Data::DateTimeIso(s) | Data::DurationIso(s) => Cell::Text(s.clone()),
                Data::Bool(b) => Cell::Bool(*b),
                Data::DateTime(d) if d.is_datetime() => Cell::Date(d.as_f64() + offset),
                Data::DateTime(d) => Cell::Number(d.as_f64()),
                Data::Error(e) => Cell::Text(e.to_string()),
            })
            .collect();
        let row = top.saturating_add(u32::try_from(i).unwrap_or(u32::MAX)).saturating_add(1);
        out.push(Row { row, cells });
    }
    Ok(out)
}

/// The rows of a sheet as JavaScript: `[{row, cells}]`, a cell being `null`, a number, a
/// string, a boolean, or `{date: serial}` for a cell formatted as a date. This is the shape
/// `repatria::read::SheetRow` deserialises. `sheet`: a sheet name, or `undefined` for the
/// first.
#[wasm_bindgen]
pub fn xlsx_to_rows(bytes: &[u8], sheet: Option<String>) -> Result<JsValue, JsError> {
    let rows = rows(bytes, sheet.as_deref()).map_err(|e| JsError::new(&e.0))?;
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
