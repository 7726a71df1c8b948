//! A large CSV or TSV read natively on several threads, with exactly the result of reading it
//! on one.
//!
//! The bytes are cut into parts, one a thread; each thread checks that its part is UTF-8 and
//! reads its records with its own [`Validator`], which has the header's columns (the first
//! part's thread reads the comments and the header, then hands a copy of the columns to the
//! others). The parts are then added to the first in file order ([`Validator::absorb`]), the
//! lines of each shifted by the line it starts on.
//!
//! Where a record ends depends on every quote before it (a quoted value may hold line
//! breaks), so a cut is a guess, checked after the reading: it is put at a line end after an
//! even number of quotes from the start (one fast count), and kept when the last record
//! before it did not run into the cut inside quotes: that record then ended at the line end,
//! where the next part starts. Whenever a cut was wrong (possible when a quote stands inside
//! an unquoted value, which is read as text), the text or the header cannot be read, a part
//! stops with a file error, the parts' rows together pass [`ReadOptions::max_rows`], or the
//! file has a `figure` column (which kind of figure is read is decided by the first row that
//! names one), nothing is returned, and the caller reads the file on one thread: every error
//! is the one-thread reading's. (The parts' reading is then lost: at worst a file costs about
//! one and a half one-thread readings.)

use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::mpsc;

use super::delimited::{self, estimate_records, find_any};
use super::text;
use super::validate::Validator;
use super::{Loaded, ReadOptions};
use crate::date::DateEvidence;

/// Threads used at most, however many cores there are.
const MAX_THREADS: usize = 8;

/// Bytes a thread reads at least: a smaller file is read on fewer threads (one under twice
/// this), as starting a thread and joining the parts would cost more than it saves.
const MIN_PART_BYTES: usize = 512 * 1024;

/// How many parts a file may be read in.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Plan {
    /// Parts at most (one a thread).
    pub(crate) parts: usize,
    /// Bytes a part holds at least.
    pub(crate) min_part: usize,
}

impl Plan {
    /// One part a core (up to [`MAX_THREADS`]), each of at least [`MIN_PART_BYTES`].
    pub(crate) fn native() -> Plan {
        let cores = std::thread::available_parallelism().map_or(1, std::num::NonZeroUsize::get);
        Plan { parts: cores.min(MAX_THREADS), min_part: MIN_PART_BYTES }
    }

    /// The parts for a file of `bytes` bytes.
    pub(crate) fn parts_for(self, bytes: usize) -> usize {
        self.parts.min(bytes / self.min_part.max(1)).max(1)
    }
}

/// Reads the CSV or TSV `bytes` in up to `plan.parts` parts, on as many threads; `None` when
/// they are read on one thread instead (see the module's documentation), by the caller.
pub(crate) fn read(file: &str, bytes: &[u8], opts: &ReadOptions, plan: Plan) -> Option<Loaded> {
    let parts = plan.parts_for(bytes.len());
    // Lines are counted in `u32` (saturating): far from the limit, shifting them is exact.
    if parts < 2 || bytes.len() >= (u32::MAX / 2) as usize {
        return None;
    }
    let b = text::utf8_bytes(bytes)?;
    let targets: Vec<usize> = (1..parts).map(|k| b.len() / parts * k).collect();
    let cuts = cuts(b, &targets);
    if cuts.is_empty() {
        return None;
    }
    read_parts(file, b, &cuts, opts)
}

/// Where to cut `b`, one cut at or after each of `targets` (ascending): the first line end
/// (`\n`) there after an even number of quotes from the start, when there is one before the
/// end. Every cut is a guess (see the module's documentation); a file whose lines end in a
/// carriage return alone has none.
fn cuts(b: &[u8], targets: &[usize]) -> Vec<usize> {
    let mut cuts = Vec::with_capacity(targets.len());
    let (mut at, mut quoted) = (0, false);
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

/// How a part's reading ended: its validator, the line after its last record (counted from
/// the part's first line), and whether that record ran into the cut inside quotes.
type Part<'o> = (Validator<'o>, u32, bool);

/// Reads the UTF-8 bytes `b` of a file in parts cut at `cuts` (ascending, each after a line
/// end), one thread a part, and joins them; `None` when the result could differ from reading
/// them on one thread.
pub(super) fn read_parts(file: &str, b: &[u8], cuts: &[usize], opts: &ReadOptions) -> Option<Loaded> {
    let after_line_ends = cuts.iter().all(|&c| c > 0 && c < b.len() && b[c - 1] == b'\n');
    if !after_line_ends || cuts.windows(2).any(|w| w[0] >= w[1]) {
        return None;
    }
    let starts: Vec<usize> = std::iter::once(0).chain(cuts.iter().copied()).collect();
    let ends: Vec<usize> = cuts.iter().copied().chain(std::iter::once(b.len())).collect();
    let shared = Shared { rows: AtomicUsize::new(0), stop: AtomicBool::new(false), max_rows: opts.max_rows };
    let (first, later) = std::thread::scope(|s| {
        let (mut columns, mut dates, mut threads) = (Vec::new(), Vec::new(), Vec::new());
        for (&start, &end) in starts.iter().zip(&ends).skip(1) {
            let (give, take) = mpsc::channel::<(Validator<'_>, u8)>();
            columns.push(give);
            let (found, evidence) = mpsc::channel::<DateEvidence>();
            dates.push(evidence);
            let shared = &shared;
            threads.push(s.spawn(move || {
                // The part's dates, for the first part to decide the file's order from (the
                // first part may not ask: then nobody receives them).
                let _ = found.send(DateEvidence::scan(&b[start..end]));
                let text = std::str::from_utf8(&b[start..end]).ok();
                // Nothing comes when the first part cannot be read.
                let (mut v, delim) = take.recv().ok()?;
                let Some(text) = text else {
                    shared.stop.store(true, Ordering::Relaxed);
                    return None;
                };
                v.loaded.dataset.reserve(estimate_records(text, text.len(), delim, shared.max_rows));
                let (lines, open) = read_part(&mut v, (text, delim), (0, 0), shared)?;
                Some((v, lines, open))
            }));
        }
        let first = first_part(file, &b[..ends[0]], opts, b.len(), &shared, (columns, dates));
        let later: Vec<Option<Part<'_>>> =
            threads.into_iter().map(|t| t.join().unwrap_or_else(|panic| std::panic::resume_unwind(panic))).collect();
        (first, later)
    });
    // A part ends where the next starts when its last record did not run into the cut inside
    // quotes; the parts after the first count lines from 0, and are shifted by the line each
    // starts on, where the one before ended.
    let (mut v, mut at_line, mut open) = first?;
    for part in later {
        let (pv, lines, part_open) = part?;
        if open || !v.absorb(pv, at_line) {
            return None;
        }
        at_line = at_line.saturating_add(lines);
        open = part_open;
    }
    // Each part kept to the row limit alone; together, they may pass it.
    (v.rows() <= opts.max_rows).then(|| v.finish())
}

/// The channels between the first part and the others: the header's columns to each, the
/// evidence of each one's dates from it.
type Channels<'o> = (Vec<mpsc::Sender<(Validator<'o>, u8)>>, Vec<mpsc::Receiver<DateEvidence>>);

/// Reads the first part, `b`, of a file of `len` bytes: its header, the order of the file's
/// dates (from its own and, through `dates`, the other parts'), then (once the other parts'
/// threads have been sent the header's columns through `columns`) its records.
fn first_part<'o>(
    file: &str,
    b: &[u8],
    opts: &'o ReadOptions,
    len: usize,
    shared: &Shared,
    (columns, dates): Channels<'o>,
) -> Option<Part<'o>> {
    let text = std::str::from_utf8(b).ok()?;
    let mut failed = false;
    let evidence = || {
        let mut evidence = DateEvidence::scan(b);
        for part in dates {
            match part.recv() {
                Ok(e) => evidence.merge(e),
                Err(_) => failed = true,
            }
        }
        evidence
    };
    let head = delimited::head(file, text, opts, evidence).ok()?;
    if failed {
        return None;
    }
    // The header must end before the cut (else it may run on after it, inside quotes).
    if head.pos >= head.body.len() || head.v.needs_every_row_before() {
        return None;
    }
    for give in columns {
        give.send((head.v.for_part(), head.delim)).ok()?;
    }
    let mut v = head.v;
    // This dataset, which the others join, makes room for them all.
    v.loaded.dataset.reserve(estimate_records(&head.body[head.pos..], len, head.delim, opts.max_rows));
    let (line, open) = read_part(&mut v, (head.body, head.delim), (head.pos, head.line), shared)?;
    Some((v, line, open))
}

/// Reads one part (its text and delimiter) from `start` (a position and its line) into `v`,
/// adding its rows to the shared count as it goes: the line after its last record, and whether
/// that record ran into the end inside quotes; `None` (and every thread told to stop) when it
/// met a file error or the rows of all parts passed the limit.
fn read_part(v: &mut Validator<'_>, text: (&str, u8), start: (usize, u32), shared: &Shared) -> Option<(u32, bool)> {
    let mut counted = 0;
    let go = |v: &Validator<'_>| {
        let rows = v.rows();
        let all = shared.rows.fetch_add(rows - counted, Ordering::Relaxed) + (rows - counted);
        counted = rows;
        all <= shared.max_rows && !shared.stop.load(Ordering::Relaxed)
    };
    let ended = delimited::read_part(v, text, start, go).ok().flatten();
    if ended.is_none() {
        shared.stop.store(true, Ordering::Relaxed);
    }
    ended
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;
    use crate::read::FileError;

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
            (a, b) => {
                panic!("{}: one read fails and the other not: {:?} / {:?}", what(), a.as_ref().err(), b.as_ref().err())
            }
        }
    }

    /// Reads `text` on one thread.
    fn one_thread(file: &str, text: &str, opts: &ReadOptions) -> Result<Loaded, FileError> {
        delimited::read(file, text, opts)
    }

    /// The parts cut exactly at `cuts` (byte offsets), joined, or `None` (no fallback).
    fn joined(file: &str, text: &str, opts: &ReadOptions, cuts: &[usize]) -> Option<Loaded> {
        read_parts(file, text.as_bytes(), cuts, opts)
    }

    /// Reads `text` on one thread and with cuts guessed near `targets` (byte offsets, in
    /// order), asserting the same result; whether it was read in parts (no fallback).
    fn same_near(file: &str, text: &str, opts: &ReadOptions, targets: &[usize]) -> bool {
        let serial = one_thread(file, text, opts);
        let cuts = cuts(text.as_bytes(), targets);
        let parted = if cuts.is_empty() { None } else { joined(file, text, opts, &cuts) };
        let what = || format!("{file} cut at {cuts:?} near {targets:?}: {text:?}");
        let was_joined = parted.is_some();
        if let Some(loaded) = parted {
            assert_same(&serial, &Ok(loaded), what);
        }
        // And through the entry point, with a plan that cuts small files.
        for parts in [2, 3, 5] {
            if let Some(loaded) = read(file, text.as_bytes(), opts, Plan { parts, min_part: 1 }) {
                assert_same(&serial, &Ok(loaded), || format!("{}, {parts} parts", what()));
            }
        }
        was_joined
    }

    /// Cuts next to every line end, quote and carriage return (and, `dense`, at every third
    /// other character), and pairs of them on a grid: each joined reading is the one-thread
    /// reading, or is refused (`None`). Returns how many single cuts were joined.
    fn every_cut(file: &str, text: &str, opts: &ReadOptions, dense: bool) -> usize {
        let serial = one_thread(file, text, opts);
        let b = text.as_bytes();
        let near = |i: usize| [b[i - 1], b[i]].iter().any(|c| matches!(c, b'\n' | b'\r' | b'"'));
        let bounds: Vec<usize> =
            (1..b.len()).filter(|&i| text.is_char_boundary(i) && (near(i) || (dense && i % 3 == 0))).collect();
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
            for c in cuts(b, &[t]) {
                assert!(c >= t && c < b.len() && b[c - 1] == b'\n', "{t}: {c}");
                assert!(!odd_quotes(&b[..c]), "{t}: {c}");
            }
        }
        assert_eq!(cuts(b, &[5]), vec![12]);
        assert_eq!(cuts(b, &[1, 2, 13, 14, 19]), vec![4, 18, 22]);
        // After the unclosed quote, no line end is outside quotes.
        assert_eq!(cuts(b, &[23]), Vec::<usize>::new());
        assert_eq!(cuts(b, &[3, 30, 33, 40]), vec![4]);
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
        let rows = one_thread("tricky.csv", &text, &opts).expect("reads").report.rows;
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
        // A header with quotes and a line break inside them.
        let quoted = text.replacen("date,season,", "\"date\n\",\"sea\"\"son\",", 1);
        assert!(every_cut("quoted.csv", &quoted, &opts, true) > 10);
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
        let opts = ReadOptions::default();
        for path in names {
            let bytes = std::fs::read(&path).expect("reads");
            let name = path.rsplit('/').next().unwrap_or(&path);
            // A BOM is dropped, UTF-16 and text that is not UTF-8 are left to the caller.
            let serial = text::decode(&bytes).map(|t| one_thread(name, &t, &opts));
            for parts in [2, 3] {
                match (read(name, &bytes, &opts, Plan { parts, min_part: 1 }), &serial) {
                    (Some(l), Ok(serial)) => assert_same(serial, &Ok(l), || name.to_owned()),
                    (Some(_), Err(e)) => panic!("{name}: read in parts, but {e}"),
                    (None, _) => {}
                }
            }
            let utf8 = text::utf8_bytes(&bytes).and_then(|b| std::str::from_utf8(b).ok());
            assert_eq!(utf8.is_some(), !name.contains("utf16") && !name.contains("1258"), "{name}");
            if let Some(text) = utf8 {
                every_cut(name, text, &opts, true);
                every_cut(name, text, &ReadOptions { max_problems: 1, max_rows: 3, ..ReadOptions::default() }, false);
            }
        }
    }

    #[test]
    fn the_order_of_dates_is_the_whole_files_in_every_part() {
        // Month first proved only near the end; day first proved once, at the start; dates that
        // prove nothing: each part reads them in the order of the whole file, and warns alike.
        let mut month_first = String::from("date,team,remains\n13/01/2025,K52,1\n");
        for i in 0..30 {
            month_first += &format!("0{}/1{}/2024,K52,1\n", 1 + i % 9, i % 3);
        }
        month_first += "12/15/2024,K52,1\n12/16/2024,K52,1\n";
        let serial = one_thread("m.csv", &month_first, &ReadOptions::default()).expect("reads");
        assert_eq!(serial.report.date_order, crate::date::DateOrder::MonthFirst);
        assert_eq!(serial.report.warnings, 1);
        assert!(every_cut("m.csv", &month_first, &ReadOptions::default(), false) > 10);
        let ambiguous = month_first.replace("13/01/2025", "03/01/2025").replace("12/15/2024", "12/05/2024");
        let ambiguous = ambiguous.replace("12/16/2024", "12/06/2024");
        let serial = one_thread("a.csv", &ambiguous, &ReadOptions::default()).expect("reads");
        assert_eq!(serial.report.problems.len(), 1, "{:?}", serial.report.problems);
        assert!(every_cut("a.csv", &ambiguous, &ReadOptions::default(), false) > 10);
        assert!(same_near("a.csv", &ambiguous, &ReadOptions::default(), &[100, 400]));
    }

    #[test]
    fn a_figure_column_is_read_on_one_thread() {
        let text = "season,team,remains,figure\n2024-2025,K92,3,team_season\n2024-2025,,9,season_total\n\
                    2024-2025,K71,6,team_season\n";
        assert!(read("f.csv", text.as_bytes(), &ReadOptions::default(), Plan { parts: 4, min_part: 1 }).is_none());
        assert!(!same_near("f.csv", text, &ReadOptions::default(), &[30, 60]));
        let opts = ReadOptions { figure: Some("season_total".to_owned()), ..ReadOptions::default() };
        assert!(!same_near("f.csv", text, &opts, &[30, 60]));
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
        assert!(read("g.csv", text.as_bytes(), &opts, plan).is_none(), "{} bytes", text.len());
        assert!(read("g.csv", text.as_bytes(), &opts, Plan { parts: 3, min_part: 1 }).is_some());
    }

    #[test]
    fn generated_files_read_the_same_in_any_number_of_parts() {
        let text = crate::generate::generate(15_000, 11);
        let b = text.as_bytes();
        assert!(b.len() > 2 * MIN_PART_BYTES, "large enough to be cut by the native plan");
        let opts = ReadOptions::default();
        let serial = one_thread("g.csv", &text, &opts);
        let native = read("g.csv", b, &opts, Plan::native());
        assert_eq!(native.is_some(), Plan::native().parts > 1);
        if let Some(l) = native {
            assert_same(&serial, &Ok(l), || "native plan".to_owned());
        }
        for parts in [2, 3, 8] {
            let targets: Vec<usize> = (1..parts).map(|k| b.len() / parts * k).collect();
            let cuts = cuts(b, &targets);
            assert_eq!(cuts.len(), parts - 1);
            let l = joined("g.csv", &text, &opts, &cuts).expect("joined");
            assert_same(&serial, &Ok(l), || format!("{parts} parts"));
        }
        let plan = Plan { parts: 2, min_part: 1 };
        // With a BOM, the same.
        let bom = [&b"\xEF\xBB\xBF"[..], b].concat();
        assert_same(&serial, &Ok(read("g.csv", &bom, &opts, plan).expect("joined")), String::new);
        // Not UTF-8 in either part, or NUL bytes at the start: left to the one-thread reading.
        for at in [100, b.len() / 4, b.len() - 10] {
            let mut bad = b.to_vec();
            bad[at] = 0xFF;
            assert!(read("g.csv", &bad, &opts, plan).is_none(), "{at}");
        }
        let mut nul = b.to_vec();
        nul[10] = 0;
        assert!(read("g.csv", &nul, &opts, plan).is_none());
        // Over the row limit (in all, not in either part): refused. Just at it: read.
        let cut = cuts(b, &[b.len() / 2]);
        let opts = ReadOptions { max_rows: 14_999, ..ReadOptions::default() };
        assert!(one_thread("g.csv", &text, &opts).is_err());
        assert!(joined("g.csv", &text, &opts, &cut).is_none());
        assert!(read("g.csv", b, &opts, plan).is_none());
        let opts = ReadOptions { max_rows: 15_000, max_problems: 0, ..ReadOptions::default() };
        let l = joined("g.csv", &text, &opts, &cut).expect("joined");
        assert_same(&one_thread("g.csv", &text, &opts), &Ok(l), String::new);
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
            let serial = one_thread("p.csv", &text, &opts);
            let mut cuts: Vec<usize> = targets
                .iter()
                .map(|t| t % text.len())
                .filter(|&c| c > 0 && text.is_char_boundary(c))
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
