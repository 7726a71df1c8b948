//! A find's coordinates: decimal degrees, checked against Cambodia and against the province
//! the row names, with swapped latitude and longitude noticed.

use crate::number::decimal;
use crate::province::Province;
use crate::quote::shorten;
use crate::read::header::Field;
use crate::read::Severity;
use crate::record::Record;

use super::cells::{Cell, Cells};
use super::fast::{degrees, fast_decimal};
use super::Validator;

/// What a coordinate cell should hold, for problems.
const EXPECTED_LAT: &str = "a latitude in decimal degrees, such as 11.5564";
const EXPECTED_LON: &str = "a longitude in decimal degrees, such as 104.9282";

/// Cambodia's bounding box, with a margin, for the swapped-coordinates test.
const KH_LAT: std::ops::RangeInclusive<f64> = 9.5..=15.0;
const KH_LON: std::ops::RangeInclusive<f64> = 102.0..=108.0;

impl<'o> Validator<'o> {
    /// Reads the latitude and longitude cells into `r`; `named` is the province cell's column
    /// and province, which the coordinates are checked against.
    pub(super) fn read_coordinates<C: Cells + ?Sized>(
        &mut self,
        line: u32,
        cells: &C,
        r: &mut Record,
        named: Option<(usize, Province)>,
    ) {
        let (lat_col, lon_col) = (self.col(Field::Lat), self.col(Field::Lon));
        if lat_col.is_none() && lon_col.is_none() {
            return;
        }
        let lat_cell = lat_col.map_or(Cell::Empty, |c| cells.cell(c));
        let lon_cell = lon_col.map_or(Cell::Empty, |c| cells.cell(c));
        // Most points are two plain decimals: read them without the checks below.
        let quick = match (lat_cell, lon_cell) {
            (Cell::Text(a), Cell::Text(o)) => fast_decimal(a.as_bytes()).zip(fast_decimal(o.as_bytes())),
            _ => None,
        };
        let (mut lat, mut lon) = match quick {
            Some(point) => point,
            None => match self.coordinates_slowly(line, (lat_col, &lat_cell), (lon_col, &lon_cell)) {
                Some(point) => point,
                None => return,
            },
        };
        let point = |lat: f64, lon: f64| format!("{}, {}", decimal(lat), decimal(lon));
        let swapped = (!(-90.0..=90.0).contains(&lat) || (KH_LON.contains(&lat) && KH_LAT.contains(&lon)))
            && (-90.0..=90.0).contains(&lon)
            && (-180.0..=180.0).contains(&lat);
        if swapped {
            // Latitude and longitude swapped: Cambodia is at 10–15° N, 102–108° E.
            self.problem(
                line,
                &self.lat_name(lat_col),
                &point(lat, lon),
                Severity::Warning,
                format!(
                    "latitude {} and longitude {} look swapped (Cambodia lies at latitude \
                     10 to 15, longitude 102 to 108); used as latitude {1}, longitude {0}",
                    decimal(lat),
                    decimal(lon)
                ),
                "",
            );
            std::mem::swap(&mut lat, &mut lon);
        }
        for (v, limit, col, cell, what, expected) in [
            (lat, 90.0, lat_col, &lat_cell, "latitude", EXPECTED_LAT),
            (lon, 180.0, lon_col, &lon_cell, "longitude", EXPECTED_LON),
        ] {
            if !(-limit..=limit).contains(&v) {
                if let Some(c) = col {
                    let text = cell.text();
                    self.cell_problem(
                        line,
                        c,
                        &text,
                        Severity::Error,
                        format!(
                            "{} is out of range for a {what} (−{limit} to {limit}); the point is not used",
                            shorten(&text),
                            limit = decimal(limit)
                        ),
                        expected,
                    );
                }
                return;
            }
        }
        r.lat = Some(lat);
        r.lon = Some(lon);
        match crate::geo::hit::province_at(lon, lat).and_then(Province::from_number) {
            Some(at) => {
                if let Some((c, p)) = named {
                    if p != at {
                        let text = cells.cell(c).text().into_owned();
                        self.cell_problem(
                            line,
                            c,
                            &text,
                            Severity::Warning,
                            format!(
                                "{} ({}) does not match the coordinates {}, which are in {} ({}); \
                                 the province of the coordinates is used",
                                p,
                                p.code(),
                                point(lat, lon),
                                at,
                                at.code()
                            ),
                            "",
                        );
                    }
                }
                r.province = Some(at);
            }
            None => {
                let kept = match named {
                    Some((_, p)) => format!("the named province, {p}, is used"),
                    None => "counted under unknown province".to_owned(),
                };
                self.problem(
                    line,
                    &self.lat_name(lat_col),
                    &point(lat, lon),
                    Severity::Warning,
                    format!("the point {} is outside Cambodia; {kept}", point(lat, lon)),
                    "",
                );
            }
        }
    }

    /// The point from its two cells when they are not two plain decimals, reporting what is
    /// wrong; `None` when there is no usable point.
    pub(super) fn coordinates_slowly(
        &mut self,
        line: u32,
        (lat_col, lat_cell): (Option<usize>, &Cell),
        (lon_col, lon_cell): (Option<usize>, &Cell),
    ) -> Option<(f64, f64)> {
        if lat_cell.is_empty() && lon_cell.is_empty() {
            return None;
        }
        let mut bad = false;
        let mut parse = |this: &mut Self, col: Option<usize>, cell: &Cell, what: &str, expected: &str| {
            let v = degrees(cell);
            if v.is_none() && !cell.is_empty() {
                if let Some(c) = col {
                    let text = cell.text();
                    this.cell_problem(
                        line,
                        c,
                        &text,
                        Severity::Error,
                        format!("\"{}\" is not a {what}; the point is not used", shorten(&text)),
                        expected,
                    );
                }
                bad = true;
            }
            v
        };
        let lat = parse(self, lat_col, lat_cell, "latitude", EXPECTED_LAT);
        let lon = parse(self, lon_col, lon_cell, "longitude", EXPECTED_LON);
        match (lat, lon) {
            (Some(a), Some(o)) => Some((a, o)),
            _ => {
                if !bad {
                    let (c, cell, missing) = if lat_cell.is_empty() {
                        (lon_col, lon_cell, "latitude")
                    } else {
                        (lat_col, lat_cell, "longitude")
                    };
                    if let Some(c) = c {
                        let text = cell.text();
                        self.cell_problem(
                            line,
                            c,
                            &text,
                            Severity::Error,
                            format!("a point needs both coordinates: the {missing} is missing; the point is not used"),
                            "",
                        );
                    }
                }
                None
            }
        }
    }

    pub(super) fn lat_name(&self, lat_col: Option<usize>) -> String {
        lat_col.and_then(|c| self.columns.get(c)).map(|c| c.name.clone()).unwrap_or_default()
    }
}
