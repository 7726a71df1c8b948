//! Every chart kind in every language, rendered natively to SVG: compared with committed
//! references (regenerate on purpose with `REPATRIA_BLESS=1`), plus structural checks.

mod support;

use repatria::aggregate::{Filter, TimeAxis};
use repatria::chart::{ChartKind, ChartOptions, Grouping};
use repatria::draw::theme::ThemeName;
use repatria::lang::Lang;
use repatria::team::Team;
use support::{sample, svg, text_boxes, texts, References};

const CHARTS: [ChartKind; 6] = [
    ChartKind::Seasons,
    ChartKind::Cumulative,
    ChartKind::Provinces,
    ChartKind::Teams,
    ChartKind::Matrix,
    ChartKind::Identified,
];

#[test]
fn every_chart_in_every_language_matches_its_reference() {
    let data = sample();
    let mut references = References::new("charts");
    for kind in CHARTS {
        for lang in Lang::ALL {
            let opts =
                ChartOptions { chart: kind, lang, source: Some("made-up test data".into()), ..ChartOptions::default() };
            let out = svg(&data, &opts);
            references.check(&format!("{}-{}", kind.name(), lang.tag()), &out);
        }
    }
    for (name, opts) in [
        (
            "seasons-team-dark",
            ChartOptions { group: Grouping::Team, theme: ThemeName::Dark, ..ChartOptions::default() },
        ),
        ("seasons-region", ChartOptions { group: Grouping::Region, ..ChartOptions::default() }),
        ("seasons-narrow", ChartOptions { width: 320.0, height: 360.0, ..ChartOptions::default() }),
        (
            "provinces-narrow-km",
            ChartOptions {
                chart: ChartKind::Provinces,
                lang: Lang::Km,
                width: 320.0,
                height: 480.0,
                ..ChartOptions::default()
            },
        ),
        (
            "matrix-wide",
            ChartOptions { chart: ChartKind::Matrix, width: 1600.0, height: 500.0, ..ChartOptions::default() },
        ),
    ] {
        references.check(name, &svg(&data, &opts));
    }
    references.finish();
}

#[test]
fn seasons_totals_stack_and_gaps() {
    let data = sample();
    let plain = texts(&svg(&data, &ChartOptions::default()));
    assert!(plain.iter().any(|t| t == "no data"), "2020–2021 is a gap");
    let stacked = texts(&svg(&data, &ChartOptions { group: Grouping::Team, ..ChartOptions::default() }));
    for team in Team::ALL {
        assert!(stacked.iter().any(|t| t == team.code()), "legend names {team}");
    }
    // The same totals above the columns, stacked or not.
    let totals = |t: &[String]| {
        t.iter().filter(|s| s.chars().all(|c| c.is_ascii_digit() || c == ',')).cloned().collect::<Vec<_>>()
    };
    assert_eq!(totals(&plain).len(), totals(&stacked).len().min(totals(&plain).len()));
}

#[test]
fn provinces_sorted_with_unknown_last() {
    let data = sample();
    let t = texts(&svg(&data, &ChartOptions { chart: ChartKind::Provinces, height: 700.0, ..ChartOptions::default() }));
    let unknown = t.iter().position(|s| s == "Unknown province").expect("unknown province row");
    let values: Vec<u64> = t.iter().filter_map(|s| s.replace(',', "").parse().ok()).collect();
    assert!(values.windows(2).take(values.len().saturating_sub(2)).all(|w| w[0] >= w[1]) || values.len() < 3);
    assert!(t.iter().skip(unknown + 2).all(|s| s.parse::<u64>().is_err() || s.is_empty()), "unknown is the last row");
}

#[test]
fn filters_change_the_numbers() {
    let data = sample();
    let k92 = ChartOptions {
        chart: ChartKind::Teams,
        filter: Filter { teams: vec![Team::K92], ..Filter::default() },
        ..ChartOptions::default()
    };
    let t = texts(&svg(&data, &k92));
    assert!(t.iter().any(|s| s == "K92"));
    assert!(!t.iter().any(|s| s == "K51"), "other teams filtered out");
}

#[test]
fn vietnamese_thousands_and_years_axis() {
    let data = sample();
    let vi =
        texts(&svg(&data, &ChartOptions { chart: ChartKind::Cumulative, lang: Lang::Vi, ..ChartOptions::default() }));
    assert!(vi.iter().any(|s| s.contains('.') && s.replace('.', "").parse::<u64>().is_ok()), "1.234 style: {vi:?}");
    let years = ChartOptions { time: TimeAxis::Year, ..ChartOptions::default() };
    let t = texts(&svg(&data, &years));
    assert!(t.iter().any(|s| s == "No records match the filters"), "sample has no dates, so no years");
}

#[test]
fn no_label_overlaps_or_leaves_the_chart_from_320_to_1600_px() {
    let data = sample();
    for kind in CHARTS {
        for lang in Lang::ALL {
            for (w, h) in [(320.0, 320.0), (480.0, 360.0), (800.0, 480.0), (1280.0, 600.0), (1600.0, 700.0)] {
                for group in [Grouping::None, Grouping::Team] {
                    if group == Grouping::Team && kind != ChartKind::Seasons {
                        continue;
                    }
                    let opts = ChartOptions {
                        chart: kind,
                        lang,
                        width: w,
                        height: h,
                        group,
                        source: Some("a source line".into()),
                        ..ChartOptions::default()
                    };
                    let svg = svg(&data, &opts);
                    let boxes = text_boxes(&svg);
                    let name = format!("{}-{}-{w}x{h}-{group:?}", kind.name(), lang.tag());
                    for b in &boxes {
                        assert!(b.x0 >= -0.5 && b.x1 <= w + 0.5, "{name}: {:?} leaves the chart", b.text);
                    }
                    for (i, a) in boxes.iter().enumerate() {
                        for b in &boxes[i + 1..] {
                            assert!(!a.overlaps(b, 1.0), "{name}: {:?} overlaps {:?}", a.text, b.text);
                        }
                    }
                }
            }
        }
    }
}

#[test]
fn khmer_digits_on_request() {
    let data = sample();
    let opts = ChartOptions { chart: ChartKind::Teams, lang: Lang::Km, khmer_digits: true, ..ChartOptions::default() };
    // Numbers: labels made only of digits and separators.
    let numbers = |t: Vec<String>| -> Vec<String> {
        t.into_iter()
            .filter(|s| !s.is_empty() && s.chars().all(|c| c.is_ascii_digit() || ('០'..='៩').contains(&c) || c == ','))
            .collect()
    };
    let khmer = numbers(texts(&svg(&data, &opts)));
    assert!(khmer.len() > 5 && khmer.iter().all(|s| !s.chars().any(|c| c.is_ascii_digit())), "Khmer digits: {khmer:?}");
    let western = numbers(texts(&svg(&data, &ChartOptions { khmer_digits: false, ..opts })));
    assert!(western.len() > 5 && western.iter().all(|s| !s.chars().any(|c| ('០'..='៩').contains(&c))), "{western:?}");
}

#[test]
fn every_kind_draws_an_empty_dataset_without_panicking() {
    let empty = repatria::dataset::Dataset::new();
    for kind in ChartKind::ALL {
        for (w, h) in [(100.0, 100.0), (320.0, 240.0), (640.0, 400.0)] {
            let out = svg(&empty, &ChartOptions { chart: kind, width: w, height: h, ..ChartOptions::default() });
            assert!(out.contains("</svg>"), "{}", kind.name());
        }
    }
}

#[test]
fn published_figures_cite_their_sources() {
    let text = "season,remains,source,source_url\n\
        2013-2014,590,VOV English,https://english.vov.vn/society/vietnam-cambodia-search-for-soldier-remains-296149.vov\n\
        2024-2025,781,QĐND,https://www.qdnd.vn/a\n\
        2023-2024,834,VietnamPlus,https://www.vietnamplus.vn/b\n";
    let loaded = repatria::read::read("figures.csv", text.as_bytes()).unwrap();
    let line = repatria::source::line(&loaded.dataset, Lang::En).expect("a source line");
    assert!(line.contains("vov.vn"), "{line}");
    assert!(line.contains("published reports"), "{line}");
    assert!(repatria::source::sources(&loaded.dataset).len() >= 3);
}
