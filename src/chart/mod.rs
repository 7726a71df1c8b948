//! Charts: each kind is one drawing module, generic over plotters' [`DrawingBackend`], that
//! draws the same picture on a browser canvas and to SVG.

pub mod axis;
pub mod frame;
pub mod seasons;

use plotters_backend::DrawingBackend;
use serde::{Deserialize, Serialize};

use crate::aggregate::Aggregates;
use crate::draw::theme::ThemeName;
use crate::draw::{DrawError, Painter, Theme};
use crate::i18n::{t, Text};
use crate::lang::Lang;
use crate::svg::SvgBackend;

/// Which chart to draw (the value of `--chart` and of the JS option `chart`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ChartKind {
    /// Sets of remains per dry season.
    #[default]
    Seasons,
}

impl ChartKind {
    /// Reads a chart name as written on the command line or in a page attribute.
    pub fn parse(s: &str) -> Option<ChartKind> {
        match s.trim().to_ascii_lowercase().as_str() {
            "seasons" => Some(ChartKind::Seasons),
            _ => None,
        }
    }
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
    /// Width in CSS pixels (SVG output; the canvas takes its own size).
    pub width: f64,
    /// Height in CSS pixels.
    pub height: f64,
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
}

/// Draws the chart `opts` asks for from `data` onto `backend`, whose pixels are `scale` times
/// smaller than CSS pixels (the device pixel ratio on a canvas, 1 in SVG).
pub fn render<B: DrawingBackend>(
    backend: &mut B,
    scale: f64,
    data: &Aggregates,
    opts: &ChartOptions,
) -> Result<Rendered, DrawError> {
    let theme = Theme::get(opts.theme);
    let mut p = Painter::new(backend, scale);
    let rendered = match opts.chart {
        ChartKind::Seasons => {
            let bars = seasons::totals(data, opts);
            seasons::draw(&mut p, &bars, opts, theme)?;
            Rendered {
                title: opts.title.clone().unwrap_or_else(|| t(Text::SeasonsTitle, opts.lang).to_string()),
                description: seasons::describe(&bars, opts),
            }
        }
    };
    p.present()?;
    Ok(rendered)
}

/// Renders the chart as an SVG document of `opts.width` × `opts.height` pixels.
pub fn render_svg(data: &Aggregates, opts: &ChartOptions) -> Result<String, DrawError> {
    let w = opts.width.clamp(100.0, 10_000.0).round() as u32;
    let h = opts.height.clamp(100.0, 10_000.0).round() as u32;
    let mut svg = SvgBackend::new(w, h);
    let rendered = render(&mut svg, 1.0, data, opts)?;
    svg.describe(&rendered.title, &rendered.description);
    Ok(svg.into_string())
}
