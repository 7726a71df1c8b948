//! Rows that are totals: found by their label (`Tổng cộng`, `Cộng đội K52`, `Tổng số`, `Total`,
//! `Subtotal`, `សរុប`) or, for a row with at most a label, by numbers that equal the sum of the
//! records above it. They are read but never counted as records, and each is reconciled: a
//! subtotal with the records since the previous subtotal, a total with every record of the
//! table; one that differs gets a warning saying by how much.

use crate::quote::shorten;
use crate::read::header::Field;
use crate::read::{Problem, Severity, TotalKind, TotalRow};
use crate::record::Record;

use super::cells::{Cell, Cells};
use super::fast::count;
use super::Validator;

/// Records read since a point, and what they add up to.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(super) struct Sums {
    rows: usize,
    remains: u64,
    identified: u64,
    /// The fewest cells with a value (other than counts) a row of them has, counted up to 2
    /// (all that is asked: whether a row with one is fewer).
    min_filled: usize,
}

impl Sums {
    fn add(&mut self, r: &Record, filled: usize) {
        self.min_filled = if self.rows == 0 { filled } else { self.min_filled.min(filled) };
        self.rows += 1;
        self.remains += u64::from(r.remains);
        self.identified += r.identified.map_or(0, u64::from);
    }

    /// These sums followed by `later`'s.
    #[cfg(not(target_arch = "wasm32"))]
    fn then(self, later: Sums) -> Sums {
        match (self.rows, later.rows) {
            (0, _) => later,
            (_, 0) => self,
            _ => Sums {
                rows: self.rows + later.rows,
                remains: self.remains + later.remains,
                identified: self.identified + later.identified,
                min_filled: self.min_filled.min(later.min_filled),
            },
        }
    }
}

/// A row of at most a label and counts, met in a later part of a file before any total row:
/// whether it is a total depends on the records of the parts before.
/// (In the browser a file is read on one thread: no part has one.)
#[derive(Clone, Copy, Debug)]
#[cfg_attr(target_arch = "wasm32", allow(dead_code))]
pub(super) struct Candidate {
    remains: u64,
    identified: Option<u64>,
    /// The part's records before it.
    before: Sums,
}

/// What the validator keeps of total rows while reading.
#[derive(Default)]
pub(super) struct Totals {
    /// Records since the previous subtotal (or the start).
    since: Sums,
    /// Subtotals read.
    subtotals: usize,
    /// Total rows to reconcile once every record is read: (line, column, value, remains,
    /// identified).
    pending: Vec<(u32, String, Option<u64>, Option<u64>)>,
    /// Whether total rows are looked for (in tables: CSV and sheets, not JSON).
    pub(super) enabled: bool,
    /// Whether this validator reads a later part of a file (see [`Validator::for_part`]).
    pub(super) in_part: bool,
    /// A later part read a total row: its reading cannot be joined to the parts before.
    unjoinable: bool,
    /// The first candidate row of a later part (see [`Candidate`]).
    candidate: Option<Candidate>,
    /// The cells with a value (other than counts) of the row being read (at least up to 2).
    filled: usize,
}

/// Which kind of total a label names (words compared without case or marks; `Cộng` only with
/// its dot below, `Công Pông Chàm` being a province).
pub(super) fn label_kind(label: &str) -> Option<TotalKind> {
    // Most labels are names and places: two letters tell them from the words for totals.
    let mut chars = label.trim_start().chars();
    let (first, second) = (chars.next()?.to_ascii_lowercase(), chars.next().map(|c| c.to_ascii_lowercase()));
    let may_be = match first {
        't' => matches!(second, Some('o' | 'ổ' | 'Ổ')),
        'c' => matches!(second, Some('o' | 'ộ' | 'Ộ')),
        's' => second == Some('u'),
        'g' => second == Some('r'),
        'ស' => true,
        _ => false,
    };
    if !may_be {
        return None;
    }
    let words = crate::fold::words(label);
    let w: Vec<&str> = words.iter().map(String::as_str).collect();
    let dot_below = || {
        let word: String = label.trim_start().chars().take_while(|c| !c.is_whitespace()).collect();
        word.contains(['ộ', 'Ộ', '\u{0323}'])
    };
    match w.as_slice() {
        ["tong"] | ["tong", "cong", ..] | ["tong", "so", ..] => Some(TotalKind::Total),
        ["cong", "chung" | "toan", ..] if dot_below() => Some(TotalKind::Total),
        ["cong", ..] if dot_below() => Some(TotalKind::Subtotal),
        ["total" | "totals" | "sum"] | ["grand", "total", ..] => Some(TotalKind::Total),
        ["subtotal" | "subtotals", ..] | ["sub", "total", ..] | ["total", ..] => Some(TotalKind::Subtotal),
        [k] if *k == "សរុប" || k.starts_with("សរុបរួម") || k.starts_with("សរុបទាំងអស់") => {
            Some(TotalKind::Total)
        }
        [k, ..] if k.starts_with("សរុប") => Some(TotalKind::Subtotal),
        _ => None,
    }
}

/// Whether a cell may be a label: text that does not begin with a digit (numbers, dates and
/// seasons do).
fn may_be_label(cell: &Cell) -> bool {
    match cell {
        Cell::Text(s) => s.trim_start().as_bytes().first().is_some_and(|b| !b.is_ascii_digit() && *b != b'-'),
        _ => false,
    }
}

impl<'o> Validator<'o> {
    /// A count column's value, when it has a readable one.
    fn count_in<C: Cells + ?Sized>(&self, cells: &C, field: Field) -> Option<u64> {
        let cell = cells.cell(self.col(field)?);
        (!cell.is_empty()).then(|| count(&cell).ok().map(u64::from)).flatten()
    }

    /// Whether the row at `line` is a total row; if so, it is listed and reconciled (or kept to
    /// reconcile at the end), and not read as a record.
    pub(super) fn total_row<C: Cells + ?Sized>(&mut self, line: u32, cells: &C) -> bool {
        if !self.totals.enabled {
            return false;
        }
        let (remains_col, identified_col) = (self.col(Field::Remains), self.col(Field::Identified));
        let (mut filled, mut label) = (0usize, None);
        for i in 0..cells.width().min(self.columns.len()) {
            if Some(i) == remains_col || Some(i) == identified_col {
                continue;
            }
            let cell = cells.cell(i);
            if cell.is_empty() {
                continue;
            }
            filled += 1;
            if label.is_none() && may_be_label(&cell) && !self.is_free_text(i) {
                label = Some(i);
            }
            // Two cells with a value and the label are all that is asked of a row.
            if filled >= 2 && label.is_some() {
                break;
            }
        }
        self.totals.filled = filled;
        let labelled = label.and_then(|i| label_kind(&cells.cell(i).text()));
        let maybe_sum = labelled.is_none() && filled <= 1 && (filled == 0 || label.is_some());
        if labelled.is_none() && !maybe_sum {
            return false;
        }
        let remains = self.count_in(cells, Field::Remains);
        let identified = self.count_in(cells, Field::Identified);
        let kind = match (labelled, remains) {
            (Some(kind), _) => Some(kind),
            (None, None) => None,
            (None, Some(n)) if self.totals.in_part && self.totals.subtotals == 0 && !self.totals.unjoinable => {
                // Whether it is a total depends on the parts before, unless a record before it
                // in this part has too few cells for it to be one.
                let before = self.totals.since;
                if before.rows == 0 || before.min_filled >= 2 {
                    match self.totals.candidate {
                        None => self.totals.candidate = Some(Candidate { remains: n, identified, before }),
                        Some(_) => self.totals.unjoinable = true,
                    }
                }
                None
            }
            (None, Some(n)) => adds_up(self.totals.since, self.all_records(), self.totals.subtotals, n, identified),
        };
        let Some(mut kind) = kind else { return false };
        let label_text = label.map(|i| cells.cell(i).text().into_owned()).unwrap_or_default();
        if self.totals.in_part {
            self.totals.unjoinable = true;
        }
        if kind == TotalKind::Subtotal && self.totals.since.rows == 0 && self.totals.subtotals > 0 {
            kind = TotalKind::Total;
        }
        self.numbering_restarts();
        let report = &mut self.loaded.report;
        report.total_rows += 1;
        let covered = match kind {
            TotalKind::Subtotal => std::mem::take(&mut self.totals.since),
            // Reconciled once every record is read.
            TotalKind::Total => Sums::default(),
        };
        if report.totals.len() < self.opts.max_problems {
            report.totals.push(TotalRow {
                line,
                label: shorten(&label_text).into_owned(),
                kind,
                remains,
                identified,
                rows: covered.rows,
                sum: covered.remains,
                sum_identified: covered.identified,
            });
        }
        match kind {
            TotalKind::Subtotal => {
                self.totals.subtotals += 1;
                self.reconcile(line, kind, (remains, identified), covered);
            }
            TotalKind::Total => {
                let column = remains_col.map(|c| self.columns[c].name.clone()).unwrap_or_default();
                self.totals.pending.push((line, column, remains, identified));
            }
        }
        true
    }

    /// Whether column `col` holds free text (a note, a source, a name), where "Total…" is no
    /// total's label.
    fn is_free_text(&self, col: usize) -> bool {
        matches!(
            self.field_of(col),
            Some(
                Field::Note
                    | Field::Source
                    | Field::SourceUrl
                    | Field::SourceDate
                    | Field::Informant
                    | Field::Cemetery
                    | Field::Figure
            )
        )
    }

    /// Looks for total rows among the rows (a table's: CSV, TSV or a sheet).
    pub(crate) fn find_total_rows(&mut self) {
        self.totals.enabled = true;
    }

    /// Every record read so far.
    fn all_records(&self) -> Sums {
        let r = &self.loaded.report;
        Sums { rows: r.accepted, remains: r.remains, identified: r.identified, min_filled: 0 }
    }

    /// Counts an accepted record in the sums the next total covers.
    pub(super) fn count_for_totals(&mut self, r: &Record) {
        let filled = self.totals.filled;
        self.totals.since.add(r, filled);
    }

    /// Warnings for a total whose counts differ from those of the records it covers.
    fn reconcile(
        &mut self,
        line: u32,
        kind: TotalKind,
        (remains, identified): (Option<u64>, Option<u64>),
        covered: Sums,
    ) {
        let (word, what) = match kind {
            TotalKind::Subtotal => ("subtotal", "those since the previous subtotal"),
            TotalKind::Total => ("total", "every record of the table"),
        };
        for (field, given, sum, sets) in [
            (Field::Remains, remains, covered.remains, "sets of remains"),
            (Field::Identified, identified, covered.identified, "sets identified by name"),
        ] {
            let Some(given) = given else { continue };
            if given == sum {
                continue;
            }
            let by = given.abs_diff(sum);
            let message = format!(
                "the {word} says {given} {sets}, the {} record{} it covers ({what}) {sum}: {by} {} in the {word}",
                covered.rows,
                if covered.rows == 1 { "" } else { "s" },
                if given > sum { "more" } else { "fewer" }
            );
            let column = self.col(field).map(|c| self.columns[c].name.clone()).unwrap_or_default();
            self.insert_warning(line, &column, &given.to_string(), message);
        }
    }

    /// A warning put among the problems in line order (for totals reconciled at the end).
    fn insert_warning(&mut self, line: u32, column: &str, value: &str, message: String) {
        let report = &mut self.loaded.report;
        report.warnings += 1;
        if report.problems.len() >= self.opts.max_problems {
            report.problems_omitted += 1;
            return;
        }
        let at = report.problems.partition_point(|p| p.line <= line);
        let problem = Problem {
            line,
            column: column.to_owned(),
            value: value.to_owned(),
            severity: Severity::Warning,
            message,
            expected: String::new(),
            suggestion: None,
            candidates: Vec::new(),
        };
        report.problems.insert(at, problem);
    }

    /// Reconciles the totals of the whole table, once every record is read.
    pub(super) fn reconcile_totals(&mut self) {
        let all = self.all_records();
        for (line, _, remains, identified) in std::mem::take(&mut self.totals.pending) {
            for t in self.loaded.report.totals.iter_mut().filter(|t| t.line == line) {
                (t.rows, t.sum, t.sum_identified) = (all.rows, all.remains, all.identified);
            }
            self.reconcile(line, TotalKind::Total, (remains, identified), all);
        }
    }

    /// Whether the totals of a later part, read after this validator's rows, are as they would
    /// be read in one go (see [`Validator::absorb`]); if so, this validator's sums continue
    /// with the part's.
    #[cfg(not(target_arch = "wasm32"))]
    pub(super) fn join_totals(&mut self, part: &Validator<'_>) -> bool {
        let theirs = &part.totals;
        if theirs.unjoinable {
            return false;
        }
        if let Some(c) = theirs.candidate {
            let since = self.totals.since.then(c.before);
            let all = self.all_records();
            let all = Sums { rows: all.rows + c.before.rows, remains: all.remains + c.before.remains, ..all };
            if adds_up(since, all, self.totals.subtotals, c.remains, c.identified).is_some() {
                return false;
            }
        }
        self.totals.since = self.totals.since.then(theirs.since);
        true
    }
}

/// Whether a row of at most a label with counts `remains` and `identified` is a total: the
/// sum of at least two records `since` the previous subtotal, each with more cells filled, or,
/// after subtotals, of `all` the records.
fn adds_up(since: Sums, all: Sums, subtotals: usize, remains: u64, identified: Option<u64>) -> Option<TotalKind> {
    let matches = |s: Sums| s.rows >= 2 && s.remains == remains && identified.map_or(true, |i| i == s.identified);
    if since.min_filled >= 2 && matches(since) {
        // The rows since the previous subtotal (all of them when there is none).
        return Some(TotalKind::Subtotal);
    }
    (subtotals > 0 && since.rows == 0 && matches(all)).then_some(TotalKind::Total)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Read in two parts cut at every line end, each file reads as on one thread, or is read
    /// on one thread (the parts not joined): totals, candidates and row numbers across the cut.
    #[cfg(not(target_arch = "wasm32"))]
    #[test]
    fn parts_join_only_when_their_totals_are_the_same() {
        let opts = crate::read::ReadOptions::default();
        let texts = [
            // A row of a number alone in the second part, adding up rows of both.
            "STT,team,province,remains\n1,K52,Kratie,3\n2,K52,Kratie,2\n3,K52,Kratie,4\n,,,9\n4,K92,Kampot,1\n",
            // The same with a label, and one that does not add up.
            "STT,team,province,remains\n1,K52,Kratie,3\n2,K52,Kratie,2\n,K52,,5\n3,K92,Kampot,1\n,K92,,7\n",
            // Rows of one cell and a count: none is a total.
            "team,remains\nK52,3\nK52,2\nK52,5\nK92,1\nK92,6\n",
            // Numbering: a gap and a repeat.
            "STT,team,remains\n1,K52,3\n2,K52,2\n4,K52,5\n4,K92,1\n5,K92,6\n",
            // Labelled totals in the second part.
            "STT,team,province,remains\n1,K52,Kratie,3\n2,K52,Kratie,2\nCộng,,,5\n1,K92,Kampot,1\nTổng cộng,,,6\n",
            // Rows with no cell but a count, one rejected, the next a total.
            "STT,team,province,remains\n1,K52,Kratie,3\n2,K52,Kratie,2\n,,,4\n,,,5\n",
        ];
        let mut joined = Vec::new();
        for text in texts {
            let mut n = 0;
            let one = crate::read::delimited::read("t.csv", text, &opts).unwrap();
            let ends: Vec<usize> = text.match_indices('\n').map(|(i, _)| i + 1).filter(|&i| i < text.len()).collect();
            for &cut in &ends[1..] {
                if let Some(two) = crate::read::parallel::read_parts("t.csv", text.as_bytes(), &[cut], &opts) {
                    assert_eq!(one.report.to_json(), two.report.to_json(), "{text:?} cut at {cut}");
                    assert_eq!(one.dataset.to_bytes(), two.dataset.to_bytes(), "{text:?} cut at {cut}");
                    n += 1;
                }
            }
            joined.push(n);
        }
        // Cuts that nothing crosses are joined: after a total, inside a numbering; parts with
        // total rows are not.
        assert_eq!(joined, [1, 2, 4, 2, 0, 0]);
    }

    #[test]
    fn labels_of_totals() {
        for (label, kind) in [
            ("Tổng cộng", Some(TotalKind::Total)),
            ("TỔNG CỘNG", Some(TotalKind::Total)),
            ("Tổng số", Some(TotalKind::Total)),
            ("Tổng", Some(TotalKind::Total)),
            ("Cộng", Some(TotalKind::Subtotal)),
            ("Cộng đội K52", Some(TotalKind::Subtotal)),
            ("CỘNG QK7", Some(TotalKind::Subtotal)),
            ("Total", Some(TotalKind::Total)),
            ("Grand total", Some(TotalKind::Total)),
            ("Subtotal K92", Some(TotalKind::Subtotal)),
            ("Sub-total", Some(TotalKind::Subtotal)),
            ("សរុប", Some(TotalKind::Total)),
            ("សរុបរង", Some(TotalKind::Subtotal)),
            ("Công Pông Chàm", None),
            ("Kampong Cham", None),
            ("Tổng hợp từ báo cáo", None),
            ("Siem Reap", None),
            ("2024-2025", None),
            ("K52", None),
        ] {
            assert_eq!(label_kind(label), kind, "{label}");
        }
    }
}
