//! Files saved in the encodings Vietnamese offices' programs use (`tests/data/encodings/`,
//! written by its `make.py` from one table): each is read to the same text, the same records,
//! and the report names the encoding it was in.

mod support;

use repatria::read::{self, Encoding, Field, Loaded};
use repatria::season::Season;

fn load(name: &str) -> Loaded {
    let path = format!("tests/data/encodings/{name}");
    let l = read::read(name, &support::read_bytes(&path)).unwrap_or_else(|e| panic!("{e}"));
    support::reconciles(&l).unwrap_or_else(|e| panic!("{e}"));
    l
}

/// The notes of the table, as `make.py` writes them.
const NOTES: [&str; 4] = ["Hài cốt liệt sĩ", "gần Kông Pông Chàm", "giáp Tây Ninh", "được quy tập"];

#[test]
fn every_encoding_reads_to_the_same_records() {
    let utf8 = load("utf8.csv");
    for (name, encoding) in [
        ("utf8.csv", Encoding::Utf8),
        ("utf8-bom.csv", Encoding::Utf8),
        ("utf16le.csv", Encoding::Utf16Le),
        ("utf16le-no-bom.csv", Encoding::Utf16Le),
        ("utf16be-no-bom.csv", Encoding::Utf16Be),
        ("windows1258.csv", Encoding::Windows1258),
        ("tcvn3.csv", Encoding::Tcvn3),
    ] {
        let l = load(name);
        let r = &l.report;
        assert_eq!(r.encoding, encoding, "{name}");
        // No errors, and the same warnings as the UTF-8 file (spellings the gazetteer has not
        // verified, for instance).
        assert_eq!(r.errors, 0, "{name}: {:?}", r.problems);
        assert_eq!(r.problems, utf8.report.problems, "{name}");
        assert_eq!((r.rows, r.accepted, r.remains), (4, 4, 10), "{name}");
        // The Vietnamese headers, decoded and composed, are recognised.
        let names: Vec<&str> = r.columns.iter().map(|c| c.name.as_str()).collect();
        assert_eq!(names, ["Ngày", "Mùa khô", "Đội", "Tỉnh", "Số hài cốt", "Ghi chú"], "{name}");
        let fields: Vec<Option<Field>> = r.columns.iter().map(|c| c.field).collect();
        assert_eq!(
            fields,
            [
                Some(Field::Date),
                Some(Field::Season),
                Some(Field::Team),
                Some(Field::Province),
                Some(Field::Remains),
                Some(Field::Note)
            ],
            "{name}"
        );
        // Xiêm Riệp (Siem Reap), Công-pông Chàm, Kra-chê, Phnôm Pênh: each a province.
        let provinces: Vec<Option<&str>> = l.dataset.records().map(|x| x.province.map(|p| p.code())).collect();
        assert_eq!(provinces, [Some("KH-17"), Some("KH-3"), Some("KH-10"), Some("KH-12")], "{name}");
        let teams: Vec<String> = l.dataset.records().map(|x| format!("{:?}", x.team)).collect();
        assert!(teams[0].contains("K52") && teams[2].contains("K71"), "{name}: {teams:?}");
        assert!(l.dataset.records().all(|x| x.season == Some(Season::new(2024))), "{name}");
        // The notes, letter for letter in NFC (Windows-1258 writes ệ as ê and a combining dot).
        let notes: Vec<String> = l.dataset.records().map(|x| x.note.unwrap_or_default()).collect();
        assert_eq!(notes, NOTES, "{name}");
        assert!(notes.iter().all(|n| !n.chars().any(|c| ('\u{0300}'..='\u{0323}').contains(&c))), "{name}");
    }
}

#[test]
fn the_bytes_are_what_each_encoding_writes() {
    let bytes = |name: &str| support::read_bytes(&format!("tests/data/encodings/{name}"));
    // Windows-1258: "Tỉnh" is T, i, the combining hook (0xD2), n, h; "Ngày" has à (0xE0).
    let w = bytes("windows1258.csv");
    assert!(w.windows(5).any(|x| x == b"Ti\xD2nh"), "{w:?}");
    assert!(w.starts_with(b"Ng\xE0y,"));
    // TCVN3: "Ngày" has à at 0xB5, "Đội" is 0xA7 0xE9 i.
    let t = bytes("tcvn3.csv");
    assert!(t.starts_with(b"Ng\xB5y,"));
    assert!(t.windows(3).any(|x| x == b"\xA7\xE9i"));
    assert!(std::str::from_utf8(&w).is_err() && std::str::from_utf8(&t).is_err());
}

#[test]
fn bytes_in_no_known_encoding_are_refused_with_advice() {
    let e = read::read("latin1.csv", &support::read_bytes("tests/data/encodings/latin1.csv")).unwrap_err();
    assert!(e.message.starts_with("the file is not UTF-8 text (byte 0xE9 on line 2)"), "{e}");
    assert!(e.message.contains("save it again as UTF-8"), "{e}");
}

#[test]
fn the_report_names_the_encoding_only_when_not_utf8() {
    assert!(!load("utf8.csv").report.to_json().contains("\"encoding\""));
    let json = load("tcvn3.csv").report.to_json();
    assert!(json.contains("\"encoding\":\"tcvn3\""), "{json}");
    let back = read::Report::from_json(&json).unwrap();
    assert_eq!(back.encoding, Encoding::Tcvn3);
    assert!(load("windows1258.csv").report.to_json().contains("\"encoding\":\"windows-1258\""));
}

#[test]
fn an_older_excel_file_of_the_corpus_is_read() {
    let path = "tests/data/bad/windows1258.csv";
    let l = read::read("windows1258.csv", &support::read_bytes(path)).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(l.report.encoding, Encoding::Windows1258);
    assert_eq!(l.report.accepted, 1);
    let text = format!("{:?}", l.report.problems);
    assert!(!text.contains('\u{FFFD}'), "{text}");
}

#[test]
fn the_gazetteers_vietnamese_names_alone_tell_the_encoding() {
    let utf8 = load("names-utf8.csv");
    let provinces = |l: &Loaded| l.dataset.records().map(|r| r.province.map(|p| p.code())).collect::<Vec<_>>();
    assert!(utf8.report.rows > 30);
    assert!(provinces(&utf8).iter().all(Option::is_some));
    for (name, encoding) in [("names-windows1258.csv", Encoding::Windows1258), ("names-tcvn3.csv", Encoding::Tcvn3)] {
        let l = load(name);
        assert_eq!(l.report.encoding, encoding, "{name}");
        assert_eq!(provinces(&l), provinces(&utf8), "{name}");
        // The same warnings, a capital with a tone mark written small in TCVN3 (Ốt-đô as ốt-đô:
        // its fonts draw capitals at the small letters' codes).
        let lower = |l: &Loaded| {
            l.report.problems.iter().map(|p| (p.line, p.severity, p.value.to_lowercase())).collect::<Vec<_>>()
        };
        assert_eq!(lower(&l), lower(&utf8), "{name}");
    }
}
