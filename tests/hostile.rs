//! Hostile input: files made to crash the readers or exhaust memory are refused with a message
//! naming the file, never a panic, and what can be read of them still is.

use std::time::Instant;

use repatria::aggregate::{Aggregates, Filter};
use repatria::team::Team;

/// The aggregates' build and one filtered query on a million generated records (run with
/// `cargo test --release --test hostile -- --ignored --nocapture`).
#[test]
#[ignore = "a timing, run in release"]
fn aggregate_build_and_filtered_query_times() {
    let data = repatria::dataset::Dataset::from_records(&repatria::generate::generate_records(1_000_000, 7));
    let median = |mut v: Vec<f64>| {
        v.sort_by(f64::total_cmp);
        v[v.len() / 2]
    };
    let build = median(
        (0..5)
            .map(|_| {
                let t = Instant::now();
                std::hint::black_box(Aggregates::build(&data));
                t.elapsed().as_secs_f64()
            })
            .collect(),
    );
    let aggregates = Aggregates::build(&data);
    let filter = Filter { teams: vec![Team::K92, Team::K71], ..Filter::default() };
    let cube = &aggregates.by_season;
    let query = |f: &dyn Fn() -> usize| {
        median(
            (0..11)
                .map(|_| {
                    let t = Instant::now();
                    for _ in 0..100 {
                        std::hint::black_box(f());
                    }
                    t.elapsed().as_secs_f64() / 100.0
                })
                .collect(),
        )
    };
    let by_time_team = query(&|| cube.by_time_team(&filter).len());
    let by_province = query(&|| cube.by_province(&filter).len());
    let by_time = query(&|| cube.by_time(&filter).0.len());
    println!(
        "1,000,000 records: aggregates built in {:.2} ms; filtered by_time_team {:.1} µs, by_province {:.1} µs, \
         by_time {:.1} µs",
        build * 1e3,
        by_time_team * 1e6,
        by_province * 1e6,
        by_time * 1e6
    );
}

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
