//! The time axis of bar and line charts: labels for seasons and years, and which of them fit.

use crate::aggregate::TimeAxis;
use crate::draw::text;

/// Label forms from longest to shortest: seasons `2024–2025`, `2024–25`, `24–25`; years
/// `2024`, `2024`, `’24`.
pub fn labels(axis: TimeAxis, year: u16) -> [String; 3] {
    match axis {
        TimeAxis::Season => {
            let z = year + 1;
            [format!("{year}–{z}"), format!("{year}–{:02}", z % 100), format!("{:02}–{:02}", year % 100, z % 100)]
        }
        TimeAxis::Year => [year.to_string(), year.to_string(), format!("’{:02}", year % 100)],
    }
}

/// The axis's name: "Dry season" or "Year", in `lang`.
pub fn axis_name(axis: TimeAxis, lang: crate::lang::Lang) -> &'static str {
    use crate::i18n::{t, Text};
    t(if axis == TimeAxis::Year { Text::Year } else { Text::DrySeason }, lang)
}

/// The label used in tables and exports: `2024-2025` (as the data writes it) or `2024`.
pub fn key(axis: TimeAxis, year: u16) -> String {
    match axis {
        TimeAxis::Season => format!("{year}-{}", year + 1),
        TimeAxis::Year => year.to_string(),
    }
}

/// Picks the longest label form that fits a band of `band` pixels, then how many bands to
/// step between labels so that none overlap. Returns (form index, step).
pub fn plan(axis: TimeAxis, years: &[u16], band: f64, size: f64) -> (usize, usize) {
    let gap = size * 0.6;
    let widest =
        |form: usize| years.iter().map(|&y| text::width(&labels(axis, y)[form], size, false)).fold(0.0, f64::max);
    for form in 0..3 {
        if widest(form) + gap <= band {
            return (form, 1);
        }
    }
    let w = widest(1) + gap;
    (1, (w / band).ceil().max(1.0) as usize)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_shorten_then_thin() {
        let years: Vec<u16> = (2010..2025).collect();
        assert_eq!(plan(TimeAxis::Season, &years, 80.0, 12.0), (0, 1));
        assert_eq!(plan(TimeAxis::Season, &years, 60.0, 12.0).0, 1);
        assert_eq!(plan(TimeAxis::Season, &years, 45.0, 12.0).0, 2);
        let (form, step) = plan(TimeAxis::Season, &years, 10.0, 12.0);
        assert_eq!(form, 1);
        assert!(step >= 5);
        assert_eq!(labels(TimeAxis::Year, 2024)[2], "’24");
    }
}
