//! The one decoder of `geometry.bin` (format documented in `build/geometry.rs`).

use super::{Arc, Atlas, BBox, Country, Point, Polygon, Region, RegionKey, Ring, Side};

/// Why a geometry blob could not be decoded.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DecodeError {
    /// The blob does not start with `RPG` and version 1.
    BadHeader,
    /// The blob ends in the middle of a value.
    Truncated,
    /// A value is out of range (count, arc reference, coordinate, code); the text says which.
    Invalid(&'static str),
    /// Bytes are left over after the last country.
    TrailingBytes,
}

impl std::fmt::Display for DecodeError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            DecodeError::BadHeader => f.write_str("geometry: bad header"),
            DecodeError::Truncated => f.write_str("geometry: truncated"),
            DecodeError::Invalid(what) => write!(f, "geometry: invalid {what}"),
            DecodeError::TrailingBytes => f.write_str("geometry: trailing bytes"),
        }
    }
}

impl std::error::Error for DecodeError {}

struct Reader<'a> {
    bytes: &'a [u8],
    pos: usize,
}

impl Reader<'_> {
    fn byte(&mut self) -> Result<u8, DecodeError> {
        let b = *self.bytes.get(self.pos).ok_or(DecodeError::Truncated)?;
        self.pos += 1;
        Ok(b)
    }

    fn uv(&mut self) -> Result<u64, DecodeError> {
        let mut v = 0u64;
        for shift in (0..64).step_by(7) {
            let b = self.byte()?;
            v |= u64::from(b & 0x7f) << shift;
            if b & 0x80 == 0 {
                return Ok(v);
            }
        }
        Err(DecodeError::Invalid("varint"))
    }

    fn sv(&mut self) -> Result<i64, DecodeError> {
        let v = self.uv()?;
        Ok((v >> 1) as i64 ^ -((v & 1) as i64))
    }

    /// A count of items that take at least one byte each (bounds allocations on bad input).
    fn count(&mut self) -> Result<usize, DecodeError> {
        let n = self.uv()?;
        let left = self.bytes.len() - self.pos;
        usize::try_from(n).ok().filter(|&n| n <= left).ok_or(DecodeError::Truncated)
    }
}

/// Decodes a whole blob.
pub(super) fn decode(bytes: &[u8]) -> Result<Atlas, DecodeError> {
    if bytes.get(..4) != Some(b"RPG\x01".as_slice()) {
        return Err(DecodeError::BadHeader);
    }
    let mut r = Reader { bytes, pos: 4 };
    let scale = r.uv()?;
    if scale == 0 || scale > 1 << 40 {
        return Err(DecodeError::Invalid("scale"));
    }
    let scale = scale as f64;

    let mut arcs = Vec::with_capacity(r.count()?);
    let mut cursor = (0i64, 0i64);
    for _ in 0..arcs.capacity() {
        let n = r.count()?;
        if n < 2 {
            return Err(DecodeError::Invalid("arc length"));
        }
        let mut points = Vec::with_capacity(n);
        for _ in 0..n {
            let (dx, dy) = (r.sv()?, r.sv()?);
            cursor = match (cursor.0.checked_add(dx), cursor.1.checked_add(dy)) {
                (Some(x), Some(y)) if x.abs() <= 180 << 40 && y.abs() <= 90 << 40 => (x, y),
                _ => return Err(DecodeError::Invalid("coordinate")),
            };
            points.push([cursor.0 as f64 / scale, cursor.1 as f64 / scale]);
        }
        arcs.push(Arc { points, left: Side::default(), right: Side::default() });
    }

    let mut provinces = Vec::with_capacity(r.count()?);
    for _ in 0..provinces.capacity() {
        let number = u8::try_from(r.uv()?)
            .ok()
            .filter(|n| (1..=25).contains(n))
            .ok_or(DecodeError::Invalid("province number"))?;
        provinces.push(region(&mut r, &mut arcs, RegionKey::Province(number))?);
    }
    let mut countries = Vec::with_capacity(r.count()?);
    for _ in 0..countries.capacity() {
        let code = [r.byte()?, r.byte()?, r.byte()?];
        let country = std::str::from_utf8(&code)
            .ok()
            .and_then(Country::from_iso_a3)
            .ok_or(DecodeError::Invalid("country code"))?;
        countries.push(region(&mut r, &mut arcs, RegionKey::Country(country))?);
    }
    if r.pos != bytes.len() {
        return Err(DecodeError::TrailingBytes);
    }
    Ok(Atlas { provinces, countries, arcs })
}

/// One region's geometry; also records the region on the sides of the arcs it uses.
fn region(r: &mut Reader, arcs: &mut [Arc], key: RegionKey) -> Result<Region, DecodeError> {
    let mut polygons = Vec::with_capacity(r.count()?);
    let mut bbox = BBox::EMPTY;
    for _ in 0..polygons.capacity() {
        let mut rings = Vec::with_capacity(r.count()?);
        for _ in 0..rings.capacity() {
            let ring = ring(r, arcs, key)?;
            for &[lon, lat] in &ring {
                bbox.extend(lon, lat);
            }
            rings.push(ring);
        }
        if rings.is_empty() {
            return Err(DecodeError::Invalid("polygon without rings"));
        }
        polygons.push(Polygon { rings });
    }
    Ok(Region { key, polygons, bbox })
}

fn ring(r: &mut Reader, arcs: &mut [Arc], key: RegionKey) -> Result<Ring, DecodeError> {
    let n = r.count()?;
    let mut ring: Vec<Point> = Vec::new();
    for _ in 0..n {
        let k = r.sv()?;
        let (index, forward) = if k >= 0 { (k, true) } else { (!k, false) };
        let arc =
            usize::try_from(index).ok().and_then(|i| arcs.get_mut(i)).ok_or(DecodeError::Invalid("arc reference"))?;
        // Rings keep their interior on the left (exteriors CCW, holes CW).
        let side = if forward { &mut arc.left } else { &mut arc.right };
        match key {
            RegionKey::Province(p) => {
                side.province.get_or_insert(p);
            }
            RegionKey::Country(c) => {
                side.country.get_or_insert(c);
            }
        }
        let start = if forward { arc.points.first() } else { arc.points.last() };
        if !ring.is_empty() && ring.last() != start {
            return Err(DecodeError::Invalid("arc joint"));
        }
        let skip = usize::from(!ring.is_empty());
        if forward {
            ring.extend(arc.points.iter().skip(skip));
        } else {
            ring.extend(arc.points.iter().rev().skip(skip));
        }
    }
    if ring.len() < 4 || ring.first() != ring.last() {
        return Err(DecodeError::Invalid("ring"));
    }
    Ok(ring)
}
