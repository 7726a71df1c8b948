//! A cache of parse results by the text parsed: a column has few distinct seasons, teams or
//! provinces, so each is read once.

use std::collections::HashMap;

use crate::hash::FxBuild;

use super::cells::same;

/// Distinct values a cache keeps; beyond, values are computed every time (hostile input).
pub(super) const MEMO_CAP: usize = 4096;

/// Slots of a cache's direct-mapped front table (a power of two).
const MEMO_SLOTS: usize = 256;

/// A cached key and its value.
type Entry<V> = (Box<str>, V);

/// A cache of parse results by the text parsed: a small two-way table in front (a column has
/// few distinct seasons, teams or provinces, so most lookups are one or two comparisons),
/// then a hash map.
pub(super) struct Memo<V> {
    /// Two ways per slot, the most recently filled first: two keys of a column that share a
    /// slot (it happens among 25 province names) both stay in front.
    front: Vec<[Option<Entry<V>>; 2]>,
    map: HashMap<Box<str>, V, FxBuild>,
}

/// A cheap hash from the length and four bytes of the key (first, middle, last two), mixed by
/// a multiplication (its high bits are the well-mixed ones).
#[inline]
pub(super) fn hash(key: &str) -> u64 {
    let b = key.as_bytes();
    let n = b.len();
    let at = |i: usize| b.get(i).copied().unwrap_or(0);
    let (first, mid, before, last) = (at(0), at(n / 2), at(n.wrapping_sub(2)), at(n.wrapping_sub(1)));
    (u64::from(first) | u64::from(mid) << 8 | u64::from(last) << 16 | u64::from(before) << 24 | (n as u64) << 32)
        .wrapping_mul(0x9E37_79B9_7F4A_7C15)
}

/// The front-table slot of a cache key.
#[inline]
fn slot(key: &str) -> usize {
    (hash(key) >> 56) as usize % MEMO_SLOTS
}

impl<V: Clone> Memo<V> {
    pub(super) fn new() -> Memo<V> {
        Memo { front: vec![[None, None]; MEMO_SLOTS], map: HashMap::default() }
    }

    /// Distinct values cached (up to [`MEMO_CAP`]).
    #[cfg(not(target_arch = "wasm32"))]
    pub(super) fn len(&self) -> usize {
        self.map.len()
    }

    #[inline]
    pub(super) fn get(&mut self, key: &str, f: impl FnOnce(&str) -> V) -> V {
        let i = slot(key);
        for (k, v) in self.front[i].iter().flatten() {
            if same(k.as_bytes(), key.as_bytes()) {
                return v.clone();
            }
        }
        self.miss(i, key, f)
    }

    #[inline(never)]
    fn miss(&mut self, i: usize, key: &str, f: impl FnOnce(&str) -> V) -> V {
        let v = match self.map.get(key) {
            Some(v) => v.clone(),
            None => {
                let v = f(key);
                if self.map.len() < MEMO_CAP {
                    self.map.insert(key.into(), v.clone());
                }
                v
            }
        };
        if key.len() <= 64 {
            let ways = &mut self.front[i];
            ways[1] = ways[0].take();
            ways[0] = Some((key.into(), v.clone()));
        }
        v
    }
}
