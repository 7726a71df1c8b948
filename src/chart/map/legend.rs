//! Map legends: what each colour, pattern or circle means, laid out beside or under the map.

use plotters_backend::DrawingBackend;

use crate::chart::frame::{wrap, Rect, Sizes};
use crate::draw::{Align, DrawError, Font, Painter, Theme};

use super::clip;
use super::colors::MapColors;
use super::labels::SLACK;

/// What an entry's key looks like.
#[derive(Clone, Debug, PartialEq)]
pub enum Swatch {
    /// A filled box in class `i`'s colour.
    Class(usize),
    /// The "no data" pattern.
    NoData,
    /// Provinces left out by the filter.
    NotSelected,
    /// A find as a dot.
    Dot,
    /// Nested reference circles of the bubble map: (radius in pixels, label), largest first.
    Circles(Vec<(f64, String)>),
}

/// One key and its label.
#[derive(Clone, Debug, PartialEq)]
pub struct Entry {
    /// The key.
    pub swatch: Swatch,
    /// What it stands for (a class range, "no data"…); empty for reference circles.
    pub label: String,
}

/// A legend's content.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Spec {
    /// What is counted.
    pub caption: String,
    /// Keys, in reading order (classes ascending).
    pub entries: Vec<Entry>,
    /// Notes under the keys (remains of unknown province, finds without coordinates).
    pub notes: Vec<String>,
}

/// A legend laid out: positions relative to its top-left corner, in CSS pixels.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Arranged {
    /// Width.
    pub w: f64,
    /// Height.
    pub h: f64,
    /// Caption lines and their baselines' middles.
    pub caption: Vec<(String, f64)>,
    /// Each entry's key box top-left.
    pub entries: Vec<(f64, f64)>,
    /// Note lines and their middles.
    pub notes: Vec<(String, f64)>,
}

const SWATCH_W: f64 = 18.0;
const GAP: f64 = 6.0;

/// Size of a swatch box: (width, height).
fn swatch_size(s: &Swatch, sizes: &Sizes) -> (f64, f64) {
    match s {
        Swatch::Circles(c) => {
            let r = c.first().map_or(0.0, |c| c.0);
            (2.0 * r, 2.0 * r)
        }
        _ => (SWATCH_W, sizes.label * 0.95),
    }
}

fn entry_size(e: &Entry, sizes: &Sizes) -> (f64, f64) {
    let font = Font::new(sizes.label, crate::draw::Color::hex(0));
    let (sw, sh) = swatch_size(&e.swatch, sizes);
    let label_w = match &e.swatch {
        Swatch::Circles(c) => c.iter().map(|(_, l)| font.width(l)).fold(0.0, f64::max) * SLACK + GAP + 4.0,
        _ => font.width(&e.label) * SLACK,
    };
    let h = match &e.swatch {
        // Room above the largest circle for its label.
        Swatch::Circles(_) => sh + sizes.label,
        _ => sh.max(sizes.label * 1.5),
    };
    (sw + GAP + label_w, h)
}

/// Lays out `spec` at most `max_w` wide: entries in as many columns as fit (one column
/// when `columns` is false), caption and notes wrapped.
pub fn arrange(spec: &Spec, max_w: f64, columns: bool, sizes: &Sizes) -> Arranged {
    let max_w = max_w.max(40.0);
    let cap_font = Font::new(sizes.label, crate::draw::Color::hex(0)).bold();
    let note_font = Font::new(sizes.note, crate::draw::Color::hex(0));
    let mut a = Arranged::default();
    let mut y = 0.0;
    let mut w: f64 = 0.0;
    for line in wrap(&spec.caption, &cap_font, max_w / SLACK, 4) {
        w = w.max(cap_font.width(&line) * SLACK);
        a.caption.push((line, y + sizes.label * 0.65));
        y += sizes.label * 1.35;
    }
    if !a.caption.is_empty() {
        y += sizes.label * 0.25;
    }
    let sized: Vec<(f64, f64)> = spec.entries.iter().map(|e| entry_size(e, sizes)).collect();
    let cell_w = sized.iter().map(|s| s.0).fold(0.0, f64::max) + 14.0;
    let cols = if columns { ((max_w + 14.0) / cell_w).floor().max(1.0) as usize } else { 1 };
    let mut col = 0;
    let mut row_h: f64 = 0.0;
    for &(ew, eh) in &sized {
        if col == cols {
            col = 0;
            y += row_h;
            row_h = 0.0;
        }
        a.entries.push((col as f64 * cell_w, y));
        w = w.max(col as f64 * cell_w + ew);
        row_h = row_h.max(eh);
        col += 1;
    }
    y += row_h;
    if !spec.notes.is_empty() {
        y += sizes.note * 0.4;
    }
    for note in &spec.notes {
        for line in wrap(note, &note_font, max_w / SLACK, 4) {
            w = w.max(note_font.width(&line) * SLACK);
            a.notes.push((line, y + sizes.note * 0.7));
            y += sizes.note * 1.4;
        }
    }
    a.w = w.min(max_w);
    a.h = y;
    a
}

/// Draws an arranged legend with its top-left corner at `at`.
#[allow(clippy::too_many_arguments)]
pub fn draw<B: DrawingBackend>(
    p: &mut Painter<B>,
    spec: &Spec,
    arranged: &Arranged,
    at: (f64, f64),
    ramp: &[crate::draw::Color],
    colors: &MapColors,
    theme: &Theme,
    sizes: &Sizes,
) -> Result<(), DrawError> {
    let (x0, y0) = at;
    let cap_font = Font::new(sizes.label, theme.text).bold().align(Align::Start);
    let label_font = Font::new(sizes.label, theme.text).align(Align::Start);
    let note_font = Font::new(sizes.note, theme.muted).align(Align::Start);
    for (line, y) in &arranged.caption {
        p.text(line, x0, y0 + y, cap_font)?;
    }
    for (e, &(ex, ey)) in spec.entries.iter().zip(&arranged.entries) {
        let (sw, sh) = swatch_size(&e.swatch, sizes);
        let (_, eh) = entry_size(e, sizes);
        let (bx, by) = (x0 + ex, y0 + ey + (eh - sh) / 2.0);
        let outline = |p: &mut Painter<B>| -> Result<(), DrawError> {
            p.polyline(&[(bx, by), (bx + sw, by), (bx + sw, by + sh), (bx, by + sh), (bx, by)], colors.swatch_edge, 1.0)
        };
        match &e.swatch {
            Swatch::Class(i) => {
                let c = ramp.get(*i).copied().unwrap_or(colors.land);
                p.fill_rect(bx, by, bx + sw, by + sh, c)?;
                outline(p)?;
            }
            Swatch::NoData => {
                p.fill_rect(bx, by, bx + sw, by + sh, colors.no_data)?;
                let ring = vec![(bx, by), (bx + sw, by), (bx + sw, by + sh), (bx, by + sh)];
                for (a, b) in clip::hatch(&[ring], super::HATCH_SPACING) {
                    p.line(a, b, colors.hatch, 1.0)?;
                }
                outline(p)?;
            }
            Swatch::NotSelected => {
                p.fill_rect(bx, by, bx + sw, by + sh, colors.unselected)?;
                outline(p)?;
            }
            Swatch::Dot => {
                p.circle((bx + sw / 2.0, by + sh / 2.0), super::DOT_RADIUS, colors.dot, true)?;
            }
            Swatch::Circles(circles) => {
                let r0 = circles.first().map_or(0.0, |c| c.0);
                let (cx, base) = (x0 + ex + r0, y0 + ey + sizes.label * 0.6 + 2.0 * r0);
                let lx = cx + r0 + GAP;
                let mut last_y = f64::NEG_INFINITY;
                for (r, label) in circles {
                    p.circle((cx, base - r), *r, colors.legend_circle, false)?;
                    let top = base - 2.0 * r;
                    // Labels of circles too close to the previous one are left out.
                    if top - last_y >= sizes.label * 1.05 || last_y == f64::NEG_INFINITY {
                        p.line((cx, top), (lx - 2.0, top), colors.legend_circle, 1.0)?;
                        p.text(label, lx, top, label_font)?;
                        last_y = top;
                    }
                }
                continue;
            }
        }
        p.text(&e.label, bx + sw + GAP, by + sh / 2.0, label_font)?;
    }
    for (line, y) in &arranged.notes {
        p.text(line, x0, y0 + y, note_font)?;
    }
    Ok(())
}

/// The legend's box once placed.
pub fn rect_at(a: &Arranged, at: (f64, f64)) -> Rect {
    Rect { x0: at.0, y0: at.1, x1: at.0 + a.w, y1: at.1 + a.h }
}
