//! Hostile input: files made to crash the readers or exhaust memory are refused with a message
//! naming the file, never a panic, and what can be read of them still is.

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
