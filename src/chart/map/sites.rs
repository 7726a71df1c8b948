//! The `sites` map's data: finds with coordinates, filtered per record, and their hexagonal
//! bins in pixel space when they crowd.

use crate::aggregate::Filter;
use crate::dataset::Dataset;
use crate::geo::Projection;
use crate::team::Team;

/// A find with coordinates that passed the filter.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Find {
    /// Index of its record in the dataset.
    pub index: u32,
    /// Longitude.
    pub lon: f32,
    /// Latitude.
    pub lat: f32,
    /// Sets of remains.
    pub remains: u32,
    /// Its province (the record's: the reader gives a record with coordinates the province
    /// under them); 0 when it has none.
    pub province: u8,
}

/// One hexagonal bin.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Hex {
    /// Centre in CSS pixels.
    pub x: f64,
    /// Centre in CSS pixels.
    pub y: f64,
    /// Finds in the bin.
    pub finds: u32,
    /// Sets of remains in the bin.
    pub remains: u64,
}

/// Whether record `i` (whose province slot is `prov`) passes `filter`.
pub fn keep(data: &Dataset, filter: &Filter, i: usize, prov: u8) -> bool {
    let season_ok = filter.seasons.is_empty() || {
        let y = data.season_years().get(i).copied().unwrap_or(0);
        y != 0 && filter.seasons.iter().any(|s| s.first_year() == y)
    };
    let team_ok = filter.teams.is_empty() || {
        let code = usize::from(data.team_codes().get(i).copied().unwrap_or(0));
        (1..=11).contains(&code) && filter.teams.contains(&Team::ALL[code - 1])
    };
    let prov_ok = filter.provinces.is_empty() || filter.provinces.iter().any(|p| p.number() == prov);
    season_ok && team_ok && prov_ok
}

/// The finds with coordinates that pass `filter`, and how many records that pass it have no
/// coordinates (with their remains).
pub fn finds(data: &Dataset, filter: &Filter) -> (Vec<Find>, u64, u64) {
    let provs = data.province_numbers();
    let remains = data.remains_column();
    let mut out = Vec::new();
    let mut has_coords = vec![false; data.len()];
    for (i, lon, lat) in data.coordinates() {
        let iu = i as usize;
        if iu >= data.len() || !lon.is_finite() || !lat.is_finite() {
            continue;
        }
        has_coords[iu] = true;
        let p = provs[iu];
        if keep(data, filter, iu, p) {
            out.push(Find { index: i, lon, lat, remains: remains[iu], province: p });
        }
    }
    let (mut missing, mut missing_remains) = (0u64, 0u64);
    for (i, &has) in has_coords.iter().enumerate() {
        if !has && keep(data, filter, i, provs[i]) {
            missing += 1;
            missing_remains += u64::from(remains[i]);
        }
    }
    (out, missing, missing_remains)
}

/// Pointy-top hexagonal bins of radius `r` pixels (as d3-hexbin), aligned on `origin`.
pub fn hexbin(points: impl Iterator<Item = (f64, f64, u32)>, r: f64, origin: (f64, f64)) -> Vec<Hex> {
    let r = r.max(1.0);
    let dx = r * 3f64.sqrt();
    let dy = r * 1.5;
    // Sorted by key (as a `BTreeMap` would be, for a few kilobytes less of Wasm): bins are
    // few (hundreds at most), points many.
    let mut bins: Vec<((i64, i64), (u32, u64))> = Vec::new();
    for (x, y, remains) in points {
        let (x, y) = (x - origin.0, y - origin.1);
        let py = y / dy;
        let mut pj = py.round();
        let px = x / dx - (pj as i64 & 1) as f64 / 2.0;
        let mut pi = px.round();
        let py1 = py - pj;
        if py1.abs() * 3.0 > 1.0 {
            let px1 = px - pi;
            let pi2 = pi + (if px < pi { -1.0 } else { 1.0 }) / 2.0;
            let pj2 = pj + if py < pj { -1.0 } else { 1.0 };
            let px2 = px - pi2;
            let py2 = py - pj2;
            if px1 * px1 + py1 * py1 > px2 * px2 + py2 * py2 {
                pi = pi2 + (if pj as i64 & 1 == 1 { 1.0 } else { -1.0 }) / 2.0;
                pj = pj2;
            }
        }
        // (pi may be a half-integer on odd rows here; key on twice its value.)
        let key = ((pi * 2.0).round() as i64, pj as i64);
        let k = match bins.binary_search_by(|b| b.0.cmp(&key)) {
            Ok(k) => k,
            Err(k) => {
                bins.insert(k, (key, (0, 0)));
                k
            }
        };
        let e = &mut bins[k].1;
        e.0 += 1;
        e.1 += u64::from(remains);
    }
    bins.into_iter()
        .map(|((i2, j), (finds, remains))| {
            let pi = i2 as f64 / 2.0;
            Hex { x: origin.0 + (pi + (j & 1) as f64 / 2.0) * dx, y: origin.1 + j as f64 * dy, finds, remains }
        })
        .collect()
}

/// (sin, cos) of 0°, 60°, … 300°: a hexagon's corners without trigonometry code in the module.
const CORNERS: [(f64, f64); 6] = {
    const H: f64 = 0.866_025_403_784_438_6; // √3 / 2
    [(0.0, 1.0), (H, 0.5), (H, -0.5), (0.0, -1.0), (-H, -0.5), (-H, 0.5)]
};

/// The corners of a pointy-top hexagon of radius `r` around `(x, y)`.
pub fn hexagon(x: f64, y: f64, r: f64) -> Vec<(f64, f64)> {
    CORNERS.iter().map(|(sin, cos)| (x + sin * r, y - cos * r)).collect()
}

/// Projects finds to pixels.
pub fn project<'a>(finds: &'a [Find], proj: &'a Projection) -> impl Iterator<Item = (f64, f64)> + 'a {
    finds.iter().map(move |f| proj.project(f64::from(f.lon), f64::from(f.lat)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hexagon_corners_are_every_sixty_degrees() {
        for (k, (sin, cos)) in CORNERS.iter().enumerate() {
            let a = std::f64::consts::FRAC_PI_3 * k as f64;
            assert!((sin - a.sin()).abs() < 1e-15 && (cos - a.cos()).abs() < 1e-15, "corner {k}");
        }
    }

    #[test]
    fn every_point_lies_in_its_hexagon() {
        let r = 7.0;
        let mut pts = Vec::new();
        for i in 0..60 {
            for j in 0..60 {
                pts.push((f64::from(i) * 1.37 + 3.0, f64::from(j) * 1.91 - 2.0, 1));
            }
        }
        let hexes = hexbin(pts.iter().copied(), r, (0.0, 0.0));
        let total: u32 = hexes.iter().map(|h| h.finds).sum();
        assert_eq!(total as usize, pts.len());
        // Each point is nearest to its own bin's centre among all bins (Voronoi of centres).
        for &(x, y, _) in &pts {
            let d = |h: &Hex| (h.x - x).powi(2) + (h.y - y).powi(2);
            let nearest = hexes.iter().map(d).fold(f64::INFINITY, f64::min);
            assert!(nearest <= r * r + 1e-9, "({x}, {y}) is {} from a centre", nearest.sqrt());
        }
    }
}
