//! The counts a row gives (sets of remains, identified by name), and which kind of figure a
//! row is when a `figure` column says.

use crate::read::header::Field;
use crate::read::{FigureKind, Severity};
use crate::record::Record;

use super::cells::Cells;
use super::fast::count;
use super::memo::MEMO_CAP;
use super::Validator;

impl<'o> Validator<'o> {
    /// Whether a row of figure kind `kind` is read (see `ReadOptions::figure`).
    pub(super) fn figure_selected(&mut self, kind: &str) -> bool {
        if kind.is_empty() {
            return true;
        }
        let figures = &mut self.loaded.report.figures;
        let i = match self.figure_index.get(kind) {
            Some(&i) => i,
            None => {
                let read = match &self.opts.figure {
                    Some(want) => crate::fold::fold(want) == crate::fold::fold(kind),
                    None => self.figure_read.is_none(),
                };
                figures.push(FigureKind { kind: kind.to_owned(), rows: 0, read });
                let i = figures.len() - 1;
                if read && self.figure_read.is_none() {
                    self.figure_read = Some(i);
                }
                if self.figure_index.len() < MEMO_CAP {
                    self.figure_index.insert(kind.into(), i);
                }
                i
            }
        };
        figures[i].rows += 1;
        figures[i].read
    }

    /// Remains and identified; false when the count is unreadable (the row is not counted).
    pub(super) fn read_counts<C: Cells + ?Sized>(&mut self, line: u32, cells: &C, r: &mut Record) -> bool {
        r.remains = 1;
        r.identified = None;
        let mut counted = true;
        if let Some(c) = self.col(Field::Remains) {
            let cell = cells.cell(c);
            if !cell.is_empty() {
                match count(&cell) {
                    Ok(v) => r.remains = v,
                    Err(e) => {
                        let text = cell.text();
                        self.cell_problem(
                            line,
                            c,
                            &text,
                            Severity::Error,
                            format!("{}; the row is not counted", e.message),
                            e.expected,
                        );
                        counted = false;
                    }
                }
            }
        }
        if let Some(c) = self.col(Field::Identified) {
            let cell = cells.cell(c);
            if !cell.is_empty() {
                match count(&cell) {
                    Ok(v) => {
                        r.identified = Some(v);
                        if counted && v > r.remains {
                            let text = cell.text();
                            self.cell_problem(
                                line,
                                c,
                                &text,
                                Severity::Warning,
                                format!("more sets identified ({v}) than sets of remains ({})", r.remains),
                                "",
                            );
                        }
                    }
                    Err(e) => {
                        let text = cell.text();
                        self.cell_problem(line, c, &text, Severity::Error, e.message, e.expected);
                    }
                }
            }
        }
        counted
    }
}
