//! Tables of published figures: `data/published_figures.csv`, the real published figures the
//! project ships (its notice in `data/NOTICE.md`), read as figures and facts, each row
//! accounted for; the same table with Vietnamese headers, in another column order.

use repatria::figure::Measure;
use repatria::read::figures::{self, FigureTable};

fn published() -> FigureTable {
    let bytes = std::fs::read(concat!(env!("CARGO_MANIFEST_DIR"), "/data/published_figures.csv")).unwrap();
    assert!(figures::is_figure_table(&bytes));
    figures::read_figures("published_figures.csv", &bytes).expect("reads")
}

/// `(kind, figures, facts)` of each figure kind in the file, in file order.
fn by_kind(t: &FigureTable) -> Vec<(String, usize, usize)> {
    let mut out: Vec<(String, usize, usize)> = Vec::new();
    let mut add = |kind: &str, fig: usize, fact: usize| match out.iter_mut().find(|(k, _, _)| k == kind) {
        Some(e) => {
            e.1 += fig;
            e.2 += fact;
        }
        None => out.push((kind.to_owned(), fig, fact)),
    };
    let mut rows: Vec<(usize, &str, bool)> = t.figures.iter().map(|f| (f.line, f.kind.as_str(), true)).collect();
    rows.extend(t.facts.iter().map(|f| (f.line, f.kind.as_str(), false)));
    rows.sort();
    for (_, kind, figure) in rows {
        add(kind, usize::from(figure), usize::from(!figure));
    }
    out
}

#[test]
fn every_published_row_is_a_figure_or_a_fact() {
    let t = published();
    assert!(t.reported.is_empty(), "{:?}", t.reported);
    assert_eq!((t.rows, t.figures.len(), t.facts.len()), (110, 97, 13));
    let kinds = by_kind(&t);
    let k = |kind: &str| kinds.iter().find(|(k, _, _)| k == kind).map(|(_, a, b)| (*a, *b)).unwrap();
    assert_eq!(k("season_total"), (7, 0));
    assert_eq!(k("province_total"), (7, 0));
    assert_eq!(k("cumulative"), (14, 0));
    assert_eq!(k("team_total"), (62, 0));
    assert_eq!(k("other"), (7, 13));
    let identified: Vec<u32> = t.figures.iter().filter(|f| f.measure == Measure::Identified).map(|f| f.value).collect();
    assert_eq!(identified, [15, 1]);
}

#[test]
fn the_origin_reports_figures_are_read_at_their_own_level() {
    use repatria::figure::period::{month, Shape};
    use repatria::figure::Confidence;
    use repatria::province::Province;
    use repatria::team::Team;
    let t = published();
    let find = |value: u32| t.figures.iter().find(|f| f.value == value).unwrap_or_else(|| panic!("{value}"));
    // Kampong Chhnang: 368 sets over 2002–2023, one province, team K90.
    let kc = find(368);
    assert_eq!(kc.kind, "province_total");
    assert_eq!(kc.place.provinces.iter().collect::<Vec<_>>(), [Province::lookup("Kampong Chhnang").unwrap()]);
    assert_eq!((kc.period.from, kc.period.to), (month(2002, 9), month(2023, 8)));
    assert_eq!(kc.who.teams.single(), Some(Team::K90));
    assert!(kc.source.url.starts_with("http"), "{}", kc.source.url);
    // K73: 2,933 over 2001–2025, in its three provinces.
    let k73 = find(2933);
    assert_eq!(k73.who.teams.single(), Some(Team::K73));
    assert!(matches!(k73.period.shape, Shape::Seasons { .. }));
    assert_eq!(k73.place.provinces.iter().count(), 3);
    // 20,852 by May 2024, all teams, all of Cambodia: counted up to its publication.
    let all = find(20852);
    assert!(all.who.all && all.place.all);
    assert!(all.period.to <= month(2024, 8) && all.period.from <= month(2001, 12));
    assert!(!all.caveats.left_out_of_sums());
    // 2015–2016: the body's 784, the headline's 748 noted: disputed.
    let disputed = find(784);
    assert!(disputed.caveats.disputed);
    assert_eq!(disputed.period.season().map(|s| s.first_year()), Some(2015));
    // K92 2021–2022 "202": confidence low, left out of sums.
    let k92 = t.figures.iter().find(|f| f.value == 202 && f.who.teams.single() == Some(Team::K92)).unwrap();
    assert_eq!(k92.caveats.confidence, Confidence::Low);
    assert!(k92.caveats.left_out_of_sums());
    // Figures that include finds inside Vietnam: MR9 2016–17 168, K93 2022–23 70, K93 2021–22 41,
    // K91 2024–25 43.
    for (value, season) in [(168, 2016), (70, 2022), (41, 2021), (43, 2024)] {
        let f = t
            .figures
            .iter()
            .find(|f| f.value == value && f.period.season().map(|s| s.first_year()) == Some(season))
            .unwrap_or_else(|| panic!("{value} in {season}"));
        assert!(f.caveats.outside_cambodia, "{value} in {season}: {}", f.place.text);
        assert!(f.caveats.left_out_of_sums());
    }
    // A season still running when published is partial: K52's 11 sets of 2025–2026, to 27 Jan.
    assert!(t.figures.iter().any(|f| f.value == 11 && f.caveats.partial && f.who.teams.single() == Some(Team::K52)));
    // Facts: 11 teams in the 2025–2026 season; graves planned; DNA samples.
    let fact = |unit: &str| t.facts.iter().find(|f| f.unit.starts_with(unit)).unwrap_or_else(|| panic!("{unit}"));
    assert_eq!(fact("teams deployed").value, "11");
    assert_eq!(fact("graves planned").value, "825");
    assert_eq!(fact("% of remains").value, "6-7");
}

/// The same table as a clerk might keep it: Vietnamese headers, columns in another order, a
/// title above the header, a blank line: the same figures and facts.
#[test]
fn vietnamese_headers_in_another_order_read_the_same() {
    let text = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/data/published_figures.csv")).unwrap();
    let mut rdr = csv::ReaderBuilder::new().has_headers(true).from_reader(text.as_bytes());
    let order = [5usize, 1, 3, 2, 4, 0, 6, 12, 11, 10, 9, 8, 7];
    let vi = [
        "Loại số liệu",
        "Thời kỳ",
        "Tỉnh",
        "Đội",
        "Quân khu",
        "Số lượng",
        "Đơn vị",
        "Tiêu đề",
        "Đường dẫn",
        "Ngày",
        "Trích dẫn",
        "Độ tin cậy",
        "Ghi chú",
    ];
    let mut w = csv::Writer::from_writer(Vec::new());
    w.write_record(["Bảng số liệu đã công bố", "", "", "", "", "", "", "", "", "", "", "", ""]).unwrap();
    w.write_record(order.iter().map(|&i| vi[i])).unwrap();
    for r in rdr.records() {
        let r = r.unwrap();
        w.write_record(order.iter().map(|&i| r.get(i).unwrap_or(""))).unwrap();
    }
    let bytes = w.into_inner().unwrap();
    let t = figures::read_figures("so-lieu.csv", &bytes).expect("reads");
    let original = published();
    assert_eq!((t.rows, t.figures.len(), t.facts.len(), t.reported.len()), (110, 97, 13, 0));
    for (a, b) in t.figures.iter().zip(&original.figures) {
        assert_eq!(
            (a.value, &a.period, &a.place, &a.who, a.caveats),
            (b.value, &b.period, &b.place, &b.who, b.caveats)
        );
        assert_eq!(a.line, b.line + 1, "one more line: the title row");
    }
}

/// Rows that are neither a figure nor a fact are reported with their line, column and why;
/// rows = figures + facts + reported.
#[test]
fn unreadable_rows_are_reported_with_line_and_column() {
    let csv = "\
period,cambodian_province,team,value,unit,source_title,confidence
2024-2025,all,all Vietnamese teams,781,sets,VNA,high
2024-2025,Kampong Chnnang,K90,12,sets,VNA,high
sometime,all,all Vietnamese teams,5,sets,VNA,high
2024-2025,all,K94,5,sets,VNA,high
2024-2025,all,all Vietnamese teams,many,sets,VNA,high
2024-2025,all,all Vietnamese teams,7,sets,VNA,sure

2025-2026,all,all Vietnamese teams,11,teams deployed,VNA,high
";
    let t = figures::read_figures("bad.csv", csv.as_bytes()).expect("reads");
    assert_eq!((t.rows, t.figures.len(), t.facts.len(), t.reported.len()), (7, 1, 1, 5));
    let got: Vec<(u32, &str)> = t.reported.iter().map(|p| (p.line, p.column.as_str())).collect();
    assert_eq!(got, [(3, "province"), (4, "period"), (5, "team"), (6, "value"), (7, "confidence")]);
    assert!(t.reported[0].message.contains("Kampong Chhnang"), "{}", t.reported[0].message);
    assert!(t.reported[3].message.contains("\"many\" is not a whole number"), "{}", t.reported[3].message);
}

#[test]
#[ignore]
fn dump() {
    let t = published();
    for f in &t.figures {
        println!(
            "{} {} {:?} {} | {} | {} | {} | partial {} outside {} disputed {} approx {} conf {:?}",
            f.line,
            f.kind,
            f.measure,
            f.value,
            f.period.text,
            f.place.text,
            f.who.text,
            f.caveats.partial,
            f.caveats.outside_cambodia,
            f.caveats.disputed,
            f.caveats.approximate,
            f.caveats.confidence
        );
    }
    for f in &t.facts {
        println!("FACT {} {} {} {} | {}", f.line, f.kind, f.value, f.unit, f.period);
    }
}

#[test]
#[ignore]
fn dump_views() {
    use repatria::published::{self, Record};
    let t = published();
    let r = Record { figures: &t.figures, facts: &t.facts };
    for s in published::seasons(&r, Measure::Found, false) {
        println!(
            "SEASON {} total {:?} parts {:?} left {:?} rem {:?} others {:?}",
            s.season,
            s.total.map(|f| (f.line, f.value)),
            s.parts.kept.iter().map(|f| (f.line, f.who.text.as_str(), f.value)).collect::<Vec<_>>(),
            s.parts.left_out.iter().map(|(f, w)| (f.line, *w)).collect::<Vec<_>>(),
            s.remainder(),
            s.others.iter().map(|f| f.line).collect::<Vec<_>>()
        );
    }
    for tr in published::teams(&r, Measure::Found, false) {
        println!(
            "TEAM {:?} longest {:?} seasons {:?}",
            tr.teams.iter().map(|t| t.code()).collect::<Vec<_>>(),
            tr.longest.map(|f| (f.line, f.value, f.period.text.as_str())),
            tr.seasons.iter().map(|f| (f.period.text.as_str(), f.value)).collect::<Vec<_>>()
        );
    }
    for p in published::places(&r, Measure::Found) {
        println!("PLACE {} {} {} {}", p.figure.line, p.figure.place.text, p.figure.value, p.figure.period.text);
    }
    for p in published::running(&r, Measure::Found, false) {
        println!("RUN {} {} {}", p.to / 12, p.figure.value, p.figure.period.text);
    }
}

/// The analyst page's copy (`www/data/`) is the project's file, and the reader of finds refuses
/// a table of figures, saying what it is, rather than reading some of its rows as finds.
#[test]
fn the_pages_copy_is_the_file_and_the_finds_reader_refuses_it() {
    let root = env!("CARGO_MANIFEST_DIR");
    let ours = std::fs::read(format!("{root}/data/published_figures.csv")).unwrap();
    assert_eq!(
        std::fs::read(format!("{root}/www/data/published_figures.csv")).unwrap(),
        ours,
        "copy data/published_figures.csv to www/data/"
    );
    let e = repatria::read::read("published_figures.csv", &ours).unwrap_err();
    assert!(
        e.message.starts_with("a table of published figures (value, period, unit, source), not of finds"),
        "{}",
        e.message
    );
    // A finds file with a value and a period but nothing else of a figure's is read as finds.
    assert!(!figures::is_figure_table(b"period,province,value\n2024-2025,Kandal,3\n"));
}
