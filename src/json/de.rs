//! Any `Deserialize` type from a [`Value`], as serde_json's `from_value` reads it: objects as
//! structs and maps (so that `deny_unknown_fields` sees every key), arrays as sequences and
//! tuples, `null` as `None` or `()`, strings as unit variants; a whole number is offered as an
//! integer, so that it fits integer fields. Two forms serde_json also took are left out, as
//! no caller writes them and each costs the browser module code for every type: a struct
//! from an array of its fields, and an enum from `{"Variant": …}` (so only unit variants).
//!
//! Errors are worded as serde_json words them, but written here: an integer field is never
//! handed an `f64` (which would reach serde's `Unexpected::Float`), and no message goes through
//! `Unexpected`'s `Display`; either would bring core's float formatting (about 18 KB) into the
//! browser module.

use serde::de::value::BorrowedStrDeserializer;
use serde::de::{self, DeserializeSeed, Visitor};

use super::{Error, Value};

/// Reads a `T` from `value`.
pub fn from_value<'de, T: de::Deserialize<'de>>(value: &'de Value) -> Result<T, Error> {
    T::deserialize(Deserializer(value))
}

/// A float as serde_json's messages write it (zmij's shortest form: `2.5`, `100.0`,
/// `0.00001`, `1e-6`, `1e+20`), built from [`super::shortest`] digits, without core's float
/// formatting (which costs the browser module about 18 KB).
fn float_text(n: f64) -> String {
    if n.is_nan() {
        return "NaN".to_owned();
    }
    if n.is_infinite() {
        return if n > 0.0 { "inf" } else { "-inf" }.to_owned();
    }
    let mut s = String::new();
    if n.is_sign_negative() {
        s.push('-');
    }
    let a = n.abs();
    if a == 0.0 {
        s.push_str("0.0");
        return s;
    }
    let (digits, exp) = super::shortest(a);
    let mut ds = String::new();
    super::push_u64(&mut ds, digits);
    let len = ds.len() as i32;
    // a = d.ddd × 10^e
    let e = len - 1 + exp;
    // The digits with a point after digit `point` (none if past the last); by chars rather
    // than by slicing, whose panic brings core's string escaping into the module.
    let push_digits = |s: &mut String, point: i32| {
        for (i, d) in ds.chars().enumerate() {
            s.push(d);
            if i as i32 == point && point + 1 < len {
                s.push('.');
            }
        }
    };
    if (-5..=15).contains(&e) {
        if e < 0 {
            s.push_str("0.");
            s.extend(std::iter::repeat('0').take((-e - 1) as usize));
            s.push_str(&ds);
        } else if e + 1 >= len {
            s.push_str(&ds);
            s.extend(std::iter::repeat('0').take((e + 1 - len) as usize));
            s.push_str(".0");
        } else {
            push_digits(&mut s, e);
        }
    } else {
        push_digits(&mut s, 0);
        s.push_str(if e < 0 { "e-" } else { "e+" });
        super::push_u64(&mut s, u64::from(e.unsigned_abs()));
    }
    s
}

/// `"s"` as `{:?}` writes it for the quotes, backslashes and control characters (`\n`,
/// `\u{1b}`); other characters as they are, where `{:?}` escapes some (combining marks,
/// invisible ones): core's escaping is a few kilobytes of Wasm with its Unicode tables.
fn quoted(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\0' => out.push_str("\\0"),
            '\u{1}'..='\u{1f}' | '\u{7f}' => {
                let n = c as u32;
                out.push_str("\\u{");
                if n >= 16 {
                    out.push(char::from_digit(n >> 4, 16).unwrap_or('0'));
                }
                out.push(char::from_digit(n & 15, 16).unwrap_or('0'));
                out.push('}');
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

fn float_unexpected(n: f64) -> String {
    format!("floating point `{}`", float_text(n))
}

/// serde_json's words for an unexpected value (`string "x"`, `null`), written here rather than
/// by `Unexpected`'s `Display`, whose float case brings in core's float formatting.
fn unexpected_text(u: de::Unexpected) -> String {
    use de::Unexpected as U;
    match u {
        U::Bool(b) => format!("boolean `{b}`"),
        U::Unsigned(i) => format!("integer `{i}`"),
        U::Signed(i) => format!("integer `{i}`"),
        U::Float(n) => float_unexpected(n),
        U::Char(c) => format!("character `{c}`"),
        U::Str(s) => format!("string {}", quoted(s)),
        U::Bytes(_) => "byte array".to_owned(),
        U::Unit => "null".to_owned(),
        U::Option => "Option value".to_owned(),
        U::NewtypeStruct => "newtype struct".to_owned(),
        U::Seq => "sequence".to_owned(),
        U::Map => "map".to_owned(),
        U::Enum => "enum".to_owned(),
        U::UnitVariant => "unit variant".to_owned(),
        U::NewtypeVariant => "newtype variant".to_owned(),
        U::TupleVariant => "tuple variant".to_owned(),
        U::StructVariant => "struct variant".to_owned(),
        U::Other(other) => other.to_owned(),
    }
}

impl de::Error for Error {
    fn custom<T: std::fmt::Display>(msg: T) -> Error {
        Error::new(msg.to_string())
    }

    fn invalid_type(unexp: de::Unexpected, exp: &dyn de::Expected) -> Error {
        Error::new(format!("invalid type: {}, expected {exp}", unexpected_text(unexp)))
    }

    fn invalid_value(unexp: de::Unexpected, exp: &dyn de::Expected) -> Error {
        Error::new(format!("invalid value: {}, expected {exp}", unexpected_text(unexp)))
    }
}

#[derive(Clone, Copy)]
struct Deserializer<'de>(&'de Value);

/// Deserializer methods that read as another one does.
macro_rules! forward {
    ($to:ident: $($method:ident)*) => {$(
        fn $method<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
            self.$to(visitor)
        }
    )*};
}

/// A number as serde_json's value holds it: a whole number within the range of `u64` or `i64`
/// as that, any other as an `f64`.
enum Number {
    U64(u64),
    I64(i64),
    F64(f64),
}

impl Number {
    fn of(n: f64) -> Number {
        if n.fract() == 0.0 && (0.0..18_446_744_073_709_551_616.0).contains(&n) {
            Number::U64(n as u64)
        } else if n.fract() == 0.0 && (-9_223_372_036_854_775_808.0..0.0).contains(&n) {
            Number::I64(n as i64)
        } else {
            Number::F64(n)
        }
    }
}

/// A number to a visitor that takes any (`deserialize_any`, `f32`, `f64`).
fn visit_number<'de, V: Visitor<'de>>(n: f64, visitor: V) -> Result<V::Value, Error> {
    match Number::of(n) {
        Number::U64(u) => visitor.visit_u64(u),
        Number::I64(i) => visitor.visit_i64(i),
        Number::F64(f) => visitor.visit_f64(f),
    }
}

fn visit_array<'de, V: Visitor<'de>>(items: &'de [Value], visitor: V) -> Result<V::Value, Error> {
    let mut seq = Seq(items.iter());
    let out = visitor.visit_seq(&mut seq)?;
    match seq.0.len() {
        0 => Ok(out),
        _ => Err(de::Error::invalid_length(items.len(), &"fewer elements in array")),
    }
}

fn visit_object<'de, V: Visitor<'de>>(members: &'de [(String, Value)], visitor: V) -> Result<V::Value, Error> {
    let mut map = Map { members: members.iter(), value: None };
    let out = visitor.visit_map(&mut map)?;
    match map.members.len() {
        0 => Ok(out),
        _ => Err(de::Error::invalid_length(members.len(), &"fewer elements in map")),
    }
}

impl<'de> de::Deserializer<'de> for Deserializer<'de> {
    type Error = Error;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        match self.0 {
            Value::Null => visitor.visit_unit(),
            Value::Bool(b) => visitor.visit_bool(*b),
            Value::Number(n) => visit_number(*n, visitor),
            Value::String(s) => visitor.visit_borrowed_str(s),
            Value::Array(items) => visit_array(items, visitor),
            Value::Object(members) => visit_object(members, visitor),
        }
    }

    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        match self.0 {
            Value::Null => visitor.visit_none(),
            _ => visitor.visit_some(self),
        }
    }

    fn deserialize_newtype_struct<V: Visitor<'de>>(self, _name: &'static str, visitor: V) -> Result<V::Value, Error> {
        visitor.visit_newtype_struct(self)
    }

    fn deserialize_enum<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _variants: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Error> {
        // Unit variants only, by name: the options have no others (serde_json also took
        // `{"variant": …}`, which no caller writes).
        match self.0 {
            Value::String(s) => visitor.visit_enum(BorrowedStrDeserializer::<Error>::new(s)),
            other => Err(other.invalid_type(&"a variant name")),
        }
    }

    // The rest as serde_json's value deserializer takes them: each kind only its own values,
    // which also keeps each visitor's unused paths (maps, arrays) out of the module.
    fn deserialize_bool<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        match self.0 {
            Value::Bool(b) => visitor.visit_bool(*b),
            other => Err(other.invalid_type(&visitor)),
        }
    }

    fn deserialize_f64<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        match self.0 {
            Value::Number(n) => visit_number(*n, visitor),
            other => Err(other.invalid_type(&visitor)),
        }
    }

    fn deserialize_str<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        match self.0 {
            Value::String(s) => visitor.visit_borrowed_str(s),
            other => Err(other.invalid_type(&visitor)),
        }
    }

    fn deserialize_unit<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        match self.0 {
            Value::Null => visitor.visit_unit(),
            other => Err(other.invalid_type(&visitor)),
        }
    }

    fn deserialize_seq<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        match self.0 {
            Value::Array(items) => visit_array(items, visitor),
            other => Err(other.invalid_type(&visitor)),
        }
    }

    fn deserialize_map<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        match self.0 {
            Value::Object(members) => visit_object(members, visitor),
            other => Err(other.invalid_type(&visitor)),
        }
    }

    fn deserialize_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Error> {
        self.deserialize_map(visitor)
    }

    fn deserialize_ignored_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        visitor.visit_unit()
    }

    /// Integers: a whole number in range, as `u64` or `i64` (the visitor checks its own range);
    /// any other number is refused here, as serde_json's `f64` would be refused by the visitor,
    /// so that an integer visitor is never handed an `f64`.
    fn deserialize_u64<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        match self.0 {
            Value::Number(n) => match Number::of(*n) {
                Number::U64(u) => visitor.visit_u64(u),
                Number::I64(i) => visitor.visit_i64(i),
                Number::F64(_) => Err(self.0.invalid_type(&visitor)),
            },
            other => Err(other.invalid_type(&visitor)),
        }
    }

    fn deserialize_bytes<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Error> {
        match self.0 {
            Value::String(s) => visitor.visit_borrowed_str(s),
            Value::Array(items) => visit_array(items, visitor),
            other => Err(other.invalid_type(&visitor)),
        }
    }

    forward! {
        deserialize_u64: deserialize_i8 deserialize_i16 deserialize_i32 deserialize_i64 deserialize_i128
        deserialize_u8 deserialize_u16 deserialize_u32 deserialize_u128
    }
    forward! { deserialize_f64: deserialize_f32 }
    forward! { deserialize_str: deserialize_char deserialize_string deserialize_identifier }
    forward! { deserialize_bytes: deserialize_byte_buf }

    fn deserialize_unit_struct<V: Visitor<'de>>(self, _name: &'static str, visitor: V) -> Result<V::Value, Error> {
        self.deserialize_unit(visitor)
    }

    fn deserialize_tuple<V: Visitor<'de>>(self, _len: usize, visitor: V) -> Result<V::Value, Error> {
        self.deserialize_seq(visitor)
    }

    fn deserialize_tuple_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _len: usize,
        visitor: V,
    ) -> Result<V::Value, Error> {
        self.deserialize_seq(visitor)
    }
}

impl Value {
    /// serde_json's error for a visitor that does not take this kind of value.
    fn invalid_type(&self, exp: &dyn de::Expected) -> Error {
        let what = match self {
            Value::Null => "null".to_owned(),
            Value::Bool(b) => format!("boolean `{b}`"),
            Value::Number(n) => match Number::of(*n) {
                Number::U64(u) => format!("integer `{u}`"),
                Number::I64(i) => format!("integer `{i}`"),
                Number::F64(f) => float_unexpected(f),
            },
            Value::String(s) => format!("string {}", quoted(s)),
            Value::Array(_) => "sequence".to_owned(),
            Value::Object(_) => "map".to_owned(),
        };
        Error::new(format!("invalid type: {what}, expected {exp}"))
    }
}

struct Seq<'de>(std::slice::Iter<'de, Value>);

impl<'de> de::SeqAccess<'de> for Seq<'de> {
    type Error = Error;

    fn next_element_seed<T: DeserializeSeed<'de>>(&mut self, seed: T) -> Result<Option<T::Value>, Error> {
        self.0.next().map(|v| seed.deserialize(Deserializer(v))).transpose()
    }

    fn size_hint(&self) -> Option<usize> {
        Some(self.0.len())
    }
}

struct Map<'de> {
    members: std::slice::Iter<'de, (String, Value)>,
    value: Option<&'de Value>,
}

impl<'de> de::MapAccess<'de> for Map<'de> {
    type Error = Error;

    fn next_key_seed<K: DeserializeSeed<'de>>(&mut self, seed: K) -> Result<Option<K::Value>, Error> {
        match self.members.next() {
            Some((k, v)) => {
                self.value = Some(v);
                seed.deserialize(BorrowedStrDeserializer::new(k)).map(Some)
            }
            None => Ok(None),
        }
    }

    fn next_value_seed<V: DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value, Error> {
        match self.value.take() {
            Some(v) => seed.deserialize(Deserializer(v)),
            None => Err(Error::new("a map value without its key")),
        }
    }

    fn size_hint(&self) -> Option<usize> {
        Some(self.members.len())
    }
}

#[cfg(test)]
mod tests {
    use serde::{Deserialize, Serialize};

    use super::super::{parse, to_string, to_value};
    use super::*;

    #[derive(Debug, PartialEq, Serialize, Deserialize)]
    #[serde(rename_all = "lowercase")]
    enum Kind {
        One,
        Two,
    }

    #[derive(Debug, PartialEq, Serialize, Deserialize)]
    #[serde(default, deny_unknown_fields, rename_all = "camelCase")]
    struct Opts {
        kind: Kind,
        width: f64,
        classes: u8,
        offset: i32,
        title: Option<String>,
        pairs: Vec<(String, Kind)>,
        on: bool,
    }

    impl Default for Opts {
        fn default() -> Opts {
            Opts { kind: Kind::One, width: 640.0, classes: 5, offset: 0, title: None, pairs: vec![], on: false }
        }
    }

    #[test]
    fn quoted_is_str_debug_but_for_unusual_characters() {
        for s in ["", "x", "it's \"q\" \\ \n\r\t\0\u{7f}\u{1b}\u{1}", "é𝄞🙂 Việt"] {
            assert_eq!(quoted(s), format!("{s:?}"));
        }
        // Combining marks (a Khmer subscript sign, an accent in decomposed Vietnamese) as they
        // are, where `{:?}` writes `\u{17d2}`, `\u{301}`.
        assert_eq!(quoted("ខ្មែរ"), "\"ខ្មែរ\"");
        assert_eq!(quoted("a\u{301}"), "\"a\u{301}\"");
    }

    fn opts(text: &str) -> Result<Opts, Error> {
        from_value(&parse(text).unwrap())
    }

    #[test]
    fn structs_with_defaults_options_enums_and_tuples() {
        assert_eq!(opts("{}").unwrap(), Opts::default());
        let o = opts(
            r#"{"kind": "two", "width": 320.5, "classes": 7, "offset": -3, "title": "T",
            "pairs": [["a", "one"]], "on": true}"#,
        )
        .unwrap();
        assert_eq!(
            o,
            Opts {
                kind: Kind::Two,
                width: 320.5,
                classes: 7,
                offset: -3,
                title: Some("T".into()),
                pairs: vec![("a".into(), Kind::One)],
                on: true
            }
        );
        assert_eq!(opts(r#"{"title": null, "width": 300}"#).unwrap().title, None);
        assert_eq!(from_value::<Opts>(&to_value(&o).unwrap()).unwrap(), o, "round trip");
    }

    #[test]
    fn errors_as_serde_json_words_them() {
        let e = opts(r#"{"colour": "red"}"#).unwrap_err();
        assert!(e.message.starts_with("unknown field `colour`, expected one of `kind`"), "{e}");
        assert_eq!(
            opts(r#"{"kind": "three"}"#).unwrap_err().message,
            "unknown variant `three`, expected `one` or `two`"
        );
        assert_eq!(opts(r#"{"classes": 2.5}"#).unwrap_err().message, "invalid type: floating point `2.5`, expected u8");
        assert_eq!(opts(r#"{"classes": 300}"#).unwrap_err().message, "invalid value: integer `300`, expected u8");
        assert_eq!(opts(r#"{"width": "x"}"#).unwrap_err().message, "invalid type: string \"x\", expected f64");
        assert_eq!(opts(r#"{"width": null}"#).unwrap_err().message, "invalid type: null, expected f64");
        assert_eq!(
            opts(r#"{"pairs": [["a", "one", 1]]}"#).unwrap_err().message,
            "invalid length 3, expected fewer elements in array"
        );
        assert_eq!(opts(r#""x""#).unwrap_err().message, "invalid type: string \"x\", expected struct Opts");
        assert_eq!(opts(r#"{"kind": 1}"#).unwrap_err().message, "invalid type: integer `1`, expected a variant name");
    }

    #[test]
    fn maps_and_variants_with_data() {
        #[derive(Debug, PartialEq, Serialize, Deserialize)]
        enum E {
            Unit,
            New(u32),
            Tuple(u8, String),
            Struct { a: bool },
        }
        let all = vec![E::Unit, E::New(4), E::Tuple(1, "x".into()), E::Struct { a: true }];
        let v = to_value(&all).unwrap();
        assert_eq!(to_string(&v), r#"["Unit",{"New":4},{"Tuple":[1,"x"]},{"Struct":{"a":true}}]"#);
        assert_eq!(from_value::<E>(&Value::String("Unit".into())).unwrap(), E::Unit);
        let e = from_value::<E>(&parse(r#"{"New": 4}"#).unwrap()).unwrap_err();
        assert_eq!(e.message, "invalid type: map, expected a variant name", "only unit variants are read");
        let e = from_value::<Opts>(&parse(r#"["two"]"#).unwrap()).unwrap_err();
        assert_eq!(e.message, "invalid type: sequence, expected struct Opts", "no struct from an array");
        let m: std::collections::BTreeMap<String, u64> = from_value(&parse(r#"{"b": 2, "a": 1}"#).unwrap()).unwrap();
        assert_eq!(to_string(&to_value(&m).unwrap()), r#"{"a":1,"b":2}"#);
        let keyed: std::collections::BTreeMap<u32, bool> = [(3, true)].into();
        assert_eq!(to_string(&to_value(&keyed).unwrap()), r#"{"3":true}"#);
    }
}
