//! Training: a structured averaged perceptron (Collins 2002) with Viterbi
//! decoding.
//!
//! Every sentence is decoded with the current weights; where the best
//! sequence differs from the gold one, the features of the gold tags are
//! rewarded and those of the predicted tags penalised, emissions and
//! transitions alike. The returned weights are the average over all steps,
//! computed with the usual lazy trick (`w − u / c`). Sentence order is
//! shuffled every epoch with a seeded RNG, so a run is reproducible; after
//! each epoch the averaged model is scored on the dev set and the best epoch
//! is kept.

use crate::decode::{viterbi, Lattice, Transitions};
use crate::features::{form_hash, template_hash, Extractor, FeatureBuf};
use crate::gazetteer::Gazetteer;
use crate::germeval::{Score, Sentence};
use crate::label::N_TAGS;
use crate::model::{Header, Model, Weights, FORMAT_VERSION};
use rand::seq::SliceRandom;
use rand::SeedableRng;
use rustc_hash::FxHashMap;

/// Training settings.
#[derive(Debug, Clone)]
pub struct TrainConfig {
    pub seed: u64,
    pub epochs: usize,
    /// Features seen fewer times than this in training are dropped.
    pub min_count: u32,
    /// Averaged weights with a smaller magnitude are dropped from the model.
    pub prune: f32,
    /// Feature dropout in training: each feature occurrence is left out of
    /// a step with this probability, so the model cannot lean on word
    /// identity alone and learns the features that generalise.
    pub dropout: f32,
    /// Number of runs with seeds `seed`, `seed + 1`, … whose best averaged
    /// weights are averaged into the model.
    pub ensemble: usize,
    /// Folds of the jackknifed training-data gazetteer: a training sentence
    /// sees the gazetteer built from the other folds. 0: no gazetteer.
    pub gaz_folds: usize,
    /// Word dropout in training: with this probability all the keys that
    /// name a token's word ([`FeatureBuf::identity_keys`]) are left out of
    /// a step together, so the model learns to tag words as if unseen.
    pub word_dropout: f32,
}

impl Default for TrainConfig {
    fn default() -> Self {
        TrainConfig {
            seed: 1,
            epochs: 20,
            min_count: 1,
            prune: 1.5,
            dropout: 0.3,
            ensemble: 3,
            gaz_folds: 10,
            word_dropout: 0.4,
        }
    }
}

/// What training reports as it goes.
#[derive(Debug, Clone)]
pub enum Progress {
    /// Features are being extracted.
    Extracting { sentences: usize },
    /// The feature dictionary is built.
    Features { kept: usize, seen: usize },
    /// An epoch starts; `steps` sentences follow.
    EpochStart { epoch: usize, steps: usize },
    /// `n` more sentences done.
    Step { n: usize },
    /// The runs of an ensemble were averaged.
    Ensemble { runs: usize, dev: Score },
    /// An epoch ended.
    EpochEnd {
        epoch: usize,
        train_errors: usize,
        dev: Score,
        best: bool,
    },
}

/// The outcome.
#[derive(Debug, Clone)]
pub struct TrainReport {
    pub best_epoch: usize,
    pub best_dev: Score,
    pub epochs: Vec<Score>,
}

/// Sentences as feature ids.
struct Compiled {
    ids: Vec<u32>,
    /// Parallel to `ids`: is it a key naming the word itself?
    ident: Vec<bool>,
    /// Per token: `starts[t]..starts[t + 1]` into `ids`.
    starts: Vec<u32>,
    /// Per sentence: its first token in `starts` and its length.
    sents: Vec<(usize, usize)>,
    tags: Vec<u8>,
}

fn compile<'g>(
    ex: &Extractor,
    data: &[Sentence],
    gaz: impl Fn(usize) -> &'g Gazetteer,
    dict: &FxHashMap<u64, u32>,
    buf: &mut FeatureBuf,
) -> Compiled {
    let mut c = Compiled {
        ids: Vec::new(),
        ident: Vec::new(),
        starts: vec![0],
        sents: Vec::with_capacity(data.len()),
        tags: Vec::new(),
    };
    for (si, s) in data.iter().enumerate() {
        ex.extract_with(&s.words, gaz(si), buf);
        c.sents.push((c.starts.len() - 1, s.words.len()));
        for i in 0..buf.len() {
            let idk = buf.identity_keys(i);
            for k in buf.token(i) {
                if let Some(&id) = dict.get(k) {
                    c.ids.push(id);
                    c.ident.push(idk.contains(k));
                }
            }
            c.starts.push(c.ids.len() as u32);
        }
        c.tags.extend_from_slice(&s.tags);
    }
    c
}

/// Is feature occurrence `j` of token `t` kept in this step? A hash of
/// (salt, token, position) against the dropout threshold: deterministic.
#[inline]
fn keep_feature(salt: u64, t: usize, j: usize, threshold: u64) -> bool {
    if threshold == 0 {
        return true;
    }
    let mut z = salt ^ (t as u64).wrapping_mul(0x9e37_79b9_7f4a_7c15) ^ (j as u64) << 40;
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    (z ^ (z >> 31)) >= threshold
}

/// Dropout thresholds of one step: per feature occurrence and per word.
#[derive(Clone, Copy)]
struct Drop {
    salt: u64,
    feature: u64,
    word: u64,
}

impl Drop {
    const NONE: Drop = Drop {
        salt: 0,
        feature: 0,
        word: 0,
    };

    /// Is occurrence `j` (at `pos` in `c.ids`) of token `t` kept?
    #[inline]
    fn keep(&self, c: &Compiled, t: usize, j: usize, pos: usize) -> bool {
        keep_feature(self.salt, t, j, self.feature)
            && (!c.ident[pos] || keep_feature(self.salt ^ 0x57a7_e11d, t, 1 << 20, self.word))
    }
}

fn emissions(c: &Compiled, first: usize, n: usize, w: &[f32], out: &mut Vec<f32>) {
    emissions_drop(c, first, n, w, Drop::NONE, out)
}

fn emissions_drop(c: &Compiled, first: usize, n: usize, w: &[f32], drop: Drop, out: &mut Vec<f32>) {
    out.clear();
    out.resize(n * N_TAGS, 0.0);
    for i in 0..n {
        let t = first + i;
        let row = &mut out[i * N_TAGS..(i + 1) * N_TAGS];
        let a = c.starts[t] as usize;
        for (j, &id) in c.ids[a..c.starts[t + 1] as usize].iter().enumerate() {
            if !drop.keep(c, t, j, a + j) {
                continue;
            }
            let wr = &w[id as usize * N_TAGS..(id as usize + 1) * N_TAGS];
            for (r, x) in row.iter_mut().zip(wr) {
                *r += x;
            }
        }
    }
}

/// Transitions flattened: trans (N×N), start (N), end (N).
const TR_LEN: usize = N_TAGS * N_TAGS + 2 * N_TAGS;

fn to_transitions(v: &[f32]) -> Transitions {
    let nn = N_TAGS * N_TAGS;
    Transitions {
        trans: v[..nn].to_vec(),
        start: v[nn..nn + N_TAGS].to_vec(),
        end: v[nn + N_TAGS..].to_vec(),
    }
}

fn evaluate(c: &Compiled, w: &[f32], tr: &Transitions) -> Score {
    let mut score = Score::default();
    let (mut emit, mut lat, mut pred) = (Vec::new(), Lattice::default(), Vec::new());
    for &(first, n) in &c.sents {
        emissions(c, first, n, w, &mut emit);
        viterbi(&emit, n, tr, &mut lat, &mut pred);
        score.add(&c.tags[first..first + n], &pred);
    }
    score
}

/// Trains a model. `info` is stored in the model header.
pub fn train(
    ex: &Extractor,
    train: &[Sentence],
    dev: &[Sentence],
    cfg: &TrainConfig,
    info: &str,
    progress: &mut dyn FnMut(Progress),
) -> (Model, TrainReport) {
    let mut buf = FeatureBuf::new();
    progress(Progress::Extracting {
        sentences: train.len(),
    });
    // The gazetteer of the whole training file (stored in the model, used
    // on dev) and one per fold, built from the other folds (used on the
    // training sentences of that fold).
    let forms: Vec<Vec<u64>> = train
        .iter()
        .map(|s| s.words.iter().map(|w| form_hash(w)).collect())
        .collect();
    let folds = cfg.gaz_folds;
    let build = |skip: Option<usize>| {
        Gazetteer::build(
            forms
                .iter()
                .zip(train)
                .enumerate()
                .filter(move |(i, _)| skip.is_none_or(|k| i % folds != k))
                .map(|(_, (f, s))| (f.as_slice(), s.tags.as_slice())),
        )
    };
    let (full, fold_gaz) = if folds == 0 {
        (Gazetteer::default(), vec![Gazetteer::default()])
    } else {
        (build(None), (0..folds).map(|k| build(Some(k))).collect())
    };
    let gaz_of = |i: usize| &fold_gaz[i % fold_gaz.len()];
    let mut counts: FxHashMap<u64, u32> = FxHashMap::default();
    for (si, s) in train.iter().enumerate() {
        ex.extract_with(&s.words, gaz_of(si), &mut buf);
        for &k in &buf.keys {
            *counts.entry(k).or_insert(0) += 1;
        }
    }
    let seen = counts.len();
    let mut kept: Vec<u64> = counts
        .into_iter()
        .filter(|&(_, n)| n >= cfg.min_count)
        .map(|(k, _)| k)
        .collect();
    kept.sort_unstable();
    let dict: FxHashMap<u64, u32> = kept
        .iter()
        .enumerate()
        .map(|(i, &k)| (k, i as u32))
        .collect();
    progress(Progress::Features {
        kept: kept.len(),
        seen,
    });
    let tc = compile(ex, train, gaz_of, &dict, &mut buf);
    let dc = compile(ex, dev, |_| &full, &dict, &mut buf);

    let nf = kept.len();
    let runs = cfg.ensemble.max(1);
    let mut report = TrainReport {
        best_epoch: 0,
        best_dev: Score::default(),
        epochs: Vec::new(),
    };
    let mut bw = vec![0f32; nf * N_TAGS];
    let mut btr = vec![0f32; TR_LEN];
    for r in 0..runs {
        let (e, sc, w, tr, epochs) =
            run_once(&tc, &dc, nf, cfg, cfg.seed.wrapping_add(r as u64), progress);
        for (a, x) in bw.iter_mut().zip(&w) {
            *a += x / runs as f32;
        }
        for (a, x) in btr.iter_mut().zip(&tr) {
            *a += x / runs as f32;
        }
        report.epochs.extend(epochs);
        report.best_epoch = e;
        report.best_dev = sc;
    }
    if runs > 1 {
        // The ensemble is the average of the runs' best averaged weights.
        report.best_dev = evaluate(&dc, &bw, &to_transitions(&btr));
        progress(Progress::Ensemble {
            runs,
            dev: report.best_dev,
        });
    }
    // Small weights are dropped from the model; the dev score reported and
    // stored is that of the pruned weights.
    if cfg.prune > 0.0 {
        for x in bw.iter_mut().filter(|x| x.abs() < cfg.prune) {
            *x = 0.0;
        }
        report.best_dev = evaluate(&dc, &bw, &to_transitions(&btr));
    }
    let (best_epoch, best_dev) = (report.best_epoch, report.best_dev);
    let rows = kept.iter().enumerate().filter_map(|(i, &k)| {
        let r: Vec<(u8, f32)> = bw[i * N_TAGS..(i + 1) * N_TAGS]
            .iter()
            .enumerate()
            .filter(|(_, w)| w.abs() >= cfg.prune)
            .map(|(t, &w)| (t as u8, w))
            .collect();
        (!r.is_empty()).then_some((k, r))
    });
    let weights = Weights::from_rows(rows);
    let model = Model {
        header: Header {
            version: FORMAT_VERSION,
            template_hash: template_hash(),
            lexicon_id: ex.resources_id(),
            n_tags: N_TAGS as u32,
            info: format!(
                "{info}; seed {}, epochs {}, best epoch {best_epoch}, min_count {}, prune {}, dropout {}, word dropout {}, ensemble {}, gazetteer folds {}, dev F1 {:.4}",
                cfg.seed,
                cfg.epochs,
                cfg.min_count,
                cfg.prune,
                cfg.dropout,
                cfg.word_dropout,
                cfg.ensemble,
                cfg.gaz_folds,
                best_dev.f1()
            ),
        },
        weights,
        transitions: to_transitions(&btr),
        gazetteer: full,
    };
    (model, report)
}

/// The best epoch of one run: (epoch, dev score, averaged weights,
/// averaged transitions, dev score per epoch).
type RunResult = (usize, Score, Vec<f32>, Vec<f32>, Vec<Score>);

/// One training run with one seed.
fn run_once(
    tc: &Compiled,
    dc: &Compiled,
    nf: usize,
    cfg: &TrainConfig,
    seed: u64,
    progress: &mut dyn FnMut(Progress),
) -> RunResult {
    let mut epochs = Vec::new();
    let mut w = vec![0f32; nf * N_TAGS];
    let mut u = vec![0f32; nf * N_TAGS];
    let mut tw = vec![0f32; TR_LEN];
    let mut tu = vec![0f32; TR_LEN];
    let mut c: f32 = 1.0;
    let nn = N_TAGS * N_TAGS;

    let mut rng = rand::rngs::StdRng::seed_from_u64(seed);
    let threshold = (f64::from(cfg.dropout.clamp(0.0, 0.95)) * u64::MAX as f64) as u64;
    let word_threshold = (f64::from(cfg.word_dropout.clamp(0.0, 0.95)) * u64::MAX as f64) as u64;
    let mut order: Vec<usize> = (0..tc.sents.len()).collect();
    let (mut emit, mut lat, mut pred) = (Vec::new(), Lattice::default(), Vec::new());
    let mut best: Option<(usize, Score, Vec<f32>, Vec<f32>)> = None;
    let mut avg = vec![0f32; nf * N_TAGS];
    let mut tavg = vec![0f32; TR_LEN];
    for epoch in 1..=cfg.epochs.max(1) {
        order.shuffle(&mut rng);
        progress(Progress::EpochStart {
            epoch,
            steps: order.len(),
        });
        let mut errors = 0;
        for (step, &si) in order.iter().enumerate() {
            let (first, n) = tc.sents[si];
            if n > 0 {
                let tr = Transitions {
                    trans: tw[..nn].to_vec(),
                    start: tw[nn..nn + N_TAGS].to_vec(),
                    end: tw[nn + N_TAGS..].to_vec(),
                };
                let drop = Drop {
                    salt: seed ^ (epoch as u64) << 48,
                    feature: threshold,
                    word: word_threshold,
                };
                emissions_drop(tc, first, n, &w, drop, &mut emit);
                viterbi(&emit, n, &tr, &mut lat, &mut pred);
                let gold = &tc.tags[first..first + n];
                if pred != gold {
                    errors += 1;
                    let upd = |v: &mut [f32], uv: &mut [f32], i: usize, d: f32| {
                        v[i] += d;
                        uv[i] += c * d;
                    };
                    for i in 0..n {
                        let (g, p) = (gold[i] as usize, pred[i] as usize);
                        if g != p {
                            let t = first + i;
                            let a = tc.starts[t] as usize;
                            let ids = &tc.ids[a..tc.starts[t + 1] as usize];
                            for (j, &id) in ids.iter().enumerate() {
                                if !drop.keep(tc, t, j, a + j) {
                                    continue;
                                }
                                let base = id as usize * N_TAGS;
                                upd(&mut w, &mut u, base + g, 1.0);
                                upd(&mut w, &mut u, base + p, -1.0);
                            }
                        }
                        let (gi, pi) = if i == 0 {
                            (nn + g, nn + p)
                        } else {
                            (
                                gold[i - 1] as usize * N_TAGS + g,
                                pred[i - 1] as usize * N_TAGS + p,
                            )
                        };
                        if gi != pi {
                            upd(&mut tw, &mut tu, gi, 1.0);
                            upd(&mut tw, &mut tu, pi, -1.0);
                        }
                    }
                    let (ge, pe) = (
                        nn + N_TAGS + gold[n - 1] as usize,
                        nn + N_TAGS + pred[n - 1] as usize,
                    );
                    if ge != pe {
                        upd(&mut tw, &mut tu, ge, 1.0);
                        upd(&mut tw, &mut tu, pe, -1.0);
                    }
                }
            }
            c += 1.0;
            if step % 500 == 499 {
                progress(Progress::Step { n: 500 });
            }
        }
        progress(Progress::Step {
            n: order.len() % 500,
        });
        for ((a, &x), &y) in avg.iter_mut().zip(&w).zip(&u) {
            *a = x - y / c;
        }
        for ((a, &x), &y) in tavg.iter_mut().zip(&tw).zip(&tu) {
            *a = x - y / c;
        }
        let dev_score = evaluate(dc, &avg, &to_transitions(&tavg));
        let is_best = best.as_ref().is_none_or(|b| dev_score.f1() > b.1.f1());
        epochs.push(dev_score);
        if is_best {
            best = Some((epoch, dev_score, avg.clone(), tavg.clone()));
        }
        progress(Progress::EpochEnd {
            epoch,
            train_errors: errors,
            dev: dev_score,
            best: is_best,
        });
    }
    let (e, sc, bw, btr) = best.unwrap_or((0, Score::default(), avg, tavg));
    (e, sc, bw, btr, epochs)
}
