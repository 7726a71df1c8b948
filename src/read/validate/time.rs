//! When a find was made: its date, dry season and phase, each checked against the others.

use crate::date::{Date, ParseError};
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
        r.date = None;
        r.season = None;
        r.phase = None;
        if let Some(c) = self.col(Field::Date) {
            let cell = cells.cell(c);
            let parsed = match cell {
                Cell::Empty | Cell::Unsaved(_) => None,
                Cell::Serial(n) => Some(Date::parse_excel_serial(n)),
                Cell::Text(s) if trim(s).is_empty() => None,
                Cell::Text(s) => {
                    let s = trim(s);
                    Some(fast_date(s.as_bytes()).map_or_else(|| self.dates.get(s, Date::parse), Ok))
                }
                other => Some(Date::parse(&other.text())),
            };
            match parsed {
                None => {}
                Some(Ok(d)) => r.date = Some(d),
                Some(Err(e)) => {
                    seen.unreadable = true;
                    let text = cell.text();
                    self.cell_problem(line, c, &text, Severity::Error, e.message, e.expected);
                }
            }
        }
        let derived = r.date.as_ref().and_then(|d| Season::from_date(d, self.opts.season_start_month));
        let mut written = None;
        if let Some(c) = self.col(Field::Season) {
            let cell = cells.cell(c);
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
        if let Some(c) = self.col(Field::Phase) {
            let cell = cells.cell(c);
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
