//! Marks: the regions of a drawn chart that a reader can point at. Each says what it stands
//! for (a season, team, province, cell or find) and what its tooltip shows.

use serde::Serialize;

/// What a mark stands for; clicking it filters on this.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "lowercase")]
pub enum Target {
    /// A dry season, `2024-2025`.
    Season {
        /// The season as written in data.
        season: String,
    },
    /// A calendar year.
    Year {
        /// The year.
        year: u16,
    },
    /// A team: a code such as `K92`, or empty for "no team".
    Team {
        /// The team's code.
        team: String,
    },
    /// A province: an ISO 3166-2:KH code, or empty for "unknown province".
    Province {
        /// The province's code.
        province: String,
    },
    /// A team in a season (a heat-grid cell).
    Cell {
        /// The team's code.
        team: String,
        /// The season or year.
        season: String,
    },
    /// One find (record index).
    Find {
        /// Index of the record in the dataset.
        record: usize,
    },
}

/// A rectangle of the chart, in CSS pixels, with its target and tooltip.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Mark {
    /// Left.
    pub x0: f64,
    /// Top.
    pub y0: f64,
    /// Right.
    pub x1: f64,
    /// Bottom.
    pub y1: f64,
    /// What it stands for.
    pub target: Target,
    /// The tooltip's first line.
    pub title: String,
    /// The tooltip's other lines.
    pub lines: Vec<String>,
}

impl Mark {
    /// Whether the point is inside.
    pub fn contains(&self, x: f64, y: f64) -> bool {
        x >= self.x0 && x <= self.x1 && y >= self.y0 && y <= self.y1
    }
}

/// The mark under a point: the smallest one containing it.
pub fn hit(marks: &[Mark], x: f64, y: f64) -> Option<&Mark> {
    marks
        .iter()
        .filter(|m| m.contains(x, y))
        .min_by(|a, b| ((a.x1 - a.x0) * (a.y1 - a.y0)).total_cmp(&((b.x1 - b.x0) * (b.y1 - b.y0))))
}
