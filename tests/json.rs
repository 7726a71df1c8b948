//! JSON files (read with serde_json, one record at a time): a problem says where it is, the
//! line and column in the whole file, whatever the record, its depth or the characters
//! before it; and the report comes out as JSON with the shape the JS API gives.

use repatria::read;

/// The line and message of the error that stops reading `text`.
fn error(text: &str) -> (u32, String) {
    let e = read::read("x.json", text.as_bytes()).expect_err(text);
    (e.line, e.message)
}

#[test]
fn problems_in_records_give_the_line_and_column_in_the_file() {
    let records = "[{\"team\": \"K92\"},\n {\"team\": \"K71\"},\n {\"team\": x}]";
    assert_eq!(error(records), (3, "invalid JSON: expected value at line 3 column 11".to_owned()));
    let wrapped = "{\"note\": \"SYNTHETIC\",\n \"records\": [\n  {\"team\": \"K92\",\n   \"remains\": 1,}\n]}";
    assert_eq!(error(wrapped), (4, "invalid JSON: trailing comma at line 4 column 17".to_owned()));
    let deep = "[{\"team\": \"K92\", \"x\": [[{\"y\":\n [1, 2 3]}]]}]";
    assert_eq!(error(deep), (2, "invalid JSON: expected `,` or `]` at line 2 column 8".to_owned()));
}

#[test]
fn columns_count_characters_not_bytes() {
    let text = "[{\"đội\": \"Đội K92\", \"tỉnh\": x}]";
    assert_eq!(error(text), (1, "invalid JSON: expected value at line 1 column 29".to_owned()));
    let text = "[{\"đội\": \"Đội K92\", \"tỉnh\": tây}]";
    assert_eq!(error(text), (1, "invalid JSON: expected ident at line 1 column 30".to_owned()));
}

#[test]
fn problems_in_strings_and_keys() {
    assert_eq!(error("[{\"t\\x\": 1}]"), (1, "invalid JSON: invalid escape at line 1 column 6".to_owned()));
    assert_eq!(
        error("[\n{\"team\": \"K9\u{1}2\"}]"),
        (
            2,
            "invalid JSON: control character (\\u0000-\\u001F) found while parsing a string at line 2 column 13"
                .to_owned()
        )
    );
    let top = "{\"records\": [],\n \"no\\te\": 1, \"x\\q\": 2}";
    assert_eq!(error(top), (2, "invalid JSON: invalid escape at line 2 column 17".to_owned()));
}

#[test]
fn the_report_is_json_as_the_js_api_gives_it() {
    let text = "[{\"season\": \"2024-2025\", \"team\": \"K92\", \"remains\": 3},\n {\"season\": \"2024-2025\", \"team\": \"K71\", \"remains\": \"x\"}]";
    let l = read::read("x.json", text.as_bytes()).unwrap();
    let report: serde_json::Value = serde_json::from_str(&l.report.to_json()).unwrap();
    assert_eq!(report["format"], "json");
    assert_eq!(report["by_team"], serde_json::json!({"K92": 3}), "maps are objects");
    assert_eq!(report["problems"][0]["line"], 2, "{report}");
    assert_eq!(report["problems"][0]["column"], "remains");
}
