//! `seasons`: sets of remains per dry season, one bar a season, the total above each bar.
//! A season with no data is a gap marked "no data", never a zero bar.

use plotters_backend::DrawingBackend;

use crate::aggregate::{Aggregates, TimeAxis};
use crate::draw::{text, Align, DrawError, Font, Painter, Theme};
use crate::format::NumberFormat;
use crate::i18n::{t, Text};
use crate::season::Season;

use super::axis::count_ticks;
use super::frame::{draw_frame, Rect, Sizes};
use super::{ChartOptions, Rendered, Table, TableCell};

/// One bar: a season and its total, `None` when the dataset says nothing of that season.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SeasonTotal {
    /// The dry season.
    pub season: Season,
    /// Sets of remains, or `None` for no data.
    pub remains: Option<u64>,
}

/// Totals per season from the first to the last with data; seasons between them with no
/// record are `None` (a gap, not a zero).
pub fn totals(data: &Aggregates, opts: &ChartOptions) -> Vec<SeasonTotal> {
    let (series, _) = data.cube(TimeAxis::Season).by_time(&opts.filter);
    series.into_iter().map(|(y, c)| SeasonTotal { season: Season::new(y), remains: c.map(|c| c.remains) }).collect()
}

/// Draws the chart and returns its title, description and table.
pub fn render<B: DrawingBackend>(
    p: &mut Painter<B>,
    data: &Aggregates,
    opts: &ChartOptions,
    theme: &Theme,
) -> Result<Rendered, DrawError> {
    let bars = totals(data, opts);
    draw(p, &bars, opts, theme)?;
    let table = Table {
        columns: vec![t(Text::DrySeason, opts.lang).to_string(), t(Text::SetsOfRemains, opts.lang).to_string()],
        rows: bars
            .iter()
            .map(|b| vec![TableCell::Text(b.season.to_string()), b.remains.map_or(TableCell::Empty, TableCell::Count)])
            .collect(),
    };
    Ok(Rendered {
        title: opts.title.clone().unwrap_or_else(|| t(Text::SeasonsTitle, opts.lang).to_string()),
        description: describe(&bars, opts),
        table,
    })
}

/// Season labels from longest to shortest: `2024–2025`, `2024–25`, `24–25`.
fn season_labels(season: Season) -> [String; 3] {
    let y = season.first_year();
    let z = y + 1;
    [format!("{y}–{z}"), format!("{y}–{:02}", z % 100), format!("{:02}–{:02}", y % 100, z % 100)]
}

/// Picks the longest label form that fits the band, then how many bands to step between
/// labels so that none overlap. Returns (form index, step).
fn label_plan(seasons: &[SeasonTotal], band: f64, size: f64) -> (usize, usize) {
    let gap = size * 0.6;
    let widest = |form: usize| {
        seasons.iter().map(|s| text::width(&season_labels(s.season)[form], size, false)).fold(0.0, f64::max)
    };
    for form in 0..3 {
        if widest(form) + gap <= band {
            return (form, 1);
        }
    }
    let w = widest(1) + gap;
    (1, (w / band).ceil().max(1.0) as usize)
}

/// Draws the chart on `p`; `bars` are consecutive seasons, gaps included.
pub fn draw<B: DrawingBackend>(
    p: &mut Painter<B>,
    bars: &[SeasonTotal],
    opts: &ChartOptions,
    theme: &Theme,
) -> Result<(), DrawError> {
    let area = draw_frame(p, opts, theme, t(Text::SeasonsTitle, opts.lang))?;
    let sizes = Sizes::for_width(p.size().0);
    let nf = NumberFormat { lang: opts.lang, khmer_digits: opts.khmer_digits };
    let label = Font::new(sizes.label, theme.muted);

    let max = bars.iter().filter_map(|b| b.remains).max().unwrap_or(0);
    let ticks = count_ticks(max, ((area.height() / 60.0) as usize).clamp(2, 6));
    let top = *ticks.last().unwrap_or(&1) as f64;
    let tick_w = ticks.iter().map(|&v| label.width(&nf.int(v))).fold(0.0, f64::max);

    // Room for x labels below and value labels above the tallest bar.
    let plot = Rect {
        x0: area.x0 + tick_w + 8.0,
        y0: area.y0 + sizes.label * 1.6,
        x1: area.x1,
        y1: area.y1 - sizes.label * 2.0,
    };
    if plot.width() < 20.0 || plot.height() < 20.0 || bars.is_empty() {
        return Ok(());
    }
    let y_of = |v: f64| plot.y1 - v / top * plot.height();

    for &v in &ticks {
        let y = y_of(v as f64).round();
        if v > 0 {
            p.line((plot.x0, y), (plot.x1, y), theme.grid, 1.0)?;
        }
        p.text(&nf.int(v), plot.x0 - 6.0, y, label.align(Align::End))?;
    }

    let band = plot.width() / bars.len() as f64;
    let bar_w = (band * 0.72).max(1.0);
    let (form, step) = label_plan(bars, band, sizes.label);
    let value_font = Font::new(sizes.label, theme.text).bold();
    let show_values = bars
        .iter()
        .filter_map(|b| b.remains)
        .all(|v| value_font.width(&nf.int(v)) + 2.0 <= band);
    let no_data = t(Text::NoData, opts.lang);

    for (i, b) in bars.iter().enumerate() {
        let cx = plot.x0 + band * (i as f64 + 0.5);
        match b.remains {
            Some(v) => {
                let y = y_of(v as f64);
                p.fill_rect(cx - bar_w / 2.0, y, cx + bar_w / 2.0, plot.y1, theme.bar)?;
                if show_values {
                    p.text(&nf.int(v), cx, y - sizes.label * 0.8, value_font)?;
                }
            }
            None => {
                let mark = Font::new(sizes.label * 0.9, theme.missing).vertical().align(Align::Start);
                if mark.width(no_data) < plot.height() && band >= sizes.label {
                    p.text(no_data, cx, plot.y1 - 4.0, mark)?;
                } else {
                    p.text("–", cx, plot.y1 - sizes.label, Font::new(sizes.label, theme.missing))?;
                }
            }
        }
        if i % step == 0 {
            p.text(&season_labels(b.season)[form], cx, plot.y1 + sizes.label * 1.1, label)?;
        }
    }
    p.line((plot.x0, plot.y1.round()), (plot.x1, plot.y1.round()), theme.axis, 1.0)?;
    Ok(())
}

/// A one-sentence description of the chart for screen readers.
pub fn describe(bars: &[SeasonTotal], opts: &ChartOptions) -> String {
    let nf = NumberFormat::new(opts.lang);
    let with_data: Vec<&SeasonTotal> = bars.iter().filter(|b| b.remains.is_some()).collect();
    let (Some(first), Some(last)) = (bars.first(), bars.last()) else {
        return t(Text::NoData, opts.lang).to_string();
    };
    let total: u64 = with_data.iter().filter_map(|b| b.remains).sum();
    let peak = with_data.iter().max_by_key(|b| b.remains);
    let gaps = bars.len() - with_data.len();
    let span = format!("{}–{}", first.season, last.season);
    match opts.lang {
        crate::lang::Lang::Vi => {
            let mut s = format!(
                "Biểu đồ cột: {} bộ hài cốt qua {} mùa khô từ {span}",
                nf.int(total),
                with_data.len()
            );
            if let Some(pk) = peak {
                s += &format!("; cao nhất mùa khô {} với {}", pk.season, nf.int(pk.remains.unwrap_or(0)));
            }
            if gaps > 0 {
                s += &format!("; {gaps} mùa không có số liệu");
            }
            s + "."
        }
        crate::lang::Lang::Km => {
            let mut s = format!(
                "គំនូសតាងរបារ៖ អដ្ឋិធាតុ {} ក្នុង {} រដូវប្រាំង ({span})",
                nf.int(total),
                with_data.len()
            );
            if let Some(pk) = peak {
                s += &format!(" ខ្ពស់បំផុតនៅរដូវ {} ({})", pk.season, nf.int(pk.remains.unwrap_or(0)));
            }
            if gaps > 0 {
                s += &format!(" គ្មានទិន្នន័យ {gaps} រដូវ");
            }
            s + "។"
        }
        crate::lang::Lang::En => {
            let mut s = format!(
                "Bar chart: {} sets of remains over {} dry seasons, {span}",
                nf.int(total),
                with_data.len()
            );
            if let Some(pk) = peak {
                s += &format!("; the most in {} with {}", pk.season, nf.int(pk.remains.unwrap_or(0)));
            }
            if gaps > 0 {
                s += &format!("; {gaps} season(s) without data");
            }
            s + "."
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_shorten_then_thin() {
        let bars: Vec<SeasonTotal> =
            (2010..2025).map(|y| SeasonTotal { season: Season::new(y), remains: Some(1) }).collect();
        assert_eq!(label_plan(&bars, 80.0, 12.0), (0, 1));
        assert_eq!(label_plan(&bars, 60.0, 12.0).0, 1);
        assert_eq!(label_plan(&bars, 45.0, 12.0).0, 2);
        let (form, step) = label_plan(&bars, 10.0, 12.0);
        assert_eq!(form, 1);
        assert!(step >= 5);
    }
}
