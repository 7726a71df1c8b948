//! Synthetic find-level datasets, for demonstrations, tests and benchmarks: deterministic,
//! plausible in shape, and made up in every number.
//!
//! Each record is one find: a team (weighted), a province that team searches (the
//! team-to-province table of [`Team::provinces`]), coordinates inside that province (clustered
//! around a few made-up sites per province, by rejection sampling with
//! [`crate::geo::province_at`]), a date in a dry season's phase (đợt 1 November–January,
//! đợt 2 February–June), a count of remains that is mostly 1 with a tail, and identifications
//! that are rare. The CSV starts with a comment saying the data is synthetic.

use std::fmt::Write as _;

use crate::date::{days_in_month, Date};
use crate::geo::province_at;
use crate::province::Province;
use crate::record::{Record, TeamRef};
use crate::season::{Phase, Season};
use crate::team::Team;

/// The columns of [`generate`]'s CSV.
pub const COLUMNS: &str = "date,season,phase,team,province,district,village,lat,lon,remains,identified,note";

/// The first season generated (2014–2015) and the number of seasons.
const FIRST_SEASON: u16 = 2014;
const SEASONS: u16 = 11;

/// splitmix64: small, fast, and good enough for made-up data.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    /// Uniform in [0, 1).
    fn unit(&mut self) -> f64 {
        (self.next() >> 11) as f64 / (1u64 << 53) as f64
    }

    /// Uniform in 0..n (0 for n = 0).
    fn below(&mut self, n: u64) -> u64 {
        if n == 0 {
            0
        } else {
            ((u128::from(self.next()) * u128::from(n)) >> 64) as u64
        }
    }

    /// Standard normal (Box–Muller).
    fn normal(&mut self) -> f64 {
        let u = self.unit().max(1e-12);
        let v = self.unit();
        (-2.0 * u.ln()).sqrt() * (std::f64::consts::TAU * v).cos()
    }

    /// An index drawn with the given cumulative weights.
    fn pick(&mut self, cumulative: &[f64]) -> usize {
        let total = cumulative.last().copied().unwrap_or(0.0);
        let x = self.unit() * total;
        cumulative.partition_point(|&c| c <= x).min(cumulative.len().saturating_sub(1))
    }
}

fn cumulative(weights: impl IntoIterator<Item = f64>) -> Vec<f64> {
    let mut acc = 0.0;
    weights
        .into_iter()
        .map(|w| {
            acc += w.max(0.0);
            acc
        })
        .collect()
}

/// Relative share of finds per team (made up, loosely shaped like published totals).
fn team_weight(t: Team) -> f64 {
    match t {
        Team::K51 => 4.0,
        Team::K52 => 8.0,
        Team::K53 => 3.0,
        Team::K70 => 8.0,
        Team::K71 => 14.0,
        Team::K72 => 9.0,
        Team::K73 => 12.0,
        Team::K90 => 8.0,
        Team::K91 => 10.0,
        Team::K92 => 13.0,
        Team::K93 => 10.0,
    }
}

/// Rounds to 5 decimals (about a metre), as written in the CSV.
fn round5(v: f64) -> f64 {
    (v * 100_000.0).round() / 100_000.0
}

/// A point in `p`, rounded to 5 decimals: near `around` (spread `sigma` degrees) when given,
/// else uniform over the province; after 64 misses, the province's label point.
fn point_in(rng: &mut Rng, p: Province, around: Option<((f64, f64), f64)>) -> (f64, f64) {
    let bbox = crate::geo::exact_atlas().province(p.number()).map(|r| r.bbox);
    for _ in 0..64 {
        let (lon, lat) = match (around, bbox) {
            (Some(((x, y), s)), _) => (x + rng.normal() * s, y + rng.normal() * s),
            (None, Some(b)) => (b.min_lon + rng.unit() * b.width(), b.min_lat + rng.unit() * b.height()),
            (None, None) => break,
        };
        let (lon, lat) = (round5(lon), round5(lat));
        if province_at(lon, lat) == Some(p.number()) {
            return (lon, lat);
        }
    }
    let (lon, lat) = p.label_point();
    (round5(lon), round5(lat))
}

/// `records` synthetic finds from `seed`; the same arguments always give the same records.
pub fn generate_records(records: usize, seed: u64) -> Vec<Record> {
    let mut rng = Rng(seed ^ 0x005e_ed0f_5eed);
    // Made-up sites per province: a few cluster centres each, with a spread.
    let clusters: Vec<Vec<((f64, f64), f64)>> = Province::ALL
        .iter()
        .map(|&p| {
            let n = 2 + rng.below(5) as usize;
            (0..n).map(|_| (point_in(&mut rng, p, None), 0.02 + rng.unit() * 0.08)).collect()
        })
        .collect();
    let teams = cumulative(Team::ALL.iter().map(|&t| team_weight(t)));
    let team_provinces: Vec<Vec<f64>> =
        Team::ALL.iter().map(|t| cumulative(t.provinces().iter().map(|p| p.area_km2().sqrt()))).collect();
    // Later seasons find a little more.
    let seasons = cumulative((0..SEASONS).map(|i| 8.0 + f64::from(i)));

    let mut out = Vec::with_capacity(records);
    for line in 0..records {
        let ti = rng.pick(&teams);
        let team = Team::ALL[ti];
        let provs = team.provinces();
        let province = provs[rng.pick(&team_provinces[ti]).min(provs.len() - 1)];
        let season = Season::new(FIRST_SEASON + rng.pick(&seasons) as u16);
        let y = season.first_year();
        let phase = if rng.unit() < 0.4 { Phase::First } else { Phase::Second };
        let date = match phase {
            // November 1 to January 31: 92 days.
            Phase::First => day_after(y, 11, rng.below(92) as u32),
            // February 1 to June 30.
            Phase::Second => {
                let len = 150 + u32::from(days_in_month(y + 1, 2) == 29);
                day_after(y + 1, 2, rng.below(u64::from(len)) as u32)
            }
        };
        let cs = &clusters[usize::from(province.number() - 1)];
        let around =
            if rng.unit() < 0.75 && !cs.is_empty() { Some(cs[rng.below(cs.len() as u64) as usize]) } else { None };
        let (lon, lat) = point_in(&mut rng, province, around);
        let u = rng.unit();
        let remains = if u < 0.78 {
            1
        } else if u < 0.9 {
            2
        } else if u < 0.95 {
            3
        } else if u < 0.997 {
            4 + rng.below(5) as u32
        } else {
            10 + rng.below(21) as u32
        };
        let identified = if rng.unit() < 0.03 { 1 + rng.below(u64::from(remains).min(2)) as u32 } else { 0 };
        let district = (rng.unit() < 0.7).then(|| format!("Srok {}", 1 + rng.below(8)));
        let village = (rng.unit() < 0.6).then(|| format!("Phum {}", 1 + rng.below(40)));
        out.push(Record {
            line: line as u32 + 3,
            date,
            season: Some(season),
            phase: Some(phase),
            team: Some(TeamRef::Known(team)),
            military_region: Some(team.military_region()),
            province: Some(province),
            district,
            village,
            lat: Some(lat),
            lon: Some(lon),
            remains,
            identified: Some(identified),
            note: (remains >= 10).then(|| "mộ tập thể".to_string()),
            ..Record::default()
        });
    }
    out
}

/// The day `offset` days after the first of `month` in `year`.
fn day_after(mut year: u16, mut month: u8, mut offset: u32) -> Option<Date> {
    loop {
        let len = u32::from(days_in_month(year, month));
        if len == 0 {
            return None;
        }
        if offset < len {
            return Date::from_ymd(year, month, offset as u8 + 1);
        }
        offset -= len;
        month += 1;
        if month > 12 {
            month = 1;
            year += 1;
        }
    }
}

/// Writes records as CSV with the columns [`COLUMNS`], dates day first (`06/11/2025`).
pub fn to_csv(records: &[Record], comment: &str) -> String {
    let mut s = String::with_capacity(records.len() * 96 + 256);
    for line in comment.lines() {
        let _ = writeln!(s, "# {line}");
    }
    s.push_str(COLUMNS);
    s.push('\n');
    let field = |v: &str| -> String {
        if v.contains([',', '"', '\n', '\r']) {
            format!("\"{}\"", v.replace('"', "\"\""))
        } else {
            v.to_string()
        }
    };
    for r in records {
        if let Some(Date { year, month: Some(m), day: Some(d) }) = r.date {
            let _ = write!(s, "{d:02}/{m:02}/{year}");
        }
        s.push(',');
        if let Some(season) = r.season {
            let _ = write!(s, "{season}");
        }
        s.push(',');
        if let Some(phase) = r.phase {
            s.push_str(phase.label(crate::lang::Lang::Vi));
        }
        s.push(',');
        match &r.team {
            Some(TeamRef::Known(t)) => s.push_str(t.code()),
            Some(TeamRef::Other(o)) => s.push_str(&field(o)),
            None => {}
        }
        s.push(',');
        if let Some(p) = r.province {
            s.push_str(&field(p.name(crate::lang::Lang::En)));
        }
        for v in [&r.district, &r.village] {
            s.push(',');
            if let Some(v) = v {
                s.push_str(&field(v));
            }
        }
        s.push(',');
        if let (Some(lat), Some(lon)) = (r.lat, r.lon) {
            let _ = write!(s, "{lat:.5},{lon:.5}");
        } else {
            s.push(',');
        }
        let _ = write!(s, ",{},", r.remains);
        if let Some(i) = r.identified {
            let _ = write!(s, "{i}");
        }
        s.push(',');
        if let Some(n) = &r.note {
            s.push_str(&field(n));
        }
        s.push('\n');
    }
    s
}

/// `records` synthetic finds from `seed` as CSV (see [`COLUMNS`]), after a `#` comment line
/// that says the data is made up.
pub fn generate(records: usize, seed: u64) -> String {
    let comment = format!(
        "SYNTHETIC SAMPLE DATA, generated by repatria (seed {seed}, {records} records): every date, place, \
         coordinate and number is made up. These are NOT real figures."
    );
    to_csv(&generate_records(records, seed), &comment)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_fall_in_their_phase() {
        for r in generate_records(500, 3) {
            let d = r.date.expect("date");
            let m = d.month.expect("month");
            let y = r.season.expect("season").first_year();
            match r.phase.expect("phase") {
                Phase::First => assert!((m >= 11 && d.year == y) || (m == 1 && d.year == y + 1), "{d:?}"),
                Phase::Second => assert!((2..=6).contains(&m) && d.year == y + 1, "{d:?}"),
            }
            assert!(r.identified.unwrap_or(0) <= r.remains);
        }
    }

    #[test]
    fn day_after_crosses_months_and_years() {
        assert_eq!(day_after(2024, 11, 0), Date::from_ymd(2024, 11, 1));
        assert_eq!(day_after(2024, 11, 91), Date::from_ymd(2025, 1, 31));
        assert_eq!(day_after(2024, 2, 149 + 1), Date::from_ymd(2024, 6, 30));
    }
}
