//! The memory a hostile CSV makes the reader take, counted by this binary's allocator (its only
//! test, so that no other test's allocations are counted): blank lines reserve no records, and
//! what is reserved for records is never more than the file's own size.

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering::Relaxed};

/// The system allocator, counting the bytes allocated and their peak.
struct Counting;

static LIVE: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

fn grew(bytes: usize) {
    let live = LIVE.fetch_add(bytes, Relaxed) + bytes;
    PEAK.fetch_max(live, Relaxed);
}

// SAFETY: every call is passed on to the system allocator unchanged; only sizes are counted.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let p = System.alloc(layout);
        if !p.is_null() {
            grew(layout.size());
        }
        p
    }
    unsafe fn dealloc(&self, p: *mut u8, layout: Layout) {
        System.dealloc(p, layout);
        LIVE.fetch_sub(layout.size(), Relaxed);
    }
    unsafe fn realloc(&self, p: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let q = System.realloc(p, layout, new_size);
        if !q.is_null() {
            if new_size >= layout.size() {
                grew(new_size - layout.size());
            } else {
                LIVE.fetch_sub(layout.size() - new_size, Relaxed);
            }
        }
        q
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

/// What `f` gives, and the most bytes it had allocated at once beyond those live before.
fn peak_of<R>(f: impl FnOnce() -> R) -> (R, usize) {
    let base = LIVE.load(Relaxed);
    PEAK.store(base, Relaxed);
    let r = f();
    (r, PEAK.load(Relaxed).saturating_sub(base))
}

const MB: usize = 1_000_000;

#[test]
fn blank_lines_reserve_no_memory_and_records_no_more_than_the_file() {
    // 20 MB of blank lines, then one record: once 20 million records reserved (460 MB).
    let blank = format!("season,team,remains\n{}2024-2025,K92,3\n", "\n".repeat(20 * MB));
    let (loaded, peak) = peak_of(|| repatria::read::read("blank.csv", blank.as_bytes()));
    let loaded = loaded.expect("read");
    println!("{} MB of blank lines and one record: {peak} bytes at most while reading", blank.len() / MB);
    assert_eq!((loaded.report.rows, loaded.report.accepted, loaded.report.rejected), (1, 1, 0));
    assert!(loaded.report.problems.is_empty(), "{:?}", loaded.report.problems);
    assert!(peak < 4 * MB, "{peak} bytes");
    // Lines of delimiters and spaces alone are no records either.
    let commas = format!("season,team,remains\n{}2024-2025,K92,3\n", " , ,\r\n".repeat(4 * MB));
    let (loaded, peak) = peak_of(|| repatria::read::read("commas.csv", commas.as_bytes()));
    println!("{} MB of empty rows and one record: {peak} bytes at most while reading", commas.len() / MB);
    assert_eq!(loaded.expect("read").report.rows, 1);
    assert!(peak < 4 * MB, "{peak} bytes");
    // 16 KB of the shortest records, then blank lines: the first lines say 5 million records
    // of 4 bytes; what is reserved is at most the file's size.
    let dense = format!("team,remains\n{}{}", "a,1\n".repeat(4096), "\n".repeat(20 * MB));
    let (loaded, peak) = peak_of(|| repatria::read::read("dense.csv", dense.as_bytes()));
    let loaded = loaded.expect("read");
    println!("16 KB of records, then {} MB of blank lines: {peak} bytes at most while reading", dense.len() / MB);
    assert_eq!((loaded.report.rows, loaded.report.accepted), (4096, 4096));
    assert!(peak < dense.len() + 4 * MB, "{peak} bytes for a file of {}", dense.len());
}
