//! Hostile input: files made to crash the readers or exhaust memory are refused with a message
//! naming the file, never a panic, and what can be read of them still is.

use repatria::aggregate::{Aggregates, Filter};

/// A remains cell of 100,000 signs: its row is an error saying why, the rows around it read.
#[test]
fn a_count_of_many_signs_is_a_cell_error_not_a_crash() {
    let signs = "-".repeat(100_000);
    assert!(repatria::count::parse_count(&signs).is_err());
    assert!(repatria::count::parse_count(&format!("{signs}3")).unwrap_err().message.ends_with("is not a count"));
    for sign in ["-", "+", "−"] {
        let csv = format!(
            "season,team,province,remains\n2024-2025,K92,Kampot,3\n2024-2025,K92,Kampot,{}5\n2023-2024,K71,Kandal,2\n",
            sign.repeat(100_000)
        );
        let loaded = repatria::read::read("signs.csv", csv.as_bytes()).expect("the file is read");
        assert_eq!((loaded.report.rows, loaded.report.accepted, loaded.report.rejected), (3, 2, 1), "{sign}");
        assert_eq!(loaded.dataset.total_remains(), 5);
        let problem = &loaded.report.problems[0];
        assert_eq!((problem.line, problem.column.as_str()), (3, "remains"));
        assert!(problem.message.contains("is not a count"), "{}", problem.message);
    }
}

/// A packed file of two records, seasons 1-2 and 65535-65536 (64 bytes): once it grew the cubes
/// to 1.4 GB, sized by the span of years. It is refused, saying which record and why; and the
/// cubes of such records, made in memory, are sized by the two seasons, not the span between.
#[test]
fn a_packed_file_of_impossible_seasons_is_refused_and_cubes_follow_the_years_present() {
    use repatria::record::Record;
    use repatria::season::Season;
    let records: Vec<Record> =
        [1, 65535].map(|y| Record { line: 2, season: Some(Season::new(y)), remains: 1, ..Record::default() }).to_vec();
    let dataset = repatria::dataset::Dataset::from_records(&records);
    let packed = repatria::pack::pack(&dataset, "{}");
    assert!(packed.len() <= 64, "{} bytes", packed.len());
    let e = repatria::pack::unpack(&packed).unwrap_err();
    assert_eq!(e, "a packed dataset, but record 1 holds a value no reader gives: repack it");
    let aggregates = Aggregates::build(&dataset);
    println!(
        "64-byte file's records: dataset {} bytes, aggregates {} bytes",
        dataset.heap_bytes(),
        aggregates.heap_bytes()
    );
    assert!(aggregates.heap_bytes() < 100_000, "{} bytes", aggregates.heap_bytes());
    assert_eq!(aggregates.by_season.years(), 1..=65535);
    let (series, none) = aggregates.by_season.by_time(&Filter::default());
    assert_eq!(series.len(), 65535);
    assert_eq!(series.iter().filter(|(_, c)| c.is_some()).map(|(y, _)| *y).collect::<Vec<_>>(), [1, 65535]);
    assert_eq!(none.records, 0);
    let later = Filter { seasons: vec![Season::new(65535)], ..Filter::default() };
    assert_eq!(aggregates.by_season.total(&later).records, 1);
    let by_team = aggregates.by_season.by_time_team(&Filter::default());
    assert_eq!(by_team.keys().copied().collect::<Vec<_>>(), [(1, 0), (65535, 0)]);
}

/// Every season and date a reader gives survives packing: the bounds on packed data are those of
/// the readers (a season derived from a date in 1900, before September, is 1899-1900).
#[test]
fn the_earliest_and_latest_records_a_reader_gives_pack_and_load() {
    let csv = "season,date,team,remains\n,1900-01-15,K92,1\n2100-2101,2100-12-31,K92,2\n1979-1980,,K71,3\n";
    let loaded = repatria::read::read("edges.csv", csv.as_bytes()).unwrap();
    assert_eq!(loaded.report.accepted, 3);
    let packed = repatria::pack::pack(&loaded.dataset, &loaded.report.to_json());
    let (dataset, _) = repatria::pack::unpack(&packed).expect("loads");
    assert_eq!(dataset.records().collect::<Vec<_>>(), loaded.dataset.records().collect::<Vec<_>>());
    assert_eq!(dataset.season_years(), [1899, 2100, 1979]);
}

/// Every single-bit flip of a small packed file is refused, with a message, or reads back the
/// same records and report: never other numbers, never a panic.
#[test]
fn every_single_bit_flip_of_a_packed_file_is_refused() {
    let loaded = repatria::read::read(
        "flip.csv",
        &std::fs::read(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/en.csv")).unwrap(),
    )
    .unwrap();
    let report = loaded.report.to_json();
    let packed = repatria::pack::pack(&loaded.dataset, &report);
    let records: Vec<_> = loaded.dataset.records().collect();
    let (mut refused, mut same) = (0, 0);
    for bit in 0..packed.len() * 8 {
        let mut b = packed.clone();
        b[bit / 8] ^= 1 << (bit % 8);
        match repatria::pack::unpack(&b) {
            Err(e) => {
                assert!(!e.is_empty());
                refused += 1;
            }
            Ok((d, r)) => {
                assert_eq!((d.records().collect::<Vec<_>>(), r), (records.clone(), report.as_str()), "bit {bit}");
                same += 1;
            }
        }
    }
    println!("{} bytes: {refused} flips refused, {same} read back the same", packed.len());
    assert_eq!(refused, packed.len() * 8);
}

/// 150,000 distinct unknown province names, each a near miss of a province (so each would get
/// a suggestion): every row is read as before, suggestions are searched for a bounded number
/// of them only, and one warning says that the rest get none.
#[test]
fn many_unknown_provinces_get_a_bounded_number_of_suggestions() {
    const NAMES: usize = 150_000;
    let bases = [
        "Kampong Chhnang",
        "Banteay Meanchey",
        "Battambang",
        "Kampong Cham",
        "Kampong Speu",
        "Kampong Thom",
        "Mondulkiri",
        "Preah Vihear",
        "Ratanakiri",
        "Preah Sihanouk",
        "Stung Treng",
        "Oddar Meanchey",
    ];
    let letter = |i: usize| char::from(b'a' + (i % 26) as u8);
    let mut csv = String::from("season,team,province,remains\n");
    for i in 0..NAMES {
        let (base, n) = (bases[i % bases.len()], i / bases.len());
        csv.push_str(&format!("2024-2025,K92,{base}{}{}{},3\n", letter(n), letter(n / 26), letter(n / 676)));
    }
    let opts = repatria::read::ReadOptions { max_problems: usize::MAX, ..Default::default() };
    let loaded = repatria::read::read_with("unknown.csv", csv.as_bytes(), &opts).expect("the file is read");
    let report = &loaded.report;
    assert_eq!((report.rows, report.accepted, report.rejected), (NAMES, NAMES, 0));
    assert_eq!(loaded.dataset.total_remains(), 3 * NAMES as u64);
    let unknown = report.problems.iter().filter(|p| p.message.contains("is not a Cambodian province")).count();
    assert_eq!(unknown, NAMES);
    let suggested = report.problems.iter().filter(|p| p.message.contains("did you mean")).count();
    assert!((1..=2000).contains(&suggested), "{suggested} suggestions");
    let notes: Vec<_> = report.problems.iter().filter(|p| p.message.contains("get no suggestion")).collect();
    assert_eq!(notes.len(), 1);
    assert_eq!((notes[0].column.as_str(), notes[0].severity), ("province", repatria::read::Severity::Warning));
    // The same names within the budget all get their suggestion, and no note.
    let few: String = csv.lines().take(1001).map(|l| format!("{l}\n")).collect();
    let loaded = repatria::read::read_with("few.csv", few.as_bytes(), &opts).expect("the file is read");
    assert_eq!(loaded.report.problems.iter().filter(|p| p.message.contains("did you mean")).count(), 1000);
    assert!(!loaded.report.problems.iter().any(|p| p.message.contains("get no suggestion")));
}

/// An image, a document or an archive renamed .csv (made by tests/data/make_binary.py) is
/// refused saying what it is, whether the format is detected or given, never read as text in
/// some encoding; a workbook renamed .csv is still read as one.
#[test]
fn files_that_are_no_tables_are_refused_saying_what_they_are() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data");
    for (name, what) in [
        ("image.csv", "a PNG image"),
        ("photo.csv", "a JPEG image"),
        ("animation.csv", "a GIF image"),
        ("scan.csv", "a PDF document"),
        ("compressed.csv", "a gzip-compressed file"),
        ("archive.csv", "a ZIP archive"),
    ] {
        let bytes = std::fs::read(format!("{dir}/not-tables/{name}")).expect(name);
        for format in [None, Some(repatria::read::Format::Csv), Some(repatria::read::Format::Json)] {
            let opts = repatria::read::ReadOptions { format, ..Default::default() };
            let e = repatria::read::read_with(name, &bytes, &opts).unwrap_err();
            assert_eq!((e.file.as_str(), e.line), (name, 0));
            assert!(e.message.starts_with(&format!("this file is {what}, not a table: ")), "{name}, {format:?}: {e}");
            assert!(!e.message.contains("UTF-16"), "{e}");
        }
        let e = repatria::read::read("data", &bytes).unwrap_err();
        assert!(e.message.starts_with(&format!("this file is {what}, not a table")), "{e}");
    }
    let workbook = std::fs::read(format!("{dir}/finds.xlsx")).unwrap();
    let loaded = repatria::read::read("finds.csv", &workbook).expect("a workbook named .csv is read");
    assert_eq!(loaded.report.format, Some(repatria::read::Format::Xlsx));
    assert_eq!(loaded.report.accepted, 5);
}

/// The same file with its lines ended by LF, CRLF or CR alone (old Mac files) reports every
/// problem on the same line, after comments and quoted values over several lines too.
#[test]
fn line_numbers_do_not_depend_on_how_lines_end() {
    let csv = "# SAMPLE: made up\n# second comment\nseason,team,province,remains,note\n\
               2024-2025,K92,Kampot,x,\"a note\nover two lines\"\n\
               2024-2025,K92,Atlantis,2,\"three\n\nlines\"\n\
               2024-2025,K92,Kampot,-1,\n\
               \n\
               2024-2025,K92,Kampot,\"4\",\"quoted\r\nCRLF inside\"\n\
               2024-2025,K92,Kampot,y,\n";
    let lines_of = |text: &str| {
        let loaded = repatria::read::read("ends.csv", text.as_bytes()).expect("read");
        assert_eq!(loaded.report.comments, ["SAMPLE: made up", "second comment"], "{text:?}");
        let r = &loaded.report;
        assert_eq!((r.rows, r.accepted + r.rejected), (5, 5), "{text:?}");
        r.problems.iter().map(|p| (p.line, p.column.clone())).collect::<Vec<_>>()
    };
    let lf = lines_of(csv);
    let province = |line| (line, "province".to_owned());
    let remains = |line| (line, "remains".to_owned());
    assert_eq!(lf, [remains(4), province(6), remains(9), remains(13)]);
    assert_eq!(lines_of(&csv.replace("\r\n", "\n").replace('\n', "\r\n")), lf, "CRLF");
    assert_eq!(lines_of(&csv.replace("\r\n", "\n").replace('\n', "\r")), lf, "CR");
}
