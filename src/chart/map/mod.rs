//! Maps of Cambodia: a choropleth of the provinces (`map`), a circle per province (`bubbles`)
//! and the find sites (`sites`), drawn by the same pure core as the charts over any plotters
//! [`DrawingBackend`].
//!
//! Every map shows the neighbouring countries with their names in the reader's language,
//! province borders drawn once from the atlas's arcs, province names where they fit, a legend
//! that states what each colour or circle means, and the ODbL attribution
//! [`crate::geo::ATTRIBUTION`]. [`Layout`] places everything; drawing ([`render`]) and hit
//! testing ([`hit`]) both use it, so a pixel means the same thing to both.

pub mod classify;
mod clip;
mod labels;
mod legend;
mod paint;
pub mod sites;
pub mod strings;

use plotters_backend::DrawingBackend;
use serde::Serialize;

use crate::aggregate::TimeAxis;
use crate::chart::frame::{draw_frame, frame_area, wrap, Rect, Sizes};
use crate::chart::{ChartData, ChartKind, ChartOptions, Rendered, Table, TableCell};
use crate::draw::{Color, DrawError, Font, Painter, Theme};
use crate::format::NumberFormat;
use crate::geo::{self, BBox, Projection};
use crate::i18n::{t, Text};
use crate::lang::Lang;
use crate::province::Province;

pub use classify::Classes;
pub use sites::{Find, Hex};
use strings::{mt, MapText};

/// Spacing of the "no data" hatching, in CSS pixels.
pub const HATCH_SPACING: f64 = 5.0;
/// Radius of a find drawn as a dot, in CSS pixels.
pub const DOT_RADIUS: f64 = 2.0;
/// How near (CSS pixels) a find must be to a pointer for [`hit`] to report it.
pub const HIT_RADIUS: f64 = 6.0;
/// Above this many finds in view, `sites` always bins them into hexagons.
pub const MAX_DOTS: usize = 5000;

/// What lies under a point of a map.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct MapHit {
    /// The province under the point (on `bubbles`, the province of the circle under it).
    pub province: Option<Province>,
    /// That province's sets of remains as the map counts them; `None` for no data.
    pub remains: Option<u64>,
    /// On `sites`, the record index of the nearest find within [`HIT_RADIUS`] pixels.
    pub find: Option<usize>,
}

/// Draws the map `opts.chart` asks for (`Map`, `Bubbles` or `Sites`; any other kind draws a
/// choropleth) on `p`, and returns its title, description and table.
pub fn render<B: DrawingBackend>(
    p: &mut Painter<B>,
    data: ChartData,
    opts: &ChartOptions,
    theme: &Theme,
) -> Result<Rendered, DrawError> {
    let (w, h) = p.size();
    let layout = Layout::new(data, opts, w, h);
    draw_frame(p, opts, theme, layout.default_title)?;
    paint::paint(p, &layout, theme)?;
    Ok(Rendered { title: layout.title.clone(), description: layout.describe(), table: layout.table() })
}

/// What is under CSS pixel `(x, y)` of the map `opts` asks for, drawn `width` × `height`
/// CSS pixels: the province (and on `sites` the nearest find); `None` off the map, in the sea
/// or over a neighbouring country.
pub fn hit(data: ChartData, opts: &ChartOptions, width: f64, height: f64, x: f64, y: f64) -> Option<MapHit> {
    Layout::build(data, opts, width, height, false).hit(x, y)
}

/// Colours of a map's layers in a theme.
#[derive(Clone, Copy, Debug)]
pub(crate) struct MapColors {
    sea: Color,
    neighbour: Color,
    land: Color,
    unselected: Color,
    no_data: Color,
    hatch: Color,
    province_border: Color,
    border: Color,
    coast: Color,
    dot: Color,
    bubble: Color,
    legend_circle: Color,
    swatch_edge: Color,
    dark: bool,
}

impl MapColors {
    fn new(theme: &Theme) -> MapColors {
        let dark = theme.background.luminance() < 0.3;
        if dark {
            MapColors {
                sea: Color::hex(0x172430),
                neighbour: Color::hex(0x23272c),
                land: Color::hex(0x30353c),
                unselected: Color::hex(0x1b1e22),
                no_data: Color::hex(0x1b1e22),
                hatch: theme.missing,
                province_border: Color::hex(0x6a7179),
                border: Color::hex(0xc4c9cf),
                coast: Color::hex(0x4e6f88),
                dot: theme.palette[1],
                bubble: theme.palette[0],
                legend_circle: theme.muted,
                swatch_edge: Color::hex(0x6a7179),
                dark,
            }
        } else {
            MapColors {
                sea: Color::hex(0xe2edf5),
                neighbour: Color::hex(0xefede8),
                land: Color::hex(0xffffff),
                unselected: Color::hex(0xf2f2f2),
                no_data: Color::hex(0xffffff),
                hatch: theme.missing,
                province_border: Color::hex(0x9c9c9c),
                border: Color::hex(0x555555),
                coast: Color::hex(0x86a3b9),
                dot: theme.palette[5],
                bubble: theme.palette[0],
                legend_circle: theme.muted,
                swatch_edge: Color::hex(0x9c9c9c),
                dark,
            }
        }
    }
}

/// Text colour that reads on `fill`: the theme's dark text or white.
fn text_on(fill: Color) -> Color {
    if fill.luminance() > 0.36 {
        Color::hex(0x1a1a1a)
    } else {
        Color::hex(0xffffff)
    }
}

/// How the `sites` map shows its finds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SitesMode {
    /// One dot per find.
    Dots,
    /// Hexagonal bins coloured by sets of remains.
    Hexagons,
}

/// How a province is filled.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ProvinceFill {
    /// In class `i` of the choropleth (0 = lowest).
    Class(usize),
    /// Selected but without data: the "no data" pattern.
    NoData,
    /// Left out by the province filter.
    NotSelected,
    /// Plain land (under bubbles or find sites).
    Land,
}

/// Where the legend sits.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum LegendSide {
    Right,
    Below,
}

/// Everything about where a map's parts go and what they show, for a given size: computed
/// once per drawing, and again (identically) for hit testing.
#[derive(Clone, Debug)]
pub struct Layout {
    kind: ChartKind,
    lang: Lang,
    nf: NumberFormat,
    classes_wanted: usize,
    classification: crate::chart::Classification,
    title: String,
    default_title: &'static str,
    sizes: Sizes,
    map: Rect,
    projection: Projection,
    /// Attribution lines: text, x, y (middle), right-aligned?
    attribution: Vec<(String, f64, f64, bool)>,
    legend: legend::Spec,
    legend_box: legend::Arranged,
    legend_at: (f64, f64),
    /// Per province slot (0 unknown): sets of remains, `None` for no data.
    values: [Option<u64>; 26],
    /// Per province slot: finds (records) counted.
    records: [u64; 26],
    /// Per province slot: kept by the province filter.
    selected: [bool; 26],
    /// Sets of remains with no known province.
    unknown: u64,
    classes: Option<Classes>,
    bubble_rmax: f64,
    bubble_vmax: u64,
    finds: Vec<Find>,
    /// Finds kept by the filter with no coordinates, and their remains.
    without_coords: (u64, u64),
    /// Finds whose coordinates lie outside Cambodia (no province), and their remains.
    outside: (u64, u64),
    mode: SitesMode,
    hex_r: f64,
    hexes: Vec<Hex>,
}

/// The plot area [`draw_frame`] leaves for a `w` × `h` drawing, without drawing.
fn frame_rect(opts: &ChartOptions, w: f64, h: f64, title: &str) -> Rect {
    // Measure at 1/64 px so the size matches the caller's to well under a pixel.
    const K: f64 = 64.0;
    let at_k = |v: f64| f64::from((v * K).round().clamp(1.0, u32::MAX as f64) as u32) / K;
    frame_area(opts, Theme::get(opts.theme), at_k(w), at_k(h), title)
}

/// Cambodia's box with a margin of its neighbours around it.
fn context_bbox() -> BBox {
    let b = geo::atlas().bbox();
    let b = if b.is_empty() { BBox::new(102.33, 10.4, 107.63, 14.7) } else { b };
    BBox::new(b.min_lon - 0.3, b.min_lat - 0.25, b.max_lon + 0.3, b.max_lat + 0.25)
}

/// Pixels per degree of latitude for `bbox` fitted in `r`.
fn fit_scale(bbox: BBox, r: &Rect) -> f64 {
    if r.width() < 20.0 || r.height() < 20.0 {
        return 0.0;
    }
    Projection::fit(bbox, r.width(), r.height(), 0.0).scale()
}

/// A "nice" number (1, 2 or 5 × 10ⁿ) at most `v` (at least 1).
fn nice_floor(v: f64) -> u64 {
    if v.is_nan() || v < 1.0 {
        return 1;
    }
    let p = crate::format::power_of_ten_at_most(v);
    let m = v / p;
    let f = if m >= 5.0 {
        5.0
    } else if m >= 2.0 {
        2.0
    } else {
        1.0
    };
    ((f * p).round() as u64).max(1)
}

impl Layout {
    /// Lays out the map `opts` asks for on a `width` × `height` CSS-pixel drawing. To answer
    /// many [`Layout::hit`] queries (a pointer moving), keep the layout rather than calling
    /// [`hit`] each time.
    pub fn new(data: ChartData, opts: &ChartOptions, width: f64, height: f64) -> Layout {
        Layout::build(data, opts, width, height, true)
    }

    /// The one layout computation; without `for_drawing` it stops once the map's geometry is
    /// fixed (what hit testing needs), skipping the hexagon bins and the final legend.
    fn build(data: ChartData, opts: &ChartOptions, width: f64, height: f64, for_drawing: bool) -> Layout {
        let finite = |v: f64, d: f64| if v.is_finite() && v > 0.0 { v.min(100_000.0) } else { d };
        let (width, height) = (finite(width, 640.0), finite(height, 400.0));
        let kind = match opts.chart {
            k @ (ChartKind::Bubbles | ChartKind::Sites) => k,
            _ => ChartKind::Map,
        };
        let lang = opts.lang;
        let nf = NumberFormat { lang, khmer_digits: opts.khmer_digits };
        let default_title =
            if kind == ChartKind::Sites { mt(MapText::SitesTitle, lang) } else { mt(MapText::ProvincesTitle, lang) };
        let title = opts.title.clone().filter(|s| !s.trim().is_empty()).unwrap_or_else(|| default_title.to_string());
        let sizes = Sizes::for_width(width);
        let mut frame = frame_rect(opts, width, height, default_title);

        // The attribution: beside the credit line when both fit, else its own lines above it.
        let note = Font::new(sizes.note, Color::hex(0));
        let line_h = sizes.note * 1.4;
        let inner = width - 2.0 * sizes.pad;
        let credit_w = note.width(t(Text::Credit, lang));
        let mut attribution = Vec::new();
        if (credit_w + note.width(geo::ATTRIBUTION)) * labels::SLACK + 16.0 <= inner {
            attribution.push((
                geo::ATTRIBUTION.to_string(),
                width - sizes.pad,
                height - sizes.pad - line_h / 2.0,
                true,
            ));
        } else {
            let lines = wrap(geo::ATTRIBUTION, &note, inner / labels::SLACK, 4);
            let top = frame.y1 - lines.len() as f64 * line_h;
            for (i, l) in lines.into_iter().enumerate() {
                attribution.push((l, sizes.pad, top + (i as f64 + 0.5) * line_h, false));
            }
            frame.y1 = top - sizes.pad * 0.25;
        }

        let mut layout = Layout {
            kind,
            lang,
            nf,
            classes_wanted: usize::from(opts.classes).clamp(2, 9),
            classification: opts.classification,
            title,
            default_title,
            sizes,
            map: frame,
            projection: Projection::fit(context_bbox(), frame.width(), frame.height(), 0.0),
            attribution,
            legend: legend::Spec::default(),
            legend_box: legend::Arranged::default(),
            legend_at: (frame.x0, frame.y1),
            values: [None; 26],
            records: [0; 26],
            selected: [true; 26],
            unknown: 0,
            classes: None,
            bubble_rmax: 0.0,
            bubble_vmax: 0,
            finds: Vec::new(),
            without_coords: (0, 0),
            outside: (0, 0),
            mode: SitesMode::Dots,
            hex_r: 0.0,
            hexes: Vec::new(),
        };
        for p in Province::ALL {
            layout.selected[usize::from(p.number())] =
                opts.filter.provinces.is_empty() || opts.filter.provinces.contains(&p);
        }
        layout.count(data, opts);

        // A preliminary fit over the whole frame decides dots or hexagons and sizes marks.
        let bbox = context_bbox();
        let short = frame.width().min(frame.height()).max(0.0);
        let k = fit_scale(bbox, &frame);
        // The largest circle: about 0.33° of latitude (37 km) on the map, which comes out a
        // little smaller than the frame once the legend has its room.
        layout.bubble_rmax = (k * 0.33).clamp(6.0, 40.0);
        if kind == ChartKind::Sites {
            let km = k / 111.32;
            let area: f64 = Province::ALL.iter().map(|p| p.area_km2()).sum::<f64>() * km * km;
            let dots = layout.finds.len() as f64 * std::f64::consts::PI * DOT_RADIUS * DOT_RADIUS;
            let crowded = layout.finds.len() > MAX_DOTS || (area > 0.0 && dots / area > 0.2);
            layout.mode = if crowded { SitesMode::Hexagons } else { SitesMode::Dots };
            layout.hex_r = (short / 55.0).clamp(5.0, 12.0);
        }

        // Legend beside or below the map, whichever leaves the map larger.
        let reserve = layout.legend_spec(true);
        let gap = sizes.pad;
        let side_w = (frame.width() * 0.36).min(220.0);
        let side = legend::arrange(&reserve, side_w, false, &sizes);
        let below = legend::arrange(&reserve, frame.width(), true, &sizes);
        let map_side = Rect { x1: frame.x1 - side.w - gap, ..frame };
        let map_below = Rect { y1: frame.y1 - below.h - gap * 0.75, ..frame };
        let s_side = if side.h <= frame.height() { fit_scale(bbox, &map_side) } else { 0.0 };
        let s_below = fit_scale(bbox, &map_below);
        let (where_, map) = if s_side >= s_below && s_side > 0.0 {
            (LegendSide::Right, map_side)
        } else if s_below > 0.0 {
            (LegendSide::Below, map_below)
        } else {
            (LegendSide::Below, frame)
        };
        layout.map = map;
        let fitted = Projection::fit(bbox, map.width(), map.height(), 0.0);
        let centre = bbox.center().unwrap_or((105.0, 12.5));
        layout.projection =
            Projection::new(fitted.scale(), centre, (map.x0 + map.width() / 2.0, map.y0 + map.height() / 2.0));
        if !for_drawing {
            return layout;
        }

        if kind == ChartKind::Sites && layout.mode == SitesMode::Hexagons {
            let proj = layout.projection;
            let m = layout.map;
            let pts = layout.finds.iter().filter_map(|f| {
                let (x, y) = proj.project(f64::from(f.lon), f64::from(f.lat));
                (x >= m.x0 && x <= m.x1 && y >= m.y0 && y <= m.y1).then_some((x, y, f.remains))
            });
            layout.hexes = sites::hexbin(pts, layout.hex_r, (m.x0, m.y0));
            let v: Vec<u64> = layout.hexes.iter().map(|h| h.remains).collect();
            layout.classes = Classes::new(&v, layout.classes_wanted, layout.classification);
        }
        layout.legend = layout.legend_spec(false);
        layout.legend_box = match where_ {
            LegendSide::Right => legend::arrange(&layout.legend, side_w, false, &sizes),
            LegendSide::Below => legend::arrange(&layout.legend, frame.width(), true, &sizes),
        };
        layout.legend_at = match where_ {
            LegendSide::Right => (map.x1 + gap, frame.y1 - layout.legend_box.h),
            LegendSide::Below => (frame.x0, frame.y1 - layout.legend_box.h),
        };
        layout
    }

    /// Reads the numbers the map shows.
    fn count(&mut self, data: ChartData, opts: &ChartOptions) {
        if self.kind == ChartKind::Sites {
            let (finds, missing, missing_remains) = sites::finds(data.dataset, &opts.filter);
            self.without_coords = (missing, missing_remains);
            for f in &finds {
                let slot = usize::from(f.province).min(25);
                if slot == 0 {
                    self.outside.0 += 1;
                    self.outside.1 += u64::from(f.remains);
                } else {
                    *self.values[slot].get_or_insert(0) += u64::from(f.remains);
                    self.records[slot] += 1;
                }
            }
            self.finds = finds;
            return;
        }
        let by = data.aggregates.cube(TimeAxis::Season).by_province(&opts.filter);
        for (&slot, cell) in by.iter() {
            if slot == 0 {
                self.unknown += cell.remains;
            } else if slot < 26 && self.selected[slot] {
                self.values[slot] = Some(cell.remains);
                self.records[slot] = cell.records;
            }
        }
        let v: Vec<u64> = self.values[1..].iter().flatten().copied().collect();
        if self.kind == ChartKind::Map {
            self.classes = Classes::new(&v, self.classes_wanted, self.classification);
        }
        self.bubble_vmax = v.iter().copied().max().unwrap_or(0);
    }

    /// Whether some selected province has no data.
    fn any_no_data(&self) -> bool {
        (1..26).any(|s| self.selected[s] && self.values[s].is_none())
    }

    /// Radius of a bubble for `v` sets of remains.
    fn bubble_radius(&self, v: u64) -> f64 {
        if v == 0 || self.bubble_vmax == 0 {
            return 0.0;
        }
        (self.bubble_rmax * (v as f64 / self.bubble_vmax as f64).sqrt()).max(1.5)
    }

    /// The legend's content; with `reserve`, hexagon classes are stood in for by the widest
    /// possible labels, so that the space kept for the legend always suffices.
    fn legend_spec(&self, reserve: bool) -> legend::Spec {
        use legend::{Entry, Spec, Swatch};
        let lang = self.lang;
        let nf = &self.nf;
        let mut spec = Spec { caption: mt(MapText::SetsOfRemains, lang).to_string(), ..Spec::default() };
        let no_data = || Entry { swatch: Swatch::NoData, label: t(Text::NoData, lang).to_string() };
        match self.kind {
            ChartKind::Sites => match self.mode {
                SitesMode::Dots => {
                    spec.caption.clear();
                    spec.entries.push(Entry { swatch: Swatch::Dot, label: mt(MapText::OneFind, lang).to_string() });
                }
                SitesMode::Hexagons => {
                    let km_per_px = 111.32 / self.projection.scale().max(1e-9);
                    let across = self.hex_r * 3f64.sqrt() * km_per_px;
                    let across = if reserve { 999.0 } else { across };
                    spec.caption = strings::per_hexagon(lang, &nf.int(across.round().max(1.0) as u64));
                    if reserve {
                        let total: u64 = self.finds.iter().map(|f| u64::from(f.remains)).sum();
                        let widest = format!("{}–{}", nf.int(total), nf.int(total));
                        for i in 0..self.classes_wanted {
                            spec.entries.push(Entry { swatch: Swatch::Class(i), label: widest.clone() });
                        }
                    } else if let Some(c) = &self.classes {
                        for i in 0..c.len() {
                            spec.entries.push(Entry { swatch: Swatch::Class(i), label: c.label(i, nf) });
                        }
                    }
                }
            },
            ChartKind::Bubbles => {
                let vmax = self.bubble_vmax;
                if vmax > 0 {
                    // Up to three reference values, each circle's label clear of the last.
                    let n1 = nice_floor(vmax as f64);
                    let mut circles = vec![(self.bubble_radius(n1), nf.int(n1))];
                    for d in [3.0, 10.0] {
                        let n = nice_floor(n1 as f64 / d);
                        let r = self.bubble_radius(n);
                        let Some(&(last_r, _)) = circles.last() else { break };
                        if 2.0 * (last_r - r) >= self.sizes.label * 1.1 {
                            circles.push((r, nf.int(n)));
                        }
                    }
                    spec.entries.push(Entry { swatch: Swatch::Circles(circles), label: String::new() });
                }
                if self.any_no_data() {
                    spec.entries.push(no_data());
                }
            }
            _ => {
                if let Some(c) = &self.classes {
                    for i in 0..c.len() {
                        spec.entries.push(Entry { swatch: Swatch::Class(i), label: c.label(i, nf) });
                    }
                }
                if self.any_no_data() {
                    spec.entries.push(no_data());
                }
            }
        }
        if self.selected[1..].iter().any(|s| !s) {
            spec.entries.push(Entry { swatch: Swatch::NotSelected, label: mt(MapText::NotSelected, lang).to_string() });
        }
        if self.unknown > 0 {
            spec.notes.push(strings::unknown_note(lang, &nf.int(self.unknown)));
        }
        if self.without_coords.0 > 0 {
            spec.notes.push(strings::no_coordinates_note(lang, &nf.int(self.without_coords.0)));
        }
        spec
    }

    /// The projection from lon/lat to CSS pixels.
    pub fn projection(&self) -> Projection {
        self.projection
    }

    /// The box the map is drawn in (sea and neighbours fill it; nothing is drawn outside it).
    pub fn map_rect(&self) -> Rect {
        self.map
    }

    /// The legend's box.
    pub fn legend_rect(&self) -> Rect {
        legend::rect_at(&self.legend_box, self.legend_at)
    }

    /// The choropleth's classes (or, on a hexagon `sites` map, the hexagons'), if any.
    pub fn classes(&self) -> Option<&Classes> {
        self.classes.as_ref()
    }

    /// Per province: sets of remains as the map counts them, `None` for no data (or not
    /// selected).
    pub fn value(&self, p: Province) -> Option<u64> {
        self.values[usize::from(p.number())]
    }

    /// How province `p` is filled.
    pub fn province_fill(&self, p: Province) -> ProvinceFill {
        let slot = usize::from(p.number());
        if !self.selected[slot] {
            return ProvinceFill::NotSelected;
        }
        match (self.kind, self.values[slot]) {
            (ChartKind::Sites, _) | (ChartKind::Bubbles, Some(_)) => ProvinceFill::Land,
            (_, None) => ProvinceFill::NoData,
            (_, Some(v)) => ProvinceFill::Class(self.classes.as_ref().map_or(0, |c| c.class_of(v))),
        }
    }

    /// How `sites` shows its finds at this size.
    pub fn sites_mode(&self) -> SitesMode {
        self.mode
    }

    /// The finds a `sites` map shows (empty for other kinds).
    pub fn finds(&self) -> &[Find] {
        &self.finds
    }

    /// The hexagonal bins of a `sites` map (empty when it shows dots).
    pub fn hexes(&self) -> &[Hex] {
        &self.hexes
    }

    /// Bubble centres and radii, largest first.
    fn bubbles(&self) -> Vec<(Province, (f64, f64), f64)> {
        let mut out: Vec<(Province, (f64, f64), f64)> = Province::ALL
            .iter()
            .filter_map(|&p| {
                let r = self.bubble_radius(self.value(p)?);
                let (lon, lat) = p.label_point();
                (r > 0.0).then(|| (p, self.projection.project(lon, lat), r))
            })
            .collect();
        crate::sort::sort_by(&mut out, |a, b| b.2.total_cmp(&a.2).then(a.0.cmp(&b.0)));
        out
    }

    /// What is under CSS pixel `(x, y)`; see [`hit`].
    pub fn hit(&self, x: f64, y: f64) -> Option<MapHit> {
        let m = &self.map;
        if !(x >= m.x0 && x <= m.x1 && y >= m.y0 && y <= m.y1) {
            return None;
        }
        let mut province = geo::province_at_pixel(&self.projection, x, y).and_then(Province::from_number);
        if self.kind == ChartKind::Bubbles {
            // The smallest circle under the point wins (it is drawn on top).
            if let Some(b) =
                self.bubbles().iter().rev().find(|b| (b.1 .0 - x).powi(2) + (b.1 .1 - y).powi(2) <= b.2 * b.2)
            {
                province = Some(b.0);
            }
        }
        let mut find = None;
        if self.kind == ChartKind::Sites {
            let mut best = HIT_RADIUS * HIT_RADIUS;
            for (f, (fx, fy)) in self.finds.iter().zip(sites::project(&self.finds, &self.projection)) {
                let d = (fx - x).powi(2) + (fy - y).powi(2);
                if d <= best {
                    best = d;
                    find = Some(f.index as usize);
                }
            }
        }
        if province.is_none() && find.is_none() {
            return None;
        }
        Some(MapHit { province, remains: province.and_then(|p| self.value(p)), find })
    }

    /// Provinces with data, most remains first (ties by name).
    fn ranked(&self) -> Vec<(Province, u64)> {
        let mut v: Vec<(Province, u64)> = Province::ALL.iter().filter_map(|&p| self.value(p).map(|n| (p, n))).collect();
        crate::sort::sort_by(&mut v, |a, b| b.1.cmp(&a.1).then_with(|| a.0.name(self.lang).cmp(b.0.name(self.lang))));
        v
    }

    /// The table behind the map.
    fn table(&self) -> Table {
        let lang = self.lang;
        let name = |s: MapText| mt(s, lang).to_string();
        let text = |s: &str| TableCell::Text(s.to_string());
        if self.kind == ChartKind::Sites {
            let mut rows: Vec<Vec<TableCell>> = self
                .ranked()
                .into_iter()
                .map(|(p, n)| {
                    vec![
                        text(p.name(lang)),
                        text(p.code()),
                        TableCell::Count(self.records[usize::from(p.number())]),
                        TableCell::Count(n),
                    ]
                })
                .collect();
            if self.outside.0 > 0 {
                rows.push(vec![
                    text(mt(MapText::OutsideCambodia, lang)),
                    TableCell::Empty,
                    TableCell::Count(self.outside.0),
                    TableCell::Count(self.outside.1),
                ]);
            }
            return Table {
                columns: vec![
                    name(MapText::Province),
                    name(MapText::Code),
                    name(MapText::Finds),
                    name(MapText::SetsOfRemains),
                ],
                rows,
            };
        }
        let mut rows: Vec<Vec<TableCell>> = self
            .ranked()
            .into_iter()
            .map(|(p, n)| vec![text(p.name(lang)), text(p.code()), TableCell::Count(n)])
            .collect();
        let mut missing: Vec<Province> = Province::ALL
            .iter()
            .copied()
            .filter(|p| self.selected[usize::from(p.number())] && self.value(*p).is_none())
            .collect();
        crate::sort::sort_by(&mut missing, |a, b| a.name(lang).cmp(b.name(lang)));
        rows.extend(missing.into_iter().map(|p| vec![text(p.name(lang)), text(p.code()), TableCell::Empty]));
        if self.unknown > 0 {
            rows.push(vec![text(mt(MapText::UnknownProvince, lang)), TableCell::Empty, TableCell::Count(self.unknown)]);
        }
        Table { columns: vec![name(MapText::Province), name(MapText::Code), name(MapText::SetsOfRemains)], rows }
    }

    /// A plain-language description of the map, for alt text.
    fn describe(&self) -> String {
        let lang = self.lang;
        let nf = &self.nf;
        let ranked = self.ranked();
        let top: Vec<String> =
            ranked.iter().take(3).map(|(p, n)| format!("{} ({})", p.name(lang), nf.int(*n))).collect();
        let top = match top.as_slice() {
            [] => String::new(),
            [a] => a.clone(),
            [init @ .., last] => format!("{} {} {last}", init.join(", "), strings::and(lang)),
        };
        let total: u64 = ranked.iter().map(|r| r.1).sum();
        let with = ranked.len();
        let missing = (1..26).filter(|&s| self.selected[s] && self.values[s].is_none()).count();
        let k = self.classes.as_ref().map_or(0, Classes::len);
        let mut s = match (self.kind, lang) {
            (ChartKind::Sites, Lang::En) => {
                let how = if self.mode == SitesMode::Hexagons { ", grouped into hexagons where they crowd" } else { "" };
                format!(
                    "Map of {} find sites in Cambodia{how}: {} sets of remains in {with} provinces",
                    nf.int(self.finds.len() as u64),
                    nf.int(total)
                )
            }
            (ChartKind::Sites, Lang::Vi) => {
                let how = if self.mode == SitesMode::Hexagons { ", gộp thành ô lục giác nơi dày đặc" } else { "" };
                format!(
                    "Bản đồ {} điểm phát hiện hài cốt ở Campuchia{how}: {} bộ hài cốt ở {with} tỉnh",
                    nf.int(self.finds.len() as u64),
                    nf.int(total)
                )
            }
            (ChartKind::Sites, Lang::Km) => {
                let how = if self.mode == SitesMode::Hexagons { " ដាក់ជាក្រុមឆកោណនៅកន្លែងដែលក្រាស់" } else { "" };
                format!(
                    "ផែនទីទីតាំងរកឃើញ {} នៅកម្ពុជា{how}៖ អដ្ឋិធាតុ {} នៅក្នុង {with} ខេត្ត",
                    nf.int(self.finds.len() as u64),
                    nf.int(total)
                )
            }
            (ChartKind::Bubbles, Lang::En) => format!(
                "Map of Cambodia with a circle on each province, its area proportional to the sets of remains found: {} in {with} provinces",
                nf.int(total)
            ),
            (ChartKind::Bubbles, Lang::Vi) => format!(
                "Bản đồ Campuchia với mỗi tỉnh một vòng tròn, diện tích tỉ lệ với số bộ hài cốt quy tập được: {} bộ ở {with} tỉnh",
                nf.int(total)
            ),
            (ChartKind::Bubbles, Lang::Km) => format!(
                "ផែនទីកម្ពុជាដែលមានរង្វង់មួយលើខេត្តនីមួយៗ ទំហំសមាមាត្រនឹងចំនួនអដ្ឋិធាតុដែលបានរកឃើញ៖ អដ្ឋិធាតុ {} នៅក្នុង {with} ខេត្ត",
                nf.int(total)
            ),
            (_, Lang::En) => format!(
                "Map of Cambodia's provinces shaded in {k} classes by sets of remains found: {} in {with} provinces",
                nf.int(total)
            ),
            (_, Lang::Vi) => format!(
                "Bản đồ các tỉnh Campuchia tô màu theo {k} nhóm số bộ hài cốt quy tập được: {} bộ ở {with} tỉnh",
                nf.int(total)
            ),
            (_, Lang::Km) => format!(
                "ផែនទីខេត្តនៃប្រទេសកម្ពុជា ដាក់ពណ៌ជា {k} ថ្នាក់ តាមចំនួនអដ្ឋិធាតុដែលបានរកឃើញ៖ អដ្ឋិធាតុ {} នៅក្នុង {with} ខេត្ត",
                nf.int(total)
            ),
        };
        let (stop, most) = match lang {
            Lang::En => (".", "; the most in "),
            Lang::Vi => (".", "; nhiều nhất ở "),
            Lang::Km => ("។", "។ ច្រើនជាងគេនៅ "),
        };
        if !top.is_empty() {
            s += most;
            s += &top;
        }
        s += stop;
        if missing > 0 && self.kind != ChartKind::Sites {
            s += &match lang {
                Lang::En => format!(" {missing} provinces have no data."),
                Lang::Vi => format!(" {missing} tỉnh không có số liệu."),
                Lang::Km => format!(" {missing} ខេត្តគ្មានទិន្នន័យ។"),
            };
        }
        if self.unknown > 0 {
            s += " ";
            s += &strings::unknown_note(lang, &nf.int(self.unknown));
            s += stop;
        }
        if self.without_coords.0 > 0 {
            s += " ";
            s += &strings::no_coordinates_note(lang, &nf.int(self.without_coords.0));
            s += stop;
        }
        if self.outside.0 > 0 {
            s += &format!(" {}: {}{stop}", mt(MapText::OutsideCambodia, lang), nf.int(self.outside.0));
        }
        s
    }
}
