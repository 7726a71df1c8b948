//! The record's `teams` and `coverage` views of `data/published_figures.csv`: reference SVGs in
//! en/vi/km (light) and en (dark), and what they must say: K73's 2,933 sets over 2001–2025 on its
//! bar, the combined K70+K71+K73 figure drawn once, no "No team given", every mark's tooltip
//! carrying its figure's address; the coverage grid's cells own, covered or silent.

mod support;

use repatria::chart::mark::{Mark, Target};
use repatria::chart::record::{self, View};
use repatria::chart::{ChartOptions, Rendered, TableCell};
use repatria::draw::theme::ThemeName;
use repatria::lang::Lang;
use repatria::published::Record;
use repatria::read::figures::{self, FigureTable};
use repatria::svg::SvgBackend;
use support::{texts, References};

fn published() -> FigureTable {
    let bytes = support::read_bytes("data/published_figures.csv");
    figures::read_figures("published_figures.csv", &bytes).expect("reads")
}

/// The options the references are drawn with.
fn options(lang: Lang, theme: ThemeName) -> ChartOptions {
    ChartOptions { lang, theme, width: 640.0, height: 560.0, ..ChartOptions::default() }
}

/// `view` drawn to SVG, with what it says about itself.
fn draw(table: &FigureTable, view: View, opts: &ChartOptions) -> (String, Rendered) {
    let record = Record { figures: &table.figures, facts: &table.facts };
    let mut svg = SvgBackend::new(opts.width as u32, opts.height as u32);
    let rendered = record::render(&mut svg, 1.0, &record, view, opts).expect("draws");
    svg.describe(&rendered.title, &rendered.description);
    (svg.into_string(), rendered)
}

#[test]
fn the_views_match_their_references() {
    let table = published();
    let mut refs = References::new("record");
    for (view, name) in [(View::Teams, "teams"), (View::Coverage, "coverage")] {
        for (lang, theme, suffix) in [
            (Lang::En, ThemeName::Light, "en"),
            (Lang::Vi, ThemeName::Light, "vi"),
            (Lang::Km, ThemeName::Light, "km"),
            (Lang::En, ThemeName::Dark, "en-dark"),
        ] {
            let svg = record::render_svg(
                &Record { figures: &table.figures, facts: &table.facts },
                view,
                &options(lang, theme),
            )
            .expect("draws");
            refs.check(&format!("{name}-{suffix}"), &svg);
        }
    }
    refs.finish();
}

#[test]
fn k73s_bar_says_its_value_and_span() {
    let table = published();
    for (lang, value) in [(Lang::En, "2,933"), (Lang::Vi, "2.933"), (Lang::Km, "2,933")] {
        let (svg, _) = draw(&table, View::Teams, &options(lang, ThemeName::Light));
        let texts = texts(&svg);
        assert!(
            texts.iter().any(|t| t.contains(value) && t.contains("2001–2025")),
            "{lang:?}: no text with {value} and 2001–2025 in {texts:?}"
        );
    }
}

#[test]
fn a_combined_figure_is_drawn_once_and_no_team_is_unknown() {
    let table = published();
    for lang in [Lang::En, Lang::Vi, Lang::Km] {
        let (svg, drawn) = draw(&table, View::Teams, &options(lang, ThemeName::Light));
        let texts = texts(&svg);
        let value = if lang == Lang::Vi { "8.627" } else { "8,627" };
        assert_eq!(texts.iter().filter(|t| t.contains(value)).count(), 1, "{lang:?}: {texts:?}");
        for no_team in ["No team given", "Không rõ đội", "មិនស្គាល់ក្រុម"] {
            assert!(!svg.contains(no_team), "{lang:?}: {no_team}");
        }
        let combined: Vec<&Mark> = drawn
            .marks
            .iter()
            .filter(|m| m.target == Target::Team { team: "K70+K71+K73".into() } && m.title.contains(value))
            .collect();
        assert!(!combined.is_empty(), "{lang:?}: no mark for K70+K71+K73");
        // Its table has the figure once, for the three teams together.
        let rows = drawn.table.rows.iter().filter(|r| r.contains(&TableCell::Count(8627))).count();
        assert_eq!(rows, 1, "{lang:?}");
    }
}

#[test]
fn every_mark_of_the_teams_view_carries_its_source() {
    let table = published();
    let (_, drawn) = draw(&table, View::Teams, &options(Lang::En, ThemeName::Light));
    assert!(drawn.marks.len() > 40, "{} marks", drawn.marks.len());
    for m in &drawn.marks {
        let figure = table
            .figures
            .iter()
            .find(|f| {
                m.lines.iter().any(|l| l == &f.source.url)
                    && m.title.starts_with(&format!(
                        "{} ",
                        repatria::format::NumberFormat::new(Lang::En).int(u64::from(f.value))
                    ))
            })
            .unwrap_or_else(|| panic!("{m:?}: no figure whose value and address the tooltip gives"));
        assert!(!figure.source.url.is_empty());
    }
    // K73's bar: its tooltip has the address of the report of 2,933 sets.
    let k73 = drawn.marks.iter().find(|m| m.target == Target::Team { team: "K73".into() }).expect("K73's bar");
    let f = table.figures.iter().find(|f| f.value == 2933).expect("the figure");
    assert!(k73.lines.contains(&f.source.url), "{k73:?}");
    // The table has a row for every figure drawn, with its address.
    for m in &drawn.marks {
        assert!(
            drawn.table.rows.iter().any(|r| m.lines.iter().any(|l| r.contains(&TableCell::Text(l.clone())))),
            "{m:?} in no table row"
        );
    }
}

fn cell<'a>(drawn: &'a Rendered, team: &str, season: &str) -> &'a Mark {
    drawn
        .marks
        .iter()
        .find(|m| m.target == Target::Cell { team: team.into(), season: season.into() })
        .unwrap_or_else(|| panic!("no cell for {team} in {season}"))
}

#[test]
fn coverage_marks_own_covered_and_silent_cells() {
    let table = published();
    let (_, drawn) = draw(&table, View::Coverage, &options(Lang::En, ThemeName::Light));
    // 20 rows (all teams, the 11, and the 8 provinces with figures of their own) by the seasons.
    assert_eq!(drawn.marks.len() % 20, 0, "{}", drawn.marks.len());
    let own = cell(&drawn, "K73", "2022-2023");
    assert_eq!(own.lines[0], "own figure for the season (all teams: a national total)", "{own:?}");
    assert!(own.lines.iter().any(|l| l.starts_with("122 sets of remains")), "{own:?}");
    // A span of K73's own covers 2010–2011, with no figure of the season.
    let span = cell(&drawn, "K73", "2010-2011");
    assert_eq!(span.lines[0], "only in the team's or province's figures over several seasons", "{span:?}");
    assert!(span.lines.iter().any(|l| l.contains("2,933 sets")), "{span:?}");
    // The national season total of 2024–2025.
    let national = cell(&drawn, "", "2024-2025");
    assert!(national.lines.iter().any(|l| l.starts_with("781 sets")), "{national:?}");
    // Nothing is published for K51 in 2025–2026: its tooltip and its table row say so.
    let silent = cell(&drawn, "K51", "2025-2026");
    assert_eq!(silent.lines, vec!["no published figure".to_owned()]);
    let row = drawn
        .table
        .rows
        .iter()
        .find(|r| r[0] == TableCell::Text("K51".into()) && r[1] == TableCell::Text("2025-2026".into()))
        .expect("K51's row for 2025-2026");
    assert_eq!(row[2], TableCell::Text("no published figure".into()));
    assert_eq!(row[3], TableCell::Empty);
    assert_eq!(row[4], TableCell::Count(0));
}

/// The mark of a province's row in a season.
fn province_cell<'a>(drawn: &'a Rendered, name: &str, season: &str) -> &'a Mark {
    drawn
        .marks
        .iter()
        .find(|m| m.title == format!("{name} · {season}"))
        .unwrap_or_else(|| panic!("no cell for {name} in {season}"))
}

#[test]
fn coverage_has_a_row_for_each_province_with_figures_of_its_own() {
    let table = published();
    let (_, drawn) = draw(&table, View::Coverage, &options(Lang::En, ThemeName::Light));
    // Kampong Chhnang: 368 sets over 2002–2023 include 2010–2011; nothing covers 2024–2025.
    let span = province_cell(&drawn, "Kampong Chhnang", "2010–2011");
    assert_eq!(span.target, Target::Province { province: "KH-4".into() });
    assert_eq!(span.lines[0], "only in the team's or province's figures over several seasons", "{span:?}");
    assert!(span.lines.iter().any(|l| l.contains("368 sets")), "{span:?}");
    assert_eq!(province_cell(&drawn, "Kampong Chhnang", "2024–2025").lines, vec!["no published figure".to_owned()]);
    // Koh Kong's and Preah Vihear's figures over spans; no row for a province with none of its own.
    assert!(province_cell(&drawn, "Koh Kong", "2010–2011").lines.iter().any(|l| l.contains("158 sets")));
    assert!(province_cell(&drawn, "Preah Vihear", "2010–2011").lines.iter().any(|l| l.contains("492 sets")));
    assert!(!drawn.marks.iter().any(|m| m.title.starts_with("Pailin ·")));
    assert!(drawn.table.rows.iter().any(|r| r[0] == TableCell::Text("Kandal".into())));
    assert!(drawn.description.contains("the 8 provinces with figures of their own"), "{}", drawn.description);
}

/// A table of figures in the columns of `published_figures.csv`.
fn table_of(rows: &[&str]) -> FigureTable {
    let mut text = String::from(
        "figure_kind,period,cambodian_province,team,military_region,value,unit,source_title,source_url,source_date,quote,confidence,note\n",
    );
    for r in rows {
        text.push_str(r);
        text.push('\n');
    }
    figures::read_figures("figures.csv", text.as_bytes()).expect("reads")
}

#[test]
fn odd_records_draw_without_failing() {
    let across = table_of(&[
        "team_total,2001-2020,,K52 + K90,,700,sets,Across regions,https://example.invalid/a,2020,,high,",
        "team_total,2019-2020,,K52 + K90,,30,sets,Across regions,https://example.invalid/b,2020,,high,",
        "team_total,2019-2020,,K53,MR5,3,sets,One season,https://example.invalid/c,2020,,low,",
        "team_total,2001-2200,,K91,MR9,9,sets,Far future,https://example.invalid/d,2020,,high,",
    ]);
    let empty = table_of(&[]);
    for table in [&across, &empty] {
        for view in [View::Teams, View::Coverage] {
            for (width, height) in [(640.0, 560.0), (320.0, 200.0), (100.0, 100.0)] {
                let opts = ChartOptions { width, height, ..options(Lang::Km, ThemeName::Dark) };
                let (_, drawn) = draw(table, view, &opts);
                for m in &drawn.marks {
                    assert!(m.x0.is_finite() && m.y1.is_finite(), "{view:?}: {m:?}");
                }
                if table.figures.is_empty() {
                    assert!(drawn.marks.is_empty() && drawn.table.rows.is_empty(), "{view:?}");
                }
            }
        }
    }
    // The figure across regions is drawn once, in a bracket from K52 to K90.
    let (svg, drawn) = draw(&across, View::Teams, &options(Lang::En, ThemeName::Light));
    assert_eq!(texts(&svg).iter().filter(|t| t.starts_with("700")).count(), 1);
    let bracket = drawn.marks.iter().filter(|m| m.target == Target::Team { team: "K52+K90".into() }).count();
    assert!(bracket >= 1);
}

#[test]
fn every_mark_is_found_under_its_middle() {
    let table = published();
    for view in [View::Teams, View::Coverage] {
        for (width, height) in [(640.0, 560.0), (640.0, 400.0), (360.0, 640.0)] {
            let opts = ChartOptions { width, height, ..options(Lang::En, ThemeName::Light) };
            let (_, drawn) = draw(&table, view, &opts);
            for m in &drawn.marks {
                let (x, y) = ((m.x0 + m.x1) / 2.0, (m.y0 + m.y1) / 2.0);
                let hit = repatria::chart::mark::hit(&drawn.marks, x, y).expect("a mark");
                assert_eq!(hit, m, "{view:?} at {width}×{height}: another mark under the middle of {m:?}");
                assert!(
                    m.x1 <= width + 0.5 && m.y1 <= height + 0.5,
                    "{view:?} at {width}×{height}: {m:?} off the chart"
                );
            }
        }
    }
}

#[test]
fn coverage_says_what_each_shading_is_and_what_a_count_counts() {
    let table = published();
    let (svg, drawn) = draw(&table, View::Coverage, &options(Lang::En, ThemeName::Light));
    let texts = texts(&svg);
    for legend in [
        "own figure for the season (all teams: a national total)",
        "only in the team's or province's figures over several seasons",
        "only in national figures over several seasons",
        "no published figure",
    ] {
        assert!(texts.iter().any(|t| t == legend), "{legend} not in {texts:?}");
    }
    // 2014–2015's national figures: 701 sets found, 15 of them identified by name.
    let national = cell(&drawn, "", "2014-2015");
    assert!(
        national.lines.iter().any(|l| l.starts_with("701 sets of remains · 2014–2015 · Vietnam, Cambodia")),
        "{national:?}"
    );
    assert!(national.lines.iter().any(|l| l.starts_with("15 sets of remains identified by name")), "{national:?}");
}
