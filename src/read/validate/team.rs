//! Who made a find: the search team (a misprinted team number an error with the teams it may
//! mean) and its military region.

use crate::quote::shorten;
use crate::read::header::Field;
use crate::read::Severity;
use crate::record::{Record, TeamRef};
use crate::team::{MilitaryRegion, Team};

use super::cells::Cells;
use super::{Hint, Seen, Validator};

impl<'o> Validator<'o> {
    /// Reads the team and military region cells into `r`.
    pub(super) fn read_team<C: Cells + ?Sized>(&mut self, line: u32, cells: &C, r: &mut Record, seen: &mut Seen) {
        r.team = None;
        r.military_region = None;
        if let Some(c) = self.col(Field::Team) {
            let cell = cells.cell(c);
            if !cell.is_empty() {
                let text = cell.text();
                match self.teams.get(&text, Team::parse) {
                    Some(t) => r.team = Some(TeamRef::Known(t)),
                    None => match Team::misprint(&text) {
                        Some(near) => {
                            seen.unreadable = true;
                            self.misprinted_team(line, c, &text, &near);
                        }
                        None => {
                            self.cell_problem(
                                line,
                                c,
                                &text,
                                Severity::Warning,
                                format!("\"{}\" is not one of the 11 teams; kept as written", shorten(&text)),
                                "a team such as K92, Đội K92 or k-92 (K51–K53, K70–K73, K90–K93)",
                            );
                            r.team = Some(TeamRef::Other(text.into_owned()));
                        }
                    },
                }
                seen.team = r.team.is_some();
            }
        }
        let derived = r.team.as_ref().and_then(TeamRef::known).map(Team::military_region);
        if let Some(c) = self.col(Field::MilitaryRegion) {
            let cell = cells.cell(c);
            if !cell.is_empty() {
                let text = cell.text();
                match self.regions.get(&text, MilitaryRegion::parse) {
                    Some(m) => {
                        r.military_region = Some(m);
                        if let (Some(d), Some(TeamRef::Known(t))) = (derived, &r.team) {
                            if d != m {
                                self.cell_problem(
                                    line,
                                    c,
                                    &text,
                                    Severity::Warning,
                                    format!(
                                        "{m} does not match team {t}, which belongs to {d}; the \
                                         region as written is used"
                                    ),
                                    "",
                                );
                            }
                        }
                    }
                    None => self.cell_problem(
                        line,
                        c,
                        &text,
                        Severity::Error,
                        format!("\"{}\" is not a military region", shorten(&text)),
                        "5, 7 or 9 (QK5, Quân khu 7, MR 9)",
                    ),
                }
            }
        }
        if r.military_region.is_none() {
            r.military_region = derived;
        }
    }

    /// An error for a team number that is none of the eleven (`K37`), naming the teams it may
    /// be a misprint of (`near`, from [`Team::misprint`]) or, if none, all eleven.
    fn misprinted_team(&mut self, line: u32, c: usize, text: &str, near: &[Team]) {
        let codes: Vec<String> = near.iter().map(|t| t.code().to_owned()).collect();
        let (message, expected) = match codes.as_slice() {
            [] => (
                format!("\"{}\" is not one of the 11 teams; counted under unknown team", shorten(text)),
                "one of K51, K52, K53, K70, K71, K72, K73, K90, K91, K92, K93",
            ),
            [init @ .., last] => {
                let list = if init.is_empty() { last.clone() } else { format!("{} or {last}", init.join(", ")) };
                (
                    format!(
                        "\"{}\" is not one of the 11 teams: did you mean {list}?; counted under unknown team",
                        shorten(text)
                    ),
                    "",
                )
            }
        };
        self.cell_problem_hinted(line, c, text, Severity::Error, message, expected, Hint::of(codes));
    }
}
