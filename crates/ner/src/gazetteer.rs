//! A gazetteer learned from the training data: every entity string of the
//! training file (one or more tokens) with its label distribution and how
//! often the same token sequence occurs *not* as that entity.
//!
//! Why: the word-form features learn single tokens, but a perceptron sees a
//! multi-token name ("Bundesagentur für Arbeit", "Preußen Münster") only as
//! unrelated pieces, and it cannot tell a string that was always a name from
//! one that is a name a third of the time ("Union", "Bahn"). A span match
//! carries both facts to every token of the span.
//!
//! The features must not be trusted more in training than they deserve at
//! run time, where many names are new. So training uses jackknifed
//! gazetteers ([`Gazetteer::build`] on the other folds, see
//! [`crate::train`]): a training sentence only ever matches entries learned
//! from other sentences, as a test sentence would. The model file carries the
//! gazetteer built from the whole training file.
//!
//! Matching is greedy leftmost-longest over token-form hashes: one hash
//! lookup per token that starts nothing, a few more inside names (every
//! prefix of an entry is stored, so the scan stops as soon as no entry can
//! continue). Linear in the sentence length (entries are at most
//! [`MAX_LEN`] tokens).

use crate::label::{chunks, N_TYPES};
use rustc_hash::FxHashMap;

/// Longest entry, in tokens.
pub const MAX_LEN: usize = 8;

/// Value bit: some longer entry starts with this sequence.
const PREFIX: u16 = 1 << 15;
/// Value bits 0..4: label type + 1 of a full entry (0: only a prefix).
const LABEL_MASK: u16 = 0x1f;

/// The initial state of a span hash.
const SPAN_SEED: u64 = 0x6a09_e667_f3bc_c909;

/// Extends a span hash by one token's form hash.
#[inline]
pub fn span_step(h: u64, form: u64) -> u64 {
    let mut z = h.rotate_left(17) ^ form.wrapping_mul(0x9e37_79b9_7f4a_7c15);
    z = (z ^ (z >> 29)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z ^ (z >> 32)
}

/// Token-sequence → entry map.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Gazetteer {
    map: FxHashMap<u64, u16>,
}

/// A match covering one token: the entry value and the token's place in
/// the span (0 single, 1 begin, 2 inside, 3 end).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Mark {
    pub value: u16,
    pub place: u8,
}

impl Mark {
    /// The feature values of the mark: (label, place) and (label, place,
    /// entity-rate and purity buckets, length class).
    #[inline]
    pub fn values(self) -> (u64, u64) {
        let label = u64::from(self.value & LABEL_MASK);
        let place = u64::from(self.place);
        (
            label << 4 | place,
            u64::from(self.value & !PREFIX) << 4 | place,
        )
    }
}

fn bucket_rate(entity: u32, total: u32) -> u16 {
    let r = f64::from(entity) / f64::from(total.max(1));
    if r < 0.25 {
        0
    } else if r < 0.6 {
        1
    } else if r < 0.95 {
        2
    } else {
        3
    }
}

impl Gazetteer {
    /// Number of stored sequences (entries and prefixes).
    pub fn len(&self) -> usize {
        self.map.len()
    }

    pub fn is_empty(&self) -> bool {
        self.map.is_empty()
    }

    /// Builds the gazetteer from sentences given as token-form hashes with
    /// their gold BIO tags.
    pub fn build<'a>(sents: impl Iterator<Item = (&'a [u64], &'a [u8])> + Clone) -> Gazetteer {
        // Label counts of every entity string.
        let mut counts: FxHashMap<u64, [u32; N_TYPES]> = FxHashMap::default();
        let mut prefixes: FxHashMap<u64, ()> = FxHashMap::default();
        for (forms, tags) in sents.clone() {
            for (s, e, k) in chunks(tags) {
                if e - s > MAX_LEN {
                    continue;
                }
                let mut h = SPAN_SEED;
                for (j, &f) in forms[s..e].iter().enumerate() {
                    h = span_step(h, f);
                    if s + j + 1 < e {
                        prefixes.insert(h, ());
                    }
                }
                counts.entry(h).or_insert([0; N_TYPES])[k] += 1;
            }
        }
        // How often each entity string occurs in the text at all (as that
        // exact chunk or not).
        let mut total: FxHashMap<u64, u32> = FxHashMap::default();
        for (forms, _) in sents {
            for i in 0..forms.len() {
                let mut h = SPAN_SEED;
                for &f in forms[i..forms.len().min(i + MAX_LEN)].iter() {
                    h = span_step(h, f);
                    if counts.contains_key(&h) {
                        *total.entry(h).or_insert(0) += 1;
                    }
                    if !prefixes.contains_key(&h) {
                        break;
                    }
                }
            }
        }
        let mut map: FxHashMap<u64, u16> = FxHashMap::default();
        for (&h, c) in &counts {
            let n: u32 = c.iter().sum();
            let (best, &m) = c
                .iter()
                .enumerate()
                .max_by_key(|&(k, &m)| (m, std::cmp::Reverse(k)))
                .unwrap_or((0, &0));
            let pure = u16::from(m * 10 >= n * 9);
            let rate = bucket_rate(n, total.get(&h).copied().unwrap_or(n).max(n));
            map.insert(h, (best as u16 + 1) | rate << 5 | pure << 7);
        }
        for &h in prefixes.keys() {
            *map.entry(h).or_insert(0) |= PREFIX;
        }
        Gazetteer { map }
    }

    /// Marks the tokens of a sentence (given as form hashes) that fall in a
    /// match; `out` gets one entry per token.
    pub fn mark(&self, forms: &[u64], out: &mut Vec<Option<Mark>>) {
        self.mark_with(forms, |i| self.first(forms[i]), out)
    }

    /// What the map holds for the one-token span `form` (what [`Gazetteer::mark`]
    /// looks up first at every token): a fact of the word form alone, so a
    /// tagger can remember it per form and pass it to
    /// [`Gazetteer::mark_with`].
    #[inline]
    pub fn first(&self, form: u64) -> Option<u16> {
        self.map.get(&span_step(SPAN_SEED, form)).copied()
    }

    /// [`Gazetteer::mark`] with `first(i)` giving [`Gazetteer::first`] of
    /// `forms[i]`.
    pub fn mark_with(
        &self,
        forms: &[u64],
        first: impl Fn(usize) -> Option<u16>,
        out: &mut Vec<Option<Mark>>,
    ) {
        out.clear();
        out.resize(forms.len(), None);
        if self.map.is_empty() {
            return;
        }
        let mut i = 0;
        while i < forms.len() {
            let mut h = SPAN_SEED;
            let mut best: Option<(usize, u16)> = None;
            for (j, &f) in forms[i..forms.len().min(i + MAX_LEN)].iter().enumerate() {
                h = span_step(h, f);
                let got = if j == 0 {
                    first(i)
                } else {
                    self.map.get(&h).copied()
                };
                let Some(v) = got else { break };
                if v & LABEL_MASK != 0 {
                    best = Some((j + 1, v));
                }
                if v & PREFIX == 0 {
                    break;
                }
            }
            match best {
                Some((len, v)) => {
                    for (j, slot) in out[i..i + len].iter_mut().enumerate() {
                        let place = if len == 1 {
                            0
                        } else if j == 0 {
                            1
                        } else if j + 1 == len {
                            3
                        } else {
                            2
                        };
                        *slot = Some(Mark { value: v, place });
                    }
                    i += len;
                }
                None => i += 1,
            }
        }
    }

    /// Sorted (hash, value) pairs as bytes, for the model file.
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut v: Vec<(u64, u16)> = self.map.iter().map(|(&h, &x)| (h, x)).collect();
        v.sort_unstable();
        let mut out = Vec::with_capacity(v.len() * 10);
        for (h, x) in v {
            out.extend_from_slice(&h.to_le_bytes());
            out.extend_from_slice(&x.to_le_bytes());
        }
        out
    }

    /// Reads [`Gazetteer::to_bytes`]; `None` if the length does not fit.
    pub fn from_bytes(b: &[u8]) -> Option<Gazetteer> {
        if b.len() % 10 != 0 {
            return None;
        }
        let mut map = FxHashMap::default();
        map.reserve(b.len() / 10);
        for c in b.chunks_exact(10) {
            let h = u64::from_le_bytes([c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]]);
            map.insert(h, u16::from_le_bytes([c[8], c[9]]));
        }
        Some(Gazetteer { map })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::label::parse_tag;

    fn h(w: &str) -> u64 {
        crate::features::form_hash(w)
    }

    fn sent(words: &[&str], tags: &[&str]) -> (Vec<u64>, Vec<u8>) {
        (
            words.iter().map(|w| h(w)).collect(),
            tags.iter().map(|t| parse_tag(t).unwrap_or(0)).collect(),
        )
    }

    fn gaz() -> Gazetteer {
        let data = [
            sent(
                &["Die", "Bundesagentur", "für", "Arbeit", "meldet"],
                &["O", "B-ORG", "I-ORG", "I-ORG", "O"],
            ),
            sent(&["Die", "Union", "streitet"], &["O", "B-ORG", "O"]),
            sent(&["Die", "Union", "der", "Staaten"], &["O", "O", "O", "O"]),
            sent(&["Die", "Union", "hält"], &["O", "O", "O"]),
            sent(&["in", "Berlin", "."], &["O", "B-LOC", "O"]),
        ];
        Gazetteer::build(data.iter().map(|(f, t)| (f.as_slice(), t.as_slice())))
    }

    #[test]
    fn marks_longest_spans_with_place_and_label() {
        let g = gaz();
        let words = ["Die", "Bundesagentur", "für", "Arbeit", "in", "Berlin"];
        let forms: Vec<u64> = words.iter().map(|w| h(w)).collect();
        let mut out = Vec::new();
        g.mark(&forms, &mut out);
        let places: Vec<Option<u8>> = out.iter().map(|m| m.map(|m| m.place)).collect();
        assert_eq!(places, vec![None, Some(1), Some(2), Some(3), None, Some(0)]);
        let org = out[1].unwrap().value & LABEL_MASK;
        let loc = out[5].unwrap().value & LABEL_MASK;
        assert_ne!(org, loc);
        // A prefix alone is no match.
        g.mark(&[h("Bundesagentur"), h("für")], &mut out);
        assert_eq!(out, vec![None, None]);
    }

    #[test]
    fn mark_with_remembered_first_lookups_equals_mark() {
        let g = gaz();
        let cases: [&[&str]; 4] = [
            &["Die", "Bundesagentur", "für", "Arbeit", "in", "Berlin"],
            &["Die", "Union", "der", "Staaten"],
            &["Bundesagentur", "für"],
            &[],
        ];
        for words in cases {
            let forms: Vec<u64> = words.iter().map(|w| h(w)).collect();
            let firsts: Vec<Option<u16>> = forms.iter().map(|&f| g.first(f)).collect();
            let (mut a, mut b) = (Vec::new(), Vec::new());
            g.mark(&forms, &mut a);
            g.mark_with(&forms, |i| firsts[i], &mut b);
            assert_eq!(a, b, "{words:?}");
        }
    }

    #[test]
    fn ambiguous_strings_get_a_low_entity_rate() {
        let g = gaz();
        let mut out = Vec::new();
        g.mark(&[h("Union")], &mut out);
        let rate = out[0].unwrap().value >> 5 & 3;
        g.mark(&[h("Berlin")], &mut out);
        let rate_berlin = out[0].unwrap().value >> 5 & 3;
        assert!(rate < rate_berlin, "{rate} {rate_berlin}");
    }

    #[test]
    fn bytes_round_trip_and_bad_lengths() {
        let g = gaz();
        let b = g.to_bytes();
        assert_eq!(Gazetteer::from_bytes(&b), Some(g));
        assert_eq!(Gazetteer::from_bytes(&b[..b.len() - 1]), None);
        assert!(Gazetteer::default().to_bytes().is_empty());
    }
}
