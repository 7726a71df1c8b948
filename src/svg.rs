//! An SVG backend for plotters, written for charts that must match the canvas exactly.
//!
//! plotters-svg scales font sizes by 1/1.24 and guesses baselines with `dy`; this backend
//! writes sizes in pixels, centres text with `dominant-baseline: central` (what the canvas
//! does with `textBaseline = "middle"`), escapes all text, and labels the image for screen
//! readers with `<title>` and `<desc>`.

use std::convert::Infallible;

use plotters_backend::text_anchor::HPos;
use plotters_backend::{
    BackendColor, BackendCoord, BackendStyle, BackendTextStyle, DrawingBackend, DrawingErrorKind, FontStyle,
    FontTransform,
};

/// Collects drawing calls as SVG elements in a string.
pub struct SvgBackend {
    size: (u32, u32),
    body: String,
    title: String,
    desc: String,
}

/// Escapes text for SVG content and attribute values.
pub fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            // Characters XML 1.0 forbids are dropped rather than written.
            c if (c as u32) < 0x20 && !matches!(c, '\t' | '\n' | '\r') => {}
            c => out.push(c),
        }
    }
    out
}

/// A colour as `#rrggbb` (opacity apart), written without `core::fmt`.
pub(crate) fn paint(color: BackendColor) -> String {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    let mut s = String::with_capacity(7);
    s.push('#');
    let (r, g, b) = color.rgb;
    for v in [r, g, b] {
        s.push(char::from(HEX[usize::from(v >> 4)]));
        s.push(char::from(HEX[usize::from(v & 15)]));
    }
    s
}

/// Appends `v` in decimal (no `core::fmt`: a map is thousands of numbers).
fn push_int(s: &mut String, v: i64) {
    if v < 0 {
        s.push('-');
    }
    s.push_str(crate::number::digits(v.unsigned_abs(), &mut [0; 20]));
}

/// Appends ` name="v"`.
fn push_attr(s: &mut String, name: &str, v: i64) {
    s.push(' ');
    s.push_str(name);
    s.push_str("=\"");
    push_int(s, v);
    s.push('"');
}

/// Appends ` name="o.ooo"` for a translucent colour (three decimals, as `{:.3}` would write
/// them); nothing for an opaque one.
fn push_opacity(s: &mut String, name: &str, color: BackendColor) {
    if color.alpha >= 1.0 {
        return;
    }
    let milli = (color.alpha.max(0.0) * 1000.0).round() as u32;
    s.push(' ');
    s.push_str(name);
    s.push_str("=\"");
    push_int(s, i64::from(milli / 1000));
    s.push('.');
    let frac = milli % 1000;
    for d in [frac / 100, frac / 10 % 10, frac % 10] {
        s.push(char::from(b'0' + d as u8));
    }
    s.push('"');
}

/// Appends ` fill="#rrggbb"` and its opacity.
fn push_fill(s: &mut String, color: BackendColor) {
    s.push_str(" fill=\"");
    s.push_str(&paint(color));
    s.push('"');
    push_opacity(s, "fill-opacity", color);
}

/// Appends an unfilled stroke: ` fill="none" stroke="#rrggbb" stroke-width="w"` and its opacity.
fn push_stroke(s: &mut String, color: BackendColor, width: u32) {
    s.push_str(" fill=\"none\" stroke=\"");
    s.push_str(&paint(color));
    s.push('"');
    push_attr(s, "stroke-width", i64::from(width));
    push_opacity(s, "stroke-opacity", color);
}

/// Appends ` points="x,y x,y …"`.
fn push_points(s: &mut String, path: impl IntoIterator<Item = BackendCoord>) {
    s.push_str(" points=\"");
    for (i, (x, y)) in path.into_iter().enumerate() {
        if i > 0 {
            s.push(' ');
        }
        push_int(s, i64::from(x));
        s.push(',');
        push_int(s, i64::from(y));
    }
    s.push('"');
}

impl SvgBackend {
    /// An empty drawing of `width` × `height` pixels.
    pub fn new(width: u32, height: u32) -> Self {
        SvgBackend { size: (width, height), body: String::new(), title: String::new(), desc: String::new() }
    }

    /// Sets the accessible name and description written as `<title>` and `<desc>`.
    pub fn describe(&mut self, title: &str, desc: &str) {
        self.title = title.to_string();
        self.desc = desc.to_string();
    }

    /// The finished SVG document.
    pub fn into_string(self) -> String {
        let (w, h) = (i64::from(self.size.0), i64::from(self.size.1));
        let mut s = String::with_capacity(self.body.len() + 256);
        s.push_str("<svg xmlns=\"http://www.w3.org/2000/svg\"");
        push_attr(&mut s, "width", w);
        push_attr(&mut s, "height", h);
        s.push_str(" viewBox=\"0 0 ");
        push_int(&mut s, w);
        s.push(' ');
        push_int(&mut s, h);
        s.push_str("\" role=\"img\">");
        for (tag, text) in [("title", &self.title), ("desc", &self.desc)] {
            if !text.is_empty() {
                s.push('<');
                s.push_str(tag);
                s.push('>');
                s.push_str(&escape(text));
                s.push_str("</");
                s.push_str(tag);
                s.push('>');
            }
        }
        s.push('\n');
        s.push_str(&self.body);
        s.push_str("</svg>\n");
        s
    }
}

impl DrawingBackend for SvgBackend {
    /// Writing SVG cannot fail.
    type ErrorType = Infallible;

    fn get_size(&self) -> (u32, u32) {
        self.size
    }

    fn ensure_prepared(&mut self) -> Result<(), DrawingErrorKind<Infallible>> {
        Ok(())
    }

    fn present(&mut self) -> Result<(), DrawingErrorKind<Infallible>> {
        Ok(())
    }

    fn draw_pixel(&mut self, p: BackendCoord, color: BackendColor) -> Result<(), DrawingErrorKind<Infallible>> {
        self.draw_rect(p, (p.0 + 1, p.1 + 1), &color, true)
    }

    fn draw_line<S: BackendStyle>(
        &mut self,
        from: BackendCoord,
        to: BackendCoord,
        style: &S,
    ) -> Result<(), DrawingErrorKind<Infallible>> {
        self.draw_path([from, to], style)
    }

    fn draw_rect<S: BackendStyle>(
        &mut self,
        a: BackendCoord,
        b: BackendCoord,
        style: &S,
        fill: bool,
    ) -> Result<(), DrawingErrorKind<Infallible>> {
        let c = style.color();
        if c.alpha <= 0.0 {
            return Ok(());
        }
        let s = &mut self.body;
        s.push_str("<rect");
        push_attr(s, "x", i64::from(a.0.min(b.0)));
        push_attr(s, "y", i64::from(a.1.min(b.1)));
        push_attr(s, "width", (i64::from(b.0) - i64::from(a.0)).abs());
        push_attr(s, "height", (i64::from(b.1) - i64::from(a.1)).abs());
        if fill {
            push_fill(s, c);
        } else {
            push_stroke(s, c, style.stroke_width());
        }
        s.push_str("/>\n");
        Ok(())
    }

    fn draw_path<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        path: I,
        style: &S,
    ) -> Result<(), DrawingErrorKind<Infallible>> {
        let c = style.color();
        if c.alpha <= 0.0 {
            return Ok(());
        }
        let s = &mut self.body;
        s.push_str("<polyline");
        push_points(s, path);
        push_stroke(s, c, style.stroke_width());
        s.push_str(" stroke-linejoin=\"round\"/>\n");
        Ok(())
    }

    fn fill_polygon<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        path: I,
        style: &S,
    ) -> Result<(), DrawingErrorKind<Infallible>> {
        let c = style.color();
        if c.alpha <= 0.0 {
            return Ok(());
        }
        let s = &mut self.body;
        s.push_str("<polygon");
        push_points(s, path);
        push_fill(s, c);
        s.push_str("/>\n");
        Ok(())
    }

    fn draw_circle<S: BackendStyle>(
        &mut self,
        center: BackendCoord,
        radius: u32,
        style: &S,
        fill: bool,
    ) -> Result<(), DrawingErrorKind<Infallible>> {
        let c = style.color();
        if c.alpha <= 0.0 {
            return Ok(());
        }
        let s = &mut self.body;
        s.push_str("<circle");
        push_attr(s, "cx", i64::from(center.0));
        push_attr(s, "cy", i64::from(center.1));
        push_attr(s, "r", i64::from(radius));
        if fill {
            push_fill(s, c);
        } else {
            push_stroke(s, c, style.stroke_width());
        }
        s.push_str("/>\n");
        Ok(())
    }

    fn draw_text<T: BackendTextStyle>(
        &mut self,
        text: &str,
        style: &T,
        pos: BackendCoord,
    ) -> Result<(), DrawingErrorKind<Infallible>> {
        let c = style.color();
        if c.alpha <= 0.0 || text.is_empty() {
            return Ok(());
        }
        let anchor = match style.anchor().h_pos {
            HPos::Left => "start",
            HPos::Center => "middle",
            HPos::Right => "end",
        };
        let weight = match style.style() {
            FontStyle::Bold => " font-weight=\"bold\"",
            FontStyle::Italic => " font-style=\"italic\"",
            FontStyle::Oblique => " font-style=\"oblique\"",
            FontStyle::Normal => "",
        };
        let turn = match style.transform() {
            FontTransform::None => "",
            FontTransform::Rotate90 => "90",
            FontTransform::Rotate180 => "180",
            FontTransform::Rotate270 => "270",
        };
        let s = &mut self.body;
        s.push_str("<text");
        push_attr(s, "x", i64::from(pos.0));
        push_attr(s, "y", i64::from(pos.1));
        s.push_str(" font-family=\"");
        s.push_str(&escape(style.family().as_str()));
        s.push_str("\" font-size=\"");
        s.push_str(&crate::number::hundredths(style.size()));
        s.push('"');
        s.push_str(weight);
        s.push_str(" text-anchor=\"");
        s.push_str(anchor);
        s.push_str("\" dominant-baseline=\"central\"");
        push_fill(s, c);
        if !turn.is_empty() {
            s.push_str(" transform=\"rotate(");
            s.push_str(turn);
            s.push(' ');
            push_int(s, i64::from(pos.0));
            s.push(' ');
            push_int(s, i64::from(pos.1));
            s.push_str(")\"");
        }
        s.push('>');
        s.push_str(&escape(text));
        s.push_str("</text>\n");
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_markup_in_text() {
        assert_eq!(escape("<img src=x onerror=\"alert(1)\">&"), "&lt;img src=x onerror=&quot;alert(1)&quot;&gt;&amp;");
        assert_eq!(escape("a\u{1}b"), "ab");
    }

    #[test]
    fn writes_strokes_and_opacity() {
        let mut svg = SvgBackend::new(10, 20);
        let half = BackendColor { alpha: 0.5, rgb: (10, 11, 12) };
        let opaque = BackendColor { alpha: 1.0, rgb: (255, 0, 1) };
        svg.draw_rect((4, 6), (1, 2), &half, false).unwrap();
        svg.draw_circle((-3, 5), 7, &opaque, true).unwrap();
        svg.fill_polygon([(0, 0), (1, -1)], &half).unwrap();
        assert_eq!(
            svg.into_string(),
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"20\" viewBox=\"0 0 10 20\" role=\"img\">\n\
             <rect x=\"1\" y=\"2\" width=\"3\" height=\"4\" fill=\"none\" stroke=\"#0a0b0c\" stroke-width=\"1\" stroke-opacity=\"0.500\"/>\n\
             <circle cx=\"-3\" cy=\"5\" r=\"7\" fill=\"#ff0001\"/>\n\
             <polygon points=\"0,0 1,-1\" fill=\"#0a0b0c\" fill-opacity=\"0.500\"/>\n\
             </svg>\n"
        );
    }
}
