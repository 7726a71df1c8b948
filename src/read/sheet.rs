//! Rows of a spreadsheet, as the xlsx reader gives them (natively through calamine, in the
//! browser through the separate xlsx module), validated like any other format.

use serde::{Deserialize, Serialize};

use crate::date::DateEvidence;

use super::validate::{Cell, Validator, MAX_COLUMNS};
use super::{says_sample, FileError, Format, Loaded, ReadOptions};

/// One cell of a sheet. In JSON (and from the xlsx module): a number, a boolean, a string,
/// `{"date": serial}` for a cell formatted as a date, or `{"formula": text}` for a formula with
/// no saved value; `null` is an empty cell.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum SheetCell {
    /// A number.
    Number(f64),
    /// A boolean.
    Bool(bool),
    /// Text.
    Text(String),
    /// A cell formatted as a date: its Excel serial number (1900 date system).
    Date {
        /// The serial number.
        date: f64,
    },
    /// A formula whose value the workbook does not hold: an error in a column that is read.
    Formula {
        /// The formula (maybe empty, when the xlsx reader does not give it).
        formula: String,
    },
}

/// One row of a sheet with its row number (1-based, as Excel shows it).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SheetRow {
    /// The sheet row (1-based).
    pub row: u32,
    /// The cells, from the first column of the sheet's used range; `None` is empty.
    pub cells: Vec<Option<SheetCell>>,
}

fn cell(c: &Option<SheetCell>) -> Cell<'_> {
    match c {
        None => Cell::Empty,
        Some(SheetCell::Number(n)) => Cell::Number(*n),
        Some(SheetCell::Bool(b)) => Cell::Bool(*b),
        Some(SheetCell::Text(s)) => Cell::Text(s),
        Some(SheetCell::Date { date }) => Cell::Serial(*date),
        Some(SheetCell::Formula { formula }) => Cell::Unsaved(formula),
    }
}

/// Validates the rows of a sheet: rows before the header that are empty or whose first cell
/// starts with `#` are comments; the header is then found among the first rows (titles and
/// blank rows above it skipped, a second header row joined to it: see `table`).
pub fn read_rows(file: &str, rows: &[SheetRow], opts: &ReadOptions) -> Result<Loaded, FileError> {
    let mut comments = Vec::new();
    let mut it = rows.iter();
    let _first = loop {
        let Some(row) = it.next() else {
            return Err(FileError {
                file: file.to_owned(),
                line: 0,
                column: String::new(),
                message: "the sheet has no header and no data: it is empty".to_owned(),
            });
        };
        let first = row.cells.iter().map(cell).find(|c| !c.text().is_empty());
        match first {
            None => continue,
            Some(c) if c.text().starts_with('#') => {
                let text: Vec<String> =
                    row.cells.iter().map(|c| cell(c).text().into_owned()).filter(|t| !t.is_empty()).collect();
                comments.push(text.join(" ").trim_start_matches('#').trim().to_owned());
            }
            Some(_) => break row,
        }
    };
    // The header is searched for among the first rows with a value (titles, merged title
    // cells, a second header row), from the first row after the comments.
    let rest = it.as_slice();
    let start = rows.len() - rest.len() - 1;
    let mut texts: Vec<Vec<String>> = Vec::new();
    let mut lines: Vec<u32> = Vec::new();
    let (mut valued, mut after_sure) = (0usize, None::<usize>);
    for row in rows[start..].iter().take(super::table::SEARCH_RECORDS) {
        let cells: Vec<String> = row.cells.iter().take(MAX_COLUMNS + 1).map(|c| cell(c).text().into_owned()).collect();
        let blank = super::table::blank(&cells);
        let sure = !blank && after_sure.is_none() && super::table::is_sure_header(&cells, opts);
        texts.push(cells);
        lines.push(row.row);
        if let Some(n) = after_sure.as_mut() {
            *n += 1;
        }
        if sure {
            after_sure = Some(0);
        }
        valued += usize::from(!blank);
        // A header row chosen below the first sure header is read up to.
        let chosen_read = opts.header_line.map_or(true, |l| row.row >= l);
        if valued >= super::table::SEARCH_ROWS
            || (chosen_read && after_sure.is_some_and(|n| n >= super::table::AFTER_HEADER))
        {
            break;
        }
    }
    let found = super::table::find(&texts, &lines, opts);
    let (at, names) = match &found {
        Some(f) => (f.header, f.names.clone()),
        None => (0, texts[0].clone()),
    };
    let header = &rows[start + at];
    let mut v = Validator::new(file, opts, header.row);
    v.find_total_rows();
    v.loaded.report.sample = comments.iter().any(|c| says_sample(c));
    v.loaded.report.comments = comments;
    if header.cells.len() > MAX_COLUMNS || names.len() > MAX_COLUMNS {
        return Err(v.too_many_columns(header.row));
    }
    for name in &names {
        v.add_column(name, header.row);
    }
    if let Some(f) = &found {
        v.loaded.report.layout = f.layout(&texts, &lines);
        // A title above the table that says the data is made up labels it as a comment would.
        v.loaded.report.sample |= v.loaded.report.layout.skipped.iter().any(|k| super::says_sample(&k.text));
    }
    v.check_header()?;
    let it = rows[start + found.as_ref().map_or(0, super::table::Found::last) + 1..].iter();
    if let Some(c) = v.date_column() {
        v.decide_date_order(|| {
            let mut evidence = DateEvidence::default();
            for row in it.clone() {
                if let Some(Some(SheetCell::Text(t))) = row.cells.get(c) {
                    evidence.add(t);
                }
            }
            evidence
        });
    }
    let mut cells: Vec<Cell> = Vec::new();
    for row in it {
        cells.clear();
        cells.extend(row.cells.iter().map(cell));
        v.row(row.row, cells.as_slice())?;
    }
    let mut loaded = v.finish();
    loaded.report.format = Some(Format::Xlsx);
    Ok(loaded)
}
