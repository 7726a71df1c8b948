//! Vertical bar charts (seasons, teams, identified): one column per category, stacked
//! segments, totals above, labels that shorten and thin to fit, optional group captions.

use plotters_backend::DrawingBackend;

use crate::draw::{text, Align, Color, DrawError, Font, Painter, Theme};
use crate::format::NumberFormat;

use super::axis::count_ticks;
use super::frame::{Rect, Sizes};
use super::mark::{Mark, Target};

/// One column.
#[derive(Clone, Debug, PartialEq)]
pub struct Column {
    /// Label forms, longest first; the longest that fits every column is used.
    pub labels: Vec<String>,
    /// Stacked segments from the bottom: colour and value.
    pub segments: Vec<(Color, u64)>,
    /// `false` for a category with no data (a gap marked "no data", not a zero).
    pub has_data: bool,
    /// Index of the group (military region) the column belongs to.
    pub group: usize,
    /// What the column stands for, and its tooltip (title, lines).
    pub mark: Option<(Target, String, Vec<String>)>,
}

impl Column {
    /// The column's total.
    pub fn total(&self) -> u64 {
        self.segments.iter().map(|s| s.1).sum()
    }
}

/// How to draw the columns.
#[derive(Clone, Debug, PartialEq)]
pub struct Spec<'a> {
    /// Each column scaled to 100% (segments show shares; labels show counts).
    pub percent: bool,
    /// Group captions under the labels (indexed by `Column::group`), when several groups.
    pub groups: &'a [String],
    /// The "no data" mark.
    pub no_data: &'a str,
}

fn label_plan(cols: &[Column], band: f64, size: f64) -> (usize, usize) {
    let forms = cols.iter().map(|c| c.labels.len()).min().unwrap_or(1).max(1);
    let gap = size * 0.6;
    let widest = |f: usize| cols.iter().map(|c| text::width(&c.labels[f], size, false)).fold(0.0, f64::max);
    for f in 0..forms {
        if widest(f) + gap <= band {
            return (f, 1);
        }
    }
    let f = forms.saturating_sub(1).min(1);
    (f, ((widest(f) + gap) / band).ceil().max(1.0) as usize)
}

/// Moves the centre of a label `w` wide so that it stays between `lo` and `hi`.
pub fn keep_inside(cx: f64, w: f64, lo: f64, hi: f64) -> f64 {
    cx.min(hi - w / 2.0).max(lo + w / 2.0)
}

/// Places centred labels along a row from left to right: each stays between `lo` and `hi`,
/// and one that would touch the label before it is left out.
#[derive(Clone, Copy, Debug)]
pub struct LabelRow {
    lo: f64,
    hi: f64,
    gap: f64,
    right: f64,
}

impl LabelRow {
    /// A row between `lo` and `hi` keeping `gap` pixels between labels.
    pub fn new(lo: f64, hi: f64, gap: f64) -> LabelRow {
        LabelRow { lo, hi, gap, right: f64::NEG_INFINITY }
    }

    /// Where to centre a label `w` wide meant for `cx`, or `None` to leave it out.
    pub fn place(&mut self, cx: f64, w: f64) -> Option<f64> {
        let x = keep_inside(cx, w, self.lo, self.hi);
        if x - w / 2.0 < self.right + self.gap {
            return None;
        }
        self.right = x + w / 2.0;
        Some(x)
    }
}

/// Draws the columns into `area`, and returns the marks of the columns that have one.
pub fn draw<B: DrawingBackend>(
    p: &mut Painter<B>,
    area: Rect,
    cols: &[Column],
    spec: &Spec,
    theme: &Theme,
    nf: &NumberFormat,
) -> Result<Vec<Mark>, DrawError> {
    let sizes = Sizes::for_width(p.size().0);
    let label = Font::new(sizes.label, theme.muted);
    let max = cols.iter().map(Column::total).max().unwrap_or(0);
    let ticks: Vec<u64> = if spec.percent {
        vec![0, 25, 50, 75, 100]
    } else {
        count_ticks(max, ((area.height() / 60.0) as usize).clamp(2, 6))
    };
    let top = *ticks.last().unwrap_or(&1) as f64;
    let tick_text = |v: u64| if spec.percent { nf.percent(v as f64 / 100.0) } else { nf.int(v) };
    let tick_w = ticks.iter().map(|&v| label.width(&tick_text(v))).fold(0.0, f64::max);
    let group_rows = if spec.groups.len() > 1 { 1.6 } else { 0.0 };
    let plot = Rect {
        x0: area.x0 + tick_w + 8.0,
        y0: area.y0 + if spec.percent { sizes.label * 0.6 } else { sizes.label * 1.6 },
        x1: area.x1,
        y1: area.y1 - sizes.label * (2.0 + group_rows),
    };
    if plot.width() < 20.0 || plot.height() < 20.0 || cols.is_empty() {
        return Ok(Vec::new());
    }
    let y_of = |v: f64| plot.y1 - v / top * plot.height();
    super::axis::draw_count_grid(p, &plot, &ticks, top, tick_text, theme.grid, label)?;

    // Groups are set apart by half a band.
    let breaks = cols.windows(2).filter(|w| w[0].group != w[1].group).count();
    let band = plot.width() / (cols.len() as f64 + 0.5 * breaks as f64);
    let bar_w = (band * 0.72).max(1.0);
    let (form, step) = label_plan(cols, band, sizes.label);
    let value_font = Font::new(sizes.label, theme.text).bold();
    let show_totals =
        !spec.percent && cols.iter().all(|c| !c.has_data || value_font.width(&nf.int(c.total())) + 2.0 <= band);
    let seg_font = Font::new(sizes.label * 0.92, theme.text);
    let mut marks = Vec::with_capacity(cols.len());
    let mut x = plot.x0;
    let mut group_span: Vec<(usize, f64, f64)> = Vec::new();
    let mut row = LabelRow::new(area.x0, p.size().0 - 2.0, sizes.label * 0.4);
    for (i, c) in cols.iter().enumerate() {
        if i > 0 && cols[i - 1].group != c.group {
            x += band * 0.5;
        }
        let cx = x + band / 2.0;
        if let Some((target, title, lines)) = &c.mark {
            marks.push(Mark {
                x0: x,
                y0: plot.y0,
                x1: x + band,
                y1: plot.y1,
                target: target.clone(),
                title: title.clone(),
                lines: lines.clone(),
            });
        }
        match group_span.last_mut() {
            Some(g) if g.0 == c.group => g.2 = x + band,
            _ => group_span.push((c.group, x, x + band)),
        }
        x += band;
        if !c.has_data {
            let mark = Font::new(sizes.label * 0.9, theme.missing).vertical().align(Align::Start);
            if mark.width(spec.no_data) < plot.height() && band >= sizes.label {
                p.text(spec.no_data, cx, plot.y1 - 4.0, mark)?;
            } else {
                p.text("–", cx, plot.y1 - sizes.label, Font::new(sizes.label, theme.missing))?;
            }
        } else {
            let total = c.total();
            let mut acc = 0u64;
            for &(color, v) in &c.segments {
                if v == 0 {
                    continue;
                }
                let (lo, hi) = if spec.percent {
                    let t = total.max(1) as f64;
                    (acc as f64 / t * 100.0, (acc + v) as f64 / t * 100.0)
                } else {
                    (acc as f64, (acc + v) as f64)
                };
                let (y0, y1) = (y_of(hi), y_of(lo));
                // A hairline of background between stacked segments keeps them apart.
                let sep = if acc > 0 { 1.0 } else { 0.0 };
                p.fill_rect(cx - bar_w / 2.0, y0, cx + bar_w / 2.0, y1 - sep, color)?;
                if spec.percent || c.segments.len() > 1 {
                    let s = nf.int(v);
                    if y1 - y0 >= seg_font.size * 1.3 && seg_font.width(&s) + 4.0 <= bar_w {
                        p.text(&s, cx, (y0 + y1) / 2.0, Font { color: color.ink(), ..seg_font })?;
                    }
                }
                acc += v;
            }
            if show_totals {
                p.text(&nf.int(total), cx, y_of(total as f64) - sizes.label * 0.8, value_font)?;
            }
        }
        if i % step == 0 {
            let l = &c.labels[form.min(c.labels.len() - 1)];
            if let Some(lx) = row.place(cx, label.width(l)) {
                p.text(l, lx, plot.y1 + sizes.label * 1.1, label)?;
            }
        }
    }
    p.line((plot.x0, plot.y1.round()), (plot.x1, plot.y1.round()), theme.axis, 1.0)?;
    if spec.groups.len() > 1 {
        let gy = plot.y1 + sizes.label * 2.6;
        for (g, x0, x1) in group_span {
            let caption = spec.groups.get(g).map(String::as_str).unwrap_or("");
            let caption = text::truncate(caption, sizes.label, true, x1 - x0);
            p.line((x0 + 2.0, gy - sizes.label * 0.8), (x1 - 2.0, gy - sizes.label * 0.8), theme.grid, 1.0)?;
            p.text(&caption, (x0 + x1) / 2.0, gy, Font::new(sizes.label, theme.muted).bold())?;
        }
    }
    Ok(marks)
}
