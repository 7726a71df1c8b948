//! `www/data/published.csv`, the real published figures as a dataset, made from
//! `data/published_figures.csv` by [`convert`]. The test fails when the committed file is not
//! what the converter makes; `REPATRIA_BLESS=1 cargo test --test published` rewrites it.

mod support;

use std::collections::BTreeMap;

use repatria::read::{self, ReadOptions};
use repatria::team::{MilitaryRegion, Team};

const HEADER: &str = "\
# Published figures on the search for and repatriation of the remains of Vietnamese volunteer
# soldiers who died in Cambodia, from news reports of 2008-2026 (data/published_figures.csv);
# every row keeps its source (title, address, date). Made by tests/published.rs: do not edit,
# run REPATRIA_BLESS=1 cargo test --test published.
#
# Two kinds of figure, in the figure column. A reader reads one kind at a time (the first,
# season_total, unless told otherwise), so a chart never adds team figures onto the season
# totals that already include them:
#   season_total  the national total of a dry season, all teams, as published (7 seasons).
#   team_season   one team's figure, or several teams' combined figure (team left empty, the
#                 military region and the teams in the note), for one season or one phase (dot)
#                 of it. Where published figures overlap (a phase inside its season, a team
#                 inside its region's combined figure, a part of a team's area inside the
#                 whole) only the most inclusive is kept. Where a source separates finds in
#                 Cambodia from finds in Vietnam, the Cambodian figure is used.
# Cumulative, multi-season, province-only and other figures are not in this file.
";

/// One published figure, as read from `data/published_figures.csv`.
struct Figure {
    kind: String,
    period: String,
    place: String,
    team: String,
    value: u32,
    unit: String,
    title: String,
    url: String,
    date: String,
    confidence: String,
    note: String,
}

fn figures(text: &str) -> Vec<Figure> {
    let mut rdr = csv::Reader::from_reader(text.as_bytes());
    let mut out = Vec::new();
    for rec in rdr.records() {
        let r = rec.expect("published_figures.csv is valid CSV");
        let f = |i: usize| r.get(i).unwrap_or("").trim().to_owned();
        let Ok(value) = f(5).parse::<u32>() else { continue };
        out.push(Figure {
            kind: f(0),
            period: f(1),
            place: f(2),
            team: f(3),
            value,
            unit: f(6),
            title: f(7),
            url: f(8),
            date: f(9),
            confidence: f(11),
            note: f(12),
        });
    }
    out
}

/// The season of a period written `2024-2025 …` (two consecutive years), as its first year.
fn season(period: &str) -> Option<u16> {
    let b = period.as_bytes();
    if b.len() < 9 || b[4] != b'-' || !b[..4].iter().chain(&b[5..9]).all(u8::is_ascii_digit) {
        return None;
    }
    if b.get(9).is_some_and(u8::is_ascii_digit) {
        return None;
    }
    let (a, z): (u16, u16) = (period[..4].parse().ok()?, period[5..9].parse().ok()?);
    (z == a + 1).then_some(a)
}

fn phase(period: &str) -> Option<u8> {
    ["1", "2"].iter().position(|n| period.contains(&format!("đợt {n}"))).map(|i| i as u8 + 1)
}

/// The teams a published team field names: `K92`, `K70, K71, K73`, `K90 + K93`, `MR9 teams`,
/// `4 MR7 K teams`; remarks in brackets (`K51 (source says K52)`) are not read.
fn teams(field: &str) -> Vec<Team> {
    let mut text = String::new();
    let mut depth = 0;
    for c in field.chars() {
        match c {
            '(' => depth += 1,
            ')' => depth -= 1,
            c if depth == 0 => text.push(c),
            _ => {}
        }
    }
    let named: Vec<Team> = text
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter_map(|w| Team::ALL.into_iter().find(|t| t.code() == w))
        .collect();
    if !named.is_empty() {
        return named;
    }
    for region in MilitaryRegion::ALL {
        if text.contains(&format!("MR{}", region.number())) {
            return region.teams().to_vec();
        }
    }
    Vec::new()
}

/// The number before `word` in `text` (`66 Cambodia` → 66).
fn number_before(text: &str, word: &str) -> Option<u32> {
    let at = text.find(word)?;
    let before = text[..at].trim_end();
    let start = before.rfind(|c: char| !c.is_ascii_digit()).map_or(0, |i| i + 1);
    before[start..].parse().ok()
}

fn quote(s: &str) -> String {
    if s.contains([',', '"', '\n']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_owned()
    }
}

/// A team-season row before overlap removal.
struct Row<'a> {
    season: u16,
    phase: Option<u8>,
    teams: Vec<Team>,
    remains: u32,
    figure: &'a Figure,
}

impl Row<'_> {
    /// Whether `self` includes `other` (same season, a superset of its teams, its phase or
    /// the whole season), and is not the same figure.
    fn covers(&self, other: &Row, self_index: usize, other_index: usize) -> bool {
        if self_index == other_index || self.season != other.season {
            return false;
        }
        let subset = other.teams.iter().all(|t| self.teams.contains(t));
        let phase_ok = self.phase.is_none() || self.phase == other.phase;
        if !subset || !phase_ok {
            return false;
        }
        let strictly_more = self.teams.len() > other.teams.len() || self.phase != other.phase;
        strictly_more || self.remains > other.remains || (self.remains == other.remains && self_index < other_index)
    }
}

/// `data/published_figures.csv` → `www/data/published.csv`.
fn convert(text: &str) -> String {
    let figures = figures(text);
    let mut out = String::from(HEADER);
    out.push_str("figure,season,phase,team,military_region,remains,identified,note,source,source_url,source_date\n");
    let identified: BTreeMap<u16, u32> = figures
        .iter()
        .filter(|f| f.kind == "other" && f.unit == "sets identified by name" && f.place == "all")
        .filter_map(|f| Some((season(&f.period)?, f.value)))
        .collect();
    let line = |out: &mut String, cells: [String; 11]| {
        let cells: Vec<String> = cells.iter().map(|c| quote(c)).collect();
        out.push_str(&cells.join(","));
        out.push('\n');
    };
    for f in figures.iter().filter(|f| f.kind == "season_total") {
        let Some(s) = season(&f.period) else { continue };
        let mut note = format!("{} (confidence: {})", f.unit, f.confidence);
        if !f.note.is_empty() {
            note.push_str(&format!("; {}", f.note));
        }
        line(
            &mut out,
            [
                "season_total".into(),
                format!("{s}-{}", s + 1),
                String::new(),
                String::new(),
                String::new(),
                f.value.to_string(),
                identified.get(&s).map(u32::to_string).unwrap_or_default(),
                note,
                f.title.clone(),
                f.url.clone(),
                f.date.clone(),
            ],
        );
    }
    let rows: Vec<Row> = figures
        .iter()
        .filter(|f| f.kind == "team_total")
        .filter_map(|f| {
            let season = season(&f.period)?;
            let teams = teams(&f.team);
            if teams.is_empty() {
                return None;
            }
            let remains = number_before(&f.unit, " Cambodia").unwrap_or(f.value);
            Some(Row { season, phase: phase(&f.period), teams, remains, figure: f })
        })
        .collect();
    let mut kept: Vec<&Row> = rows
        .iter()
        .enumerate()
        .filter(|&(i, r)| !rows.iter().enumerate().any(|(j, b)| b.covers(r, j, i)))
        .map(|(_, r)| r)
        .collect();
    kept.sort_by_key(|r| (r.season, r.teams.first().map(|t| t.code()), r.phase));
    for r in kept {
        let f = r.figure;
        let (team, region) = match r.teams.as_slice() {
            [one] => (one.code().to_owned(), one.military_region().number().to_string()),
            many => {
                let region = many[0].military_region();
                let same = many.iter().all(|t| t.military_region() == region);
                (String::new(), if same { region.number().to_string() } else { String::new() })
            }
        };
        let mut note = format!("{} {}: {}", f.period, f.team, f.unit);
        if r.remains != f.value {
            note.push_str(&format!(" (published total {}; the finds in Cambodia are counted)", f.value));
        }
        if !f.place.is_empty() {
            note.push_str(&format!("; provinces: {}", f.place));
        }
        note.push_str(&format!(" (confidence: {})", f.confidence));
        if !f.note.is_empty() {
            note.push_str(&format!("; {}", f.note));
        }
        let identified = if r.remains != f.value {
            None
        } else if f.unit.contains("all unidentified") || f.unit.contains("(unidentified)") {
            Some(0)
        } else {
            number_before(&f.unit, " named").or_else(|| number_before(&f.unit, " identified"))
        };
        line(
            &mut out,
            [
                "team_season".into(),
                format!("{}-{}", r.season, r.season + 1),
                r.phase.map(|p| format!("đợt {p}")).unwrap_or_default(),
                team,
                region,
                r.remains.to_string(),
                identified.map(|n| n.to_string()).unwrap_or_default(),
                note,
                f.title.clone(),
                f.url.clone(),
                f.date.clone(),
            ],
        );
    }
    out
}

#[test]
fn published_csv_is_up_to_date() {
    let source = support::read_text("data/published_figures.csv");
    let made = convert(&source);
    let path = support::repo("www/data/published.csv");
    if support::bless() {
        std::fs::write(&path, &made).expect("write www/data/published.csv");
    }
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        committed == made,
        "www/data/published.csv is out of date: run REPATRIA_BLESS=1 cargo test --test published"
    );
}

#[test]
fn published_csv_reads_without_errors_and_keeps_the_season_totals() {
    let source = support::read_text("data/published_figures.csv");
    let published: BTreeMap<String, u64> = figures(&source)
        .iter()
        .filter(|f| f.kind == "season_total")
        .map(|f| (f.period.clone(), u64::from(f.value)))
        .collect();
    assert_eq!(published.len(), 7);
    let text = convert(&source);
    let loaded = read::read("published.csv", text.as_bytes()).expect("reads");
    let r = &loaded.report;
    assert!(r.problems.is_empty(), "{:#?}", r.problems);
    assert!(!r.sample, "real figures");
    let by_season: BTreeMap<String, u64> = r.by_season.iter().cloned().collect();
    assert_eq!(by_season, published, "season totals as published");
    assert_eq!(
        r.figures.iter().map(|f| (f.kind.as_str(), f.read)).collect::<Vec<_>>(),
        [("season_total", true), ("team_season", false)]
    );
    // Every row keeps its source.
    for rec in loaded.dataset.records() {
        let note = rec.note.unwrap_or_default();
        assert!(note.contains("source: ") && note.contains("http"), "{note}");
    }
    // The team figures read too, without errors, and never twice for one team and season.
    let opts = ReadOptions { figure: Some("team_season".into()), ..ReadOptions::default() };
    let teams = read::read_with("published.csv", text.as_bytes(), &opts).expect("reads");
    assert!(teams.report.problems.is_empty(), "{:#?}", teams.report.problems);
    assert!(teams.report.accepted >= 40, "{}", teams.report.accepted);
    let mut seen = std::collections::BTreeSet::new();
    for rec in teams.dataset.records() {
        let key = (rec.season, format!("{:?}", rec.team), rec.phase, rec.military_region);
        if rec.team.is_some() {
            assert!(seen.insert(key.clone()), "twice: {key:?}");
        }
    }
    // K73 2024-2025 (156) is inside the MR7 combined figure (490, K70 K71 K73): only 490 is kept.
    let mr7_2024: Vec<u32> = teams
        .dataset
        .records()
        .filter(|r| r.season.map(|s| s.first_year()) == Some(2024) && r.military_region == Some(MilitaryRegion::R7))
        .map(|r| r.remains)
        .collect();
    assert_eq!(mr7_2024, [490]);
}

#[test]
fn period_and_team_fields() {
    assert_eq!(season("2024-2025 (giai đoạn 24)"), Some(2024));
    assert_eq!(season("2001-2015"), None);
    assert_eq!(season("2025-2026 đợt 1 (6 Nov–10 Dec 2025)"), Some(2025));
    assert_eq!(phase("2025-2026 đợt 1 (6 Nov–10 Dec 2025)"), Some(1));
    assert_eq!(teams("K51 (source says K52)"), [Team::K51]);
    assert_eq!(teams("K90 + K93"), [Team::K90, Team::K93]);
    assert_eq!(teams("MR9 teams"), MilitaryRegion::R9.teams());
    assert_eq!(teams("4 MR7 K teams"), MilitaryRegion::R7.teams());
    assert_eq!(number_before("sets (66 Cambodia, 33 domestic; 4 named)", " Cambodia"), Some(66));
    assert_eq!(number_before("sets (1 named)", " named"), Some(1));
    assert_eq!(number_before("sets in Cambodia (9 incl. Laos)", " Cambodia"), None);
}
