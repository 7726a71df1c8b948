//! JSON: an array of objects, `{"records": […]}` (also `data`, `rows`, `items`), or a GeoJSON
//! FeatureCollection of points (`coordinates` become longitude and latitude, `properties` the
//! other fields). The top level is scanned here, so each record's line is the line where its
//! object starts and only one record is parsed (by serde_json) at a time.

use std::borrow::Cow;
use std::collections::HashMap;

mod record;
use record::{Feature, FeatureRecord, Geometry, Member, Record};

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
    serde_json::from_str(span).map_err(|e| {
        let what = e.to_string();
        let what = what.strip_suffix(&format!(" at line {} column {}", e.line(), e.column())).unwrap_or(&what);
        // serde_json's column counts bytes up to and including the one in question.
        let rel_line_start = match e.line() {
            0 | 1 => 0,
            l => span.match_indices('\n').nth(l - 2).map_or(span.len(), |(i, _)| i + 1),
        };
        let at = (a + rel_line_start + e.column()).min(z);
        let bytes = text.as_bytes();
        let line_start = bytes[..at].iter().rposition(|&b| b == b'\n').map_or(0, |i| i + 1);
        let column = bytes[line_start..at].iter().filter(|&&b| b & 0xC0 != 0x80).count().max(1);
        let line = line.saturating_add(u32::try_from(e.line().saturating_sub(1)).unwrap_or(u32::MAX));
        (line, format!("invalid JSON: {what} at line {line} column {column}"))
    })
}

/// A scanned object member: key, span of the value, line of the value.
type Scanned = (String, (usize, usize), u32);

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

    fn fail<T>(&self, what: &str) -> Result<T, ScanError> {
        let found = match self.peek() {
            None => "the end of the file".to_owned(),
            Some(b) if b.is_ascii_graphic() => format!("'{}'", b as char),
            Some(b) => format!("byte 0x{b:02X}"),
        };
        Err((self.line, format!("invalid JSON: expected {what}, found {found}")))
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
            let key = self.string()?;
            let key: String = parse(self.text, key, self.line)?;
            self.expect(b':', "':'")?;
            self.ws();
            let line = self.line;
            let span = self.value()?;
            out.push((key, span, line));
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
    let array_at = match sc.peek() {
        Some(b'[') => (sc.pos, sc.line),
        Some(b'{') => {
            let members = sc.members().map_err(ferr)?;
            let mut found = None;
            for (key, span, line) in &members {
                match key.as_str() {
                    "features" => {
                        geojson = true;
                        found = Some((span.0, *line));
                    }
                    "records" | "data" | "rows" | "items" if found.is_none() => found = Some((span.0, *line)),
                    "type" => {}
                    _ => {
                        if let Ok(s) = parse::<String>(text, *span, *line) {
                            comments.push(format!("{key}: {s}"));
                        }
                    }
                }
            }
            match found {
                Some(at) => at,
                None => {
                    return Err(ferr((
                        1,
                        "the JSON object has no \"records\" array and is not a GeoJSON \
                         FeatureCollection: expected an array of records, {\"records\": […]}, or \
                         {\"type\": \"FeatureCollection\", \"features\": […]}"
                            .to_owned(),
                    )))
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
    let mut keys = Keys::default();
    let mut coords: Option<(usize, usize)> = None;
    sc.expect(b'[', "'[' (the array of records)").map_err(ferr)?;
    sc.ws();
    if sc.peek() == Some(b']') {
        return Ok(v.finish());
    }
    loop {
        let mut cells: Vec<Cell> = Vec::new();
        sc.ws();
        let line = sc.line;
        let span = sc.value().map_err(ferr)?;
        if geojson {
            match parse(text, span, line).map_err(ferr)? {
                FeatureRecord::Feature(f) => feature(&mut v, &mut keys, &mut coords, &mut cells, line, &f)?,
                FeatureRecord::Other(what) => {
                    v.reject_row(line, format!("row not counted: {what} is not a GeoJSON Feature object"))?
                }
            }
        } else {
            match parse(text, span, line).map_err(ferr)? {
                Record::Object(members) => {
                    fill(&mut v, &mut keys, &mut cells, line, &members)?;
                    v.row(line, cells.as_slice())?;
                }
                Record::Other(what) => {
                    v.reject_row(line, format!("row not counted: {what} is not an object with the record's fields"))?
                }
            }
        }
        sc.ws();
        match sc.peek() {
            Some(b',') => sc.bump(),
            Some(b']') => break,
            _ => return Err(ferr(sc.fail::<()>("',' or ']' after a record").unwrap_err())),
        }
    }
    Ok(v.finish())
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
        assert_eq!(&text[m[0].1 .0..m[0].1 .1], "[1, {\"b\": \"]}\"}]");
        assert_eq!(&text[m[1].1 .0..m[1].1 .1], "2");
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
