//! A phase and its season written in one cell, as the press and the committees write them
//! ("đợt 2 mùa khô 2023-2024", "Đợt 1, giai đoạn XXIV"), in the season column or the phase
//! column: the cell sets both the record's season and its phase.

mod support;

use std::collections::BTreeMap;

use repatria::read::{self, Loaded, Severity};
use repatria::season::{Phase, Season};

fn load(text: &str) -> Loaded {
    let l = read::read("phases.csv", text.as_bytes()).unwrap_or_else(|e| panic!("{e}"));
    support::reconciles(&l).unwrap_or_else(|e| panic!("{e}"));
    l
}

fn seasons_and_phases(l: &Loaded) -> Vec<(Option<u16>, Option<u8>)> {
    l.dataset.records().map(|r| (r.season.map(Season::first_year), r.phase.map(Phase::number))).collect()
}

#[test]
fn season_cells_with_their_phase() {
    let l = load(
        "Mùa khô;Đội;Tỉnh;Số hài cốt\n\
         đợt 2 mùa khô 2023-2024;K52;Ratanakiri;3\n\
         2023-2024 đợt 1;K52;Ratanakiri;2\n\
         Đợt 1, giai đoạn XXIV;K51;Mondulkiri;4\n\
         đợt 2 - mùa khô 2023–2024;K52;Stung Treng;1\n\
         GĐ 24 đợt 1;K71;Siem Reap;5\n\
         dot 1 mua kho 2023 - 2024;K73;Svay Rieng;1\n\
         ដំណាក់កាលទី ២ រដូវប្រាំង 2024-2025;K92;Kampot;2\n\
         mùa khô 2024-2025;K92;Kep;1\n",
    );
    assert_eq!(l.report.problems, [], "{:?}", l.report.problems);
    assert_eq!(
        seasons_and_phases(&l),
        [
            (Some(2023), Some(2)),
            (Some(2023), Some(1)),
            (Some(2024), Some(1)),
            (Some(2023), Some(2)),
            (Some(2024), Some(1)),
            (Some(2023), Some(1)),
            (Some(2024), Some(2)),
            (Some(2024), None),
        ]
    );
    let by_season: BTreeMap<&str, u64> = l.report.by_season.iter().map(|(k, v)| (k.as_str(), *v)).collect();
    assert_eq!(by_season, BTreeMap::from([("2023-2024", 7), ("2024-2025", 12)]));
}

#[test]
fn phase_cells_with_their_season() {
    let l = load(
        "Đợt,Đội,Tỉnh,Số hài cốt\n\
         đợt 2 mùa khô 2023-2024,K52,Ratanakiri,3\n\
         \"Đợt 1, giai đoạn XXIV\",K51,Mondulkiri,4\n\
         đợt 2,K52,Ratanakiri,1\n",
    );
    // The third row names no season: it has a team and a place, so it counts, in no season.
    assert_eq!(l.report.errors, 0, "{:?}", l.report.problems);
    assert_eq!(seasons_and_phases(&l), [(Some(2023), Some(2)), (Some(2024), Some(1)), (None, Some(2))]);
    let by_season: BTreeMap<&str, u64> = l.report.by_season.iter().map(|(k, v)| (k.as_str(), *v)).collect();
    assert_eq!(by_season, BTreeMap::from([("2023-2024", 3), ("2024-2025", 4), ("unknown", 1)]));
}

#[test]
fn cells_that_disagree_are_warned_and_the_columns_own_value_used() {
    let l = load(
        "Ngày,Mùa khô,Đợt,Đội,Số hài cốt\n\
         15/12/2023,đợt 2 mùa khô 2023-2024,đợt 1,K52,3\n\
         15/12/2023,mùa khô 2023-2024,đợt 1 mùa khô 2022-2023,K52,2\n\
         15/12/2023,,đợt 1 mùa khô 2022-2023,K52,1\n",
    );
    let problems: Vec<(u32, &str, Severity, &str)> =
        l.report.problems.iter().map(|p| (p.line, p.column.as_str(), p.severity, p.message.as_str())).collect();
    assert_eq!(
        problems,
        [
            (2, "Đợt", Severity::Warning, "đợt 1 does not match the season cell's đợt 2; the phase column is used"),
            (
                3,
                "Đợt",
                Severity::Warning,
                "season 2022-2023 in the phase cell does not match the season column's 2023-2024; the season column is used"
            ),
            (
                4,
                "Đợt",
                Severity::Warning,
                "season 2022-2023 does not match the date 2023-12-15, which falls in season 2023-2024 (seasons start on 1 September); the season as written is used"
            ),
        ]
    );
    assert_eq!(seasons_and_phases(&l), [(Some(2023), Some(1)), (Some(2023), Some(1)), (Some(2022), Some(1))]);
}

#[test]
fn a_bad_phase_or_season_in_the_cell_is_named() {
    let l = load(
        "Mùa khô,Đợt,Đội,Số hài cốt\n\
         đợt 3 mùa khô 2023-2024,,K52,3\n\
         ,đợt 1 mùa khô 2023-2025,K52,2\n\
         ,đợt ba,K52,1\n",
    );
    let problems: Vec<(u32, &str, &str)> =
        l.report.problems.iter().map(|p| (p.line, p.column.as_str(), p.message.as_str())).collect();
    assert_eq!(
        problems,
        [
            (
                2,
                "Mùa khô",
                "đợt 3 mùa khô 2023-2024: phase 3 does not exist: a season has two phases, đợt 1 and đợt 2; expected a dry season, maybe with its phase, such as 2024-2025, đợt 1 mùa khô 2024-2025 or đợt 2, giai đoạn XXIV"
            ),
            (
                3,
                "Đợt",
                "đợt 1 mùa khô 2023-2025 is not a dry season: the second year must be the year after the first (2023-2024); expected a dry season, maybe with its phase, such as 2024-2025, đợt 1 mùa khô 2024-2025 or đợt 2, giai đoạn XXIV"
            ),
            (4, "Đợt", "\"đợt ba\" is not a phase of a season; expected a phase of a season: đợt 1 or đợt 2 (also 1, 2, I, II)"),
        ]
    );
}
