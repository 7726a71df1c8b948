//! The record's map view drawn from the published figures: provinces with their own figure
//! labelled with value and period in the reader's number format, team areas drawn once over
//! their provinces, provinces without a figure hatched, the ODbL attribution on every map; and
//! its references in English, Vietnamese and Khmer, light and dark.

mod support;

use repatria::chart::mark::{hit, Target};
use repatria::chart::record::map::{shown, Shown};
use repatria::chart::record::{render, View};
use repatria::chart::{ChartOptions, Rendered, TableCell};
use repatria::draw::theme::ThemeName;
use repatria::draw::Theme;
use repatria::figure::place::Provinces;
use repatria::figure::{Figure, Measure};
use repatria::format::NumberFormat;
use repatria::geo;
use repatria::i18n::{t, Text};
use repatria::lang::Lang;
use repatria::province::Province;
use repatria::published::{places, Record};
use repatria::read::figures::{read_figures, FigureTable};
use repatria::svg::SvgBackend;

use support::{texts, References};

/// Kampong Chhnang's own figure's source.
const KAMPONG_CHHNANG_SOURCE: &str =
    "https://m.phnompenhpost.com/national/efforts-stepped-up-to-repatriate-remains-of-vietnamese-soldiers";

fn table() -> FigureTable {
    let bytes = support::read_bytes("data/published_figures.csv");
    read_figures("data/published_figures.csv", &bytes).expect("the published figures read")
}

fn options(lang: Lang, theme: ThemeName) -> ChartOptions {
    ChartOptions { lang, theme, width: 720.0, height: 560.0, ..ChartOptions::default() }
}

/// The map of `figures` as SVG, with what it says about itself.
fn draw(figures: &[Figure], opts: &ChartOptions) -> (String, Rendered) {
    let record = Record { figures, facts: &[] };
    let mut svg = SvgBackend::new(opts.width as u32, opts.height as u32);
    let rendered = render(&mut svg, 1.0, &record, View::Map, opts).expect("renders");
    svg.describe(&rendered.title, &rendered.description);
    (svg.into_string(), rendered)
}

/// Hatch strokes: two-point lines in the theme's colour for missing data.
fn hatch_strokes(svg: &str, theme: ThemeName) -> usize {
    let stroke = format!("stroke=\"{}\"", Theme::get(theme).missing.css());
    svg.lines()
        .filter(|l| l.starts_with("<polyline") && l.contains(&stroke))
        .filter(|l| {
            l.split("points=\"").nth(1).and_then(|p| p.split('"').next()).is_some_and(|p| p.split(' ').count() == 2)
        })
        .count()
}

#[test]
fn references() {
    let table = table();
    let mut refs = References::new("record");
    for (name, lang, theme) in [
        ("map-en", Lang::En, ThemeName::Light),
        ("map-vi", Lang::Vi, ThemeName::Light),
        ("map-km", Lang::Km, ThemeName::Light),
        ("map-en-dark", Lang::En, ThemeName::Dark),
    ] {
        let (svg, _) = draw(&table.figures, &options(lang, theme));
        refs.check(name, &svg);
    }
    refs.finish();
}

#[test]
fn provinces_show_their_own_figures_in_the_readers_number_format() {
    let table = table();
    for lang in [Lang::En, Lang::Vi, Lang::Km] {
        for khmer_digits in [false, true] {
            let opts = ChartOptions { khmer_digits, ..options(lang, ThemeName::Light) };
            let nf = NumberFormat { lang, khmer_digits };
            let (svg, rendered) = draw(&table.figures, &opts);
            let texts = texts(&svg);
            let ctx = format!("{lang:?} khmer digits {khmer_digits}");
            let label = format!("{} · {}", nf.int(368), nf.digits("2002–2023"));
            assert!(texts.contains(&label), "{ctx}: {label:?} in {texts:?}");
            assert!(texts.contains(&kampong_chhnang().name(lang).to_owned()), "{ctx}: the province named");
            let kandal = nf.int(1210);
            assert!(texts.iter().any(|s| s.starts_with(&format!("{kandal} · "))), "{ctx}: {kandal:?} in {texts:?}");
            assert!(texts.join(" ").contains(geo::ATTRIBUTION), "{ctx}: attribution in {texts:?}");
            for nothing in [t(Text::NoData, lang), t(Text::NothingToShow, lang)] {
                assert!(!texts.iter().any(|s| s == nothing), "{ctx}: {nothing:?} drawn");
            }
            assert!(!rendered.description.is_empty(), "{ctx}: described");
            assert!(rendered.description.contains(&nf.int(1210)), "{ctx}: {}", rendered.description);
        }
    }
}

#[test]
fn the_attribution_wraps_on_a_narrow_map() {
    let (svg, _) =
        draw(&table().figures, &ChartOptions { width: 360.0, height: 420.0, ..options(Lang::Vi, ThemeName::Light) });
    let texts = texts(&svg);
    assert!(texts.join(" ").contains(geo::ATTRIBUTION), "{texts:?}");
}

#[test]
fn kampong_chhnang_is_a_mark_whose_tooltip_gives_its_source() {
    let table = table();
    let (_, rendered) = draw(&table.figures, &options(Lang::En, ThemeName::Light));
    assert!(rendered.map.is_none(), "hit testing works from the marks");
    let code = Target::Province { province: "KH-4".to_owned() };
    let marks: Vec<_> = rendered.marks.iter().filter(|m| m.target == code).collect();
    assert!(!marks.is_empty(), "a mark for KH-4 in {:?}", rendered.marks);
    for m in &marks {
        assert!(m.title.contains("368"), "{m:?}");
        assert!(m.lines.iter().any(|l| l == KAMPONG_CHHNANG_SOURCE), "{m:?}");
    }
    // The label's own mark answers a point at its middle.
    let label = marks
        .iter()
        .min_by(|a, b| ((a.x1 - a.x0) * (a.y1 - a.y0)).total_cmp(&((b.x1 - b.x0) * (b.y1 - b.y0))))
        .unwrap();
    let at =
        hit(&rendered.marks, (label.x0 + label.x1) / 2.0, (label.y0 + label.y1) / 2.0).expect("a mark under the label");
    assert_eq!(at.target, code);
    // A team's area is its team's mark.
    let k72 = Target::Team { team: "K72".to_owned() };
    assert!(rendered.marks.iter().any(|m| m.target == k72 && m.title.contains("2,853")), "{:?}", rendered.marks);
}

#[test]
fn provinces_without_a_figure_are_hatched() {
    let table = table();
    for theme in [ThemeName::Light, ThemeName::Dark] {
        let (svg, _) = draw(&table.figures, &options(Lang::En, theme));
        let all = hatch_strokes(&svg, theme);
        assert!(all > 40, "{theme:?}: {all} hatch strokes");
        assert!(texts(&svg).iter().any(|s| s == "no published figure"), "{theme:?}: the legend says what hatching is");
        // With Kampong Chhnang's figure alone, the other 24 provinces are hatched: more strokes.
        let alone: Vec<Figure> =
            table.figures.iter().filter(|f| f.place.provinces == Provinces::of(kampong_chhnang())).cloned().collect();
        let (svg, _) = draw(&alone, &options(Lang::En, theme));
        let one = hatch_strokes(&svg, theme);
        assert!(one > all * 2, "{theme:?}: {one} strokes with one figure, {all} with all");
    }
}

#[test]
fn a_team_area_is_drawn_once_over_its_provinces() {
    let table = table();
    let record = Record { figures: &table.figures, facts: &table.facts };
    let all = places(&record, Measure::Found);
    let how = shown(&all);
    let of = |codes: &[&str]| {
        let set = codes.iter().fold(Provinces::NONE, |a, c| a.union(Provinces::of(Province::from_code(c).unwrap())));
        let i = all.iter().position(|p| p.provinces == set).unwrap_or_else(|| panic!("{codes:?} has a figure"));
        how[i]
    };
    // K72's Kratie and Kampong Thom over 2002–2024: no province of it has its own figure.
    assert_eq!(of(&["KH-6", "KH-10"]), Shown::Area);
    // The same team's figure with Tboung Khmum overlaps it (and counts finds at home).
    assert_eq!(of(&["KH-6", "KH-10", "KH-25"]), Shown::Hidden);
    // K73's area holds Svay Rieng, which has its own figure: outlined only.
    assert_eq!(of(&["KH-2", "KH-20", "KH-24"]), Shown::Outline);
    assert_eq!(of(&["KH-4"]), Shown::Own);
    // No province is in two areas drawn.
    let mut taken = Provinces::NONE;
    for (p, s) in all.iter().zip(&how) {
        if matches!(s, Shown::Area | Shown::Outline) {
            assert!(!taken.intersects(p.provinces), "{:?}", p.figure.place.text);
            taken = taken.union(p.provinces);
        }
    }

    let (svg, rendered) = draw(&table.figures, &options(Lang::En, ThemeName::Light));
    let texts = texts(&svg);
    assert_eq!(texts.iter().filter(|s| s.as_str() == "2,853 · 2002–2024").count(), 1, "{texts:?}");
    assert_eq!(rendered.table.rows.len(), all.len(), "a row per place with a figure");
    let first = &rendered.table.rows[0];
    assert_eq!(first[0], TableCell::Text("Kampong Chhnang".to_owned()));
    assert_eq!(first[1], TableCell::Text("shaded".to_owned()));
    assert_eq!(first[2], TableCell::Count(368));
    assert!(first.contains(&TableCell::Text(KAMPONG_CHHNANG_SOURCE.to_owned())), "{first:?}");
}

#[test]
fn no_figure_for_a_place_draws_nothing_to_show() {
    let table = table();
    let national: Vec<Figure> = table.figures.iter().filter(|f| f.place.all).cloned().collect();
    let (svg, rendered) = draw(&national, &options(Lang::En, ThemeName::Light));
    assert!(texts(&svg).iter().any(|s| s == t(Text::NothingToShow, Lang::En)));
    assert!(rendered.marks.is_empty());
}

fn kampong_chhnang() -> Province {
    Province::from_code("KH-4").expect("a province")
}

#[test]
fn no_two_texts_overlap() {
    let table = table();
    for lang in [Lang::En, Lang::Vi, Lang::Km] {
        for (w, h) in [(720.0, 560.0), (640.0, 400.0), (360.0, 360.0), (360.0, 620.0)] {
            let (svg, _) =
                draw(&table.figures, &ChartOptions { width: w, height: h, ..options(lang, ThemeName::Light) });
            let boxes = support::text_boxes(&svg);
            assert!(boxes.len() > 30, "{lang:?} {w}×{h}: {} texts", boxes.len());
            for (i, a) in boxes.iter().enumerate() {
                for b in &boxes[i + 1..] {
                    assert!(!a.overlaps(b, 1.0), "{lang:?} {w}×{h}: {:?} over {:?}", a.text, b.text);
                }
            }
        }
    }
}

#[test]
fn a_place_that_may_be_anywhere_is_in_the_table_only() {
    let (_, rendered) = draw(&table().figures, &options(Lang::En, ThemeName::Light));
    let row = rendered
        .table
        .rows
        .iter()
        .find(|r| r.get(2) == Some(&TableCell::Count(6849)))
        .expect("Military Region 9's figure with others is in the table");
    assert_eq!(row[1], TableCell::Text("not drawn (anywhere in Cambodia)".to_owned()));
    assert!(!rendered.marks.iter().any(|m| m.title.contains("6,849")), "and has no mark");
}
