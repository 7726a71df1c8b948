//! Header mapping: which field each column holds, with a warning for unknown names and for a
//! second column of a field, and the check that the fields a record needs are there.

use crate::quote::shorten;
use crate::read::header::{known_names, Field};
use crate::read::{Column, FileError, Severity};

use super::{Validator, MAX_COLUMNS};

impl<'o> Validator<'o> {
    /// Adds a column named `name` (from the header, or a JSON key first seen at `line`) and
    /// returns its index. Unknown names and second columns for a field are warnings.
    pub(crate) fn add_column(&mut self, name: &str, line: u32) -> usize {
        self.add_column_as(name, None, line)
    }

    /// Like [`Validator::add_column`], with the field given (`forced`) instead of found from
    /// the name.
    pub(crate) fn add_column_as(&mut self, name: &str, forced: Option<Field>, line: u32) -> usize {
        let i = self.columns.len();
        let shown = name.trim();
        let explicit =
            self.opts.columns.iter().find(|(n, _)| crate::fold::fold(n) == crate::fold::fold(shown)).map(|&(_, f)| f);
        let ignored = self.opts.ignore.iter().any(|n| crate::fold::fold(n.trim()) == crate::fold::fold(shown));
        let mut field = if ignored { None } else { forced.or(explicit).or_else(|| Field::from_header(shown)) };
        match field {
            None if shown.is_empty() || ignored => {}
            None => self.problem(
                line,
                shown,
                "",
                Severity::Warning,
                "unknown column, ignored".to_owned(),
                &format!("one of {}, in English, Vietnamese or Khmer", known_names()),
            ),
            Some(f) => {
                if let Some(first) = self.by_field[f.index()] {
                    let first_name = self.columns[first].name.clone();
                    self.problem(
                        line,
                        shown,
                        "",
                        Severity::Warning,
                        format!("a second column for {}, ignored: the first, \"{}\", is used", f.name(), first_name),
                        "",
                    );
                    field = None;
                } else {
                    self.by_field[f.index()] = Some(i);
                }
            }
        }
        let chosen = ignored || (forced.is_none() && explicit.is_some());
        self.columns.push(Column { name: shown.to_owned(), field, chosen });
        self.plan();
        i
    }

    /// The field column `col` holds (`None` when it is ignored).
    pub(crate) fn field_of(&self, col: usize) -> Option<Field> {
        self.columns.get(col).and_then(|c| c.field)
    }

    /// The column for a JSON key: keys naming a field that already has a column share it
    /// (objects of one file may name a field differently: `province` here, `Tỉnh` there).
    pub(crate) fn column_for_key(&mut self, name: &str, line: u32) -> usize {
        let field = Field::from_header(name.trim());
        if let Some(c) = field.and_then(|f| self.by_field[f.index()]) {
            if !self.opts.columns.iter().any(|(n, _)| n.trim() == name.trim()) {
                return c;
            }
        }
        self.add_column(name, line)
    }

    /// The error for a file with more than [`MAX_COLUMNS`] columns (or JSON keys).
    pub(crate) fn too_many_columns(&self, line: u32) -> FileError {
        self.file_error(
            line,
            "",
            format!("more than {MAX_COLUMNS} columns: this does not look like a dataset of finds (a wrong delimiter?)"),
        )
    }

    /// Checks a tabular header: at least one known column, and one that can place a row in
    /// time, space or a team.
    pub(crate) fn check_header(&self) -> Result<(), FileError> {
        let line = self.header_line;
        if self.columns.iter().all(|c| c.field.is_none()) {
            let names: Vec<&str> = self.columns.iter().map(|c| c.name.as_str()).take(8).collect();
            return Err(self.file_error(
                line,
                "",
                format!(
                    "no known column in the header ({}): expected columns such as season, \
                     team, province, remains (in English, Vietnamese or Khmer: mùa khô, đội, \
                     tỉnh, số hài cốt; រដូវ, ក្រុម, ខេត្ត, អដ្ឋិធាតុ)",
                    shorten(&names.join(", "))
                ),
            ));
        }
        let has = |f: Field| self.by_field[f.index()].is_some();
        let anchors = [
            Field::Date,
            Field::Season,
            Field::Team,
            Field::Province,
            Field::Lat,
            Field::District,
            Field::Commune,
            Field::Village,
        ];
        if !anchors.into_iter().any(has) {
            return Err(self.file_error(
                line,
                "",
                "the header has no date, season, team, province, coordinates, district, commune \
                 or village column: every row needs at least one of time, place or team"
                    .to_owned(),
            ));
        }
        Ok(())
    }
}
