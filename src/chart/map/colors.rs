//! The colours of a map's layers, in the light and dark themes.

use crate::draw::{Color, Theme};

/// Colours of a map's layers in a theme.
#[derive(Clone, Copy, Debug)]
pub(crate) struct MapColors {
    pub(crate) sea: Color,
    pub(crate) neighbour: Color,
    pub(crate) land: Color,
    pub(crate) unselected: Color,
    pub(crate) no_data: Color,
    pub(crate) hatch: Color,
    pub(crate) province_border: Color,
    pub(crate) border: Color,
    pub(crate) coast: Color,
    pub(crate) dot: Color,
    pub(crate) bubble: Color,
    pub(crate) legend_circle: Color,
    pub(crate) swatch_edge: Color,
    pub(crate) dark: bool,
}

impl MapColors {
    pub(crate) fn new(theme: &Theme) -> MapColors {
        let dark = theme.background.luminance() < 0.3;
        if dark {
            MapColors {
                sea: Color::hex(0x172430),
                neighbour: Color::hex(0x23272c),
                land: Color::hex(0x30353c),
                unselected: Color::hex(0x1b1e22),
                no_data: Color::hex(0x1b1e22),
                hatch: theme.missing,
                province_border: Color::hex(0x6a7179),
                border: Color::hex(0xc4c9cf),
                coast: Color::hex(0x4e6f88),
                dot: theme.palette[1],
                bubble: theme.palette[0],
                legend_circle: theme.muted,
                swatch_edge: Color::hex(0x6a7179),
                dark,
            }
        } else {
            MapColors {
                sea: Color::hex(0xe2edf5),
                neighbour: Color::hex(0xefede8),
                land: Color::hex(0xffffff),
                unselected: Color::hex(0xf2f2f2),
                no_data: Color::hex(0xffffff),
                hatch: theme.missing,
                province_border: Color::hex(0x9c9c9c),
                border: Color::hex(0x555555),
                coast: Color::hex(0x86a3b9),
                dot: theme.palette[5],
                bubble: theme.palette[0],
                legend_circle: theme.muted,
                swatch_edge: Color::hex(0x9c9c9c),
                dark,
            }
        }
    }
}

/// Text colour that reads on `fill`: the theme's dark text or white.
pub(crate) fn text_on(fill: Color) -> Color {
    if fill.luminance() > 0.36 {
        Color::hex(0x1a1a1a)
    } else {
        Color::hex(0xffffff)
    }
}
