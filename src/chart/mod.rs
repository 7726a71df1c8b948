//! Charts and maps: each kind is one drawing module, generic over plotters'
//! [`DrawingBackend`], that draws the same picture on a browser canvas and to SVG.

pub mod axis;
pub mod columns;
pub mod cumulative;
pub mod frame;
pub mod identified;
pub mod legend;
pub mod mark;
pub mod matrix;
pub mod provinces;
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
    /// Team × season heat grid.
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

    /// Reads a kind's name.
    pub fn parse(s: &str) -> Option<ChartKind> {
        let s = s.trim().to_ascii_lowercase();
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
            width: 640.0,
            height: 400.0,
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

/// What drawing a chart yields besides the picture.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Rendered {
    /// The chart's title as drawn (its accessible name).
    pub title: String,
    /// A plain-language description for alt text.
    pub description: String,
    /// The numbers the chart shows.
    pub table: Table,
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
/// than CSS pixels (the device pixel ratio on a canvas, 1 in SVG).
pub fn render<B: DrawingBackend>(
    backend: &mut B,
    scale: f64,
    data: ChartData,
    opts: &ChartOptions,
) -> Result<Rendered, DrawError> {
    render_with_marks(backend, scale, data, opts).map(|(r, _)| r)
}

/// Like [`render`], and also returns the marks a reader can point at.
pub fn render_with_marks<B: DrawingBackend>(
    backend: &mut B,
    scale: f64,
    data: ChartData,
    opts: &ChartOptions,
) -> Result<(Rendered, Vec<mark::Mark>), DrawError> {
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
        ChartKind::Map | ChartKind::Bubbles | ChartKind::Sites => crate::map::render(&mut p, data, opts, theme)?,
    };
    p.present()?;
    Ok((rendered, p.take_marks()))
}

/// Renders the chart as an SVG document of `opts.width` × `opts.height` pixels.
pub fn render_svg(data: ChartData, opts: &ChartOptions) -> Result<String, DrawError> {
    let w = opts.width.clamp(100.0, 10_000.0).round() as u32;
    let h = opts.height.clamp(100.0, 10_000.0).round() as u32;
    let mut svg = SvgBackend::new(w, h);
    let rendered = render(&mut svg, 1.0, data, opts)?;
    svg.describe(&rendered.title, &rendered.description);
    Ok(svg.into_string())
}

/// What is under CSS pixel (`x`, `y`) of a chart drawn `width` × `height`: for charts, the
/// smallest of the drawn `marks` containing it; for maps, the province (or on `sites` the
/// nearest find) with its tooltip.
pub fn hit(
    data: ChartData,
    opts: &ChartOptions,
    marks: &[mark::Mark],
    width: f64,
    height: f64,
    x: f64,
    y: f64,
) -> Option<mark::Mark> {
    if !opts.chart.is_map() {
        return mark::hit(marks, x, y).cloned();
    }
    let h = crate::map::hit(data, opts, width, height, x, y)?;
    let nf = crate::format::NumberFormat { lang: opts.lang, khmer_digits: opts.khmer_digits };
    let count = |v: Option<u64>| match v {
        Some(v) => crate::i18n::remains_phrase(&nf.int(v), opts.lang),
        None => crate::i18n::t(crate::i18n::Text::NoData, opts.lang).to_string(),
    };
    let (target, title, lines) = match (h.find, h.province) {
        (Some(i), _) => {
            let r = data.dataset.record(i)?;
            let mut lines = vec![crate::i18n::remains_phrase(&nf.int(u64::from(r.remains)), opts.lang)];
            if let Some(d) = r.date {
                lines.push(d.to_string());
            } else if let Some(s) = r.season {
                lines.push(s.to_string());
            }
            if let Some(t) = &r.team {
                lines.push(match t {
                    crate::record::TeamRef::Known(t) => t.code().to_string(),
                    crate::record::TeamRef::Other(s) => s.clone(),
                });
            }
            // Joined here rather than by `[&str]::join`, which would be a second copy of
            // `join` in the module beside `[String]::join`.
            let mut place = String::new();
            for part in [r.village.as_deref(), r.commune.as_deref(), r.district.as_deref()].into_iter().flatten() {
                if !place.is_empty() {
                    place.push_str(", ");
                }
                place.push_str(part);
            }
            let title = match (place.is_empty(), r.province) {
                (false, Some(p)) => format!("{}, {}", place, p.name(opts.lang)),
                (false, None) => place,
                (true, Some(p)) => p.name(opts.lang).to_string(),
                (true, None) => crate::i18n::t(crate::i18n::Text::UnknownProvince, opts.lang).to_string(),
            };
            (mark::Target::Find { record: i }, title, lines)
        }
        (None, Some(p)) => (
            mark::Target::Province { province: p.code().to_string() },
            p.name(opts.lang).to_string(),
            vec![count(h.remains)],
        ),
        (None, None) => return None,
    };
    Some(mark::Mark { x0: x, y0: y, x1: x, y1: y, target, title, lines })
}
