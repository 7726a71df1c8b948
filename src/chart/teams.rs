//! `teams`: a column per search team, grouped by military region, each team in its own
//! colour (the same in every chart).

use plotters_backend::DrawingBackend;

use crate::aggregate::{Aggregates, TimeAxis};
use crate::draw::theme::TEAM_COLORS;
use crate::draw::{DrawError, Painter, Theme};
use crate::format::NumberFormat;
use crate::i18n::{t, Text};
use crate::lang::Lang;
use crate::team::{MilitaryRegion, Team};

use super::columns::{self, Column, Spec};
use super::frame::draw_frame;
use super::seasons::group_name;
use super::{ChartOptions, Grouping, Rendered, Table, TableCell};

/// (team slot, sets of remains) for every team slot with records, known teams in code order,
/// then other names, then records without a team.
pub fn totals(data: &Aggregates, opts: &ChartOptions) -> Vec<(usize, u64)> {
    let by = data.cube(TimeAxis::Season).by_team(&opts.filter);
    let mut out: Vec<(usize, u64)> = Vec::with_capacity(by.len());
    for (&slot, c) in by.iter() {
        out.push((slot, c.remains));
    }
    crate::sort::sort_by_key(&mut out, |&(slot, _)| if slot == 0 { 100 } else { slot });
    out
}

fn group_of(slot: usize) -> usize {
    match slot {
        1..=11 => Team::ALL[slot - 1].military_region() as usize,
        _ => 3,
    }
}

/// Draws the chart and returns its title, description and table.
pub fn render<B: DrawingBackend>(
    p: &mut Painter<B>,
    data: &Aggregates,
    opts: &ChartOptions,
    theme: &Theme,
) -> Result<Rendered, DrawError> {
    let rows = totals(data, opts);
    let title = opts.title.clone().unwrap_or_else(|| t(Text::TeamsTitle, opts.lang).to_string());
    let area = draw_frame(p, opts, theme, t(Text::TeamsTitle, opts.lang))?;
    let nf = NumberFormat { lang: opts.lang, khmer_digits: opts.khmer_digits };
    let name = |slot: usize| group_name(Grouping::Team, slot, data, opts.lang);
    let mut marks = Vec::new();
    if rows.is_empty() {
        super::frame::nothing_to_show(p, area, opts, theme)?;
    } else {
        let mut cols = Vec::with_capacity(rows.len());
        for &(slot, v) in &rows {
            let n = name(slot);
            let short = if (1..=11).contains(&slot) { n.clone() } else { "…".to_string() };
            let title = match slot {
                1..=11 => format!("{n} · {}", Team::ALL[slot - 1].military_region().name(opts.lang)),
                _ => n.clone(),
            };
            let code = if (1..=11).contains(&slot) { Team::ALL[slot - 1].code().to_string() } else { String::new() };
            let lines = vec![crate::i18n::remains_phrase(&nf.int(v), opts.lang)];
            cols.push(Column {
                labels: vec![n, short],
                segments: vec![(TEAM_COLORS[slot.min(12)], v)],
                has_data: true,
                group: group_of(slot),
                mark: Some((super::mark::Target::Team { team: code }, title, lines)),
            });
        }
        let mut groups: Vec<String> = Vec::with_capacity(MilitaryRegion::ALL.len() + 1);
        for r in MilitaryRegion::ALL {
            groups.push(match opts.lang {
                Lang::En => format!("MR {}", r.number()),
                Lang::Vi => format!("QK{}", r.number()),
                Lang::Km => r.name(opts.lang).to_string(),
            });
        }
        groups.push(String::new());
        // Full names when the groups are wide enough.
        let wide = area.width() / cols.len().max(1) as f64 * 3.0 > 140.0;
        if wide {
            for (g, r) in MilitaryRegion::ALL.iter().enumerate() {
                groups[g] = r.name(opts.lang).to_string();
            }
        }
        let spec = Spec { percent: false, groups: &groups, no_data: t(Text::NoData, opts.lang) };
        marks = columns::draw(p, area, &cols, &spec, theme, &nf)?;
    }
    let mut table = Table {
        columns: vec![
            t(Text::Team, opts.lang).to_string(),
            t(Text::MilitaryRegion, opts.lang).to_string(),
            t(Text::SetsOfRemains, opts.lang).to_string(),
        ],
        rows: Vec::with_capacity(rows.len()),
    };
    for &(slot, v) in &rows {
        let region = match slot {
            1..=11 => TableCell::Text(Team::ALL[slot - 1].military_region().number().to_string()),
            _ => TableCell::Empty,
        };
        table.rows.push(vec![TableCell::Text(name(slot)), region, TableCell::Count(v)]);
    }
    let total: u64 = rows.iter().map(|r| r.1).sum();
    let top = rows.iter().filter(|r| (1..=11).contains(&r.0)).max_by_key(|r| r.1);
    let description = match (opts.lang, top) {
        (_, None) => t(Text::NothingToShow, opts.lang).to_string(),
        (Lang::En, Some(&(s, v))) => format!(
            "Bar chart: {} sets of remains by {} search teams; the most by {} with {}.",
            nf.int(total),
            rows.len(),
            name(s),
            nf.int(v)
        ),
        (Lang::Vi, Some(&(s, v))) => format!(
            "Biểu đồ cột: {} bộ hài cốt theo {} đội; nhiều nhất là đội {} với {}.",
            nf.int(total),
            rows.len(),
            name(s),
            nf.int(v)
        ),
        (Lang::Km, Some(&(s, v))) => format!(
            "គំនូសតាងរបារ៖ អដ្ឋិធាតុ {} តាមក្រុម {}; ច្រើនបំផុតគឺក្រុម {} ({})។",
            nf.int(total),
            rows.len(),
            name(s),
            nf.int(v)
        ),
    };
    Ok(Rendered { title, description, table, marks, map: None })
}
