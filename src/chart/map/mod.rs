//! Maps of Cambodia: a choropleth of the provinces (`map`), a circle per province (`bubbles`)
//! and the find sites (`sites`), drawn by the same pure core as the charts over any plotters
//! [`DrawingBackend`].
//!
//! Every map shows the neighbouring countries with their names in the reader's language,
//! province borders drawn once from the atlas's arcs, province names where they fit, a legend
//! that states what each colour or circle means, and the ODbL attribution
//! [`crate::geo::ATTRIBUTION`]. [`Layout`] places everything; drawing ([`render`]) returns it
//! with the picture, and hit testing ([`Layout::hit`]) reads it, so a pixel means the same
//! thing to both.

pub mod classify;
pub(crate) mod clip;
pub(crate) mod colors;
mod describe;
mod hit;
pub(crate) mod labels;
mod layout;
pub(crate) use layout::{context_bbox, fit_scale};
pub(crate) mod legend;
mod paint;
pub mod sites;

use plotters_backend::DrawingBackend;

use crate::chart::frame::draw_frame;
use crate::chart::{ChartData, ChartOptions, Rendered};
use crate::draw::{DrawError, Painter, Theme};

pub use classify::Classes;
pub use hit::MapHit;
pub use layout::{Layout, ProvinceFill, SitesMode};
pub use paint::GeometryCache;
pub use sites::{Find, Hex};

/// Spacing of the "no data" hatching, in CSS pixels.
pub const HATCH_SPACING: f64 = 5.0;
/// Radius of a find drawn as a dot, in CSS pixels.
pub const DOT_RADIUS: f64 = 2.0;
/// How near (CSS pixels) a find must be to a pointer for [`hit`] to report it.
pub const HIT_RADIUS: f64 = 6.0;
/// Above this many finds in view, `sites` always bins them into hexagons.
pub const MAX_DOTS: usize = 5000;

/// Draws the map `opts.chart` asks for (`Map`, `Bubbles` or `Sites`; any other kind draws a
/// choropleth) on `p`, and returns its title, description, table and layout. Nothing is kept
/// for the next drawing: see [`render_cached`].
pub fn render<B: DrawingBackend>(
    p: &mut Painter<B>,
    data: ChartData,
    opts: &ChartOptions,
    theme: &Theme,
) -> Result<Rendered, DrawError> {
    render_cached(p, data, opts, theme, &mut GeometryCache::default())
}

/// Like [`render`], reusing the map geometry `cache` kept from earlier drawings (and keeping
/// this one's).
pub fn render_cached<B: DrawingBackend>(
    p: &mut Painter<B>,
    data: ChartData,
    opts: &ChartOptions,
    theme: &Theme,
    cache: &mut GeometryCache,
) -> Result<Rendered, DrawError> {
    let (w, h) = p.size();
    let layout = Layout::new(data, opts, w, h);
    draw_frame(p, opts, theme, layout.default_title)?;
    paint::paint(p, &layout, theme, cache)?;
    Ok(Rendered {
        title: layout.title.clone(),
        description: layout.describe(),
        table: layout.table(),
        marks: Vec::new(),
        map: Some(layout),
    })
}

/// What is under CSS pixel `(x, y)` of the map `opts` asks for, drawn `width` × `height`
/// CSS pixels: the province (and on `sites` the nearest find); `None` off the map, in the sea
/// or over a neighbouring country. A map drawn once answers many points from its
/// [`Rendered::map`] instead.
pub fn hit(data: ChartData, opts: &ChartOptions, width: f64, height: f64, x: f64, y: f64) -> Option<MapHit> {
    Layout::for_hit_testing(data, opts, width, height).hit(x, y)
}
