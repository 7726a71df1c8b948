//! Map projection for Cambodia: equidistant cylindrical (equirectangular) with standard
//! parallel 12.5° N.
//!
//! Why this one:
//! - Cambodia spans only 9.9°–14.7° N, so scaling longitude by cos 12.5° keeps east–west against
//!   north–south scale within about ±1.2 % everywhere in the country (±0.5 % for most of it):
//!   shapes and areas look right without a conformal projection. (Transverse Mercator / UTM 48N
//!   would be within 0.1 %, invisible at screen sizes, at the cost of series expansions.)
//! - It is affine in lon/lat. RFC 7946 edges are straight lines in lon/lat, so they stay
//!   straight on screen, and hit testing a pixel ([`super::province_at_pixel`]) agrees exactly
//!   with hit testing its inverted lon/lat. The inverse is exact and cheap.
//! - One fixed standard parallel keeps shapes identical between a country map and any zoom.
//!
//! The neighbours reach 23° N, where the stretch grows to ~5 %; they are only drawn as context.

use super::BBox;

/// Latitude (degrees) where the projection is true to shape.
pub const STANDARD_PARALLEL: f64 = 12.5;

/// cos 12.5°, written out: the module then needs no trigonometry code (a test checks it).
const COS_STANDARD_PARALLEL: f64 = 0.976_296_007_119_933_4;

/// Fits lon/lat to pixels: `x` grows east, `y` grows down (screen/SVG convention).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Projection {
    /// Pixels per degree of latitude.
    k: f64,
    /// Pixels per degree of longitude (`k · cos φ0`).
    kx: f64,
    /// Lon/lat that maps to `(cx, cy)`.
    lon0: f64,
    lat0: f64,
    cx: f64,
    cy: f64,
}

impl Projection {
    /// A projection with `scale` pixels per degree of latitude that maps `(lon, lat)` to
    /// pixel `(x, y)`. A non-finite or non-positive scale becomes 1; non-finite positions 0.
    pub fn new(scale: f64, (lon, lat): (f64, f64), (x, y): (f64, f64)) -> Projection {
        let k = if scale.is_finite() && scale > 0.0 { scale } else { 1.0 };
        let finite = |v: f64| if v.is_finite() { v } else { 0.0 };
        Projection {
            k,
            kx: k * COS_STANDARD_PARALLEL,
            lon0: finite(lon),
            lat0: finite(lat),
            cx: finite(x),
            cy: finite(y),
        }
    }

    /// The largest projection that shows all of `bbox` inside a `width` × `height` pixel box
    /// less `padding` on every side, centred. Works at any aspect ratio. Degenerate input still
    /// gives a finite, invertible projection centred in the box: a zero-size side of `bbox` is
    /// ignored, and with nothing to fit (empty or point box, no room left) the scale is 1 px
    /// per degree; non-finite sizes count as 0.
    pub fn fit(bbox: BBox, width: f64, height: f64, padding: f64) -> Projection {
        let finite = |v: f64| if v.is_finite() { v } else { 0.0 };
        let (width, height, padding) = (finite(width), finite(height), finite(padding));
        let room_w = width - 2.0 * padding;
        let room_h = height - 2.0 * padding;
        let cos0 = COS_STANDARD_PARALLEL;
        let sx = room_w / (bbox.width() * cos0);
        let sy = room_h / bbox.height();
        // Ratios with a zero-size side are infinite or NaN: use the other side's.
        let scale = match (sx.is_finite() && sx > 0.0, sy.is_finite() && sy > 0.0) {
            (true, true) => sx.min(sy),
            (true, false) => sx,
            (false, true) => sy,
            (false, false) => 1.0,
        };
        let (lon, lat) = bbox.center().unwrap_or((0.0, 0.0));
        Projection::new(scale, (lon, lat), (width / 2.0, height / 2.0))
    }

    /// Pixels per degree of latitude.
    pub fn scale(&self) -> f64 {
        self.k
    }

    /// Lon/lat → pixel `(x, y)`, `y` down.
    pub fn project(&self, lon: f64, lat: f64) -> (f64, f64) {
        (self.cx + self.kx * (lon - self.lon0), self.cy - self.k * (lat - self.lat0))
    }

    /// Pixel → lon/lat; the exact inverse of [`Projection::project`].
    pub fn invert(&self, x: f64, y: f64) -> (f64, f64) {
        (self.lon0 + (x - self.cx) / self.kx, self.lat0 - (y - self.cy) / self.k)
    }

    /// The pixel rectangle `(x_min, y_min, x_max, y_max)` covered by a lon/lat box.
    pub fn project_bbox(&self, bbox: BBox) -> (f64, f64, f64, f64) {
        let (x0, y0) = self.project(bbox.min_lon, bbox.max_lat);
        let (x1, y1) = self.project(bbox.max_lon, bbox.min_lat);
        (x0, y0, x1, y1)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_written_cosine_is_cos_of_the_standard_parallel() {
        assert_eq!(COS_STANDARD_PARALLEL, STANDARD_PARALLEL.to_radians().cos());
    }

    #[test]
    fn degenerate_fits_are_usable() {
        let point = BBox::new(104.9, 11.55, 104.9, 11.55);
        for p in [
            Projection::fit(point, 100.0, 100.0, 10.0),
            Projection::fit(BBox::EMPTY, 100.0, 100.0, 10.0),
            Projection::fit(point, f64::NAN, 0.0, f64::INFINITY),
            Projection::fit(BBox::new(100.0, 10.0, 101.0, 11.0), 10.0, 10.0, 50.0),
        ] {
            let (x, y) = p.project(104.9, 11.55);
            assert!(x.is_finite() && y.is_finite());
            let (lon, lat) = p.invert(x, y);
            assert!((lon - 104.9).abs() < 1e-9 && (lat - 11.55).abs() < 1e-9);
        }
        let p = Projection::fit(point, 100.0, 60.0, 10.0);
        assert_eq!(p.project(104.9, 11.55), (50.0, 30.0));
    }

    #[test]
    fn north_is_up() {
        let p = Projection::fit(BBox::new(102.0, 10.0, 108.0, 15.0), 600.0, 500.0, 0.0);
        let (x0, y0) = p.project(104.0, 12.0);
        let (x1, y1) = p.project(105.0, 13.0);
        assert!(x1 > x0 && y1 < y0);
    }
}
