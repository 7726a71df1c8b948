//! One backend type for the browser: the canvas, or SVG for export. Drawing code is generic
//! over plotters' `DrawingBackend`; going through this one type keeps a single copy of every
//! chart in the module instead of one per backend.

use plotters_backend::{BackendColor, BackendCoord, BackendStyle, BackendTextStyle, DrawingBackend, DrawingErrorKind};
use plotters_canvas::CanvasBackend;

use crate::svg::SvgBackend;

/// A canvas or an SVG document.
pub enum WebBackend {
    /// A `<canvas>` through plotters-canvas.
    Canvas(CanvasBackend),
    /// An SVG document in memory.
    Svg(SvgBackend),
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
            WebBackend::Canvas($b) => $e.map_err(conv),
            WebBackend::Svg($b) => $e.map_err(conv),
        }
    };
}

impl DrawingBackend for WebBackend {
    type ErrorType = WebBackendError;

    fn get_size(&self) -> (u32, u32) {
        match self {
            WebBackend::Canvas(b) => b.get_size(),
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

    fn draw_line<S: BackendStyle>(&mut self, a: BackendCoord, z: BackendCoord, s: &S) -> Result<(), DrawingErrorKind<WebBackendError>> {
        each!(self, b => b.draw_line(a, z, s))
    }

    fn draw_rect<S: BackendStyle>(&mut self, a: BackendCoord, z: BackendCoord, s: &S, fill: bool) -> Result<(), DrawingErrorKind<WebBackendError>> {
        each!(self, b => b.draw_rect(a, z, s, fill))
    }

    fn draw_path<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(&mut self, path: I, s: &S) -> Result<(), DrawingErrorKind<WebBackendError>> {
        each!(self, b => b.draw_path(path, s))
    }

    fn fill_polygon<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(&mut self, path: I, s: &S) -> Result<(), DrawingErrorKind<WebBackendError>> {
        each!(self, b => b.fill_polygon(path, s))
    }

    fn draw_circle<S: BackendStyle>(&mut self, c: BackendCoord, r: u32, s: &S, fill: bool) -> Result<(), DrawingErrorKind<WebBackendError>> {
        each!(self, b => b.draw_circle(c, r, s, fill))
    }

    fn draw_text<T: BackendTextStyle>(&mut self, text: &str, style: &T, pos: BackendCoord) -> Result<(), DrawingErrorKind<WebBackendError>> {
        each!(self, b => b.draw_text(text, style, pos))
    }

    fn blit_bitmap(&mut self, pos: BackendCoord, (w, h): (u32, u32), src: &[u8]) -> Result<(), DrawingErrorKind<WebBackendError>> {
        each!(self, b => b.blit_bitmap(pos, (w, h), src))
    }
}
