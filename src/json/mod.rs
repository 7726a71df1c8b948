//! JSON text ↔ a [`Value`] tree, without serde_json (issue 8: the browser module's size).
//!
//! The parser is strict (RFC 8259): objects keep their keys in order (duplicates included;
//! [`Value::get`] finds the last, as a map would), numbers are `f64`, strings take every
//! escape including surrogate pairs, nesting is limited to [`MAX_DEPTH`], and an error says
//! where (line and column) and never panics. The writer escapes strings as serde_json does, so
//! that the same value is written to the same text. [`to_value`] and [`from_value`] carry
//! serde types to and from a [`Value`].

use std::fmt;

mod de;
mod float;
use float::shortest;
mod ser;

pub use de::from_value;
pub use ser::to_value;

/// Deepest nesting of arrays and objects read (as serde_json's limit).
pub const MAX_DEPTH: usize = 128;

/// A JSON value.
#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    /// `null`.
    Null,
    /// `true` or `false`.
    Bool(bool),
    /// A number.
    Number(f64),
    /// A string.
    String(String),
    /// An array.
    Array(Vec<Value>),
    /// An object: its members in the order written.
    Object(Vec<(String, Value)>),
}

impl Value {
    /// The member `key` of an object (the last one, when the key is repeated).
    pub fn get(&self, key: &str) -> Option<&Value> {
        match self {
            Value::Object(members) => members.iter().rev().find(|(k, _)| k == key).map(|(_, v)| v),
            _ => None,
        }
    }

    /// The text of a string.
    pub fn as_str(&self) -> Option<&str> {
        match self {
            Value::String(s) => Some(s),
            _ => None,
        }
    }

    /// Sets the member `key` of an object (replacing every member of that name), or adds it.
    /// Does nothing on other values.
    pub fn insert(&mut self, key: &str, value: Value) {
        if let Value::Object(members) = self {
            let mut value = Some(value);
            members.retain_mut(|(k, v)| {
                if k != key {
                    return true;
                }
                match value.take() {
                    Some(new) => {
                        *v = new;
                        true
                    }
                    None => false,
                }
            });
            if let Some(value) = value {
                members.push((key.to_owned(), value));
            }
        }
    }
}

/// Why a text is not JSON (with where), or why a value does not fit a type.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Error {
    /// What is wrong.
    pub message: String,
    /// Line of the text (1-based), or 0 when the error is not about a text.
    pub line: u32,
    /// Column of the text, in characters (1-based), or 0.
    pub column: u32,
}

impl Error {
    pub(crate) fn new(message: impl Into<String>) -> Error {
        Error { message: message.into(), line: 0, column: 0 }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)?;
        if self.line > 0 {
            write!(f, " at line {} column {}", self.line, self.column)?;
        }
        Ok(())
    }
}

impl std::error::Error for Error {}

/// Parses `text`: one value, with only whitespace around it.
pub fn parse(text: &str) -> Result<Value, Error> {
    parse_span(text, 0, text.len(), 1)
}

/// Parses the value in `text[start..end]` (whitespace around it allowed), `line` being the
/// line of `text` that `start` is on; errors give the line and column in the whole `text`.
pub(crate) fn parse_span(text: &str, start: usize, end: usize, line: u32) -> Result<Value, Error> {
    let end = end.min(text.len());
    let text_end = text.get(..end).unwrap_or(text);
    let mut p = Parser { text: text_end, b: text_end.as_bytes(), pos: start.min(end), depth: 0 };
    let value = p.ws_value();
    let value = value.and_then(|v| {
        p.ws();
        if p.pos < p.b.len() {
            Err("trailing characters")
        } else {
            Ok(v)
        }
    });
    value.map_err(|message| {
        let at = p.pos.min(end);
        let bytes = text.as_bytes();
        let newlines = bytes[start.min(at)..at].iter().filter(|&&b| b == b'\n').count();
        let line_start = bytes[..at].iter().rposition(|&b| b == b'\n').map_or(0, |i| i + 1);
        // Columns count characters: every byte but UTF-8 continuation bytes.
        let column = bytes[line_start..at].iter().filter(|&&b| b & 0xC0 != 0x80).count() + 1;
        Error {
            message: message.to_owned(),
            line: line.saturating_add(u32::try_from(newlines).unwrap_or(u32::MAX)),
            column: u32::try_from(column).unwrap_or(u32::MAX),
        }
    })
}

type Parsed<T> = Result<T, &'static str>;

/// A cursor over a text and its bytes (any span between ASCII bytes is whole characters).
struct Parser<'a> {
    text: &'a str,
    b: &'a [u8],
    pos: usize,
    depth: usize,
}

impl Parser<'_> {
    fn peek(&self) -> Option<u8> {
        self.b.get(self.pos).copied()
    }

    fn ws(&mut self) {
        while let Some(b' ' | b'\t' | b'\n' | b'\r') = self.peek() {
            self.pos += 1;
        }
    }

    fn ws_value(&mut self) -> Parsed<Value> {
        self.ws();
        self.value()
    }

    fn value(&mut self) -> Parsed<Value> {
        match self.peek() {
            None => Err("EOF while parsing a value"),
            Some(b'"') => self.string().map(Value::String),
            Some(b'{') => self.nested(Parser::object),
            Some(b'[') => self.nested(Parser::array),
            Some(b't') => self.literal(b"true", Value::Bool(true)),
            Some(b'f') => self.literal(b"false", Value::Bool(false)),
            Some(b'n') => self.literal(b"null", Value::Null),
            Some(b'-' | b'0'..=b'9') => self.number().map(Value::Number),
            Some(_) => Err("expected value"),
        }
    }

    fn nested(&mut self, f: fn(&mut Self) -> Parsed<Value>) -> Parsed<Value> {
        if self.depth >= MAX_DEPTH {
            return Err("recursion limit exceeded");
        }
        self.depth += 1;
        let v = f(self);
        self.depth -= 1;
        v
    }

    fn literal(&mut self, word: &[u8], value: Value) -> Parsed<Value> {
        for &c in word {
            if self.peek() != Some(c) {
                return Err(if self.peek().is_none() { "EOF while parsing a value" } else { "expected ident" });
            }
            self.pos += 1;
        }
        Ok(value)
    }

    fn array(&mut self) -> Parsed<Value> {
        self.pos += 1;
        let mut items = Vec::new();
        self.ws();
        if self.peek() == Some(b']') {
            self.pos += 1;
            return Ok(Value::Array(items));
        }
        loop {
            items.push(self.ws_value()?);
            self.ws();
            match self.peek() {
                Some(b',') => {
                    self.pos += 1;
                    self.ws();
                    if self.peek() == Some(b']') {
                        return Err("trailing comma");
                    }
                }
                Some(b']') => {
                    self.pos += 1;
                    return Ok(Value::Array(items));
                }
                None => return Err("EOF while parsing a list"),
                Some(_) => return Err("expected `,` or `]`"),
            }
        }
    }

    fn object(&mut self) -> Parsed<Value> {
        self.pos += 1;
        let mut members = Vec::new();
        self.ws();
        if self.peek() == Some(b'}') {
            self.pos += 1;
            return Ok(Value::Object(members));
        }
        loop {
            match self.peek() {
                Some(b'"') => {}
                None => return Err("EOF while parsing an object"),
                Some(_) => return Err("key must be a string"),
            }
            let key = self.string()?;
            self.ws();
            match self.peek() {
                Some(b':') => self.pos += 1,
                None => return Err("EOF while parsing an object"),
                Some(_) => return Err("expected `:`"),
            }
            members.push((key, self.ws_value()?));
            self.ws();
            match self.peek() {
                Some(b',') => {
                    self.pos += 1;
                    self.ws();
                    if self.peek() == Some(b'}') {
                        return Err("trailing comma");
                    }
                }
                Some(b'}') => {
                    self.pos += 1;
                    return Ok(Value::Object(members));
                }
                None => return Err("EOF while parsing an object"),
                Some(_) => return Err("expected `,` or `}`"),
            }
        }
    }

    /// A string (the cursor on its opening quote).
    fn string(&mut self) -> Parsed<String> {
        self.pos += 1;
        let mut out = String::new();
        loop {
            let start = self.pos;
            let rest = self.b.get(start..).unwrap_or_default();
            self.pos += rest.iter().position(|&c| c == b'"' || c == b'\\' || c < 0x20).unwrap_or(rest.len());
            // Between ASCII bytes: whole characters.
            out.push_str(self.text.get(start..self.pos).ok_or("invalid UTF-8")?);
            match self.peek() {
                None => return Err("EOF while parsing a string"),
                Some(b'"') => {
                    self.pos += 1;
                    return Ok(out);
                }
                Some(b'\\') => {
                    self.pos += 1;
                    let c = self.escape()?;
                    out.push(c);
                }
                Some(_) => return Err("control character (\\u0000-\\u001F) found while parsing a string"),
            }
        }
    }

    /// An escape (the cursor after the backslash).
    fn escape(&mut self) -> Parsed<char> {
        let c = match self.peek() {
            None => return Err("EOF while parsing a string"),
            Some(c) => c,
        };
        self.pos += 1;
        Ok(match c {
            b'"' => '"',
            b'\\' => '\\',
            b'/' => '/',
            b'b' => '\u{8}',
            b'f' => '\u{c}',
            b'n' => '\n',
            b'r' => '\r',
            b't' => '\t',
            b'u' => {
                let hi = self.hex4()?;
                match hi {
                    0xD800..=0xDBFF => {
                        if self.b.get(self.pos..self.pos + 2) != Some(b"\\u") {
                            return Err("lone leading surrogate in hex escape");
                        }
                        self.pos += 2;
                        let lo = self.hex4()?;
                        if !(0xDC00..=0xDFFF).contains(&lo) {
                            return Err("lone leading surrogate in hex escape");
                        }
                        let code = 0x10000 + ((hi - 0xD800) << 10) + (lo - 0xDC00);
                        char::from_u32(code).ok_or("invalid unicode code point")?
                    }
                    0xDC00..=0xDFFF => return Err("lone trailing surrogate in hex escape"),
                    _ => char::from_u32(hi).ok_or("invalid unicode code point")?,
                }
            }
            _ => {
                self.pos -= 1;
                return Err("invalid escape");
            }
        })
    }

    fn hex4(&mut self) -> Parsed<u32> {
        let mut n = 0;
        for _ in 0..4 {
            let d = match self.peek() {
                None => return Err("EOF while parsing a string"),
                Some(c @ b'0'..=b'9') => c - b'0',
                Some(c @ b'a'..=b'f') => c - b'a' + 10,
                Some(c @ b'A'..=b'F') => c - b'A' + 10,
                Some(_) => return Err("invalid escape"),
            };
            n = n * 16 + u32::from(d);
            self.pos += 1;
        }
        Ok(n)
    }

    /// A number: `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?`.
    fn number(&mut self) -> Parsed<f64> {
        let start = self.pos;
        if self.peek() == Some(b'-') {
            self.pos += 1;
        }
        match self.peek() {
            Some(b'0') => self.pos += 1,
            Some(b'1'..=b'9') => self.digits(),
            _ => return Err("invalid number"),
        }
        let mut integer = true;
        if self.peek() == Some(b'.') {
            self.pos += 1;
            if !matches!(self.peek(), Some(b'0'..=b'9')) {
                return Err("invalid number");
            }
            self.digits();
            integer = false;
        }
        if let Some(b'e' | b'E') = self.peek() {
            self.pos += 1;
            if let Some(b'+' | b'-') = self.peek() {
                self.pos += 1;
            }
            if !matches!(self.peek(), Some(b'0'..=b'9')) {
                return Err("invalid number");
            }
            self.digits();
            integer = false;
        }
        if matches!(self.peek(), Some(b'0'..=b'9')) {
            // A leading zero followed by digits (`01`).
            return Err("invalid number");
        }
        let text = &self.b[start..self.pos];
        let digits = text.strip_prefix(b"-").unwrap_or(text);
        let n = if integer && digits.len() <= 15 {
            // Exact in f64: no need for the general conversion.
            let n = digits.iter().fold(0u64, |n, d| n * 10 + u64::from(d - b'0')) as f64;
            if text[0] == b'-' {
                -n
            } else {
                n
            }
        } else {
            self.text.get(start..self.pos).and_then(|t| t.parse::<f64>().ok()).ok_or("invalid number")?
        };
        if n.is_finite() {
            Ok(n)
        } else {
            self.pos = start;
            Err("number out of range")
        }
    }

    fn digits(&mut self) {
        while let Some(b'0'..=b'9') = self.peek() {
            self.pos += 1;
        }
    }
}

/// `value` as JSON text, without spaces.
pub fn to_string(value: &Value) -> String {
    let mut out = String::new();
    write(&mut out, value);
    out
}

/// Writes `value` as JSON text to `out`. A number that is not finite is written `null`.
pub fn write(out: &mut String, value: &Value) {
    match value {
        Value::Null => out.push_str("null"),
        Value::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
        Value::Number(n) => write_number(out, *n),
        Value::String(s) => write_string(out, s),
        Value::Array(items) => {
            out.push('[');
            for (i, v) in items.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                write(out, v);
            }
            out.push(']');
        }
        Value::Object(members) => {
            out.push('{');
            for (i, (k, v)) in members.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                write_string(out, k);
                out.push(':');
                write(out, v);
            }
            out.push('}');
        }
    }
}

/// Writes `s` as a JSON string: `"` and `\` escaped, control characters as `\n`, `\t`… or
/// `\u00XX` (as serde_json writes them), everything else as it is.
pub fn write_string(out: &mut String, s: &str) {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    out.push('"');
    let mut start = 0;
    for (i, b) in s.bytes().enumerate() {
        let short = match b {
            b'"' => '"',
            b'\\' => '\\',
            b'\n' => 'n',
            b'\r' => 'r',
            b'\t' => 't',
            0x08 => 'b',
            0x0C => 'f',
            0..=0x1F => 'u',
            _ => continue,
        };
        out.push_str(&s[start..i]);
        out.push('\\');
        out.push(short);
        if short == 'u' {
            out.push_str("00");
            out.push(char::from(HEX[usize::from(b >> 4)]));
            out.push(char::from(HEX[usize::from(b & 0xF)]));
        }
        start = i + 1;
    }
    out.push_str(&s[start..]);
    out.push('"');
}

/// Writes a number: a whole number below 2^64 in digits; another finite number as the
/// shortest decimal of up to 17 digits that reads back as the same `f64` (found by trying, so
/// that core's float formatting is not needed); `null` for NaN and the infinities.
pub fn write_number(out: &mut String, n: f64) {
    if !n.is_finite() {
        out.push_str("null");
        return;
    }
    if n < 0.0 {
        out.push('-');
    }
    let a = n.abs();
    if a.fract() == 0.0 && a < 18_446_744_073_709_551_616.0 {
        push_u64(out, a as u64);
        return;
    }
    let (digits, exp) = shortest(a);
    write_decimal(out, digits, exp, false);
}

/// Writes a finite number as Rust's `{}` does: the shortest digits that read back, always
/// positional (`0.0000001`, `1000000000000000000000`), `-` for negatives.
pub(crate) fn write_plain_number(out: &mut String, n: f64) {
    if n.is_sign_negative() {
        out.push('-');
    }
    let a = n.abs();
    if a == 0.0 {
        out.push('0');
        return;
    }
    let (digits, exp) = shortest(a);
    write_decimal(out, digits, exp, true);
}

fn push_u64(out: &mut String, n: u64) {
    out.push_str(crate::format::digits(n, &mut [0; 20]));
}

fn push_i64(out: &mut String, n: i64) {
    if n < 0 {
        out.push('-');
    }
    push_u64(out, n.unsigned_abs());
}

/// Writes `digits` × 10^`exp`: positional from 1e-6 to below 1e21 or when `plain`, else
/// `d.ddde±x` (as JavaScript writes numbers).
fn write_decimal(out: &mut String, digits: u64, exp: i32, plain: bool) {
    let mut ds = String::new();
    push_u64(&mut ds, digits);
    let n = ds.len() as i32;
    // The value is 0.ds × 10^point.
    let point = n + exp;
    if plain || (-5..=21).contains(&point) {
        if point <= 0 {
            out.push_str("0.");
            out.extend(std::iter::repeat('0').take((-point) as usize));
            out.push_str(&ds);
        } else if point >= n {
            out.push_str(&ds);
            out.extend(std::iter::repeat('0').take((point - n) as usize));
        } else {
            out.push_str(&ds[..point as usize]);
            out.push('.');
            out.push_str(&ds[point as usize..]);
        }
    } else {
        out.push_str(&ds[..1]);
        if n > 1 {
            out.push('.');
            out.push_str(&ds[1..]);
        }
        out.push('e');
        push_i64(out, i64::from(point - 1));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn err(text: &str) -> Error {
        parse(text).unwrap_err()
    }

    #[test]
    fn parses_every_kind_in_order() {
        let v = parse(" {\"b\": [1, -2.5e1, true, false, null], \"a\": \"x\", \"b\": {}} ").unwrap();
        assert_eq!(
            v,
            Value::Object(vec![
                (
                    "b".into(),
                    Value::Array(vec![
                        Value::Number(1.0),
                        Value::Number(-25.0),
                        Value::Bool(true),
                        Value::Bool(false),
                        Value::Null
                    ])
                ),
                ("a".into(), Value::String("x".into())),
                ("b".into(), Value::Object(vec![])),
            ])
        );
        assert_eq!(v.get("b"), Some(&Value::Object(vec![])), "the last of a repeated key");
        assert_eq!(v.get("a").and_then(Value::as_str), Some("x"));
    }

    #[test]
    fn strings_and_escapes() {
        let v = parse(r#""a\"\\\/\b\f\n\r\t\u00e9\u1EA1\ud83d\ude00 ệ""#).unwrap();
        assert_eq!(v, Value::String("a\"\\/\u{8}\u{c}\n\r\téạ😀 ệ".into()));
        assert_eq!(err(r#""\ud800""#).message, "lone leading surrogate in hex escape");
        assert_eq!(err(r#""\ud800\u0041""#).message, "lone leading surrogate in hex escape");
        assert_eq!(err(r#""\udc00""#).message, "lone trailing surrogate in hex escape");
        assert_eq!(err(r#""\x""#).message, "invalid escape");
        assert_eq!(err(r#""\u12G4""#).message, "invalid escape");
        assert_eq!(err("\"a\tb\"").message, "control character (\\u0000-\\u001F) found while parsing a string");
        assert_eq!(err("\"abc").message, "EOF while parsing a string");
    }

    #[test]
    fn numbers() {
        for (text, n) in [
            ("0", 0.0),
            ("-0", -0.0),
            ("12", 12.0),
            ("1.5", 1.5),
            ("1e3", 1000.0),
            ("1E+3", 1000.0),
            ("25e-1", 2.5),
            ("12345678901234567890", 12345678901234567890.0),
            ("0.1", 0.1),
            ("-123456789012345", -123456789012345.0),
        ] {
            assert_eq!(parse(text).unwrap(), Value::Number(n), "{text}");
        }
        for text in ["01", "1.", ".5", "-", "+1", "1e", "1e+", "0x1", "--1"] {
            assert!(parse(text).is_err(), "{text}");
        }
        assert_eq!(err("1e999").message, "number out of range");
    }

    #[test]
    fn errors_say_where() {
        let e = err("[1,\n  2,\n  ]");
        assert_eq!((e.message.as_str(), e.line, e.column), ("trailing comma", 3, 3));
        let e = err("{\"ệ\": x}");
        assert_eq!((e.message.as_str(), e.line, e.column), ("expected value", 1, 7));
        assert_eq!(e.to_string(), "expected value at line 1 column 7");
        assert_eq!(err("[1 2]").message, "expected `,` or `]`");
        assert_eq!(err("{\"a\" 1}").message, "expected `:`");
        assert_eq!(err("{\"a\": 1 \"b\": 2}").message, "expected `,` or `}`");
        assert_eq!(err("{a: 1}").message, "key must be a string");
        assert_eq!(err("tru").message, "EOF while parsing a value");
        assert_eq!(err("trux").message, "expected ident");
        assert_eq!(err("1 2").message, "trailing characters");
        assert_eq!(err("").message, "EOF while parsing a value");
        assert_eq!(err("[").message, "EOF while parsing a value");
        assert_eq!(err("[1").message, "EOF while parsing a list");
        assert_eq!(err("{\"a\": 1").message, "EOF while parsing an object");
    }

    #[test]
    fn a_span_reports_lines_of_the_whole_text() {
        let text = "[\n{\"a\": 1},\n{\"a\":\n x}]";
        let e = parse_span(text, 12, 22, 3).unwrap_err();
        assert_eq!((e.line, e.column), (4, 2));
        assert_eq!(parse_span(text, 2, 10, 2).unwrap(), Value::Object(vec![("a".into(), Value::Number(1.0))]));
    }

    #[test]
    fn nesting_is_limited_not_a_stack_overflow() {
        let deep = format!("{}{}", "[".repeat(MAX_DEPTH), "]".repeat(MAX_DEPTH));
        assert!(parse(&deep).is_ok());
        let deeper = format!("{}{}", "[".repeat(MAX_DEPTH + 1), "]".repeat(MAX_DEPTH + 1));
        assert_eq!(err(&deeper).message, "recursion limit exceeded");
        assert_eq!(err(&"[{\"a\":".repeat(100_000)).message, "recursion limit exceeded");
    }

    #[test]
    fn writes_as_serde_json_does() {
        let v = Value::Object(vec![
            ("s".into(), Value::String("\"\\/\u{8}\u{c}\n\r\t\u{1}\u{1f}\u{7f} ệ😀".into())),
            ("n".into(), Value::Array(vec![Value::Number(0.0), Value::Number(-3.0), Value::Number(1e15)])),
            ("z".into(), Value::Array(vec![Value::Null, Value::Bool(true), Value::Number(f64::NAN)])),
            ("o".into(), Value::Object(vec![])),
        ]);
        let s = serde_json::to_string(v.get("s").and_then(Value::as_str).unwrap()).unwrap();
        assert_eq!(to_string(&v), format!(r#"{{"s":{s},"n":[0,-3,1000000000000000],"z":[null,true,null],"o":{{}}}}"#));
        assert_eq!(parse(&to_string(&v)).unwrap().get("s"), v.get("s"));
    }

    #[test]
    fn numbers_read_back() {
        let cases = [
            (0.1, "0.1"),
            (-2.5, "-2.5"),
            (1.0 / 3.0, "0.3333333333333333"),
            (104.18, "104.18"),
            (1e-7, "1e-7"),
            (1.5e-7, "1.5e-7"),
            (0.000001, "0.000001"),
            (1e300, "1e300"),
            (2f64.powi(70), "1.1805916207174113e21"),
            (5e-324, "5e-324"),
            (f64::MAX, "1.7976931348623157e308"),
            (123456.789, "123456.789"),
        ];
        for (n, text) in cases {
            let mut s = String::new();
            write_number(&mut s, n);
            assert_eq!(s, text);
            assert_eq!(s.parse::<f64>().unwrap(), n);
        }
    }

    #[test]
    fn any_float_reads_back_with_as_few_digits_as_core_writes() {
        let mut x = 0x9E37_79B9_7F4A_7C15u64;
        for i in 0..20_000 {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            // Every exponent, and values with short decimals.
            let n = if i % 4 == 0 { (x % 1_000_000) as f64 / 1000.0 } else { f64::from_bits(x) };
            if !n.is_finite() {
                continue;
            }
            let mut s = String::new();
            write_number(&mut s, n);
            assert_eq!(s.parse::<f64>().unwrap(), n, "{s}");
            let core = format!("{:e}", n.abs());
            let want = core.split('e').next().unwrap().replace('.', "").len();
            let mantissa = s.trim_start_matches('-').split('e').next().unwrap().replace('.', "");
            let got = mantissa.trim_start_matches('0').trim_end_matches('0').len().max(1);
            assert!(got <= want || n.fract() == 0.0, "{n:e}: {s} has {got} digits, core {want}");
        }
    }

    #[test]
    fn insert_replaces_or_adds() {
        let mut v = parse(r#"{"a": 1, "b": 2, "a": 3}"#).unwrap();
        v.insert("a", Value::Null);
        v.insert("c", Value::Bool(true));
        assert_eq!(to_string(&v), r#"{"a":null,"b":2,"c":true}"#);
    }
}
