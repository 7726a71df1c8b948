//! Value axes: "nice" whole-number ticks for counts, and their grid.

use plotters_backend::DrawingBackend;

use crate::chart::frame::Rect;
use crate::draw::{Align, Color, DrawError, Font, Painter};

/// Ticks for a count axis from 0 to at least `max`, about `target` of them, on steps of
/// 1, 2 or 5 × 10ⁿ, never fractional. Returns the ticks, the last being the axis top.
pub fn count_ticks(max: u64, target: usize) -> Vec<u64> {
    let target = target.clamp(2, 12) as u64;
    if max == 0 {
        return vec![0, 1];
    }
    let raw = (max as f64 / target as f64).max(1.0);
    let mag = crate::format::power_of_ten_at_most(raw);
    let step = [1.0, 2.0, 5.0, 10.0].iter().map(|m| m * mag).find(|s| *s >= raw).unwrap_or(10.0 * mag).max(1.0) as u64;
    let top = max.div_ceil(step) * step;
    (0..=top / step).map(|i| i * step).collect()
}

/// Draws a count axis on the left of `plot`, whose top is the value `top`: a `grid` line at
/// each tick above 0, and each tick's `text` right-aligned just left of the plot.
pub fn draw_count_grid<B: DrawingBackend>(
    p: &mut Painter<B>,
    plot: &Rect,
    ticks: &[u64],
    top: f64,
    text: impl Fn(u64) -> String,
    grid: Color,
    font: Font,
) -> Result<(), DrawError> {
    for &v in ticks {
        let y = (plot.y1 - v as f64 / top * plot.height()).round();
        if v > 0 {
            p.line((plot.x0, y), (plot.x1, y), grid, 1.0)?;
        }
        p.text(&text(v), plot.x0 - 6.0, y, font.align(Align::End))?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ticks_are_whole_and_cover_the_max() {
        assert_eq!(count_ticks(0, 5), vec![0, 1]);
        assert_eq!(count_ticks(3, 5), vec![0, 1, 2, 3]);
        assert_eq!(count_ticks(701, 5), vec![0, 200, 400, 600, 800]);
        assert_eq!(count_ticks(1000, 5), vec![0, 200, 400, 600, 800, 1000]);
        for max in [1u64, 7, 19, 99, 101, 555, 12_345, 999_999] {
            let t = count_ticks(max, 5);
            assert!(*t.last().unwrap() >= max);
            assert!(t.len() >= 2 && t.len() <= 12, "{max}: {t:?}");
        }
    }
}
