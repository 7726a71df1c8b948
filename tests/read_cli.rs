//! `repatria check FILE [--json]`: the report, and exit status 0 (no error), 1 (rows with
//! errors) or 2 (the file cannot be read).

mod support;

use std::process::Command;

fn check(args: &[&str]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_repatria"))
        .arg("check")
        .args(args)
        .current_dir(support::repo("tests/data"))
        .output()
        .expect("runs repatria");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn exit_status_says_how_the_file_read() {
    let (code, out, _) = check(&["en.csv"]);
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("en.csv: 5 rows, 5 accepted, 0 rejected; 15 sets of remains, 3 identified by name"), "{out}");
    assert!(out.contains("  by province: KH-2 5, KH-7 3, KH-8 1, KH-16 4, KH-17 2, unknown 0"), "{out}");

    let (code, out, _) = check(&["bad/rows.csv"]);
    assert_eq!(code, 1);
    assert!(out.contains("bad/rows.csv:2: province: Kampong Chnnang: \"Kampong Chnnang\" is not a Cambodian province: did you mean Kampong Chhnang (KH-4)?; counted under unknown province [error]\n"), "{out}");
    assert!(out.contains("bad/rows.csv:18: row not counted: it has no date, season, place or team [error]\n"), "{out}");
    assert!(out.contains("bad/rows.csv:1: colour: unknown column, ignored;"), "{out}");
    assert!(out.contains("  22 errors, 10 warnings\n"), "{out}");

    let (code, out, err) = check(&["encodings/latin1.csv"]);
    assert_eq!(code, 2);
    assert!(out.is_empty());
    assert!(err.starts_with("encodings/latin1.csv: the file is not UTF-8 text"), "{err}");
    assert_eq!(check(&["no-such-file.csv"]).0, 2);
    assert_eq!(check(&[]).0, 2);
    assert_eq!(check(&["en.csv", "--bogus", "x"]).0, 2);
}

#[test]
fn json_report_has_the_documented_shape() {
    let (code, out, _) = check(&["bad/rows.csv", "--json"]);
    assert_eq!(code, 1);
    assert_eq!(out.lines().count(), 1, "one object");
    let v: serde_json::Value = serde_json::from_str(&out).expect("JSON");
    let keys: Vec<&str> = v.as_object().unwrap().keys().map(String::as_str).collect();
    let mut sorted = keys.clone();
    sorted.sort_unstable();
    assert_eq!(
        sorted,
        ["accepted", "by_province", "by_season", "by_team", "identified", "problems", "remains", "rows"]
    );
    assert_eq!((v["rows"].as_u64(), v["accepted"].as_u64(), v["remains"].as_u64()), (Some(27), Some(22), Some(24)));
    assert_eq!(v["by_team"]["unknown"], 1, "K99 is a misprint, not a twelfth team");
    assert_eq!(v["problems"][0]["severity"], "warning");
    assert_eq!(v["problems"][0]["column"], "colour");
    let (code, out, _) = check(&["finds.xlsx", "--json", "--sheet", "Tổng hợp"]);
    assert_eq!(code, 0);
    let v: serde_json::Value = serde_json::from_str(&out).expect("JSON");
    assert_eq!(v["by_season"], serde_json::json!({"2023-2024": 27, "2024-2025": 12}));
    assert_eq!(v["by_province"], serde_json::json!({"unknown": 39}));
}

#[test]
fn options_reach_the_reader() {
    let (code, out, _) = check(&["dates.csv", "--json", "--season-start", "7"]);
    assert_eq!(code, 0);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["by_season"]["2025-2026"], 9);
    let dir = std::env::temp_dir().join(format!("repatria-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let kinds = dir.join("kinds.csv");
    std::fs::write(
        &kinds,
        "figure,season,team,remains\n\
         season_total,2013-2014,,590\nseason_total,2014-2015,,701\nseason_total,2015-2016,,784\n\
         season_total,2016-2017,,758\nseason_total,2022-2023,,640\nseason_total,2023-2024,,834\n\
         season_total,2024-2025,,781\nteam_season,2022-2023,K73,122\n",
    )
    .unwrap();
    let (_, out, _) = check(&[kinds.to_str().unwrap(), "--figure", "team_season"]);
    assert!(out.contains("figure team_season: "), "{out}");
    assert!(out.contains("figure season_total: 7 rows, not read (choose it with --figure)"), "{out}");
    let (code, out, _) =
        check(&["semicolon.csv", "--json", "--column", "remains=identified", "--column", "identified=remains"]);
    assert_eq!(code, 0, "{out}");
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["remains"], 14, "identified counts read as remains, empty ones as 1");
}

#[test]
fn pack_writes_what_pages_load_without_reading() {
    let dir = support::scratch_dir("pack");
    let out = dir.join("en.rpk");
    let status = Command::new(env!("CARGO_BIN_EXE_repatria"))
        .args(["pack", "en.csv", "--out"])
        .arg(&out)
        .current_dir(support::repo("tests/data"))
        .output()
        .expect("runs repatria");
    assert!(status.status.success(), "{}", String::from_utf8_lossy(&status.stderr));
    let bytes = std::fs::read(&out).unwrap();
    let (dataset, report) = repatria::pack::unpack(&bytes).expect("a packed dataset");
    let read = repatria::read::read("en.csv", &support::read_bytes("tests/data/en.csv")).unwrap();
    assert_eq!(dataset.len(), 5);
    assert_eq!(dataset.record(4), read.dataset.record(4));
    assert_eq!(report, read.report.to_json());
    let missing = Command::new(env!("CARGO_BIN_EXE_repatria")).args(["pack", "en.csv"]).output().unwrap();
    assert_eq!(missing.status.code(), Some(2), "--out is required");
    std::fs::remove_dir_all(&dir).ok();
}

/// `www/data/sample-finds.rpk` (what the embed demo and the page tests load as packed data) is
/// `repatria pack sample-finds.csv` of the CSV beside it, byte for byte: regenerate it with
/// `cd www/data && repatria pack sample-finds.csv --out sample-finds.rpk` when either changes.
#[test]
fn the_packed_sample_is_the_sample_csv_packed() {
    let csv = support::read_bytes("www/data/sample-finds.csv");
    let read = repatria::read::read("sample-finds.csv", &csv).unwrap();
    let packed = repatria::pack::pack(&read.dataset, &read.report.to_json());
    let committed = support::read_bytes("www/data/sample-finds.rpk");
    assert!(
        packed == committed,
        "www/data/sample-finds.rpk is stale ({} bytes, packing the CSV gives {}): regenerate it",
        committed.len(),
        packed.len()
    );
}

/// `repatria check` reads what `repatria pack` writes: the packed file is checked (checksum,
/// records) and the report stored in it printed, with the same exit status as the file it was
/// packed from; a damaged or older one is refused with exit status 2, saying why.
#[test]
fn check_reads_packed_files() {
    for file in ["en.csv", "bad/rows.csv", "vi.csv", "records.json", "finds.xlsx", "seasons.csv"] {
        let read = repatria::read::read(file, &support::read_bytes(&format!("tests/data/{file}"))).unwrap();
        assert_eq!(repatria::read::Report::from_json(&read.report.to_json()), Ok(read.report), "{file}");
    }
    let dir = support::scratch_dir("check-packed");
    for (source, status) in [("en.csv", 0), ("bad/rows.csv", 1)] {
        let out = dir.join(format!("{}.rpk", source.replace('/', "-")));
        let packed = Command::new(env!("CARGO_BIN_EXE_repatria"))
            .args(["pack", source, "--out"])
            .arg(&out)
            .current_dir(support::repo("tests/data"))
            .output()
            .expect("runs repatria");
        assert!(packed.status.success(), "{}", String::from_utf8_lossy(&packed.stderr));
        let rpk = out.to_str().unwrap();
        let (code, text, err) = check(&[rpk]);
        let (csv_code, csv_text, _) = check(&[source]);
        assert_eq!((code, csv_code), (status, status), "{source}: {text}{err}");
        assert!(text.starts_with(&format!("{rpk}: a packed dataset, checked;")), "{text}");
        assert_eq!(text.lines().skip(1).collect::<Vec<_>>().join("\n").replace(rpk, source), csv_text.trim_end());
        let (code, json, _) = check(&[rpk, "--json"]);
        let (_, csv_json, _) = check(&[source, "--json"]);
        assert_eq!((code, json), (status, csv_json));

        let mut bytes = std::fs::read(&out).unwrap();
        let middle = bytes.len() / 2;
        bytes[middle] ^= 0x10;
        std::fs::write(&out, &bytes).unwrap();
        let (code, text, err) = check(&[rpk]);
        assert_eq!((code, text.as_str()), (2, ""));
        assert!(err.contains(&format!("{rpk}: a packed dataset, but damaged or cut short")), "{err}");
        bytes[3] = b'1';
        std::fs::write(&out, &bytes).unwrap();
        let (code, _, err) = check(&[rpk]);
        assert_eq!(code, 2);
        assert!(err.contains(&format!("{rpk}: a packed dataset of an older or newer format: repack it")), "{err}");
    }
    std::fs::remove_dir_all(&dir).ok();
}

/// `repatria render` draws a packed file as it draws the file it was packed from.
#[test]
fn render_draws_a_packed_file_as_its_source() {
    let dir = support::scratch_dir("render-packed");
    let render = |data: &str, out: &std::path::Path| {
        let done = Command::new(env!("CARGO_BIN_EXE_repatria"))
            .args(["render", "--chart", "provinces", "--lang", "km", "--data", data, "--out"])
            .arg(out)
            .current_dir(support::repo("www/data"))
            .output()
            .expect("runs repatria");
        assert!(done.status.success(), "{data}: {}", String::from_utf8_lossy(&done.stderr));
        std::fs::read_to_string(out).unwrap()
    };
    let (from_csv, from_rpk) = (dir.join("csv.svg"), dir.join("rpk.svg"));
    assert_eq!(render("sample-finds.rpk", &from_rpk), render("sample-finds.csv", &from_csv));
}

/// A 3 GB file (sparse: it takes no disk) is refused from its size, before a byte is read.
#[test]
fn a_file_over_the_size_limit_is_refused_before_it_is_read() {
    let path = std::env::temp_dir().join(format!("repatria-3gb-{}.csv", std::process::id()));
    std::fs::File::create(&path).unwrap().set_len(3_000_000_000).unwrap();
    let file = path.to_str().unwrap();
    let started = std::time::Instant::now();
    let (code, _, err) = check(&[file]);
    println!("refused in {:?}", started.elapsed());
    std::fs::remove_file(&path).unwrap();
    assert_eq!(code, 2, "{err}");
    assert!(err.contains("the file is 3000 MB, more than the 268 MB limit"), "{err}");
}

/// A clerk's sheet, checked: what was not read is said after the summary, in the reader's
/// language — the titles above the table, the total rows (never counted, each with what its
/// rows add up to), the code page and a month-first date order.
#[test]
fn the_summary_says_what_was_not_read_and_how_the_text_was_read() {
    let (code, out, _) = check(&["office/bao_cao_k52_k92.csv"]);
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("office/bao_cao_k52_k92.csv: made-up data: BÁO CÁO KẾT QUẢ"), "the title says sample: {out}");
    assert!(out.contains("8 rows, 5 accepted, 0 rejected; 17 sets of remains"), "{out}");
    assert!(out.contains("\n  the table's header is on line 4; not read above it: line 1 “BÁO CÁO"), "{out}");
    assert!(
        out.contains("\n  3 total rows, never counted: line 10 “Cộng đội K52” 9 (its 3 rows add up to 9);"),
        "{out}"
    );
    assert!(out.contains("line 14 “Tổng cộng” 17 (its 5 rows add up to 17)\n"), "{out}");
    let (_, km, _) = check(&["--lang", "km", "office/bao_cao_k52_k92.csv"]);
    assert!(km.contains("\n  ជួរសរុប 3 មិនដែលរាប់បញ្ចូល៖ ជួរ 10 “Cộng đội K52” 9 (ជួរ 3 បូកបាន 9);"), "{km}");

    let (_, out, _) = check(&["encodings/tcvn3.csv"]);
    assert!(out.contains("\n  read as TCVN3 (ABC)\n"), "{out}");
    assert!(!out.contains("month first"), "{out}");
    let (_, plain, _) = check(&["en.csv"]);
    assert!(!plain.contains("read as") && !plain.contains("header is on line"), "{plain}");
    let (_, us, _) = check(&["--date-order", "month-first", "dates.csv"]);
    assert!(us.contains("\n  dates read month first (11/06/2025 is 6 November 2025)\n"), "{us}");
}

/// The header row and the date order a clerk picks on the page can be given to `check`.
#[test]
fn the_header_line_and_the_date_order_are_options() {
    // Line 5 is the second header row ("Tổng", "Có tên"): taken as the header, as asked.
    let (code, _, err) = check(&["--header-line", "5", "office/bao_cao_k52_k92.csv"]);
    assert_eq!(code, 2);
    assert!(err.starts_with("office/bao_cao_k52_k92.csv:5: the header has no date, season, team, province"), "{err}");
    let (code, _, err) = check(&["--date-order", "sideways", "dates.csv"]);
    assert_eq!(code, 2);
    assert!(err.contains("bad --date-order \"sideways\": expected day-first or month-first"), "{err}");
}
