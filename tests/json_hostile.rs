//! JSON files made to lose rows without a word: everything in a file is read or reported
//! (text after the top-level value, repeated keys, a second array of records, records under
//! another key), counts that are not numbers are refused as in a CSV, and a number too large
//! for an f64 is an error in its cell, not in the whole file.

mod support;

use repatria::read::{self, Loaded, Severity};
use support::problems;

fn read_ok(text: &str) -> Loaded {
    let l = read::read("x.json", text.as_bytes()).unwrap_or_else(|e| panic!("{e}\n{text}"));
    let r = &l.report;
    assert_eq!(r.rows, r.accepted + r.rejected, "rows = accepted + rejected\n{text}");
    assert_eq!(r.remains, l.dataset.total_remains(), "{text}");
    l
}

/// The line and message of the error that refuses `text`.
fn error(text: &str) -> (u32, String) {
    let e = read::read("x.json", text.as_bytes()).expect_err(text);
    assert_eq!(e.file, "x.json");
    (e.line, e.message)
}

const K92: &str = r#"{"season": "2024-2025", "team": "K92", "remains": 3}"#;
const K71: &str = r#"{"season": "2024-2025", "team": "K71", "remains": 2}"#;

#[test]
fn text_after_the_top_level_value_is_an_error_naming_where() {
    let second = format!("[{K92}]\n[{K71}]\n");
    let why = "a file holds one JSON value (put every record in one array)";
    assert_eq!(
        error(&second),
        (2, format!("invalid JSON: a second value after the array of records, at line 2 column 1: {why}"))
    );
    assert_eq!(
        error(&format!("[]  {{\"records\": [{K71}]}}")),
        (1, format!("invalid JSON: a second value after the array of records, at line 1 column 5: {why}"))
    );
    assert_eq!(
        error(&format!("{{\"records\": [{K92}]}}\n {{\"records\": [{K71}]}}")),
        (2, format!("invalid JSON: a second value after the top-level object, at line 2 column 2: {why}"))
    );
    assert_eq!(
        error(&format!("[{K92}],\n[{K71}]")),
        (
            1,
            "invalid JSON: text after the array of records, at line 1 column 55: found ','; a file holds one \
             JSON value"
                .to_owned()
        )
    );
    assert_eq!(
        error("[{\"team\": \"Đội K92\"}] x").1,
        "invalid JSON: text after the array of records, at line 1 column 23: found 'x'; a file holds one JSON value",
        "columns count characters"
    );
    // White space after the value is nothing.
    assert_eq!(read_ok(&format!("[{K92}]\n\n \t\r\n")).report.accepted, 1);
    assert_eq!(read_ok(&format!("{{\"records\": [{K92}]}}\n")).report.accepted, 1);
}

#[test]
fn a_key_the_top_level_object_repeats_is_an_error() {
    let features = r#"{"type": "Feature", "properties": {"season": "2024-2025", "team": "K92"}}"#;
    let text = format!("{{\"type\": \"FeatureCollection\",\n \"features\": [{features}],\n \"features\": []}}");
    assert_eq!(
        error(&text),
        (
            3,
            "a key given twice in the top-level object, \"features\" at line 2 column 2 and \"features\" at \
             line 3 column 2: only one could be read (put every record in one array)"
                .to_owned()
        )
    );
    let notes = format!("{{\"note\": \"a\", \"note\": \"b\", \"records\": [{K92}]}}");
    assert_eq!(
        error(&notes),
        (
            1,
            "a key given twice in the top-level object, \"note\" at line 1 column 2 and \"note\" at line 1 \
             column 15: only one could be read (keep one)"
                .to_owned()
        )
    );
}

#[test]
fn a_second_array_of_records_is_an_error_and_other_arrays_of_objects_are_reported() {
    let two = format!("{{\"records\": [{K92}],\n \"data\": [{K71}]}}");
    assert_eq!(
        error(&two),
        (
            2,
            "two arrays of records, \"records\" at line 1 column 2 and \"data\" at line 2 column 2: only one \
             could be read (put every record in one array)"
                .to_owned()
        )
    );
    let geo =
        format!("{{\"type\": \"FeatureCollection\", \"features\": [{{\"type\": \"Feature\"}}], \"rows\": [{K71}]}}");
    assert!(error(&geo).1.starts_with("two arrays of records, \"features\" at line 1 column 31 and \"rows\""));

    // An empty array is no second array; a trailing comma is still an error.
    assert_eq!(read_ok(&format!("{{\"records\": [], \"data\": [{K92}], \"rows\": []}}")).report.accepted, 1);
    assert_eq!(error(&format!("[{K92},]")), (1, "invalid JSON: expected a value, found ']'".to_owned()));

    // A record key that holds no array is not where records are: a comment, as other text.
    let l = read_ok(&format!("{{\"data\": \"SYNTHETIC\", \"records\": [{K92}]}}"));
    assert_eq!(
        (l.report.accepted, l.report.comments.as_slice(), l.report.sample),
        (1, &["data: SYNTHETIC".to_owned()][..], true)
    );

    // An array of objects under another key: read nothing from it, and say so (an error, so
    // that `repatria check` does not exit with 0).
    let text = format!("{{\"older\": [{K71}],\n \"records\": [\n{K92},\n{K92}],\n \"finds\": [ {K71}]}}");
    let l = read_ok(&text);
    assert_eq!((l.report.rows, l.report.accepted, l.report.remains, l.report.errors), (2, 2, 6, 2));
    let why = |key: &str| {
        format!(
            "the array of objects under \"{key}\" is not read: records are read from one array, under \
             \"records\" (or \"data\", \"rows\", \"items\"; \"features\" in GeoJSON); put every record in it"
        )
    };
    let (older, finds) = (why("older"), why("finds"));
    assert_eq!(
        problems(&l),
        [(1, "", "", Severity::Error, older.as_str()), (5, "", "", Severity::Error, finds.as_str())],
        "in file order"
    );
    // Arrays of other values are not records.
    let l = read_ok(&format!("{{\"bbox\": [102, 10, 108, 15], \"tags\": [], \"records\": [{K92}]}}"));
    assert!(l.report.problems.is_empty(), "{:?}", l.report.problems);

    // With no array of records at all, the error says where the objects are.
    let (line, message) = error(&format!("{{\"finds\": [{K92}]}}"));
    assert_eq!(line, 1);
    assert!(message.starts_with("the JSON object has no \"records\" array"), "{message}");
    assert!(message.ends_with(" (\"finds\" holds an array of objects: name it \"records\")"), "{message}");
}

#[test]
fn counts_that_are_not_numbers_are_refused_as_in_csv() {
    let text = r#"[
{"season": "2024-2025", "team": "K92", "remains": null},
{"season": "2024-2025", "team": "K92", "remains": []},
{"season": "2024-2025", "team": "K92", "remains": {"n": 3}},
{"season": "2024-2025", "team": "K92", "remains": true},
{"season": "2024-2025", "team": "K92", "remains": 4, "identified": [1]},
{"season": "2024-2025", "team": "K92", "remains": 5, "identified": null},
{"season": "2024-2025", "team": "K92"}
]"#;
    let l = read_ok(text);
    assert_eq!((l.report.rows, l.report.accepted, l.report.rejected), (7, 3, 4));
    assert_eq!((l.report.remains, l.report.identified), (4 + 5 + 1, 0), "an absent count is one set; null is not");
    let not_a_count = |v: &str| {
        format!("\"{v}\" is not a count; the row is not counted; expected a whole number such as 1210, 1.210, 1,210 or 1 210")
    };
    let (null, array, object, boolean) =
        (not_a_count("null"), not_a_count("[…]"), not_a_count("{…}"), not_a_count("true"));
    let identified = "\"[…]\" is not a count; expected a whole number such as 1210, 1.210, 1,210 or 1 210";
    use Severity::Error as E;
    assert_eq!(
        problems(&l),
        [
            (2, "remains", "null", E, null.as_str()),
            (3, "remains", "[…]", E, array.as_str()),
            (4, "remains", "{…}", E, object.as_str()),
            (5, "remains", "true", E, boolean.as_str()),
            (6, "identified", "[…]", E, identified),
        ]
    );
    // The same row in a CSV, its count written "null", says the same.
    let csv = read::read("x.csv", b"season,team,remains\n2024-2025,K92,null\n").unwrap();
    assert_eq!((csv.report.rejected, csv.report.problems[0].message.as_str()), (1, null.as_str()));

    // In GeoJSON properties too.
    let geo = r#"{"type": "FeatureCollection", "features": [
 {"type": "Feature", "properties": {"season": "2024-2025", "team": "K92", "remains": null}}]}"#;
    let l = read_ok(geo);
    assert_eq!((l.report.rows, l.report.rejected), (1, 1));
    assert_eq!((l.report.problems[0].line, l.report.problems[0].column.as_str()), (2, "remains"));
}

#[test]
fn a_number_too_large_for_a_float_is_an_error_in_its_cell() {
    let text = r#"[
{"season": "2024-2025", "team": "K92", "remains": 1e400, "note": "1e400 \" 2e999"},
{"season": "2024-2025", "team": "K71", "remains": 2, "lat": -1E+400, "lon": 104.9},
{"season": "2024-2025", "team": "K90", "remains": 1, "note": 9e999},
{"season": "2024-2025", "team": "K91", "remains": 1000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000},
{"season": "2024-2025", "team": "K93", "remains": 1e-400}
]"#;
    let l = read_ok(text);
    assert_eq!((l.report.rows, l.report.accepted, l.report.rejected), (5, 3, 2));
    let p: Vec<(u32, &str, &str, &str)> = l
        .report
        .problems
        .iter()
        .map(|p| (p.line, p.column.as_str(), p.value.as_str(), p.message.split(';').next().unwrap_or_default()))
        .collect();
    let digits = format!("1{}…", "0".repeat(39));
    let too_large = format!("{digits} is too large for a count");
    assert_eq!(
        p,
        [
            (2, "remains", "1e400", "\"1e400\" is not a count"),
            (3, "lat", "-1E+400", "\"-1E+400\" is not a latitude"),
            (5, "remains", digits.as_str(), too_large.as_str()),
        ],
        "1e-400 is 0, a count"
    );
    assert_eq!(l.dataset.records().filter_map(|r| r.note).collect::<Vec<_>>(), ["9e999"], "read as written");

    // The line and column of another error in the record are where they are in the file.
    let huge = error("[{\"remains\": 1e400, \"season\":\n \"2024-2025\", \"team\": x}]");
    let small = error("[{\"remains\": 10000, \"season\":\n \"2024-2025\", \"team\": x}]");
    assert_eq!(huge, small);
    assert_eq!(huge, (2, "invalid JSON: expected value at line 2 column 23".to_owned()));

    // A Point's coordinate.
    let geo = r#"{"type": "FeatureCollection", "features": [
 {"type": "Feature", "geometry": {"type": "Point", "coordinates": [1e400, 11.5]},
  "properties": {"season": "2024-2025", "team": "K92"}}]}"#;
    let l = read_ok(geo);
    assert_eq!((l.report.rows, l.report.accepted), (1, 1));
    assert_eq!(
        problems(&l),
        [(
            2,
            "",
            "",
            Severity::Error,
            "a Point without two numbers as coordinates ([longitude, latitude]); the point is not used"
        )]
    );
}

#[test]
fn problems_in_minified_json_name_the_record() {
    let bad = r#"{"season": "2024-2025", "team": "K92", "remains": "x"}"#;
    let minified = format!("[{K92},{bad}, {K71},42]");
    let l = read_ok(&minified);
    assert_eq!((l.report.rows, l.report.accepted, l.report.rejected), (4, 2, 2));
    let r: Vec<(u32, &str, &str)> =
        l.report.problems.iter().map(|p| (p.line, p.column.as_str(), p.message.as_str())).collect();
    assert_eq!(
        r,
        [
            (
                1,
                "remains",
                "record 2: \"x\" is not a count; the row is not counted; expected a whole number such as 1210, \
                 1.210, 1,210 or 1 210"
            ),
            (1, "", "record 4: row not counted: a number is not an object with the record's fields"),
        ]
    );
    // The first record, when the next starts on its line; a record on lines of its own is named
    // by its line alone.
    let l = read_ok(&format!("{{\"records\": [{bad}, {K92},\n{bad}\n]}}"));
    let messages: Vec<(u32, &str)> = l.report.problems.iter().map(|p| (p.line, &p.message[..10])).collect();
    assert_eq!(messages, [(1, "record 1: "), (2, "\"x\" is not")]);
    let l = read_ok(&format!("[{K92},\n {bad},\n {K71}]"));
    assert!(l.report.problems[0].message.starts_with("\"x\" is not a count"), "{:?}", l.report.problems);
}
