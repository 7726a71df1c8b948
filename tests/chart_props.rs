//! Property test: any dataset, any options — every chart and map draws without panicking
//! (a panic in the browser would stop the module and every chart on the page).

mod support;

use proptest::prelude::*;
use repatria::aggregate::{Filter, TimeAxis};
use repatria::chart::{render_svg, ChartKind, ChartOptions, Grouping};
use repatria::date::Date;
use repatria::lang::Lang;
use repatria::province::Province;
use repatria::record::{Record, TeamRef};
use repatria::season::Season;
use repatria::team::Team;

fn record() -> impl Strategy<Value = Record> {
    (
        prop::option::of(1979u16..2100),
        prop::option::of(0usize..12),
        prop::option::of(1u8..=25),
        any::<u32>(),
        prop::option::of(any::<u32>()),
        prop::option::of((1900u16..2100, 1u8..=12, 1u8..=28)),
        prop::option::of((9.5f64..15.0, 102.0f64..108.0)),
    )
        .prop_map(|(season, team, province, remains, identified, date, coords)| Record {
            season: season.map(Season::new),
            team: team.map(|t| if t < 11 { TeamRef::Known(Team::ALL[t]) } else { TeamRef::Other("K99".into()) }),
            province: province.and_then(Province::from_number),
            remains: remains % 5000,
            identified: identified.map(|v| v % 6000),
            date: date.and_then(|(y, m, d)| Date::from_ymd(y, m, d)),
            lat: coords.map(|c| c.0),
            lon: coords.map(|c| c.1),
            ..Record::default()
        })
}

fn options() -> impl Strategy<Value = ChartOptions> {
    (
        0usize..9,
        0usize..3,
        1.0f64..2500.0,
        1.0f64..2500.0,
        0usize..3,
        any::<bool>(),
        prop::collection::vec(1979u16..2100, 0..3),
        prop::collection::vec(0usize..11, 0..3),
        prop::collection::vec(1u8..=25, 0..3),
        2u8..12,
    )
        .prop_map(|(k, l, w, h, g, year, seasons, teams, provinces, classes)| ChartOptions {
            chart: ChartKind::ALL[k],
            lang: Lang::ALL[l],
            width: w,
            height: h,
            group: [Grouping::None, Grouping::Team, Grouping::Region][g],
            time: if year { TimeAxis::Year } else { TimeAxis::Season },
            filter: Filter {
                seasons: seasons.into_iter().map(Season::new).collect(),
                teams: teams.into_iter().map(|t| Team::ALL[t]).collect(),
                provinces: provinces.into_iter().filter_map(Province::from_number).collect(),
            },
            classes,
            ..ChartOptions::default()
        })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 200, ..ProptestConfig::default() })]

    #[test]
    fn any_chart_of_any_data_draws(records in prop::collection::vec(record(), 0..40), opts in options()) {
        let data = support::Charted::from_records(&records);
        let svg = render_svg(data.chart(), &opts);
        prop_assert!(svg.is_ok());
        let (w, h) = (opts.width.clamp(100.0, 10_000.0), opts.height.clamp(100.0, 10_000.0));
        let mut backend = repatria::svg::SvgBackend::new(w.round() as u32, h.round() as u32);
        let drawn = repatria::chart::render(&mut backend, 1.0, data.chart(), &opts, &mut repatria::chart::Cache::default());
        prop_assert!(drawn.is_ok());
        if let Ok(drawn) = drawn {
            let _ = repatria::chart::hit(data.chart(), &drawn, w / 2.0, h / 2.0);
        }
    }
}
