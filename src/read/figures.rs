//! Tables of published figures: the columns of `data/published_figures.csv` (kind, period,
//! province, team, military region, value, unit, source title, address, date, quote,
//! confidence, note) in any order, headed in English, Vietnamese or Khmer. Every row becomes a
//! [`Figure`] (a count of remains), a [`Fact`] (any other number: teams deployed, graves
//! planned) or a reported row saying why not: rows = figures + facts + reported, always.

use serde::Serialize;

use super::{FileError, Problem, Severity};
use crate::figure::period::{Month, Shape};
use crate::figure::{Caveats, Confidence, Fact, Figure, Measure, Period, Place, Source, Who};
use crate::fold;

/// A column of a table of figures.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Column {
    Kind,
    Period,
    Place,
    Team,
    Region,
    Value,
    Unit,
    Title,
    Url,
    Date,
    Quote,
    Confidence,
    Note,
}

/// Header names, folded (see [`fold::fold`]), for each column.
const NAMES: &[(Column, &[&str])] = &[
    (Column::Kind, &["figurekind", "kind", "figure", "loaisolieu", "loai", "ប្រភេទ"]),
    (Column::Period, &["period", "thoiky", "thoigian", "giaidoan", "រយៈពេល"]),
    (Column::Place, &["cambodianprovince", "province", "place", "tinh", "diaban", "diadiem", "ខេត្ត", "ទីកន្លែង"]),
    (Column::Team, &["team", "teams", "doi", "doiquytap", "ក្រុម"]),
    (Column::Region, &["militaryregion", "region", "quankhu", "តំបន់យោធា"]),
    (Column::Value, &["value", "soluong", "giatri", "solieu", "ចំនួន", "តម្លៃ"]),
    (Column::Unit, &["unit", "donvi", "ឯកតា"]),
    (Column::Title, &["sourcetitle", "source", "title", "nguon", "tieude", "ប្រភព", "ចំណងជើង"]),
    (Column::Url, &["sourceurl", "url", "link", "duongdan", "lienket", "តំណ"]),
    (Column::Date, &["sourcedate", "date", "ngay", "ngaydang", "កាលបរិច្ឆេទ"]),
    (Column::Quote, &["quote", "trichdan", "សម្រង់"]),
    (Column::Confidence, &["confidence", "dotincay", "ភាពជឿជាក់"]),
    (Column::Note, &["note", "notes", "ghichu", "កំណត់ចំណាំ", "កំណត់សម្គាល់"]),
];

fn column_of(name: &str) -> Option<Column> {
    let key = fold::fold(name);
    NAMES.iter().find(|(_, names)| names.contains(&key.as_str())).map(|&(c, _)| c)
}

/// What a table of figures holds.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct FigureTable {
    /// The file's name.
    pub file: String,
    /// Data rows read (blank rows not counted).
    pub rows: usize,
    /// Counts of remains.
    pub figures: Vec<Figure>,
    /// Other published numbers.
    pub facts: Vec<Fact>,
    /// One problem for each row that is neither, saying why.
    pub reported: Vec<Problem>,
}

/// The columns of a header row, or `None` when it is not the header of a table of figures:
/// one that names a value and a period, and what figures have and finds do not (a unit, a
/// source, a confidence or the kind of figure).
fn header(cells: &[String]) -> Option<Vec<Option<Column>>> {
    let columns: Vec<Option<Column>> = cells.iter().map(|c| column_of(c)).collect();
    let has = |c: Column| columns.contains(&Some(c));
    let figure_like = [Column::Unit, Column::Title, Column::Url, Column::Confidence, Column::Kind];
    (has(Column::Value) && has(Column::Period) && figure_like.into_iter().any(has)).then_some(columns)
}

/// Whether `cells` (a file's first row that holds a value) head a table of published figures.
pub fn is_figure_header(cells: &[String]) -> bool {
    header(cells).is_some()
}

/// The rows of CSV or TSV `text` that are not comments (`#…`), with their lines.
fn text_rows(file: &str, text: &str) -> Result<Vec<(usize, Vec<String>)>, FileError> {
    let first = text.split(['\r', '\n']).find(|l| !l.trim().is_empty() && !l.starts_with('#')).unwrap_or("");
    let (rows, unclosed) = super::delimited::cells(text, super::delimited::delimiter(first, file));
    if unclosed {
        let line = rows.last().map_or(0, |(l, _)| *l);
        return Err(FileError {
            file: file.to_owned(),
            line,
            column: String::new(),
            message: "a quote (\") opened in this row is never closed".to_owned(),
        });
    }
    Ok(rows
        .into_iter()
        .filter(|(_, cells)| !cells.first().is_some_and(|c| c.starts_with('#')))
        .map(|(line, cells)| (line as usize, cells))
        .collect())
}

/// Whether `bytes` are CSV or TSV text with the header of a table of figures in its first 20
/// rows (so that it is read as figures, not as finds).
pub fn is_figure_table(bytes: &[u8]) -> bool {
    let Ok(text) = super::text::decode(bytes) else { return false };
    let head = &text[..(0..=text.len().min(64 * 1024)).rev().find(|&i| text.is_char_boundary(i)).unwrap_or(0)];
    text_rows("", head).is_ok_and(|rows| rows.iter().take(20).any(|(_, cells)| header(cells).is_some()))
}

/// Reads a table of figures from CSV or TSV bytes.
pub fn read_figures(file: &str, bytes: &[u8]) -> Result<FigureTable, FileError> {
    let text = super::text::decode(bytes).map_err(|message| FileError {
        file: file.to_owned(),
        line: 0,
        column: String::new(),
        message,
    })?;
    from_rows(file, text_rows(file, &text)?)
}

/// Reads a table of figures from rows of cells, each with its line (or sheet row): the header
/// is the first of the first 20 rows that names a value and a period.
pub fn from_rows(file: &str, rows: Vec<(usize, Vec<String>)>) -> Result<FigureTable, FileError> {
    let blank = |cells: &[String]| cells.iter().all(|c| c.trim().is_empty());
    let found = rows.iter().take(20).enumerate().find_map(|(i, (_, cells))| header(cells).map(|h| (i, h)));
    let Some((at, columns)) = found else {
        return Err(FileError {
            file: file.to_owned(),
            line: 0,
            column: String::new(),
            message: "no header of a table of figures: a row naming the value, the period and the unit or \
                      source (value, period, unit; số lượng, thời kỳ, đơn vị)"
                .to_owned(),
        });
    };
    let mut table = FigureTable { file: file.to_owned(), ..FigureTable::default() };
    for (line, cells) in rows.into_iter().skip(at + 1) {
        if blank(&cells) {
            continue;
        }
        table.rows += 1;
        let cell = |c: Column| -> &str {
            columns.iter().position(|&k| k == Some(c)).and_then(|i| cells.get(i)).map_or("", |s| s.trim())
        };
        match row(line, &cell) {
            Ok(Read::Figure(f)) => table.figures.push(*f),
            Ok(Read::Fact(f)) => table.facts.push(*f),
            Err((column, value, message)) => table.reported.push(Problem {
                line: line as u32,
                column: column.to_owned(),
                value: crate::quote::shorten(value).to_string(),
                severity: Severity::Error,
                message,
                expected: String::new(),
                suggestion: None,
                candidates: Vec::new(),
            }),
        }
    }
    Ok(table)
}

/// The check of a table as JSON: the counts, and the reported rows with their lines.
pub fn check_json(table: &FigureTable) -> String {
    #[derive(Serialize)]
    struct Check<'a> {
        file: &'a str,
        rows: usize,
        figures: usize,
        facts: usize,
        reported: &'a [Problem],
    }
    let check = Check {
        file: &table.file,
        rows: table.rows,
        figures: table.figures.len(),
        facts: table.facts.len(),
        reported: &table.reported,
    };
    serde_json::to_string(&check).unwrap_or_default()
}

/// The report of reading a table of figures as JSON, in the shape of a report of finds where
/// the two agree: `{record: {figures, facts}, file, rows, accepted, rejected, errors, warnings,
/// problems}` (accepted: figures and facts; rejected and problems: the reported rows).
pub fn report_json(table: &FigureTable) -> String {
    #[derive(Serialize)]
    struct Counts {
        figures: usize,
        facts: usize,
    }
    #[derive(Serialize)]
    struct Report<'a> {
        record: Counts,
        file: &'a str,
        rows: usize,
        accepted: usize,
        rejected: usize,
        errors: usize,
        warnings: usize,
        problems: &'a [Problem],
    }
    let report = Report {
        record: Counts { figures: table.figures.len(), facts: table.facts.len() },
        file: &table.file,
        rows: table.rows,
        accepted: table.figures.len() + table.facts.len(),
        rejected: table.reported.len(),
        errors: table.reported.len(),
        warnings: 0,
        problems: &table.reported,
    };
    serde_json::to_string(&report).unwrap_or_default()
}

enum Read {
    Figure(Box<Figure>),
    Fact(Box<Fact>),
}

/// A reported row: the column, its value and why.
type Reported<'a> = (&'static str, &'a str, String);

fn row<'a>(line: usize, cell: &dyn Fn(Column) -> &'a str) -> Result<Read, Reported<'a>> {
    let unit = cell(Column::Unit);
    let note = cell(Column::Note);
    let confidence = Confidence::parse(cell(Column::Confidence)).ok_or_else(|| {
        ("confidence", cell(Column::Confidence), "the confidence is not high, medium or low".to_owned())
    })?;
    let source = Source {
        title: cell(Column::Title).to_owned(),
        url: cell(Column::Url).to_owned(),
        date: cell(Column::Date).to_owned(),
        quote: cell(Column::Quote).to_owned(),
        note: note.to_owned(),
    };
    let value_text = cell(Column::Value);
    if value_text.is_empty() {
        return Err(("value", value_text, "the value is empty".to_owned()));
    }
    let words = fold::words(unit).join(" ");
    let note_words = fold::words(note).join(" ");
    let mut caveats = Caveats {
        confidence,
        disputed: disputed(&note_words),
        approximate: approximate(&words) || value_text.starts_with(['~', '>', '<', '≈']),
        outside_cambodia: words.contains("domestic") || note_words.contains("domestic"),
        partial: words.contains("interim"),
    };
    let fact = |caveats: Caveats| {
        Read::Fact(Box::new(Fact {
            line,
            kind: cell(Column::Kind).to_owned(),
            value: value_text.to_owned(),
            unit: unit.to_owned(),
            period: cell(Column::Period).to_owned(),
            place: cell(Column::Place).to_owned(),
            who: cell(Column::Team).to_owned(),
            caveats,
            source: source.clone(),
        }))
    };
    let Some(measure) = measure(&words) else { return Ok(fact(caveats)) };
    let period = Period::parse(cell(Column::Period)).map_err(|m| ("period", cell(Column::Period), m))?;
    if period.plan {
        return Ok(fact(caveats));
    }
    let place = Place::parse(cell(Column::Place)).map_err(|m| ("province", cell(Column::Place), m))?;
    let who = Who::parse(cell(Column::Team), cell(Column::Region)).map_err(|m| ("team", cell(Column::Team), m))?;
    let value = whole_number(value_text)
        .ok_or_else(|| ("value", value_text, format!("\"{value_text}\" is not a whole number of sets")))?;
    caveats.outside_cambodia |= place.outside_cambodia;
    let mut period = period;
    if let Some(published) = published_month(&source.date).filter(|&m| m + 2 < period.to) {
        match period.shape {
            // A span published before its end counts up to when it was published.
            Shape::Seasons { .. } | Shape::Months => period.to = published.max(period.from),
            // A season or phase still running.
            _ => caveats.partial = true,
        }
    }
    caveats.partial |= period.partial;
    Ok(Read::Figure(Box::new(Figure {
        line,
        kind: cell(Column::Kind).to_owned(),
        value,
        measure,
        unit: unit.to_owned(),
        period,
        place,
        who,
        caveats,
        source,
    })))
}

/// What a unit counts (its words folded), or `None` for a unit that is not sets of remains
/// found or identified: a fact.
fn measure(unit: &str) -> Option<Measure> {
    const NOT_FOUND: &[&str] = &["unaccounted", "still", "planned", "plan", "without name", "remaining", "missing"];
    let sets = unit.is_empty()
        || unit.starts_with("sets")
        || unit.starts_with("individual sets")
        || unit.starts_with("bo hai cot")
        || unit.starts_with("hai cot")
        || unit.starts_with("remains");
    if !sets || NOT_FOUND.iter().any(|w| unit.contains(w)) {
        return None;
    }
    let identified = unit.contains("identified by name") || unit.contains("xac dinh danh tinh");
    Some(if identified { Measure::Identified } else { Measure::Found })
}

/// Whether a unit says its value is a bound ("sets (over)", "more than", "nearly", "up to").
fn approximate(unit: &str) -> bool {
    ["over", "more than", "nearly", "up to", "about", "approx", "hon", "gan", "khoang"]
        .iter()
        .any(|w| unit.split(' ').collect::<Vec<_>>().windows(w.split(' ').count()).any(|ws| ws.join(" ") == *w))
}

/// Whether a note (its words folded) says the source gives another value for the same thing.
fn disputed(note: &str) -> bool {
    let words: Vec<&str> = note.split(' ').collect();
    let says_number = words.windows(2).any(|w| {
        matches!(w[0], "says" | "gives" | "reports" | "only") && w[1].bytes().next().is_some_and(|b| b.is_ascii_digit())
    });
    says_number || ["inconsistency", "inconsistent", "contradict", "discrepancy"].iter().any(|w| note.contains(w))
}

/// A whole number as tables write it: `1210`, `1,210`, `1.210`, `20 852`.
fn whole_number(text: &str) -> Option<u32> {
    let digits: String = text.chars().filter(|c| !matches!(c, ',' | '.' | ' ' | '\u{a0}' | '\u{202f}')).collect();
    let digits = fold::simplify(&digits);
    (!digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit())).then(|| digits.parse().ok()).flatten()
}

/// The month a source dated `date` was published (`2025-07`, `2025-09-26`,
/// `2015-07 (approx.)`; `2019`: December of it).
fn published_month(date: &str) -> Option<Month> {
    let mut parts = date.split(|c: char| !c.is_ascii_digit()).filter(|p| !p.is_empty());
    let year = parts.next().and_then(|y| y.parse::<u16>().ok()).filter(|y| (1900..=2200).contains(y))?;
    let month = parts.next().and_then(|m| m.parse::<u8>().ok()).filter(|m| (1..=12).contains(m)).unwrap_or(12);
    Some(crate::figure::period::month(year, month))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn units_say_what_is_counted() {
        let m = |u: &str| measure(&fold::words(u).join(" "));
        assert_eq!(m("sets repatriated from Cambodia"), Some(Measure::Found));
        assert_eq!(m("sets (101 identified)"), Some(Measure::Found));
        assert_eq!(m("sets identified by name"), Some(Measure::Identified));
        assert_eq!(m("sets still unaccounted for (over)"), None);
        assert_eq!(m("teams deployed"), None);
        assert_eq!(m("graves planned for search"), None);
        assert_eq!(m("sets without name/hometown"), None);
        assert!(approximate(&fold::words("sets (over)").join(" ")));
        assert!(!approximate(&fold::words("sets repatriated").join(" ")));
    }

    #[test]
    fn notes_that_give_another_value_are_disputes() {
        let d = |n: &str| disputed(&fold::words(n).join(" "));
        assert!(d("headline says 748 but body says 784 – internal inconsistency"));
        assert!(d("same article reports only 20 reburied in Hòn Đất; verify"));
        assert!(!d("VTV English (2015-07-07) gives the same 701 / 15"));
        assert!(!d("calendar year, not dry season"));
    }

    #[test]
    fn whole_numbers_as_tables_write_them() {
        assert_eq!(whole_number("1,210"), Some(1210));
        assert_eq!(whole_number("20 852"), Some(20852));
        assert_eq!(whole_number("៣៦៨"), Some(368));
        assert_eq!(whole_number("6-7"), None);
        assert_eq!(whole_number("~280"), None);
    }
}
