//! Aggregates, built once when data loads: a cube of sums by time × team × province, from
//! which every chart and map reads its numbers, filtered, without another pass over the
//! records.

use serde::{Deserialize, Serialize};

use crate::dataset::Dataset;
use crate::province::Province;
use crate::season::Season;
use crate::team::{MilitaryRegion, Team};

/// Team slots in the cube: 0 no team, 1..=11 the known teams ([`Team::ALL`] order), 12 any
/// other name.
pub const TEAM_SLOTS: usize = 13;
/// Province slots: 0 unknown, 1..=25 by ISO 3166-2:KH number.
pub const PROVINCE_SLOTS: usize = 26;

/// The time axis of a cube.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum TimeAxis {
    /// Dry seasons (September to August by default).
    #[default]
    Season,
    /// Calendar years (only records with a date).
    Year,
}

/// Sums over the records of one cell.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Cell {
    /// Records.
    pub records: u64,
    /// Sets of remains.
    pub remains: u64,
    /// Sets identified by name, where the record says.
    pub identified: u64,
    /// Sets of remains in records that say how many were identified.
    pub remains_with_identification: u64,
}

impl Cell {
    fn add(&mut self, o: &Cell) {
        self.records += o.records;
        self.remains += o.remains;
        self.identified += o.identified;
        self.remains_with_identification += o.remains_with_identification;
    }
}

/// What to keep: empty lists keep everything.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Filter {
    /// Seasons to keep (by first year on a season cube, by year on a year cube).
    pub seasons: Vec<Season>,
    /// Teams to keep.
    pub teams: Vec<Team>,
    /// Provinces to keep.
    pub provinces: Vec<Province>,
}

impl Filter {
    /// Whether nothing is filtered.
    pub fn is_empty(&self) -> bool {
        self.seasons.is_empty() && self.teams.is_empty() && self.provinces.is_empty()
    }
}

/// Sums by time × team × province. Time slot 0 holds records with no season (or year); slot
/// `t` ≥ 1 the records of `years[t - 1]`: one slot per year with data, so that the cube's size
/// follows the years present, not their span.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Cube {
    axis: TimeAxis,
    /// The years with data, ascending.
    years: Vec<u16>,
    /// Time slots: one more than `years`.
    times: usize,
    cells: Vec<Cell>,
    other_teams: Vec<String>,
}

fn slot(t: usize, team: usize, prov: usize) -> usize {
    (t * TEAM_SLOTS + team) * PROVINCE_SLOTS + prov
}

impl Cube {
    /// Builds the cube of `data` on `axis` in one pass over the columns.
    pub fn build(data: &Dataset, axis: TimeAxis) -> Cube {
        let year_of = |i: usize| -> u16 {
            match axis {
                TimeAxis::Season => data.season_years()[i],
                TimeAxis::Year => data.date(i).map_or(0, |d| d.year),
            }
        };
        let n = data.len();
        // The time slot of each year: first marked where a year has data, then numbered.
        let mut slot_of = vec![0u16; 1 << 16];
        for i in 0..n {
            slot_of[usize::from(year_of(i))] = 1;
        }
        slot_of[0] = 0;
        let mut years = Vec::new();
        for (y, s) in slot_of.iter_mut().enumerate() {
            if *s != 0 {
                years.push(y as u16);
                *s = years.len() as u16;
            }
        }
        let times = years.len() + 1;
        let mut cells = vec![Cell::default(); times * TEAM_SLOTS * PROVINCE_SLOTS];
        let (teams, provs, remains) = (data.team_codes(), data.province_numbers(), data.remains_column());
        for i in 0..n {
            let t = usize::from(slot_of[usize::from(year_of(i))]);
            let team = usize::from(teams[i]).min(TEAM_SLOTS - 1);
            let c = &mut cells[slot(t, team, usize::from(provs[i]))];
            let r = u64::from(remains[i]);
            c.records += 1;
            c.remains += r;
            if let Some(id) = data.identified(i) {
                c.identified += u64::from(id);
                c.remains_with_identification += r;
            }
        }
        Cube { axis, years, times, cells, other_teams: data.other_teams().to_vec() }
    }

    /// The cube's time axis.
    pub fn axis(&self) -> TimeAxis {
        self.axis
    }

    /// The years (season first years, or calendar years) from the first to the last with data.
    pub fn years(&self) -> std::ops::RangeInclusive<u16> {
        match (self.years.first(), self.years.last()) {
            (Some(&first), Some(&last)) => first..=last,
            #[allow(clippy::reversed_empty_ranges)]
            _ => 1..=0,
        }
    }

    /// Heap memory held, in bytes (the cells, the years, the other teams' names).
    pub fn heap_bytes(&self) -> usize {
        self.cells.capacity() * std::mem::size_of::<Cell>()
            + self.years.capacity() * 2
            + self.other_teams.iter().map(|s| s.capacity() + 24).sum::<usize>()
    }

    fn keep(&self, filter: &Filter, t: usize, team: usize, prov: usize) -> bool {
        let t_ok =
            filter.seasons.is_empty() || (t > 0 && filter.seasons.iter().any(|s| s.first_year() == self.years[t - 1]));
        let team_ok =
            filter.teams.is_empty() || (1..=11).contains(&team) && filter.teams.contains(&Team::ALL[team - 1]);
        let prov_ok = filter.provinces.is_empty() || filter.provinces.iter().any(|p| usize::from(p.number()) == prov);
        t_ok && team_ok && prov_ok
    }

    /// Sums every kept cell into `n` bins, bin `key(time slot, team slot, province slot)`.
    fn dense(&self, filter: &Filter, n: usize, key: impl Fn(usize, usize, usize) -> usize) -> Vec<Cell> {
        let mut out = vec![Cell::default(); n];
        for t in 0..self.times {
            for team in 0..TEAM_SLOTS {
                for prov in 0..PROVINCE_SLOTS {
                    let c = &self.cells[slot(t, team, prov)];
                    if c.records == 0 || !self.keep(filter, t, team, prov) {
                        continue;
                    }
                    if let Some(o) = out.get_mut(key(t, team, prov)) {
                        o.add(c);
                    }
                }
            }
        }
        out
    }

    /// The total over kept cells.
    pub fn total(&self, filter: &Filter) -> Cell {
        self.dense(filter, 1, |_, _, _| 0).first().copied().unwrap_or_default()
    }

    /// One entry per year from the first to the last with data (gaps are `None`), plus the
    /// total of records with no time.
    pub fn by_time(&self, filter: &Filter) -> (Vec<(u16, Option<Cell>)>, Cell) {
        let m = self.dense(filter, self.times, |t, _, _| t);
        let mut slots = self.years.iter().zip(m.get(1..).unwrap_or_default()).peekable();
        let series = self
            .years()
            .map(|y| {
                let cell = slots.next_if(|(&year, _)| year == y).map(|(_, c)| *c);
                (y, cell.filter(|c| c.records > 0))
            })
            .collect();
        (series, m.first().copied().unwrap_or_default())
    }

    /// Per (year, team slot), for the cells with records.
    pub fn by_time_team(&self, filter: &Filter) -> Sums<(u16, usize)> {
        let m = self.dense(filter, self.times * TEAM_SLOTS, |t, team, _| t * TEAM_SLOTS + team);
        let entries = m
            .into_iter()
            .enumerate()
            .filter(|(i, c)| c.records > 0 && *i >= TEAM_SLOTS)
            .map(|(i, c)| ((self.years[i / TEAM_SLOTS - 1], i % TEAM_SLOTS), c))
            .collect();
        Sums { entries }
    }

    /// Per province slot (0 = unknown), for the provinces with records.
    pub fn by_province(&self, filter: &Filter) -> Sums<usize> {
        Sums::from_dense(self.dense(filter, PROVINCE_SLOTS, |_, _, p| p))
    }

    /// Per team slot (0 = none, 12 = other names), for the teams with records.
    pub fn by_team(&self, filter: &Filter) -> Sums<usize> {
        Sums::from_dense(self.dense(filter, TEAM_SLOTS, |_, team, _| team))
    }

    /// Team names outside the eleven, which share team slot 12.
    pub fn other_teams(&self) -> &[String] {
        &self.other_teams
    }
}

/// Sums by key, in key order, for the keys with records.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Sums<K> {
    entries: Vec<(K, Cell)>,
}

impl Sums<usize> {
    fn from_dense(m: Vec<Cell>) -> Sums<usize> {
        Sums { entries: m.into_iter().enumerate().filter(|(_, c)| c.records > 0).collect() }
    }
}

impl<K: PartialEq> Sums<K> {
    /// The sums for `key`, if it has records.
    pub fn get(&self, key: &K) -> Option<&Cell> {
        self.entries.iter().find(|e| &e.0 == key).map(|e| &e.1)
    }

    /// (key, sums) in key order.
    pub fn iter(&self) -> impl Iterator<Item = (&K, &Cell)> {
        self.entries.iter().map(|(k, c)| (k, c))
    }

    /// The keys, in order.
    pub fn keys(&self) -> impl Iterator<Item = &K> {
        self.entries.iter().map(|e| &e.0)
    }

    /// The sums, in key order.
    pub fn values(&self) -> impl Iterator<Item = &Cell> {
        self.entries.iter().map(|e| &e.1)
    }

    /// Number of keys with records.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// Whether no key has records.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }
}

impl<K: PartialEq> std::ops::Index<&K> for Sums<K> {
    type Output = Cell;

    fn index(&self, key: &K) -> &Cell {
        self.get(key).expect("no sums for that key")
    }
}

/// The known team in a team slot.
pub fn team_of_slot(slot: usize) -> Option<Team> {
    (1..=11).contains(&slot).then(|| Team::ALL[slot - 1])
}

/// The military region of a team slot.
pub fn region_of_slot(slot: usize) -> Option<MilitaryRegion> {
    team_of_slot(slot).map(Team::military_region)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::record::{Record, TeamRef};

    fn rec(season: u16, team: Team, prov: u8, remains: u32) -> Record {
        Record {
            season: (season > 0).then(|| Season::new(season)),
            team: Some(TeamRef::Known(team)),
            province: Province::from_number(prov),
            remains,
            ..Record::default()
        }
    }

    #[test]
    fn an_empty_cube_answers_every_query() {
        for cube in [Cube::default(), Cube::build(&Dataset::new(), TimeAxis::Year)] {
            let all = Filter::default();
            assert_eq!(cube.by_time(&all), (Vec::new(), Cell::default()));
            assert_eq!(cube.total(&all), Cell::default());
            assert!(
                cube.by_time_team(&all).is_empty()
                    && cube.by_province(&all).is_empty()
                    && cube.by_team(&all).is_empty()
            );
        }
    }

    /// Seasons 1 and 65535 (what a damaged packed file can hold) take cubes of two time slots,
    /// not one per year of the span (which took 1.4 GB in the browser).
    #[test]
    fn cubes_are_sized_by_the_years_present_not_their_span() {
        let data = Dataset::from_records(&[rec(1, Team::K92, 7, 3), rec(65535, Team::K71, 9, 4)]);
        let aggregates = Aggregates::build(&data);
        assert!(aggregates.heap_bytes() < 200_000, "{} bytes", aggregates.heap_bytes());
        assert_eq!(aggregates.by_season.total(&Filter::default()).remains, 7);
        let (times, _) = aggregates.by_season.by_time(&Filter::default());
        assert_eq!(times.iter().flat_map(|(_, c)| c.map(|c| c.remains)).sum::<u64>(), 7);
    }

    #[test]
    fn totals_reconcile_and_gaps_stay_gaps() {
        let recs = [
            rec(2018, Team::K92, 7, 5),
            rec(2020, Team::K71, 17, 3),
            rec(2020, Team::K92, 0, 2),
            rec(0, Team::K90, 8, 4),
        ];
        let d = Dataset::from_records(recs.iter());
        let cube = Cube::build(&d, TimeAxis::Season);
        let all = Filter::default();
        let (series, none) = cube.by_time(&all);
        assert_eq!(
            series.iter().map(|(y, c)| (*y, c.map(|c| c.remains))).collect::<Vec<_>>(),
            vec![(2018, Some(5)), (2019, None), (2020, Some(5))]
        );
        assert_eq!(none.remains, 4);
        let by_p: u64 = cube.by_province(&all).values().map(|c| c.remains).sum();
        assert_eq!(by_p, 14);
        assert_eq!(cube.by_province(&all)[&0].remains, 2, "unknown province counted");
        let k92 = Filter { teams: vec![Team::K92], ..Filter::default() };
        assert_eq!(cube.total(&k92).remains, 7);
        let s2020 = Filter { seasons: vec![Season::new(2020)], ..Filter::default() };
        assert_eq!(cube.total(&s2020).remains, 5);
    }
}

/// The cubes a dataset's charts and maps read: by dry season and by calendar year.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Aggregates {
    /// Sums by season × team × province.
    pub by_season: Cube,
    /// Sums by calendar year × team × province.
    pub by_year: Cube,
    /// The sources cited in the records, for the charts' source line.
    pub sources: Vec<crate::source::Source>,
}

impl Aggregates {
    /// Builds both cubes (two passes over the columns).
    pub fn build(data: &Dataset) -> Aggregates {
        Aggregates {
            by_season: Cube::build(data, TimeAxis::Season),
            by_year: Cube::build(data, TimeAxis::Year),
            sources: crate::source::sources(data),
        }
    }

    /// Heap memory held by both cubes, in bytes.
    pub fn heap_bytes(&self) -> usize {
        self.by_season.heap_bytes() + self.by_year.heap_bytes()
    }

    /// The cube for a time axis.
    pub fn cube(&self, axis: TimeAxis) -> &Cube {
        match axis {
            TimeAxis::Season => &self.by_season,
            TimeAxis::Year => &self.by_year,
        }
    }
}
