//! repatria: read datasets on the search for and repatriation of the remains of Vietnamese
//! volunteer soldiers and experts who died in Cambodia, and draw charts and maps of the finds.
//!
//! Layers, bottom to top; a module imports its own layer or lower ones, never higher, and no
//! modules import each other round a circle (`tests/layers.rs` checks both):
//!
//! - vocabulary: the domain's words (`season`, `team`, `province`, `date`, `count`, `record`,
//!   published figures in `figure`, `lang`, `i18n`, the provinces' shapes in `geo`) and the helpers under them (`number`
//!   for number text, `format`, `fold` for matching text, `quote`, `hash`, `sort`);
//! - reading: files read into a `dataset` (`read`), made up (`generate`) and packed (`pack`);
//! - aggregation: sums over a dataset (`aggregate`), the sources it cites (`source`), and the
//!   views of the published record that never add overlapping figures (`published`);
//! - drawing: charts and maps (`chart`, maps in `chart::map`) through the painter (`draw`),
//!   generic over plotters' `DrawingBackend`, and the SVG backend (`svg`);
//! - platform: the browser (`web`, with its canvas backend), the only module that touches
//!   `web-sys`.

pub mod aggregate;
pub mod chart;
pub mod count;
pub mod dataset;
pub mod date;
pub mod draw;
pub mod figure;
pub(crate) mod fold;
pub mod format;
pub mod generate;
pub mod geo;
pub mod hash;
pub mod i18n;
pub mod lang;
pub mod number;
pub mod pack;
pub mod province;
pub mod published;
pub mod quote;
pub mod read;
pub mod record;
pub mod season;
pub mod sort;
pub mod source;
pub mod svg;
pub mod team;

#[cfg(target_arch = "wasm32")]
pub mod web;
