//! Shared test helpers: a fixed sample dataset, SVG rendering, and reference-image checks.
#![allow(dead_code)]

use std::path::{Path, PathBuf};

use repatria::aggregate::Aggregates;
use repatria::chart::{render_svg, ChartData, ChartOptions};
use repatria::dataset::Dataset;
use repatria::province::Province;
use repatria::record::{Record, TeamRef};
use repatria::season::Season;
use repatria::team::Team;

/// A fixed, made-up dataset: every team in its provinces over 2012–2024, one season
/// (2020–2021) with no records, some records without a province or an identification.
pub fn sample() -> Dataset {
    let mut records = Vec::new();
    for (k, team) in Team::ALL.iter().enumerate() {
        for year in 2012u16..=2024 {
            if year == 2020 {
                continue;
            }
            for (j, province) in team.provinces().iter().enumerate() {
                let remains = ((k as u32 * 7 + u32::from(year) * 3 + j as u32 * 5) % 23) + 1;
                let identified = (year % 3 != 0).then_some(remains / 6);
                records.push(Record {
                    season: Some(Season::new(year)),
                    team: Some(TeamRef::Known(*team)),
                    military_region: Some(team.military_region()),
                    province: Some(*province),
                    remains,
                    identified,
                    ..Record::default()
                });
            }
        }
    }
    records.push(Record {
        season: Some(Season::new(2023)),
        team: Some(TeamRef::Known(Team::K92)),
        remains: 9,
        ..Record::default()
    });
    records.push(Record {
        season: Some(Season::new(2024)),
        province: Province::from_number(3),
        remains: 4,
        ..Record::default()
    });
    Dataset::from_records(records.iter())
}

/// Renders `opts` over `data` to SVG.
pub fn svg(data: &Dataset, opts: &ChartOptions) -> String {
    let aggregates = Aggregates::build(data);
    render_svg(ChartData { dataset: data, aggregates: &aggregates }, opts).expect("renders")
}

/// The text of every `<text>` element, in order.
pub fn texts(svg: &str) -> Vec<String> {
    svg.lines()
        .filter(|l| l.starts_with("<text"))
        .filter_map(|l| l.split('>').nth(1).map(|s| s.trim_end_matches("</text").to_string()))
        .collect()
}

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Compares `actual` with the committed reference `tests/reference/{group}/{name}.svg`.
/// With `REPATRIA_BLESS=1` the reference is (re)written instead. On a mismatch the actual
/// output and a line diff go to `tests/out/{group}/`, and the test fails.
pub fn check_reference(group: &str, name: &str, actual: &str) {
    let reference = root().join("tests/reference").join(group).join(format!("{name}.svg"));
    let out_dir = root().join("tests/out").join(group);
    let _ = std::fs::create_dir_all(&out_dir);
    let _ = std::fs::write(out_dir.join(format!("{name}.svg")), actual);
    if std::env::var("REPATRIA_BLESS").is_ok_and(|v| v == "1") {
        std::fs::create_dir_all(reference.parent().unwrap()).unwrap();
        std::fs::write(&reference, actual).unwrap();
        return;
    }
    let expected = std::fs::read_to_string(&reference).unwrap_or_else(|_| {
        panic!("no reference {}: run with REPATRIA_BLESS=1 to create it, then look at it", reference.display())
    });
    if expected != actual {
        let diff = line_diff(&expected, actual);
        let diff_path = out_dir.join(format!("{name}.diff"));
        let _ = std::fs::write(&diff_path, &diff);
        panic!(
            "{group}/{name}.svg differs from its reference ({} lines differ); actual: {}, diff: {}\n{}",
            diff.lines().filter(|l| l.starts_with('+') || l.starts_with('-')).count(),
            out_dir.join(format!("{name}.svg")).display(),
            diff_path.display(),
            diff.lines().take(12).collect::<Vec<_>>().join("\n")
        );
    }
}

/// A plain line diff: lines only in the reference (`-`) and only in the output (`+`).
fn line_diff(expected: &str, actual: &str) -> String {
    let e: Vec<&str> = expected.lines().collect();
    let a: Vec<&str> = actual.lines().collect();
    let mut out = String::new();
    for (i, l) in e.iter().enumerate() {
        if a.get(i) != Some(l) {
            out += &format!("-{}: {l}\n", i + 1);
            if let Some(x) = a.get(i) {
                out += &format!("+{}: {x}\n", i + 1);
            }
        }
    }
    for (i, l) in a.iter().enumerate().skip(e.len()) {
        out += &format!("+{}: {l}\n", i + 1);
    }
    out
}

/// Where a test may write files to look at.
pub fn out_dir(group: &str) -> PathBuf {
    let d = root().join("tests/out").join(group);
    let _ = std::fs::create_dir_all(&d);
    d
}

/// Whether `path` exists (for optional data files).
pub fn exists(path: &Path) -> bool {
    path.exists()
}
