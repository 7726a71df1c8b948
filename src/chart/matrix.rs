//! `matrix`: a team × season heat grid with the value written in each cell; empty cells
//! are marked, not coloured as zero.

use plotters_backend::DrawingBackend;

use crate::aggregate::Aggregates;
use crate::draw::{Align, DrawError, Font, Painter, Theme};
use crate::format::NumberFormat;
use crate::i18n::{t, Text};
use crate::lang::Lang;

use super::frame::{draw_frame, Sizes};
use super::mark::{Mark, Target};
use super::seasons::group_name;
use super::{time, ChartOptions, Grouping, Rendered, Table, TableCell};

/// Draws the chart and returns its title, description and table.
pub fn render<B: DrawingBackend>(
    p: &mut Painter<B>,
    data: &Aggregates,
    opts: &ChartOptions,
    theme: &Theme,
) -> Result<Rendered, DrawError> {
    let cube = data.cube(opts.time);
    let cells = cube.by_time_team(&opts.filter);
    let years: Vec<u16> = cube.years().collect();
    let mut teams: Vec<usize> = cells.keys().map(|&(_, slot)| slot).collect();
    crate::sort::sort_by_key(&mut teams, |&s| if s == 0 { 100 } else { s });
    teams.dedup();
    let title = opts.title.clone().unwrap_or_else(|| t(Text::MatrixTitle, opts.lang).to_string());
    let area = draw_frame(p, opts, theme, t(Text::MatrixTitle, opts.lang))?;
    let nf = NumberFormat { lang: opts.lang, khmer_digits: opts.khmer_digits };
    let sizes = Sizes::for_width(p.size().0);
    let name = |slot: usize| group_name(Grouping::Team, slot, data, opts.lang);
    let max = cells.values().map(|c| c.remains).max().unwrap_or(0);

    let mut marks = Vec::new();
    if teams.is_empty() || years.is_empty() {
        super::frame::nothing_to_show(p, area, opts, theme)?;
    } else {
        let label = Font::new(sizes.label, theme.text).align(Align::End);
        let name_w = teams.iter().map(|&s| label.width(&name(s))).fold(0.0, f64::max).min(area.width() * 0.3);
        let x0 = area.x0 + name_w + 8.0;
        let col_w = (area.x1 - x0) / years.len() as f64;
        let header_h = sizes.label * 1.8;
        let row_h = ((area.height() - header_h) / teams.len() as f64).min(sizes.label * 3.0);
        let (form, step) = time::plan(opts.time, &years, col_w, sizes.label);
        let head = Font::new(sizes.label, theme.muted);
        let mut row = super::columns::LabelRow::new(x0, area.x1, sizes.label * 0.4);
        for (j, &y) in years.iter().enumerate() {
            if j % step == 0 {
                let cx = x0 + col_w * (j as f64 + 0.5);
                let l = &time::labels(opts.time, y)[form];
                if let Some(lx) = row.place(cx, head.width(l)) {
                    p.text(l, lx, area.y0 + header_h / 2.0, head)?;
                }
            }
        }
        let value_font = Font::new(sizes.label * 0.95, theme.text);
        let show_values =
            cells.values().all(|c| value_font.width(&nf.int(c.remains)) + 4.0 <= col_w) && row_h >= sizes.label * 1.3;
        for (i, &slot) in teams.iter().enumerate() {
            let y0 = area.y0 + header_h + row_h * i as f64;
            p.text(
                &crate::draw::text::truncate(&name(slot), sizes.label, false, name_w),
                x0 - 8.0,
                y0 + row_h / 2.0,
                label,
            )?;
            for (j, &y) in years.iter().enumerate() {
                let cx0 = x0 + col_w * j as f64;
                let (a, b) = (cx0 + 1.0, cx0 + col_w - 1.0);
                let value = cells.get(&(y, slot)).map(|c| c.remains);
                marks.push(Mark {
                    x0: cx0,
                    y0,
                    x1: cx0 + col_w,
                    y1: y0 + row_h,
                    target: Target::Cell {
                        team: crate::aggregate::team_of_slot(slot).map(|t| t.code().to_string()).unwrap_or_default(),
                        season: time::key(opts.time, y),
                    },
                    title: format!("{} · {}", name(slot), time::labels(opts.time, y)[0]),
                    lines: vec![value.map_or_else(
                        || t(Text::NoData, opts.lang).to_string(),
                        |v| crate::i18n::remains_phrase(&nf.int(v), opts.lang),
                    )],
                });
                match cells.get(&(y, slot)) {
                    Some(c) => {
                        // Square-root scale so small counts stay visible next to large ones.
                        let k = if max > 0 { (c.remains as f64 / max as f64).sqrt() } else { 0.0 };
                        let color = theme.ramp.0.mix(theme.ramp.1, 0.12 + 0.88 * k);
                        p.fill_rect(a, y0 + 1.0, b, y0 + row_h - 1.0, color)?;
                        if show_values {
                            p.text(
                                &nf.int(c.remains),
                                cx0 + col_w / 2.0,
                                y0 + row_h / 2.0,
                                Font { color: color.ink(), ..value_font },
                            )?;
                        }
                    }
                    None => {
                        let dot = (row_h.min(col_w) * 0.08).clamp(1.0, 2.5);
                        p.circle((cx0 + col_w / 2.0, y0 + row_h / 2.0), dot, theme.missing, true)?;
                    }
                }
            }
        }
    }

    let mut table = Table { columns: vec![t(Text::Team, opts.lang).to_string()], rows: Vec::new() };
    for &y in &years {
        table.columns.push(time::key(opts.time, y));
    }
    for &slot in &teams {
        let mut row = vec![TableCell::Text(name(slot))];
        for &y in &years {
            row.push(cells.get(&(y, slot)).map_or(TableCell::Empty, |c| TableCell::Count(c.remains)));
        }
        table.rows.push(row);
    }
    let filled = cells.len();
    let empty = teams.len() * years.len() - filled.min(teams.len() * years.len());
    let description = match opts.lang {
        Lang::En => format!(
            "Heat grid of {} teams by {} {}: {} cells with data, {} empty; the largest cell holds {}.",
            teams.len(),
            years.len(),
            if opts.time == crate::aggregate::TimeAxis::Year { "years" } else { "dry seasons" },
            filled,
            empty,
            nf.int(max)
        ),
        Lang::Vi => format!(
            "Bảng nhiệt {} đội theo {} {}: {} ô có số liệu, {} ô trống; ô lớn nhất là {}.",
            teams.len(),
            years.len(),
            if opts.time == crate::aggregate::TimeAxis::Year { "năm" } else { "mùa khô" },
            filled,
            empty,
            nf.int(max)
        ),
        Lang::Km => format!(
            "តារាងកម្ដៅ {} ក្រុម តាម {} {}៖ {} ក្រឡាមានទិន្នន័យ {} ក្រឡាទទេ; ក្រឡាធំបំផុតគឺ {}។",
            teams.len(),
            years.len(),
            if opts.time == crate::aggregate::TimeAxis::Year {
                "ឆ្នាំ"
            } else {
                "រដូវប្រាំង"
            },
            filled,
            empty,
            nf.int(max)
        ),
    };
    Ok(Rendered { title, description, table, marks, map: None })
}
