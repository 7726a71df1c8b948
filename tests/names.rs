//! Names as committee clerks write them: Vietnamese spellings of Khmer province names read by
//! their sound (with a warning, unless the gazetteer lists them), parts of names answered with
//! every province they may mean, misprinted team numbers with the team they may mean, and a
//! team recorded outside its area warned about but counted. Every suggestion is given in the
//! problem's `suggestion` or `candidates`, and accepting it as a correction reads the rows.

use repatria::province::{AliasStatus, Province};
use repatria::read::{self, Correction, Loaded, Problem, ReadOptions, Severity};

fn read(text: &str) -> Loaded {
    read::read("clerk.csv", text.as_bytes()).expect("reads")
}

fn count(entries: &[(String, u64)], key: &str) -> u64 {
    entries.iter().find(|(k, _)| k == key).map_or(0, |e| e.1)
}

fn problems_of<'a>(l: &'a Loaded, value: &str) -> Vec<&'a Problem> {
    l.report.problems.iter().filter(|p| p.value == value).collect()
}

/// Vietnamese spellings from clerks' files and the press, with the province each names.
const SPELLINGS: &[(&str, Province)] = &[
    ("Kông Pông Chàm", Province::KAMPONG_CHAM),
    ("Kông Pông Chhnăng", Province::KAMPONG_CHHNANG),
    ("Kông Pông Thom", Province::KAMPONG_THOM),
    ("Công-pông Chàm", Province::KAMPONG_CHAM),
    ("Công Pông Thom", Province::KAMPONG_THOM),
    ("Kom-pông Chhnăng", Province::KAMPONG_CHHNANG),
    ("Công Pông Xpư", Province::KAMPONG_SPEU),
    ("Kôngpôngchàm", Province::KAMPONG_CHAM),
    ("Kong Pong Cham", Province::KAMPONG_CHAM),
    ("Xiêm Riệp", Province::SIEM_REAP),
    ("Xiem Riep", Province::SIEM_REAP),
    ("Bát-tam-boong", Province::BATTAMBANG),
    ("Bat tam boong", Province::BATTAMBANG),
    ("Pò Xát", Province::PURSAT),
    ("Ta Keo", Province::TAKEO),
    ("Xvây Riêng", Province::SVAY_RIENG),
    ("Xvay-rieng", Province::SVAY_RIENG),
    ("Prây Veng", Province::PREY_VENG),
    ("Cra-chê", Province::KRATIE),
    ("Mông-đun-ki-ri", Province::MONDULKIRI),
    ("Mongdunkiri", Province::MONDULKIRI),
    ("Rát-ta-na-ki-ri", Province::RATANAKIRI),
    ("Công Pốt", Province::KAMPOT),
    ("Cam Pốt", Province::KAMPOT),
    ("Kô Kông", Province::KOH_KONG),
    ("Pai Lin", Province::PAILIN),
    ("Kan-đan", Province::KANDAL),
    ("Prek Vihear", Province::PREAH_VIHEAR),
    ("Công-pông Xom", Province::PREAH_SIHANOUK),
];

#[test]
fn vietnamese_spellings_resolve_to_their_province() {
    for &(text, p) in SPELLINGS {
        let found = Province::lookup_detailed(text).map_err(|e| e.to_string());
        assert_eq!(found.map(|(q, _)| q), Ok(p), "{text}");
        assert_eq!(Province::lookup(&format!("Tỉnh {text}")), Ok(p), "Tỉnh {text}");
    }
    // The gazetteer's spellings keep their status; the rest are read by their sound.
    let status = |t: &str| Province::lookup_detailed(t).map(|(_, s)| s);
    assert_eq!(status("Xiêm Riệp"), Ok(AliasStatus::Attested));
    assert_eq!(status("Prek Vihear"), Ok(AliasStatus::Attested));
    assert_eq!(status("Rát-ta-na-ki-ri"), Ok(AliasStatus::Attested));
    assert_eq!(status("Pai Lin"), Ok(AliasStatus::Attested));
    assert_eq!(status("Ta Keo"), Ok(AliasStatus::Attested), "folds to Takeo");
    assert_eq!(status("Cam Pốt"), Ok(AliasStatus::Unverified));
    for text in ["Kông Pông Chàm", "Kông Pông Thom", "Xvây Riêng", "Mông-đun-ki-ri", "Công Pốt", "Bát-tam-boong"]
    {
        assert_eq!(status(text), Ok(AliasStatus::Rule), "{text}");
    }
}

#[test]
fn a_clerks_file_of_vietnamese_spellings_counts_every_set_in_its_province() {
    let mut text = String::from("Tỉnh,Đội,Mùa khô,Số hài cốt\n");
    for (i, &(name, p)) in SPELLINGS.iter().enumerate() {
        let team = repatria::team::Team::searching(p).next().expect("a team");
        text.push_str(&format!("{name},{team},2024-2025,{}\n", i + 1));
    }
    let l = read(&text);
    let r = &l.report;
    assert_eq!(count(&r.by_province, "unknown"), 0, "{:?}", r.problems);
    assert_eq!(r.errors, 0, "{:?}", r.problems);
    for (i, &(name, p)) in SPELLINGS.iter().enumerate() {
        let line = i as u32 + 2;
        let rec = l.dataset.records().find(|rec| rec.line == line).expect("a record");
        assert_eq!(rec.province, Some(p), "{name}");
        let warned = problems_of(&l, name);
        match Province::lookup_detailed(name).map(|(_, s)| s) {
            Ok(AliasStatus::Attested) => assert!(warned.is_empty(), "{name}: {warned:?}"),
            Ok(AliasStatus::Rule) => {
                let w = warned.first().unwrap_or_else(|| panic!("{name} is not warned about"));
                assert_eq!(w.severity, Severity::Warning);
                assert!(w.message.contains("by its sound") && w.message.contains(p.code()), "{}", w.message);
                assert_eq!(w.suggestion.as_deref(), Some(p.to_string().as_str()));
            }
            _ => assert_eq!(warned.len(), 1, "{name}: {warned:?}"),
        }
    }
    // No team is out of its area here, so no other warning.
    assert!(!r.problems.iter().any(|p| p.message.contains("outside its area")), "{:?}", r.problems);
}

#[test]
fn a_part_of_several_names_lists_them_all() {
    let l = read("Tỉnh,Mùa khô,Số hài cốt\nKampong,2024-2025,2\nPreah,2024-2025,1\nKông Pông,2024-2025,3\nMeanchey,2024-2025,1\n");
    let kampongs = ["Kampong Cham", "Kampong Chhnang", "Kampong Speu", "Kampong Thom"];
    for (value, want) in [
        ("Kampong", &kampongs[..]),
        ("Kông Pông", &kampongs[..]),
        ("Preah", &["Preah Vihear", "Preah Sihanouk"][..]),
        ("Meanchey", &["Banteay Meanchey", "Oddar Meanchey"][..]),
    ] {
        let p = problems_of(&l, value);
        assert_eq!(p.len(), 1, "{value}: {p:?}");
        assert_eq!(p[0].severity, Severity::Error);
        assert_eq!(p[0].candidates, want, "{value}");
        assert_eq!(p[0].suggestion, None);
        assert!(!p[0].message.contains("Kampot"), "{}", p[0].message);
    }
    assert_eq!(
        problems_of(&l, "Kampong")[0].message,
        "\"Kampong\" is not a Cambodian province: did you mean Kampong Cham (KH-3), Kampong Chhnang \
         (KH-4), Kampong Speu (KH-5) or Kampong Thom (KH-6)?; counted under unknown province"
    );
    // Still counted, under unknown province.
    assert_eq!(count(&l.report.by_province, "unknown"), 7);
}

#[test]
fn sihanouk_means_preah_sihanouk() {
    for text in ["Sihanoukville", "Kampong Som", "Kompong Som", "Preah Sihanouk", "Công-pông Xom"] {
        assert_eq!(Province::lookup(text), Ok(Province::PREAH_SIHANOUK), "{text}");
    }
    let l = read("Tỉnh,Số hài cốt\nSihanouk,2\nXi-ha-núc,1\nBanteay,1\n");
    for (value, want) in
        [("Sihanouk", "Preah Sihanouk"), ("Xi-ha-núc", "Preah Sihanouk"), ("Banteay", "Banteay Meanchey")]
    {
        let p = problems_of(&l, value);
        assert_eq!(p.len(), 1, "{value}: {p:?}");
        assert_eq!(p[0].suggestion.as_deref(), Some(want), "{value}");
        assert!(p[0].candidates.is_empty());
        assert!(p[0].message.contains(&format!("did you mean {want}")), "{}", p[0].message);
    }
}

#[test]
fn a_misprinted_team_number_suggests_the_real_team() {
    let l = read("Tỉnh,Đội,Số hài cốt\nSvay Rieng,K37,4\nKampot,K94,1\nTakeo,Đội Biên phòng,1\n");
    let r = &l.report;
    let k37 = problems_of(&l, "K37");
    assert_eq!(k37.len(), 1, "{k37:?}");
    assert_eq!(k37[0].severity, Severity::Error);
    assert_eq!(k37[0].suggestion.as_deref(), Some("K73"));
    assert_eq!(k37[0].message, "\"K37\" is not one of the 11 teams: did you mean K73?; counted under unknown team");
    let k94 = problems_of(&l, "K94");
    assert_eq!(k94[0].candidates, ["K90", "K91", "K92", "K93"]);
    // Not a twelfth team: counted under unknown; a name that is no number is kept as written.
    assert!(!r.by_team.iter().any(|(t, _)| t == "K37" || t == "K94"), "{:?}", r.by_team);
    assert_eq!(count(&r.by_team, "unknown"), 5);
    assert_eq!(count(&r.by_team, "Đội Biên phòng"), 1);
    assert_eq!(problems_of(&l, "Đội Biên phòng")[0].severity, Severity::Warning);
    assert_eq!((r.accepted, r.remains), (3, 6));
}

#[test]
fn a_team_outside_its_area_is_warned_about_and_counted() {
    let l = read("Tỉnh,Đội,Mùa khô,Số hài cốt\nTakeo,K51,2024-2025,3\nMondulkiri,K51,2024-2025,2\n");
    let r = &l.report;
    assert_eq!(r.problems.len(), 1, "{:?}", r.problems);
    let p = &r.problems[0];
    assert_eq!((p.line, p.column.as_str(), p.value.as_str(), p.severity), (2, "Tỉnh", "Takeo", Severity::Warning));
    assert_eq!(
        p.message,
        "K51 works in Mondulkiri (as reported 2022–2025); Takeo (KH-21) is outside its area: check the \
         team and the province (the record counts as written)"
    );
    assert_eq!(p.suggestion, None);
    assert_eq!((r.accepted, r.remains, r.errors), (2, 5, 0));
    assert_eq!(count(&r.by_province, "KH-21"), 3);
    assert_eq!(count(&r.by_team, "K51"), 5);
    // A team of several provinces is named with them all; Ratanakiri is K52's and K53's.
    let l = read("province,team,remains\nTakeo,K52,1\nRatanakiri,K53,1\nRatanakiri,K52,1\n");
    assert_eq!(l.report.problems.len(), 1, "{:?}", l.report.problems);
    assert!(l.report.problems[0].message.starts_with("K52 works in Ratanakiri, Stung Treng, Preah Vihear"));
}

#[test]
fn an_attested_alias_is_read_without_a_word() {
    let l = read("Tỉnh,Đội,Số hài cốt\nXiêm Riệp,K71,2\nPrek Vihear,K52,1\nSihanoukville,K92,1\nPhnôm Pênh,K90,1\n");
    assert!(l.report.problems.is_empty(), "{:?}", l.report.problems);
    assert_eq!(count(&l.report.by_province, "KH-17"), 2);
    assert_eq!(count(&l.report.by_province, "KH-13"), 1);
}

#[test]
fn accepting_the_suggestions_reads_the_rows() {
    let text = "Tỉnh,Đội,Số hài cốt\n\
        Kông Pông Chàmm,K70,5\n\
        Sihanouk,K92,2\n\
        Kông Pông Chàmm,K70,4\n\
        Svay Rieng,K37,1\n\
        Kampong,K72,3\n\
        Xvây Riêng,K73,2\n";
    let before = read(text);
    assert_eq!(count(&before.report.by_province, "unknown"), 14);
    // What a page offers: each problem's suggestion, or (here) the first of its candidates.
    let mut corrections: Vec<Correction> = Vec::new();
    for p in &before.report.problems {
        let Some(to) = p.suggestion.clone().or_else(|| p.candidates.first().cloned()) else { continue };
        if !corrections.iter().any(|c| c.column == p.column && c.from == p.value) {
            corrections.push(Correction { column: p.column.clone(), from: p.value.clone(), to });
        }
    }
    let pairs: Vec<(&str, &str)> = corrections.iter().map(|c| (c.from.as_str(), c.to.as_str())).collect();
    assert_eq!(
        pairs,
        [
            ("Kông Pông Chàmm", "Kampong Cham"),
            ("Sihanouk", "Preah Sihanouk"),
            ("K37", "K73"),
            ("Kampong", "Kampong Cham"),
            ("Xvây Riêng", "Svay Rieng")
        ]
    );
    let opts = ReadOptions { corrections, ..ReadOptions::default() };
    let after = read::read_with("clerk.csv", text.as_bytes(), &opts).expect("reads");
    let r = &after.report;
    assert_eq!(count(&r.by_province, "unknown"), 0, "{:?}", r.problems);
    assert_eq!(count(&r.by_province, "KH-3"), 12);
    assert_eq!(count(&r.by_province, "KH-18"), 2);
    assert_eq!(count(&r.by_team, "K73"), 3);
    assert_eq!(count(&r.by_team, "unknown"), 0);
    // Left: only that K72 was not reported in Kampong Cham (the candidate taken was the first).
    let left: Vec<&str> = r.problems.iter().map(|p| p.message.as_str()).collect();
    assert_eq!(left.len(), 1, "{left:?}");
    assert!(left[0].starts_with("K72 works in Kratie, Kampong Thom"), "{left:?}");
    assert_eq!(r.corrections.iter().map(|c| c.rows).collect::<Vec<_>>(), [2, 1, 1, 1, 1]);
    assert_eq!((r.accepted, r.remains), (before.report.accepted, before.report.remains));
}

#[test]
fn problems_without_suggestions_are_written_as_before() {
    let l = read("province,remains\nAtlantis,1\nKampong,1\n");
    let json = l.report.to_json();
    let atlantis = &l.report.problems[0];
    assert_eq!((atlantis.suggestion.as_ref(), atlantis.candidates.len()), (None, 0));
    let one = serde_json::to_string(atlantis).unwrap();
    assert!(!one.contains("suggestion") && !one.contains("candidates"), "{one}");
    assert!(json.contains("\"candidates\":[\"Kampong Cham\",\"Kampong Chhnang\",\"Kampong Speu\",\"Kampong Thom\"]"));
    // And read back the same.
    assert_eq!(read::Report::from_json(&json), Ok(l.report.clone()));
}

#[test]
fn a_large_file_read_in_parts_reads_spellings_the_same() {
    // 2.6 MB: read on every core natively, in parts joined after (see `read::reading_threads`).
    let make = |name: &str| {
        let mut text = String::from("province,team,season,remains\n");
        for i in 0..90_000 {
            let province = if i % 3 == 0 { name } else { "Kampot" };
            text.push_str(&format!("{province},K70,2023-2024,1\n"));
        }
        text
    };
    let by_sound = read(&make("Kông Pông Chàm"));
    let by_name = read(&make("Kampong Cham"));
    assert_eq!(by_sound.report.by_province, by_name.report.by_province);
    assert_eq!(count(&by_sound.report.by_province, "KH-3"), 30_000);
    // One warning for each row read by sound, and for each Kampot row (outside K70's area).
    assert_eq!((by_sound.report.warnings, by_name.report.warnings), (90_000, 60_000));
    let first = &by_sound.report.problems[0];
    assert!(first.message.contains("by its sound") && first.line == 2, "{first:?}");
    assert_eq!(by_sound.report.errors, 0);
}
