//! Native benchmarks, the figures `make bench` holds against the budgets in BENCHMARKS.md:
//! reading and validating, memory per record, aggregating, the dashboard's filtered queries and
//! rendering every chart kind to SVG, on 10,000, 100,000 and 1,000,000 generated find records.
//! Prints a table; every figure is the median of several runs. Repeated renders of a kind keep
//! one `chart::Cache`, as a chart on a page does between its redraws (a map's geometry is
//! projected once, not on every render).
//!
//!   cargo bench --bench native
//!
//! Environment:
//! - `REPATRIA_BENCH_SIZES=10000,100000` — the record counts (default 10000,100000,1000000).
//! - `REPATRIA_BENCH_RUNS=5` — timed runs of each slow measurement (after one warm-up run).
//! - `REPATRIA_BENCH_JSON=FILE` — also writes every figure as JSON (for `scripts/bench.sh`).
//! - `REPATRIA_BENCH_DATA=DIR` — also writes each generated CSV as `DIR/finds-N.csv` (the
//!   browser benchmark reads the same files).
//! - `REPATRIA_BENCH_PROFILE=FILE` — only reads FILE `REPATRIA_BENCH_RUNS` times (for `perf`);
//!   with `REPATRIA_BENCH_PROFILE_CHART=KIND`, reads it once and renders KIND to SVG that often.

use std::collections::HashMap;
use std::hint::black_box;
use std::time::{Duration, Instant};

use repatria::aggregate::{Aggregates, Filter};
use repatria::chart::{self, Cache, ChartData, ChartKind, ChartOptions, Classification};
use repatria::dataset::Dataset;
use repatria::svg::SvgBackend;
use repatria::team::Team;
use serde_json::{json, Map, Value};

const SEED: u64 = 8;

/// The SVG document `chart::render_svg` writes, drawn with `cache` kept from earlier renders
/// (`render_svg` starts from an empty one each time).
fn render_svg(data: ChartData, opts: &ChartOptions, cache: &mut Cache) -> String {
    let w = opts.width.clamp(100.0, 10_000.0).round() as u32;
    let h = opts.height.clamp(100.0, 10_000.0).round() as u32;
    let mut svg = SvgBackend::new(w, h);
    let rendered = chart::render(&mut svg, 1.0, data, opts, cache).expect("renders");
    svg.describe(&rendered.title, &rendered.description);
    svg.into_string()
}

fn median(mut v: Vec<f64>) -> f64 {
    v.sort_by(|a, b| a.total_cmp(b));
    let n = v.len();
    if n % 2 == 1 {
        v[n / 2]
    } else {
        (v[n / 2 - 1] + v[n / 2]) / 2.0
    }
}

/// Median seconds of `runs` calls of `f`, after one warm-up call.
fn time<T>(runs: usize, mut f: impl FnMut() -> T) -> f64 {
    black_box(f());
    let samples = (0..runs.max(1))
        .map(|_| {
            let t = Instant::now();
            black_box(f());
            t.elapsed().as_secs_f64()
        })
        .collect();
    median(samples)
}

/// Median seconds of one call of a fast `f`: calls are batched so that each of 11 samples
/// lasts at least 5 ms.
fn time_fast<T>(mut f: impl FnMut() -> T) -> f64 {
    let mut inner = 1usize;
    loop {
        let t = Instant::now();
        for _ in 0..inner {
            black_box(f());
        }
        if t.elapsed() >= Duration::from_millis(5) || inner >= 1 << 22 {
            break;
        }
        inner *= 2;
    }
    let samples = (0..11)
        .map(|_| {
            let t = Instant::now();
            for _ in 0..inner {
                black_box(f());
            }
            t.elapsed().as_secs_f64() / inner as f64
        })
        .collect();
    median(samples)
}

fn env_usize(name: &str, default: usize) -> usize {
    std::env::var(name).ok().and_then(|v| v.trim().parse().ok()).unwrap_or(default)
}

fn ms(s: f64) -> String {
    if s >= 0.1 {
        format!("{:.0} ms", s * 1e3)
    } else if s >= 0.001 {
        format!("{:.2} ms", s * 1e3)
    } else {
        format!("{:.1} µs", s * 1e6)
    }
}

/// `1 thread`, `2 threads`.
fn threads(n: usize) -> String {
    format!("{n} thread{}", if n == 1 { "" } else { "s" })
}

/// The dashboard's views (www/app.js), the cube query each one's chart makes, and the
/// filter dimensions it ignores (each view ignores the filter on its own dimension).
const VIEWS: [(&str, ChartKind, &[&str]); 6] = [
    ("map", ChartKind::Map, &["provinces"]),
    ("seasons", ChartKind::Seasons, &["seasons"]),
    ("provinces", ChartKind::Provinces, &["provinces"]),
    ("teams", ChartKind::Teams, &["teams"]),
    ("identified", ChartKind::Identified, &["seasons"]),
    ("matrix", ChartKind::Matrix, &["teams", "seasons"]),
];

fn view_filter(filter: &Filter, ignores: &[&str]) -> Filter {
    Filter {
        seasons: if ignores.contains(&"seasons") { Vec::new() } else { filter.seasons.clone() },
        teams: if ignores.contains(&"teams") { Vec::new() } else { filter.teams.clone() },
        provinces: if ignores.contains(&"provinces") { Vec::new() } else { filter.provinces.clone() },
    }
}

fn size_of(kind: ChartKind) -> (f64, f64) {
    if kind.is_map() {
        (640.0, 640.0)
    } else {
        (640.0, 400.0)
    }
}

/// For `perf`: reads `path` `runs` times, or (with `kind`, a chart kind) reads it once and
/// renders that kind to SVG `runs` times.
fn profile(path: &str, kind: Option<ChartKind>, runs: usize) {
    let bytes = std::fs::read(path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let runs = runs.max(1);
    let Some(kind) = kind else {
        let t = Instant::now();
        for _ in 0..runs {
            let loaded = repatria::read::read("bench.csv", &bytes).expect("reads");
            black_box(loaded.dataset.len());
        }
        let s = t.elapsed().as_secs_f64() / runs as f64;
        println!(
            "profile: {path} read {runs} times, {} each, {:.0} MB/s ({})",
            ms(s),
            bytes.len() as f64 / 1e6 / s,
            threads(repatria::read::reading_threads(bytes.len()))
        );
        return;
    };
    let data = repatria::read::read("bench.csv", &bytes).expect("reads").dataset;
    let aggregates = Aggregates::build(&data);
    let (width, height) = size_of(kind);
    let opts = ChartOptions { chart: kind, width, height, ..ChartOptions::default() };
    let cd = ChartData { dataset: &data, aggregates: &aggregates };
    let mut cache = Cache::default();
    let t = Instant::now();
    for _ in 0..runs {
        black_box(render_svg(cd, &opts, &mut cache));
    }
    println!(
        "profile: {path} {} to SVG {runs} times, {} each",
        kind.name(),
        ms(t.elapsed().as_secs_f64() / runs as f64)
    );
}

fn main() {
    // `cargo bench` passes `--bench`. Without it (`cargo test --all-targets` runs this target
    // too, unoptimised) one small smoke run checks that every measurement works.
    let smoke = !std::env::args().any(|a| a == "--bench");
    let runs = if smoke { 1 } else { env_usize("REPATRIA_BENCH_RUNS", 5) };
    if let Ok(path) = std::env::var("REPATRIA_BENCH_PROFILE") {
        let kind = std::env::var("REPATRIA_BENCH_PROFILE_CHART")
            .ok()
            .filter(|k| !k.is_empty())
            .map(|k| ChartKind::parse(&k).expect("a chart kind"));
        profile(&path, kind, runs);
        return;
    }
    let sizes: Vec<usize> = std::env::var("REPATRIA_BENCH_SIZES")
        .ok()
        .map(|v| v.split(',').filter_map(|s| s.trim().parse().ok()).collect())
        .unwrap_or_else(|| if smoke { vec![1_000] } else { vec![10_000, 100_000, 1_000_000] });
    let data_dir = std::env::var("REPATRIA_BENCH_DATA").ok();
    let team_filter = Filter { teams: vec![Team::K92, Team::K71], ..Filter::default() };

    if smoke {
        println!("smoke run (not `cargo bench`): figures are unoptimised and meaningless");
    }
    println!("repatria native benchmarks (seed {SEED}; median of {runs} runs after a warm-up; fast queries: median of 11 batches)");
    let mut out_sizes = Vec::new();
    for &n in &sizes {
        let t = Instant::now();
        let csv = repatria::generate::generate(n, SEED);
        let generate_s = t.elapsed().as_secs_f64();
        let bytes = csv.into_bytes();
        if let Some(dir) = &data_dir {
            std::fs::create_dir_all(dir).expect("data folder");
            std::fs::write(format!("{dir}/finds-{n}.csv"), &bytes).expect("writes the CSV");
        }
        let mb = bytes.len() as f64 / 1e6;
        let runs_n = if n >= 1_000_000 { runs.clamp(3, 5) } else { runs };
        println!("\n## {n} records: {:.1} MB of CSV (generated in {})", mb, ms(generate_s));

        // Reading and validating, and parts of it.
        let read_s = time(runs_n, || repatria::read::read("bench.csv", &bytes).expect("reads"));
        let utf8_s = time(runs_n, || std::str::from_utf8(&bytes).map(str::len).unwrap_or(0));
        // A floor for splitting: one pass finding every line end and separator.
        let scan_s = time(runs_n, || bytes.iter().filter(|&&b| b == b'\n' || b == b',').count());
        let records = repatria::generate::generate_records(n, SEED);
        let push_s = time(runs_n, || Dataset::from_records(records.iter()).len());
        drop(records);

        let mut loaded = repatria::read::read("bench.csv", &bytes).expect("reads");
        assert_eq!(loaded.dataset.len(), n, "every generated record is accepted");
        assert_eq!(loaded.report.errors, 0, "no errors in generated data");
        let heap_loaded = loaded.dataset.heap_bytes();
        loaded.dataset.shrink_to_fit();
        let heap = loaded.dataset.heap_bytes();
        let data = loaded.dataset;
        let read_threads = repatria::read::reading_threads(bytes.len());
        println!(
            "read+validate   {:>10}  {:>6.0} MB/s   ({}; UTF-8 check {}, byte scan {}, columnar push of {} ready records {})",
            ms(read_s),
            mb / read_s,
            threads(read_threads),
            ms(utf8_s),
            ms(scan_s),
            n,
            ms(push_s)
        );
        println!(
            "memory          {:>10.1} bytes/record after shrink_to_fit ({:.1} before; {} bytes)",
            heap as f64 / n as f64,
            heap_loaded as f64 / n as f64,
            heap
        );

        let aggregates_s = time(runs_n, || Aggregates::build(&data));
        let aggregates = Aggregates::build(&data);
        println!("aggregates      {:>10}", ms(aggregates_s));

        // The cube query each dashboard view makes after a team filter, and the per-record
        // pass of the `sites` map.
        let cube = &aggregates.by_season;
        let mut queries = Map::new();
        let mut line = String::from("filtered query ");
        for (id, _, ignores) in VIEWS {
            let f = view_filter(&team_filter, ignores);
            let s = match id {
                "map" | "provinces" => time_fast(|| cube.by_province(&f).len()),
                "teams" => time_fast(|| cube.by_team(&f).len()),
                "seasons" | "identified" => time_fast(|| cube.by_time(&f).0.len()),
                _ => time_fast(|| cube.by_time_team(&f).len()),
            };
            line.push_str(&format!(" {id} {}", ms(s)));
            queries.insert(id.into(), json!(s));
        }
        let sites_query_s = time_fast(|| repatria::chart::map::sites::finds(&data, &team_filter).0.len());
        queries.insert("sites".into(), json!(sites_query_s));
        println!("{line} | sites (per-record pass) {}", ms(sites_query_s));

        // Every chart kind to SVG, unfiltered; the dashboard's views filtered.
        let cd = ChartData { dataset: &data, aggregates: &aggregates };
        // One cache per chart kind, as each chart on a page keeps its own.
        let mut caches: HashMap<ChartKind, Cache> = HashMap::new();
        let mut svg = Map::new();
        let mut svg_bytes = Map::new();
        let mut line = String::from("SVG            ");
        for kind in ChartKind::ALL {
            let (width, height) = size_of(kind);
            let opts = ChartOptions { chart: kind, width, height, ..ChartOptions::default() };
            let cache = caches.entry(kind).or_default();
            let doc = render_svg(cd, &opts, cache);
            let s = if doc.len() > 1_000_000 {
                time(runs_n, || render_svg(cd, &opts, cache))
            } else {
                time_fast(|| render_svg(cd, &opts, cache))
            };
            line.push_str(&format!(" {} {}", kind.name(), ms(s)));
            svg.insert(kind.name().into(), json!(s));
            svg_bytes.insert(kind.name().into(), json!(doc.len()));
        }
        println!("{line}");
        let natural = ChartOptions {
            chart: ChartKind::Map,
            classification: Classification::NaturalBreaks,
            width: 640.0,
            height: 640.0,
            ..ChartOptions::default()
        };
        let cache = caches.entry(ChartKind::Map).or_default();
        let natural_s = time_fast(|| render_svg(cd, &natural, cache));
        let mut filtered = Map::new();
        let mut line = String::from("SVG, filtered  ");
        for (id, kind, ignores) in VIEWS {
            let (width, height) = size_of(kind);
            let opts = ChartOptions {
                chart: kind,
                width,
                height,
                filter: view_filter(&team_filter, ignores),
                ..ChartOptions::default()
            };
            let cache = caches.entry(kind).or_default();
            let s = time_fast(|| render_svg(cd, &opts, cache));
            line.push_str(&format!(" {id} {}", ms(s)));
            filtered.insert(id.into(), json!(s));
        }
        println!("{line}");
        println!(
            "choropleth      {:>10} quantiles, {} natural breaks",
            ms(svg["map"].as_f64().unwrap_or(0.0)),
            ms(natural_s)
        );
        println!(
            "sites map       {:>10} ({} bytes of SVG)",
            ms(svg["sites"].as_f64().unwrap_or(0.0)),
            svg_bytes["sites"]
        );

        out_sizes.push(json!({
            "records": n,
            "csv_bytes": bytes.len(),
            "generate_s": generate_s,
            "read_s": read_s,
            "read_mb_s": mb / read_s,
            "read_threads": read_threads,
            "utf8_s": utf8_s,
            "scan_s": scan_s,
            "push_s": push_s,
            "heap_bytes_loaded": heap_loaded,
            "heap_bytes": heap,
            "bytes_per_record": heap as f64 / n as f64,
            "aggregates_s": aggregates_s,
            "queries_s": Value::Object(queries),
            "svg_s": Value::Object(svg),
            "svg_bytes": Value::Object(svg_bytes),
            "svg_filtered_s": Value::Object(filtered),
            "choropleth_natural_breaks_s": natural_s,
        }));
    }

    if let Ok(path) = std::env::var("REPATRIA_BENCH_JSON") {
        let doc = json!({
            "seed": SEED,
            "runs": runs,
            "filter": { "teams": ["K92", "K71"] },
            "chart_size": [640, 400],
            "map_size": [640, 640],
            "sizes": out_sizes,
        });
        if let Some(dir) = std::path::Path::new(&path).parent() {
            let _ = std::fs::create_dir_all(dir);
        }
        std::fs::write(&path, serde_json::to_string_pretty(&doc).expect("json")).expect("writes the JSON");
        println!("\nwrote {path}");
    }
}
