//! The one validation path every format goes through: a header mapping columns to fields,
//! then one call per row with its cells, which builds a [`Record`], reports every problem,
//! keeps the totals and pushes the record into the dataset.

use std::borrow::Cow;
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

use super::header::{known_names, Field, FIELD_COUNT};
use super::{Column, FigureKind, FileError, Loaded, Problem, ReadOptions, Severity};
use crate::count::parse_count;
use crate::date::{shorten, Date, ParseError};
use crate::number::decimal;
use crate::province::{AliasStatus, Province, UnknownProvince};
use crate::record::{Record, TeamRef};
use crate::season::{Phase, Season, MAX_FIRST_YEAR};
use crate::team::{MilitaryRegion, Team};

/// One cell of a row, as the format gives it.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) enum Cell<'a> {
    /// Nothing.
    Empty,
    /// Text (trimmed by the validator).
    Text(&'a str),
    /// A number (JSON, spreadsheets).
    Number(f64),
    /// A spreadsheet cell formatted as a date: an Excel serial number.
    Serial(f64),
    /// A boolean (JSON, spreadsheets).
    Bool(bool),
}

impl<'a> Cell<'a> {
    /// The cell as text, trimmed; numbers written the shortest way (`2025`, `12.5`).
    #[inline]
    pub(crate) fn text(&self) -> Cow<'_, str> {
        match *self {
            Cell::Empty => Cow::Borrowed(""),
            Cell::Text(s) => Cow::Borrowed(trim(s)),
            Cell::Number(n) | Cell::Serial(n) => Cow::Owned(decimal(n)),
            Cell::Bool(b) => Cow::Borrowed(if b { "true" } else { "false" }),
        }
    }

    /// [`Cell::text`], borrowing from the row rather than from the cell.
    #[inline]
    pub(crate) fn into_text(self) -> Cow<'a, str> {
        match self {
            Cell::Text(s) => Cow::Borrowed(trim(s)),
            other => Cow::Owned(other.text().into_owned()),
        }
    }

    #[inline]
    fn is_empty(&self) -> bool {
        match self {
            Cell::Empty => true,
            Cell::Text(s) => trim(s).is_empty(),
            _ => false,
        }
    }
}

/// `s` without leading and trailing white space; no Unicode scan unless an end could be white
/// space (an ASCII space or control, or a character whose UTF-8 form begins like that of a
/// Unicode space: U+0085, U+00A0, U+1680, U+2000…U+205F, U+3000).
#[inline]
fn trim(s: &str) -> &str {
    let b = s.as_bytes();
    match (b.first(), b.last()) {
        (None, _) | (_, None) => s,
        (Some(&f), Some(&l)) if f > 0x20 && !matches!(f, 0xC2 | 0xE1 | 0xE2 | 0xE3) && (0x21..0x80).contains(&l) => s,
        _ => s.trim(),
    }
}

/// Byte equality, inline for the short keys the caches compare (no `memcmp` call).
#[inline]
fn same(a: &[u8], b: &[u8]) -> bool {
    if a.len() != b.len() {
        return false;
    }
    let n = a.len();
    let word = |s: &[u8], i: usize| {
        let mut w = [0u8; 8];
        w.copy_from_slice(&s[i..i + 8]);
        u64::from_le_bytes(w)
    };
    match n {
        0 => true,
        1..=7 => a.iter().zip(b).all(|(x, y)| x == y),
        8..=16 => word(a, 0) == word(b, 0) && word(a, n - 8) == word(b, n - 8),
        _ => a == b,
    }
}

/// A row's cells, by column index.
pub(crate) trait Cells {
    /// Cell `i` ([`Cell::Empty`] past the end).
    fn cell(&self, i: usize) -> Cell<'_>;
    /// Number of cells.
    fn width(&self) -> usize;
}

impl Cells for [Cell<'_>] {
    fn cell(&self, i: usize) -> Cell<'_> {
        self.get(i).copied().unwrap_or(Cell::Empty)
    }
    fn width(&self) -> usize {
        self.len()
    }
}

/// FxHash (as in rustc): a fast hash for the short strings the caches see.
#[derive(Default)]
pub(crate) struct Fx(u64);

impl Hasher for Fx {
    fn write(&mut self, bytes: &[u8]) {
        const K: u64 = 0x517c_c1b7_2722_0a95;
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let mut w = [0u8; 8];
            w.copy_from_slice(c);
            self.0 = (self.0.rotate_left(5) ^ u64::from_le_bytes(w)).wrapping_mul(K);
        }
        for &b in chunks.remainder() {
            self.0 = (self.0.rotate_left(5) ^ u64::from(b)).wrapping_mul(K);
        }
    }
    fn write_u8(&mut self, i: u8) {
        self.write(&[i]);
    }
    fn finish(&self) -> u64 {
        self.0
    }
}

/// Columns a file may have: more is refused (a header of a million cells is not a dataset of
/// finds, and would cost time and memory for nothing).
pub(crate) const MAX_COLUMNS: usize = 1000;

/// Distinct values a cache keeps; beyond, values are computed every time (hostile input).
const MEMO_CAP: usize = 4096;

/// Slots of a cache's direct-mapped front table (a power of two).
const MEMO_SLOTS: usize = 256;

/// A cached key and its value.
type Entry<V> = (Box<str>, V);

/// A cache of parse results by the text parsed: a small two-way table in front (a column has
/// few distinct seasons, teams or provinces, so most lookups are one or two comparisons),
/// then a hash map.
struct Memo<V> {
    /// Two ways per slot, the most recently filled first: two keys of a column that share a
    /// slot (it happens among 25 province names) both stay in front.
    front: Vec<[Option<Entry<V>>; 2]>,
    map: HashMap<Box<str>, V, BuildHasherDefault<Fx>>,
}

/// A cheap hash from the length and four bytes of the key (first, middle, last two), mixed by
/// a multiplication (its high bits are the well-mixed ones).
#[inline]
fn hash(key: &str) -> u64 {
    let b = key.as_bytes();
    let n = b.len();
    let at = |i: usize| b.get(i).copied().unwrap_or(0);
    let (first, mid, before, last) = (at(0), at(n / 2), at(n.wrapping_sub(2)), at(n.wrapping_sub(1)));
    (u64::from(first) | u64::from(mid) << 8 | u64::from(last) << 16 | u64::from(before) << 24 | (n as u64) << 32)
        .wrapping_mul(0x9E37_79B9_7F4A_7C15)
}

/// The front-table slot of a cache key.
#[inline]
fn slot(key: &str) -> usize {
    (hash(key) >> 56) as usize % MEMO_SLOTS
}

/// Slots of the table of recent string ids (a power of two).
const INTERNED_SLOTS: usize = 1024;

impl<V: Clone> Memo<V> {
    fn new() -> Memo<V> {
        Memo { front: vec![[None, None]; MEMO_SLOTS], map: HashMap::default() }
    }

    #[inline]
    fn get(&mut self, key: &str, f: impl FnOnce(&str) -> V) -> V {
        let i = slot(key);
        for (k, v) in self.front[i].iter().flatten() {
            if same(k.as_bytes(), key.as_bytes()) {
                return v.clone();
            }
        }
        self.miss(i, key, f)
    }

    #[inline(never)]
    fn miss(&mut self, i: usize, key: &str, f: impl FnOnce(&str) -> V) -> V {
        let v = match self.map.get(key) {
            Some(v) => v.clone(),
            None => {
                let v = f(key);
                if self.map.len() < MEMO_CAP {
                    self.map.insert(key.into(), v.clone());
                }
                v
            }
        };
        if key.len() <= 64 {
            let ways = &mut self.front[i];
            ways[1] = ways[0].take();
            ways[0] = Some((key.into(), v.clone()));
        }
        v
    }
}

/// Sums kept while reading, turned into the report's `by_…` lists at the end.
struct Tally {
    /// Index: first year − [`FIRST_TALLY_YEAR`] + 1; 0 unknown.
    seasons: Vec<u64>,
    /// Seasons outside the table (none from the parsers; kept so that totals always add up).
    other_seasons: std::collections::BTreeMap<u16, u64>,
    provinces: [u64; 26],
    /// 0 no team, 1..=11 known.
    teams: [u64; 12],
    other_teams: Vec<(String, u64)>,
}

/// The first season the tally table holds: that of a date in January 1900 (the earliest date).
const FIRST_TALLY_YEAR: u16 = crate::date::MIN_YEAR - 1;

/// The text fields a record may have besides its note, in the dataset's order.
const TEXTS: [Field; 5] = [Field::District, Field::Commune, Field::Village, Field::Informant, Field::Cemetery];

/// What a coordinate cell should hold, for problems.
const EXPECTED_LAT: &str = "a latitude in decimal degrees, such as 11.5564";
const EXPECTED_LON: &str = "a longitude in decimal degrees, such as 104.9282";

/// Cambodia's bounding box, with a margin, for the swapped-coordinates test.
const KH_LAT: std::ops::RangeInclusive<f64> = 9.5..=15.0;
const KH_LON: std::ops::RangeInclusive<f64> = 102.0..=108.0;

/// Builds records from rows, reporting every problem.
pub(crate) struct Validator<'o> {
    file: String,
    opts: &'o ReadOptions,
    columns: Vec<Column>,
    by_field: [Option<usize>; FIELD_COUNT],
    header_line: u32,
    pub(crate) loaded: Loaded,
    tally: Tally,
    seasons: Memo<Result<Season, ParseError>>,
    dates: Memo<Result<Date, ParseError>>,
    phases: Memo<Result<Phase, ParseError>>,
    teams: Memo<Option<Team>>,
    regions: Memo<Option<MilitaryRegion>>,
    provinces: Memo<Result<(Province, AliasStatus), UnknownProvince>>,
    figure_index: HashMap<Box<str>, usize, BuildHasherDefault<Fx>>,
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
            tally: Tally {
                seasons: vec![0; usize::from(MAX_FIRST_YEAR - FIRST_TALLY_YEAR) + 3],
                other_seasons: std::collections::BTreeMap::new(),
                provinces: [0; 26],
                teams: [0; 12],
                other_teams: Vec::new(),
            },
            seasons: Memo::new(),
            dates: Memo::new(),
            phases: Memo::new(),
            teams: Memo::new(),
            regions: Memo::new(),
            provinces: Memo::new(),
            figure_index: HashMap::default(),
            figure_read: None,
            note: String::new(),
            interned: vec![u32::MAX; INTERNED_SLOTS],
            record: Some(Box::default()),
            text_cols: Vec::new(),
            note_cols: Vec::new(),
        }
    }

    /// A validator for a later part of the same file: the same columns, nothing read yet (no
    /// problems, no comments), for [`Validator::absorb`] to add to this one after reading.
    #[cfg(not(target_arch = "wasm32"))]
    pub(crate) fn for_part(&self) -> Validator<'o> {
        let mut v = Validator::new(&self.file, self.opts, self.header_line);
        v.columns.clone_from(&self.columns);
        v.by_field = self.by_field;
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
        for mut p in from.problems {
            if report.problems.len() >= self.opts.max_problems {
                report.problems_omitted += 1;
            } else {
                p.line = p.line.saturating_add(line_offset);
                report.problems.push(p);
            }
        }
        let (t, from) = (&mut self.tally, part.tally);
        for (a, b) in t.seasons.iter_mut().zip(&from.seasons) {
            *a += b;
        }
        for (y, n) in from.other_seasons {
            *t.other_seasons.entry(y).or_insert(0) += n;
        }
        for (a, b) in t.provinces.iter_mut().zip(&from.provinces) {
            *a += b;
        }
        for (a, b) in t.teams.iter_mut().zip(&from.teams) {
            *a += b;
        }
        for (name, n) in from.other_teams {
            match t.other_teams.iter_mut().find(|(o, _)| *o == name) {
                Some((_, v)) => *v += n,
                None => t.other_teams.push((name, n)),
            }
        }
        true
    }

    /// A file-level error.
    pub(crate) fn file_error(&self, line: u32, column: &str, message: String) -> FileError {
        FileError { file: self.file.clone(), line, column: column.to_owned(), message }
    }

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
        let explicit = self
            .opts
            .columns
            .iter()
            .find(|(n, _)| crate::province::fold::fold(n) == crate::province::fold::fold(shown))
            .map(|&(_, f)| f);
        let mut field = forced.or(explicit).or_else(|| Field::from_header(shown));
        match field {
            None if shown.is_empty() => {}
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
        self.columns.push(Column { name: shown.to_owned(), field });
        self.plan();
        i
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

    fn problem(&mut self, line: u32, column: &str, value: &str, severity: Severity, message: String, expected: &str) {
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
        let width = cells.width();
        if (0..width).all(|i| cells.cell(i).is_empty()) {
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
        let mut r = self.record.take().unwrap_or_default();
        r.line = line;
        let mut seen = Seen::default();
        let counted = self.read_counts(line, cells, &mut r);
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

    /// Whether a row of figure kind `kind` is read (see `ReadOptions::figure`).
    fn figure_selected(&mut self, kind: &str) -> bool {
        if kind.is_empty() {
            return true;
        }
        let figures = &mut self.loaded.report.figures;
        let i = match self.figure_index.get(kind) {
            Some(&i) => i,
            None => {
                let read = match &self.opts.figure {
                    Some(want) => crate::province::fold::fold(want) == crate::province::fold::fold(kind),
                    None => self.figure_read.is_none(),
                };
                figures.push(FigureKind { kind: kind.to_owned(), rows: 0, read });
                let i = figures.len() - 1;
                if read && self.figure_read.is_none() {
                    self.figure_read = Some(i);
                }
                if self.figure_index.len() < MEMO_CAP {
                    self.figure_index.insert(kind.into(), i);
                }
                i
            }
        };
        figures[i].rows += 1;
        figures[i].read
    }

    /// Remains and identified; false when the count is unreadable (the row is not counted).
    fn read_counts<C: Cells + ?Sized>(&mut self, line: u32, cells: &C, r: &mut Record) -> bool {
        r.remains = 1;
        r.identified = None;
        let mut counted = true;
        if let Some(c) = self.col(Field::Remains) {
            let cell = cells.cell(c);
            if !cell.is_empty() {
                match count(&cell) {
                    Ok(v) => r.remains = v,
                    Err(e) => {
                        let text = cell.text();
                        self.cell_problem(
                            line,
                            c,
                            &text,
                            Severity::Error,
                            format!("{}; the row is not counted", e.message),
                            e.expected,
                        );
                        counted = false;
                    }
                }
            }
        }
        if let Some(c) = self.col(Field::Identified) {
            let cell = cells.cell(c);
            if !cell.is_empty() {
                match count(&cell) {
                    Ok(v) => {
                        r.identified = Some(v);
                        if counted && v > r.remains {
                            let text = cell.text();
                            self.cell_problem(
                                line,
                                c,
                                &text,
                                Severity::Warning,
                                format!("more sets identified ({v}) than sets of remains ({})", r.remains),
                                "",
                            );
                        }
                    }
                    Err(e) => {
                        let text = cell.text();
                        self.cell_problem(line, c, &text, Severity::Error, e.message, e.expected);
                    }
                }
            }
        }
        counted
    }

    fn read_time<C: Cells + ?Sized>(&mut self, line: u32, cells: &C, r: &mut Record, seen: &mut Seen) {
        r.date = None;
        r.season = None;
        r.phase = None;
        if let Some(c) = self.col(Field::Date) {
            let cell = cells.cell(c);
            let parsed = match cell {
                Cell::Empty => None,
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

    fn read_team<C: Cells + ?Sized>(&mut self, line: u32, cells: &C, r: &mut Record, seen: &mut Seen) {
        r.team = None;
        r.military_region = None;
        if let Some(c) = self.col(Field::Team) {
            let cell = cells.cell(c);
            if !cell.is_empty() {
                let text = cell.text();
                match self.teams.get(&text, Team::parse) {
                    Some(t) => r.team = Some(TeamRef::Known(t)),
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
                }
                seen.team = true;
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

    fn read_place<C: Cells + ?Sized>(&mut self, line: u32, cells: &C, r: &mut Record, seen: &mut Seen) {
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

    fn read_coordinates<C: Cells + ?Sized>(
        &mut self,
        line: u32,
        cells: &C,
        r: &mut Record,
        named: Option<(usize, Province)>,
    ) {
        let (lat_col, lon_col) = (self.col(Field::Lat), self.col(Field::Lon));
        if lat_col.is_none() && lon_col.is_none() {
            return;
        }
        let lat_cell = lat_col.map_or(Cell::Empty, |c| cells.cell(c));
        let lon_cell = lon_col.map_or(Cell::Empty, |c| cells.cell(c));
        // Most points are two plain decimals: read them without the checks below.
        let quick = match (lat_cell, lon_cell) {
            (Cell::Text(a), Cell::Text(o)) => fast_decimal(a.as_bytes()).zip(fast_decimal(o.as_bytes())),
            _ => None,
        };
        let (mut lat, mut lon) = match quick {
            Some(point) => point,
            None => match self.coordinates_slowly(line, (lat_col, &lat_cell), (lon_col, &lon_cell)) {
                Some(point) => point,
                None => return,
            },
        };
        let point = |lat: f64, lon: f64| format!("{}, {}", decimal(lat), decimal(lon));
        let swapped = (!(-90.0..=90.0).contains(&lat) || (KH_LON.contains(&lat) && KH_LAT.contains(&lon)))
            && (-90.0..=90.0).contains(&lon)
            && (-180.0..=180.0).contains(&lat);
        if swapped {
            // Latitude and longitude swapped: Cambodia is at 10–15° N, 102–108° E.
            self.problem(
                line,
                &self.lat_name(lat_col),
                &point(lat, lon),
                Severity::Warning,
                format!(
                    "latitude {} and longitude {} look swapped (Cambodia lies at latitude \
                     10 to 15, longitude 102 to 108); used as latitude {1}, longitude {0}",
                    decimal(lat),
                    decimal(lon)
                ),
                "",
            );
            std::mem::swap(&mut lat, &mut lon);
        }
        for (v, limit, col, cell, what, expected) in [
            (lat, 90.0, lat_col, &lat_cell, "latitude", EXPECTED_LAT),
            (lon, 180.0, lon_col, &lon_cell, "longitude", EXPECTED_LON),
        ] {
            if !(-limit..=limit).contains(&v) {
                if let Some(c) = col {
                    let text = cell.text();
                    self.cell_problem(
                        line,
                        c,
                        &text,
                        Severity::Error,
                        format!(
                            "{} is out of range for a {what} (−{limit} to {limit}); the point is not used",
                            shorten(&text),
                            limit = decimal(limit)
                        ),
                        expected,
                    );
                }
                return;
            }
        }
        r.lat = Some(lat);
        r.lon = Some(lon);
        match crate::geo::hit::province_at(lon, lat).and_then(Province::from_number) {
            Some(at) => {
                if let Some((c, p)) = named {
                    if p != at {
                        let text = cells.cell(c).text().into_owned();
                        self.cell_problem(
                            line,
                            c,
                            &text,
                            Severity::Warning,
                            format!(
                                "{} ({}) does not match the coordinates {}, which are in {} ({}); \
                                 the province of the coordinates is used",
                                p,
                                p.code(),
                                point(lat, lon),
                                at,
                                at.code()
                            ),
                            "",
                        );
                    }
                }
                r.province = Some(at);
            }
            None => {
                let kept = match named {
                    Some((_, p)) => format!("the named province, {p}, is used"),
                    None => "counted under unknown province".to_owned(),
                };
                self.problem(
                    line,
                    &self.lat_name(lat_col),
                    &point(lat, lon),
                    Severity::Warning,
                    format!("the point {} is outside Cambodia; {kept}", point(lat, lon)),
                    "",
                );
            }
        }
    }

    /// The point from its two cells when they are not two plain decimals, reporting what is
    /// wrong; `None` when there is no usable point.
    fn coordinates_slowly(
        &mut self,
        line: u32,
        (lat_col, lat_cell): (Option<usize>, &Cell),
        (lon_col, lon_cell): (Option<usize>, &Cell),
    ) -> Option<(f64, f64)> {
        if lat_cell.is_empty() && lon_cell.is_empty() {
            return None;
        }
        let mut bad = false;
        let mut parse = |this: &mut Self, col: Option<usize>, cell: &Cell, what: &str, expected: &str| {
            let v = degrees(cell);
            if v.is_none() && !cell.is_empty() {
                if let Some(c) = col {
                    let text = cell.text();
                    this.cell_problem(
                        line,
                        c,
                        &text,
                        Severity::Error,
                        format!("\"{}\" is not a {what}; the point is not used", shorten(&text)),
                        expected,
                    );
                }
                bad = true;
            }
            v
        };
        let lat = parse(self, lat_col, lat_cell, "latitude", EXPECTED_LAT);
        let lon = parse(self, lon_col, lon_cell, "longitude", EXPECTED_LON);
        match (lat, lon) {
            (Some(a), Some(o)) => Some((a, o)),
            _ => {
                if !bad {
                    let (c, cell, missing) = if lat_cell.is_empty() {
                        (lon_col, lon_cell, "latitude")
                    } else {
                        (lat_col, lat_cell, "longitude")
                    };
                    if let Some(c) = c {
                        let text = cell.text();
                        self.cell_problem(
                            line,
                            c,
                            &text,
                            Severity::Error,
                            format!("a point needs both coordinates: the {missing} is missing; the point is not used"),
                            "",
                        );
                    }
                }
                None
            }
        }
    }

    fn lat_name(&self, lat_col: Option<usize>) -> String {
        lat_col.and_then(|c| self.columns.get(c)).map(|c| c.name.clone()).unwrap_or_default()
    }

    /// Whether the row names a place below the province, and the note with a published
    /// figure's source appended. The text fields themselves go from the cells straight into
    /// the dataset ([`Validator::accept`]).
    fn read_texts<C: Cells + ?Sized>(&mut self, cells: &C, r: &mut Record, seen: &mut Seen) {
        const PLACES: usize = 3; // district, commune, village: the first three of TEXTS
        seen.place |= self.text_cols.iter().any(|&(k, c)| k < PLACES && !cells.cell(c).is_empty());
        if self.note_cols.is_empty() {
            return;
        }
        let mut note = std::mem::take(&mut self.note);
        note.clear();
        for i in 0..self.note_cols.len() {
            let (f, c) = self.note_cols[i];
            let cell = cells.cell(c);
            if cell.is_empty() {
                continue;
            }
            if !note.is_empty() {
                note.push_str(if f == Field::Source { "; " } else { ", " });
            }
            note.push_str(match f {
                Field::Source => "source: ",
                Field::SourceDate => "published ",
                _ => "",
            });
            note.push_str(&cell.text());
        }
        if note.is_empty() {
            self.note = note;
        } else {
            r.note = Some(note);
        }
    }

    /// The dataset's id for text `s`: a district or village name repeats from row to row, so a
    /// direct-mapped table of recent ids in front of the dataset's hash map answers most.
    #[inline]
    fn intern(&mut self, s: &str) -> u32 {
        let i = (hash(s) >> 54) as usize % INTERNED_SLOTS;
        let id = self.interned[i];
        if id != u32::MAX && self.loaded.dataset.string(id).is_some_and(|t| same(t.as_bytes(), s.as_bytes())) {
            return id;
        }
        let id = self.loaded.dataset.intern(s);
        self.interned[i] = id;
        id
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
    }

    fn accept<C: Cells + ?Sized>(&mut self, r: &Record, cells: &C) {
        let report = &mut self.loaded.report;
        report.accepted += 1;
        let n = u64::from(r.remains);
        report.remains += n;
        report.identified += r.identified.map_or(0, u64::from);
        let t = &mut self.tally;
        match r.season.map(Season::first_year) {
            None => t.seasons[0] += n,
            Some(y) => match y.checked_sub(FIRST_TALLY_YEAR).and_then(|i| t.seasons.get_mut(usize::from(i) + 1)) {
                Some(slot) => *slot += n,
                None => *t.other_seasons.entry(y).or_insert(0) += n,
            },
        }
        t.provinces[r.province.map_or(0, |p| usize::from(p.number()))] += n;
        match &r.team {
            None => t.teams[0] += n,
            Some(TeamRef::Known(k)) => {
                let i = Team::ALL.iter().position(|x| x == k).map_or(0, |i| i + 1);
                t.teams[i] += n;
            }
            Some(TeamRef::Other(name)) => match t.other_teams.iter_mut().find(|(o, _)| o == name) {
                Some((_, v)) => *v += n,
                None => t.other_teams.push((name.clone(), n)),
            },
        }
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
        let t = &self.tally;
        let report = &mut self.loaded.report;
        let mut seasons = t.other_seasons.clone();
        for (i, &v) in t.seasons.iter().enumerate().skip(1).filter(|(_, &v)| v > 0) {
            *seasons.entry(FIRST_TALLY_YEAR + i as u16 - 1).or_insert(0) += v;
        }
        report.by_season = seasons.into_iter().map(|(y, v)| (Season::new(y).to_string(), v)).collect();
        if t.seasons[0] > 0 {
            report.by_season.push(("unknown".to_owned(), t.seasons[0]));
        }
        report.by_province = Province::ALL
            .iter()
            .filter(|p| t.provinces[usize::from(p.number())] > 0)
            .map(|p| (p.code().to_owned(), t.provinces[usize::from(p.number())]))
            .collect();
        report.by_province.push(("unknown".to_owned(), t.provinces[0]));
        report.by_team = Team::ALL
            .iter()
            .enumerate()
            .filter(|(i, _)| t.teams[i + 1] > 0)
            .map(|(i, team)| (team.code().to_owned(), t.teams[i + 1]))
            .chain(t.other_teams.iter().cloned())
            .collect();
        if t.teams[0] > 0 {
            report.by_team.push(("unknown".to_owned(), t.teams[0]));
        }
        report.columns = std::mem::take(&mut self.columns);
        self.loaded.dataset.shrink_to_fit();
        self.loaded
    }
}

fn month_name(m: u8) -> &'static str {
    crate::date::month_name(m).unwrap_or("September")
}

/// A count from a cell: digits only on the fast path, else [`parse_count`]; Khmer digits
/// (០–៩), as Khmer-language sheets write counts, are read too.
fn count(cell: &Cell) -> Result<u32, ParseError> {
    let parsed = match *cell {
        Cell::Text(s) => {
            let b = s.as_bytes();
            if !b.is_empty() && b.len() <= 9 && b.iter().all(u8::is_ascii_digit) {
                return Ok(b.iter().fold(0, |v, &d| v * 10 + u32::from(d - b'0')));
            }
            parse_count(s)
        }
        Cell::Number(n) if n >= 0.0 && n.fract() == 0.0 && n <= f64::from(u32::MAX) => return Ok(n as u32),
        _ => parse_count(&cell.text()),
    };
    parsed.or_else(|e| {
        let text = cell.text();
        if !text.chars().any(|c| ('\u{17E0}'..='\u{17E9}').contains(&c)) {
            return Err(e);
        }
        let ascii: String = text
            .chars()
            .map(|c| match c {
                '\u{17E0}'..='\u{17E9}' => char::from(b'0' + (u32::from(c) - 0x17E0) as u8),
                c => c,
            })
            .collect();
        parse_count(&ascii)
    })
}

/// Degrees from a cell: a decimal number, with `,` accepted as the decimal mark and a
/// trailing `°` ignored.
fn degrees(cell: &Cell) -> Option<f64> {
    let v = match *cell {
        Cell::Number(n) => n,
        Cell::Text(s) => {
            let s = trim(s);
            if let Some(v) = fast_decimal(s.as_bytes()) {
                return Some(v);
            }
            let s = s.strip_suffix('°').unwrap_or(s).trim_end();
            if s.is_empty()
                || s.len() > 32
                || !s.bytes().all(|b| b.is_ascii_digit() || matches!(b, b'.' | b',' | b'-' | b'+'))
            {
                return None;
            }
            match s.parse::<f64>() {
                Ok(v) => v,
                Err(_) if s.matches(',').count() == 1 && !s.contains('.') => s.replace(',', ".").parse().ok()?,
                Err(_) => return None,
            }
        }
        _ => return None,
    };
    v.is_finite().then_some(v)
}

/// `[-]digits[.digits]` with at most 15 digits, exactly as `str::parse::<f64>` reads it (both
/// operands of the one division are exact, so the quotient is correctly rounded).
fn fast_decimal(s: &[u8]) -> Option<f64> {
    const POW10: [f64; 16] = [1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];
    let (negative, d) = match s.split_first() {
        Some((b'-', rest)) => (true, rest),
        _ => (false, s),
    };
    // At most 15 digits and a point.
    if d.len() > 16 {
        return None;
    }
    let (mut n, mut i) = (0u64, 0usize);
    while let Some(&c) = d.get(i) {
        if !c.is_ascii_digit() {
            break;
        }
        n = n * 10 + u64::from(c - b'0');
        i += 1;
    }
    let whole = i;
    if i < d.len() {
        if d[i] != b'.' {
            return None;
        }
        i += 1;
        while let Some(&c) = d.get(i) {
            if !c.is_ascii_digit() {
                return None;
            }
            n = n * 10 + u64::from(c - b'0');
            i += 1;
        }
    }
    let fraction = d.len() - whole - usize::from(d.len() > whole);
    let count = whole + fraction;
    if count == 0 || count > 15 {
        return None;
    }
    let v = n as f64 / POW10[fraction];
    Some(if negative { -v } else { v })
}

/// `2025-11-06` and `06/11/2025`, the two common forms, without allocating.
fn fast_date(s: &[u8]) -> Option<Date> {
    if s.len() != 10 {
        return None;
    }
    let num = |r: std::ops::Range<usize>| -> Option<u16> {
        s[r].iter().try_fold(0u16, |v, &b| b.is_ascii_digit().then(|| v * 10 + u16::from(b - b'0')))
    };
    let (y, m, d) = if s[4] == b'-' && s[7] == b'-' {
        (num(0..4)?, num(5..7)?, num(8..10)?)
    } else if s[2] == b'/' && s[5] == b'/' {
        (num(6..10)?, num(3..5)?, num(0..2)?)
    } else {
        return None;
    };
    if !(crate::date::MIN_YEAR..=crate::date::MAX_YEAR).contains(&y) {
        return None;
    }
    Date::from_ymd(y, u8::try_from(m).ok()?, u8::try_from(d).ok()?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn trim_and_same_agree_with_std() {
        for s in [
            "",
            " ",
            "K92",
            " K92",
            "K92 ",
            "\tK92\r",
            "\u{a0}Kratie",
            "Kratie\u{a0}",
            "\u{3000}x",
            "x\u{2009}",
            "đợt 1",
            "ក្រចេះ",
            "ក្រចេះ\u{1680}",
            "\u{85}a",
            "a\u{85}",
            "\u{7f}",
        ] {
            assert_eq!(trim(s), s.trim(), "{s:?}");
        }
        let words = ["", "a", "ab", "K92", "Kratie", "Kampong", "Kampong Cham", "Kampong Chhnang", "Banteay Meanchey!"];
        for a in words {
            for b in words {
                assert_eq!(same(a.as_bytes(), b.as_bytes()), a == b, "{a:?} {b:?}");
            }
        }
        assert!(!same(b"Kampong Cham", b"Kampong Chap"));
        assert!(!same(b"xampong Cham", b"Kampong Cham"));
    }

    #[test]
    fn fast_paths_agree_with_the_parsers() {
        for s in ["2025-11-06", "06/11/2025", "31/02/2025", "2025-13-01", "1899-01-01", "00/11/2025", "2025-11-6x"] {
            assert_eq!(
                fast_date(s.as_bytes()).map(Ok),
                Date::parse(s).ok().map(Ok::<_, ()>).filter(|_| fast_date(s.as_bytes()).is_some()),
                "{s}"
            );
            if let Some(d) = fast_date(s.as_bytes()) {
                assert_eq!(Date::parse(s), Ok(d));
            }
        }
        for s in ["0", "12", "123456789", "1.210", "12.5", "-3"] {
            assert_eq!(count(&Cell::Text(s)).ok(), parse_count(s).ok(), "{s}");
        }
        for s in ["11.56", "-0.5", "104.92821", "10.", ".5", "-.5", "123456789012345", "0.00000000000001"] {
            assert_eq!(fast_decimal(s.as_bytes()), s.parse::<f64>().ok(), "{s}");
        }
        assert_eq!(fast_decimal(b"1234567890123456"), None);
        assert_eq!(fast_decimal(b"."), None);
        assert_eq!(fast_decimal(b"-"), None);
        assert_eq!(fast_decimal(b"12.5.1"), None);
        assert_eq!(fast_decimal(b"1e5"), None);
        assert_eq!(fast_decimal(b"12345678901234.5"), Some(12345678901234.5));
        assert_eq!(fast_decimal(b"1234567890123456."), None);
        assert_eq!(degrees(&Cell::Text("11,56")), Some(11.56));
        assert_eq!(degrees(&Cell::Text("104.9°")), Some(104.9));
        assert_eq!(degrees(&Cell::Text("abc")), None);
    }
}
