//! Maps: reference images for each kind in each language, structural checks (attribution,
//! legend, no data, neighbours), hit testing, and the synthetic data generator.
//!
//! References live in `tests/reference/maps/`; on a mismatch the new SVG and its diff go to
//! `tests/out/maps/` and the test fails, after checking the others. `REPATRIA_BLESS=1`
//! rewrites the references.

mod support;

use std::time::Instant;

use repatria::aggregate::Filter;
use repatria::chart::map::{self, Layout, SitesMode};
use repatria::chart::{ChartKind, ChartOptions, Classification};
use repatria::draw::theme::ThemeName;
use repatria::generate::{generate, generate_records};
use repatria::geo::{self, province_at, Country};
use repatria::lang::Lang;
use repatria::province::Province;
use repatria::record::{Record, TeamRef};
use repatria::team::Team;
use support::{out_dir, render, text_boxes, texts, Charted, References};

/// Finds everywhere except Mondulkiri, Kep and Pailin (no data there), plus a few records
/// with no province and no coordinates.
fn records(n: usize) -> Vec<Record> {
    let mut recs = generate_records(n, 7);
    recs.retain(|r| !matches!(r.province, Some(p) if [11, 23, 24].contains(&p.number())));
    for i in 0..4 {
        recs.push(Record {
            season: recs[i].season,
            team: Some(TeamRef::Known(Team::K90)),
            remains: 3,
            ..Record::default()
        });
    }
    recs
}

fn opts(kind: ChartKind, lang: Lang) -> ChartOptions {
    ChartOptions { chart: kind, lang, width: 640.0, height: 400.0, sample: true, ..ChartOptions::default() }
}

fn theme_for(lang: Lang) -> ThemeName {
    if lang == Lang::Vi {
        ThemeName::Dark
    } else {
        ThemeName::Light
    }
}

#[test]
fn reference_images_for_each_kind_and_language() {
    let data = Charted::from_records(&records(1500));
    let mut references = References::new("maps");
    for kind in [ChartKind::Map, ChartKind::Bubbles, ChartKind::Sites] {
        for lang in Lang::ALL {
            let o = ChartOptions { theme: theme_for(lang), ..opts(kind, lang) };
            let (svg, _) = render(data.chart(), &o);
            references.check(&format!("{}-{}", kind.name(), lang.tag()), &svg);
        }
    }
    // Few finds: one dot each.
    let few = Charted::from_records(&records(300));
    let o = opts(ChartKind::Sites, Lang::En);
    let layout = Layout::new(few.chart(), &o, o.width, o.height);
    assert_eq!(layout.sites_mode(), SitesMode::Dots);
    references.check("sites-dots-en", &render(few.chart(), &o).0);
    references.finish();
}

#[test]
fn every_map_shows_attribution_neighbours_and_a_truthful_legend() {
    let data = Charted::from_records(&records(1500));
    for kind in [ChartKind::Map, ChartKind::Bubbles, ChartKind::Sites] {
        for lang in Lang::ALL {
            for (w, h) in [(640.0, 400.0), (360.0, 360.0), (1280.0, 800.0), (360.0, 640.0)] {
                let o = ChartOptions { width: w, height: h, theme: theme_for(lang), ..opts(kind, lang) };
                let (svg, rendered) = render(data.chart(), &o);
                let t = texts(&svg);
                let joined = t.join(" ");
                let ctx = format!("{} {} {w}x{h}", kind.name(), lang.tag());
                assert!(joined.contains(geo::ATTRIBUTION), "{ctx}: attribution missing in {t:?}");
                for c in [Country::Thailand, Country::Laos, Country::Vietnam] {
                    assert!(t.iter().any(|s| s == c.name(lang)), "{ctx}: {} missing in {t:?}", c.name(lang));
                }
                let title = repatria::i18n::mt(
                    if kind == ChartKind::Sites {
                        repatria::i18n::MapText::SitesTitle
                    } else {
                        repatria::i18n::MapText::ProvincesTitle
                    },
                    lang,
                );
                assert_eq!(rendered.title, title);
                assert!(!rendered.description.is_empty());
                // Nothing drawn outside the drawing, and no two texts over each other.
                let boxes = text_boxes(&svg);
                for b in &boxes {
                    assert!(b.inside(w, h, 0.5), "{ctx}: {b:?} clipped");
                }
                for (i, a) in boxes.iter().enumerate() {
                    for b in &boxes[i + 1..] {
                        assert!(!a.overlaps(b, 0.5), "{ctx}: {a:?} overlaps {b:?}");
                    }
                }
                let layout = Layout::new(data.chart(), &o, w, h);
                let map = layout.map_rect();
                let legend = layout.legend_rect();
                assert!(map.width() > 100.0 && map.height() > 80.0, "{ctx}: map {map:?}");
                assert!(legend.x0 >= map.x1 || legend.y0 >= map.y1, "{ctx}: legend {legend:?} over map {map:?}");
                assert!(legend.x1 <= w && legend.y1 <= h, "{ctx}: legend {legend:?} outside");
                if kind == ChartKind::Map {
                    let classes = layout.classes().expect("classes");
                    let nf = repatria::format::NumberFormat::new(lang);
                    let values: Vec<u64> = Province::ALL.iter().filter_map(|&p| layout.value(p)).collect();
                    assert_eq!(values.len(), 22);
                    assert_eq!(classes.range(0).0, *values.iter().min().unwrap());
                    assert_eq!(classes.range(classes.len() - 1).1, *values.iter().max().unwrap());
                    let mut position = 0;
                    for i in 0..classes.len() {
                        if i > 0 {
                            assert_eq!(classes.range(i).0, classes.range(i - 1).1 + 1, "{ctx}: ranges contiguous");
                        }
                        // The legend states each range, in order, with the reader's separators.
                        let label = classes.label(i, &nf);
                        let at =
                            t.iter().position(|s| *s == label).unwrap_or_else(|| panic!("{ctx}: {label} not in {t:?}"));
                        assert!(at >= position, "{ctx}: legend order");
                        position = at;
                    }
                    for p in Province::ALL {
                        match layout.value(p) {
                            Some(v) => {
                                let (lo, hi) = classes.range(classes.class_of(v));
                                assert!(lo <= v && v <= hi);
                                assert_eq!(layout.province_fill(p), map::ProvinceFill::Class(classes.class_of(v)));
                            }
                            None => assert_eq!(layout.province_fill(p), map::ProvinceFill::NoData, "{ctx}: {p:?}"),
                        }
                    }
                }
                if kind != ChartKind::Sites {
                    let no_data = repatria::i18n::t(repatria::i18n::Text::NoData, lang);
                    assert!(t.iter().any(|s| s == no_data), "{ctx}: no-data legend entry");
                    let unknown = repatria::i18n::unknown_note(lang, "12");
                    assert!(
                        joined.replace("  ", " ").contains(&unknown)
                            || t.iter().any(|s| unknown.starts_with(s.as_str())),
                        "{ctx}: unknown-province note"
                    );
                }
            }
        }
    }
}

#[test]
fn quantiles_and_natural_breaks_both_cover_the_data() {
    let data = Charted::from_records(&records(1500));
    for method in [Classification::Quantiles, Classification::NaturalBreaks] {
        for k in [2u8, 3, 5, 7, 9] {
            let o = ChartOptions { classification: method, classes: k, ..opts(ChartKind::Map, Lang::En) };
            let layout = Layout::new(data.chart(), &o, 640.0, 400.0);
            let c = layout.classes().unwrap();
            assert!(c.len() <= usize::from(k) && c.len() >= 2);
            for p in Province::ALL {
                if let Some(v) = layout.value(p) {
                    let (lo, hi) = c.range(c.class_of(v));
                    assert!(lo <= v && v <= hi);
                }
            }
        }
    }
}

#[test]
fn filters_apply_to_every_kind() {
    let recs = records(1500);
    let data = Charted::from_records(&recs);
    let filter = Filter { teams: vec![Team::K92], ..Filter::default() };
    for kind in [ChartKind::Map, ChartKind::Bubbles, ChartKind::Sites] {
        let o = ChartOptions { filter: filter.clone(), ..opts(kind, Lang::En) };
        let layout = Layout::new(data.chart(), &o, 640.0, 400.0);
        for p in Province::ALL {
            let k92 = Team::K92.provinces().contains(&p) && ![23].contains(&p.number());
            assert_eq!(layout.value(p).is_some(), k92, "{} {p:?}", kind.name());
        }
        let expected: u64 = recs
            .iter()
            .filter(|r| r.team == Some(TeamRef::Known(Team::K92)) && r.province.is_some())
            .map(|r| u64::from(r.remains))
            .sum();
        let got: u64 = Province::ALL.iter().filter_map(|&p| layout.value(p)).sum();
        assert_eq!(got, expected, "{}", kind.name());
    }
    let o = ChartOptions {
        filter: Filter { provinces: vec![Province::KAMPOT], ..Filter::default() },
        ..opts(ChartKind::Map, Lang::En)
    };
    let layout = Layout::new(data.chart(), &o, 640.0, 400.0);
    assert_eq!(layout.province_fill(Province::TAKEO), map::ProvinceFill::NotSelected);
    assert!(layout.value(Province::KAMPOT).is_some());
    let (svg, _) = render(data.chart(), &o);
    assert!(texts(&svg).iter().any(|s| s == "not selected"));
}

#[test]
fn tables_and_descriptions() {
    let data = Charted::from_records(&records(1500));
    let (_, r) = render(data.chart(), &opts(ChartKind::Map, Lang::En));
    assert_eq!(r.table.columns, vec!["Province", "Code", "Sets of remains"]);
    assert_eq!(r.table.rows.len(), 26, "25 provinces and the unknown row");
    assert!(r.description.starts_with("Map of Cambodia's provinces shaded in 5 classes"), "{}", r.description);
    assert!(r.description.contains("3 provinces have no data"), "{}", r.description);
    let (_, r) = render(data.chart(), &opts(ChartKind::Map, Lang::Vi));
    assert!(r.description.starts_with("Bản đồ các tỉnh Campuchia"), "{}", r.description);
    let (_, r) = render(data.chart(), &opts(ChartKind::Sites, Lang::Km));
    assert_eq!(r.table.columns.len(), 4);
    assert!(r.description.starts_with("ផែនទី"), "{}", r.description);
}

/// Sizes the hit tests run at, including narrow and very wide boxes.
const SIZES: [(f64, f64); 5] = [(640.0, 400.0), (360.0, 360.0), (1280.0, 800.0), (300.0, 900.0), (1600.0, 300.0)];

#[test]
fn every_label_point_hits_its_province_and_the_sea_hits_nothing() {
    let data = Charted::from_records(&records(1500));
    for kind in [ChartKind::Map, ChartKind::Bubbles, ChartKind::Sites] {
        for (w, h) in SIZES {
            let o = ChartOptions { width: w, height: h, ..opts(kind, Lang::En) };
            let layout = Layout::new(data.chart(), &o, w, h);
            let proj = layout.projection();
            for p in Province::ALL {
                let (lon, lat) = p.label_point();
                let (x, y) = proj.project(lon, lat);
                let hit = map::hit(data.chart(), &o, w, h, x, y);
                assert_eq!(hit.and_then(|h| h.province), Some(p), "{} {w}x{h}: {p:?}", kind.name());
                assert_eq!(hit.and_then(|h| h.remains), layout.value(p));
            }
            // Gulf of Thailand, and far outside the map.
            let (x, y) = proj.project(103.0, 10.0);
            if kind != ChartKind::Sites {
                assert_eq!(map::hit(data.chart(), &o, w, h, x, y), None, "sea at {w}x{h}");
            }
            assert_eq!(map::hit(data.chart(), &o, w, h, -5.0, -5.0), None);
            assert_eq!(map::hit(data.chart(), &o, w, h, w / 2.0, 3.0), None, "title area");
        }
    }
}

#[test]
fn sites_hit_finds_the_nearest_find() {
    let recs = records(300);
    let data = Charted::from_records(&recs);
    let o = opts(ChartKind::Sites, Lang::En);
    let layout = Layout::new(data.chart(), &o, 640.0, 400.0);
    let proj = layout.projection();
    let mut checked = 0;
    for f in layout.finds().iter().step_by(7) {
        let (x, y) = proj.project(f64::from(f.lon), f64::from(f.lat));
        let hit = map::hit(data.chart(), &o, 640.0, 400.0, x + 1.0, y).expect("hit");
        let i = hit.find.expect("a find");
        let r = &recs[i];
        let (fx, fy) = proj.project(r.lon.unwrap(), r.lat.unwrap());
        let d = (fx - x - 1.0).hypot(fy - y);
        assert!(d <= 1.0 + 1e-3, "nearest find is at least as near: {d} (record {i}, find {})", f.index);
        checked += 1;
    }
    assert!(checked > 10);
}

#[test]
fn draw_times() {
    let data = Charted::from_records(&records(1500));
    let o = opts(ChartKind::Map, Lang::En);
    let t = Instant::now();
    let (svg, _) = render(data.chart(), &o);
    println!("choropleth 640x400 to SVG: {:.1} ms ({} bytes)", t.elapsed().as_secs_f64() * 1e3, svg.len());
    let t = Instant::now();
    let big = generate_records(100_000, 2);
    println!("generate 100,000 finds: {:.0} ms", t.elapsed().as_secs_f64() * 1e3);
    let data = Charted::from_records(&big);
    for (w, h) in [(640.0, 400.0), (1280.0, 800.0)] {
        let o = ChartOptions { width: w, height: h, ..opts(ChartKind::Sites, Lang::En) };
        let t = Instant::now();
        let (svg, _) = render(data.chart(), &o);
        let calls = svg.lines().count();
        println!("sites, 100,000 finds, {w}x{h} to SVG: {:.1} ms ({calls} elements)", t.elapsed().as_secs_f64() * 1e3);
        assert!(calls < 20_000, "backend calls stay bounded");
        let t = Instant::now();
        let hit = map::hit(data.chart(), &o, w, h, w / 3.0, h / 2.0);
        println!("  hit test: {:.1} ms ({hit:?})", t.elapsed().as_secs_f64() * 1e3);
        let layout = Layout::new(data.chart(), &o, w, h);
        let t = Instant::now();
        let again = layout.hit(w / 3.0, h / 2.0);
        println!("  hit test on a kept layout: {:.2} ms", t.elapsed().as_secs_f64() * 1e3);
        assert_eq!(hit, again);
    }
}

#[test]
fn degenerate_inputs_draw_without_panicking() {
    let empty = Charted::from_records(&[]);
    let data = Charted::from_records(&records(200));
    for kind in [ChartKind::Map, ChartKind::Bubbles, ChartKind::Sites] {
        for (w, h) in [(100.0, 100.0), (120.0, 900.0), (4000.0, 120.0)] {
            for d in [&empty, &data] {
                let o = ChartOptions { width: w, height: h, title: Some("x ".repeat(80)), ..opts(kind, Lang::Km) };
                let (svg, r) = render(d.chart(), &o);
                assert!(svg.contains(geo::ATTRIBUTION.split(' ').next().unwrap()));
                assert!(!r.title.is_empty());
                let _ = map::hit(d.chart(), &o, w, h, w / 2.0, h / 2.0);
                let _ = map::hit(d.chart(), &o, f64::NAN, h, f64::INFINITY, -1.0);
            }
        }
    }
}

// ---- the generator ----

/// Splits a CSV line (the generator quotes nothing it writes).
fn fields(line: &str) -> Vec<&str> {
    line.split(',').collect()
}

#[test]
fn generator_is_deterministic_and_labelled_synthetic() {
    let a = generate(2000, 5);
    assert_eq!(a, generate(2000, 5), "same seed, same bytes");
    assert_ne!(a, generate(2000, 6));
    let mut lines = a.lines();
    let first = lines.next().unwrap();
    assert!(first.starts_with("# SYNTHETIC SAMPLE DATA") && first.contains("NOT real"), "{first}");
    assert_eq!(lines.next().unwrap(), repatria::generate::COLUMNS);
    assert_eq!(lines.count(), 2000);
}

#[test]
fn generated_finds_lie_in_their_province_and_match_the_team_table() {
    let csv = generate(3000, 11);
    let mut seen_teams = std::collections::BTreeSet::new();
    let mut remains_1 = 0;
    let mut identified = 0;
    for line in csv.lines().skip(2) {
        let f = fields(line);
        assert_eq!(f.len(), 12, "{line}");
        let (date, season, phase, team, prov) = (f[0], f[1], f[2], f[3], f[4]);
        let lat: f64 = f[7].parse().unwrap();
        let lon: f64 = f[8].parse().unwrap();
        let remains: u32 = f[9].parse().unwrap();
        let ident: u32 = f[10].parse().unwrap();
        let team = Team::parse(team).expect("team");
        let prov = Province::lookup(prov).expect("province");
        assert!(team.provinces().contains(&prov), "{line}: {team} does not work in {prov:?}");
        assert_eq!(province_at(lon, lat), Some(prov.number()), "{line}: coordinates outside the province");
        // Day-first dates in the phase's months, in the stated season.
        let d: Vec<u32> = date.split('/').map(|x| x.parse().unwrap()).collect();
        assert_eq!(d.len(), 3, "{date}");
        assert!(date.len() == 10 && (1..=31).contains(&d[0]), "{date}");
        let season_first: u32 = season[..4].parse().unwrap();
        match phase {
            "đợt 1" => {
                assert!((d[1] >= 11 && d[2] == season_first) || (d[1] == 1 && d[2] == season_first + 1), "{line}")
            }
            "đợt 2" => assert!((2..=6).contains(&d[1]) && d[2] == season_first + 1, "{line}"),
            other => panic!("phase {other}"),
        }
        assert!(ident <= remains && remains >= 1);
        remains_1 += u32::from(remains == 1);
        identified += u32::from(ident > 0);
        seen_teams.insert(team);
    }
    assert_eq!(seen_teams.len(), 11);
    assert!(remains_1 > 2000, "mostly one set per find: {remains_1}");
    assert!(identified > 0 && identified < 300, "identifications are rare: {identified}");
}

#[test]
fn generator_scales_to_a_million_records() {
    // Timed for information; a million records take a few seconds in release builds.
    let n = if cfg!(debug_assertions) { 100_000 } else { 1_000_000 };
    let t = Instant::now();
    let csv = generate(n, 1);
    println!("generate {n} records: {:.0} ms, {} MB", t.elapsed().as_secs_f64() * 1e3, csv.len() / 1_000_000);
    assert_eq!(csv.lines().count(), n + 2);
}

#[test]
fn committed_sample_is_the_generator_output_and_reads() {
    let path = support::repo("www/data/sample-finds.csv");
    if support::bless() {
        std::fs::write(&path, generate(1500, 1)).unwrap();
    }
    let file = std::fs::read_to_string(&path).expect("www/data/sample-finds.csv");
    assert_eq!(
        file,
        generate(1500, 1),
        "regenerate with REPATRIA_BLESS=1 (or `repatria generate --records 1500 --seed 1`)"
    );
    let loaded = repatria::read::read("sample-finds.csv", file.as_bytes()).expect("reads");
    assert_eq!(loaded.report.rows, 1500);
    assert_eq!(loaded.report.accepted, 1500);
    assert!(!loaded.report.has_errors(), "{:?}", &loaded.report.problems[..loaded.report.problems.len().min(5)]);
    // Once the reader knows every column, the sites map of the file is the generator's.
    let coords = loaded.dataset.coordinates().count();
    assert_eq!(coords, 1500, "every synthetic find has coordinates");
    {
        let generated = Charted::from_records(&generate_records(1500, 1));
        let read = Charted::new(loaded.dataset.clone());
        let o = opts(ChartKind::Sites, Lang::En);
        assert_eq!(render(read.chart(), &o).0, render(generated.chart(), &o).0);
    }
    assert_eq!(
        loaded.dataset.total_remains(),
        generate_records(1500, 1).iter().map(|r| u64::from(r.remains)).sum::<u64>()
    );
}

/// Writes maps at the sizes and themes to look at (`tests/out/maps/look-*.svg`; render them
/// to PNG with headless Chromium).
#[test]
fn look() {
    let data = Charted::from_records(&records(1500));
    for (kind, lang, w, h, theme) in [
        (ChartKind::Map, Lang::En, 640.0, 400.0, ThemeName::Light),
        (ChartKind::Map, Lang::Km, 360.0, 360.0, ThemeName::Light),
        (ChartKind::Map, Lang::Vi, 1280.0, 800.0, ThemeName::Dark),
        (ChartKind::Bubbles, Lang::En, 640.0, 400.0, ThemeName::Light),
        (ChartKind::Bubbles, Lang::Km, 1280.0, 800.0, ThemeName::Light),
        (ChartKind::Bubbles, Lang::Vi, 360.0, 360.0, ThemeName::Dark),
        (ChartKind::Sites, Lang::En, 640.0, 400.0, ThemeName::Light),
        (ChartKind::Sites, Lang::En, 1280.0, 800.0, ThemeName::Light),
        (ChartKind::Sites, Lang::Km, 360.0, 360.0, ThemeName::Dark),
        (ChartKind::Map, Lang::Vi, 360.0, 640.0, ThemeName::Light),
    ] {
        let o = ChartOptions { width: w, height: h, theme, ..opts(kind, lang) };
        let (svg, _) = render(data.chart(), &o);
        let name = format!("look-{}-{}-{w}x{h}-{:?}.svg", kind.name(), lang.tag(), theme);
        std::fs::write(out_dir("maps").join(name), svg).unwrap();
    }
}
