//! Hit testing a drawn map: what lies under a point, and the tooltip a reader sees there.

use serde::Serialize;

use crate::chart::mark::{Mark, Target};
use crate::chart::ChartKind;
use crate::dataset::Dataset;
use crate::geo;
use crate::i18n::{self, Text};
use crate::province::Province;
use crate::record::TeamRef;

use super::{sites, Layout, HIT_RADIUS};

/// What lies under a point of a map.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct MapHit {
    /// The province under the point (on `bubbles`, the province of the circle under it).
    pub province: Option<Province>,
    /// That province's sets of remains as the map counts them; `None` for no data.
    pub remains: Option<u64>,
    /// On `sites`, the record index of the nearest find within [`HIT_RADIUS`] pixels.
    pub find: Option<usize>,
}

impl Layout {
    /// What is under CSS pixel `(x, y)`: the province (and on `sites` the nearest find);
    /// `None` off the map, in the sea or over a neighbouring country.
    pub fn hit(&self, x: f64, y: f64) -> Option<MapHit> {
        let m = &self.map;
        if !(x >= m.x0 && x <= m.x1 && y >= m.y0 && y <= m.y1) {
            return None;
        }
        let mut province = geo::province_at_pixel(&self.projection, x, y).and_then(Province::from_number);
        if self.kind == ChartKind::Bubbles {
            // The smallest circle under the point wins (it is drawn on top).
            if let Some(b) =
                self.bubbles().iter().rev().find(|b| (b.1 .0 - x).powi(2) + (b.1 .1 - y).powi(2) <= b.2 * b.2)
            {
                province = Some(b.0);
            }
        }
        let mut find = None;
        if self.kind == ChartKind::Sites {
            let mut best = HIT_RADIUS * HIT_RADIUS;
            for (f, (fx, fy)) in self.finds.iter().zip(sites::project(&self.finds, &self.projection)) {
                let d = (fx - x).powi(2) + (fy - y).powi(2);
                if d <= best {
                    best = d;
                    find = Some(f.index as usize);
                }
            }
        }
        if province.is_none() && find.is_none() {
            return None;
        }
        Some(MapHit { province, remains: province.and_then(|p| self.value(p)), find })
    }

    /// The tooltip of what is under CSS pixel `(x, y)`, as a mark of that one point: the find
    /// (its record read from `dataset`, the data drawn) or the province with its count.
    pub fn mark_at(&self, dataset: &Dataset, x: f64, y: f64) -> Option<Mark> {
        let h = self.hit(x, y)?;
        let (lang, nf) = (self.lang, &self.nf);
        let count = |v: Option<u64>| match v {
            Some(v) => i18n::remains_phrase(&nf.int(v), lang),
            None => i18n::t(Text::NoData, lang).to_string(),
        };
        let (target, title, lines) = match (h.find, h.province) {
            (Some(i), _) => {
                let r = dataset.record(i)?;
                let mut lines = vec![i18n::remains_phrase(&nf.int(u64::from(r.remains)), lang)];
                if let Some(d) = r.date {
                    lines.push(d.to_string());
                } else if let Some(s) = r.season {
                    lines.push(s.to_string());
                }
                if let Some(t) = &r.team {
                    lines.push(match t {
                        TeamRef::Known(t) => t.code().to_string(),
                        TeamRef::Other(s) => s.clone(),
                    });
                }
                // Joined here rather than by `[&str]::join`, which would be a second copy of
                // `join` in the module beside `[String]::join`.
                let mut place = String::new();
                for part in [r.village.as_deref(), r.commune.as_deref(), r.district.as_deref()].into_iter().flatten() {
                    if !place.is_empty() {
                        place.push_str(", ");
                    }
                    place.push_str(part);
                }
                let title = match (place.is_empty(), r.province) {
                    (false, Some(p)) => format!("{}, {}", place, p.name(lang)),
                    (false, None) => place,
                    (true, Some(p)) => p.name(lang).to_string(),
                    (true, None) => i18n::t(Text::UnknownProvince, lang).to_string(),
                };
                (Target::Find { record: i }, title, lines)
            }
            (None, Some(p)) => {
                (Target::Province { province: p.code().to_string() }, p.name(lang).to_string(), vec![count(h.remains)])
            }
            (None, None) => return None,
        };
        Some(Mark { x0: x, y0: y, x1: x, y1: y, target, title, lines })
    }
}
