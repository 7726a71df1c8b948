//! Placing names on a map: provinces where their name fits inside them, neighbouring
//! countries somewhere in their visible part; never two labels over each other.

use crate::chart::frame::Rect;
use crate::draw::Font;
use crate::geo::Country;
use crate::lang::Lang;
use crate::province::Province;

use super::clip::Mask;

/// A placed label: its lines, centred on `x`, the first line's middle at `y`.
#[derive(Clone, Debug, PartialEq)]
pub struct Label {
    /// One or two lines.
    pub lines: Vec<String>,
    /// Horizontal centre.
    pub x: f64,
    /// Middle of the first line.
    pub y: f64,
    /// The box the label covers.
    pub rect: Rect,
    /// The province labelled, if any.
    pub province: Option<u8>,
}

/// Mask value of a country.
pub fn country_code(c: Country) -> u8 {
    match c {
        Country::Cambodia => 30,
        Country::Thailand => 31,
        Country::Laos => 32,
        Country::Vietnam => 33,
    }
}

fn overlaps(a: &Rect, b: &Rect) -> bool {
    a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1
}

fn inflate(r: &Rect, d: f64) -> Rect {
    Rect { x0: r.x0 - d, y0: r.y0 - d, x1: r.x1 + d, y1: r.y1 + d }
}

/// A name as one line, or as two lines split at the space nearest its middle.
fn forms(name: &str) -> Vec<Vec<String>> {
    let mut out = vec![vec![name.to_string()]];
    let spaces: Vec<usize> = name.match_indices(' ').map(|(i, _)| i).collect();
    if let Some(&i) = spaces.iter().min_by_key(|&&i| (i as i64 * 2 - name.len() as i64).abs()) {
        // `get` rather than indexing (never `None` at a space): no str-slicing panic in the module.
        out.push(vec![
            name.get(..i).unwrap_or_default().to_string(),
            name.get(i + 1..).unwrap_or_default().to_string(),
        ]);
    }
    out
}

fn block(lines: &[String], font: &Font, x: f64, y: f64) -> Rect {
    let w = lines.iter().map(|l| font.width(l)).fold(0.0, f64::max) * SLACK;
    let lh = font.size * 1.15;
    Rect {
        x0: x - w / 2.0,
        y0: y - font.size * 0.6,
        x1: x + w / 2.0,
        y1: y - font.size * 0.6 + lh * lines.len() as f64,
    }
}

/// Estimated widths err slightly narrow for some fonts (Noto Sans, DejaVu): labels are
/// fitted as if this much wider.
pub const SLACK: f64 = 1.1;

/// Province names that fit wholly inside their province (as the mask says), largest
/// provinces first, none over `occupied` or each other; a name that does not fit is tried on
/// two lines, then a little smaller. `anchors` gives each province's anchor point in pixels
/// and a radius to try below and above it first (a bubble's), or 0.
pub fn provinces(
    mask: &Mask,
    font: &Font,
    lang: Lang,
    anchors: &[(Province, (f64, f64), f64)],
    occupied: &mut Vec<Rect>,
) -> Vec<(Label, Font)> {
    let mut order: Vec<&(Province, (f64, f64), f64)> = anchors.iter().collect();
    crate::sort::sort_by(&mut order, |a, b| b.0.area_km2().total_cmp(&a.0.area_km2()).then(a.0.cmp(&b.0)));
    let mut out = Vec::new();
    for &&(prov, (ax, ay), around) in &order {
        let code = prov.number();
        let name = prov.name(lang);
        let mut placed = None;
        'search: for size in [font.size, (font.size * 0.87).max(8.0)] {
            let f = Font { size, ..*font };
            let lh = size * 1.15;
            for lines in forms(name) {
                let h = lh * lines.len() as f64;
                let w = lines.iter().map(|l| f.width(l)).fold(0.0, f64::max) * SLACK;
                let mut shifts: Vec<(f64, f64)> = Vec::new();
                if around > 0.0 {
                    shifts.push((0.0, around + h / 2.0 + 1.0));
                    shifts.push((0.0, -around - h / 2.0 - 1.0));
                }
                for dy in [0.0, -0.6, 0.6, -1.2, 1.2] {
                    for dx in [0.0, -0.25, 0.25, -0.5, 0.5] {
                        shifts.push((dx * w, dy * h));
                    }
                }
                for (dx, dy) in shifts {
                    // Centre the block vertically on the anchor.
                    let y = ay + dy - (h - lh) / 2.0;
                    let r = block(&lines, &f, ax + dx, y);
                    if mask.uniform(&inflate(&r, 1.0)) != Some(code) {
                        continue;
                    }
                    if occupied.iter().any(|o| overlaps(o, &inflate(&r, 2.0))) {
                        continue;
                    }
                    placed = Some((Label { lines: lines.clone(), x: ax + dx, y, rect: r, province: Some(code) }, f));
                    break 'search;
                }
            }
        }
        if let Some(l) = placed {
            occupied.push(l.0.rect);
            out.push(l);
        }
    }
    out
}

/// A country's name in its visible part of the map, as near its preferred point as possible;
/// where no spot lies wholly in the country, one that covers no other land.
pub fn country(
    mask: &Mask,
    map: &Rect,
    font: &Font,
    name: &str,
    code: u8,
    preferred: (f64, f64),
    occupied: &mut Vec<Rect>,
) -> Option<Label> {
    let w = font.width(name) * SLACK;
    let h = font.size * 1.2;
    let step = (font.size * 0.8).max(4.0);
    let mut best: Option<(f64, bool, Label)> = None;
    let mut y = map.y0 + h / 2.0 + 3.0;
    while y <= map.y1 - h / 2.0 - 3.0 {
        let mut x = map.x0 + w / 2.0 + 4.0;
        while x <= map.x1 - w / 2.0 - 4.0 {
            let r = Rect { x0: x - w / 2.0, y0: y - h / 2.0, x1: x + w / 2.0, y1: y + h / 2.0 };
            let grown = inflate(&r, 2.0);
            if !occupied.iter().any(|o| overlaps(o, &grown)) && mask.at(x, y) == code {
                let whole = mask.uniform(&grown) == Some(code);
                // Otherwise, the label may spill into the sea but not onto other land.
                let ok = whole || {
                    let corners = [(r.x0, r.y0), (r.x1, r.y0), (r.x0, r.y1), (r.x1, r.y1)];
                    corners.iter().all(|&(cx, cy)| matches!(mask.at(cx, cy), 0) || mask.at(cx, cy) == code)
                };
                if ok {
                    let d = (x - preferred.0).powi(2) + (y - preferred.1).powi(2);
                    let better = match &best {
                        None => true,
                        Some((bd, bw, _)) => (whole && !bw) || (whole == *bw && d < *bd),
                    };
                    if better {
                        best = Some((d, whole, Label { lines: vec![name.to_string()], x, y, rect: r, province: None }));
                    }
                }
            }
            x += step;
        }
        y += step;
    }
    let (_, _, label) = best?;
    occupied.push(label.rect);
    Some(label)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_split_near_the_middle() {
        assert_eq!(forms("Kep").len(), 1);
        assert_eq!(forms("Kampong Chhnang")[1], vec!["Kampong".to_string(), "Chhnang".to_string()]);
        assert_eq!(forms("Banteay Mean Chey")[1], vec!["Banteay".to_string(), "Mean Chey".to_string()]);
    }
}
