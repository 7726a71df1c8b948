//! The published record: views over a table of published figures, each at its own level (a
//! season's national total, a team's span of seasons, a province's figure), that never add two
//! figures which may count the same remains ([`crate::figure::overlap`]). Where figures nest,
//! a view takes the most inclusive, then the latest, and says which it left out and why.

use serde::Serialize;

use crate::figure::overlap::overlaps;
use crate::figure::period::{month, Month, Shape};
use crate::figure::place::Provinces;
use crate::figure::who::Teams;
use crate::figure::{Fact, Figure, Measure};
use crate::province::Province;
use crate::season::Season;

/// The figures and facts of a table, as a view reads them.
#[derive(Clone, Copy, Debug)]
pub struct Record<'a> {
    /// Counts of remains.
    pub figures: &'a [Figure],
    /// Other published numbers.
    pub facts: &'a [Fact],
}

/// Why a figure is not in a sum.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "why", rename_all = "snake_case")]
pub enum LeftOut {
    /// It may count remains a figure in the sum counts: the figure on `line` of the file.
    Overlaps { line: usize },
    /// Confidence low, a season still running, or finds outside Cambodia included.
    Caveat,
}

/// Figures that may be added together, and those left out.
#[derive(Clone, Debug, Default)]
pub struct Disjoint<'a> {
    /// No two of these overlap.
    pub kept: Vec<&'a Figure>,
    /// The others, each with why.
    pub left_out: Vec<(&'a Figure, LeftOut)>,
}

impl Disjoint<'_> {
    /// The sum of the kept figures.
    pub fn sum(&self) -> u64 {
        self.kept.iter().map(|f| u64::from(f.value)).sum()
    }
}

/// The month a figure's source was published, from its date (`2025-07`, `2025-09-26`,
/// `2015-07 (approx.)`, `2019`: December); 0 when it gives none.
pub fn published(figure: &Figure) -> Month {
    let mut parts = figure.source.date.split(|c: char| !c.is_ascii_digit()).filter(|p| !p.is_empty());
    let Some(year) = parts.next().and_then(|y| y.parse::<u16>().ok()).filter(|y| (1900..=2200).contains(y)) else {
        return 0;
    };
    let m = parts.next().and_then(|m| m.parse::<u8>().ok()).filter(|m| (1..=12).contains(m)).unwrap_or(12);
    month(year, m)
}

/// How inclusive a figure is, larger first: more teams, more provinces, more months, then the
/// later source, then the larger value (so that of a headline and its correction the later
/// wins), then the earlier line (so that the order is total).
fn inclusiveness(f: &Figure) -> impl Ord {
    let provinces = f.place.provinces.iter().count();
    (
        std::cmp::Reverse(f.who.teams.len()),
        std::cmp::Reverse(provinces),
        std::cmp::Reverse(f.period.to - f.period.from),
        std::cmp::Reverse(published(f)),
        std::cmp::Reverse(f.value),
        f.line,
    )
}

/// Of `figures`, those that may be added: the most inclusive first, each kept unless it
/// overlaps one kept already; with `caveated` false, figures whose caveats leave them out of
/// sums ([`crate::figure::Caveats::left_out_of_sums`]) are left out first.
pub fn disjoint<'a>(figures: impl IntoIterator<Item = &'a Figure>, caveated: bool) -> Disjoint<'a> {
    let mut candidates: Vec<&Figure> = figures.into_iter().collect();
    crate::sort::sort_by_key(&mut candidates, |f| inclusiveness(f));
    let mut out = Disjoint::default();
    for f in candidates {
        if !caveated && f.caveats.left_out_of_sums() {
            out.left_out.push((f, LeftOut::Caveat));
        } else if let Some(k) = out.kept.iter().find(|k| overlaps(k, f)) {
            out.left_out.push((f, LeftOut::Overlaps { line: k.line }));
        } else {
            out.kept.push(f);
        }
    }
    out
}

/// Whether a figure is for all teams in all of Cambodia (a national figure).
pub fn is_national(f: &Figure) -> bool {
    f.who.all && f.place.all
}

/// One season of the seasons view: its national total, and the parts of it published for
/// teams (disjoint), with what is left of the total.
#[derive(Clone, Debug)]
pub struct SeasonTotal<'a> {
    /// The season.
    pub season: Season,
    /// The national total of the season, when one is published.
    pub total: Option<&'a Figure>,
    /// Figures for some of the teams inside the season (no two overlapping).
    pub parts: Disjoint<'a>,
    /// Other national figures for the season, not drawn (a phase, a second report).
    pub others: Vec<&'a Figure>,
}

impl SeasonTotal<'_> {
    /// What of the total is not in the parts: "not attributed to a team" (negative when the
    /// parts add up to more than the total, which a view says).
    pub fn remainder(&self) -> Option<i64> {
        self.total.map(|t| i64::from(t.value) - self.parts.sum() as i64)
    }
}

/// The seasons view: each season with a figure of `measure` for the season or part of it,
/// in order; a season's total is its most inclusive national figure for the whole season.
pub fn seasons<'a>(record: &Record<'a>, measure: Measure, caveated: bool) -> Vec<SeasonTotal<'a>> {
    let of_measure = || record.figures.iter().filter(move |f| f.measure == measure);
    let mut seasons: Vec<Season> = of_measure().filter_map(|f| f.period.season()).collect();
    seasons.sort();
    seasons.dedup();
    seasons
        .into_iter()
        .map(|season| {
            let in_season: Vec<&Figure> = of_measure().filter(|f| f.period.season() == Some(season)).collect();
            let mut national: Vec<&Figure> = in_season
                .iter()
                .copied()
                .filter(|f| is_national(f) && matches!(f.period.shape, Shape::Season { .. }))
                .collect();
            crate::sort::sort_by_key(&mut national, |f| inclusiveness(f));
            let total = national.first().copied().filter(|f| caveated || !f.caveats.left_out_of_sums());
            let others = national.into_iter().filter(|f| Some(*f) != total).collect();
            let parts = disjoint(in_season.into_iter().filter(|f| !is_national(f)), caveated);
            SeasonTotal { season, total, parts, others }
        })
        .collect()
}

/// One bar of the teams view: a team's (or several teams' combined) record over its longest
/// published span, and its figures for single seasons.
#[derive(Clone, Debug)]
pub struct TeamRecord<'a> {
    /// The team, or the teams of a combined figure.
    pub teams: Teams,
    /// The figure over the teams' whole area (rather than a province of it) over the longest
    /// span of seasons (of those, over the most provinces, then the latest), drawn with its
    /// span; none when only seasons are published.
    pub longest: Option<&'a Figure>,
    /// The team's figures for one season or phase, in season order.
    pub seasons: Vec<&'a Figure>,
}

/// Whether a figure is for one season or a phase of one.
pub fn is_seasonal(f: &Figure) -> bool {
    matches!(f.period.shape, Shape::Season { .. } | Shape::Phase { .. })
}

/// The teams view: one record for each set of teams that figures of `measure` are published
/// for (one team, or several combined), in the order of their first team; with `caveated`
/// false, a caveated figure is the longest only when no other is.
pub fn teams<'a>(record: &Record<'a>, measure: Measure, caveated: bool) -> Vec<TeamRecord<'a>> {
    let mut sets: Vec<Teams> = Vec::new();
    for f in record.figures.iter().filter(|f| f.measure == measure && f.who.stated && !f.who.all) {
        if !sets.contains(&f.who.teams) {
            sets.push(f.who.teams);
        }
    }
    crate::sort::sort_by_key(&mut sets, |s| (s.iter().next(), s.len()));
    sets.into_iter()
        .map(|teams| {
            let of: Vec<&Figure> = record
                .figures
                .iter()
                .filter(|f| f.measure == measure && f.who.stated && f.who.teams == teams)
                .collect();
            let area = teams
                .iter()
                .fold(Provinces::NONE, |a, t| t.provinces().iter().fold(a, |a, &p| a.union(Provinces::of(p))));
            let longest = of.iter().copied().filter(|f| !is_seasonal(f)).max_by_key(|f| {
                (
                    caveated || !f.caveats.left_out_of_sums(),
                    // Over the teams' whole area rather than a province of it.
                    f.place.provinces.contains(area),
                    f.period.to - f.period.from,
                    f.place.provinces.iter().count(),
                    published(f),
                    std::cmp::Reverse(f.line),
                )
            });
            let mut seasons: Vec<&Figure> = of.into_iter().filter(|f| is_seasonal(f)).collect();
            crate::sort::sort_by_key(&mut seasons, |f| (f.period.from, f.period.to, f.line));
            TeamRecord { teams, longest, seasons }
        })
        .collect()
}

/// A figure for a place inside Cambodia (a province, or a team's area), for the map.
#[derive(Clone, Debug)]
pub struct PlaceRecord<'a> {
    /// The provinces it covers.
    pub provinces: Provinces,
    /// The figure over the longest span for them (the latest of those).
    pub figure: &'a Figure,
}

/// The map view: for each set of provinces figures of `measure` are published for (a
/// province, or an area of several), its figure over the longest span; one province's own
/// figures first, then areas, each in the order of its first province.
pub fn places<'a>(record: &Record<'a>, measure: Measure) -> Vec<PlaceRecord<'a>> {
    let mut sets: Vec<Provinces> = Vec::new();
    let placed = |f: &&Figure| f.measure == measure && f.place.stated && !f.place.all && !f.place.provinces.is_empty();
    for f in record.figures.iter().filter(placed) {
        if !sets.contains(&f.place.provinces) {
            sets.push(f.place.provinces);
        }
    }
    crate::sort::sort_by_key(&mut sets, |s| (s.iter().count(), s.iter().next().map(|p| p.number())));
    sets.into_iter()
        .filter_map(|provinces| {
            let figure = record
                .figures
                .iter()
                .filter(placed)
                .filter(|f| f.place.provinces == provinces)
                .max_by_key(|f| (f.period.to - f.period.from, published(f), std::cmp::Reverse(f.line)))?;
            Some(PlaceRecord { provinces, figure })
        })
        .collect()
}

/// A point of the cumulative view: a published running total (all teams, all of Cambodia,
/// from the programme's start to a month).
#[derive(Clone, Debug)]
pub struct Running<'a> {
    /// The last month it counts.
    pub to: Month,
    /// The figure.
    pub figure: &'a Figure,
}

/// The cumulative view's points: national figures of `measure` that start with the programme
/// (a span from 2001 or before, or "as of"), by the month they end (the latest report of a
/// month); with `caveated` false, caveated figures are left out.
pub fn running<'a>(record: &Record<'a>, measure: Measure, caveated: bool) -> Vec<Running<'a>> {
    // The programme's running totals count from its first seasons, 2000-2001 or 2001-2002
    // (totals from 1975 or 1994 count on other bases, and are not its points).
    let starts_early = |f: &Figure| f.period.from == 0 || (month(2000, 1)..=month(2001, 12)).contains(&f.period.from);
    let mut points: Vec<Running> = Vec::new();
    for f in record.figures.iter().filter(|f| {
        f.measure == measure
            && is_national(f)
            && starts_early(f)
            && !matches!(f.period.shape, Shape::Season { .. } | Shape::Phase { .. } | Shape::Year { .. })
            && (caveated || !f.caveats.left_out_of_sums())
    }) {
        match points.iter_mut().find(|p| p.to == f.period.to) {
            Some(p) if published(f) > published(p.figure) => p.figure = f,
            Some(_) => {}
            None => points.push(Running { to: f.period.to, figure: f }),
        }
    }
    crate::sort::sort_by_key(&mut points, |p| p.to);
    points
}

/// Which figures touch one season and team: the coverage view's cell.
#[derive(Clone, Debug, Default)]
pub struct Covered<'a> {
    /// Figures for this team (alone or with others) in this season or a phase of it.
    pub own: Vec<&'a Figure>,
    /// Figures over spans of seasons, or of all teams, that include this team and season.
    pub within: Vec<&'a Figure>,
}

/// The coverage view: for each season from the earliest to the latest any figure covers
/// (spans included, at most from 2000), and each team, the figures that cover it.
pub fn coverage<'a>(record: &Record<'a>) -> (Vec<Season>, Vec<Vec<Covered<'a>>>) {
    let season_of = |m: Month| Season::new((m.saturating_sub(8) / 12) as u16);
    let bounded = record.figures.iter().filter(|f| f.period.from > 0 || f.period.to > 0);
    let first = bounded.clone().map(|f| season_of(f.period.from.max(month(2000, 9)))).min();
    let last = bounded.map(|f| season_of(f.period.to)).max();
    let (Some(first), Some(last)) = (first, last) else { return (Vec::new(), Vec::new()) };
    let seasons: Vec<Season> = (first.first_year()..=last.first_year()).map(Season::new).collect();
    let grid = seasons
        .iter()
        .map(|&s| {
            let (from, to) = (month(s.first_year(), 9), month(s.first_year() + 1, 8));
            crate::team::Team::ALL
                .iter()
                .map(|&t| {
                    let mut cell = Covered::default();
                    for f in record.figures.iter() {
                        if f.period.from > to || f.period.to < from || !f.who.teams.intersects(Teams::of(t)) {
                            continue;
                        }
                        let own = f.period.season() == Some(s) && !f.who.all;
                        if own {
                            cell.own.push(f);
                        } else {
                            cell.within.push(f);
                        }
                    }
                    cell
                })
                .collect()
        })
        .collect();
    (seasons, grid)
}

/// The provinces with a figure of their own (the figure's place is that province alone), in
/// number order, each with its cells for `seasons`: figures of the province alone for the
/// season (own), and figures over spans, or of a few named provinces, that include it (within).
/// Figures of all Cambodia, of a place not stated or of provinces besides unnamed others are
/// not a province's: they are the national row's.
pub fn province_coverage<'a>(record: &Record<'a>, seasons: &[Season]) -> Vec<(Province, Vec<Covered<'a>>)> {
    let specific = |f: &&Figure| f.place.stated && !f.place.all && !f.place.others;
    let mut alone = Provinces::NONE;
    for f in record.figures.iter().filter(specific) {
        let mut it = f.place.provinces.iter();
        if let (Some(p), None) = (it.next(), it.next()) {
            alone = alone.union(Provinces::of(p));
        }
    }
    alone
        .iter()
        .map(|province| {
            let cells = seasons
                .iter()
                .map(|&s| {
                    let (from, to) = (month(s.first_year(), 9), month(s.first_year() + 1, 8));
                    let mut cell = Covered::default();
                    for f in record.figures.iter().filter(specific) {
                        if f.period.from > to
                            || f.period.to < from
                            || !f.place.provinces.intersects(Provinces::of(province))
                        {
                            continue;
                        }
                        if f.period.season() == Some(s) && f.place.provinces == Provinces::of(province) {
                            cell.own.push(f);
                        } else {
                            cell.within.push(f);
                        }
                    }
                    cell
                })
                .collect();
            (province, cells)
        })
        .collect()
}
