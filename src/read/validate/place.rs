//! Where a find was made: its province (by name in any of the three languages, alias, code
//! or sound), then its coordinates; then whether its team is reported to work there.

use crate::lang::Lang;
use crate::province::{AliasStatus, Province, UnknownProvince};
use crate::quote::shorten;
use crate::read::header::Field;
use crate::read::Severity;
use crate::record::{Record, TeamRef};

use super::cells::Cells;
use super::{Hint, Seen, Validator};

/// Unknown province names a file gets suggestions for at most: each search runs an edit
/// distance against every alias, so that a file of many thousand distinct unknown names is
/// not read for minutes. The names past it are reported without suggestion, and one warning
/// says so.
pub(crate) const SUGGESTION_SEARCHES: usize = 2000;

/// The searches for suggestions a reading has made, against [`SUGGESTION_SEARCHES`].
#[derive(Default)]
pub(super) struct Suggestions {
    /// Searches made.
    searched: usize,
    /// Whether an unknown name went without a search (the budget was spent).
    refused: bool,
}

impl Suggestions {
    /// Looks `name` up, searching for suggestions when it is unknown while the budget lasts.
    fn lookup(&mut self, name: &str) -> Result<(Province, AliasStatus), UnknownProvince> {
        let suggesting = self.searched < SUGGESTION_SEARCHES;
        let found = Province::lookup_suggesting(name, suggesting);
        if found.is_err() {
            if suggesting {
                self.searched += 1;
            } else {
                self.refused = true;
            }
        }
        found
    }

    /// Whether `later`, the searches of a later part of the file, adds to these exactly as
    /// reading both parts on one thread would have searched; `cached` is the province names
    /// both parts' caches hold. It does when neither part ran out and their searches together
    /// are within the budget: one reading then searches at most as many names (each
    /// distinct unknown name once, while its cache is not full), so never runs out either.
    #[cfg(not(target_arch = "wasm32"))]
    pub(super) fn absorb(&mut self, later: &Suggestions, cached: usize) -> bool {
        let searched = self.searched + later.searched;
        let exact = searched == 0
            || (!self.refused && !later.refused && searched <= SUGGESTION_SEARCHES && cached < super::memo::MEMO_CAP);
        if exact {
            self.searched = searched;
        }
        exact
    }
}

impl<'o> Validator<'o> {
    /// Reads the province cell, then the coordinates, into `r`.
    pub(super) fn read_place<C: Cells + ?Sized>(&mut self, line: u32, cells: &C, r: &mut Record, seen: &mut Seen) {
        r.province = None;
        r.lat = None;
        r.lon = None;
        let mut named: Option<(usize, Province)> = None;
        if let Some(c) = self.col(Field::Province) {
            let cell = cells.cell(c);
            if !cell.is_empty() {
                let text = cell.text();
                let refused = self.suggestions.refused;
                let suggestions = &mut self.suggestions;
                let found = self.provinces.get(&text, |name| suggestions.lookup(name));
                if self.suggestions.refused && !refused {
                    self.cell_problem(
                        line,
                        c,
                        &text,
                        Severity::Warning,
                        format!(
                            "more than {SUGGESTION_SEARCHES} names are not Cambodian provinces: the \
                             rest get no suggestion (a search for each would slow the reading)"
                        ),
                        "",
                    );
                }
                match found {
                    Ok((p, status)) => {
                        r.province = Some(p);
                        if status != AliasStatus::Attested {
                            let message = if status == AliasStatus::Rule {
                                format!(
                                    "\"{}\" is read as {} ({}) by its sound, but this spelling is not in \
                                     the gazetteer: check it",
                                    shorten(&text),
                                    p,
                                    p.code()
                                )
                            } else {
                                format!(
                                    "\"{}\" is read as {} ({}), but this spelling is {} in the \
                                     gazetteer: check it",
                                    shorten(&text),
                                    p,
                                    p.code(),
                                    status
                                )
                            };
                            let hint = Hint::of(vec![p.name(Lang::En).to_owned()]);
                            self.cell_problem_hinted(line, c, &text, Severity::Warning, message, "", hint);
                        }
                        named = Some((c, p));
                    }
                    Err(e) => {
                        seen.unreadable = true;
                        let expected = if e.suggestions.is_empty() {
                            "a province name in English, Vietnamese or Khmer, or a code KH-1 … KH-25"
                        } else {
                            ""
                        };
                        let mut message = e.to_string();
                        if !e.suggestions.is_empty() {
                            message.push_str("; counted under unknown province");
                        } else {
                            message = format!(
                                "\"{}\" is not a Cambodian province; counted under unknown province",
                                shorten(&text)
                            );
                        }
                        let hint = Hint::of(e.suggestions.iter().map(|p| p.name(Lang::En).to_owned()).collect());
                        self.cell_problem_hinted(line, c, &text, Severity::Error, message, expected, hint);
                    }
                }
            }
        }
        self.read_coordinates(line, cells, r, named);
        seen.place = r.province.is_some() || r.lat.is_some();
        self.check_team_area(line, cells, r, named);
    }

    /// Warns when the record's province is not one its team is reported to work in (see
    /// [`Team::provinces`]): the record still counts, as written. The warning is on the
    /// province's cell, or the team's when the province comes from the coordinates.
    fn check_team_area<C: Cells + ?Sized>(
        &mut self,
        line: u32,
        cells: &C,
        r: &Record,
        named: Option<(usize, Province)>,
    ) {
        let (Some(TeamRef::Known(team)), Some(p)) = (&r.team, r.province) else {
            return;
        };
        let area = team.provinces();
        if area.contains(&p) {
            return;
        }
        let names: Vec<&str> = area.iter().map(|a| a.name(Lang::En)).collect();
        let message = format!(
            "{team} works in {} (as reported 2022–2025); {p} ({}) is outside its area: check the team \
             and the province (the record counts as written)",
            names.join(", "),
            p.code()
        );
        let col = match named {
            Some((c, _)) => Some(c),
            None => self.col(Field::Team),
        };
        if let Some(c) = col {
            let cell = cells.cell(c);
            let text = cell.text();
            self.cell_problem(line, c, &text, Severity::Warning, message, "");
        }
    }
}
