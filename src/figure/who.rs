//! Which teams a published figure covers: all of them, one, several (a combined figure such as
//! K70+K71+K73), a military region's, or not stated.

use serde::Serialize;

use crate::lang::Lang;
use crate::team::{MilitaryRegion, Team};

/// A set of the 11 teams.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize)]
pub struct Teams(u16);

impl Teams {
    /// All 11.
    pub const ALL: Teams = Teams((1 << 11) - 1);
    /// None.
    pub const NONE: Teams = Teams(0);

    /// The set of one team.
    pub fn of(team: Team) -> Teams {
        Teams(1 << Team::ALL.iter().position(|&t| t == team).unwrap_or(0))
    }

    /// A region's teams.
    pub fn of_region(region: MilitaryRegion) -> Teams {
        region.teams().iter().fold(Teams::NONE, |s, &t| s.union(Teams::of(t)))
    }

    /// The union.
    pub fn union(self, other: Teams) -> Teams {
        Teams(self.0 | other.0)
    }

    /// Whether the two sets share a team.
    pub fn intersects(self, other: Teams) -> bool {
        self.0 & other.0 != 0
    }

    /// Whether every team of `other` is in this set.
    pub fn contains(self, other: Teams) -> bool {
        self.0 & other.0 == other.0
    }

    /// The number of teams.
    pub fn len(self) -> usize {
        self.0.count_ones() as usize
    }

    /// Whether the set is empty.
    pub fn is_empty(self) -> bool {
        self.0 == 0
    }

    /// The teams, in code order.
    pub fn iter(self) -> impl Iterator<Item = Team> {
        Team::ALL.into_iter().enumerate().filter(move |(i, _)| self.0 & (1 << i) != 0).map(|(_, t)| t)
    }

    /// The one team, for a set of one.
    pub fn single(self) -> Option<Team> {
        if self.len() == 1 {
            self.iter().next()
        } else {
            None
        }
    }
}

/// Which teams a figure covers.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Who {
    /// The teams: all 11 for all teams, and for teams not stated (which may be any, so the
    /// figure overlaps every team's).
    pub teams: Teams,
    /// Whether the figure is for all teams, as stated.
    pub all: bool,
    /// Whether the source names teams (or a region) at all.
    pub stated: bool,
    /// The region, when the figure is a region's (all its teams, or "MR9 teams").
    pub region: Option<MilitaryRegion>,
    /// Whether the source names other searchers with the teams ("MR7 localities + K teams",
    /// "with Kandal military sub-region").
    pub with_others: bool,
    /// As written.
    pub text: String,
}

impl Who {
    /// Reads the teams as published figures write them (`all Vietnamese teams`, `K52`,
    /// `K70, K71, K72, K73`, `K90 + K93`, `MR9 teams`, `K51 (source says K52)`, empty), with the
    /// military region column (`MR7`, `national`) for a figure that names no team: the message
    /// says why not.
    pub fn parse(teams: &str, region: &str) -> Result<Who, String> {
        let _ = (teams, region);
        Err("teams are not read yet".to_owned())
    }

    /// Whether the two figures may count a find of the same team.
    pub fn intersects(&self, other: &Who) -> bool {
        self.teams.intersects(other.teams)
    }

    /// The teams in `lang`: "all teams", "K73", "K70, K71 and K73", "Military Region 9's teams",
    /// "teams not stated".
    pub fn label(&self, lang: Lang) -> String {
        let _ = lang;
        self.text.clone()
    }
}
