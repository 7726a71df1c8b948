//! Geometry generator: `data/geo/*.geojson` → `$OUT_DIR/geometry.bin`, decoded by `src/geo/decode.rs`.
//!
//! # Format (version 1)
//!
//! A TopoJSON-like arc topology: every ring is cut at its *junctions* (vertices whose neighbours
//! differ between the rings that pass through them, plus each ring's first vertex, so rings decode
//! with the same start as the source), each resulting arc is stored once, and rings list the arcs
//! they are made of. A border shared by two provinces, or by a province and a neighbouring
//! country, is therefore stored once.
//!
//! Integers are LEB128 varints: `uv` unsigned, `sv` signed zigzag (`0,-1,1,-2,…` → `0,1,2,3,…`).
//!
//! ```text
//! file     := "RPG" 0x01 uv:scale arcs provinces countries
//! arcs     := uv:count arc*
//! arc      := uv:n (sv:dx sv:dy)×n          n ≥ 2 points; lon, lat in 1/scale degree
//! provinces:= uv:count (uv:number geometry)*  number = ISO 3166-2:KH number, 1..=25
//! countries:= uv:count (b:iso_a3[3] geometry)*
//! geometry := uv:polygons (uv:rings (uv:refs sv:ref×refs)×rings)×polygons
//! ```
//!
//! - Coordinates are lon/lat on a grid of `1/scale` degree (scale = 10 000: the source's 4
//!   decimals, so lossless). Each point is the delta from the point written before it; the
//!   cursor starts at (0, 0) and runs on across arcs. Arcs are written in order of first use,
//!   so an arc usually starts where the one before it ended (delta 0, 0).
//! - An arc reference `k ≥ 0` means arc `k` as stored, `k < 0` means arc `!k` (= −k−1)
//!   reversed. A ring is its arcs joined end to start (the shared point once); it is closed
//!   (ends on its first point) and keeps the source's RFC 7946 winding: exteriors
//!   counter-clockwise, holes clockwise. The first ring of a polygon is its exterior.
//! - Countries: KHM (= union of the provinces; it costs only its arc references), THA, LAO, VNM,
//!   in the source order. Names are not stored; `src/geo` has them in three languages.
//!
//! The data is ODbL (see `data/NOTICE.md`); this compact form is a derived database under ODbL.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

/// Grid units per degree.
const SCALE: f64 = 10_000.0;
const PROVINCES: &str = "data/geo/cambodia_provinces.geojson";
const NEIGHBOURS: &str = "data/geo/neighbours.geojson";

type Pt = (i32, i32);
/// Polygons → rings (open: the closing point dropped) → points.
type Shape = Vec<Vec<Vec<Pt>>>;

pub fn generate() {
    println!("cargo:rerun-if-changed={PROVINCES}");
    println!("cargo:rerun-if-changed={NEIGHBOURS}");
    let root = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").expect("CARGO_MANIFEST_DIR"));

    let mut provinces: Vec<(u8, Shape)> = features(&root.join(PROVINCES))
        .into_iter()
        .map(|(props, shape)| {
            let iso = props["iso"].as_str().expect("province without `iso`");
            let number: u8 = iso
                .strip_prefix("KH-")
                .and_then(|n| n.parse().ok())
                .filter(|n| (1..=25).contains(n))
                .unwrap_or_else(|| panic!("bad province code {iso:?}"));
            (number, shape)
        })
        .collect();
    provinces.sort_by_key(|(n, _)| *n);
    let countries: Vec<([u8; 3], Shape)> = features(&root.join(NEIGHBOURS))
        .into_iter()
        .map(|(props, shape)| {
            let iso = props["iso_a3"].as_str().expect("country without `iso_a3`");
            let code: [u8; 3] = iso.as_bytes().try_into().unwrap_or_else(|_| panic!("bad ISO alpha-3 code {iso:?}"));
            assert!(
                matches!(iso, "KHM" | "THA" | "LAO" | "VNM"),
                "unknown country {iso:?}: add it to src/geo (Country) first"
            );
            (code, shape)
        })
        .collect();

    let shapes: Vec<&Shape> = provinces.iter().map(|(_, s)| s).chain(countries.iter().map(|(_, s)| s)).collect();
    let junctions = junctions(&shapes);
    let mut topo = Topology::default();
    let refs: Vec<Vec<Vec<Vec<i64>>>> = shapes
        .iter()
        .map(|shape| shape.iter().map(|poly| poly.iter().map(|ring| topo.ring(ring, &junctions)).collect()).collect())
        .collect();

    let (prov_refs, country_refs) = refs.split_at(provinces.len());
    let write = |name: &str, scale: f64, arcs: &[Vec<Pt>]| {
        let bytes = encode(scale, arcs, &provinces, prov_refs, &countries, country_refs);
        let dest = PathBuf::from(std::env::var("OUT_DIR").expect("OUT_DIR")).join(name);
        std::fs::write(&dest, bytes).unwrap_or_else(|e| panic!("writing {}: {e}", dest.display()));
    };
    write("geometry.bin", SCALE, &topo.arcs);

    // The outline maps draw: the same topology, each arc simplified with its ends kept (so
    // shared borders stay shared) and put on a coarser grid.
    let in_provinces: std::collections::HashSet<usize> =
        prov_refs.iter().flatten().flatten().flatten().map(|&r| if r < 0 { !r as usize } else { r as usize }).collect();
    let outline: Vec<Vec<Pt>> = topo
        .arcs
        .iter()
        .enumerate()
        .map(|(k, arc)| {
            let tolerance = if in_provinces.contains(&k) { OUTLINE_TOLERANCE } else { 4 * OUTLINE_TOLERANCE };
            let mut kept = vec![arc[0]];
            simplify(arc, tolerance, &mut kept);
            let mut coarse: Vec<Pt> = Vec::with_capacity(kept.len());
            for (x, y) in kept {
                let p =
                    ((x as f64 / OUTLINE_STEP as f64).round() as i32, (y as f64 / OUTLINE_STEP as f64).round() as i32);
                if coarse.last() != Some(&p) {
                    coarse.push(p);
                }
            }
            if coarse.len() < 2 {
                coarse.push(coarse[0]);
            }
            coarse
        })
        .collect();
    write("outline.bin", SCALE / OUTLINE_STEP as f64, &outline);
}

/// The outline's grid, in source grid units (1/10 000 degree): 1/1 000 degree, about 110 m, a
/// fifth of a pixel on a 1,000-pixel map of Cambodia. Most of the saving is here: the source is
/// already simplified, with points about 1.7 km apart, few of them within the tolerance.
const OUTLINE_STEP: i32 = 10;
/// How far (source grid units) a simplified province border may stray from the source: 2/1 000
/// degree, about 220 m; four times that for borders between neighbouring countries, drawn only
/// as context.
const OUTLINE_TOLERANCE: i64 = 20;

/// Douglas–Peucker: pushes the points of `arc` after its first that are kept at `tolerance`.
fn simplify(arc: &[Pt], tolerance: i64, kept: &mut Vec<Pt>) {
    let f = |p: Pt| (f64::from(p.0), f64::from(p.1));
    let (a, b) = (f(arc[0]), f(arc[arc.len() - 1]));
    let (dx, dy) = (b.0 - a.0, b.1 - a.1);
    let len2 = dx * dx + dy * dy;
    let mut far = (0.0f64, 0usize);
    for (i, &p) in arc.iter().enumerate().take(arc.len() - 1).skip(1) {
        let (px, py) = (f(p).0 - a.0, f(p).1 - a.1);
        // Squared distance to the segment a–b (to its nearer end beyond it).
        let t = if len2 == 0.0 { 0.0 } else { ((px * dx + py * dy) / len2).clamp(0.0, 1.0) };
        let (ex, ey) = (px - t * dx, py - t * dy);
        let d = ex * ex + ey * ey;
        if d > far.0 {
            far = (d, i);
        }
    }
    if far.0 > (tolerance * tolerance) as f64 {
        simplify(&arc[..=far.1], tolerance, kept);
        simplify(&arc[far.1..], tolerance, kept);
    } else {
        kept.push(arc[arc.len() - 1]);
    }
}

fn encode(
    scale: f64,
    arcs: &[Vec<Pt>],
    provinces: &[(u8, Shape)],
    prov_refs: &[Vec<Vec<Vec<i64>>>],
    countries: &[([u8; 3], Shape)],
    country_refs: &[Vec<Vec<Vec<i64>>>],
) -> Vec<u8> {
    let mut out = b"RPG\x01".to_vec();
    uv(&mut out, scale as u64);
    uv(&mut out, arcs.len() as u64);
    let mut cursor = (0i64, 0i64);
    for arc in arcs {
        uv(&mut out, arc.len() as u64);
        for &(x, y) in arc {
            sv(&mut out, i64::from(x) - cursor.0);
            sv(&mut out, i64::from(y) - cursor.1);
            cursor = (i64::from(x), i64::from(y));
        }
    }
    uv(&mut out, provinces.len() as u64);
    for ((number, _), geometry) in provinces.iter().zip(prov_refs) {
        uv(&mut out, u64::from(*number));
        write_geometry(&mut out, geometry);
    }
    uv(&mut out, countries.len() as u64);
    for ((code, _), geometry) in countries.iter().zip(country_refs) {
        out.extend_from_slice(code);
        write_geometry(&mut out, geometry);
    }
    out
}

/// Reads a FeatureCollection of Polygons/MultiPolygons: (properties, shape) per feature.
fn features(path: &Path) -> Vec<(serde_json::Value, Shape)> {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("reading {}: {e}", path.display()));
    let json: serde_json::Value = serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let features = json["features"].as_array().expect("FeatureCollection");
    features
        .iter()
        .map(|f| {
            let geometry = &f["geometry"];
            let coords = &geometry["coordinates"];
            let polygons: Vec<&serde_json::Value> = match geometry["type"].as_str() {
                Some("Polygon") => vec![coords],
                Some("MultiPolygon") => coords.as_array().expect("polygons").iter().collect(),
                other => panic!("{}: unsupported geometry {other:?}", path.display()),
            };
            let shape = polygons.into_iter().map(|p| p.as_array().expect("rings").iter().map(ring).collect()).collect();
            (f["properties"].clone(), shape)
        })
        .collect()
}

/// A GeoJSON ring → grid points, closing point dropped.
fn ring(value: &serde_json::Value) -> Vec<Pt> {
    let mut pts: Vec<Pt> = value
        .as_array()
        .expect("ring")
        .iter()
        .map(|c| {
            let q = |i: usize| {
                let v = c[i].as_f64().expect("coordinate") * SCALE;
                assert!((v - v.round()).abs() < 1e-6, "coordinate finer than the grid: {c}");
                v.round() as i32
            };
            (q(0), q(1))
        })
        .collect();
    assert!(pts.len() >= 4 && pts.first() == pts.last(), "ring not closed");
    pts.pop();
    pts
}

/// Vertices where rings must be cut: where the rings through a vertex disagree on its
/// neighbours, and every ring's first vertex.
fn junctions(shapes: &[&Shape]) -> std::collections::HashSet<Pt> {
    let mut neighbours: HashMap<Pt, (Pt, Pt)> = HashMap::new();
    let mut junctions = std::collections::HashSet::new();
    for ring in shapes.iter().flat_map(|s| s.iter().flatten()) {
        let m = ring.len();
        junctions.insert(ring[0]);
        for i in 0..m {
            let (a, b) = (ring[(i + m - 1) % m], ring[(i + 1) % m]);
            let pair = if a <= b { (a, b) } else { (b, a) };
            if *neighbours.entry(ring[i]).or_insert(pair) != pair {
                junctions.insert(ring[i]);
            }
        }
    }
    junctions
}

#[derive(Default)]
struct Topology {
    arcs: Vec<Vec<Pt>>,
    /// Arc points (either direction) → arc reference for that direction.
    index: HashMap<Vec<Pt>, i64>,
}

impl Topology {
    /// Cuts an open ring (first point a junction) into arcs, returns their references.
    fn ring(&mut self, ring: &[Pt], junctions: &std::collections::HashSet<Pt>) -> Vec<i64> {
        let mut refs = Vec::new();
        let mut start = 0;
        for i in 1..=ring.len() {
            if i == ring.len() || junctions.contains(&ring[i]) {
                let mut arc: Vec<Pt> = ring[start..i].to_vec();
                arc.push(ring[i % ring.len()]);
                refs.push(self.arc(arc));
                start = i;
            }
        }
        refs
    }

    fn arc(&mut self, arc: Vec<Pt>) -> i64 {
        if let Some(&r) = self.index.get(&arc) {
            return r;
        }
        let k = self.arcs.len() as i64;
        let mut reversed = arc.clone();
        reversed.reverse();
        self.index.entry(reversed).or_insert(!k);
        self.index.insert(arc.clone(), k);
        self.arcs.push(arc);
        k
    }
}

fn write_geometry(out: &mut Vec<u8>, polygons: &[Vec<Vec<i64>>]) {
    uv(out, polygons.len() as u64);
    for rings in polygons {
        uv(out, rings.len() as u64);
        for refs in rings {
            uv(out, refs.len() as u64);
            for &r in refs {
                sv(out, r);
            }
        }
    }
}

fn uv(out: &mut Vec<u8>, mut v: u64) {
    while v >= 0x80 {
        out.push((v as u8) | 0x80);
        v >>= 7;
    }
    out.push(v as u8);
}

fn sv(out: &mut Vec<u8>, v: i64) {
    uv(out, ((v << 1) ^ (v >> 63)) as u64);
}
