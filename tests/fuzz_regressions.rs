//! Inputs the fuzz targets in fuzz/ found to break a promise, each built here in code, with
//! the promise it broke.

use repatria::read::{self, FileError};

/// Lines in `text`, the last counted even without a line end.
fn lines(text: &str) -> u32 {
    text.split('\n').count() as u32
}

/// A key with a line break in it (an error) was placed one line too far on: the scanner had
/// counted the break already when it gave the line the key starts on (target `read_json`).
#[test]
fn a_json_error_in_a_key_over_lines_names_the_line_it_is_on() {
    let text = "{\n  \"t{\n  \"ty";
    let e: FileError = read::read("finds.json", text.as_bytes()).unwrap_err();
    assert!(e.line >= 1 && e.line <= lines(text), "line {} of {}: {e}", e.line, lines(text));
    assert_eq!(e.line, 3, "{e}");
    assert!(e.message.contains("at line 3 column 1"), "{e}");
}
