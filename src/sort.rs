//! Sorting short lists (provinces, teams, legend entries) with little code.
//!
//! Every call of the standard library's sort instantiates a full sorting algorithm, a few
//! kilobytes of Wasm each; the lists sorted here hold at most a few dozen items, for which
//! one small stable insertion sort is as fast and a fraction of the size.

use std::cmp::Ordering;

/// Sorts `v` in place by `cmp`, stably. Meant for short slices (quadratic in the worst case).
pub fn sort_by<T>(v: &mut [T], mut cmp: impl FnMut(&T, &T) -> Ordering) {
    for i in 1..v.len() {
        let mut j = i;
        while j > 0 && cmp(&v[j - 1], &v[j]) == Ordering::Greater {
            v.swap(j - 1, j);
            j -= 1;
        }
    }
}

/// Sorts `v` in place by a key, stably. Meant for short slices.
pub fn sort_by_key<T, K: Ord>(v: &mut [T], mut key: impl FnMut(&T) -> K) {
    sort_by(v, |a, b| key(a).cmp(&key(b)));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorts_stably() {
        let mut v = vec![(3, 'a'), (1, 'b'), (3, 'c'), (2, 'd'), (1, 'e')];
        sort_by_key(&mut v, |x| x.0);
        assert_eq!(v, vec![(1, 'b'), (1, 'e'), (2, 'd'), (3, 'a'), (3, 'c')]);
        let mut w: Vec<u32> = (0..50).rev().collect();
        sort_by(&mut w, |a, b| a.cmp(b));
        assert!(w.windows(2).all(|p| p[0] <= p[1]));
    }
}
