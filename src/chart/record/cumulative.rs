//! The record's `cumulative` view: the published running totals (all teams, from the
//! programme's start) as points on a time axis, joined only where one follows the other a
//! season later on the same basis; under them, the seasons' national totals as small bars on
//! their own scale. Seasons without a total are left empty and named in a note: nothing climbs
//! from zero, and no point is made of figures nobody published.

use plotters_backend::DrawingBackend;

use crate::chart::axis::count_ticks;
use crate::chart::frame::{draw_frame, nothing_to_show, wrap, Rect, Sizes};
use crate::chart::mark::{Mark, Target};
use crate::chart::{ChartOptions, Rendered, Table, TableCell};
use crate::draw::{Align, DrawError, Font, Painter, Theme};
use crate::figure::period::{month, Month};
use crate::figure::{Figure, Measure};
use crate::format::NumberFormat;
use crate::i18n::{t, Text};
use crate::lang::Lang;
use crate::published::{self, Disjoint, LeftOut, Record, Running};
use crate::season::Season;

use super::seasons::{note_leading, role_column, value_label};
use super::{caveat_key, caveat_signs, figure_cells, figure_columns, left_out_note, pick, tooltip, with_sources};

/// The view's title.
pub fn view_title(lang: Lang) -> &'static str {
    pick(
        lang,
        "Sets of remains found in all: published running totals",
        "Tổng số bộ hài cốt tìm thấy: tổng cộng dồn đã công bố",
        "អដ្ឋិធាតុដែលបានរកឃើញសរុប៖ សរុបបូកបន្តដែលបានផ្សាយ",
    )
}

/// The season a month falls in (September to August).
fn season_of(m: Month) -> Season {
    Season::new((m.saturating_sub(8) / 12) as u16)
}

/// A season's first and last months.
fn months_of(s: Season) -> (Month, Month) {
    (month(s.first_year(), 9), month(s.first_year() + 1, 8))
}

/// Runs of seasons from `first` to `last` with no national total of their own.
fn gaps(first: Season, last: Season, totals: &[&Figure]) -> Vec<(Season, Season)> {
    let mut runs: Vec<(Season, Season)> = Vec::new();
    for y in first.first_year()..=last.first_year() {
        let s = Season::new(y);
        let has = totals.iter().any(|f| f.period.season() == Some(s));
        if has {
            continue;
        }
        match runs.last_mut() {
            Some(r) if r.1.first_year() + 1 == y => r.1 = s,
            _ => runs.push((s, s)),
        }
    }
    runs
}

/// "2000–2011" for the seasons 2000–2001 to 2010–2011.
fn run_label(run: (Season, Season)) -> String {
    format!("{}–{}", run.0.first_year(), u32::from(run.1.first_year()) + 1)
}

/// The note naming the seasons without a national total.
fn gaps_note(runs: &[(Season, Season)], lang: Lang) -> Option<String> {
    if runs.is_empty() {
        return None;
    }
    let labels: Vec<String> = runs.iter().map(|&r| run_label(r)).collect();
    let names: Vec<&str> = labels.iter().map(String::as_str).collect();
    let list = crate::figure::place::join(&names, lang);
    Some(match lang {
        Lang::En => format!("No national total published for the seasons of {list}: left empty, not drawn as zero"),
        Lang::Vi => format!("Không có tổng số toàn quốc được công bố cho các mùa khô {list}: để trống, không vẽ là 0"),
        Lang::Km => format!("គ្មានសរុបជាតិបានផ្សាយសម្រាប់រដូវប្រាំង {list}៖ ទុកចន្លោះ មិនគូរជាសូន្យ"),
    })
}

/// Whether two running totals are drawn joined: the second a season (or less) after the first,
/// counted from the same start.
fn joined(a: &Running, b: &Running) -> bool {
    b.to - a.to <= 12 && a.figure.period.from == b.figure.period.from
}

/// Draws the view and returns its title, description, table and marks.
pub fn render<B: DrawingBackend>(
    p: &mut Painter<B>,
    record: &Record,
    opts: &ChartOptions,
    theme: &Theme,
) -> Result<Rendered, DrawError> {
    let lang = opts.lang;
    let points = published::running(record, Measure::Found, false);
    let seasons = published::seasons(record, Measure::Found, false);
    let totals: Vec<&Figure> = seasons.iter().filter_map(|s| s.total).collect();
    // What a sum would leave out: running totals and season totals whose caveats keep them out.
    let mut left_out = Disjoint::default();
    for r in published::running(record, Measure::Found, true) {
        if !points.iter().any(|p| std::ptr::eq(p.figure, r.figure)) {
            left_out.left_out.push((r.figure, LeftOut::Caveat));
        }
    }
    for s in published::seasons(record, Measure::Found, true) {
        if let Some(f) = s.total.filter(|f| !totals.iter().any(|t| std::ptr::eq(*t, *f))) {
            left_out.left_out.push((f, LeftOut::Caveat));
        }
    }
    let drawn: Vec<&Figure> = points.iter().map(|p| p.figure).chain(totals.iter().copied()).collect();
    let opts = &with_sources(opts, &drawn);
    let title = opts.title.clone().unwrap_or_else(|| view_title(lang).to_owned());
    let mut area = draw_frame(p, opts, theme, view_title(lang))?;
    let nf = NumberFormat { lang, khmer_digits: opts.khmer_digits };
    let sizes = Sizes::for_width(p.size().0);

    // The time axis: from the first season any drawn figure covers (from 2000-2001 at the
    // earliest) to the last month drawn, in whole years.
    let programme = month(2000, 9);
    let first = drawn.iter().map(|f| f.period.from.max(programme)).min();
    let last = drawn.iter().map(|f| f.period.to).max();
    let runs = match (first, last) {
        (Some(a), Some(b)) => gaps(season_of(a), season_of(b), &totals),
        _ => Vec::new(),
    };
    let mut marks = Vec::new();
    match (first, last) {
        (Some(first), Some(last)) => {
            let start = month((first / 12) as u16, 1);
            let end = month((last / 12) as u16 + 1, 1);
            let mut notes: Vec<String> = Vec::new();
            notes.extend(gaps_note(&runs, lang));
            if drawn.iter().any(|f| !caveat_signs(f).is_empty()) {
                notes.push(caveat_key(lang).to_owned());
            }
            notes.extend(left_out_note([&left_out], lang).map(|n| nf.digits(&n)));
            let note_font = Font::new(sizes.note, theme.muted).align(Align::Start);
            let lines: Vec<String> = notes.iter().flat_map(|n| wrap(n, &note_font, area.width(), 3)).collect();
            let line_h = sizes.note * note_leading(lang);
            let notes_top = area.y1 - lines.len() as f64 * line_h;
            for (i, l) in lines.iter().enumerate() {
                p.text(l, area.x0, notes_top + line_h * (i as f64 + 0.5), note_font)?;
            }
            area.y1 = notes_top - sizes.label * 0.4;
            let axis = Axis { start, end };
            marks = draw(p, area, &axis, &points, &totals, &runs, opts, theme, &nf, &sizes)?;
        }
        _ => nothing_to_show(p, area, opts, theme)?,
    }

    let description = describe(&points, &totals, &runs, lang, &nf);
    Ok(Rendered { title, description, table: table(&points, &totals, &left_out, lang), marks, map: None })
}

/// The months of the time axis: from `start` to `end` (exclusive), whole years.
struct Axis {
    start: Month,
    end: Month,
}

#[allow(clippy::too_many_arguments)]
fn draw<B: DrawingBackend>(
    p: &mut Painter<B>,
    area: Rect,
    axis: &Axis,
    points: &[Running],
    totals: &[&Figure],
    runs: &[(Season, Season)],
    opts: &ChartOptions,
    theme: &Theme,
    nf: &NumberFormat,
    sizes: &Sizes,
) -> Result<Vec<Mark>, DrawError> {
    let lang = opts.lang;
    let label = Font::new(sizes.label, theme.muted);
    let caption = Font::new(sizes.label, theme.muted).bold().align(Align::Start);
    let value_font = Font::new(sizes.label, theme.text).bold();
    let small_value = Font::new(sizes.label * 0.9, theme.text);

    let max_point = points.iter().map(|p| u64::from(p.figure.value)).max().unwrap_or(0);
    let max_total = totals.iter().map(|f| u64::from(f.value)).max().unwrap_or(0);
    let main_ticks = count_ticks(max_point, 4);
    let strip_ticks = count_ticks(max_total, 1);
    let tick_w = main_ticks.iter().chain(&strip_ticks).map(|&v| label.width(&nf.int(v))).fold(0.0, f64::max);
    let x0 = area.x0 + tick_w + 8.0;
    let last_w = value_font.width("00,000??");
    let x1 = area.x1 - last_w / 2.0;
    let axis_y = area.y1 - sizes.label * 1.8;
    let full = axis_y - area.y0;
    if x1 - x0 < 40.0 || full < 80.0 {
        return Ok(Vec::new());
    }
    // The running totals above, the season totals below, each under its caption.
    let strip_h = (full * 0.26).max(sizes.label * 3.0);
    let strip = Rect { x0, y0: axis_y - strip_h, x1, y1: axis_y };
    let main = Rect { x0, y0: area.y0 + sizes.label * 2.8, x1, y1: strip.y0 - sizes.label * 2.8 };
    let x_of = |m: Month| x0 + f64::from(m.saturating_sub(axis.start)) / f64::from(axis.end - axis.start) * (x1 - x0);
    let main_top = *main_ticks.last().unwrap_or(&1) as f64;
    let y_main = |v: f64| main.y1 - v / main_top * main.height();
    let strip_top = *strip_ticks.last().unwrap_or(&1) as f64;
    let y_strip = |v: f64| strip.y1 - v / strip_top * strip.height();

    p.text(
        pick(lang, "Running totals, all teams", "Tổng cộng dồn, tất cả các đội", "សរុបបូកបន្ត ក្រុមទាំងអស់"),
        area.x0,
        main.y0 - sizes.label * 1.9,
        caption,
    )?;
    p.text(
        pick(lang, "National total of each season", "Tổng số toàn quốc từng mùa", "សរុបជាតិនៃរដូវនីមួយៗ"),
        area.x0,
        strip.y0 - sizes.label * 1.6,
        caption,
    )?;
    for &v in &main_ticks {
        let y = y_main(v as f64).round();
        p.line((x0, y), (x1, y), if v > 0 { theme.grid } else { theme.axis }, 1.0)?;
        p.text(&nf.int(v), x0 - 6.0, y, label.align(Align::End))?;
    }
    for &v in &strip_ticks {
        let y = y_strip(v as f64).round();
        if v > 0 {
            p.line((x0, y), (x1, y), theme.grid, 1.0)?;
            p.text(&nf.int(v), x0 - 6.0, y, label.align(Align::End))?;
        }
    }

    let mut marks = Vec::new();
    // Season totals.
    let season_w = x_of(month(2001, 9)) - x_of(month(2000, 9));
    for f in totals {
        let Some(s) = f.period.season() else { continue };
        let (from, to) = months_of(s);
        let (bx0, bx1) = (x_of(from) + season_w * 0.12, x_of(to + 1) - season_w * 0.12);
        let y = y_strip(f64::from(f.value));
        p.fill_rect(bx0, y, bx1, strip.y1, theme.bar)?;
        let v = nf.int(u64::from(f.value));
        if small_value.width(&v) <= season_w + 2.0 {
            value_label(p, &v, &caveat_signs(f), (bx0 + bx1) / 2.0, y - sizes.label * 0.7, season_w, small_value)?;
        }
        let (title, lines) = tooltip(f, lang, nf);
        let season = crate::chart::time::key(crate::aggregate::TimeAxis::Season, s.first_year());
        marks.push(Mark {
            x0: bx0,
            y0: strip.y0,
            x1: bx1,
            y1: strip.y1,
            target: Target::Season { season },
            title,
            lines,
        });
    }
    // Seasons with no figure: named where they are.
    let missing = Font::new(sizes.label * 0.9, theme.missing);
    for &(a, b) in runs {
        let (from, to) = (months_of(a).0, months_of(b).1);
        let (gx0, gx1) = (x_of(from), x_of(to + 1));
        let text = super::seasons::no_figure(lang);
        if missing.width(text) + 4.0 <= gx1 - gx0 {
            p.text(text, (gx0 + gx1) / 2.0, strip.y1 - sizes.label * 0.9, missing)?;
        } else {
            p.text("–", (gx0 + gx1) / 2.0, strip.y1 - sizes.label * 0.9, missing)?;
        }
    }
    p.line((x0, strip.y1.round()), (x1, strip.y1.round()), theme.axis, 1.0)?;

    // Running totals: lines between joined points, then the points and their labels.
    let xy: Vec<(f64, f64)> = points.iter().map(|r| (x_of(r.to + 1), y_main(f64::from(r.figure.value)))).collect();
    for (i, w) in points.windows(2).enumerate() {
        if joined(&w[0], &w[1]) {
            p.line(xy[i], xy[i + 1], theme.bar, 2.5)?;
        }
    }
    for (r, &(x, y)) in points.iter().zip(&xy) {
        p.circle((x, y), 4.0, theme.bar, true)?;
        let (title, lines) = tooltip(r.figure, lang, nf);
        let season = crate::chart::time::key(crate::aggregate::TimeAxis::Season, season_of(r.to).first_year());
        marks.push(Mark {
            x0: x - 9.0,
            y0: y - 9.0,
            x1: x + 9.0,
            y1: y + 9.0,
            target: Target::Season { season },
            title,
            lines,
        });
    }
    // Labels, the latest and the surest first, each where it touches none placed before it.
    let mut order: Vec<usize> = (0..points.len()).collect();
    crate::sort::sort_by_key(&mut order, |&i| {
        (std::cmp::Reverse(i + 1 == points.len()), caveat_signs(points[i].figure).len(), std::cmp::Reverse(i))
    });
    let mut placed: Vec<Rect> = Vec::new();
    for i in order {
        let (x, y) = xy[i];
        let text = format!("{}{}", nf.int(u64::from(points[i].figure.value)), caveat_signs(points[i].figure));
        let w = value_font.width(&text);
        let h = value_font.size * 1.2;
        let candidates = [
            (x, y - sizes.label * 1.1, Align::Center),
            (x, y + sizes.label * 1.2, Align::Center),
            (x + 7.0, y, Align::Start),
            (x - 7.0, y, Align::End),
            (x, y - sizes.label * 2.3, Align::Center),
        ];
        let boxed = |&(lx, ly, align): &(f64, f64, Align)| {
            let left = match align {
                Align::Center => lx - w / 2.0,
                Align::Start => lx,
                Align::End => lx - w,
            };
            Rect { x0: left, y0: ly - h / 2.0, x1: left + w, y1: ly + h / 2.0 }
        };
        let clear = |b: &Rect| {
            b.x0 >= area.x0
                && b.x1 <= p.size().0 - 2.0
                && b.y0 >= main.y0 - sizes.label * 1.2
                && b.y1 <= main.y1
                && !placed.iter().any(|o| b.x0 < o.x1 && o.x0 < b.x1 && b.y0 < o.y1 && o.y0 < b.y1)
                && !xy.iter().any(|&(px, py)| px > b.x0 - 3.0 && px < b.x1 + 3.0 && py > b.y0 - 3.0 && py < b.y1 + 3.0)
        };
        if let Some(c) = candidates.iter().find(|c| clear(&boxed(c))) {
            p.text(&text, c.0, c.1, value_font.align(c.2))?;
            placed.push(boxed(c));
        }
    }

    // The years along the bottom, as many as fit.
    let year_w = x_of(month(2001, 1)) - x_of(month(2000, 1));
    let step = [1u16, 2, 5, 10, 20]
        .into_iter()
        .find(|&s| f64::from(s) * year_w >= label.width("2000") + sizes.label)
        .unwrap_or(50);
    let (y_first, y_last) = ((axis.start / 12) as u16, (axis.end / 12) as u16);
    for year in y_first..=y_last {
        let x = x_of(month(year, 1));
        p.line((x, axis_y), (x, axis_y + 4.0), theme.axis, 1.0)?;
        if year % step == 0 {
            p.text(&year.to_string(), x, axis_y + sizes.label * 1.1, label)?;
        }
    }
    Ok(marks)
}

/// The table: the running totals and season totals in time order, then those left out.
fn table(points: &[Running], totals: &[&Figure], left_out: &Disjoint, lang: Lang) -> Table {
    let mut columns = vec![role_column(lang)];
    columns.extend(figure_columns(lang));
    let mut rows: Vec<(Month, Vec<TableCell>)> = Vec::new();
    let row = |role: &str, f: &Figure| {
        let mut row = vec![TableCell::Text(role.to_owned())];
        row.extend(figure_cells(f, lang));
        (f.period.to, row)
    };
    let point = pick(lang, "running total (point)", "tổng cộng dồn (điểm)", "សរុបបូកបន្ត (ចំណុច)");
    let bar = pick(lang, "season total (bar)", "tổng số của mùa (cột)", "សរុបរដូវ (របារ)");
    rows.extend(points.iter().map(|r| row(point, r.figure)));
    rows.extend(totals.iter().map(|f| row(bar, f)));
    crate::sort::sort_by_key(&mut rows, |r| r.0);
    let not_drawn = pick(lang, "not drawn: see caveats", "không vẽ: xem lưu ý", "មិនបានគូរ៖ មើលការប្រុងប្រយ័ត្ន");
    rows.extend(left_out.left_out.iter().map(|(f, _)| row(not_drawn, f)));
    Table { columns, rows: rows.into_iter().map(|r| r.1).collect() }
}

/// A description for screen readers.
fn describe(
    points: &[Running],
    totals: &[&Figure],
    runs: &[(Season, Season)],
    lang: Lang,
    nf: &NumberFormat,
) -> String {
    if points.is_empty() && totals.is_empty() {
        return t(Text::NothingToShow, lang).to_owned();
    }
    let each: Vec<String> = points
        .iter()
        .map(|r| {
            let (v, period) = (nf.int(u64::from(r.figure.value)), r.figure.period.label(lang));
            match lang {
                Lang::En => format!("{v} for {period}"),
                Lang::Vi => format!("{v} cho {period}"),
                Lang::Km => format!("{v} សម្រាប់ {period}"),
            }
        })
        .collect();
    let each = each.join("; ");
    let mut s = match lang {
        Lang::En => format!(
            "Published running totals of sets of remains found, all teams: {each}; the national totals of {} seasons below them",
            totals.len()
        ),
        Lang::Vi => format!(
            "Tổng cộng dồn đã công bố số bộ hài cốt tìm thấy, tất cả các đội: {each}; bên dưới là tổng số toàn quốc của {} mùa khô",
            totals.len()
        ),
        Lang::Km => format!(
            "សរុបបូកបន្តដែលបានផ្សាយនៃអដ្ឋិធាតុដែលបានរកឃើញ ក្រុមទាំងអស់៖ {each}; ខាងក្រោមជាសរុបជាតិនៃ {} រដូវ",
            totals.len()
        ),
    };
    if let Some(note) = gaps_note(runs, lang) {
        let mut chars = note.chars();
        let first = chars.next().map(|c| c.to_lowercase().collect::<String>()).unwrap_or_default();
        s += &format!("; {first}{}", chars.as_str());
    }
    s + pick(lang, ".", ".", "។")
}
