//! Any `Deserialize` type from a [`Value`], as serde_json's `from_value` reads it: objects as
//! structs and maps (so that `deny_unknown_fields` sees every key), arrays as sequences and
//! tuples, `null` as `None` or `()`, strings as unit variants; a whole number is offered as an
//! integer, so that it fits integer fields. Two forms serde_json also took are left out, as
//! no caller writes them and each costs the browser module code for every type: a struct
//! from an array of its fields, and an enum from `{"Variant": …}` (so only unit variants).

use serde::de::value::BorrowedStrDeserializer;
use serde::de::{self, DeserializeSeed, Visitor};

use super::{Error, Value};

/// Reads a `T` from `value`.
pub fn from_value<'de, T: de::Deserialize<'de>>(value: &'de Value) -> Result<T, Error> {
    T::deserialize(Deserializer(value))
}

/// What a number is, for messages, written without core's float formatting.
fn number_text(n: f64) -> String {
    let mut s = String::new();
    super::write_number(&mut s, n);
    s
}

/// serde's own words for an unexpected value (`string "x"`), with floats written by
/// [`super::write_number`] and `()` called `null` (as serde_json does).
fn unexpected_text(u: &de::Unexpected) -> String {
    match *u {
        de::Unexpected::Float(n) => format!("floating point `{}`", number_text(n)),
        de::Unexpected::Unit => "null".to_owned(),
        ref other => other.to_string(),
    }
}

impl de::Error for Error {
    fn custom<T: std::fmt::Display>(msg: T) -> Error {
        Error::new(msg.to_string())
    }

    fn invalid_type(unexp: de::Unexpected, exp: &dyn de::Expected) -> Error {
        Error::new(format!("invalid type: {}, expected {exp}", unexpected_text(&unexp)))
    }

    fn invalid_value(unexp: de::Unexpected, exp: &dyn de::Expected) -> Error {
        Error::new(format!("invalid value: {}, expected {exp}", unexpected_text(&unexp)))
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

/// Whole numbers within the range of `u64` or `i64`, as those.
fn visit_number<'de, V: Visitor<'de>>(n: f64, visitor: V) -> Result<V::Value, Error> {
    if n.fract() == 0.0 && (0.0..18_446_744_073_709_551_616.0).contains(&n) {
        visitor.visit_u64(n as u64)
    } else if n.fract() == 0.0 && (-9_223_372_036_854_775_808.0..0.0).contains(&n) {
        visitor.visit_i64(n as i64)
    } else {
        visitor.visit_f64(n)
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

    forward! {
        deserialize_f64: deserialize_i8 deserialize_i16 deserialize_i32 deserialize_i64 deserialize_i128
        deserialize_u8 deserialize_u16 deserialize_u32 deserialize_u64 deserialize_u128 deserialize_f32
    }
    forward! { deserialize_str: deserialize_char deserialize_string deserialize_identifier }
    forward! { deserialize_seq: deserialize_byte_buf deserialize_bytes }

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
    /// serde's error for a visitor that does not take this kind of value.
    fn invalid_type(&self, exp: &dyn de::Expected) -> Error {
        de::Error::invalid_type(unexpected(self), exp)
    }
}

fn unexpected(v: &Value) -> de::Unexpected<'_> {
    match v {
        Value::Null => de::Unexpected::Unit,
        Value::Bool(b) => de::Unexpected::Bool(*b),
        Value::Number(n) if n.fract() == 0.0 && (0.0..18_446_744_073_709_551_616.0).contains(n) => {
            de::Unexpected::Unsigned(*n as u64)
        }
        Value::Number(n) if n.fract() == 0.0 && (-9_223_372_036_854_775_808.0..0.0).contains(n) => {
            de::Unexpected::Signed(*n as i64)
        }
        Value::Number(n) => de::Unexpected::Float(*n),
        Value::String(s) => de::Unexpected::Str(s),
        Value::Array(_) => de::Unexpected::Seq,
        Value::Object(_) => de::Unexpected::Map,
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
