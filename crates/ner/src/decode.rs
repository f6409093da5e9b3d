//! First-order Viterbi decoding over BIO tags.
//!
//! Scores are emission scores per token and tag plus transition scores per
//! tag pair, plus a start and an end score per tag. Transitions that BIO
//! forbids (`O` → `I-X`, `B-X` → `I-Y`) are never taken, so the output is
//! always a well-formed chunk sequence.

use crate::label::{allowed, is_inside, N_TAGS};

/// Transition scores: `trans[prev * N_TAGS + cur]`, `start[cur]`, `end[prev]`.
#[derive(Debug, Clone, PartialEq)]
pub struct Transitions {
    pub trans: Vec<f32>,
    pub start: Vec<f32>,
    pub end: Vec<f32>,
}

impl Default for Transitions {
    fn default() -> Self {
        Transitions {
            trans: vec![0.0; N_TAGS * N_TAGS],
            start: vec![0.0; N_TAGS],
            end: vec![0.0; N_TAGS],
        }
    }
}

/// The allowed predecessors of each tag, computed once.
fn predecessors() -> &'static [Vec<u8>; N_TAGS] {
    static P: std::sync::OnceLock<[Vec<u8>; N_TAGS]> = std::sync::OnceLock::new();
    P.get_or_init(|| {
        std::array::from_fn(|cur| {
            (0..N_TAGS as u8)
                .filter(|&p| allowed(Some(p), cur as u8))
                .collect()
        })
    })
}

/// Reusable buffers for [`viterbi`].
#[derive(Debug, Default)]
pub struct Lattice {
    delta: Vec<f32>,
    back: Vec<u8>,
    /// Transposed transitions, `−∞` where BIO forbids the pair:
    /// `tt[cur * N_TAGS + prev]`, so the inner loop runs over contiguous
    /// memory without branches (and vectorises).
    tt: Vec<f32>,
}

/// Finds the best tag sequence for `n` tokens with emission scores
/// `emit[i * N_TAGS + tag]`; writes it into `out`.
pub fn viterbi(emit: &[f32], n: usize, tr: &Transitions, lat: &mut Lattice, out: &mut Vec<u8>) {
    out.clear();
    if n == 0 || emit.len() < n * N_TAGS {
        return;
    }
    lat.tt.clear();
    lat.tt.resize(N_TAGS * N_TAGS, f32::NEG_INFINITY);
    for (cur, ps) in predecessors().iter().enumerate() {
        for &p in ps {
            lat.tt[cur * N_TAGS + p as usize] = tr.trans[p as usize * N_TAGS + cur];
        }
    }
    lat.delta.clear();
    lat.delta.resize(n * N_TAGS, f32::NEG_INFINITY);
    lat.back.clear();
    lat.back.resize(n * N_TAGS, 0);
    for (cur, (d, (&st, &e))) in lat.delta[..N_TAGS]
        .iter_mut()
        .zip(tr.start.iter().zip(&emit[..N_TAGS]))
        .enumerate()
    {
        if allowed(None, cur as u8) {
            *d = st + e;
        }
    }
    for i in 1..n {
        let (prev_rows, cur_rows) = lat.delta.split_at_mut(i * N_TAGS);
        let prev: &[f32; N_TAGS] = match prev_rows[(i - 1) * N_TAGS..].try_into() {
            Ok(p) => p,
            Err(_) => return,
        };
        let cur_row = &mut cur_rows[..N_TAGS];
        let e = &emit[i * N_TAGS..(i + 1) * N_TAGS];
        for cur in 0..N_TAGS {
            let (best, arg) = if is_inside(cur as u8) {
                // Only B-X and I-X of the same type may precede I-X.
                let (b, ii) = (cur - 1, cur);
                let sb = prev[b] + tr.trans[b * N_TAGS + cur];
                let si = prev[ii] + tr.trans[ii * N_TAGS + cur];
                if si > sb {
                    (si, ii)
                } else {
                    (sb, b)
                }
            } else {
                let col = &lat.tt[cur * N_TAGS..(cur + 1) * N_TAGS];
                let mut sums = [f32::NEG_INFINITY; 32];
                for ((s, &p), &t) in sums.iter_mut().zip(prev).zip(col) {
                    *s = p + t;
                }
                // Lane-wise maximum (vectorises), then the first index of it.
                let mut lanes = [f32::NEG_INFINITY; 8];
                for chunk in sums.chunks_exact(8) {
                    for (l, &x) in lanes.iter_mut().zip(chunk) {
                        *l = l.max(x);
                    }
                }
                let best = lanes.iter().copied().fold(f32::NEG_INFINITY, f32::max);
                (best, sums.iter().position(|&x| x == best).unwrap_or(0))
            };
            cur_row[cur] = best + e[cur];
            lat.back[i * N_TAGS + cur] = arg as u8;
        }
    }
    let last = &lat.delta[(n - 1) * N_TAGS..];
    let mut best = f32::NEG_INFINITY;
    let mut tag = 0u8;
    for (t, (&l, &en)) in last.iter().zip(&tr.end).enumerate() {
        let s = l + en;
        if s > best {
            best = s;
            tag = t as u8;
        }
    }
    out.resize(n, 0);
    out[n - 1] = tag;
    for i in (1..n).rev() {
        tag = lat.back[i * N_TAGS + tag as usize];
        out[i - 1] = tag;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::label::{parse_tag, O};

    fn t(s: &str) -> u8 {
        parse_tag(s).unwrap()
    }

    /// Brute force over all sequences, for checking.
    fn brute(emit: &[f32], n: usize, tr: &Transitions) -> Vec<u8> {
        let mut best = (f32::NEG_INFINITY, vec![]);
        let total = N_TAGS.pow(n as u32);
        for code in 0..total {
            let mut seq = Vec::with_capacity(n);
            let mut c = code;
            for _ in 0..n {
                seq.push((c % N_TAGS) as u8);
                c /= N_TAGS;
            }
            let mut ok = allowed(None, seq[0]);
            let mut s = tr.start[seq[0] as usize] + emit[seq[0] as usize];
            for i in 1..n {
                ok &= allowed(Some(seq[i - 1]), seq[i]);
                s += tr.trans[seq[i - 1] as usize * N_TAGS + seq[i] as usize]
                    + emit[i * N_TAGS + seq[i] as usize];
            }
            s += tr.end[seq[n - 1] as usize];
            if ok && s > best.0 {
                best = (s, seq);
            }
        }
        best.1
    }

    #[test]
    fn emissions_alone_decide_when_transitions_are_flat() {
        let tr = Transitions::default();
        let mut emit = vec![0.0; 3 * N_TAGS];
        emit[t("B-PER") as usize] = 2.0;
        emit[N_TAGS + t("I-PER") as usize] = 2.0;
        emit[2 * N_TAGS + O as usize] = 1.0;
        let mut out = vec![];
        viterbi(&emit, 3, &tr, &mut Lattice::default(), &mut out);
        assert_eq!(out, vec![t("B-PER"), t("I-PER"), O]);
    }

    #[test]
    fn forbidden_transitions_are_never_taken() {
        // The emissions want O, I-LOC: the decoder must not produce it.
        let tr = Transitions::default();
        let mut emit = vec![0.0; 2 * N_TAGS];
        emit[O as usize] = 5.0;
        emit[N_TAGS + t("I-LOC") as usize] = 5.0;
        emit[N_TAGS + t("B-LOC") as usize] = 4.0;
        let mut out = vec![];
        viterbi(&emit, 2, &tr, &mut Lattice::default(), &mut out);
        assert_eq!(out, vec![O, t("B-LOC")]);
    }

    #[test]
    fn transitions_can_overrule_emissions() {
        let mut tr = Transitions::default();
        // B-PER → I-PER strongly favoured.
        tr.trans[t("B-PER") as usize * N_TAGS + t("I-PER") as usize] = 3.0;
        let mut emit = vec![0.0; 2 * N_TAGS];
        emit[t("B-PER") as usize] = 1.0;
        emit[N_TAGS + O as usize] = 1.0;
        let mut out = vec![];
        viterbi(&emit, 2, &tr, &mut Lattice::default(), &mut out);
        assert_eq!(out, vec![t("B-PER"), t("I-PER")]);
    }

    #[test]
    fn matches_brute_force_on_pseudo_random_scores() {
        let mut x: u64 = 42;
        let mut rnd = || {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            (x % 1000) as f32 / 100.0 - 5.0
        };
        for n in 1..=3 {
            for _ in 0..3 {
                let tr = Transitions {
                    trans: (0..N_TAGS * N_TAGS).map(|_| rnd()).collect(),
                    start: (0..N_TAGS).map(|_| rnd()).collect(),
                    end: (0..N_TAGS).map(|_| rnd()).collect(),
                };
                let emit: Vec<f32> = (0..n * N_TAGS).map(|_| rnd()).collect();
                let mut out = vec![];
                viterbi(&emit, n, &tr, &mut Lattice::default(), &mut out);
                assert_eq!(out, brute(&emit, n, &tr), "n={n}");
            }
        }
    }

    #[test]
    fn empty_input() {
        let mut out = vec![1];
        viterbi(
            &[],
            0,
            &Transitions::default(),
            &mut Lattice::default(),
            &mut out,
        );
        assert!(out.is_empty());
    }
}
