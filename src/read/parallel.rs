//! A large CSV or TSV read natively on several threads, with exactly the result of reading it
//! on one.
//!
//! The header is read once; the records after it are cut into parts, one a thread, each read
//! by its own [`Validator`] with the header's columns; the parts are then added to the first
//! in file order ([`Validator::absorb`]), their lines shifted by the line each starts on.
//!
//! Where a record ends depends on every quote before it (a quoted value may hold line
//! breaks), so a cut is a guess, checked after the reading: it is put at a line end after an
//! even number of quotes from the header on (one fast count), and kept only when the part
//! before it ended exactly there. The file is read again on one thread whenever a guess was
//! wrong (possible when a quote stands inside an unquoted value, which is read as text), a
//! part stops with a file error (the error is the one-thread reading's), the parts' rows
//! together pass [`ReadOptions::max_rows`], or the file has a `figure` column (which figure
//! kind is read is decided by the first row that names one).

use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};

use super::delimited::{self, estimate_records, find_any, Head};
use super::validate::Validator;
use super::{FileError, Loaded, ReadOptions};

/// Threads used at most, however many cores there are.
const MAX_THREADS: usize = 8;

/// Bytes of records a thread reads at least: below, a file is read on fewer threads (a file
/// under twice this on one), as starting a thread and joining the parts would cost more than
/// it saves.
const MIN_PART_BYTES: usize = 512 * 1024;

/// How many parts a file may be read in.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Plan {
    /// Parts at most (one a thread).
    pub(crate) parts: usize,
    /// Bytes of records a part holds at least.
    pub(crate) min_part: usize,
}

impl Plan {
    /// One part a core (up to [`MAX_THREADS`]), each of at least [`MIN_PART_BYTES`].
    pub(crate) fn native() -> Plan {
        let cores = std::thread::available_parallelism().map_or(1, std::num::NonZeroUsize::get);
        Plan { parts: cores.min(MAX_THREADS), min_part: MIN_PART_BYTES }
    }

    /// The parts for `bytes` bytes of records.
    pub(crate) fn parts_for(self, bytes: usize) -> usize {
        self.parts.min(bytes / self.min_part.max(1)).max(1)
    }
}

/// Reads delimited `text` (already decoded) in up to `plan.parts` parts, on as many threads.
pub(crate) fn read(file: &str, text: &str, opts: &ReadOptions, plan: Plan) -> Result<Loaded, FileError> {
    let head = delimited::head(file, text, opts)?;
    let cuts = cuts_for(&head, plan);
    if cuts.is_empty() {
        return delimited::finish_serial(head);
    }
    match read_parts(head, &cuts, opts.max_rows) {
        Some(loaded) => Ok(loaded),
        None => delimited::read_serial(file, text, opts),
    }
}

/// Where to cut the records after `head` for `plan` (none: read them on one thread).
fn cuts_for(head: &Head<'_, '_>, plan: Plan) -> Vec<usize> {
    let (from, len) = (head.pos, head.body.len());
    let parts = plan.parts_for(len - from);
    // Lines are counted in `u32` (saturating): far from the limit, shifting them is exact.
    if parts < 2 || head.v.needs_every_row_before() || len >= (u32::MAX / 2) as usize {
        return Vec::new();
    }
    let targets: Vec<usize> = (1..parts).map(|k| from + (len - from) / parts * k).collect();
    cuts(head.body.as_bytes(), from, &targets)
}

/// Record ends to cut `b[from..]` at, one at or after each of `targets` (ascending): the
/// first line end there after an even number of quotes from `from` on, when there is one
/// before the end of `b`. Every cut is a guess (see the module's documentation).
fn cuts(b: &[u8], from: usize, targets: &[usize]) -> Vec<usize> {
    let mut cuts = Vec::with_capacity(targets.len());
    let (mut at, mut quoted) = (from, false);
    for &target in targets {
        if target <= at {
            continue;
        }
        if target >= b.len() {
            break;
        }
        quoted ^= odd_quotes(&b[at..target]);
        at = target;
        loop {
            let j = find_any(b, at, b.len(), [b'"', b'\n', b'\n']);
            if j + 1 >= b.len() {
                return cuts;
            }
            at = j + 1;
            if b[j] == b'"' {
                quoted = !quoted;
            } else if !quoted {
                break;
            }
        }
        cuts.push(at);
    }
    cuts
}

/// Whether `b` holds an odd number of quotes (`"`), eight bytes at a time: each byte of the
/// accumulator keeps the parity of the quotes at its place in the words.
fn odd_quotes(b: &[u8]) -> bool {
    const LO: u64 = 0x0101_0101_0101_0101;
    const LOW7: u64 = 0x7F7F_7F7F_7F7F_7F7F;
    const QUOTES: u64 = LO * b'"' as u64;
    let mut words = b.chunks_exact(8);
    let mut acc = 0u64;
    for w in &mut words {
        let mut word = [0u8; 8];
        word.copy_from_slice(w);
        let v = u64::from_le_bytes(word) ^ QUOTES;
        // The high bit of each zero byte of `v` (each quote), exactly.
        acc ^= !((v & LOW7).wrapping_add(LOW7) | v | LOW7);
    }
    let rest = words.remainder().iter().filter(|&&c| c == b'"').count() as u32;
    (acc.count_ones() + rest) % 2 == 1
}

/// What the threads share: rows read so far by all parts, and whether to stop.
struct Shared {
    rows: AtomicUsize,
    stop: AtomicBool,
    max_rows: usize,
}

/// Reads the records after `head` in parts cut at `cuts` (ascending, after `head.pos`), one
/// thread a part, and joins them; `None` when the result could differ from reading them on one
/// thread (a wrong cut, a file error, too many rows).
fn read_parts(head: Head<'_, '_>, cuts: &[usize], max_rows: usize) -> Option<Loaded> {
    let Head { mut v, body, delim, pos, line } = head;
    if v.needs_every_row_before() {
        return None;
    }
    let starts: Vec<usize> = std::iter::once(pos).chain(cuts.iter().copied()).collect();
    let ends: Vec<usize> = cuts.iter().copied().chain(std::iter::once(body.len())).collect();
    let later: Vec<Validator<'_>> = cuts.iter().map(|_| v.for_part()).collect();
    let shared = Shared { rows: AtomicUsize::new(0), stop: AtomicBool::new(false), max_rows };
    let (first, later) = std::thread::scope(|s| {
        let threads: Vec<_> = later
            .into_iter()
            .enumerate()
            .map(|(k, mut pv)| {
                let (start, end, shared) = (starts[k + 1], ends[k + 1], &shared);
                s.spawn(move || {
                    pv.loaded.dataset.reserve(estimate_records(&body[start..end]));
                    read_part(&mut pv, (body, delim), (start, 0), end, shared).map(|stop| (pv, stop))
                })
            })
            .collect();
        // The first part, whose dataset the others join, makes room for them all.
        v.loaded.dataset.reserve(estimate_records(&body[pos..]));
        let first = read_part(&mut v, (body, delim), (pos, line), ends[0], &shared);
        let later: Vec<_> = threads
            .into_iter()
            .map(|t| t.join().unwrap_or_else(|panic| std::panic::resume_unwind(panic)))
            .collect();
        (first, later)
    });
    // Each part must have ended where the next one started. The parts after the first count
    // lines from 0: they are shifted by the line each starts on, where the one before ended.
    let (end, mut at_line) = first?;
    if end != ends[0] {
        return None;
    }
    for (k, part) in later.into_iter().enumerate() {
        let (pv, (end, lines)) = part?;
        if end != ends[k + 1] || !v.absorb(pv, at_line) {
            return None;
        }
        at_line = at_line.saturating_add(lines);
    }
    // Each part kept to the row limit alone; together, they may pass it.
    (v.rows() <= max_rows).then(|| v.finish())
}

/// Reads one part, `b[start.0..end]` from line `start.1`, into `v`, adding its rows to the
/// shared count as it goes; where it stopped and the line there, or `None` (and every thread
/// told to stop) when it met a file error or the rows of all parts passed the limit.
fn read_part(
    v: &mut Validator<'_>,
    text: (&str, u8),
    start: (usize, u32),
    end: usize,
    shared: &Shared,
) -> Option<(usize, u32)> {
    let mut counted = 0;
    let go = |v: &Validator<'_>| {
        let rows = v.rows();
        let all = shared.rows.fetch_add(rows - counted, Ordering::Relaxed) + (rows - counted);
        counted = rows;
        all <= shared.max_rows && !shared.stop.load(Ordering::Relaxed)
    };
    let stopped = delimited::read_part(v, text, start, end, go).ok().flatten();
    if stopped.is_none() {
        shared.stop.store(true, Ordering::Relaxed);
    }
    stopped
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;
    use crate::read::text;

    /// Panics unless `a` and `b` are the same reading: both the same error, or the same
    /// dataset (records, text tables, binary form) and report (every field, and its JSON).
    fn assert_same(a: &Result<Loaded, FileError>, b: &Result<Loaded, FileError>, what: impl Fn() -> String) {
        let what = || what().chars().take(2000).collect::<String>();
        match (a, b) {
            (Ok(a), Ok(b)) => {
                assert_eq!(a.report.to_json(), b.report.to_json(), "{}", what());
                assert_eq!(a.dataset.to_bytes(), b.dataset.to_bytes(), "{}", what());
                assert!(a == b, "{}: the datasets or reports differ", what());
            }
            (Err(a), Err(b)) => assert_eq!(a, b, "{}", what()),
            (a, b) => panic!("{}: one read fails and the other not: {:?} / {:?}", what(), a.as_ref().err(), b.as_ref().err()),
        }
    }

    /// The parts cut exactly at `cuts` (offsets in the text after the comments), joined, or
    /// `None` (no fallback).
    fn joined(file: &str, text: &str, opts: &ReadOptions, cuts: &[usize]) -> Option<Loaded> {
        let head = delimited::head(file, text, opts).ok()?;
        read_parts(head, cuts, opts.max_rows)
    }

    /// Reads `text` on one thread and with cuts guessed near `targets` (offsets from the first
    /// record), asserting the same result; whether it was read in parts (no fallback).
    fn same_near(file: &str, text: &str, opts: &ReadOptions, targets: &[usize]) -> bool {
        let serial = delimited::read_serial(file, text, opts);
        let Ok(head) = delimited::head(file, text, opts) else {
            assert!(serial.is_err(), "{file}: the header fails only in parts");
            return false;
        };
        let from = head.pos;
        let targets: Vec<usize> = targets.iter().map(|t| from + t).collect();
        let cuts = cuts(head.body.as_bytes(), from, &targets);
        let parted = if cuts.is_empty() { None } else { read_parts(head, &cuts, opts.max_rows) };
        let what = || format!("{file} cut at {cuts:?} near {targets:?}: {text:?}");
        let was_joined = parted.is_some();
        if let Some(loaded) = parted {
            assert_same(&serial, &Ok(loaded), what);
        }
        // And through the entry point, which reads the file again when the parts cannot be
        // joined: with a plan that cuts small files.
        for parts in [2, 3, 5] {
            let plan = Plan { parts, min_part: 1 };
            assert_same(&serial, &read(file, text, opts, plan), || format!("{}, {parts} parts", what()));
        }
        was_joined
    }

    /// Cuts next to every line end, quote and carriage return (and, `dense`, at every third
    /// other character), and pairs of them on a grid: each joined reading is the one-thread
    /// reading, or is refused (`None`). Returns how many single cuts were joined.
    fn every_cut(file: &str, text: &str, opts: &ReadOptions, dense: bool) -> usize {
        let serial = delimited::read_serial(file, text, opts);
        let Ok(head) = delimited::head(file, text, opts) else { return 0 };
        let (from, body) = (head.pos, head.body);
        let b = body.as_bytes();
        let near = |i: usize| [b[i - 1], b[i]].iter().any(|c| matches!(c, b'\n' | b'\r' | b'"'));
        let bounds: Vec<usize> = (from + 1..body.len())
            .filter(|&i| body.is_char_boundary(i) && (near(i) || (dense && i % 3 == 0)))
            .collect();
        let mut joined_ok = 0;
        for &c in &bounds {
            if let Some(l) = joined(file, text, opts, &[c]) {
                assert_same(&serial, &Ok(l), || format!("{file} cut at {c}: {text:?}"));
                joined_ok += 1;
            }
        }
        let step = (bounds.len() / 12).max(1);
        for (i, &a) in bounds.iter().enumerate().step_by(step) {
            for &b in bounds[i + 1..].iter().step_by(step) {
                if let Some(l) = joined(file, text, opts, &[a, b]) {
                    assert_same(&serial, &Ok(l), || format!("{file} cut at {a}, {b}: {text:?}"));
                }
            }
        }
        joined_ok
    }

    const HEADER: &str = "date,season,team,province,district,village,lat,lon,remains,identified,note\n";

    /// Rows that each exercise something: problems, texts to intern, other teams and
    /// seasons, quotes, line breaks inside quotes, empty and blank lines.
    const ROWS: &[&str] = &[
        "06/11/2024,2024-2025,K92,Kratie,Srok 1,Phum 2,12.5,106.0,1,0,\n",
        "2025-01-02,,K71,Siem Reap,Srok 2,,13.4,103.9,2,1,note one\n",
        ",1999-2000,Đội K-73,Kampot,,Phum 9,,,1,,\n",
        ",2024-2025,Team X,Atlantis,Srok 1,,,,3,,\n",
        ",2024-2025,Team Y,Kampong Chnnang,,,,,1,,\n",
        ",,,,,,,,1,,\n",
        "31/02/2025,,K90,,,,,,x,,\n",
        ",2024-2025,K90,Kratie,,,106.0,12.5,1,5,\n",
        ",2024-2025,K92,Kratie,,,12.5,,1,,\n",
        ",2024-2025,K92,,\"Srok \"\"quoted\"\"\",\"multi\nline\nvillage\",,,1,,\"a, b\"\n",
        ",2024-2025,K92,Takeo,,,,,1,,\"note\r\nover lines\"\r\n",
        ",2024-2025,K92,Takeo,,,,,1,,\"closed\"tail\n",
        ",2024-2025,K92,Takeo,,,,,1,,5\" shell\n",
        ",2024-2025,K92,Takeo,,,,,1,,say \"a\" twice \"b\"\n",
        "\n",
        "   \n",
        ",2024-2025,K92,Takeo,,,,,1,,,extra,cells\n",
        ",2024-2025,K92,Takeo,,,,,1,,lone cr\r",
        "# not a comment here\n",
        ",2024-2025,Team X,Kandal,Srok 3,Phum 1,,,2,,\n",
    ];

    fn rows_text(picks: &[usize]) -> String {
        let mut s = String::from("# SAMPLE: made up\n\n");
        s.push_str(HEADER);
        for &i in picks {
            s.push_str(ROWS[i % ROWS.len()]);
        }
        s
    }

    #[test]
    fn quotes_are_counted_exactly() {
        let mut seed = 3u32;
        for len in 0..70 {
            for _ in 0..30 {
                let s: Vec<u8> = (0..len)
                    .map(|_| {
                        seed = seed.wrapping_mul(1_103_515_245).wrapping_add(12345);
                        [b'"', b'a', b'\n', b'"' + 1, b'"' - 1, 0xA2, 0x22 | 0x80][(seed >> 16) as usize % 7]
                    })
                    .collect();
                for start in 0..s.len().min(9) {
                    let slow = s[start..].iter().filter(|&&c| c == b'"').count() % 2 == 1;
                    assert_eq!(odd_quotes(&s[start..]), slow, "{:?}", &s[start..]);
                }
            }
        }
    }

    #[test]
    fn cuts_fall_on_line_ends_after_even_quotes() {
        let text = "a,b\n\"x\ny\",1\n2,\"3\"\n4,5\n\"open\nx,y\nz\n";
        let b = text.as_bytes();
        for t in 0..b.len() {
            for c in cuts(b, 0, &[t]) {
                assert!(c >= t && c < b.len() && b[c - 1] == b'\n', "{t}: {c}");
                assert!(!odd_quotes(&b[..c]), "{t}: {c}");
            }
        }
        assert_eq!(cuts(b, 0, &[5]), vec![12]);
        assert_eq!(cuts(b, 0, &[1, 2, 13, 14, 19]), vec![4, 18, 22]);
        assert_eq!(cuts(b, 4, &[13]), vec![18]);
        // After the unclosed quote, no line end is outside quotes.
        assert_eq!(cuts(b, 0, &[23]), Vec::<usize>::new());
        assert_eq!(cuts(b, 0, &[3, 30, 33, 40]), vec![4]);
    }

    #[test]
    fn every_cut_of_tricky_files_is_exact_or_refused() {
        let all: Vec<usize> = (0..ROWS.len()).collect();
        let text = rows_text(&all);
        let opts = ReadOptions::default();
        let joined = every_cut("tricky.csv", &text, &opts, true);
        assert!(joined > 10, "only {joined} cuts joined");
        // Fewer problems listed than there are (in one part, in both, at the cut).
        for max_problems in [0, 1, 2, 5, 9] {
            let opts = ReadOptions { max_problems, ..ReadOptions::default() };
            assert!(every_cut("tricky.csv", &text, &opts, max_problems == 2) > 10);
        }
        // A row limit reached, just met, and passed in the second part only.
        let rows = delimited::read_serial("tricky.csv", &text, &opts).expect("reads").report.rows;
        for max_rows in [0, 1, rows / 2, rows - 1, rows, rows + 1] {
            let opts = ReadOptions { max_rows, ..ReadOptions::default() };
            every_cut("tricky.csv", &text, &opts, max_rows == rows / 2);
        }
        // CRLF everywhere, semicolons, tabs (by the name), a `sep=` line.
        let crlf = text.replace('\n', "\r\n");
        assert!(every_cut("crlf.csv", &crlf, &opts, true) > 10);
        let semi = text.replace(',', ";");
        assert!(every_cut("semi.csv", &semi, &opts, false) > 10);
        let tabs = text.replace(',', "\t");
        assert!(every_cut("tabs.tsv", &tabs, &opts, false) > 10);
        let sep = format!("sep=;\n{semi}");
        assert!(every_cut("sep.csv", &sep, &opts, false) > 10);
        // An unclosed quote in the middle runs to the end.
        let open = rows_text(&[0, 1, 2]) + ",2024-2025,K92,Takeo,,,,,1,,\"open\n" + &rows_text(&[3, 4]);
        every_cut("open.csv", &open, &opts, true);
        // Trailing empty lines, no final line end.
        for tail in ["\n\n\n", "\r\n\r\n", "   \n \n", ""] {
            let t = rows_text(&[0, 1, 9, 0]) + tail;
            every_cut("tail.csv", &t, &opts, true);
            let t = rows_text(&[0, 1, 9, 0]).trim_end().to_owned() + tail;
            every_cut("tail.csv", &t, &opts, true);
        }
    }

    #[test]
    fn test_files_read_the_same_in_parts() {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data");
        let mut names: Vec<String> = std::fs::read_dir(dir)
            .expect("tests/data")
            .chain(std::fs::read_dir(format!("{dir}/bad")).expect("tests/data/bad"))
            .filter_map(|e| Some(e.ok()?.path().to_str()?.to_owned()))
            .filter(|p| p.ends_with(".csv") || p.ends_with(".tsv") || p.ends_with(".txt"))
            .collect();
        names.sort();
        assert!(names.len() >= 10, "{names:?}");
        for path in names {
            let bytes = std::fs::read(&path).expect("reads");
            // The BOM and UTF-16 are handled before: the decoded text is what is cut.
            let Ok(text) = text::decode(&bytes) else { continue };
            let name = path.rsplit('/').next().unwrap_or(&path);
            every_cut(name, &text, &ReadOptions::default(), true);
            every_cut(name, &text, &ReadOptions { max_problems: 1, max_rows: 3, ..ReadOptions::default() }, false);
        }
    }

    #[test]
    fn a_figure_column_is_read_on_one_thread() {
        let text = "season,team,remains,figure\n2024-2025,K92,3,team_season\n2024-2025,,9,season_total\n\
                    2024-2025,K71,6,team_season\n";
        let opts = ReadOptions::default();
        let head = delimited::head("f.csv", text, &opts).expect("reads");
        assert!(cuts_for(&head, Plan { parts: 4, min_part: 1 }).is_empty());
        same_near("f.csv", text, &ReadOptions::default(), &[20, 40]);
        let opts = ReadOptions { figure: Some("season_total".to_owned()), ..ReadOptions::default() };
        same_near("f.csv", text, &opts, &[20, 40]);
    }

    #[test]
    fn small_files_are_read_on_one_thread_and_large_ones_in_parts() {
        let plan = Plan { parts: 8, min_part: MIN_PART_BYTES };
        assert_eq!(plan.parts_for(MIN_PART_BYTES * 2 - 1), 1);
        assert_eq!(plan.parts_for(MIN_PART_BYTES * 2), 2);
        assert_eq!(plan.parts_for(MIN_PART_BYTES * 100), 8);
        assert!(Plan::native().parts >= 1 && Plan::native().parts <= MAX_THREADS);
        let text = crate::generate::generate(2_000, 5);
        let opts = ReadOptions::default();
        let head = delimited::head("g.csv", &text, &opts).expect("reads");
        assert!(cuts_for(&head, plan).is_empty(), "{} bytes", text.len());
        assert_eq!(cuts_for(&head, Plan { parts: 3, min_part: 1 }).len(), 2);
    }

    #[test]
    fn generated_files_read_the_same_in_any_number_of_parts() {
        let text = crate::generate::generate(15_000, 11);
        assert!(text.len() > 2 * MIN_PART_BYTES, "large enough to be cut by the native plan");
        let opts = ReadOptions::default();
        let serial = delimited::read_serial("g.csv", &text, &opts);
        assert_same(&serial, &read("g.csv", &text, &opts, Plan::native()), || "native plan".to_owned());
        let head = delimited::head("g.csv", &text, &opts).expect("reads");
        let (from, len) = (head.pos, head.body.len());
        for parts in [2, 3, 8] {
            let targets: Vec<usize> = (1..parts).map(|k| from + (len - from) / parts * k).collect();
            let cuts = cuts(head.body.as_bytes(), from, &targets);
            assert_eq!(cuts.len(), parts - 1);
            let l = joined("g.csv", &text, &opts, &cuts).expect("joined");
            assert_same(&serial, &Ok(l), || format!("{parts} parts"));
        }
        // Over the row limit: refused, and read again with the one-thread error.
        let cut = cuts(head.body.as_bytes(), from, &[(from + len) / 2]);
        let opts = ReadOptions { max_rows: 14_999, ..ReadOptions::default() };
        assert!(joined("g.csv", &text, &opts, &cut).is_none());
        let plan = Plan { parts: 2, min_part: 1 };
        let refused = read("g.csv", &text, &opts, plan);
        assert!(refused.is_err());
        assert_same(&delimited::read_serial("g.csv", &text, &opts), &refused, String::new);
        let opts = ReadOptions { max_rows: 15_000, max_problems: 0, ..ReadOptions::default() };
        let l = joined("g.csv", &text, &opts, &cut).expect("joined");
        assert_same(&delimited::read_serial("g.csv", &text, &opts), &Ok(l), String::new);
    }

    /// A row from pieces, each maybe quoted, with one of the line ends.
    fn arb_row() -> impl Strategy<Value = String> {
        let cell = prop_oneof![
            Just(String::new()),
            Just("2024-2025".to_owned()),
            Just("06/11/2024".to_owned()),
            Just("31/02/2025".to_owned()),
            Just("K92".to_owned()),
            Just("Team Z".to_owned()),
            Just("Kratie".to_owned()),
            Just("Atlantis".to_owned()),
            Just("12.5".to_owned()),
            Just("106.0".to_owned()),
            Just("3".to_owned()),
            Just("-1".to_owned()),
            Just("Phum \"7\"".to_owned()),
            Just("\"q\nq\"".to_owned()),
            Just("\"\"\"\"".to_owned()),
            Just("\"x\"y".to_owned()),
            Just("a\"b".to_owned()),
            Just("\"open".to_owned()),
            Just("\"a,b\r\nc\"".to_owned()),
            "[a-zà-ỹ ]{0,6}",
        ];
        let end = prop_oneof![Just("\n"), Just("\r\n"), Just("\r"), Just("\n\n"), Just("")];
        (prop::collection::vec(cell, 0..12), end).prop_map(|(cells, end)| cells.join(",") + end)
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 200, ..ProptestConfig::default() })]

        #[test]
        fn any_file_reads_the_same_in_parts(
            rows in prop::collection::vec(arb_row(), 0..40),
            targets in prop::collection::vec(0usize..2000, 1..5),
            max_problems in prop_oneof![Just(0usize), Just(1), Just(3), Just(10_000)],
            max_rows in prop_oneof![Just(2usize), Just(10), Just(5_000_000)],
        ) {
            let text = format!("# made up\n{HEADER}{}", rows.concat());
            let opts = ReadOptions { max_problems, max_rows, ..ReadOptions::default() };
            let mut targets = targets;
            targets.sort_unstable();
            same_near("p.csv", &text, &opts, &targets);
            // Cuts anywhere (not only where a guess would put them): exact or refused.
            let serial = delimited::read_serial("p.csv", &text, &opts);
            if let Ok(head) = delimited::head("p.csv", &text, &opts) {
                let mut cuts: Vec<usize> = targets
                    .iter()
                    .map(|t| head.pos + t % (head.body.len() - head.pos).max(1))
                    .filter(|&c| c > head.pos && head.body.is_char_boundary(c))
                    .collect();
                cuts.sort_unstable();
                cuts.dedup();
                if !cuts.is_empty() {
                    if let Some(l) = joined("p.csv", &text, &opts, &cuts) {
                        assert_same(&serial, &Ok(l), || format!("cut at {cuts:?}: {text:?}"));
                    }
                }
            }
        }
    }
}
