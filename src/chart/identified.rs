//! `identified`: per dry season, the share of remains identified by name, not identified,
//! and not reported, as 100% columns with the counts written in.

use plotters_backend::DrawingBackend;

use crate::aggregate::{Aggregates, Cell};
use crate::draw::{Color, DrawError, Font, Painter, Theme};
use crate::format::NumberFormat;
use crate::i18n::{t, Text};
use crate::lang::Lang;

use super::columns::{self, Column, Spec};
use super::frame::{draw_frame, Sizes};
use super::legend::{self, Item};
use super::{time, ChartOptions, Rendered, Table, TableCell};

/// The three parts of a season: identified, not identified, not reported.
pub fn parts(c: &Cell) -> [u64; 3] {
    let identified = c.identified.min(c.remains_with_identification);
    [identified, c.remains_with_identification - identified, c.remains - c.remains_with_identification]
}

/// Draws the chart and returns its title, description and table.
pub fn render<B: DrawingBackend>(
    p: &mut Painter<B>,
    data: &Aggregates,
    opts: &ChartOptions,
    theme: &Theme,
) -> Result<Rendered, DrawError> {
    let (series, _) = data.cube(opts.time).by_time(&opts.filter);
    let title = opts.title.clone().unwrap_or_else(|| t(Text::IdentifiedTitle, opts.lang).to_string());
    let mut area = draw_frame(p, opts, theme, t(Text::IdentifiedTitle, opts.lang))?;
    let nf = NumberFormat { lang: opts.lang, khmer_digits: opts.khmer_digits };
    let sizes = Sizes::for_width(p.size().0);
    let colors: [Color; 3] = [theme.palette[0], theme.palette[4].mix(theme.background, 0.35), theme.grid];
    let names = [Text::Identified, Text::NotIdentified, Text::IdentificationUnknown];
    let mut items = Vec::with_capacity(3);
    for k in 0..3 {
        items.push(Item { color: colors[k], label: t(names[k], opts.lang).to_string() });
    }
    area.y0 += legend::draw(p, &items, area.x0, area.y0, area.width(), Font::new(sizes.label, theme.text))? + 4.0;

    let mut marks = Vec::new();
    if series.iter().all(|(_, c)| c.is_none()) {
        super::frame::nothing_to_show(p, area, opts, theme)?;
    } else {
        let mut cols = Vec::with_capacity(series.len());
        for (y, c) in &series {
            let (mut segments, mut lines) = (Vec::new(), Vec::new());
            match c {
                Some(c) => {
                    for (k, v) in parts(c).into_iter().enumerate() {
                        segments.push((colors[k], v));
                        lines.push(format!("{}: {}", t(names[k], opts.lang), nf.int(v)));
                    }
                }
                None => lines.push(t(Text::NoData, opts.lang).to_string()),
            }
            cols.push(Column {
                labels: time::labels(opts.time, *y).to_vec(),
                segments,
                has_data: c.is_some(),
                group: 0,
                mark: Some((super::seasons::time_target(opts.time, *y), time::labels(opts.time, *y)[0].clone(), lines)),
            });
        }
        marks = columns::draw(
            p,
            area,
            &cols,
            &Spec { percent: true, groups: &[], no_data: t(Text::NoData, opts.lang) },
            theme,
            &nf,
        )?;
    }

    let mut table = Table { columns: vec![time::axis_name(opts.time, opts.lang).to_string()], rows: Vec::new() };
    for n in names {
        table.columns.push(t(n, opts.lang).to_string());
    }
    table.columns.push(t(Text::Total, opts.lang).to_string());
    for (y, c) in &series {
        let mut row = vec![TableCell::Text(time::key(opts.time, *y))];
        match c {
            Some(c) => {
                for v in parts(c) {
                    row.push(TableCell::Count(v));
                }
                row.push(TableCell::Count(c.remains));
            }
            None => row.extend([TableCell::Empty, TableCell::Empty, TableCell::Empty, TableCell::Empty]),
        }
        table.rows.push(row);
    }
    let sum = series.iter().filter_map(|(_, c)| c.as_ref()).fold([0u64; 3], |mut a, c| {
        for (k, v) in parts(c).iter().enumerate() {
            a[k] += v;
        }
        a
    });
    let (id, total) = (sum[0], sum.iter().sum::<u64>());
    let description = match opts.lang {
        Lang::En => format!(
            "100% bar chart: of {} sets of remains, {} were identified by name, {} not identified and {} not reported.",
            nf.int(total),
            nf.int(id),
            nf.int(sum[1]),
            nf.int(sum[2])
        ),
        Lang::Vi => format!(
            "Biểu đồ cột 100%: trong {} bộ hài cốt, {} xác định được danh tính, {} chưa xác định và {} không có thông tin.",
            nf.int(total),
            nf.int(id),
            nf.int(sum[1]),
            nf.int(sum[2])
        ),
        Lang::Km => format!(
            "គំនូសតាងរបារ ១០០%៖ ក្នុងចំណោមអដ្ឋិធាតុ {} បានកំណត់អត្តសញ្ញាណ {} មិនទាន់កំណត់ {} និងគ្មានព័ត៌មាន {}។",
            nf.int(total),
            nf.int(id),
            nf.int(sum[1]),
            nf.int(sum[2])
        ),
    };
    Ok(Rendered { title, description, table, marks, map: None })
}
