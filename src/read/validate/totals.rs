//! The sums kept while reading, turned into the report's `by_…` lists at the end.

use std::collections::BTreeMap;

use crate::province::Province;
use crate::record::{Record, TeamRef};
use crate::season::{Season, MAX_FIRST_YEAR};
use crate::team::Team;

use super::super::Report;

/// The first season the tally table holds: that of a date in January 1900 (the earliest date).
const FIRST_TALLY_YEAR: u16 = crate::date::MIN_YEAR - 1;

/// Sums of sets of remains by season, province and team.
pub(super) struct Tally {
    /// Index: first year − [`FIRST_TALLY_YEAR`] + 1; 0 unknown.
    seasons: Vec<u64>,
    /// Seasons outside the table (none from the parsers; kept so that totals always add up).
    other_seasons: BTreeMap<u16, u64>,
    provinces: [u64; 26],
    /// 0 no team, 1..=11 known.
    teams: [u64; 12],
    other_teams: Vec<(String, u64)>,
}

impl Tally {
    pub(super) fn new() -> Tally {
        Tally {
            seasons: vec![0; usize::from(MAX_FIRST_YEAR - FIRST_TALLY_YEAR) + 3],
            other_seasons: BTreeMap::new(),
            provinces: [0; 26],
            teams: [0; 12],
            other_teams: Vec::new(),
        }
    }

    /// Counts an accepted record.
    pub(super) fn add(&mut self, r: &Record) {
        let n = u64::from(r.remains);
        let t = self;
        match r.season.map(Season::first_year) {
            None => t.seasons[0] += n,
            Some(y) => match y.checked_sub(FIRST_TALLY_YEAR).and_then(|i| t.seasons.get_mut(usize::from(i) + 1)) {
                Some(slot) => *slot += n,
                None => *t.other_seasons.entry(y).or_insert(0) += n,
            },
        }
        t.provinces[r.province.map_or(0, |p| usize::from(p.number()))] += n;
        match &r.team {
            None => t.teams[0] += n,
            Some(TeamRef::Known(k)) => {
                let i = Team::ALL.iter().position(|x| x == k).map_or(0, |i| i + 1);
                t.teams[i] += n;
            }
            Some(TeamRef::Other(name)) => match t.other_teams.iter_mut().find(|(o, _)| o == name) {
                Some((_, v)) => *v += n,
                None => t.other_teams.push((name.clone(), n)),
            },
        }
    }

    /// Adds the sums of a later part of the file.
    #[cfg(not(target_arch = "wasm32"))]
    pub(super) fn absorb(&mut self, from: Tally) {
        let t = self;
        for (a, b) in t.seasons.iter_mut().zip(&from.seasons) {
            *a += b;
        }
        for (y, n) in from.other_seasons {
            *t.other_seasons.entry(y).or_insert(0) += n;
        }
        for (a, b) in t.provinces.iter_mut().zip(&from.provinces) {
            *a += b;
        }
        for (a, b) in t.teams.iter_mut().zip(&from.teams) {
            *a += b;
        }
        for (name, n) in from.other_teams {
            match t.other_teams.iter_mut().find(|(o, _)| *o == name) {
                Some((_, v)) => *v += n,
                None => t.other_teams.push((name, n)),
            }
        }
    }

    /// Writes the sums into the report's `by_season`, `by_province` and `by_team`.
    pub(super) fn fill(&self, report: &mut Report) {
        let t = self;
        let mut seasons = t.other_seasons.clone();
        for (i, &v) in t.seasons.iter().enumerate().skip(1).filter(|(_, &v)| v > 0) {
            *seasons.entry(FIRST_TALLY_YEAR + i as u16 - 1).or_insert(0) += v;
        }
        report.by_season = seasons.into_iter().map(|(y, v)| (Season::new(y).to_string(), v)).collect();
        if t.seasons[0] > 0 {
            report.by_season.push(("unknown".to_owned(), t.seasons[0]));
        }
        report.by_province = Province::ALL
            .iter()
            .filter(|p| t.provinces[usize::from(p.number())] > 0)
            .map(|p| (p.code().to_owned(), t.provinces[usize::from(p.number())]))
            .collect();
        report.by_province.push(("unknown".to_owned(), t.provinces[0]));
        report.by_team = Team::ALL
            .iter()
            .enumerate()
            .filter(|(i, _)| t.teams[i + 1] > 0)
            .map(|(i, team)| (team.code().to_owned(), t.teams[i + 1]))
            .chain(t.other_teams.iter().cloned())
            .collect();
        if t.teams[0] > 0 {
            report.by_team.push(("unknown".to_owned(), t.teams[0]));
        }
    }
}
