//! `repatria::json` against serde_json (which the browser module no longer carries, issue 8):
//! the report the browser hands to JavaScript, the options it reads and the marks and tables
//! it returns must come out as serde_json gave them.

mod support;

use repatria::aggregate::Aggregates;
use repatria::chart::{render, Cache, ChartData, ChartKind, ChartOptions};
use repatria::json::{self, Value};
use repatria::read::{self, ReadOptions};
use repatria::svg::SvgBackend;
use serde::Serialize;

/// Every file of the test corpus and the sample data.
fn corpus() -> Vec<(String, Vec<u8>)> {
    let root = env!("CARGO_MANIFEST_DIR");
    let mut out = Vec::new();
    for dir in ["tests/data", "tests/data/bad", "www/data"] {
        let mut paths: Vec<_> =
            std::fs::read_dir(format!("{root}/{dir}")).unwrap().flatten().map(|e| e.path()).collect();
        paths.sort();
        for p in paths.into_iter().filter(|p| p.is_file() && p.extension().is_some_and(|x| x != "py")) {
            out.push((p.file_name().unwrap().to_string_lossy().into_owned(), std::fs::read(&p).unwrap()));
        }
    }
    out
}

/// `value` written by repatria::json, and by serde_json.
fn both<T: Serialize>(value: &T) -> (String, String) {
    (json::to_string(&json::to_value(value).unwrap()), serde_json::to_string(value).unwrap())
}

#[test]
fn reports_are_written_as_serde_json_wrote_them() {
    let mut read = 0;
    for (name, bytes) in corpus() {
        let Ok(l) = read::read(&name, &bytes) else { continue };
        let (ours, theirs) = both(&l.report);
        assert_eq!(ours, theirs, "{name}");
        read += 1;
    }
    assert!(read >= 15, "{read} files read");
}

#[test]
fn strings_are_escaped_as_serde_json_escapes_them() {
    let all: String = (0u32..0x250).chain([0x2028, 0x2029, 0xFEFF, 0x1F600]).filter_map(char::from_u32).collect();
    for s in [all.as_str(), "", "\"quoted\" \\ back/slash", "Tây Ninh — ខេត្ត\u{0}\u{1f}\u{7f}"] {
        let (ours, theirs) = both(&s);
        assert_eq!(ours, theirs);
        assert_eq!(json::parse(&ours).unwrap(), Value::String(s.to_owned()));
    }
}

#[test]
fn options_go_and_come_back_as_with_serde_json() {
    let texts = [
        r#"{}"#,
        r#"{"chart": "map", "lang": "vi", "theme": "dark", "classes": 7, "classification": "naturalBreaks"}"#,
        r#"{"title": "T", "subtitle": null, "width": 320.5, "height": 200, "khmerDigits": true, "sample": true}"#,
        r#"{"filter": {"seasons": ["2023-2024"], "teams": ["K92", "Đội K71"], "provinces": ["KH-12"]}}"#,
        r#"{"group": "region", "time": "year", "source": "vov.vn"}"#,
        r#"{"colour": "red"}"#,
        r#"{"chart": "pie"}"#,
        r#"{"classes": 2.5}"#,
        r#"{"classes": -1}"#,
        r#"{"classes": 300}"#,
        r#"{"width": "wide"}"#,
        r#"{"width": null}"#,
        r#"{"filter": {"teams": ["K99"]}}"#,
        r#"{"filter": {"seasons": ["2024-2026"]}}"#,
        r#"{"filter": {"provinces": ["Kampot"]}}"#,
        r#"{"filter": {"colour": []}}"#,
        r#"{"sample": "yes"}"#,
        r#""map""#,
        r#"7"#,
    ];
    for text in texts {
        let ours: Result<ChartOptions, _> = json::from_value(&json::parse(text).unwrap());
        let theirs: Result<ChartOptions, _> = serde_json::from_value(serde_json::from_str(text).unwrap());
        match (&ours, &theirs) {
            (Ok(a), Ok(b)) => {
                assert_eq!(a, b, "{text}");
                let (ours, theirs) = both(a);
                assert_eq!(json::parse(&ours), json::parse(&theirs), "{text}");
                assert_eq!(json::from_value::<ChartOptions>(&json::parse(&ours).unwrap()).as_ref(), Ok(a), "{text}");
            }
            (Err(a), Err(b)) => assert_eq!(a.to_string(), b.to_string(), "{text}"),
            _ => panic!("{text}: {ours:?} but serde_json: {theirs:?}"),
        }
    }
    // Two forms serde_json took and repatria::json does not (see repatria::json::de).
    for (text, message) in [
        (r#"[]"#, "invalid type: sequence, expected struct ChartOptions"),
        (r#"{"lang": {"vi": null}}"#, "invalid type: map, expected a variant name"),
        (r#"{"lang": 3}"#, "invalid type: integer `3`, expected a variant name"),
    ] {
        let e = json::from_value::<ChartOptions>(&json::parse(text).unwrap()).unwrap_err();
        assert_eq!(e.to_string(), message);
    }
    let read_texts = [
        r#"{"figure": "team_season", "sheet": "Tổng hợp", "season_start_month": 9}"#,
        r#"{"format": "csv", "max_rows": 10, "columns": [["Số", "remains"], ["Đội", "team"]]}"#,
        r#"{"columns": [["Số", "remains", "x"]]}"#,
        r#"{"columns": [["Số", "colour"]]}"#,
        r#"{"format": "ods"}"#,
        r#"{"season_start_month": 9.5}"#,
        r#"{"maxRows": 10}"#,
    ];
    for text in read_texts {
        let ours: Result<ReadOptions, _> = json::from_value(&json::parse(text).unwrap());
        let theirs: Result<ReadOptions, _> = serde_json::from_value(serde_json::from_str(text).unwrap());
        match (&ours, &theirs) {
            (Ok(a), Ok(b)) => assert_eq!(a, b, "{text}"),
            (Err(a), Err(b)) => assert_eq!(a.to_string(), b.to_string(), "{text}"),
            _ => panic!("{text}: {ours:?} but serde_json: {theirs:?}"),
        }
    }
}

#[test]
fn marks_and_tables_have_the_shape_serde_json_gave_them() {
    let data = support::sample();
    let aggregates = Aggregates::build(&data);
    for chart in ChartKind::ALL {
        let opts = ChartOptions { chart, ..ChartOptions::default() };
        let mut svg = SvgBackend::new(640, 400);
        let data = ChartData { dataset: &data, aggregates: &aggregates };
        let rendered = render(&mut svg, 1.0, data, &opts, &mut Cache::default()).unwrap();
        for (ours, theirs) in [both(&rendered), both(&rendered.marks)] {
            // serde_json writes 12.0 where json writes 12: compare the values.
            assert_eq!(json::parse(&ours).unwrap(), json::parse(&theirs).unwrap(), "{chart:?}");
        }
    }
}

#[test]
fn parses_what_serde_json_parses() {
    for (name, bytes) in corpus() {
        let Ok(text) = std::str::from_utf8(&bytes) else { continue };
        let ours = json::parse(text);
        let theirs = serde_json::from_str::<serde_json::Value>(text);
        assert_eq!(ours.is_ok(), theirs.is_ok(), "{name}");
        if let (Ok(ours), Ok(theirs)) = (ours, theirs) {
            assert_eq!(by_key(ours), json::to_value(&theirs).unwrap(), "{name}");
        }
    }
}

/// `v` with its objects' members in key order, the last of a repeated key (as serde_json's map).
fn by_key(v: Value) -> Value {
    match v {
        Value::Array(items) => Value::Array(items.into_iter().map(by_key).collect()),
        Value::Object(members) => {
            let mut map = std::collections::BTreeMap::new();
            for (k, v) in members {
                map.insert(k, by_key(v));
            }
            Value::Object(map.into_iter().collect())
        }
        other => other,
    }
}

/// `v` as serde_json's value holds what `repatria::json` offers: a whole number within the range
/// of `u64` or `i64` as that, any other number as an `f64` (serde_json decides by how the
/// number is written: `2.0` and `1e2` are floats to it, and integers to repatria::json).
fn as_serde_json(v: &Value) -> serde_json::Value {
    match v {
        Value::Null => serde_json::Value::Null,
        Value::Bool(b) => serde_json::Value::Bool(*b),
        Value::Number(n) if n.fract() == 0.0 && (0.0..18_446_744_073_709_551_616.0).contains(n) => {
            serde_json::Value::from(*n as u64)
        }
        Value::Number(n) if n.fract() == 0.0 && (-9_223_372_036_854_775_808.0..0.0).contains(n) => {
            serde_json::Value::from(*n as i64)
        }
        Value::Number(n) => serde_json::Value::from(*n),
        Value::String(s) => serde_json::Value::String(s.clone()),
        Value::Array(items) => serde_json::Value::Array(items.iter().map(as_serde_json).collect()),
        Value::Object(members) => {
            serde_json::Value::Object(members.iter().map(|(k, v)| (k.clone(), as_serde_json(v))).collect())
        }
    }
}

/// Every primitive type fed numbers of every kind (fractional, negative, out of range, tiny,
/// huge), strings, booleans, null, arrays and objects: the value or the error message is
/// serde_json's.
#[test]
fn primitives_take_and_refuse_what_serde_json_does() {
    fn check<T>(texts: &[&str]) -> usize
    where
        T: serde::de::DeserializeOwned + PartialEq + std::fmt::Debug,
    {
        let mut refused = 0;
        for text in texts {
            let value = json::parse(text).unwrap();
            let ours = json::from_value::<T>(&value);
            let theirs = serde_json::from_value::<T>(as_serde_json(&value));
            let what = std::any::type_name::<T>();
            match (&ours, &theirs) {
                (Ok(a), Ok(b)) => assert_eq!(a, b, "{what} from {text}"),
                (Err(a), Err(b)) => {
                    assert_eq!(a.to_string(), b.to_string(), "{what} from {text}");
                    refused += 1;
                }
                _ => panic!("{what} from {text}: {ours:?} but serde_json: {theirs:?}"),
            }
        }
        refused
    }
    let texts = [
        "0",
        "1",
        "-0",
        "-1",
        "2.5",
        "-2.5",
        "0.1",
        "-0.1",
        "127",
        "128",
        "-128",
        "-129",
        "255",
        "256",
        "32767",
        "32768",
        "-32769",
        "65535",
        "65536",
        "2147483648",
        "-2147483649",
        "4294967295",
        "4294967296",
        "9007199254740993",
        "9223372036854775807",
        "-9223372036854775808",
        "9223372036854775809",
        "1e19",
        "18446744073709551616",
        "-9223372036854777856",
        "1e20",
        "-1e20",
        "1.5e300",
        "1.7976931348623157e308",
        "1e15",
        "1234567890123.25",
        "0.00001",
        "0.000015",
        "1e-6",
        "1.5e-6",
        "1e-7",
        "5e-324",
        "123456.789",
        "2.2250738585072014e-308",
        "true",
        "false",
        "null",
        "\"x\"",
        "\"ab\"",
        "\"é\"",
        "\"7\"",
        "\"\"",
        "[]",
        "[1]",
        "{}",
        "{\"a\": 1}",
    ];
    let mut refused = 0;
    refused += check::<u8>(&texts);
    refused += check::<u16>(&texts);
    refused += check::<u32>(&texts);
    refused += check::<u64>(&texts);
    refused += check::<u128>(&texts);
    refused += check::<i8>(&texts);
    refused += check::<i16>(&texts);
    refused += check::<i32>(&texts);
    refused += check::<i64>(&texts);
    refused += check::<i128>(&texts);
    refused += check::<f32>(&texts);
    refused += check::<f64>(&texts);
    refused += check::<bool>(&texts);
    refused += check::<char>(&texts);
    refused += check::<String>(&texts);
    refused += check::<Option<u8>>(&texts);
    refused += check::<Option<bool>>(&texts);
    refused += check::<()>(&texts);
    refused += check::<Vec<u8>>(&texts);
    refused += check::<(i8, u16)>(&["[-1, 2]", "[2.5, 1]", "[1, -1]", "[1, 1e-7]", "[1]", "[1, 2, 3]"]);
    assert!(refused > 600, "{refused} refused");
}

/// serde's own errors (from visitors and serde's buffered values, as in untagged enums) are
/// worded as serde_json's: every kind of unexpected value, floats in serde_json's form.
#[test]
fn serde_errors_are_worded_as_serde_json_words_them() {
    use serde::de::{Error as _, Unexpected as U};
    let all = [
        U::Bool(true),
        U::Unsigned(300),
        U::Signed(-1),
        U::Float(2.5),
        U::Float(-0.0),
        U::Float(100.0),
        U::Float(1e-7),
        U::Float(1e20),
        U::Float(0.00001),
        U::Char('é'),
        U::Str("a \"b\"\n"),
        U::Bytes(b"x"),
        U::Unit,
        U::Option,
        U::NewtypeStruct,
        U::Seq,
        U::Map,
        U::Enum,
        U::UnitVariant,
        U::NewtypeVariant,
        U::TupleVariant,
        U::StructVariant,
        U::Other("something else"),
    ];
    for u in all {
        assert_eq!(
            json::Error::invalid_type(u, &"x").to_string(),
            serde_json::Error::invalid_type(u, &"x").to_string(),
            "{u:?}"
        );
        assert_eq!(
            json::Error::invalid_value(u, &"y").to_string(),
            serde_json::Error::invalid_value(u, &"y").to_string(),
            "{u:?}"
        );
    }
}
