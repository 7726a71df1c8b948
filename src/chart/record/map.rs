//! The record's `map` view: Cambodia's provinces, each province with its own published figure
//! shaded by value and labelled with it and its period; a team's area drawn as the union of
//! its provinces (their shared borders dissolved, the figure written once); provinces with no
//! figure hatched; a legend saying what each shading is, and the ODbL attribution.

mod shown;

use plotters_backend::DrawingBackend;

pub use shown::{shown, Shown};

use crate::chart::frame::{draw_frame, nothing_to_show, wrap, Rect, Sizes};
use crate::chart::map::classify::{ramp, Classes};
use crate::chart::map::clip::{self, Mask, Px};
use crate::chart::map::colors::MapColors;
use crate::chart::map::labels::{self, country_code, SLACK};
use crate::chart::map::legend::{self, Entry, Spec, Swatch};
use crate::chart::map::{context_bbox, fit_scale, HATCH_SPACING};
use crate::chart::mark::{Mark, Target};
use crate::chart::{ChartOptions, Rendered, Table, TableCell};
use crate::draw::{Align, Color, DrawError, Font, Painter, Theme};
use crate::figure::place::Provinces;
use crate::figure::{Figure, Measure};
use crate::format::NumberFormat;
use crate::geo::{self, BBox, Country, Projection, Region, RegionKey};
use crate::i18n::{t, Text};
use crate::lang::Lang;
use crate::province::Province;
use crate::published::{places, PlaceRecord, Record};

use super::{caveat_key, caveat_signs, figure_cells, figure_columns, pick, tooltip, with_sources};

/// Width of a team area's outline, in CSS pixels.
const AREA_OUTLINE: f64 = 2.5;

/// A region's rings projected, thinned to device pixels and clipped to the map: (whether
/// exterior, points).
type Rings = Vec<(bool, Vec<Px>)>;

fn rings(region: &Region, proj: &Projection, m: &Rect, scale: f64) -> Rings {
    clip::region_rings(region, proj, m, scale)
}

fn all(rings: &Rings) -> Vec<Vec<Px>> {
    rings.iter().map(|r| r.1.clone()).collect()
}

/// The tint of a team's area and the colour of its outline, in a theme: orange, apart from
/// the shading of provinces' own figures (yellow-green-blue, or viridis when dark).
fn area_colors(colors: &MapColors) -> (Color, Color) {
    if colors.dark {
        (Color::hex(0x5c3d1e), Color::hex(0xe69f00))
    } else {
        (Color::hex(0xf6d0a8), Color::hex(0xb34d00))
    }
}

/// A period as a map label writes it: without the count of seasons in brackets (the
/// tooltip and the table give the whole label).
fn short_period(f: &Figure, lang: Lang, nf: &NumberFormat) -> String {
    let label = f.period.label(lang);
    let short = label.split(" (").next().unwrap_or(&label);
    nf.digits(short)
}

/// "368 · 2002–2023", with the figure's caveat signs after the value.
fn value_line(f: &Figure, lang: Lang, nf: &NumberFormat) -> String {
    format!("{}{} · {}", nf.int(u64::from(f.value)), caveat_signs(f), short_period(f, lang, nf))
}

/// The names of a place's provinces, for the table (the place as written when it may be
/// anywhere).
fn province_names(place: &PlaceRecord, lang: Lang) -> String {
    if place.provinces == Provinces::ALL {
        return place.figure.place.label(lang);
    }
    place.provinces.iter().map(|p| p.name(lang)).collect::<Vec<_>>().join(", ")
}

/// What a place is on the map, for the table.
fn shown_label(s: Shown, provinces: Provinces, lang: Lang) -> &'static str {
    match s {
        Shown::Hidden if provinces == Provinces::ALL => {
            pick(lang, "not drawn (anywhere in Cambodia)", "không vẽ (bất kỳ đâu ở Campuchia)", "មិនគូរ (កន្លែងណាមួយក្នុងកម្ពុជា)")
        }
        Shown::Own => pick(lang, "shaded", "tô màu", "ដាក់ពណ៌"),
        Shown::Area => pick(lang, "team area", "địa bàn đội", "តំបន់ក្រុម"),
        Shown::Outline => pick(lang, "outlined", "viền", "គូសព្រំ"),
        Shown::Hidden => {
            pick(lang, "not drawn (overlaps an area drawn)", "không vẽ (trùng địa bàn đã vẽ)", "មិនគូរ (ជាន់តំបន់ដែលបានគូរ)")
        }
    }
}

/// What a mark stands for: the province of its own figure, the team of a team's area, else
/// the area's first province.
fn target(place: &PlaceRecord) -> Target {
    if let (false, Some(team)) = (place.provinces.iter().count() == 1, place.figure.who.teams.single()) {
        return Target::Team { team: team.code().to_owned() };
    }
    Target::Province { province: place.provinces.iter().next().map_or("", |p| p.code()).to_owned() }
}

fn overlaps(a: &Rect, b: &Rect) -> bool {
    a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1
}

/// Places a block of `lines` near `anchor`, inside `m` and clear of `occupied`: at the anchor
/// or shifted around it, nearer first (farther only with its middle `at_home`, over its own
/// provinces); with the first line left out when the whole does not fit near; `None` when
/// nothing fits.
fn place_label(
    lines: &[String],
    anchor: Px,
    fonts: (&Font, &Font),
    m: &Rect,
    occupied: &[Rect],
    at_home: impl Fn(Px) -> bool,
) -> Option<(Vec<String>, Rect)> {
    let block = |lines: &[String], (x, y): Px| {
        let last = lines.len().saturating_sub(1);
        let w = lines
            .iter()
            .enumerate()
            .map(|(i, l)| if i == last { fonts.1.width(l) } else { fonts.0.width(l) })
            .fold(0.0, f64::max)
            * SLACK
            + 4.0;
        let h = fonts.1.size * 1.2 * lines.len() as f64 + 2.0;
        Rect { x0: x - w / 2.0, y0: y - h / 2.0, x1: x + w / 2.0, y1: y + h / 2.0 }
    };
    let grow = |r: &Rect| Rect { x0: r.x0 - 1.5, y0: r.y0 - 1.5, x1: r.x1 + 1.5, y1: r.y1 + 1.5 };
    let forms =
        if lines.len() > 1 { vec![lines.to_vec(), lines[lines.len() - 1..].to_vec()] } else { vec![lines.to_vec()] };
    // Near the anchor in either form first, then farther.
    let near: &[f64] = &[0.0, -0.6, 0.6, -1.1, 1.1, -1.6, 1.6];
    let far: &[f64] = &[-2.2, 2.2, -2.8, 2.8, -3.4, 3.4];
    for (dys, dxs, far) in
        [(near, &[0.0, -0.3, 0.3, -0.6, 0.6][..], false), (far, &[0.0, -0.5, 0.5, -1.0, 1.0][..], true)]
    {
        for form in &forms {
            let r0 = block(form, anchor);
            let (w, h) = (r0.width(), r0.height());
            for &dy in dys {
                for &dx in dxs {
                    let r = block(form, (anchor.0 + dx * w, anchor.1 + dy * h));
                    let inside = r.x0 >= m.x0 && r.x1 <= m.x1 && r.y0 >= m.y0 && r.y1 <= m.y1;
                    let home = !far || at_home(((r.x0 + r.x1) / 2.0, (r.y0 + r.y1) / 2.0));
                    if inside && home && !occupied.iter().any(|o| overlaps(o, &grow(&r))) {
                        return Some((form.clone(), r));
                    }
                }
            }
        }
    }
    None
}

/// Where an area's label goes: the union's area-weighted centroid when it lies in one of the
/// area's provinces without a figure of its own, else the label point of such a province
/// nearest it (of any of the area's provinces when all have their own).
fn area_anchor(area: Provinces, own: Provinces, proj: &Projection, mask: &Mask) -> Px {
    let (mut sx, mut sy, mut sw) = (0.0, 0.0, 0.0);
    for p in area.iter() {
        let (lon, lat) = p.centroid();
        let w = p.area_km2();
        sx += lon * w;
        sy += lat * w;
        sw += w;
    }
    let c = if sw > 0.0 { proj.project(sx / sw, sy / sw) } else { (0.0, 0.0) };
    let free: Vec<Province> = area.iter().filter(|p| !own.contains(Provinces::of(*p))).collect();
    let candidates: Vec<Province> = if free.is_empty() { area.iter().collect() } else { free };
    if candidates.iter().any(|p| mask.at(c.0, c.1) == p.number()) {
        return c;
    }
    candidates
        .iter()
        .map(|p| {
            let (lon, lat) = p.label_point();
            proj.project(lon, lat)
        })
        .min_by(|a, b| {
            let d = |q: &Px| (q.0 - c.0).powi(2) + (q.1 - c.1).powi(2);
            d(a).total_cmp(&d(b))
        })
        .unwrap_or(c)
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

/// Where the map and its legend go, and the map's geometry projected there: what labels are
/// placed on and what is painted.
struct Geometry {
    m: Rect,
    arranged: legend::Arranged,
    legend_at: (f64, f64),
    /// Whether the legend leaves the map no room beside or below it (the map is then drawn
    /// under the legend), or less than two fifths of the frame's height: the caller lays it
    /// out again without the notes.
    crowded: bool,
    proj: Projection,
    neighbours: Vec<Rings>,
    /// Provinces with holes first, so that whatever fills a hole is drawn over it.
    provinces: Vec<(Province, Rings)>,
    mask: Mask,
}

impl Geometry {
    /// The legend `spec` beside or below the map in `frame`, whichever leaves the map larger.
    fn new(spec: &Spec, frame: Rect, sizes: &Sizes, scale: f64) -> Geometry {
        let bbox = context_bbox();
        let gap = sizes.pad;
        let side_w = (frame.width() * 0.36).min(220.0);
        let side = legend::arrange(spec, side_w, false, sizes);
        let below = legend::arrange(spec, frame.width(), true, sizes);
        let map_side = Rect { x1: frame.x1 - side.w - gap, ..frame };
        let map_below = Rect { y1: frame.y1 - below.h - gap * 0.75, ..frame };
        let s_side = if side.h <= frame.height() { fit_scale(bbox, &map_side) } else { 0.0 };
        let s_below = fit_scale(bbox, &map_below);
        let (m, arranged, legend_at) = if s_side >= s_below && s_side > 0.0 {
            let at = (map_side.x1 + gap, frame.y1 - side.h);
            (map_side, side, at)
        } else {
            let at = (frame.x0, frame.y1 - below.h);
            (if s_below > 0.0 { map_below } else { frame }, below, at)
        };
        let fitted = Projection::fit(bbox, m.width(), m.height(), 0.0);
        let proj = Projection::new(
            fitted.scale(),
            bbox.center().unwrap_or((105.0, 12.5)),
            (m.x0 + m.width() / 2.0, m.y0 + m.height() / 2.0),
        );
        let atlas = geo::atlas();
        let mut mask = Mask::new(&m, 2.0);
        let mut neighbours = Vec::new();
        for region in atlas.neighbours() {
            let rs = rings(region, &proj, &m, scale);
            if let RegionKey::Country(c) = region.key {
                mask.fill(&all(&rs), country_code(c));
            }
            neighbours.push(rs);
        }
        let mut order: Vec<&Region> = atlas.provinces.iter().collect();
        crate::sort::sort_by_key(&mut order, |r| {
            std::cmp::Reverse(r.polygons.iter().map(|p| p.rings.len()).sum::<usize>())
        });
        let mut provinces = Vec::new();
        for region in order {
            let Some(province) = region.province().and_then(Province::from_number) else { continue };
            let rs = rings(region, &proj, &m, scale);
            mask.fill(&all(&rs), province.number());
            provinces.push((province, rs));
        }
        let crowded = (s_side <= 0.0 && s_below <= 0.0) || m.height() < frame.height() * 0.4;
        Geometry { m, arranged, legend_at, proj, neighbours, provinces, mask, crowded }
    }
}

/// A figure's label: its lines (the last, its value, in bold) and the box it covers on its
/// plate; no box when it found no room.
struct Placed {
    lines: Vec<String>,
    rect: Option<Rect>,
    place: usize,
}

/// Everything written on the map.
struct Labels {
    placed: Vec<Placed>,
    /// Whether some figure found no room for its label.
    dropped: bool,
    names: Vec<(labels::Label, Font)>,
    countries: Vec<(Country, labels::Label)>,
    name_font: Font,
    value_font: Font,
    country_font: Font,
}

impl Labels {
    /// The figures' labels (provinces' own first, then areas, larger first), then the names
    /// of the provinces without a label of their own where they fit, then the neighbours'.
    fn place(
        chosen: &[(&PlaceRecord, Shown)],
        own: Provinces,
        g: &Geometry,
        sizes: &Sizes,
        theme: &Theme,
        lang: Lang,
        nf: &NumberFormat,
    ) -> Labels {
        // Smaller type on a small map.
        let size = sizes.label.min(g.m.width() / 38.0).max(9.0);
        let name_font = Font::new(size - 1.0, theme.text);
        let value_font = Font::new(size, theme.text).bold();
        let mut occupied: Vec<Rect> = Vec::new();
        let mut placed: Vec<Placed> = Vec::new();
        let mut order: Vec<usize> = (0..chosen.len()).collect();
        crate::sort::sort_by_key(&mut order, |&i| {
            (chosen[i].1 != Shown::Own, std::cmp::Reverse(chosen[i].0.provinces.iter().count()))
        });
        for i in order {
            let (place, s) = chosen[i];
            let f = place.figure;
            let (anchor, first) = match place.provinces.iter().next() {
                Some(pr) if s == Shown::Own => {
                    let (lon, lat) = pr.label_point();
                    (g.proj.project(lon, lat), pr.name(lang).to_owned())
                }
                _ => (area_anchor(place.provinces, own, &g.proj, &g.mask), f.who.label(lang)),
            };
            let lines = vec![first, value_line(f, lang, nf)];
            let home = |(x, y): Px| {
                Province::from_number(g.mask.at(x, y)).is_some_and(|pr| place.provinces.contains(Provinces::of(pr)))
            };
            let (lines, rect) = match place_label(&lines, anchor, (&name_font, &value_font), &g.m, &occupied, home) {
                Some((lines, rect)) => (lines, Some(rect)),
                None => (lines, None),
            };
            occupied.extend(rect);
            placed.push(Placed { lines, rect, place: i });
        }
        let dropped = placed.iter().any(|l| l.rect.is_none());
        let labelled = chosen.iter().filter(|c| c.1 == Shown::Own).fold(Provinces::NONE, |a, c| a.union(c.0.provinces));
        let anchors: Vec<(Province, (f64, f64), f64)> = Province::ALL
            .iter()
            .filter(|pr| !labelled.contains(Provinces::of(**pr)))
            .map(|&pr| {
                let (lon, lat) = pr.label_point();
                (pr, g.proj.project(lon, lat), 0.0)
            })
            .collect();
        let names =
            labels::provinces(&g.mask, &Font { color: theme.muted, ..name_font }, lang, &anchors, &mut occupied);
        let country_font = Font::new(sizes.label, theme.muted);
        let mut countries = Vec::new();
        for c in [Country::Thailand, Country::Laos, Country::Vietnam] {
            let (lon, lat) = preferred(c);
            let pref = g.proj.project(lon, lat);
            if let Some(l) =
                labels::country(&g.mask, &g.m, &country_font, c.name(lang), country_code(c), pref, &mut occupied)
            {
                countries.push((c, l));
            }
        }
        Labels { placed, dropped, names, countries, name_font, value_font, country_font }
    }
}

/// The legend's caption.
fn caption(lang: Lang) -> &'static str {
    pick(
        lang,
        "Sets of remains found, as published",
        "Số bộ hài cốt tìm thấy, theo số liệu đã công bố",
        "អដ្ឋិធាតុដែលបានរកឃើញ តាមតួលេខដែលបានផ្សាយ",
    )
}

/// The description of the map, for alt text.
fn describe(chosen: &[(&PlaceRecord, Shown)], none: usize, lang: Lang, nf: &NumberFormat) -> String {
    let count = |s: Shown| chosen.iter().filter(|c| c.1 == s).count();
    let (own, areas, outlined) = (count(Shown::Own), count(Shown::Area), count(Shown::Outline));
    let top = chosen
        .iter()
        .filter(|c| c.1 == Shown::Own)
        .max_by_key(|c| (c.0.figure.value, std::cmp::Reverse(c.0.figure.line)));
    let top = top.map(|(p, _)| {
        let name = p.provinces.iter().next().map_or("", |p| p.name(lang));
        (name, nf.int(u64::from(p.figure.value)), p.figure.period.label(lang))
    });
    match lang {
        Lang::En => {
            let mut s = format!("Map of Cambodia's provinces: {own} with a published figure of their own");
            if let Some((name, v, period)) = top {
                s += &format!(", the largest {name}'s {v} sets over {period}");
            }
            s + &format!(
                "; {} team areas drawn with their figure ({areas} tinted, {outlined} outlined around provinces with their own); {none} provinces with no published figure (hatched).",
                areas + outlined
            )
        }
        Lang::Vi => {
            let mut s = format!("Bản đồ các tỉnh Campuchia: {own} tỉnh có số liệu công bố riêng");
            if let Some((name, v, period)) = top {
                s += &format!(", lớn nhất là {name} với {v} bộ hài cốt ({period})");
            }
            s + &format!(
                "; {} địa bàn đội vẽ kèm số liệu ({areas} tô màu, {outlined} chỉ vẽ viền quanh các tỉnh có số liệu riêng); {none} tỉnh không có số liệu công bố (gạch chéo).",
                areas + outlined
            )
        }
        Lang::Km => {
            let mut s = format!("ផែនទីខេត្តនៃកម្ពុជា៖ {own} ខេត្តមានតួលេខផ្ទាល់ខ្លួនដែលបានផ្សាយ");
            if let Some((name, v, period)) = top {
                s += &format!(" ច្រើនបំផុតនៅ{name} អដ្ឋិធាតុ {v} ({period})");
            }
            s + &format!(
                "។ តំបន់ក្រុម {} ត្រូវបានគូរជាមួយតួលេខ ({areas} ដាក់ពណ៌ {outlined} គូសព្រំ)។ {none} ខេត្តគ្មានតួលេខដែលបានផ្សាយ (គូសឆ្នូត)។",
                areas + outlined
            )
        }
    }
}

/// Draws the view and returns its title, description, table and marks (a mark per figure
/// drawn: over its label, and over its province or area).
pub fn render<B: DrawingBackend>(
    p: &mut Painter<B>,
    record: &Record,
    opts: &ChartOptions,
    theme: &Theme,
) -> Result<Rendered, DrawError> {
    let lang = opts.lang;
    let nf = NumberFormat { lang, khmer_digits: opts.khmer_digits };
    let default_title = pick(
        lang,
        "Published figures by province and team area",
        "Số liệu đã công bố theo tỉnh và địa bàn đội",
        "តួលេខដែលបានផ្សាយតាមខេត្ត និងតំបន់ក្រុម",
    );
    let title = opts.title.clone().filter(|s| !s.trim().is_empty()).unwrap_or_else(|| default_title.to_owned());
    let all_places = places(record, Measure::Found);
    let how = shown(&all_places);
    let chosen: Vec<(&PlaceRecord, Shown)> =
        all_places.iter().zip(how.iter().copied()).filter(|c| c.1 != Shown::Hidden).collect();
    let drawn: Vec<&Figure> = chosen.iter().map(|c| c.0.figure).collect();
    let opts = with_sources(opts, &drawn);
    let mut table = Table {
        columns: [pick(lang, "Provinces", "Các tỉnh", "ខេត្ត"), pick(lang, "On the map", "Trên bản đồ", "លើផែនទី")]
            .map(str::to_owned)
            .into_iter()
            .chain(figure_columns(lang))
            .collect(),
        rows: Vec::new(),
    };
    for (place, s) in all_places.iter().zip(&how) {
        let mut row = vec![
            TableCell::Text(province_names(place, lang)),
            TableCell::Text(shown_label(*s, place.provinces, lang).to_owned()),
        ];
        row.extend(figure_cells(place.figure, lang));
        table.rows.push(row);
    }
    let frame = draw_frame(p, &opts, theme, default_title)?;
    if chosen.is_empty() {
        nothing_to_show(p, frame, &opts, theme)?;
        let description = t(Text::NothingToShow, lang).to_owned();
        return Ok(Rendered { title, description, table, marks: Vec::new(), map: None });
    }

    let (width, height) = p.size();
    let sizes = Sizes::for_width(width);
    let scale = p.scale();
    let colors = MapColors::new(theme);
    let (tint, outline) = area_colors(&colors);
    let own = chosen.iter().filter(|c| c.1 == Shown::Own).fold(Provinces::NONE, |a, c| a.union(c.0.provinces));
    let tinted = chosen.iter().filter(|c| c.1 == Shown::Area).fold(Provinces::NONE, |a, c| a.union(c.0.provinces));
    let values: Vec<u64> = chosen.iter().filter(|c| c.1 == Shown::Own).map(|c| u64::from(c.0.figure.value)).collect();
    let classes = Classes::new(&values, usize::from(opts.classes).clamp(2, 9), opts.classification);
    let k = classes.as_ref().map_or(0, Classes::len);
    // The legend's colours: the classes, then the tint of a team's area.
    let mut swatches = ramp(colors.dark, k);
    swatches.push(tint);

    // The attribution: beside the credit line when both fit, else its own lines above it.
    let mut frame = frame;
    let note = Font::new(sizes.note, theme.muted);
    let line_h = sizes.note * 1.4;
    let inner = width - 2.0 * sizes.pad;
    let mut attribution: Vec<(String, f64, f64, bool)> = Vec::new();
    if (note.width(t(Text::Credit, lang)) + note.width(geo::ATTRIBUTION)) * SLACK + 16.0 <= inner {
        attribution.push((geo::ATTRIBUTION.to_owned(), width - sizes.pad, height - sizes.pad - line_h / 2.0, true));
    } else {
        let lines = wrap(geo::ATTRIBUTION, &note, inner / SLACK, 4);
        let top = frame.y1 - lines.len() as f64 * line_h;
        for (i, l) in lines.into_iter().enumerate() {
            attribution.push((l, sizes.pad, top + (i as f64 + 0.5) * line_h, false));
        }
        frame.y1 = top - sizes.pad * 0.25;
    }

    // The legend: the classes, a team's area, no figure; notes on outlines and caveat signs.
    let mut spec = Spec { caption: caption(lang).to_owned(), entries: Vec::new(), notes: Vec::new() };
    if let Some(c) = &classes {
        for i in 0..c.len() {
            spec.entries.push(Entry { swatch: Swatch::Class(i), label: c.label(i, &nf) });
        }
    }
    spec.entries.push(Entry {
        swatch: Swatch::Class(k),
        label: pick(lang, "area of a team's figure", "địa bàn của số liệu một đội", "តំបន់នៃតួលេខក្រុម").to_owned(),
    });
    let unfigured: Vec<Province> =
        Province::ALL.iter().copied().filter(|pr| !own.union(tinted).contains(Provinces::of(*pr))).collect();
    if !unfigured.is_empty() {
        spec.entries.push(Entry {
            swatch: Swatch::NoData,
            label: pick(lang, "no published figure", "không có số liệu công bố", "គ្មានតួលេខដែលបានផ្សាយ").to_owned(),
        });
    }
    if chosen.iter().any(|c| c.1 == Shown::Outline) {
        spec.notes.push(
            pick(
                lang,
                "Thick outline: a team's area; only outlined where it holds provinces with their own figure",
                "Viền đậm: địa bàn một đội; chỉ vẽ viền khi có tỉnh có số liệu riêng",
                "ព្រំក្រាស់៖ តំបន់ក្រុម គូសតែព្រំ នៅពេលមាន ខេត្តដែលមាន តួលេខផ្ទាល់",
            )
            .to_owned(),
        );
    }
    if drawn.iter().any(|f| !caveat_signs(f).is_empty()) {
        // One note per sign, so that each wraps on its own.
        spec.notes.extend(caveat_key(lang).split(" · ").map(str::to_owned));
    }

    // Labels are placed on the map the legend leaves; when some find no room, the legend
    // says so, and the map is laid out again beside the longer legend (unless that would
    // shrink the map by more than a tenth: their tooltips and the table still give them).
    let mut geometry = Geometry::new(&spec, frame, &sizes, scale);
    if geometry.crowded {
        // A chart too short for the notes: they go (the signs are explained in every tooltip
        // and the table), so that the legend never covers the map.
        spec.notes.clear();
        geometry = Geometry::new(&spec, frame, &sizes, scale);
    }
    let mut labels = Labels::place(&chosen, own, &geometry, &sizes, theme, lang, &nf);
    if labels.dropped {
        let mut noted = spec.clone();
        noted.notes.push(
            pick(
                lang,
                "Some figures have no label for want of room: see their tooltips and the table",
                "Một số số liệu không đủ chỗ ghi nhãn: xem chú thích và bảng",
                "តួលេខខ្លះគ្មានស្លាក ដោយខ្វះកន្លែង៖ សូមមើល ព័ត៌មានលម្អិត និងតារាង",
            )
            .to_owned(),
        );
        let again = Geometry::new(&noted, frame, &sizes, scale);
        if !again.crowded && again.proj.scale() >= geometry.proj.scale() * 0.9 {
            labels = Labels::place(&chosen, own, &again, &sizes, theme, lang, &nf);
            (spec, geometry) = (noted, again);
        }
    }
    let Geometry { m, arranged, legend_at, proj, neighbours, provinces, .. } = &geometry;
    let (m, proj) = (*m, *proj);

    // Sea, neighbours, provinces (those with holes first, so that what fills a hole is drawn
    // over it).
    let atlas = geo::atlas();
    p.fill_rect(m.x0, m.y0, m.x1, m.y1, colors.sea)?;
    for rs in neighbours {
        for (exterior, ring) in rs {
            if *exterior {
                p.fill_polygon(ring, colors.neighbour)?;
            }
        }
    }
    let ramp = ramp(colors.dark, k);
    for (province, rs) in provinces {
        let one = Provinces::of(*province);
        let figure = chosen.iter().find(|c| c.1 == Shown::Own && c.0.provinces == one).map(|c| c.0.figure);
        let fill = match figure {
            Some(f) => {
                ramp.get(classes.as_ref().map_or(0, |c| c.class_of(u64::from(f.value)))).copied().unwrap_or(colors.land)
            }
            None if tinted.contains(one) => tint,
            None => colors.no_data,
        };
        for (exterior, ring) in rs {
            if *exterior {
                p.fill_polygon(ring, fill)?;
            }
        }
        if figure.is_none() && !tinted.contains(one) {
            for (a, b) in clip::hatch(&all(rs), HATCH_SPACING) {
                p.line(a, b, colors.hatch, 1.0)?;
            }
        }
    }

    // Borders, drawn once from the arcs; a tinted area's inner borders are dissolved, and the
    // outline of every area drawn is drawn thick over them.
    let area_of = |n: Option<u8>| {
        n.and_then(Province::from_number)
            .and_then(|pr| chosen.iter().position(|c| c.1 != Shown::Own && c.0.provinces.contains(Provinces::of(pr))))
    };
    let mut area_edges: Vec<Vec<Px>> = Vec::new();
    for arc in &atlas.arcs {
        let pts = clip::thin(arc.points.iter().map(|&[lon, lat]| proj.project(lon, lat)), scale);
        let runs = clip::clip_polyline(&pts, &m);
        let (left, right) = (area_of(arc.left.province), area_of(arc.right.province));
        let dissolved =
            left.is_some() && left == right && left.and_then(|i| chosen.get(i)).is_some_and(|c| c.1 == Shown::Area);
        let style = if arc.is_provincial() {
            (!dissolved).then_some((colors.province_border, 1.0))
        } else if arc.is_international() {
            let cambodian = arc.left.country == Some(Country::Cambodia) || arc.right.country == Some(Country::Cambodia);
            Some((colors.border, if cambodian { 1.5 } else { 1.0 }))
        } else if arc.is_coast() {
            Some((colors.coast, 1.0))
        } else {
            None
        };
        if let Some((color, w)) = style {
            for run in &runs {
                p.polyline(run, color, w)?;
            }
        }
        if left != right {
            area_edges.extend(runs);
        }
    }
    for run in &area_edges {
        p.polyline(run, outline, AREA_OUTLINE)?;
    }

    // Names of the other provinces and of the neighbours, then the figures' labels on plates.
    for (l, font) in &labels.names {
        for (i, line) in l.lines.iter().enumerate() {
            p.text(line, l.x, l.y + i as f64 * font.size * 1.15, *font)?;
        }
    }
    for (c, l) in &labels.countries {
        p.text(c.name(lang), l.x, l.y, labels.country_font)?;
    }
    let mut marks: Vec<Mark> = Vec::new();
    for label in &labels.placed {
        let (place, s) = chosen[label.place];
        let (title, mut lines) = tooltip(place.figure, lang, &nf);
        if s == Shown::Outline {
            lines.insert(1, shown_label(s, place.provinces, lang).to_owned());
        }
        let target = target(place);
        if let Some(r) = label.rect {
            p.fill_rect(r.x0, r.y0, r.x1, r.y1, theme.background.with_alpha(0.85))?;
            let n = label.lines.len();
            let lh = labels.value_font.size * 1.2;
            let cx = (r.x0 + r.x1) / 2.0;
            let top = (r.y0 + r.y1) / 2.0 - lh * n as f64 / 2.0;
            for (j, line) in label.lines.iter().enumerate() {
                let font = if j + 1 == n { labels.value_font } else { labels.name_font };
                p.text(line, cx, top + lh * (j as f64 + 0.5), font)?;
            }
            marks.push(Mark {
                x0: r.x0,
                y0: r.y0,
                x1: r.x1,
                y1: r.y1,
                target: target.clone(),
                title: title.clone(),
                lines: lines.clone(),
            });
        }
        // Over the province or area itself (a label's smaller box wins where they overlap).
        let b = place
            .provinces
            .iter()
            .filter_map(|pr| atlas.province(pr.number()))
            .fold(BBox::EMPTY, |b, r| b.union(r.bbox));
        if !b.is_empty() {
            let (x0, y0, x1, y1) = proj.project_bbox(b);
            marks.push(Mark {
                x0: x0.max(m.x0),
                y0: y0.max(m.y0),
                x1: x1.min(m.x1),
                y1: y1.min(m.y1),
                target,
                title,
                lines,
            });
        }
    }

    legend::draw(p, &spec, arranged, *legend_at, &swatches, &colors, theme, &sizes)?;
    for (line, x, y, right) in &attribution {
        p.text(line, *x, *y, note.align(if *right { Align::End } else { Align::Start }))?;
    }

    let none = Province::ALL.len() - own.union(tinted).iter().count();
    let description = describe(&chosen, none, lang, &nf);
    Ok(Rendered { title, description, table, marks, map: None })
}
