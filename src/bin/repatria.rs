//! The `repatria` command line: check data files, render charts natively, generate data.
//!
//! ```text
//! repatria check FILE [--json] [--sheet NAME] [--figure KIND] [--season-start MONTH]
//!                [--column NAME=FIELD]… [--format csv|json|xlsx] [--max-rows N] [--lang en|vi|km]
//!                [--date-order day-first|month-first] [--header-line N]
//! repatria render --chart seasons --data FILE.csv --out FILE.svg [--lang en|vi|km]
//!                 (a table of published figures: --chart seasons|teams|map|cumulative|coverage)
//!                 [--theme light|dark] [--width W] [--height H] [--title T]
//!                 [--subtitle S] [--source S] [--sample]
//! repatria generate --records N --seed S --out FILE
//! repatria pack FILE --out FILE.rpk [--figure KIND] [--sheet NAME] [--season-start MONTH]
//! ```
//!
//! `pack` reads and checks a file once and writes the records with their report in binary
//! form, which pages load without parsing (the fastest first chart for an embed).
//!
//! `check` exits with 0 when no row has an error, 1 when some rows have errors, 2 when the
//! file cannot be read at all. Given a packed file, it checks the file and prints the report
//! stored in it (of reading the file it was packed from).

use std::process::ExitCode;

use repatria::aggregate::Aggregates;
use repatria::chart::{self, ChartData, ChartKind, ChartOptions};
use repatria::dataset::Dataset;
use repatria::draw::theme::ThemeName;
use repatria::lang::Lang;
use repatria::read;
use repatria::read::messages;

const USAGE: &str = "usage:
  repatria check FILE [--json] [--sheet NAME] [--figure KIND] [--season-start MONTH]
                 [--column NAME=FIELD]... [--format csv|json|xlsx] [--max-rows N] [--lang en|vi|km]
                 [--date-order day-first|month-first] [--header-line N]
  repatria generate --records N --seed S --out FILE
  repatria pack FILE --out FILE.rpk [--figure KIND] [--sheet NAME] [--season-start MONTH]
  repatria render --chart seasons --data FILE.csv --out FILE.svg
                  [--lang en|vi|km] [--theme light|dark] [--width W] [--height H]
                  [--title T] [--subtitle S] [--source S] [--sample]";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.first().map(String::as_str) {
        Some("check") => check(&args[1..]),
        Some("generate") => match generate(&args[1..]) {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) => {
                eprintln!("repatria: {e}");
                ExitCode::from(2)
            }
        },
        Some("pack") => match pack(&args[1..]) {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) => {
                eprintln!("repatria: {e}");
                ExitCode::from(2)
            }
        },
        Some("render") => match render(&args[1..]) {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) => {
                eprintln!("repatria: {e}");
                ExitCode::from(2)
            }
        },
        Some("-h" | "--help" | "help") => {
            println!("{USAGE}");
            ExitCode::SUCCESS
        }
        _ => {
            eprintln!("{USAGE}");
            ExitCode::from(2)
        }
    }
}

fn render(args: &[String]) -> Result<(), String> {
    let mut opts = ChartOptions::default();
    let (mut data, mut out, mut kind) = (None, None, "seasons".to_owned());
    let mut it = args.iter();
    while let Some(flag) = it.next() {
        if flag == "--sample" {
            opts.sample = true;
            continue;
        }
        let value = it.next().ok_or_else(|| format!("{flag} needs a value\n{USAGE}"))?;
        let number = |v: &str| v.parse::<f64>().ok().filter(|n| (100.0..=10_000.0).contains(n));
        match flag.as_str() {
            "--chart" => kind = value.clone(),
            "--data" => data = Some(value.clone()),
            "--out" => out = Some(value.clone()),
            "--lang" => {
                opts.lang = Lang::parse(value).ok_or(format!("unknown language \"{value}\": expected en, vi or km"))?
            }
            "--theme" => {
                opts.theme = match value.as_str() {
                    "light" => ThemeName::Light,
                    "dark" => ThemeName::Dark,
                    _ => return Err(format!("unknown theme \"{value}\": expected light or dark")),
                }
            }
            "--width" => opts.width = number(value).ok_or(format!("bad --width \"{value}\": expected 100 to 10000"))?,
            "--height" => {
                opts.height = number(value).ok_or(format!("bad --height \"{value}\": expected 100 to 10000"))?
            }
            "--title" => opts.title = Some(value.clone()),
            "--subtitle" => opts.subtitle = Some(value.clone()),
            "--source" => opts.source = Some(value.clone()),
            _ => return Err(format!("unknown option {flag}\n{USAGE}")),
        }
    }
    let data = data.ok_or(format!("--data FILE is required\n{USAGE}"))?;
    let out = out.ok_or(format!("--out FILE.svg is required\n{USAGE}"))?;
    let bytes = read_file(&data, read::DEFAULT_MAX_BYTES)?;
    if !repatria::pack::is_packed(&bytes) && read::figures::is_figure_table(&bytes) {
        // A table of published figures: one of the record's views.
        let view = chart::record::View::parse(&kind).ok_or(format!(
            "unknown view of published figures \"{kind}\": expected one of seasons, teams, map, cumulative, coverage"
        ))?;
        let table = read::figures::read_figures(&data, &bytes).map_err(|e| e.to_string())?;
        // The record's views write notes under the plot: taller unless a height is given.
        if !args.iter().any(|a| a == "--height") {
            opts.height = 560.0;
        }
        let record = repatria::published::Record { figures: &table.figures, facts: &table.facts };
        let svg = chart::record::render_svg(&record, view, &opts).map_err(|e| e.to_string())?;
        return std::fs::write(&out, svg).map_err(|e| format!("{out}: {e}"));
    }
    opts.chart = ChartKind::parse(&kind).ok_or(format!(
        "unknown chart \"{kind}\": expected one of seasons, cumulative, provinces, teams, matrix, identified, map, bubbles, sites"
    ))?;
    let (dataset, _, _) = load(&data, &bytes, &read::ReadOptions::default())?;
    let aggregates = Aggregates::build(&dataset);
    let svg = chart::render_svg(ChartData { dataset: &dataset, aggregates: &aggregates }, &opts)
        .map_err(|e| e.to_string())?;
    std::fs::write(&out, svg).map_err(|e| format!("{out}: {e}"))?;
    Ok(())
}

/// `repatria check FILE [--json] …`: reads the file and prints the report.
fn check(args: &[String]) -> ExitCode {
    let (file, json, opts) = match check_args(args) {
        Ok(v) => v,
        Err(e) => {
            eprintln!("repatria: {e}");
            return ExitCode::from(2);
        }
    };
    let bytes = match read_file(&file, opts.max_bytes) {
        Ok(b) => b,
        Err(e) => {
            eprintln!("repatria: {e}");
            return ExitCode::from(2);
        }
    };
    let lang = opts.lang;
    if !repatria::pack::is_packed(&bytes) && read::figures::is_figure_table(&bytes) {
        return check_figures(&file, &bytes, json, lang);
    }
    let (_, mut report, packed) = match load(&file, &bytes, &opts) {
        Ok(loaded) => loaded,
        Err(e) if repatria::pack::is_packed(&bytes) => {
            eprintln!("repatria: {}", messages::localize(&e, lang));
            return ExitCode::from(2);
        }
        Err(e) => {
            eprintln!("{e}");
            return ExitCode::from(2);
        }
    };
    if packed {
        // The report stored when the file was packed, in the language it was read in.
        messages::localize_report(&mut report, lang);
    }
    let report = &report;
    if json {
        println!("{}", report.to_check_json());
    } else {
        if packed {
            println!("{}", messages::line("packed", lang, &[("file", &file)]));
        }
        print!("{}", human(&file, report, lang));
    }
    if report.has_errors() {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

/// The records of `file` and the report of reading them, and whether it was packed (its
/// stored report, checked against its records); an error names the file.
/// The bytes of `path`, refused before they are read when its size is over `max_bytes` (and
/// while reading, for a file that grows or has no size, such as a pipe).
fn read_file(path: &str, max_bytes: usize) -> Result<Vec<u8>, String> {
    use std::io::Read;
    let too_large = |size: u64| {
        format!(
            "{path}: the file is {} MB, more than the {} MB limit: split it, or raise the limit",
            size / 1_000_000,
            max_bytes / 1_000_000
        )
    };
    let file = std::fs::File::open(path).map_err(|e| format!("{path}: {e}"))?;
    let declared = file.metadata().map(|m| m.len()).unwrap_or(0);
    if declared > max_bytes as u64 {
        return Err(too_large(declared));
    }
    let mut bytes = Vec::with_capacity(declared as usize);
    file.take(max_bytes as u64 + 1).read_to_end(&mut bytes).map_err(|e| format!("{path}: {e}"))?;
    if bytes.len() > max_bytes {
        return Err(too_large(bytes.len() as u64));
    }
    Ok(bytes)
}

fn load(file: &str, bytes: &[u8], opts: &read::ReadOptions) -> Result<(Dataset, read::Report, bool), String> {
    if repatria::pack::is_packed(bytes) {
        return unpacked(bytes).map(|(d, r)| (d, r, true)).map_err(|e| format!("{file}: {e}"));
    }
    let loaded = read::read_with(file, bytes, opts).map_err(|e| messages::error_line(&e, opts.lang))?;
    Ok((loaded.dataset, loaded.report, false))
}

/// The records of a packed file and the report it holds, once they load (checksum and
/// contents) and agree.
fn unpacked(bytes: &[u8]) -> Result<(Dataset, read::Report), String> {
    let (dataset, json) = repatria::pack::unpack(bytes)?;
    let report = read::Report::from_json(json).map_err(|e| format!("a packed dataset, but {e}: repack it"))?;
    if report.accepted != dataset.len() || report.remains != dataset.total_remains() {
        return Err(format!(
            "a packed dataset, but its report ({} records, {} sets of remains) does not match its \
             records ({}, {}): repack it",
            report.accepted,
            report.remains,
            dataset.len(),
            dataset.total_remains()
        ));
    }
    Ok((dataset, report))
}

fn check_args(args: &[String]) -> Result<(String, bool, read::ReadOptions), String> {
    let mut opts = read::ReadOptions::default();
    let (mut file, mut json) = (None, false);
    let mut it = args.iter();
    while let Some(arg) = it.next() {
        if arg == "--json" {
            json = true;
            continue;
        }
        if !arg.starts_with("--") {
            if file.replace(arg.clone()).is_some() {
                return Err(format!("check reads one file\n{USAGE}"));
            }
            continue;
        }
        let value = it.next().ok_or_else(|| format!("{arg} needs a value\n{USAGE}"))?;
        match arg.as_str() {
            "--sheet" => opts.sheet = Some(value.clone()),
            "--figure" => opts.figure = Some(value.clone()),
            "--lang" => {
                opts.lang = Lang::parse(value).ok_or(format!("unknown language \"{value}\": expected en, vi or km"))?
            }
            "--season-start" => {
                opts.season_start_month = value
                    .parse()
                    .ok()
                    .filter(|m| (1..=12).contains(m))
                    .ok_or(format!("bad --season-start \"{value}\": expected a month, 1 to 12"))?
            }
            "--max-rows" => opts.max_rows = value.parse().map_err(|_| format!("bad --max-rows \"{value}\""))?,
            "--date-order" => {
                opts.date_order = Some(match value.as_str() {
                    "day-first" => repatria::date::DateOrder::DayFirst,
                    "month-first" => repatria::date::DateOrder::MonthFirst,
                    _ => return Err(format!("bad --date-order \"{value}\": expected day-first or month-first")),
                })
            }
            "--header-line" => {
                opts.header_line =
                    Some(value.parse().map_err(|_| format!("bad --header-line \"{value}\": expected a line number"))?)
            }
            "--format" => {
                opts.format = Some(match value.as_str() {
                    "csv" | "tsv" => read::Format::Csv,
                    "json" | "geojson" => read::Format::Json,
                    "xlsx" => read::Format::Xlsx,
                    _ => return Err(format!("unknown format \"{value}\": expected csv, json or xlsx")),
                })
            }
            "--column" => {
                let (name, field) =
                    value.rsplit_once('=').ok_or(format!("bad --column \"{value}\": expected NAME=FIELD"))?;
                let field = read::parse_field(field).ok_or(format!("unknown field \"{field}\" in --column"))?;
                opts.columns.push((name.to_owned(), field));
            }
            _ => return Err(format!("unknown option {arg}\n{USAGE}")),
        }
    }
    let file = file.ok_or(format!("check needs a FILE\n{USAGE}"))?;
    Ok((file, json, opts))
}

/// The report for people: one line per problem, then a summary, in `lang`.
fn human(file: &str, r: &read::Report, lang: Lang) -> String {
    use std::fmt::Write as _;
    let mut out = String::new();
    let say = |key: &str, args: &[(&str, &str)]| messages::line(key, lang, args);
    for p in &r.problems {
        let line = p.line.to_string();
        let severity = say(p.severity.as_str(), &[]);
        let key = match (p.column.is_empty(), p.value.is_empty()) {
            (false, false) => "problem_cell",
            (false, true) => "problem_column",
            (true, false) => "problem_value",
            (true, true) => "problem_row",
        };
        let args = [
            ("file", file),
            ("line", &line),
            ("column", &p.column),
            ("value", &p.value),
            ("message", &p.message),
            ("severity", &severity),
        ];
        let _ = writeln!(out, "{}", say(key, &args));
    }
    if r.problems_omitted > 0 {
        let _ = writeln!(out, "{}", say("omitted", &[("file", file), ("n", &r.problems_omitted.to_string())]));
    }
    if r.sample {
        // What says so: the comments, else the titles above the table.
        let said = if r.comments.is_empty() {
            r.layout.skipped.iter().map(|k| k.text.as_str()).collect::<Vec<_>>().join(" ")
        } else {
            r.comments.join(" ")
        };
        let _ = writeln!(out, "{}", say("sample", &[("file", file), ("comments", &said)]));
    }
    let n = |v: usize| v.to_string();
    let _ = writeln!(
        out,
        "{}",
        say(
            "summary",
            &[
                ("file", file),
                ("rows", &n(r.rows)),
                ("accepted", &n(r.accepted)),
                ("rejected", &n(r.rejected)),
                ("remains", &r.remains.to_string()),
                ("identified", &r.identified.to_string()),
            ]
        )
    );
    if !r.layout.is_plain() {
        let header = r.layout.header.to_string();
        let skipped: Vec<String> = r
            .layout
            .skipped
            .iter()
            .map(|k| say("skipped_row", &[("line", &k.line.to_string()), ("text", &k.text)]))
            .collect();
        let line = if skipped.is_empty() {
            say("layout_header", &[("header", &header)])
        } else {
            say("layout", &[("header", &header), ("skipped", &skipped.join("; "))])
        };
        let _ = writeln!(out, "{line}");
    }
    if r.total_rows > 0 {
        let totals: Vec<String> = r
            .totals
            .iter()
            .map(|t| {
                let remains = t.remains.map_or_else(|| "—".to_owned(), |v| v.to_string());
                let args = [
                    ("line", t.line.to_string()),
                    ("label", t.label.clone()),
                    ("remains", remains),
                    ("rows", n(t.rows)),
                    ("sum", t.sum.to_string()),
                ];
                say("total_row", &args.each_ref().map(|(k, v)| (*k, v.as_str())))
            })
            .collect();
        let _ = writeln!(out, "{}", say("total_rows", &[("n", &n(r.total_rows)), ("list", &totals.join("; "))]));
    }
    if !r.encoding.is_utf8() {
        let _ = writeln!(out, "{}", say("encoding", &[("encoding", r.encoding.name())]));
    }
    if !r.date_order.is_day_first() {
        let _ = writeln!(out, "{}", say("month_first", &[]));
    }
    for f in &r.figures {
        let key = if f.read { "figure_read" } else { "figure_not_read" };
        let _ = writeln!(out, "{}", say(key, &[("kind", &f.kind), ("rows", &n(f.rows))]));
    }
    let list =
        |entries: &[(String, u64)]| entries.iter().map(|(k, v)| format!("{k} {v}")).collect::<Vec<_>>().join(", ");
    let _ = writeln!(out, "{}", say("by_season", &[("list", &list(&r.by_season))]));
    let _ = writeln!(out, "{}", say("by_province", &[("list", &list(&r.by_province))]));
    let _ = writeln!(out, "{}", say("by_team", &[("list", &list(&r.by_team))]));
    let _ = writeln!(out, "{}", say("counts", &[("errors", &n(r.errors)), ("warnings", &n(r.warnings))]));
    out
}

/// `repatria check` of a table of published figures: each reported row with its line and why,
/// then how many rows are figures, facts and reported, the figures by kind and their caveats.
fn check_figures(file: &str, bytes: &[u8], json: bool, lang: Lang) -> ExitCode {
    use std::fmt::Write as _;
    let mut table = match read::figures::read_figures(file, bytes) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("{}", messages::error_line(&messages::localize_error(e, lang), lang));
            return ExitCode::from(2);
        }
    };
    for p in &mut table.reported {
        p.message = messages::localize(&p.message, lang);
    }
    if json {
        println!("{}", read::figures::check_json(&table));
    } else {
        let mut out = String::new();
        let say = |key: &str, args: &[(&str, &str)]| messages::line(key, lang, args);
        let severity = say("error", &[]);
        for p in &table.reported {
            let line = p.line.to_string();
            let args = [
                ("file", file),
                ("line", &line),
                ("column", &p.column),
                ("value", &p.value),
                ("message", &p.message),
                ("severity", &severity),
            ];
            let _ = writeln!(out, "{}", say("problem_cell", &args));
        }
        let figures = &table.figures;
        let identified = figures.iter().filter(|f| f.measure == repatria::figure::Measure::Identified).count();
        let n = |v: usize| v.to_string();
        let _ = writeln!(
            out,
            "{}",
            say(
                "figures_summary",
                &[
                    ("file", file),
                    ("rows", &n(table.rows)),
                    ("figures", &n(figures.len())),
                    ("found", &n(figures.len() - identified)),
                    ("identified", &n(identified)),
                    ("facts", &n(table.facts.len())),
                    ("reported", &n(table.reported.len())),
                ]
            )
        );
        let mut kinds: Vec<(&str, usize)> = Vec::new();
        for f in figures {
            match kinds.iter_mut().find(|(k, _)| *k == f.kind) {
                Some((_, n)) => *n += 1,
                None => kinds.push((&f.kind, 1)),
            }
        }
        let kinds: Vec<String> = kinds.iter().map(|(k, n)| format!("{k} {n}")).collect();
        let _ = writeln!(out, "{}", say("figures_by_kind", &[("list", &kinds.join(", "))]));
        let count =
            |p: fn(&repatria::figure::Caveats) -> bool| figures.iter().filter(|f| p(&f.caveats)).count().to_string();
        let _ = writeln!(
            out,
            "{}",
            say(
                "caveats",
                &[
                    ("low", &count(|c| c.confidence == repatria::figure::Confidence::Low)),
                    ("medium", &count(|c| c.confidence == repatria::figure::Confidence::Medium)),
                    ("disputed", &count(|c| c.disputed)),
                    ("partial", &count(|c| c.partial)),
                    ("outside", &count(|c| c.outside_cambodia)),
                    ("bounds", &count(|c| c.approximate)),
                ]
            )
        );
        print!("{out}");
    }
    if table.reported.is_empty() {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(1)
    }
}

/// `repatria generate --records N --seed S --out FILE`: a synthetic dataset.
fn generate(args: &[String]) -> Result<(), String> {
    let (mut records, mut seed, mut out) = (None, 1u64, None);
    let mut it = args.iter();
    while let Some(flag) = it.next() {
        let value = it.next().ok_or_else(|| format!("{flag} needs a value\n{USAGE}"))?;
        match flag.as_str() {
            "--records" => {
                records =
                    Some(value.replace('_', "").parse::<usize>().map_err(|_| format!("bad --records \"{value}\""))?)
            }
            "--seed" => seed = value.parse().map_err(|_| format!("bad --seed \"{value}\""))?,
            "--out" => out = Some(value.clone()),
            _ => return Err(format!("unknown option {flag}\n{USAGE}")),
        }
    }
    let records = records.ok_or(format!("--records N is required\n{USAGE}"))?;
    let out = out.ok_or(format!("--out FILE is required\n{USAGE}"))?;
    let csv = repatria::generate::generate(records, seed);
    std::fs::write(&out, csv).map_err(|e| format!("{out}: {e}"))
}

fn pack(args: &[String]) -> Result<(), String> {
    let (mut file, mut out) = (None, None);
    let mut opts = read::ReadOptions::default();
    let mut it = args.iter();
    while let Some(flag) = it.next() {
        if !flag.starts_with("--") {
            file = Some(flag.clone());
            continue;
        }
        let value = it.next().ok_or_else(|| format!("{flag} needs a value\n{USAGE}"))?;
        match flag.as_str() {
            "--out" => out = Some(value.clone()),
            "--figure" => opts.figure = Some(value.clone()),
            "--sheet" => opts.sheet = Some(value.clone()),
            "--season-start" => {
                opts.season_start_month = value.parse().map_err(|_| format!("bad --season-start \"{value}\""))?
            }
            _ => return Err(format!("unknown option {flag}\n{USAGE}")),
        }
    }
    let file = file.ok_or(format!("a FILE to pack is required\n{USAGE}"))?;
    let out = out.ok_or(format!("--out FILE is required\n{USAGE}"))?;
    let bytes = read_file(&file, opts.max_bytes)?;
    let loaded = read::read_with(&file, &bytes, &opts).map_err(|e| e.to_string())?;
    let packed = repatria::pack::pack(&loaded.dataset, &loaded.report.to_json());
    std::fs::write(&out, &packed).map_err(|e| format!("{out}: {e}"))?;
    eprintln!(
        "{out}: {} records ({} rows read, {} errors, {} warnings), {} bytes",
        loaded.dataset.len(),
        loaded.report.rows,
        loaded.report.errors,
        loaded.report.warnings,
        packed.len()
    );
    Ok(())
}
