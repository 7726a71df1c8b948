//! Charts and maps: each kind is one drawing module, generic over plotters'
//! [`DrawingBackend`], that draws the same picture on a browser canvas and to SVG.
//!
//! [`render`] returns what the chart drew ([`Rendered`]: its title, description and table,
//! its marks, a map's layout), and [`hit`] answers pointer questions from that alone; the
//! caller keeps a [`Cache`] of what a redraw can reuse.

pub mod axis;
pub mod columns;
pub mod cumulative;
pub mod frame;
pub mod identified;
pub mod legend;
pub mod map;
pub mod mark;
pub mod matrix;
pub mod provinces;
pub mod record;
pub mod seasons;
pub mod table;
pub mod teams;
pub mod time;

use plotters_backend::DrawingBackend;
use serde::{Deserialize, Serialize};

use crate::aggregate::{Aggregates, Filter, TimeAxis};
use crate::dataset::Dataset;
use crate::draw::theme::ThemeName;
use crate::draw::{DrawError, Painter, Theme};
use crate::lang::Lang;
use crate::svg::SvgBackend;

pub use table::{Table, TableCell};

/// Which chart or map to draw (the value of `--chart` and of the JS option `chart`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ChartKind {
    /// Sets of remains per dry season (or calendar year), optionally stacked.
    #[default]
    Seasons,
    /// Running total over seasons or years.
    Cumulative,
    /// Horizontal bars per province, sorted by count.
    Provinces,
    /// Bars per team, grouped by military region.
    Teams,
    /// Team × season heat grid; of a table of published figures, the coverage grid (which
    /// seasons and teams have a figure; `--chart coverage` on the command line).
    Matrix,
    /// Identified by name vs not, per season, as 100% bars.
    Identified,
    /// Choropleth of the provinces.
    Map,
    /// A circle per province, area proportional to the count.
    Bubbles,
    /// Each find with coordinates as a point (aggregated when crowded).
    Sites,
}

impl ChartKind {
    /// Every kind, in the order the gallery shows them.
    pub const ALL: [ChartKind; 9] = [
        ChartKind::Seasons,
        ChartKind::Cumulative,
        ChartKind::Provinces,
        ChartKind::Teams,
        ChartKind::Matrix,
        ChartKind::Identified,
        ChartKind::Map,
        ChartKind::Bubbles,
        ChartKind::Sites,
    ];

    /// The kind's name as written in options.
    pub fn name(self) -> &'static str {
        match self {
            ChartKind::Seasons => "seasons",
            ChartKind::Cumulative => "cumulative",
            ChartKind::Provinces => "provinces",
            ChartKind::Teams => "teams",
            ChartKind::Matrix => "matrix",
            ChartKind::Identified => "identified",
            ChartKind::Map => "map",
            ChartKind::Bubbles => "bubbles",
            ChartKind::Sites => "sites",
        }
    }

    /// Reads a kind's name (`coverage`: the matrix).
    pub fn parse(s: &str) -> Option<ChartKind> {
        let s = s.trim().to_ascii_lowercase();
        if s == "coverage" {
            return Some(ChartKind::Matrix);
        }
        ChartKind::ALL.into_iter().find(|k| k.name() == s)
    }

    /// Whether this kind is a map.
    pub fn is_map(self) -> bool {
        matches!(self, ChartKind::Map | ChartKind::Bubbles | ChartKind::Sites)
    }
}

/// How bars are stacked in the `seasons` chart.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Grouping {
    /// One bar per season.
    #[default]
    None,
    /// Stacked by team.
    Team,
    /// Stacked by military region.
    Region,
}

/// How a choropleth's classes are cut.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "camelCase")]
pub enum Classification {
    /// Equal numbers of provinces per class.
    #[default]
    Quantiles,
    /// Jenks natural breaks.
    NaturalBreaks,
}

pub use crate::draw::MAX_SIDE;
/// The smallest side of an SVG document, in CSS pixels.
pub const MIN_SVG_SIDE: f64 = 100.0;

/// A side of a drawing as it is drawn: at most [`MAX_SIDE`]; `default` when `v` is not a
/// positive number ([`MIN_SVG_SIDE`] when neither is).
#[inline(never)]
pub fn side(v: f64, default: f64) -> f64 {
    let positive = |v: f64| v > 0.0 && v < f64::INFINITY;
    let v = if positive(v) {
        v
    } else if positive(default) {
        default
    } else {
        MIN_SVG_SIDE
    };
    if v > MAX_SIDE {
        MAX_SIDE
    } else {
        v
    }
}

/// The pixels of the SVG document drawn for `opts`: each side from [`MIN_SVG_SIDE`] to
/// [`MAX_SIDE`].
pub fn svg_size(opts: &ChartOptions) -> (u32, u32) {
    let px = |v: f64, default: f64| side(v, default).max(MIN_SVG_SIDE).round() as u32;
    (px(opts.width, DEFAULT_WIDTH), px(opts.height, DEFAULT_HEIGHT))
}

/// The width charts are drawn at when none is given, in CSS pixels.
pub const DEFAULT_WIDTH: f64 = 640.0;
/// The height charts are drawn at when none is given, in CSS pixels.
pub const DEFAULT_HEIGHT: f64 = 400.0;

/// Everything a chart can be asked for. The same struct comes from the command line, from
/// JavaScript (through serde-wasm-bindgen) and from tests; an unknown field is an error.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields, rename_all = "camelCase")]
pub struct ChartOptions {
    /// The chart kind.
    pub chart: ChartKind,
    /// Language of every built-in string and name.
    pub lang: Lang,
    /// Light or dark.
    pub theme: ThemeName,
    /// Title; the chart's own title when absent.
    pub title: Option<String>,
    /// A line under the title.
    pub subtitle: Option<String>,
    /// Where the numbers come from, shown as "Source: …".
    pub source: Option<String>,
    /// Width in CSS pixels (SVG output; a canvas takes its own size).
    pub width: f64,
    /// Height in CSS pixels.
    pub height: f64,
    /// Which records to count.
    pub filter: Filter,
    /// Stacking of the `seasons` chart.
    pub group: Grouping,
    /// Dry seasons or calendar years, for `seasons` and `cumulative`.
    pub time: TimeAxis,
    /// Number of classes of the choropleth (2 to 9).
    pub classes: u8,
    /// How the choropleth's classes are cut.
    pub classification: Classification,
    /// Marks the chart as drawn from made-up sample data.
    pub sample: bool,
    /// Writes Khmer digits when the language is Khmer.
    pub khmer_digits: bool,
}

impl Default for ChartOptions {
    fn default() -> Self {
        ChartOptions {
            chart: ChartKind::Seasons,
            lang: Lang::En,
            theme: ThemeName::Light,
            title: None,
            subtitle: None,
            source: None,
            width: DEFAULT_WIDTH,
            height: DEFAULT_HEIGHT,
            filter: Filter::default(),
            group: Grouping::None,
            time: TimeAxis::Season,
            classes: 5,
            classification: Classification::Quantiles,
            sample: false,
            khmer_digits: false,
        }
    }
}

/// What drawing a chart yields besides the picture: what it says in words and numbers, and
/// what hit testing reads (the marks; for a map, its layout).
#[derive(Clone, Debug, Serialize)]
pub struct Rendered {
    /// The chart's title as drawn (its accessible name).
    pub title: String,
    /// A plain-language description for alt text.
    pub description: String,
    /// The numbers the chart shows.
    pub table: Table,
    /// The regions a reader can point at, in drawing order (empty on maps, whose provinces
    /// and finds are found from [`Rendered::map`]).
    #[serde(skip)]
    pub marks: Vec<mark::Mark>,
    /// A map's layout as drawn.
    #[serde(skip)]
    pub map: Option<map::Layout>,
}

/// What drawing keeps from one drawing to the next: each map's geometry projected at the
/// sizes drawn lately (none of it depends on the data, so a redraw after a filter reuses it).
/// Kept by whoever draws, such as a chart on a page; [`Cache::clear`] lets it go.
#[derive(Default)]
pub struct Cache {
    map: map::GeometryCache,
}

impl Cache {
    /// Forgets everything kept.
    pub fn clear(&mut self) {
        self.map.clear();
    }
}

/// The data a chart reads: the records (for `sites`) and their aggregates.
#[derive(Clone, Copy, Debug)]
pub struct ChartData<'a> {
    /// The records.
    pub dataset: &'a Dataset,
    /// Sums by time × team × province.
    pub aggregates: &'a Aggregates,
}

/// Draws the chart `opts` asks for onto `backend`, whose pixels are `scale` times smaller
/// than CSS pixels (the device pixel ratio on a canvas, 1 in SVG), reusing what `cache` kept
/// from earlier drawings.
pub fn render<B: DrawingBackend>(
    backend: &mut B,
    scale: f64,
    data: ChartData,
    opts: &ChartOptions,
    cache: &mut Cache,
) -> Result<Rendered, DrawError> {
    let theme = Theme::get(opts.theme);
    let mut p = Painter::new(backend, scale);
    // Without a source line of its own, a chart cites the sources kept in its data.
    let with_source;
    let opts = match (&opts.source, crate::source::line_of(&data.aggregates.sources, opts.lang)) {
        (None, Some(line)) => {
            with_source = ChartOptions { source: Some(line), ..opts.clone() };
            &with_source
        }
        _ => opts,
    };
    let rendered = match opts.chart {
        ChartKind::Seasons => seasons::render(&mut p, data.aggregates, opts, theme)?,
        ChartKind::Cumulative => cumulative::render(&mut p, data.aggregates, opts, theme)?,
        ChartKind::Provinces => provinces::render(&mut p, data.aggregates, opts, theme)?,
        ChartKind::Teams => teams::render(&mut p, data.aggregates, opts, theme)?,
        ChartKind::Matrix => matrix::render(&mut p, data.aggregates, opts, theme)?,
        ChartKind::Identified => identified::render(&mut p, data.aggregates, opts, theme)?,
        ChartKind::Map | ChartKind::Bubbles | ChartKind::Sites => {
            map::render_cached(&mut p, data, opts, theme, &mut cache.map)?
        }
    };
    p.present()?;
    Ok(rendered)
}

/// Renders the chart as an SVG document of `opts.width` × `opts.height` pixels ([`svg_size`]).
pub fn render_svg(data: ChartData, opts: &ChartOptions) -> Result<String, DrawError> {
    let (w, h) = svg_size(opts);
    let mut svg = SvgBackend::new(w, h);
    let rendered = render(&mut svg, 1.0, data, opts, &mut Cache::default())?;
    svg.describe(&rendered.title, &rendered.description);
    Ok(svg.into_string())
}

/// What is under CSS pixel (`x`, `y`) of the chart drawn as `drawn`: for charts, the
/// smallest of its marks containing it; for maps, the province (or on `sites` the nearest
/// find) with its tooltip, in the language and digits it was drawn in. `data` is the data
/// drawn.
pub fn hit(data: ChartData, drawn: &Rendered, x: f64, y: f64) -> Option<mark::Mark> {
    let Some(layout) = &drawn.map else {
        return mark::hit(&drawn.marks, x, y).cloned();
    };
    layout.mark_at(data.dataset, x, y)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::generate::generate_records;

    fn sample() -> (Dataset, Aggregates) {
        let dataset = Dataset::from_records(&generate_records(2_000, 5));
        let aggregates = Aggregates::build(&dataset);
        (dataset, aggregates)
    }

    fn svg(data: ChartData, opts: &ChartOptions, cache: &mut Cache) -> (String, Rendered) {
        let mut backend = SvgBackend::new(opts.width as u32, opts.height as u32);
        let rendered = render(&mut backend, 1.0, data, opts, cache).expect("draws");
        (backend.into_string(), rendered)
    }

    #[test]
    fn a_kept_cache_draws_the_same_picture_and_can_be_cleared() {
        let (dataset, aggregates) = sample();
        let data = ChartData { dataset: &dataset, aggregates: &aggregates };
        let mut cache = Cache::default();
        for chart in [ChartKind::Map, ChartKind::Bubbles, ChartKind::Sites] {
            let opts = ChartOptions { chart, ..ChartOptions::default() };
            let fresh = svg(data, &opts, &mut Cache::default()).0;
            assert_eq!(svg(data, &opts, &mut cache).0, fresh, "{chart:?}, first drawing");
            assert_eq!(svg(data, &opts, &mut cache).0, fresh, "{chart:?}, from the kept geometry");
            cache.clear();
            assert_eq!(svg(data, &opts, &mut cache).0, fresh, "{chart:?}, after clearing");
        }
    }

    #[test]
    fn hit_testing_reads_the_drawing() {
        let (dataset, aggregates) = sample();
        let data = ChartData { dataset: &dataset, aggregates: &aggregates };
        for chart in ChartKind::ALL {
            let opts = ChartOptions { chart, ..ChartOptions::default() };
            let (_, drawn) = svg(data, &opts, &mut Cache::default());
            assert_eq!(drawn.map.is_some(), chart.is_map(), "{chart:?}");
            assert_eq!(drawn.marks.is_empty(), chart.is_map(), "{chart:?}");
            for m in &drawn.marks {
                let (x, y) = ((m.x0 + m.x1) / 2.0, (m.y0 + m.y1) / 2.0);
                let hit = hit(data, &drawn, x, y).expect("a mark under its centre");
                assert!(hit.contains(x, y), "{chart:?}");
            }
            if !chart.is_map() {
                continue;
            }
            // The drawing's layout answers as a layout made afresh for the same size does.
            let mut found = 0;
            for i in 0..40 {
                for j in 0..25 {
                    let (x, y) = (f64::from(i) * 16.0 + 8.0, f64::from(j) * 16.0 + 8.0);
                    let fresh = map::hit(data, &opts, opts.width, opts.height, x, y);
                    let drawn_hit = drawn.map.as_ref().and_then(|l| l.hit(x, y));
                    assert_eq!(drawn_hit, fresh, "{chart:?} at {x}, {y}");
                    let mark = hit(data, &drawn, x, y);
                    assert_eq!(mark.is_some(), fresh.is_some(), "{chart:?} at {x}, {y}");
                    found += usize::from(fresh.is_some());
                }
            }
            assert!(found > 100, "{chart:?}: {found} points on the map");
        }
    }

    #[test]
    fn a_side_is_clamped_to_the_largest_or_defaulted() {
        assert_eq!(side(1e9, 640.0), MAX_SIDE);
        assert_eq!(side(f64::INFINITY, 640.0), 640.0);
        assert_eq!(side(f64::NAN, 1e9), MAX_SIDE);
        assert_eq!(side(-5.0, f64::NAN), MIN_SVG_SIDE);
        assert_eq!(side(320.0, 640.0), 320.0);
        let opts = ChartOptions { width: f64::NAN, height: 50.0, ..ChartOptions::default() };
        assert_eq!(svg_size(&opts), (640, 100));
    }

    /// Sizes of 1e9 and more (and a device pixel ratio of 1e-9 on a backend of 4 billion pixels
    /// a side) are drawn at [`MAX_SIDE`]: nothing sized or looped by the size asked for.
    #[test]
    fn absurd_sizes_are_drawn_at_the_largest_side() {
        let (dataset, aggregates) = sample();
        let data = ChartData { dataset: &dataset, aggregates: &aggregates };
        for chart in ChartKind::ALL {
            for (width, height, expected) in [(1e9, 400.0, (10_000, 400)), (f64::MAX, 1e-9, (10_000, 100))] {
                let opts = ChartOptions { chart, width, height, ..ChartOptions::default() };
                let started = std::time::Instant::now();
                let svg = render_svg(data, &opts).expect("draws");
                let (w, h) = svg_size(&opts);
                assert!(
                    svg.starts_with(&format!("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{w}\" height=\"{h}\""))
                );
                assert_eq!((w, h), expected);
                // A backend as large as it gets, drawn at the largest side.
                let mut huge = SvgBackend::new(u32::MAX, u32::MAX);
                let drawn = render(&mut huge, 1e-9, data, &opts, &mut Cache::default()).expect("draws");
                if let Some(layout) = &drawn.map {
                    let map = layout.map_rect();
                    assert!(map.x1 <= MAX_SIDE && map.y1 <= MAX_SIDE, "{chart:?}: {map:?}");
                }
                if chart.is_map() {
                    assert_eq!(map::hit(data, &opts, width, height, 5e8, 200.0), None, "{chart:?}: off the map");
                }
                // Drawn at 10,000 pixels a side (a second or so in a debug build), never at 1e9.
                assert!(started.elapsed() < std::time::Duration::from_secs(60), "{chart:?}: {:?}", started.elapsed());
            }
        }
    }
}
