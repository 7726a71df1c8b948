//! When two published figures may count the same remains, so that nothing adds them.

use super::Figure;

/// Whether `a` and `b` may count some of the same remains: their periods share a month, their
/// places a province and their teams a team (a place or teams not stated overlap everything).
/// Sets found and sets identified are the same remains, counted differently: they overlap too.
pub fn overlaps(a: &Figure, b: &Figure) -> bool {
    a.period.intersects(&b.period) && a.place.intersects(&b.place) && a.who.intersects(&b.who)
}
