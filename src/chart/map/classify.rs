//! Cutting counts into classes for a choropleth: quantiles or Jenks natural breaks, as
//! contiguous whole-number ranges that cover every value.

use crate::chart::Classification;
use crate::draw::Color;
use crate::format::NumberFormat;

/// Classes of whole numbers: class `i` holds `range(i).0 ..= range(i).1`; the ranges are
/// ascending, contiguous and cover every value classified.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Classes {
    /// The smallest value.
    min: u64,
    /// Each class's largest value, strictly increasing; the last is the largest value.
    uppers: Vec<u64>,
}

impl Classes {
    /// Cuts `values` into at most `k` classes (2 ≤ k ≤ 9; fewer when there are fewer
    /// distinct values) with `method`. `None` for no values.
    pub fn new(values: &[u64], k: usize, method: Classification) -> Option<Classes> {
        let mut v = values.to_vec();
        crate::sort::sort_by(&mut v, |a, b| a.cmp(b));
        let (&min, &max) = (v.first()?, v.last()?);
        let k = k.clamp(2, 9);
        let mut uppers = match method {
            Classification::Quantiles => quantile_uppers(&v, k),
            Classification::NaturalBreaks => jenks_uppers(&v, k),
        };
        uppers.push(max);
        crate::sort::sort_by(&mut uppers, |a, b| a.cmp(b));
        uppers.dedup();
        Some(Classes { min, uppers })
    }

    /// Number of classes.
    pub fn len(&self) -> usize {
        self.uppers.len()
    }

    /// Whether there are no classes (never, for a constructed value).
    pub fn is_empty(&self) -> bool {
        self.uppers.is_empty()
    }

    /// The class of `v` (values beyond the ends fall in the first or last class).
    pub fn class_of(&self, v: u64) -> usize {
        self.uppers.partition_point(|&u| u < v).min(self.len().saturating_sub(1))
    }

    /// The inclusive range of class `i`.
    pub fn range(&self, i: usize) -> (u64, u64) {
        let hi = self.uppers.get(i).copied().unwrap_or(self.min);
        let lo = if i == 0 { self.min } else { self.uppers.get(i - 1).map_or(self.min, |u| u + 1) };
        (lo.min(hi), hi)
    }

    /// Class `i`'s range as a legend writes it: `1–12`, or `41` for a single value.
    pub fn label(&self, i: usize, nf: &NumberFormat) -> String {
        let (lo, hi) = self.range(i);
        if lo == hi {
            nf.int(lo)
        } else {
            format!("{}–{}", nf.int(lo), nf.int(hi))
        }
    }
}

/// Upper bounds at the k-quantiles of sorted `v` (the last class's bound is added later).
fn quantile_uppers(v: &[u64], k: usize) -> Vec<u64> {
    let n = v.len();
    (1..k).filter_map(|i| (i * n).div_ceil(k).checked_sub(1).and_then(|j| v.get(j).copied())).collect()
}

/// Upper bounds of Jenks natural breaks (minimum within-class sum of squares) of sorted `v`,
/// by dynamic programming, O(k·n²): meant for tens to a few thousands of values.
fn jenks_uppers(v: &[u64], k: usize) -> Vec<u64> {
    // Work on distinct values with their multiplicities, so ties never straddle a break.
    let mut vals: Vec<(f64, f64)> = Vec::new();
    for &x in v {
        match vals.last_mut() {
            Some((y, w)) if *y == x as f64 => *w += 1.0,
            _ => vals.push((x as f64, 1.0)),
        }
    }
    let n = vals.len();
    let k = k.min(n);
    if k <= 1 {
        return Vec::new();
    }
    // Prefix sums of weight, weighted sum and weighted squares.
    let mut w = vec![0.0; n + 1];
    let mut s = vec![0.0; n + 1];
    let mut q = vec![0.0; n + 1];
    for (i, &(x, c)) in vals.iter().enumerate() {
        w[i + 1] = w[i] + c;
        s[i + 1] = s[i] + c * x;
        q[i + 1] = q[i] + c * x * x;
    }
    // Sum of squared deviations of vals[a..b].
    let ssd = |a: usize, b: usize| {
        let (ww, ss, qq) = (w[b] - w[a], s[b] - s[a], q[b] - q[a]);
        if ww > 0.0 {
            (qq - ss * ss / ww).max(0.0)
        } else {
            0.0
        }
    };
    // cost[c][j]: best cost of splitting vals[..j] into c + 1 classes; from[c][j] the start of
    // the last class.
    let mut cost = vec![vec![f64::INFINITY; n + 1]; k];
    let mut from = vec![vec![0usize; n + 1]; k];
    for (j, c) in cost[0].iter_mut().enumerate().skip(1) {
        *c = ssd(0, j);
    }
    for c in 1..k {
        for j in (c + 1)..=n {
            for i in c..j {
                let v = cost[c - 1][i] + ssd(i, j);
                if v < cost[c][j] {
                    cost[c][j] = v;
                    from[c][j] = i;
                }
            }
        }
    }
    let mut uppers = Vec::new();
    let mut j = n;
    for c in (1..k).rev() {
        let i = from[c][j];
        if i == 0 || i >= j {
            break;
        }
        uppers.push(vals[i - 1].0 as u64);
        j = i;
    }
    uppers.reverse();
    uppers
}

/// `k` colours of a sequential, colour-blind-safe ramp, lightest to darkest on a light
/// background (YlGnBu) and darkest to brightest on a dark one (viridis).
pub fn ramp(dark: bool, k: usize) -> Vec<Color> {
    const LIGHT: [u32; 9] = [0xffffd9, 0xedf8b1, 0xc7e9b4, 0x7fcdbb, 0x41b6c4, 0x1d91c0, 0x225ea8, 0x253494, 0x081d58];
    const DARK: [u32; 9] = [0x482878, 0x3e4989, 0x31688e, 0x26828e, 0x1f9e89, 0x35b779, 0x6ece58, 0xb5de2b, 0xfde725];
    let (stops, lo) = if dark { (&DARK, 0.0) } else { (&LIGHT, 0.1) };
    let at = |t: f64| {
        let x = t.clamp(0.0, 1.0) * 8.0;
        let i = (x.floor() as usize).min(7);
        let f = x - i as f64;
        let (a, b) = (Color::hex(stops[i]).rgb, Color::hex(stops[i + 1]).rgb);
        let mix = |p: u8, q: u8| (f64::from(p) + (f64::from(q) - f64::from(p)) * f).round() as u8;
        Color { rgb: (mix(a.0, b.0), mix(a.1, b.1), mix(a.2, b.2)), alpha: 1.0 }
    };
    match k {
        0 => Vec::new(),
        1 => vec![at(0.6)],
        _ => (0..k).map(|i| at(lo + (1.0 - lo) * i as f64 / (k - 1) as f64)).collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lang::Lang;

    fn check_cover(c: &Classes, values: &[u64]) {
        for i in 1..c.len() {
            assert_eq!(c.range(i).0, c.range(i - 1).1 + 1, "contiguous");
            assert!(c.range(i).0 <= c.range(i).1);
        }
        for &v in values {
            let (lo, hi) = c.range(c.class_of(v));
            assert!(lo <= v && v <= hi, "{v} in {lo}..={hi}");
        }
    }

    #[test]
    fn quantiles_split_evenly() {
        let v: Vec<u64> = (1..=20).collect();
        let c = Classes::new(&v, 5, Classification::Quantiles).unwrap();
        assert_eq!(c.len(), 5);
        assert_eq!(c.range(0), (1, 4));
        assert_eq!(c.range(4), (17, 20));
        check_cover(&c, &v);
    }

    #[test]
    fn jenks_finds_gaps() {
        let v = [1, 2, 3, 50, 51, 52, 400, 410];
        let c = Classes::new(&v, 3, Classification::NaturalBreaks).unwrap();
        assert_eq!(c.len(), 3);
        assert_eq!(c.range(0), (1, 3));
        assert_eq!(c.range(1), (4, 52));
        assert_eq!(c.range(2), (53, 410));
        check_cover(&c, &v);
    }

    #[test]
    fn ties_and_tiny_inputs() {
        for method in [Classification::Quantiles, Classification::NaturalBreaks] {
            let v = [5, 5, 5, 5];
            let c = Classes::new(&v, 5, method).unwrap();
            assert_eq!(c.len(), 1);
            assert_eq!(c.label(0, &NumberFormat::new(Lang::En)), "5");
            let v = [0, 1, 1, 1, 1, 1, 2000];
            let c = Classes::new(&v, 9, method).unwrap();
            check_cover(&c, &v);
            assert!(c.len() <= 3);
            assert!(Classes::new(&[], 5, method).is_none());
        }
        let c = Classes::new(&[1000, 12_000], 2, Classification::Quantiles).unwrap();
        assert_eq!(c.label(1, &NumberFormat::new(Lang::Vi)), "1.001–12.000");
    }

    #[test]
    fn ramps_have_k_distinct_colours() {
        for dark in [false, true] {
            for k in 1..=9 {
                let r = ramp(dark, k);
                assert_eq!(r.len(), k);
                for w in r.windows(2) {
                    assert_ne!(w[0], w[1]);
                }
            }
        }
    }
}
