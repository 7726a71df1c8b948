//! What a map says besides the picture: the table behind it and its description for alt text
//! (the sentences are in [`crate::i18n`]).

use crate::chart::{ChartKind, Table, TableCell};
use crate::i18n::{self, mt, MapText};
use crate::province::Province;

use super::classify::Classes;
use super::{Layout, SitesMode};

impl Layout {
    /// Provinces with data, most remains first (ties by name).
    fn ranked(&self) -> Vec<(Province, u64)> {
        let mut v: Vec<(Province, u64)> = Province::ALL.iter().filter_map(|&p| self.value(p).map(|n| (p, n))).collect();
        crate::sort::sort_by(&mut v, |a, b| b.1.cmp(&a.1).then_with(|| a.0.name(self.lang).cmp(b.0.name(self.lang))));
        v
    }

    /// The table behind the map.
    pub(super) fn table(&self) -> Table {
        let lang = self.lang;
        let name = |s: MapText| mt(s, lang).to_string();
        let text = |s: &str| TableCell::Text(s.to_string());
        if self.kind == ChartKind::Sites {
            let mut rows: Vec<Vec<TableCell>> = self
                .ranked()
                .into_iter()
                .map(|(p, n)| {
                    vec![
                        text(p.name(lang)),
                        text(p.code()),
                        TableCell::Count(self.records[usize::from(p.number())]),
                        TableCell::Count(n),
                    ]
                })
                .collect();
            if self.outside.0 > 0 {
                rows.push(vec![
                    text(mt(MapText::OutsideCambodia, lang)),
                    TableCell::Empty,
                    TableCell::Count(self.outside.0),
                    TableCell::Count(self.outside.1),
                ]);
            }
            return Table {
                columns: vec![
                    name(MapText::Province),
                    name(MapText::Code),
                    name(MapText::Finds),
                    name(MapText::SetsOfRemains),
                ],
                rows,
            };
        }
        let mut rows: Vec<Vec<TableCell>> = self
            .ranked()
            .into_iter()
            .map(|(p, n)| vec![text(p.name(lang)), text(p.code()), TableCell::Count(n)])
            .collect();
        let mut missing: Vec<Province> = Province::ALL
            .iter()
            .copied()
            .filter(|p| self.selected[usize::from(p.number())] && self.value(*p).is_none())
            .collect();
        crate::sort::sort_by(&mut missing, |a, b| a.name(lang).cmp(b.name(lang)));
        rows.extend(missing.into_iter().map(|p| vec![text(p.name(lang)), text(p.code()), TableCell::Empty]));
        if self.unknown > 0 {
            rows.push(vec![text(mt(MapText::UnknownProvince, lang)), TableCell::Empty, TableCell::Count(self.unknown)]);
        }
        Table { columns: vec![name(MapText::Province), name(MapText::Code), name(MapText::SetsOfRemains)], rows }
    }

    /// A plain-language description of the map, for alt text.
    pub(super) fn describe(&self) -> String {
        let lang = self.lang;
        let nf = &self.nf;
        let ranked = self.ranked();
        let top: Vec<String> =
            ranked.iter().take(3).map(|(p, n)| format!("{} ({})", p.name(lang), nf.int(*n))).collect();
        let top = match top.as_slice() {
            [] => String::new(),
            [a] => a.clone(),
            [init @ .., last] => format!("{} {} {last}", init.join(", "), i18n::and(lang)),
        };
        let total: u64 = ranked.iter().map(|r| r.1).sum();
        let with = ranked.len();
        let missing = (1..26).filter(|&s| self.selected[s] && self.values[s].is_none()).count();
        let k = self.classes.as_ref().map_or(0, Classes::len);
        let mut s = match self.kind {
            ChartKind::Sites => i18n::sites_description(
                lang,
                &nf.int(self.finds.len() as u64),
                &nf.int(total),
                with,
                self.mode == SitesMode::Hexagons,
            ),
            ChartKind::Bubbles => i18n::bubbles_description(lang, &nf.int(total), with),
            _ => i18n::choropleth_description(lang, k, &nf.int(total), with),
        };
        let (stop, most) = (i18n::full_stop(lang), i18n::the_most_in(lang));
        if !top.is_empty() {
            s += most;
            s += &top;
        }
        s += stop;
        if missing > 0 && self.kind != ChartKind::Sites {
            s += " ";
            s += &i18n::provinces_without_data(lang, missing);
        }
        if self.unknown > 0 {
            s += " ";
            s += &i18n::unknown_note(lang, &nf.int(self.unknown));
            s += stop;
        }
        if self.without_coords.0 > 0 {
            s += " ";
            s += &i18n::no_coordinates_note(lang, &nf.int(self.without_coords.0));
            s += stop;
        }
        if self.outside.0 > 0 {
            s += &format!(" {}: {}{stop}", mt(MapText::OutsideCambodia, lang), nf.int(self.outside.0));
        }
        s
    }
}
