//! The record's seasons and cumulative views of `data/published_figures.csv`: reference images
//! in en/vi/km, light and dark (`tests/reference/record/seasons-*.svg`, `cumulative-*.svg`;
//! `REPATRIA_BLESS=1` rewrites them), and what they must say: 781 sets in 2024–2025 with the
//! part of it not attributed to a team, every bar traced to its report, the running totals
//! 14,500 and 20,852 as points with nothing drawn at zero.

mod support;

use repatria::chart::mark::{Mark, Target};
use repatria::chart::record::{self, View};
use repatria::chart::{ChartOptions, Rendered, TableCell};
use repatria::draw::theme::ThemeName;
use repatria::lang::Lang;
use repatria::published::Record;
use repatria::read::figures::{self, FigureTable};
use repatria::svg::SvgBackend;

use support::{text_boxes, texts, References};

fn published() -> FigureTable {
    let bytes = support::read_bytes("data/published_figures.csv");
    figures::read_figures("published_figures.csv", &bytes).expect("reads")
}

/// `view` of the published record as SVG (as `render_svg` draws it), with what it drew.
fn draw(table: &FigureTable, view: View, lang: Lang, theme: ThemeName) -> (String, Rendered) {
    let record = Record { figures: &table.figures, facts: &table.facts };
    let opts = ChartOptions { lang, theme, ..ChartOptions::default() };
    let svg = record::render_svg(&record, view, &opts).expect("draws");
    let (w, h) = repatria::chart::svg_size(&opts);
    let mut backend = SvgBackend::new(w, h);
    let rendered = record::render(&mut backend, 1.0, &record, view, &opts).expect("draws");
    (svg, rendered)
}

fn season_marks<'a>(marks: &'a [Mark], season: &str) -> Vec<&'a Mark> {
    marks.iter().filter(|m| m.target == Target::Season { season: season.to_owned() }).collect()
}

#[test]
fn the_views_match_their_references() {
    let table = published();
    let mut refs = References::new("record");
    for (view, name) in [(View::Seasons, "seasons"), (View::Cumulative, "cumulative")] {
        for (lang, theme, suffix) in [
            (Lang::En, ThemeName::Light, "en-light"),
            (Lang::Vi, ThemeName::Light, "vi-light"),
            (Lang::Km, ThemeName::Light, "km-light"),
            (Lang::En, ThemeName::Dark, "en-dark"),
            (Lang::Km, ThemeName::Dark, "km-dark"),
        ] {
            let (svg, _) = draw(&table, view, lang, theme);
            refs.check(&format!("{name}-{suffix}"), &svg);
        }
    }
    refs.finish();
}

#[test]
fn the_seasons_view_draws_781_for_2024_2025_with_the_part_not_attributed_to_a_team() {
    let table = published();
    for (lang, not_attributed) in
        [(Lang::En, "not attributed to a team"), (Lang::Vi, "chưa phân theo đội"), (Lang::Km, "មិនបានបែងចែកតាមក្រុម")]
    {
        let (svg, drawn) = draw(&table, View::Seasons, lang, ThemeName::Light);
        let all = texts(&svg);
        assert!(all.iter().any(|t| t == not_attributed), "{lang:?}: {all:?}");
        for wrong in ["No team given", "Unknown", "Chưa rõ đội", "Không rõ"] {
            assert!(!svg.contains(wrong), "{lang:?}: {wrong}");
        }
        // 781 drawn over the 2024–2025 column.
        let marks = season_marks(&drawn.marks, "2024-2025");
        let column = marks.iter().max_by(|a, b| (a.y1 - a.y0).total_cmp(&(b.y1 - b.y0))).expect("a column");
        let label = text_boxes(&svg).into_iter().find(|b| b.text == "781").expect("781 drawn");
        let cx = (label.x0 + label.x1) / 2.0;
        assert!(cx > column.x0 && cx < column.x1, "{lang:?}: 781 at {cx}, the column {}–{}", column.x0, column.x1);
        // Its part not attributed to a team: 781 − 490 (K70, K71 and K73 combined) = 291.
        let rest = marks.iter().find(|m| m.title.starts_with(not_attributed)).expect("the remainder's mark");
        assert!(rest.title.contains("291"), "{}", rest.title);
    }
}

#[test]
fn every_bar_of_the_seasons_view_is_traced_to_its_report() {
    let table = published();
    let (_, drawn) = draw(&table, View::Seasons, Lang::En, ThemeName::Light);
    // A mark for every column (2007–2008 to 2025–2026), and one for each of its parts.
    assert!(drawn.marks.len() > 19, "{} marks", drawn.marks.len());
    for season in (2007..=2025).map(|y| format!("{y}-{}", y + 1)) {
        assert!(!season_marks(&drawn.marks, &season).is_empty(), "{season}: no mark");
    }
    let mut bars = 0;
    for m in &drawn.marks {
        // A drawn figure's tooltip: "781 sets of remains · 2024–2025", then its source.
        if m.title.contains("sets of remains") {
            bars += 1;
            assert!(
                m.lines.iter().any(|l| l.starts_with("https://") || l.starts_with("http://")),
                "{}: {:?}",
                m.title,
                m.lines
            );
        }
    }
    // 7 national totals, their 7 remainders, the 19 parts drawn and the 2 counts of sets
    // identified by name (2014–2015, 2022–2023), each a tick in its season's bar.
    assert_eq!(bars, 35, "marks of drawn figures");
    let named: Vec<&Mark> = drawn.marks.iter().filter(|m| m.title.contains("identified by name")).collect();
    assert_eq!(named.len(), 2, "{named:?}");
    assert!(named[0].title.starts_with("15 sets of remains identified by name"), "{:?}", named[0]);
    assert!(named[0].lines.iter().any(|l| l.contains("english.vtv.vn")), "{:?}", named[0]);
    let bar = drawn.marks.iter().find(|m| m.title.starts_with("701 sets")).expect("2014–2015's bar");
    assert!(named[0].y1 - named[0].y0 < bar.y1 - bar.y0 && named[0].y1 > bar.y1 - 12.0, "{:?} in {bar:?}", named[0]);
    let t = &drawn.table;
    assert_eq!(
        t.rows
            .iter()
            .filter(|r| r[1]
                == TableCell::Text("sets identified by name (of the season's remains; a tick in the bar)".into()))
            .count(),
        2
    );
    let total = drawn.marks.iter().find(|m| m.title == "781 sets of remains · 2024–2025").expect("the total's mark");
    let source = table.figures.iter().find(|f| f.value == 781).map(|f| f.source.url.clone()).unwrap();
    assert!(total.lines.contains(&source), "{:?}", total.lines);
}

#[test]
fn the_seasons_table_has_the_2024_2025_total_with_its_source() {
    let table = published();
    let (_, drawn) = draw(&table, View::Seasons, Lang::En, ThemeName::Light);
    let t = &drawn.table;
    let col =
        |name: &str| t.columns.iter().position(|c| c == name).unwrap_or_else(|| panic!("{name}: {:?}", t.columns));
    let (season, role, sets, title, url) =
        (col("Dry season"), col("Drawn as"), col("Sets"), col("Source"), col("Address"));
    let f = table.figures.iter().find(|f| f.value == 781).unwrap();
    let row = t
        .rows
        .iter()
        .find(|r| {
            r[season] == TableCell::Text("2024-2025".into()) && r[role] == TableCell::Text("national total".into())
        })
        .expect("a row for the 2024–2025 total");
    assert_eq!(row[sets], TableCell::Count(781));
    assert_eq!(row[title], TableCell::Text(f.source.title.clone()));
    assert_eq!(row[url], TableCell::Text(f.source.url.clone()));
    assert!(!f.source.url.is_empty() && !f.source.title.is_empty());
    let rest = t
        .rows
        .iter()
        .find(|r| {
            r[season] == TableCell::Text("2024-2025".into())
                && matches!(&r[role], TableCell::Text(s) if s.starts_with("not attributed to a team"))
        })
        .expect("a row for its part not attributed to a team");
    assert_eq!(rest[sets], TableCell::Count(291));
    // Every row is as wide as the columns.
    assert!(t.rows.iter().all(|r| r.len() == t.columns.len()));
}

#[test]
fn the_cumulative_view_shows_the_published_running_totals_and_nothing_at_zero() {
    let table = published();
    for lang in [Lang::En, Lang::Vi, Lang::Km] {
        let (svg, drawn) = draw(&table, View::Cumulative, lang, ThemeName::Light);
        let all = texts(&svg);
        let nf = repatria::format::NumberFormat::new(lang);
        for v in [20_852, 14_500] {
            assert!(all.iter().any(|t| t == &nf.int(v)), "{lang:?}: {} not drawn: {all:?}", nf.int(v));
        }
        // The points: none at the zero line (the running total's "0" tick), none for a value 0.
        let zero = text_boxes(&svg).into_iter().find(|b| b.text == "0").expect("the zero tick");
        let zero_y = (zero.y0 + zero.y1) / 2.0;
        let circles: Vec<f64> = svg
            .lines()
            .filter(|l| l.starts_with("<circle"))
            .filter_map(|l| l.split(" cy=\"").nth(1)?.split('"').next()?.parse().ok())
            .collect();
        assert_eq!(circles.len(), 4, "{lang:?}: the four published running totals");
        assert!(circles.iter().all(|&cy| cy < zero_y - 30.0), "{lang:?}: {circles:?}, zero at {zero_y}");
        let sets = drawn.table.columns.iter().position(|c| c == record::figure_columns(lang)[0].as_str()).unwrap();
        assert!(drawn.table.rows.iter().all(|r| r[sets] != TableCell::Count(0)));
        // Each point and bar traced to its report.
        assert!(drawn.marks.len() >= 4 + 7, "{} marks", drawn.marks.len());
        for m in &drawn.marks {
            assert!(
                m.lines.iter().any(|l| l.starts_with("https://") || l.starts_with("http://")),
                "{}: {:?}",
                m.title,
                m.lines
            );
        }
    }
    // The seasons with no national total named, in English.
    let (svg, _) = draw(&table, View::Cumulative, Lang::En, ThemeName::Light);
    let all = texts(&svg).join(" ");
    assert!(all.contains("2017–2022"), "{all}");
}

#[test]
fn no_two_texts_touch_at_360_or_640_pixels() {
    let table = published();
    let record = Record { figures: &table.figures, facts: &table.facts };
    for view in [View::Seasons, View::Cumulative] {
        for lang in [Lang::En, Lang::Vi, Lang::Km] {
            for (width, height) in [(360.0, 420.0), (640.0, 400.0)] {
                let opts = ChartOptions { lang, width, height, ..ChartOptions::default() };
                let svg = record::render_svg(&record, view, &opts).expect("draws");
                let boxes = text_boxes(&svg);
                for (i, a) in boxes.iter().enumerate() {
                    assert!(a.inside(width, height, 1.0), "{view:?} {lang:?} {width}: {a:?} outside");
                    for b in &boxes[i + 1..] {
                        assert!(!a.overlaps(b, 1.0), "{view:?} {lang:?} {width}: {a:?} and {b:?} overlap");
                    }
                }
            }
        }
    }
}

/// A table of figures in the columns of `published_figures.csv`, one row a line.
fn figures_of(rows: &[&str]) -> FigureTable {
    let header = support::read_text("data/published_figures.csv").lines().next().unwrap().to_owned();
    let text = std::iter::once(header.as_str()).chain(rows.iter().copied()).collect::<Vec<_>>().join("\n");
    let table = figures::read_figures("made.csv", text.as_bytes()).expect("reads");
    assert!(table.reported.is_empty(), "{:?}", table.reported);
    table
}

#[test]
fn parts_larger_than_their_total_are_said_so_and_parts_without_a_total_are_outlined_parts() {
    let table = figures_of(&[
        "season_total,2020-2021,all,all Vietnamese teams,national,100,sets,Total,https://example.org/t,2021-09,100 sets,high,",
        "team_season,2020-2021,,K73,MR7,90,sets,K73,https://example.org/a,2021-09,90 sets,high,",
        "team_season,2020-2021,,K52,MR5,30,sets,K52,https://example.org/b,2021-09,30 sets,high,",
        "team_season,2022-2023,,K71,MR7,140,sets,K71,https://example.org/c,2023-09,140 sets,high,",
    ]);
    let (svg, drawn) = draw(&table, View::Seasons, Lang::En, ThemeName::Light);
    let column = season_marks(&drawn.marks, "2020-2021")
        .into_iter()
        .find(|m| m.title.starts_with("100 sets"))
        .expect("the total's mark");
    assert!(
        column.lines.iter().any(|l| l == "The teams' figures add up to 120, 20 more than the total"),
        "{:?}",
        column.lines
    );
    // No remainder drawn where the parts leave none.
    assert!(drawn.marks.iter().all(|m| !m.title.starts_with("not attributed")));
    let all = texts(&svg);
    // 2021–2022 a gap; 2022–2023 K71's 140 outlined, with no total drawn, and the note.
    assert!(all.iter().any(|t| t == "no figure"), "{all:?}");
    // K71's 140 is written over its outline as a part, muted, never as a total (bold).
    let k71_value: Vec<&str> = svg.lines().filter(|l| l.starts_with("<text") && l.ends_with(">140</text>")).collect();
    assert_eq!(k71_value.len(), 1, "{all:?}");
    assert!(!k71_value[0].contains("font-weight=\"bold\""), "{}", k71_value[0]);
    assert!(all.iter().any(|t| t.starts_with("Outlined: team figures of a season with no published national total")));
    let k71 = season_marks(&drawn.marks, "2022-2023");
    assert!(k71.iter().any(|m| m.lines.iter().any(|l| l.starts_with("No national total published"))), "{k71:?}");
    assert!(
        k71.iter()
            .any(|m| m.title == "140 sets of remains · 2022–2023"
                && m.lines.contains(&"https://example.org/c".to_owned()))
    );
}

#[test]
fn any_part_of_the_record_draws_at_any_size_without_a_panic() {
    let table = published();
    let mut marks = 0;
    for stride in 1..=6 {
        for offset in 0..stride {
            let figures: Vec<_> = table.figures.iter().skip(offset).step_by(stride).cloned().collect();
            let record = Record { figures: &figures, facts: &[] };
            for view in [View::Seasons, View::Cumulative] {
                for (width, height) in [(100.0, 100.0), (360.0, 300.0), (1280.0, 720.0)] {
                    let opts = ChartOptions { width, height, ..ChartOptions::default() };
                    let (w, h) = repatria::chart::svg_size(&opts);
                    let mut backend = SvgBackend::new(w, h);
                    let drawn = record::render(&mut backend, 1.0, &record, view, &opts).expect("draws");
                    marks += drawn.marks.len();
                    for m in &drawn.marks {
                        assert!(m.x0.is_finite() && m.y0.is_finite() && m.x0 <= m.x1 && m.y0 <= m.y1, "{m:?}");
                    }
                }
            }
        }
    }
    assert!(marks > 500, "{marks} marks drawn");
    // Nothing at all: the view says so.
    let record = Record { figures: &[], facts: &[] };
    for view in [View::Seasons, View::Cumulative] {
        let svg = record::render_svg(&record, view, &ChartOptions::default()).expect("draws");
        assert!(texts(&svg).iter().any(|t| t == "No records match the filters"), "{view:?}");
    }
}
