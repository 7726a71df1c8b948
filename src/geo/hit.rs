//! Point-in-province: which province holds a lon/lat point or a pixel of a map.
//!
//! Exact even-odd ray casting (holes and islands included), sped up by an index built once on
//! first use: a grid over Cambodia whose cells are either wholly outside, wholly in one
//! province, or list the few provinces whose borders cross them; those provinces' edges are
//! bucketed into latitude bands so a ray test only looks at the edges near the point.
//!
//! Points exactly on a border: every edge is evaluated with its endpoints in one canonical
//! order, so a point on a border shared by two provinces belongs to exactly one of them (the
//! half-open rule: roughly, the one to its east, or to its north on an east–west edge), the
//! same way every time. Points on the outer border may fall either side.

use std::sync::OnceLock;

use super::{atlas, exact_atlas, Atlas, BBox, Point, Projection};

/// The province (ISO 3166-2:KH number, 1..=25) holding the point by the exact boundaries, or
/// `None` outside Cambodia (also for NaN and infinite input). Costs well under a microsecond
/// after the first call.
pub fn province_at(lon: f64, lat: f64) -> Option<u8> {
    index().province_at(lon, lat)
}

/// The province under pixel `(x, y)` of a map drawn with `projection`, by the outline drawn.
pub fn province_at_pixel(projection: &Projection, x: f64, y: f64) -> Option<u8> {
    let (lon, lat) = projection.invert(x, y);
    outline_index().province_at(lon, lat)
}

/// True if a horizontal ray from `(x, y)` towards +x crosses the edge `a`–`b` (half-open in
/// latitude). The endpoints are put in a canonical order first, so both users of a shared edge
/// compute bit-identical answers.
#[inline]
pub(super) fn crosses(x: f64, y: f64, a: Point, b: Point) -> bool {
    let (lo, hi) = if a[1] < b[1] { (a, b) } else { (b, a) };
    lo[1] <= y && y < hi[1] && x < lo[0] + (y - lo[1]) * (hi[0] - lo[0]) / (hi[1] - lo[1])
}

/// Grid cells per side.
const GRID: usize = 128;
/// Latitude bands per province.
const BANDS: usize = 64;

/// A cell: 0 outside all provinces, 1..=25 wholly in that province, else `CANDIDATES + i`
/// where `candidates[i]` is the number of provinces listed after it.
const CANDIDATES: u32 = 32;

struct Index {
    bbox: BBox,
    cells: Vec<u32>,
    candidates: Vec<u8>,
    /// Per province number (index 0 unused).
    provinces: Vec<Bands>,
}

/// One province's non-horizontal edges, canonically ordered (low endpoint first), by band.
#[derive(Default)]
struct Bands {
    bbox: BBox,
    /// `starts[b]..starts[b + 1]` indexes `edges` for band `b`.
    starts: Vec<u32>,
    edges: Vec<[f64; 4]>,
}

/// Cell of `v` along an axis starting at `min` with `n` cells of size `size`: monotone in `v`,
/// clamped to `0..n`.
#[inline]
fn cell(v: f64, min: f64, size: f64, n: usize) -> usize {
    let c = ((v - min) / size).floor();
    if c >= n as f64 {
        n - 1
    } else if c >= 0.0 {
        c as usize
    } else {
        0
    }
}

fn index() -> &'static Index {
    static INDEX: OnceLock<Index> = OnceLock::new();
    INDEX.get_or_init(|| Index::new(exact_atlas()))
}

fn outline_index() -> &'static Index {
    static INDEX: OnceLock<Index> = OnceLock::new();
    INDEX.get_or_init(|| Index::new(atlas()))
}

impl Bands {
    fn new(region: &super::Region) -> Bands {
        let bbox = region.bbox;
        let size = band_size(bbox);
        let mut lists: Vec<Vec<[f64; 4]>> = vec![Vec::new(); BANDS];
        for w in region.rings().flat_map(|r| r.windows(2)) {
            let (a, b) = (w[0], w[1]);
            if a[1] == b[1] {
                continue;
            }
            let (lo, hi) = if a[1] < b[1] { (a, b) } else { (b, a) };
            let first = cell(lo[1], bbox.min_lat, size, BANDS);
            let last = cell(hi[1], bbox.min_lat, size, BANDS);
            for list in &mut lists[first..=last] {
                list.push([lo[0], lo[1], hi[0], hi[1]]);
            }
        }
        let mut starts = vec![0u32];
        let mut edges = Vec::new();
        for list in lists {
            edges.extend(list);
            starts.push(edges.len() as u32);
        }
        Bands { bbox, starts, edges }
    }

    /// Even-odd test; same answer as [`super::Region::contains`].
    #[inline]
    fn contains(&self, x: f64, y: f64) -> bool {
        if !self.bbox.contains(x, y) {
            return false;
        }
        let b = cell(y, self.bbox.min_lat, band_size(self.bbox), BANDS);
        let (Some(&s), Some(&e)) = (self.starts.get(b), self.starts.get(b + 1)) else {
            return false;
        };
        let mut inside = false;
        for &[x0, y0, x1, y1] in self.edges.get(s as usize..e as usize).unwrap_or(&[]) {
            // Same arithmetic as `crosses`, endpoints already ordered.
            if y0 <= y && y < y1 && x < x0 + (y - y0) * (x1 - x0) / (y1 - y0) {
                inside = !inside;
            }
        }
        inside
    }
}

fn band_size(bbox: BBox) -> f64 {
    (bbox.height() / BANDS as f64).max(f64::MIN_POSITIVE)
}

impl Index {
    fn new(atlas: &Atlas) -> Index {
        let bbox = atlas.bbox();
        let (w, h) = cell_size(bbox);
        let mut provinces: Vec<Bands> = (0..=25).map(|_| Bands::default()).collect();
        // Provinces whose edges may touch each cell (edge bounding boxes, same cell function
        // as the lookup, so a point on an edge always lands in a cell listing that edge).
        let mut touching: Vec<Vec<u8>> = vec![Vec::new(); GRID * GRID];
        for region in &atlas.provinces {
            let Some(n) = region.province() else { continue };
            if let Some(slot) = provinces.get_mut(usize::from(n)) {
                *slot = Bands::new(region);
            }
            for w2 in region.rings().flat_map(|r| r.windows(2)) {
                let (a, b) = (w2[0], w2[1]);
                let cols = cell(a[0].min(b[0]), bbox.min_lon, w, GRID)..=cell(a[0].max(b[0]), bbox.min_lon, w, GRID);
                let rows = cell(a[1].min(b[1]), bbox.min_lat, h, GRID)..=cell(a[1].max(b[1]), bbox.min_lat, h, GRID);
                for row in rows {
                    for col in cols.clone() {
                        let list = &mut touching[row * GRID + col];
                        if list.last() != Some(&n) {
                            list.push(n);
                        }
                    }
                }
            }
        }
        let mut index = Index { bbox, cells: Vec::with_capacity(GRID * GRID), candidates: Vec::new(), provinces };
        for (i, mut list) in touching.into_iter().enumerate() {
            let (row, col) = (i / GRID, i % GRID);
            let centre = (bbox.min_lon + (col as f64 + 0.5) * w, bbox.min_lat + (row as f64 + 0.5) * h);
            let centre_in_cell =
                cell(centre.0, bbox.min_lon, w, GRID) == col && cell(centre.1, bbox.min_lat, h, GRID) == row;
            if list.is_empty() && centre_in_cell {
                // No border crosses the cell: it lies wholly in one province or in none.
                let p = index.slow(centre.0, centre.1).unwrap_or(0);
                index.cells.push(u32::from(p));
                continue;
            }
            if list.is_empty() {
                list = (1..=25).collect();
            }
            crate::sort::sort_by(&mut list, |a, b| a.cmp(b));
            list.dedup();
            index.cells.push(CANDIDATES + index.candidates.len() as u32);
            index.candidates.push(list.len() as u8);
            index.candidates.extend(list);
        }
        index
    }

    /// Tests every province in turn.
    fn slow(&self, x: f64, y: f64) -> Option<u8> {
        (1..=25u8).find(|&n| self.provinces[usize::from(n)].contains(x, y))
    }

    fn province_at(&self, x: f64, y: f64) -> Option<u8> {
        if !self.bbox.contains(x, y) {
            return None;
        }
        let (w, h) = cell_size(self.bbox);
        let i = cell(y, self.bbox.min_lat, h, GRID) * GRID + cell(x, self.bbox.min_lon, w, GRID);
        match *self.cells.get(i)? {
            0 => None,
            p if p < CANDIDATES => Some(p as u8),
            c => {
                let at = (c - CANDIDATES) as usize;
                let len = usize::from(*self.candidates.get(at)?);
                let list = self.candidates.get(at + 1..at + 1 + len)?;
                list.iter().copied().find(|&n| self.provinces.get(usize::from(n)).is_some_and(|b| b.contains(x, y)))
            }
        }
    }
}

fn cell_size(bbox: BBox) -> (f64, f64) {
    ((bbox.width() / GRID as f64).max(f64::MIN_POSITIVE), (bbox.height() / GRID as f64).max(f64::MIN_POSITIVE))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn index_agrees_with_exact_test_on_a_lattice() {
        // The exact boundaries' index, and the drawn outline's.
        for (idx, atlas) in [(index(), exact_atlas()), (outline_index(), atlas())] {
            let b = idx.bbox;
            for i in 0..=300 {
                for j in 0..=300 {
                    let x = b.min_lon + b.width() * f64::from(i) / 300.0;
                    let y = b.min_lat + b.height() * f64::from(j) / 300.0;
                    let exact = atlas.provinces.iter().find(|r| r.contains(x, y)).and_then(|r| r.province());
                    assert_eq!(idx.province_at(x, y), exact, "at {x}, {y}");
                }
            }
        }
    }

    #[test]
    fn shared_edge_points_belong_to_exactly_one_province() {
        let atlas = exact_atlas();
        let mut checked = 0;
        for arc in atlas.arcs.iter().filter(|a| a.is_provincial()) {
            // Inner vertices of the arc (its ends may lie on the coast) and edge midpoints.
            let inner = arc.points.iter().skip(1).take(arc.points.len() - 2).copied();
            let mids = arc.points.windows(2).map(|w| [(w[0][0] + w[1][0]) / 2.0, (w[0][1] + w[1][1]) / 2.0]);
            for p in inner.chain(mids) {
                let owners: Vec<u8> =
                    atlas.provinces.iter().filter(|r| r.contains(p[0], p[1])).filter_map(|r| r.province()).collect();
                assert_eq!(owners.len(), 1, "point {p:?} on an inner border");
                assert_eq!(province_at(p[0], p[1]), owners.first().copied());
                checked += 1;
            }
        }
        assert!(checked > 1000);
    }

    #[test]
    fn crosses_is_symmetric() {
        let (a, b) = ([103.1, 11.3], [103.7, 12.9]);
        for &(x, y) in &[(103.2, 11.7), (103.4, 12.1), (103.5, 12.9), (103.1, 11.3)] {
            assert_eq!(crosses(x, y, a, b), crosses(x, y, b, a));
        }
    }
}
