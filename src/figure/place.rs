//! Where a published figure applies: all of Cambodia, a province, a set of provinces (a team's
//! area), or not stated; and whether it also counts finds outside Cambodia (in Vietnam, in Laos).

use serde::Serialize;

use crate::fold;
use crate::lang::Lang;
use crate::province::Province;
use crate::team::{MilitaryRegion, Team};

/// A set of Cambodia's 25 first-level divisions.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize)]
pub struct Provinces(u32);

impl Provinces {
    /// All 25.
    pub const ALL: Provinces = Provinces((1 << 25) - 1);
    /// None.
    pub const NONE: Provinces = Provinces(0);

    /// The set of one province.
    pub fn of(province: Province) -> Provinces {
        Provinces(1 << (province.number() - 1))
    }

    /// The union.
    pub fn union(self, other: Provinces) -> Provinces {
        Provinces(self.0 | other.0)
    }

    /// Whether the two sets share a province.
    pub fn intersects(self, other: Provinces) -> bool {
        self.0 & other.0 != 0
    }

    /// Whether every province of `other` is in this set.
    pub fn contains(self, other: Provinces) -> bool {
        self.0 & other.0 == other.0
    }

    /// Whether the set is empty.
    pub fn is_empty(self) -> bool {
        self.0 == 0
    }

    /// The provinces, in number order.
    pub fn iter(self) -> impl Iterator<Item = Province> {
        (1..=25u8).filter(move |n| self.0 & (1 << (n - 1)) != 0).filter_map(Province::from_number)
    }
}

/// Where a figure applies.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Place {
    /// The provinces that may hold its finds: all 25 for all of Cambodia, for a place not
    /// stated (which may be anywhere, so it overlaps every place) and for a list that adds
    /// unnamed others ("Kandal, Kampong Speu (+others)"); both alternatives of "Prey Veng (or
    /// Svay Rieng)"; none for a place outside Cambodia only ("Vietnam").
    pub provinces: Provinces,
    /// The provinces the text names, for its label: those of `provinces` less the unnamed others.
    pub named: Provinces,
    /// Whether the place is all of Cambodia, as stated.
    pub all: bool,
    /// Whether the source states a place at all.
    pub stated: bool,
    /// Whether the text adds provinces it does not name ("(+others)", "5 Cambodian provinces").
    pub others: bool,
    /// The region whose teams' area the text names ("MR7 area"), whose provinces are `named`.
    pub region: Option<MilitaryRegion>,
    /// Whether the figure also counts finds outside Cambodia ("+ Laos", "+ An Giang",
    /// "+ domestic").
    pub outside_cambodia: bool,
    /// As written.
    pub text: String,
}

/// How deep notes in parentheses may add places ("Kandal (+ Kep (or Kampot))" is 2).
const MAX_DEPTH: usize = 4;

/// Words (folded, joined) that mean all of Cambodia.
const ALL_OF_CAMBODIA: &[&str] =
    &["all", "cambodia", "campuchia", "toanquoc", "canuoc", "toancampuchia", "កម្ពុជា", "ទូទាំងប្រទេស"];

/// Words that mean the place is not stated (the rest of the text is then a comment).
const NOT_STATED: &[&[&str]] = &[&["not", "stated"], &["unknown"], &["khong", "neu"], &["khong", "ro"], &["មិនបញ្ជាក់"]];

/// Places outside Cambodia that figures add to their Cambodian finds: Laos, Vietnam and its
/// provinces on the border (with the districts of An Giang that figures name), and the words
/// for finds at home ("domestic", "trong nước", "nội địa").
const OUTSIDE_CAMBODIA: &[&str] = &[
    "laos",
    "lao",
    "vietnam",
    "domestic",
    "trongnuoc",
    "noidia",
    "angiang",
    "triton",
    "tinhbien",
    "kiengiang",
    "dongthap",
    "longan",
    "tayninh",
    "binhphuoc",
    "daknong",
    "daklak",
    "gialai",
    "kontum",
];

/// Words (folded) after a region or teams that say "area" ("MR7 area", "K90 & K93 areas").
const AREA_SUFFIXES: &[&str] = &["areas", "area"];

/// Words (folded) before a region or teams that say "area" ("địa bàn Quân khu 7").
const AREA_PREFIXES: &[&str] = &["diaban", "khuvuc", "តំបន់"];

/// Words that stand for provinces not named ("others", "các tỉnh khác").
const OTHERS: &[&str] = &["others", "other", "otherprovinces", "khac", "cactinhkhac", "tinhkhac", "ផ្សេងទៀត"];

impl Place {
    /// Reads a place as published figures write it: `all`, `Cambodia`, `toàn quốc`; `Kandal`;
    /// lists (`Kandal, Kampong Chhnang`, also with ` and `, ` và `, `;`, `+`, `/`, `&`), whose
    /// parenthesised details are ignored (`Kratie (42)`, `Kandal (Khsach Kandal, Lvea Em)`)
    /// except alternatives (`Prey Veng (or Svay Rieng)`: both), additions (`Ratanakiri
    /// (+ Laos)`, `(+others)`) and areas (`Cambodia (K90 & K93 areas)`); a region's or teams'
    /// area (`MR7 area`, `5 Cambodian provinces (MR7 area)`); places outside Cambodia
    /// (`+ An Giang`, `+ domestic`, `Vietnam`); `not stated` (with any comment) or empty. The
    /// message names what is not understood.
    pub fn parse(text: &str) -> Result<Place, String> {
        let mut place = Place {
            provinces: Provinces::NONE,
            named: Provinces::NONE,
            all: false,
            stated: true,
            others: false,
            region: None,
            outside_cambodia: false,
            text: text.to_owned(),
        };
        let words = fold::words(text);
        if words.is_empty() || NOT_STATED.iter().any(|w| starts_with(&words, w)) {
            place.stated = false;
            place.provinces = Provinces::ALL;
            return Ok(place);
        }
        for part in split_list(text) {
            place.read_part(&part, 0)?;
        }
        if place.all || place.others {
            place.provinces = Provinces::ALL;
        }
        if place.provinces.is_empty() && !place.outside_cambodia {
            return Err(format!("\"{}\" names no place", crate::quote::shorten(text)));
        }
        Ok(place)
    }

    /// Reads one item of a list: a head and its parenthesised details, which may add items
    /// (themselves with notes, `depth` deep).
    fn read_part(&mut self, part: &str, depth: usize) -> Result<(), String> {
        if depth > MAX_DEPTH {
            return Err(format!("\"{}\" has too many nested parentheses", crate::quote::shorten(part.trim())));
        }
        let (head, notes) = split_notes(part);
        // An area in the notes says where the head is ("Cambodia (K90 & K93 areas)",
        // "5 Cambodian provinces (MR7 area)").
        let area = notes.iter().find_map(|n| area_of(n));
        match area {
            Some(area) => {
                if !is_province_count(head) && !is_all(head) {
                    self.read_head(head)?;
                }
                self.add_area(area);
            }
            None => self.read_head(head)?,
        }
        for note in notes {
            let note = note.trim();
            let words = fold::words(note);
            if let Some(added) = note.strip_prefix('+') {
                for p in split_list(added) {
                    self.read_part(&p, depth + 1)?;
                }
            } else if matches!(words.first().map(String::as_str), Some("or" | "hoac" | "hay" | "ou" | "ឬ")) {
                let rest = note.trim_start_matches(|c: char| !c.is_whitespace()).trim_start();
                for p in split_list(rest) {
                    self.read_part(&p, depth + 1)?;
                }
            }
        }
        Ok(())
    }

    /// Reads a head: all of Cambodia, others, a count of provinces, an area, a place outside
    /// Cambodia, or a province.
    fn read_head(&mut self, head: &str) -> Result<(), String> {
        let key = fold::fold(head);
        if key.is_empty() {
            return Ok(());
        }
        if is_all(head) {
            self.all = true;
            self.named = Provinces::ALL;
        } else if OTHERS.contains(&key.as_str()) || is_province_count(head) {
            self.others = true;
        } else if OUTSIDE_CAMBODIA.contains(&key.as_str()) {
            self.outside_cambodia = true;
        } else {
            match Province::lookup(head) {
                Ok(province) => {
                    self.provinces = self.provinces.union(Provinces::of(province));
                    self.named = self.named.union(Provinces::of(province));
                }
                Err(unknown) => self.add_area(area_of(head).ok_or_else(|| unknown.to_string())?),
            }
        }
        Ok(())
    }

    fn add_area(&mut self, area: Area) {
        self.provinces = self.provinces.union(area.provinces);
        self.named = self.named.union(area.provinces);
        if area.region.is_some() {
            self.region = area.region;
        }
    }

    /// Whether the two places may share a find: they share a province, or both count finds
    /// outside Cambodia, or either is not stated.
    pub fn intersects(&self, other: &Place) -> bool {
        !self.stated
            || !other.stated
            || self.provinces.intersects(other.provinces)
            || self.outside_cambodia && other.outside_cambodia
    }

    /// The place in `lang`: "Cambodia", "Kampong Chhnang", "Kampong Chhnang and Kandal" (in
    /// ISO number order), "Military Region 7 area", "place not stated", with " (incl. finds
    /// outside Cambodia)" for a figure that counts them.
    pub fn label(&self, lang: Lang) -> String {
        if !self.stated {
            return match lang {
                Lang::En => "place not stated",
                Lang::Vi => "không nêu địa điểm",
                Lang::Km => "មិនបញ្ជាក់ទីកន្លែង",
            }
            .to_owned();
        }
        let mut label = if self.all {
            match lang {
                Lang::En => "Cambodia",
                Lang::Vi => "Campuchia",
                Lang::Km => "កម្ពុជា",
            }
            .to_owned()
        } else if let Some(region) = self.region.filter(|r| region_area(*r) == self.named) {
            match lang {
                Lang::En => format!("{} area", region.name(lang)),
                Lang::Vi => format!("địa bàn {}", region.name(lang)),
                Lang::Km => format!("តំបន់{}", region.name(lang)),
            }
        } else {
            let mut names: Vec<&str> = self.named.iter().map(|p| p.name(lang)).collect();
            if self.others {
                names.push(match (lang, names.is_empty()) {
                    (Lang::En, false) => "other provinces",
                    (Lang::Vi, false) => "các tỉnh khác",
                    (Lang::Km, false) => "ខេត្តផ្សេងទៀត",
                    (Lang::En, true) => "provinces not named",
                    (Lang::Vi, true) => "các tỉnh không nêu tên",
                    (Lang::Km, true) => "ខេត្តមិនបញ្ជាក់ឈ្មោះ",
                });
            }
            if names.is_empty() {
                return match lang {
                    Lang::En => "outside Cambodia",
                    Lang::Vi => "ngoài Campuchia",
                    Lang::Km => "ក្រៅកម្ពុជា",
                }
                .to_owned();
            }
            join(&names, lang)
        };
        if self.outside_cambodia {
            label.push_str(match lang {
                Lang::En => " (incl. finds outside Cambodia)",
                Lang::Vi => " (gồm cả ngoài Campuchia)",
                Lang::Km => " (រួមទាំងក្រៅកម្ពុជា)",
            });
        }
        label
    }
}

/// `names` joined with ", " and a final " and " (" và ", " និង ").
pub(crate) fn join(names: &[&str], lang: Lang) -> String {
    let and = match lang {
        Lang::En => " and ",
        Lang::Vi => " và ",
        Lang::Km => " និង ",
    };
    match names {
        [] => String::new(),
        [only] => (*only).to_owned(),
        [init @ .., last] => format!("{}{and}{last}", init.join(", ")),
    }
}

/// The provinces of a region's teams.
fn region_area(region: MilitaryRegion) -> Provinces {
    region.teams().iter().fold(Provinces::NONE, |s, t| s.union(team_area(*t)))
}

/// The provinces of a team.
fn team_area(team: Team) -> Provinces {
    team.provinces().iter().fold(Provinces::NONE, |s, &p| s.union(Provinces::of(p)))
}

/// A region's or teams' area.
#[derive(Clone, Copy)]
struct Area {
    provinces: Provinces,
    region: Option<MilitaryRegion>,
}

/// The area `text` names: a region or teams with a word for "area" (`MR7 area`,
/// `K90 & K93 areas`, `địa bàn Quân khu 7`, `តំបន់យោធភូមិភាគទី ៧`).
fn area_of(text: &str) -> Option<Area> {
    let key = fold::fold(text);
    let rest = AREA_SUFFIXES
        .iter()
        .find_map(|s| key.strip_suffix(s))
        .or_else(|| AREA_PREFIXES.iter().find_map(|p| key.strip_prefix(p)))
        .filter(|r| !r.is_empty())?;
    if let Some(region) = MilitaryRegion::parse(rest) {
        return Some(Area { provinces: region_area(region), region: Some(region) });
    }
    // Teams: "K90 & K93", "K90 and K93", "K90, K93".
    let mut provinces = Provinces::NONE;
    for word in fold::words(text) {
        if AREA_SUFFIXES.contains(&word.as_str()) || AREA_PREFIXES.contains(&word.as_str()) {
            continue;
        }
        if !matches!(word.as_str(), "and" | "va" | "និង" | "dia" | "ban" | "khu" | "vuc") {
            provinces = provinces.union(team_area(Team::parse(&word)?));
        }
    }
    (!provinces.is_empty()).then_some(Area { provinces, region: None })
}

/// Whether `words` begin with `phrase`.
fn starts_with(words: &[String], phrase: &[&str]) -> bool {
    words.len() >= phrase.len() && words.iter().zip(phrase).all(|(w, p)| w == p)
}

/// Whether `text` is all of Cambodia.
fn is_all(text: &str) -> bool {
    ALL_OF_CAMBODIA.contains(&fold::fold(text).as_str())
}

/// Whether `text` counts provinces without naming them ("5 Cambodian provinces", "5 tỉnh").
fn is_province_count(text: &str) -> bool {
    let words = fold::words(text);
    match words.as_slice() {
        [n, rest @ ..] if n.bytes().all(|b| b.is_ascii_digit()) => {
            matches!(rest.join(" ").as_str(), "provinces" | "cambodian provinces" | "tinh" | "tinh campuchia")
        }
        _ => false,
    }
}

/// The items of a list, split at `,`, `;`, `+`, `/`, `&` and the words `and`, `và`, `និង`
/// outside parentheses; each item keeps its parenthesised notes.
fn split_list(text: &str) -> Vec<String> {
    let mut parts = Vec::new();
    let mut current = String::new();
    let mut depth = 0usize;
    for c in text.chars() {
        match c {
            '(' | '[' => depth += 1,
            ')' | ']' => depth = depth.saturating_sub(1),
            _ => {}
        }
        if depth == 0 && matches!(c, ',' | ';' | '+' | '/' | '&') {
            parts.push(std::mem::take(&mut current));
            continue;
        }
        current.push(c);
        if depth == 0 {
            for word in [" and ", " và ", " និង ", " or "] {
                if let Some(before) = current.strip_suffix(word) {
                    parts.push(before.to_owned());
                    current.clear();
                    break;
                }
            }
        }
    }
    parts.push(current);
    parts.into_iter().filter(|p| !p.trim().is_empty()).collect()
}

/// A list item's head and its parenthesised notes: `Kandal (Khsach Kandal, Lvea Em)` →
/// `Kandal`, [`Khsach Kandal, Lvea Em`].
fn split_notes(part: &str) -> (&str, Vec<&str>) {
    let Some(open) = part.find(['(', '[']) else {
        return (part.trim(), Vec::new());
    };
    let head = part[..open].trim();
    let mut notes = Vec::new();
    let mut depth = 0usize;
    let mut start = open;
    for (i, c) in part.char_indices().skip_while(|(i, _)| *i < open) {
        match c {
            '(' | '[' => {
                if depth == 0 {
                    start = i + 1;
                }
                depth += 1;
            }
            ')' | ']' if depth > 0 => {
                depth -= 1;
                if depth == 0 {
                    notes.push(&part[start..i]);
                }
            }
            _ => {}
        }
    }
    if depth > 0 {
        notes.push(&part[start..]);
    }
    (head, notes)
}
