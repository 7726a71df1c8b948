//! When a find was made: its date, dry season and phase, each checked against the others.

use crate::date::{Date, DateEvidence, DateOrder, ParseError};
use crate::read::header::Field;
use crate::read::Severity;
use crate::record::Record;
use crate::season::{Phase, Season};

use super::cells::{trim, Cell, Cells};
use super::fast::fast_date;
use super::{Seen, Validator};

impl<'o> Validator<'o> {
    /// Reads the date, season and phase cells into `r`, reporting what cannot be read or what
    /// disagrees.
    pub(super) fn read_time<C: Cells + ?Sized>(&mut self, line: u32, cells: &C, r: &mut Record, seen: &mut Seen) {
        let at = |f: Field| self.col(f).map(|c| (c, cells.cell(c)));
        let (date, season, phase) = (at(Field::Date), at(Field::Season), at(Field::Phase));
        self.read_time_cells(line, [date, season, phase], r, seen);
    }

    /// [`Validator::read_time`] of the row's (column, cell) of date, season and phase (one
    /// copy of the code for every kind of row).
    fn read_time_cells(
        &mut self,
        line: u32,
        [date, season, phase]: [Option<(usize, Cell<'_>)>; 3],
        r: &mut Record,
        seen: &mut Seen,
    ) {
        r.date = None;
        r.season = None;
        r.phase = None;
        if let Some((c, cell)) = date {
            let order = self.date_order;
            let parsed = match cell {
                Cell::Empty | Cell::Unsaved(_) => None,
                Cell::Serial(n) => Some(Date::parse_excel_serial(n).map(|d| (d, false))),
                Cell::Text(s) if trim(s).is_empty() => None,
                Cell::Text(s) => {
                    let s = trim(s);
                    let fast = fast_date(s.as_bytes(), order).map(|d| Ok((d, false)));
                    Some(fast.unwrap_or_else(|| self.dates.get(s, |s| date_in(s, order))))
                }
                other => Some(date_in(&other.text(), order)),
            };
            match parsed {
                None => {}
                Some(Ok((d, contradicts))) => {
                    r.date = Some(d);
                    if contradicts {
                        let text = cell.text();
                        let message = format!(
                            "{} can only be {} (there is no month above 12), but most of the file's dates \
                             that show their order are {}: it is read {}, as {d}",
                            crate::quote::shorten(&text),
                            order.other().name(),
                            order.name(),
                            order.other().name()
                        );
                        self.cell_problem(line, c, &text, Severity::Warning, message, "");
                    }
                }
                Some(Err(e)) => {
                    seen.unreadable = true;
                    let text = cell.text();
                    self.cell_problem(line, c, &text, Severity::Error, e.message, e.expected);
                }
            }
        }
        let derived = r.date.as_ref().and_then(|d| Season::from_date(d, self.opts.season_start_month));
        let mut written = None;
        if let Some((c, cell)) = season {
            if !cell.is_empty() {
                let text = cell.text();
                match self.seasons.get(&text, Season::parse_with_phase) {
                    Ok((s, phase)) => {
                        written = Some(s);
                        r.season = Some(s);
                        r.phase = phase;
                        self.check_season_against_date(line, c, &text, s, derived, r.date);
                    }
                    Err(e) => {
                        seen.unreadable = true;
                        self.cell_problem(line, c, &text, Severity::Error, e.message, e.expected);
                    }
                }
            }
        }
        if let Some((c, cell)) = phase {
            if !cell.is_empty() {
                let text = cell.text();
                match self.phases.get(&text, phase_cell) {
                    Ok((p, season)) => {
                        if let Some(other) = r.phase.filter(|&q| q != p) {
                            let message = format!(
                                "{p} does not match the season cell's {other}; the phase column is used",
                                p = p.label(crate::lang::Lang::Vi),
                                other = other.label(crate::lang::Lang::Vi)
                            );
                            self.cell_problem(line, c, &text, Severity::Warning, message, "");
                        }
                        r.phase = Some(p);
                        match (season, written) {
                            (Some(s), Some(w)) if s != w => {
                                let message = format!(
                                    "season {s} in the phase cell does not match the season column's {w}; \
                                     the season column is used"
                                );
                                self.cell_problem(line, c, &text, Severity::Warning, message, "");
                            }
                            (Some(s), None) => {
                                r.season = Some(s);
                                self.check_season_against_date(line, c, &text, s, derived, r.date);
                            }
                            _ => {}
                        }
                    }
                    Err(e) => self.cell_problem(line, c, &text, Severity::Error, e.message, e.expected),
                }
            }
        }
        if r.season.is_none() {
            r.season = derived;
        }
        seen.time = r.date.is_some() || r.season.is_some();
    }

    /// Warns when the season `s` written in column `c` is not the one the row's date falls in.
    fn check_season_against_date(
        &mut self,
        line: u32,
        c: usize,
        text: &str,
        s: Season,
        derived: Option<Season>,
        date: Option<Date>,
    ) {
        if let (Some(d), Some(date)) = (derived, date) {
            if d != s {
                self.cell_problem(
                    line,
                    c,
                    text,
                    Severity::Warning,
                    format!(
                        "season {s} does not match the date {date}, which falls in season {d} (seasons \
                         start on 1 {}); the season as written is used",
                        month_name(self.opts.season_start_month)
                    ),
                    "",
                );
            }
        }
    }
}

impl Validator<'_> {
    /// The column of dates, if the file has one.
    pub(crate) fn date_column(&self) -> Option<usize> {
        self.col(Field::Date)
    }

    /// Decides the order the file's dates of three numbers are read in, once its columns are
    /// known and before its rows are read: the one set ([`ReadOptions::date_order`]), else the
    /// one most of `evidence` (the file's dates) proves, else day first; a file with a date column
    /// whose dates prove neither gets one warning, at the header, naming the rule.
    ///
    /// [`ReadOptions::date_order`]: crate::read::ReadOptions::date_order
    ///
    /// `evidence` is asked for only when the file has a date column and no order is set.
    pub(crate) fn decide_date_order(&mut self, evidence: impl FnOnce() -> DateEvidence) {
        let known = self.columns.is_empty() || self.col(Field::Date).is_some();
        let evidence = if known && self.opts.date_order.is_none() { evidence() } else { DateEvidence::default() };
        let order = self.opts.date_order.or_else(|| evidence.order()).unwrap_or_default();
        self.date_order = order;
        self.loaded.report.date_order = order;
        let col = self.col(Field::Date);
        if let (None, None, true, Some(example)) =
            (self.opts.date_order, evidence.order(), known, &evidence.first_ambiguous)
        {
            let message = format!(
                "no date in the file shows whether the day or the month comes first (a first number \
                 above 12 would show day first, a second above 12 month first): dates such as {example} \
                 are read day first, as Vietnam writes them; set the date order to month first if the \
                 file was saved that way"
            );
            // About the file, not a cell: at the header, the example in the message only.
            let line = self.header_line;
            match col {
                Some(c) => self.cell_problem(line, c, "", Severity::Warning, message, ""),
                None => self.problem(line, "", "", Severity::Warning, message, ""),
            }
        }
    }
}

/// A date cell read in `order`: the date, and whether it proves the other order (it is then
/// read in that one, the only way it can be read).
fn date_in(text: &str, order: DateOrder) -> Result<(Date, bool), ParseError> {
    if DateOrder::proved_by(text) == Some(order.other()) {
        return Date::parse_in(text, order.other()).map(|d| (d, true));
    }
    Date::parse_in(text, order).map(|d| (d, false))
}

/// A phase cell: a phase (`đợt 2`), or a phase with its season (`đợt 2 mùa khô 2023-2024`,
/// [`Season::parse_with_phase`]). A cell that is neither gets the phase's error, or the
/// season's when it holds a year (four digits).
fn phase_cell(text: &str) -> Result<(Phase, Option<Season>), ParseError> {
    let alone = match Phase::parse(text) {
        Ok(p) => return Ok((p, None)),
        Err(e) => e,
    };
    match Season::parse_with_phase(text) {
        Ok((s, Some(p))) => Ok((p, Some(s))),
        Err(e) if text.bytes().filter(u8::is_ascii_digit).count() >= 4 => Err(e),
        _ => Err(alone),
    }
}

fn month_name(m: u8) -> &'static str {
    crate::date::month_name(m).unwrap_or("September")
}
