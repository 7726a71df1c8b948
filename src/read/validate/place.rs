//! Where a find was made: its province (by name in any of the three languages, alias or
//! code), then its coordinates.

use crate::province::{AliasStatus, Province};
use crate::quote::shorten;
use crate::read::header::Field;
use crate::read::Severity;
use crate::record::Record;

use super::cells::Cells;
use super::{Seen, Validator};

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
                match self.provinces.get(&text, Province::lookup_detailed) {
                    Ok((p, status)) => {
                        r.province = Some(p);
                        if status != AliasStatus::Attested {
                            self.cell_problem(
                                line,
                                c,
                                &text,
                                Severity::Warning,
                                format!(
                                    "\"{}\" is read as {} ({}), but this spelling is {} in the \
                                     gazetteer: check it",
                                    shorten(&text),
                                    p,
                                    p.code(),
                                    status
                                ),
                                "",
                            );
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
                        self.cell_problem(line, c, &text, Severity::Error, message, expected);
                    }
                }
            }
        }
        self.read_coordinates(line, cells, r, named);
        seen.place = r.province.is_some() || r.lat.is_some();
    }
}
