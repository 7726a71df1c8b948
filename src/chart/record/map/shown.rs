//! How the record's map shows each place with a figure: a province's own figure shaded, a
//! team's area tinted or only outlined, or left to the table because it overlaps one drawn.

use crate::figure::place::Provinces;
use crate::published::{published, PlaceRecord};

/// How a place's figure is drawn.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shown {
    /// One province's own figure: the province shaded by value.
    Own,
    /// A team's area that holds no province with its own figure: its provinces tinted, their
    /// shared borders dissolved, the outline of the whole drawn thick.
    Area,
    /// A team's area that holds a province with its own figure: only its outline, so that the
    /// province's own shading stays.
    Outline,
    /// Not drawn (in the table only): it shares provinces with an area drawn, or it is all of
    /// Cambodia (a place "with others" not named).
    Hidden,
}

/// How each of `places` is drawn, in their order. Every single province's figure is its
/// own. Areas are taken in this order, each only when it shares no province with an area
/// taken before: figures left out of sums last; of the others, areas without a province of
/// their own figure first (tinted), then those with one (outlined); then over the longest
/// span, over more provinces, from the later source.
pub fn shown(places: &[PlaceRecord]) -> Vec<Shown> {
    let single = |p: &PlaceRecord| p.provinces.iter().count() == 1;
    let own = places.iter().filter(|p| single(p)).fold(Provinces::NONE, |a, p| a.union(p.provinces));
    let mut out: Vec<Shown> = places.iter().map(|p| if single(p) { Shown::Own } else { Shown::Hidden }).collect();
    let mut order: Vec<usize> =
        (0..places.len()).filter(|&i| !single(&places[i]) && places[i].provinces != Provinces::ALL).collect();
    crate::sort::sort_by_key(&mut order, |&i| {
        let f = places[i].figure;
        (
            f.caveats.left_out_of_sums(),
            places[i].provinces.intersects(own),
            std::cmp::Reverse(f.period.to.saturating_sub(f.period.from)),
            std::cmp::Reverse(places[i].provinces.iter().count()),
            std::cmp::Reverse(published(f)),
            f.line,
        )
    });
    let mut taken = Provinces::NONE;
    for i in order {
        let area = places[i].provinces;
        if taken.intersects(area) {
            continue;
        }
        taken = taken.union(area);
        out[i] = if area.intersects(own) { Shown::Outline } else { Shown::Area };
    }
    out
}
