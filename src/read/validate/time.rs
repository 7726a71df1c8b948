//! When a find was made: its date, dry season and phase, each checked against the others.

use crate::date::Date;
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
        if let Some(c) = self.col(Field::Season) {
            let cell = cells.cell(c);
            if !cell.is_empty() {
                let text = cell.text();
                match self.seasons.get(&text, Season::parse) {
                    Ok(s) => {
                        r.season = Some(s);
                        if let (Some(d), Some(date)) = (derived, r.date) {
                            if d != s {
                                self.cell_problem(
                                    line,
                                    c,
                                    &text,
                                    Severity::Warning,
                                    format!(
                                        "season {s} does not match the date {date}, which falls in \
                                         season {d} (seasons start on 1 {}); the season as written \
                                         is used",
                                        month_name(self.opts.season_start_month)
                                    ),
                                    "",
                                );
                            }
                        }
                    }
                    Err(e) => {
                        seen.unreadable = true;
                        self.cell_problem(line, c, &text, Severity::Error, e.message, e.expected);
                    }
                }
            }
        }
        if r.season.is_none() {
            r.season = derived;
        }
        if let Some(c) = self.col(Field::Phase) {
            let cell = cells.cell(c);
            if !cell.is_empty() {
                let text = cell.text();
                match self.phases.get(&text, Phase::parse) {
                    Ok(p) => r.phase = Some(p),
                    Err(e) => self.cell_problem(line, c, &text, Severity::Error, e.message, e.expected),
                }
            }
        }
        seen.time = r.date.is_some() || r.season.is_some();
    }
}

fn month_name(m: u8) -> &'static str {
    crate::date::month_name(m).unwrap_or("September")
}
