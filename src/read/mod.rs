//! Reading files into a [`Dataset`] and a [`Report`] of every problem found.
//!
//! (First slice: comma-separated files with `season`, `team`, `province`, `remains`.)

use serde::Serialize;

use crate::dataset::Dataset;
use crate::province::Province;
use crate::record::{Record, TeamRef};
use crate::season::Season;
use crate::team::Team;

/// How bad a problem is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// Used, but check it.
    Warning,
    /// The field could not be used.
    Error,
}

/// One problem in one cell (or row) of the input.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Problem {
    /// Line in the file (the header is line 1; for xlsx, the sheet row).
    pub line: u32,
    /// The column as named in the file's header (empty for a whole-row problem).
    pub column: String,
    /// The value as written.
    pub value: String,
    /// Error or warning.
    pub severity: Severity,
    /// What is wrong and what was expected.
    pub message: String,
}

/// What reading found: counts and every problem.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Report {
    /// Data rows read (not counting the header).
    pub rows: usize,
    /// Rows accepted as records.
    pub accepted: usize,
    /// Every problem, in file order.
    pub problems: Vec<Problem>,
}

impl Report {
    /// Whether any problem is an error.
    pub fn has_errors(&self) -> bool {
        self.problems.iter().any(|p| p.severity == Severity::Error)
    }
}

/// A file that cannot be read at all.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FileError {
    /// The file's name.
    pub file: String,
    /// Line (0 when the problem is the whole file).
    pub line: u32,
    /// Column name, or empty.
    pub column: String,
    /// What is wrong, and how to fix it.
    pub message: String,
}

impl std::fmt::Display for FileError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match (self.line, self.column.is_empty()) {
            (0, _) => write!(f, "{}: {}", self.file, self.message),
            (l, true) => write!(f, "{}:{l}: {}", self.file, self.message),
            (l, false) => write!(f, "{}:{l}: column {}: {}", self.file, self.column, self.message),
        }
    }
}

impl std::error::Error for FileError {}

/// A dataset and the report of reading it.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Loaded {
    /// The records.
    pub dataset: Dataset,
    /// Counts and problems.
    pub report: Report,
}

/// Reads `bytes` of the file named `file`.
pub fn read(file: &str, bytes: &[u8]) -> Result<Loaded, FileError> {
    let ferr = |line: u32, message: String| FileError { file: file.into(), line, column: String::new(), message };
    let text = std::str::from_utf8(bytes).map_err(|_| ferr(0, "the file is not UTF-8 text".into()))?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut rdr = csv::ReaderBuilder::new().flexible(true).comment(Some(b'#')).from_reader(text.as_bytes());
    let headers = rdr.headers().map_err(|e| ferr(1, e.to_string()))?.clone();
    let col = |name: &str| headers.iter().position(|h| h.trim().eq_ignore_ascii_case(name));
    let (season, team, province, remains) = (col("season"), col("team"), col("province"), col("remains"));
    let mut out = Loaded::default();
    for rec in rdr.records() {
        let rec = rec.map_err(|e| ferr(e.position().map_or(0, |p| p.line() as u32), e.to_string()))?;
        let line = rec.position().map_or(0, |p| p.line() as u32);
        out.report.rows += 1;
        let cell = |i: Option<usize>| i.and_then(|i| rec.get(i)).map(str::trim).filter(|s| !s.is_empty());
        let mut problem = |column: &str, value: &str, message: String| {
            out.report.problems.push(Problem {
                line,
                column: column.into(),
                value: value.into(),
                severity: Severity::Error,
                message,
            })
        };
        let mut r = Record::new(1);
        r.line = line;
        if let Some(s) = cell(season) {
            match Season::parse(s) {
                Ok(v) => r.season = Some(v),
                Err(e) => problem("season", s, e.to_string()),
            }
        }
        if let Some(s) = cell(remains) {
            match crate::count::parse_count(s) {
                Ok(v) => r.remains = v,
                Err(e) => {
                    problem("remains", s, e.to_string());
                    continue;
                }
            }
        }
        r.team = cell(team).map(|s| Team::parse(s).map_or_else(|| TeamRef::Other(s.to_string()), TeamRef::Known));
        r.military_region = r.team.as_ref().and_then(TeamRef::known).map(Team::military_region);
        if let Some(s) = cell(province) {
            match Province::lookup(s) {
                Ok(p) => r.province = Some(p),
                Err(e) => problem("province", s, e.to_string()),
            }
        }
        out.report.accepted += 1;
        out.dataset.push(&r);
    }
    Ok(out)
}
