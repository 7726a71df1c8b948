//! Property tests of the published record's views: for random tables of figures (periods,
//! places and teams that nest and overlap as published figures do), no sum a view draws ever
//! adds two figures that may count the same remains.

use proptest::prelude::*;
use repatria::figure::overlap::overlaps;
use repatria::figure::{Figure, Measure};
use repatria::published::{self, Record};
use repatria::read::figures::from_rows;

const PROVINCES: [&str; 8] =
    ["Kandal", "Kampong Chhnang", "Battambang", "Pailin", "Svay Rieng", "Kampot", "Ratanakiri", "Mondulkiri"];
const TEAMS: [&str; 6] = ["K52", "K73", "K90", "K92", "K70", "K51"];

fn period() -> impl Strategy<Value = String> {
    prop_oneof![
        (2010u16..2026).prop_map(|y| format!("{y}-{}", y + 1)),
        (2010u16..2026, 1u8..3).prop_map(|(y, p)| format!("{y}-{} đợt {p}", y + 1)),
        (2000u16..2020, 2u16..10).prop_map(|(y, n)| format!("{y}-{}", y + n)),
        (2005u16..2026, 1u8..13).prop_map(|(y, m)| format!("as of {y}-{m:02}")),
    ]
}

fn place() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("all".to_owned()),
        Just(String::new()),
        prop::sample::subsequence(PROVINCES.to_vec(), 1..4).prop_map(|p| p.join(", ")),
    ]
}

fn who() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("all Vietnamese teams".to_owned()),
        Just(String::new()),
        prop::sample::subsequence(TEAMS.to_vec(), 1..4).prop_map(|t| t.join(", ")),
    ]
}

fn row() -> impl Strategy<Value = Vec<String>> {
    (period(), place(), who(), 0u32..2000, prop::sample::select(vec!["high", "medium", "low"]), any::<bool>()).prop_map(
        |(period, place, who, value, confidence, identified)| {
            let unit = if identified { "sets identified by name" } else { "sets" };
            vec![period, place, who, value.to_string(), unit.to_owned(), confidence.to_owned(), "2025-08".to_owned()]
        },
    )
}

fn table(rows: Vec<Vec<String>>) -> Vec<Figure> {
    let header = ["period", "cambodian_province", "team", "value", "unit", "confidence", "source_date"];
    let mut all = vec![(1, header.iter().map(|s| s.to_string()).collect())];
    all.extend(rows.into_iter().enumerate().map(|(i, r)| (i + 2, r)));
    let t = from_rows("random.csv", all).expect("reads");
    assert!(t.reported.is_empty(), "{:?}", t.reported);
    t.figures
}

fn pairwise_disjoint(figures: &[&Figure]) -> Result<(), TestCaseError> {
    for (i, a) in figures.iter().enumerate() {
        for b in &figures[i + 1..] {
            prop_assert!(!overlaps(a, b), "lines {} and {} overlap and are both in a sum", a.line, b.line);
        }
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, ..ProptestConfig::default() })]

    #[test]
    fn no_sum_adds_two_overlapping_figures(rows in prop::collection::vec(row(), 0..40), caveated in any::<bool>()) {
        let figures = table(rows);
        let record = Record { figures: &figures, facts: &[] };
        for measure in [Measure::Found, Measure::Identified] {
            let of: Vec<&Figure> = figures.iter().filter(|f| f.measure == measure).collect();
            let d = published::disjoint(of.iter().copied(), caveated);
            pairwise_disjoint(&d.kept)?;
            prop_assert_eq!(d.kept.len() + d.left_out.len(), of.len());
            prop_assert_eq!(d.sum(), d.kept.iter().map(|f| u64::from(f.value)).sum::<u64>());
            if !caveated {
                prop_assert!(d.kept.iter().all(|f| !f.caveats.left_out_of_sums()));
            }
            for s in published::seasons(&record, measure, caveated) {
                pairwise_disjoint(&s.parts.kept)?;
                prop_assert!(s.parts.kept.iter().all(|f| f.period.season() == Some(s.season) && !published::is_national(f)));
                if let Some(t) = s.total {
                    prop_assert!(published::is_national(t) && t.period.season() == Some(s.season));
                    prop_assert_eq!(s.remainder(), Some(i64::from(t.value) - s.parts.sum() as i64));
                }
            }
            let points = published::running(&record, measure, caveated);
            prop_assert!(points.windows(2).all(|w| w[0].to < w[1].to), "one running total a month, in order");
        }
    }
}
