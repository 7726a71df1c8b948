//! One backend type for the browser: the canvas, or SVG for export. Drawing code is generic
//! over plotters' `DrawingBackend`; going through this one type keeps a single copy of every
//! chart in the module instead of one per backend.
//!
//! The canvas is drawn on here rather than through plotters-canvas, which sets every style for
//! every primitive, issues one JS call per vertex and formats colours with core's float
//! formatting (kilobytes of Wasm):
//! - a polygon or path becomes one SVG path string handed to `new Path2D(…)`, made once per
//!   chart (see [`PathCache`]);
//! - consecutive strokes of one opaque style (a map's province borders: hundreds of them) and
//!   consecutive filled circles of one opaque colour are gathered into one path, stroked or
//!   filled in one call (painting them one by one gives the same pixels);
//! - fill and stroke styles, font, alignment and baseline are set only when they change;
//! - colours and font sizes are written without float formatting.

use plotters_backend::text_anchor::{HPos, VPos};
use plotters_backend::{
    BackendColor, BackendCoord, BackendStyle, BackendTextStyle, DrawingBackend, DrawingErrorKind, FontTransform,
};
use std::convert::Infallible;

use wasm_bindgen::JsCast;
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement, Path2d};

use crate::svg::SvgBackend;

/// A canvas or an SVG document.
pub enum WebBackend<'p> {
    /// A `<canvas>`.
    Canvas(Box<Canvas<'p>>),
    /// An SVG document in memory.
    Svg(SvgBackend),
}

/// A canvas's 2D context, with the styles last set on it and the path being gathered.
pub struct Canvas<'p> {
    ctx: CanvasRenderingContext2d,
    /// The canvas's size in device pixels.
    size: (u32, u32),
    /// The `Path2D`s made for this canvas by earlier drawings.
    paths: &'p mut PathCache,
    /// The styles set on the context by this backend (`None`: unknown, set before use).
    fill: Option<BackendColor>,
    stroke: Option<(BackendColor, u32)>,
    font: String,
    align: &'static str,
    baseline: &'static str,
    /// Path data gathered for one stroke (`Some(width)`) or one fill (`None`), in `pending`.
    batch: Option<(BackendColor, Option<u32>)>,
    pending: Vec<u8>,
}

/// How many paths a [`PathCache`] keeps before it starts again.
const PATHS_KEPT: usize = 512;

/// The `Path2D`s a chart's canvas has drawn, by a hash of their path data: a redraw after a
/// filter sends the same borders, coasts and province outlines again, and parsing them into a
/// `Path2D` is a good part of drawing a map. A chart keeps one for its canvas, and it goes with
/// the chart; it is emptied when it grows past [`PATHS_KEPT`], when the canvas changes size
/// (paths in device pixels of another size do not come again), and by [`PathCache::clear`].
#[derive(Default)]
pub struct PathCache {
    /// The canvas size, in device pixels, that the paths were made for.
    size: (u32, u32),
    /// (key, path), searched in order: at most [`PATHS_KEPT`] integer comparisons per path, and
    /// no hash table code in the module.
    paths: Vec<((u64, usize), Path2d)>,
}

impl PathCache {
    /// Forgets every path.
    pub fn clear(&mut self) {
        self.paths.clear();
    }

    /// The `Path2D` of path data `d`, made once.
    fn path2d(&mut self, d: &[u8]) -> Option<Path2d> {
        let key = path_key(d);
        if let Some((_, p)) = self.paths.iter().find(|(k, _)| *k == key) {
            return Some(p.clone());
        }
        let p = Path2d::new_with_path_string(std::str::from_utf8(d).ok()?).ok()?;
        if self.paths.len() >= PATHS_KEPT {
            self.paths.clear();
        }
        self.paths.push((key, p.clone()));
        Some(p)
    }
}

/// FNV-1a over the path data (with its length beside it, the key's collisions are negligible).
fn path_key(d: &[u8]) -> (u64, usize) {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for &b in d {
        h = (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
    }
    (h, d.len())
}

impl<'p> WebBackend<'p> {
    /// A backend drawing on `canvas`, reusing the paths in `paths` (made for this canvas);
    /// `None` when it has no 2D context.
    pub fn canvas(canvas: &HtmlCanvasElement, paths: &'p mut PathCache) -> Option<WebBackend<'p>> {
        let ctx: CanvasRenderingContext2d = canvas.get_context("2d").ok()??.dyn_into().ok()?;
        ctx.set_line_join("round");
        let size = (canvas.width(), canvas.height());
        if paths.size != size {
            paths.clear();
            paths.size = size;
        }
        Some(WebBackend::Canvas(Box::new(Canvas {
            ctx,
            size,
            paths,
            fill: None,
            stroke: None,
            font: String::new(),
            align: "",
            baseline: "",
            batch: None,
            pending: Vec::new(),
        })))
    }
}

fn same_color(a: BackendColor, b: BackendColor) -> bool {
    a.rgb == b.rgb && a.alpha == b.alpha
}

/// A CSS colour: `#rrggbb`, or `rgba(r,g,b,0.ddd)`, written without `core::fmt`.
fn css(c: BackendColor) -> String {
    if c.alpha >= 1.0 {
        return crate::svg::paint(c);
    }
    let mut s = String::with_capacity(24);
    s.push_str("rgba(");
    let (r, g, b) = c.rgb;
    for v in [r, g, b] {
        push_decimal(&mut s, u32::from(v));
        s.push(',');
    }
    // Thousandths: below 1, or the colour would be opaque.
    let milli = ((c.alpha.max(0.0) * 1000.0).round() as u32).min(999);
    s.push_str("0.");
    for d in [milli / 100, milli / 10 % 10, milli % 10] {
        s.push(char::from(b'0' + d as u8));
    }
    s.push(')');
    s
}

/// Appends `v` in decimal.
fn push_decimal(s: &mut String, v: u32) {
    s.push_str(crate::number::digits(u64::from(v), &mut [0; 20]));
}

/// Appends `v` in decimal (no `core::fmt`: path data for a map is thousands of numbers).
fn push_int(d: &mut Vec<u8>, v: i32) {
    if v < 0 {
        d.push(b'-');
    }
    d.extend_from_slice(crate::number::digits(u64::from(v.unsigned_abs()), &mut [0; 20]).as_bytes());
}

/// Appends a circle's path data: `M x+r y A r r 0 1 0 x−r y A r r 0 1 0 x+r y Z`.
fn circle_path(d: &mut Vec<u8>, (x, y): BackendCoord, r: u32) {
    let r = r.max(1) as i32;
    for (cmd, px) in [(b'M', x + r), (b'A', x - r), (b'A', x + r)] {
        d.push(cmd);
        if cmd == b'A' {
            push_int(d, r);
            d.push(b' ');
            push_int(d, r);
            d.extend_from_slice(b" 0 1 0 ");
        }
        push_int(d, px);
        d.push(b' ');
        push_int(d, y);
    }
    d.push(b'Z');
}

/// Appends a polyline's path data (`M x y L x y …`, `Z` when `close`) to `d`; false for fewer
/// than 2 points (nothing is appended then).
fn append_path(d: &mut Vec<u8>, points: impl IntoIterator<Item = BackendCoord>, close: bool) -> bool {
    let start = d.len();
    let mut n = 0;
    for (x, y) in points {
        d.push(if n == 0 { b'M' } else { b'L' });
        push_int(d, x);
        d.push(b' ');
        push_int(d, y);
        n += 1;
    }
    if n < 2 {
        d.truncate(start);
        return false;
    }
    if close {
        d.push(b'Z');
    }
    true
}

impl Canvas<'_> {
    fn set_fill(&mut self, c: BackendColor) {
        if !self.fill.is_some_and(|f| same_color(f, c)) {
            self.ctx.set_fill_style_str(&css(c));
            self.fill = Some(c);
        }
    }

    fn set_stroke(&mut self, c: BackendColor, width: u32) {
        if !self.stroke.is_some_and(|(f, w)| w == width && same_color(f, c)) {
            self.ctx.set_stroke_style_str(&css(c));
            self.ctx.set_line_width(f64::from(width));
            self.stroke = Some((c, width));
        }
    }

    /// Paints the gathered path, if any.
    fn flush(&mut self) {
        let Some((color, width)) = self.batch.take() else { return };
        if self.pending.is_empty() {
            return;
        }
        if let Some(p) = self.paths.path2d(&self.pending) {
            match width {
                Some(w) => {
                    self.set_stroke(color, w);
                    self.ctx.stroke_with_path(&p);
                }
                None => {
                    self.set_fill(color);
                    self.ctx.fill_with_path_2d(&p);
                }
            }
        }
        self.pending.clear();
    }

    /// Paints one shape, stroked `width` wide or filled (`None`), whose path data `append`
    /// writes (false: nothing to paint). An opaque shape is gathered with the shapes of its
    /// style before it when `may_gather`; any other is painted alone.
    fn shape(
        &mut self,
        color: BackendColor,
        width: Option<u32>,
        may_gather: bool,
        append: impl FnOnce(&mut Vec<u8>) -> bool,
    ) {
        if color.alpha <= 0.0 {
            return;
        }
        if may_gather && color.alpha >= 1.0 {
            append(self.gather(color, width));
            return;
        }
        self.flush();
        if append(&mut self.pending) {
            self.batch = Some((color, width));
            self.flush();
        }
    }

    /// Fills a rectangle given by its corner and size.
    fn fill_rect(&mut self, color: BackendColor, (x, y): BackendCoord, w: i32, h: i32) {
        if color.alpha > 0.0 {
            self.flush();
            self.set_fill(color);
            self.ctx.fill_rect(f64::from(x), f64::from(y), f64::from(w), f64::from(h));
        }
    }

    /// Starts gathering for `(color, width)` unless already doing so; returns the path data.
    fn gather(&mut self, color: BackendColor, width: Option<u32>) -> &mut Vec<u8> {
        let same = self.batch.is_some_and(|(c, w)| w == width && same_color(c, color));
        if !same {
            self.flush();
            self.batch = Some((color, width));
        }
        &mut self.pending
    }

    fn text<T: BackendTextStyle>(&mut self, text: &str, style: &T, (x, y): BackendCoord) {
        let color = style.color();
        if color.alpha <= 0.0 {
            return;
        }
        self.flush();
        let anchor = style.anchor();
        let baseline = match anchor.v_pos {
            VPos::Top => "top",
            VPos::Center => "middle",
            VPos::Bottom => "bottom",
        };
        if self.baseline != baseline {
            self.ctx.set_text_baseline(baseline);
            self.baseline = baseline;
        }
        let align = match anchor.h_pos {
            HPos::Left => "start",
            HPos::Right => "end",
            HPos::Center => "center",
        };
        if self.align != align {
            self.ctx.set_text_align(align);
            self.align = align;
        }
        self.set_fill(color);
        // The size to a tenth of a pixel, written without float formatting.
        let tenths = (style.size() * 10.0).round().max(1.0) as u32;
        let mut font = String::with_capacity(self.font.len().max(32));
        font.push_str(style.style().as_str());
        font.push(' ');
        push_decimal(&mut font, tenths / 10);
        font.push('.');
        font.push(char::from(b'0' + (tenths % 10) as u8));
        font.push_str("px ");
        font.push_str(style.family().as_str());
        if font != self.font {
            self.ctx.set_font(&font);
            self.font = font;
        }
        let turn = match style.transform() {
            FontTransform::None => 0.0,
            FontTransform::Rotate90 => 0.5,
            FontTransform::Rotate180 => 1.0,
            FontTransform::Rotate270 => 1.5,
        };
        if turn == 0.0 {
            let _ = self.ctx.fill_text(text, f64::from(x), f64::from(y));
        } else {
            // Styles were set before `save`, so `restore` leaves them as this backend knows them.
            self.ctx.save();
            let _ = self.ctx.translate(f64::from(x), f64::from(y));
            let _ = self.ctx.rotate(turn * std::f64::consts::PI);
            let _ = self.ctx.fill_text(text, 0.0, 0.0);
            self.ctx.restore();
        }
    }
}

impl Drop for Canvas<'_> {
    fn drop(&mut self) {
        self.flush();
    }
}

impl DrawingBackend for WebBackend<'_> {
    /// Neither the canvas nor SVG fails.
    type ErrorType = Infallible;

    fn get_size(&self) -> (u32, u32) {
        match self {
            WebBackend::Canvas(c) => c.size,
            WebBackend::Svg(b) => b.get_size(),
        }
    }

    fn ensure_prepared(&mut self) -> Result<(), DrawingErrorKind<Infallible>> {
        Ok(())
    }

    fn present(&mut self) -> Result<(), DrawingErrorKind<Infallible>> {
        match self {
            WebBackend::Canvas(c) => {
                c.flush();
                Ok(())
            }
            WebBackend::Svg(b) => b.present(),
        }
    }

    fn draw_pixel(&mut self, p: BackendCoord, c: BackendColor) -> Result<(), DrawingErrorKind<Infallible>> {
        match self {
            WebBackend::Canvas(canvas) => {
                canvas.fill_rect(c, p, 1, 1);
                Ok(())
            }
            WebBackend::Svg(b) => b.draw_pixel(p, c),
        }
    }

    fn draw_line<S: BackendStyle>(
        &mut self,
        a: BackendCoord,
        z: BackendCoord,
        s: &S,
    ) -> Result<(), DrawingErrorKind<Infallible>> {
        self.draw_path([a, z], s)
    }

    fn draw_rect<S: BackendStyle>(
        &mut self,
        a: BackendCoord,
        z: BackendCoord,
        s: &S,
        fill: bool,
    ) -> Result<(), DrawingErrorKind<Infallible>> {
        match self {
            WebBackend::Canvas(c) if fill => {
                c.fill_rect(s.color(), a, z.0 - a.0, z.1 - a.1);
                Ok(())
            }
            WebBackend::Canvas(_) => self.draw_path([a, (z.0, a.1), z, (a.0, z.1), a], s),
            WebBackend::Svg(b) => b.draw_rect(a, z, s, fill),
        }
    }

    fn draw_path<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        path: I,
        s: &S,
    ) -> Result<(), DrawingErrorKind<Infallible>> {
        match self {
            WebBackend::Canvas(c) => {
                // Opaque strokes of one style: painting them together gives the same pixels.
                c.shape(s.color(), Some(s.stroke_width()), true, |d| append_path(d, path, false));
                Ok(())
            }
            WebBackend::Svg(b) => b.draw_path(path, s),
        }
    }

    fn fill_polygon<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        path: I,
        s: &S,
    ) -> Result<(), DrawingErrorKind<Infallible>> {
        match self {
            WebBackend::Canvas(c) => {
                // Filled one by one: polygons gathered into one path could cancel out where
                // they overlap with opposite windings.
                c.shape(s.color(), None, false, |d| append_path(d, path, true));
                Ok(())
            }
            WebBackend::Svg(b) => b.fill_polygon(path, s),
        }
    }

    fn draw_circle<S: BackendStyle>(
        &mut self,
        c: BackendCoord,
        r: u32,
        s: &S,
        fill: bool,
    ) -> Result<(), DrawingErrorKind<Infallible>> {
        match self {
            WebBackend::Canvas(canvas) => {
                // Opaque circles of one style: one path of circles all drawn the same way
                // round, so that overlaps add up under the nonzero rule.
                canvas.shape(s.color(), (!fill).then(|| s.stroke_width()), true, |d| {
                    circle_path(d, c, r);
                    true
                });
                Ok(())
            }
            WebBackend::Svg(b) => b.draw_circle(c, r, s, fill),
        }
    }

    fn draw_text<T: BackendTextStyle>(
        &mut self,
        text: &str,
        style: &T,
        pos: BackendCoord,
    ) -> Result<(), DrawingErrorKind<Infallible>> {
        match self {
            WebBackend::Canvas(c) => {
                c.text(text, style, pos);
                Ok(())
            }
            WebBackend::Svg(b) => b.draw_text(text, style, pos),
        }
    }

    fn blit_bitmap(
        &mut self,
        pos: BackendCoord,
        (w, h): (u32, u32),
        src: &[u8],
    ) -> Result<(), DrawingErrorKind<Infallible>> {
        match self {
            WebBackend::Canvas(_) => {
                // RGB rows, as plotters gives bitmaps; not used by the charts.
                for (i, px) in src.chunks_exact(3).take((w * h) as usize).enumerate() {
                    let (x, y) = ((i as u32 % w) as i32, (i as u32 / w) as i32);
                    let color = BackendColor { alpha: 1.0, rgb: (px[0], px[1], px[2]) };
                    self.draw_pixel((pos.0 + x, pos.1 + y), color)?;
                }
                Ok(())
            }
            WebBackend::Svg(b) => b.blit_bitmap(pos, (w, h), src),
        }
    }
}
