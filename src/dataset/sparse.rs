//! A column that most records may leave empty (coordinates, free texts), stored as (record,
//! value) pairs, or densely once most records have a value.

/// A column that many records may leave empty: while loading, (record, value) pairs for the
/// records that have a value; after loading, one value per record when most records have one
/// (`NONE` marking the others), whichever takes less memory.
#[derive(Clone, Debug, PartialEq)]
pub(super) struct SparseColumn<T: Copy + PartialEq> {
    pub(super) dense: bool,
    pub(super) rows: Vec<u32>,
    pub(super) values: Vec<T>,
}

impl<T: Copy + PartialEq> Default for SparseColumn<T> {
    fn default() -> Self {
        SparseColumn { dense: false, rows: Vec::new(), values: Vec::new() }
    }
}

impl<T: Copy + PartialEq> SparseColumn<T> {
    /// Sets record `i` (the next record: `i` equals the number of records so far).
    pub(super) fn push(&mut self, i: u32, v: Option<T>, none: T) {
        if self.dense {
            self.values.push(v.unwrap_or(none));
        } else if let Some(v) = v {
            self.rows.push(i);
            self.values.push(v);
        }
    }

    pub(super) fn get(&self, i: usize, none: T) -> Option<T> {
        if self.dense {
            self.values.get(i).copied().filter(|v| *v != none)
        } else {
            let k = self.rows.partition_point(|&r| (r as usize) < i);
            (self.rows.get(k) == Some(&(i as u32))).then(|| self.values[k])
        }
    }

    /// (record, value) for the records with a value, in record order.
    pub(super) fn iter(&self, none: T) -> impl Iterator<Item = (u32, T)> + '_ {
        let dense = self.dense;
        self.values.iter().enumerate().filter_map(move |(k, &v)| match dense {
            true => (v != none).then_some((k as u32, v)),
            false => Some((self.rows[k], v)),
        })
    }

    /// Chooses the smaller layout for `len` records and frees spare capacity.
    pub(super) fn settle(&mut self, len: usize, none: T) {
        let size = std::mem::size_of::<T>();
        if !self.dense && self.values.len() * (size + 4) > len * size {
            let mut values = vec![none; len];
            for (&r, &v) in self.rows.iter().zip(&self.values) {
                values[r as usize] = v;
            }
            *self = SparseColumn { dense: true, rows: Vec::new(), values };
        }
        self.rows.shrink_to_fit();
        self.values.shrink_to_fit();
    }

    /// Adds the values of `other`, a column of `other_len` records that follow this column's
    /// `len`, each value mapped by `f`.
    #[cfg(not(target_arch = "wasm32"))]
    pub(super) fn append(
        &mut self,
        (len, other_len): (u32, u32),
        other: &SparseColumn<T>,
        none: T,
        f: impl Fn(T) -> T,
    ) {
        if !self.dense && !other.dense {
            self.rows.extend(other.rows.iter().map(|&r| r + len));
            self.values.extend(other.values.iter().map(|&v| f(v)));
        } else {
            for i in 0..other_len {
                self.push(len + i, other.get(i as usize, none).map(&f), none);
            }
        }
    }

    pub(super) fn heap_bytes(&self) -> usize {
        self.rows.capacity() * 4 + self.values.capacity() * std::mem::size_of::<T>()
    }
}
