//! First-order Viterbi decoding over BIO tags.
//!
//! The forward pass keeps only the best score of reaching each tag (a
//! branch-free max that vectorises); the backtrace recovers each
//! predecessor on the best path by finding the first tag whose sum equals
//! that score, which is the tag an argmax in the forward pass would keep.
//!
//! Scores are emission scores per token and tag plus transition scores per
//! tag pair, plus a start and an end score per tag. Transitions that BIO
//! forbids (`O` → `I-X`, `B-X` → `I-Y`) are never taken, so the output is
//! always a well-formed chunk sequence.

use crate::label::{allowed, N_TAGS, N_TYPES};

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

/// `r[t] += v[t]` for every tag: each lane the same single addition
/// whatever the build. With `AVX2` it is three 8-lane vector adds and one
/// scalar add (LLVM left the plain loop as 25 scalar adds in the tagger's
/// passes, where the row lives in memory).
///
/// `AVX2 = true` only in code compiled for AVX2 that runs after the CPU's
/// AVX2 was detected ([`crate::Tagger::tag`]).
#[inline(always)]
pub(crate) fn add_row<const AVX2: bool>(r: &mut [f32; N_TAGS], v: &[f32; N_TAGS]) {
    #[cfg(target_arch = "x86_64")]
    if AVX2 {
        // SAFETY: `AVX2` is true only on the AVX2 path of `Tagger::tag`,
        // taken after `is_x86_feature_detected!("avx2")`.
        unsafe { add_row_avx2(r, v) };
        return;
    }
    for (a, b) in r.iter_mut().zip(v) {
        *a += b;
    }
}

#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx2")]
#[inline]
fn add_row_avx2(r: &mut [f32; N_TAGS], v: &[f32; N_TAGS]) {
    use std::arch::x86_64::{_mm256_add_ps, _mm256_loadu_ps, _mm256_storeu_ps};
    const _: () = assert!(N_TAGS == 25);
    for k in 0..3 {
        let (a, b) = (&mut r[8 * k..8 * k + 8], &v[8 * k..8 * k + 8]);
        // SAFETY: both slices hold eight floats; unaligned loads and stores.
        unsafe {
            let x = _mm256_add_ps(_mm256_loadu_ps(a.as_ptr()), _mm256_loadu_ps(b.as_ptr()));
            _mm256_storeu_ps(a.as_mut_ptr(), x);
        }
    }
    r[24] += v[24];
}

/// The best score of reaching `O` and each `B-` tag (the lanes of
/// [`Masked::open`]) from the previous token's scores `prev`: per lane the
/// running `if c > best { c } else { best }` over the predecessors in tag
/// order. With `AVX2` (as for [`add_row`]) two 8-lane vector adds and maxes
/// per predecessor; `_mm256_max_ps(c, best)` is exactly `c > best ? c :
/// best` lane by lane, so the floats are the same.
#[inline(always)]
fn open_max<const AVX2: bool>(prev: &[f32], open_tt: &[f32]) -> [f32; OPEN_LANES] {
    #[cfg(target_arch = "x86_64")]
    if AVX2 {
        // SAFETY: as in `add_row`.
        return unsafe { open_max_avx2(prev, open_tt) };
    }
    let mut open = [f32::NEG_INFINITY; OPEN_LANES];
    for (&pv, row) in prev.iter().zip(open_tt.chunks_exact(OPEN_LANES)) {
        for (b, &t) in open.iter_mut().zip(row) {
            let c = pv + t;
            *b = if c > *b { c } else { *b };
        }
    }
    open
}

#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx2")]
#[inline]
fn open_max_avx2(prev: &[f32], open_tt: &[f32]) -> [f32; OPEN_LANES] {
    use std::arch::x86_64::{
        _mm256_add_ps, _mm256_loadu_ps, _mm256_max_ps, _mm256_set1_ps, _mm256_storeu_ps,
    };
    const _: () = assert!(OPEN_LANES == 16);
    let mut open = [f32::NEG_INFINITY; OPEN_LANES];
    let (mut lo, mut hi) = (
        _mm256_set1_ps(f32::NEG_INFINITY),
        _mm256_set1_ps(f32::NEG_INFINITY),
    );
    for (&pv, row) in prev.iter().zip(open_tt.chunks_exact(OPEN_LANES)) {
        let p = _mm256_set1_ps(pv);
        // SAFETY: `row` holds sixteen floats; unaligned loads.
        let (a, b) = unsafe {
            (
                _mm256_loadu_ps(row.as_ptr()),
                _mm256_loadu_ps(row.as_ptr().add(8)),
            )
        };
        lo = _mm256_max_ps(_mm256_add_ps(p, a), lo);
        hi = _mm256_max_ps(_mm256_add_ps(p, b), hi);
    }
    // SAFETY: `open` holds sixteen floats; unaligned stores.
    unsafe {
        _mm256_storeu_ps(open.as_mut_ptr(), lo);
        _mm256_storeu_ps(open.as_mut_ptr().add(8), hi);
    }
    open
}

/// The best scores of tags `1..25` (`B-k` at `2k`, `I-k` at `2k + 1`):
/// `B-k` is `open[k + 1]`; `I-k` the best of `B-k` and `I-k` before it,
/// each plus its transition, taken as the scalar loop does: `m = −∞; if
/// c_B > m { m = c_B }; if c_I > m { m = c_I }`, which is
/// `max(c_I, max(c_B, −∞))` with `_mm256_max_ps(a, b) = a > b ? a : b`.
#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx2")]
#[inline]
fn inside_avx2(prev: &[f32], open: &[f32; OPEN_LANES], lanes: &[f32], best: &mut [f32]) {
    use std::arch::x86_64::{
        _mm256_add_ps, _mm256_blend_ps, _mm256_loadu_ps, _mm256_max_ps, _mm256_moveldup_ps,
        _mm256_permutevar8x32_ps, _mm256_set1_ps, _mm256_setr_epi32, _mm256_storeu_ps,
    };
    const _: () = assert!(N_TAGS == 25 && OPEN_LANES == 16);
    if prev.len() < 24 || lanes.len() < 24 || best.len() < 24 {
        return;
    }
    let ninf = _mm256_set1_ps(f32::NEG_INFINITY);
    // Where `open[k + 1]` goes: lanes 0, 2, 4, 6 of each block of eight
    // (the odd lanes are replaced by the blend).
    let (from1, from8) = (
        _mm256_setr_epi32(0, 0, 1, 1, 2, 2, 3, 3),
        _mm256_setr_epi32(1, 1, 2, 2, 3, 3, 4, 4),
    );
    for k in 0..3 {
        // SAFETY: `prev`, `lanes` and `best` hold at least 24 floats and
        // `open` 16: every load and store below is in bounds (the open
        // blocks start at 1, 5 and 8).
        unsafe {
            let c = _mm256_add_ps(
                _mm256_loadu_ps(prev.as_ptr().add(8 * k)),
                _mm256_loadu_ps(lanes.as_ptr().add(8 * k)),
            );
            let m = _mm256_max_ps(c, ninf);
            let ins = _mm256_max_ps(c, _mm256_moveldup_ps(m));
            let (at, idx) = match k {
                0 => (1, from1),
                1 => (5, from1),
                _ => (8, from8),
            };
            let b = _mm256_permutevar8x32_ps(_mm256_loadu_ps(open.as_ptr().add(at)), idx);
            _mm256_storeu_ps(
                best.as_mut_ptr().add(8 * k),
                _mm256_blend_ps::<0b1010_1010>(b, ins),
            );
        }
    }
}

/// Reusable buffers for [`viterbi`].
#[derive(Debug, Default)]
pub struct Lattice {
    delta: Vec<f32>,
    /// `delta` before the emission was added: the best score of reaching
    /// each tag, from which the backtrace recovers the predecessor.
    reach: Vec<f32>,
}

/// Lanes of [`Masked::open`]: `O` and the twelve `B-` tags, padded to a
/// multiple of four.
const OPEN_LANES: usize = 16;
const _: () = assert!(N_TYPES < OPEN_LANES && N_TAGS == 1 + 2 * N_TYPES);

/// Transitions laid out for decoding; build once per set of transitions
/// ([`Masked::new`]) and decode with [`viterbi_masked`].
#[derive(Debug, Clone, PartialEq)]
pub struct Masked {
    /// Transitions with −∞ where BIO forbids the pair, row-major
    /// `tt[prev * N_TAGS + cur]`.
    tt: Vec<f32>,
    /// `tt` into `O` and the `B-` tags: `open[prev * OPEN_LANES + j]` for
    /// tag `0` (`j = 0`) and `2j − 1` (`j = 1..=12`), −∞ in the padding
    /// lanes: the inner loop runs over contiguous memory without branches
    /// on the tags (and vectorises).
    open: Vec<f32>,
    /// Per type `k`: `tt` from `B-k` and from `I-k` into `I-k`.
    inside: Vec<(f32, f32)>,
    /// `inside` flattened: lane `2k` from `B-k`, lane `2k + 1` from `I-k`
    /// (the lanes of tags `1..25`).
    inside_lanes: Vec<f32>,
    start: Vec<f32>,
    end: Vec<f32>,
}

impl Masked {
    pub fn new(tr: &Transitions) -> Masked {
        let mut tt = vec![f32::NEG_INFINITY; N_TAGS * N_TAGS];
        for (cur, ps) in predecessors().iter().enumerate() {
            for &p in ps {
                let k = p as usize * N_TAGS + cur;
                if let (Some(t), Some(&x)) = (tt.get_mut(k), tr.trans.get(k)) {
                    *t = x;
                }
            }
        }
        let mut open = vec![f32::NEG_INFINITY; N_TAGS * OPEN_LANES];
        for p in 0..N_TAGS {
            for j in 0..=N_TYPES {
                let cur = if j == 0 { 0 } else { 2 * j - 1 };
                open[p * OPEN_LANES + j] = tt[p * N_TAGS + cur];
            }
        }
        let inside: Vec<(f32, f32)> = (0..N_TYPES)
            .map(|k| {
                let (b, i) = (1 + 2 * k, 2 + 2 * k);
                (tt[b * N_TAGS + i], tt[i * N_TAGS + i])
            })
            .collect();
        let row = |v: &[f32]| -> Vec<f32> {
            let mut r = v.to_vec();
            r.resize(N_TAGS, 0.0);
            r
        };
        let inside_lanes = inside.iter().flat_map(|&(b, i)| [b, i]).collect();
        Masked {
            tt,
            open,
            inside,
            inside_lanes,
            start: row(&tr.start),
            end: row(&tr.end),
        }
    }
}

/// Finds the best tag sequence for `n` tokens with emission scores
/// `emit[i * N_TAGS + tag]`; writes it into `out`.
pub fn viterbi(emit: &[f32], n: usize, tr: &Transitions, lat: &mut Lattice, out: &mut Vec<u8>) {
    viterbi_masked(emit, n, &Masked::new(tr), lat, out);
}

/// [`viterbi`] with the transitions prepared by [`Masked::new`].
pub fn viterbi_masked(emit: &[f32], n: usize, tr: &Masked, lat: &mut Lattice, out: &mut Vec<u8>) {
    viterbi_lanes::<false>(emit, n, tr, lat, out);
}

/// [`viterbi_masked`]; `AVX2` as for [`add_row`].
#[inline(always)]
pub(crate) fn viterbi_lanes<const AVX2: bool>(
    emit: &[f32],
    n: usize,
    tr: &Masked,
    lat: &mut Lattice,
    out: &mut Vec<u8>,
) {
    out.clear();
    if n == 0 || emit.len() < n * N_TAGS {
        return;
    }
    lat.delta.clear();
    lat.delta.resize(n * N_TAGS, f32::NEG_INFINITY);
    lat.reach.clear();
    lat.reach.resize(n * N_TAGS, f32::NEG_INFINITY);
    for (cur, (d, (&st, &e))) in lat.delta[..N_TAGS]
        .iter_mut()
        .zip(tr.start.iter().zip(&emit[..N_TAGS]))
        .enumerate()
    {
        if allowed(None, cur as u8) {
            *d = st + e;
        }
    }
    // Forward: only the best score of reaching each tag (a max over the
    // predecessors, no argmax: branch-free and vectorised). The
    // predecessor is recovered on the backtrace for the tags on the best
    // path only. `O` and the `B-` tags may follow any tag: a dense max over
    // 16 lanes; an `I-X` tag only `B-X` and `I-X`: two candidates. The
    // forbidden pairs are −∞ in `tt`, so they never won the dense max over
    // all 25 tags either, and the allowed ones are tried in the same
    // (ascending) order: the same floats.
    for i in 1..n {
        let (prev_rows, cur_rows) = lat.delta.split_at_mut(i * N_TAGS);
        let prev = &prev_rows[(i - 1) * N_TAGS..];
        let open = open_max::<AVX2>(prev, &tr.open);
        let mut best = [f32::NEG_INFINITY; N_TAGS];
        best[0] = open[0];
        #[cfg(target_arch = "x86_64")]
        if AVX2 {
            if let (Some(p), Some(b)) = (prev.get(1..N_TAGS), best.get_mut(1..N_TAGS)) {
                // SAFETY: as in `add_row`.
                unsafe { inside_avx2(p, &open, &tr.inside_lanes, b) };
            }
        }
        for (k, &(tb, ti)) in tr.inside.iter().enumerate().filter(|_| !AVX2) {
            let (b, inside) = (1 + 2 * k, 2 + 2 * k);
            best[b] = open[k + 1];
            let mut m = f32::NEG_INFINITY;
            let c = prev[b] + tb;
            if c > m {
                m = c;
            }
            let c = prev[inside] + ti;
            if c > m {
                m = c;
            }
            best[inside] = m;
        }
        let e: &[f32; N_TAGS] = (&emit[i * N_TAGS..(i + 1) * N_TAGS])
            .try_into()
            .expect("a row");
        let d: &mut [f32; N_TAGS] = (&mut cur_rows[..N_TAGS]).try_into().expect("a row");
        // `best + emission`, each lane one addition (as `b + x` was).
        *d = best;
        add_row::<AVX2>(d, e);
        lat.reach[i * N_TAGS..(i + 1) * N_TAGS].copy_from_slice(&best);
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
        tag = predecessor(lat, tr, i, tag as usize);
        out[i - 1] = tag;
    }
}

/// The predecessor of `cur` at token `i`: the first tag (in tag order)
/// whose path reaches `cur` with the best score, as an argmax kept during
/// the forward pass would have chosen (the same sums, so the same floats).
fn predecessor(lat: &Lattice, tr: &Masked, i: usize, cur: usize) -> u8 {
    let want = lat.reach[i * N_TAGS + cur];
    if want == f32::NEG_INFINITY {
        return 0;
    }
    let prev = &lat.delta[(i - 1) * N_TAGS..i * N_TAGS];
    (0..N_TAGS)
        .find(|&p| prev[p] + tr.tt[p * N_TAGS + cur] == want)
        .unwrap_or(0) as u8
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

    /// The decoder as it was before the backtrace recovered predecessors:
    /// an argmax kept in the forward pass.
    fn argmax_viterbi(emit: &[f32], n: usize, tr: &Transitions, out: &mut Vec<u8>) {
        let (mut tt, mut delta, mut back) = (Vec::new(), Vec::new(), Vec::new());
        out.clear();
        if n == 0 || emit.len() < n * N_TAGS {
            return;
        }
        // Transitions with −∞ where BIO forbids the pair, row-major
        // `tm[prev * N_TAGS + cur]`: the inner loop below then runs over
        // contiguous memory without branches on the tags (and vectorises).
        tt.clear();
        tt.resize(N_TAGS * N_TAGS, f32::NEG_INFINITY);
        for (cur, ps) in predecessors().iter().enumerate() {
            for &p in ps {
                let k = p as usize * N_TAGS + cur;
                tt[k] = tr.trans[k];
            }
        }
        delta.clear();
        delta.resize(n * N_TAGS, f32::NEG_INFINITY);
        back.clear();
        back.resize(n * N_TAGS, 0);
        for (cur, (d, (&st, &e))) in delta[..N_TAGS]
            .iter_mut()
            .zip(tr.start.iter().zip(&emit[..N_TAGS]))
            .enumerate()
        {
            if allowed(None, cur as u8) {
                *d = st + e;
            }
        }
        for i in 1..n {
            let (prev_rows, cur_rows) = delta.split_at_mut(i * N_TAGS);
            let prev = &prev_rows[(i - 1) * N_TAGS..];
            let mut best = [f32::NEG_INFINITY; N_TAGS];
            let mut arg = [0u8; N_TAGS];
            for (p, &pv) in prev.iter().enumerate() {
                let row = &tt[p * N_TAGS..(p + 1) * N_TAGS];
                for ((b, a), &t) in best.iter_mut().zip(arg.iter_mut()).zip(row) {
                    let c = pv + t;
                    if c > *b {
                        *b = c;
                        *a = p as u8;
                    }
                }
            }
            let e = &emit[i * N_TAGS..(i + 1) * N_TAGS];
            for ((d, &b), &x) in cur_rows[..N_TAGS].iter_mut().zip(&best).zip(e) {
                *d = b + x;
            }
            back[i * N_TAGS..(i + 1) * N_TAGS].copy_from_slice(&arg);
        }
        let last = &delta[(n - 1) * N_TAGS..];
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
            tag = back[i * N_TAGS + tag as usize];
            out[i - 1] = tag;
        }
    }

    #[test]
    fn ties_resolve_as_an_argmax_in_the_forward_pass_would() {
        // Small integer scores: many paths tie.
        let mut x: u64 = 7;
        let mut rnd = || {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            (x % 3) as f32
        };
        for n in 1..=12 {
            for _ in 0..20 {
                let tr = Transitions {
                    trans: (0..N_TAGS * N_TAGS).map(|_| rnd()).collect(),
                    start: (0..N_TAGS).map(|_| rnd()).collect(),
                    end: (0..N_TAGS).map(|_| rnd()).collect(),
                };
                let emit: Vec<f32> = (0..n * N_TAGS).map(|_| rnd()).collect();
                let (mut a, mut b) = (vec![], vec![]);
                viterbi(&emit, n, &tr, &mut Lattice::default(), &mut a);
                argmax_viterbi(&emit, n, &tr, &mut b);
                assert_eq!(a, b, "n={n}");
            }
        }
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
    fn avx2_lanes_decode_as_the_plain_build() {
        #[cfg(target_arch = "x86_64")]
        if std::arch::is_x86_feature_detected!("avx2") {
            // Small integers (many ties), some −∞ emissions and one
            // transition of −∞: the vector maxes must keep the scalar
            // loops' choices and scores bit for bit.
            let mut x: u64 = 99;
            let mut rnd = || {
                x ^= x << 13;
                x ^= x >> 7;
                x ^= x << 17;
                match x % 11 {
                    0 => f32::NEG_INFINITY,
                    r => (r % 4) as f32 - 1.5,
                }
            };
            for n in 1..=9 {
                for _ in 0..30 {
                    let mut tr = Transitions {
                        trans: (0..N_TAGS * N_TAGS).map(|_| rnd().max(-9.0)).collect(),
                        start: (0..N_TAGS).map(|_| rnd().max(-9.0)).collect(),
                        end: (0..N_TAGS).map(|_| rnd().max(-9.0)).collect(),
                    };
                    tr.trans[2 * N_TAGS + 2] = f32::NEG_INFINITY;
                    let emit: Vec<f32> = (0..n * N_TAGS).map(|_| rnd()).collect();
                    let m = Masked::new(&tr);
                    let (mut la, mut lb) = (Lattice::default(), Lattice::default());
                    let (mut a, mut b) = (vec![], vec![]);
                    // SAFETY: the CPU has AVX2 (checked above).
                    unsafe { lanes_avx2(&emit, n, &m, &mut la, &mut a) };
                    viterbi_lanes::<false>(&emit, n, &m, &mut lb, &mut b);
                    assert_eq!(a, b, "n={n}");
                    let bits = |v: &[f32]| v.iter().map(|f| f.to_bits()).collect::<Vec<_>>();
                    assert_eq!(bits(&la.delta), bits(&lb.delta), "n={n}");
                    assert_eq!(bits(&la.reach), bits(&lb.reach), "n={n}");
                }
            }
        }
    }

    #[cfg(target_arch = "x86_64")]
    #[target_feature(enable = "avx2")]
    fn lanes_avx2(emit: &[f32], n: usize, tr: &Masked, lat: &mut Lattice, out: &mut Vec<u8>) {
        viterbi_lanes::<true>(emit, n, tr, lat, out);
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
