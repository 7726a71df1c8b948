//! Corrections asked for by whoever reads the file (a suggestion accepted for every row with
//! that value): a cell of a column that reads a given value is read as another, and each
//! correction counts the rows it changed.

use super::cells::{trim, Cell, Cells};
use super::Validator;
use crate::read::Corrected;

/// The corrections of one column: (index in the report's list, value as written, replacement).
pub(super) type ColumnCorrections = Vec<(usize, Box<str>, Box<str>)>;

/// A row's cells, of any format, as one type (so that [`Patched`] is read by one copy of the
/// validator's code whatever the format).
pub(super) struct Row<'a, C: ?Sized>(pub(super) &'a C);

impl<C: Cells + ?Sized> Cells for Row<'_, C> {
    fn cell(&self, i: usize) -> Cell<'_> {
        self.0.cell(i)
    }
    fn width(&self) -> usize {
        self.0.width()
    }
    fn has_unsaved(&self) -> bool {
        self.0.has_unsaved()
    }
}

/// A row's cells with some replaced.
pub(super) struct Patched<'a> {
    pub(super) cells: &'a dyn Cells,
    /// (column, replacement) for this row.
    pub(super) replaced: &'a [(usize, Box<str>)],
}

impl Cells for Patched<'_> {
    fn cell(&self, i: usize) -> Cell<'_> {
        match self.replaced.iter().find(|(c, _)| *c == i) {
            Some((_, to)) => Cell::Text(to),
            None => self.cells.cell(i),
        }
    }
    fn width(&self) -> usize {
        self.cells.width()
    }
    fn has_unsaved(&self) -> bool {
        self.cells.has_unsaved()
    }
}

impl Validator<'_> {
    /// Lists the corrections in the report and finds their columns, once the header is read.
    pub(super) fn plan_corrections(&mut self) {
        let fold = |s: &str| crate::fold::fold(s.trim());
        self.corrections = vec![Vec::new(); self.columns.len()];
        self.loaded.report.corrections.clear();
        for c in &self.opts.corrections {
            let i = self.loaded.report.corrections.len();
            self.loaded.report.corrections.push(Corrected {
                column: c.column.clone(),
                from: c.from.clone(),
                to: c.to.clone(),
                rows: 0,
            });
            if let Some(col) = self.columns.iter().position(|k| fold(&k.name) == fold(&c.column)) {
                self.corrections[col].push((i, trim(&c.from).into(), trim(&c.to).into()));
            }
        }
        self.any_corrections = self.corrections.iter().any(|c| !c.is_empty());
    }

    /// The replacements of a row's cells (column, text), counting each correction's rows.
    pub(super) fn replacements<C: Cells + ?Sized>(&mut self, cells: &C) -> Vec<(usize, Box<str>)> {
        let mut out = Vec::new();
        let report = &mut self.loaded.report.corrections;
        for (col, list) in self.corrections.iter().enumerate() {
            if list.is_empty() {
                continue;
            }
            let cell = cells.cell(col);
            let text = cell.text();
            if let Some((i, _, to)) = list.iter().find(|(_, from, _)| **from == *text) {
                report[*i].rows += 1;
                out.push((col, to.clone()));
            }
        }
        out
    }
}
