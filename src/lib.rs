//! repatria: read datasets on the search for and repatriation of the remains of Vietnamese
//! volunteer soldiers and experts who died in Cambodia, and draw charts and maps of the finds.
//!
//! Layers, from pure to platform: domain vocabulary (`season`, `team`, `province`, `date`,
//! `count`) → reading (`dataset`) → aggregation (`aggregate`) → drawing (`chart`, generic over
//! plotters' `DrawingBackend`) → platform glue (`svg` natively, `web` in the browser).

pub mod count;
pub mod date;
pub mod geo;
pub mod lang;
pub mod province;
pub mod season;
pub mod team;
