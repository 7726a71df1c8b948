//! Where a dataset's figures come from: the sources the reader kept with each row (a
//! `source`, `source_url` and `source_date` column end up in the note as
//! `source: TITLE, URL, published DATE`), summed up for a chart's source line.

use crate::dataset::{Dataset, TextField};
use crate::lang::Lang;

/// One source as kept in a record's note.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Source {
    /// The title as written.
    pub title: String,
    /// The address, if given.
    pub url: Option<String>,
    /// The publisher's site (`vov.vn`), from the address.
    pub site: Option<String>,
}

/// Where `needle` first occurs in `hay`: a plain scan (notes are short), which keeps core's
/// two-way string search out of the module that only draws.
fn find(hay: &str, needle: &str) -> Option<usize> {
    hay.as_bytes().windows(needle.len()).position(|w| w == needle.as_bytes())
}

/// `s` from byte `i` on, `s[i..]` without its panic (whose message brings core's string
/// escaping into the module): positions here are where an ASCII needle was found, so always
/// on a char's start.
fn from(s: &str, i: usize) -> &str {
    s.get(i..).unwrap_or_default()
}

/// `s` up to byte `i` (see [`from`]).
fn to(s: &str, i: usize) -> &str {
    s.get(..i).unwrap_or_default()
}

/// Reads the source out of a note, if it has one.
pub fn parse(note: &str) -> Option<Source> {
    let at = find(note, "source: ")?;
    let rest = from(note, at + "source: ".len());
    let url_at = find(rest, ", http://").or_else(|| find(rest, ", https://"));
    let end = url_at.or_else(|| find(rest, ", published ")).unwrap_or(rest.len());
    let title = to(rest, end).trim().to_string();
    let url = url_at.map(|u| {
        let tail = from(rest, u + 2);
        to(tail, find(tail, ", published ").unwrap_or(tail.len())).trim().to_string()
    });
    let site = url.as_deref().and_then(site_of);
    Some(Source { title, url, site })
}

/// The site of an address: its host without `www.`, `english.`, `en.`, `m.`.
pub fn site_of(url: &str) -> Option<String> {
    let host = from(url, find(url, "://")? + 3).split(['/', '?', '#']).next()?;
    let mut host = host.to_ascii_lowercase();
    for prefix in ["www.", "english.", "en.", "m.", "amp."] {
        if let Some(h) = host.strip_prefix(prefix) {
            host = h.to_string();
        }
    }
    (!host.is_empty()).then_some(host)
}

/// The distinct sources of a dataset, in the order they first appear.
pub fn sources(data: &Dataset) -> Vec<Source> {
    let mut out: Vec<Source> = Vec::new();
    for (_, note) in data.texts(TextField::Note) {
        if let Some(s) = parse(note) {
            if !out.iter().any(|o| o.title == s.title && o.url == s.url) {
                out.push(s);
            }
        }
    }
    out
}

/// A source line for a chart: the sites (or titles) of the sources, and how many reports.
pub fn line(data: &Dataset, lang: Lang) -> Option<String> {
    line_of(&sources(data), lang)
}

/// The source line of already collected sources (see [`line()`]).
pub fn line_of(all: &[Source], lang: Lang) -> Option<String> {
    if all.is_empty() {
        return None;
    }
    let mut names: Vec<String> = Vec::new();
    for s in all {
        let name = s.site.clone().unwrap_or_else(|| s.title.clone());
        if !names.contains(&name) {
            names.push(name);
        }
    }
    let n = all.len();
    Some(match lang {
        Lang::En => format!("{} ({n} published report{})", names.join(", "), if n == 1 { "" } else { "s" }),
        Lang::Vi => format!("{} ({n} bài đã đăng)", names.join(", ")),
        Lang::Km => format!("{} (របាយការណ៍ {n})", names.join(", ")),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_sources_from_notes() {
        let s = parse("sets found (confidence: high); source: Vietnam, Cambodia search (VOV English), https://english.vov.vn/a/b.vov, published 2015-07").unwrap();
        assert_eq!(s.title, "Vietnam, Cambodia search (VOV English)");
        assert_eq!(s.url.as_deref(), Some("https://english.vov.vn/a/b.vov"));
        assert_eq!(s.site.as_deref(), Some("vov.vn"));
        assert_eq!(parse("no source here"), None);
        assert_eq!(parse("source: Báo Nhân Dân").unwrap().site, None);
    }
}
