//! The model: sparse feature weights, transitions, and the file format.
//!
//! File layout: the 8 magic bytes [`MAGIC`], then a postcard-encoded
//! [`Header`] (format version, feature-template hash, lexicon id), then a
//! postcard-encoded body. The header is read and checked before the body, so
//! a file of another version or trained with other features is refused with
//! an error that says why.
//!
//! Weights are stored sparsely: each feature keeps only the tags it has a
//! non-zero weight for. A feature is addressed by a 32-bit fingerprint of its
//! key; each entry packs the tag into the low 5 bits of an `f32` weight
//! (losing 5 of 23 mantissa bits, far below what matters for a perceptron).

use crate::decode::Transitions;
use crate::gazetteer::Gazetteer;
use crate::label::N_TAGS;
use serde::{Deserialize, Serialize};

/// First bytes of every model file.
pub const MAGIC: &[u8; 8] = b"LGBNER\x00\x01";
/// Version of the file layout.
pub const FORMAT_VERSION: u32 = 2;

#[derive(Debug, thiserror::Error)]
pub enum ModelError {
    #[error("not a lagebild NER model (bad magic bytes)")]
    BadMagic,
    #[error("model format version {found}, this build reads version {expected}")]
    Version { found: u32, expected: u32 },
    #[error("model was trained with other features (template hash {found:016x}, expected {expected:016x}); retrain it")]
    Templates { found: u64, expected: u64 },
    #[error("model was trained with another lexicon (id {found:016x}, expected {expected:016x}); retrain it")]
    Lexicon { found: u64, expected: u64 },
    #[error("model has {0} tags, expected {N_TAGS}")]
    Tags(u32),
    #[error("corrupt model file: {0}")]
    Corrupt(String),
    #[error("model I/O: {0}")]
    Io(#[from] std::io::Error),
}

impl From<postcard::Error> for ModelError {
    fn from(e: postcard::Error) -> Self {
        ModelError::Corrupt(e.to_string())
    }
}

/// Checked before anything else is read.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Header {
    pub version: u32,
    pub template_hash: u64,
    pub lexicon_id: u64,
    pub n_tags: u32,
    /// Free text: how the model was trained (data, seed, epochs, dev F1).
    pub info: String,
}

#[derive(Serialize, Deserialize)]
struct Body<'a> {
    /// Little-endian u32 fingerprints, one per feature, in table order.
    #[serde(borrow)]
    keys: &'a [u8],
    /// Number of entries of each feature.
    #[serde(borrow)]
    lens: &'a [u8],
    /// Little-endian packed entries (weight bits with the tag in the low 5).
    #[serde(borrow)]
    entries: &'a [u8],
    trans: Vec<f32>,
    start: Vec<f32>,
    end: Vec<f32>,
    /// The training-data gazetteer ([`Gazetteer::to_bytes`]).
    #[serde(borrow)]
    gazetteer: &'a [u8],
}

/// The 32-bit fingerprint of a 64-bit feature key; never 0 (0 marks an
/// empty slot).
#[inline]
pub fn fingerprint(key: u64) -> u32 {
    let f = (key >> 32) as u32 ^ key as u32;
    if f == 0 {
        1
    } else {
        f
    }
}

#[inline]
fn pack(tag: u8, w: f32) -> u32 {
    (w.to_bits() & !31) | u32::from(tag)
}

#[inline]
fn unpack(e: u32) -> (usize, f32) {
    ((e & 31) as usize, f32::from_bits(e & !31))
}

/// True when every entry's tag is below [`N_TAGS`] and no feature has two
/// entries for one tag (what [`Weights::from_rows`] writes; the tagger
/// relies on it).
fn tags_are_distinct(lens: &[u8], entries: &[u32]) -> bool {
    let mut at = 0usize;
    for &l in lens {
        let Some(es) = entries.get(at..at + l as usize) else {
            return false;
        };
        let mut seen = 0u32;
        for &e in es {
            let t = unpack(e).0;
            if t >= N_TAGS || seen >> t & 1 == 1 {
                return false;
            }
            seen |= 1 << t;
        }
        at += l as usize;
    }
    true
}

#[inline]
fn bloom_of(f: u32, bmask: usize) -> (usize, u64) {
    let h = (f as u64).wrapping_mul(0xd6e8_feb8_6659_fd93);
    let w = (h >> 40) as usize & bmask;
    (w, 1u64 << (h & 63) | 1u64 << ((h >> 6) & 63))
}

#[inline]
fn slot_of(f: u32, mask: usize) -> usize {
    (f as usize).wrapping_mul(0x9e37_79b9) & mask
}

/// Open-addressing table from fingerprint to a run of entries.
#[derive(Debug, Clone, Default)]
pub struct Weights {
    /// `[fingerprint, start << 5 | len]` per slot; fingerprint 0 = empty.
    /// Eight bytes, so a probe rarely leaves its cache line.
    slots: Vec<[u32; 2]>,
    mask: usize,
    /// A Bloom filter of the fingerprints (16 bits per feature, two bits
    /// set in one word): small enough to stay in cache, so the many keys a
    /// sentence has that the model never saw cost no trip to memory.
    bloom: Vec<u64>,
    bmask: usize,
    entries: Vec<u32>,
    n_features: usize,
}

impl Weights {
    /// Builds the table from `(key, [(tag, weight)])` rows. Rows whose keys
    /// share a fingerprint are merged.
    pub fn from_rows(rows: impl IntoIterator<Item = (u64, Vec<(u8, f32)>)>) -> Weights {
        let mut merged: std::collections::BTreeMap<u32, [f32; N_TAGS]> = Default::default();
        for (k, row) in rows {
            let r = merged.entry(fingerprint(k)).or_insert([0.0; N_TAGS]);
            for (t, w) in row {
                if let Some(x) = r.get_mut(t as usize) {
                    *x += w;
                }
            }
        }
        let mut keys = Vec::with_capacity(merged.len());
        let mut lens = Vec::with_capacity(merged.len());
        let mut entries = Vec::new();
        for (f, r) in merged {
            let before = entries.len();
            for (t, &w) in r.iter().enumerate() {
                let e = pack(t as u8, w);
                if unpack(e).1 != 0.0 {
                    entries.push(e);
                }
            }
            if entries.len() > before {
                keys.push(f);
                lens.push((entries.len() - before) as u8);
            }
        }
        Weights::from_parts(&keys, &lens, entries)
    }

    fn from_parts(keys: &[u32], lens: &[u8], entries: Vec<u32>) -> Weights {
        let cap = (keys.len() + keys.len() / 3).next_power_of_two().max(16);
        let mask = cap - 1;
        let mut slots = vec![[0u32; 2]; cap];
        let mut start = 0u32;
        for (&f, &l) in keys.iter().zip(lens) {
            let mut i = slot_of(f, mask);
            while slots[i][0] != 0 && slots[i][0] != f {
                i = (i + 1) & mask;
            }
            slots[i] = [f, start << 5 | u32::from(l & 31)];
            start += u32::from(l);
        }
        let words = (keys.len() / 4).next_power_of_two().max(1);
        let bmask = words - 1;
        let mut bloom = vec![0u64; words];
        for &f in keys {
            let (w, bits) = bloom_of(f, bmask);
            bloom[w] |= bits;
        }
        Weights {
            slots,
            mask,
            bloom,
            bmask,
            entries,
            n_features: keys.len(),
        }
    }

    /// Number of features with weights.
    pub fn n_features(&self) -> usize {
        self.n_features
    }

    /// Number of (feature, tag) weights.
    pub fn n_entries(&self) -> usize {
        self.entries.len()
    }

    /// Reads the home slot of every key, without using the result: the
    /// loads are independent, so the memory system fetches them in
    /// parallel, and the probes that follow find them in cache.
    #[inline]
    pub fn touch(&self, keys: &[u64]) -> u32 {
        keys.iter().fold(0, |acc, &k| {
            let f = fingerprint(k);
            if self.maybe(f) {
                let s = self.slots[slot_of(f, self.mask)];
                // The first entry too: it is the next miss of the probe.
                let e = if s[0] == f {
                    self.entries.get((s[1] >> 5) as usize).copied().unwrap_or(0)
                } else {
                    0
                };
                acc ^ s[0] ^ e
            } else {
                acc
            }
        })
    }

    #[inline]
    fn maybe(&self, f: u32) -> bool {
        let (w, bits) = bloom_of(f, self.bmask);
        self.bloom.get(w).is_some_and(|&x| x & bits == bits)
    }

    /// Where the weights of feature `key` are: `start << 5 | len` into the
    /// entries, or 0 for a feature without weights. Resolving all keys of a
    /// sentence first and adding later ([`Weights::add_found`]) lets the
    /// independent probes overlap and does each probe once.
    #[inline]
    pub fn find(&self, key: u64) -> u32 {
        let f = fingerprint(key);
        if !self.maybe(f) {
            return 0;
        }
        let mut i = slot_of(f, self.mask);
        loop {
            let s = self.slots[i];
            if s[0] == f {
                return s[1];
            }
            if s[0] == 0 {
                return 0;
            }
            i = (i + 1) & self.mask;
        }
    }

    /// Reads the first entry of every found feature, without using the
    /// result: the loads are independent, so they overlap, and
    /// [`Weights::add_found`] then finds them in cache.
    #[inline]
    pub fn touch_found(&self, found: &[u32]) -> u32 {
        found.iter().fold(0, |acc, &x| {
            acc ^ self.entries.get((x >> 5) as usize).copied().unwrap_or(0)
        })
    }

    /// Adds the weights found by [`Weights::find`] to `scores`; the same
    /// additions in the same order as [`Weights::add_to`].
    #[inline]
    pub fn add_found(&self, found: u32, scores: &mut [f32; N_TAGS]) {
        for &e in self.found_entries(found) {
            let (t, w) = unpack(e);
            // Tags are below N_TAGS (checked when the model is read).
            if let Some(x) = scores.get_mut(t) {
                *x += w;
            }
        }
    }

    /// The packed entries a [`Weights::find`] result points at (offset in
    /// the high bits, count in the low five); empty when out of range.
    #[inline]
    fn found_entries(&self, found: u32) -> &[u32] {
        let a = (found >> 5) as usize;
        self.entries
            .get(a..a + (found & 31) as usize)
            .unwrap_or(&[])
    }

    /// The weights found by [`Weights::find`] as a dense row: each tag's
    /// weight, 0.0 for the tags without one. Adding the row gives the same
    /// floats as [`Weights::add_found`] to any row without −0.0 (a feature
    /// has at most one entry per tag, checked when the model is read).
    #[inline]
    pub fn expand_found(&self, found: u32, row: &mut [f32; N_TAGS]) {
        *row = [0.0; N_TAGS];
        for &e in self.found_entries(found) {
            let (t, w) = unpack(e);
            if let Some(x) = row.get_mut(t) {
                *x = w;
            }
        }
    }

    /// Adds the weights of feature `key` to `scores`.
    #[inline]
    pub fn add_to(&self, key: u64, scores: &mut [f32; N_TAGS]) {
        let f = fingerprint(key);
        if !self.maybe(f) {
            return;
        }
        let mut i = slot_of(f, self.mask);
        loop {
            let s = self.slots[i];
            if s[0] == f {
                let (a, b) = (
                    (s[1] >> 5) as usize,
                    (s[1] >> 5) as usize + (s[1] & 31) as usize,
                );
                if let Some(es) = self.entries.get(a..b) {
                    for &e in es {
                        let (t, w) = unpack(e);
                        if let Some(x) = scores.get_mut(t) {
                            *x += w;
                        }
                    }
                }
                return;
            }
            if s[0] == 0 {
                return;
            }
            i = (i + 1) & self.mask;
        }
    }

    /// The features in table order: `(fingerprint, entries)`.
    fn export(&self) -> (Vec<u32>, Vec<u8>, Vec<u32>) {
        let mut rows: Vec<[u32; 2]> = self.slots.iter().copied().filter(|s| s[0] != 0).collect();
        rows.sort_by_key(|s| s[1] >> 5);
        let mut keys = Vec::with_capacity(rows.len());
        let mut lens = Vec::with_capacity(rows.len());
        let mut entries = Vec::with_capacity(self.entries.len());
        for s in rows {
            let (a, l) = ((s[1] >> 5) as usize, (s[1] & 31) as usize);
            keys.push(s[0]);
            lens.push(l as u8);
            entries.extend_from_slice(&self.entries[a..a + l]);
        }
        (keys, lens, entries)
    }
}

/// A trained model.
#[derive(Debug, Clone)]
pub struct Model {
    pub header: Header,
    pub weights: Weights,
    pub transitions: Transitions,
    pub gazetteer: Gazetteer,
}

impl Model {
    /// Serialises the model.
    pub fn to_bytes(&self) -> Result<Vec<u8>, ModelError> {
        let (keys, lens, entries) = self.weights.export();
        let key_bytes: Vec<u8> = keys.iter().flat_map(|k| k.to_le_bytes()).collect();
        let entry_bytes: Vec<u8> = entries.iter().flat_map(|e| e.to_le_bytes()).collect();
        let gaz_bytes = self.gazetteer.to_bytes();
        let body = Body {
            keys: &key_bytes,
            lens: &lens,
            entries: &entry_bytes,
            trans: self.transitions.trans.clone(),
            start: self.transitions.start.clone(),
            end: self.transitions.end.clone(),
            gazetteer: &gaz_bytes,
        };
        let mut out = MAGIC.to_vec();
        out.extend(postcard::to_stdvec(&self.header)?);
        out.extend(postcard::to_stdvec(&body)?);
        Ok(out)
    }

    /// Reads only the header (checks the magic bytes).
    pub fn read_header(bytes: &[u8]) -> Result<(Header, &[u8]), ModelError> {
        let rest = bytes
            .strip_prefix(MAGIC.as_slice())
            .ok_or(ModelError::BadMagic)?;
        let (h, rest): (Header, &[u8]) = postcard::take_from_bytes(rest)?;
        Ok((h, rest))
    }

    /// Reads a model, checking magic, version, tag count, feature templates
    /// and lexicon against what this build extracts.
    pub fn from_bytes(
        bytes: &[u8],
        template_hash: u64,
        lexicon_id: u64,
    ) -> Result<Model, ModelError> {
        let (header, rest) = Model::read_header(bytes)?;
        if header.version != FORMAT_VERSION {
            return Err(ModelError::Version {
                found: header.version,
                expected: FORMAT_VERSION,
            });
        }
        if header.n_tags != N_TAGS as u32 {
            return Err(ModelError::Tags(header.n_tags));
        }
        if header.template_hash != template_hash {
            return Err(ModelError::Templates {
                found: header.template_hash,
                expected: template_hash,
            });
        }
        if header.lexicon_id != lexicon_id {
            return Err(ModelError::Lexicon {
                found: header.lexicon_id,
                expected: lexicon_id,
            });
        }
        let (body, _): (Body, &[u8]) = postcard::take_from_bytes(rest)?;
        if body.keys.len() % 4 != 0 || body.entries.len() % 4 != 0 {
            return Err(ModelError::Corrupt("misaligned arrays".into()));
        }
        let keys: Vec<u32> = body
            .keys
            .chunks_exact(4)
            .map(|c| u32::from_le_bytes([c[0], c[1], c[2], c[3]]))
            .collect();
        let entries: Vec<u32> = body
            .entries
            .chunks_exact(4)
            .map(|c| u32::from_le_bytes([c[0], c[1], c[2], c[3]]))
            .collect();
        if keys.len() != body.lens.len()
            || body.lens.iter().map(|&l| l as usize).sum::<usize>() != entries.len()
            || keys.contains(&0)
            || body.lens.iter().any(|&l| l as usize > N_TAGS)
            || !tags_are_distinct(body.lens, &entries)
            || entries.len() >= 1 << 27
        {
            return Err(ModelError::Corrupt("feature table does not add up".into()));
        }
        if body.trans.len() != N_TAGS * N_TAGS
            || body.start.len() != N_TAGS
            || body.end.len() != N_TAGS
        {
            return Err(ModelError::Corrupt(
                "transition table has the wrong size".into(),
            ));
        }
        let weights = Weights::from_parts(&keys, body.lens, entries);
        let gazetteer = Gazetteer::from_bytes(body.gazetteer)
            .ok_or_else(|| ModelError::Corrupt("gazetteer has the wrong size".into()))?;
        Ok(Model {
            gazetteer,
            header,
            weights,
            transitions: Transitions {
                trans: body.trans,
                start: body.start,
                end: body.end,
            },
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tiny() -> Model {
        let weights = Weights::from_rows(vec![
            (11, vec![(1, 0.5), (0, -0.25)]),
            (22, vec![(3, 2.0)]),
            (33, vec![(4, 0.0)]),
        ]);
        let mut transitions = Transitions::default();
        transitions.trans[5] = 1.5;
        Model {
            header: Header {
                version: FORMAT_VERSION,
                template_hash: 7,
                lexicon_id: 9,
                n_tags: N_TAGS as u32,
                info: "test".into(),
            },
            weights,
            transitions,
            gazetteer: Gazetteer::default(),
        }
    }

    #[test]
    fn round_trip() {
        let m = tiny();
        let bytes = m.to_bytes().unwrap();
        let back = Model::from_bytes(&bytes, 7, 9).unwrap();
        assert_eq!(back.header, m.header);
        assert_eq!(back.transitions, m.transitions);
        assert_eq!(back.weights.n_features(), 2, "all-zero rows are dropped");
        let mut s = [0.0; N_TAGS];
        back.weights.add_to(11, &mut s);
        back.weights.add_to(22, &mut s);
        back.weights.add_to(99, &mut s);
        assert_eq!(&s[..5], &[-0.25, 0.5, 0.0, 2.0, 0.0]);
        assert_eq!(back.to_bytes().unwrap(), bytes);
    }

    #[test]
    fn bad_files_are_errors() {
        let bytes = tiny().to_bytes().unwrap();
        assert!(matches!(
            Model::from_bytes(b"NOTAMODEL", 7, 9),
            Err(ModelError::BadMagic)
        ));
        assert!(matches!(
            Model::from_bytes(&[], 7, 9),
            Err(ModelError::BadMagic)
        ));
        assert!(matches!(
            Model::from_bytes(&bytes, 8, 9),
            Err(ModelError::Templates { .. })
        ));
        assert!(matches!(
            Model::from_bytes(&bytes, 7, 10),
            Err(ModelError::Lexicon { .. })
        ));
        let mut m = tiny();
        m.header.version = FORMAT_VERSION + 1;
        let other = m.to_bytes().unwrap();
        assert!(matches!(
            Model::from_bytes(&other, 7, 9),
            Err(ModelError::Version { found, .. }) if found == FORMAT_VERSION + 1
        ));
        // Every truncation is an error, never a panic.
        for cut in 0..bytes.len() {
            assert!(
                Model::from_bytes(&bytes[..cut], 7, 9).is_err(),
                "cut at {cut}"
            );
        }
    }

    #[test]
    fn find_then_add_equals_add_to() {
        let m = tiny();
        for k in [11u64, 22, 33, 99] {
            let (mut a, mut b) = ([0.5f32; N_TAGS], [0.5f32; N_TAGS]);
            m.weights.add_to(k, &mut a);
            m.weights.add_found(m.weights.find(k), &mut b);
            assert_eq!(a, b, "key {k}");
        }
        assert_eq!(m.weights.find(99), 0, "unknown key");
    }

    #[test]
    fn a_dense_row_adds_as_the_sparse_entries() {
        let m = tiny();
        for k in [11u64, 22, 99] {
            let f = m.weights.find(k);
            let mut dense = [9.0f32; N_TAGS];
            m.weights.expand_found(f, &mut dense);
            let (mut a, mut b) = ([0.75f32; N_TAGS], [0.75f32; N_TAGS]);
            m.weights.add_found(f, &mut a);
            for (x, d) in b.iter_mut().zip(&dense) {
                *x += d;
            }
            assert_eq!(a, b, "key {k}");
        }
    }

    #[test]
    fn two_entries_for_one_tag_are_refused() {
        assert!(tags_are_distinct(
            &[2, 1],
            &[pack(1, 0.5), pack(3, 1.0), pack(1, 2.0)]
        ));
        assert!(!tags_are_distinct(&[2], &[pack(1, 0.5), pack(1, 1.0)]));
        assert!(!tags_are_distinct(&[1], &[pack(N_TAGS as u8, 0.5)]));
        assert!(!tags_are_distinct(&[2], &[pack(1, 0.5)]));
    }

    #[test]
    fn packing_keeps_tag_and_weight() {
        for (t, w) in [(0u8, 1.0f32), (24, -3.5), (13, 0.001), (7, 1234.5)] {
            let (t2, w2) = unpack(pack(t, w));
            assert_eq!(t2, t as usize);
            assert!((w2 - w).abs() <= w.abs() * 1e-5, "{w} vs {w2}");
        }
    }
}
