//! One backend type for the browser: the canvas, or SVG for export. Drawing code is generic
//! over plotters' `DrawingBackend`; going through this one type keeps a single copy of every
//! chart in the module instead of one per backend.
//!
//! It also covers a gap of plotters-canvas: a polygon or a path costs one JS call per vertex
//! there (`lineTo`), thousands for a map. Here a shape becomes one SVG path string handed to
//! `new Path2D(…)` and filled or stroked in one call.

use plotters_backend::{BackendColor, BackendCoord, BackendStyle, BackendTextStyle, DrawingBackend, DrawingErrorKind};
use std::fmt::Write as _;

use plotters_canvas::CanvasBackend;
use wasm_bindgen::JsCast;
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement, Path2d};

use crate::svg::SvgBackend;

/// A canvas or an SVG document.
pub enum WebBackend {
    /// A `<canvas>` through plotters-canvas, with its context for whole-path calls.
    Canvas(CanvasBackend, CanvasRenderingContext2d),
    /// An SVG document in memory.
    Svg(SvgBackend),
}

impl WebBackend {
    /// A backend drawing on `canvas`; `None` when it has no 2D context.
    pub fn canvas(canvas: HtmlCanvasElement) -> Option<WebBackend> {
        let ctx: CanvasRenderingContext2d = canvas.get_context("2d").ok()??.dyn_into().ok()?;
        Some(WebBackend::Canvas(CanvasBackend::with_canvas_object(canvas)?, ctx))
    }
}

fn css(c: BackendColor) -> String {
    let (r, g, b) = c.rgb;
    if c.alpha >= 1.0 {
        format!("#{r:02x}{g:02x}{b:02x}")
    } else {
        format!("rgba({r},{g},{b},{:.3})", c.alpha.max(0.0))
    }
}

/// The SVG path data of a polyline, closed with `Z` when `close`; `None` for fewer than 2 points.
fn path_data(points: impl IntoIterator<Item = BackendCoord>, close: bool) -> Option<Path2d> {
    let mut d = String::new();
    let mut n = 0;
    for (x, y) in points {
        let _ = write!(d, "{}{x} {y}", if n == 0 { 'M' } else { 'L' });
        n += 1;
    }
    if close {
        d.push('Z');
    }
    if n < 2 {
        return None;
    }
    Path2d::new_with_path_string(&d).ok()
}

/// An error from either backend, as text.
#[derive(Debug)]
pub struct WebBackendError(String);

impl std::fmt::Display for WebBackendError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for WebBackendError {}

fn conv<E: std::error::Error + Send + Sync>(e: DrawingErrorKind<E>) -> DrawingErrorKind<WebBackendError> {
    match e {
        DrawingErrorKind::DrawingError(e) => DrawingErrorKind::DrawingError(WebBackendError(e.to_string())),
        DrawingErrorKind::FontError(e) => DrawingErrorKind::FontError(e),
    }
}

macro_rules! each {
    ($self:ident, $b:ident => $e:expr) => {
        match $self {
            WebBackend::Canvas($b, _) => $e.map_err(conv),
            WebBackend::Svg($b) => $e.map_err(conv),
        }
    };
}

impl DrawingBackend for WebBackend {
    type ErrorType = WebBackendError;

    fn get_size(&self) -> (u32, u32) {
        match self {
            WebBackend::Canvas(b, _) => b.get_size(),
            WebBackend::Svg(b) => b.get_size(),
        }
    }

    fn ensure_prepared(&mut self) -> Result<(), DrawingErrorKind<WebBackendError>> {
        each!(self, b => b.ensure_prepared())
    }

    fn present(&mut self) -> Result<(), DrawingErrorKind<WebBackendError>> {
        each!(self, b => b.present())
    }

    fn draw_pixel(&mut self, p: BackendCoord, c: BackendColor) -> Result<(), DrawingErrorKind<WebBackendError>> {
        each!(self, b => b.draw_pixel(p, c))
    }

    fn draw_line<S: BackendStyle>(
        &mut self,
        a: BackendCoord,
        z: BackendCoord,
        s: &S,
    ) -> Result<(), DrawingErrorKind<WebBackendError>> {
        each!(self, b => b.draw_line(a, z, s))
    }

    fn draw_rect<S: BackendStyle>(
        &mut self,
        a: BackendCoord,
        z: BackendCoord,
        s: &S,
        fill: bool,
    ) -> Result<(), DrawingErrorKind<WebBackendError>> {
        each!(self, b => b.draw_rect(a, z, s, fill))
    }

    fn draw_path<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        path: I,
        s: &S,
    ) -> Result<(), DrawingErrorKind<WebBackendError>> {
        match self {
            WebBackend::Canvas(_, ctx) => {
                let c = s.color();
                if c.alpha > 0.0 {
                    if let Some(p) = path_data(path, false) {
                        ctx.set_stroke_style_str(&css(c));
                        ctx.set_line_width(f64::from(s.stroke_width()));
                        ctx.set_line_join("round");
                        ctx.stroke_with_path(&p);
                    }
                }
                Ok(())
            }
            WebBackend::Svg(b) => b.draw_path(path, s).map_err(conv),
        }
    }

    fn fill_polygon<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        path: I,
        s: &S,
    ) -> Result<(), DrawingErrorKind<WebBackendError>> {
        match self {
            WebBackend::Canvas(_, ctx) => {
                let c = s.color();
                if c.alpha > 0.0 {
                    if let Some(p) = path_data(path, true) {
                        ctx.set_fill_style_str(&css(c));
                        ctx.fill_with_path_2d(&p);
                    }
                }
                Ok(())
            }
            WebBackend::Svg(b) => b.fill_polygon(path, s).map_err(conv),
        }
    }

    fn draw_circle<S: BackendStyle>(
        &mut self,
        c: BackendCoord,
        r: u32,
        s: &S,
        fill: bool,
    ) -> Result<(), DrawingErrorKind<WebBackendError>> {
        each!(self, b => b.draw_circle(c, r, s, fill))
    }

    fn draw_text<T: BackendTextStyle>(
        &mut self,
        text: &str,
        style: &T,
        pos: BackendCoord,
    ) -> Result<(), DrawingErrorKind<WebBackendError>> {
        each!(self, b => b.draw_text(text, style, pos))
    }

    fn blit_bitmap(
        &mut self,
        pos: BackendCoord,
        (w, h): (u32, u32),
        src: &[u8],
    ) -> Result<(), DrawingErrorKind<WebBackendError>> {
        each!(self, b => b.blit_bitmap(pos, (w, h), src))
    }
}
