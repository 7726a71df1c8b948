//! Drawing a laid-out map: sea, neighbours, provinces, marks, borders, names, legend, notes.

use plotters_backend::DrawingBackend;

use crate::chart::frame::Rect;
use crate::chart::ChartKind;
use crate::draw::{Align, DrawError, Font, Painter, Theme};
use crate::geo::{self, Country, Region, RegionKey};
use crate::province::Province;

use super::classify::ramp;
use super::clip::{self, Mask, Px};
use super::colors::{text_on, MapColors};
use super::labels::{self, country_code};
use super::{legend, Layout, ProvinceFill, SitesMode, DOT_RADIUS, HATCH_SPACING};

/// A region's rings projected, thinned to device pixels and clipped to the map: each polygon's
/// exterior first, then its holes.
fn rings(region: &Region, layout: &Layout, scale: f64) -> Vec<(bool, Vec<Px>)> {
    clip::region_rings(region, &layout.projection, &layout.map, scale)
}

fn all(rings: &[(bool, Vec<Px>)]) -> Vec<Vec<Px>> {
    rings.iter().map(|r| r.1.clone()).collect()
}

/// A region's rings: (whether exterior, points).
type Rings = Vec<(bool, Vec<Px>)>;

/// Hatch segments of a province, computed once per size.
type Hatch = std::rc::Rc<Vec<(Px, Px)>>;

/// What a map's geometry looks like at one size: every region's rings projected and clipped,
/// the label mask, the border runs, and (filled in as needed) each province's hatching. None
/// of it depends on the data or the filter, so redrawing after a filter reuses it.
struct Prepared {
    key: [u64; 7],
    neighbours: Vec<(Option<Country>, Rings)>,
    /// Provinces with holes first, so that whatever fills a hole is drawn over it.
    provinces: Vec<(u8, Rings)>,
    mask: Mask,
    /// (arc index, clipped runs).
    arcs: Vec<(usize, Vec<Vec<Px>>)>,
    hatches: std::cell::RefCell<Vec<Option<Hatch>>>,
    /// Names placed lately, by what their placement depends on besides the geometry.
    names: std::cell::RefCell<Vec<(NamesKey, std::rc::Rc<Names>)>>,
}

/// What the placement of names depends on besides the geometry: the language, the two font
/// sizes, and the bubbles the names keep clear of (province, radius).
#[derive(Clone, PartialEq)]
struct NamesKey {
    lang: crate::lang::Lang,
    sizes: [u64; 2],
    bubbles: Vec<(Province, u64)>,
}

/// Placed names: provinces', then the neighbouring countries'.
struct Names {
    provinces: Vec<(labels::Label, Font)>,
    countries: Vec<(Country, labels::Label)>,
}

/// How many sizes of the geometry are kept: a map's frame changes with its legend, whose width
/// follows the data (a filter can widen the class labels), and a page may show several maps.
const PREPARED_KEPT: usize = 4;

/// The geometry of the maps drawn lately, at the sizes they were drawn (four sizes, the most
/// recently used first): kept by whoever draws them again, such as a chart on a page, and
/// emptied by [`GeometryCache::clear`].
#[derive(Default)]
pub struct GeometryCache {
    kept: Vec<std::rc::Rc<Prepared>>,
}

impl GeometryCache {
    /// Forgets every geometry kept.
    pub fn clear(&mut self) {
        self.kept.clear();
    }

    /// The geometry of `layout` at `scale` device pixels per CSS pixel, kept or made now.
    fn prepared(&mut self, layout: &Layout, scale: f64) -> std::rc::Rc<Prepared> {
        let m = layout.map;
        let (ox, oy) = layout.projection.project(104.0, 12.0);
        let (ux, _) = layout.projection.project(105.0, 12.0);
        let key = [m.x0, m.y0, m.x1, m.y1, ox, oy, (ux - ox) * scale].map(f64::to_bits);
        if let Some(i) = self.kept.iter().position(|p| p.key == key) {
            let p = self.kept.remove(i);
            self.kept.insert(0, p.clone());
            return p;
        }
        let p = std::rc::Rc::new(Prepared::new(key, layout, scale));
        self.kept.truncate(PREPARED_KEPT - 1);
        self.kept.insert(0, p.clone());
        p
    }
}

impl Prepared {
    fn new(key: [u64; 7], layout: &Layout, scale: f64) -> Prepared {
        let m = layout.map;
        let atlas = geo::atlas();
        let mut mask = Mask::new(&m, 2.0);
        let mut neighbours = Vec::new();
        for region in atlas.neighbours() {
            let rs = rings(region, layout, scale);
            let country = match region.key {
                RegionKey::Country(c) => Some(c),
                RegionKey::Province(_) => None,
            };
            if let Some(c) = country {
                mask.fill(&all(&rs), country_code(c));
            }
            neighbours.push((country, rs));
        }
        let mut order: Vec<&Region> = atlas.provinces.iter().collect();
        crate::sort::sort_by_key(&mut order, |r| {
            std::cmp::Reverse(r.polygons.iter().map(|p| p.rings.len()).sum::<usize>())
        });
        let mut provinces = Vec::new();
        for region in order {
            let Some(n) = region.province() else { continue };
            let rs = rings(region, layout, scale);
            mask.fill(&all(&rs), n);
            provinces.push((n, rs));
        }
        let arcs = atlas
            .arcs
            .iter()
            .enumerate()
            .map(|(i, arc)| {
                let pts = clip::thin(arc.points.iter().map(|&[lon, lat]| layout.projection.project(lon, lat)), scale);
                (i, clip::clip_polyline(&pts, &m))
            })
            .collect();
        Prepared {
            key,
            neighbours,
            provinces,
            mask,
            arcs,
            hatches: std::cell::RefCell::new(vec![None; 26]),
            names: std::cell::RefCell::new(Vec::new()),
        }
    }
}

/// Places the province and country names (see [`labels`]).
fn place_names(
    layout: &Layout,
    mask: &Mask,
    m: &Rect,
    bubbles: &[(Province, (f64, f64), f64)],
    name_font: &Font,
    country_font: &Font,
) -> Names {
    let mut occupied = Vec::new();
    let anchors: Vec<(Province, (f64, f64), f64)> = Province::ALL
        .iter()
        .map(|&pr| {
            let (lon, lat) = pr.label_point();
            let r = bubbles.iter().find(|b| b.0 == pr).map_or(0.0, |b| b.2);
            (pr, layout.projection.project(lon, lat), r)
        })
        .collect();
    let provinces = labels::provinces(mask, name_font, layout.lang, &anchors, &mut occupied);
    // Country names keep off the bubbles.
    occupied.extend(bubbles.iter().map(|&(_, (x, y), r)| Rect { x0: x - r, y0: y - r, x1: x + r, y1: y + r }));
    let mut countries = Vec::new();
    for c in [Country::Thailand, Country::Laos, Country::Vietnam] {
        let (lon, lat) = preferred(c);
        let pref = layout.projection.project(lon, lat);
        if let Some(l) =
            labels::country(mask, m, country_font, c.name(layout.lang), country_code(c), pref, &mut occupied)
        {
            countries.push((c, l));
        }
    }
    Names { provinces, countries }
}

impl Prepared {
    /// The names placed for `key`, placed by `place` unless kept from a recent draw.
    fn names(&self, key: NamesKey, place: impl FnOnce() -> Names) -> std::rc::Rc<Names> {
        let mut kept = self.names.borrow_mut();
        if let Some(i) = kept.iter().position(|(k, _)| *k == key) {
            let entry = kept.remove(i);
            let names = entry.1.clone();
            kept.insert(0, entry);
            return names;
        }
        let names = std::rc::Rc::new(place());
        kept.truncate(3);
        kept.insert(0, (key, names.clone()));
        names
    }

    fn hatch(&self, n: u8, rings: &[(bool, Vec<Px>)]) -> Hatch {
        let mut h = self.hatches.borrow_mut();
        let slot = &mut h[usize::from(n).min(25)];
        slot.get_or_insert_with(|| std::rc::Rc::new(clip::hatch(&all(rings), HATCH_SPACING))).clone()
    }
}

/// Where a country's name would best go (lon, lat): inland, near Cambodia.
fn preferred(c: Country) -> (f64, f64) {
    match c {
        Country::Thailand => (102.4, 14.3),
        Country::Laos => (106.2, 14.95),
        Country::Vietnam => (107.4, 11.5),
        Country::Cambodia => (104.9, 12.7),
    }
}

/// Draws the map laid out in `layout` (the frame is drawn by the caller), with the geometry
/// `cache` keeps for its size.
pub fn paint<B: DrawingBackend>(
    p: &mut Painter<B>,
    layout: &Layout,
    theme: &Theme,
    cache: &mut GeometryCache,
) -> Result<(), DrawError> {
    let colors = MapColors::new(theme);
    let scale = p.scale();
    let m = layout.map;
    let sizes = layout.sizes;
    let atlas = geo::atlas();
    let k = layout.classes.as_ref().map_or(0, |c| c.len());
    let classes_ramp = ramp(colors.dark, k);

    p.fill_rect(m.x0, m.y0, m.x1, m.y1, colors.sea)?;
    let prep = cache.prepared(layout, scale);
    let mask = &prep.mask;

    for (_, rs) in &prep.neighbours {
        for (exterior, ring) in rs {
            if *exterior {
                p.fill_polygon(ring, colors.neighbour)?;
            }
        }
    }

    let mut fills: Vec<(u8, crate::draw::Color)> = Vec::new();
    for (n, rs) in &prep.provinces {
        let n = *n;
        let how = Province::from_number(n).map_or(ProvinceFill::Land, |pr| layout.province_fill(pr));
        let fill = match how {
            ProvinceFill::Class(c) => classes_ramp.get(c).copied().unwrap_or(colors.land),
            ProvinceFill::NoData => colors.no_data,
            ProvinceFill::NotSelected => colors.unselected,
            ProvinceFill::Land => colors.land,
        };
        fills.push((n, fill));
        for (exterior, ring) in rs {
            if *exterior {
                p.fill_polygon(ring, fill)?;
            }
        }
        if how == ProvinceFill::NoData {
            for &(a, b) in prep.hatch(n, rs).iter() {
                p.line(a, b, colors.hatch, 1.0)?;
            }
        }
    }

    // Hexagons under the borders; dots over them.
    if layout.kind == ChartKind::Sites && layout.mode == SitesMode::Hexagons {
        let hex_ramp = ramp(colors.dark, layout.classes.as_ref().map_or(0, |c| c.len()));
        for h in &layout.hexes {
            let c = layout.classes.as_ref().map_or(0, |c| c.class_of(h.remains));
            let ring = clip::clip_ring(&super::sites::hexagon(h.x, h.y, layout.hex_r), &m);
            if ring.len() >= 3 {
                p.fill_polygon(&ring, hex_ramp.get(c).copied().unwrap_or(colors.dot))?;
            }
        }
    }

    for (i, runs) in &prep.arcs {
        let arc = &atlas.arcs[*i];
        let (color, width) = if arc.is_provincial() {
            (colors.province_border, 1.0)
        } else if arc.is_international() {
            let cambodian = arc.left.country == Some(Country::Cambodia) || arc.right.country == Some(Country::Cambodia);
            (colors.border, if cambodian { 1.5 } else { 1.0 })
        } else if arc.is_coast() {
            (colors.coast, 1.0)
        } else {
            continue;
        };
        for run in runs {
            p.polyline(run, color, width)?;
        }
    }

    if layout.kind == ChartKind::Sites && layout.mode == SitesMode::Dots {
        let dot = colors.dot.with_alpha(0.8);
        for (x, y) in super::sites::project(&layout.finds, &layout.projection) {
            if x >= m.x0 && x <= m.x1 && y >= m.y0 && y <= m.y1 {
                p.circle((x, y), DOT_RADIUS, dot, true)?;
            }
        }
    }

    let bubbles = if layout.kind == ChartKind::Bubbles { layout.bubbles() } else { Vec::new() };
    for &(_, c, r) in &bubbles {
        p.circle(c, r, colors.bubble.with_alpha(0.45), true)?;
        p.circle(c, r, colors.bubble, false)?;
    }

    // Names: provinces first (they matter more), then the neighbours in what room is left.
    let name_font = Font::new(sizes.label - 1.0, theme.text);
    let country_font = Font::new(sizes.label, theme.muted);
    let key = NamesKey {
        lang: layout.lang,
        sizes: [name_font.size.to_bits(), country_font.size.to_bits()],
        bubbles: bubbles.iter().map(|b| (b.0, b.2.to_bits())).collect(),
    };
    let names = prep.names(key, || place_names(layout, mask, &m, &bubbles, &name_font, &country_font));
    let hex_mode = layout.kind == ChartKind::Sites && layout.mode == SitesMode::Hexagons;
    for (l, font) in &names.provinces {
        let fill = l.province.and_then(|n| fills.iter().find(|f| f.0 == n)).map_or(colors.land, |f| f.1);
        let color = match layout.kind {
            ChartKind::Map => text_on(fill),
            ChartKind::Sites if !hex_mode => theme.muted,
            _ => theme.text,
        };
        if hex_mode {
            // A plate under the name keeps it readable over the hexagons.
            let r = l.rect;
            p.fill_rect(r.x0 - 1.0, r.y0, r.x1 + 1.0, r.y1, colors.land.with_alpha(0.8))?;
        }
        let font = Font { color, ..*font };
        for (i, line) in l.lines.iter().enumerate() {
            p.text(line, l.x, l.y + i as f64 * font.size * 1.15, font)?;
        }
    }
    for (c, l) in &names.countries {
        p.text(c.name(layout.lang), l.x, l.y, country_font)?;
    }

    legend::draw(p, &layout.legend, &layout.legend_box, layout.legend_at, &classes_ramp, &colors, theme, &sizes)?;

    let note = Font::new(sizes.note, theme.muted);
    for (line, x, y, right) in &layout.attribution {
        p.text(line, *x, *y, note.align(if *right { Align::End } else { Align::Start }))?;
    }
    Ok(())
}
