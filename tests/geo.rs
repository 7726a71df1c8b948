//! The geography core against its sources: compact form vs GeoJSON, the drawn outline vs the
//! exact boundaries, label points, projection.
//!
//! Timings (decode, `province_at`) are printed by `timings`; for real figures run
//! `cargo test --release --test geo timings -- --nocapture`.

mod support;

use std::time::Instant;

use proptest::prelude::*;
// The tests below the outline's are about the exact boundaries (what `province_at` uses).
use repatria::geo::{
    atlas as outline, exact_atlas as atlas, province_at, province_at_pixel, Atlas, BBox, Country, Projection,
    RegionKey, GEOMETRY_BIN, OUTLINE_BIN,
};
use repatria::lang::Lang;
use serde_json::Value;

fn read_json(name: &str) -> Value {
    serde_json::from_str(&support::read_text(&format!("data/geo/{name}"))).expect("json")
}

/// Polygons → rings → [lon, lat] of a GeoJSON geometry.
fn polygons(geometry: &Value) -> Vec<Vec<Vec<[f64; 2]>>> {
    let coords = &geometry["coordinates"];
    let polys: Vec<&Value> = match geometry["type"].as_str() {
        Some("Polygon") => vec![coords],
        Some("MultiPolygon") => coords.as_array().unwrap().iter().collect(),
        other => panic!("unexpected geometry {other:?}"),
    };
    polys
        .into_iter()
        .map(|p| {
            p.as_array()
                .unwrap()
                .iter()
                .map(|r| {
                    r.as_array().unwrap().iter().map(|c| [c[0].as_f64().unwrap(), c[1].as_f64().unwrap()]).collect()
                })
                .collect()
        })
        .collect()
}

/// Cambodia fitted into a 2000 px wide box (width is the binding side).
fn projection_2000() -> Projection {
    Projection::fit(atlas().bbox(), 2000.0, 1e6, 0.0)
}

/// (number, label lon, label lat) from data/provinces.csv.
fn label_points() -> Vec<(u8, f64, f64)> {
    let mut reader = csv::Reader::from_path(support::repo("data/provinces.csv")).expect("provinces.csv");
    let headers = reader.headers().unwrap().clone();
    let col = |name: &str| headers.iter().position(|h| h == name).expect(name);
    let (iso, lon, lat) = (col("iso_3166_2"), col("label_lon"), col("label_lat"));
    reader
        .records()
        .map(|r| {
            let r = r.unwrap();
            let n = r[iso].strip_prefix("KH-").unwrap().parse().unwrap();
            (n, r[lon].parse().unwrap(), r[lat].parse().unwrap())
        })
        .collect()
}

/// Distance (degrees, flat) from `p` to the segment `a`–`b`.
fn to_segment(p: [f64; 2], a: [f64; 2], b: [f64; 2]) -> f64 {
    let (dx, dy) = (b[0] - a[0], b[1] - a[1]);
    let len2 = dx * dx + dy * dy;
    let t = if len2 == 0.0 { 0.0 } else { (((p[0] - a[0]) * dx + (p[1] - a[1]) * dy) / len2).clamp(0.0, 1.0) };
    (p[0] - a[0] - t * dx).hypot(p[1] - a[1] - t * dy)
}

#[test]
fn the_outline_is_the_exact_topology_simplified() {
    let (exact, drawn) = (atlas(), outline());
    assert_eq!(&Atlas::decode(OUTLINE_BIN).expect("the outline decodes"), drawn);
    assert!(OUTLINE_BIN.len() * 10 < GEOMETRY_BIN.len() * 8, "{} vs {} bytes", OUTLINE_BIN.len(), GEOMETRY_BIN.len());
    // The same arcs, between the same regions: shared borders stay shared.
    assert_eq!(drawn.arcs.len(), exact.arcs.len());
    let keys = |a: &Atlas| a.provinces.iter().chain(&a.countries).map(|r| r.key).collect::<Vec<_>>();
    assert_eq!(keys(drawn), keys(exact));
    let (mut points, mut kept) = (0, 0);
    for (k, (d, e)) in drawn.arcs.iter().zip(&exact.arcs).enumerate() {
        assert_eq!((d.left, d.right), (e.left, e.right), "arc {k}'s sides");
        // Ends on the 1/1000° grid nearest the exact ends.
        for (p, q) in [(d.points[0], e.points[0]), (*d.points.last().unwrap(), *e.points.last().unwrap())] {
            assert!(
                (p[0] - q[0]).abs() <= 0.0005 + 1e-9 && (p[1] - q[1]).abs() <= 0.0005 + 1e-9,
                "arc {k}: end {p:?} vs {q:?}"
            );
        }
        // Every exact point within the tolerance (+ the grid) of the drawn line: 0.002° inside
        // Cambodia, 0.008° between neighbouring countries.
        let limit = if e.left.province.is_some() || e.right.province.is_some() { 0.002 } else { 0.008 } + 0.00071;
        for &p in &e.points {
            let near = d.points.windows(2).map(|w| to_segment(p, w[0], w[1])).fold(f64::INFINITY, f64::min);
            assert!(near <= limit, "arc {k}: {p:?} is {near}° from the outline");
        }
        points += e.points.len();
        kept += d.points.len();
    }
    assert!(kept < points, "the outline keeps {kept} of {points} points");
    // Pointing at a map uses the outline; away from borders it agrees with the exact test.
    let p = Projection::fit(drawn.bbox(), 1000.0, 1000.0, 0.0);
    for &(n, lon, lat) in &[(12u8, 104.92, 11.56), (17, 103.86, 13.41), (7, 104.18, 10.61), (8, 104.95, 11.42)] {
        let (x, y) = p.project(lon, lat);
        assert_eq!(province_at_pixel(&p, x, y), Some(n));
        assert_eq!(province_at(lon, lat), Some(n));
    }
}

#[test]
fn embedded_blob_decodes() {
    let decoded = Atlas::decode(GEOMETRY_BIN).expect("embedded geometry decodes");
    assert_eq!(&decoded, atlas());
    let numbers: Vec<u8> = atlas().provinces.iter().filter_map(|r| r.province()).collect();
    assert_eq!(numbers, (1..=25).collect::<Vec<u8>>());
    let countries: Vec<RegionKey> = atlas().countries.iter().map(|r| r.key).collect();
    let expected: Vec<RegionKey> = Country::ALL.into_iter().map(RegionKey::Country).collect();
    assert_eq!(countries, expected);
    for n in 1..=25 {
        assert_eq!(atlas().province(n).unwrap().province(), Some(n));
    }
    assert!(atlas().province(0).is_none() && atlas().province(26).is_none());
    assert_eq!(atlas().neighbours().count(), 3);
}

#[test]
fn compact_form_matches_the_geojson() {
    let projection = projection_2000();
    let mut vertices = 0;
    let mut worst_px = 0f64;
    let mut check = |source: Vec<Vec<Vec<[f64; 2]>>>, region: &repatria::geo::Region| {
        assert_eq!(source.len(), region.polygons.len(), "{:?} polygons", region.key);
        for (sp, dp) in source.iter().zip(&region.polygons) {
            assert_eq!(sp.len(), dp.rings.len(), "{:?} rings", region.key);
            for (sr, dr) in sp.iter().zip(&dp.rings) {
                assert_eq!(sr.len(), dr.len(), "{:?} ring length", region.key);
                for (s, d) in sr.iter().zip(dr) {
                    let (sx, sy) = projection.project(s[0], s[1]);
                    let (dx, dy) = projection.project(d[0], d[1]);
                    let px = (sx - dx).hypot(sy - dy);
                    assert!(px < 0.5, "{:?}: {s:?} decoded as {d:?}", region.key);
                    // The grid is the source's own 4 decimals: lossless in fact.
                    assert!((s[0] - d[0]).abs() < 1e-9 && (s[1] - d[1]).abs() < 1e-9);
                    worst_px = worst_px.max(px);
                    vertices += 1;
                }
            }
        }
    };

    let provinces = read_json("cambodia_provinces.geojson");
    let features = provinces["features"].as_array().unwrap();
    assert_eq!(features.len(), atlas().provinces.len());
    for f in features {
        let iso = f["properties"]["iso"].as_str().unwrap();
        let n: u8 = iso.strip_prefix("KH-").unwrap().parse().unwrap();
        check(polygons(&f["geometry"]), atlas().province(n).expect(iso));
    }
    let neighbours = read_json("neighbours.geojson");
    let features = neighbours["features"].as_array().unwrap();
    assert_eq!(features.len(), atlas().countries.len());
    for f in features {
        let p = &f["properties"];
        let country = Country::from_iso_a3(p["iso_a3"].as_str().unwrap()).expect("known country");
        assert_eq!(country.name(Lang::En), p["name"].as_str().unwrap());
        assert_eq!(country.name(Lang::Vi), p["name_vi"].as_str().unwrap());
        check(polygons(&f["geometry"]), atlas().country(country).unwrap());
    }
    assert!(vertices > 10_000, "{vertices} vertices");
    eprintln!("{vertices} vertices compared, worst {worst_px:.2e} px");
}

#[test]
fn rings_keep_rfc7946_winding_and_bboxes_hold_them() {
    let signed_area = |r: &[[f64; 2]]| r.windows(2).map(|w| w[0][0] * w[1][1] - w[1][0] * w[0][1]).sum::<f64>();
    for region in atlas().provinces.iter().chain(&atlas().countries) {
        for polygon in &region.polygons {
            assert!(signed_area(polygon.exterior()) > 0.0, "{:?}", region.key);
            for hole in polygon.holes() {
                assert!(signed_area(hole) < 0.0, "{:?}", region.key);
            }
        }
        assert!(region.rings().flatten().all(|p| region.bbox.contains(p[0], p[1])));
    }
    assert_eq!(atlas().province(8).unwrap().polygons[0].holes().len(), 1, "Kandal around Phnom Penh");
}

#[test]
fn label_points_fall_in_their_province() {
    let labels = label_points();
    assert_eq!(labels.len(), 25);
    for &(n, lon, lat) in &labels {
        assert_eq!(province_at(lon, lat), Some(n), "label of KH-{n}");
        assert!(atlas().province(n).unwrap().contains(lon, lat));
    }
    for (w, h) in [(2000.0, 1e6), (300.0, 900.0), (800.0, 800.0), (900.0, 300.0)] {
        let projection = Projection::fit(atlas().bbox(), w, h, 12.0);
        for &(n, lon, lat) in &labels {
            let (x, y) = projection.project(lon, lat);
            assert_eq!(province_at_pixel(&projection, x, y), Some(n), "KH-{n} at {w}x{h}");
        }
    }
}

#[test]
fn known_places() {
    assert_eq!(province_at(103.0, 10.3), None, "Gulf of Thailand");
    assert_eq!(province_at(101.0, 14.0), None, "Thailand");
    assert_eq!(province_at(106.7, 10.78), None, "Ho Chi Minh City, inside Cambodia's bbox");
    assert_eq!(province_at(105.8, 15.1), None, "Laos");
    assert_eq!(province_at(104.92, 11.56), Some(12), "Phnom Penh");
    assert_eq!(province_at(104.95, 11.42), Some(8), "Kandal");
    assert_eq!(province_at(103.86, 13.41), Some(17), "Siem Reap");
    assert_eq!(province_at(104.18, 10.61), Some(7), "Kampot");
}

#[test]
fn arcs_know_their_sides() {
    let atlas = atlas();
    let mut provincial = 0;
    for arc in &atlas.arcs {
        // Probe just off the middle of the arc's longest edge, on each side.
        let (a, b) = arc
            .points
            .windows(2)
            .map(|w| (w[0], w[1]))
            .max_by(|x, y| {
                let len = |(a, b): &([f64; 2], [f64; 2])| (b[0] - a[0]).hypot(b[1] - a[1]);
                len(x).total_cmp(&len(y))
            })
            .unwrap();
        let len = (b[0] - a[0]).hypot(b[1] - a[1]);
        let (nx, ny) = (-(b[1] - a[1]) / len * 1e-6, (b[0] - a[0]) / len * 1e-6);
        let mid = [(a[0] + b[0]) / 2.0, (a[1] + b[1]) / 2.0];
        assert_eq!(province_at(mid[0] + nx, mid[1] + ny), arc.left.province);
        assert_eq!(province_at(mid[0] - nx, mid[1] - ny), arc.right.province);
        // Cambodia's outline is exactly the provinces' outer border.
        let khm = |s: &repatria::geo::Side| s.country == Some(Country::Cambodia);
        let outer = arc.left.province.is_some() != arc.right.province.is_some();
        assert_eq!(khm(&arc.left), outer && arc.left.province.is_some());
        assert_eq!(khm(&arc.right), outer && arc.right.province.is_some());
        provincial += usize::from(arc.is_provincial());
    }
    assert!(provincial > 30);
    assert!(atlas.arcs.iter().any(|a| a.is_international()));
    assert!(atlas.arcs.iter().any(|a| a.is_coast()));
}

#[test]
fn project_invert_round_trips() {
    for (w, h) in [(2000.0, 1e6), (300.0, 900.0), (900.0, 300.0)] {
        let p = Projection::fit(atlas().bbox(), w, h, 20.0);
        for i in 0..50 {
            for j in 0..50 {
                let lon = 95.0 + f64::from(i) * 0.3;
                let lat = 5.0 + f64::from(j) * 0.4;
                let (x, y) = p.project(lon, lat);
                let (lon2, lat2) = p.invert(x, y);
                assert!((lon - lon2).abs() < 1e-10 && (lat - lat2).abs() < 1e-10);
                let (x2, y2) = p.project(lon2, lat2);
                assert!((x - x2).abs() < 1e-7 && (y - y2).abs() < 1e-7);
            }
        }
    }
}

#[test]
fn fit_keeps_the_box_inside_at_any_aspect() {
    let pad = 10.0;
    for bbox in [atlas().bbox(), atlas().province(12).unwrap().bbox, BBox::new(97.0, 5.0, 110.0, 23.5)] {
        for (w, h) in [(300.0, 900.0), (600.0, 600.0), (900.0, 300.0)] {
            let p = Projection::fit(bbox, w, h, pad);
            let (x0, y0, x1, y1) = p.project_bbox(bbox);
            let eps = 1e-9;
            assert!(x0 >= pad - eps && x1 <= w - pad + eps, "{w}x{h}: x {x0}..{x1}");
            assert!(y0 >= pad - eps && y1 <= h - pad + eps, "{w}x{h}: y {y0}..{y1}");
            // Centred, and touching on the binding side.
            assert!(((x0 + x1) / 2.0 - w / 2.0).abs() < 1e-9);
            assert!(((y0 + y1) / 2.0 - h / 2.0).abs() < 1e-9);
            let tight = (x1 - x0 - (w - 2.0 * pad)).abs() < 1e-6 || (y1 - y0 - (h - 2.0 * pad)).abs() < 1e-6;
            assert!(tight, "{w}x{h} not fitted tightly");
        }
    }
}

#[test]
fn timings() {
    let t = Instant::now();
    let rounds = 20;
    for _ in 0..rounds {
        std::hint::black_box(Atlas::decode(std::hint::black_box(GEOMETRY_BIN)).unwrap());
    }
    let decode = t.elapsed() / rounds;

    let t = Instant::now();
    let _ = province_at(104.9, 11.5); // builds the index
    let index = t.elapsed();

    // A deterministic scatter over Cambodia's bounding box.
    let b = atlas().bbox();
    let mut seed = 0x2545_f491_4f6c_dd1du64;
    let mut next = || {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        (seed >> 11) as f64 / (1u64 << 53) as f64
    };
    let points: Vec<(f64, f64)> =
        (0..1_000_000).map(|_| (b.min_lon + next() * b.width(), b.min_lat + next() * b.height())).collect();
    let t = Instant::now();
    let hits = points.iter().filter(|&&(x, y)| province_at(x, y).is_some()).count();
    let per_call = t.elapsed() / points.len() as u32;
    eprintln!(
        "geometry.bin {} bytes, {} arcs; decode {decode:?}; index build {index:?}; \
         province_at {per_call:?}/call ({hits} of {} in a province)",
        GEOMETRY_BIN.len(),
        atlas().arcs.len(),
        points.len()
    );
}

proptest! {
    #[test]
    fn province_at_never_panics(lon in any::<f64>(), lat in any::<f64>()) {
        let _ = province_at(lon, lat);
        let p = Projection::fit(atlas().bbox(), 800.0, 600.0, 10.0);
        let _ = province_at_pixel(&p, lon, lat);
    }

    #[test]
    fn province_at_matches_the_exact_test(u in 0.0..=1.0f64, v in 0.0..=1.0f64) {
        let b = atlas().bbox();
        let (lon, lat) = (b.min_lon + u * b.width(), b.min_lat + v * b.height());
        let owners: Vec<u8> = atlas()
            .provinces
            .iter()
            .filter(|r| r.contains(lon, lat))
            .filter_map(|r| r.province())
            .collect();
        prop_assert!(owners.len() <= 1);
        prop_assert_eq!(province_at(lon, lat), owners.first().copied());
    }

    #[test]
    fn decode_never_panics(bytes in proptest::collection::vec(any::<u8>(), 0..64)) {
        let _ = Atlas::decode(&bytes);
        let mut with_header = b"RPG\x01".to_vec();
        with_header.extend(&bytes);
        let _ = Atlas::decode(&with_header);
    }

    #[test]
    fn damaged_blob_never_panics(at in 0..GEOMETRY_BIN.len(), byte in any::<u8>(), cut in any::<bool>()) {
        let mut bytes = GEOMETRY_BIN.to_vec();
        if cut {
            bytes.truncate(at);
        } else {
            bytes[at] = byte;
        }
        let _ = Atlas::decode(&bytes);
    }
}
