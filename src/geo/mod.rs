//! Geography of Cambodia and its neighbours: compact boundaries, projection, point-in-province.
//!
//! The boundaries are compiled by `build/geometry.rs` from `data/geo/*.geojson` into a compact
//! arc topology embedded in the module, and decoded once on first use by [`atlas`].
//! Coordinates are lon/lat degrees (WGS 84) as `[lon, lat]`. Provinces are identified by their
//! ISO 3166-2:KH number, 1..=25, as `u8`.
//!
//! The data is ODbL: every rendered map must show [`ATTRIBUTION`].

mod decode;
pub mod hit;
pub mod projection;

use std::sync::OnceLock;

use crate::lang::Lang;

pub use decode::DecodeError;
pub use hit::{province_at, province_at_pixel};
pub use projection::Projection;

/// The credit line every rendered map must show (ODbL).
pub const ATTRIBUTION: &str = "Boundaries: geoBoundaries, © OpenStreetMap contributors, ODbL";

/// The compact boundaries built by `build/geometry.rs` (format documented there), as exact
/// as the source: what tells which province holds a find's coordinates ([`province_at`]).
pub static GEOMETRY_BIN: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/geometry.bin"));

/// The same boundaries simplified for drawing (within 0.002°, on a 1/1 000° grid, shared
/// borders still shared; `build/geometry.rs`): what maps draw and point at ([`atlas`],
/// [`province_at_pixel`]). A module that only draws carries this one alone.
pub static OUTLINE_BIN: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/outline.bin"));

/// A position: `[lon, lat]` in degrees.
pub type Point = [f64; 2];

/// A closed ring (its last point equals its first).
pub type Ring = Vec<Point>;

/// A polygon: `rings[0]` is the exterior (counter-clockwise), any further rings are holes
/// (clockwise), as in RFC 7946.
#[derive(Clone, Debug, PartialEq)]
pub struct Polygon {
    /// Exterior first, then holes; never empty.
    pub rings: Vec<Ring>,
}

impl Polygon {
    /// The exterior ring.
    pub fn exterior(&self) -> &[Point] {
        self.rings.first().map_or(&[], |r| r.as_slice())
    }

    /// The holes.
    pub fn holes(&self) -> &[Ring] {
        self.rings.get(1..).unwrap_or(&[])
    }
}

/// A lon/lat bounding box (closed). [`BBox::EMPTY`] contains nothing.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct BBox {
    /// Western edge, degrees east.
    pub min_lon: f64,
    /// Southern edge, degrees north.
    pub min_lat: f64,
    /// Eastern edge, degrees east.
    pub max_lon: f64,
    /// Northern edge, degrees north.
    pub max_lat: f64,
}

impl BBox {
    /// The empty box, neutral for [`BBox::extend`] and [`BBox::union`].
    pub const EMPTY: BBox =
        BBox { min_lon: f64::INFINITY, min_lat: f64::INFINITY, max_lon: f64::NEG_INFINITY, max_lat: f64::NEG_INFINITY };

    /// A box from its edges.
    pub const fn new(min_lon: f64, min_lat: f64, max_lon: f64, max_lat: f64) -> BBox {
        BBox { min_lon, min_lat, max_lon, max_lat }
    }

    /// The smallest box holding all the (finite) points.
    pub fn of_points<'a>(points: impl IntoIterator<Item = &'a Point>) -> BBox {
        let mut b = BBox::EMPTY;
        for &[lon, lat] in points {
            b.extend(lon, lat);
        }
        b
    }

    /// True if the box holds no point (also for NaN edges).
    pub fn is_empty(&self) -> bool {
        !(self.min_lon <= self.max_lon && self.min_lat <= self.max_lat)
    }

    /// East–west extent in degrees (0 when empty).
    pub fn width(&self) -> f64 {
        if self.is_empty() {
            0.0
        } else {
            self.max_lon - self.min_lon
        }
    }

    /// North–south extent in degrees (0 when empty).
    pub fn height(&self) -> f64 {
        if self.is_empty() {
            0.0
        } else {
            self.max_lat - self.min_lat
        }
    }

    /// The centre `(lon, lat)`; `None` when empty or unbounded.
    pub fn center(&self) -> Option<(f64, f64)> {
        let c = ((self.min_lon + self.max_lon) / 2.0, (self.min_lat + self.max_lat) / 2.0);
        (!self.is_empty() && c.0.is_finite() && c.1.is_finite()).then_some(c)
    }

    /// True if the point lies in the box or on its edge (false for NaN).
    pub fn contains(&self, lon: f64, lat: f64) -> bool {
        lon >= self.min_lon && lon <= self.max_lon && lat >= self.min_lat && lat <= self.max_lat
    }

    /// Grows the box to hold the point; non-finite points are ignored.
    pub fn extend(&mut self, lon: f64, lat: f64) {
        if lon.is_finite() && lat.is_finite() {
            self.min_lon = self.min_lon.min(lon);
            self.min_lat = self.min_lat.min(lat);
            self.max_lon = self.max_lon.max(lon);
            self.max_lat = self.max_lat.max(lat);
        }
    }

    /// The smallest box holding both.
    pub fn union(self, other: BBox) -> BBox {
        if other.is_empty() {
            return self;
        }
        if self.is_empty() {
            return other;
        }
        BBox::new(
            self.min_lon.min(other.min_lon),
            self.min_lat.min(other.min_lat),
            self.max_lon.max(other.max_lon),
            self.max_lat.max(other.max_lat),
        )
    }
}

impl Default for BBox {
    /// [`BBox::EMPTY`].
    fn default() -> BBox {
        BBox::EMPTY
    }
}

/// A country in the atlas: Cambodia and the neighbours drawn around it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Country {
    /// Cambodia (KHM); its outline is the union of the provinces.
    Cambodia,
    /// Thailand (THA).
    Thailand,
    /// Laos (LAO).
    Laos,
    /// Vietnam (VNM).
    Vietnam,
}

impl Country {
    /// All countries, in atlas order.
    pub const ALL: [Country; 4] = [Country::Cambodia, Country::Thailand, Country::Laos, Country::Vietnam];

    /// ISO 3166-1 alpha-3 code.
    pub fn iso_a3(self) -> &'static str {
        self.names().0
    }

    /// The country for an ISO 3166-1 alpha-3 code (exact, upper case).
    pub fn from_iso_a3(code: &str) -> Option<Country> {
        Country::ALL.into_iter().find(|c| c.iso_a3() == code)
    }

    /// The short name in a language (English and Vietnamese as in `neighbours.geojson`).
    pub fn name(self, lang: Lang) -> &'static str {
        let (_, en, vi, km) = self.names();
        match lang {
            Lang::En => en,
            Lang::Vi => vi,
            Lang::Km => km,
        }
    }

    /// (ISO alpha-3, English, Vietnamese, Khmer).
    fn names(self) -> (&'static str, &'static str, &'static str, &'static str) {
        match self {
            Country::Cambodia => ("KHM", "Cambodia", "Campuchia", "កម្ពុជា"),
            Country::Thailand => ("THA", "Thailand", "Thái Lan", "ថៃ"),
            Country::Laos => ("LAO", "Laos", "Lào", "ឡាវ"),
            Country::Vietnam => ("VNM", "Vietnam", "Việt Nam", "វៀតណាម"),
        }
    }
}

/// What a region is: a province (ISO 3166-2:KH number) or a country.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum RegionKey {
    /// Province number 1..=25 (KH-1..KH-25).
    Province(u8),
    /// A country outline.
    Country(Country),
}

/// A province or country with its polygons.
#[derive(Clone, Debug, PartialEq)]
pub struct Region {
    /// Which region.
    pub key: RegionKey,
    /// Its polygons (islands are separate polygons).
    pub polygons: Vec<Polygon>,
    /// Bounding box of all its rings.
    pub bbox: BBox,
}

impl Region {
    /// The province number, if this is a province.
    pub fn province(&self) -> Option<u8> {
        match self.key {
            RegionKey::Province(n) => Some(n),
            RegionKey::Country(_) => None,
        }
    }

    /// All rings of all polygons.
    pub fn rings(&self) -> impl Iterator<Item = &Ring> {
        self.polygons.iter().flat_map(|p| p.rings.iter())
    }

    /// Exact even-odd point-in-region test over every ring (slow path; for provinces prefer
    /// [`province_at`]). Points on an edge shared with another region belong to exactly one.
    pub fn contains(&self, lon: f64, lat: f64) -> bool {
        self.bbox.contains(lon, lat)
            && self.rings().flat_map(|r| r.windows(2)).filter(|w| hit::crosses(lon, lat, w[0], w[1])).count() % 2 == 1
    }
}

/// Who lies on one side of an [`Arc`].
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Side {
    /// The province on this side, if any.
    pub province: Option<u8>,
    /// The country on this side, if any (`None`: sea or beyond the atlas).
    pub country: Option<Country>,
}

/// A border piece stored once however many regions share it: draw borders from arcs to stroke
/// each line once. Left and right are relative to the direction of `points`.
#[derive(Clone, Debug, PartialEq)]
pub struct Arc {
    /// At least two points; open unless the arc is a whole ring.
    pub points: Vec<Point>,
    /// Regions whose interior lies to the left.
    pub left: Side,
    /// Regions whose interior lies to the right.
    pub right: Side,
}

impl Arc {
    /// True if the arc separates two different countries (a land border).
    pub fn is_international(&self) -> bool {
        matches!((self.left.country, self.right.country), (Some(a), Some(b)) if a != b)
    }

    /// True if the arc separates two Cambodian provinces.
    pub fn is_provincial(&self) -> bool {
        matches!((self.left.province, self.right.province), (Some(a), Some(b)) if a != b)
    }

    /// True if a country lies on one side only (coast, or the edge of the atlas).
    pub fn is_coast(&self) -> bool {
        self.left.country.is_some() != self.right.country.is_some()
    }
}

/// The decoded boundaries.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Atlas {
    /// The 25 provinces, ordered by number.
    pub provinces: Vec<Region>,
    /// Cambodia (outline) then the neighbours Thailand, Laos, Vietnam.
    pub countries: Vec<Region>,
    /// Every border piece once, with the regions on each side.
    pub arcs: Vec<Arc>,
}

impl Atlas {
    /// Decodes a blob in the format of `build/geometry.rs`; never panics.
    pub fn decode(bytes: &[u8]) -> Result<Atlas, DecodeError> {
        decode::decode(bytes)
    }

    /// The province with this ISO 3166-2:KH number (1..=25), `None` for other numbers.
    pub fn province(&self, number: u8) -> Option<&Region> {
        let guess = self.provinces.get(usize::from(number).wrapping_sub(1));
        guess
            .filter(|r| r.key == RegionKey::Province(number))
            .or_else(|| self.provinces.iter().find(|r| r.key == RegionKey::Province(number)))
    }

    /// A country's outline.
    pub fn country(&self, country: Country) -> Option<&Region> {
        self.countries.iter().find(|r| r.key == RegionKey::Country(country))
    }

    /// The countries around Cambodia (Thailand, Laos, Vietnam), for context.
    pub fn neighbours(&self) -> impl Iterator<Item = &Region> {
        self.countries.iter().filter(|r| r.key != RegionKey::Country(Country::Cambodia))
    }

    /// The bounding box of Cambodia (all provinces).
    pub fn bbox(&self) -> BBox {
        self.provinces.iter().fold(BBox::EMPTY, |b, r| b.union(r.bbox))
    }
}

/// The outline maps draw ([`OUTLINE_BIN`]), decoded on first use (under 1 ms) and kept for
/// the life of the program. Empty if the embedded blob were corrupt (the tests make sure it is
/// not).
pub fn atlas() -> &'static Atlas {
    static ATLAS: OnceLock<Atlas> = OnceLock::new();
    ATLAS.get_or_init(|| Atlas::decode(OUTLINE_BIN).unwrap_or_default())
}

/// The exact boundaries ([`GEOMETRY_BIN`]), decoded on first use, for point-in-province.
pub fn exact_atlas() -> &'static Atlas {
    static ATLAS: OnceLock<Atlas> = OnceLock::new();
    ATLAS.get_or_init(|| Atlas::decode(GEOMETRY_BIN).unwrap_or_default())
}
