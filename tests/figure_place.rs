//! Where and whose a published figure is: [`Place::parse`] and [`Who::parse`] on every row of
//! `data/published_figures.csv` and on each shape the file uses, their labels in three
//! languages, and when two places or two sets of teams may share a find.

use repatria::figure::place::Provinces;
use repatria::figure::who::Teams;
use repatria::figure::{Place, Who};
use repatria::lang::Lang;
use repatria::province::Province as P;
use repatria::team::{MilitaryRegion, Team};

/// (line, cambodian_province, team, military_region) of every row of the published figures.
fn rows() -> Vec<(u64, String, String, String)> {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/data/published_figures.csv");
    let mut reader = csv::Reader::from_path(path).expect("published_figures.csv");
    let headers = reader.headers().unwrap().clone();
    let col = |name: &str| headers.iter().position(|h| h == name).expect(name);
    let (place, team, region) = (col("cambodian_province"), col("team"), col("military_region"));
    reader
        .records()
        .map(|r| {
            let r = r.unwrap();
            let line = r.position().map_or(0, |p| p.line());
            (line, r[place].to_owned(), r[team].to_owned(), r[region].to_owned())
        })
        .collect()
}

fn set(provinces: &[P]) -> Provinces {
    provinces.iter().fold(Provinces::NONE, |s, &p| s.union(Provinces::of(p)))
}

fn teams(teams: &[Team]) -> Teams {
    teams.iter().fold(Teams::NONE, |s, &t| s.union(Teams::of(t)))
}

fn area(teams: &[Team]) -> Provinces {
    teams.iter().flat_map(|t| t.provinces()).fold(Provinces::NONE, |s, &p| s.union(Provinces::of(p)))
}

fn place(text: &str) -> Place {
    Place::parse(text).unwrap_or_else(|e| panic!("{text}: {e}"))
}

fn who(teams: &str, region: &str) -> Who {
    Who::parse(teams, region).unwrap_or_else(|e| panic!("{teams} / {region}: {e}"))
}

#[test]
fn every_row_is_read() {
    let rows = rows();
    assert_eq!(rows.len(), 110);
    for (line, place, team, region) in &rows {
        let p = Place::parse(place).unwrap_or_else(|e| panic!("line {line}: place {place:?}: {e}"));
        assert_eq!(p.text, *place);
        assert!(!p.provinces.is_empty() || p.outside_cambodia, "line {line}: {place:?}");
        let w = Who::parse(team, region).unwrap_or_else(|e| panic!("line {line}: team {team:?} / {region:?}: {e}"));
        assert!(!w.teams.is_empty(), "line {line}: {team:?}");
        // A named team is read from the team column, whatever the region column says; where the
        // file names one team, its region is the column's.
        if let Some(t) = w.teams.single() {
            assert_eq!(MilitaryRegion::parse(region), Some(t.military_region()), "line {line}");
        }
    }
}

/// A place's fields: (provinces, named, all, stated, others, outside Cambodia).
type PlaceFields = (Provinces, Provinces, bool, bool, bool, bool);

fn fields(p: &Place) -> PlaceFields {
    (p.provinces, p.named, p.all, p.stated, p.others, p.outside_cambodia)
}

#[test]
fn places_of_every_shape() {
    let all = Provinces::ALL;
    let none = Provinces::NONE;
    let cases: Vec<(&str, PlaceFields)> = vec![
        ("all", (all, all, true, true, false, false)),
        ("all (capital + provinces)", (all, all, true, true, false, false)),
        ("all (scope ambiguous)", (all, all, true, true, false, false)),
        ("Cambodia", (all, all, true, true, false, false)),
        ("toàn quốc", (all, all, true, true, false, false)),
        ("Campuchia", (all, all, true, true, false, false)),
        ("cả nước", (all, all, true, true, false, false)),
        ("កម្ពុជា", (all, all, true, true, false, false)),
        ("ទូទាំងប្រទេស", (all, all, true, true, false, false)),
        ("", (all, none, false, false, false, false)),
        ("not stated", (all, none, false, false, false, false)),
        (
            "not stated (2024-26 assignment: Siem Reap, Banteay Meanchey, Oddar Meanchey)",
            (all, none, false, false, false, false),
        ),
        ("Kandal", (set(&[P::KANDAL]), set(&[P::KANDAL]), false, true, false, false)),
        ("Tỉnh Kandal", (set(&[P::KANDAL]), set(&[P::KANDAL]), false, true, false, false)),
        (
            "Kandal, Kampong Chhnang",
            (set(&[P::KANDAL, P::KAMPONG_CHHNANG]), set(&[P::KANDAL, P::KAMPONG_CHHNANG]), false, true, false, false),
        ),
        ("Svay Rieng, Battambang, Pailin", (area(&[Team::K73]), area(&[Team::K73]), false, true, false, false)),
        (
            "Pailin and Svay Rieng",
            (set(&[P::PAILIN, P::SVAY_RIENG]), set(&[P::PAILIN, P::SVAY_RIENG]), false, true, false, false),
        ),
        (
            "Pailin và Svay Rieng",
            (set(&[P::PAILIN, P::SVAY_RIENG]), set(&[P::PAILIN, P::SVAY_RIENG]), false, true, false, false),
        ),
        (
            "Takeo; Kampot / Kep",
            (set(&[P::TAKEO, P::KAMPOT, P::KEP]), set(&[P::TAKEO, P::KAMPOT, P::KEP]), false, true, false, false),
        ),
        ("Kandal (Khsach Kandal, Lvea Em)", (set(&[P::KANDAL]), set(&[P::KANDAL]), false, true, false, false)),
        (
            "Kratie (42), Kampong Thom (5), Tboung Khmum (3)",
            (
                set(&[P::KRATIE, P::KAMPONG_THOM, P::TBONG_KHMUM]),
                set(&[P::KRATIE, P::KAMPONG_THOM, P::TBONG_KHMUM]),
                false,
                true,
                false,
                false,
            ),
        ),
        (
            "Prey Veng (or Svay Rieng), Battambang, Pailin",
            (
                set(&[P::PREY_VENG, P::SVAY_RIENG, P::BATTAMBANG, P::PAILIN]),
                set(&[P::PREY_VENG, P::SVAY_RIENG, P::BATTAMBANG, P::PAILIN]),
                false,
                true,
                false,
                false,
            ),
        ),
        ("Ratanakiri (+ Laos)", (set(&[P::RATANAKIRI]), set(&[P::RATANAKIRI]), false, true, false, true)),
        ("Takeo, Kampong Speu + An Giang", (area(&[Team::K93]), area(&[Team::K93]), false, true, false, true)),
        (
            "Takeo, Kampong Speu + Tri Tôn, Tịnh Biên",
            (area(&[Team::K93]), area(&[Team::K93]), false, true, false, true),
        ),
        (
            "Kratie, Kampong Thom, Tboung Khmum + domestic",
            (
                set(&[P::KRATIE, P::KAMPONG_THOM, P::TBONG_KHMUM]),
                set(&[P::KRATIE, P::KAMPONG_THOM, P::TBONG_KHMUM]),
                false,
                true,
                false,
                true,
            ),
        ),
        (
            "Kampong Chhnang, Kandal, Kampong Speu (+others)",
            (all, set(&[P::KAMPONG_CHHNANG, P::KANDAL, P::KAMPONG_SPEU]), false, true, true, false),
        ),
        ("MR7 area", (area(MilitaryRegion::R7.teams()), area(MilitaryRegion::R7.teams()), false, true, false, false)),
        (
            "5 Cambodian provinces (MR7 area)",
            (area(MilitaryRegion::R7.teams()), area(MilitaryRegion::R7.teams()), false, true, false, false),
        ),
        (
            "Cambodia (K90 & K93 areas) + An Giang",
            (area(&[Team::K90, Team::K93]), area(&[Team::K90, Team::K93]), false, true, false, true),
        ),
        ("Vietnam (domestic cemeteries)", (none, none, false, true, false, true)),
        ("Vietnam", (none, none, false, true, false, true)),
    ];
    for (text, expected) in cases {
        assert_eq!(fields(&place(text)), expected, "{text}");
    }
    assert_eq!(place("MR7 area").region, Some(MilitaryRegion::R7));
    assert_eq!(place("Kandal").region, None);
}

#[test]
fn unknown_places_are_errors_naming_the_name() {
    let err = Place::parse("Kandal, Kampong Chnnang").unwrap_err();
    assert_eq!(err, "\"Kampong Chnnang\" is not a Cambodian province: did you mean Kampong Chhnang (KH-4)?");
    let err = Place::parse("Paris").unwrap_err();
    assert!(err.starts_with("\"Paris\" is not a Cambodian province"), "{err}");
    let err = Place::parse("Kandal (+ Atlantis)").unwrap_err();
    assert!(err.starts_with("\"Atlantis\" is not a Cambodian province"), "{err}");
    let err = Place::parse("MR8 area").unwrap_err();
    assert!(err.starts_with("\"MR8 area\" is not a Cambodian province"), "{err}");
    assert!(Place::parse("(42)").is_err());
    // Deeply nested notes are an error, not a stack overflow.
    let nested = format!("Kandal{}", "(+ Kep".repeat(10_000));
    assert!(Place::parse(&nested).unwrap_err().contains("too many nested parentheses"));
    assert_eq!(place("Kandal (+ Kep (or Kampot))").provinces, set(&[P::KANDAL, P::KEP, P::KAMPOT]));
}

/// Who's fields: (teams, all, stated, region, with_others).
type WhoFields = (Teams, bool, bool, Option<MilitaryRegion>, bool);

fn who_fields(w: &Who) -> WhoFields {
    (w.teams, w.all, w.stated, w.region, w.with_others)
}

#[test]
fn teams_of_every_shape() {
    use MilitaryRegion::*;
    use Team::*;
    let all = Teams::ALL;
    let r5 = Teams::of_region(R5);
    let r7 = Teams::of_region(R7);
    let r9 = Teams::of_region(R9);
    let cases: Vec<((&str, &str), WhoFields)> = vec![
        (("all Vietnamese teams", "national"), (all, true, true, None, false)),
        (("all teams", ""), (all, true, true, None, false)),
        (("tất cả các đội", ""), (all, true, true, None, false)),
        (("", "national"), (all, true, true, None, false)),
        (("", "MR9"), (r9, false, true, Some(R9), false)),
        (("", "MR9?"), (r9, false, true, Some(R9), false)),
        (("", "MR5"), (r5, false, true, Some(R5), false)),
        (("", ""), (all, false, false, None, false)),
        (("", "(US DPAA)"), (all, false, false, None, false)),
        (("K52", "MR5"), (teams(&[K52]), false, true, None, false)),
        (("K73 (source: 'K37')", "MR7"), (teams(&[K73]), false, true, None, false)),
        (("K51 (source says K52)", "MR5"), (teams(&[K51]), false, true, None, false)),
        (("K53 (now Quảng Ngãi)", "MR5"), (teams(&[K53]), false, true, None, false)),
        (("K90 (with Kandal military sub-region)", "MR9"), (teams(&[K90]), false, true, None, true)),
        (("đội K52", ""), (teams(&[K52]), false, true, None, false)),
        (("Đội quy tập K52", ""), (teams(&[K52]), false, true, None, false)),
        (("K70, K71, K72, K73", "MR7"), (r7, false, true, Some(R7), false)),
        (("K70, K71, K73 (Tây Ninh, incl. ex-Long An)", "MR7"), (teams(&[K70, K71, K73]), false, true, None, false)),
        (("K90 + K93", "MR9"), (teams(&[K90, K93]), false, true, None, false)),
        (("K92 + K93 (An Giang)", "MR9"), (teams(&[K92, K93]), false, true, None, false)),
        (("K90 and K91, K92 & K93", ""), (r9, false, true, Some(R9), false)),
        (("MR9 teams", "MR9"), (r9, false, true, Some(R9), false)),
        (("MR7 K teams", "MR7"), (r7, false, true, Some(R7), false)),
        (("4 MR7 K teams", "MR7"), (r7, false, true, Some(R7), false)),
        (("4 MR7 K teams (scope ambiguous)", "MR7"), (r7, false, true, Some(R7), false)),
        (("các đội Quân khu 7", ""), (r7, false, true, Some(R7), false)),
        (("MR7 localities + K teams", "MR7"), (r7, false, true, Some(R7), true)),
        (("K teams", "MR9"), (r9, false, true, Some(R9), false)),
        (("lực lượng địa phương Quân khu 9", ""), (r9, false, true, Some(R9), true)),
        (("K51, K52, K53, K70, K71, K72, K73, K90, K91, K92, K93", ""), (all, true, true, None, false)),
    ];
    for ((text, region), expected) in cases {
        assert_eq!(who_fields(&who(text, region)), expected, "{text} / {region}");
    }
}

#[test]
fn a_region_column_that_disagrees_does_not_stop_the_team() {
    // K73 is Military Region 7's; the column says 9. The team column is what is read.
    let w = who("K73", "MR9");
    assert_eq!(w.teams, Teams::of(Team::K73));
    assert_eq!(w.region, None);
    assert_eq!(who("K70, K71, K72, K73", "national").region, Some(MilitaryRegion::R7));
}

#[test]
fn unknown_teams_are_errors_naming_the_name() {
    let err = Who::parse("K94", "MR9").unwrap_err();
    assert_eq!(
        err,
        "\"K94\" is not a team (expected K51 … K53, K70 … K73 or K90 … K93, a region's teams \
         such as \"MR7 teams\", or \"all teams\")"
    );
    assert!(Who::parse("K90 + K99", "MR9").unwrap_err().starts_with("\"K99\" is not a team"));
    assert!(Who::parse("MR8 teams", "").unwrap_err().starts_with("\"MR8 teams\" is not a team"));
    assert!(Who::parse("US DPAA", "").unwrap_err().starts_with("\"US DPAA\" is not a team"));
}

#[test]
fn place_labels_in_three_languages() {
    let label = |text: &str| Lang::ALL.map(|lang| place(text).label(lang));
    assert_eq!(label("all"), ["Cambodia", "Campuchia", "កម្ពុជា"]);
    assert_eq!(label("Kampong Chhnang"), ["Kampong Chhnang", "Kampong Chhnang", "កំពង់ឆ្នាំង"]);
    assert_eq!(label("Siem Reap"), ["Siem Reap", "Xiêm Riệp", P::SIEM_REAP.name(Lang::Km)]);
    // Several, in ISO number order whatever the order written.
    assert_eq!(
        label("Kandal, Kampong Chhnang"),
        [
            "Kampong Chhnang and Kandal".to_owned(),
            "Kampong Chhnang và Kandal".to_owned(),
            format!("កំពង់ឆ្នាំង និង {}", P::KANDAL.name(Lang::Km))
        ]
    );
    assert_eq!(label("Pailin, Battambang, Svay Rieng")[0], "Battambang, Svay Rieng and Pailin");
    assert_eq!(label("not stated"), ["place not stated", "không nêu địa điểm", "មិនបញ្ជាក់ទីកន្លែង"]);
    assert_eq!(label(""), label("not stated"));
    assert_eq!(
        label("Ratanakiri (+ Laos)"),
        [
            "Ratanakiri (incl. finds outside Cambodia)".to_owned(),
            format!("{} (gồm cả ngoài Campuchia)", P::RATANAKIRI.name(Lang::Vi)),
            format!("{} (រួមទាំងក្រៅកម្ពុជា)", P::RATANAKIRI.name(Lang::Km)),
        ]
    );
    assert_eq!(label("MR7 area"), ["Military Region 7 area", "địa bàn Quân khu 7", "តំបន់យោធភូមិភាគទី ៧"]);
    assert_eq!(
        label("Kampong Chhnang, Kandal, Kampong Speu (+others)")[0],
        "Kampong Chhnang, Kampong Speu, Kandal and other provinces"
    );
    assert_eq!(label("Vietnam")[0], "outside Cambodia");
    assert_eq!(label("all + domestic")[1], "Campuchia (gồm cả ngoài Campuchia)");
}

#[test]
fn team_labels_in_three_languages() {
    let label = |teams: &str, region: &str| Lang::ALL.map(|lang| who(teams, region).label(lang));
    assert_eq!(label("all Vietnamese teams", "national"), ["all teams", "tất cả các đội", "ក្រុមទាំងអស់"]);
    assert_eq!(label("K73", "MR7"), ["Team K73", "Đội K73", "ក្រុម K73"]);
    assert_eq!(label("K73, K70 + K71", "MR7"), ["K70, K71 and K73", "K70, K71 và K73", "K70, K71 និង K73"]);
    assert_eq!(label("MR7 K teams", "MR7"), ["Military Region 7 teams", "các đội Quân khu 7", "ក្រុមរបស់យោធភូមិភាគទី ៧"]);
    assert_eq!(label("", "(US DPAA)"), ["teams not stated", "không nêu đội", "មិនបញ្ជាក់ក្រុម"]);
    assert_eq!(label("K90 (with Kandal military sub-region)", "MR9")[0], "Team K90 (with other searchers)");
}

#[test]
fn places_and_teams_that_may_share_a_find() {
    let k73_area = place("Svay Rieng, Battambang, Pailin");
    assert!(k73_area.intersects(&place("Battambang")));
    assert!(place("Battambang").intersects(&k73_area));
    assert!(!k73_area.intersects(&place("Kandal, Kampong Chhnang")));
    // A place not stated may be anywhere, inside Cambodia or out.
    for other in ["Kandal", "all", "Vietnam", "Ratanakiri (+ Laos)", "not stated"] {
        assert!(place("not stated").intersects(&place(other)), "{other}");
        assert!(place(other).intersects(&place("")), "{other}");
    }
    assert!(place("all").intersects(&place("Kep")));
    // "(+others)" may be any province.
    assert!(place("Kampong Chhnang, Kandal, Kampong Speu (+others)").intersects(&place("Mondulkiri")));
    // Finds outside Cambodia may be the same finds; a Vietnamese figure shares no Cambodian one.
    assert!(place("Vietnam").intersects(&place("Takeo, Kampong Speu + An Giang")));
    assert!(!place("Vietnam").intersects(&place("Takeo")));
    assert!(!place("Vietnam").intersects(&place("all")));

    let mr7 = who("MR7 K teams", "MR7");
    assert!(mr7.intersects(&who("K73", "MR7")));
    assert!(!mr7.intersects(&who("K52", "MR5")));
    assert!(who("", "").intersects(&who("K52", "MR5")));
    assert!(who("all teams", "").intersects(&who("K92 + K93 (An Giang)", "MR9")));
    assert!(!who("K90 + K93", "MR9").intersects(&who("K91", "MR9")));
}

mod never_panic {
    use proptest::prelude::*;
    use repatria::figure::{Place, Who};
    use repatria::lang::Lang;

    /// Pieces of the file's places and teams, put together in any order.
    const PIECES: &[&str] = &[
        "Kandal",
        "Kampong Chhnang",
        "MR7",
        " area",
        " areas",
        "K90",
        "K93",
        " teams",
        "all",
        "not stated",
        "+",
        ",",
        " and ",
        " và ",
        "(",
        ")",
        "(+ ",
        "(or ",
        "others",
        "Laos",
        "domestic",
        "5 Cambodian provinces",
        "localities",
        "(with ",
        "Vietnam",
        "កម្ពុជា",
        " និង ",
        "/",
        "&",
        ";",
        "4 ",
        "K ",
        "?",
        "Paris",
        "",
    ];

    proptest! {
        #![proptest_config(ProptestConfig { cases: 500, ..ProptestConfig::default() })]

        #[test]
        fn pieces_never_panic(picks in prop::collection::vec(0..PIECES.len(), 0..12), region in 0..PIECES.len()) {
            let text: String = picks.iter().map(|&i| PIECES[i]).collect();
            if let Ok(place) = Place::parse(&text) {
                prop_assert!(place.provinces.contains(place.named), "{text}");
                prop_assert!(!place.provinces.is_empty() || place.outside_cambodia, "{text}");
                for lang in Lang::ALL {
                    prop_assert!(!place.label(lang).is_empty());
                }
            }
            if let Ok(who) = Who::parse(&text, PIECES[region]) {
                prop_assert!(!who.teams.is_empty(), "{text}");
                for lang in Lang::ALL {
                    prop_assert!(!who.label(lang).is_empty());
                }
            }
        }

        #[test]
        fn any_text_never_panics(text in "\\PC{0,80}", region in "\\PC{0,12}") {
            let _ = Place::parse(&text).map(|p| p.label(Lang::Km));
            let _ = Who::parse(&text, &region).map(|w| w.label(Lang::Vi));
        }
    }
}
