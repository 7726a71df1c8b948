//! Excel workbooks, natively, through calamine (not linked into the Wasm module: the browser
//! reads workbooks with the separate `repatria-xlsx` module, then [`super::read_rows`]).

use std::io::Cursor;

use calamine::{open_workbook_from_rs, Data, Reader, Xlsx};

use super::sheet::{read_rows, SheetCell, SheetRow};
use super::{FileError, Loaded, ReadOptions};

/// Days between the 1904 and the 1900 date systems.
const EPOCH_1904: f64 = 1462.0;

/// Reads the first sheet of the workbook, or `opts.sheet`.
pub(crate) fn read(file: &str, bytes: &[u8], opts: &ReadOptions) -> Result<Loaded, FileError> {
    let ferr = |message: String| FileError { file: file.to_owned(), line: 0, column: String::new(), message };
    let mut wb: Xlsx<_> = open_workbook_from_rs(Cursor::new(bytes)).map_err(|e| {
        ferr(format!(
            "not a readable Excel workbook ({e}): open it in Excel and save it again as .xlsx, or as CSV UTF-8"
        ))
    })?;
    let names = wb.sheet_names();
    let name = match &opts.sheet {
        None => names.first().cloned().ok_or_else(|| ferr("the workbook has no sheet".to_owned()))?,
        Some(want) => {
            names.iter().find(|n| crate::fold::fold(n) == crate::fold::fold(want)).cloned().ok_or_else(|| {
                ferr(format!("the workbook has no sheet named \"{want}\"; its sheets are: {}", names.join(", ")))
            })?
        }
    };
    let offset = if wb.has_1904_epoch() { EPOCH_1904 } else { 0.0 };
    let range = wb.worksheet_range(&name).map_err(|e| ferr(format!("sheet \"{name}\" cannot be read: {e}")))?;
    let (top, _) = range.start().unwrap_or((0, 0));
    let mut rows = Vec::new();
    for (i, row) in range.rows().enumerate() {
        if rows.len() > opts.max_rows.saturating_add(1000) {
            return Err(ferr(format!(
                "more than {} rows: the file is refused before memory runs out (raise the row \
                 limit, or split the file)",
                opts.max_rows
            )));
        }
        let cells = row
            .iter()
            .map(|c| match c {
                Data::Empty => None,
                Data::Int(n) => Some(SheetCell::Number(*n as f64)),
                Data::Float(n) => Some(SheetCell::Number(*n)),
                Data::String(s) => Some(SheetCell::Text(s.clone())),
                Data::Bool(b) => Some(SheetCell::Bool(*b)),
                Data::DateTime(d) if d.is_datetime() => Some(SheetCell::Date { date: d.as_f64() + offset }),
                Data::DateTime(d) => Some(SheetCell::Number(d.as_f64())),
                Data::DateTimeIso(s) | Data::DurationIso(s) => Some(SheetCell::Text(s.clone())),
                Data::Error(e) => Some(SheetCell::Text(e.to_string())),
            })
            .collect();
        let row = top.saturating_add(u32::try_from(i).unwrap_or(u32::MAX)).saturating_add(1);
        rows.push(SheetRow { row, cells });
    }
    read_rows(file, &rows, opts)
}
