//! Published figures: what reports say about the search, a value over a period, a place and
//! the teams it covers, with its source. Most public knowledge of the programme has this shape
//! ("K73: 2,933 sets over 2001–2025"; "Kampong Chhnang: 368 sets over 2002–2023"), and such
//! figures overlap: a season's national total includes its teams' figures, a team's span of
//! seasons includes its seasons. [`overlap`] says when two figures cover the same remains, so
//! that nothing adds them.
//!
//! A figure's **measure** is what it counts: sets of remains found (or repatriated: reports use
//! the words for the same sets) or identified by name. Other units (teams deployed, graves
//! planned, remains still missing) are **facts**: kept, shown as facts, never added to counts.

pub mod overlap;
pub mod period;
pub mod place;
pub mod who;

use serde::Serialize;

pub use period::Period;
pub use place::Place;
pub use who::Who;

/// What a figure counts.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Measure {
    /// Sets of remains found, collected or repatriated (reports use the words for the same sets).
    Found,
    /// Sets identified by name.
    Identified,
}

/// How sure the figure is, as its source table says.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Confidence {
    /// Confidence low: the source contradicts itself, or the figure is implausible.
    Low,
    /// Confidence medium: a secondary or approximate source.
    Medium,
    /// Confidence high (the default): stated plainly by the source.
    #[default]
    High,
}

impl Confidence {
    /// Reads `high`, `medium`, `low` (and `cao`, `trung bình`, `thấp`); empty is high.
    pub fn parse(text: &str) -> Option<Confidence> {
        match crate::fold::words(text).join(" ").as_str() {
            "" | "high" | "cao" => Some(Confidence::High),
            "medium" | "trung binh" | "vua" => Some(Confidence::Medium),
            "low" | "thap" => Some(Confidence::Low),
            _ => None,
        }
    }
}

/// Where a figure comes from.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Source {
    /// The report's title, with its outlet as the source table gives it.
    pub title: String,
    /// The report's address.
    pub url: String,
    /// When it was published, as written ("2015-07 (approx.)").
    pub date: String,
    /// The words of the report that give the figure.
    pub quote: String,
    /// The source table's note.
    pub note: String,
}

/// What a reader must know before using a figure, drawn on its mark.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Caveats {
    /// Confidence below high.
    pub confidence: Confidence,
    /// The source gives another value for the same thing (its headline and body disagree, say).
    pub disputed: bool,
    /// A season or phase still running when the figure was published, or said to be interim.
    pub partial: bool,
    /// The figure includes finds inside Vietnam (or Laos), not only in Cambodia.
    pub outside_cambodia: bool,
    /// The value is a bound ("more than 700", "nearly 600", "up to").
    pub approximate: bool,
}

impl Caveats {
    /// Whether a sum leaves the figure out unless asked: confidence low, partial, or including
    /// finds outside Cambodia.
    pub fn left_out_of_sums(&self) -> bool {
        self.confidence == Confidence::Low || self.partial || self.outside_cambodia
    }
}

/// A published figure: a count of remains over a period, a place and teams.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Figure {
    /// The line of the file it was read from.
    pub line: usize,
    /// The kind the source table gives (`season_total`, `team_total`, `cumulative`, …).
    pub kind: String,
    /// The count.
    pub value: u32,
    /// What it counts.
    pub measure: Measure,
    /// The unit as the source table writes it ("sets repatriated", "sets (over)").
    pub unit: String,
    /// When.
    pub period: Period,
    /// Where.
    pub place: Place,
    /// Which teams.
    pub who: Who,
    /// What to know before using it.
    pub caveats: Caveats,
    /// Where it comes from.
    pub source: Source,
}

/// A published fact that is not a count of remains found (teams deployed, graves planned,
/// remains still missing): kept and shown as written, never added to a count.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Fact {
    /// The line of the file it was read from.
    pub line: usize,
    /// The kind the source table gives.
    pub kind: String,
    /// The number as written ("11", "6-7", "836,329").
    pub value: String,
    /// What the number is of, as written ("teams deployed", "graves planned for search").
    pub unit: String,
    /// The period as written.
    pub period: String,
    /// The place as written.
    pub place: String,
    /// The teams as written.
    pub who: String,
    /// Confidence and the like.
    pub caveats: Caveats,
    /// Where it comes from.
    pub source: Source,
}
