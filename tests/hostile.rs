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
