//! `provinces`: a horizontal bar per province, sorted by count, names in the reader's
//! language; "unknown province" last, in grey.

use plotters_backend::DrawingBackend;

use crate::aggregate::{Aggregates, TimeAxis};
use crate::draw::{text, Align, DrawError, Font, Painter, Theme};
use crate::format::NumberFormat;
use crate::i18n::{t, Text};
use crate::lang::Lang;
use crate::province::Province;

use super::frame::{draw_frame, Sizes};
use super::mark::{Mark, Target};
use super::{ChartOptions, Rendered, Table, TableCell};

/// (province, sets of remains) sorted by count (ties by name), then the unknown total.
pub fn totals(data: &Aggregates, opts: &ChartOptions) -> (Vec<(Province, u64)>, u64) {
    let by = data.cube(TimeAxis::Season).by_province(&opts.filter);
    let mut known: Vec<(Province, u64)> = Vec::new();
    for (&slot, c) in by.iter() {
        if let Some(p) = Province::from_number(slot as u8).filter(|_| c.remains > 0) {
            known.push((p, c.remains));
        }
    }
    crate::sort::sort_by(&mut known, |a, b| b.1.cmp(&a.1).then_with(|| a.0.name(opts.lang).cmp(b.0.name(opts.lang))));
    (known, by.get(&0).map_or(0, |c| c.remains))
}

/// Draws the chart and returns its title, description and table.
pub fn render<B: DrawingBackend>(
    p: &mut Painter<B>,
    data: &Aggregates,
    opts: &ChartOptions,
    theme: &Theme,
) -> Result<Rendered, DrawError> {
    let (known, unknown) = totals(data, opts);
    let title = opts.title.clone().unwrap_or_else(|| t(Text::ProvincesTitle, opts.lang).to_string());
    let area = draw_frame(p, opts, theme, t(Text::ProvincesTitle, opts.lang))?;
    let nf = NumberFormat { lang: opts.lang, khmer_digits: opts.khmer_digits };
    let sizes = Sizes::for_width(p.size().0);
    let unknown_label = t(Text::UnknownProvince, opts.lang);
    let mut rows: Vec<(String, u64, bool)> = Vec::with_capacity(known.len() + 1);
    for &(pr, v) in &known {
        rows.push((pr.name(opts.lang).to_string(), v, false));
    }
    if unknown > 0 {
        rows.push((unknown_label.to_string(), unknown, true));
    }

    let mut marks = Vec::new();
    if rows.is_empty() {
        super::frame::nothing_to_show(p, area, opts, theme)?;
    } else {
        // Row height: as tall as fits, between 1.25 and 2.2 times the label size; labels
        // shrink a little when there are many rows in a short chart.
        let band = (area.height() / rows.len() as f64).min(sizes.label * 2.2);
        let size = sizes.label.min(band / 1.25).max(8.0);
        let label = Font::new(size, theme.text).align(Align::End);
        let max_label = area.width() * 0.38;
        let name_w = rows.iter().map(|r| label.width(&r.0)).fold(0.0, f64::max).min(max_label);
        let value_font = Font::new(size, theme.text).bold().align(Align::Start);
        let max = rows.iter().map(|r| r.1).max().unwrap_or(1).max(1) as f64;
        let value_w = value_font.width(&nf.int(max as u64)) + 6.0;
        let x0 = area.x0 + name_w + 8.0;
        let bar_max = (area.x1 - value_w - x0).max(10.0);
        for (i, (name, v, is_unknown)) in rows.iter().enumerate() {
            let y = area.y0 + band * (i as f64 + 0.5);
            let name = text::truncate(name, size, false, name_w);
            let color = if *is_unknown { theme.missing } else { theme.bar };
            let font = if *is_unknown { Font { color: theme.muted, ..label } } else { label };
            if *is_unknown && i > 0 {
                let sep = area.y0 + band * i as f64;
                p.line((area.x0, sep), (area.x1, sep), theme.grid, 1.0)?;
            }
            p.text(&name, x0 - 8.0, y, font)?;
            let w = (*v as f64 / max * bar_max).max(1.0);
            let h = (band * 0.7).max(2.0);
            p.fill_rect(x0, y - h / 2.0, x0 + w, y + h / 2.0, color)?;
            p.text(&nf.int(*v), x0 + w + 4.0, y, value_font)?;
            let code = if *is_unknown { String::new() } else { known[i].0.code().to_string() };
            marks.push(Mark {
                x0: area.x0,
                y0: y - band / 2.0,
                x1: area.x1,
                y1: y + band / 2.0,
                target: Target::Province { province: code },
                title: rows[i].0.clone(),
                lines: vec![crate::i18n::remains_phrase(&nf.int(*v), opts.lang)],
            });
        }
        p.line((x0.round(), area.y0), (x0.round(), area.y0 + band * rows.len() as f64), theme.axis, 1.0)?;
    }

    let mut table = Table {
        columns: vec![
            t(Text::Province, opts.lang).to_string(),
            "ISO 3166-2".to_string(),
            t(Text::SetsOfRemains, opts.lang).to_string(),
        ],
        rows: Vec::with_capacity(known.len() + 1),
    };
    for &(pr, v) in &known {
        table.rows.push(vec![
            TableCell::Text(pr.name(opts.lang).to_string()),
            TableCell::Text(pr.code().to_string()),
            TableCell::Count(v),
        ]);
    }
    if unknown > 0 {
        table.rows.push(vec![TableCell::Text(unknown_label.to_string()), TableCell::Empty, TableCell::Count(unknown)]);
    }
    let total: u64 = rows.iter().map(|r| r.1).sum();
    let description = match (opts.lang, known.first()) {
        (_, None) if unknown == 0 => t(Text::NothingToShow, opts.lang).to_string(),
        (Lang::En, top) => {
            let mut s = format!("Bar chart: {} sets of remains in {} provinces", nf.int(total), known.len());
            if let Some(&(pr, v)) = top {
                s += &format!("; the most in {} with {}", pr.name(opts.lang), nf.int(v));
            }
            if unknown > 0 {
                s += &format!("; {} in an unknown province", nf.int(unknown));
            }
            s + "."
        }
        (Lang::Vi, top) => {
            let mut s = format!("Biểu đồ thanh: {} bộ hài cốt tại {} tỉnh", nf.int(total), known.len());
            if let Some(&(pr, v)) = top {
                s += &format!("; nhiều nhất ở {} với {}", pr.name(opts.lang), nf.int(v));
            }
            if unknown > 0 {
                s += &format!("; {} không rõ tỉnh", nf.int(unknown));
            }
            s + "."
        }
        (Lang::Km, top) => {
            let mut s = format!("គំនូសតាងរបារ៖ អដ្ឋិធាតុ {} ក្នុង {} ខេត្ត", nf.int(total), known.len());
            if let Some(&(pr, v)) = top {
                s += &format!(" ច្រើនបំផុតនៅ{} ({})", pr.name(opts.lang), nf.int(v));
            }
            if unknown > 0 {
                s += &format!(" មិនស្គាល់ខេត្ត {}", nf.int(unknown));
            }
            s + "។"
        }
    };
    Ok(Rendered { title, description, table, marks, map: None })
}
