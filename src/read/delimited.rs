//! CSV and TSV: comment lines before the header, the delimiter detected (comma, semicolon or
//! tab; an Excel `sep=;` first line is honoured), quoted fields, split without copying.

use super::validate::{Cell, Cells, Validator, MAX_COLUMNS};
use super::{says_sample, FileError, Loaded, ReadOptions, Severity};
use crate::date::DateEvidence;

/// One record's fields: spans of the text, or of `buf` for quoted fields with `""` inside.
#[derive(Default)]
struct Row {
    /// (start, end, in `buf`).
    spans: Vec<(usize, usize, bool)>,
    buf: String,
    /// A quote opened in this record was never closed (the record runs to the end).
    unclosed: bool,
}

struct RowRef<'a> {
    text: &'a str,
    row: &'a Row,
}

impl Cells for RowRef<'_> {
    #[inline]
    fn cell(&self, i: usize) -> Cell<'_> {
        match self.row.spans.get(i) {
            Some(&(a, z, false)) if z > a => Cell::Text(self.text.get(a..z).unwrap_or("")),
            Some(&(a, z, true)) if z > a => Cell::Text(self.row.buf.get(a..z).unwrap_or("")),
            _ => Cell::Empty,
        }
    }
    fn width(&self) -> usize {
        self.row.spans.len()
    }
}

/// The first `delim`, `\n` or `\r` in `b` from `j` (or `b.len()`), eight bytes at a time.
#[inline]
fn find_stop(b: &[u8], mut j: usize, delim: u8) -> usize {
    const LO: u64 = 0x0101_0101_0101_0101;
    const HI: u64 = 0x8080_8080_8080_8080;
    let (d, n, r) = (LO * u64::from(delim), LO * u64::from(b'\n'), LO * u64::from(b'\r'));
    // A byte of x is zero ⇒ its high bit is set here; the lowest set bit is always exact.
    let zero = |x: u64| x.wrapping_sub(LO) & !x & HI;
    while let Some(chunk) = b.get(j..j + 8) {
        let mut word = [0u8; 8];
        word.copy_from_slice(chunk);
        let w = u64::from_le_bytes(word);
        let m = zero(w ^ d) | zero(w ^ n) | zero(w ^ r);
        if m != 0 {
            return j + (m.trailing_zeros() / 8) as usize;
        }
        j += 8;
    }
    while j < b.len() {
        let c = b[j];
        if c == delim || c == b'\n' || c == b'\r' {
            return j;
        }
        j += 1;
    }
    j
}

/// The first byte equal to `x`, `y` or `z` in `b[j..end]` (or `end`), eight bytes at a time.
#[inline]
pub(super) fn find_any(b: &[u8], mut j: usize, end: usize, [x, y, z]: [u8; 3]) -> usize {
    const LO: u64 = 0x0101_0101_0101_0101;
    const HI: u64 = 0x8080_8080_8080_8080;
    let (px, py, pz) = (LO * u64::from(x), LO * u64::from(y), LO * u64::from(z));
    let zero = |v: u64| v.wrapping_sub(LO) & !v & HI;
    let end = end.min(b.len());
    while j + 8 <= end {
        let mut word = [0u8; 8];
        word.copy_from_slice(&b[j..j + 8]);
        let w = u64::from_le_bytes(word);
        let m = zero(w ^ px) | zero(w ^ py) | zero(w ^ pz);
        if m != 0 {
            return j + (m.trailing_zeros() / 8) as usize;
        }
        j += 8;
    }
    while j < end {
        let c = b[j];
        if c == x || c == y || c == z {
            return j;
        }
        j += 1;
    }
    end
}

/// Pushes the fields of the quote-free record `b[start..end]`, split at every `delim`: eight
/// bytes at a time, every delimiter of a word taken from one mask.
#[inline]
fn split_line(b: &[u8], start: usize, end: usize, delim: u8, spans: &mut Vec<(usize, usize, bool)>) {
    const LO: u64 = 0x0101_0101_0101_0101;
    const LOW7: u64 = 0x7F7F_7F7F_7F7F_7F7F;
    let pattern = LO * u64::from(delim);
    // The high bit of each byte of `v` that is zero, exactly (no borrow between bytes).
    let zeros = |v: u64| !((v & LOW7).wrapping_add(LOW7) | v | LOW7);
    let (mut a, mut j) = (start, start);
    while let Some(chunk) = b.get(j..j + 8).filter(|_| j + 8 <= end) {
        let mut word = [0u8; 8];
        word.copy_from_slice(chunk);
        let mut m = zeros(u64::from_le_bytes(word) ^ pattern);
        while m != 0 {
            let p = j + (m.trailing_zeros() / 8) as usize;
            spans.push((a, p, false));
            a = p + 1;
            m &= m - 1;
        }
        j += 8;
    }
    while j < end {
        if b[j] == delim {
            spans.push((a, j, false));
            a = j + 1;
        }
        j += 1;
    }
    spans.push((a, end, false));
}

/// An RFC 4180 record splitter over the whole text: fields are slices of the text (no copy)
/// unless quoted with `""` inside; CRLF, LF or CR end a record; a quoted field may span lines.
/// Lenient like spreadsheets: text after a closing quote is appended to the field, and an
/// unclosed quote runs to the end of the file (reported).
struct Splitter<'t> {
    text: &'t str,
    pos: usize,
    line: u32,
    delim: u8,
}

impl<'t> Splitter<'t> {
    /// Reads the next record into `row`; returns the line it starts on, `None` at the end.
    ///
    /// Most records have no quote: their end is found first, then their fields, each search
    /// looking for fewer kinds of byte. A record with a quote takes the general path.
    fn next(&mut self, row: &mut Row) -> Option<u32> {
        let b = self.text.as_bytes();
        let start = self.pos;
        if start >= b.len() {
            return None;
        }
        let end = find_any(b, start, b.len(), [b'\n', b'\r', b'"']);
        if b.get(end) == Some(&b'"') {
            return self.next_quoted(row);
        }
        row.spans.clear();
        row.buf.clear();
        row.unclosed = false;
        split_line(b, start, end, self.delim, &mut row.spans);
        let line = self.line;
        self.pos = match b.get(end) {
            None => end,
            Some(b'\r') if b.get(end + 1) == Some(&b'\n') => end + 2,
            Some(_) => end + 1,
        };
        if end < b.len() {
            self.line = self.line.saturating_add(1);
        }
        Some(line)
    }

    /// [`Splitter::next`] for a record with a quote somewhere.
    fn next_quoted(&mut self, row: &mut Row) -> Option<u32> {
        let b = self.text.as_bytes();
        if self.pos >= b.len() {
            return None;
        }
        row.spans.clear();
        row.buf.clear();
        row.unclosed = false;
        let start_line = self.line;
        let delim = self.delim;
        loop {
            let i = self.pos;
            if b.get(i) == Some(&b'"') {
                self.quoted(row);
            } else {
                let j = find_stop(b, i, delim);
                row.spans.push((i, j, false));
                self.pos = j;
            }
            loop {
                match b.get(self.pos) {
                    None => return Some(start_line),
                    Some(&c) if c == delim => {
                        self.pos += 1;
                        break;
                    }
                    Some(b'\r') => {
                        self.pos += 1;
                        if b.get(self.pos) == Some(&b'\n') {
                            self.pos += 1;
                        }
                        self.line = self.line.saturating_add(1);
                        return Some(start_line);
                    }
                    Some(b'\n') => {
                        self.pos += 1;
                        self.line = self.line.saturating_add(1);
                        return Some(start_line);
                    }
                    Some(_) => {
                        // Text after a closing quote: part of the same field.
                        let (a, z, in_buf) = row.spans.pop().unwrap_or((0, 0, true));
                        let start = if in_buf {
                            a
                        } else {
                            row.buf.push_str(&self.text[a..z]);
                            row.buf.len() - (z - a)
                        };
                        let mut j = self.pos;
                        while j < b.len() && b[j] != delim && b[j] != b'\n' && b[j] != b'\r' {
                            j += 1;
                        }
                        row.buf.push_str(&self.text[self.pos..j]);
                        row.spans.push((start, row.buf.len(), true));
                        self.pos = j;
                    }
                }
            }
        }
    }

    /// A quoted field, the cursor on its opening quote.
    fn quoted(&mut self, row: &mut Row) {
        let b = self.text.as_bytes();
        let open = self.pos + 1;
        let mut seg = open;
        let mut j = open;
        let mut escaped: Option<usize> = None;
        loop {
            // A line break inside the quotes is a line of the file: LF, CRLF or CR alone.
            match find_any(b, j, b.len(), [b'"', b'\n', b'\r']) {
                k if k >= b.len() => {
                    row.unclosed = true;
                    j = b.len();
                    break;
                }
                k => {
                    j = k;
                    if b[j] == b'\r' {
                        self.line = self.line.saturating_add(1);
                        j += if b.get(j + 1) == Some(&b'\n') { 2 } else { 1 };
                    } else if b[j] == b'\n' {
                        self.line = self.line.saturating_add(1);
                        j += 1;
                    } else if b.get(j + 1) == Some(&b'"') {
                        escaped.get_or_insert(row.buf.len());
                        row.buf.push_str(&self.text[seg..=j]);
                        j += 2;
                        seg = j;
                    } else {
                        break;
                    }
                }
            }
        }
        let end = j.min(b.len());
        match escaped {
            None => row.spans.push((open, end, false)),
            Some(start) => {
                row.buf.push_str(&self.text[seg..end]);
                row.spans.push((start, row.buf.len(), true));
            }
        }
        self.pos = (end + 1).min(b.len());
    }
}

/// The delimiter of a header line: the most frequent of `,` `;` and tab outside quotes.
pub(super) fn delimiter(header: &str, file: &str) -> u8 {
    let (mut counts, mut quoted) = ([0usize; 3], false);
    for b in header.bytes() {
        match b {
            b'"' => quoted = !quoted,
            b',' if !quoted => counts[0] += 1,
            b';' if !quoted => counts[1] += 1,
            b'\t' if !quoted => counts[2] += 1,
            _ => {}
        }
    }
    let tsv = file.to_ascii_lowercase().ends_with(".tsv") || file.to_ascii_lowercase().ends_with(".tab");
    if tsv && counts[2] > 0 {
        return b'\t';
    }
    let best = (0..3).max_by_key(|&i| (counts[i], 3 - i)).unwrap_or(0);
    match (counts[best], best) {
        (0, _) if tsv => b'\t',
        (0, _) | (_, 0) => b',',
        (_, 1) => b';',
        _ => b'\t',
    }
}

/// Every record of `text` as cells, with the line it starts on (for tables read whole, such as
/// tables of published figures); the second value says a quote was never closed.
pub(super) fn cells(text: &str, delim: u8) -> (Vec<(u32, Vec<String>)>, bool) {
    let mut split = Splitter { text, pos: 0, line: 1, delim };
    let mut row = Row::default();
    let mut out = Vec::new();
    while let Some(line) = split.next(&mut row) {
        let r = RowRef { text, row: &row };
        out.push((line, (0..r.width()).map(|i| r.cell(i).text().into_owned()).collect()));
    }
    (out, row.unclosed)
}

/// Bytes of a file a record is reckoned to take at least when memory is reserved for its
/// records: a record takes 23 bytes in the dataset's columns, so what is reserved is never more
/// than the file's own size, whatever its lines hold.
pub(super) const RESERVED_RECORD_BYTES: usize = 24;

/// About how many records `bytes` bytes of text like `body` hold, for the memory reserved
/// before reading them: from the lines of its first 16 KB that hold a value (blank lines, and
/// lines of delimiters, quotes and spaces alone, are no record: they make the guess smaller,
/// never larger); at most `max_rows`, and one record every [`RESERVED_RECORD_BYTES`] bytes. A
/// wrong guess only costs time (the dataset grows) or memory until it is shrunk at the end.
pub(super) fn estimate_records(body: &str, bytes: usize, delim: u8, max_rows: usize) -> usize {
    let sample = &body.as_bytes()[..body.len().min(16 * 1024)];
    let (mut records, mut value) = (0u64, false);
    for &c in sample {
        match c {
            b'\n' | b'\r' => {
                records += u64::from(value);
                value = false;
            }
            b' ' | b'\t' | b'"' => {}
            c if c == delim => {}
            _ => value = true,
        }
    }
    records += u64::from(value);
    let guess = (bytes as u64).saturating_mul(records) / (sample.len() as u64).max(1);
    usize::try_from(guess).unwrap_or(usize::MAX).min(max_rows).min(bytes / RESERVED_RECORD_BYTES)
}

/// A delimited file read up to its first record: the header mapped into a validator.
pub(super) struct Head<'t, 'o> {
    /// The validator, with the header's columns (and their problems) and the comments.
    pub(super) v: Validator<'o>,
    /// The text from the header on (comments and a `sep=` line skipped).
    pub(super) body: &'t str,
    /// The delimiter.
    pub(super) delim: u8,
    /// Where in `body` the first record after the header starts.
    pub(super) pos: usize,
    /// The line it starts on.
    pub(super) line: u32,
}

/// Reads delimited `text` (already decoded).
pub(crate) fn read(file: &str, text: &str, opts: &ReadOptions) -> Result<Loaded, FileError> {
    let Head { mut v, body, delim, pos, line } = head(file, text, opts, || DateEvidence::scan(text.as_bytes()))?;
    v.loaded.dataset.reserve(estimate_records(&body[pos..], body.len() - pos, delim, opts.max_rows));
    let mut split = Splitter { text: body, pos, line, delim };
    records(&mut v, &mut split, |_| true)?;
    Ok(v.finish())
}

/// The lines of `text`, each with its end: LF, CRLF or CR alone (as old Mac files end them).
fn lines_with_ends(text: &str) -> impl Iterator<Item = &str> {
    let b = text.as_bytes();
    let mut at = 0;
    std::iter::from_fn(move || {
        if at >= b.len() {
            return None;
        }
        let j = find_any(b, at, b.len(), [b'\n', b'\r', b'\n']);
        let end = match b.get(j) {
            None => j,
            Some(b'\r') if b.get(j + 1) == Some(&b'\n') => j + 2,
            Some(_) => j + 1,
        };
        let line = &text[at..end];
        at = end;
        Some(line)
    })
}

/// Reads the comments, the delimiter and the header of `text`, then decides the order of the
/// file's dates, from `dates` (the evidence of the whole file's, asked for only when needed).
pub(super) fn head<'t, 'o>(
    file: &str,
    text: &'t str,
    opts: &'o ReadOptions,
    dates: impl FnOnce() -> DateEvidence,
) -> Result<Head<'t, 'o>, FileError> {
    let mut comments = Vec::new();
    let (mut offset, mut skipped) = (0usize, 0u32);
    let mut forced = None;
    for line in lines_with_ends(text) {
        let t = line.trim();
        if t.is_empty() || t.starts_with('#') {
            if let Some(c) = t.strip_prefix('#') {
                comments.push(c.trim_start_matches('#').trim().to_owned());
            }
        } else if skipped == 0 && forced.is_none() && t.len() == 5 && t.starts_with("sep=") {
            forced = Some(t.as_bytes()[4]);
        } else {
            break;
        }
        offset += line.len();
        skipped += 1;
    }
    let body = &text[offset..];
    let header_line = skipped + 1;
    let ferr = |line: u32, message: &str| FileError {
        file: file.to_owned(),
        line,
        column: String::new(),
        message: message.to_owned(),
    };
    let first = lines_with_ends(body).next().unwrap_or("").trim_end_matches(['\n', '\r']);
    if first.is_empty() {
        return Err(ferr(0, "the file has no header and no data: it is empty, or has only comments"));
    }
    // The first line may be a title whose delimiter is not the table's: when no sure header is
    // found with the first line's, the others are tried, and the one whose header names the
    // most known columns is kept.
    let first_delim = forced.unwrap_or_else(|| delimiter(first, file));
    let mut best: Option<(usize, u8, FirstRows, Option<super::table::Found>)> = None;
    for delim in std::iter::once(first_delim).chain([b',', b';', b'\t'].into_iter().filter(|&d| d != first_delim)) {
        let rows = first_rows(body, header_line, delim, opts);
        let found = super::table::find(&rows.cells, &rows.lines, opts);
        let sure = found.as_ref().is_some_and(|f| super::table::is_sure_header(&rows.cells[f.header], opts));
        let known = found.as_ref().map_or(0, |f| super::table::known_count(&f.names, opts));
        if best.as_ref().map_or(true, |b| known > b.0) {
            best = Some((known, delim, rows, found));
        }
        if sure || forced.is_some() {
            break;
        }
    }
    let Some((_, delim, rows, found)) = best else {
        return Err(ferr(header_line, "the file has no header"));
    };
    let Some(found) = found else {
        return Err(ferr(header_line, "the file has no header"));
    };
    let line = rows.lines[found.header];
    let mut v = Validator::new(file, opts, line);
    v.find_total_rows();
    v.loaded.report.sample = comments.iter().any(|c| says_sample(c));
    v.loaded.report.comments = comments;
    if rows.widths[found.header] > MAX_COLUMNS || found.names.len() > MAX_COLUMNS {
        return Err(v.too_many_columns(line));
    }
    for name in &found.names {
        v.add_column(name, line);
    }
    v.loaded.report.layout = found.layout(&rows.cells, &rows.lines);
    // A title above the table that says the data is made up labels it as a comment would.
    v.loaded.report.sample |= v.loaded.report.layout.skipped.iter().any(|k| super::says_sample(&k.text));
    v.check_header()?;
    v.decide_date_order(dates);
    let last = found.last();
    Ok(Head { v, body, delim, pos: rows.ends[last], line: rows.lines.get(last + 1).copied().unwrap_or(rows.next_line) })
}

/// The first records of a table's text, for the header search: at most
/// [`SEARCH_ROWS`](super::table::SEARCH_ROWS) with a value and
/// [`SEARCH_RECORDS`](super::table::SEARCH_RECORDS) in all, and two after a row that is surely
/// the header.
struct FirstRows {
    cells: Vec<Vec<String>>,
    lines: Vec<u32>,
    starts: Vec<usize>,
    ends: Vec<usize>,
    /// Cells each record has (of the first [`MAX_COLUMNS`] + 1 kept).
    widths: Vec<usize>,
    /// The line after the last record read.
    next_line: u32,
}

fn first_rows(body: &str, line: u32, delim: u8, opts: &ReadOptions) -> FirstRows {
    let mut split = Splitter { text: body, pos: 0, line, delim };
    let mut row = Row::default();
    let mut out = FirstRows {
        cells: Vec::new(),
        lines: Vec::new(),
        starts: Vec::new(),
        ends: Vec::new(),
        widths: Vec::new(),
        next_line: line,
    };
    let (mut valued, mut after_sure) = (0usize, None::<usize>);
    loop {
        let start = split.pos;
        let Some(line) = split.next(&mut row) else { break };
        let r = RowRef { text: body, row: &row };
        let width = r.width();
        let cells: Vec<String> = (0..width.min(MAX_COLUMNS + 1)).map(|i| r.cell(i).text().into_owned()).collect();
        let blank = super::table::blank(&cells);
        let sure = !blank && after_sure.is_none() && super::table::is_sure_header(&cells, opts);
        out.cells.push(cells);
        out.lines.push(line);
        out.starts.push(start);
        out.ends.push(split.pos);
        out.widths.push(width);
        out.next_line = split.line;
        if let Some(n) = after_sure.as_mut() {
            *n += 1;
        }
        if sure {
            after_sure = Some(0);
        }
        valued += usize::from(!blank);
        let searched = out.cells.len() >= super::table::SEARCH_RECORDS || valued >= super::table::SEARCH_ROWS;
        // A header line chosen below the first sure header is read up to.
        let chosen_read = opts.header_line.map_or(true, |l| line >= l);
        if searched || (chosen_read && after_sure.is_some_and(|n| n >= super::table::AFTER_HEADER)) || row.unclosed {
            break;
        }
    }
    out
}

/// Records read between two questions to `go` (see [`records`]).
const RECORDS_PER_CHECK: u32 = 1024;

/// Reads the records of `text` from `pos` (on line `line`) into `v`, to the end: the line
/// there, and whether the last record ran into the end inside quotes (as when `text` is cut
/// inside a quoted value); `None` when `go`, asked every [`RECORDS_PER_CHECK`] records, said
/// to stop.
#[cfg(not(target_arch = "wasm32"))]
pub(super) fn read_part(
    v: &mut Validator<'_>,
    (text, delim): (&str, u8),
    (pos, line): (usize, u32),
    go: impl FnMut(&Validator<'_>) -> bool,
) -> Result<Option<(u32, bool)>, FileError> {
    let mut split = Splitter { text, pos, line, delim };
    Ok(records(v, &mut split, go)?.map(|open| (split.line, open)))
}

/// Reads the records from `split` into `v`, asking `go` every [`RECORDS_PER_CHECK`] records
/// whether to go on: whether the last record's quote was left open, or `None` when `go` said to
/// stop.
fn records(
    v: &mut Validator<'_>,
    split: &mut Splitter<'_>,
    mut go: impl FnMut(&Validator<'_>) -> bool,
) -> Result<Option<bool>, FileError> {
    let mut row = Row::default();
    let mut count = 0u32;
    while let Some(line) = split.next(&mut row) {
        if row.unclosed {
            v.row_problem(
                line,
                Severity::Error,
                "a quote (\") opened in this row is never closed: the rest of the file is read as \
                 one value"
                    .to_owned(),
            );
        }
        v.row(line, &RowRef { text: split.text, row: &row })?;
        count = count.wrapping_add(1);
        if count % RECORDS_PER_CHECK == 0 && !go(v) {
            return Ok(None);
        }
    }
    Ok(Some(row.unclosed))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(text: &str) -> Vec<(u32, Vec<String>, bool)> {
        let mut sp = Splitter { text, pos: 0, line: 1, delim: b',' };
        let mut row = Row::default();
        let mut out = Vec::new();
        while let Some(line) = sp.next(&mut row) {
            let r = RowRef { text, row: &row };
            let cells = (0..r.width()).map(|i| r.cell(i).text().into_owned()).collect();
            out.push((line, cells, row.unclosed));
        }
        out
    }

    #[test]
    fn splits_records() {
        let v = |s: &[&str]| s.iter().map(|x| x.to_string()).collect::<Vec<_>>();
        assert_eq!(
            split("a,b\r\n\"x,\"\"y\"\"\",2\n\"multi\nline\",3\n,\n\"q\"tail,4"),
            vec![
                (1, v(&["a", "b"]), false),
                (2, v(&["x,\"y\"", "2"]), false),
                (3, v(&["multi\nline", "3"]), false),
                (5, v(&["", ""]), false),
                (6, v(&["qtail", "4"]), false),
            ]
        );
        assert_eq!(split("\"open,1\n2"), vec![(1, v(&["open,1\n2"]), true)]);
        assert_eq!(split("a\rb"), vec![(1, v(&["a"]), false), (2, v(&["b"]), false)]);
        assert_eq!(split("\"\"\"\""), vec![(1, v(&["\""]), false)]);
    }

    #[test]
    fn splits_lines_like_str_split() {
        // Delimiters at every position of a word, runs of them, bytes one off the delimiter
        // (the inexact zero-byte test would see a `-` after a `,` as another `,`).
        let mut seed = 7u32;
        for len in 0..40 {
            for _ in 0..20 {
                let line: String = (0..len)
                    .map(|_| {
                        seed = seed.wrapping_mul(1_103_515_245).wrapping_add(12345);
                        [',', '-', '+', 'a', 'ệ'][(seed >> 16) as usize % 5]
                    })
                    .collect();
                let mut spans = Vec::new();
                split_line(line.as_bytes(), 0, line.len(), b',', &mut spans);
                let got: Vec<&str> = spans.iter().map(|&(a, z, _)| &line[a..z]).collect();
                assert_eq!(got, line.split(',').collect::<Vec<_>>(), "{line:?}");
            }
        }
    }

    #[test]
    fn finds_stops_like_a_byte_loop() {
        let text = b"abc,defghijklmnop\r\nq\x01\xff,,\x80\x81;x\ny";
        for delim in [b',', b';', b'\t'] {
            for start in 0..text.len() {
                let slow = (start..text.len())
                    .find(|&j| matches!(text[j], b'\n' | b'\r') || text[j] == delim)
                    .unwrap_or(text.len());
                assert_eq!(find_stop(text, start, delim), slow, "{start}");
            }
        }
    }

    #[test]
    fn quoted_line_breaks_are_lines_whatever_ends_them() {
        let v = |s: &[&str]| s.iter().map(|x| x.to_string()).collect::<Vec<_>>();
        for end in ["\n", "\r\n", "\r"] {
            let text = "a,b\n\"x\ny\",1\n\"p\n\nq\",2\nz,3\n".replace('\n', end);
            let lines: Vec<u32> = split(&text).iter().map(|(line, _, _)| *line).collect();
            assert_eq!(lines, [1, 2, 4, 7], "{end:?}");
            assert_eq!(split(&text)[1].1, v(&[&format!("x{end}y"), "1"]), "{end:?}");
        }
        let lines: Vec<&str> = lines_with_ends("# a\r# b\r\nh\nx").collect();
        assert_eq!(lines, ["# a\r", "# b\r\n", "h\n", "x"]);
    }

    /// Bytes the dataset's columns take for `records` records reserved.
    fn reserved_bytes(records: usize) -> usize {
        let mut dataset = crate::dataset::Dataset::default();
        dataset.reserve(records);
        dataset.heap_bytes()
    }

    #[test]
    fn blank_lines_reserve_no_records() {
        const MB20: usize = 20_000_000;
        let record = "2024-2025,K92,Kampot,3\n";
        // 20 MB of blank lines, then one record: once 20 million records reserved (460 MB).
        let blank = "\n".repeat(MB20) + record;
        assert_eq!(estimate_records(&blank, blank.len(), b',', usize::MAX), 0);
        for (line, delim) in
            [("   \n", b','), ("\r\n", b','), (",,,,\n", b','), ("\"\",\"\"\n", b','), ("\t;\t\r", b';')]
        {
            let lines = line.repeat(MB20 / line.len());
            assert_eq!(estimate_records(&lines, lines.len(), delim, usize::MAX), 0, "{line:?}");
        }
        // A semicolon is a value in a comma-separated file.
        assert!(estimate_records(&";\n".repeat(1000), 2000, b',', usize::MAX) > 0);
        // Short records first, then blank lines: never more than the file's size reserved.
        let dense = "a,1\n".repeat(4096) + &"\n".repeat(MB20);
        let n = estimate_records(&dense, dense.len(), b',', usize::MAX);
        assert_eq!(n, dense.len() / RESERVED_RECORD_BYTES);
        assert!(reserved_bytes(n) <= dense.len(), "{} bytes for a file of {}", reserved_bytes(n), dense.len());
        // Nor more than the rows a file may have.
        assert_eq!(estimate_records(&dense, dense.len(), b',', 1000), 1000);
        // Ordinary records: about as many as there are.
        let text = crate::generate::generate(20_000, 3);
        let body = &text[text.find('\n').unwrap() + 1..];
        let n = estimate_records(body, body.len(), b',', usize::MAX);
        assert!((16_000..=24_000).contains(&n), "{n} records estimated for 20000");
        // Blank lines among them leave the guess as it was (counted, it would be tripled).
        let spaced = body.replace('\n', "\n\n\n");
        let m = estimate_records(&spaced, spaced.len(), b',', usize::MAX);
        assert!((16_000..=24_000).contains(&m), "{m} records estimated for 20000 and 40000 blank lines");
    }

    #[test]
    fn detects_the_delimiter() {
        assert_eq!(delimiter("season,team,province", "a.csv"), b',');
        assert_eq!(delimiter("mùa khô;đội;tỉnh", "a.csv"), b';');
        assert_eq!(delimiter("season\tteam", "a.csv"), b'\t');
        assert_eq!(delimiter("\"a;b\",c", "a.csv"), b',');
        assert_eq!(delimiter("season", "a.tsv"), b'\t');
        assert_eq!(delimiter("season", "a.csv"), b',');
    }
}
