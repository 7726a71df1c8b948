//! Which teams a published figure covers: all of them, one, several (a combined figure such as
//! K70+K71+K73), a military region's, or not stated.

use serde::Serialize;

use super::place::join;
use crate::fold;
use crate::lang::Lang;
use crate::team::{MilitaryRegion, Team};

/// A set of the 11 teams.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize)]
pub struct Teams(u16);

impl Teams {
    /// All 11.
    pub const ALL: Teams = Teams((1 << 11) - 1);
    /// None.
    pub const NONE: Teams = Teams(0);

    /// The set of one team.
    pub fn of(team: Team) -> Teams {
        Teams(1 << Team::ALL.iter().position(|&t| t == team).unwrap_or(0))
    }

    /// A region's teams.
    pub fn of_region(region: MilitaryRegion) -> Teams {
        region.teams().iter().fold(Teams::NONE, |s, &t| s.union(Teams::of(t)))
    }

    /// The union.
    pub fn union(self, other: Teams) -> Teams {
        Teams(self.0 | other.0)
    }

    /// Whether the two sets share a team.
    pub fn intersects(self, other: Teams) -> bool {
        self.0 & other.0 != 0
    }

    /// Whether every team of `other` is in this set.
    pub fn contains(self, other: Teams) -> bool {
        self.0 & other.0 == other.0
    }

    /// The number of teams.
    pub fn len(self) -> usize {
        self.0.count_ones() as usize
    }

    /// Whether the set is empty.
    pub fn is_empty(self) -> bool {
        self.0 == 0
    }

    /// The teams, in code order.
    pub fn iter(self) -> impl Iterator<Item = Team> {
        Team::ALL.into_iter().enumerate().filter(move |(i, _)| self.0 & (1 << i) != 0).map(|(_, t)| t)
    }

    /// The one team, for a set of one.
    pub fn single(self) -> Option<Team> {
        if self.len() == 1 {
            self.iter().next()
        } else {
            None
        }
    }
}

/// Which teams a figure covers.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Who {
    /// The teams: all 11 for all teams, and for teams not stated (which may be any, so the
    /// figure overlaps every team's).
    pub teams: Teams,
    /// Whether the figure is for all teams, as stated.
    pub all: bool,
    /// Whether the source names teams (or a region) at all.
    pub stated: bool,
    /// The region, when the figure is for all of a region's teams ("MR9 teams", "K70, K71, K72,
    /// K73", or no team with the region column `MR9`).
    pub region: Option<MilitaryRegion>,
    /// Whether the source names other searchers with the teams ("MR7 localities + K teams",
    /// "with Kandal military sub-region").
    pub with_others: bool,
    /// As written.
    pub text: String,
}

/// Words (folded, joined) that mean all teams.
const ALL_TEAMS: &[&str] = &[
    "all",
    "allteams",
    "allvietnameseteams",
    "allkteams",
    "tatcacacdoi",
    "tatcadoi",
    "toanbocacdoi",
    "cacdoi",
    "ក្រុមទាំងអស់",
];

/// Region-column values (folded) that mean the whole country.
const NATIONAL: &[&str] = &["national", "nationwide", "all", "toanquoc", "canuoc", "ទូទាំងប្រទេស"];

/// Words (folded, joined) that stand for a region's teams once the region is known ("K teams").
const TEAMS_WORDS: &[&str] = &["", "teams", "team", "kteams", "kteam", "doi", "cacdoi", "cacdoik", "doik", "ក្រុម"];

/// Words (folded, joined) that stand for other searchers ("localities", "lực lượng địa phương").
const OTHERS_WORDS: &[&str] = &["localities", "locality", "others", "diaphuong", "lucluongdiaphuong", "cacdiaphuong"];

/// First words (folded) of a note that names other searchers ("with Kandal military sub-region").
const WITH_WORDS: &[&str] = &["with", "plus", "incl", "including", "cung", "voi", "kem", "រួមជាមួយ"];

/// One item of a list of teams.
enum Item {
    Team(Team),
    /// A region's teams, or (with `others`) other searchers of the region.
    Region {
        region: MilitaryRegion,
        others: bool,
    },
    /// "K teams": the teams of the region named elsewhere, or all.
    Teams,
    /// Other searchers.
    Others,
}

impl Who {
    /// Reads the teams as published figures write them (`all Vietnamese teams`, `tất cả các
    /// đội`; `K52`, `Đội quy tập K52`; `K70, K71, K72, K73`, `K90 + K93`; `MR9 teams`, `4 MR7 K
    /// teams`, `MR7 localities + K teams`; notes in parentheses, `K51 (source says K52)`, are
    /// ignored, except `(with …)`, which sets `with_others`), with the military region column
    /// for a figure that names no team: `national` is all teams, `MR9` (or `MR9?`) its teams,
    /// empty or anything else (`(US DPAA)`) not stated. When a team is named, the region column
    /// is not read (a column that disagrees with the team does not make an error). The message
    /// names what is not understood.
    pub fn parse(teams: &str, region: &str) -> Result<Who, String> {
        let mut who = Who {
            teams: Teams::NONE,
            all: false,
            stated: true,
            region: None,
            with_others: false,
            text: teams.to_owned(),
        };
        let column = region_column(region);
        if fold::fold(teams).is_empty() {
            match column {
                Column::National => who.all_teams(),
                Column::Region(r) => {
                    who.teams = Teams::of_region(r);
                    who.region = Some(r);
                }
                Column::Other => {
                    who.stated = false;
                    who.teams = Teams::ALL;
                }
            }
            return Ok(who);
        }
        let (head, notes) = split_notes(teams);
        if notes.iter().any(|n| fold::words(n).first().is_some_and(|w| WITH_WORDS.contains(&w.as_str()))) {
            who.with_others = true;
        }
        if ALL_TEAMS.contains(&fold::fold(head).as_str()) {
            who.all_teams();
            return Ok(who);
        }
        let mut items = Vec::new();
        for part in head.split([',', ';', '+', '/', '&']).flat_map(split_words) {
            if fold::fold(part).is_empty() {
                continue;
            }
            items.push(read_item(part).ok_or_else(|| {
                format!(
                    "\"{}\" is not a team (expected K51 … K53, K70 … K73 or K90 … K93, a \
                     region's teams such as \"MR7 teams\", or \"all teams\")",
                    crate::quote::shorten(part.trim())
                )
            })?);
        }
        let named_region = items.iter().find_map(|i| match i {
            Item::Region { region, .. } => Some(*region),
            _ => None,
        });
        let context = named_region.or(match column {
            Column::Region(r) => Some(r),
            _ => None,
        });
        for item in &items {
            match *item {
                Item::Team(t) => who.teams = who.teams.union(Teams::of(t)),
                Item::Region { region, others: false } => who.teams = who.teams.union(Teams::of_region(region)),
                Item::Region { others: true, .. } | Item::Others => who.with_others = true,
                Item::Teams => {
                    who.teams = who.teams.union(context.map_or(Teams::ALL, Teams::of_region));
                }
            }
        }
        if who.teams.is_empty() {
            // Other searchers only ("MR7 localities"): they work in the region's teams' areas.
            who.teams = context.map_or(Teams::ALL, Teams::of_region);
        }
        if who.teams == Teams::ALL {
            who.all = true;
        }
        who.region = MilitaryRegion::ALL.into_iter().find(|&r| Teams::of_region(r) == who.teams);
        Ok(who)
    }

    fn all_teams(&mut self) {
        self.all = true;
        self.teams = Teams::ALL;
    }

    /// Whether the two figures may count a find of the same team.
    pub fn intersects(&self, other: &Who) -> bool {
        self.teams.intersects(other.teams)
    }

    /// The teams in `lang`: "all teams", "Team K73", "K70, K71 and K73", "Military Region 9
    /// teams", "teams not stated"; with " (with other searchers)" for a figure that names them.
    pub fn label(&self, lang: Lang) -> String {
        if !self.stated {
            return match lang {
                Lang::En => "teams not stated",
                Lang::Vi => "không nêu đội",
                Lang::Km => "មិនបញ្ជាក់ក្រុម",
            }
            .to_owned();
        }
        let mut label = if self.all {
            match lang {
                Lang::En => "all teams",
                Lang::Vi => "tất cả các đội",
                Lang::Km => "ក្រុមទាំងអស់",
            }
            .to_owned()
        } else if let Some(region) = self.region {
            match lang {
                Lang::En => format!("{} teams", region.name(lang)),
                Lang::Vi => format!("các đội {}", region.name(lang)),
                Lang::Km => format!("ក្រុមរបស់{}", region.name(lang)),
            }
        } else if let Some(team) = self.teams.single() {
            team.label(lang)
        } else {
            let codes: Vec<&str> = self.teams.iter().map(Team::code).collect();
            join(&codes, lang)
        };
        if self.with_others {
            label.push_str(match lang {
                Lang::En => " (with other searchers)",
                Lang::Vi => " (cùng lực lượng khác)",
                Lang::Km => " (រួមជាមួយក្រុមផ្សេងទៀត)",
            });
        }
        label
    }
}

/// What the military region column says.
enum Column {
    National,
    Region(MilitaryRegion),
    Other,
}

/// Reads the region column: `national`, `MR7`, `MR9?` (a region given with doubt is read as
/// that region); anything else is `Other`.
fn region_column(text: &str) -> Column {
    let key = fold::fold(text);
    if NATIONAL.contains(&key.as_str()) {
        Column::National
    } else if let Some(r) = MilitaryRegion::parse(&key) {
        Column::Region(r)
    } else {
        Column::Other
    }
}

/// Splits at the words `and`, `và`, `និង`.
fn split_words(text: &str) -> impl Iterator<Item = &str> {
    text.split(" and ").flat_map(|t| t.split(" và ")).flat_map(|t| t.split(" និង "))
}

/// Reads one item: a team (`K52`, `Đội quy tập K52`), a region's teams (`MR9 teams`, `4 MR7 K
/// teams`, `Quân khu 7`), other searchers of a region (`MR7 localities`), `K teams`, others.
fn read_item(text: &str) -> Option<Item> {
    if let Some(team) = Team::parse(text) {
        return Some(Item::Team(team));
    }
    let mut words = fold::words(text);
    // A count of teams ("4 MR7 K teams").
    if words.len() > 1 && words[0].bytes().all(|b| b.is_ascii_digit()) {
        words.remove(0);
    }
    let joined = words.concat();
    if TEAMS_WORDS.contains(&joined.as_str()) {
        return Some(Item::Teams);
    }
    if OTHERS_WORDS.contains(&joined.as_str()) {
        return Some(Item::Others);
    }
    // A region with words for its teams or other searchers before or after it ("MR9 teams",
    // "các đội Quân khu 9", "MR7 localities"): try each place the region may be.
    let n = words.len();
    (0..n).find_map(|start| {
        let before = words[..start].concat();
        let others_before = OTHERS_WORDS.contains(&before.as_str());
        if !others_before && !TEAMS_WORDS.contains(&before.as_str()) {
            return None;
        }
        (start + 1..=n).find_map(|end| {
            let region = MilitaryRegion::parse(&words[start..end].concat())?;
            let after = words[end..].concat();
            if OTHERS_WORDS.contains(&after.as_str()) || others_before && after.is_empty() {
                Some(Item::Region { region, others: true })
            } else if TEAMS_WORDS.contains(&after.as_str()) {
                Some(Item::Region { region, others: others_before })
            } else {
                None
            }
        })
    })
}

/// The text before the first parenthesis, and the notes in parentheses.
fn split_notes(text: &str) -> (&str, Vec<&str>) {
    match text.find('(') {
        None => (text.trim(), Vec::new()),
        Some(open) => {
            let notes = text[open..].split(['(', ')']).filter(|n| !n.trim().is_empty()).collect();
            (text[..open].trim(), notes)
        }
    }
}
