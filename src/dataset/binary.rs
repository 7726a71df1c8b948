//! The dataset's binary form: what a worker hands over to the page and what a packed file
//! holds. Every read is checked: damaged bytes give `None`, never a panic.

use std::ops::RangeInclusive;

use super::sparse::SparseColumn;
use super::{Dataset, TextField, NO_COORD, NO_TEXT};
use crate::date::days_in_month;
use crate::team::MilitaryRegion;

/// The seasons (first years) records can have: named ones from
/// [`crate::season::MIN_FIRST_YEAR`], and those derived from a date, from the season before
/// [`crate::date::MIN_YEAR`]; all to [`crate::season::MAX_FIRST_YEAR`].
pub const SEASON_YEARS: RangeInclusive<u16> = crate::date::MIN_YEAR - 1..=crate::season::MAX_FIRST_YEAR;
/// Why bytes that are not a dataset's binary form (or a packed file around one) are refused.
pub const INCONSISTENT: &str = "it is inconsistent";
/// The years dates can have ([`crate::date::MIN_YEAR`] to [`crate::date::MAX_YEAR`]).
pub const DATE_YEARS: RangeInclusive<u16> = crate::date::MIN_YEAR..=crate::date::MAX_YEAR;

/// Magic bytes of the binary form ("RPD" and a format version).
const MAGIC: &[u8; 4] = b"RPD2";

/// Appends `v` as a variable-length integer: seven bits a byte, low bits first.
fn put_var(out: &mut Vec<u8>, mut v: u32) {
    while v >= 0x80 {
        out.push((v as u8) | 0x80);
        v >>= 7;
    }
    out.push(v as u8);
}

/// Reads the binary form a little at a time; every read is checked.
struct Cursor<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl<'a> Cursor<'a> {
    fn take(&mut self, n: usize) -> Option<&'a [u8]> {
        let end = self.at.checked_add(n)?;
        let s = self.bytes.get(self.at..end)?;
        self.at = end;
        Some(s)
    }

    /// A variable-length integer (at most five bytes, and no bits beyond 32).
    #[inline]
    fn var(&mut self) -> Option<u32> {
        let mut v = 0u32;
        for shift in [0, 7, 14, 21, 28] {
            let b = *self.bytes.get(self.at)?;
            self.at += 1;
            if shift == 28 && b > 0x0F {
                return None;
            }
            v |= u32::from(b & 0x7F) << shift;
            if b < 0x80 {
                return Some(v);
            }
        }
        None
    }

    /// A count of items each at least `min` bytes long: no more than the bytes left allow.
    fn count(&mut self, min: usize) -> Option<usize> {
        let n = self.var()? as usize;
        (n.checked_mul(min)? <= self.bytes.len() - self.at).then_some(n)
    }

    fn vec<T>(&mut self, mut read: impl FnMut(u32) -> Option<T>) -> Option<Vec<T>> {
        let n = self.count(1)?;
        let mut v = Vec::with_capacity(n);
        for _ in 0..n {
            v.push(read(self.var()?)?);
        }
        Some(v)
    }

    /// (record, value) pairs, the records as gaps from the previous one.
    fn pairs<T>(&mut self, min: usize, mut value: impl FnMut(&mut Self) -> Option<T>) -> Option<Vec<(u32, T)>> {
        let n = self.count(min)?;
        let (mut v, mut row) = (Vec::with_capacity(n), 0u32);
        for i in 0..n {
            let gap = self.var()?;
            row = if i == 0 { gap } else { row.checked_add(gap)? };
            v.push((row, value(self)?));
        }
        Some(v)
    }

    fn f32(&mut self) -> Option<f32> {
        self.take(4).map(|b| f32::from_le_bytes([b[0], b[1], b[2], b[3]]))
    }

    fn string(&mut self) -> Option<String> {
        let n = self.count(1)?;
        String::from_utf8(self.take(n)?.to_vec()).ok()
    }
}

impl Dataset {
    /// The dataset as bytes, to move it between a worker that reads a file and the page that
    /// draws it (both run the same module), and inside a packed file (`crate::pack`).
    /// [`Dataset::from_bytes`] reads it back. Every number is a variable-length integer (line
    /// numbers and the records of sparse columns as gaps from the previous one), coordinates
    /// are the `f32`s kept: about 25 bytes per find with coordinates and two place names.
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut out = Vec::with_capacity(self.len() * 26 + 64);
        out.extend_from_slice(MAGIC);
        macro_rules! col {
            ($v:expr, $f:expr) => {{
                put_var(&mut out, $v.len() as u32);
                for x in $v.iter() {
                    put_var(&mut out, $f(*x));
                }
            }};
        }
        let mut last = 0u32;
        col!(self.line, |x: u32| {
            // Lines rise: the gap from the previous (zigzag, should one fall).
            let d = x.wrapping_sub(last) as i32;
            last = x;
            ((d << 1) ^ (d >> 31)) as u32
        });
        col!(self.remains, |x: u32| x);
        // NO_COUNT (u32::MAX) becomes 0, counts one more: one byte for most.
        col!(self.identified, |x: u32| x.wrapping_add(1));
        col!(self.season, u32::from);
        col!(self.date, |x: u32| x);
        col!(self.phase, u32::from);
        col!(self.team, u32::from);
        col!(self.region, u32::from);
        col!(self.province, u32::from);
        let coords: Vec<(u32, [f32; 2])> = self.coords.iter(NO_COORD).collect();
        put_var(&mut out, coords.len() as u32);
        let mut prev = 0u32;
        for (k, (i, [lon, lat])) in coords.into_iter().enumerate() {
            put_var(&mut out, if k == 0 { i } else { i - prev });
            prev = i;
            out.extend_from_slice(&lon.to_le_bytes());
            out.extend_from_slice(&lat.to_le_bytes());
        }
        for t in &self.texts {
            let pairs: Vec<(u32, u32)> = t.iter(NO_TEXT).collect();
            put_var(&mut out, pairs.len() as u32);
            let mut prev = 0u32;
            for (k, (i, id)) in pairs.into_iter().enumerate() {
                put_var(&mut out, if k == 0 { i } else { i - prev });
                prev = i;
                put_var(&mut out, id);
            }
        }
        for list in [&self.strings, &self.other_teams] {
            put_var(&mut out, list.len() as u32);
            for s in list.iter() {
                put_var(&mut out, s.len() as u32);
                out.extend_from_slice(s.as_bytes());
            }
        }
        out
    }

    /// Reads the bytes written by [`Dataset::to_bytes`]; `None` if they are not such bytes or
    /// are inconsistent ([`Dataset::read_bytes`] says why).
    pub fn from_bytes(bytes: &[u8]) -> Option<Dataset> {
        Dataset::read_bytes(bytes).ok()
    }

    /// Reads the bytes written by [`Dataset::to_bytes`], or says why they are not such bytes:
    /// cut short or inconsistent, or a record holds a value no reader gives (a season outside
    /// [`SEASON_YEARS`], a date outside [`DATE_YEARS`] or not in the calendar, an unknown
    /// phase, region or province, a point off the globe), so that nothing sized by a value read
    /// is larger than real records make it.
    pub fn read_bytes(bytes: &[u8]) -> Result<Dataset, String> {
        let mut d = Dataset::parse_bytes(bytes).ok_or(INCONSISTENT)?;
        let in_range = |years: &RangeInclusive<u16>, year: u32| {
            u32::from(*years.start()) <= year && year <= u32::from(*years.end())
        };
        let real = |(((&season, &date), &phase), &region): (((&u16, &u32), &u8), &u8)| {
            let (year, month, day) = (date >> 9, (date >> 5) & 15, date & 31);
            (season == 0 || SEASON_YEARS.contains(&season))
                && (date == 0
                    || in_range(&DATE_YEARS, year)
                        && month <= 12
                        && if month == 0 {
                            day == 0
                        } else {
                            day <= u32::from(days_in_month(year as u16, month as u8))
                        })
                && phase <= 2
                && (region == 0 || MilitaryRegion::from_number(region).is_some())
        };
        let unreal = d.season.iter().zip(&d.date).zip(&d.phase).zip(&d.region).position(|r| !real(r));
        let off_globe = d
            .coords
            .values
            .iter()
            .zip(&d.coords.rows)
            .find(|([lon, lat], _)| !(lon.abs() <= 180.0 && lat.abs() <= 90.0));
        match unreal.or(off_globe.map(|(_, &row)| row as usize)) {
            None => {
                d.shrink_to_fit();
                Ok(d)
            }
            Some(i) => Err(format!("record {} holds a value no reader gives", i + 1)),
        }
    }

    /// The bytes as a dataset, consistent but its values unchecked, its sparse columns as pairs.
    fn parse_bytes(bytes: &[u8]) -> Option<Dataset> {
        let mut c = Cursor { bytes, at: 0 };
        if c.take(4)? != MAGIC {
            return None;
        }
        let mut last = 0u32;
        let line = c.vec(|z| {
            let d = ((z >> 1) as i32) ^ -((z & 1) as i32);
            last = last.wrapping_add(d as u32);
            Some(last)
        })?;
        let small = |v: u32| u8::try_from(v).ok();
        let mut d = Dataset {
            line,
            remains: c.vec(Some)?,
            identified: c.vec(|v| Some(v.wrapping_sub(1)))?,
            season: c.vec(|v| u16::try_from(v).ok())?,
            date: c.vec(Some)?,
            phase: c.vec(small)?,
            team: c.vec(|v| u16::try_from(v).ok())?,
            region: c.vec(small)?,
            province: c.vec(small)?,
            ..Dataset::default()
        };
        let n = d.remains.len();
        let lens = [
            d.line.len(),
            d.identified.len(),
            d.season.len(),
            d.date.len(),
            d.phase.len(),
            d.team.len(),
            d.region.len(),
            d.province.len(),
        ];
        if lens.iter().any(|&l| l != n) || d.province.iter().any(|&p| p > 25) {
            return None;
        }
        let coords = c.pairs(9, |c| Some([c.f32()?, c.f32()?]))?;
        let mut texts: Vec<Vec<(u32, u32)>> = Vec::new();
        for _ in 0..TextField::ALL.len() {
            texts.push(c.pairs(2, Cursor::var)?);
        }
        let strings = c.count(1)?;
        for _ in 0..strings {
            d.strings.push(c.string()?);
        }
        let teams = c.count(1)?;
        for _ in 0..teams {
            d.other_teams.push(c.string()?);
        }
        // Rows must be in range and strictly increasing; string ids must exist.
        fn increasing(rows: impl Iterator<Item = u32>, n: usize) -> bool {
            let mut last: Option<u32> = None;
            for r in rows {
                if (r as usize) >= n || last.is_some_and(|l| r <= l) {
                    return false;
                }
                last = Some(r);
            }
            true
        }
        let ok_coords = increasing(coords.iter().map(|c| c.0), n);
        let ok_texts = texts
            .iter()
            .all(|t| increasing(t.iter().map(|p| p.0), n) && t.iter().all(|p| (p.1 as usize) < d.strings.len()));
        let ok_teams = d.team.iter().all(|&t| t < 12 || usize::from(t - 12) < d.other_teams.len());
        if !(ok_coords && ok_texts && ok_teams && c.at == bytes.len()) {
            return None;
        }
        d.coords = SparseColumn {
            dense: false,
            rows: coords.iter().map(|c| c.0).collect(),
            values: coords.iter().map(|c| c.1).collect(),
        };
        for (k, t) in texts.into_iter().enumerate() {
            d.texts[k] = SparseColumn {
                dense: false,
                rows: t.iter().map(|p| p.0).collect(),
                values: t.iter().map(|p| p.1).collect(),
            };
        }
        Some(d)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_binary_form_is_compact_and_damage_is_refused_not_a_panic() {
        let mut d = Dataset::from_records(&crate::generate::generate_records(2000, 5));
        d.shrink_to_fit();
        let bytes = d.to_bytes();
        assert_eq!(Dataset::from_bytes(&bytes).as_ref(), Some(&d));
        let per_record = bytes.len() as f64 / d.len() as f64;
        assert!(per_record < 30.0, "{per_record:.1} bytes per record");
        // Every cut and every single-byte change: a dataset or None, never a panic.
        for cut in (0..bytes.len()).step_by(97) {
            assert_eq!(Dataset::from_bytes(&bytes[..cut]), None, "truncated at {cut}");
        }
        for at in (4..bytes.len()).step_by(13) {
            for v in [0x00, 0x7F, 0x80, 0xFF] {
                let mut b = bytes.clone();
                b[at] = v;
                let _ = Dataset::from_bytes(&b);
            }
        }
        // Five-byte integers with bits beyond 32, and counts larger than the bytes left.
        let mut b = MAGIC.to_vec();
        b.extend_from_slice(&[0xFF, 0xFF, 0xFF, 0xFF, 0x7F]);
        assert_eq!(Dataset::from_bytes(&b), None);
        let mut b = MAGIC.to_vec();
        b.extend_from_slice(&[0xFF, 0xFF, 0xFF, 0xFF, 0x0F]);
        assert_eq!(Dataset::from_bytes(&b), None);
    }

    #[test]
    fn values_no_reader_gives_are_refused_naming_the_record() {
        let mut good = Dataset::from_records(&crate::generate::generate_records(50, 9));
        good.shrink_to_fit();
        assert_eq!(Dataset::read_bytes(&good.to_bytes()).as_ref(), Ok(&good));
        fn date(y: u32, m: u32, d: u32) -> u32 {
            (y << 9) | (m << 5) | d
        }
        type Change = fn(&mut Dataset);
        let damage: [(&str, Change); 9] = [
            ("season 1", |d| d.season[7] = 1),
            ("season 2101", |d| d.season[7] = 2101),
            ("year 1899", |d| d.date[7] = date(1899, 1, 1)),
            ("year 2101", |d| d.date[7] = date(2101, 1, 1)),
            ("month 13", |d| d.date[7] = date(2020, 13, 1)),
            ("30 February", |d| d.date[7] = date(2020, 2, 30)),
            ("a day without a month", |d| d.date[7] = date(2020, 0, 5)),
            ("phase 3", |d| d.phase[7] = 3),
            ("region 4", |d| d.region[7] = 4),
        ];
        for (what, change) in damage {
            let mut d = good.clone();
            change(&mut d);
            assert_eq!(
                Dataset::read_bytes(&d.to_bytes()),
                Err("record 8 holds a value no reader gives".to_owned()),
                "{what}"
            );
        }
        let mut d = Dataset::from_records(&crate::generate::generate_records(50, 9));
        let k = d.coords.rows.iter().position(|&r| r >= 7).unwrap();
        let row = d.coords.rows[k];
        d.coords.values[k] = [200.0, 10.0];
        assert_eq!(
            Dataset::read_bytes(&d.to_bytes()),
            Err(format!("record {} holds a value no reader gives", row + 1))
        );
        d.coords.values[k] = [f32::NAN, 10.0];
        assert!(Dataset::read_bytes(&d.to_bytes()).is_err());
    }
}
