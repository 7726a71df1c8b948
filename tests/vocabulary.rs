//! The domain vocabulary against the reference data: every province name and alias resolves,
//! every team form parses, and no parser panics on arbitrary text.

mod support;

use std::collections::HashMap;

use proptest::prelude::*;
use repatria::count::parse_count;
use repatria::date::Date;
use repatria::lang::Lang;
use repatria::province::{AliasStatus, Province};
use repatria::season::Season;
use repatria::team::{MilitaryRegion, Team};

fn data(name: &str) -> csv::Reader<std::fs::File> {
    let path = support::repo("data").join(name);
    csv::Reader::from_path(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn records(name: &str) -> Vec<HashMap<String, String>> {
    let mut reader = data(name);
    reader.deserialize().map(|r| r.expect("a well-formed CSV row")).collect()
}

/// A `provinces.csv` name cell without its source tags.
fn untagged(cell: &str) -> &str {
    cell.split(" [").next().unwrap_or("").trim()
}

#[test]
fn every_province_resolves_from_its_names_and_code() {
    let rows = records("provinces.csv");
    assert_eq!(rows.len(), 25);
    for row in &rows {
        let code = &row["iso_3166_2"];
        let p = Province::lookup(code).unwrap_or_else(|e| panic!("{code}: {e}"));
        assert_eq!(p.code(), code);
        assert_eq!(Province::lookup(&code.to_lowercase().replace('-', "")), Ok(p));
        assert_eq!(p.name(Lang::En), row["name_en"]);
        assert_eq!(p.name(Lang::Km), row["name_km"]);
        assert_eq!(p.name(Lang::Vi), untagged(&row["name_vi"]));
        for column in ["name_en", "name_km", "name_vi", "iso_name"] {
            let name = untagged(&row[column]);
            assert_eq!(Province::lookup_detailed(name), Ok((p, AliasStatus::Attested)), "{code} {column} {name:?}");
        }
        for lang in Lang::ALL {
            assert_eq!(Province::lookup(p.name(lang)), Ok(p), "{code} {lang:?}");
        }
        let label: (f64, f64) = (row["label_lon"].parse().unwrap(), row["label_lat"].parse().unwrap());
        assert_eq!(p.label_point(), label, "{code}");
        let centroid: (f64, f64) = (row["centroid_lon"].parse().unwrap(), row["centroid_lat"].parse().unwrap());
        assert_eq!(p.centroid(), centroid, "{code}");
        assert_eq!(p.area_km2(), row["area_km2"].parse::<f64>().unwrap(), "{code}");
    }
}

#[test]
fn every_alias_resolves_to_its_own_province() {
    let rows = records("aliases.csv");
    assert!(rows.len() > 150, "{} aliases", rows.len());
    for row in &rows {
        let (code, alias) = (&row["iso_3166_2"], &row["alias"]);
        let status = match row["status"].as_str() {
            "attested" => AliasStatus::Attested,
            "weak" => AliasStatus::Weak,
            "unverified" => AliasStatus::Unverified,
            other => panic!("{code} {alias:?}: unknown status {other:?}"),
        };
        let (p, found) = Province::lookup_detailed(alias).unwrap_or_else(|e| panic!("{code}: {e}"));
        assert_eq!(p.code(), code, "{alias:?}");
        // The same spelling may be attested elsewhere (another language column, a name).
        assert!(found <= status, "{code} {alias:?}: {found} weaker than {status}");
        // Upper case and a province word change nothing.
        assert_eq!(Province::lookup(&alias.to_uppercase()), Ok(p), "{alias:?}");
        assert_eq!(Province::lookup(&format!("{alias} Province")), Ok(p), "{alias:?}");
    }
}

#[test]
fn unverified_and_weak_aliases_are_flagged() {
    assert_eq!(Province::lookup_detailed("Kompong Chhnang"), Ok((Province::KAMPONG_CHHNANG, AliasStatus::Weak)));
    assert_eq!(Province::lookup_detailed("Xi-ha-núc-vin"), Ok((Province::PREAH_SIHANOUK, AliasStatus::Unverified)));
}

#[test]
fn vietnamese_transliterations_of_kampong_resolve_by_rule() {
    let kampongs = [Province::KAMPONG_CHAM, Province::KAMPONG_CHHNANG, Province::KAMPONG_SPEU, Province::KAMPONG_THOM];
    for p in kampongs {
        let rest = p.name(Lang::En).strip_prefix("Kampong ").expect("a Kampong");
        for kampong in
            ["Kông Pông", "Công-pông", "Kom-pông", "Công Pông", "Kôngpông", "Kong Pong", "Cong-pong", "Côm Pông"]
        {
            let text = format!("{kampong} {rest}");
            let (found, status) = Province::lookup_detailed(&text).unwrap_or_else(|e| panic!("{text}: {e}"));
            assert_eq!(found, p, "{text}");
            // Listed spellings are silent or flagged by their own status; the rest by rule.
            assert!(status == AliasStatus::Rule || status <= AliasStatus::Unverified, "{text}");
        }
    }
    assert_eq!(Province::lookup_detailed("Kông Pông Chàm"), Ok((Province::KAMPONG_CHAM, AliasStatus::Rule)));
}

#[test]
fn no_alias_sounds_like_another_province() {
    // Each alias, and the same with Vietnamese letters for the romanised ones (c for k, x for
    // s), is read as its own province or not at all, never as another.
    for row in &records("aliases.csv") {
        let (code, alias) = (&row["iso_3166_2"], &row["alias"]);
        let vietnamese = alias.replace('K', "C").replace('k', "c").replace('S', "X");
        for text in [alias.clone(), vietnamese] {
            if let Ok(p) = Province::lookup(&text) {
                assert_eq!(p.code(), code, "{text:?} (alias {alias:?})");
            }
        }
    }
}

#[test]
fn khmer_names_match_with_province_word_and_zero_width_space() {
    for text in ["កំពង់ឆ្នាំង", "ខេត្តកំពង់ឆ្នាំង", "ខេត្ត\u{200B}កំពង់ឆ្នាំង", "ខេត្ត កំពង់ឆ្នាំង", "កំពង់\u{200B}ឆ្នាំង"]
    {
        assert_eq!(Province::lookup(text), Ok(Province::KAMPONG_CHHNANG), "{text:?}");
    }
    assert_eq!(Province::lookup("រាជធានីភ្នំពេញ"), Ok(Province::PHNOM_PENH));
    assert_eq!(Province::lookup("ក្រុងកែប"), Ok(Province::KEP));
}

#[test]
fn misspelling_suggests_the_closest_province() {
    let err = Province::lookup("Kampong Chnnang").unwrap_err();
    assert_eq!(err.input, "Kampong Chnnang");
    assert_eq!(err.suggestions.first(), Some(&Province::KAMPONG_CHHNANG));
    assert_eq!(
        err.to_string(),
        "\"Kampong Chnnang\" is not a Cambodian province: did you mean Kampong Chhnang (KH-4)?"
    );
}

#[test]
fn tbong_khmum_is_kh_25() {
    for text in ["Tbong Khmum", "Tboung Khmum", "ត្បូងឃ្មុំ", "Tỉnh Tbong Khmum", "KH-25"] {
        assert_eq!(Province::lookup(text).map(Province::code), Ok("KH-25"), "{text}");
    }
}

#[test]
fn every_team_form_parses() {
    for team in Team::ALL {
        let code = team.code();
        let number = &code[1..];
        for text in [
            code.to_owned(),
            code.to_lowercase(),
            format!("k-{number}"),
            format!("K {number}"),
            format!("Đội {code}"),
            format!("đội quy tập {code}"),
            format!("Doi {code}"),
            format!("team {code}"),
        ] {
            assert_eq!(Team::parse(&text), Some(team), "{text}");
        }
        assert!(!team.provinces().is_empty());
        assert_eq!(
            MilitaryRegion::parse(&format!("Quân khu {}", team.military_region().number())),
            Some(team.military_region())
        );
    }
    assert_eq!(Team::K53.provinces(), [Province::RATANAKIRI]);
    assert!(Team::K90.provinces().contains(&Province::PHNOM_PENH));
}

#[test]
fn every_province_has_a_team() {
    for p in Province::ALL {
        assert!(Team::searching(p).next().is_some(), "{}", p.code());
    }
}

proptest! {
    #[test]
    fn parsers_never_panic(text in "\\PC{0,40}") {
        let _ = Season::parse(&text);
        let _ = Date::parse(&text);
        let _ = parse_count(&text);
        let _ = Province::lookup(&text);
        let _ = Team::parse(&text);
        let _ = MilitaryRegion::parse(&text);
        let _ = repatria::season::Phase::parse(&text);
    }

    #[test]
    fn parsers_never_panic_on_near_misses(text in "[0-9./\\- ,\u{00A0}kKhHđĐ–Tt:]{0,24}") {
        let _ = Season::parse(&text);
        let _ = Date::parse(&text);
        let _ = parse_count(&text);
        let _ = Province::lookup(&text);
        let _ = Team::parse(&text);
    }

    #[test]
    fn season_display_round_trips(first_year in 1979u16..=2100) {
        let season = Season::new(first_year);
        prop_assert_eq!(Season::parse(&season.to_string()), Ok(season));
        if let Some(roman) = season.roman() {
            prop_assert_eq!(Season::parse(&format!("giai đoạn {roman}")), Ok(season));
        }
    }

    #[test]
    fn date_display_round_trips(year in 1900u16..=2100, month in 1u8..=12, day in 1u8..=31) {
        if let Some(date) = Date::from_ymd(year, month, day) {
            prop_assert_eq!(Date::parse(&date.to_string()), Ok(date));
            let day_first = format!("{day:02}/{month:02}/{year}");
            prop_assert_eq!(Date::parse(&day_first), Ok(date));
        }
    }

    #[test]
    fn count_round_trips(n in any::<u32>()) {
        prop_assert_eq!(parse_count(&n.to_string()), Ok(n));
    }
}
