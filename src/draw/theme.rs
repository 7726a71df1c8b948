//! Colours and themes: a light and a dark theme with a colour-blind-safe palette.

use plotters_backend::BackendColor;
use serde::{Deserialize, Serialize};

/// An sRGB colour with opacity.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Color {
    /// Red, green, blue.
    pub rgb: (u8, u8, u8),
    /// Opacity from 0 (transparent) to 1.
    pub alpha: f64,
}

/// `x`^2.4 for `x` in [0, 1] (the sRGB curve), to within 1e-13 of `powf`, without `powf`'s
/// code in the module: x² · x^0.4, the fifth root of x² found by Newton's method from an
/// estimate read off the float's exponent bits.
fn pow_2_4(x: f64) -> f64 {
    if x <= 0.0 {
        return 0.0;
    }
    let x2 = x * x;
    // bits(x^0.4) ≈ 0.4 · bits(x) + 0.6 · bits(1): within a few per cent.
    let one = 1f64.to_bits() as f64;
    let mut y = f64::from_bits((0.4 * x.to_bits() as f64 + 0.6 * one) as u64);
    for _ in 0..5 {
        let y2 = y * y;
        y = (4.0 * y + x2 / (y2 * y2)) / 5.0;
    }
    x2 * y
}

impl Color {
    /// An opaque colour from `0xRRGGBB`.
    pub const fn hex(v: u32) -> Color {
        Color { rgb: ((v >> 16) as u8, (v >> 8) as u8, v as u8), alpha: 1.0 }
    }

    /// The same colour with another opacity.
    pub const fn with_alpha(self, alpha: f64) -> Color {
        Color { rgb: self.rgb, alpha }
    }

    /// `#rrggbb`, for CSS and SVG.
    pub fn css(self) -> String {
        format!("#{:02x}{:02x}{:02x}", self.rgb.0, self.rgb.1, self.rgb.2)
    }

    pub(crate) fn backend(self) -> BackendColor {
        BackendColor { rgb: self.rgb, alpha: self.alpha }
    }
}

/// Which theme to draw in.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ThemeName {
    /// Dark text on white.
    #[default]
    Light,
    /// Light text on a near-black background.
    Dark,
}

/// The colours of one theme. Text colours pass WCAG AA (4.5:1) on the background.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Theme {
    /// Background of the whole drawing.
    pub background: Color,
    /// Titles, labels, values.
    pub text: Color,
    /// Subtitles, axis labels, source and credit lines.
    pub muted: Color,
    /// Grid lines.
    pub grid: Color,
    /// The baseline (zero line) and axis ticks.
    pub axis: Color,
    /// Bars of a single series.
    pub bar: Color,
    /// Marks for missing data ("no data").
    pub missing: Color,
    /// Eight categorical colours, colour-blind safe (Okabe–Ito order).
    pub palette: [Color; 8],
    /// Low and high ends of the sequential scale (heat grid, choropleth).
    pub ramp: (Color, Color),
}

impl Theme {
    /// The theme of the given name.
    pub fn get(name: ThemeName) -> &'static Theme {
        match name {
            ThemeName::Light => &LIGHT,
            ThemeName::Dark => &DARK,
        }
    }
}

/// Colours of the team slots (0 no team, 1..=11 K51…K93, 12 other names), the same in every
/// chart and theme: a hue per military region (MR 5 blues, MR 7 oranges, MR 9 purples —
/// distinct under the common colour-vision deficiencies), a shade per team.
pub const TEAM_COLORS: [Color; 13] = [
    Color::hex(0x9a9a9a),
    Color::hex(0x0b4f8a),
    Color::hex(0x3a87c9),
    Color::hex(0x8fc1ea),
    Color::hex(0x8a3b00),
    Color::hex(0xd55e00),
    Color::hex(0xef9a4f),
    Color::hex(0xf7c98f),
    Color::hex(0x5e2752),
    Color::hex(0x9c4a86),
    Color::hex(0xcc79a7),
    Color::hex(0xe9b8d4),
    Color::hex(0x6f6f6f),
];

/// Colours of the military regions 5, 7, 9 (the middle shade of each region's teams).
pub const REGION_COLORS: [Color; 3] = [Color::hex(0x3a87c9), Color::hex(0xd55e00), Color::hex(0x9c4a86)];

impl Color {
    /// Relative luminance (WCAG), 0 for black to 1 for white.
    pub fn luminance(self) -> f64 {
        let lin = |c: u8| {
            let c = f64::from(c) / 255.0;
            if c <= 0.04045 {
                c / 12.92
            } else {
                pow_2_4((c + 0.055) / 1.055)
            }
        };
        0.2126 * lin(self.rgb.0) + 0.7152 * lin(self.rgb.1) + 0.0722 * lin(self.rgb.2)
    }

    /// Black or white, whichever reads better on this colour.
    pub fn ink(self) -> Color {
        // Contrast with near-black (luminance ≈ 0.0056) against contrast with white.
        let l = self.luminance();
        if (l + 0.05) / 0.0556 >= 1.05 / (l + 0.05) {
            Color::hex(0x111111)
        } else {
            Color::hex(0xffffff)
        }
    }

    /// Linear mix towards `other` by `t` (0 = self, 1 = other).
    pub fn mix(self, other: Color, t: f64) -> Color {
        let t = t.clamp(0.0, 1.0);
        let m = |a: u8, b: u8| (f64::from(a) + (f64::from(b) - f64::from(a)) * t).round() as u8;
        Color { rgb: (m(self.rgb.0, other.rgb.0), m(self.rgb.1, other.rgb.1), m(self.rgb.2, other.rgb.2)), alpha: 1.0 }
    }
}

/// The light theme.
pub const LIGHT: Theme = Theme {
    background: Color::hex(0xffffff),
    text: Color::hex(0x1a1a1a),
    muted: Color::hex(0x595959),
    grid: Color::hex(0xe3e3e3),
    axis: Color::hex(0x333333),
    bar: Color::hex(0x1f6f8b),
    missing: Color::hex(0x8a8a8a),
    palette: [
        Color::hex(0x0072b2),
        Color::hex(0xe69f00),
        Color::hex(0x009e73),
        Color::hex(0xcc79a7),
        Color::hex(0x56b4e9),
        Color::hex(0xd55e00),
        Color::hex(0xf0e442),
        Color::hex(0x000000),
    ],
    ramp: (Color::hex(0xe8f1f5), Color::hex(0x0b3c5d)),
};

/// The dark theme.
pub const DARK: Theme = Theme {
    background: Color::hex(0x121417),
    text: Color::hex(0xf0f0f0),
    muted: Color::hex(0xb0b4ba),
    grid: Color::hex(0x2e3238),
    axis: Color::hex(0xc8c8c8),
    bar: Color::hex(0x5bb3d0),
    missing: Color::hex(0x8f959c),
    palette: [
        Color::hex(0x56b4e9),
        Color::hex(0xe69f00),
        Color::hex(0x009e73),
        Color::hex(0xcc79a7),
        Color::hex(0x0072b2),
        Color::hex(0xd55e00),
        Color::hex(0xf0e442),
        Color::hex(0xffffff),
    ],
    ramp: (Color::hex(0x1d2b36), Color::hex(0x8fd3ef)),
};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_srgb_curve_matches_powf() {
        for c in 0..=255u8 {
            let x = (f64::from(c) / 255.0 + 0.055) / 1.055;
            let (ours, libm) = (pow_2_4(x), x.powf(2.4));
            assert!((ours - libm).abs() <= 1e-13 * libm.max(1e-300), "{c}: {ours} vs {libm}");
        }
        assert_eq!(pow_2_4(0.0), 0.0);
        assert!((pow_2_4(1.0) - 1.0).abs() < 1e-15);
    }

    fn contrast(a: Color, b: Color) -> f64 {
        let (x, y) = (a.luminance(), b.luminance());
        (x.max(y) + 0.05) / (x.min(y) + 0.05)
    }

    #[test]
    fn text_passes_wcag_aa_in_both_themes() {
        for theme in [&LIGHT, &DARK] {
            assert!(contrast(theme.text, theme.background) >= 7.0);
            assert!(contrast(theme.muted, theme.background) >= 4.5, "muted text");
            assert!(contrast(theme.missing, theme.background) >= 3.0, "no-data marks are large-text/graphics");
            assert!(contrast(theme.bar, theme.background) >= 3.0, "bars are graphics (WCAG 1.4.11)");
            assert!(contrast(theme.palette[5], theme.background) >= 3.0, "the sample badge");
        }
    }

    #[test]
    fn ink_reads_on_every_team_colour() {
        for c in TEAM_COLORS {
            assert!(contrast(c.ink(), c) >= 4.5, "{:?}", c.rgb);
        }
    }
}
