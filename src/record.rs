//! One record of a dataset: a single find, or a figure published for a season, team or
//! province. Both shapes are the same type; a record without a count stands for one set.

use serde::Serialize;

use crate::date::Date;
use crate::province::Province;
use crate::season::{Phase, Season};
use crate::team::{MilitaryRegion, Team};

/// A team as the data names it: one of the eleven, or another name kept as written.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(untagged)]
pub enum TeamRef {
    /// One of the eleven known teams.
    Known(Team),
    /// A name that is not one of the eleven (kept, with a warning when read).
    Other(String),
}

impl TeamRef {
    /// The known team, if it is one.
    pub fn known(&self) -> Option<Team> {
        match self {
            TeamRef::Known(t) => Some(*t),
            TeamRef::Other(_) => None,
        }
    }
}

/// One record, with every field the data layer knows. Only a count and at least one of
/// time, place or team are required to accept a row; the rest are kept when given.
#[derive(Clone, Debug, Default, PartialEq, Serialize)]
pub struct Record {
    /// The line of the source file it came from (the header is line 1; for xlsx, the sheet row).
    pub line: u32,
    /// The date of the find, to the day, month or year.
    pub date: Option<Date>,
    /// The dry season (given, or derived from the date).
    pub season: Option<Season>,
    /// The phase (đợt) of the season.
    pub phase: Option<Phase>,
    /// The search team.
    pub team: Option<TeamRef>,
    /// The military region (given, or the team's).
    pub military_region: Option<MilitaryRegion>,
    /// The province (named, or placed by coordinates); `None` counts as "unknown province".
    pub province: Option<Province>,
    /// District (srok / khan), as written.
    pub district: Option<String>,
    /// Commune (khum / sangkat), as written.
    pub commune: Option<String>,
    /// Village (phum), as written.
    pub village: Option<String>,
    /// Latitude, WGS 84.
    pub lat: Option<f64>,
    /// Longitude, WGS 84.
    pub lon: Option<f64>,
    /// Sets of remains (1 when not given).
    pub remains: u32,
    /// How many of them were identified by name, if known.
    pub identified: Option<u32>,
    /// Who reported the site.
    pub informant: Option<String>,
    /// The cemetery that received the remains.
    pub cemetery: Option<String>,
    /// Anything else, including a published figure's source.
    pub note: Option<String>,
}

impl Record {
    /// A record for `remains` sets, with nothing else known yet.
    pub fn new(remains: u32) -> Record {
        Record { remains, ..Record::default() }
    }
}
