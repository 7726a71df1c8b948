//! The catalogue of problem messages and file errors (`read::messages`): every message the
//! reader can write has a template, in English, Vietnamese and Khmer, with the same
//! placeholders; reading in Vietnamese or Khmer leaves no English but the values from the file.

mod support;

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::process::Command;

use repatria::lang::Lang;
use repatria::read::messages::{self, kept_values, placeholders, translate, Entry, LINES, MESSAGES};
use repatria::read::{self, FileError, Format, ReadOptions};

fn tables() -> [(&'static str, &'static [Entry]); 2] {
    [("MESSAGES", MESSAGES), ("LINES", LINES)]
}

#[test]
fn every_entry_has_the_same_placeholders_in_all_three_languages() {
    let mut wrong = Vec::new();
    for (table, entries) in tables() {
        let mut keys = BTreeSet::new();
        let mut english = BTreeSet::new();
        for e in entries {
            if !keys.insert(e.key) {
                wrong.push(format!("{table}: key {} twice", e.key));
            }
            if !english.insert(e.en) {
                wrong.push(format!("{table}: {}: the English template is also another entry's", e.key));
            }
            let set = |t: &str| placeholders(t).into_iter().collect::<BTreeSet<_>>();
            for (lang, t) in [("vi", e.vi), ("km", e.km)] {
                if set(t) != set(e.en) {
                    wrong.push(format!("{table}: {} ({lang}): {:?}, in English {:?}", e.key, set(t), set(e.en)));
                }
            }
            if e.en.contains("}{") && !e.en.contains("}}{") {
                wrong.push(format!("{table}: {}: two placeholders side by side cannot be matched", e.key));
            }
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

/// The template's words outside its placeholders.
fn words(template: &str) -> String {
    let mut out = String::new();
    let mut depth = 0;
    for c in template.chars() {
        match c {
            '{' => depth += 1,
            '}' => depth = 0,
            _ if depth == 0 => out.push(c),
            _ => {}
        }
    }
    out
}

#[test]
fn vietnamese_and_khmer_are_written_in_their_own_script() {
    let mut wrong = Vec::new();
    let khmer = |c: char| ('\u{1780}'..='\u{17FF}').contains(&c);
    for (table, entries) in tables() {
        for e in entries {
            let en_words = words(e.en);
            let has_words = en_words.split(|c: char| !c.is_ascii_alphabetic()).any(|w| w.len() >= 3);
            // A word every language writes alike (byte) is no translation left out.
            if has_words && e.vi == e.en && e.key != "json_byte" {
                wrong.push(format!("{table}: {}: Vietnamese is the English", e.key));
            }
            if has_words && !words(e.km).chars().any(khmer) {
                wrong.push(format!("{table}: {}: Khmer has no Khmer letters", e.key));
            }
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

/// Vietnamese letters as NFC writes them: precomposed, one code point each.
const VIETNAMESE: &str = "àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ\
                          ÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴĐ";
/// Other characters the templates use.
const PUNCTUATION: &str = "“”…›–−—";

/// Why `text` is not NFC, or not in the scripts of the catalogue: a combining mark where a
/// precomposed letter exists (Vietnamese), a character outside ASCII, Vietnamese letters,
/// Khmer and a few punctuation marks, or Khmer signs out of canonical order.
fn not_nfc(text: &str) -> Option<String> {
    let chars: Vec<char> = text.chars().collect();
    for (i, &c) in chars.iter().enumerate() {
        let ok = c.is_ascii()
            || VIETNAMESE.contains(c)
            || PUNCTUATION.contains(c)
            || ('\u{1780}'..='\u{17FF}').contains(&c)
            || ('\u{19E0}'..='\u{19FF}').contains(&c);
        if !ok {
            return Some(format!("U+{:04X} ({c}) at {i}", c as u32));
        }
        // The only Khmer signs with a combining class: COENG (9) and ATTHACAN (230).
        if c == '\u{17DD}' && chars.get(i + 1) == Some(&'\u{17D2}') {
            return Some(format!("ATTHACAN before COENG at {i}"));
        }
    }
    None
}

#[test]
fn translations_are_nfc() {
    let mut wrong = Vec::new();
    for (table, entries) in tables() {
        for e in entries {
            for (lang, t) in [("en", e.en), ("vi", e.vi), ("km", e.km)] {
                if let Some(why) = not_nfc(t) {
                    wrong.push(format!("{table}: {} ({lang}): {why}", e.key));
                }
            }
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
    // The check itself: a decomposed "ố" (o, circumflex, acute) is refused.
    assert!(not_nfc("số").is_none());
    assert!(not_nfc("so\u{302}\u{301}").is_some());
}

// ---- Every message the source can build -----------------------------------------------------

/// The files whose strings are problem messages and file errors.
fn message_sources() -> Vec<PathBuf> {
    fn walk(dir: &Path, out: &mut Vec<PathBuf>) {
        let mut entries: Vec<PathBuf> =
            std::fs::read_dir(dir).expect("reads").map(|e| e.expect("entry").path()).collect();
        entries.sort();
        for p in entries {
            if p.is_dir() {
                walk(&p, out);
            } else if p.extension().is_some_and(|e| e == "rs") {
                out.push(p);
            }
        }
    }
    let mut out = Vec::new();
    walk(&support::repo("src/read"), &mut out);
    walk(&support::repo("xlsx/src"), &mut out);
    walk(&support::repo("src/figure"), &mut out);
    for f in ["src/date.rs", "src/season.rs", "src/count.rs", "src/province.rs", "src/team.rs", "src/pack.rs"] {
        out.push(support::repo(f));
    }
    // The catalogue's own strings are its templates.
    out.retain(|p| !p.ends_with("read/messages.rs") && !p.ends_with("read/header.rs"));
    out
}

/// The string literals of `text` outside comments and its test module, with the line each
/// starts on, escapes read (a `\` at a line's end joins the next line without its indent).
fn literals(text: &str) -> Vec<(usize, String)> {
    let text = match text.find("#[cfg(test)]\nmod tests") {
        Some(i) => &text[..i],
        None => text,
    };
    let b: Vec<char> = text.chars().collect();
    let (mut out, mut i, mut line) = (Vec::new(), 0, 1);
    while i < b.len() {
        let c = b[i];
        if c == '\n' {
            line += 1;
        }
        if c == '/' && b.get(i + 1) == Some(&'/') {
            while i < b.len() && b[i] != '\n' {
                i += 1;
            }
            continue;
        }
        if c == '\'' {
            // A char literal ('"', '\'', '\u{a0}'), or a lifetime.
            if b.get(i + 2) == Some(&'\'') && b.get(i + 1) != Some(&'\\') {
                i += 3;
                continue;
            }
            if b.get(i + 1) == Some(&'\\') {
                let close = (i + 2..b.len().min(i + 12)).find(|&j| b[j] == '\'');
                if let Some(j) = close {
                    i = j + 1;
                    continue;
                }
            }
        }
        if c == '"' {
            let bytes = i > 0 && b[i - 1] == 'b' && (i < 2 || !(b[i - 2].is_alphanumeric() || b[i - 2] == '_'));
            let start = line;
            let mut s = String::new();
            i += 1;
            while i < b.len() && b[i] != '"' {
                if b[i] == '\\' {
                    match b.get(i + 1) {
                        Some('\n') => {
                            line += 1;
                            i += 2;
                            while i < b.len() && b[i].is_whitespace() {
                                if b[i] == '\n' {
                                    line += 1;
                                }
                                i += 1;
                            }
                            continue;
                        }
                        Some('n') => s.push('\n'),
                        Some('t') => s.push('\t'),
                        Some(&other) => s.push(other),
                        None => {}
                    }
                    i += 2;
                    continue;
                }
                if b[i] == '\n' {
                    line += 1;
                }
                s.push(b[i]);
                i += 1;
            }
            i += 1;
            if !bytes {
                out.push((start, s));
            }
            continue;
        }
        i += 1;
    }
    out
}

/// Strings in the message sources that are not messages: names and words the reader looks for,
/// and text that never reaches a reader of the report.
const NOT_MESSAGES: &[&str] = &[
    // Words a comment or a unit is searched for (read/mod.rs, read/figures.rs, season.rs).
    "made up",
    "not real",
    "du lieu mau",
    "so lieu mau",
    "gia dinh",
    "khong phai so lieu that",
    "without name",
    "individual sets",
    "bo hai cot",
    "hai cot",
    "identified by name",
    "xac dinh danh tinh",
    "more than",
    "up to",
    "mua kho",
    "dry season",
    "giai doan",
    "mùa khô",
    "trung binh",
    "ke hoach",
    "chi tieu",
    "so far",
    "tam tinh",
    "so bo",
    "buoc dau",
    "calendar year",
    "nam duong lich",
    "luy ke",
    "phat bieu",
    "thong bao",
    "cambodian provinces",
    "tinh campuchia",
    // How a published figure's period, place and teams are labelled on the charts (the
    // labels are the charts', in the three languages).
    "{}–{} ({n} {unit})",
    "năm {year}",
    "{} – {}",
    "as of {end}",
    "tính đến {end}",
    "tháng {number}/{year}",
    "early {year}",
    "đầu năm {year}",
    "giữa năm {year}",
    "late {year}",
    "cuối năm {year}",
    "place not stated",
    "không nêu địa điểm",
    "địa bàn {}",
    "other provinces",
    "các tỉnh khác",
    "provinces not named",
    "các tỉnh không nêu tên",
    "outside Cambodia",
    "ngoài Campuchia",
    " (incl. finds outside Cambodia)",
    " (gồm cả ngoài Campuchia)",
    "teams not stated",
    "không nêu đội",
    "all teams",
    "tất cả các đội",
    "các đội {}",
    " (with other searchers)",
    " (cùng lực lượng khác)",
    "Military Region 5",
    "Military Region 7",
    "Military Region 9",
    "Quân khu 5",
    "Quân khu 7",
    "Quân khu 9",
    "{message}; expected {EXPECTED_PERIOD}",
    // Formats whose words are the catalogue's LINES, or a value's own text.
    "{}:{l}: column {}: {}",
    "{word} {self}",
    "{}; expected {}",
    " at line {} column {}",
    // Column names given to GeoJSON coordinates (the file's own column names are kept).
    "geometry latitude",
    "geometry longitude",
    // serde's "expected …" words for a report or record of the wrong shape, inside errors of
    // repatria's own files (a pack's report) or in serde_json's rare "invalid type" errors.
    "an object of counts",
    "a record",
    "a GeoJSON feature",
    "a GeoJSON geometry",
    "a JSON value",
    // The xlsx module's hand-over to JavaScript (a programming error, not the file's).
    "a row was pushed",
    "cannot hand the rows over: {e}",
];

/// The text of a format string between its placeholders (`{{` read as `{`).
fn fixed_pieces(literal: &str) -> Vec<String> {
    let mut pieces = vec![String::new()];
    let mut chars = literal.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '{' if chars.peek() == Some(&'{') => {
                chars.next();
                pieces.last_mut().unwrap().push('{');
            }
            '}' if chars.peek() == Some(&'}') => {
                chars.next();
                pieces.last_mut().unwrap().push('}');
            }
            '{' => {
                let rest: String = chars.clone().collect();
                match rest.find('}') {
                    Some(end) if !rest[..end].contains(' ') => {
                        for _ in 0..=end {
                            chars.next();
                        }
                        pieces.push(String::new());
                    }
                    _ => pieces.last_mut().unwrap().push('{'),
                }
            }
            _ => pieces.last_mut().unwrap().push(c),
        }
    }
    pieces
}

/// An English template's text with each placeholder as one NUL (`{{` read as `{`).
fn template_text(en: &str) -> String {
    fixed_pieces(en).join("\0")
}

#[test]
fn every_message_in_the_source_has_a_template() {
    let templates: Vec<String> = MESSAGES.iter().map(|e| template_text(e.en)).collect();
    let mut missing = BTreeMap::new();
    let mut checked = 0;
    for file in message_sources() {
        let text = std::fs::read_to_string(&file).expect("reads source");
        for (line, literal) in literals(&text) {
            // Messages are written in English; a string of Vietnamese or Khmer words is a label.
            let english_word = |w: &&str| {
                let w = w.trim_matches(|c: char| !c.is_alphanumeric());
                w.len() > 1 && w.chars().all(|c| c.is_ascii_alphabetic())
            };
            let words = literal.split_whitespace().filter(english_word).count();
            if words < 2 || NOT_MESSAGES.contains(&literal.as_str()) {
                continue;
            }
            checked += 1;
            for piece in fixed_pieces(&literal) {
                if piece.trim().chars().count() < 3 || templates.iter().any(|t| t.contains(&piece)) {
                    continue;
                }
                let at = format!("{}:{line}", file.strip_prefix(support::repo("")).unwrap_or(&file).display());
                missing.insert(at, format!("{piece:?} (of {literal:?})"));
            }
        }
    }
    assert!(checked > 120, "only {checked} message strings found: is the scan right?");
    let list: Vec<String> = missing.iter().map(|(at, what)| format!("  {at}: {what}")).collect();
    assert!(
        missing.is_empty(),
        "{} message strings have no template in src/read/messages.rs (add one line each to MESSAGES):\n{}",
        missing.len(),
        list.join("\n")
    );
}

#[test]
fn the_scan_finds_strings_as_rust_writes_them() {
    let src = "fn f() {\n    // \"not this\"\n    let c = '\"';\n    g(\"one \\\"two\\\" \\\n     three\", b\"bytes here\");\n}\n#[cfg(test)]\nmod tests { \"left out\" }";
    assert_eq!(literals(src), vec![(4, "one \"two\" three".to_owned())]);
    assert_eq!(
        fixed_pieces("{n} cell{} beyond {{x}} the {MAX} columns"),
        ["", " cell", " beyond {x} the ", " columns"]
    );
}

// ---- Every message the reader writes, on files as offices keep them --------------------------

/// The files under `tests/data`, as (name relative to it, bytes).
fn data_files() -> Vec<(String, Vec<u8>)> {
    fn walk(root: &Path, dir: &Path, out: &mut Vec<(String, Vec<u8>)>) {
        let mut entries: Vec<PathBuf> =
            std::fs::read_dir(dir).expect("reads").map(|e| e.expect("entry").path()).collect();
        entries.sort();
        for p in entries {
            if p.is_dir() {
                walk(root, &p, out);
            } else if !p.extension().is_some_and(|e| e == "py") {
                let name = p.strip_prefix(root).unwrap().to_string_lossy().into_owned();
                out.push((name, std::fs::read(&p).expect("reads")));
            }
        }
    }
    let root = support::repo("tests/data");
    let mut out = Vec::new();
    walk(&root, &root, &mut out);
    out
}

/// Small files that make the reader say what the test files do not.
fn made_files() -> Vec<(String, Vec<u8>, ReadOptions)> {
    let d = ReadOptions::default;
    let csv = |name: &str, text: &str| (name.to_owned(), text.as_bytes().to_vec(), d());
    let header = "date,season,phase,team,military_region,province,lat,lon,remains,identified\n";
    let rows = [
        "2025-13-01,,,K92,,Kampot,,,1,",
        "06/13/2025,,,K92,,Kampot,,,1,",
        "00/11/2025,,,K92,,Kampot,,,1,",
        "06-11/2025,,,K92,,Kampot,,,1,",
        "12345,,,K92,,Kampot,,,1,",
        "1800-01-01,,,K92,,Kampot,,,1,",
        "06/11,,,K92,,Kampot,,,1,",
        "ngày 31 tháng 4 năm 2025,,,K92,,Kampot,,,1,",
        ",giai đoạn 200,,K92,,Kampot,,,1,",
        ",1800-1801,,K92,,Kampot,,,1,",
        ",2024-2025,xyz,K92,,Kampot,,,1,",
        ",2024-2025,,K92,,Kampong,,,1,",
        ",2024-2025,,K92,,KH-99,,,1,",
        ",2024-2025,,K92,,Kampot,,,+3,",
        ",2024-2025,,K92,,Kampot,,,−3,",
        ",2024-2025,,K92,,Kampot,,,\"1,210.5\",",
        ",2024-2025,,K92,,Kampot,,,1.2345,",
        ",2024-2025,,K92,,Kampot,,,99999999999,",
        ",2024-2025,,K92,,Kampot,,200,1,",
        ",2024-2025,,K92,,Kampot,11.5,east,1,",
        ",2024-2025,,K92,,Kampot,,104.9,1,",
        ",2024-2025,,K92,,,12.5,50.1,1,",
        ",2024-2025,,K92,,Kampot,,,1,,x,y",
        ",2024-2025,,K99,,Kampot,,,1,",
        ",2024-2025,,K37,,Kampot,,,1,",
    ];
    let mut files = vec![
        csv("rows.csv", &(header.to_owned() + &rows.join("\n") + "\n")),
        csv("empty.csv", ""),
        csv("comments.csv", "# only a comment\n"),
        csv("colours.csv", "colour,size\nred,1\n"),
        csv("counts.csv", "remains,note\n1,x\n"),
        csv("wide.csv", &(vec!["c"; 1001].join(",") + "\n")),
        csv("quote.csv", "season,team\n2024-2025,\"K92\n"),
        csv("sheet.xls", "season,team\n"),
        csv("sheet.xlsx", "season,team\n"),
        csv("sheet.ods", "season,team\n"),
        ("utf16.csv".to_owned(), "season,team\n".bytes().flat_map(|b| [b, 0]).collect(), d()),
        ("odd.csv".to_owned(), vec![0xFF, 0xFE, b'a', 0, b'b'], d()),
        ("broken.csv".to_owned(), vec![0xFF, 0xFE, b'a', 0, 0x00, 0xDC, b'\n', 0], d()),
        ("binary.csv".to_owned(), vec![b'a', 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0], d()),
        ("gzip.csv".to_owned(), vec![0x1F, 0x8B, 8, 0, 0, 0], d()),
        ("zip.csv".to_owned(), b"PK\x05\x06\0\0\0\0".to_vec(), d()),
        (
            "many.csv".to_owned(),
            b"season,team\n2024-2025,K92\n2024-2025,K92\n".to_vec(),
            ReadOptions { max_rows: 1, ..d() },
        ),
        ("big.csv".to_owned(), b"season,team\n2024-2025,K92\n".to_vec(), ReadOptions { max_bytes: 4, ..d() }),
        ("month.csv".to_owned(), b"season,team\n".to_vec(), ReadOptions { season_start_month: 13, ..d() }),
    ];
    let json = [
        ("numbers.json", "[1, 2]"),
        ("object.json", "{\"x\": 1}"),
        ("hint.json", "{\"finds\": [{\"team\": \"K92\"}]}"),
        ("twice.json", "{\"records\": [], \"records\": []}"),
        ("arrays.json", "{\"records\": [], \"data\": []}"),
        ("other.json", "{\"records\": [{\"team\": \"K92\"}], \"other\": [{\"a\": 1}]}"),
        ("same.json", "[{\"team\": \"K92\", \"đội\": \"K71\"}]"),
        ("kind.json", "[{\"team\": \"K92\", \"province\": [1]}]"),
        ("after.json", "[{\"team\": \"K92\"}] x"),
        ("second.json", "[{\"team\": \"K92\"}] []"),
        ("value.json", "[{\"team\": }]"),
        ("comma.json", "[{\"team\": \"K92\"} {\"team\": \"K92\"}]"),
        ("key.json", "[{team: \"K92\"}]"),
        ("eof.json", "[{\"team\": \"K92\""),
        ("minified.json", "[{\"team\": \"K92\"}, {\"team\": \"K92\", \"remains\": \"x\"}]"),
        ("scalar.json", "5"),
        (
            "features.geojson",
            "{\"type\": \"FeatureCollection\", \"features\": [1, {\"type\": \"Foo\"},\n\
             {\"type\": \"Feature\", \"geometry\": {\"type\": \"LineString\", \"coordinates\": []}, \"properties\": {\"team\": \"K92\"}},\n\
             {\"type\": \"Feature\", \"geometry\": {\"coordinates\": []}, \"properties\": {\"team\": \"K92\"}},\n\
             {\"type\": \"Feature\", \"geometry\": {\"type\": \"Point\", \"coordinates\": [1]}, \"properties\": {\"team\": \"K92\"}},\n\
             {\"type\": \"Feature\", \"geometry\": 5, \"properties\": {\"team\": \"K92\"}}]}",
        ),
    ];
    files.extend(json.iter().map(|(n, t)| csv(n, t)));
    let figures = [
        "abc,2024-2025,sets,Cambodia,K92,high",
        ",2024-2025,sets,Cambodia,K92,high",
        "5,blah,sets,Cambodia,K92,high",
        "5,,sets,Cambodia,K92,high",
        "5,2024,sets,Cambodia,K92,high",
        "5,2024-2025 (plan,sets,Cambodia,K92,high",
        "5,2024-2025 (foo),sets,Cambodia,K92,high",
        "5,2024-2025 (giai đoạn 300),sets,Cambodia,K92,high",
        "5,2026-2024,sets,Cambodia,K92,high",
        "5,2024-2025 #,sets,Cambodia,K92,high",
        "5,July 2024,sets,Cambodia,K92,high",
        "5,1500-1501,sets,Cambodia,K92,high",
        "5,2024-2025,sets,Atlantis,K92,high",
        "5,2024-2025,sets,Cambodia,K99,high",
        "5,2024-2025,sets,Cambodia,K92,maybe",
    ];
    let table = "value,period,unit,place,team,confidence\n".to_owned() + &figures.join("\n") + "\n";
    files.push(csv("figures.csv", &table));
    files
}

/// Every message of reading `name` in English: the file error, or each problem's message and
/// what it expected.
fn messages_of(name: &str, bytes: &[u8], opts: &ReadOptions) -> Vec<(String, Vec<String>)> {
    let file_error = |e: FileError| vec![(e.message, vec![name.to_owned()])];
    if repatria::pack::is_packed(bytes) {
        return match repatria::pack::unpack(bytes) {
            Ok(_) => Vec::new(),
            Err(e) => vec![(e, Vec::new())],
        };
    }
    if read::figures::is_figure_table(bytes) && opts.format != Some(Format::Json) {
        return match read::figures::read_figures(name, bytes) {
            Ok(t) => t.reported.into_iter().map(|p| (p.message, vec![p.value, p.column])).collect(),
            Err(e) => file_error(e),
        };
    }
    match read::read_with(name, bytes, opts) {
        Ok(l) => l
            .report
            .problems
            .into_iter()
            .flat_map(|p| {
                let quoted = vec![p.value.clone(), p.column.clone()];
                [(p.message, quoted.clone()), (p.expected, quoted)]
            })
            .filter(|(m, _)| !m.is_empty())
            .collect(),
        Err(e) => file_error(e),
    }
}

/// English words a translated message must not hold but in the values it keeps.
const ENGLISH: &[&str] = &[
    "the", "is", "not", "of", "and", "or", "an", "in", "row", "rows", "column", "columns", "file", "expected", "value",
    "counted", "read", "used", "does", "match", "with", "has", "this", "for", "are", "it", "only", "one", "than",
    "season", "team", "province", "date", "month", "year", "phase", "found", "missing", "ignored", "must", "record",
    "records", "sheet", "workbook", "point", "number", "count", "after", "before", "line",
];

/// What of `text` is English: the words of [`ENGLISH`] left when the `kept` values are taken
/// out.
fn english_left(text: &str, kept: &[&str]) -> Vec<String> {
    let mut rest = text.to_owned();
    let mut kept: Vec<&str> = kept.to_vec();
    kept.sort_by_key(|k| std::cmp::Reverse(k.len()));
    for k in kept.iter().filter(|k| !k.is_empty()) {
        rest = rest.replace(k, " ");
    }
    // Names of menus, formats and header names written as the programs and files write them,
    // and the words a period is written with in a table of published figures.
    let names = [
        "Excel Workbook",
        "File › Save As",
        "File › Download",
        "Point",
        "season, team, province, remains",
        "(calendar year)",
        "\"calendar year\"",
        "as of",
        "(first ~month)",
        "(11th phase)",
    ];
    for name in names {
        rest = rest.replace(name, " ");
    }
    let mut out = String::new();
    let mut quoted = false;
    for c in rest.chars() {
        if c == '"' || c == '`' {
            quoted = !quoted;
        } else if !quoted {
            out.push(c);
        }
    }
    out.split(|c: char| !c.is_ascii_alphabetic())
        .filter(|w| ENGLISH.contains(&w.to_ascii_lowercase().as_str()))
        .map(str::to_owned)
        .collect()
}

#[test]
fn every_message_the_reader_writes_translates() {
    let mut files: Vec<(String, Vec<u8>, ReadOptions)> =
        data_files().into_iter().map(|(n, b)| (n, b, ReadOptions::default())).collect();
    files.extend(made_files());
    let mut seen: BTreeMap<String, String> = BTreeMap::new();
    for (name, bytes, opts) in &files {
        for (message, _) in messages_of(name, bytes, opts) {
            seen.entry(message).or_insert_with(|| name.clone());
        }
    }
    assert!(seen.len() > 100, "only {} distinct messages: are the files read?", seen.len());
    let mut wrong = Vec::new();
    for (message, file) in &seen {
        let Some(kept) = kept_values(message) else {
            wrong.push(format!("  {file}: no template: {message:?}"));
            continue;
        };
        assert_eq!(translate(message, Lang::En).as_deref(), Some(message.as_str()), "English round trip");
        for lang in [Lang::Vi, Lang::Km] {
            let t = translate(message, lang).expect("a template that matches translates");
            let left = english_left(&t, &kept);
            if !left.is_empty() {
                wrong.push(format!("  {file} ({}): English {left:?} left in {t:?}", lang.tag()));
            }
        }
    }
    assert!(wrong.is_empty(), "{} of {} messages:\n{}", wrong.len(), seen.len(), wrong.join("\n"));
}

#[test]
fn a_vietnamese_file_read_in_vietnamese() {
    let text = "Mùa khô,Đội,Tỉnh,Số hài cốt\n2024-2025,Đội K92,Kông Pông Chàm,3\n2024-2025,K92,Kampot,-2\nmùa khô 2023,K92,Kampot,1\n";
    let opts = ReadOptions { lang: Lang::Vi, ..ReadOptions::default() };
    let l = read::read_with("vi.csv", text.as_bytes(), &opts).expect("reads");
    let messages: Vec<&str> = l.report.problems.iter().map(|p| p.message.as_str()).collect();
    assert_eq!(messages.len(), 4, "{messages:#?}");
    assert_eq!(
        messages[0],
        "“Kông Pông Chàm” được đọc là Kampong Cham (KH-3) theo cách phát âm, nhưng cách viết này không có trong \
         danh mục địa danh: hãy kiểm tra lại"
    );
    assert!(messages[1].starts_with("đội K92 làm nhiệm vụ tại Koh Kong, Kampot"), "{}", messages[1]);
    assert!(messages[1].contains("Kampong Cham (KH-3) nằm ngoài địa bàn của đội"), "{}", messages[1]);
    assert_eq!(
        messages[2],
        "-2: số lượng không thể là số âm; dòng này không được tính; giá trị hợp lệ: một số nguyên như 1210, 1.210, \
         1,210 hoặc 1 210"
    );
    assert!(messages[3].starts_with("mùa khô 2023 chỉ là một năm: mùa khô kéo dài qua hai năm"), "{}", messages[2]);
    assert_eq!(l.report.problems[2].expected, "một số nguyên như 1210, 1.210, 1,210 hoặc 1 210");
    // The same file in English says the same things.
    let en = read::read("vi.csv", text.as_bytes()).expect("reads");
    assert!(en.report.problems[2].message.starts_with("-2: a count cannot be negative"));
    assert_eq!((l.report.accepted, l.report.remains), (en.report.accepted, en.report.remains));

    // A file that cannot be read, in Khmer.
    let opts = ReadOptions { lang: Lang::Km, ..ReadOptions::default() };
    let e = read::read_with("x.csv", b"colour,size\nred,1\n", &opts).unwrap_err();
    assert!(e.message.starts_with("ជួរក្បាលគ្មានជួរឈរដែលស្គាល់ទេ (colour, size)៖"), "{}", e.message);
    assert_eq!(messages::error_line(&e, Lang::Km), format!("x.csv ជួរ 1៖ {}", e.message));
}

#[test]
fn the_language_is_a_read_option_in_json() {
    let opts: ReadOptions = serde_json::from_str("{\"lang\": \"km\", \"figure\": \"team_season\"}").expect("options");
    assert_eq!(opts.lang, Lang::Km);
    assert_eq!(serde_json::from_str::<ReadOptions>("{}").expect("options").lang, Lang::En);
    assert!(serde_json::from_str::<ReadOptions>("{\"lang\": \"fr\"}").is_err());
}

#[test]
fn a_message_with_no_template_stays_in_english() {
    assert_eq!(translate("something new went wrong", Lang::Vi), None);
    assert_eq!(messages::localize("something new went wrong", Lang::Km), "something new went wrong");
}

fn check(args: &[&str]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_repatria"))
        .arg("check")
        .args(args)
        .current_dir(support::repo("tests/data"))
        .output()
        .expect("runs repatria");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn check_prints_khmer_and_vietnamese() {
    let (code, out, _) = check(&["bad/rows.csv", "--lang", "km"]);
    assert_eq!(code, 1);
    assert!(
        out.contains(
            "bad/rows.csv ជួរ 2 ជួរឈរ “province” តម្លៃ “Kampong Chnnang”៖ “Kampong Chnnang” មិនមែនជាខេត្តរបស់កម្ពុជាទេ៖ \
             តើជា Kampong Chhnang (KH-4)?; រាប់បញ្ចូលក្នុង “មិនស្គាល់ខេត្ត” [កំហុស]\n"
        ),
        "{out}"
    );
    assert!(out.contains("bad/rows.csv ជួរ 18៖ ជួរនេះមិនត្រូវបានរាប់ទេ៖ វាគ្មានកាលបរិច្ឆេទ"), "{out}");
    assert!(out.contains("  កំហុស 22 ការព្រមាន 10\n"), "{out}");
    for line in out.lines() {
        assert!(line.chars().any(|c| ('\u{1780}'..='\u{17FF}').contains(&c)), "a line with no Khmer: {line}");
    }

    let (code, out, _) = check(&["bad/rows.csv", "--lang", "vi"]);
    assert_eq!(code, 1);
    assert!(
        out.contains(
            "bad/rows.csv, dòng 18: dòng không được tính: dòng này không có ngày, mùa khô, địa điểm hay đội [lỗi]\n"
        ),
        "{out}"
    );
    assert!(out.contains("  22 lỗi, 10 cảnh báo\n"), "{out}");

    let (code, out, err) = check(&["encodings/latin1.csv", "--lang", "vi"]);
    assert_eq!(code, 2);
    assert!(out.is_empty());
    assert!(
        err.starts_with(
            "encodings/latin1.csv: tệp không phải văn bản UTF-8 (byte 0xE9 ở dòng 2), cũng không phải tiếng Việt"
        ),
        "{err}"
    );
    assert!(err.contains("hãy lưu lại tệp dưới dạng UTF-8"), "{err}");

    // English stays as it was; an unknown language is refused.
    let (_, en, _) = check(&["bad/rows.csv"]);
    let (_, en_too, _) = check(&["bad/rows.csv", "--lang", "en"]);
    assert_eq!(en, en_too);
    assert!(en.contains("bad/rows.csv:18: row not counted: it has no date, season, place or team [error]\n"));
    assert_eq!(check(&["bad/rows.csv", "--lang", "fr"]).0, 2);
}

/// A list of candidates is joined in the reader's language, not with an English "or".
#[test]
fn a_list_of_teams_is_joined_in_the_readers_language() {
    let opts = ReadOptions { lang: Lang::Vi, ..ReadOptions::default() };
    let l = read::read_with("k.csv", "Đội,Tỉnh,Số hài cốt\nK99,Kampot,1\n".as_bytes(), &opts).expect("reads");
    assert_eq!(
        l.report.problems[0].message,
        "“K99” không phải là một trong 11 đội: có phải là K90, K91, K92 hay K93?; tính vào mục không rõ đội"
    );
}
