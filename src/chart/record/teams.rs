//! The record's `teams` view: a row per team, grouped by military region, with a bar for the
//! team's figure over its longest published span (its value and span written on it) and its
//! figures for single seasons under it; a figure for several teams combined is drawn once, in a
//! bracket across those teams' rows.

use plotters_backend::DrawingBackend;

use crate::aggregate::TimeAxis;
use crate::chart::frame::{draw_frame, wrap, Rect, Sizes};
use crate::chart::mark::{Mark, Target};
use crate::chart::time;
use crate::chart::{ChartOptions, Rendered, Table, TableCell};
use crate::draw::theme::TEAM_COLORS;
use crate::draw::{text, Align, Color, DrawError, Font, Painter, Theme};
use crate::figure::period::Shape;
use crate::figure::{Figure, Measure};
use crate::format::NumberFormat;
use crate::lang::Lang;
use crate::published::{is_seasonal, teams, Record, TeamRecord};
use crate::season::Phase;
use crate::team::{MilitaryRegion, Team};

use super::{caveat_key, caveat_signs, figure_cells, figure_columns, pick, tooltip, with_sources};

/// The view's title.
fn default_title(lang: Lang) -> &'static str {
    pick(lang, "Each team's published record", "Số liệu đã công bố của từng đội", "តួលេខដែលបានផ្សាយរបស់ក្រុមនីមួយៗ")
}

/// "K70+K71+K73": the codes of a set of teams, as marks name them.
pub fn codes(record: &TeamRecord) -> String {
    record.teams.iter().map(Team::code).collect::<Vec<_>>().join("+")
}

/// A figure's period as written on a bar: "2001–2025" (the count of seasons, said in the
/// tooltip, left off), digits as the reader writes them.
fn span_label(f: &Figure, nf: &NumberFormat) -> String {
    let label = f.period.label(nf.lang);
    let label = match f.period.shape {
        Shape::Seasons { .. } => label.split(" (").next().unwrap_or_default().to_owned(),
        _ => label,
    };
    nf.digits(&label)
}

/// "2,933? · 2001–2025": a figure's value with its caveat signs, and its span.
fn bar_label(f: &Figure, nf: &NumberFormat) -> String {
    format!("{}{} · {}", nf.int(u64::from(f.value)), caveat_signs(f), span_label(f, nf))
}

/// A season figure's chip: its season, short ("22–23", "22–23 (1)" for a phase), and its
/// value with its caveat signs.
fn chip_texts(f: &Figure, nf: &NumberFormat) -> (String, String) {
    let season = match f.period.shape {
        Shape::Season { season } => time::labels(TimeAxis::Season, season.first_year())[2].clone(),
        Shape::Phase { season, phase } => {
            let n = match phase {
                Phase::First => 1,
                Phase::Second => 2,
            };
            format!("{} ({n})", time::labels(TimeAxis::Season, season.first_year())[2])
        }
        _ => f.period.label(nf.lang),
    };
    (nf.digits(&season), format!("{}{}", nf.int(u64::from(f.value)), caveat_signs(f)))
}

/// Fonts of one layout, all from the label size.
#[derive(Clone, Copy)]
struct Fonts {
    size: f64,
    /// How far apart lines are, as a share of their usual spacing.
    lead: f64,
    label: Font,
    region: Font,
    bar: Font,
    chip_season: Font,
    chip_value: Font,
    codes: Font,
    none: Font,
}

impl Fonts {
    fn new(size: f64, lead: f64, theme: &Theme) -> Fonts {
        let chip = size * 0.88;
        Fonts {
            size,
            lead,
            label: Font::new(size, theme.text).bold().align(Align::End),
            region: Font::new(size * 0.92, theme.muted).bold().align(Align::Start),
            bar: Font::new(size, theme.text).bold().align(Align::Start),
            chip_season: Font::new(chip, theme.muted).align(Align::Start),
            chip_value: Font::new(chip, theme.text).bold().align(Align::Start),
            codes: Font::new(chip, theme.muted).align(Align::Start),
            none: Font::new(chip, theme.muted).align(Align::Start),
        }
    }

    fn line(&self) -> f64 {
        self.size * 1.55 * self.lead
    }

    fn chip_line(&self) -> f64 {
        self.chip_value.size * 1.45 * self.lead
    }

    fn chip_width(&self, f: &Figure, nf: &NumberFormat) -> f64 {
        let (s, v) = chip_texts(f, nf);
        self.chip_season.width(&s) + 3.0 + self.chip_value.width(&v)
    }

    /// The chips of `figures` in lines at most `width` wide, the first from `first` (left
    /// empty when no chip fits there): each line the indices of its chips.
    fn chip_lines(&self, figures: &[&Figure], first: f64, width: f64, nf: &NumberFormat) -> Vec<Vec<usize>> {
        let gap = self.chip_value.size * 1.2;
        let dot = self.chip_value.size * 0.8;
        let mut lines: Vec<Vec<usize>> = vec![Vec::new()];
        let mut x = first;
        for (i, f) in figures.iter().enumerate() {
            let w = dot + self.chip_width(f, nf);
            let line_empty = lines.last().map_or(true, Vec::is_empty);
            let mut start = if line_empty { x } else { x + gap };
            if start + w > width && (!line_empty || start > 0.0) {
                lines.push(Vec::new());
                start = 0.0;
            }
            if let Some(line) = lines.last_mut() {
                line.push(i);
            }
            x = start + w;
        }
        lines
    }

    /// Where a bar of `f` ends and its label is drawn: (bar width, label x from the bar's
    /// start, whether the label is inside the bar).
    fn bar(&self, f: &Figure, max: f64, bar_max: f64, nf: &NumberFormat) -> (f64, f64, bool) {
        let w = (f64::from(f.value) / max * bar_max).max(2.0);
        let text_w = self.bar.width(&bar_label(f, nf));
        if text_w + 10.0 <= w {
            (w, 5.0, true)
        } else {
            (w, w + 4.0, false)
        }
    }

    /// Where a row's content (bar and label) ends, from the bar's start.
    fn bar_end(&self, f: &Figure, max: f64, bar_max: f64, nf: &NumberFormat) -> f64 {
        let (w, tx, _) = self.bar(f, max, bar_max, nf);
        w.max(tx + self.bar.width(&bar_label(f, nf)))
    }
}

/// A combined record's block in the bracket lane: its lines of text.
struct Block<'r, 'a> {
    record: &'r TeamRecord<'a>,
    /// The rows (indices into the team rows) of its teams.
    rows: Vec<usize>,
    /// Its bracket's level (0 nearest the rows).
    level: usize,
    /// Where its figure over the longest span is written: its line, and x from the text's start
    /// (after the codes when it fits there, else on the next line).
    longest_at: (usize, f64),
    /// The line its season figures start on, and from where on it.
    chips_at: (usize, f64),
    /// Its season figures in lines.
    chips: Vec<Vec<usize>>,
}

impl Block<'_, '_> {
    fn lines(&self) -> usize {
        let longest = if self.record.longest.is_some() { self.longest_at.0 + 1 } else { 1 };
        longest.max(self.chips_at.0 + self.chips.len())
    }

    /// Lays out its texts in lines `width` wide: the codes, the longest span's figure, the chips.
    fn flow(&mut self, fonts: &Fonts, width: f64, nf: &NumberFormat) {
        let gap = fonts.chip_value.size * 1.2;
        let (mut line, mut x) = (0, fonts.codes.width(&codes(self.record)));
        if let Some(f) = self.record.longest {
            let w = fonts.chip_value.width(&bar_label(f, nf));
            if x + gap + w <= width {
                self.longest_at = (0, x + gap);
                x += gap + w;
            } else {
                self.longest_at = (1, 0.0);
                (line, x) = (1, w);
            }
        }
        self.chips_at = (line, x + gap * 1.5);
        if !self.record.seasons.is_empty() {
            self.chips = fonts.chip_lines(&self.record.seasons, x + gap * 1.5, width, nf);
        }
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
    let records = teams(record, Measure::Found, false);
    let drawn: Vec<&Figure> =
        records.iter().flat_map(|r| r.longest.into_iter().chain(r.seasons.iter().copied())).collect();
    let opts = with_sources(opts, &drawn);
    let title = opts.title.clone().unwrap_or_else(|| default_title(lang).to_owned());
    let area = draw_frame(p, &opts, theme, default_title(lang))?;
    let sizes = Sizes::for_width(p.size().0);

    // The notes under the chart: what the bars are, what is not drawn, the caveat signs.
    let not_drawn = record
        .figures
        .iter()
        .filter(|f| f.measure == Measure::Found && f.who.stated && !f.who.all && !is_seasonal(f))
        .filter(|f| !records.iter().any(|r| r.longest.is_some_and(|l| std::ptr::eq(l, *f))))
        .count();
    let note_font = Font::new(sizes.note, theme.muted).align(Align::Start);
    let mut notes = wrap(&spans_note(not_drawn, lang), &note_font, area.width(), 4);
    if drawn.iter().any(|f| !caveat_signs(f).is_empty()) {
        notes.extend(wrap(caveat_key(lang), &note_font, area.width(), 2));
    }
    let note_h = sizes.note * 1.35;
    let notes_top = area.y1 - note_h * notes.len() as f64;
    for (i, line) in notes.iter().enumerate() {
        p.text(line, area.x0, notes_top + note_h * (i as f64 + 0.5), note_font)?;
    }
    let plot = Rect { y1: notes_top - sizes.pad * 0.5, ..area };

    let mut marks = Vec::new();
    if records.is_empty() {
        crate::chart::frame::nothing_to_show(p, plot, &opts, theme)?;
    } else {
        // The largest type that fits down to 9 px with a header over each region, then down
        // to 8 px with the regions named beside their rows, then lines closer, then 7 px.
        let sizes_from = |least: f64| (0..).map(|i| sizes.label - 0.5 * f64::from(i)).take_while(move |&s| s >= least);
        let tries = sizes_from(9.0).map(|s| (s, 1.0, true)).chain(sizes_from(8.0).map(|s| (s, 1.0, false))).chain([
            (8.0, 0.9, false),
            (8.0, 0.8, false),
            (7.5, 0.8, false),
            (7.0, 0.8, false),
        ]);
        let mut fonts = Fonts::new(7.0, 0.8, theme);
        let mut layout = Layout::new(&records, plot, &fonts, &nf, false);
        for (size, lead, headers) in tries {
            let f = Fonts::new(size, lead, theme);
            let l = Layout::new(&records, plot, &f, &nf, headers);
            if l.height <= plot.height() {
                (fonts, layout) = (f, l);
                break;
            }
        }
        marks = layout.draw(p, &fonts, &nf, theme, lang)?;
    }

    let table = table(&records, lang);
    let description = description(&records, lang, &nf);
    Ok(Rendered { title, description, table, marks, map: None })
}

/// One team's row.
struct Row<'r, 'a> {
    team: Team,
    record: Option<&'r TeamRecord<'a>>,
    chips: Vec<Vec<usize>>,
    /// The middle of its bar line.
    y: f64,
}

/// Where everything goes.
struct Layout<'r, 'a> {
    rows: Vec<Row<'r, 'a>>,
    blocks: Vec<Block<'r, 'a>>,
    /// Each region, with the middle of its header, and the top and bottom of its rows.
    regions: Vec<(MilitaryRegion, f64, f64, f64)>,
    /// Whether each region has a header over its rows (or its name beside them).
    headers: bool,
    /// The plot's left edge.
    left: f64,
    /// Right of the labels: where bars start.
    x0: f64,
    /// Where the brackets start.
    lane: f64,
    /// The right edge.
    right: f64,
    /// The largest value a bar is drawn for.
    max: f64,
    /// The length of its bar.
    bar_max: f64,
    /// Every block's top (its first line's middle).
    block_y: Vec<f64>,
    /// The height used.
    height: f64,
}

/// The gap between bracket levels.
const LEVEL: f64 = 7.0;

impl<'r, 'a> Layout<'r, 'a> {
    fn new(
        records: &'r [TeamRecord<'a>],
        plot: Rect,
        fonts: &Fonts,
        nf: &NumberFormat,
        headers: bool,
    ) -> Layout<'r, 'a> {
        let single = |t: Team| records.iter().find(|r| r.teams.single() == Some(t));
        let beside = if headers { 0.0 } else { fonts.size * 1.6 };
        let label_w = beside + Team::ALL.iter().map(|t| fonts.label.width(t.code())).fold(0.0, f64::max) + 8.0;
        let x0 = plot.x0 + label_w;
        // The bracket lane: as wide as its widest line, at most a third of the plot.
        let combined: Vec<&TeamRecord> = records.iter().filter(|r| r.teams.len() > 1).collect();
        let mut rows: Vec<Row> = Vec::new();
        for region in MilitaryRegion::ALL {
            for &team in region.teams() {
                rows.push(Row { team, record: single(team), chips: Vec::new(), y: 0.0 });
            }
        }
        let mut blocks: Vec<Block> = combined
            .iter()
            .map(|&record| Block {
                record,
                rows: rows
                    .iter()
                    .enumerate()
                    .filter(|(_, r)| record.teams.contains(crate::figure::who::Teams::of(r.team)))
                    .map(|(i, _)| i)
                    .collect(),
                level: 0,
                longest_at: (0, 0.0),
                chips_at: (0, 0.0),
                chips: Vec::new(),
            })
            .collect();
        // Nested brackets: a block's level is one more than any it spans over.
        crate::sort::sort_by_key(&mut blocks, |b| {
            (b.rows.last().copied().unwrap_or(0) - b.rows.first().copied().unwrap_or(0), b.rows.first().copied())
        });
        for i in 0..blocks.len() {
            let (lo, hi) = (blocks[i].rows[0], blocks[i].rows[blocks[i].rows.len() - 1]);
            let level = blocks[..i]
                .iter()
                .filter(|b| b.rows[0] <= hi && lo <= b.rows[b.rows.len() - 1])
                .map(|b| b.level + 1)
                .max()
                .unwrap_or(0);
            blocks[i].level = level;
        }
        let levels = blocks.iter().map(|b| b.level + 1).max().unwrap_or(0);
        let text_w = |b: &Block| {
            let mut w = fonts.codes.width(&codes(b.record));
            // Wide enough for either line; both on one when the lane is wider (see Block::flow).
            if let Some(l) = b.record.longest {
                w = w.max(fonts.chip_value.width(&bar_label(l, nf)));
            }
            w
        };
        let widest = blocks.iter().map(text_w).fold(0.0, f64::max);
        let lane_w =
            if blocks.is_empty() { 0.0 } else { (widest + levels as f64 * LEVEL + 12.0).min(plot.width() * 0.34) };
        let lane = plot.x1 - lane_w;
        let x1 = if blocks.is_empty() { plot.x1 } else { lane - 12.0 };
        let text_x = lane + levels as f64 * LEVEL + 8.0;
        for b in &mut blocks {
            b.flow(fonts, plot.x1 - text_x, nf);
        }
        // One scale for every team's bar, leaving room for the widest label after it.
        let longest = || records.iter().filter(|r| r.teams.len() == 1).filter_map(|r| r.longest);
        let max = longest().map(|f| f64::from(f.value)).fold(1.0, f64::max);
        let widest_label = longest().map(|f| fonts.bar.width(&bar_label(f, nf))).fold(0.0, f64::max);
        let bar_max = (x1 - x0 - widest_label - 6.0).min((x1 - x0) * 0.45).max(20.0);
        let gap = fonts.chip_value.size * 1.2;
        for r in &mut rows {
            if let Some(rec) = r.record {
                let first = rec.longest.map_or(0.0, |f| fonts.bar_end(f, max, bar_max, nf) + gap * 1.5);
                r.chips = fonts.chip_lines(&rec.seasons, first, x1 - x0, nf);
            }
        }
        // Down the plot: each region's header, then its rows, as tall as its blocks need.
        let mut y = plot.y0;
        let mut regions = Vec::new();
        let mut block_y = vec![0.0; blocks.len()];
        let header = if headers { fonts.size * 1.35 } else { fonts.size * 0.5 };
        for region in MilitaryRegion::ALL {
            let header_y = y + header * 0.55;
            y += header;
            let top = y;
            for r in rows.iter_mut().filter(|r| r.team.military_region() == region) {
                r.y = y + fonts.line() / 2.0;
                y += fonts.line() + fonts.chip_line() * r.chips.len().saturating_sub(1) as f64;
            }
            // The blocks whose last team is in the region, each from its bracket's middle, pushed
            // down clear of the one before.
            let ends_here = |b: &Block| rows[b.rows[b.rows.len() - 1]].team.military_region() == region;
            let mut order: Vec<usize> = (0..blocks.len()).filter(|&i| ends_here(&blocks[i])).collect();
            let mid = |b: &Block| (rows[b.rows[0]].y + rows[b.rows[b.rows.len() - 1]].y) / 2.0;
            crate::sort::sort_by(&mut order, |&a, &b| mid(&blocks[a]).total_cmp(&mid(&blocks[b])));
            let mut next = top + fonts.chip_line() / 2.0;
            for &i in &order {
                let b = &blocks[i];
                let h = fonts.chip_line() * b.lines() as f64;
                let at = (mid(b) - h / 2.0 + fonts.chip_line() / 2.0).max(next);
                block_y[i] = at;
                next = at + h + fonts.chip_line() * 0.4;
            }
            y = y.max(next - fonts.chip_line() / 2.0);
            regions.push((region, header_y, top, y));
            y += fonts.size * 0.4;
        }
        Layout {
            rows,
            blocks,
            regions,
            headers,
            left: plot.x0,
            x0,
            lane,
            right: plot.x1,
            max,
            bar_max,
            block_y,
            height: y - plot.y0,
        }
    }

    fn draw<B: DrawingBackend>(
        &self,
        p: &mut Painter<B>,
        fonts: &Fonts,
        nf: &NumberFormat,
        theme: &Theme,
        lang: Lang,
    ) -> Result<Vec<Mark>, DrawError> {
        let mut marks = Vec::new();
        for (i, &(region, header_y, top, bottom)) in self.regions.iter().enumerate() {
            if self.headers {
                p.text(region.name(lang), self.left, header_y, fonts.region)?;
                let y = header_y + fonts.size * 0.7;
                p.line((self.left, y), (self.right, y), theme.grid, 1.0)?;
                continue;
            }
            // Beside its rows, reading upwards.
            let name = match lang {
                Lang::En => format!("MR {}", region.number()),
                Lang::Vi => format!("QK{}", region.number()),
                Lang::Km => region.name(lang).to_owned(),
            };
            let name = text::truncate(&name, fonts.region.size, true, bottom - top);
            let font = Font { align: Align::Center, ..fonts.region }.vertical();
            p.text(&name, self.left + fonts.size * 0.6, (top + bottom) / 2.0, font)?;
            if i > 0 {
                let y = top - fonts.size * 0.45;
                p.line((self.left, y), (self.right, y), theme.grid, 1.0)?;
            }
        }
        for row in &self.rows {
            let color = TEAM_COLORS[Team::ALL.iter().position(|&t| t == row.team).unwrap_or(0) + 1];
            p.text(row.team.code(), self.x0 - 8.0, row.y, fonts.label)?;
            let Some(rec) = row.record else {
                let none = pick(lang, "no published figure", "không có số liệu công bố", "គ្មានតួលេខបានផ្សាយ");
                p.text(none, self.x0, row.y, fonts.none)?;
                continue;
            };
            let h = (fonts.line() * 0.68).max(2.0);
            let mut first = self.x0;
            if let Some(f) = rec.longest {
                let label = bar_label(f, nf);
                let (w, tx, inside) = fonts.bar(f, self.max, self.bar_max, nf);
                p.fill_rect(self.x0, row.y - h / 2.0, self.x0 + w, row.y + h / 2.0, color)?;
                let font = if inside { Font { color: color.ink(), ..fonts.bar } } else { fonts.bar };
                p.text(&label, self.x0 + tx, row.y, font)?;
                let end = fonts.bar_end(f, self.max, self.bar_max, nf);
                first = self.x0 + end + fonts.chip_value.size * 1.8;
                let (title, lines) = tooltip(f, lang, nf);
                marks.push(Mark {
                    x0: self.x0,
                    y0: row.y - fonts.line() / 2.0,
                    x1: self.x0 + end,
                    y1: row.y + fonts.line() / 2.0,
                    target: Target::Team { team: codes(rec) },
                    title,
                    lines,
                });
            }
            let rest = (self.x0, row.y + fonts.line() / 2.0 + fonts.chip_line() / 2.0);
            self.draw_chips(p, &mut marks, rec, &row.chips, (first, row.y), rest, color, fonts, nf, lang)?;
        }
        let text_x = self.lane + self.blocks.iter().map(|b| b.level + 1).max().unwrap_or(0) as f64 * LEVEL + 8.0;
        for (b, &y) in self.blocks.iter().zip(&self.block_y) {
            let x = self.lane + b.level as f64 * LEVEL;
            let (first, last) = (self.rows[b.rows[0]].y, self.rows[b.rows[b.rows.len() - 1]].y);
            p.line((x, first), (x, last), theme.axis, 1.0)?;
            for &i in &b.rows {
                p.line((x - 5.0, self.rows[i].y), (x, self.rows[i].y), theme.axis, 1.0)?;
            }
            let mid = (first + last) / 2.0;
            p.polyline(&[(x, mid), (text_x - 6.0, y), (text_x - 3.0, y)], theme.muted, 1.0)?;
            p.text(&codes(b.record), text_x, y, fonts.codes)?;
            let line_y = |l: usize| y + fonts.chip_line() * l as f64;
            if let Some(f) = b.record.longest {
                let label = bar_label(f, nf);
                let (lx, ly) = (text_x + b.longest_at.1, line_y(b.longest_at.0));
                p.text(&label, lx, ly, fonts.chip_value)?;
                let (title, lines) = tooltip(f, lang, nf);
                let target = Target::Team { team: codes(b.record) };
                marks.push(Mark {
                    x0: text_x,
                    y0: y - fonts.chip_line() / 2.0,
                    x1: (lx + fonts.chip_value.width(&label)).max(text_x + fonts.codes.width(&codes(b.record))),
                    y1: ly + fonts.chip_line() / 2.0,
                    target: target.clone(),
                    title: title.clone(),
                    lines: lines.clone(),
                });
                marks.push(Mark { x0: x - 3.0, y0: first, x1: x + 3.0, y1: last, target, title, lines });
            }
            let (l, cx) = b.chips_at;
            let rest = (text_x, line_y(l + 1));
            self.draw_chips(
                p,
                &mut marks,
                b.record,
                &b.chips,
                (text_x + cx, line_y(l)),
                rest,
                theme.muted,
                fonts,
                nf,
                lang,
            )?;
        }
        Ok(marks)
    }

    /// Draws a record's season figures as chips in `lines`, the first from `first`, the others
    /// from `rest` down, a dot of `color` before each.
    #[allow(clippy::too_many_arguments)]
    fn draw_chips<B: DrawingBackend>(
        &self,
        p: &mut Painter<B>,
        marks: &mut Vec<Mark>,
        rec: &TeamRecord,
        lines: &[Vec<usize>],
        first: (f64, f64),
        rest: (f64, f64),
        color: Color,
        fonts: &Fonts,
        nf: &NumberFormat,
        lang: Lang,
    ) -> Result<(), DrawError> {
        let gap = fonts.chip_value.size * 1.2;
        let dot = fonts.chip_value.size * 0.8;
        for (l, line) in lines.iter().enumerate() {
            let (mut cx, cy) = match l {
                0 => first,
                _ => (rest.0, rest.1 + fonts.chip_line() * (l - 1) as f64),
            };
            for &i in line {
                let f = rec.seasons[i];
                let (season, value) = chip_texts(f, nf);
                let r = dot * 0.32;
                p.fill_rect(cx + 0.5, cy - r, cx + 0.5 + 2.0 * r, cy + r, color)?;
                let sx = cx + dot;
                p.text(&season, sx, cy, fonts.chip_season)?;
                let vx = sx + fonts.chip_season.width(&season) + 3.0;
                p.text(&value, vx, cy, fonts.chip_value)?;
                let end = vx + fonts.chip_value.width(&value);
                let (title, lines) = tooltip(f, lang, nf);
                let season = f.period.season().map(|s| s.to_string()).unwrap_or_default();
                marks.push(Mark {
                    x0: cx,
                    y0: cy - fonts.chip_line() / 2.0,
                    x1: end,
                    y1: cy + fonts.chip_line() / 2.0,
                    target: Target::Cell { team: codes(rec), season },
                    title,
                    lines,
                });
                cx = end + gap;
            }
        }
        Ok(())
    }
}

/// What the bars are, and how many figures over spans are not drawn.
fn spans_note(not_drawn: usize, lang: Lang) -> String {
    match lang {
        Lang::En => format!(
            "Bars: each team's figure over its longest published span (spans differ); beside them its figures for single seasons. \
             A figure for several teams is drawn once, bracketed across their rows. {not_drawn} other figures over spans \
             (earlier reports, single provinces) are in no bar."
        ),
        Lang::Vi => format!(
            "Thanh: số liệu của từng đội trong thời kỳ dài nhất đã công bố (thời kỳ khác nhau); bên cạnh là số liệu từng mùa. \
             Số liệu chung của nhiều đội vẽ một lần, nối các hàng của các đội đó. {not_drawn} số liệu nhiều mùa khác \
             (bài trước, một tỉnh) không vẽ."
        ),
        Lang::Km => format!(
            "របារ៖ តួលេខរបស់ក្រុមនីមួយៗ សម្រាប់រយៈពេលវែងបំផុតដែលបានផ្សាយ (រយៈពេលខុសគ្នា); នៅក្បែរ តួលេខតាមរដូវ។ \
             តួលេខរួមនៃក្រុមច្រើន គូរតែម្តង ភ្ជាប់ជួររបស់ក្រុមទាំងនោះ។ តួលេខច្រើនរដូវផ្សេងទៀត {not_drawn} មិនបានគូរ។"
        ),
    }
}

/// A row for every figure drawn: the teams it is drawn for, how, and the figure's own cells.
fn table(records: &[TeamRecord], lang: Lang) -> Table {
    let mut columns = vec![
        pick(lang, "Drawn for", "Vẽ cho", "គូរសម្រាប់").to_owned(),
        pick(lang, "Drawn as", "Vẽ là", "គូរជា").to_owned(),
    ];
    columns.extend(figure_columns(lang));
    let mut rows = Vec::new();
    for r in records {
        if let Some(f) = r.longest {
            let as_ = pick(lang, "longest span", "thời kỳ dài nhất", "រយៈពេលវែងបំផុត");
            let mut row = vec![TableCell::Text(codes(r)), TableCell::Text(as_.to_owned())];
            row.extend(figure_cells(f, lang));
            rows.push(row);
        }
        for f in &r.seasons {
            let as_ = pick(lang, "season", "mùa", "រដូវ");
            let mut row = vec![TableCell::Text(codes(r)), TableCell::Text(as_.to_owned())];
            row.extend(figure_cells(f, lang));
            rows.push(row);
        }
    }
    Table { columns, rows }
}

/// The view in words.
fn description(records: &[TeamRecord], lang: Lang, nf: &NumberFormat) -> String {
    let singles = records.iter().filter(|r| r.teams.len() == 1).count();
    let bars = records.iter().filter(|r| r.teams.len() == 1 && r.longest.is_some()).count();
    let combined: usize =
        records.iter().filter(|r| r.teams.len() > 1).map(|r| usize::from(r.longest.is_some()) + r.seasons.len()).sum();
    let groups = records.iter().filter(|r| r.teams.len() > 1).count();
    let seasons: usize = records.iter().filter(|r| r.teams.len() == 1).map(|r| r.seasons.len()).sum();
    let top = records
        .iter()
        .filter(|r| r.teams.len() == 1)
        .filter_map(|r| r.longest.map(|f| (r, f)))
        .max_by_key(|(_, f)| f.value);
    let Some((r, f)) = top else {
        return match lang {
            Lang::En => format!("{seasons} published figures for single seasons of {singles} teams."),
            Lang::Vi => format!("{seasons} số liệu đã công bố cho từng mùa của {singles} đội."),
            Lang::Km => format!("តួលេខដែលបានផ្សាយ {seasons} តាមរដូវ នៃក្រុម {singles}។"),
        };
    };
    let (team, value, span) = (codes(r), nf.int(u64::from(f.value)), span_label(f, nf));
    match lang {
        Lang::En => format!(
            "{singles} teams' published records: bars for {bars} teams' figures over their longest spans (the largest {team}: \
             {value} sets, {span}), {seasons} figures of single teams for single seasons, and {combined} figures \
             of {groups} groups of teams combined, each drawn once across its teams."
        ),
        Lang::Vi => format!(
            "Số liệu đã công bố của {singles} đội: thanh biểu thị số liệu của {bars} đội trong thời kỳ dài nhất (lớn nhất là \
             {team}: {value} bộ, {span}), {seasons} số liệu từng mùa của từng đội, và {combined} số liệu chung \
             của {groups} nhóm đội, mỗi số liệu vẽ một lần nối các đội của nó."
        ),
        Lang::Km => format!(
            "តួលេខដែលបានផ្សាយរបស់ក្រុម {singles}៖ របារនៃក្រុម {bars} សម្រាប់រយៈពេលវែងបំផុត (ធំបំផុត {team}៖ {value}, {span}), \
             តួលេខតាមរដូវ {seasons} និងតួលេខរួម {combined} នៃក្រុមច្រើន {groups} ក្រុម ដែលគូរតែម្តង។"
        ),
    }
}
