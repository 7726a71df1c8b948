//! Finding the table in a sheet: the header is the row that names the most known columns among
//! the first rows, not simply the first. Title rows above it (a report's name in merged cells,
//! `BÁO CÁO KẾT QUẢ TÌM KIẾM, QUY TẬP …`), blank rows, a second header row under merged header
//! cells (`Số hài cốt` over `Tổng | Có tên`) and a row numbering the columns (`1 2 3 …`,
//! `(1) (2) …`) are recognised, and said in the report ([`Layout`]).

use serde::{Deserialize, Serialize};

use super::header::Field;
use super::ReadOptions;

/// Rows with a value looked at for the header, at most.
pub(super) const SEARCH_ROWS: usize = 30;
/// Rows looked at for the header, blank ones included, at most (a file of blank lines is not
/// held in memory to look for a header in it).
pub(super) const SEARCH_RECORDS: usize = 100;
/// Rows looked at after a row that is surely the header (for a second header row and a row of
/// column numbers).
pub(super) const AFTER_HEADER: usize = 2;

/// Where the table was found: its header row, and the rows around it that are not data.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Layout {
    /// The line (sheet row) of the header; of its first row when it has two (0 when the layout
    /// is plain: the header is the first row after comments and blank rows, in one row).
    pub header: u32,
    /// The second header row (`Tổng | Có tên` under a merged `Số hài cốt`), when there is one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub second_header: Option<u32>,
    /// The row numbering the columns under the header (`1 2 3 …`, `(1) (2) …`), skipped.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub column_numbers: Option<u32>,
    /// Rows with a value above the header that were not read (titles), in order; comment rows
    /// are in [`Report::comments`](super::Report::comments), blank rows are not listed.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub skipped: Vec<SkippedRow>,
}

impl Layout {
    /// Whether the header is the first row read, in one row, with nothing skipped: the report
    /// then leaves the layout out of its JSON (so that reports of such files stay as they were).
    pub fn is_plain(&self) -> bool {
        self.second_header.is_none() && self.column_numbers.is_none() && self.skipped.is_empty()
    }
}

/// A row above the header that was not read.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SkippedRow {
    /// Its line (sheet row).
    pub line: u32,
    /// Its cells with a value, joined by spaces (cut to 80 characters).
    pub text: String,
}

/// The table found among candidate rows (indices into them).
#[derive(Debug, PartialEq, Eq)]
pub(super) struct Found {
    /// The header row.
    pub(super) header: usize,
    /// The second header row.
    pub(super) second: Option<usize>,
    /// The row numbering the columns.
    pub(super) numbers: Option<usize>,
    /// The columns' names (from both header rows when there are two).
    pub(super) names: Vec<String>,
}

impl Found {
    /// The last row of the header (the first data row follows it).
    pub(super) fn last(&self) -> usize {
        self.numbers.or(self.second).unwrap_or(self.header)
    }

    /// The layout for the report, `lines[i]` being the line of candidate row `i`.
    pub(super) fn layout(&self, rows: &[Vec<String>], lines: &[u32]) -> Layout {
        let line = |i: usize| lines.get(i).copied().unwrap_or(0);
        let skipped = rows[..self.header.min(rows.len())]
            .iter()
            .enumerate()
            .filter(|(_, r)| !blank(r))
            .map(|(i, r)| {
                let text: Vec<&str> = r.iter().map(|c| c.trim()).filter(|c| !c.is_empty()).collect();
                SkippedRow { line: line(i), text: text.join(" ").chars().take(80).collect() }
            })
            .collect();
        let layout = Layout {
            header: line(self.header),
            second_header: self.second.map(line),
            column_numbers: self.numbers.map(line),
            skipped,
        };
        if layout.is_plain() {
            Layout::default()
        } else {
            layout
        }
    }
}

/// Whether a row has no value.
pub(super) fn blank(row: &[String]) -> bool {
    row.iter().all(|c| c.trim().is_empty())
}

/// Whether `name` names a field (a known name, or one given in [`ReadOptions::columns`]).
fn known(name: &str, opts: &ReadOptions) -> bool {
    let name = name.trim();
    !name.is_empty()
        && (Field::from_header(name).is_some()
            || opts.columns.iter().any(|(n, _)| crate::fold::fold(n) == crate::fold::fold(name)))
}

/// Known column names among `names`.
pub(super) fn known_count(names: &[String], opts: &ReadOptions) -> usize {
    score(names, opts)
}

/// Known column names in a row.
fn score(row: &[String], opts: &ReadOptions) -> usize {
    row.iter().filter(|c| known(c, opts)).count()
}

fn is_number(s: &str) -> bool {
    let s = s.trim();
    !s.is_empty() && s.parse::<f64>().is_ok()
}

/// Whether the header can stop being looked for at `row`: two known names, or only known names.
pub(super) fn is_sure_header(row: &[String], opts: &ReadOptions) -> bool {
    let known = score(row, opts);
    known >= 2 || (known >= 1 && known == row.iter().filter(|c| !c.trim().is_empty()).count())
}

/// Cells with a value a title row has at most (a merged title, a unit beside it).
const TITLE_CELLS: usize = 2;

/// Finds the header among `rows` (the first rows of the table's text, blank ones included):
/// the first row [`is_sure_header`] among rows that may be titles above it (at most
/// [`TITLE_CELLS`] cells with a value each); else, of the rows up to the first that cannot be a
/// title, the one with the most known names (the first of them), else the first row with a
/// value (whose names the validator then refuses, saying which they are). `None` when every
/// row is blank.
///
/// With [`ReadOptions::header_line`], the header is the candidate row on that line (`lines[i]`
/// is the line of row `i`), when it is among them.
pub(super) fn find(rows: &[Vec<String>], lines: &[u32], opts: &ReadOptions) -> Option<Found> {
    let first = rows.iter().position(|r| !blank(r))?;
    let chosen = opts.header_line.and_then(|l| lines.iter().position(|&x| x == l)).filter(|&i| i < rows.len());
    let header = match chosen {
        Some(i) => i,
        None => header_row(rows, first, opts),
    };
    let next = |after: usize| (after + 1..rows.len()).find(|&i| !blank(&rows[i]));
    let second = next(header).filter(|&i| is_second_header(&rows[header], &rows[i]));
    let numbers = next(second.unwrap_or(header)).filter(|&i| numbers_columns(&rows[i]));
    let names = match second {
        Some(s) => joined_names(&rows[header], &rows[s], opts),
        None => rows[header].iter().map(|c| c.trim().to_owned()).collect(),
    };
    Some(Found { header, second, numbers, names })
}

/// The header among `rows`, the first with a value being `first` (see [`find`]).
fn header_row(rows: &[Vec<String>], first: usize, opts: &ReadOptions) -> usize {
    let mut end = rows.len();
    let mut sure = None;
    for (i, r) in rows.iter().enumerate().skip(first) {
        if is_sure_header(r, opts) {
            sure = Some(i);
            break;
        }
        if r.iter().filter(|c| !c.trim().is_empty()).count() > TITLE_CELLS {
            end = i + 1;
            break;
        }
    }
    sure.unwrap_or_else(|| {
        let best = rows[..end].iter().map(|r| score(r, opts)).enumerate().max_by_key(|&(i, s)| (s, usize::MAX - i));
        match best {
            Some((i, s)) if s > 0 => i,
            _ => first,
        }
    })
}

/// Whether `sub` is a second header row under `head`: text only, with a value under an empty
/// cell of `head` that follows a named one (a merged cell spanning columns).
fn is_second_header(head: &[String], sub: &[String]) -> bool {
    let empty = |r: &[String], i: usize| r.get(i).map_or(true, |c| c.trim().is_empty());
    if sub.iter().any(|c| is_number(c)) || numbers_columns(sub) {
        return false;
    }
    (1..sub.len()).any(|j| !empty(sub, j) && empty(head, j) && (0..j).any(|k| !empty(head, k)))
}

/// Whether a row numbers the columns: at least three cells, each a number in brackets or not
/// (or a capital letter, as `A B 1 2 3`), the numbers counting up by one.
fn numbers_columns(row: &[String]) -> bool {
    let cells: Vec<&str> = row.iter().map(|c| c.trim()).filter(|c| !c.is_empty()).collect();
    if cells.len() < 3 {
        return false;
    }
    let mut last: Option<u32> = None;
    for c in cells {
        let inner = c.strip_prefix('(').and_then(|c| c.strip_suffix(')')).unwrap_or(c);
        if inner.len() == 1 && inner.as_bytes()[0].is_ascii_uppercase() {
            continue;
        }
        let Ok(n) = inner.parse::<u32>() else { return false };
        if last.is_some_and(|l| l.checked_add(1) != Some(n)) {
            return false;
        }
        last = Some(n);
    }
    last.is_some()
}

/// The names of a two-row header: a cell of the second row names its column when it is a known
/// name itself (`Có tên`), else with the merged cell above it (`Số hài cốt (Tổng)`, read as the
/// name above it); a column with nothing in the second row keeps the first row's name.
fn joined_names(head: &[String], sub: &[String], opts: &ReadOptions) -> Vec<String> {
    let width = head.len().max(sub.len());
    let mut parent = String::new();
    (0..width)
        .map(|j| {
            let h = head.get(j).map_or("", |c| c.trim());
            let s = sub.get(j).map_or("", |c| c.trim());
            if !h.is_empty() {
                parent = h.to_owned();
            }
            match (h.is_empty(), s.is_empty()) {
                (_, true) => h.to_owned(),
                _ if known(s, opts) || parent.is_empty() => s.to_owned(),
                _ => format!("{parent} ({s})"),
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rows(text: &str) -> Vec<Vec<String>> {
        text.lines().map(|l| l.split(',').map(str::to_owned).collect()).collect()
    }

    /// The header search on `rows`, each on the line after the one above it.
    fn find(rows: &[Vec<String>], opts: &ReadOptions) -> Option<Found> {
        let lines: Vec<u32> = (1..=rows.len() as u32).collect();
        super::find(rows, &lines, opts)
    }

    #[test]
    fn finds_the_header_under_a_title() {
        let opts = ReadOptions::default();
        let r =
            rows("BÁO CÁO KẾT QUẢ TÌM KIẾM QUY TẬP HÀI CỐT LIỆT SĨ,,,\n,,,\nSTT,Đội,Tỉnh,Số hài cốt\n1,K52,Kratie,3");
        let f = find(&r, &opts).unwrap();
        assert_eq!((f.header, f.second, f.numbers), (2, None, None));
        let layout = f.layout(&r, &[1, 2, 3, 4]);
        assert_eq!(layout.header, 3);
        assert!(!layout.is_plain());
        assert_eq!(
            layout.skipped,
            [SkippedRow { line: 1, text: "BÁO CÁO KẾT QUẢ TÌM KIẾM QUY TẬP HÀI CỐT LIỆT SĨ".into() }]
        );
        // A plain file: its first row.
        let f = find(&rows("season,team,remains\n2024-2025,K52,3"), &opts).unwrap();
        assert_eq!(f.header, 0);
        assert_eq!(f.layout(&rows("season,team,remains"), &[1]), Layout::default());
        // No known name anywhere: the first row with a value.
        assert_eq!(find(&rows(",\nfoo,bar\n1,2"), &opts).unwrap().header, 1);
        // A header of one known name among others: no data row below it is taken for the
        // header, whatever its values ("x" and "y" name coordinates).
        assert_eq!(find(&rows("province,status,flag\nKratie,x,y"), &opts).unwrap().header, 0);
    }

    #[test]
    fn reads_a_two_row_header_and_column_numbers() {
        let opts = ReadOptions::default();
        let r = rows("TT,Đội,Tỉnh,Số hài cốt,\n,,,Tổng,Có tên\n(1),(2),(3),(4),(5)\n1,K52,Kratie,3,1");
        let f = find(&r, &opts).unwrap();
        assert_eq!((f.header, f.second, f.numbers, f.last()), (0, Some(1), Some(2), 2));
        assert_eq!(f.names, ["TT", "Đội", "Tỉnh", "Số hài cốt (Tổng)", "Có tên"]);
        assert_eq!(Field::from_header(&f.names[3]), Some(Field::Remains));
        // A data row is no second header, nor numbers of columns.
        let f = find(&rows("season,team,,remains\n2024-2025,K52,x,3\n"), &opts).unwrap();
        assert_eq!((f.second, f.numbers), (None, None));
        assert!(!numbers_columns(&rows("1,K52,3")[0]));
        assert!(numbers_columns(&rows("A,B,1,2,3")[0]));
        assert!(!numbers_columns(&rows("1,2,4")[0]));
    }
}
