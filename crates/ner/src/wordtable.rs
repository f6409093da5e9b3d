//! The tagger's word memory: word form → index of its remembered scores.
//!
//! Why not a `HashMap<Box<str>, u32>`: comparing a probed key there reads
//! the boxed string from elsewhere on the heap, a second cache miss per
//! token on top of the bucket's. Here each slot keeps the full 64-bit hash
//! and the first [`HEAD`] bytes of the form, so a lookup of a form of up to
//! [`HEAD`] bytes (nearly every word) reads one slot; longer forms compare
//! their tail in a byte arena. Lookups are exact: equal hashes are checked
//! byte for byte.

use std::hash::Hasher;

/// Bytes of a form kept in the slot itself.
const HEAD: usize = 20;

/// `a == b` for two slices of one length, up to 16 bytes compared as two
/// overlapping words (or halves, or three bytes) in line: the slice
/// comparison called `memcmp` for every word of every sentence (issue #9).
#[inline]
fn same_bytes(a: &[u8], b: &[u8]) -> bool {
    let n = a.len();
    if n != b.len() {
        return false;
    }
    let w8 = |x: &[u8], k: usize| u64::from_le_bytes(x[k..k + 8].try_into().unwrap_or([0; 8]));
    let w4 = |x: &[u8], k: usize| u32::from_le_bytes(x[k..k + 4].try_into().unwrap_or([0; 4]));
    match n {
        0 => true,
        1..=3 => a[0] == b[0] && a[n / 2] == b[n / 2] && a[n - 1] == b[n - 1],
        4..=7 => w4(a, 0) == w4(b, 0) && w4(a, n - 4) == w4(b, n - 4),
        8..=16 => w8(a, 0) == w8(b, 0) && w8(a, n - 8) == w8(b, n - 8),
        _ => a == b,
    }
}

#[derive(Debug, Clone, Copy)]
struct Slot {
    hash: u64,
    /// Index of the word's scores; `u32::MAX` marks an empty slot.
    idx: u32,
    len: u32,
    /// Where the bytes after the first [`HEAD`] are in the arena.
    tail: u32,
    head: [u8; HEAD],
}

const EMPTY: Slot = Slot {
    hash: 0,
    idx: u32::MAX,
    len: 0,
    tail: 0,
    head: [0; HEAD],
};

/// Open addressing with linear probing, at most half full.
#[derive(Debug, Default)]
pub(crate) struct WordTable {
    slots: Vec<Slot>,
    /// The tails of forms longer than [`HEAD`] bytes.
    arena: Vec<u8>,
    len: usize,
}

impl WordTable {
    /// The hash a form is looked up with.
    #[inline]
    pub(crate) fn hash(w: &str) -> u64 {
        let mut h = rustc_hash::FxHasher::default();
        h.write(w.as_bytes());
        h.finish().wrapping_mul(0x9e37_79b9_7f4a_7c15)
    }

    #[inline]
    fn home(&self, h: u64) -> usize {
        // The high bits are the well-mixed ones.
        (h >> 32) as usize & (self.slots.len().wrapping_sub(1))
    }

    #[inline]
    fn matches(&self, s: &Slot, w: &[u8], h: u64) -> bool {
        if s.hash != h || s.len as usize != w.len() {
            return false;
        }
        let n = w.len().min(HEAD);
        if !same_bytes(&s.head[..n], &w[..n]) {
            return false;
        }
        if w.len() <= HEAD {
            return true;
        }
        let a = s.tail as usize;
        self.arena.get(a..a + w.len() - HEAD) == Some(&w[HEAD..])
    }

    /// The index stored for `w` (`h` = [`WordTable::hash`] of it).
    #[inline]
    pub(crate) fn get(&self, w: &str, h: u64) -> Option<u32> {
        if self.slots.is_empty() {
            return None;
        }
        let w = w.as_bytes();
        let mask = self.slots.len() - 1;
        let mut i = self.home(h);
        loop {
            let s = &self.slots[i];
            if s.idx == u32::MAX {
                return None;
            }
            if self.matches(s, w, h) {
                return Some(s.idx);
            }
            i = (i + 1) & mask;
        }
    }

    /// Reads the home slot of every hash without using it: independent
    /// loads that overlap, so the lookups after find them in cache.
    #[inline]
    pub(crate) fn touch(&self, hashes: &[u64]) -> u32 {
        if self.slots.is_empty() {
            return 0;
        }
        hashes
            .iter()
            .fold(0, |acc, &h| acc ^ self.slots[self.home(h)].idx)
    }

    /// Stores `idx` for `w`, which must not be in the table yet. Forms
    /// whose tail would not fit the arena's 32-bit offsets are not stored
    /// (they are computed again when met again).
    pub(crate) fn insert(&mut self, w: &str, h: u64, idx: u32) {
        if (self.len + 1) * 2 > self.slots.len() {
            self.grow();
        }
        let w = w.as_bytes();
        let mut s = Slot {
            hash: h,
            idx,
            len: 0,
            tail: 0,
            head: [0; HEAD],
        };
        let n = w.len().min(HEAD);
        s.head[..n].copy_from_slice(&w[..n]);
        if w.len() > HEAD {
            let (Ok(len), Ok(tail)) = (u32::try_from(w.len()), u32::try_from(self.arena.len()))
            else {
                return;
            };
            if u32::try_from(self.arena.len() + w.len()).is_err() {
                return;
            }
            s.len = len;
            s.tail = tail;
            self.arena.extend_from_slice(&w[HEAD..]);
        } else {
            s.len = w.len() as u32;
        }
        self.place(s);
        self.len += 1;
    }

    fn place(&mut self, s: Slot) {
        let mask = self.slots.len() - 1;
        let mut i = self.home(s.hash);
        while self.slots[i].idx != u32::MAX {
            i = (i + 1) & mask;
        }
        self.slots[i] = s;
    }

    fn grow(&mut self) {
        let cap = (self.slots.len() * 2).max(1024);
        let old = std::mem::replace(&mut self.slots, vec![EMPTY; cap]);
        for s in old.into_iter().filter(|s| s.idx != u32::MAX) {
            self.place(s);
        }
    }

    pub(crate) fn clear(&mut self) {
        self.slots.fill(EMPTY);
        self.arena.clear();
        self.len = 0;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Issue #9: `same_bytes` is slice equality at every length up to 24
    /// and for a difference at every position.
    #[test]
    fn same_bytes_is_slice_equality_issue_9() {
        for n in 0..=24usize {
            let a: Vec<u8> = (0..n as u8).map(|k| b'a' + k).collect();
            assert!(same_bytes(&a, &a.clone()));
            for k in 0..n {
                let mut b = a.clone();
                b[k] ^= 0x20;
                assert!(!same_bytes(&a, &b), "{n} {k}");
            }
            assert!(!same_bytes(&a, &[a.as_slice(), b"x"].concat()));
        }
    }

    #[test]
    fn finds_what_was_stored_and_nothing_else() {
        let mut t = WordTable::default();
        let long = "Donaudampfschifffahrtsgesellschaft".repeat(3);
        let words: Vec<String> = (0..5000)
            .map(|i| format!("w{i}"))
            .chain(["", "ä", "Bundesverfassungsgericht", long.as_str()].map(String::from))
            .collect();
        for (i, w) in words.iter().enumerate() {
            assert_eq!(t.get(w, WordTable::hash(w)), None, "{w}");
            t.insert(w, WordTable::hash(w), i as u32);
        }
        for (i, w) in words.iter().enumerate() {
            assert_eq!(t.get(w, WordTable::hash(w)), Some(i as u32), "{w}");
        }
        // Same length and head, another tail; a prefix of a stored word.
        let other = format!("{}X", &long[..long.len() - 1]);
        assert_eq!(t.get(&other, WordTable::hash(&other)), None);
        assert_eq!(t.get("Bundes", WordTable::hash("Bundes")), None);
        // A forged hash collision is still told apart by the bytes.
        assert_eq!(t.get("w1", WordTable::hash("w2")), None);
        t.clear();
        assert_eq!(t.get("w1", WordTable::hash("w1")), None);
        t.insert("w1", WordTable::hash("w1"), 7);
        assert_eq!(t.get("w1", WordTable::hash("w1")), Some(7));
    }
}
