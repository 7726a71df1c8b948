//! `seasons`: sets of remains per dry season (or calendar year), one column each, stacked
//! by team or military region on request, the total above each column. A season with no
//! data is a gap marked "no data", never a zero.

use plotters_backend::DrawingBackend;

use crate::aggregate::{region_of_slot, Aggregates, TimeAxis, TEAM_SLOTS};
use crate::draw::theme::{REGION_COLORS, TEAM_COLORS};
use crate::draw::{DrawError, Font, Painter, Theme};
use crate::format::NumberFormat;
use crate::i18n::{t, Text};
use crate::lang::Lang;
use crate::team::{MilitaryRegion, Team};

use super::columns::{self, Column, Spec};
use super::frame::{draw_frame, Sizes};
use super::legend::{self, Item};
use super::{time, ChartOptions, Grouping, Rendered, Table, TableCell};

/// One bar: a year (season's first year, or calendar year) and its parts.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Bar {
    /// Season first year or calendar year.
    pub year: u16,
    /// (group index, sets of remains) for each part with data; empty for no data.
    pub parts: Vec<(usize, u64)>,
    /// Whether the year has any record.
    pub has_data: bool,
}

impl Bar {
    /// The bar's total.
    pub fn total(&self) -> u64 {
        self.parts.iter().map(|p| p.1).sum()
    }
}

/// The name of group `g` under `grouping`.
pub fn group_name(grouping: Grouping, g: usize, data: &Aggregates, lang: Lang) -> String {
    match grouping {
        Grouping::None => t(Text::SetsOfRemains, lang).to_string(),
        Grouping::Team => match g {
            0 => t(Text::NoTeam, lang).to_string(),
            1..=11 => Team::ALL[g - 1].code().to_string(),
            _ => {
                let others = data.by_season.other_teams();
                if others.len() == 1 {
                    others[0].clone()
                } else {
                    t(Text::OtherTeam, lang).to_string()
                }
            }
        },
        Grouping::Region => match g {
            0..=2 => MilitaryRegion::ALL[g].name(lang).to_string(),
            _ => t(Text::NoTeam, lang).to_string(),
        },
    }
}

fn group_color(grouping: Grouping, g: usize, theme: &Theme) -> crate::draw::Color {
    match grouping {
        Grouping::None => theme.bar,
        Grouping::Team => TEAM_COLORS[g.min(TEAM_SLOTS - 1)],
        Grouping::Region => REGION_COLORS.get(g).copied().unwrap_or(TEAM_COLORS[0]),
    }
}

/// The bars of the chart: every year from the first to the last with data, filtered.
pub fn bars(data: &Aggregates, opts: &ChartOptions) -> Vec<Bar> {
    let cube = data.cube(opts.time);
    let cells = cube.by_time_team(&opts.filter);
    let mut bars = Vec::new();
    for year in cube.years() {
        let mut parts: Vec<(usize, u64)> = Vec::new();
        let mut has_data = false;
        for slot in 0..TEAM_SLOTS {
            let Some(c) = cells.get(&(year, slot)) else { continue };
            has_data = true;
            let g = match opts.group {
                Grouping::None => 0,
                Grouping::Team => slot,
                Grouping::Region => region_of_slot(slot).map_or(3, |r| r as usize),
            };
            match parts.iter_mut().find(|p| p.0 == g) {
                Some(p) => p.1 += c.remains,
                None => parts.push((g, c.remains)),
            }
        }
        // Known groups from the bottom in order; "no team" and "other" on top.
        crate::sort::sort_by_key(&mut parts, |&(g, _)| match opts.group {
            Grouping::Team if g == 0 => 100,
            _ => g,
        });
        bars.push(Bar { year, parts, has_data });
    }
    bars
}

/// The mark target of a season or year.
pub fn time_target(axis: TimeAxis, year: u16) -> super::mark::Target {
    match axis {
        TimeAxis::Season => super::mark::Target::Season { season: time::key(axis, year) },
        TimeAxis::Year => super::mark::Target::Year { year },
    }
}

/// Draws the chart and returns its title, description and table.
pub fn render<B: DrawingBackend>(
    p: &mut Painter<B>,
    data: &Aggregates,
    opts: &ChartOptions,
    theme: &Theme,
) -> Result<Rendered, DrawError> {
    let bars = bars(data, opts);
    let default_title = t(if opts.time == TimeAxis::Year { Text::YearsTitle } else { Text::SeasonsTitle }, opts.lang);
    let title = opts.title.clone().unwrap_or_else(|| default_title.to_string());
    let mut area = draw_frame(p, opts, theme, default_title)?;
    let nf = NumberFormat { lang: opts.lang, khmer_digits: opts.khmer_digits };
    let sizes = Sizes::for_width(p.size().0);

    let mut groups: Vec<usize> = Vec::new();
    for b in &bars {
        for p in &b.parts {
            groups.push(p.0);
        }
    }
    crate::sort::sort_by_key(&mut groups, |&g| if opts.group == Grouping::Team && g == 0 { 100 } else { g });
    groups.dedup();
    if opts.group != Grouping::None && !groups.is_empty() {
        let mut items = Vec::with_capacity(groups.len());
        for &g in &groups {
            items.push(Item {
                color: group_color(opts.group, g, theme),
                label: group_name(opts.group, g, data, opts.lang),
            });
        }
        let font = Font::new(sizes.label, theme.text);
        area.y0 += legend::draw(p, &items, area.x0, area.y0, area.width(), font)? + 4.0;
    }

    let mut marks = Vec::new();
    if bars.iter().all(|b| !b.has_data) {
        super::frame::nothing_to_show(p, area, opts, theme)?;
    } else {
        let mut cols = Vec::with_capacity(bars.len());
        for b in &bars {
            let mut segments = Vec::with_capacity(b.parts.len());
            let mut lines = vec![if b.has_data {
                crate::i18n::remains_phrase(&nf.int(b.total()), opts.lang)
            } else {
                t(Text::NoData, opts.lang).to_string()
            }];
            for &(g, v) in &b.parts {
                segments.push((group_color(opts.group, g, theme), v));
                if opts.group != Grouping::None {
                    lines.push(format!("{}: {}", group_name(opts.group, g, data, opts.lang), nf.int(v)));
                }
            }
            cols.push(Column {
                labels: time::labels(opts.time, b.year).to_vec(),
                segments,
                has_data: b.has_data,
                group: 0,
                mark: Some((time_target(opts.time, b.year), time::labels(opts.time, b.year)[0].clone(), lines)),
            });
        }
        let spec = Spec { percent: false, groups: &[], no_data: t(Text::NoData, opts.lang) };
        marks = columns::draw(p, area, &cols, &spec, theme, &nf)?;
    }

    let mut table = Table { columns: vec![time::axis_name(opts.time, opts.lang).to_string()], rows: Vec::new() };
    let shown: Vec<usize> = if opts.group == Grouping::None { Vec::new() } else { groups.clone() };
    for &g in &shown {
        table.columns.push(group_name(opts.group, g, data, opts.lang));
    }
    table.columns.push(t(Text::Total, opts.lang).to_string());
    for b in &bars {
        let mut row = vec![TableCell::Text(time::key(opts.time, b.year))];
        for &g in &shown {
            row.push(match b.parts.iter().find(|p| p.0 == g) {
                Some(&(_, v)) => TableCell::Count(v),
                None if b.has_data => TableCell::Count(0),
                None => TableCell::Empty,
            });
        }
        row.push(if b.has_data { TableCell::Count(b.total()) } else { TableCell::Empty });
        table.rows.push(row);
    }
    Ok(Rendered { title, description: describe(&bars, opts), table, marks, map: None })
}

/// A description of the chart for screen readers, in the chart's language.
pub fn describe(bars: &[Bar], opts: &ChartOptions) -> String {
    let nf = NumberFormat::new(opts.lang);
    let with_data: Vec<&Bar> = bars.iter().filter(|b| b.has_data).collect();
    let (Some(first), Some(last)) = (bars.first(), bars.last()) else {
        return t(Text::NothingToShow, opts.lang).to_string();
    };
    let total: u64 = with_data.iter().map(|b| b.total()).sum();
    let peak = with_data.iter().max_by_key(|b| b.total());
    let gaps = bars.len() - with_data.len();
    let span = format!("{}–{}", time::labels(opts.time, first.year)[0], time::labels(opts.time, last.year)[0]);
    let peak_label = peak.map(|b| (time::labels(opts.time, b.year)[0].clone(), nf.int(b.total())));
    let seasons = opts.time == TimeAxis::Season;
    match opts.lang {
        Lang::Vi => {
            let unit = if seasons { "mùa khô" } else { "năm" };
            let mut s = format!("Biểu đồ cột: {} bộ hài cốt qua {} {unit}, {span}", nf.int(total), with_data.len());
            if let Some((l, v)) = peak_label {
                s += &format!("; cao nhất {unit} {l} với {v}");
            }
            if gaps > 0 {
                s += &format!("; {gaps} {unit} không có số liệu");
            }
            s + "."
        }
        Lang::Km => {
            let unit = if seasons { "រដូវប្រាំង" } else { "ឆ្នាំ" };
            let mut s = format!("គំនូសតាងរបារ៖ អដ្ឋិធាតុ {} ក្នុង {} {unit} ({span})", nf.int(total), with_data.len());
            if let Some((l, v)) = peak_label {
                s += &format!(" ខ្ពស់បំផុតនៅ {l} ({v})");
            }
            if gaps > 0 {
                s += &format!(" គ្មានទិន្នន័យ {gaps} {unit}");
            }
            s + "។"
        }
        Lang::En => {
            let unit = if seasons { "dry seasons" } else { "years" };
            let mut s = format!("Bar chart: {} sets of remains over {} {unit}, {span}", nf.int(total), with_data.len());
            if let Some((l, v)) = peak_label {
                s += &format!("; the most in {l} with {v}");
            }
            if gaps > 0 {
                s += &format!("; {gaps} without data");
            }
            s + "."
        }
    }
}
