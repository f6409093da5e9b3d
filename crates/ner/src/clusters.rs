//! Word clusters learned from unlabeled text, as tagger features.
//!
//! A linear tagger only knows the words it saw in training. Clusters let it
//! generalise: a surname never seen in GermEval still shares a cluster with
//! surnames that were. We learn them ourselves with spherical k-means over
//! distributional vectors: each word with enough occurrences is described by
//! the positive pointwise mutual information of the frequent words at
//! positions −2, −1, +1, +2 around it; the vectors are normalised and
//! clustered at two granularities (coarse and fine). Everything is
//! deterministic (seeded k-means++ initialisation, fixed iteration order).
//!
//! The shipped map (`data/clusters.fst`, form → `fine << 16 | coarse`) is
//! built by `examples/build_clusters.rs` from text whose licence allows it
//! (see `data/README.md`).

use crate::features::Clusters;
use fst::Map;
use rand::{RngExt, SeedableRng};
use rustc_hash::FxHashMap;

/// The embedded cluster map.
static CLUSTERS_FST: &[u8] = include_bytes!("../data/clusters.fst");

/// Clusters from an fst map form → `fine << 16 | coarse`.
pub struct ClusterMap {
    map: Map<&'static [u8]>,
    id: u64,
}

impl ClusterMap {
    /// The embedded map; `None` when it is empty or corrupt.
    pub fn embedded() -> Option<ClusterMap> {
        ClusterMap::from_static(CLUSTERS_FST)
    }

    pub fn from_static(b: &'static [u8]) -> Option<ClusterMap> {
        let map = Map::new(b).ok()?;
        (!map.is_empty()).then(|| ClusterMap {
            id: crate::lexicon::content_id(b),
            map,
        })
    }

    /// An id of the content, mixed into the lexicon id stored in models.
    pub fn id(&self) -> u64 {
        self.id
    }

    pub fn len(&self) -> usize {
        self.map.len()
    }

    pub fn is_empty(&self) -> bool {
        self.map.len() == 0
    }
}

impl Clusters for ClusterMap {
    fn cluster(&self, form: &str) -> Option<u32> {
        self.map.get(form).map(|v| v as u32)
    }
    fn id(&self) -> u64 {
        self.id
    }
}

/// Settings of [`learn`].
#[derive(Debug, Clone)]
pub struct ClusterConfig {
    /// Words seen fewer times get no cluster.
    pub min_count: u32,
    /// Number of context words (the most frequent ones).
    pub contexts: usize,
    pub coarse: usize,
    pub fine: usize,
    pub iterations: usize,
    pub seed: u64,
}

impl Default for ClusterConfig {
    fn default() -> Self {
        ClusterConfig {
            min_count: 3,
            contexts: 2000,
            coarse: 64,
            fine: 512,
            iterations: 12,
            seed: 1,
        }
    }
}

/// Sparse unit vector.
type SVec = Vec<(u32, f32)>;

/// Learns clusters from sentences of tokens. Returns `(form, fine, coarse)`
/// sorted by form.
pub fn learn(sentences: &[Vec<String>], cfg: &ClusterConfig) -> Vec<(String, u16, u16)> {
    // Vocabulary by frequency (ties by form, for determinism).
    let mut counts: FxHashMap<&str, u32> = FxHashMap::default();
    for s in sentences {
        for w in s {
            *counts.entry(w.as_str()).or_insert(0) += 1;
        }
    }
    let mut vocab: Vec<(&str, u32)> = counts
        .iter()
        .filter(|(_, &n)| n >= cfg.min_count)
        .map(|(&w, &n)| (w, n))
        .collect();
    vocab.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    let index: FxHashMap<&str, u32> = vocab
        .iter()
        .enumerate()
        .map(|(i, (w, _))| (*w, i as u32))
        .collect();
    let n_ctx = cfg.contexts.min(vocab.len()) + 1; // + boundary
    let boundary = (n_ctx - 1) as u32;
    let ctx_of = |w: Option<&String>| -> Option<u32> {
        match w {
            None => Some(boundary),
            Some(w) => index.get(w.as_str()).copied().filter(|&i| i < boundary),
        }
    };
    // Co-occurrence counts per word: dims are offset × context.
    let offsets: [isize; 4] = [-2, -1, 1, 2];
    let mut co: Vec<FxHashMap<u32, f32>> = vec![FxHashMap::default(); vocab.len()];
    let mut ctx_total = vec![0f64; offsets.len() * n_ctx];
    let mut total = 0f64;
    for s in sentences {
        for (i, w) in s.iter().enumerate() {
            let Some(&wi) = index.get(w.as_str()) else {
                continue;
            };
            for (oi, &o) in offsets.iter().enumerate() {
                let j = i as isize + o;
                let cw = if j < 0 { None } else { s.get(j as usize) };
                if let Some(c) = ctx_of(cw) {
                    let d = (oi * n_ctx) as u32 + c;
                    *co[wi as usize].entry(d).or_insert(0.0) += 1.0;
                    ctx_total[d as usize] += 1.0;
                    total += 1.0;
                }
            }
        }
    }
    // PPMI vectors, unit length.
    let vecs: Vec<SVec> = co
        .iter()
        .map(|m| {
            let wt: f64 = m.values().map(|&x| f64::from(x)).sum();
            let mut v: SVec = m
                .iter()
                .filter_map(|(&d, &x)| {
                    let pmi = (f64::from(x) * total / (wt * ctx_total[d as usize])).ln();
                    (pmi > 0.0).then_some((d, pmi as f32))
                })
                .collect();
            v.sort_by_key(|e| e.0);
            let norm = v.iter().map(|e| e.1 * e.1).sum::<f32>().sqrt();
            if norm > 0.0 {
                for e in &mut v {
                    e.1 /= norm;
                }
            }
            v
        })
        .collect();
    let dim = offsets.len() * n_ctx;
    let coarse = kmeans(&vecs, dim, cfg.coarse, cfg.iterations, cfg.seed);
    let fine = kmeans(
        &vecs,
        dim,
        cfg.fine,
        cfg.iterations,
        cfg.seed.wrapping_add(1),
    );
    let mut out: Vec<(String, u16, u16)> = vocab
        .iter()
        .enumerate()
        .map(|(i, (w, _))| (w.to_string(), fine[i], coarse[i]))
        .collect();
    out.sort_by(|a, b| a.0.cmp(&b.0));
    out
}

fn dot(v: &SVec, c: &[f32]) -> f32 {
    v.iter().map(|&(d, x)| x * c[d as usize]).sum()
}

/// Spherical k-means with k-means++ seeding. Returns a cluster per vector.
fn kmeans(vecs: &[SVec], dim: usize, k: usize, iterations: usize, seed: u64) -> Vec<u16> {
    let n = vecs.len();
    let k = k.min(n).clamp(1, u16::MAX as usize);
    if n == 0 {
        return Vec::new();
    }
    let mut rng = rand::rngs::StdRng::seed_from_u64(seed);
    let mut cents: Vec<Vec<f32>> = Vec::with_capacity(k);
    let dense = |v: &SVec| {
        let mut c = vec![0f32; dim];
        for &(d, x) in v {
            c[d as usize] = x;
        }
        c
    };
    cents.push(dense(&vecs[rng.random_range(0..n)]));
    // Distance to the nearest centre: 1 − cosine.
    let mut best: Vec<f32> = vecs.iter().map(|v| 1.0 - dot(v, &cents[0])).collect();
    while cents.len() < k {
        let sum: f64 = best.iter().map(|&d| f64::from(d.max(0.0))).sum();
        let pick = if sum <= 0.0 {
            rng.random_range(0..n)
        } else {
            let mut r = rng.random::<f64>() * sum;
            let mut p = n - 1;
            for (i, &d) in best.iter().enumerate() {
                r -= f64::from(d.max(0.0));
                if r <= 0.0 {
                    p = i;
                    break;
                }
            }
            p
        };
        let c = dense(&vecs[pick]);
        for (b, v) in best.iter_mut().zip(vecs) {
            *b = b.min(1.0 - dot(v, &c));
        }
        cents.push(c);
    }
    let mut assign = vec![0u16; n];
    for _ in 0..iterations {
        let mut changed = 0;
        for (i, v) in vecs.iter().enumerate() {
            let mut arg = 0;
            let mut bs = f32::NEG_INFINITY;
            for (j, c) in cents.iter().enumerate() {
                let s = dot(v, c);
                if s > bs {
                    bs = s;
                    arg = j;
                }
            }
            if assign[i] != arg as u16 {
                changed += 1;
                assign[i] = arg as u16;
            }
        }
        for c in cents.iter_mut() {
            c.iter_mut().for_each(|x| *x = 0.0);
        }
        for (v, &a) in vecs.iter().zip(&assign) {
            let c = &mut cents[a as usize];
            for &(d, x) in v {
                c[d as usize] += x;
            }
        }
        for c in cents.iter_mut() {
            let norm = c.iter().map(|x| x * x).sum::<f32>().sqrt();
            if norm > 0.0 {
                c.iter_mut().for_each(|x| *x /= norm);
            }
        }
        if changed == 0 {
            break;
        }
    }
    assign
}

/// Splits raw text into GermEval-like tokens: white space separates, and
/// leading and trailing punctuation becomes tokens of its own (a final dot
/// stays on short abbreviation-like words such as "Dr.").
pub fn simple_tokens(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    for chunk in text.split_whitespace() {
        let is_p = |c: char| !c.is_alphanumeric() && c != '-' && c != '&' && c != '/';
        let mut head = Vec::new();
        let mut rest = chunk;
        while let Some(c) = rest.chars().next().filter(|&c| is_p(c)) {
            head.push(c.to_string());
            rest = &rest[c.len_utf8()..];
        }
        let mut tail = Vec::new();
        while let Some(c) = rest.chars().next_back().filter(|&c| is_p(c)) {
            let core = &rest[..rest.len() - c.len_utf8()];
            if c == '.'
                && core.chars().count() <= 3
                && core.chars().all(char::is_alphabetic)
                && core.chars().next().is_some_and(char::is_uppercase)
                && tail.is_empty()
            {
                break;
            }
            tail.push(c.to_string());
            rest = core;
        }
        out.extend(head);
        if !rest.is_empty() {
            out.push(rest.to_string());
        }
        out.extend(tail.into_iter().rev());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens() {
        let cases = [
            (
                "„Ja“, sagte Dr. Müller.",
                vec!["„", "Ja", "“", ",", "sagte", "Dr.", "Müller", "."],
            ),
            ("(EU-weit)", vec!["(", "EU-weit", ")"]),
            ("", vec![]),
            ("...", vec![".", ".", "."]),
        ];
        for (text, want) in cases {
            assert_eq!(simple_tokens(text), want, "{text}");
        }
    }

    #[test]
    fn words_in_like_contexts_share_clusters() {
        // Cities after "in", first names before "sagte".
        let mut sents = Vec::new();
        let cities = ["Berlin", "Paris", "Rom", "Wien"];
        let names = ["Anna", "Peter", "Maria", "Jonas"];
        for round in 0..5 {
            for (i, c) in cities.iter().enumerate() {
                let n = names[(i + round) % 4];
                sents.push(
                    format!("Wir wohnen in {c} seit Jahren .")
                        .split(' ')
                        .map(String::from)
                        .collect(),
                );
                sents.push(
                    format!("Gestern sagte {n} etwas Neues .")
                        .split(' ')
                        .map(String::from)
                        .collect(),
                );
            }
        }
        let cfg = ClusterConfig {
            min_count: 2,
            contexts: 50,
            coarse: 4,
            fine: 12,
            iterations: 10,
            seed: 3,
        };
        let out = learn(&sents, &cfg);
        let get = |w: &str| out.iter().find(|x| x.0 == w).map(|x| (x.1, x.2)).unwrap();
        for c in &cities[1..] {
            assert_eq!(get(c).0, get(cities[0]).0, "{c}");
        }
        for n in &names[1..] {
            assert_eq!(get(n).0, get(names[0]).0, "{n}");
        }
        assert_ne!(get("Berlin").0, get("Anna").0);
        assert_eq!(learn(&sents, &cfg), out, "deterministic");
    }
}
