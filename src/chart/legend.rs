//! Legends: a row of colour swatches with labels, wrapped to the chart's width.

use plotters_backend::DrawingBackend;

use crate::draw::{text, Align, Color, DrawError, Font, Painter};

/// One legend entry.
#[derive(Clone, Debug, PartialEq)]
pub struct Item {
    /// Swatch colour.
    pub color: Color,
    /// Label.
    pub label: String,
}

/// Draws `items` left to right from (`x`, `y`), wrapping at `x + max_w`; returns the height used.
pub fn draw<B: DrawingBackend>(
    p: &mut Painter<B>,
    items: &[Item],
    x: f64,
    y: f64,
    max_w: f64,
    font: Font,
) -> Result<f64, DrawError> {
    if items.is_empty() {
        return Ok(0.0);
    }
    let sw = font.size * 0.9;
    let line_h = font.size * 1.6;
    let (mut cx, mut cy) = (x, y);
    for item in items {
        let label = text::truncate(&item.label, font.size, false, max_w - sw - 6.0);
        let w = sw + 5.0 + font.width(&label) + font.size;
        if cx > x && cx + w > x + max_w {
            cx = x;
            cy += line_h;
        }
        let mid = cy + line_h / 2.0;
        p.fill_rect(cx, mid - sw / 2.0, cx + sw, mid + sw / 2.0, item.color)?;
        p.text(&label, cx + sw + 5.0, mid, font.align(Align::Start))?;
        cx += w;
    }
    Ok(cy + line_h - y)
}
