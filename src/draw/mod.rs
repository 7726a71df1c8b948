//! The drawing surface every chart and map paints on: a plotters [`DrawingArea`] over any
//! [`DrawingBackend`], in CSS pixels.
//!
//! Charts lay themselves out in CSS pixels; a [`Painter`] draws plotters' elements on a drawing
//! area whose coordinates are CSS pixels, mapped to device pixels by the device pixel ratio,
//! and multiplies strokes and font sizes by the same ratio, so the same drawing code is sharp
//! on a HiDPI canvas and exact in an SVG (ratio 1).

pub mod text;
pub mod theme;

use plotters::coord::CoordTranslate;
use plotters::drawing::{DrawingArea, DrawingAreaErrorKind, IntoDrawingArea};
use plotters::element::{Circle, PathElement, Polygon, Rectangle, Text};
use plotters::style::text_anchor::{HPos, Pos, VPos};
use plotters::style::{FontDesc, FontFamily, FontStyle, FontTransform, RGBAColor, ShapeStyle, TextStyle};
use plotters_backend::{BackendColor, BackendCoord, BackendStyle, BackendTextStyle, DrawingBackend, DrawingErrorKind};

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

fn area_error<E: std::error::Error + Send + Sync>(e: DrawingAreaErrorKind<E>) -> DrawError {
    match e {
        DrawingAreaErrorKind::BackendError(e) => DrawError(e.to_string()),
        // A painter has its drawing area alone and never splits it.
        DrawingAreaErrorKind::SharingError | DrawingAreaErrorKind::LayoutError => {
            DrawError(String::from("the drawing area is in use or badly laid out"))
        }
    }
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

/// A backend lent to a drawing area for one drawing: plotters' [`DrawingArea`] owns its
/// backend, and the charts' callers keep theirs (to read an SVG document out afterwards).
struct Lent<'a, B>(&'a mut B);

impl<B: DrawingBackend> DrawingBackend for Lent<'_, B> {
    type ErrorType = B::ErrorType;

    fn get_size(&self) -> (u32, u32) {
        self.0.get_size()
    }

    fn ensure_prepared(&mut self) -> Result<(), DrawingErrorKind<B::ErrorType>> {
        self.0.ensure_prepared()
    }

    fn present(&mut self) -> Result<(), DrawingErrorKind<B::ErrorType>> {
        self.0.present()
    }

    fn draw_pixel(&mut self, p: BackendCoord, color: BackendColor) -> Result<(), DrawingErrorKind<B::ErrorType>> {
        self.0.draw_pixel(p, color)
    }

    fn draw_line<S: BackendStyle>(
        &mut self,
        from: BackendCoord,
        to: BackendCoord,
        style: &S,
    ) -> Result<(), DrawingErrorKind<B::ErrorType>> {
        self.0.draw_line(from, to, style)
    }

    fn draw_rect<S: BackendStyle>(
        &mut self,
        a: BackendCoord,
        b: BackendCoord,
        style: &S,
        fill: bool,
    ) -> Result<(), DrawingErrorKind<B::ErrorType>> {
        self.0.draw_rect(a, b, style, fill)
    }

    fn draw_path<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        path: I,
        style: &S,
    ) -> Result<(), DrawingErrorKind<B::ErrorType>> {
        self.0.draw_path(path, style)
    }

    fn draw_circle<S: BackendStyle>(
        &mut self,
        center: BackendCoord,
        radius: u32,
        style: &S,
        fill: bool,
    ) -> Result<(), DrawingErrorKind<B::ErrorType>> {
        self.0.draw_circle(center, radius, style, fill)
    }

    fn fill_polygon<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        path: I,
        style: &S,
    ) -> Result<(), DrawingErrorKind<B::ErrorType>> {
        self.0.fill_polygon(path, style)
    }

    fn draw_text<T: BackendTextStyle>(
        &mut self,
        text: &str,
        style: &T,
        pos: BackendCoord,
    ) -> Result<(), DrawingErrorKind<B::ErrorType>> {
        self.0.draw_text(text, style, pos)
    }

    fn estimate_text_size<T: BackendTextStyle>(
        &self,
        text: &str,
        style: &T,
    ) -> Result<(u32, u32), DrawingErrorKind<B::ErrorType>> {
        self.0.estimate_text_size(text, style)
    }

    fn blit_bitmap(
        &mut self,
        pos: BackendCoord,
        size: (u32, u32),
        src: &[u8],
    ) -> Result<(), DrawingErrorKind<B::ErrorType>> {
        self.0.blit_bitmap(pos, size, src)
    }
}

/// The drawing area's coordinates: CSS pixels, `scale` device pixels each, rounded to whole
/// device pixels.
#[derive(Clone, Copy, Debug)]
struct CssPixels {
    scale: f64,
}

impl CssPixels {
    /// A length in whole device pixels.
    fn px(self, v: f64) -> i32 {
        let d = (v * self.scale).round();
        d.clamp(i32::MIN as f64 / 2.0, i32::MAX as f64 / 2.0) as i32
    }
}

impl CoordTranslate for CssPixels {
    type From = (f64, f64);

    fn translate(&self, &(x, y): &(f64, f64)) -> BackendCoord {
        (self.px(x), self.px(y))
    }
}

/// A shape's style: filled, or stroked `width` device pixels wide.
fn shape(color: Color, filled: bool, width: i32) -> ShapeStyle {
    let (r, g, b) = color.rgb;
    ShapeStyle { color: RGBAColor(r, g, b, color.alpha), filled, stroke_width: width.max(1) as u32 }
}

/// The largest side a chart is drawn at, in CSS pixels (a poster a metre wide at 250 dpi): a
/// larger size, asked for in a chart's options or by a backend, is drawn at this (see
/// `chart::side`), so that nothing allocates or loops in proportion to a size such as 1e9.
pub const MAX_SIDE: f64 = 10_000.0;

/// Paints plotters elements in CSS pixels on a drawing area over any plotters backend, scaled
/// by the device pixel ratio.
pub struct Painter<'a, B: DrawingBackend> {
    area: DrawingArea<Lent<'a, B>, CssPixels>,
}

impl<'a, B: DrawingBackend> Painter<'a, B> {
    /// A painter over `backend`, whose pixels are `scale` times smaller than CSS pixels.
    pub fn new(backend: &'a mut B, scale: f64) -> Self {
        let scale = if scale.is_finite() && scale > 0.0 { scale } else { 1.0 };
        let area = Lent(backend).into_drawing_area().apply_coord_spec(CssPixels { scale });
        Painter { area }
    }

    /// The drawing's size in CSS pixels, each side at most [`MAX_SIDE`] (a larger backend is
    /// drawn in its top left corner).
    pub fn size(&self) -> (f64, f64) {
        let (w, h) = self.area.dim_in_pixel();
        let side = |px: u32| (f64::from(px) / self.scale()).min(MAX_SIDE);
        (side(w), side(h))
    }

    /// The device pixel ratio.
    pub fn scale(&self) -> f64 {
        self.area.as_coord_spec().scale
    }

    fn px(&self, v: f64) -> i32 {
        self.area.as_coord_spec().px(v)
    }

    /// Fills the rectangle between two corners.
    pub fn fill_rect(&mut self, x0: f64, y0: f64, x1: f64, y1: f64, color: Color) -> Result<(), DrawError> {
        let (a, b) = (self.area.map_coordinate(&(x0, y0)), self.area.map_coordinate(&(x1, y1)));
        if a.0 == b.0 || a.1 == b.1 {
            return Ok(());
        }
        self.area.draw(&Rectangle::new([(x0, y0), (x1, y1)], shape(color, true, 1))).map_err(area_error)
    }

    /// Strokes a polyline `width` CSS pixels wide.
    pub fn polyline(&mut self, points: &[(f64, f64)], color: Color, width: f64) -> Result<(), DrawError> {
        let style = shape(color, false, self.px(width));
        self.area.draw(&PathElement::new(points, style)).map_err(area_error)
    }

    /// Strokes one straight line.
    pub fn line(&mut self, from: (f64, f64), to: (f64, f64), color: Color, width: f64) -> Result<(), DrawError> {
        self.polyline(&[from, to], color, width)
    }

    /// Fills a closed polygon.
    pub fn fill_polygon(&mut self, points: &[(f64, f64)], color: Color) -> Result<(), DrawError> {
        self.area.draw(&Polygon::new(points, shape(color, true, 1))).map_err(area_error)
    }

    /// Fills (or strokes) a circle of `radius` CSS pixels.
    pub fn circle(&mut self, center: (f64, f64), radius: f64, color: Color, fill: bool) -> Result<(), DrawError> {
        let r = (radius * self.scale()).round().max(1.0) as u32;
        let style = shape(color, fill, self.px(1.0));
        self.area.draw(&Circle::new(center, r, style)).map_err(area_error)
    }

    /// Draws `s` with its vertical middle at `y`, placed on `x` as the font's alignment says.
    pub fn text(&mut self, s: &str, x: f64, y: f64, font: Font) -> Result<(), DrawError> {
        if s.is_empty() {
            return Ok(());
        }
        let weight = match font.weight {
            Weight::Normal => FontStyle::Normal,
            Weight::Bold => FontStyle::Bold,
        };
        let mut desc = FontDesc::new(FontFamily::Name(FONT_STACK), font.size * self.scale(), weight);
        if font.vertical {
            desc = desc.transform(FontTransform::Rotate270);
        }
        let h = match font.align {
            Align::Start => HPos::Left,
            Align::Center => HPos::Center,
            Align::End => HPos::Right,
        };
        let style = TextStyle { font: desc, color: font.color.backend(), pos: Pos::new(h, VPos::Center) };
        self.area.draw(&Text::new(s, (x, y), style)).map_err(area_error)
    }

    /// Flushes the drawing to its target.
    pub fn present(&mut self) -> Result<(), DrawError> {
        self.area.present().map_err(area_error)
    }
}
