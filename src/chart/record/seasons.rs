//! The record's `seasons` view: a column per dry season from the first to the last with a
//! published figure. A season's national total is its bar; the figures published for its teams
//! are stacked inside it as parts, the rest of the total "not attributed to a team". A season
//! with team figures and no national total shows them outlined, as parts of an unknown whole;
//! a season with no figure is a gap that says so, never a zero.

use plotters_backend::DrawingBackend;

use crate::aggregate::TimeAxis;
use crate::chart::axis::count_ticks;
use crate::chart::columns::LabelRow;
use crate::chart::frame::{draw_frame, nothing_to_show, wrap, Rect, Sizes};
use crate::chart::legend::{self, Item};
use crate::chart::mark::{Mark, Target};
use crate::chart::{time, ChartOptions, Rendered, Table, TableCell};
use crate::draw::theme::{REGION_COLORS, TEAM_COLORS};
use crate::draw::{Align, Color, DrawError, Font, Painter, Theme};
use crate::figure::{Figure, Measure};
use crate::format::NumberFormat;
use crate::lang::Lang;
use crate::published::{self, LeftOut, Record, SeasonTotal};
use crate::season::Season;
use crate::team::Team;

use super::{
    caveat_key, caveat_signs, fact_cells, facts_note, figure_cells, figure_columns, left_out_notes, pick, season_facts,
    sets, tooltip, with_sources,
};

/// The view's title.
pub fn view_title(lang: Lang) -> &'static str {
    pick(
        lang,
        "Sets of remains found, by dry season: published figures",
        "Số bộ hài cốt tìm thấy theo mùa khô: số liệu đã công bố",
        "អដ្ឋិធាតុដែលបានរកឃើញ តាមរដូវប្រាំង៖ តួលេខដែលបានផ្សាយ",
    )
}

/// What of a national total no team figure accounts for.
pub fn not_attributed(lang: Lang) -> &'static str {
    pick(lang, "not attributed to a team", "chưa phân theo đội", "មិនបានបែងចែកតាមក្រុម")
}

/// The mark of a season with no published figure.
pub fn no_figure(lang: Lang) -> &'static str {
    pick(lang, "no figure", "không có số liệu", "គ្មានតួលេខ")
}

/// The mark of a season whose figures are all left out of the drawing (see its tooltip).
fn not_drawn(lang: Lang) -> &'static str {
    pick(lang, "not drawn", "không vẽ", "មិនបានគូរ")
}

/// A short name for the teams of a figure, drawn on its part: `K73`, `K70–K73` for a
/// region's teams, `K70+K71+K73`.
pub fn team_codes(f: &Figure) -> String {
    let teams = f.who.teams;
    if let Some(t) = teams.single() {
        return t.code().to_owned();
    }
    let codes: Vec<&str> = teams.iter().map(Team::code).collect();
    match (f.who.region, codes.first(), codes.last()) {
        (Some(_), Some(a), Some(b)) => format!("{a}–{b}"),
        _ => codes.join("+"),
    }
}

/// The colour of a part: its team's, a region's for several teams of one region, grey else.
pub fn team_color(f: &Figure) -> Color {
    let teams = f.who.teams;
    if let Some(t) = teams.single() {
        let i = Team::ALL.iter().position(|&x| x == t).unwrap_or(0);
        return TEAM_COLORS[i + 1];
    }
    let regions: Vec<usize> = crate::team::MilitaryRegion::ALL
        .iter()
        .enumerate()
        .filter(|(_, r)| teams.intersects(crate::figure::who::Teams::of_region(**r)))
        .map(|(i, _)| i)
        .collect();
    // A combined figure in its region's hue, greyed so as not to read as one of its teams
    // (the whole region's greyer than some of its teams').
    match regions.as_slice() {
        [r] => REGION_COLORS[*r].mix(TEAM_COLORS[12], if f.who.region.is_some() { 0.7 } else { 0.4 }),
        _ => TEAM_COLORS[12],
    }
}

/// Where [`value_label`] draws: the box of the value and its signs.
pub fn value_box(value: &str, signs: &str, x: f64, y: f64, max: f64, font: Font) -> Rect {
    let whole = format!("{value}{signs}");
    let (w, lines) = if signs.is_empty() || font.width(&whole) <= max {
        (font.width(&whole), 1.0)
    } else {
        (font.width(value).max(font.width(signs)), 2.0)
    };
    let top = y - font.size * (0.6 + 1.05 * (lines - 1.0));
    Rect { x0: x - w / 2.0, y0: top, x1: x + w / 2.0, y1: y + font.size * 0.6 }
}

/// A value label with its caveat signs after it ("784?±"); where the whole is wider than
/// `max`, the signs go on a line above. Drawn centred on `x` with its bottom line at `y`;
/// returns the top of what was drawn.
pub fn value_label<B: DrawingBackend>(
    p: &mut Painter<B>,
    value: &str,
    signs: &str,
    x: f64,
    y: f64,
    max: f64,
    font: Font,
) -> Result<f64, DrawError> {
    let whole = format!("{value}{signs}");
    if signs.is_empty() || font.width(&whole) <= max {
        p.text(&whole, x, y, font)?;
        return Ok(y - font.size * 0.6);
    }
    p.text(value, x, y, font)?;
    let above = y - font.size * 1.05;
    p.text(signs, x, above, font)?;
    Ok(above - font.size * 0.6)
}

/// Line height of note lines, in font sizes: Khmer's marks above and below need more.
pub fn note_leading(lang: Lang) -> f64 {
    if lang == Lang::Km {
        1.6
    } else {
        1.35
    }
}

/// Which of the table's rows a figure is, in the table's first column.
enum Role {
    Total,
    Part,
    PartOnly,
    Remainder,
    LeftOut(LeftOut),
    OtherNational,
    Fact,
    Identified,
}

fn role(r: &Role, lang: Lang) -> String {
    match r {
        Role::Total => pick(lang, "national total", "tổng số toàn quốc", "សរុបជាតិ").to_owned(),
        Role::Part => {
            pick(lang, "part of the total (team figure)", "phần của tổng số (số liệu của đội)", "ផ្នែកនៃសរុប (តួលេខក្រុម)")
                .to_owned()
        }
        Role::PartOnly => pick(
            lang,
            "team figure, no national total (outlined)",
            "số liệu của đội, không có tổng số toàn quốc (viền)",
            "តួលេខក្រុម គ្មានសរុបជាតិ (គូសបន្ទាត់)",
        )
        .to_owned(),
        Role::Remainder => format!(
            "{} ({})",
            not_attributed(lang),
            pick(lang, "total minus team figures", "tổng trừ số liệu các đội", "សរុបដកតួលេខក្រុម")
        ),
        Role::LeftOut(LeftOut::Overlaps { line }) => match lang {
            Lang::En => format!("not drawn: overlaps the figure on line {line}"),
            Lang::Vi => format!("không vẽ: trùng với số liệu ở dòng {line}"),
            Lang::Km => format!("មិនបានគូរ៖ ជាន់នឹងតួលេខនៅបន្ទាត់ {line}"),
        },
        Role::LeftOut(LeftOut::Caveat) => {
            pick(lang, "not drawn: see caveats", "không vẽ: xem lưu ý", "មិនបានគូរ៖ មើលការប្រុងប្រយ័ត្ន").to_owned()
        }
        Role::Identified => pick(
            lang,
            "sets identified by name (of the season's remains; a tick in the bar)",
            "số hài cốt xác định được danh tính (trong số hài cốt của mùa; vạch trong cột)",
            "អដ្ឋិធាតុដែលបានកំណត់អត្តសញ្ញាណ (ក្នុងអដ្ឋិធាតុនៃរដូវ; សញ្ញាក្នុងសសរ)",
        )
        .to_owned(),
        Role::OtherNational => pick(
            lang,
            "not drawn: another national figure of the season",
            "không vẽ: số liệu toàn quốc khác của mùa",
            "មិនបានគូរ៖ តួលេខជាតិផ្សេងទៀតនៃរដូវ",
        )
        .to_owned(),
        Role::Fact => pick(
            lang,
            "published fact, not a count of remains (in the note)",
            "thông tin đã công bố, không phải số hài cốt (trong ghi chú)",
            "ព័ត៌មានបានផ្សាយ មិនមែនចំនួនអដ្ឋិធាតុ (ក្នុងកំណត់ចំណាំ)",
        )
        .to_owned(),
    }
}

/// The role column's heading.
pub fn role_column(lang: Lang) -> String {
    pick(lang, "Drawn as", "Thể hiện", "បង្ហាញជា").to_owned()
}

/// One column of the view: a season, and its figures when any.
struct Col<'s, 'a> {
    season: Season,
    st: Option<&'s SeasonTotal<'a>>,
    /// The national figure of sets identified by name in the season, drawn as a tick in its bar.
    named: Option<&'a Figure>,
}

impl Col<'_, '_> {
    /// The height of its bar: the total, or the sum of its parts when that is larger.
    fn height(&self) -> u64 {
        self.st.map_or(0, |st| st.total.map_or(0, |t| u64::from(t.value)).max(st.parts.sum()))
    }

    fn drawn(&self) -> bool {
        self.st.is_some_and(|st| st.total.is_some() || !st.parts.kept.is_empty())
    }
}

/// "15 named": how many of a season's sets were identified by name.
fn named_phrase(v: u64, lang: Lang, nf: &NumberFormat) -> String {
    match lang {
        Lang::En => format!("{} identified by name", nf.int(v)),
        Lang::Vi => format!("{} xác định được danh tính", nf.int(v)),
        Lang::Km => format!("{} បានកំណត់អត្តសញ្ញាណ", nf.int(v)),
    }
}

/// The short label of the tick: "15 named".
fn named_label(v: u64, lang: Lang, nf: &NumberFormat) -> String {
    match lang {
        Lang::En => format!("{} named", nf.int(v)),
        Lang::Vi => format!("{} có tên", nf.int(v)),
        Lang::Km => format!("{} មានឈ្មោះ", nf.int(v)),
    }
}

/// Draws a season's sets identified by name as a tick across its bar at their height (on a
/// halo of the background), labelled "15 named" under the bar's top (`top`, when the remainder's
/// colour is there with room for it) when the label fits.
#[allow(clippy::too_many_arguments)]
fn named_tick<B: DrawingBackend>(
    p: &mut Painter<B>,
    f: &Figure,
    (bx0, bx1): (f64, f64),
    plot: &Rect,
    y_of: impl Fn(f64) -> f64,
    top: Option<f64>,
    theme: &Theme,
    size: f64,
    lang: Lang,
    nf: &NumberFormat,
) -> Result<(), DrawError> {
    let v = u64::from(f.value);
    let y = y_of(v as f64).min(plot.y1 - 1.5).round();
    p.line((bx0 - 2.0, y), (bx1 + 2.0, y), theme.background, 3.5)?;
    p.line((bx0 - 2.0, y), (bx1 + 2.0, y), theme.text, 1.5)?;
    let label = named_label(v, lang, nf);
    let font = Font::new(size, theme.bar.ink());
    if let Some(top) = top.filter(|_| font.width(&label) + 1.0 <= bx1 - bx0) {
        p.text(&label, (bx0 + bx1) / 2.0, top + size * 0.9, font)?;
    }
    Ok(())
}

/// The parts of a season in drawing order from the bottom: by first team, then period.
fn parts<'a>(st: &SeasonTotal<'a>) -> Vec<&'a Figure> {
    let mut parts = st.parts.kept.clone();
    crate::sort::sort_by_key(&mut parts, |f| (f.who.teams.iter().next(), f.who.teams.len(), f.period.from, f.line));
    parts
}

/// Strokes the outline of a rectangle.
fn outline<B: DrawingBackend>(p: &mut Painter<B>, r: Rect, color: Color) -> Result<(), DrawError> {
    p.polyline(&[(r.x0, r.y0), (r.x1, r.y0), (r.x1, r.y1), (r.x0, r.y1), (r.x0, r.y0)], color, 1.5)
}

/// Draws the view and returns its title, description, table and marks.
pub fn render<B: DrawingBackend>(
    p: &mut Painter<B>,
    record: &Record,
    opts: &ChartOptions,
    theme: &Theme,
) -> Result<Rendered, DrawError> {
    let lang = opts.lang;
    let seasons = published::seasons(record, Measure::Found, false);
    let named = published::seasons(record, Measure::Identified, false);
    let named_of = |season: Season| named.iter().find(|st| st.season == season).and_then(|st| st.total);
    let drawn_figures: Vec<&Figure> =
        seasons.iter().flat_map(|s| s.total.into_iter().chain(s.parts.kept.iter().copied())).collect();
    let opts = &with_sources(opts, &drawn_figures);
    let title = opts.title.clone().unwrap_or_else(|| view_title(lang).to_owned());
    let mut area = draw_frame(p, opts, theme, view_title(lang))?;
    let nf = NumberFormat { lang, khmer_digits: opts.khmer_digits };
    let sizes = Sizes::for_width(p.size().0);

    let cols: Vec<Col> = match (seasons.first(), seasons.last()) {
        (Some(a), Some(b)) => (a.season.first_year()..=b.season.first_year())
            .map(|y| Col {
                season: Season::new(y),
                st: seasons.iter().find(|s| s.season.first_year() == y),
                named: named_of(Season::new(y)),
            })
            .collect(),
        _ => Vec::new(),
    };
    // The facts of the seasons drawn (teams deployed, graves planned), in a note and the table.
    let facts: Vec<_> = match (cols.first(), cols.last()) {
        (Some(a), Some(b)) => {
            season_facts(record).into_iter().filter(|(s, _)| (a.season..=b.season).contains(s)).collect()
        }
        _ => Vec::new(),
    };
    let mut marks = Vec::new();
    if cols.iter().all(|c| !c.drawn()) {
        nothing_to_show(p, area, opts, theme)?;
    } else {
        marks = draw(p, &mut area, &cols, &facts, opts, theme, &nf, &sizes)?;
    }

    let description = describe(&cols, lang, &nf);
    Ok(Rendered { title, description, table: table(&seasons, &named, &facts, lang), marks, map: None })
}

#[allow(clippy::too_many_arguments)]
fn draw<B: DrawingBackend>(
    p: &mut Painter<B>,
    area: &mut Rect,
    cols: &[Col],
    facts: &[(Season, &crate::figure::Fact)],
    opts: &ChartOptions,
    theme: &Theme,
    nf: &NumberFormat,
    sizes: &Sizes,
) -> Result<Vec<Mark>, DrawError> {
    let lang = opts.lang;
    // Legend: the remainder's colour, then each part's.
    let mut drawn: Vec<&Figure> = cols.iter().flat_map(|c| c.st.map(parts).unwrap_or_default()).collect();
    crate::sort::sort_by_key(&mut drawn, |f| (f.who.teams.iter().next(), f.who.teams.len()));
    let mut items = vec![Item { color: theme.bar, label: not_attributed(lang).to_owned() }];
    for f in drawn {
        let label = team_codes(f);
        if !items.iter().any(|i| i.label == label) {
            items.push(Item { color: team_color(f), label });
        }
    }
    let font = Font::new(sizes.label, theme.text);
    area.y0 += legend::draw(p, &items, area.x0, area.y0, area.width(), font)? + 4.0;

    // Notes under the chart, from the bottom up.
    let any_outlined = cols.iter().any(|c| c.st.is_some_and(|s| s.total.is_none() && !s.parts.kept.is_empty()));
    let any_signs = cols.iter().any(|c| {
        c.st.is_some_and(|s| {
            s.total.into_iter().chain(s.parts.kept.iter().copied()).any(|f| !caveat_signs(f).is_empty())
        })
    });
    // Each note, and what it becomes when the plot would be too short for it (in this order:
    // the facts go to the table, the left-out note to its short form, then the keys to the
    // tooltips). What was left out of the sums is always said.
    let outlined = any_outlined.then(|| {
        pick(
            lang,
            "Outlined: team figures of a season with no published national total",
            "Viền: số liệu của các đội trong mùa không có tổng số toàn quốc đã công bố",
            "គូសបន្ទាត់ជុំវិញ៖ តួលេខក្រុមក្នុងរដូវដែលគ្មានសរុបជាតិបានផ្សាយ",
        )
        .to_owned()
    });
    let signs = any_signs.then(|| caveat_key(lang).to_owned());
    let left_out = left_out_notes(cols.iter().filter_map(|c| c.st.map(|s| &s.parts)), lang);
    let facts_line = facts_note(facts, lang);
    let note_font = Font::new(sizes.note, theme.muted).align(Align::Start);
    let line_h = sizes.note * note_leading(lang);
    let min_plot = (p.size().1 * 0.4).max(sizes.label * 8.0);
    let mut note_lines = Vec::new();
    for step in 0..5 {
        let notes: Vec<String> = [
            outlined.clone().filter(|_| step < 4),
            signs.clone().filter(|_| step < 3),
            left_out.as_ref().map(|(long, short)| if step < 2 { long.clone() } else { short.clone() }),
            facts_line.clone().filter(|_| step < 1),
        ]
        .into_iter()
        .flatten()
        .map(|n| nf.digits(&n))
        .collect();
        note_lines = notes.iter().flat_map(|n| wrap(n, &note_font, area.width(), 3)).collect();
        if area.height() - note_lines.len() as f64 * line_h >= min_plot {
            break;
        }
    }
    let notes_top = area.y1 - note_lines.len() as f64 * line_h;
    for (i, l) in note_lines.iter().enumerate() {
        p.text(l, area.x0, notes_top + line_h * (i as f64 + 0.5), note_font)?;
    }
    area.y1 = notes_top - sizes.label * 0.4;

    let label = Font::new(sizes.label, theme.muted);
    let max = cols.iter().map(Col::height).max().unwrap_or(0);
    let ticks = count_ticks(max, ((area.height() / 60.0) as usize).clamp(2, 6));
    let top = *ticks.last().unwrap_or(&1) as f64;
    let tick_w = ticks.iter().map(|&v| label.width(&nf.int(v))).fold(0.0, f64::max);
    let plot = Rect {
        x0: area.x0 + tick_w + 8.0,
        y0: area.y0 + sizes.label * 2.6,
        x1: area.x1,
        y1: area.y1 - sizes.label * 1.8,
    };
    if plot.width() < 20.0 || plot.height() < 20.0 {
        return Ok(Vec::new());
    }
    let y_of = |v: f64| plot.y1 - v / top * plot.height();
    crate::chart::axis::draw_count_grid(p, &plot, &ticks, top, |v| nf.int(v), theme.grid, label)?;

    let band = plot.width() / cols.len() as f64;
    let bar_w = (band * 0.74).max(1.0);
    let years: Vec<u16> = cols.iter().map(|c| c.season.first_year()).collect();
    let (form, step) = time::plan(TimeAxis::Season, &years, band, sizes.label);
    let value_font = Font::new(sizes.label, theme.text).bold();
    let code_font = Font::new(sizes.label * 0.85, theme.text);
    let mut row = LabelRow::new(area.x0, p.size().0 - 2.0, sizes.label * 0.4);
    let mut marks = Vec::new();
    let mut totals: Vec<(String, String, f64, f64)> = Vec::new();
    for (i, c) in cols.iter().enumerate() {
        let x = plot.x0 + band * i as f64;
        let cx = x + band / 2.0;
        let (bx0, bx1) = (cx - bar_w / 2.0, cx + bar_w / 2.0);
        let key = time::key(TimeAxis::Season, c.season.first_year());
        let season_label = time::labels(TimeAxis::Season, c.season.first_year())[0].clone();
        let target = Target::Season { season: key };
        let mut bar_mark = Mark {
            x0: x,
            y0: plot.y0,
            x1: x + band,
            y1: plot.y1,
            target: target.clone(),
            title: season_label.clone(),
            lines: Vec::new(),
        };
        let parts = c.st.map(parts).unwrap_or_default();
        match c.st {
            Some(st) if c.drawn() => {
                let outlined = st.total.is_none();
                let mut acc = 0u64;
                for f in &parts {
                    let v = u64::from(f.value);
                    let (y0, y1) = (y_of((acc + v) as f64), y_of(acc as f64));
                    let sep = if acc > 0 { 1.0 } else { 0.0 };
                    let color = team_color(f);
                    let seg = Rect { x0: bx0, y0, x1: bx1, y1: y1 - sep };
                    let ink = if outlined {
                        p.fill_rect(seg.x0, seg.y0, seg.x1, seg.y1, color.mix(theme.background, 0.75))?;
                        outline(p, seg, color)?;
                        theme.text
                    } else {
                        p.fill_rect(seg.x0, seg.y0, seg.x1, seg.y1, color)?;
                        color.ink()
                    };
                    let code = format!("{}{}", team_codes(f), caveat_signs(f));
                    if y1 - y0 >= code_font.size * 1.3 && code_font.width(&code) + 3.0 <= bar_w {
                        p.text(&code, cx, (y0 + y1) / 2.0, Font { color: ink, ..code_font })?;
                    }
                    let (t, lines) = tooltip(f, lang, nf);
                    marks.push(Mark { x0: bx0, y0, x1: bx1, y1, target: target.clone(), title: t, lines });
                    acc += v;
                }
                if let Some(total) = st.total {
                    let t = u64::from(total.value);
                    let rest = t.saturating_sub(acc);
                    if rest > 0 {
                        let (y0, y1) = (y_of(t as f64), y_of(acc as f64));
                        let sep = if acc > 0 { 1.0 } else { 0.0 };
                        p.fill_rect(bx0, y0, bx1, y1 - sep, theme.bar)?;
                        let (_, mut lines) = tooltip(total, lang, nf);
                        lines.insert(0, format!("{} {}", nf.int(t), pick(lang, "in all", "tổng cộng", "សរុប")));
                        marks.push(Mark {
                            x0: bx0,
                            y0,
                            x1: bx1,
                            y1,
                            target: target.clone(),
                            title: format!("{}: {} · {season_label}", not_attributed(lang), sets(rest, lang, nf)),
                            lines,
                        });
                    }
                    if acc > t {
                        // The teams' figures add up to more than the total: a line at the total.
                        let y = y_of(t as f64).round();
                        p.line((bx0 - 2.0, y), (bx1 + 2.0, y), theme.text, 1.5)?;
                    }
                    let top_y = y_of(acc.max(t) as f64) - sizes.label * 0.8;
                    totals.push((nf.int(t), caveat_signs(total), cx, top_y));
                    let (title, mut lines) = tooltip(total, lang, nf);
                    for f in &parts {
                        lines.push(format!("{}: {}", f.who.label(lang), nf.int(u64::from(f.value))));
                    }
                    match st.remainder() {
                        Some(r) if r >= 0 => lines.push(format!("{}: {}", not_attributed(lang), nf.int(r as u64))),
                        Some(r) => lines.push(match lang {
                            Lang::En => format!(
                                "The teams' figures add up to {}, {} more than the total",
                                nf.int(acc),
                                nf.int(r.unsigned_abs())
                            ),
                            Lang::Vi => format!(
                                "Số liệu của các đội cộng lại là {}, nhiều hơn tổng số {}",
                                nf.int(acc),
                                nf.int(r.unsigned_abs())
                            ),
                            Lang::Km => format!("តួលេខក្រុមបូកបាន {} លើសសរុប {}", nf.int(acc), nf.int(r.unsigned_abs())),
                        }),
                        None => {}
                    }
                    bar_mark.title = title;
                    bar_mark.lines = lines;
                } else {
                    bar_mark.lines.push(
                        pick(
                            lang,
                            "No national total published; team figures only",
                            "Không có tổng số toàn quốc được công bố; chỉ có số liệu của các đội",
                            "គ្មានសរុបជាតិបានផ្សាយ មានតែតួលេខក្រុម",
                        )
                        .to_owned(),
                    );
                    for f in &parts {
                        bar_mark.lines.push(format!("{}: {}", f.who.label(lang), nf.int(u64::from(f.value))));
                    }
                    // The team figures' values over the outlined column, as parts ("42+27"),
                    // in the muted colour: not a total.
                    let text = parts.iter().map(|f| nf.int(u64::from(f.value))).collect::<Vec<_>>().join("+");
                    let font = Font::new(sizes.label * 0.9, theme.muted);
                    if font.width(&text) <= band - 2.0 {
                        p.text(&text, cx, y_of(acc as f64) - sizes.label * 0.7, font)?;
                    }
                }
            }
            _ => {
                let text = if c.st.is_some() { not_drawn(lang) } else { no_figure(lang) };
                let font = Font::new(sizes.label * 0.9, theme.missing).vertical().align(Align::Start);
                if font.width(text) < plot.height() && band >= sizes.label {
                    p.text(text, cx, plot.y1 - 4.0, font)?;
                } else {
                    p.text("–", cx, plot.y1 - sizes.label, Font::new(sizes.label, theme.missing))?;
                }
                bar_mark.lines.push(
                    if c.st.is_some() {
                        pick(
                            lang,
                            "Figures published, none drawn (see the table)",
                            "Có số liệu được công bố nhưng không vẽ (xem bảng)",
                            "មានតួលេខបានផ្សាយ តែមិនបានគូរ (មើលតារាង)",
                        )
                    } else {
                        pick(lang, "No figure published", "Không có số liệu được công bố", "គ្មានតួលេខបានផ្សាយ")
                    }
                    .to_owned(),
                );
            }
        }
        if let Some(st) = c.st {
            let others = if st.total.is_none() { st.others.as_slice() } else { &[] };
            for f in st.parts.left_out.iter().map(|(f, _)| f).chain(others) {
                let (who, v) = (f.who.label(lang), nf.int(u64::from(f.value)));
                bar_mark.lines.push(format!("{}: {who} {v}{}", not_drawn(lang), caveat_signs(f)));
            }
        }
        if let (Some(f), true) = (c.named, c.drawn()) {
            // The label goes under the top of the bar when the remainder's colour is there.
            let room = c.st.and_then(|st| st.total.map(|t| (u64::from(t.value), st.parts.sum())));
            let top = room
                .filter(|&(t, parts)| y_of(parts as f64) - y_of(t as f64) >= sizes.label * 1.8)
                .map(|(t, _)| y_of(t as f64));
            named_tick(p, f, (bx0, bx1), &plot, y_of, top, theme, sizes.label * 0.75, lang, nf)?;
            let v = u64::from(f.value);
            let y = y_of(v as f64).min(plot.y1 - 1.5).round();
            let (t, lines) = tooltip(f, lang, nf);
            bar_mark.lines.push(named_phrase(v, lang, nf));
            marks.push(Mark { x0: bx0, y0: y - 2.5, x1: bx1, y1: y + 2.5, target: target.clone(), title: t, lines });
        }
        marks.push(bar_mark);
        if i % step == 0 {
            let l = &time::labels(TimeAxis::Season, c.season.first_year())[form];
            if let Some(lx) = row.place(cx, label.width(l)) {
                p.text(l, lx, plot.y1 + sizes.label * 1.1, label)?;
            }
        }
    }
    // Each total above its bar, the latest first, unless it would touch one drawn already.
    let mut placed: Vec<Rect> = Vec::new();
    let gap = sizes.label * 0.3;
    for (v, signs, cx, y) in totals.iter().rev() {
        let b = value_box(v, signs, *cx, *y, band, value_font);
        if !placed.iter().any(|o| b.x0 < o.x1 + gap && o.x0 < b.x1 + gap && b.y0 < o.y1 && o.y0 < b.y1) {
            value_label(p, v, signs, *cx, *y, band, value_font)?;
            placed.push(b);
        }
    }
    p.line((plot.x0, plot.y1.round()), (plot.x1, plot.y1.round()), theme.axis, 1.0)?;
    Ok(marks)
}

/// The table: each season's figures, drawn or not, with what each is in the drawing.
fn table(
    seasons: &[SeasonTotal],
    named: &[SeasonTotal],
    facts: &[(Season, &crate::figure::Fact)],
    lang: Lang,
) -> Table {
    let mut columns = vec![time::axis_name(TimeAxis::Season, lang).to_string(), role_column(lang)];
    columns.extend(figure_columns(lang));
    let width = columns.len();
    let mut rows = Vec::new();
    for st in seasons {
        let key = TableCell::Text(time::key(TimeAxis::Season, st.season.first_year()));
        let push = |rows: &mut Vec<Vec<TableCell>>, r: Role, f: &Figure| {
            let mut row = vec![key.clone(), TableCell::Text(role(&r, lang))];
            row.extend(figure_cells(f, lang));
            rows.push(row);
        };
        if let Some(t) = st.total {
            push(&mut rows, Role::Total, t);
        }
        for f in parts(st) {
            push(&mut rows, if st.total.is_some() { Role::Part } else { Role::PartOnly }, f);
        }
        if let (Some(t), Some(r)) = (st.total, st.remainder()) {
            let mut row = vec![key.clone(), TableCell::Text(role(&Role::Remainder, lang))];
            row.push(if r >= 0 { TableCell::Count(r as u64) } else { TableCell::Empty });
            row.push(TableCell::Empty);
            row.push(TableCell::Text(t.period.label(lang)));
            row.resize(width, TableCell::Empty);
            rows.push(row);
        }
        for f in &st.others {
            push(&mut rows, Role::OtherNational, f);
        }
        for (f, why) in &st.parts.left_out {
            push(&mut rows, Role::LeftOut(*why), f);
        }
        for f in named.iter().filter(|n| n.season == st.season).filter_map(|n| n.total) {
            push(&mut rows, Role::Identified, f);
        }
        for (_, f) in facts.iter().filter(|(s, _)| *s == st.season) {
            let mut row = vec![key.clone(), TableCell::Text(role(&Role::Fact, lang))];
            row.extend(fact_cells(f, lang));
            rows.push(row);
        }
    }
    // Facts of seasons with no figure.
    for (season, f) in facts.iter().filter(|(s, _)| !seasons.iter().any(|st| st.season == *s)) {
        let mut row = vec![
            TableCell::Text(time::key(TimeAxis::Season, season.first_year())),
            TableCell::Text(role(&Role::Fact, lang)),
        ];
        row.extend(fact_cells(f, lang));
        rows.push(row);
    }
    Table { columns, rows }
}

/// A description for screen readers.
fn describe(cols: &[Col], lang: Lang, nf: &NumberFormat) -> String {
    let (Some(first), Some(last)) = (cols.first(), cols.last()) else {
        return crate::i18n::t(crate::i18n::Text::NothingToShow, lang).to_owned();
    };
    let label = |c: &Col| time::labels(TimeAxis::Season, c.season.first_year())[0].clone();
    let (from, to) = (label(first), label(last));
    let totals: Vec<&Col> = cols.iter().filter(|c| c.st.is_some_and(|s| s.total.is_some())).collect();
    let peak = totals.iter().max_by_key(|c| c.height());
    let parts_only = cols.iter().filter(|c| c.drawn() && c.st.is_some_and(|s| s.total.is_none())).count();
    let gaps = cols.iter().filter(|c| !c.drawn()).count();
    let (n, peak) = (totals.len(), peak.map(|c| (nf.int(c.height()), label(c))));
    let mut s = match lang {
        Lang::En => format!(
            "Bar chart of the published national totals of sets of remains found per dry season, {from} to {to}: {n} seasons with a total"
        ),
        Lang::Vi => format!("Biểu đồ cột tổng số bộ hài cốt tìm thấy toàn quốc đã công bố theo mùa khô, {from} đến {to}: {n} mùa có tổng số"),
        Lang::Km => format!("គំនូសតាងរបារនៃសរុបជាតិអដ្ឋិធាតុដែលបានរកឃើញ តាមរដូវប្រាំង ពី {from} ដល់ {to}៖ {n} រដូវមានសរុប"),
    };
    if let Some((v, l)) = peak {
        s += &match lang {
            Lang::En => format!(", the most {v} in {l}"),
            Lang::Vi => format!(", cao nhất {v} vào mùa {l}"),
            Lang::Km => format!(" ខ្ពស់បំផុត {v} នៅ {l}"),
        };
    }
    s += match lang {
        Lang::En => "; the teams' published figures drawn as parts of the total, the rest not attributed to a team",
        Lang::Vi => "; số liệu đã công bố của các đội là phần của tổng số, phần còn lại chưa phân theo đội",
        Lang::Km => "; តួលេខក្រុមដែលបានផ្សាយជាផ្នែកនៃសរុប ផ្នែកនៅសល់មិនបានបែងចែកតាមក្រុម",
    };
    if parts_only > 0 {
        s += &match lang {
            Lang::En => format!("; {parts_only} seasons with team figures only"),
            Lang::Vi => format!("; {parts_only} mùa chỉ có số liệu của các đội"),
            Lang::Km => format!("; {parts_only} រដូវមានតែតួលេខក្រុម"),
        };
    }
    if gaps > 0 {
        s += &match lang {
            Lang::En => format!("; {gaps} seasons without a figure drawn"),
            Lang::Vi => format!("; {gaps} mùa không có số liệu được vẽ"),
            Lang::Km => format!("; {gaps} រដូវគ្មានតួលេខគូរ"),
        };
    }
    s + pick(lang, ".", ".", "។")
}
