//! Where a map's parts go and what they show, for a given size: computed once per drawing
//! and kept with it, so that hit testing reads the layout that was drawn.

use crate::aggregate::TimeAxis;
use crate::chart::frame::{frame_area, wrap, Rect, Sizes};
use crate::chart::{ChartData, ChartKind, ChartOptions};
use crate::draw::{Color, Font, Theme};
use crate::format::NumberFormat;
use crate::geo::{self, BBox, Projection};
use crate::i18n::{self, mt, t, MapText, Text};
use crate::lang::Lang;
use crate::province::Province;

use super::classify::Classes;
use super::sites::{self, Find, Hex};
use super::{labels, legend, DOT_RADIUS, MAX_DOTS};

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
/// once per drawing and kept with it ([`crate::chart::Rendered::map`]).
#[derive(Clone, Debug)]
pub struct Layout {
    pub(super) kind: ChartKind,
    pub(super) lang: Lang,
    pub(super) nf: NumberFormat,
    pub(super) classes_wanted: usize,
    pub(super) classification: crate::chart::Classification,
    pub(super) title: String,
    pub(super) default_title: &'static str,
    pub(super) sizes: Sizes,
    pub(super) map: Rect,
    pub(super) projection: Projection,
    /// Attribution lines: text, x, y (middle), right-aligned?
    pub(super) attribution: Vec<(String, f64, f64, bool)>,
    pub(super) legend: legend::Spec,
    pub(super) legend_box: legend::Arranged,
    pub(super) legend_at: (f64, f64),
    /// Per province slot (0 unknown): sets of remains, `None` for no data.
    pub(super) values: [Option<u64>; 26],
    /// Per province slot: finds (records) counted.
    pub(super) records: [u64; 26],
    /// Per province slot: kept by the province filter.
    pub(super) selected: [bool; 26],
    /// Sets of remains with no known province.
    pub(super) unknown: u64,
    pub(super) classes: Option<Classes>,
    pub(super) bubble_rmax: f64,
    pub(super) bubble_vmax: u64,
    pub(super) finds: Vec<Find>,
    /// Finds kept by the filter with no coordinates, and their remains.
    pub(super) without_coords: (u64, u64),
    /// Finds whose coordinates lie outside Cambodia (no province), and their remains.
    pub(super) outside: (u64, u64),
    pub(super) mode: SitesMode,
    pub(super) hex_r: f64,
    pub(super) hexes: Vec<Hex>,
}

/// The plot area [`draw_frame`] leaves for a `w` × `h` drawing, without drawing.
fn frame_rect(opts: &ChartOptions, w: f64, h: f64, title: &str) -> Rect {
    // Measure at 1/64 px so the size matches the caller's to well under a pixel.
    const K: f64 = 64.0;
    let at_k = |v: f64| f64::from((v * K).round().clamp(1.0, u32::MAX as f64) as u32) / K;
    frame_area(opts, Theme::get(opts.theme), at_k(w), at_k(h), title)
}

/// Cambodia's box with a margin of its neighbours around it.
pub(crate) fn context_bbox() -> BBox {
    let b = geo::atlas().bbox();
    let b = if b.is_empty() { BBox::new(102.33, 10.4, 107.63, 14.7) } else { b };
    BBox::new(b.min_lon - 0.3, b.min_lat - 0.25, b.max_lon + 0.3, b.max_lat + 0.25)
}

/// Pixels per degree of latitude for `bbox` fitted in `r`.
pub(crate) fn fit_scale(bbox: BBox, r: &Rect) -> f64 {
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
    /// Lays out the map `opts` asks for on a `width` × `height` CSS-pixel drawing.
    pub fn new(data: ChartData, opts: &ChartOptions, width: f64, height: f64) -> Layout {
        Layout::build(data, opts, width, height, true)
    }

    /// The layout's geometry alone (what [`Layout::hit`] reads), without the hexagon bins and
    /// the final legend.
    pub(super) fn for_hit_testing(data: ChartData, opts: &ChartOptions, width: f64, height: f64) -> Layout {
        Layout::build(data, opts, width, height, false)
    }

    /// The one layout computation; without `for_drawing` it stops once the map's geometry is
    /// fixed (what hit testing needs), skipping the hexagon bins and the final legend.
    fn build(data: ChartData, opts: &ChartOptions, width: f64, height: f64, for_drawing: bool) -> Layout {
        let (width, height) = (crate::chart::side(width, 640.0), crate::chart::side(height, 400.0));
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
    pub(super) fn any_no_data(&self) -> bool {
        (1..26).any(|s| self.selected[s] && self.values[s].is_none())
    }

    /// Radius of a bubble for `v` sets of remains.
    pub(super) fn bubble_radius(&self, v: u64) -> f64 {
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
                    spec.caption = i18n::per_hexagon(lang, &nf.int(across.round().max(1.0) as u64));
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
            spec.notes.push(i18n::unknown_note(lang, &nf.int(self.unknown)));
        }
        if self.without_coords.0 > 0 {
            spec.notes.push(i18n::no_coordinates_note(lang, &nf.int(self.without_coords.0)));
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
    pub(super) fn bubbles(&self) -> Vec<(Province, (f64, f64), f64)> {
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
}
