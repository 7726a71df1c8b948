//! A dataset: records stored by column, so that a million finds take little memory and
//! aggregation reads only the columns it needs. The columns most records leave empty are
//! sparse (`sparse.rs`); the dataset's binary form (`binary.rs`) carries it between a worker
//! and the page.

mod binary;
mod sparse;

use crate::date::Date;
use crate::province::Province;
use crate::record::{Record, TeamRef};
use crate::season::{Phase, Season};
use crate::team::{MilitaryRegion, Team};

pub use binary::{DATE_YEARS, INCONSISTENT, SEASON_YEARS};
use sparse::SparseColumn;

/// The free-text fields, stored sparsely (most rows leave most of them empty).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TextField {
    /// District.
    District,
    /// Commune.
    Commune,
    /// Village.
    Village,
    /// Informant.
    Informant,
    /// Reception cemetery.
    Cemetery,
    /// Note.
    Note,
}

impl TextField {
    /// All text fields.
    pub const ALL: [TextField; 6] = [
        TextField::District,
        TextField::Commune,
        TextField::Village,
        TextField::Informant,
        TextField::Cemetery,
        TextField::Note,
    ];
}

const NO_COUNT: u32 = u32::MAX;

/// Team column code: 0 none, 1..=11 the known teams in [`Team::ALL`] order, 12 + i the
/// i-th other team name.
fn team_code(team: &Option<TeamRef>, others: &mut Vec<String>) -> u16 {
    match team {
        None => 0,
        Some(TeamRef::Known(t)) => Team::ALL.iter().position(|x| x == t).map_or(0, |i| i as u16 + 1),
        Some(TeamRef::Other(name)) => {
            let i = others.iter().position(|o| o == name).unwrap_or_else(|| {
                others.push(name.clone());
                others.len() - 1
            });
            12 + i.min(usize::from(u16::MAX - 12)) as u16
        }
    }
}

fn pack_date(d: &Date) -> u32 {
    (u32::from(d.year) << 9) | (u32::from(d.month.unwrap_or(0)) << 5) | u32::from(d.day.unwrap_or(0))
}

fn unpack_date(v: u32) -> Option<Date> {
    if v == 0 {
        return None;
    }
    let (year, month, day) = ((v >> 9) as u16, ((v >> 5) & 0xf) as u8, (v & 0x1f) as u8);
    Some(Date { year, month: (month > 0).then_some(month), day: (day > 0).then_some(day) })
}

const NO_COORD: [f32; 2] = [f32::MAX, f32::MAX];
const NO_TEXT: u32 = u32::MAX;

/// Records by column. Every column has one entry per record, except coordinates and text,
/// which are kept only for the records that have them (or densely once most records do).
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Dataset {
    line: Vec<u32>,
    remains: Vec<u32>,
    identified: Vec<u32>,
    season: Vec<u16>,
    date: Vec<u32>,
    phase: Vec<u8>,
    team: Vec<u16>,
    region: Vec<u8>,
    province: Vec<u8>,
    other_teams: Vec<String>,
    /// [longitude, latitude] of the records with coordinates.
    coords: SparseColumn<[f32; 2]>,
    /// Per text field, the interned string of the records that have one.
    texts: [SparseColumn<u32>; 6],
    strings: Vec<String>,
    string_ids: StringIds,
}

/// The ids of `strings` by text, for [`Dataset::intern`]: built when first needed, so that a
/// dataset loaded only to be drawn (the chart module) never builds it, and that module has no
/// hash table code.
#[derive(Clone, Debug, Default)]
struct StringIds {
    ids: std::collections::HashMap<String, u32, crate::hash::FxBuild>,
    /// How many of the dataset's strings are in `ids`.
    indexed: usize,
}

/// Derived from the strings, which the dataset compares.
impl PartialEq for StringIds {
    fn eq(&self, _: &StringIds) -> bool {
        true
    }
}

impl Dataset {
    /// An empty dataset.
    pub fn new() -> Dataset {
        Dataset::default()
    }

    /// Number of records.
    pub fn len(&self) -> usize {
        self.remains.len()
    }

    /// Whether there are no records.
    pub fn is_empty(&self) -> bool {
        self.remains.is_empty()
    }

    /// Makes room for `n` more records in the columns every record fills (a reader that can
    /// estimate the number of records saves the copies of growing them).
    pub fn reserve(&mut self, n: usize) {
        self.line.reserve(n);
        self.remains.reserve(n);
        self.identified.reserve(n);
        self.season.reserve(n);
        self.date.reserve(n);
        self.phase.reserve(n);
        self.team.reserve(n);
        self.region.reserve(n);
        self.province.reserve(n);
    }

    /// Adds a record at the end.
    pub fn push(&mut self, r: &Record) {
        let texts = TextField::ALL.map(|field| match field {
            TextField::District => r.district.as_deref(),
            TextField::Commune => r.commune.as_deref(),
            TextField::Village => r.village.as_deref(),
            TextField::Informant => r.informant.as_deref(),
            TextField::Cemetery => r.cemetery.as_deref(),
            TextField::Note => r.note.as_deref(),
        });
        let ids = texts.map(|t| t.map(|s| self.intern(s)));
        self.push_with_text_ids(r, ids);
    }

    /// The id of text `s` among the dataset's strings, adding it if new.
    pub(crate) fn intern(&mut self, s: &str) -> u32 {
        let index = &mut self.string_ids;
        while index.indexed < self.strings.len() {
            index.ids.insert(self.strings[index.indexed].clone(), index.indexed as u32);
            index.indexed += 1;
        }
        match index.ids.get(s) {
            Some(&id) => id,
            None => {
                let id = self.strings.len() as u32;
                self.strings.push(s.to_owned());
                index.ids.insert(s.to_owned(), id);
                index.indexed += 1;
                id
            }
        }
    }

    /// The text of string id `id` (from [`Dataset::intern`]).
    pub(crate) fn string(&self, id: u32) -> Option<&str> {
        self.strings.get(id as usize).map(String::as_str)
    }

    /// Adds a record at the end with its text fields as ids from [`Dataset::intern`] (by
    /// [`TextField::ALL`] order); the record's own text fields are ignored.
    pub(crate) fn push_with_text_ids(&mut self, r: &Record, ids: [Option<u32>; 6]) {
        let i = self.len() as u32;
        self.line.push(r.line);
        self.remains.push(r.remains);
        self.identified.push(r.identified.unwrap_or(NO_COUNT));
        self.season.push(r.season.map_or(0, |s| s.first_year()));
        self.date.push(r.date.as_ref().map_or(0, pack_date));
        self.phase.push(r.phase.map_or(0, |p| p.number()));
        self.team.push(team_code(&r.team, &mut self.other_teams));
        self.region.push(r.military_region.map_or(0, |m| m.number()));
        self.province.push(r.province.map_or(0, |p| p.number()));
        let coords = match (r.lat, r.lon) {
            (Some(lat), Some(lon)) => Some([lon as f32, lat as f32]),
            _ => None,
        };
        self.coords.push(i, coords, NO_COORD);
        for (k, id) in ids.into_iter().enumerate() {
            self.texts[k].push(i, id, NO_TEXT);
        }
    }

    /// Adds the records of `other` at the end, their lines shifted by `line_offset`, as if
    /// they had been pushed here: text ids and other teams' codes are renumbered, new texts and
    /// team names added in their order of first appearance. Nothing is added, and `false`
    /// returned, when `other` has too many other team names for its codes to tell them apart
    /// (see [`Dataset::team_codes`]) or the records would be more than `u32::MAX`.
    #[cfg(not(target_arch = "wasm32"))]
    pub(crate) fn append(&mut self, other: &Dataset, line_offset: u32) -> bool {
        let (len, other_len) = (self.len(), other.len());
        let Some(total) = len.checked_add(other_len).filter(|&n| n <= u32::MAX as usize) else {
            return false;
        };
        if other.other_teams.len() > usize::from(u16::MAX - 12) {
            return false;
        }
        let lens = (len as u32, other_len as u32);
        let teams: Vec<u16> = other
            .other_teams
            .iter()
            .map(|name| team_code(&Some(TeamRef::Other(name.clone())), &mut self.other_teams))
            .collect();
        let ids: Vec<u32> = other.strings.iter().map(|s| self.intern(s)).collect();
        self.line.extend(other.line.iter().map(|&l| l.saturating_add(line_offset)));
        self.remains.extend_from_slice(&other.remains);
        self.identified.extend_from_slice(&other.identified);
        self.season.extend_from_slice(&other.season);
        self.date.extend_from_slice(&other.date);
        self.phase.extend_from_slice(&other.phase);
        self.team.extend(other.team.iter().map(|&c| if c < 12 { c } else { teams[usize::from(c - 12)] }));
        self.region.extend_from_slice(&other.region);
        self.province.extend_from_slice(&other.province);
        self.coords.append(lens, &other.coords, NO_COORD, |v| v);
        for (k, texts) in self.texts.iter_mut().enumerate() {
            texts.append(lens, &other.texts[k], NO_TEXT, |id| ids[id as usize]);
        }
        debug_assert_eq!(self.len(), total);
        true
    }

    /// Builds a dataset from records.
    pub fn from_records<'a>(records: impl IntoIterator<Item = &'a Record>) -> Dataset {
        let mut d = Dataset::new();
        for r in records {
            d.push(r);
        }
        d
    }

    /// Record `i` rebuilt from the columns (`None` past the end).
    pub fn record(&self, i: usize) -> Option<Record> {
        if i >= self.len() {
            return None;
        }
        let mut r = Record {
            line: self.line[i],
            date: unpack_date(self.date[i]),
            season: self.season(i),
            phase: match self.phase[i] {
                1 => Some(Phase::First),
                2 => Some(Phase::Second),
                _ => None,
            },
            team: self.team_ref(i),
            military_region: MilitaryRegion::from_number(self.region[i]),
            province: self.province(i),
            remains: self.remains[i],
            identified: self.identified(i),
            ..Record::default()
        };
        if let Some([lon, lat]) = self.coords.get(i, NO_COORD) {
            r.lon = Some(f64::from(lon));
            r.lat = Some(f64::from(lat));
        }
        for (k, field) in TextField::ALL.iter().enumerate() {
            let s = self.texts[k].get(i, NO_TEXT).map(|id| self.strings[id as usize].clone());
            match field {
                TextField::District => r.district = s,
                TextField::Commune => r.commune = s,
                TextField::Village => r.village = s,
                TextField::Informant => r.informant = s,
                TextField::Cemetery => r.cemetery = s,
                TextField::Note => r.note = s,
            }
        }
        Some(r)
    }

    /// All records, rebuilt (for export and tests; charts read columns).
    pub fn records(&self) -> impl Iterator<Item = Record> + '_ {
        (0..self.len()).filter_map(|i| self.record(i))
    }

    /// The source line of record `i`.
    pub fn line(&self, i: usize) -> u32 {
        self.line[i]
    }

    /// Sets of remains of record `i`.
    pub fn remains(&self, i: usize) -> u32 {
        self.remains[i]
    }

    /// How many of record `i`'s remains were identified by name, if known.
    pub fn identified(&self, i: usize) -> Option<u32> {
        Some(self.identified[i]).filter(|&v| v != NO_COUNT)
    }

    /// The season of record `i`.
    pub fn season(&self, i: usize) -> Option<Season> {
        Some(self.season[i]).filter(|&y| y != 0).map(Season::new)
    }

    /// The date of record `i`.
    pub fn date(&self, i: usize) -> Option<Date> {
        unpack_date(self.date[i])
    }

    /// The province of record `i`; `None` is "unknown province".
    pub fn province(&self, i: usize) -> Option<Province> {
        Province::from_number(self.province[i])
    }

    /// The military region of record `i`.
    pub fn military_region(&self, i: usize) -> Option<MilitaryRegion> {
        MilitaryRegion::from_number(self.region[i])
    }

    /// The team of record `i`.
    pub fn team_ref(&self, i: usize) -> Option<TeamRef> {
        match self.team[i] {
            0 => None,
            c @ 1..=11 => Some(TeamRef::Known(Team::ALL[usize::from(c - 1)])),
            c => self.other_teams.get(usize::from(c - 12)).map(|s| TeamRef::Other(s.clone())),
        }
    }

    /// The team column: 0 none, 1..=11 the known teams in [`Team::ALL`] order, 12 and up
    /// other names (see [`Dataset::other_teams`]).
    pub fn team_codes(&self) -> &[u16] {
        &self.team
    }

    /// The province column: 0 unknown, 1..=25 the ISO 3166-2:KH number.
    pub fn province_numbers(&self) -> &[u8] {
        &self.province
    }

    /// The season column: the season's first year, 0 when unknown.
    pub fn season_years(&self) -> &[u16] {
        &self.season
    }

    /// The remains column.
    pub fn remains_column(&self) -> &[u32] {
        &self.remains
    }

    /// Team names that are not one of the eleven, in order of first appearance.
    pub fn other_teams(&self) -> &[String] {
        &self.other_teams
    }

    /// The values of one text field: (record index, text), in record order.
    pub fn texts(&self, field: TextField) -> impl Iterator<Item = (usize, &str)> + '_ {
        let k = TextField::ALL.iter().position(|f| *f == field).unwrap_or(0);
        self.texts[k].iter(NO_TEXT).map(|(i, id)| (i as usize, self.strings[id as usize].as_str()))
    }

    /// Records with coordinates: (record index, longitude, latitude), in record order.
    pub fn coordinates(&self) -> impl Iterator<Item = (u32, f32, f32)> + '_ {
        self.coords.iter(NO_COORD).map(|(i, [lon, lat])| (i, lon, lat))
    }

    /// Total sets of remains.
    pub fn total_remains(&self) -> u64 {
        self.remains.iter().map(|&v| u64::from(v)).sum()
    }

    /// Approximate heap memory held, in bytes.
    pub fn heap_bytes(&self) -> usize {
        self.line.capacity() * 4
            + self.remains.capacity() * 4
            + self.identified.capacity() * 4
            + self.season.capacity() * 2
            + self.date.capacity() * 4
            + self.phase.capacity()
            + self.team.capacity() * 2
            + self.region.capacity()
            + self.province.capacity()
            + self.coords.heap_bytes()
            + self.texts.iter().map(SparseColumn::heap_bytes).sum::<usize>()
            + self.strings.iter().map(|s| s.capacity() * 2 + 48).sum::<usize>()
            + self.other_teams.iter().map(|s| s.capacity() + 24).sum::<usize>()
    }

    /// Frees spare capacity after loading.
    pub fn shrink_to_fit(&mut self) {
        self.line.shrink_to_fit();
        self.remains.shrink_to_fit();
        self.identified.shrink_to_fit();
        self.season.shrink_to_fit();
        self.date.shrink_to_fit();
        self.phase.shrink_to_fit();
        self.team.shrink_to_fit();
        self.region.shrink_to_fit();
        self.province.shrink_to_fit();
        let n = self.len();
        self.coords.settle(n, NO_COORD);
        for t in &mut self.texts {
            t.settle(n, NO_TEXT);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    #[cfg(not(target_arch = "wasm32"))]
    fn appended_records_are_as_if_pushed() {
        let rec = |line: u32, team: &str, village: Option<&str>, point: bool| Record {
            line,
            team: Some(match Team::parse(team) {
                Some(t) => TeamRef::Known(t),
                None => TeamRef::Other(team.into()),
            }),
            village: village.map(Into::into),
            note: (line % 3 == 0).then(|| format!("n{}", line % 2)),
            lat: point.then_some(11.5),
            lon: point.then_some(104.9),
            remains: line,
            ..Record::default()
        };
        let first = [rec(2, "K92", Some("A"), true), rec(3, "X", None, false), rec(4, "Y", Some("B"), true)];
        let second = [rec(1, "Y", Some("C"), true), rec(2, "Z", Some("A"), true), rec(3, "X", None, true)];
        let shifted: Vec<Record> = second.iter().map(|r| Record { line: r.line + 10, ..r.clone() }).collect();
        let mut all = Dataset::from_records(first.iter().chain(&shifted));
        // Both still loading (sparse columns), and either one settled (dense coordinates).
        for (settle_a, settle_b) in [(false, false), (true, false), (false, true), (true, true)] {
            let (mut a, mut b) = (Dataset::from_records(&first), Dataset::from_records(&second));
            if settle_a {
                a.shrink_to_fit();
            }
            if settle_b {
                b.shrink_to_fit();
            }
            assert!(a.append(&b, 10));
            if !settle_a {
                assert_eq!(a, all, "{settle_a} {settle_b}");
            }
            a.shrink_to_fit();
            all.shrink_to_fit();
            assert_eq!(a, all, "{settle_a} {settle_b}");
            assert_eq!(a.to_bytes(), all.to_bytes());
            all = Dataset::from_records(first.iter().chain(&shifted));
        }
        // Team codes that no longer tell names apart are refused, nothing added.
        let mut many = Dataset::from_records(&second);
        many.other_teams.extend((0..u16::MAX - 12).map(|i| format!("T{i}")));
        let mut a = Dataset::from_records(&first);
        assert!(!a.append(&many, 0));
        assert_eq!(a, Dataset::from_records(&first));
    }

    #[test]
    fn records_round_trip_through_columns() {
        let a = Record {
            line: 2,
            date: Date::from_ymd(2025, 11, 6),
            season: Some(Season::new(2025)),
            phase: Some(Phase::First),
            team: Some(TeamRef::Known(Team::K92)),
            military_region: Some(MilitaryRegion::R9),
            province: Province::from_number(7),
            village: Some("Phum Thmei".into()),
            lat: Some(10.6),
            lon: Some(104.2),
            remains: 3,
            identified: Some(1),
            note: Some("x".into()),
            ..Record::default()
        };
        let b = Record { line: 3, team: Some(TeamRef::Other("K99".into())), remains: 1, ..Record::default() };
        let d = Dataset::from_records([&a, &b]);
        assert_eq!(d.len(), 2);
        let ra = d.record(0).unwrap();
        assert_eq!(ra.village.as_deref(), Some("Phum Thmei"));
        assert!((ra.lat.unwrap() - 10.6).abs() < 1e-5);
        assert_eq!(Record { lat: None, lon: None, ..ra }, Record { lat: None, lon: None, ..a });
        assert_eq!(d.record(1).unwrap(), b);
        assert_eq!(d.total_remains(), 4);
        assert!(d.record(2).is_none());
        let bytes = d.to_bytes();
        assert_eq!(Dataset::from_bytes(&bytes), Some(d.clone()));
        for cut in [0, 3, 4, 10, bytes.len() - 1] {
            assert_eq!(Dataset::from_bytes(&bytes[..cut]), None, "truncated at {cut}");
        }
    }
}
