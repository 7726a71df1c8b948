//! The `repatria` command line: render charts natively.
//!
//! ```text
//! repatria render --chart seasons --data FILE.csv --out FILE.svg [--lang en|vi|km]
//!                 [--theme light|dark] [--width W] [--height H] [--title T]
//!                 [--subtitle S] [--source S] [--sample]
//! ```

use std::process::ExitCode;

use repatria::chart::{self, ChartData, ChartKind, ChartOptions};
use repatria::aggregate::Aggregates;
use repatria::read;
use repatria::draw::theme::ThemeName;
use repatria::lang::Lang;

const USAGE: &str = "usage:
  repatria render --chart seasons --data FILE.csv --out FILE.svg
                  [--lang en|vi|km] [--theme light|dark] [--width W] [--height H]
                  [--title T] [--subtitle S] [--source S] [--sample]";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args.first().map(String::as_str) {
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
    let (mut data, mut out) = (None, None);
    let mut it = args.iter();
    while let Some(flag) = it.next() {
        if flag == "--sample" {
            opts.sample = true;
            continue;
        }
        let value = it.next().ok_or_else(|| format!("{flag} needs a value\n{USAGE}"))?;
        let number = |v: &str| v.parse::<f64>().ok().filter(|n| (100.0..=10_000.0).contains(n));
        match flag.as_str() {
            "--chart" => opts.chart = ChartKind::parse(value).ok_or(format!("unknown chart \"{value}\": expected one of seasons, cumulative, provinces, teams, matrix, identified, map, bubbles, sites"))?,
            "--data" => data = Some(value.clone()),
            "--out" => out = Some(value.clone()),
            "--lang" => opts.lang = Lang::parse(value).ok_or(format!("unknown language \"{value}\": expected en, vi or km"))?,
            "--theme" => {
                opts.theme = match value.as_str() {
                    "light" => ThemeName::Light,
                    "dark" => ThemeName::Dark,
                    _ => return Err(format!("unknown theme \"{value}\": expected light or dark")),
                }
            }
            "--width" => opts.width = number(value).ok_or(format!("bad --width \"{value}\": expected 100 to 10000"))?,
            "--height" => opts.height = number(value).ok_or(format!("bad --height \"{value}\": expected 100 to 10000"))?,
            "--title" => opts.title = Some(value.clone()),
            "--subtitle" => opts.subtitle = Some(value.clone()),
            "--source" => opts.source = Some(value.clone()),
            _ => return Err(format!("unknown option {flag}\n{USAGE}")),
        }
    }
    let data = data.ok_or(format!("--data FILE is required\n{USAGE}"))?;
    let out = out.ok_or(format!("--out FILE.svg is required\n{USAGE}"))?;
    let bytes = std::fs::read(&data).map_err(|e| format!("{data}: {e}"))?;
    let loaded = read::read(&data, &bytes).map_err(|e| e.to_string())?;
    let aggregates = Aggregates::build(&loaded.dataset);
    let svg = chart::render_svg(ChartData { dataset: &loaded.dataset, aggregates: &aggregates }, &opts).map_err(|e| e.to_string())?;
    std::fs::write(&out, svg).map_err(|e| format!("{out}: {e}"))?;
    Ok(())
}
