//! The frame every chart shares: background, title, subtitle, sample-data badge, and the
//! source and credit lines at the bottom. What is left is the plot area.

use plotters_backend::DrawingBackend;

use crate::draw::{text, Align, DrawError, Font, Painter, Theme};
use crate::i18n::{t, Text};

use super::ChartOptions;

/// A rectangle in CSS pixels.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Rect {
    /// Left edge.
    pub x0: f64,
    /// Top edge.
    pub y0: f64,
    /// Right edge.
    pub x1: f64,
    /// Bottom edge.
    pub y1: f64,
}

impl Rect {
    /// Width.
    pub fn width(&self) -> f64 {
        self.x1 - self.x0
    }

    /// Height.
    pub fn height(&self) -> f64 {
        self.y1 - self.y0
    }
}

/// How much wider than its estimate a line of text may be drawn: the widths come from tables,
/// not from the browser's fonts, which drew a source line past the canvas's edge at 600 px.
const WRAP_SLACK: f64 = 1.06;

/// Breaks `s` into lines at most `max` pixels wide (at spaces; a word too long is shortened),
/// with 6% to spare.
pub fn wrap(s: &str, font: &Font, max: f64, max_lines: usize) -> Vec<String> {
    let bold = font.weight == crate::draw::Weight::Bold;
    let max = max / WRAP_SLACK;
    let mut lines: Vec<String> = Vec::new();
    let mut line = String::new();
    for word in s.split_whitespace() {
        let candidate = if line.is_empty() { word.to_string() } else { format!("{line} {word}") };
        if text::width(&candidate, font.size, bold) <= max || line.is_empty() {
            line = candidate;
        } else {
            lines.push(std::mem::replace(&mut line, word.to_string()));
        }
    }
    if !line.is_empty() {
        lines.push(line);
    }
    if lines.len() > max_lines {
        let rest = lines[max_lines - 1..].join(" ");
        lines.truncate(max_lines - 1);
        lines.push(rest);
    }
    lines.into_iter().map(|l| text::truncate(&l, font.size, bold, max)).collect()
}

/// Type sizes, which shrink a little on narrow charts.
#[derive(Clone, Copy, Debug)]
pub struct Sizes {
    /// Outer padding.
    pub pad: f64,
    /// Title size.
    pub title: f64,
    /// Subtitle size.
    pub subtitle: f64,
    /// Axis and value labels.
    pub label: f64,
    /// Source and credit lines.
    pub note: f64,
}

impl Sizes {
    /// Sizes for a chart `width` CSS pixels wide.
    pub fn for_width(width: f64) -> Sizes {
        if width < 480.0 {
            Sizes { pad: 12.0, title: 16.0, subtitle: 13.0, label: 11.0, note: 10.5 }
        } else {
            Sizes { pad: 16.0, title: 19.0, subtitle: 14.0, label: 12.0, note: 11.0 }
        }
    }
}

/// The frame of a `w` × `h` chart: its lines of text (each at `x` = the padding, with its
/// baseline `y` and font), in drawing order, and the plot area left inside it.
struct Frame {
    lines: Vec<(String, f64, Font)>,
    area: Rect,
}

/// Lays the frame out without drawing: [`draw_frame`] draws it, and a map measures its plot
/// area before drawing with [`frame_area`], both with this one copy of the layout (rather
/// than one per backend).
fn frame(opts: &ChartOptions, theme: &Theme, w: f64, h: f64, default_title: &str) -> Frame {
    let s = Sizes::for_width(w);
    let inner = w - 2.0 * s.pad;
    let mut y = s.pad;
    let mut lines = Vec::new();

    let title = opts.title.as_deref().unwrap_or(default_title);
    let title_font = Font::new(s.title, theme.text).bold().align(Align::Start);
    for line in wrap(title, &title_font, inner, 2) {
        lines.push((line, y + s.title * 0.6, title_font));
        y += s.title * 1.3;
    }
    if let Some(sub) = opts.subtitle.as_deref().filter(|s| !s.trim().is_empty()) {
        let sub_font = Font::new(s.subtitle, theme.muted).align(Align::Start);
        for line in wrap(sub, &sub_font, inner, 2) {
            lines.push((line, y + s.subtitle * 0.6, sub_font));
            y += s.subtitle * 1.35;
        }
    }
    if opts.sample {
        let badge = Font::new(s.note, theme.palette[5]).bold().align(Align::Start);
        let label = text::truncate(t(Text::SampleData, opts.lang), badge.size, true, inner);
        lines.push((label, y + s.note * 0.8, badge));
        y += s.note * 1.8;
    }
    y += s.pad * 0.5;

    // Bottom: source line (wrapped) then credit.
    let note = Font::new(s.note, theme.muted).align(Align::Start);
    let source_lines = match opts.source.as_deref().filter(|s| !s.trim().is_empty()) {
        Some(src) => wrap(&format!("{} {}", t(Text::Source, opts.lang), src), &note, inner, 3),
        None => Vec::new(),
    };
    let credit = t(Text::Credit, opts.lang);
    let line_h = s.note * 1.4;
    let mut bottom = h - s.pad - (source_lines.len() as f64 + 1.0) * line_h;
    let plot_bottom = bottom - s.pad * 0.5;
    for line in source_lines {
        lines.push((line, bottom + line_h * 0.5, note));
        bottom += line_h;
    }
    lines.push((credit.to_string(), bottom + line_h * 0.5, note));

    Frame { lines, area: Rect { x0: s.pad, y0: y, x1: w - s.pad, y1: plot_bottom.max(y + 10.0) } }
}

/// The plot area [`draw_frame`] leaves in a `w` × `h` chart, without drawing.
pub fn frame_area(opts: &ChartOptions, theme: &Theme, w: f64, h: f64, default_title: &str) -> Rect {
    frame(opts, theme, w, h, default_title).area
}

/// Draws the frame and returns the plot area left inside it.
pub fn draw_frame<B: DrawingBackend>(
    p: &mut Painter<B>,
    opts: &ChartOptions,
    theme: &Theme,
    default_title: &str,
) -> Result<Rect, DrawError> {
    let (w, h) = p.size();
    p.fill_rect(0.0, 0.0, w, h, theme.background)?;
    let f = frame(opts, theme, w, h, default_title);
    let x = Sizes::for_width(w).pad;
    for (line, y, font) in &f.lines {
        p.text(line, x, *y, *font)?;
    }
    Ok(f.area)
}

/// Writes "No records match the filters" in the middle of `area`.
pub fn nothing_to_show<B: DrawingBackend>(
    p: &mut Painter<B>,
    area: Rect,
    opts: &ChartOptions,
    theme: &Theme,
) -> Result<(), DrawError> {
    let size = Sizes::for_width(p.size().0).subtitle;
    p.text(
        t(Text::NothingToShow, opts.lang),
        (area.x0 + area.x1) / 2.0,
        (area.y0 + area.y1) / 2.0,
        Font::new(size, theme.muted),
    )
}
