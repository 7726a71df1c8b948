//! Pixel-space geometry for maps: clipping to the map's box, hatching, and a coarse raster of
//! which region covers each few pixels (for placing labels).

use crate::chart::frame::Rect;

/// A point in CSS pixels.
pub type Px = (f64, f64);

/// Clips a closed ring to `r` (Sutherland–Hodgman). The result may run along the box's
/// edges; empty when the ring lies outside.
pub fn clip_ring(ring: &[Px], r: &Rect) -> Vec<Px> {
    let mut out: Vec<Px> = ring.to_vec();
    // Each edge: inside test and intersection, for x ≥ x0, x ≤ x1, y ≥ y0, y ≤ y1.
    for edge in 0..4 {
        if out.is_empty() {
            break;
        }
        let inside = |p: Px| match edge {
            0 => p.0 >= r.x0,
            1 => p.0 <= r.x1,
            2 => p.1 >= r.y0,
            _ => p.1 <= r.y1,
        };
        let cut = |a: Px, b: Px| -> Px {
            let t = match edge {
                0 => (r.x0 - a.0) / (b.0 - a.0),
                1 => (r.x1 - a.0) / (b.0 - a.0),
                2 => (r.y0 - a.1) / (b.1 - a.1),
                _ => (r.y1 - a.1) / (b.1 - a.1),
            };
            let t = if t.is_finite() { t.clamp(0.0, 1.0) } else { 0.0 };
            let p = (a.0 + (b.0 - a.0) * t, a.1 + (b.1 - a.1) * t);
            match edge {
                0 => (r.x0, p.1),
                1 => (r.x1, p.1),
                2 => (p.0, r.y0),
                _ => (p.0, r.y1),
            }
        };
        let input = std::mem::take(&mut out);
        let Some(&last) = input.last() else { break };
        let mut prev = last;
        for &cur in &input {
            match (inside(prev), inside(cur)) {
                (true, true) => out.push(cur),
                (true, false) => out.push(cut(prev, cur)),
                (false, true) => {
                    out.push(cut(prev, cur));
                    out.push(cur);
                }
                (false, false) => {}
            }
            prev = cur;
        }
    }
    out
}

/// Clips segment `a`–`b` to `r` (Liang–Barsky): the visible part, if any.
pub fn clip_segment(a: Px, b: Px, r: &Rect) -> Option<(Px, Px)> {
    let (dx, dy) = (b.0 - a.0, b.1 - a.1);
    let (mut t0, mut t1) = (0.0f64, 1.0f64);
    for (p, q) in [(-dx, a.0 - r.x0), (dx, r.x1 - a.0), (-dy, a.1 - r.y0), (dy, r.y1 - a.1)] {
        if p == 0.0 {
            if q < 0.0 {
                return None;
            }
        } else {
            let t = q / p;
            if p < 0.0 {
                t0 = t0.max(t);
            } else {
                t1 = t1.min(t);
            }
        }
    }
    (t0 <= t1).then_some(((a.0 + t0 * dx, a.1 + t0 * dy), (a.0 + t1 * dx, a.1 + t1 * dy)))
}

/// Clips a polyline to `r`: the visible runs, each at least two points.
pub fn clip_polyline(points: &[Px], r: &Rect) -> Vec<Vec<Px>> {
    let mut runs: Vec<Vec<Px>> = Vec::new();
    let mut run: Vec<Px> = Vec::new();
    for w in points.windows(2) {
        match clip_segment(w[0], w[1], r) {
            Some((a, b)) => {
                if run.last() != Some(&a) {
                    if run.len() >= 2 {
                        runs.push(std::mem::take(&mut run));
                    }
                    run.clear();
                    run.push(a);
                }
                run.push(b);
            }
            None => {
                if run.len() >= 2 {
                    runs.push(std::mem::take(&mut run));
                }
                run.clear();
            }
        }
    }
    if run.len() >= 2 {
        runs.push(run);
    }
    runs
}

/// Drops consecutive points that land on the same device pixel at `scale` (the painter
/// rounds every coordinate, so they would draw nothing).
pub fn thin(points: impl IntoIterator<Item = Px>, scale: f64) -> Vec<Px> {
    let mut out: Vec<Px> = Vec::new();
    let mut last: Option<(i64, i64)> = None;
    for p in points {
        let key = ((p.0 * scale).round() as i64, (p.1 * scale).round() as i64);
        if last != Some(key) {
            out.push(p);
            last = Some(key);
        }
    }
    out
}

/// Even-odd crossings of the horizontal line `y` with the rings' edges, sorted.
fn crossings_y(rings: &[Vec<Px>], y: f64, out: &mut Vec<f64>) {
    out.clear();
    for ring in rings {
        let Some(&last) = ring.last() else { continue };
        let mut a = last;
        for &b in ring {
            let (lo, hi) = if a.1 < b.1 { (a, b) } else { (b, a) };
            if lo.1 <= y && y < hi.1 {
                out.push(lo.0 + (y - lo.1) * (hi.0 - lo.0) / (hi.1 - lo.1));
            }
            a = b;
        }
    }
    crate::sort::sort_by(out, |a, b| a.total_cmp(b));
}

/// Diagonal hatch lines (`/`) `spacing` pixels apart inside the rings (even-odd: holes stay
/// empty), as segments.
pub fn hatch(rings: &[Vec<Px>], spacing: f64) -> Vec<(Px, Px)> {
    // Rotate by 45°: u = x + y is constant along a hatch line, v = x − y runs along it.
    let rotated: Vec<Vec<Px>> = rings.iter().map(|r| r.iter().map(|&(x, y)| (x - y, x + y)).collect()).collect();
    let (mut lo, mut hi) = (f64::INFINITY, f64::NEG_INFINITY);
    for p in rotated.iter().flatten() {
        lo = lo.min(p.1);
        hi = hi.max(p.1);
    }
    let step = spacing.max(1.0) * std::f64::consts::SQRT_2;
    let mut segs = Vec::new();
    if !(lo.is_finite() && hi.is_finite()) {
        return segs;
    }
    let mut xs = Vec::new();
    // Lines on a fixed lattice (multiples of `step`), so neighbouring areas' hatches align.
    let mut u = (lo / step).ceil() * step;
    while u <= hi {
        crossings_y(&rotated, u, &mut xs);
        for pair in xs.chunks_exact(2) {
            let (v0, v1) = (pair[0], pair[1]);
            if v1 - v0 > 0.5 {
                segs.push((((u + v0) / 2.0, (u - v0) / 2.0), ((u + v1) / 2.0, (u - v1) / 2.0)));
            }
        }
        u += step;
    }
    segs
}

/// A coarse raster over a box: which region covers each cell's centre (0 = none).
#[derive(Clone, Debug)]
pub struct Mask {
    x0: f64,
    y0: f64,
    cell: f64,
    cols: usize,
    rows: usize,
    cells: Vec<u8>,
}

impl Mask {
    /// An empty mask over `r` with cells `cell` pixels wide.
    pub fn new(r: &Rect, cell: f64) -> Mask {
        let cell = cell.max(1.0);
        let cols = ((r.width() / cell).ceil().max(1.0) as usize).min(4096);
        let rows = ((r.height() / cell).ceil().max(1.0) as usize).min(4096);
        Mask { x0: r.x0, y0: r.y0, cell, cols, rows, cells: vec![0; cols * rows] }
    }

    /// Marks with `value` every cell whose centre lies inside the rings (even-odd).
    pub fn fill(&mut self, rings: &[Vec<Px>], value: u8) {
        let mut xs = Vec::new();
        for row in 0..self.rows {
            let y = self.y0 + (row as f64 + 0.5) * self.cell;
            crossings_y(rings, y, &mut xs);
            for pair in xs.chunks_exact(2) {
                // Cells whose centre x lies in [pair[0], pair[1]).
                let c0 = ((pair[0] - self.x0) / self.cell - 0.5).ceil().max(0.0) as usize;
                let c1 = ((pair[1] - self.x0) / self.cell - 0.5).ceil().max(0.0) as usize;
                for c in c0..c1.min(self.cols) {
                    self.cells[row * self.cols + c] = value;
                }
            }
        }
    }

    /// The one value covering every cell that `r` touches, or `None` if they differ (cells
    /// outside the mask count as 0).
    pub fn uniform(&self, r: &Rect) -> Option<u8> {
        let col = |x: f64| ((x - self.x0) / self.cell).floor();
        let row = |y: f64| ((y - self.y0) / self.cell).floor();
        let (c0, c1, r0, r1) = (col(r.x0), col(r.x1), row(r.y0), row(r.y1));
        if c0 < 0.0 || r0 < 0.0 || c1 >= self.cols as f64 || r1 >= self.rows as f64 || c1 < c0 || r1 < r0 {
            return None;
        }
        let (c0, c1, r0, r1) = (c0 as usize, c1 as usize, r0 as usize, r1 as usize);
        let first = self.cells[r0 * self.cols + c0];
        for rr in r0..=r1 {
            if self.cells[rr * self.cols + c0..=rr * self.cols + c1].iter().any(|&v| v != first) {
                return None;
            }
        }
        Some(first)
    }

    /// The value at a point (0 outside the mask).
    pub fn at(&self, x: f64, y: f64) -> u8 {
        let (c, r) = (((x - self.x0) / self.cell).floor(), ((y - self.y0) / self.cell).floor());
        if c < 0.0 || r < 0.0 || c >= self.cols as f64 || r >= self.rows as f64 {
            return 0;
        }
        self.cells[r as usize * self.cols + c as usize]
    }
}

/// The rings of `region` projected by `proj`, thinned at `scale` and clipped to `m`, each with
/// whether it is an exterior (first of its polygon) or a hole; rings clipped to nothing left out.
pub(crate) fn region_rings(
    region: &crate::geo::Region,
    proj: &crate::geo::Projection,
    m: &Rect,
    scale: f64,
) -> Vec<(bool, Vec<Px>)> {
    let mut out = Vec::new();
    for poly in &region.polygons {
        for (i, ring) in poly.rings.iter().enumerate() {
            let pts = thin(ring.iter().map(|&[lon, lat]| proj.project(lon, lat)), scale);
            let c = clip_ring(&pts, m);
            if c.len() >= 3 {
                out.push((i == 0, c));
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rect(x0: f64, y0: f64, x1: f64, y1: f64) -> Rect {
        Rect { x0, y0, x1, y1 }
    }

    #[test]
    fn clips_rings_and_segments() {
        let r = rect(0.0, 0.0, 10.0, 10.0);
        let square = [(-5.0, -5.0), (5.0, -5.0), (5.0, 5.0), (-5.0, 5.0)];
        let c = clip_ring(&square, &r);
        assert!(c.iter().all(|p| (0.0..=10.0).contains(&p.0) && (0.0..=10.0).contains(&p.1)));
        assert!(c.contains(&(5.0, 5.0)));
        assert!(clip_ring(&[(20.0, 20.0), (30.0, 20.0), (30.0, 30.0)], &r).is_empty());
        assert_eq!(clip_segment((-5.0, 5.0), (15.0, 5.0), &r), Some(((0.0, 5.0), (10.0, 5.0))));
        assert_eq!(clip_segment((-5.0, -5.0), (-1.0, 20.0), &r), None);
        let runs = clip_polyline(&[(-5.0, 1.0), (5.0, 1.0), (5.0, 20.0), (5.0, 30.0), (6.0, 5.0)], &r);
        assert_eq!(runs.len(), 2);
    }

    #[test]
    fn hatch_stays_inside_and_skips_holes() {
        let outer = vec![(0.0, 0.0), (100.0, 0.0), (100.0, 100.0), (0.0, 100.0)];
        let hole = vec![(40.0, 40.0), (60.0, 40.0), (60.0, 60.0), (40.0, 60.0)];
        let segs = hatch(&[outer, hole], 6.0);
        assert!(segs.len() > 20);
        for &(a, b) in &segs {
            for p in [a, b, ((a.0 + b.0) / 2.0, (a.1 + b.1) / 2.0)] {
                assert!(p.0 >= -1e-9 && p.0 <= 100.0 + 1e-9 && p.1 >= -1e-9 && p.1 <= 100.0 + 1e-9);
            }
            let m = ((a.0 + b.0) / 2.0, (a.1 + b.1) / 2.0);
            assert!(!(m.0 > 41.0 && m.0 < 59.0 && m.1 > 41.0 && m.1 < 59.0), "midpoint in hole");
        }
    }

    #[test]
    fn mask_marks_interiors() {
        let mut m = Mask::new(&rect(0.0, 0.0, 100.0, 100.0), 4.0);
        m.fill(&[vec![(0.0, 0.0), (50.0, 0.0), (50.0, 100.0), (0.0, 100.0)]], 3);
        assert_eq!(m.uniform(&rect(2.0, 2.0, 40.0, 90.0)), Some(3));
        assert_eq!(m.uniform(&rect(40.0, 2.0, 60.0, 10.0)), None);
        assert_eq!(m.at(70.0, 50.0), 0);
        assert_eq!(m.uniform(&rect(-1.0, 2.0, 10.0, 10.0)), None);
    }
}
