//! Named-entity tagger for German: a structured averaged perceptron trained
//! by our own code on GermEval 2014, shipped inside the binary.
//!
//! Why a perceptron: it trains in minutes on two CPU cores, tags well over a
//! million tokens a second, and needs no runtime beyond this crate. A linear
//! model's quality is all in its features, so the work is there
//! ([`features`]): word form, shape, affixes, context, sentence position,
//! and a lexicon that says whether a capitalised German word is a common noun,
//! a first name, a surname, a city, a country or a region ([`lexicon`]), and a
//! gazetteer of the training file's entity strings, jackknifed in training so
//! the model trusts a match only as much as it deserves on new text
//! ([`gazetteer`]).
//! Decoding is first-order Viterbi over BIO tags ([`decode`]) that never
//! emits an ill-formed chunk. The model file format ([`model`]) is versioned
//! and carries a hash of the feature templates and the lexicon id, so a
//! model never runs with features it was not trained on.
//!
//! The pipeline stage [`NerTagger`] tags each sentence the segmenter found
//! and fills [`Analysis::mentions`](lagebild_core::Analysis).

pub mod clusters;
pub mod decode;
pub mod features;
pub mod gazetteer;
pub mod germeval;
pub mod label;
pub mod lexicon;
pub mod model;
pub mod stage;
pub mod train;
mod wordtable;

pub use model::ModelError;
pub use stage::NerTagger;

use decode::{add_row, viterbi_lanes, Lattice, Masked};
use features::{template_hash, Clusters, Extractor, FeatureBuf, NoClusters, Scratch, Tok};
use label::N_TAGS;
use model::Model;
use rustc_hash::FxHashMap;
use std::sync::atomic::{AtomicU64, Ordering};
use wordtable::WordTable;

/// The shipped model (`models/ner/ner.model`, see its README).
static EMBEDDED_MODEL: &[u8] = include_bytes!("../../../models/ner/ner.model");

/// What the tagger remembers about a word form: its token facts, the score
/// of the features that depend on it alone, and the score it contributes as
/// the neighbour at −2, −1, +1 and +2.
#[derive(Debug, Clone)]
struct WordScores {
    tok: Tok,
    own: [f32; N_TAGS],
    ctx: [[f32; N_TAGS]; 4],
    /// Index into [`Workspace::pos_rows`]: the position key's weights
    /// ([`features::pos_key`]) for each of the three positions. The key
    /// depends on the word's shape and lexicon class only, so the few
    /// hundred distinct rows are shared by all words (and stay in cache).
    pos: u32,
    /// [`gazetteer::Gazetteer::first`] of the form.
    gaz_first: Option<u16>,
}

/// Slots of [`Workspace::memo`].
const MEMO: usize = 1 << 13;

/// At most this many word forms are remembered per workspace; then the
/// memory starts again. A remembered word takes ~650 bytes (its
/// [`WordScores`] and its slot in the word table), so this bounds the memory
/// at ~65 MB per thread; news text repeats its frequent words within a few
/// thousand, so starting again costs little.
const CACHE_LIMIT: usize = 100_000;

/// Per-call buffers; reuse one per thread. It also remembers the scores of
/// the word forms it has seen (for the tagger it was last used with), which
/// is what makes tagging fast: most tokens of running text are repeats.
#[derive(Debug, Default)]
pub struct Workspace {
    feats: FeatureBuf,
    emit: Vec<f32>,
    lattice: Lattice,
    scratch: Scratch,
    keys: Vec<u64>,
    cache: WordTable,
    words: Vec<WordScores>,
    /// The position rows of [`WordScores::pos`], and where each
    /// `(shape, lexicon class)` has its row.
    pos_rows: Vec<[[f32; N_TAGS]; 3]>,
    pos_index: FxHashMap<(u64, u16), u32>,
    /// The word-table hash of each word of the sentence.
    hashes: Vec<u64>,
    idx: Vec<u32>,
    /// Per token: the case-trigram index, the position, inside quotes
    /// (see [`Tagger::tag`]).
    dense: Vec<(u16, u8, bool)>,
    /// [`model::Weights::find`] of each of `keys`.
    found: Vec<u32>,
    /// The last [`model::Weights::find`] result per slot of the combined
    /// keys (direct-mapped, [`MEMO`] slots): the lexicon-class, cluster and
    /// shape combinations repeat all the time, and a hit costs one load
    /// from a small table instead of a probe of the large one.
    memo: Vec<(u64, u32)>,
    /// Per slot of `memo`: the weights of its feature as a dense row
    /// (zero for the tags it has no weight for), valid while the slot holds
    /// the key and its `find` result is not 0. Most combined keys repeat, and
    /// a dense row is a few vector adds where the sparse entries (about
    /// eight per feature) are a scalar add each.
    memo_rows: Vec<[f32; N_TAGS]>,
    forms: Vec<u64>,
    marks: Vec<Option<gazetteer::Mark>>,
    owner: u64,
}

impl Workspace {
    /// Forgets every remembered word.
    fn clear_words(&mut self) {
        self.cache.clear();
        self.words.clear();
        self.pos_rows.clear();
        self.pos_index.clear();
    }
}

/// A feature extractor and a model that fit each other.
#[derive(Debug)]
pub struct Tagger {
    ex: Extractor,
    model: Model,
    /// Scores of the padding token as the neighbour at −2, −1, +1, +2.
    pad: [[f32; N_TAGS]; 4],
    /// The weights of the case-trigram key ([`features::case3_key`]) for
    /// every triple of case classes below 8, index `m1 << 6 | c << 3 | p1`:
    /// a table lookup instead of a hash probe.
    case3: Vec<[f32; N_TAGS]>,
    /// The weights of the in-quote key ([`features::in_quote_key`]),
    /// index `in_quote << 3 | case`.
    in_quote: [[f32; N_TAGS]; 16],
    /// The model's transitions laid out for decoding.
    masked: Masked,
    /// Distinguishes taggers, so a workspace never uses another's cache.
    serial: u64,
}

impl Tagger {
    /// The model shipped in the binary.
    pub fn embedded() -> Result<Tagger, ModelError> {
        Tagger::from_bytes(EMBEDDED_MODEL)
    }

    /// A model read from bytes (a `--model FILE`), with the embedded lexicon.
    pub fn from_bytes(bytes: &[u8]) -> Result<Tagger, ModelError> {
        let ex = Tagger::extractor()?;
        let model = Model::from_bytes(bytes, template_hash(), ex.resources_id())?;
        Ok(Tagger::new(ex, model))
    }

    /// A tagger from parts (the model must have been trained with `ex`).
    pub fn new(ex: Extractor, model: Model) -> Tagger {
        static SERIAL: AtomicU64 = AtomicU64::new(1);
        let masked = Masked::new(&model.transitions);
        let mut t = Tagger {
            ex,
            model,
            pad: [[0.0; N_TAGS]; 4],
            case3: Vec::new(),
            in_quote: [[0.0; N_TAGS]; 16],
            masked,
            serial: SERIAL.fetch_add(1, Ordering::Relaxed),
        };
        let mut keys = Vec::new();
        for slot in 0..4 {
            keys.clear();
            features::ctx_keys(slot, &Tok::NONE, &mut keys);
            t.pad[slot] = t.score(&keys);
        }
        t.case3 = (0..512u16)
            .map(|i| {
                let k = features::case3_key_of((i >> 6) as u8, (i >> 3 & 7) as u8, (i & 7) as u8);
                t.score(&[k])
            })
            .collect();
        t.in_quote = std::array::from_fn(|i| {
            t.score_of(features::in_quote_key_of(i >> 3 == 1, (i & 7) as u8))
        });
        t
    }

    fn score_of(&self, key: u64) -> [f32; N_TAGS] {
        self.score(&[key])
    }

    fn score(&self, keys: &[u64]) -> [f32; N_TAGS] {
        let mut row = [0f32; N_TAGS];
        for &k in keys {
            self.model.weights.add_to(k, &mut row);
        }
        row
    }

    /// [`Tagger::score`] through the workspace's memo of dense rows (see
    /// [`Workspace::memo_rows`]): a key met before adds its row with vector
    /// adds; a new one is looked up, expanded into its slot and added. Each
    /// float is the same sum as `score` gives (a dense row adds +0.0 to the
    /// tags without weight, and no sum here is −0.0).
    #[inline(always)]
    fn score_memo<const AVX2: bool>(
        &self,
        keys: &[u64],
        memo: &mut [(u64, u32)],
        memo_rows: &mut [[f32; N_TAGS]],
    ) -> [f32; N_TAGS] {
        let weights = &self.model.weights;
        let mut row = [0f32; N_TAGS];
        for &k in keys {
            let s = k as usize & (MEMO - 1);
            let (Some(m), Some(dense)) = (memo.get_mut(s), memo_rows.get_mut(s)) else {
                weights.add_to(k, &mut row);
                continue;
            };
            if m.0 != k || k == 0 {
                let f = weights.find(k);
                *m = (k, f);
                if f != 0 {
                    weights.expand_found(f, dense);
                }
            }
            if m.1 != 0 {
                add_row::<AVX2>(&mut row, dense);
            }
        }
        row
    }

    /// [`Tagger::word`] compiled for AVX2.
    #[cfg(target_arch = "x86_64")]
    #[target_feature(enable = "avx2")]
    fn word_avx2(&self, w: &str, h: u64, ws: &mut Workspace) -> u32 {
        self.word::<true>(w, h, ws)
    }

    /// The remembered scores of a word form, computed on first sight.
    #[inline(always)]
    fn word<const AVX2: bool>(&self, w: &str, h: u64, ws: &mut Workspace) -> u32 {
        if let Some(i) = ws.cache.get(w, h) {
            return i;
        }
        let (tok, own) = self.ex.token_info(w, &mut ws.scratch);
        // All keys of the word first, their slots fetched at once, then
        // the scores of the five groups.
        ws.keys.clear();
        features::own_keys(&tok, &own, &mut ws.keys);
        let mut ends = [0usize; 5];
        ends[0] = ws.keys.len();
        for slot in 0..4 {
            features::ctx_keys(slot, &tok, &mut ws.keys);
            ends[slot + 1] = ws.keys.len();
        }
        std::hint::black_box(self.model.weights.touch(&ws.keys));
        let (memo, rows) = (&mut ws.memo, &mut ws.memo_rows);
        let own_score = self.score_memo::<AVX2>(&ws.keys[..ends[0]], memo, rows);
        let mut ctx = [[0f32; N_TAGS]; 4];
        for (slot, c) in ctx.iter_mut().enumerate() {
            *c = self.score_memo::<AVX2>(&ws.keys[ends[slot]..ends[slot + 1]], memo, rows);
        }
        let next = ws.pos_rows.len() as u32;
        let pos = *ws.pos_index.entry(tok.pos_class()).or_insert(next);
        if pos == next {
            ws.pos_rows.push(std::array::from_fn(|p| {
                self.score_of(features::pos_key(p as u64, &tok))
            }));
        }
        let i = ws.words.len() as u32;
        ws.words.push(WordScores {
            tok,
            own: own_score,
            ctx,
            pos,
            gaz_first: self.model.gazetteer.first(tok.form()),
        });
        ws.cache.insert(w, h, i);
        i
    }

    /// The feature extractor with the embedded lexicon and clusters (for
    /// training).
    pub fn extractor() -> Result<Extractor, ModelError> {
        let lex = lexicon::Lexicon::embedded()
            .map_err(|e| ModelError::Corrupt(format!("embedded lexicon: {e}")))?;
        let clusters: Box<dyn Clusters> = match clusters::ClusterMap::embedded() {
            Some(c) => Box::new(c),
            None => Box::new(NoClusters),
        };
        Ok(Extractor::new(lex, clusters))
    }

    pub fn model(&self) -> &Model {
        &self.model
    }

    /// Tags one sentence: `out[i]` is the BIO tag of `words[i]`
    /// (see [`label`]).
    ///
    /// On x86-64 CPUs with AVX2 the same code runs compiled for AVX2
    /// (chosen at run time): wider element-wise adds and maxes, each float
    /// the same sum in the same order as the plain build (no FMA), so the
    /// tags are identical.
    pub fn tag<S: AsRef<str>>(&self, words: &[S], ws: &mut Workspace, out: &mut Vec<u8>) {
        #[cfg(target_arch = "x86_64")]
        if std::arch::is_x86_feature_detected!("avx2") {
            // SAFETY: the CPU has AVX2 (checked just above).
            unsafe { self.tag_avx2(words, ws, out) };
            return;
        }
        self.tag_impl::<false, S>(words, ws, out);
    }

    #[cfg(target_arch = "x86_64")]
    #[target_feature(enable = "avx2")]
    fn tag_avx2<S: AsRef<str>>(&self, words: &[S], ws: &mut Workspace, out: &mut Vec<u8>) {
        self.tag_impl::<true, S>(words, ws, out);
    }

    #[inline(always)]
    fn tag_impl<const AVX2: bool, S: AsRef<str>>(
        &self,
        words: &[S],
        ws: &mut Workspace,
        out: &mut Vec<u8>,
    ) {
        if ws.owner != self.serial {
            ws.clear_words();
            ws.memo.clear();
            ws.memo_rows.clear();
            ws.owner = self.serial;
        }
        if ws.memo.len() != MEMO || ws.memo_rows.len() != MEMO {
            ws.memo = vec![(0, 0); MEMO];
            ws.memo_rows = vec![[0.0; N_TAGS]; MEMO];
        }
        let n = words.len();
        // The limit is checked once per sentence, before any word of it is
        // mapped: clearing in the middle would leave the indices of the
        // words mapped so far pointing into the emptied (or refilled)
        // table. A sentence longer than the limit grows the table past it
        // for that sentence only.
        if ws.words.len() + n > CACHE_LIMIT {
            ws.clear_words();
        }
        // Hash every word and read its home slot first (independent loads
        // that overlap), then look the words up.
        ws.hashes.clear();
        ws.hashes
            .extend(words.iter().map(|w| WordTable::hash(w.as_ref())));
        std::hint::black_box(ws.cache.touch(&ws.hashes));
        ws.idx.clear();
        for (k, w) in words.iter().enumerate() {
            #[cfg(target_arch = "x86_64")]
            let i = if AVX2 {
                // SAFETY: as in `add_row` (`AVX2` only on the AVX2 path).
                unsafe { self.word_avx2(w.as_ref(), ws.hashes[k], ws) }
            } else {
                self.word::<false>(w.as_ref(), ws.hashes[k], ws)
            };
            #[cfg(not(target_arch = "x86_64"))]
            let i = self.word::<false>(w.as_ref(), ws.hashes[k], ws);
            ws.idx.push(i);
        }
        // (filled row by row in pass 1: zeroing it first cost a `memset` per
        // sentence, issue #9)
        ws.emit.clear();
        ws.emit.reserve(n * N_TAGS);
        // (hashed combined keys per token)
        const PER: usize = 7;
        // Read every cache line of the sentence's word records first: the
        // loads are independent and overlap, where the passes below would
        // meet each record's lines one miss at a time (a record is
        // ~850 bytes, the remembered words many megabytes).
        std::hint::black_box(ws.idx.iter().fold(0u32, |acc, &i| {
            ws.words.get(i as usize).map_or(acc, |w| {
                let rows = std::iter::once(&w.own).chain(&w.ctx);
                rows.fold(acc ^ w.tok.case as u32, |a, r| {
                    a ^ r[0].to_bits() ^ r[N_TAGS - 1].to_bits()
                })
            })
        }));
        // Pass 1: the context-free part of every row, and the keys that
        // combine tokens. Of the ten combined keys of
        // [`features::pair_keys`], seven are hashed and looked up; the
        // case trigram, the position and the in-quote key come from tables.
        // Pass 2 adds them in the order `pair_keys` lists them, so the sums
        // are the same floats as key-by-key scoring gives.
        ws.keys.clear();
        ws.keys.reserve(n * PER);
        ws.dense.clear();
        ws.dense.reserve(n);
        let mut in_quote = false;
        // (`idx` cut to the sentence: a neighbour's index, checked against
        // `n`, needs no second bounds check, issue #9)
        let idx = &ws.idx[..n];
        for i in 0..n {
            let c = &ws.words[idx[i] as usize];
            let mut row = c.own;
            let ii = i as isize;
            // (the neighbours' facts by reference: only ±1 are read)
            let (mut m1, mut p1) = (&Tok::NONE, &Tok::NONE);
            for (slot, d) in [-2isize, -1, 1, 2].into_iter().enumerate() {
                let j = ii + d;
                let add = if j >= 0 && (j as usize) < n {
                    let w = &ws.words[idx[j as usize] as usize];
                    match slot {
                        1 => m1 = &w.tok,
                        2 => p1 = &w.tok,
                        _ => {}
                    }
                    &w.ctx[slot]
                } else {
                    &self.pad[slot]
                };
                add_row::<AVX2>(&mut row, add);
            }
            // (the seven keys in one append: three `extend`s each checked
            // the capacity and kept a length guard, issue #9)
            let [a, b, s3] = features::pair_keys_before_case(m1, &c.tok, p1);
            let [l1, l2] = features::lex_pair_keys(m1, &c.tok, p1);
            let [c1, c2] = features::cluster_pair_keys(m1, &c.tok, p1);
            ws.keys.extend_from_slice(&[a, b, s3, l1, l2, c1, c2]);
            // Case classes are below 8; anything else is looked up.
            let case3 = if (m1.case | c.tok.case | p1.case) < 8 {
                u16::from(m1.case) << 6 | u16::from(c.tok.case) << 3 | u16::from(p1.case)
            } else {
                u16::MAX
            };
            let pos = features::position(i, m1) as u8;
            ws.dense.push((case3, pos, in_quote));
            if c.tok.case == features::Case::Quote as u8 {
                in_quote = !in_quote;
            }
            ws.emit.extend_from_slice(&row);
        }
        // Gazetteer matches: at most two keys per token, looked up apart
        // so the fixed stride of the combined keys stays.
        ws.forms.clear();
        ws.forms
            .extend(ws.idx.iter().map(|&i| ws.words[i as usize].tok.form()));
        let (words, idx) = (&ws.words, &ws.idx);
        self.model.gazetteer.mark_with(
            &ws.forms,
            |i| words[idx[i] as usize].gaz_first,
            &mut ws.marks,
        );
        let weights = &self.model.weights;
        ws.found.clear();
        // (cut to `MEMO` slots, so a slot `k & (MEMO - 1)` needs no bounds
        // check, issue #9)
        let (memo, memo_rows) = (&mut ws.memo[..MEMO], &mut ws.memo_rows[..MEMO]);
        ws.found.extend(ws.keys.iter().map(|&k| {
            // Keys are well mixed; the low bits pick the memo slot.
            let s = k as usize & (MEMO - 1);
            let m = &mut memo[s];
            if m.0 == k && k != 0 {
                return m.1;
            }
            let f = weights.find(k);
            *m = (k, f);
            if f != 0 {
                weights.expand_found(f, &mut memo_rows[s]);
            }
            f
        }));
        let (memo, memo_rows) = (&ws.memo[..MEMO], &ws.memo_rows[..MEMO]);
        // The weights of combined key `j` (of `ws.keys`): the memo's dense
        // row while the slot still holds the key (a later key of the
        // sentence may have taken it), else the sparse entries. Adding a
        // dense row adds +0.0 to the tags without weight, which leaves
        // every sum as it was (no sum here is −0.0), so the floats are the
        // same either way.
        let add_key = |row: &mut [f32; N_TAGS], k: u64, f: u32| {
            if f == 0 {
                return;
            }
            let s = k as usize & (MEMO - 1);
            if memo[s].0 == k {
                add_row::<AVX2>(row, &memo_rows[s]);
            } else {
                weights.add_found(f, row);
            }
        };
        // Pass 2: the combined keys.
        let add = add_row::<AVX2>;
        // (the per-token slices walked together: indexing each of them by
        // `i` cost a bounds check apiece, issue #9)
        let per_token = ws
            .found
            .chunks_exact(PER)
            .zip(ws.keys.chunks_exact(PER))
            .zip(&ws.idx)
            .zip(&ws.dense)
            .zip(&ws.marks)
            .zip(ws.emit.chunks_exact_mut(N_TAGS));
        for (i, (((((f, ks), &wi), &(case3, pos, in_quote)), mark), e)) in per_token.enumerate() {
            let mut row = [0f32; N_TAGS];
            let c = &ws.words[wi as usize];
            for j in 0..3 {
                add_key(&mut row, ks[j], f[j]);
            }
            match self.case3.get(usize::from(case3)) {
                Some(d) => add(&mut row, d),
                None => {
                    let m1 = i
                        .checked_sub(1)
                        .map_or(Tok::NONE, |j| ws.words[ws.idx[j] as usize].tok);
                    let p1 = ws
                        .idx
                        .get(i + 1)
                        .map_or(Tok::NONE, |&j| ws.words[j as usize].tok);
                    weights.add_to(features::case3_key(&m1, &c.tok, &p1), &mut row);
                }
            }
            let pos_rows = ws.pos_rows.get(c.pos as usize);
            match pos_rows.and_then(|r| r.get(usize::from(pos))) {
                Some(d) => add(&mut row, d),
                None => weights.add_to(features::pos_key(u64::from(pos), &c.tok), &mut row),
            }
            for j in 3..5 {
                add_key(&mut row, ks[j], f[j]);
            }
            match (c.tok.case < 8).then(|| usize::from(in_quote) << 3 | usize::from(c.tok.case)) {
                Some(q) => add(&mut row, &self.in_quote[q]),
                None => weights.add_to(features::in_quote_key(in_quote, &c.tok), &mut row),
            }
            for j in 5..7 {
                add_key(&mut row, ks[j], f[j]);
            }
            if let Some(m) = *mark {
                for k in features::gaz_pair(m) {
                    weights.add_to(k, &mut row);
                }
            }
            if let Ok(e) = <&mut [f32; N_TAGS]>::try_from(e) {
                add_row::<AVX2>(e, &row);
            }
        }
        viterbi_lanes::<AVX2>(&ws.emit, n, &self.masked, &mut ws.lattice, out);
    }

    /// Emission scores the slow way: every key of [`Extractor::extract`]
    /// looked up one by one. Same result as the fast path of [`Tagger::tag`]
    /// up to float rounding; kept to test that.
    pub fn emissions_reference<S: AsRef<str>>(&self, words: &[S], ws: &mut Workspace) -> Vec<f32> {
        self.ex
            .extract_with(words, &self.model.gazetteer, &mut ws.feats);
        let n = ws.feats.len();
        let mut emit = vec![0f32; n * N_TAGS];
        for i in 0..n {
            let row = self.score(ws.feats.token(i));
            emit[i * N_TAGS..(i + 1) * N_TAGS].copy_from_slice(&row);
        }
        emit
    }

    /// Emission scores of the fast path (after [`Tagger::tag`]).
    pub fn last_emissions<'w>(&self, ws: &'w Workspace) -> &'w [f32] {
        &ws.emit
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fast_path_scores_equal_the_reference() {
        let t = Tagger::embedded().expect("embedded model");
        let mut ws = Workspace::default();
        let sents: [&[&str]; 4] = [
            &[
                "„", "Wir", "bleiben", "“", ",", "sagte", "Angela", "Merkel", "in", "Berlin", ".",
            ],
            &[
                "Die", "EU-weite", "Regelung", "gilt", "ab", "2014", ":", "(", "siehe", "oben", ")",
            ],
            &["Paris"],
            &[],
        ];
        for s in sents {
            let mut out = Vec::new();
            t.tag(s, &mut ws, &mut out);
            let fast = t.last_emissions(&ws).to_vec();
            let slow = t.emissions_reference(s, &mut ws);
            assert_eq!(fast.len(), slow.len());
            for (a, b) in fast.iter().zip(&slow) {
                assert!(
                    (a - b).abs() < 1e-3 * (1.0 + b.abs()),
                    "{a} vs {b} in {s:?}"
                );
            }
            // Tagging twice (warm cache) gives the same tags.
            let mut again = Vec::new();
            t.tag(s, &mut ws, &mut again);
            assert_eq!(out, again);
        }
    }

    #[test]
    fn dispatched_path_gives_the_plain_build_floats() {
        // `tag` may run the AVX2 build; its emissions and tags must be the
        // plain build's, bit for bit.
        let t = Tagger::embedded().expect("embedded model");
        let (mut ws, mut plain) = (Workspace::default(), Workspace::default());
        let sents: [&[&str]; 3] = [
            &[
                "„", "Wir", "bleiben", "“", ",", "sagte", "Angela", "Merkel", "in", "Berlin", ".",
            ],
            &[
                "Der",
                "Bundestag",
                "in",
                "Berlin",
                "stimmte",
                "am",
                "Freitag",
                "dem",
                "Gesetz",
                "der",
                "Europäischen",
                "Union",
                "zu",
                ".",
            ],
            &["Paris"],
        ];
        for s in sents {
            let (mut a, mut b) = (Vec::new(), Vec::new());
            t.tag(s, &mut ws, &mut a);
            t.tag_impl::<false, _>(s, &mut plain, &mut b);
            assert_eq!(a, b, "{s:?}");
            let bits = |e: &[f32]| e.iter().map(|x| x.to_bits()).collect::<Vec<_>>();
            assert_eq!(
                bits(t.last_emissions(&ws)),
                bits(t.last_emissions(&plain)),
                "{s:?}"
            );
        }
    }

    /// Issue #9: the word memo lives in the workspace, which the stage
    /// keeps per thread across documents (and `analyze_batch` batches). A
    /// word's remembered scores must be a pure function of its form and the
    /// model: a sentence tagged with a fresh workspace (every word a miss),
    /// with one warmed by other sentences (hits, in other neighbourhoods),
    /// and after the memo was forgotten gives the same emissions, bit for bit.
    #[test]
    fn issue_9_memo_hit_and_miss_give_the_same_rows() {
        let t = Tagger::embedded().expect("embedded model");
        let sents: [&[&str]; 5] = [
            &["Angela", "Merkel", "reiste", "nach", "Paris", "."],
            &[
                "„", "Paris", "bleibt", "Paris", "“", ",", "sagte", "Merkel", ".",
            ],
            &[
                "Die",
                "EU-Kommission",
                "in",
                "Brüssel",
                "und",
                "Berlin",
                "schwiegen",
                ".",
            ],
            &["Berlin", "Brüssel", "Merkel", "Angela", "EU-Kommission"],
            &["nach", "Paris", "reiste", "Angela", "Merkel", "nicht", "."],
        ];
        let bits = |e: &[f32]| e.iter().map(|x| x.to_bits()).collect::<Vec<_>>();
        let mut warm = Workspace::default();
        for s in sents {
            // every word first seen here: all misses
            let mut cold = Workspace::default();
            let (mut a, mut b, mut c) = (Vec::new(), Vec::new(), Vec::new());
            t.tag(s, &mut cold, &mut a);
            let miss = bits(t.last_emissions(&cold));
            // the words met before in other sentences: hits
            t.tag(s, &mut warm, &mut b);
            assert_eq!(bits(t.last_emissions(&warm)), miss, "{s:?}");
            // again after the memo was forgotten (the size cap)
            warm.clear_words();
            t.tag(s, &mut warm, &mut c);
            assert_eq!(bits(t.last_emissions(&warm)), miss, "{s:?}");
            assert!(a == b && b == c, "{s:?}");
        }
    }

    /// Issue #9: pass 2 walks the per-token keys, results, facts, marks
    /// and emission rows together (zipped, not indexed) and reads the memo
    /// through slices cut to `MEMO`: every row of sentences of every length
    /// from 1 to 40 (gazetteer names, quotes, numbers, odd case classes,
    /// repeated words that hit the memo) still gets the straightforward
    /// key-by-key scores of `emissions_reference`, and the tags are those of
    /// a fresh workspace.
    #[test]
    fn issue_9_pass_two_scores_every_token_like_the_reference() {
        let t = Tagger::embedded().expect("embedded model");
        let words = [
            "Die",
            "Bundesagentur",
            "für",
            "Arbeit",
            "in",
            "Berlin",
            "„",
            "meldete",
            "“",
            "am",
            "3.",
            "März",
            "2024",
            "(",
            "AfD",
            ")",
            "Angela",
            "Merkel",
            "sagte",
            ",",
            "EU-weite",
            "UNO",
            "iPhone",
            "x",
            ".",
            "Paris",
            "Berlin",
            "und",
            "Merkel",
            "Scholz",
        ];
        let mut ws = Workspace::default();
        for n in 1..=40 {
            let s: Vec<&str> = (0..n).map(|k| words[(k * 7 + n) % words.len()]).collect();
            let mut out = Vec::new();
            t.tag(&s, &mut ws, &mut out);
            assert_eq!(out.len(), n);
            let fast = t.last_emissions(&ws).to_vec();
            let slow = t.emissions_reference(&s, &mut ws);
            assert_eq!(fast.len(), n * N_TAGS);
            assert_eq!(fast.len(), slow.len());
            for (k, (a, b)) in fast.iter().zip(&slow).enumerate() {
                assert!(
                    (a - b).abs() < 1e-3 * (1.0 + b.abs()),
                    "{a} vs {b} at token {} of {s:?}",
                    k / N_TAGS
                );
            }
            let mut fresh = Vec::new();
            t.tag(&s, &mut Workspace::default(), &mut fresh);
            assert_eq!(out, fresh, "{s:?}");
        }
    }

    #[test]
    fn shipped_model_carries_the_training_gazetteer() {
        let t = Tagger::embedded().expect("embedded model");
        let g = &t.model().gazetteer;
        assert!(g.len() > 10_000, "{} entries", g.len());
        let forms: Vec<u64> = ["Er", "lebt", "in", "Berlin", "."]
            .iter()
            .map(|w| features::form_hash(w))
            .collect();
        let mut marks = Vec::new();
        g.mark(&forms, &mut marks);
        assert!(marks[3].is_some(), "Berlin is a training-data name");
        assert!(marks[1].is_none() && marks[4].is_none());
    }

    #[test]
    fn a_remembered_word_stays_small() {
        // CACHE_LIMIT's memory bound assumes this.
        assert!(std::mem::size_of::<WordScores>() <= 600);
    }

    #[test]
    fn workspace_follows_the_tagger_it_is_used_with() {
        let a = Tagger::embedded().expect("model");
        let b = Tagger::embedded().expect("model");
        assert_ne!(a.serial, b.serial);
        let mut ws = Workspace::default();
        let (mut x, mut y) = (Vec::new(), Vec::new());
        a.tag(&["Berlin"], &mut ws, &mut x);
        b.tag(&["Berlin"], &mut ws, &mut y);
        assert_eq!(ws.owner, b.serial);
        assert_eq!(x, y);
    }
}
