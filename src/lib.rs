//! repatria: read datasets on the search for and repatriation of the remains of Vietnamese
//! volunteer soldiers and experts who died in Cambodia, and draw charts and maps of the finds.
//!
//! Layers, from pure to platform: domain vocabulary (`season`, `team`, `province`, `date`,
//! `count`, `lang`) → reading (`dataset`) → aggregation (`aggregate`) → drawing (`draw`,
//! `chart`, generic over plotters' `DrawingBackend`) → output (`svg` natively, `web` in the
//! browser, the only module that touches `web-sys`).

pub mod aggregate;
pub mod chart;
pub mod count;
pub mod dataset;
pub mod date;
pub mod draw;
pub mod format;
pub mod generate;
pub mod geo;
pub mod i18n;
pub mod lang;
pub mod map;
pub mod number;
pub mod pack;
pub mod province;
pub mod read;
pub mod record;
pub mod season;
pub mod sort;
pub mod source;
pub mod svg;
pub mod team;

#[cfg(target_arch = "wasm32")]
pub mod web;
#[cfg(target_arch = "wasm32")]
pub mod web_backend;
