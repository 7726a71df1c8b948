//! A record as serde_json reads it for the validator: its members in file order, their text
//! borrowed from the file where it has no escapes (no tree, no map, no copies).

use std::borrow::Cow;
use std::fmt;

use serde::de::{Deserialize, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};

/// A member's value as a cell takes it: nested arrays and objects are only named.
#[derive(Clone, Debug, PartialEq)]
pub(super) enum Member<'t> {
    Null,
    Bool(bool),
    Number(f64),
    Text(Cow<'t, str>),
    Array,
    Object,
}

impl Member<'_> {
    /// What the value is, for messages (`an array`).
    pub(super) fn kind(&self) -> &'static str {
        match self {
            Member::Null => "null",
            Member::Bool(_) => "a boolean",
            Member::Number(_) => "a number",
            Member::Text(_) => "a string",
            Member::Array => "an array",
            Member::Object => "an object",
        }
    }
}

/// A JSON object's members in file order, or what another value is (`a string`).
#[derive(Debug, PartialEq)]
pub(super) enum Record<'t> {
    Object(Vec<(Cow<'t, str>, Member<'t>)>),
    Other(&'static str),
}

impl<'de> Deserialize<'de> for Record<'de> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_any(RecordVisitor)
    }
}

struct RecordVisitor;

impl<'de> Visitor<'de> for RecordVisitor {
    type Value = Record<'de>;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a record")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Record<'de>, A::Error> {
        let mut members = Vec::with_capacity(map.size_hint().unwrap_or(16));
        while let Some(Key(key)) = map.next_key()? {
            members.push((key, map.next_value()?));
        }
        Ok(Record::Object(members))
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Record<'de>, A::Error> {
        while seq.next_element::<IgnoredAny>()?.is_some() {}
        Ok(Record::Other("an array"))
    }

    fn visit_unit<E>(self) -> Result<Record<'de>, E> {
        Ok(Record::Other("null"))
    }

    fn visit_bool<E>(self, _: bool) -> Result<Record<'de>, E> {
        Ok(Record::Other("a boolean"))
    }

    fn visit_i64<E>(self, _: i64) -> Result<Record<'de>, E> {
        Ok(Record::Other("a number"))
    }

    fn visit_u64<E>(self, _: u64) -> Result<Record<'de>, E> {
        Ok(Record::Other("a number"))
    }

    fn visit_f64<E>(self, _: f64) -> Result<Record<'de>, E> {
        Ok(Record::Other("a number"))
    }

    fn visit_str<E>(self, _: &str) -> Result<Record<'de>, E> {
        Ok(Record::Other("a string"))
    }
}

/// A member's name, borrowed where it has no escapes.
struct Key<'t>(Cow<'t, str>);

impl<'de> Deserialize<'de> for Key<'de> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_str(TextVisitor).map(Key)
    }
}

struct TextVisitor;

impl<'de> Visitor<'de> for TextVisitor {
    type Value = Cow<'de, str>;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a string")
    }

    fn visit_borrowed_str<E>(self, v: &'de str) -> Result<Cow<'de, str>, E> {
        Ok(Cow::Borrowed(v))
    }

    fn visit_str<E>(self, v: &str) -> Result<Cow<'de, str>, E> {
        Ok(Cow::Owned(v.to_owned()))
    }

    fn visit_string<E>(self, v: String) -> Result<Cow<'de, str>, E> {
        Ok(Cow::Owned(v))
    }
}

impl<'de> Deserialize<'de> for Member<'de> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_any(MemberVisitor)
    }
}

struct MemberVisitor;

impl<'de> Visitor<'de> for MemberVisitor {
    type Value = Member<'de>;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a JSON value")
    }

    fn visit_unit<E>(self) -> Result<Member<'de>, E> {
        Ok(Member::Null)
    }

    fn visit_bool<E>(self, v: bool) -> Result<Member<'de>, E> {
        Ok(Member::Bool(v))
    }

    fn visit_i64<E>(self, v: i64) -> Result<Member<'de>, E> {
        Ok(Member::Number(v as f64))
    }

    fn visit_u64<E>(self, v: u64) -> Result<Member<'de>, E> {
        Ok(Member::Number(v as f64))
    }

    fn visit_f64<E>(self, v: f64) -> Result<Member<'de>, E> {
        Ok(Member::Number(v))
    }

    fn visit_borrowed_str<E>(self, v: &'de str) -> Result<Member<'de>, E> {
        Ok(Member::Text(Cow::Borrowed(v)))
    }

    fn visit_str<E>(self, v: &str) -> Result<Member<'de>, E> {
        Ok(Member::Text(Cow::Owned(v.to_owned())))
    }

    fn visit_string<E>(self, v: String) -> Result<Member<'de>, E> {
        Ok(Member::Text(Cow::Owned(v)))
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Member<'de>, A::Error> {
        while seq.next_element::<IgnoredAny>()?.is_some() {}
        Ok(Member::Array)
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Member<'de>, A::Error> {
        while map.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
        Ok(Member::Object)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn members_in_file_order_borrowed_where_they_can_be() {
        let text = r#"{"team": "K92", "n": 3, "x": [1, {"y": 2}], "o": {}, "t\u00e9": "a\"b", "team": null}"#;
        let Record::Object(members) = serde_json::from_str(text).unwrap() else { panic!("an object") };
        let keys: Vec<&str> = members.iter().map(|(k, _)| k.as_ref()).collect();
        assert_eq!(keys, ["team", "n", "x", "o", "té", "team"]);
        assert!(matches!(&members[0], (Cow::Borrowed(_), Member::Text(Cow::Borrowed("K92")))));
        assert_eq!(members[1].1, Member::Number(3.0));
        assert_eq!((members[2].1.kind(), members[3].1.kind()), ("an array", "an object"));
        assert_eq!(members[4].1, Member::Text("a\"b".into()));
        assert_eq!(members[5].1, Member::Null);
        assert_eq!(serde_json::from_str::<Record>("[1, 2]").unwrap(), Record::Other("an array"));
        assert_eq!(serde_json::from_str::<Record>("\"x\"").unwrap(), Record::Other("a string"));
    }
}
