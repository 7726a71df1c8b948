//! A record, or a GeoJSON feature, as serde_json reads it for the validator: its members in
//! file order, their text borrowed from the file where it has no escapes (no tree, no map, no
//! copies).

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

/// The visit methods of a visitor that takes an object, for the other values: `$other` with
/// what the value is.
macro_rules! others {
    ($other:path) => {
        fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
            while seq.next_element::<IgnoredAny>()?.is_some() {}
            Ok($other("an array"))
        }

        fn visit_unit<E>(self) -> Result<Self::Value, E> {
            Ok($other("null"))
        }

        fn visit_bool<E>(self, _: bool) -> Result<Self::Value, E> {
            Ok($other("a boolean"))
        }

        fn visit_i64<E>(self, _: i64) -> Result<Self::Value, E> {
            Ok($other("a number"))
        }

        fn visit_u64<E>(self, _: u64) -> Result<Self::Value, E> {
            Ok($other("a number"))
        }

        fn visit_f64<E>(self, _: f64) -> Result<Self::Value, E> {
            Ok($other("a number"))
        }

        fn visit_str<E>(self, _: &str) -> Result<Self::Value, E> {
            Ok($other("a string"))
        }
    };
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

    others!(Record::Other);
}

/// A GeoJSON feature, or what another value is (`a string`).
#[derive(Debug, PartialEq)]
pub(super) enum FeatureRecord<'t> {
    Feature(Feature<'t>),
    Other(&'static str),
}

/// What the reader takes of a GeoJSON feature (of a repeated member, the last).
#[derive(Debug, Default, PartialEq)]
pub(super) struct Feature<'t> {
    /// Whether its `type` is `"Feature"`.
    pub is_feature: bool,
    /// Its `properties`, when they are an object.
    pub properties: Vec<(Cow<'t, str>, Member<'t>)>,
    pub geometry: Geometry<'t>,
}

/// A feature's `geometry`.
#[derive(Debug, Default, PartialEq)]
pub(super) enum Geometry<'t> {
    /// None, or `null`.
    #[default]
    Missing,
    /// An object: its `type` (empty when it has none) and its first two coordinates when they
    /// are numbers.
    Object { kind: Cow<'t, str>, xy: Option<(f64, f64)> },
    /// Another value: what it is.
    Other(&'static str),
}

impl<'de> Deserialize<'de> for FeatureRecord<'de> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_any(FeatureVisitor)
    }
}

struct FeatureVisitor;

impl<'de> Visitor<'de> for FeatureVisitor {
    type Value = FeatureRecord<'de>;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a GeoJSON feature")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<FeatureRecord<'de>, A::Error> {
        let mut feature = Feature::default();
        while let Some(Key(key)) = map.next_key()? {
            match key.as_ref() {
                "type" => feature.is_feature = matches!(map.next_value()?, Member::Text(t) if t == "Feature"),
                "properties" => {
                    feature.properties = match map.next_value()? {
                        Record::Object(members) => members,
                        Record::Other(_) => Vec::new(),
                    }
                }
                "geometry" => feature.geometry = map.next_value()?,
                _ => {
                    map.next_value::<IgnoredAny>()?;
                }
            }
        }
        Ok(FeatureRecord::Feature(feature))
    }

    others!(FeatureRecord::Other);
}

impl<'de> Deserialize<'de> for Geometry<'de> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_any(GeometryVisitor)
    }
}

struct GeometryVisitor;

impl<'de> Visitor<'de> for GeometryVisitor {
    type Value = Geometry<'de>;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a GeoJSON geometry")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Geometry<'de>, A::Error> {
        let (mut kind, mut xy) = (Cow::Borrowed(""), None);
        while let Some(Key(key)) = map.next_key()? {
            match key.as_ref() {
                "type" => {
                    kind = match map.next_value()? {
                        Member::Text(t) => t,
                        _ => Cow::Borrowed(""),
                    }
                }
                "coordinates" => xy = map.next_value::<Coordinates>()?.0,
                _ => {
                    map.next_value::<IgnoredAny>()?;
                }
            }
        }
        Ok(Geometry::Object { kind, xy })
    }

    fn visit_unit<E>(self) -> Result<Geometry<'de>, E> {
        Ok(Geometry::Missing)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Geometry<'de>, A::Error> {
        while seq.next_element::<IgnoredAny>()?.is_some() {}
        Ok(Geometry::Other("an array"))
    }

    fn visit_bool<E>(self, _: bool) -> Result<Geometry<'de>, E> {
        Ok(Geometry::Other("a boolean"))
    }

    fn visit_i64<E>(self, _: i64) -> Result<Geometry<'de>, E> {
        Ok(Geometry::Other("a number"))
    }

    fn visit_u64<E>(self, _: u64) -> Result<Geometry<'de>, E> {
        Ok(Geometry::Other("a number"))
    }

    fn visit_f64<E>(self, _: f64) -> Result<Geometry<'de>, E> {
        Ok(Geometry::Other("a number"))
    }

    fn visit_str<E>(self, _: &str) -> Result<Geometry<'de>, E> {
        Ok(Geometry::Other("a string"))
    }
}

/// A geometry's `coordinates`: the first two, when they are numbers.
struct Coordinates(Option<(f64, f64)>);

impl<'de> Deserialize<'de> for Coordinates {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_any(CoordinatesVisitor)
    }
}

struct CoordinatesVisitor;

impl<'de> Visitor<'de> for CoordinatesVisitor {
    type Value = Coordinates;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("coordinates")
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Coordinates, A::Error> {
        let x = seq.next_element::<Member>()?;
        let y = if x.is_some() { seq.next_element::<Member>()? } else { None };
        while seq.next_element::<IgnoredAny>()?.is_some() {}
        Ok(Coordinates(match (x, y) {
            (Some(Member::Number(x)), Some(Member::Number(y))) => Some((x, y)),
            _ => None,
        }))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Coordinates, A::Error> {
        while map.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
        Ok(Coordinates(None))
    }

    fn visit_unit<E>(self) -> Result<Coordinates, E> {
        Ok(Coordinates(None))
    }

    fn visit_bool<E>(self, _: bool) -> Result<Coordinates, E> {
        Ok(Coordinates(None))
    }

    fn visit_i64<E>(self, _: i64) -> Result<Coordinates, E> {
        Ok(Coordinates(None))
    }

    fn visit_u64<E>(self, _: u64) -> Result<Coordinates, E> {
        Ok(Coordinates(None))
    }

    fn visit_f64<E>(self, _: f64) -> Result<Coordinates, E> {
        Ok(Coordinates(None))
    }

    fn visit_str<E>(self, _: &str) -> Result<Coordinates, E> {
        Ok(Coordinates(None))
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

    #[test]
    fn features_give_their_type_properties_and_point() {
        let text = r#"{"type": "Feature", "id": 7, "properties": {"team": "K92"},
            "geometry": {"type": "Point", "coordinates": [104.9, 11.5, 10]}}"#;
        let FeatureRecord::Feature(f) = serde_json::from_str(text).unwrap() else { panic!("a feature") };
        assert!(f.is_feature);
        assert_eq!(f.properties, [(Cow::Borrowed("team"), Member::Text("K92".into()))]);
        assert_eq!(f.geometry, Geometry::Object { kind: "Point".into(), xy: Some((104.9, 11.5)) });
        let text = r#"{"type": "Point", "properties": null, "geometry": {"coordinates": ["a", 1]}}"#;
        let FeatureRecord::Feature(f) = serde_json::from_str(text).unwrap() else { panic!("a feature") };
        assert!(!f.is_feature && f.properties.is_empty());
        assert_eq!(f.geometry, Geometry::Object { kind: "".into(), xy: None });
        let f: FeatureRecord = serde_json::from_str(r#"{"geometry": null}"#).unwrap();
        assert!(matches!(f, FeatureRecord::Feature(Feature { geometry: Geometry::Missing, .. })));
        let f: FeatureRecord = serde_json::from_str(r#"{"geometry": [1]}"#).unwrap();
        assert!(matches!(f, FeatureRecord::Feature(Feature { geometry: Geometry::Other("an array"), .. })));
        assert_eq!(serde_json::from_str::<FeatureRecord>("3").unwrap(), FeatureRecord::Other("a number"));
    }
}
