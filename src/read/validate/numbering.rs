//! The table's row numbers (an STT, TT, No. or ល.រ column): each row's number should follow
//! the one before; a gap or a repeat is a warning. Numbering may start again after a total row
//! (offices number each team's rows from 1). Numbers that are not whole (`I`, `1.1`, `a`) are
//! group labels, not checked.

use crate::read::header::Field;
use crate::read::Severity;

use super::cells::{Cell, Cells};
use super::Validator;

/// What the validator keeps of the row numbers.
#[derive(Default)]
pub(super) struct Numbering {
    /// The last row's number (`None` at the start, and after a total row).
    last: Option<u64>,
    /// The first number read, when no total row came before it (for joining parts).
    first: Option<u64>,
    /// Whether a number has been read.
    seen: bool,
}

impl<'o> Validator<'o> {
    /// Checks the row number of the row at `line`, if the table has a row number column.
    pub(super) fn read_row_number<C: Cells + ?Sized>(&mut self, line: u32, cells: &C) {
        let Some(c) = self.col(Field::RowNumber) else { return };
        let cell = cells.cell(c);
        let n = match cell {
            Cell::Number(n) if n >= 0.0 && n.fract() == 0.0 && n < 1e15 => n as u64,
            Cell::Text(s) => match s.trim().parse::<u64>() {
                Ok(n) => n,
                Err(_) => return,
            },
            _ => return,
        };
        if !self.numbering.seen {
            self.numbering.first = Some(n);
            self.numbering.seen = true;
        }
        if let Some(last) = self.numbering.last {
            let message = if n <= last {
                Some(format!("row number {n} after {last}: numbered twice, or out of order?"))
            } else if n > last.saturating_add(1) {
                let missing = n - last - 1;
                Some(format!(
                    "row number {n} after {last}: {missing} row{} missing?",
                    if missing == 1 { "" } else { "s" }
                ))
            } else {
                None
            };
            if let Some(message) = message {
                let text = cell.text().into_owned();
                let expected = format!("row number {}", last.saturating_add(1));
                self.cell_problem(line, c, &text, Severity::Warning, message, &expected);
            }
        }
        self.numbering.last = Some(n);
    }

    /// After a total row: the next row may be numbered from anything (from 1 again).
    pub(super) fn numbering_restarts(&mut self) {
        self.numbering.last = None;
        self.numbering.seen = true;
    }

    /// Whether a later part's row numbers follow this validator's as in one reading (see
    /// [`Validator::absorb`]); if so, the last number becomes the part's.
    #[cfg(not(target_arch = "wasm32"))]
    pub(super) fn join_numbering(&mut self, part: &Validator<'_>) -> bool {
        let theirs = &part.numbering;
        if let (Some(last), Some(first)) = (self.numbering.last, theirs.first) {
            if Some(first) != last.checked_add(1) {
                return false;
            }
        }
        if theirs.seen {
            self.numbering.last = theirs.last;
        }
        true
    }
}
