//! The one validation path every format goes through: a header mapping columns to fields,
//! then one call per row with its cells, which builds a [`Record`], reports every problem,
//! keeps the totals and pushes the record into the dataset.

mod cells;
mod columns;
mod coordinates;
mod corrections;
mod counts;
mod fast;
mod memo;
mod numbering;
mod place;
mod team;
mod texts;
mod time;
mod total_rows;
mod totals;

use std::collections::HashMap;

pub(crate) use cells::{Cell, Cells};
use memo::Memo;
use totals::Tally;

use super::header::{Field, FIELD_COUNT};
use super::{Column, FileError, Loaded, Problem, ReadOptions, Severity};
use crate::date::{Date, DateOrder, ParseError};
use crate::hash::FxBuild;
use crate::province::{AliasStatus, Province, UnknownProvince};
use crate::quote::shorten;
use crate::record::{Record, TeamRef};
use crate::season::{Phase, Season};
use crate::team::{MilitaryRegion, Team};

/// Columns a file may have: more is refused (a header of a million cells is not a dataset of
/// finds, and would cost time and memory for nothing).
pub(crate) const MAX_COLUMNS: usize = 1000;

/// Slots of the table of recent string ids (a power of two).
const INTERNED_SLOTS: usize = 1024;

/// The text fields a record may have besides its note, in the dataset's order.
const TEXTS: [Field; 5] = [Field::District, Field::Commune, Field::Village, Field::Informant, Field::Cemetery];

/// Builds records from rows, reporting every problem.
pub(crate) struct Validator<'o> {
    file: String,
    opts: &'o ReadOptions,
    columns: Vec<Column>,
    by_field: [Option<usize>; FIELD_COUNT],
    header_line: u32,
    pub(crate) loaded: Loaded,
    tally: Tally,
    seasons: Memo<Result<(Season, Option<Phase>), ParseError>>,
    /// Dates read, and whether each was written in the order the file's other dates are not.
    dates: Memo<Result<(Date, bool), ParseError>>,
    /// The order the file's dates of three numbers are read in ([`Validator::decide_date_order`]).
    date_order: DateOrder,
    phases: Memo<Result<(Phase, Option<Season>), ParseError>>,
    teams: Memo<Option<Team>>,
    regions: Memo<Option<MilitaryRegion>>,
    provinces: Memo<Result<(Province, AliasStatus), UnknownProvince>>,
    /// The searches for suggestions made for unknown province names.
    suggestions: place::Suggestions,
    figure_index: HashMap<Box<str>, usize, FxBuild>,
    figure_read: Option<usize>,
    /// The note's buffer, reused from row to row.
    note: String,
    /// Recent string ids by a hash of their text (`u32::MAX`: none); see [`Validator::intern`].
    interned: Vec<u32>,
    record: Option<Box<Record>>,
    /// (index in [`TEXTS`], column) of the text fields the file has.
    text_cols: Vec<(usize, usize)>,
    /// (field, column) of the note and source columns the file has, in note order.
    note_cols: Vec<(Field, usize)>,
    /// The corrections asked for, by column.
    corrections: Vec<corrections::ColumnCorrections>,
    /// Whether any column has a correction.
    any_corrections: bool,
    /// Total rows, and the sums the next one covers.
    totals: total_rows::Totals,
    /// The row numbers read.
    numbering: numbering::Numbering,
}

/// What a cell may be meant as, for a problem's `suggestion` and `candidates`.
#[derive(Default)]
struct Hint {
    suggestion: Option<String>,
    candidates: Vec<String>,
}

impl Hint {
    /// The one value, or the several, a cell may be meant as (none: no hint).
    fn of(values: Vec<String>) -> Hint {
        match <[String; 1]>::try_from(values) {
            Ok([one]) => Hint { suggestion: Some(one), candidates: Vec::new() },
            Err(candidates) => Hint { suggestion: None, candidates },
        }
    }
}

/// What a row's fields came to, for the required-fields test.
#[derive(Default)]
struct Seen {
    time: bool,
    place: bool,
    team: bool,
    unreadable: bool,
}

impl<'o> Validator<'o> {
    /// A validator for `file`, whose header (or first record) is at `header_line`.
    pub(crate) fn new(file: &str, opts: &'o ReadOptions, header_line: u32) -> Validator<'o> {
        Validator {
            file: file.to_owned(),
            opts,
            columns: Vec::new(),
            by_field: [None; FIELD_COUNT],
            header_line,
            loaded: Loaded::default(),
            tally: Tally::new(),
            seasons: Memo::new(),
            dates: Memo::new(),
            date_order: DateOrder::DayFirst,
            phases: Memo::new(),
            teams: Memo::new(),
            regions: Memo::new(),
            provinces: Memo::new(),
            suggestions: place::Suggestions::default(),
            figure_index: HashMap::default(),
            figure_read: None,
            note: String::new(),
            interned: vec![u32::MAX; INTERNED_SLOTS],
            record: Some(Box::default()),
            text_cols: Vec::new(),
            note_cols: Vec::new(),
            corrections: Vec::new(),
            any_corrections: false,
            totals: total_rows::Totals::default(),
            numbering: numbering::Numbering::default(),
        }
    }

    /// A validator for a later part of the same file: the same columns, nothing read yet (no
    /// problems, no comments), for [`Validator::absorb`] to add to this one after reading.
    #[cfg(not(target_arch = "wasm32"))]
    pub(crate) fn for_part(&self) -> Validator<'o> {
        let mut v = Validator::new(&self.file, self.opts, self.header_line);
        v.columns.clone_from(&self.columns);
        v.by_field = self.by_field;
        v.date_order = self.date_order;
        v.loaded.report.date_order = self.date_order;
        v.totals.in_part = true;
        v.totals.enabled = self.totals.enabled;
        v.plan();
        v
    }

    /// Whether rows are read one after another only: a `figure` column selects the kind of
    /// figure the first row names, so a part of the file cannot be read without the rows before.
    #[cfg(not(target_arch = "wasm32"))]
    pub(crate) fn needs_every_row_before(&self) -> bool {
        self.col(Field::Figure).is_some()
    }

    /// Rows read so far (the count [`ReadOptions::max_rows`] limits).
    #[cfg(not(target_arch = "wasm32"))]
    pub(crate) fn rows(&self) -> usize {
        self.loaded.report.rows
    }

    /// Adds what `part` (from [`Validator::for_part`]) read of the rows that follow this
    /// validator's, its lines counted from `line_offset`, exactly as if this validator had read
    /// them: records (text ids and team codes renumbered), totals, problems up to
    /// `max_problems` and the sums by season, province and team. Nothing is added, and `false`
    /// returned, when that cannot be done exactly (see [`Dataset::append`]).
    ///
    /// [`Dataset::append`]: crate::dataset::Dataset::append
    #[cfg(not(target_arch = "wasm32"))]
    pub(crate) fn absorb(&mut self, part: Validator<'o>, line_offset: u32) -> bool {
        debug_assert!(part.loaded.report.figures.is_empty() && self.loaded.report.figures.is_empty());
        if !self.join_totals(&part) || !self.join_numbering(&part) {
            return false;
        }
        let cached = self.provinces.len() + part.provinces.len();
        if !self.suggestions.absorb(&part.suggestions, cached) {
            return false;
        }
        if !self.loaded.dataset.append(&part.loaded.dataset, line_offset) {
            return false;
        }
        let (report, from) = (&mut self.loaded.report, part.loaded.report);
        report.rows += from.rows;
        report.accepted += from.accepted;
        report.rejected += from.rejected;
        report.skipped += from.skipped;
        report.remains += from.remains;
        report.identified += from.identified;
        report.errors += from.errors;
        report.warnings += from.warnings;
        report.problems_omitted += from.problems_omitted;
        report.total_rows += from.total_rows;
        for (mine, theirs) in report.corrections.iter_mut().zip(&from.corrections) {
            mine.rows += theirs.rows;
        }
        for mut p in from.problems {
            if report.problems.len() >= self.opts.max_problems {
                report.problems_omitted += 1;
            } else {
                p.line = p.line.saturating_add(line_offset);
                report.problems.push(p);
            }
        }
        self.tally.absorb(part.tally);
        true
    }

    /// A file-level error.
    pub(crate) fn file_error(&self, line: u32, column: &str, message: String) -> FileError {
        FileError { file: self.file.clone(), line, column: column.to_owned(), message }
    }

    fn problem(&mut self, line: u32, column: &str, value: &str, severity: Severity, message: String, expected: &str) {
        self.problem_hinted(line, column, value, severity, message, expected, Hint::default());
    }

    /// A problem with the values the cell may be meant as.
    #[allow(clippy::too_many_arguments)]
    fn problem_hinted(
        &mut self,
        line: u32,
        column: &str,
        value: &str,
        severity: Severity,
        message: String,
        expected: &str,
        hint: Hint,
    ) {
        let report = &mut self.loaded.report;
        match severity {
            Severity::Error => report.errors += 1,
            Severity::Warning => report.warnings += 1,
        }
        if report.problems.len() >= self.opts.max_problems {
            report.problems_omitted += 1;
            return;
        }
        let message = if expected.is_empty() { message } else { format!("{message}; expected {expected}") };
        report.problems.push(Problem {
            line,
            column: column.to_owned(),
            value: shorten(value).replace(['\n', '\r', '\t'], " "),
            expected: expected.to_owned(),
            severity,
            message,
            suggestion: hint.suggestion,
            candidates: hint.candidates,
        });
    }

    /// A problem in column `col` of a row.
    fn cell_problem(
        &mut self,
        line: u32,
        col: usize,
        value: &str,
        severity: Severity,
        message: String,
        expected: &str,
    ) {
        let name = self.columns.get(col).map(|c| c.name.clone()).unwrap_or_default();
        self.problem(line, &name, value, severity, message, expected);
    }

    /// A problem in column `col` of a row, with the values the cell may be meant as.
    #[allow(clippy::too_many_arguments)]
    fn cell_problem_hinted(
        &mut self,
        line: u32,
        col: usize,
        value: &str,
        severity: Severity,
        message: String,
        expected: &str,
        hint: Hint,
    ) {
        let name = self.columns.get(col).map(|c| c.name.clone()).unwrap_or_default();
        self.problem_hinted(line, &name, value, severity, message, expected, hint);
    }

    /// A row-level problem (no column).
    pub(crate) fn row_problem(&mut self, line: u32, severity: Severity, message: String) {
        self.problem(line, "", "", severity, message, "");
    }

    /// Counts a row that could not even be split into cells (e.g. a JSON value that is not an
    /// object): read, rejected, with an error.
    pub(crate) fn reject_row(&mut self, line: u32, message: String) -> Result<(), FileError> {
        self.count_row(line)?;
        self.loaded.report.rejected += 1;
        self.row_problem(line, Severity::Error, message);
        Ok(())
    }

    fn count_row(&mut self, line: u32) -> Result<(), FileError> {
        if self.loaded.report.rows >= self.opts.max_rows {
            return Err(self.file_error(
                line,
                "",
                format!(
                    "more than {} rows: the file is refused before memory runs out (raise the \
                     row limit, or split the file)",
                    self.opts.max_rows
                ),
            ));
        }
        self.loaded.report.rows += 1;
        Ok(())
    }

    fn col(&self, f: Field) -> Option<usize> {
        self.by_field[f.index()]
    }

    /// Reads one row of cells at `line`.
    pub(crate) fn row<C: Cells + ?Sized>(&mut self, line: u32, cells: &C) -> Result<(), FileError> {
        if self.any_corrections {
            let replaced = self.replacements(cells);
            if !replaced.is_empty() {
                let patched = corrections::Patched { cells: &corrections::Row(cells), replaced: &replaced };
                return self.row_as_read(line, &patched);
            }
        }
        self.row_as_read(line, cells)
    }

    /// [`Validator::row`] of cells as they are to be read, corrections made.
    fn row_as_read<C: Cells + ?Sized>(&mut self, line: u32, cells: &C) -> Result<(), FileError> {
        let width = cells.width();
        if (0..width).all(|i| cells.cell(i).is_empty()) && !self.unsaved_in_read_column(cells) {
            return Ok(());
        }
        if let Some(c) = self.col(Field::Figure) {
            if !self.figure_selected(&cells.cell(c).text()) {
                self.loaded.report.skipped += 1;
                return Ok(());
            }
        }
        self.count_row(line)?;
        if width > self.columns.len() {
            let extra = (self.columns.len()..width).filter(|&i| !cells.cell(i).is_empty()).count();
            if extra > 0 {
                self.row_problem(
                    line,
                    Severity::Warning,
                    format!(
                        "{extra} cell{} beyond the header's {} columns ignored (a missing header, \
                         or an unquoted delimiter inside a value?)",
                        if extra == 1 { "" } else { "s" },
                        self.columns.len()
                    ),
                );
            }
        }
        if self.total_row(line, cells) {
            return Ok(());
        }
        self.read_row_number(line, cells);
        let mut r = self.record.take().unwrap_or_default();
        r.line = line;
        let mut seen = Seen::default();
        let (unsaved, unsaved_count) =
            if cells.has_unsaved() { self.unsaved_formulas(line, cells) } else { (false, false) };
        seen.unreadable = unsaved;
        let counted = self.read_counts(line, cells, &mut r) && !unsaved_count;
        self.read_time(line, cells, &mut r, &mut seen);
        self.read_team(line, cells, &mut r, &mut seen);
        self.read_place(line, cells, &mut r, &mut seen);
        self.read_texts(cells, &mut r, &mut seen);
        let accept = counted && (seen.time || seen.place || seen.team);
        if counted && !accept {
            let message = if seen.unreadable {
                "row not counted: none of its date, season, place or team could be read"
            } else {
                "row not counted: it has no date, season, place or team"
            };
            self.row_problem(line, Severity::Error, message.to_owned());
        }
        if accept {
            self.accept(&r, cells);
        } else {
            self.loaded.report.rejected += 1;
        }
        self.recycle(r);
        Ok(())
    }

    /// Whether a formula with no saved value is in a column that is read (one in an ignored
    /// column leaves an otherwise empty row empty).
    fn unsaved_in_read_column<C: Cells + ?Sized>(&self, cells: &C) -> bool {
        cells.has_unsaved()
            && (0..cells.width().min(self.columns.len()))
                .any(|i| matches!(cells.cell(i), Cell::Unsaved(_)) && self.columns[i].field.is_some())
    }

    /// Reports each formula with no saved value in a column that is read (its field is then
    /// empty): whether there was one, and whether it was the count (the row is then not
    /// counted, as when the count cannot be read).
    fn unsaved_formulas<C: Cells + ?Sized>(&mut self, line: u32, cells: &C) -> (bool, bool) {
        let (mut any, mut count) = (false, false);
        for i in 0..cells.width().min(self.columns.len()) {
            let (Cell::Unsaved(formula), Some(field)) = (cells.cell(i), self.columns[i].field) else {
                continue;
            };
            let value = if formula.is_empty() { String::new() } else { format!("={formula}") };
            let remains = field == Field::Remains;
            let message = format!(
                "formula with no saved value: open and save the workbook in a spreadsheet program{}",
                if remains { "; the row is not counted" } else { "" }
            );
            self.cell_problem(line, i, &value, Severity::Error, message, "");
            any = true;
            count |= remains;
        }
        (any, count)
    }

    /// Takes the record's note back into its buffer, for the next row.
    fn recycle(&mut self, mut r: Box<Record>) {
        if let Some(s) = r.note.take() {
            self.note = s;
        }
        if let Some(TeamRef::Other(_)) = r.team {
            r.team = None;
        }
        self.record = Some(r);
    }

    /// Recomputes which columns hold text fields and note parts (after a column is added).
    fn plan(&mut self) {
        self.text_cols = TEXTS.iter().enumerate().filter_map(|(k, f)| Some((k, self.by_field[f.index()]?))).collect();
        self.note_cols = [Field::Note, Field::Source, Field::SourceUrl, Field::SourceDate]
            .into_iter()
            .filter_map(|f| Some((f, self.by_field[f.index()]?)))
            .collect();
        self.plan_corrections();
    }

    fn accept<C: Cells + ?Sized>(&mut self, r: &Record, cells: &C) {
        let report = &mut self.loaded.report;
        report.accepted += 1;
        let n = u64::from(r.remains);
        report.remains += n;
        report.identified += r.identified.map_or(0, u64::from);
        self.tally.add(r);
        self.count_for_totals(r);
        let mut ids: [Option<u32>; 6] = [None; 6];
        for i in 0..self.text_cols.len() {
            let (k, c) = self.text_cols[i];
            let cell = cells.cell(c);
            if !cell.is_empty() {
                ids[k] = Some(self.intern(&cell.into_text()));
            }
        }
        if let Some(note) = r.note.as_deref() {
            ids[5] = Some(self.intern(note));
        }
        self.loaded.dataset.push_with_text_ids(r, ids);
    }

    /// Ends reading: fills the report's totals and frees spare memory.
    pub(crate) fn finish(mut self) -> Loaded {
        self.reconcile_totals();
        let report = &mut self.loaded.report;
        self.tally.fill(report);
        report.columns = std::mem::take(&mut self.columns);
        self.loaded.dataset.shrink_to_fit();
        self.loaded
    }
}
