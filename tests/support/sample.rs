//! A fixed, made-up dataset that every chart kind has something to draw from.

use repatria::dataset::Dataset;
use repatria::province::Province;
use repatria::record::{Record, TeamRef};
use repatria::season::Season;
use repatria::team::Team;

/// A fixed, made-up dataset: every team in its provinces over 2012–2024, one season
/// (2020–2021) with no records, some records without a province or an identification.
pub fn sample() -> Dataset {
    let mut records = Vec::new();
    for (k, team) in Team::ALL.iter().enumerate() {
        for year in 2012u16..=2024 {
            if year == 2020 {
                continue;
            }
            for (j, province) in team.provinces().iter().enumerate() {
                let remains = ((k as u32 * 7 + u32::from(year) * 3 + j as u32 * 5) % 23) + 1;
                let identified = (year % 3 != 0).then_some(remains / 6);
                records.push(Record {
                    season: Some(Season::new(year)),
                    team: Some(TeamRef::Known(*team)),
                    military_region: Some(team.military_region()),
                    province: Some(*province),
                    remains,
                    identified,
                    ..Record::default()
                });
            }
        }
    }
    records.push(Record {
        season: Some(Season::new(2023)),
        team: Some(TeamRef::Known(Team::K92)),
        remains: 9,
        ..Record::default()
    });
    records.push(Record {
        season: Some(Season::new(2024)),
        province: Province::from_number(3),
        remains: 4,
        ..Record::default()
    });
    Dataset::from_records(records.iter())
}
