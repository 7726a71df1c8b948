//! Excel workbooks, natively, through the `repatria-xlsx` crate, the same reader the browser's
//! xlsx module is (not linked into the Wasm module: the browser reads workbooks with that
//! module, then [`super::read_rows`]).

use repatria_xlsx::Cell;

use super::sheet::{read_rows, SheetCell, SheetRow};
use super::{FileError, Loaded, ReadOptions};

/// Reads the first sheet of the workbook, or `opts.sheet`.
pub(crate) fn read(file: &str, bytes: &[u8], opts: &ReadOptions) -> Result<Loaded, FileError> {
    let ferr = |message: String| FileError { file: file.to_owned(), line: 0, column: String::new(), message };
    // calamine's arithmetic on cell references overflows on some damaged workbooks: a panic in
    // builds with overflow checks, which is the workbook's error, not the program's end.
    // A sheet named as the reader writes it, ignoring case and marks ("tong hop": "Tổng hợp").
    let want = opts.sheet.as_deref().map(crate::fold::fold);
    let matches = |name: &str| want.as_ref().map_or(true, |w| crate::fold::fold(name) == *w);
    let read =
        std::panic::catch_unwind(|| repatria_xlsx::rows_of_sheet(bytes, matches, opts.sheet.as_deref(), opts.max_rows));
    let rows = match read {
        Ok(rows) => rows.map_err(|e| ferr(e.0))?,
        Err(_) => {
            return Err(ferr(
                "not a readable Excel workbook (a cell reference is damaged): open it in Excel and save it \
                 again as .xlsx, or as CSV UTF-8"
                    .to_owned(),
            ))
        }
    };
    let rows: Vec<SheetRow> = rows
        .into_iter()
        .map(|row| SheetRow {
            row: row.row,
            cells: row
                .cells
                .into_iter()
                .map(|cell| match cell {
                    Cell::Empty => None,
                    Cell::Number(n) => Some(SheetCell::Number(n)),
                    Cell::Text(t) => Some(SheetCell::Text(t)),
                    Cell::Bool(b) => Some(SheetCell::Bool(b)),
                    Cell::Date(date) => Some(SheetCell::Date { date }),
                    Cell::Formula(formula) => Some(SheetCell::Formula { formula }),
                })
                .collect(),
        })
        .collect();
    read_rows(file, &rows, opts)
}
