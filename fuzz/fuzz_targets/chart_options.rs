//! Every chart and map with arbitrary options (every field of `ChartOptions` chosen by the
//! input; numbers unbounded as JavaScript may pass them, sizes at times) over generated
//! records and arbitrary ones a reader could give, drawn to SVG natively: never a panic;
//! drawn again with the geometry kept, the same picture; hit testing at arbitrary points
//! never a panic, and a hit on a chart's mark is a mark containing the point.
#![no_main]

use arbitrary::Arbitrary;
use libfuzzer_sys::fuzz_target;
use repatria::aggregate::{Aggregates, Filter, TimeAxis};
use repatria::chart::{self, Cache, ChartData, ChartKind, ChartOptions, Classification, Grouping};
use repatria::dataset::Dataset;
use repatria::date::Date;
use repatria::draw::theme::ThemeName;
use repatria::lang::Lang;
use repatria::province::Province;
use repatria::record::{Record, TeamRef};
use repatria::season::Season;
use repatria::svg::SvgBackend;
use repatria::team::Team;

#[derive(Arbitrary, Debug)]
struct Rec {
    season: Option<u16>,
    date: Option<(u16, Option<u8>, Option<u8>)>,
    team: Option<Result<u8, String>>,
    province: u8,
    remains: u32,
    identified: Option<u32>,
    point: Option<(f64, f64)>,
    note: Option<String>,
}

/// A size in CSS pixels: mostly one a page gives (50 to 3,049), at times any number at all
/// (a map as wide as 1e170 pixels takes seconds to draw, which would stall the fuzzing).
#[derive(Arbitrary, Debug)]
struct Size {
    any: u8,
    raw: f64,
    pixels: u16,
}

impl Size {
    fn pixels(&self) -> f64 {
        if self.any == 0xFF {
            self.raw
        } else {
            50.0 + f64::from(self.pixels % 3000)
        }
    }
}

#[derive(Arbitrary, Debug)]
struct Input {
    generated: u8,
    seed: u64,
    records: Vec<Rec>,
    chart: u8,
    lang: u8,
    dark: bool,
    title: Option<String>,
    subtitle: Option<String>,
    source: Option<String>,
    width: Size,
    height: Size,
    seasons: Vec<u16>,
    teams: Vec<u8>,
    provinces: Vec<u8>,
    group: u8,
    years: bool,
    classes: u8,
    natural_breaks: bool,
    sample: bool,
    khmer_digits: bool,
    points: Vec<(f64, f64)>,
}

/// The record `r` describes, when a reader could give it (the packed-data loader's checks
/// accept it), else `None`.
fn record(r: Rec) -> Option<Record> {
    let record = Record {
        line: 2,
        season: r.season.map(Season::new),
        date: r.date.map(|(year, month, day)| Date { year, month, day: month.and(day) }),
        team: r.team.map(|t| match t {
            Ok(i) => TeamRef::Known(Team::ALL[usize::from(i) % Team::ALL.len()]),
            Err(name) => TeamRef::Other(name),
        }),
        province: Province::from_number(r.province),
        remains: r.remains,
        identified: r.identified,
        lat: r.point.map(|p| p.0),
        lon: r.point.map(|p| p.1),
        note: r.note,
        ..Record::default()
    };
    Dataset::read_bytes(&Dataset::from_records([&record]).to_bytes()).ok().map(|_| record)
}

fn pick<T: Copy>(all: &[T], i: u8) -> T {
    all[usize::from(i) % all.len()]
}

fn svg(data: ChartData, opts: &ChartOptions, cache: &mut Cache) -> (String, chart::Rendered) {
    let w = opts.width.clamp(100.0, 10_000.0).round() as u32;
    let h = opts.height.clamp(100.0, 10_000.0).round() as u32;
    let mut backend = SvgBackend::new(w, h);
    let rendered = chart::render(&mut backend, 1.0, data, opts, cache).expect("a chart draws to SVG");
    backend.describe(&rendered.title, &rendered.description);
    (backend.into_string(), rendered)
}

fuzz_target!(|input: Input| {
    let mut records = repatria::generate::generate_records(usize::from(input.generated), input.seed);
    records.extend(input.records.into_iter().take(64).filter_map(record));
    let dataset = Dataset::from_records(&records);
    let aggregates = Aggregates::build(&dataset);
    let data = ChartData { dataset: &dataset, aggregates: &aggregates };
    let opts = ChartOptions {
        chart: pick(&ChartKind::ALL, input.chart),
        lang: pick(&Lang::ALL, input.lang),
        theme: if input.dark { ThemeName::Dark } else { ThemeName::Light },
        title: input.title,
        subtitle: input.subtitle,
        source: input.source,
        width: input.width.pixels(),
        height: input.height.pixels(),
        filter: Filter {
            seasons: input.seasons.into_iter().take(16).map(Season::new).collect(),
            teams: input.teams.into_iter().take(16).map(|i| pick(&Team::ALL, i)).collect(),
            provinces: input.provinces.into_iter().take(30).map(|i| pick(&Province::ALL, i)).collect(),
        },
        group: pick(&[Grouping::None, Grouping::Team, Grouping::Region], input.group),
        time: if input.years { TimeAxis::Year } else { TimeAxis::Season },
        classes: input.classes,
        classification: if input.natural_breaks { Classification::NaturalBreaks } else { Classification::Quantiles },
        sample: input.sample,
        khmer_digits: input.khmer_digits,
    };
    let mut cache = Cache::default();
    let (first, drawn) = svg(data, &opts, &mut cache);
    let (again, _) = svg(data, &opts, &mut cache);
    assert!(first == again, "drawn again with the geometry kept, the same picture");
    for (x, y) in input.points.into_iter().take(32) {
        if let Some(m) = chart::hit(data, &drawn, x, y) {
            if drawn.map.is_none() {
                assert!(m.contains(x, y), "the mark hit at {x}, {y} contains it: {m:?}");
            }
        }
    }
});
