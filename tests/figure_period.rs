//! Periods of published figures: every period in `data/published_figures.csv` is read, as the
//! months and shape it names; bad periods are refused with a message that says what was
//! expected; labels in three languages, read back as the same period; overlap of periods.

use repatria::figure::period::{month, Month, Period, Shape};
use repatria::lang::Lang;
use repatria::season::{Phase, Season};

fn parse(text: &str) -> Period {
    Period::parse(text).unwrap_or_else(|e| panic!("{text}: {e}"))
}

/// The periods of `data/published_figures.csv`, with their lines.
fn published_periods() -> Vec<(usize, String)> {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/data/published_figures.csv");
    let mut reader = csv::Reader::from_path(path).expect("data/published_figures.csv");
    let column = reader.headers().expect("header").iter().position(|h| h == "period").expect("a period column");
    reader.records().enumerate().map(|(i, r)| (i + 2, r.expect("a record")[column].to_owned())).collect()
}

fn season(first_year: u16) -> Shape {
    Shape::Season { season: Season::new(first_year) }
}

fn phase(first_year: u16, phase: Phase) -> Shape {
    Shape::Phase { season: Season::new(first_year), phase }
}

fn seasons(first: u16, last: u16) -> Shape {
    Shape::Seasons { first: Season::new(first), last: Season::new(last) }
}

/// Text, first and last month, shape, partial, plan.
type Expected = (&'static str, Month, Month, Shape, bool, bool);

fn expected() -> Vec<Expected> {
    use Phase::{First, Second};
    let m = month;
    vec![
        ("2024-2025", m(2024, 9), m(2025, 8), season(2024), false, false),
        ("2013-2014", m(2013, 9), m(2014, 8), season(2013), false, false),
        ("2024-2025 (giai đoạn 24)", m(2024, 9), m(2025, 8), season(2024), false, false),
        ("2023-2024 (Phase XXIII)", m(2023, 9), m(2024, 8), season(2023), false, false),
        ("2011-2012 (11th phase)", m(2011, 9), m(2012, 8), season(2011), false, false),
        ("2016-2017 (giai đoạn XVI)", m(2016, 9), m(2017, 8), season(2016), false, false),
        ("2007-2008 (giai đoạn VII)", m(2007, 9), m(2008, 8), season(2007), false, false),
        ("2014-2015 (Oct 2014–Jul 2015)", m(2014, 9), m(2015, 8), season(2014), false, false),
        ("2024-2025 (interim)", m(2024, 9), m(2025, 8), season(2024), true, false),
        ("2025-2026 (first ~month)", m(2025, 9), m(2026, 8), season(2025), true, false),
        ("2013-2014 (to late Mar 2014)", m(2013, 9), m(2014, 8), season(2013), true, false),
        ("2021-2022 (plan)", m(2021, 9), m(2022, 8), season(2021), false, true),
        ("2025-2026 (plan)", m(2025, 9), m(2026, 8), season(2025), false, true),
        ("2025-2026 (19 Nov 2025–27 Jan 2026)", m(2025, 9), m(2026, 8), season(2025), true, false),
        ("2025-2026 (Nov 2025–7 Jan 2026)", m(2025, 9), m(2026, 8), season(2025), true, false),
        ("2015-2016 (~Dec 2015–Apr 2016)", m(2015, 9), m(2016, 8), season(2015), true, false),
        ("2015-2016 (from 1 Nov 2015)", m(2015, 9), m(2016, 8), season(2015), false, false),
        ("2021-2022 (4 Jan–16 May 2022)", m(2021, 9), m(2022, 8), season(2021), false, false),
        ("2023-2024 đợt 1", m(2023, 9), m(2024, 1), phase(2023, First), false, false),
        ("2022-2023 đợt 1 (from 7 Nov 2022)", m(2022, 9), m(2023, 1), phase(2022, First), false, false),
        ("2022-2023 đợt 2 (from 20 Feb 2023)", m(2023, 2), m(2023, 8), phase(2022, Second), false, false),
        ("2025-2026 đợt 1 (6 Nov–10 Dec 2025)", m(2025, 9), m(2026, 1), phase(2025, First), false, false),
        ("2024-2025 đợt 2 (~2 months)", m(2025, 2), m(2025, 8), phase(2024, Second), true, false),
        ("2001-2025", m(2001, 9), m(2025, 8), seasons(2001, 2024), false, false),
        ("2001-2025 (24 years)", m(2001, 9), m(2025, 8), seasons(2001, 2024), false, false),
        ("2001-2025 (24 phases)", m(2001, 9), m(2025, 8), seasons(2001, 2024), false, false),
        ("2001-2023 (21 phases)", m(2001, 9), m(2023, 8), seasons(2001, 2022), false, false),
        ("~2002-2022", m(2002, 9), m(2022, 8), seasons(2002, 2021), false, false),
        ("2013-2018 (5 years)", m(2013, 9), m(2018, 8), seasons(2013, 2017), false, false),
        ("1975-1993", m(1975, 9), m(1993, 8), seasons(1975, 1992), false, false),
        ("1979-1989 war dead estimate", m(1979, 9), m(1989, 8), seasons(1979, 1988), false, false),
        ("2001-2002 to 2014-2015", m(2001, 9), m(2015, 8), seasons(2001, 2014), false, false),
        ("2019 (calendar year)", m(2019, 1), m(2019, 12), Shape::Year { year: 2019 }, false, false),
        ("2002 – July 2022", m(2002, 9), m(2022, 7), Shape::Months, false, false),
        ("July 2024 – July 2025", m(2024, 7), m(2025, 7), Shape::Months, false, false),
        ("as of 2024-05", 0, m(2024, 5), Shape::UpTo, false, false),
        ("as of early 2023", 0, m(2023, 2), Shape::UpTo, false, false),
        ("as of 2008", 0, m(2008, 12), Shape::UpTo, false, false),
        ("as of 2018-06", 0, m(2018, 6), Shape::UpTo, false, false),
        ("as of 2022-03", 0, m(2022, 3), Shape::UpTo, false, false),
        ("2013 (statement)", 0, m(2013, 12), Shape::UpTo, false, false),
    ]
}

#[test]
fn every_published_period_is_read() {
    let periods = published_periods();
    assert_eq!(periods.len(), 110);
    for (line, text) in &periods {
        let p = Period::parse(text).unwrap_or_else(|e| panic!("line {line}: {text}: {e}"));
        assert!(p.from <= p.to, "line {line}: {text}");
        assert_eq!(p.text, text.trim());
    }
}

#[test]
fn representative_periods_read_as_their_months() {
    let published: Vec<String> = published_periods().into_iter().map(|(_, text)| text).collect();
    let table = expected();
    assert!(table.len() >= 25);
    for (text, from, to, shape, partial, plan) in table {
        assert!(published.iter().any(|p| p == text), "{text} is not in data/published_figures.csv");
        let p = parse(text);
        assert_eq!((p.from, p.to, p.shape, p.partial, p.plan), (from, to, shape, partial, plan), "{text}");
    }
}

#[test]
fn other_ways_of_writing_periods() {
    let m = month;
    for text in ["2024–2025", "2024/25", "mùa khô 2024-2025", "giai đoạn 24", "giai đoạn XXIV", "Mùa khô 2024–2025"]
    {
        let p = parse(text);
        assert_eq!((p.from, p.to, p.shape), (m(2024, 9), m(2025, 8), season(2024)), "{text}");
    }
    let cases: [(&str, Month, Month, Shape); 12] = [
        ("tính đến tháng 5/2024", 0, m(2024, 5), Shape::UpTo),
        ("đến năm 2023", 0, m(2023, 12), Shape::UpTo),
        ("as of May 2024", 0, m(2024, 5), Shape::UpTo),
        ("as of late 2023", 0, m(2023, 12), Shape::UpTo),
        ("គិតត្រឹមខែឧសភា 2024", 0, m(2024, 5), Shape::UpTo),
        ("2002 – tháng 7/2022", m(2002, 9), m(2022, 7), Shape::Months),
        ("từ tháng 7/2024 đến tháng 7/2025", m(2024, 7), m(2025, 7), Shape::Months),
        ("đợt 2 mùa khô 2023-2024", m(2024, 2), m(2024, 8), phase(2023, Phase::Second)),
        ("2023-2024 (đợt 1)", m(2023, 9), m(2024, 1), phase(2023, Phase::First)),
        ("đợt 2, giai đoạn 22", m(2023, 2), m(2023, 8), phase(2022, Phase::Second)),
        ("năm 2019", m(2019, 1), m(2019, 12), Shape::Year { year: 2019 }),
        ("2001/02 – 2014/15", m(2001, 9), m(2015, 8), seasons(2001, 2014)),
    ];
    for (text, from, to, shape) in cases {
        let p = parse(text);
        assert_eq!((p.from, p.to, p.shape), (from, to, shape), "{text}");
    }
}

#[test]
fn bad_periods_are_refused_saying_what_was_expected() {
    let long = "2024-".repeat(10_000);
    for (text, says) in [
        ("", "empty"),
        ("   ", "empty"),
        ("2024", "single year"),
        ("soon", "is not a period"),
        ("2025-2024", "ends before it starts"),
        ("2024-2025 (giai đoạn 23)", "2023-2024"),
        ("2024-2025 (whenever)", "is not a qualifier"),
        ("2024-2025 (Oct 2023–Jul 2024)", "outside the period"),
        ("2024-2025 (interim", "not closed"),
        ("2024-2025)", "not opened"),
        ("as of", "is not a period"),
        ("as of next year", "does not end with a month or year"),
        ("2024-2025 đợt 3", "is not a period"),
        ("July 2025 – July 2024", "is not a period"),
        ("giai đoạn 0", "does not exist"),
        ("May 2024", "single month"),
        ("2001-2025 (calendar year)", "calendar year"),
        ("2024-2025 ★", "character"),
        ("99999999999-2025", "is not a period"),
        (long.as_str(), "too long"),
    ] {
        let message = Period::parse(text).expect_err(text);
        assert!(message.contains(says), "{text:?}: {message}");
        assert!(message.contains("expected a period such as 2024-2025"), "{text:?}: {message}");
    }
}

#[test]
fn labels_in_three_languages() {
    let cases: [(&str, [&str; 3]); 9] = [
        ("2024-2025", ["2024–2025", "2024–2025", "2024–2025"]),
        ("mùa khô 2024/25 (giai đoạn 24)", ["2024–2025", "2024–2025", "2024–2025"]),
        ("2024-2025 đợt 1", ["2024–2025, phase 1", "2024–2025, đợt 1", "2024–2025, ដំណាក់កាលទី ១"]),
        ("2001-2025 (24 phases)", ["2001–2025 (24 seasons)", "2001–2025 (24 mùa khô)", "2001–2025 (24 រដូវប្រាំង)"]),
        ("2019 (calendar year)", ["2019", "năm 2019", "ឆ្នាំ 2019"]),
        ("2002 – July 2022", ["2002 – July 2022", "2002 – tháng 7/2022", "2002 – ខែកក្កដា 2022"]),
        ("as of 2024-05", ["as of May 2024", "tính đến tháng 5/2024", "គិតត្រឹមខែឧសភា 2024"]),
        ("as of early 2023", ["as of early 2023", "tính đến đầu năm 2023", "គិតត្រឹមដើមឆ្នាំ 2023"]),
        ("2013 (statement)", ["as of 2013", "tính đến năm 2013", "គិតត្រឹមឆ្នាំ 2013"]),
    ];
    for (text, labels) in cases {
        let p = parse(text);
        for (lang, label) in Lang::ALL.into_iter().zip(labels) {
            assert_eq!(p.label(lang), label, "{text} in {lang:?}");
        }
    }
    // A period made in code, whose text is not its months, is labelled to the month.
    let made = Period {
        from: month(2002, 9),
        to: month(2022, 7),
        shape: Shape::Months,
        partial: false,
        plan: false,
        text: String::new(),
    };
    assert_eq!(made.label(Lang::En), "September 2002 – July 2022");
}

#[test]
fn labels_read_back_as_the_same_period() {
    let mut texts: Vec<String> = published_periods().into_iter().map(|(_, text)| text).collect();
    texts.extend(["as of mid-2023", "as of late 2023", "July 2024 – July 2025"].map(str::to_owned));
    for text in texts {
        let p = parse(&text);
        for lang in Lang::ALL {
            let label = p.label(lang);
            if matches!(p.shape, Shape::Year { .. }) && lang == Lang::En {
                // "2019" alone is refused when read (a season or a calendar year?); the
                // label is drawn beside its figure's kind.
                assert_eq!(label, "2019");
                continue;
            }
            let again = Period::parse(&label).unwrap_or_else(|e| panic!("{text} in {lang:?}: {label}: {e}"));
            assert_eq!((again.from, again.to, again.shape), (p.from, p.to, p.shape), "{text} in {lang:?}: {label}");
        }
    }
}

#[test]
fn periods_overlap_by_their_months() {
    let phase = parse("2023-2024 đợt 1");
    let season = parse("2023-2024");
    assert!(season.contains(&phase) && phase.intersects(&season) && !phase.contains(&season));
    assert!(!season.contains(&parse("2022-2023 đợt 2")));
    assert!(parse("2023-2024").contains(&parse("2023-2024 đợt 2")));
    assert!(!parse("2024-2025").intersects(&season));
    assert!(!parse("2023-2024 đợt 1").intersects(&parse("2023-2024 đợt 2")));
    let span = parse("2001-2025");
    assert!(span.contains(&parse("2013-2014")) && span.contains(&parse("2024-2025")));
    assert!(!span.intersects(&parse("2025-2026")));
    let up_to = parse("as of 2024-05");
    assert!(up_to.contains(&parse("2013-2014")));
    assert!(up_to.intersects(&parse("2023-2024")) && !up_to.contains(&parse("2023-2024")));
    assert!(!up_to.intersects(&parse("2024-2025")));
    assert!(parse("2019 (calendar year)").intersects(&parse("2018-2019")));
    assert!(parse("2019 (calendar year)").intersects(&parse("2019-2020")));
    assert!(parse("July 2024 – July 2025").intersects(&parse("2023-2024")));
    assert!(parse("2001-2002 to 2014-2015").contains(&parse("2014-2015 (Oct 2014–Jul 2015)")));
}

#[cfg(not(target_arch = "wasm32"))]
mod never_panics {
    use proptest::prelude::*;
    use repatria::figure::period::Period;
    use repatria::lang::Lang;

    proptest! {
        /// Text made of the pieces periods are made of, in any order: read or refused, and
        /// labelled when read, never a panic; a period read has its first month before its last.
        #[test]
        fn any_text_of_period_pieces(pieces in proptest::collection::vec(proptest::sample::select(vec![
            "2024", "2025", "25", "05", "1", "2", "31", "99999", "-", "–", "/", " ", "(", ")", "~", ",",
            "as of ", "to ", "đến ", "tính ", "tháng ", "năm ", "đợt ", "giai đoạn ", "mùa khô ", "XXIV", "II",
            "Nov ", "July ", "early ", "mid", "th ", "phase ", "plan", "interim", "calendar year", "statement",
            "years", "គិតត្រឹម", "ខែ", "ឧសភា", "ឆ្នាំ", "ដំណាក់កាលទី", "១",
        ]), 0..12)) {
            let text = pieces.concat();
            if let Ok(p) = Period::parse(&text) {
                prop_assert!(p.from <= p.to, "{}", text);
                for lang in Lang::ALL {
                    prop_assert!(!p.label(lang).is_empty());
                }
            }
        }
    }
}
