//! The drawing surface every chart and map paints on: a thin layer over plotters'
//! [`DrawingBackend`] that works in CSS pixels and scales to device pixels.
//!
//! Charts lay themselves out in CSS pixels; a [`Painter`] multiplies every coordinate, stroke
//! and font size by the device pixel ratio, so the same drawing code is sharp on a HiDPI canvas
//! and exact in an SVG (ratio 1).

pub mod text;
pub mod theme;

use plotters_backend::text_anchor::{HPos, Pos, VPos};
use plotters_backend::{
    BackendColor, BackendCoord, BackendStyle, BackendTextStyle, DrawingBackend, DrawingErrorKind, FontFamily,
    FontStyle, FontTransform,
};

pub use theme::{Color, Theme};

/// The font stack used everywhere: a good UI sans first, then fonts that cover Vietnamese
/// and Khmer, then the generic family.
pub const FONT_STACK: &str =
    "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Noto Sans Khmer', 'Khmer OS System', Arial, sans-serif";

/// Drawing failed in the backend (canvas or SVG); the message comes from the backend.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DrawError(pub String);

impl std::fmt::Display for DrawError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "drawing failed: {}", self.0)
    }
}

impl std::error::Error for DrawError {}

fn backend_error<E: std::error::Error + Send + Sync>(e: DrawingErrorKind<E>) -> DrawError {
    DrawError(e.to_string())
}

/// Horizontal placement of text relative to its anchor point.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Align {
    /// The text starts at the anchor.
    Start,
    /// The text is centred on the anchor.
    Center,
    /// The text ends at the anchor.
    End,
}

/// Weight of a font.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Weight {
    /// Regular text.
    Normal,
    /// Bold text (titles, totals).
    Bold,
}

/// How a piece of text is drawn: size in CSS pixels, weight, colour, alignment, rotation.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Font {
    /// Size in CSS pixels.
    pub size: f64,
    /// Regular or bold.
    pub weight: Weight,
    /// Fill colour.
    pub color: Color,
    /// Horizontal alignment on the anchor point (the anchor is the text's vertical middle).
    pub align: Align,
    /// Rotated a quarter turn counter-clockwise (for vertical axis names and crowded labels).
    pub vertical: bool,
}

impl Font {
    /// A regular font of the given size and colour, centred.
    pub fn new(size: f64, color: Color) -> Font {
        Font { size, weight: Weight::Normal, color, align: Align::Center, vertical: false }
    }

    /// The same font, bold.
    pub fn bold(mut self) -> Font {
        self.weight = Weight::Bold;
        self
    }

    /// The same font with another alignment.
    pub fn align(mut self, align: Align) -> Font {
        self.align = align;
        self
    }

    /// The same font, rotated to read bottom to top.
    pub fn vertical(mut self) -> Font {
        self.vertical = true;
        self
    }

    /// Estimated width of `s` in CSS pixels (see [`text::width`]).
    pub fn width(&self, s: &str) -> f64 {
        text::width(s, self.size, self.weight == Weight::Bold)
    }
}

/// A font ready for the backend: sizes already in device pixels.
struct DeviceFont {
    size: f64,
    font: Font,
}

impl BackendTextStyle for DeviceFont {
    type FontError = std::convert::Infallible;

    fn color(&self) -> BackendColor {
        self.font.color.backend()
    }

    fn size(&self) -> f64 {
        self.size
    }

    fn transform(&self) -> FontTransform {
        if self.font.vertical {
            FontTransform::Rotate270
        } else {
            FontTransform::None
        }
    }

    fn style(&self) -> FontStyle {
        match self.font.weight {
            Weight::Normal => FontStyle::Normal,
            Weight::Bold => FontStyle::Bold,
        }
    }

    fn anchor(&self) -> Pos {
        let h = match self.font.align {
            Align::Start => HPos::Left,
            Align::Center => HPos::Center,
            Align::End => HPos::Right,
        };
        Pos::new(h, VPos::Center)
    }

    fn family(&self) -> FontFamily<'_> {
        FontFamily::Name(FONT_STACK)
    }

    fn layout_box(&self, s: &str) -> Result<((i32, i32), (i32, i32)), Self::FontError> {
        let w = text::width(s, self.size, self.font.weight == Weight::Bold).ceil() as i32;
        Ok(((0, 0), (w, self.size.ceil() as i32)))
    }

    fn draw<E, F: FnMut(i32, i32, BackendColor) -> Result<(), E>>(
        &self,
        _text: &str,
        _pos: BackendCoord,
        _draw: F,
    ) -> Result<Result<(), E>, Self::FontError> {
        // Vector backends (canvas, SVG) draw text themselves; rasterising is never asked for.
        Ok(Ok(()))
    }
}

/// A stroke: colour and width in CSS pixels.
struct Stroke {
    color: BackendColor,
    width: u32,
}

impl BackendStyle for Stroke {
    fn color(&self) -> BackendColor {
        self.color
    }

    fn stroke_width(&self) -> u32 {
        self.width
    }
}

/// Paints on any plotters backend in CSS pixels, scaled by the device pixel ratio.
pub struct Painter<'a, B: DrawingBackend> {
    backend: &'a mut B,
    scale: f64,
}

impl<'a, B: DrawingBackend> Painter<'a, B> {
    /// A painter over `backend`, whose pixels are `scale` times smaller than CSS pixels.
    pub fn new(backend: &'a mut B, scale: f64) -> Self {
        let scale = if scale.is_finite() && scale > 0.0 { scale } else { 1.0 };
        Painter { backend, scale }
    }

    /// The drawing's size in CSS pixels.
    pub fn size(&self) -> (f64, f64) {
        let (w, h) = self.backend.get_size();
        (f64::from(w) / self.scale, f64::from(h) / self.scale)
    }

    /// The device pixel ratio.
    pub fn scale(&self) -> f64 {
        self.scale
    }

    fn px(&self, v: f64) -> i32 {
        let d = (v * self.scale).round();
        d.clamp(i32::MIN as f64 / 2.0, i32::MAX as f64 / 2.0) as i32
    }

    fn pt(&self, (x, y): (f64, f64)) -> BackendCoord {
        (self.px(x), self.px(y))
    }

    /// Fills the rectangle between two corners.
    pub fn fill_rect(&mut self, x0: f64, y0: f64, x1: f64, y1: f64, color: Color) -> Result<(), DrawError> {
        let (a, b) = (self.pt((x0.min(x1), y0.min(y1))), self.pt((x0.max(x1), y0.max(y1))));
        if a.0 == b.0 || a.1 == b.1 {
            return Ok(());
        }
        self.backend.draw_rect(a, b, &color.backend(), true).map_err(backend_error)
    }

    /// Strokes a polyline `width` CSS pixels wide.
    pub fn polyline(&mut self, points: &[(f64, f64)], color: Color, width: f64) -> Result<(), DrawError> {
        let stroke = Stroke { color: color.backend(), width: self.px(width).max(1) as u32 };
        let pts: Vec<BackendCoord> = points.iter().map(|&p| self.pt(p)).collect();
        self.backend.draw_path(pts, &stroke).map_err(backend_error)
    }

    /// Strokes one straight line.
    pub fn line(&mut self, from: (f64, f64), to: (f64, f64), color: Color, width: f64) -> Result<(), DrawError> {
        self.polyline(&[from, to], color, width)
    }

    /// Fills a closed polygon.
    pub fn fill_polygon(&mut self, points: &[(f64, f64)], color: Color) -> Result<(), DrawError> {
        let pts: Vec<BackendCoord> = points.iter().map(|&p| self.pt(p)).collect();
        self.backend.fill_polygon(pts, &color.backend()).map_err(backend_error)
    }

    /// Fills (or strokes) a circle of `radius` CSS pixels.
    pub fn circle(&mut self, center: (f64, f64), radius: f64, color: Color, fill: bool) -> Result<(), DrawError> {
        let r = (radius * self.scale).round().max(1.0) as u32;
        let stroke = Stroke { color: color.backend(), width: self.px(1.0).max(1) as u32 };
        self.backend.draw_circle(self.pt(center), r, &stroke, fill).map_err(backend_error)
    }

    /// Draws `s` with its vertical middle at `y`, placed on `x` as the font's alignment says.
    pub fn text(&mut self, s: &str, x: f64, y: f64, font: Font) -> Result<(), DrawError> {
        if s.is_empty() {
            return Ok(());
        }
        let style = DeviceFont { size: font.size * self.scale, font };
        self.backend.draw_text(s, &style, self.pt((x, y))).map_err(backend_error)
    }

    /// Flushes the drawing to its target.
    pub fn present(&mut self) -> Result<(), DrawError> {
        self.backend.present().map_err(backend_error)
    }
}
