//! When a published figure applies: a dry season, a phase of one, a span of seasons or months,
//! or everything up to a date ("as of 2024-05"). Periods are spans of months, so that any two
//! can be compared: a season is September to August (seasons tile the calendar: field work runs
//! November to June), phase 1 September to January, phase 2 February to August.

use serde::Serialize;

use crate::fold;
use crate::lang::Lang;
use crate::quote::shorten;
use crate::season::{Phase, Season};

/// A month: `year * 12 + (month - 1)`, so January 2024 is `2024 * 12`.
pub type Month = u32;

/// The month index of `month` (1–12) of `year`.
pub fn month(year: u16, month: u8) -> Month {
    u32::from(year) * 12 + u32::from(month.clamp(1, 12)) - 1
}

/// What shape a period has, as written.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "shape", rename_all = "snake_case")]
pub enum Shape {
    /// One dry season ("2024-2025", "2024-2025 (giai đoạn 24)").
    Season { season: Season },
    /// One phase of a season ("2023-2024 đợt 1").
    Phase { season: Season, phase: Phase },
    /// Consecutive seasons ("2001-2025", "2001-2002 to 2014-2015", "2001-2025 (24 phases)").
    Seasons { first: Season, last: Season },
    /// A calendar year ("2019 (calendar year)").
    Year { year: u16 },
    /// Months ("2002 – July 2022", "July 2024 – July 2025").
    Months,
    /// Everything up to a month ("as of 2024-05", "as of early 2023", "2013 (statement)").
    UpTo,
}

/// When a figure applies.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Period {
    /// The first month covered (0 for a period that starts with the programme, "as of …").
    pub from: Month,
    /// The last month covered.
    pub to: Month,
    /// Its shape.
    #[serde(flatten)]
    pub shape: Shape,
    /// Whether the text says the figure is for part of the period only ("interim", "first
    /// ~month", "to late Mar 2014", exact dates inside a running season).
    pub partial: bool,
    /// Whether the text says it is a plan ("(plan)"): a plan is not a count of remains found.
    pub plan: bool,
    /// As written.
    pub text: String,
}

impl Period {
    /// Reads a period as published figures write it: a season (`2024-2025`, `2024/25`,
    /// `mùa khô 2024-2025`, `giai đoạn XXIV`), a phase (`2023-2024 đợt 1`), a span of seasons
    /// (`2001-2025`, `2001-2002 to 2014-2015`), a calendar year (`2019 (calendar year)`), months
    /// (`2002 – July 2022`, `tháng 7/2024 – tháng 7/2025`) or everything up to a month
    /// (`as of 2024-05`, `as of early 2023`, `tính đến tháng 5/2024`, `2013 (statement)`).
    ///
    /// Words in brackets qualify it: `(plan)` makes a plan; `(interim)`, `(first ~month)`,
    /// `(~2 months)` and dates inside a season that end before May of its second year (before
    /// the field work ends) make it partial. A phase's own dates (`(6 Nov–10 Dec 2025)`) leave
    /// it whole: phases vary in length. A giai đoạn number in brackets must name the same
    /// season, and dates in brackets must lie inside the period. The message says why not.
    pub fn parse(text: &str) -> Result<Period, String> {
        read(text).map(|read| read.period)
    }

    /// Whether the two periods share a month.
    pub fn intersects(&self, other: &Period) -> bool {
        self.from <= other.to && other.from <= self.to
    }

    /// Whether every month of `other` is in this period.
    pub fn contains(&self, other: &Period) -> bool {
        self.from <= other.from && other.to <= self.to
    }

    /// The season, for a period of one season or one phase of one.
    pub fn season(&self) -> Option<Season> {
        match self.shape {
            Shape::Season { season } | Shape::Phase { season, .. } => Some(season),
            _ => None,
        }
    }

    /// The period in `lang`: "2024–2025", "2024–2025, đợt 1" (the phase as [`Phase::label`]
    /// names it), "2001–2025 (24 seasons)", "2019", "2002 – July 2022", "as of May 2024"
    /// ("tính đến tháng 5/2024", "គិតត្រឹមខែឧសភា 2024"). Digits stay ASCII: numbers are
    /// localised where the label is drawn. A month or year written loosely ("2002", "early
    /// 2023") is labelled as written.
    pub fn label(&self, lang: Lang) -> String {
        let season = |s: Season| format!("{}–{}", s.first_year(), u32::from(s.first_year()) + 1);
        match self.shape {
            Shape::Season { season: s } => season(s),
            Shape::Phase { season: s, phase } => format!("{}, {}", season(s), phase.label(lang)),
            Shape::Seasons { first, last } => {
                let n = u32::from(last.first_year().saturating_sub(first.first_year())) + 1;
                let unit = match (lang, n) {
                    (Lang::En, 1) => "season",
                    (Lang::En, _) => "seasons",
                    (Lang::Vi, _) => "mùa khô",
                    (Lang::Km, _) => "រដូវប្រាំង",
                };
                format!("{}–{} ({n} {unit})", first.first_year(), u32::from(last.first_year()) + 1)
            }
            Shape::Year { year } => match lang {
                Lang::En => year.to_string(),
                Lang::Vi => format!("năm {year}"),
                Lang::Km => format!("ឆ្នាំ {year}"),
            },
            Shape::Months => {
                let (start, end) = self.written();
                format!("{} – {}", month_label(self.from, start, true, lang), month_label(self.to, end, true, lang))
            }
            Shape::UpTo => {
                let (_, end) = self.written();
                let end = month_label(self.to, end, false, lang);
                match lang {
                    Lang::En => format!("as of {end}"),
                    Lang::Vi => format!("tính đến {end}"),
                    Lang::Km => format!("គិតត្រឹម{end}"),
                }
            }
        }
    }

    /// How the first and last months were written, read again from the text; to the month
    /// when the text does not give this period (a period made in code).
    fn written(&self) -> (Written, Written) {
        read(&self.text)
            .ok()
            .filter(|read| read.period.from == self.from && read.period.to == self.to)
            .map_or((Written::Month, Written::Month), |read| (read.start, read.end))
    }
}

/// What [`Period::parse`] accepts, for its messages.
pub const EXPECTED_PERIOD: &str = "a period such as 2024-2025, 2024/25, giai đoạn XXIV, 2023-2024 đợt 1, 2001-2025, \
     2001-2002 to 2014-2015, 2019 (calendar year), 2002 – July 2022, as of 2024-05 or tính đến tháng 5/2024, with \
     qualifiers in brackets such as (plan), (interim) or (19 Nov 2025–27 Jan 2026)";

/// The longest period text read (the longest published is 35 characters): reading tries each
/// dash as the joint of a range, so a longer text is refused before it is read.
pub const MAX_PERIOD_CHARS: usize = 200;

/// How a month or year of a period was written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Written {
    /// To the month (or the day): `May 2024`, `2024-05`, `tháng 5/2024`.
    Month,
    /// Only the year: `2008`, `năm 2008`.
    Year,
    /// `early 2023`, `đầu năm 2023`.
    Early,
    /// `mid-2023`, `giữa năm 2023`.
    Mid,
    /// `late 2023`, `end of 2023`, `cuối năm 2023`.
    Late,
}

/// A month or year as written, the year possibly left to the other end of a range
/// (`4 Jan–16 May 2022`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Point {
    year: Option<u16>,
    month: Option<u8>,
    written: Written,
}

impl Point {
    /// The first month it may mean, at the start of a range: a bare year is a season's start
    /// (September), as "2002 – July 2022" counts from the season 2002-2003.
    fn first(self, year: u16) -> Month {
        match (self.month, self.written) {
            (Some(m), _) => month(year, m),
            (None, Written::Early) => month(year, 1),
            (None, Written::Mid) => month(year, 5),
            (None, Written::Late) => month(year, 10),
            (None, _) => month(year, 9),
        }
    }

    /// The last month it may mean, at the end of a range (`to_year_end`: a bare year is its
    /// December, as in "as of 2008"; otherwise a season's end, August, as in "2001-2025").
    fn last(self, year: u16, to_year_end: bool) -> Month {
        match (self.month, self.written) {
            (Some(m), _) => month(year, m),
            (None, Written::Early) => month(year, 2),
            (None, Written::Mid) => month(year, 7),
            (None, Written::Late) => month(year, 12),
            (None, _) if to_year_end => month(year, 12),
            (None, _) => month(year, 8),
        }
    }
}

/// A period read, with how its ends were written (for [`Period::label`]).
struct Read {
    period: Period,
    start: Written,
    end: Written,
}

/// A word of a period's text after [`fold::simplify`].
#[derive(Clone, Debug, PartialEq, Eq)]
enum Token {
    /// Digits, with the text as written (`05`).
    Number(u32, String),
    /// Letters; Khmer words are given as their English equivalents (`asof`, `may`, `year`).
    Word(String),
    Dash,
    Slash,
    Tilde,
    Comma,
}

impl Token {
    fn word(&self) -> Option<&str> {
        match self {
            Token::Word(w) => Some(w),
            _ => None,
        }
    }

    fn number(&self) -> Option<u32> {
        match self {
            Token::Number(n, _) => Some(*n),
            _ => None,
        }
    }

    fn is_word(&self, word: &str) -> bool {
        self.word() == Some(word)
    }
}

/// Khmer words a period may contain (as [`fold::simplify`] leaves them), with the English
/// word the reader treats them as.
const KHMER_WORDS: [(&str, &str); 26] = [
    ("គិតត្រឹម", "asof"),
    ("ត្រឹម", "asof"),
    ("ខែ", "thang"),
    ("មករា", "january"),
    ("កុម្ភៈ", "february"),
    ("មីនា", "march"),
    ("មេសា", "april"),
    ("ឧសភា", "may"),
    ("មិថុនា", "june"),
    ("កក្កដា", "july"),
    ("សីហា", "august"),
    ("កញ្ញា", "september"),
    ("តុលា", "october"),
    ("វិច្ឆិកា", "november"),
    ("ធ្នូ", "december"),
    ("ឆ្នាំ", "year"),
    ("ដើម", "early"),
    ("ពាក់កណ្ដាល", "mid"),
    ("ចុង", "late"),
    ("ដំណាក់កាលទី", "phase"),
    ("រដូវប្រាំង", "season"),
    ("រដូវ", "season"),
    ("ដល់", "to"),
    ("ពី", "from"),
    ("ផែនការ", "plan"),
    ("បណ្ដោះអាសន្ន", "interim"),
];

/// Khmer month names, January first.
const KHMER_MONTHS: [&str; 12] =
    ["មករា", "កុម្ភៈ", "មីនា", "មេសា", "ឧសភា", "មិថុនា", "កក្កដា", "សីហា", "កញ្ញា", "តុលា", "វិច្ឆិកា", "ធ្នូ"];

/// The words of `text` (simplified), or the character no period contains.
fn tokens(text: &str) -> Result<Vec<Token>, char> {
    let simplified = fold::simplify(text);
    let mut out = Vec::new();
    let mut chars = simplified.chars().peekable();
    while let Some(&c) = chars.peek() {
        if c.is_ascii_digit() {
            let mut digits = String::new();
            while let Some(&d) = chars.peek().filter(|d| d.is_ascii_digit()) {
                digits.push(d);
                chars.next();
            }
            // More than 9 digits is no year, month or day: u32::MAX stands for it.
            out.push(Token::Number(digits.parse().unwrap_or(u32::MAX), digits));
        } else if c.is_ascii_alphabetic() {
            let mut word = String::new();
            while let Some(&l) = chars.peek().filter(|l| l.is_ascii_alphabetic()) {
                word.push(l);
                chars.next();
            }
            out.push(Token::Word(word));
        } else if ('\u{1780}'..='\u{17FF}').contains(&c) {
            let mut run = String::new();
            while let Some(&k) = chars.peek().filter(|k| ('\u{1780}'..='\u{17FF}').contains(k)) {
                run.push(k);
                chars.next();
            }
            khmer_words(&run, &mut out).map_err(|()| c)?;
        } else {
            chars.next();
            match c {
                '-' => out.push(Token::Dash),
                '/' => out.push(Token::Slash),
                '~' => out.push(Token::Tilde),
                ',' | ';' => out.push(Token::Comma),
                ' ' | '.' | ':' => {}
                other => return Err(other),
            }
        }
    }
    Ok(out)
}

/// Splits a run of Khmer letters into the words of [`KHMER_WORDS`], longest first.
fn khmer_words(mut run: &str, out: &mut Vec<Token>) -> Result<(), ()> {
    while !run.is_empty() {
        let found = KHMER_WORDS
            .iter()
            .map(|(khmer, english)| (fold::simplify(khmer), *english))
            .filter(|(khmer, _)| run.starts_with(khmer.as_str()))
            .max_by_key(|(khmer, _)| khmer.len());
        let (khmer, english) = found.ok_or(())?;
        out.push(Token::Word(english.to_owned()));
        run = &run[khmer.len()..];
    }
    Ok(())
}

/// The tokens as text [`Season::parse`] reads.
fn render(tokens: &[Token]) -> String {
    let parts: Vec<&str> = tokens
        .iter()
        .map(|t| match t {
            Token::Number(_, digits) => digits.as_str(),
            Token::Word(w) => w.as_str(),
            Token::Dash => "-",
            Token::Slash => "/",
            Token::Tilde => "~",
            Token::Comma => ",",
        })
        .collect();
    parts.join(" ")
}

/// The month a word names (English, full or abbreviated), 1 … 12.
fn month_word(word: &str) -> Option<u8> {
    const NAMES: [&str; 12] = [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ];
    if word == "sept" {
        return Some(9);
    }
    NAMES
        .iter()
        .position(|name| *name == word || (word.len() == 3 && name.starts_with(word)))
        .and_then(|i| u8::try_from(i + 1).ok())
}

/// A year a period may name (1900 … 2100, four digits).
fn year_of(token: Option<&Token>) -> Option<u16> {
    match token {
        Some(Token::Number(n, digits)) if digits.len() == 4 => {
            u16::try_from(*n).ok().filter(|y| (crate::date::MIN_YEAR..=crate::date::MAX_YEAR).contains(y))
        }
        _ => None,
    }
}

fn month_number(token: Option<&Token>) -> Option<u8> {
    token.and_then(Token::number).filter(|m| (1..=12).contains(m)).and_then(|m| u8::try_from(m).ok())
}

fn day_number(token: Option<&Token>) -> Option<u32> {
    match token {
        Some(Token::Number(n, digits)) if digits.len() <= 2 && (1..=31).contains(n) => Some(*n),
        _ => None,
    }
}

/// Reads a month or year at the start of `t`: `May 2024`, `19 Nov 2025`, `Nov`, `2024-05`,
/// `5/2024`, `20/2/2023`, `tháng 5/2024`, `tháng 5 năm 2024`, `năm 2008`, `2008`,
/// `early 2023`, `mid-2023`, `cuối năm 2023`, `late Mar 2014`. Returns it and how many tokens
/// it took.
fn point(t: &[Token]) -> Option<(Point, usize)> {
    let mut i = 0;
    while matches!(t.get(i), Some(Token::Tilde))
        || t.get(i).is_some_and(|w| {
            ["approx", "approximately", "about", "around", "circa", "c", "khoang"].iter().any(|a| w.is_word(a))
        })
    {
        i += 1;
    }
    let mut written = Written::Year;
    let fuzz = t.get(i).and_then(Token::word).and_then(|w| match w {
        "early" | "beginning" | "start" | "dau" => Some(Written::Early),
        "mid" | "middle" | "giua" => Some(Written::Mid),
        "late" | "end" | "cuoi" => Some(Written::Late),
        _ => None,
    });
    if let Some(fuzz) = fuzz {
        written = fuzz;
        i += 1;
        if matches!(t.get(i), Some(Token::Dash)) || t.get(i).is_some_and(|w| w.is_word("of")) {
            i += 1;
        }
    }
    if t.get(i).is_some_and(|w| w.is_word("het")) {
        i += 1;
    }
    let month_point = |year: Option<u16>, m: u8| Point { year, month: Some(m), written: Written::Month };
    // năm 2008, year 2008
    if t.get(i).is_some_and(|w| w.is_word("nam") || w.is_word("year")) {
        let year = year_of(t.get(i + 1))?;
        return Some((Point { year: Some(year), month: None, written }, i + 2));
    }
    // tháng 5/2024, tháng 5 năm 2024, tháng 5-2024, ខែឧសភា 2024
    if t.get(i).is_some_and(|w| w.is_word("thang") || w.is_word("month")) {
        i += 1;
        if let Some(m) = month_number(t.get(i)) {
            let sep = t.get(i + 1);
            if matches!(sep, Some(Token::Slash | Token::Dash)) || sep.is_some_and(|w| w.is_word("nam")) {
                let year = year_of(t.get(i + 2))?;
                return Some((month_point(Some(year), m), i + 3));
            }
            return Some((month_point(None, m), i + 1));
        }
    }
    // May 2024, Nov, May 5, 2024
    if let Some(m) = t.get(i).and_then(Token::word).and_then(month_word) {
        let mut j = i + 1;
        if day_number(t.get(j)).is_some() {
            j += 1;
            if matches!(t.get(j), Some(Token::Comma)) {
                j += 1;
            }
        }
        return match year_of(t.get(j)) {
            Some(year) => Some((month_point(Some(year), m), j + 1)),
            None => Some((month_point(None, m), i + 1)),
        };
    }
    // 19 Nov 2025, 4 Jan
    if day_number(t.get(i)).is_some() {
        if let Some(m) = t.get(i + 1).and_then(Token::word).and_then(month_word) {
            return match year_of(t.get(i + 2)) {
                Some(year) => Some((month_point(Some(year), m), i + 3)),
                None => Some((month_point(None, m), i + 2)),
            };
        }
    }
    // 20/2/2023, 5/2024
    if day_number(t.get(i)).is_some() && matches!(t.get(i + 1), Some(Token::Slash)) {
        if let Some(year) = year_of(t.get(i + 2)) {
            let m = month_number(t.get(i))?;
            return Some((month_point(Some(year), m), i + 3));
        }
        if matches!(t.get(i + 3), Some(Token::Slash)) {
            let m = month_number(t.get(i + 2))?;
            let year = year_of(t.get(i + 4))?;
            return Some((month_point(Some(year), m), i + 5));
        }
        return None;
    }
    // 2024-05, 2024-05-06, 2008
    let year = year_of(t.get(i))?;
    if matches!(t.get(i + 1), Some(Token::Dash)) {
        if let Some(Token::Number(m, digits)) = t.get(i + 2) {
            if digits.len() == 2 && (1..=12).contains(m) {
                let mut j = i + 3;
                if matches!(t.get(j), Some(Token::Dash)) && day_number(t.get(j + 1)).is_some() {
                    j += 2;
                }
                return Some((month_point(Some(year), u8::try_from(*m).ok()?), j));
            }
        }
    }
    Some((Point { year: Some(year), month: None, written }, i + 1))
}

/// A point that is all of `t`.
fn whole_point(t: &[Token]) -> Option<Point> {
    point(t).filter(|&(_, n)| n == t.len()).map(|(p, _)| p)
}

/// Words that join the two ends of a range.
fn is_range_joint(token: &Token) -> bool {
    matches!(token, Token::Dash) || ["to", "until", "till", "through", "den", "toi"].iter().any(|w| token.is_word(w))
}

/// Reads a range of months `A – B` (`from A to B`, `từ A đến B`), all of `t`: the first and
/// last months, and how each end was written. A start without a year takes the end's (the
/// year before when its month comes later: `Nov – Jan 2026`).
fn range(t: &[Token]) -> Option<((Month, Written), (Month, Written))> {
    let t = match t.first() {
        Some(w) if w.is_word("from") || w.is_word("tu") => &t[1..],
        _ => t,
    };
    let (start, n) = point(t)?;
    if !t.get(n).is_some_and(is_range_joint) {
        return None;
    }
    let end = whole_point(&t[n + 1..])?;
    let end_year = end.year?;
    let start_year = match (start.year, start.month, end.month) {
        (Some(year), _, _) => year,
        (None, Some(s), Some(e)) => end_year - u16::from(s > e),
        (None, Some(_), None) => end_year,
        (None, None, _) => return None,
    };
    let first = start.first(start_year);
    let last = end.last(end_year, false);
    (first <= last).then_some(((first, start.written), (last, end.written)))
}

/// What a bracketed qualifier says.
#[derive(Clone, Debug, PartialEq, Eq)]
enum Qualifier {
    /// A plan, not a count of finds.
    Plan,
    /// The figure is for part of the period.
    Partial,
    /// The season, by number or name ("giai đoạn 24", "Phase XXIII", "11th phase").
    Season(Season),
    /// A phase ("đợt 1").
    Phase(Phase),
    /// How many years or seasons a span has ("24 years"): kept in the text, not checked
    /// (sources count phases differently).
    Count,
    /// "calendar year": a single year is January to December.
    CalendarYear,
    /// "statement": a single year is everything up to its end.
    Statement,
    /// Dates the figure covers: the first and last months, either possibly open.
    Dates(Option<Month>, Option<Month>),
}

/// Reads the words inside a pair of brackets.
fn qualifier(text: &str) -> Result<Qualifier, String> {
    let unknown = || {
        format!(
            "\"({})\" is not a qualifier of a period: expected one such as (plan), (interim), (first ~month), \
             (giai đoạn 24), (11th phase), (24 years), (calendar year), (statement), (from 1 Nov 2015), \
             (to late Mar 2014) or (19 Nov 2025–27 Jan 2026)",
            shorten(text)
        )
    };
    let t = tokens(text).map_err(|_| unknown())?;
    let words: Vec<&str> = t.iter().filter_map(Token::word).collect();
    let joined = words.join(" ");
    let has_year = t.iter().any(|x| year_of(Some(x)).is_some());
    let has = |phrase: &str| format!(" {joined} ").contains(&format!(" {phrase} "));
    if ["plan", "planned", "target", "ke hoach", "chi tieu"].iter().any(|p| has(p)) {
        return Ok(Qualifier::Plan);
    }
    if ["interim", "preliminary", "partial", "so far", "incomplete", "tam tinh", "so bo", "buoc dau"]
        .iter()
        .any(|p| has(p))
    {
        return Ok(Qualifier::Partial);
    }
    if !has_year && ["first", "month", "months", "week", "weeks", "thang", "tuan", "dau"].iter().any(|p| has(p)) {
        return Ok(Qualifier::Partial);
    }
    if ["calendar year", "nam duong lich", "calendar"].iter().any(|p| has(p)) && !has_year {
        return Ok(Qualifier::CalendarYear);
    }
    if ["statement", "announcement", "cumulative", "luy ke", "phat bieu", "thong bao"].iter().any(|p| has(p))
        && !has_year
    {
        return Ok(Qualifier::Statement);
    }
    // 24 years, 24 phases, 5 seasons, 24 năm, 24 mùa khô, 24 រដូវប្រាំង
    if let [Token::Number(..), unit @ ..] = t.as_slice() {
        let unit = render(unit);
        if ["years", "year", "phases", "phase", "seasons", "season", "nam", "mua kho", "giai doan", "dot"]
            .contains(&unit.as_str())
        {
            return Ok(Qualifier::Count);
        }
    }
    // 11th phase, giai đoạn thứ 11
    let ordinal = match t.as_slice() {
        [Token::Number(n, _), Token::Word(suffix), unit @ ..]
            if ["st", "nd", "rd", "th"].contains(&suffix.as_str())
                && ["phase", "season", "giai doan"].contains(&render(unit).as_str()) =>
        {
            Some(*n)
        }
        [Token::Word(g), Token::Word(d), Token::Word(thu), Token::Number(n, _)]
            if g == "giai" && d == "doan" && thu == "thu" =>
        {
            Some(*n)
        }
        _ => None,
    };
    if let Some(n) = ordinal {
        let n = u16::try_from(n).ok().filter(|n| (1..=100).contains(n)).ok_or_else(|| {
            format!("\"({})\" names a giai đoạn that does not exist: they run from 1 (2001-2002) to 100", shorten(text))
        })?;
        return Ok(Qualifier::Season(Season::new(2000 + n)));
    }
    if let Ok(phase) = Phase::parse(&render(&t)) {
        return Ok(Qualifier::Phase(phase));
    }
    if !has_year {
        if let Ok(season) = Season::parse(&render(&t)) {
            return Ok(Qualifier::Season(season));
        }
    }
    // Dates: from 1 Nov 2015, to late Mar 2014, Oct 2014–Jul 2015, Nov 2025
    let open = |t: &[Token], year_end: bool| {
        whole_point(t).and_then(|p| Some(if year_end { p.last(p.year?, false) } else { p.first(p.year?) }))
    };
    let dates = match t.first() {
        Some(w) if w.is_word("from") || w.is_word("since") || w.is_word("tu") => {
            open(&t[1..], false).map(|first| (Some(first), None))
        }
        Some(w) if ["to", "until", "till", "through", "den", "toi"].iter().any(|j| w.is_word(j)) => {
            open(&t[1..], true).map(|last| (None, Some(last)))
        }
        _ => range(&t)
            .map(|((first, _), (last, _))| (Some(first), Some(last)))
            .or_else(|| whole_point(&t).and_then(|p| Some((Some(p.first(p.year?)), Some(p.last(p.year?, false)))))),
    };
    match dates {
        Some((first, last)) => Ok(Qualifier::Dates(first, last)),
        None => Err(unknown()),
    }
}

/// Notes that may follow a period outside brackets ("1979-1989 war dead estimate").
const TRAILING_NOTES: [&[&str]; 5] =
    [&["war", "dead", "estimate"], &["war", "dead"], &["estimate"], &["estimated"], &["uoc", "tinh"]];

/// Reads a period, keeping how its ends were written.
fn read(text: &str) -> Result<Read, String> {
    let original = text.trim();
    let fail = |message: String| format!("{message}; expected {EXPECTED_PERIOD}");
    if original.is_empty() {
        return Err(fail("the period is empty".to_owned()));
    }
    if original.chars().count() > MAX_PERIOD_CHARS {
        return Err(fail(format!(
            "{} is too long for a period: at most {MAX_PERIOD_CHARS} characters",
            shorten(original)
        )));
    }
    // The text outside brackets, and each bracket's words.
    let mut main = String::new();
    let mut qualifiers = Vec::new();
    let mut rest = original;
    while let Some(open) = rest.find(['(', '[']) {
        main.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let close =
            after.find([')', ']']).ok_or_else(|| fail(format!("{} has a bracket not closed", shorten(original))))?;
        qualifiers.push(qualifier(&after[..close]).map_err(fail)?);
        main.push(' ');
        rest = &after[close + 1..];
    }
    main.push_str(rest);
    if main.contains([')', ']']) {
        return Err(fail(format!("{} has a bracket not opened", shorten(original))));
    }
    let mut t =
        tokens(&main).map_err(|c| fail(format!("{} has a character no period has: '{c}'", shorten(original))))?;
    // Leading "~", "approx.": the period is as approximate as its figure, which says so.
    while matches!(t.first(), Some(Token::Tilde))
        || t.first().is_some_and(|w| {
            ["approx", "approximately", "about", "around", "circa", "c", "khoang"].iter().any(|a| w.is_word(a))
        })
    {
        t.remove(0);
    }
    for note in TRAILING_NOTES {
        if t.len() > note.len() && t[t.len() - note.len()..].iter().zip(note).all(|(tok, w)| tok.is_word(w)) {
            t.truncate(t.len() - note.len());
            break;
        }
    }
    while matches!(t.last(), Some(Token::Comma)) {
        t.pop();
    }
    if t.is_empty() {
        return Err(fail(format!("{} gives no season, year or month", shorten(original))));
    }

    let calendar = qualifiers.contains(&Qualifier::CalendarYear);
    let statement = qualifiers.contains(&Qualifier::Statement);
    let (shape, from, to, start, end) = main_shape(&t, calendar, statement, original)
        .map_err(|message| fail(message.unwrap_or_else(|| format!("\"{}\" is not a period", shorten(original)))))?;
    let mut period = Period { from, to, shape, partial: false, plan: false, text: original.to_owned() };
    for q in qualifiers {
        apply(&mut period, q, original).map_err(fail)?;
    }
    Ok(Read { period, start, end })
}

type Main = (Shape, Month, Month, Written, Written);

/// The shape and months of the text outside brackets; `Err(None)` when it is no period at all.
fn main_shape(t: &[Token], calendar: bool, statement: bool, original: &str) -> Result<Main, Option<String>> {
    let season_span = |s: Season| (month(s.first_year(), 9), month(s.first_year().saturating_add(1), 8));
    let season_of = |s: Season| {
        let (from, to) = season_span(s);
        (Shape::Season { season: s }, from, to, Written::Month, Written::Month)
    };
    // Everything up to a month: as of 2024-05, tính đến tháng 5/2024, đến năm 2023, គិតត្រឹម…
    const UP_TO: [&[&str]; 11] = [
        &["as", "of"],
        &["as", "at"],
        &["asof"],
        &["up", "to"],
        &["until"],
        &["through"],
        &["by"],
        &["tinh", "den"],
        &["tinh", "toi"],
        &["den"],
        &["toi"],
    ];
    if let Some(lead) =
        UP_TO.iter().find(|lead| t.len() > lead.len() && t.iter().zip(lead.iter()).all(|(tok, w)| tok.is_word(w)))
    {
        let p = whole_point(&t[lead.len()..]).ok_or_else(|| {
            Some(format!(
                "\"{}\" does not end with a month or year: write as of 2024-05 or as of May 2024",
                shorten(original)
            ))
        })?;
        let year = p.year.ok_or_else(|| Some(format!("{} gives no year", shorten(original))))?;
        return Ok((Shape::UpTo, 0, p.last(year, true), Written::Month, p.written));
    }
    // A phase: 2023-2024 đợt 1, đợt 2 mùa khô 2023-2024, 2024–2025, phase 1
    let is_phase_word = |tok: &Token| ["dot", "phase", "round"].iter().any(|w| tok.is_word(w));
    if let Some(at) = (0..t.len().saturating_sub(1))
        .find(|&i| is_phase_word(&t[i]) && Phase::parse(&render(&t[i..i + 2])).is_ok() && (i + 2 == t.len() || i == 0))
    {
        let phase = Phase::parse(&render(&t[at..at + 2])).map_err(|e| Some(e.message))?;
        let mut season_part: Vec<Token> = t[..at].iter().chain(&t[at + 2..]).cloned().collect();
        season_part.retain(|tok| *tok != Token::Comma);
        let season =
            Season::parse(&render(&season_part)).map_err(|e| Some(format!("{}: {}", shorten(original), e.message)))?;
        let (from, to) = season_span(season);
        let (from, to) = match phase {
            Phase::First => (from, month(season.first_year(), 12) + 1),
            Phase::Second => (month(season.first_year().saturating_add(1), 2), to),
        };
        return Ok((Shape::Phase { season, phase }, from, to, Written::Month, Written::Month));
    }
    // Words that only say "season" before the years.
    let mut body = t;
    for lead in [&["mua", "kho"][..], &["dry", "season"], &["season"], &["seasons"]] {
        if body.len() > lead.len() && body.iter().zip(lead).all(|(tok, w)| tok.is_word(w)) {
            body = &body[lead.len()..];
            break;
        }
    }
    // Two years: one season (2024-2025, 2024/25) or a span of seasons (2001-2025).
    if let [first, Token::Dash | Token::Slash, Token::Number(second, digits)] = body {
        if let (Some(y1), 4) = (year_of(Some(first)), digits.len()) {
            let y2 = *second;
            if y2 > u32::from(y1) + 1 {
                let y2 = year_of(Some(&body[2])).ok_or_else(|| {
                    Some(format!(
                        "{} is out of range: years from {} to {} are read",
                        shorten(original),
                        crate::date::MIN_YEAR,
                        crate::date::MAX_YEAR
                    ))
                })?;
                let (first, last) = (Season::new(y1), Season::new(y2 - 1));
                return Ok((
                    Shape::Seasons { first, last },
                    season_span(first).0,
                    season_span(last).1,
                    Written::Month,
                    Written::Month,
                ));
            }
            if y2 <= u32::from(y1) {
                return Err(Some(format!(
                    "{} ends before it starts: the second year must come after the first",
                    shorten(original)
                )));
            }
        }
    }
    let text = render(t);
    let season = Season::parse(&text);
    if let Ok(season) = season {
        return Ok(season_of(season));
    }
    // Seasons: 2001-2002 to 2014-2015, 2001/02 – 2014/15
    for at in 1..t.len() {
        if is_range_joint(&t[at]) {
            if let (Ok(first), Ok(last)) = (Season::parse(&render(&t[..at])), Season::parse(&render(&t[at + 1..]))) {
                if last < first {
                    return Err(Some(format!("{} ends before it starts", shorten(original))));
                }
                if first == last {
                    return Ok(season_of(first));
                }
                return Ok((
                    Shape::Seasons { first, last },
                    season_span(first).0,
                    season_span(last).1,
                    Written::Month,
                    Written::Month,
                ));
            }
        }
    }
    // Months: 2002 – July 2022, July 2024 – July 2025, từ tháng 7/2024 đến tháng 7/2025
    if let Some(((from, start), (to, end))) = range(t) {
        return Ok((Shape::Months, from, to, start, end));
    }
    // A single year: 2019 (calendar year), năm 2019, 2013 (statement)
    let lone = match t {
        [Token::Word(w), year] if w == "nam" || w == "year" => year_of(Some(year)).map(|y| (y, true)),
        [Token::Word(c), Token::Word(w), year] if c == "calendar" && w == "year" => {
            year_of(Some(year)).map(|y| (y, true))
        }
        [year] => year_of(Some(year)).map(|y| (y, false)),
        _ => None,
    };
    if let Some((year, named)) = lone {
        if statement && !calendar {
            return Ok((Shape::UpTo, 0, month(year, 12), Written::Month, Written::Year));
        }
        if calendar || named {
            return Ok((Shape::Year { year }, month(year, 1), month(year, 12), Written::Month, Written::Month));
        }
        return Err(Some(format!(
            "{} is a single year: write {year} (calendar year), as of {year}, or the season {}-{year} or {year}-{}",
            shorten(original),
            year - 1,
            year + 1
        )));
    }
    if let Some((p, n)) = point(t) {
        if n == t.len() && p.month.is_some() && p.year.is_some() {
            return Err(Some(format!(
                "{} is a single month: write as of {} for everything up to it, or a range such as July 2024 – July 2025",
                shorten(original),
                render(t)
            )));
        }
    }
    // A season's own message, when the text looks like one (giai đoạn 0, 2024-2026…).
    match season {
        Err(e)
            if !e.message.contains("is not a dry season")
                || t.iter().any(|tok| tok.is_word("giai") || tok.is_word("mua")) =>
        {
            Err(Some(format!("{}: {}", shorten(original), e.message)))
        }
        _ => Err(None),
    }
}

/// Applies a bracketed qualifier to the period read from the text outside brackets.
fn apply(period: &mut Period, q: Qualifier, original: &str) -> Result<(), String> {
    match q {
        Qualifier::Plan => period.plan = true,
        Qualifier::Partial => period.partial = true,
        Qualifier::Count | Qualifier::Statement => {}
        Qualifier::CalendarYear => {
            if !matches!(period.shape, Shape::Year { .. }) {
                return Err(format!(
                    "{}: \"calendar year\" only follows a single year (2019 (calendar year))",
                    shorten(original)
                ));
            }
        }
        Qualifier::Season(named) => match period.shape {
            Shape::Season { season } | Shape::Phase { season, .. } if season == named => {}
            Shape::Season { season } | Shape::Phase { season, .. } => {
                return Err(format!("{}: the brackets name the season {named}, the text {season}", shorten(original)));
            }
            _ => {
                return Err(format!(
                    "{}: the brackets name the season {named}, but the period is not one season",
                    shorten(original)
                ))
            }
        },
        Qualifier::Phase(phase) => match period.shape {
            Shape::Season { season } => {
                let first = month(season.first_year(), 9);
                let (from, to) = match phase {
                    Phase::First => (first, first + 4),
                    Phase::Second => (first + 5, first + 11),
                };
                period.shape = Shape::Phase { season, phase };
                period.from = from;
                period.to = to;
            }
            Shape::Phase { phase: p, .. } if p == phase => {}
            _ => {
                return Err(format!(
                    "{}: the brackets name {phase}, but the period is not one season",
                    shorten(original)
                ))
            }
        },
        Qualifier::Dates(first, last) => {
            let inside = first.map_or(true, |m| (period.from..=period.to).contains(&m))
                && last.map_or(true, |m| (period.from..=period.to).contains(&m));
            if !inside {
                return Err(format!("{}: the dates in brackets are outside the period", shorten(original)));
            }
            // Inside a season, dates that end before May of its second year end before the
            // field work does: the figure is for part of the season.
            if let (Shape::Season { season }, Some(last)) = (period.shape, last) {
                if last < month(season.first_year().saturating_add(1), 5) {
                    period.partial = true;
                }
            }
        }
    }
    Ok(())
}

/// A month or year in `lang`, as it was written: "May 2024", "2008", "early 2023"
/// ("tháng 5/2024", "năm 2008", "đầu năm 2023"; "ខែឧសភា 2024", "ឆ្នាំ 2008", "ដើមឆ្នាំ 2023").
/// `in_range`: a bare year between dashes is the year alone ("2002 – tháng 7/2022").
fn month_label(m: Month, written: Written, in_range: bool, lang: Lang) -> String {
    let year = m / 12;
    let number = m % 12 + 1;
    let index = usize::try_from(m % 12).unwrap_or(0);
    match (written, lang) {
        (Written::Month, Lang::En) => {
            format!("{} {year}", crate::date::month_name(u8::try_from(number).unwrap_or(1)).unwrap_or(""))
        }
        (Written::Month, Lang::Vi) => format!("tháng {number}/{year}"),
        (Written::Month, Lang::Km) => format!("ខែ{} {year}", KHMER_MONTHS[index]),
        (Written::Year, _) if in_range => year.to_string(),
        (Written::Year, Lang::En) => year.to_string(),
        (Written::Year, Lang::Vi) => format!("năm {year}"),
        (Written::Year, Lang::Km) => format!("ឆ្នាំ {year}"),
        (Written::Early, Lang::En) => format!("early {year}"),
        (Written::Early, Lang::Vi) => format!("đầu năm {year}"),
        (Written::Early, Lang::Km) => format!("ដើមឆ្នាំ {year}"),
        (Written::Mid, Lang::En) => format!("mid-{year}"),
        (Written::Mid, Lang::Vi) => format!("giữa năm {year}"),
        (Written::Mid, Lang::Km) => format!("ពាក់កណ្ដាលឆ្នាំ {year}"),
        (Written::Late, Lang::En) => format!("late {year}"),
        (Written::Late, Lang::Vi) => format!("cuối năm {year}"),
        (Written::Late, Lang::Km) => format!("ចុងឆ្នាំ {year}"),
    }
}
