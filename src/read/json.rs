//! JSON: an array of objects, `{"records": […]}` (also `data`, `rows`, `items`), or a GeoJSON
//! FeatureCollection of points (`coordinates` become longitude and latitude, `properties` the
//! other fields). The top level is scanned here, so each record's line is the line where its
//! object starts and only one record is parsed (by serde_json) at a time.
//!
//! Nothing in the file is dropped without a word: text after the top-level value, a key the
//! top-level object repeats and a second array of records are errors; an array of objects
//! under a key that holds no records is an error in the report. A problem in a record that
//! starts on the line of another (minified JSON) names the record: `record 3: …`.

use std::borrow::Cow;
use std::collections::HashMap;

mod record;
use record::{Feature, FeatureRecord, Geometry, Member, Record};

use crate::date::DateEvidence;

use super::header::Field;
use super::validate::{Cell, Validator, MAX_COLUMNS};
use super::{says_sample, FileError, Loaded, ReadOptions, Severity};

/// A cursor over the text that counts lines as it goes.
struct Scanner<'a> {
    text: &'a str,
    pos: usize,
    line: u32,
}

type ScanError = (u32, String);

/// Parses the JSON value in `text[a..z]`, which starts on `line`; an error gives the line and
/// column (in characters) in the whole `text`.
fn parse<'t, T: serde::Deserialize<'t>>(text: &'t str, (a, z): (usize, usize), line: u32) -> Result<T, ScanError> {
    let span = &text[a..z];
    serde_json::from_str(span).map_err(|e| located(text, (a, z), line, &e, error_offset(span, &e)))
}

/// Parses one record like [`parse`]. A number too large for an f64 (serde_json refuses it, and
/// the whole record with it) is read as the text written, so that it is an error in its cell
/// only, as the same text is in a CSV; `fixed` holds the record so rewritten.
fn parse_record<'t, T: serde::Deserialize<'t>>(
    text: &'t str,
    (a, z): (usize, usize),
    line: u32,
    fixed: &'t mut String,
) -> Result<T, ScanError> {
    let span = &text[a..z];
    let mut fixed = Some(fixed);
    let mut quoted = Vec::new();
    let mut source = span;
    loop {
        let e = match serde_json::from_str(source) {
            Ok(record) => return Ok(record),
            Err(e) => e,
        };
        if let Some(out) = fixed.take() {
            if e.to_string().starts_with("number out of range") {
                quoted = quote_huge_numbers(span, out);
                if !quoted.is_empty() {
                    source = out;
                    continue;
                }
            }
        }
        return Err(located(text, (a, z), line, &e, unshift(error_offset(source, &e), &quoted)));
    }
}

/// Copies `span` into `out` with every number that an f64 cannot hold in double quotes;
/// returns the spans of those numbers in `span` (none: nothing is copied).
fn quote_huge_numbers(span: &str, out: &mut String) -> Vec<(usize, usize)> {
    let b = span.as_bytes();
    let mut quoted = Vec::new();
    let (mut i, mut copied) = (0, 0);
    while i < b.len() {
        match b[i] {
            b'"' => {
                i += 1;
                while i < b.len() && b[i] != b'"' {
                    i += if b[i] == b'\\' { 2 } else { 1 };
                }
                i += 1;
            }
            b'-' | b'0'..=b'9' => {
                let start = i;
                while i < b.len() && matches!(b[i], b'0'..=b'9' | b'-' | b'+' | b'.' | b'e' | b'E') {
                    i += 1;
                }
                if span[start..i].parse::<f64>().is_ok_and(|v| v.abs() >= 1e308) {
                    out.push_str(&span[copied..start]);
                    out.push('"');
                    out.push_str(&span[start..i]);
                    out.push('"');
                    copied = i;
                    quoted.push((start, i));
                }
            }
            _ => i += 1,
        }
    }
    if !quoted.is_empty() {
        out.push_str(&span[copied..]);
    }
    quoted
}

/// The offset in the original record of offset `at` in its copy with `quoted` numbers quoted.
fn unshift(at: usize, quoted: &[(usize, usize)]) -> usize {
    let mut shift = 0;
    for &(start, end) in quoted {
        if at < start + shift {
            break;
        }
        if at < end + shift + 2 {
            return (at - shift).saturating_sub(1).max(start);
        }
        shift += 2;
    }
    at - shift
}

/// The byte offset in `span` of serde_json's error `e` (its column counts bytes up to and
/// including the one in question).
fn error_offset(span: &str, e: &serde_json::Error) -> usize {
    let rel_line_start = match e.line() {
        0 | 1 => 0,
        l => span.match_indices('\n').nth(l - 2).map_or(span.len(), |(i, _)| i + 1),
    };
    (rel_line_start + e.column()).min(span.len())
}

/// serde_json's error `e` at `offset` in the value `text[a..z]`, which starts on `line`, with
/// the line and column in the whole `text`.
fn located(text: &str, (a, z): (usize, usize), line: u32, e: &serde_json::Error, offset: usize) -> ScanError {
    let what = e.to_string();
    let what = what.strip_suffix(&format!(" at line {} column {}", e.line(), e.column())).unwrap_or(&what);
    let at = (a + offset).min(z);
    let column = chars_before(text, at).max(1);
    let line = line.saturating_add(u32::try_from(e.line().saturating_sub(1)).unwrap_or(u32::MAX));
    (line, format!("invalid JSON: {what} at line {line} column {column}"))
}

/// The characters before byte `at` of `text` on its line.
fn chars_before(text: &str, at: usize) -> usize {
    let bytes = text.as_bytes();
    let line_start = bytes[..at].iter().rposition(|&b| b == b'\n').map_or(0, |i| i + 1);
    bytes[line_start..at].iter().filter(|&&b| b & 0xC0 != 0x80).count()
}

/// A scanned object member.
struct Scanned {
    key: String,
    /// Where the key starts: byte offset and line.
    key_at: (usize, u32),
    /// The span of the value.
    span: (usize, usize),
    /// The line where the value starts.
    line: u32,
}

impl<'a> Scanner<'a> {
    fn peek(&self) -> Option<u8> {
        self.text.as_bytes().get(self.pos).copied()
    }

    fn bump(&mut self) {
        if self.peek() == Some(b'\n') {
            self.line += 1;
        }
        self.pos += 1;
    }

    fn ws(&mut self) {
        while let Some(b' ' | b'\t' | b'\r' | b'\n') = self.peek() {
            self.bump();
        }
    }

    /// What is at the cursor, for messages.
    fn found(&self) -> String {
        match self.peek() {
            None => "the end of the file".to_owned(),
            Some(b) if b.is_ascii_graphic() => format!("'{}'", b as char),
            Some(b) => format!("byte 0x{b:02X}"),
        }
    }

    /// `line L column C` of byte `at`.
    fn place(&self, (at, line): (usize, u32)) -> String {
        format!("line {line} column {}", chars_before(self.text, at) + 1)
    }

    /// The error for two members of the top-level object that cannot both be read.
    fn twice(&self, what: &str, first: &Scanned, second: &Scanned) -> ScanError {
        let fix = if holds_records(&second.key) { "put every record in one array" } else { "keep one" };
        (
            second.key_at.1,
            format!(
                "{what}, \"{}\" at {} and \"{}\" at {}: only one could be read ({fix})",
                first.key,
                self.place(first.key_at),
                second.key,
                self.place(second.key_at)
            ),
        )
    }

    fn fail<T>(&self, what: &str) -> Result<T, ScanError> {
        Err((self.line, format!("invalid JSON: expected {what}, found {}", self.found())))
    }

    /// Checks that only white space follows the top-level value, `after`.
    fn end(&mut self, after: &str) -> Result<(), ScanError> {
        self.ws();
        let here = self.place((self.pos, self.line));
        match self.peek() {
            None => Ok(()),
            Some(b'[' | b'{') => Err((
                self.line,
                format!(
                    "invalid JSON: a second value after {after}, at {here}: a file holds one JSON \
                     value (put every record in one array)"
                ),
            )),
            Some(_) => Err((
                self.line,
                format!(
                    "invalid JSON: text after {after}, at {here}: found {}; a file holds one JSON value",
                    self.found()
                ),
            )),
        }
    }

    fn expect(&mut self, b: u8, what: &str) -> Result<(), ScanError> {
        self.ws();
        if self.peek() == Some(b) {
            self.bump();
            Ok(())
        } else {
            self.fail(what)
        }
    }

    /// Skips a string (the cursor on its opening quote); returns its raw span.
    fn string(&mut self) -> Result<(usize, usize), ScanError> {
        let start = self.pos;
        self.bump();
        loop {
            match self.peek() {
                None => return self.fail("the end of a string (\")"),
                Some(b'"') => {
                    self.bump();
                    return Ok((start, self.pos));
                }
                Some(b'\\') => {
                    self.bump();
                    self.bump();
                }
                Some(_) => self.bump(),
            }
        }
    }

    /// Skips one value (iteratively, whatever its depth); returns its span.
    fn value(&mut self) -> Result<(usize, usize), ScanError> {
        self.ws();
        let start = self.pos;
        let mut depth = 0usize;
        loop {
            match self.peek() {
                None => return self.fail("a value"),
                Some(b'"') => {
                    self.string()?;
                }
                Some(b'{' | b'[') => {
                    depth += 1;
                    self.bump();
                }
                Some(b'}' | b']') if depth > 0 => {
                    depth -= 1;
                    self.bump();
                }
                Some(b',' | b'}' | b']' | b' ' | b'\t' | b'\r' | b'\n') if depth == 0 => {
                    if self.pos == start {
                        return self.fail("a value");
                    }
                    return Ok((start, self.pos));
                }
                Some(_) => self.bump(),
            }
            if depth == 0 && self.pos > start && matches!(self.text.as_bytes().get(start), Some(b'{' | b'[' | b'"')) {
                return Ok((start, self.pos));
            }
        }
    }

    /// The members of an object (the cursor on `{`): (key, value span, line of the value).
    fn members(&mut self) -> Result<Vec<Scanned>, ScanError> {
        let mut out = Vec::new();
        self.expect(b'{', "'{'")?;
        self.ws();
        if self.peek() == Some(b'}') {
            self.bump();
            return Ok(out);
        }
        loop {
            self.ws();
            if self.peek() != Some(b'"') {
                return self.fail("a key in double quotes");
            }
            let key_at = (self.pos, self.line);
            let key = self.string()?;
            let key: String = parse(self.text, key, key_at.1)?;
            self.expect(b':', "':'")?;
            self.ws();
            let line = self.line;
            let span = self.value()?;
            out.push(Scanned { key, key_at, span, line });
            self.ws();
            match self.peek() {
                Some(b',') => self.bump(),
                Some(b'}') => {
                    self.bump();
                    return Ok(out);
                }
                _ => return self.fail("',' or '}'"),
            }
        }
    }
}

/// Reads JSON `text`.
pub(crate) fn read(file: &str, text: &str, opts: &ReadOptions) -> Result<Loaded, FileError> {
    let ferr = |(line, message): ScanError| FileError { file: file.to_owned(), line, column: String::new(), message };
    let mut sc = Scanner { text, pos: 0, line: 1 };
    sc.ws();
    let mut comments = Vec::new();
    let mut geojson = false;
    let members;
    // Arrays of objects under keys that hold no records: reported, not read.
    let mut unread: Vec<&Scanned> = Vec::new();
    let top_array = sc.peek() == Some(b'[');
    let array_at = match sc.peek() {
        Some(b'[') => (sc.pos, sc.line),
        Some(b'{') => {
            members = sc.members().map_err(ferr)?;
            sc.end("the top-level object").map_err(ferr)?;
            let mut seen: HashMap<String, usize> = HashMap::new();
            for (i, m) in members.iter().enumerate() {
                if let Some(first) = seen.insert(m.key.clone(), i) {
                    return Err(ferr(sc.twice("a key given twice in the top-level object", &members[first], m)));
                }
            }
            // The array of records: the one under a key that holds records and is not empty;
            // else the first such key's value, whatever it is.
            let (mut found, mut fallback): (Option<&Scanned>, Option<&Scanned>) = (None, None);
            for m in &members {
                let array = text.as_bytes()[m.span.0] == b'[';
                if holds_records(&m.key) && array && first_in_array(text, m.span) != b']' {
                    if let Some(first) = found {
                        return Err(ferr(sc.twice("two arrays of records", first, m)));
                    }
                    geojson = m.key == "features";
                    found = Some(m);
                    continue;
                }
                if holds_records(&m.key) && fallback.is_none() {
                    fallback = Some(m);
                }
                if m.key == "type" {
                } else if array && first_in_array(text, m.span) == b'{' {
                    unread.push(m);
                } else if let Ok(s) = parse::<String>(text, m.span, m.line) {
                    comments.push(format!("{}: {s}", m.key));
                }
            }
            match found.or(fallback) {
                Some(m) => (m.span.0, m.line),
                None => {
                    let hint = match unread.first() {
                        Some(m) => format!(" (\"{}\" holds an array of objects: name it \"records\")", m.key),
                        None => String::new(),
                    };
                    return Err(ferr((
                        1,
                        format!(
                            "the JSON object has no \"records\" array and is not a GeoJSON \
                             FeatureCollection: expected an array of records, {{\"records\": […]}}, or \
                             {{\"type\": \"FeatureCollection\", \"features\": […]}}{hint}"
                        ),
                    )));
                }
            }
        }
        _ => return Err(ferr(sc.fail::<()>("'[' or '{' (an array of records, or an object)").unwrap_err())),
    };
    sc.pos = array_at.0;
    sc.line = array_at.1;
    let mut v = Validator::new(file, opts, array_at.1);
    v.loaded.report.sample = comments.iter().any(|c| says_sample(c));
    v.loaded.report.comments = comments;
    v.decide_date_order(|| DateEvidence::scan(text.as_bytes()));
    let report_unread = |v: &mut Validator, m: &Scanned| {
        v.row_problem(
            m.key_at.1,
            Severity::Error,
            format!(
                "the array of objects under \"{}\" is not read: records are read from one array, \
                 under \"records\" (or \"data\", \"rows\", \"items\"; \"features\" in GeoJSON); put \
                 every record in it",
                m.key
            ),
        )
    };
    let after = unread.iter().position(|m| m.key_at.0 > array_at.0).unwrap_or(unread.len());
    for m in &unread[..after] {
        report_unread(&mut v, m);
    }
    let mut keys = Keys::default();
    let mut coords: Option<(usize, usize)> = None;
    sc.expect(b'[', "'[' (the array of records)").map_err(ferr)?;
    sc.ws();
    let (mut index, mut previous_line) = (0usize, 0u32);
    let mut more = sc.peek() != Some(b']');
    while more {
        index += 1;
        let mut cells: Vec<Cell> = Vec::new();
        let mut fixed = String::new();
        sc.ws();
        let line = sc.line;
        let span = sc.value().map_err(ferr)?;
        let shares_line = line == previous_line || (sc.line == line && another_follows_on_its_line(text, sc.pos));
        previous_line = line;
        let first_problem = v.loaded.report.problems.len();
        if geojson {
            match parse_record(text, span, line, &mut fixed).map_err(ferr)? {
                FeatureRecord::Feature(f) => feature(&mut v, &mut keys, &mut coords, &mut cells, line, &f)?,
                FeatureRecord::Other(what) => {
                    v.reject_row(line, format!("row not counted: {what} is not a GeoJSON Feature object"))?
                }
            }
        } else {
            match parse_record(text, span, line, &mut fixed).map_err(ferr)? {
                Record::Object(members) => {
                    fill(&mut v, &mut keys, &mut cells, line, &members)?;
                    v.row(line, cells.as_slice())?;
                }
                Record::Other(what) => {
                    v.reject_row(line, format!("row not counted: {what} is not an object with the record's fields"))?
                }
            }
        }
        if shares_line {
            for p in v.loaded.report.problems.iter_mut().skip(first_problem) {
                p.message.insert_str(0, &format!("record {index}: "));
            }
        }
        sc.ws();
        match sc.peek() {
            Some(b',') => sc.bump(),
            Some(b']') => more = false,
            _ => return Err(ferr(sc.fail::<()>("',' or ']' after a record").unwrap_err())),
        }
    }
    for m in &unread[after..] {
        report_unread(&mut v, m);
    }
    if top_array {
        sc.bump();
        sc.end("the array of records").map_err(ferr)?;
    }
    Ok(v.finish())
}

/// Whether an array under `key` of the top-level object holds the records.
fn holds_records(key: &str) -> bool {
    matches!(key, "records" | "data" | "rows" | "items" | "features")
}

/// The first byte after white space inside the array `text[a..z]` (`]` when it is empty,
/// `{` when it holds objects).
fn first_in_array(text: &str, (a, z): (usize, usize)) -> u8 {
    text.as_bytes()[a + 1..z].iter().copied().find(|b| !b" \t\r\n".contains(b)).unwrap_or(b']')
}

/// Whether another record starts on the line where the one before `at` ends.
fn another_follows_on_its_line(text: &str, at: usize) -> bool {
    for &b in &text.as_bytes()[at..] {
        match b {
            b' ' | b'\t' | b',' => {}
            b'\n' | b'\r' | b']' => return false,
            _ => return true,
        }
    }
    false
}

/// The columns met so far, by key, and the order of the last object's keys.
#[derive(Default)]
struct Keys {
    columns: HashMap<String, usize>,
    last: Vec<String>,
    order: Vec<usize>,
}

impl Keys {
    /// The members of `obj` as a map holds them (the report's columns follow serde_json's
    /// map): indices in key order, the last of a repeated key. Most files write every
    /// record's keys in one order, so it is sorted once.
    fn order(&mut self, obj: &[(Cow<str>, Member)]) -> Vec<usize> {
        if obj.len() != self.last.len() || obj.iter().zip(&self.last).any(|((k, _), l)| k != l) {
            self.last.clear();
            self.last.extend(obj.iter().map(|(k, _)| k.to_string()));
            self.order.clear();
            self.order.extend(0..obj.len());
            // Stable: a repeated key's members stay in file order, and the last one is kept.
            self.order.sort_by(|&a, &b| obj[a].0.cmp(&obj[b].0));
            self.order.dedup_by(|later, kept| {
                let same = obj[*later].0 == obj[*kept].0;
                if same {
                    *kept = *later;
                }
                same
            });
        }
        std::mem::take(&mut self.order)
    }
}

/// Puts an object's fields into `cells`, by column (new keys become columns).
fn fill<'v>(
    v: &mut Validator,
    keys: &mut Keys,
    cells: &mut Vec<Cell<'v>>,
    line: u32,
    obj: &'v [(Cow<'v, str>, Member<'v>)],
) -> Result<(), FileError> {
    cells.clear();
    let order = keys.order(obj);
    let filled = fill_in(v, &mut keys.columns, cells, line, obj, &order);
    keys.order = order;
    filled
}

fn fill_in<'v>(
    v: &mut Validator,
    columns: &mut HashMap<String, usize>,
    cells: &mut Vec<Cell<'v>>,
    line: u32,
    obj: &'v [(Cow<'v, str>, Member<'v>)],
    order: &[usize],
) -> Result<(), FileError> {
    for (k, value) in order.iter().map(|&i| &obj[i]) {
        let col = match columns.get(k.as_ref()) {
            Some(&c) => c,
            None => {
                if columns.len() >= MAX_COLUMNS {
                    return Err(v.too_many_columns(line));
                }
                let c = v.column_for_key(k, line);
                columns.insert(k.to_string(), c);
                c
            }
        };
        if cells.len() <= col {
            cells.resize(col + 1, Cell::Empty);
        }
        if cells[col] != Cell::Empty && *value != Member::Null {
            v.row_problem(
                line,
                Severity::Warning,
                format!("\"{k}\" names a field this object already gives under another name; ignored"),
            );
            continue;
        }
        cells[col] = match value {
            // A count that is not a number is an error, as the same text is in a CSV: null
            // is not one set (of sets identified, it is none given).
            Member::Null if v.field_of(col) == Some(Field::Remains) => Cell::Text("null"),
            Member::Array | Member::Object if matches!(v.field_of(col), Some(Field::Remains | Field::Identified)) => {
                Cell::Text(if *value == Member::Array { "[…]" } else { "{…}" })
            }
            Member::Null => Cell::Empty,
            Member::Bool(b) => Cell::Bool(*b),
            Member::Number(n) => Cell::Number(*n),
            Member::Text(s) => Cell::Text(s),
            Member::Array | Member::Object => {
                v.row_problem(
                    line,
                    Severity::Warning,
                    format!("the value of \"{k}\" is {} and is not read: expected text or a number", value.kind()),
                );
                Cell::Empty
            }
        };
    }
    Ok(())
}

/// One GeoJSON feature: its properties, and a Point's coordinates as latitude and longitude.
fn feature<'v>(
    v: &mut Validator,
    keys: &mut Keys,
    coords: &mut Option<(usize, usize)>,
    cells: &mut Vec<Cell<'v>>,
    line: u32,
    f: &'v Feature<'v>,
) -> Result<(), FileError> {
    if !f.is_feature {
        return v.reject_row(line, "row not counted: not a GeoJSON Feature (\"type\": \"Feature\")".to_owned());
    }
    let (lat_col, lon_col) = *coords.get_or_insert_with(|| {
        (
            v.add_column_as("geometry latitude", Some(Field::Lat), line),
            v.add_column_as("geometry longitude", Some(Field::Lon), line),
        )
    });
    fill(v, keys, cells, line, &f.properties)?;
    let width = cells.len().max(lat_col + 1).max(lon_col + 1);
    cells.resize(width, Cell::Empty);
    match &f.geometry {
        Geometry::Missing => {}
        Geometry::Object { kind, xy } => match (kind.as_ref(), xy) {
            ("Point", Some((x, y))) => {
                cells[lon_col] = Cell::Number(*x);
                cells[lat_col] = Cell::Number(*y);
            }
            ("Point", None) => v.row_problem(
                line,
                Severity::Error,
                "a Point without two numbers as coordinates ([longitude, latitude]); the point \
                 is not used"
                    .to_owned(),
            ),
            (other, _) => v.row_problem(
                line,
                Severity::Warning,
                format!(
                    "a {} geometry is not read: only Point features give coordinates",
                    if other.is_empty() { "missing" } else { other }
                ),
            ),
        },
        Geometry::Other(what) => {
            v.row_problem(line, Severity::Warning, format!("the geometry is {what} and is not read"))
        }
    }
    v.row(line, cells.as_slice())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scanner_skips_nested_values() {
        let text = "{\"a\": [1, {\"b\": \"]}\"}], \"c\": 2}";
        let mut sc = Scanner { text, pos: 0, line: 1 };
        let m = sc.members().unwrap();
        assert_eq!(m.len(), 2);
        assert_eq!(&text[m[0].span.0..m[0].span.1], "[1, {\"b\": \"]}\"}]");
        assert_eq!(&text[m[1].span.0..m[1].span.1], "2");
    }

    #[test]
    fn repeated_keys_and_the_order_of_columns_are_as_serde_json_gave_them() {
        let text = "[{\"team\": \"K92\", \"season\": \"2024-2025\", \"team\": \"K71\"},\n {\"season\": \"2024-2025\", \"team\": \"K92\"}]";
        let l = read("x.json", text, &ReadOptions::default()).unwrap();
        assert!(l.report.problems.is_empty(), "{:?}", l.report.problems);
        let columns: Vec<&str> = l.report.columns.iter().map(|c| c.name.as_str()).collect();
        assert_eq!(columns, ["season", "team"], "in key order");
        assert_eq!(l.report.by_team, [("K71".to_owned(), 1), ("K92".to_owned(), 1)], "the last \"team\" counts");
    }

    #[test]
    fn errors_give_the_line_and_column_in_the_file() {
        let e = read("x.json", "[{\"team\": \"K92\"},\n {\"team\": }]", &ReadOptions::default()).unwrap_err();
        assert_eq!((e.line, e.message.as_str()), (2, "invalid JSON: expected value at line 2 column 11"));
        let e = read("x.json", "[{\"t\\x\": 1}]", &ReadOptions::default()).unwrap_err();
        assert_eq!((e.line, e.message.as_str()), (1, "invalid JSON: invalid escape at line 1 column 6"));
    }
}
