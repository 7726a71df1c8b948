//! `cumulative`: the running total over seasons or years, a line with its points labelled
//! where there is room. A season with no data keeps the total flat and is drawn dashed.

use plotters_backend::DrawingBackend;

use crate::aggregate::Aggregates;
use crate::draw::{Align, DrawError, Font, Painter, Theme};
use crate::format::NumberFormat;
use crate::i18n::{t, Text};
use crate::lang::Lang;

use super::axis::count_ticks;
use super::frame::{draw_frame, Rect, Sizes};
use super::{time, ChartOptions, Rendered, Table, TableCell};

/// (year, running total, whether the year itself has data).
pub fn running(data: &Aggregates, opts: &ChartOptions) -> Vec<(u16, u64, bool)> {
    let (series, _) = data.cube(opts.time).by_time(&opts.filter);
    let mut acc = 0;
    let mut out = Vec::with_capacity(series.len());
    for (y, c) in series {
        acc += c.map_or(0, |c| c.remains);
        out.push((y, acc, c.is_some()));
    }
    out
}

/// Draws the chart and returns its title, description and table.
pub fn render<B: DrawingBackend>(
    p: &mut Painter<B>,
    data: &Aggregates,
    opts: &ChartOptions,
    theme: &Theme,
) -> Result<Rendered, DrawError> {
    let points = running(data, opts);
    let title = opts.title.clone().unwrap_or_else(|| t(Text::CumulativeTitle, opts.lang).to_string());
    let area = draw_frame(p, opts, theme, t(Text::CumulativeTitle, opts.lang))?;
    let nf = NumberFormat { lang: opts.lang, khmer_digits: opts.khmer_digits };
    let sizes = Sizes::for_width(p.size().0);
    let label = Font::new(sizes.label, theme.muted);

    let mut marks = Vec::new();
    if points.is_empty() {
        super::frame::nothing_to_show(p, area, opts, theme)?;
    } else {
        let gaps = points.iter().filter(|p| !p.2).count();
        let mut area = area;
        if gaps > 0 {
            let note = Font::new(sizes.label, theme.muted).align(Align::Start);
            let text =
                nf.digits(&crate::i18n::gaps_note(gaps, opts.time == crate::aggregate::TimeAxis::Season, opts.lang));
            for line in super::frame::wrap(&text, &note, area.width(), 2) {
                p.text(&line, area.x0, area.y0 + sizes.label * 0.6, note)?;
                area.y0 += sizes.label * 1.4;
            }
        }
        let max = points.last().map_or(0, |p| p.1);
        let ticks = count_ticks(max, ((area.height() / 60.0) as usize).clamp(2, 6));
        let top = *ticks.last().unwrap_or(&1) as f64;
        let tick_w = ticks.iter().map(|&v| label.width(&nf.int(v))).fold(0.0, f64::max);
        let value_font = Font::new(sizes.label, theme.text).bold();
        let last_w = value_font.width(&nf.int(max));
        let plot = Rect {
            x0: area.x0 + tick_w + 8.0,
            y0: area.y0 + sizes.label * 1.6,
            x1: area.x1 - last_w / 2.0,
            y1: area.y1 - sizes.label * 2.0,
        };
        if plot.width() > 20.0 && plot.height() > 20.0 {
            let y_of = |v: f64| plot.y1 - v / top * plot.height();
            super::axis::draw_count_grid(p, &plot, &ticks, top, |v| nf.int(v), theme.grid, label)?;
            let band = plot.width() / points.len() as f64;
            let (mut years, mut xy) = (Vec::with_capacity(points.len()), Vec::with_capacity(points.len()));
            for (i, &(year, v, _)) in points.iter().enumerate() {
                years.push(year);
                xy.push((plot.x0 + band * (i as f64 + 0.5), y_of(v as f64)));
            }
            let (form, step) = time::plan(opts.time, &years, band, sizes.label);
            for (i, w) in xy.windows(2).enumerate() {
                if points[i + 1].2 {
                    p.line(w[0], w[1], theme.bar, 2.5)?;
                } else {
                    // Dashes across a season with no data.
                    let n = 6;
                    for k in (0..n).step_by(2) {
                        let a = k as f64 / n as f64;
                        let b = (k + 1) as f64 / n as f64;
                        let lerp = |t: f64| (w[0].0 + (w[1].0 - w[0].0) * t, w[0].1 + (w[1].1 - w[0].1) * t);
                        p.line(lerp(a), lerp(b), theme.missing, 2.0)?;
                    }
                }
            }
            // Label every point whose label fits beside its neighbours; always the last.
            let lw = points.iter().map(|p| value_font.width(&nf.int(p.1))).fold(0.0, f64::max) + 6.0;
            let label_step = (lw / band).ceil().max(1.0) as usize;
            let n = points.len();
            let mut row = super::columns::LabelRow::new(area.x0, p.size().0 - 2.0, sizes.label * 0.4);
            for (i, (&(y, v, has), &(x, py))) in points.iter().zip(&xy).enumerate() {
                let color = if has { theme.bar } else { theme.missing };
                let own = if i == 0 { v } else { v - points[i - 1].1 };
                marks.push(super::mark::Mark {
                    x0: x - band / 2.0,
                    y0: plot.y0,
                    x1: x + band / 2.0,
                    y1: plot.y1,
                    target: super::seasons::time_target(opts.time, y),
                    title: time::labels(opts.time, y)[0].clone(),
                    lines: vec![
                        format!("{}: {}", t(Text::RunningTotal, opts.lang), nf.int(v)),
                        if has {
                            crate::i18n::remains_phrase(&format!("+{}", nf.int(own)), opts.lang)
                        } else {
                            t(Text::NoData, opts.lang).to_string()
                        },
                    ],
                });
                p.circle((x, py), 3.5, theme.background, true)?;
                p.circle((x, py), 3.5, color, has)?;
                let last = i + 1 == n;
                if last || (has && (n - 1 - i) % label_step == 0 && (n - 1 - i) >= label_step) {
                    p.text(&nf.int(v), x, py - sizes.label * 1.0, value_font)?;
                }
                if i % step == 0 {
                    let l = &time::labels(opts.time, y)[form];
                    if let Some(lx) = row.place(x, label.width(l)) {
                        p.text(l, lx, plot.y1 + sizes.label * 1.1, label)?;
                    }
                }
            }
            p.line((plot.x0, plot.y1.round()), (plot.x1, plot.y1.round()), theme.axis, 1.0)?;
        }
    }
    let mut table = Table {
        columns: vec![time::axis_name(opts.time, opts.lang).to_string(), t(Text::RunningTotal, opts.lang).to_string()],
        rows: Vec::with_capacity(points.len()),
    };
    for &(y, v, _) in &points {
        table.rows.push(vec![TableCell::Text(time::key(opts.time, y)), TableCell::Count(v)]);
    }
    let description = match (points.first(), points.last()) {
        (Some(a), Some(b)) => {
            let (from, to) = (time::labels(opts.time, a.0)[0].clone(), time::labels(opts.time, b.0)[0].clone());
            match opts.lang {
                Lang::En => format!(
                    "Line chart: the running total rises to {} sets of remains from {from} to {to}.",
                    nf.int(b.1)
                ),
                Lang::Vi => {
                    format!("Biểu đồ đường: tổng cộng dồn tăng lên {} bộ hài cốt từ {from} đến {to}.", nf.int(b.1))
                }
                Lang::Km => format!("គំនូសតាងបន្ទាត់៖ សរុបបូកបន្តកើនដល់អដ្ឋិធាតុ {} ពី {from} ដល់ {to}។", nf.int(b.1)),
            }
        }
        _ => t(Text::NothingToShow, opts.lang).to_string(),
    };
    Ok(Rendered { title, description, table, marks, map: None })
}
