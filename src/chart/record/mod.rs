//! Views of the published record: charts of published figures, each at its own level (see
//! [`crate::published`]), drawn over any plotters backend like the charts of finds. Every mark
//! carries its figure's source (outlet and title, date, address, quote) in its tooltip and its
//! table row, and its caveats (confidence, a dispute, a season still running, finds outside
//! Cambodia) on the mark itself.

pub mod coverage;
pub mod cumulative;
pub mod map;
pub mod seasons;
pub mod teams;

use plotters_backend::DrawingBackend;

use crate::draw::{DrawError, Painter, Theme};
use crate::figure::{Confidence, Figure};
use crate::format::NumberFormat;
use crate::lang::Lang;
use crate::published::{Disjoint, LeftOut, Record};
use crate::quote::shorten;
use crate::svg::SvgBackend;

use super::{ChartOptions, Rendered, TableCell};

/// Which view of the record to draw (the value of `--chart` for a table of figures).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum View {
    /// National totals per season, with the parts published for teams.
    Seasons,
    /// Each team's record over its longest span, with its season figures.
    Teams,
    /// Provinces and team areas shaded by their own figures.
    Map,
    /// The published running totals, with the season totals between.
    Cumulative,
    /// Which seasons and teams have any published figure.
    Coverage,
}

impl View {
    /// Every view.
    pub const ALL: [View; 5] = [View::Seasons, View::Teams, View::Map, View::Cumulative, View::Coverage];

    /// The view's name as written in options.
    pub fn name(self) -> &'static str {
        match self {
            View::Seasons => "seasons",
            View::Teams => "teams",
            View::Map => "map",
            View::Cumulative => "cumulative",
            View::Coverage => "coverage",
        }
    }

    /// Reads a view's name.
    pub fn parse(s: &str) -> Option<View> {
        let s = s.trim().to_ascii_lowercase();
        View::ALL.into_iter().find(|v| v.name() == s)
    }

    /// The view a chart of finds asks for, for a page that draws the record in its place:
    /// `matrix` is the coverage grid (seasons × teams), the province and find maps the map,
    /// `identified` the seasons.
    pub fn of(kind: super::ChartKind) -> View {
        use super::ChartKind as K;
        match kind {
            K::Seasons | K::Identified => View::Seasons,
            K::Cumulative => View::Cumulative,
            K::Teams => View::Teams,
            K::Matrix => View::Coverage,
            K::Provinces | K::Map | K::Bubbles | K::Sites => View::Map,
        }
    }
}

/// Draws `view` of `record` onto `backend` (`scale` device pixels per CSS pixel); the chart
/// kind in `opts` is not read.
pub fn render<B: DrawingBackend>(
    backend: &mut B,
    scale: f64,
    record: &Record,
    view: View,
    opts: &ChartOptions,
) -> Result<Rendered, DrawError> {
    let theme = Theme::get(opts.theme);
    let mut p = Painter::new(backend, scale);
    let rendered = match view {
        View::Seasons => seasons::render(&mut p, record, opts, theme)?,
        View::Teams => teams::render(&mut p, record, opts, theme)?,
        View::Map => map::render(&mut p, record, opts, theme)?,
        View::Cumulative => cumulative::render(&mut p, record, opts, theme)?,
        View::Coverage => coverage::render(&mut p, record, opts, theme)?,
    };
    p.present()?;
    Ok(rendered)
}

/// `view` of `record` as an SVG document of `opts.width` × `opts.height` pixels.
pub fn render_svg(record: &Record, view: View, opts: &ChartOptions) -> Result<String, DrawError> {
    let (w, h) = super::svg_size(opts);
    let mut svg = SvgBackend::new(w, h);
    let rendered = render(&mut svg, 1.0, record, view, opts)?;
    svg.describe(&rendered.title, &rendered.description);
    Ok(svg.into_string())
}

/// `en`, `vi` or `km` of three texts.
pub fn pick<'a>(lang: Lang, en: &'a str, vi: &'a str, km: &'a str) -> &'a str {
    match lang {
        Lang::En => en,
        Lang::Vi => vi,
        Lang::Km => km,
    }
}

/// "781 sets", "781 bộ hài cốt", "អដ្ឋិធាតុ 781".
pub fn sets(value: u64, lang: Lang, nf: &NumberFormat) -> String {
    crate::i18n::remains_phrase(&nf.int(value), lang)
}

/// The signs drawn on a mark for its caveats, in this order: `?` confidence below high, `±`
/// the source gives another value, `†` a season still running (or interim), `*` finds outside
/// Cambodia included; empty for none. [`caveat_key`] says what each means.
pub fn caveat_signs(f: &Figure) -> String {
    let c = &f.caveats;
    let mut s = String::new();
    if c.confidence < Confidence::High {
        s.push('?');
    }
    if c.disputed {
        s.push('±');
    }
    if c.partial {
        s.push('†');
    }
    if c.outside_cambodia {
        s.push('*');
    }
    s
}

/// The key to [`caveat_signs`], for a chart's note line.
pub fn caveat_key(lang: Lang) -> &'static str {
    pick(
        lang,
        "? confidence below high · ± the source gives another value · † season still running · * includes finds outside Cambodia",
        "? độ tin cậy dưới mức cao · ± nguồn nêu con số khác · † mùa chưa kết thúc · * gồm cả hài cốt tìm thấy ngoài Campuchia",
        "? ភាពជឿជាក់ទាបជាងខ្ពស់ · ± ប្រភពផ្តល់តួលេខផ្សេង · † រដូវមិនទាន់ចប់ · * រួមទាំងអដ្ឋិធាតុរកឃើញក្រៅកម្ពុជា",
    )
}

/// The words for each of a figure's caveats, for its tooltip.
pub fn caveat_lines(f: &Figure, lang: Lang) -> Vec<String> {
    let c = &f.caveats;
    let mut out = Vec::new();
    match c.confidence {
        Confidence::Low => out.push(pick(lang, "Confidence: low", "Độ tin cậy: thấp", "ភាពជឿជាក់៖ ទាប").to_owned()),
        Confidence::Medium => {
            out.push(pick(lang, "Confidence: medium", "Độ tin cậy: trung bình", "ភាពជឿជាក់៖ មធ្យម").to_owned())
        }
        Confidence::High => {}
    }
    if c.disputed {
        out.push(pick(lang, "The source gives another value", "Nguồn nêu con số khác", "ប្រភពផ្តល់តួលេខផ្សេង").to_owned());
    }
    if c.partial {
        out.push(
            pick(lang, "Season still running when published", "Mùa chưa kết thúc khi công bố", "រដូវមិនទាន់ចប់ពេលផ្សាយ")
                .to_owned(),
        );
    }
    if c.outside_cambodia {
        out.push(
            pick(lang, "Includes finds outside Cambodia", "Gồm cả hài cốt ngoài Campuchia", "រួមទាំងអដ្ឋិធាតុក្រៅកម្ពុជា")
                .to_owned(),
        );
    }
    if c.approximate {
        out.push(
            pick(lang, "A bound (\"more than\", \"nearly\")", "Con số ước (\"hơn\", \"gần\")", "តួលេខប្រហាក់ប្រហែល")
                .to_owned(),
        );
    }
    out
}

/// A figure's tooltip: its value and period as the title; its teams and place, its caveats,
/// and its source (title, date, address, the quote) as lines.
pub fn tooltip(f: &Figure, lang: Lang, nf: &NumberFormat) -> (String, Vec<String>) {
    let mut title = sets(u64::from(f.value), lang, nf);
    if f.measure == crate::figure::Measure::Identified {
        title.push_str(pick(lang, " identified by name", " xác định được danh tính", " បានកំណត់អត្តសញ្ញាណ"));
    }
    let title = format!("{title} · {}", f.period.label(lang));
    let mut lines = vec![format!("{} · {}", f.who.label(lang), f.place.label(lang))];
    lines.extend(caveat_lines(f, lang));
    lines.extend(source_lines(f));
    (title, lines)
}

/// A figure's source as tooltip lines: title and date, address, and the quote (shortened).
pub fn source_lines(f: &Figure) -> Vec<String> {
    let s = &f.source;
    let mut out = Vec::new();
    match (s.title.is_empty(), s.date.is_empty()) {
        (false, false) => out.push(format!("{} ({})", s.title, s.date)),
        (false, true) => out.push(s.title.clone()),
        (true, false) => out.push(s.date.clone()),
        (true, true) => {}
    }
    if !s.url.is_empty() {
        out.push(s.url.clone());
    }
    if !s.quote.is_empty() {
        out.push(format!("“{}”", shorten(&s.quote)));
    }
    out
}

/// The table columns every view ends its rows with: the figure's own value, unit, period,
/// teams, place, caveats and source.
pub fn figure_columns(lang: Lang) -> Vec<String> {
    [
        pick(lang, "Sets", "Số bộ", "ចំនួន"),
        pick(lang, "Unit as published", "Đơn vị như công bố", "ឯកតាដូចបានផ្សាយ"),
        pick(lang, "Period", "Thời kỳ", "រយៈពេល"),
        pick(lang, "Teams", "Đội", "ក្រុម"),
        pick(lang, "Place", "Địa bàn", "ទីកន្លែង"),
        pick(lang, "Caveats", "Lưu ý", "ការប្រុងប្រយ័ត្ន"),
        pick(lang, "Source", "Nguồn", "ប្រភព"),
        pick(lang, "Published", "Ngày đăng", "ថ្ងៃផ្សាយ"),
        pick(lang, "Address", "Đường dẫn", "តំណ"),
        pick(lang, "Quote", "Trích dẫn", "សម្រង់"),
    ]
    .map(str::to_owned)
    .to_vec()
}

/// A figure's cells under [`figure_columns`].
pub fn figure_cells(f: &Figure, lang: Lang) -> Vec<TableCell> {
    let text = |s: &str| if s.is_empty() { TableCell::Empty } else { TableCell::Text(s.to_owned()) };
    vec![
        TableCell::Count(u64::from(f.value)),
        text(&f.unit),
        TableCell::Text(f.period.label(lang)),
        TableCell::Text(f.who.label(lang)),
        TableCell::Text(f.place.label(lang)),
        text(&caveat_lines(f, lang).join("; ")),
        text(&f.source.title),
        text(&f.source.date),
        text(&f.source.url),
        text(&f.source.quote),
    ]
}

/// The note a view that adds figures writes under it, saying what it left out and why; `None`
/// when it left nothing out.
pub fn left_out_note<'a>(sums: impl IntoIterator<Item = &'a Disjoint<'a>>, lang: Lang) -> Option<String> {
    left_out_notes(sums, lang).map(|(long, _)| long)
}

/// [`left_out_note`], and its short form for a chart with little room ("Not added: 28 figures,
/// all in the table").
pub fn left_out_notes<'a>(sums: impl IntoIterator<Item = &'a Disjoint<'a>>, lang: Lang) -> Option<(String, String)> {
    let (mut overlapping, mut caveated) = (0, 0);
    for d in sums {
        for (_, why) in &d.left_out {
            match why {
                LeftOut::Overlaps { .. } => overlapping += 1,
                LeftOut::Caveat => caveated += 1,
            }
        }
    }
    if overlapping + caveated == 0 {
        return None;
    }
    let all = overlapping + caveated;
    let short = match lang {
        Lang::En => format!("Not added: {all} figures that overlap others or are caveated (all in the table)"),
        Lang::Vi => format!("Không cộng: {all} số liệu trùng hoặc có lưu ý (đều có trong bảng)"),
        Lang::Km => format!("មិនបានបូក៖ តួលេខ {all} ដែលជាន់គ្នា ឬមានការប្រុងប្រយ័ត្ន (មានក្នុងតារាង)"),
    };
    let long = match lang {
        Lang::En => format!(
            "Not added: {overlapping} figures that overlap others, {caveated} of low confidence, for a season still running or including finds outside Cambodia (all in the table)"
        ),
        Lang::Vi => format!(
            "Không cộng: {overlapping} số liệu trùng với số liệu khác, {caveated} số liệu có độ tin cậy thấp, của mùa chưa kết thúc hoặc gồm cả hài cốt ngoài Campuchia (đều có trong bảng)"
        ),
        Lang::Km => format!(
            "មិនបានបូក៖ តួលេខ {overlapping} ដែលជាន់គ្នា និង {caveated} ដែលមានភាពជឿជាក់ទាប ឬរដូវមិនទាន់ចប់ ឬរួមទាំងក្រៅកម្ពុជា (មានក្នុងតារាង)"
        ),
    };
    Some((long, short))
}

/// `opts` with the record's source line when it has none of its own: how many reports the
/// figures drawn come from, and where each figure's source is.
pub fn with_sources(opts: &ChartOptions, figures: &[&Figure]) -> ChartOptions {
    let mut urls: Vec<&str> = figures.iter().map(|f| f.source.url.as_str()).filter(|u| !u.is_empty()).collect();
    urls.sort_unstable();
    urls.dedup();
    let n = urls.len();
    let line = match opts.lang {
        Lang::En => format!("{n} published reports; each figure's own in its tooltip and the table"),
        Lang::Vi => format!("{n} bài báo, văn bản đã công bố; nguồn của từng số liệu trong chú thích và bảng"),
        Lang::Km => format!("របាយការណ៍ដែលបានផ្សាយ {n}; ប្រភពនៃតួលេខនីមួយៗក្នុងព័ត៌មានលម្អិត និងតារាង"),
    };
    ChartOptions { source: opts.source.clone().or(Some(line)), ..opts.clone() }
}

/// The record's facts (not counts of remains: teams deployed, graves planned) for one season or
/// a phase of one, with the season, in season order.
pub fn season_facts<'a>(record: &Record<'a>) -> Vec<(crate::season::Season, &'a crate::figure::Fact)> {
    let mut out: Vec<_> = record
        .facts
        .iter()
        .filter_map(|f| crate::figure::Period::parse(&f.period).ok().and_then(|p| p.season()).map(|s| (s, f)))
        .collect();
    crate::sort::sort_by_key(&mut out, |(s, f)| (*s, f.line));
    out
}

/// A fact as a phrase: its number and what it is of, as published ("11 teams deployed").
pub fn fact_phrase(f: &crate::figure::Fact) -> String {
    format!("{} {}", f.value, f.unit)
}

/// The line a view writes under it for the facts of the seasons it draws:
/// "Also published (not counts of remains): 2025–2026: 11 teams deployed, …".
pub fn facts_note(facts: &[(crate::season::Season, &crate::figure::Fact)], lang: Lang) -> Option<String> {
    if facts.is_empty() {
        return None;
    }
    let mut parts: Vec<String> = Vec::new();
    for (season, f) in facts {
        let label = crate::chart::time::key(crate::aggregate::TimeAxis::Season, season.first_year()).replace('-', "–");
        parts.push(format!("{label}: {}", fact_phrase(f)));
    }
    let lead = pick(
        lang,
        "Also published (not counts of remains)",
        "Cũng đã công bố (không phải số hài cốt)",
        "បានផ្សាយផងដែរ (មិនមែនចំនួនអដ្ឋិធាតុ)",
    );
    Some(format!("{lead}: {}", parts.join("; ")))
}

/// A fact's cells under [`figure_columns`]: its number as written, what it is of, its period,
/// teams and place as written, caveats and source.
pub fn fact_cells(f: &crate::figure::Fact, lang: Lang) -> Vec<TableCell> {
    let text = |s: &str| if s.is_empty() { TableCell::Empty } else { TableCell::Text(s.to_owned()) };
    let confidence = match f.caveats.confidence {
        Confidence::Low => pick(lang, "Confidence: low", "Độ tin cậy: thấp", "ភាពជឿជាក់៖ ទាប"),
        Confidence::Medium => pick(lang, "Confidence: medium", "Độ tin cậy: trung bình", "ភាពជឿជាក់៖ មធ្យម"),
        Confidence::High => "",
    };
    vec![
        text(&f.value),
        text(&f.unit),
        text(&f.period),
        text(&f.who),
        text(&f.place),
        text(confidence),
        text(&f.source.title),
        text(&f.source.date),
        text(&f.source.url),
        text(&f.source.quote),
    ]
}
