//! The reader module's API: a file (CSV, TSV, JSON) or a sheet's rows read and validated into
//! a packed dataset, which the chart module loads as it is (`Data.fromBytes`). A page loads
//! this module only for data that is not packed already.

use std::fmt;

use js_sys::Array;
use serde::de::{self, DeserializeSeed, Deserializer, MapAccess, SeqAccess, Visitor};
use wasm_bindgen::prelude::*;

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
    let opts = read_options(options)?;
    let loaded = read::read_with(name, bytes, &opts).map_err(|e| file_error(&e, &opts))?;
    Ok(crate::pack::pack(&loaded.dataset, &loaded.report.to_json()))
}

/// The error for a file that cannot be read, in the language of `opts` (its message already
/// in it): `file:line: column …: message`, as the command line says it.
pub(crate) fn file_error(e: &read::FileError, opts: &read::ReadOptions) -> JsError {
    js_error(read::messages::error_line(e, opts.lang))
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
    let opts = read_options(options)?;
    read::read_rows(name, &rows, &opts).map_err(|e| file_error(&e, &opts))
}

/// The rows the xlsx module gives (`xlsx_to_rows`): `[{row, cells}]`, a cell being `null`, a
/// number, a string, a boolean, `{date: serial}` or `{formula: text}` (no saved value); read by
/// serde-wasm-bindgen straight into
/// [`SheetRow`]s (a sheet can be large), with messages that say which row or cell is wrong.
fn sheet_rows(rows: &JsValue) -> Result<Vec<SheetRow>, String> {
    if !Array::is_array(rows) {
        return Err("expected an array of {row, cells}".to_owned());
    }
    Rows.deserialize(serde_wasm_bindgen::Deserializer::from(rows.clone())).map_err(super::message)
}

/// Sheet rows: an array of [`Row`]s.
struct Rows;

impl<'de> DeserializeSeed<'de> for Rows {
    type Value = Vec<SheetRow>;

    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Vec<SheetRow>, D::Error> {
        d.deserialize_seq(self)
    }
}

impl<'de> Visitor<'de> for Rows {
    type Value = Vec<SheetRow>;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("an array of {row, cells}")
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Vec<SheetRow>, A::Error> {
        let mut out = Vec::with_capacity(seq.size_hint().unwrap_or(0));
        while let Some(row) = seq.next_element_seed(Row { item: out.len() + 1 })? {
            out.push(row);
        }
        Ok(out)
    }
}

/// One `{row, cells}`, the `item`th of the array (1-based).
struct Row {
    item: usize,
}

impl<'de> DeserializeSeed<'de> for Row {
    type Value = SheetRow;

    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<SheetRow, D::Error> {
        d.deserialize_struct("SheetRow", &["row", "cells"], self)
    }
}

impl<'de> Visitor<'de> for Row {
    type Value = SheetRow;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "{{row, cells}} (item {})", self.item)
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<SheetRow, A::Error> {
        let mut row = None;
        // The fields come as named, `row` first.
        while let Some(is_row) = map.next_key_seed(IsRow)? {
            if is_row {
                row = map
                    .next_value::<f64>()
                    .ok()
                    .filter(|n| n.fract() == 0.0 && (0.0..=f64::from(u32::MAX)).contains(n));
                continue;
            }
            let Some(row) = row else { break };
            let row = row as u32;
            let cells = map.next_value_seed(Cells { row })?;
            return Ok(SheetRow { row, cells });
        }
        Err(de::Error::custom(match row {
            None => format!("item {}: expected {{row, cells}} with a whole row number", self.item),
            Some(row) => format!("row {row}: expected {{row, cells}} with an array of cells"),
        }))
    }
}

/// A field name of a row: whether it is `row` (else `cells`).
struct IsRow;

impl<'de> DeserializeSeed<'de> for IsRow {
    type Value = bool;

    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<bool, D::Error> {
        d.deserialize_identifier(self)
    }
}

impl<'de> Visitor<'de> for IsRow {
    type Value = bool;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("row or cells")
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<bool, E> {
        Ok(v == "row")
    }
}

/// The cells of sheet row `row`.
struct Cells {
    row: u32,
}

impl<'de> DeserializeSeed<'de> for Cells {
    type Value = Vec<Option<SheetCell>>;

    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        // Not `deserialize_seq`, which takes any iterable (a string) and fails on other values.
        d.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for Cells {
    type Value = Vec<Option<SheetCell>>;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "an array of cells (row {})", self.row)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
        let mut out = Vec::with_capacity(seq.size_hint().unwrap_or(0));
        while let Some(cell) = seq.next_element_seed(Cell { row: self.row, cell: out.len() + 1 })? {
            out.push(cell);
        }
        Ok(out)
    }
}

/// Cell `cell` (1-based) of sheet row `row`.
struct Cell {
    row: u32,
    cell: usize,
}

impl<'de> DeserializeSeed<'de> for Cell {
    type Value = Option<SheetCell>;

    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        d.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for Cell {
    type Value = Option<SheetCell>;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(
            f,
            "null, a number, text, a boolean, {{date: serial}} or {{formula: text}} (row {}, cell {})",
            self.row, self.cell
        )
    }

    fn visit_unit<E: de::Error>(self) -> Result<Self::Value, E> {
        Ok(None)
    }

    fn visit_bool<E: de::Error>(self, v: bool) -> Result<Self::Value, E> {
        Ok(Some(SheetCell::Bool(v)))
    }

    fn visit_i64<E: de::Error>(self, v: i64) -> Result<Self::Value, E> {
        Ok(Some(SheetCell::Number(v as f64)))
    }

    fn visit_u64<E: de::Error>(self, v: u64) -> Result<Self::Value, E> {
        Ok(Some(SheetCell::Number(v as f64)))
    }

    fn visit_f64<E: de::Error>(self, v: f64) -> Result<Self::Value, E> {
        Ok(Some(SheetCell::Number(v)))
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<Self::Value, E> {
        Ok(Some(SheetCell::Text(v.to_owned())))
    }

    fn visit_string<E: de::Error>(self, v: String) -> Result<Self::Value, E> {
        Ok(Some(SheetCell::Text(v)))
    }

    /// `{date: serial}`, or `{formula: text}` (a formula with no saved value).
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        let (mut date, mut formula) = (None, None);
        while let Some(key) = map.next_key::<String>()? {
            match key.as_str() {
                "date" => date = Some(map.next_value::<f64>()?),
                "formula" => formula = Some(map.next_value::<String>()?),
                _ => return Err(de::Error::invalid_value(de::Unexpected::Map, &self)),
            }
        }
        match (date, formula) {
            (Some(date), None) => Ok(Some(SheetCell::Date { date })),
            (None, Some(formula)) => Ok(Some(SheetCell::Formula { formula })),
            _ => Err(de::Error::invalid_value(de::Unexpected::Map, &self)),
        }
    }
}

/// Read options from JavaScript (snake_case names, as in `ReadOptions`); unknown ones are errors.
pub(crate) fn read_options(value: JsValue) -> Result<read::ReadOptions, JsError> {
    patched(&read::ReadOptions::default(), &value, "read options")
}
