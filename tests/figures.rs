//! Tables of published figures: `data/published_figures.csv`, the real published figures the
//! project ships (its notice in `data/NOTICE.md`), read as figures and facts, each row
//! accounted for; the same table with Vietnamese headers, in another column order.

use repatria::figure::Measure;
use repatria::read::figures::{self, FigureTable};

fn published() -> FigureTable {
    let bytes = std::fs::read(concat!(env!("CARGO_MANIFEST_DIR"), "/data/published_figures.csv")).unwrap();
    assert!(figures::is_figure_table(&bytes));
    figures::read_figures("published_figures.csv", &bytes).expect("reads")
}

#[test]
fn every_row_is_a_figure_a_fact_or_reported() {
    let t = published();
    for p in &t.reported {
        println!("reported: line {} {}: {}: {}", p.line, p.column, p.value, p.message);
    }
    for f in &t.facts {
        println!("fact: line {} {} {} | {}", f.line, f.value, f.unit, f.period);
    }
    assert_eq!(t.rows, 110);
    assert_eq!(t.rows, t.figures.len() + t.facts.len() + t.reported.len());
}
