//! Reading files into a [`Dataset`] and a [`Report`] of every problem found.
//!
//! Every format goes through one validation path: the format yields rows of cells with their
//! line (CSV, TSV: the line in the file, the header being line 1 when no comment precedes it;
//! JSON: the line where each object starts; xlsx: the sheet row), a header maps columns to
//! fields by their English, Vietnamese or Khmer names (in a table, the header is found under
//! any title rows: `table`, [`Layout`]; total and subtotal rows are listed and reconciled,
//! never counted: [`TotalRow`]), and each row becomes a [`Record`]
//! pushed into the dataset. A row with a problem is never silently dropped: what can be read
//! still counts (an unknown province counts under "unknown"), and a row is rejected only when
//! its count cannot be read or it has no date, season, place or team; each rejection is an
//! error that says why. The report's totals always reconcile with the dataset's.
//!
//! [`Record`]: crate::record::Record

use serde::{Deserialize, Serialize, Serializer};

use crate::dataset::Dataset;
pub use crate::date::DateOrder;

mod codepage;
mod delimited;
pub mod figures;
mod header;
mod json;
pub mod messages;
mod nfc;
#[cfg(not(target_arch = "wasm32"))]
mod parallel;
mod sheet;
mod table;
mod text;
mod validate;
#[cfg(not(target_arch = "wasm32"))]
mod xlsx;

pub use header::{parse_field, Field};
pub use sheet::{SheetCell, SheetRow};
pub use table::{Layout, SkippedRow};
pub use text::Encoding;

/// How bad a problem is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// Used, but check it.
    Warning,
    /// The field could not be used.
    Error,
}

impl Severity {
    /// `error` or `warning`.
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }
}

/// One problem in one cell (or row) of the input.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Problem {
    /// Line in the file, counting every line (the header is line 1 unless comment lines
    /// precede it); for xlsx, the sheet row; for JSON, the line where the object starts.
    pub line: u32,
    /// The column as named in the file's header (empty for a whole-row problem).
    pub column: String,
    /// The value as written (cut to 40 characters).
    pub value: String,
    /// Error or warning.
    pub severity: Severity,
    /// What is wrong, and what was expected (the text of `expected`, when there is one).
    pub message: String,
    /// What would have been accepted, when it can be said (also at the end of `message`).
    pub expected: String,
    /// The one value the cell is likely meant as (`Kampong Cham` for `Kông Pông Chàmm`, `K73`
    /// for `K37`): to accept it, read again with it as a [`Correction`] of this column.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub suggestion: Option<String>,
    /// The values the cell may be meant as, when there are several (`Kampong`: `Kampong Cham`,
    /// `Kampong Chhnang`, `Kampong Speu`, `Kampong Thom`); each can be passed as a correction.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub candidates: Vec<String>,
}

/// How a column of the file was understood.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Column {
    /// The name in the file.
    pub name: String,
    /// The field it holds; `None` when ignored.
    pub field: Option<Field>,
    /// Whether the field (or ignoring the column) was chosen by the reader's options
    /// ([`ReadOptions::columns`], [`ReadOptions::ignore`]) rather than found from the name.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub chosen: bool,
}

/// A kind of published figure found in a `figure` column, and whether its rows were read.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FigureKind {
    /// The kind as written (`season_total`, `team_season`).
    pub kind: String,
    /// Rows of this kind.
    pub rows: usize,
    /// Whether they were read (one kind is read at a time, so that totals are not added to
    /// their own parts).
    pub read: bool,
}

/// The file formats.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Format {
    /// Comma-, semicolon- or tab-separated text.
    Csv,
    /// JSON: an array of objects, `{"records": […]}` or a GeoJSON FeatureCollection.
    Json,
    /// Excel workbook.
    Xlsx,
}

/// What reading found: counts, totals and every problem.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Report {
    /// The format read.
    pub format: Option<Format>,
    /// The character encoding the text was in (not written in JSON when UTF-8).
    #[serde(default, skip_serializing_if = "Encoding::is_utf8")]
    pub encoding: Encoding,
    /// The order dates such as 06/11/2025 were read in: set ([`ReadOptions::date_order`]), or
    /// decided from the file's dates that prove one, else day first (not written in JSON when
    /// day first).
    #[serde(default, skip_serializing_if = "DateOrder::is_day_first")]
    pub date_order: DateOrder,
    /// Data rows read (not counting the header, comments, empty rows and skipped figures):
    /// `accepted + rejected + total_rows`.
    pub rows: usize,
    /// Rows accepted as records.
    pub accepted: usize,
    /// Rows rejected (each with an error saying why): `rows - accepted - total_rows`.
    pub rejected: usize,
    /// Rows of another figure kind, not read (see [`Report::figures`]).
    pub skipped: usize,
    /// Sets of remains in the accepted rows.
    pub remains: u64,
    /// Sets identified by name in the accepted rows (where given).
    pub identified: u64,
    /// Sets by season (`2024-2025`, chronological; `unknown` last, when any).
    #[serde(serialize_with = "as_map", deserialize_with = "from_map")]
    pub by_season: Vec<(String, u64)>,
    /// Sets by province (`KH-1` … `KH-25` in number order, then `unknown`, always present).
    #[serde(serialize_with = "as_map", deserialize_with = "from_map")]
    pub by_province: Vec<(String, u64)>,
    /// Sets by team (the eleven in order, other names as written, `unknown` last when any).
    #[serde(serialize_with = "as_map", deserialize_with = "from_map")]
    pub by_team: Vec<(String, u64)>,
    /// Number of error problems (including any beyond `problems`).
    pub errors: usize,
    /// Number of warnings (including any beyond `problems`).
    pub warnings: usize,
    /// The problems, in file order, up to `ReadOptions::max_problems`.
    pub problems: Vec<Problem>,
    /// Problems not listed because there were more than `ReadOptions::max_problems`.
    pub problems_omitted: usize,
    /// Comment lines before the header (`# …`), without the `#`.
    pub comments: Vec<String>,
    /// Whether a comment says the data is made up (SAMPLE, SYNTHETIC, made-up, dữ liệu mẫu…).
    pub sample: bool,
    /// How each column was understood.
    pub columns: Vec<Column>,
    /// Kinds of published figure, when the file has a `figure` column.
    pub figures: Vec<FigureKind>,
    /// The corrections asked for ([`ReadOptions::corrections`]), each with the rows it changed.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub corrections: Vec<Corrected>,
    /// Where the table was found (the header row, title rows skipped above it); left out of
    /// the JSON when the header is the first row read, in one row.
    #[serde(default, skip_serializing_if = "Layout::is_plain")]
    pub layout: Layout,
    /// Rows that are totals or subtotals (`Tổng cộng`, `Cộng đội K52`, `Total`, `សរុប`): read,
    /// never counted as records, each reconciled with the rows it covers.
    #[serde(default, skip_serializing_if = "is_zero")]
    pub total_rows: usize,
    /// The total rows, in file order, up to `ReadOptions::max_problems`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub totals: Vec<TotalRow>,
}

fn is_zero(n: &usize) -> bool {
    *n == 0
}

/// What a total row covers: the rows since the previous subtotal, or every data row.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum TotalKind {
    /// The rows since the previous subtotal (`Cộng đội K52`, `Subtotal`).
    Subtotal,
    /// Every data row of the table (`Tổng cộng`, `Total`, `សរុប`).
    Total,
}

/// A total row and the sum of the rows it covers.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TotalRow {
    /// Its line (sheet row).
    pub line: u32,
    /// Its label as written (empty for a row of numbers that add up to the rows above).
    pub label: String,
    /// Subtotal or total.
    pub kind: TotalKind,
    /// The sets of remains it gives (`None`: no count, or none that can be read).
    pub remains: Option<u64>,
    /// The sets identified by name it gives.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub identified: Option<u64>,
    /// Records it covers.
    pub rows: usize,
    /// Sets of remains in those records.
    pub sum: u64,
    /// Sets identified by name in those records.
    pub sum_identified: u64,
}

/// A correction asked for: in `column`, every cell that reads `from` is read as `to` (a
/// suggestion accepted for every row with that value).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Correction {
    /// The column as named in the file's header.
    pub column: String,
    /// The value as written (trimmed).
    pub from: String,
    /// What to read instead.
    pub to: String,
}

/// A correction and the rows it changed.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Corrected {
    /// The column as named in the file's header.
    pub column: String,
    /// The value as written.
    pub from: String,
    /// What was read instead.
    pub to: String,
    /// Rows whose cell it changed (0: no cell of the column reads `from`).
    pub rows: usize,
}

fn as_map<S: Serializer>(entries: &[(String, u64)], s: S) -> Result<S::Ok, S::Error> {
    s.collect_map(entries.iter().map(|(k, v)| (k, v)))
}

/// The entries of a JSON object in the order written, as [`as_map`] writes them.
fn from_map<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Vec<(String, u64)>, D::Error> {
    struct Entries;
    impl<'de> serde::de::Visitor<'de> for Entries {
        type Value = Vec<(String, u64)>;
        fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
            f.write_str("an object of counts")
        }
        fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
            let mut entries = Vec::new();
            while let Some(entry) = map.next_entry()? {
                entries.push(entry);
            }
            Ok(entries)
        }
    }
    d.deserialize_map(Entries)
}

impl Report {
    /// Whether any problem is an error.
    pub fn has_errors(&self) -> bool {
        self.errors > 0
    }

    /// The whole report as JSON, as the JS API gives it (`Data.report()`).
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).unwrap_or_default()
    }

    /// The report [`Report::to_json`] wrote (the one a packed file holds).
    pub fn from_json(text: &str) -> Result<Report, String> {
        serde_json::from_str(text).map_err(|e| format!("the report is not one repatria wrote: {e}"))
    }

    /// The report as `repatria check --json` prints it: exactly `{"rows","accepted",
    /// "remains","identified","by_season","by_province","by_team","problems"}`.
    pub fn to_check_json(&self) -> String {
        #[derive(Serialize)]
        struct P<'a> {
            line: u32,
            column: &'a str,
            value: &'a str,
            severity: Severity,
            message: &'a str,
        }
        #[derive(Serialize)]
        struct J<'a> {
            rows: usize,
            accepted: usize,
            remains: u64,
            identified: u64,
            #[serde(serialize_with = "as_map")]
            by_season: &'a [(String, u64)],
            #[serde(serialize_with = "as_map")]
            by_province: &'a [(String, u64)],
            #[serde(serialize_with = "as_map")]
            by_team: &'a [(String, u64)],
            problems: Vec<P<'a>>,
        }
        let j = J {
            rows: self.rows,
            accepted: self.accepted,
            remains: self.remains,
            identified: self.identified,
            by_season: &self.by_season,
            by_province: &self.by_province,
            by_team: &self.by_team,
            problems: self
                .problems
                .iter()
                .map(|p| P {
                    line: p.line,
                    column: &p.column,
                    value: &p.value,
                    severity: p.severity,
                    message: &p.message,
                })
                .collect(),
        };
        serde_json::to_string(&j).unwrap_or_default()
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

/// Default for [`ReadOptions::max_bytes`]: 256 MB.
pub const DEFAULT_MAX_BYTES: usize = 256 * 1024 * 1024;
/// Default for [`ReadOptions::max_rows`].
pub const DEFAULT_MAX_ROWS: usize = 5_000_000;
/// Default for [`ReadOptions::max_problems`].
pub const DEFAULT_MAX_PROBLEMS: usize = 10_000;

/// How to read a file.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct ReadOptions {
    /// The format; `None` detects it from the content and the file name.
    pub format: Option<Format>,
    /// The sheet of a workbook to read; `None` reads the first.
    pub sheet: Option<String>,
    /// The month seasons start in, for seasons derived from dates (default 9, September).
    pub season_start_month: u8,
    /// Larger files are refused (default 256 MB).
    pub max_bytes: usize,
    /// Files with more data rows are refused (default 5 000 000).
    pub max_rows: usize,
    /// Problems listed in the report; more are only counted (default 10 000).
    pub max_problems: usize,
    /// Explicit column mapping, (column name in the file, field), before the known names.
    pub columns: Vec<(String, Field)>,
    /// Which kind of published figure to read when the file has a `figure` column; `None`
    /// reads the first kind in the file. The others are skipped and listed in
    /// [`Report::figures`], so that a total and its parts are never added together.
    pub figure: Option<String>,
    /// Values to read as others, column by column (suggestions accepted); listed in
    /// [`Report::corrections`] with the rows each changed.
    pub corrections: Vec<Correction>,
    /// Columns to ignore, by their names in the header (no field, no warning).
    pub ignore: Vec<String>,
    /// The language of the report's problems and of the file error (`en`, `vi`, `km`; see
    /// [`messages`]).
    pub lang: crate::lang::Lang,
    /// The order of dates such as 06/11/2025; `None` decides it from the file's dates that
    /// prove one (15/12/2024 day first, 12/15/2024 month first), else day first, as Vietnam
    /// writes dates.
    pub date_order: Option<DateOrder>,
    /// The line (sheet row) of the header; `None` finds it below any title rows (see
    /// [`Report::layout`]). A line beyond the first rows searched is not taken.
    pub header_line: Option<u32>,
}

impl Default for ReadOptions {
    fn default() -> ReadOptions {
        ReadOptions {
            format: None,
            sheet: None,
            season_start_month: crate::season::DEFAULT_START_MONTH,
            max_bytes: DEFAULT_MAX_BYTES,
            max_rows: DEFAULT_MAX_ROWS,
            max_problems: DEFAULT_MAX_PROBLEMS,
            columns: Vec::new(),
            figure: None,
            corrections: Vec::new(),
            ignore: Vec::new(),
            lang: crate::lang::Lang::En,
            date_order: None,
            header_line: None,
        }
    }
}

/// Threads a CSV or TSV of `bytes` bytes is read on: natively, one a core (up to 8) for a
/// large file, each reading at least 512 KB of it; in the browser, always one. (A file is read
/// again on one thread in the rare cases the parts cannot be joined exactly.)
pub fn reading_threads(bytes: usize) -> usize {
    #[cfg(not(target_arch = "wasm32"))]
    return parallel::Plan::native().parts_for(bytes);
    #[cfg(target_arch = "wasm32")]
    {
        let _ = bytes;
        1
    }
}

/// Reads `bytes` of the file named `file` with the default options.
pub fn read(file: &str, bytes: &[u8]) -> Result<Loaded, FileError> {
    read_with(file, bytes, &ReadOptions::default())
}

/// Reads `bytes` of the file named `file`: CSV or TSV, JSON or GeoJSON, or xlsx (natively;
/// in the browser through the xlsx module and [`read_rows`]); problems and errors in
/// [`ReadOptions::lang`].
pub fn read_with(file: &str, bytes: &[u8], opts: &ReadOptions) -> Result<Loaded, FileError> {
    in_language(read_in_english(file, bytes, opts), opts)
}

/// Validates the rows of a sheet (comment rows, then the header, then the data), problems
/// and errors in [`ReadOptions::lang`].
pub fn read_rows(file: &str, rows: &[SheetRow], opts: &ReadOptions) -> Result<Loaded, FileError> {
    in_language(sheet::read_rows(file, rows, opts), opts)
}

/// What reading found, its messages put into the language asked for.
fn in_language(read: Result<Loaded, FileError>, opts: &ReadOptions) -> Result<Loaded, FileError> {
    match read {
        Ok(mut loaded) => {
            messages::localize_report(&mut loaded.report, opts.lang);
            Ok(loaded)
        }
        Err(e) => Err(messages::localize_error(e, opts.lang)),
    }
}

fn read_in_english(file: &str, bytes: &[u8], opts: &ReadOptions) -> Result<Loaded, FileError> {
    let ferr = |message: String| FileError { file: file.to_owned(), line: 0, column: String::new(), message };
    if bytes.len() > opts.max_bytes {
        return Err(ferr(format!(
            "the file is {} MB, more than the {} MB limit: split it, or raise the limit",
            bytes.len() / 1_000_000,
            opts.max_bytes / 1_000_000
        )));
    }
    if !(1..=12).contains(&opts.season_start_month) {
        return Err(ferr(format!("the season start month must be 1 to 12, not {}", opts.season_start_month)));
    }
    let format = match opts.format {
        Some(f) => f,
        None => text::detect(file, bytes).map_err(ferr)?,
    };
    let mut loaded = match format {
        Format::Xlsx => read_xlsx(file, bytes, opts)?,
        Format::Json => {
            let (decoded, encoding) = text::decode_named(bytes).map_err(ferr)?;
            let mut loaded = json::read(file, &decoded, opts)?;
            loaded.report.encoding = encoding;
            loaded
        }
        Format::Csv if figures::is_figure_table(bytes) => {
            return Err(ferr(
                "a table of published figures (value, period, unit, source), not of finds: it is read as the \
                 published record, whose views draw each figure at its own level (repatria check and \
                 render --chart seasons|teams|map|cumulative|coverage, the analyst page, an embed of the file)"
                    .to_owned(),
            ))
        }
        Format::Csv => read_delimited(file, bytes, opts)?,
    };
    loaded.report.format = Some(format);
    Ok(loaded)
}

/// CSV or TSV: natively, a large file on several threads ([`parallel`]), with the same result.
fn read_delimited(file: &str, bytes: &[u8], opts: &ReadOptions) -> Result<Loaded, FileError> {
    #[cfg(not(target_arch = "wasm32"))]
    if let Some(loaded) = parallel::read(file, bytes, opts, parallel::Plan::native()) {
        return Ok(loaded);
    }
    let (decoded, encoding) = text::decode_named(bytes).map_err(|message| FileError {
        file: file.to_owned(),
        line: 0,
        column: String::new(),
        message,
    })?;
    let mut loaded = delimited::read(file, &decoded, opts)?;
    loaded.report.encoding = encoding;
    Ok(loaded)
}

/// For the fuzz target that compares them (`fuzz/`, built with `--cfg fuzzing`): the CSV or
/// TSV `bytes` read on one thread, and read in parts on threads, as a large file is, whatever
/// its size: in up to `parts` parts where the reader would cut it, or, given `cuts` (byte
/// offsets, ascending), exactly there. The second is `None` when the parts were not joined
/// (the reader would then read the file on one thread).
#[cfg(all(fuzzing, not(target_arch = "wasm32")))]
#[doc(hidden)]
pub fn read_both_ways(
    file: &str,
    bytes: &[u8],
    opts: &ReadOptions,
    parts: usize,
    cuts: Option<&[usize]>,
) -> (Result<Loaded, FileError>, Option<Loaded>) {
    let one = text::decode(bytes)
        .map_err(|message| FileError { file: file.to_owned(), line: 0, column: String::new(), message })
        .and_then(|decoded| delimited::read(file, &decoded, opts));
    let joined = match cuts {
        None => parallel::read(file, bytes, opts, parallel::Plan { parts, min_part: 1 }),
        Some(cuts) => text::utf8_bytes(bytes).and_then(|b| parallel::read_parts(file, b, cuts, opts)),
    };
    (one, joined)
}

#[cfg(not(target_arch = "wasm32"))]
fn read_xlsx(file: &str, bytes: &[u8], opts: &ReadOptions) -> Result<Loaded, FileError> {
    xlsx::read(file, bytes, opts)
}

#[cfg(target_arch = "wasm32")]
fn read_xlsx(file: &str, _bytes: &[u8], _opts: &ReadOptions) -> Result<Loaded, FileError> {
    Err(FileError {
        file: file.to_owned(),
        line: 0,
        column: String::new(),
        message: "an Excel workbook is read in the browser by the xlsx module (xlsx_to_rows, \
                  then read_rows)"
            .to_owned(),
    })
}

/// Whether a comment says the data is made up.
pub(crate) fn says_sample(comment: &str) -> bool {
    let key = crate::fold::simplify(comment);
    [
        "sample",
        "synthetic",
        "made up",
        "made-up",
        "fictitious",
        "not real",
        "du lieu mau",
        "so lieu mau",
        "gia dinh",
        "khong phai so lieu that",
    ]
    .iter()
    .any(|w| key.contains(w))
}
