//! The seasons chart rendered natively to SVG: title, labels, bars in the right order.

mod support;

use repatria::chart::ChartOptions;
use repatria::lang::Lang;
use repatria::read;
use support::texts;

const SAMPLE: &str = include_str!("../www/data/sample-seasons.csv");

/// Bars are the rects in the theme's bar colour: (x, height) in document order.
fn bars(svg: &str, fill: &str) -> Vec<(i32, i32)> {
    svg.lines()
        .filter(|l| l.starts_with("<rect") && l.contains(&format!("fill=\"{fill}\"")))
        .map(|l| {
            let attr = |name: &str| -> i32 {
                let start = l.find(&format!(" {name}=\"")).unwrap() + name.len() + 3;
                l[start..].split('"').next().unwrap().parse().unwrap()
            };
            (attr("x"), attr("height"))
        })
        .collect()
}

/// `opts` drawn over `www/data/sample-seasons.csv`.
fn svg(opts: &ChartOptions) -> String {
    let loaded = read::read("sample-seasons.csv", SAMPLE.as_bytes()).unwrap();
    assert!(loaded.report.problems.is_empty(), "{:?}", loaded.report.problems);
    support::svg(&loaded.dataset, opts)
}

#[test]
fn seasons_chart_has_title_labels_and_ordered_bars() {
    let opts = ChartOptions { sample: true, ..ChartOptions::default() };
    let svg = svg(&opts);
    let texts = texts(&svg);

    assert!(texts.iter().any(|t| t == "Sets of remains found, by dry season"), "{texts:?}");
    assert!(texts.iter().any(|t| t.starts_with("SAMPLE DATA")));
    assert!(texts.iter().any(|t| t == "Chart: repatria"));
    // One label per season from 2018–2019 to 2024–2025, the gap season included.
    for y in 2018..=2024 {
        let label = format!("{y}–{}", y + 1);
        assert_eq!(texts.iter().filter(|t| **t == label).count(), 1, "label {label} in {texts:?}");
    }
    assert_eq!(texts.iter().filter(|t| *t == "no data").count(), 1, "2020–2021 has no data");

    // Sample totals: 23, 40, (gap), 24, 36, 38, 40.
    let b = bars(&svg, "#1f6f8b");
    assert_eq!(b.len(), 6);
    assert!(b.windows(2).all(|w| w[0].0 < w[1].0), "bars left to right");
    let h: Vec<i32> = b.iter().map(|b| b.1).collect();
    assert!(h[0] < h[2] && h[2] < h[3] && h[3] < h[4] && h[4] < h[5], "heights follow totals: {h:?}");
    assert_eq!(h[1], h[5], "40 and 40 are the same height");
    for total in ["23", "40", "24", "36", "38"] {
        assert!(texts.iter().any(|t| t == total), "value label {total}");
    }
}

#[test]
fn svg_is_labelled_for_screen_readers_and_localised() {
    let opts = ChartOptions { lang: Lang::Vi, ..ChartOptions::default() };
    let svg = svg(&opts);
    assert!(svg.contains("<title>Số hài cốt quy tập được theo mùa khô</title>"));
    assert!(svg.contains("<desc>Biểu đồ cột: 201 bộ hài cốt qua 6 mùa khô"));
    assert!(texts(&svg).iter().any(|t| t == "không có số liệu"));
}

#[test]
fn narrow_chart_shortens_labels_instead_of_overlapping() {
    let opts = ChartOptions { width: 320.0, height: 300.0, ..ChartOptions::default() };
    let svg = svg(&opts);
    let texts = texts(&svg);
    assert!(!texts.iter().any(|t| t == "2018–2019"), "long labels do not fit 320 px");
    assert!(texts.iter().any(|t| t == "2018–19" || t == "18–19"), "{texts:?}");
}
