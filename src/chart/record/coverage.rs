//! The record's `coverage` view: a grid of dry seasons by all teams, the 11 teams (grouped by
//! military region) and the provinces with figures of their own, each cell shaded by what the record publishes for it: a figure of its
//! own for the season, only figures over spans of seasons (the team's, or national ones), or
//! nothing, so that a reader sees at once where the published record is silent.

use plotters_backend::DrawingBackend;

use crate::aggregate::TimeAxis;
use crate::chart::frame::{draw_frame, wrap, Rect, Sizes};
use crate::chart::mark::{Mark, Target};
use crate::chart::time;
use crate::chart::{ChartOptions, Rendered, Table, TableCell};
use crate::draw::{text, Align, DrawError, Font, Painter, Theme};
use crate::figure::period::month;
use crate::figure::{Figure, Measure};
use crate::format::NumberFormat;
use crate::lang::Lang;
use crate::province::Province;
use crate::published::{coverage, is_national, province_coverage, Covered, Record};
use crate::quote::shorten;
use crate::season::Season;
use crate::team::{MilitaryRegion, Team};

use super::{caveat_signs, pick, sets, with_sources};

/// The view's title.
fn default_title(lang: Lang) -> &'static str {
    pick(
        lang,
        "Where the published record is silent",
        "Những mùa, đội chưa có số liệu công bố",
        "កន្លែងដែលគ្មានតួលេខបានផ្សាយ",
    )
}

/// What the record publishes for a cell.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum State {
    /// A figure of the team's own (alone or with others; for all teams, a national total) for
    /// the season or a phase of it.
    Own,
    /// Only figures of the team (alone or with others) over spans of seasons include it.
    TeamSpan,
    /// Only national figures (all teams, or teams not stated) over spans include it.
    National,
    /// No published figure.
    Silent,
}

impl State {
    /// Every state, in the legend's order.
    pub const ALL: [State; 4] = [State::Own, State::TeamSpan, State::National, State::Silent];

    /// A cell's state in a row of teams (for a province's row, whose cells hold only figures of
    /// named places, pass `province`: any figure over a span is then the row's own).
    pub fn of(cell: &Covered, province: bool) -> State {
        if !cell.own.is_empty() {
            State::Own
        } else if cell.within.iter().any(|f| province || (f.who.stated && !f.who.all)) {
            State::TeamSpan
        } else if !cell.within.is_empty() {
            State::National
        } else {
            State::Silent
        }
    }

    /// What the state means, for the legend, the tooltip and the table.
    pub fn label(self, lang: Lang) -> &'static str {
        match self {
            State::Own => pick(
                lang,
                "own figure for the season (all teams: a national total)",
                "số liệu riêng cho mùa (tất cả các đội: tổng toàn quốc)",
                "តួលេខផ្ទាល់សម្រាប់រដូវ (ក្រុមទាំងអស់៖ សរុបទូទាំងប្រទេស)",
            ),
            State::TeamSpan => pick(
                lang,
                "only in the team's or province's figures over several seasons",
                "chỉ có trong số liệu nhiều mùa của đội hoặc tỉnh",
                "មានតែក្នុងតួលេខច្រើនរដូវរបស់ក្រុម ឬខេត្ត",
            ),
            State::National => pick(
                lang,
                "only in national figures over several seasons",
                "chỉ có trong số liệu toàn quốc nhiều mùa",
                "មានតែក្នុងតួលេខទូទាំងប្រទេសច្រើនរដូវ",
            ),
            State::Silent => pick(lang, "no published figure", "không có số liệu công bố", "គ្មានតួលេខបានផ្សាយ"),
        }
    }
}

/// The row of national figures: for each season, national figures for it (own) and national
/// figures over spans that include it (within).
pub fn all_teams<'a>(record: &Record<'a>, seasons: &[Season]) -> Vec<Covered<'a>> {
    seasons
        .iter()
        .map(|&s| {
            let (from, to) = (month(s.first_year(), 9), month(s.first_year() + 1, 8));
            let mut cell = Covered::default();
            for f in record.figures.iter().filter(|f| f.who.all || !f.who.stated) {
                if f.period.from > to || f.period.to < from {
                    continue;
                }
                if f.period.season() == Some(s) && is_national(f) {
                    cell.own.push(f);
                } else {
                    cell.within.push(f);
                }
            }
            cell
        })
        .collect()
}

/// What a row of the grid is of.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum RowOf {
    /// All teams: national figures.
    All,
    /// One team.
    Team(Team),
    /// One province with figures of its own.
    Province(Province),
}

/// One row of the grid.
struct Row<'a> {
    /// What it is of.
    of: RowOf,
    /// Its cells, a season each.
    cells: Vec<Covered<'a>>,
}

impl Row<'_> {
    fn label(&self, lang: Lang) -> String {
        match self.of {
            RowOf::Team(t) => t.code().to_owned(),
            RowOf::Province(p) => p.name(lang).to_owned(),
            RowOf::All => pick(lang, "All teams", "Tất cả các đội", "ក្រុមទាំងអស់").to_owned(),
        }
    }

    fn team(&self) -> Option<Team> {
        match self.of {
            RowOf::Team(t) => Some(t),
            _ => None,
        }
    }

    fn is_province(&self) -> bool {
        matches!(self.of, RowOf::Province(_))
    }

    /// The group it is drawn in: all teams, a military region, the provinces.
    fn group(&self) -> (u8, Option<MilitaryRegion>) {
        match self.of {
            RowOf::All => (0, None),
            RowOf::Team(t) => (1, Some(t.military_region())),
            RowOf::Province(_) => (2, None),
        }
    }

    /// What selecting a cell of the row selects with its season.
    fn target(&self, season: &Season) -> Target {
        match self.of {
            RowOf::Province(p) => Target::Province { province: p.code().to_owned() },
            _ => Target::Cell {
                team: self.team().map(|t| t.code().to_owned()).unwrap_or_default(),
                season: season.to_string(),
            },
        }
    }
}

/// "122 sets · 2022–2023 · the report's title", with its caveat signs ("15 sets identified by
/// name" for a count of names).
fn figure_line(f: &Figure, lang: Lang, nf: &NumberFormat) -> String {
    let mut line = sets(u64::from(f.value), lang, nf);
    if f.measure == Measure::Identified {
        line.push_str(pick(lang, " identified by name", " xác định được danh tính", " បានកំណត់អត្តសញ្ញាណ"));
    }
    line = format!("{line}{} · {}", caveat_signs(f), f.period.label(lang));
    if !f.source.title.is_empty() {
        line.push_str(" · ");
        line.push_str(&shorten(&f.source.title));
    }
    line
}

/// The figures over spans listed in a tooltip; more are counted.
const LISTED: usize = 6;

/// A cell's tooltip lines: its state, its own figures, then the figures over spans that include
/// it (the team's alone first, then with fewest others, each the shortest span first).
fn cell_lines(cell: &Covered, province: bool, lang: Lang, nf: &NumberFormat) -> Vec<String> {
    let state = State::of(cell, province);
    let mut lines = vec![state.label(lang).to_owned()];
    lines.extend(cell.own.iter().map(|f| figure_line(f, lang, nf)));
    let mut within: Vec<&&Figure> = cell.within.iter().collect();
    crate::sort::sort_by_key(&mut within, |f| {
        (f.who.all || !f.who.stated, f.who.teams.len(), f.period.to - f.period.from, f.line)
    });
    if !within.is_empty() {
        lines.push(
            pick(lang, "Inside figures over spans:", "Nằm trong số liệu nhiều mùa:", "ក្នុងតួលេខច្រើនរដូវ៖").to_owned(),
        );
    }
    lines.extend(within.iter().take(LISTED).map(|f| format!("· {}", figure_line(f, lang, nf))));
    if within.len() > LISTED {
        let more = within.len() - LISTED;
        lines.push(match lang {
            Lang::En => format!("… and {more} more (in the table of figures)"),
            Lang::Vi => format!("… và {more} số liệu khác (trong bảng số liệu)"),
            Lang::Km => format!("… និង {more} ទៀត (ក្នុងតារាងតួលេខ)"),
        });
    }
    lines
}

/// Fills a cell's rectangle as its state is shaded.
fn paint<B: DrawingBackend>(p: &mut Painter<B>, r: Rect, state: State, theme: &Theme) -> Result<(), DrawError> {
    let light = theme.ramp.0;
    match state {
        State::Own => p.fill_rect(r.x0, r.y0, r.x1, r.y1, theme.bar),
        State::TeamSpan => {
            p.fill_rect(r.x0, r.y0, r.x1, r.y1, light)?;
            hatch(p, r, hatch_color(theme))
        }
        State::National => p.fill_rect(r.x0, r.y0, r.x1, r.y1, light),
        State::Silent => {
            let dot = (r.width().min(r.height()) * 0.1).clamp(1.0, 2.5);
            p.circle(((r.x0 + r.x1) / 2.0, (r.y0 + r.y1) / 2.0), dot, theme.missing, true)
        }
    }
}

/// The colour of the hatching.
fn hatch_color(theme: &Theme) -> crate::draw::Color {
    theme.bar.mix(theme.ramp.0, 0.25)
}

/// Diagonal lines across `r`, 4 px apart.
fn hatch<B: DrawingBackend>(p: &mut Painter<B>, r: Rect, color: crate::draw::Color) -> Result<(), DrawError> {
    let (w, h) = (r.width(), r.height());
    let step = 4.0;
    let mut t = -h + step / 2.0;
    while t < w {
        // From the bottom edge at x0 + t up and right to the top edge at x0 + t + h, clipped.
        let (mut sx, mut sy) = (r.x0 + t, r.y1);
        let (mut ex, mut ey) = (r.x0 + t + h, r.y0);
        if sx < r.x0 {
            sy -= r.x0 - sx;
            sx = r.x0;
        }
        if ex > r.x1 {
            ey += ex - r.x1;
            ex = r.x1;
        }
        if sx < ex {
            p.line((sx, sy), (ex, ey), color, 1.0)?;
        }
        t += step;
    }
    Ok(())
}

/// A region's name as the grid's row labels write it: "MR 5", "QK5", its Khmer name.
fn region_label(r: MilitaryRegion, lang: Lang) -> String {
    match lang {
        Lang::En => format!("MR {}", r.number()),
        Lang::Vi => format!("QK{}", r.number()),
        Lang::Km => r.name(lang).to_owned(),
    }
}

/// Draws the view and returns its title, description, table and marks.
pub fn render<B: DrawingBackend>(
    p: &mut Painter<B>,
    record: &Record,
    opts: &ChartOptions,
    theme: &Theme,
) -> Result<Rendered, DrawError> {
    let lang = opts.lang;
    let nf = NumberFormat { lang, khmer_digits: opts.khmer_digits };
    let (seasons, grid) = coverage(record);
    let mut rows = vec![Row { of: RowOf::All, cells: all_teams(record, &seasons) }];
    for (i, &team) in Team::ALL.iter().enumerate() {
        rows.push(Row { of: RowOf::Team(team), cells: grid.iter().map(|by_team| by_team[i].clone()).collect() });
    }
    for (province, cells) in province_coverage(record, &seasons) {
        rows.push(Row { of: RowOf::Province(province), cells });
    }
    let drawn: Vec<&Figure> =
        rows.iter().flat_map(|r| r.cells.iter().flat_map(|c| c.own.iter().chain(&c.within).copied())).collect();
    let opts = with_sources(opts, &drawn);
    let title = opts.title.clone().unwrap_or_else(|| default_title(lang).to_owned());
    let area = draw_frame(p, &opts, theme, default_title(lang))?;
    let sizes = Sizes::for_width(p.size().0);

    let mut marks = Vec::new();
    if seasons.is_empty() {
        crate::chart::frame::nothing_to_show(p, area, &opts, theme)?;
    } else {
        // Under the grid: the legend, then a note.
        let note_font = Font::new(sizes.note, theme.muted).align(Align::Start);
        let note = pick(
            lang,
            "A season runs from September to August. Every published count is shown, caveated ones included; each cell's figures are in its tooltip.",
            "Mỗi mùa tính từ tháng 9 đến tháng 8. Mọi số liệu đã công bố đều được tính, kể cả số liệu có lưu ý; số liệu của từng ô trong chú thích của ô.",
            "រដូវមួយគិតពីខែកញ្ញាដល់ខែសីហា។ តួលេខដែលបានផ្សាយទាំងអស់ត្រូវបានរាប់ រួមទាំងតួលេខមានការប្រុងប្រយ័ត្ន; តួលេខនៃក្រឡានីមួយៗក្នុងព័ត៌មានលម្អិត។",
        );
        let notes = wrap(note, &note_font, area.width(), 3);
        let legend = legend_layout(area, &note_font, lang);
        let legend_h = legend.last().map_or(0.0, |l| l.2 + sizes.note * 0.8) - area.y0;
        let note_h = sizes.note * 1.35;
        let notes_top = area.y1 - note_h * notes.len() as f64;
        for (i, line) in notes.iter().enumerate() {
            p.text(line, area.x0, notes_top + note_h * (i as f64 + 0.5), note_font)?;
        }
        let legend_top = notes_top - legend_h - sizes.pad * 0.3;
        for (state, x, y) in &legend {
            let y = y - area.y0 + legend_top;
            let s = sizes.note;
            let swatch = Rect { x0: *x, y0: y - s / 2.0, x1: x + s * 1.3, y1: y + s / 2.0 };
            paint(p, swatch, *state, theme)?;
            if *state == State::Silent {
                let (a, b) = ((swatch.x0, swatch.y0), (swatch.x1, swatch.y1));
                p.polyline(&[a, (b.0, a.1), b, (a.0, b.1), a], theme.grid, 1.0)?;
            }
            p.text(state.label(lang), x + s * 1.3 + 4.0, y, note_font)?;
        }
        let plot = Rect { y1: legend_top - sizes.pad * 0.5, ..area };
        marks = draw_grid(p, plot, &rows, &seasons, theme, lang, &nf, sizes.label)?;
    }

    let table = table(&rows, &seasons, lang, &nf);
    let description = description(&rows, seasons.len(), lang);
    Ok(Rendered { title, description, table, marks, map: None })
}

/// Where each legend entry goes: (state, x, y of its middle), from `area`'s top left, wrapped
/// to its width.
fn legend_layout(area: Rect, font: &Font, lang: Lang) -> Vec<(State, f64, f64)> {
    let s = font.size;
    let line_h = s * 1.6;
    let (mut x, mut y) = (area.x0, area.y0 + line_h / 2.0);
    let mut out = Vec::new();
    for state in State::ALL {
        let w = s * 1.3 + 4.0 + font.width(state.label(lang)) + s * 2.5;
        if x > area.x0 && x + w > area.x1 {
            x = area.x0;
            y += line_h;
        }
        out.push((state, x, y));
        x += w;
    }
    out
}

/// Draws the grid in `plot` and returns its cells' marks.
#[allow(clippy::too_many_arguments)]
fn draw_grid<B: DrawingBackend>(
    p: &mut Painter<B>,
    plot: Rect,
    rows: &[Row],
    seasons: &[Season],
    theme: &Theme,
    lang: Lang,
    nf: &NumberFormat,
    size: f64,
) -> Result<Vec<Mark>, DrawError> {
    let label = Font::new(size, theme.text).align(Align::End);
    let region_font = Font::new(size * 0.9, theme.muted).bold().align(Align::Start);
    let region_w = MilitaryRegion::ALL.iter().map(|&r| region_font.width(&region_label(r, lang))).fold(0.0, f64::max);
    let codes_w = Team::ALL.iter().map(|t| label.width(t.code())).fold(0.0, f64::max);
    let other_w = rows.iter().filter(|r| r.team().is_none()).map(|r| label.width(&r.label(lang))).fold(0.0, f64::max);
    let name_w = (region_w + 8.0 + codes_w).max(other_w).min(plot.width() * 0.3);
    let x0 = plot.x0 + name_w + 8.0;
    let col_w = (plot.x1 - x0) / seasons.len() as f64;
    let header_h = size * 1.8;
    // Gaps: between groups (all teams, each region, the provinces).
    let gap = size * 0.6;
    let gaps = rows.windows(2).filter(|w| w[0].group() != w[1].group()).count() as f64;
    let row_h = ((plot.height() - header_h - gaps * gap) / rows.len() as f64).min(size * 2.2).max(4.0);
    let years: Vec<u16> = seasons.iter().map(|s| s.first_year()).collect();
    let (form, step) = time::plan(TimeAxis::Season, &years, col_w, size * 0.9);
    let head = Font::new(size * 0.9, theme.muted);
    let mut labels = crate::chart::columns::LabelRow::new(x0, plot.x1, size * 0.4);
    for (j, &y) in years.iter().enumerate() {
        if j % step == 0 {
            let cx = x0 + col_w * (j as f64 + 0.5);
            let l = nf.digits(&time::labels(TimeAxis::Season, y)[form]);
            if let Some(lx) = labels.place(cx, head.width(&l)) {
                p.text(&l, lx, plot.y0 + header_h / 2.0, head)?;
            }
        }
    }
    let mut marks = Vec::new();
    let mut y = plot.y0 + header_h;
    let mut region_top: Option<(MilitaryRegion, f64)> = None;
    for (i, row) in rows.iter().enumerate() {
        let region = row.group().1;
        if i > 0 && row.group() != rows[i - 1].group() {
            y += gap;
            if let (Some((r, top)), Some(_)) = (region_top, rows[i - 1].team()) {
                p.text(&region_label(r, lang), plot.x0, (top + y - gap) / 2.0, region_font)?;
            }
            region_top = region.map(|r| (r, y));
        }
        let name = text::truncate(&row.label(lang), size, false, name_w);
        p.text(&name, x0 - 8.0, y + row_h / 2.0, label)?;
        for (j, (cell, season)) in row.cells.iter().zip(seasons).enumerate() {
            let cx0 = x0 + col_w * j as f64;
            let r = Rect { x0: cx0 + 1.0, y0: y + 1.0, x1: cx0 + col_w - 1.0, y1: y + row_h - 1.0 };
            match State::of(cell, row.is_province()) {
                // Hatched below, a run of cells at a time.
                State::TeamSpan => p.fill_rect(r.x0, r.y0, r.x1, r.y1, theme.ramp.0)?,
                state => paint(p, r, state, theme)?,
            }
            marks.push(Mark {
                x0: cx0,
                y0: y,
                x1: cx0 + col_w,
                y1: y + row_h,
                target: row.target(season),
                title: format!(
                    "{} · {}",
                    row.label(lang),
                    nf.digits(&time::labels(TimeAxis::Season, season.first_year())[0])
                ),
                lines: cell_lines(cell, row.is_province(), lang, nf),
            });
        }
        // Each run of hatched cells hatched at once (a drawing half the size of one hatched
        // cell by cell), with the gaps between its cells drawn again over the hatching.
        let mut j = 0;
        while j < row.cells.len() {
            let run = row.cells[j..].iter().take_while(|c| State::of(c, row.is_province()) == State::TeamSpan).count();
            if run == 0 {
                j += 1;
                continue;
            }
            let (a, b) = (x0 + col_w * j as f64, x0 + col_w * (j + run) as f64);
            hatch(p, Rect { x0: a + 1.0, y0: y + 1.0, x1: b - 1.0, y1: y + row_h - 1.0 }, hatch_color(theme))?;
            for k in 1..run {
                let x = x0 + col_w * (j + k) as f64;
                p.fill_rect(x - 1.0, y + 1.0, x + 1.0, y + row_h - 1.0, theme.background)?;
            }
            j += run;
        }
        y += row_h;
    }
    if let (Some((r, top)), Some(_)) = (region_top, rows.last().and_then(Row::team)) {
        p.text(&region_label(r, lang), plot.x0, (top + y) / 2.0, region_font)?;
    }
    Ok(marks)
}

/// A row per cell: its team and season, what the record publishes for it, its own figures and
/// how many figures over spans include it.
fn table(rows: &[Row], seasons: &[Season], lang: Lang, nf: &NumberFormat) -> Table {
    let columns = vec![
        pick(lang, "Team or province", "Đội hoặc tỉnh", "ក្រុម ឬខេត្ត").to_owned(),
        pick(lang, "Season", "Mùa", "រដូវ").to_owned(),
        pick(lang, "Published", "Đã công bố", "បានផ្សាយ").to_owned(),
        pick(lang, "Own figures", "Số liệu riêng", "តួលេខផ្ទាល់").to_owned(),
        pick(lang, "Figures over spans", "Số liệu nhiều mùa", "តួលេខច្រើនរដូវ").to_owned(),
        pick(lang, "Reports of the own figures", "Nguồn của số liệu riêng", "ប្រភពនៃតួលេខផ្ទាល់").to_owned(),
    ];
    let mut out = Vec::new();
    for row in rows {
        for (cell, season) in row.cells.iter().zip(seasons) {
            let own: Vec<String> = cell.own.iter().map(|f| figure_line(f, lang, nf)).collect();
            out.push(vec![
                TableCell::Text(row.label(lang)),
                TableCell::Text(season.to_string()),
                TableCell::Text(State::of(cell, row.is_province()).label(lang).to_owned()),
                if own.is_empty() { TableCell::Empty } else { TableCell::Text(own.join("; ")) },
                TableCell::Count(cell.within.len() as u64),
                {
                    let mut urls: Vec<&str> =
                        cell.own.iter().map(|f| f.source.url.as_str()).filter(|u| !u.is_empty()).collect();
                    urls.dedup();
                    if urls.is_empty() {
                        TableCell::Empty
                    } else {
                        TableCell::Text(urls.join(" "))
                    }
                },
            ]);
        }
    }
    Table { columns, rows: out }
}

/// The view in words.
fn description(rows: &[Row], seasons: usize, lang: Lang) -> String {
    let count = |s: State| {
        rows.iter().flat_map(|r| r.cells.iter().map(|c| State::of(c, r.is_province()))).filter(|&c| c == s).count()
    };
    let (own, team, national, silent) =
        (count(State::Own), count(State::TeamSpan), count(State::National), count(State::Silent));
    let provinces = rows.iter().filter(|r| r.is_province()).count();
    match lang {
        Lang::En => format!(
            "Grid of {seasons} dry seasons by all teams, the 11 teams and the {provinces} provinces with figures of their own: \
             {own} cells with a figure of their own for the season, {team} only in the team's or province's figures over several \
             seasons, {national} only in national ones, {silent} with no published figure."
        ),
        Lang::Vi => format!(
            "Lưới {seasons} mùa khô theo tất cả các đội, 11 đội và {provinces} tỉnh có số liệu riêng: {own} ô có số liệu riêng \
             cho mùa, {team} ô chỉ có trong số liệu nhiều mùa của đội hoặc tỉnh, {national} ô chỉ có trong số liệu toàn quốc, \
             {silent} ô không có số liệu công bố."
        ),
        Lang::Km => format!(
            "ក្រឡា {seasons} រដូវប្រាំង តាមក្រុមទាំងអស់ ក្រុម 11 និងខេត្ត {provinces} ដែលមានតួលេខផ្ទាល់៖ {own} ក្រឡាមានតួលេខផ្ទាល់, \
             {team} មានតែក្នុងតួលេខច្រើនរដូវរបស់ក្រុម ឬខេត្ត, {national} មានតែក្នុងតួលេខទូទាំងប្រទេស, {silent} គ្មានតួលេខបានផ្សាយ។"
        ),
    }
}
