//! An SVG backend for plotters, written for charts that must match the canvas exactly.
//!
//! plotters-svg scales font sizes by 1/1.24 and guesses baselines with `dy`; this backend
//! writes sizes in pixels, centres text with `dominant-baseline: central` (what the canvas
//! does with `textBaseline = "middle"`), escapes all text, and labels the image for screen
//! readers with `<title>` and `<desc>`.

use std::fmt::Write as _;

use plotters_backend::text_anchor::HPos;
use plotters_backend::{
    BackendColor, BackendCoord, BackendStyle, BackendTextStyle, DrawingBackend, DrawingErrorKind, FontStyle,
    FontTransform,
};

/// Writing SVG cannot fail; this type only satisfies the trait.
#[derive(Debug)]
pub struct SvgError;

impl std::fmt::Display for SvgError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("SVG error")
    }
}

impl std::error::Error for SvgError {}

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

fn paint(color: BackendColor) -> String {
    let (r, g, b) = color.rgb;
    format!("#{r:02x}{g:02x}{b:02x}")
}

fn opacity(attr: &str, color: BackendColor) -> String {
    if color.alpha >= 1.0 {
        String::new()
    } else {
        // Three decimals, as `{:.3}` would write them, without core's float formatting.
        let milli = (color.alpha.max(0.0) * 1000.0).round() as u32;
        format!(" {attr}=\"{}.{:03}\"", milli / 1000, milli % 1000)
    }
}

fn points(path: impl IntoIterator<Item = BackendCoord>) -> String {
    let mut s = String::new();
    for (i, (x, y)) in path.into_iter().enumerate() {
        if i > 0 {
            s.push(' ');
        }
        let _ = write!(s, "{x},{y}");
    }
    s
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
        let (w, h) = self.size;
        let mut s = format!(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{w}\" height=\"{h}\" viewBox=\"0 0 {w} {h}\" role=\"img\">"
        );
        if !self.title.is_empty() {
            let _ = write!(s, "<title>{}</title>", escape(&self.title));
        }
        if !self.desc.is_empty() {
            let _ = write!(s, "<desc>{}</desc>", escape(&self.desc));
        }
        s.push('\n');
        s.push_str(&self.body);
        s.push_str("</svg>\n");
        s
    }
}

impl DrawingBackend for SvgBackend {
    type ErrorType = SvgError;

    fn get_size(&self) -> (u32, u32) {
        self.size
    }

    fn ensure_prepared(&mut self) -> Result<(), DrawingErrorKind<SvgError>> {
        Ok(())
    }

    fn present(&mut self) -> Result<(), DrawingErrorKind<SvgError>> {
        Ok(())
    }

    fn draw_pixel(&mut self, p: BackendCoord, color: BackendColor) -> Result<(), DrawingErrorKind<SvgError>> {
        self.draw_rect(p, (p.0 + 1, p.1 + 1), &color, true)
    }

    fn draw_line<S: BackendStyle>(
        &mut self,
        from: BackendCoord,
        to: BackendCoord,
        style: &S,
    ) -> Result<(), DrawingErrorKind<SvgError>> {
        self.draw_path([from, to], style)
    }

    fn draw_rect<S: BackendStyle>(
        &mut self,
        a: BackendCoord,
        b: BackendCoord,
        style: &S,
        fill: bool,
    ) -> Result<(), DrawingErrorKind<SvgError>> {
        let c = style.color();
        if c.alpha <= 0.0 {
            return Ok(());
        }
        let (x, y, w, h) = (a.0.min(b.0), a.1.min(b.1), (b.0 - a.0).abs(), (b.1 - a.1).abs());
        if fill {
            let _ = writeln!(
                self.body,
                "<rect x=\"{x}\" y=\"{y}\" width=\"{w}\" height=\"{h}\" fill=\"{}\"{}/>",
                paint(c),
                opacity("fill-opacity", c)
            );
        } else {
            let _ = writeln!(
                self.body,
                "<rect x=\"{x}\" y=\"{y}\" width=\"{w}\" height=\"{h}\" fill=\"none\" stroke=\"{}\" stroke-width=\"{}\"{}/>",
                paint(c),
                style.stroke_width(),
                opacity("stroke-opacity", c)
            );
        }
        Ok(())
    }

    fn draw_path<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        path: I,
        style: &S,
    ) -> Result<(), DrawingErrorKind<SvgError>> {
        let c = style.color();
        if c.alpha <= 0.0 {
            return Ok(());
        }
        let _ = writeln!(
            self.body,
            "<polyline points=\"{}\" fill=\"none\" stroke=\"{}\" stroke-width=\"{}\"{} stroke-linejoin=\"round\"/>",
            points(path),
            paint(c),
            style.stroke_width(),
            opacity("stroke-opacity", c)
        );
        Ok(())
    }

    fn fill_polygon<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        path: I,
        style: &S,
    ) -> Result<(), DrawingErrorKind<SvgError>> {
        let c = style.color();
        if c.alpha <= 0.0 {
            return Ok(());
        }
        let _ = writeln!(
            self.body,
            "<polygon points=\"{}\" fill=\"{}\"{}/>",
            points(path),
            paint(c),
            opacity("fill-opacity", c)
        );
        Ok(())
    }

    fn draw_circle<S: BackendStyle>(
        &mut self,
        center: BackendCoord,
        radius: u32,
        style: &S,
        fill: bool,
    ) -> Result<(), DrawingErrorKind<SvgError>> {
        let c = style.color();
        if c.alpha <= 0.0 {
            return Ok(());
        }
        let paint_attrs = if fill {
            format!("fill=\"{}\"{}", paint(c), opacity("fill-opacity", c))
        } else {
            format!(
                "fill=\"none\" stroke=\"{}\" stroke-width=\"{}\"{}",
                paint(c),
                style.stroke_width(),
                opacity("stroke-opacity", c)
            )
        };
        let _ = writeln!(self.body, "<circle cx=\"{}\" cy=\"{}\" r=\"{radius}\" {paint_attrs}/>", center.0, center.1);
        Ok(())
    }

    fn draw_text<T: BackendTextStyle>(
        &mut self,
        text: &str,
        style: &T,
        pos: BackendCoord,
    ) -> Result<(), DrawingErrorKind<SvgError>> {
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
        let rotate = match style.transform() {
            FontTransform::None => String::new(),
            FontTransform::Rotate90 => format!(" transform=\"rotate(90 {} {})\"", pos.0, pos.1),
            FontTransform::Rotate180 => format!(" transform=\"rotate(180 {} {})\"", pos.0, pos.1),
            FontTransform::Rotate270 => format!(" transform=\"rotate(270 {} {})\"", pos.0, pos.1),
        };
        let _ = writeln!(
            self.body,
            "<text x=\"{}\" y=\"{}\" font-family=\"{}\" font-size=\"{}\"{weight} text-anchor=\"{anchor}\" dominant-baseline=\"central\" fill=\"{}\"{}{rotate}>{}</text>",
            pos.0,
            pos.1,
            escape(style.family().as_str()),
            crate::number::hundredths(style.size()),
            paint(c),
            opacity("fill-opacity", c),
            escape(text)
        );
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
}
