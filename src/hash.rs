//! FxHash (as in rustc): a fast hash for the short strings the readers cache and the dataset
//! interns. Not for untrusted keys in a long-lived server, which is not what these are.

use std::hash::{BuildHasherDefault, Hasher};

/// The multiplier of FxHash.
const K: u64 = 0x517c_c1b7_2722_0a95;

/// FxHash's state: eight bytes at a time, then the bytes left one by one.
#[derive(Clone, Copy, Debug, Default)]
pub struct FxHasher(u64);

impl FxHasher {
    #[inline]
    fn add(&mut self, word: u64) {
        self.0 = (self.0.rotate_left(5) ^ word).wrapping_mul(K);
    }
}

impl Hasher for FxHasher {
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let mut w = [0u8; 8];
            w.copy_from_slice(c);
            self.add(u64::from_le_bytes(w));
        }
        for &b in chunks.remainder() {
            self.add(u64::from(b));
        }
    }

    #[inline]
    fn write_u8(&mut self, i: u8) {
        self.add(u64::from(i));
    }

    #[inline]
    fn finish(&self) -> u64 {
        self.0
    }
}

/// Builds [`FxHasher`]s, for `HashMap<K, V, FxBuild>`.
pub type FxBuild = BuildHasherDefault<FxHasher>;

#[cfg(test)]
mod tests {
    use super::*;

    fn hash(bytes: &[u8]) -> u64 {
        let mut h = FxHasher::default();
        h.write(bytes);
        h.finish()
    }

    #[test]
    fn every_byte_counts() {
        assert_ne!(hash(b"Phum 1"), hash(b"Phum 2"));
        assert_ne!(hash(b"abcdefgh1"), hash(b"abcdefgh2"));
        assert_eq!(hash(b"Kampot"), hash(b"Kampot"));
    }
}
