//! The reader module's API: a file (CSV, TSV, JSON) or a sheet's rows read and validated into
//! a packed dataset, which the chart module loads as it is (`Data.fromBytes`). A page loads
//! this module only for data that is not packed already.

use js_sys::{Array, Reflect};
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use super::{js_error, patched};
use crate::read::{self, SheetCell, SheetRow};

/// Reads a file's bytes (`name` is the file name used in messages, and picks the format) with
/// `options` (optional, as in `Data.fromBytes`), and returns the records packed with the report
/// of reading them (`repatria pack`'s format). Throws when the file cannot be read at all.
#[wasm_bindgen(js_name = readPacked)]
pub fn read_packed(name: &str, bytes: &[u8], options: JsValue) -> Result<Vec<u8>, JsError> {
    if crate::pack::is_packed(bytes) {
        return Ok(bytes.to_vec());
    }
    let loaded = read::read_with(name, bytes, &read_options(options)?).map_err(js_error)?;
    Ok(crate::pack::pack(&loaded.dataset, &loaded.report.to_json()))
}

/// Reads the rows of a spreadsheet as the xlsx module gives them (`xlsx_to_rows`), packed as
/// by `readPacked`.
#[wasm_bindgen(js_name = readRowsPacked)]
pub fn read_rows_packed(name: &str, rows: JsValue, options: JsValue) -> Result<Vec<u8>, JsError> {
    let loaded = read_rows(name, &rows, options)?;
    Ok(crate::pack::pack(&loaded.dataset, &loaded.report.to_json()))
}

/// Reads sheet rows from JavaScript (see [`read_rows_packed`]).
pub(crate) fn read_rows(name: &str, rows: &JsValue, options: JsValue) -> Result<read::Loaded, JsError> {
    let rows = sheet_rows(rows).map_err(|e| js_error(format!("{name}: not sheet rows: {e}")))?;
    read::read_rows(name, &rows, &read_options(options)?).map_err(js_error)
}

/// The rows the xlsx module gives (`xlsx_to_rows`): `[{row, cells}]`, a cell being `null`, a
/// number, a string, a boolean or `{date: serial}` (read directly: a sheet can be large).
fn sheet_rows(rows: &JsValue) -> Result<Vec<SheetRow>, String> {
    if !Array::is_array(rows) {
        return Err("expected an array of {row, cells}".to_owned());
    }
    let (row_key, cells_key, date_key) =
        (JsValue::from_str("row"), JsValue::from_str("cells"), JsValue::from_str("date"));
    let get = |o: &JsValue, key: &JsValue| if o.is_object() { Reflect::get(o, key).ok() } else { None };
    let rows: &Array = rows.unchecked_ref();
    let mut out = Vec::with_capacity(rows.length() as usize);
    for (i, r) in rows.iter().enumerate() {
        let row = get(&r, &row_key)
            .and_then(|n| n.as_f64())
            .filter(|n| n.fract() == 0.0 && (0.0..=f64::from(u32::MAX)).contains(n))
            .ok_or_else(|| format!("item {}: expected {{row, cells}} with a whole row number", i + 1))?
            as u32;
        let cells = get(&r, &cells_key)
            .filter(Array::is_array)
            .ok_or_else(|| format!("row {row}: expected {{row, cells}} with an array of cells"))?;
        let cells: &Array = cells.unchecked_ref();
        let mut row_cells = Vec::with_capacity(cells.length() as usize);
        for (j, c) in cells.iter().enumerate() {
            row_cells.push(if c.is_null() || c.is_undefined() {
                None
            } else if let Some(n) = c.as_f64() {
                Some(SheetCell::Number(n))
            } else if let Some(b) = c.as_bool() {
                Some(SheetCell::Bool(b))
            } else if let Some(s) = c.as_string() {
                Some(SheetCell::Text(s))
            } else if let Some(date) = get(&c, &date_key).and_then(|d| d.as_f64()) {
                Some(SheetCell::Date { date })
            } else {
                return Err(format!(
                    "row {row}, cell {}: expected null, a number, text, a boolean or {{date: serial}}",
                    j + 1
                ));
            });
        }
        out.push(SheetRow { row, cells: row_cells });
    }
    Ok(out)
}

/// Read options from JavaScript (snake_case names, as in `ReadOptions`); unknown ones are errors.
pub(crate) fn read_options(value: JsValue) -> Result<read::ReadOptions, JsError> {
    patched(&read::ReadOptions::default(), &value, "read options")
}
