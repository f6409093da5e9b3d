//! Feature extraction: each token becomes a list of 64-bit feature keys.
//!
//! A key is a hash of (template, value). The model never stores strings: at
//! training time keys are counted and numbered, at run time they are looked
//! up in an open-addressing table. The templates are listed in
//! [`TEMPLATES`]; any change to what is extracted must change that text, so
//! the template hash stored in a model file no longer matches and old models
//! are refused instead of silently mis-scoring.

use crate::gazetteer::{Gazetteer, Mark};
use crate::lexicon::{self, Lexicon};
use std::hash::Hasher;

/// The feature templates, as documentation and as the source of
/// [`template_hash`]. Change it whenever extraction changes.
pub const TEMPLATES: &str = "lagebild-ner features v8:
bias;
w0 form; w0 lower; w0 shape; w0 prefix 1-4; w0 suffix 1-4; w0 length bucket x case class;
w-2 w-1 w+1 w+2 lower; w-2 w-1 w+1 w+2 shape; w-1|w0 and w0|w+1 lower bigrams;
shape-1|shape0|shape+1; case class -1|0|+1;
sentence position (first, after quote/colon/bracket) x shape0 x lex0;
lex0 mask; lex0 bits; lex of lowercased w0; lex-1|lex0; lex0|lex+1; lex-1; lex+1; lex+2;
hyphen parts: first lower, last lower, first lex, last lex, first-part shape;
suffix3 of w-1 and w+1; cluster0; cluster-1; cluster+1;
w0 suffix 5-6 (long words); inside quotes x case0;
clusters (exact form): fine0, coarse0 x case0, fine-1, fine+1, coarse-1|coarse0, coarse0|coarse+1;
lex of stems (genitive -s; -er/-ern/-ers/-erin/-erinnen/-isch/-ische/-ischen); char trigrams of lower w0;
fine cluster -2, +2; coarse cluster -1, +1; prefix3 of w-1 and w+1;
training-data gazetteer span match (jackknifed): label x place; label x rate x purity x place";

/// FNV-1a of [`TEMPLATES`].
pub fn template_hash() -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in TEMPLATES.bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h
}

mod t {
    pub const BIAS: u64 = 1;
    pub const FORM: u64 = 2;
    pub const LOWER: u64 = 3;
    pub const SHAPE: u64 = 4;
    pub const PRE: u64 = 5; // 5..=8
    pub const SUF: u64 = 9; // 9..=12
    pub const LEN: u64 = 13;
    pub const W_M2: u64 = 14;
    pub const W_M1: u64 = 15;
    pub const W_P1: u64 = 16;
    pub const W_P2: u64 = 17;
    pub const S_M2: u64 = 18;
    pub const S_M1: u64 = 19;
    pub const S_P1: u64 = 20;
    pub const S_P2: u64 = 21;
    pub const BI_M1: u64 = 22;
    pub const BI_P1: u64 = 23;
    pub const SHAPE3: u64 = 24;
    pub const CASE3: u64 = 25;
    pub const POS: u64 = 28;
    pub const LEX: u64 = 29;
    pub const LEXBIT: u64 = 30;
    pub const LEXLOW: u64 = 31;
    pub const LEX_M1_0: u64 = 32;
    pub const LEX_0_P1: u64 = 33;
    pub const LEX_M1: u64 = 34;
    pub const LEX_P1: u64 = 35;
    pub const LEX_P2: u64 = 36;
    pub const HY_FIRST: u64 = 37;
    pub const HY_LAST: u64 = 38;
    pub const HY_FIRST_LEX: u64 = 39;
    pub const HY_LAST_LEX: u64 = 40;
    pub const HY_FIRST_SHAPE: u64 = 41;
    pub const SUF_M1: u64 = 42;
    pub const SUF_P1: u64 = 43;
    pub const CL0: u64 = 44;
    pub const CL_M1: u64 = 45;
    pub const CL_P1: u64 = 46;
    pub const SUF_LONG: u64 = 47; // 47..=48
    pub const IN_QUOTE: u64 = 49;
    pub const CL0C: u64 = 51;
    pub const CL_M1C: u64 = 52;
    pub const CL_P1C: u64 = 53;
    pub const GEN_S: u64 = 54;
    pub const ER_STEM: u64 = 55;
    pub const TRI: u64 = 56;
    pub const CL_M2: u64 = 57;
    pub const CL_P2: u64 = 58;
    pub const PRE_M1: u64 = 59;
    pub const PRE_P1: u64 = 60;
    pub const CLC_M1: u64 = 61;
    pub const CLC_P1: u64 = 62;
    pub const GAZ: u64 = 63;
    pub const GAZ_FULL: u64 = 64;
}

/// Mixes a template id and a value into a key (splitmix64 finaliser).
#[inline]
fn key(template: u64, value: u64) -> u64 {
    let mut z = value ^ template.wrapping_mul(0x9e37_79b9_7f4a_7c15);
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^ (z >> 31)
}

#[inline]
fn hash_str(s: &str) -> u64 {
    let mut h = rustc_hash::FxHasher::default();
    h.write(s.as_bytes());
    h.write_u8(0xff);
    h.finish()
}

#[inline]
fn pair(a: u64, b: u64) -> u64 {
    a.rotate_left(23) ^ b.wrapping_mul(0x2545_f491_4f6c_dd1d)
}

/// The hash of a token's normalised form (quotes of every style read as
/// `"`), as [`Tok`] stores it and the gazetteer matches it.
pub fn form_hash(raw: &str) -> u64 {
    let norm: String = raw.chars().map(norm_char).collect();
    hash_str(&norm)
}

/// The keys of a gazetteer match covering a token.
#[inline]
pub(crate) fn gaz_pair(m: Mark) -> [u64; 2] {
    let (a, b) = m.values();
    [key(t::GAZ, a), key(t::GAZ_FULL, b)]
}

/// Appends the keys of a gazetteer match, if any.
#[inline]
pub(crate) fn gaz_keys(m: Option<Mark>, k: &mut Vec<u64>) {
    if let Some(m) = m {
        k.extend(gaz_pair(m));
    }
}

/// Case class of a token.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[repr(u8)]
pub enum Case {
    Lower = 0,
    Cap = 1,
    AllCaps = 2,
    Digit = 3,
    Punct = 4,
    Mixed = 5,
    Quote = 6,
}

/// Room for a token's own multi-valued keys (affixes, trigrams, lexicon).
pub(crate) const OWN_N: usize = 48;

/// Everything about one token that its own and its neighbours' features need.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub(crate) struct Tok {
    form: u64,
    lower: u64,
    shape: u64,
    suf3: u64,
    pre3: u64,
    pub(crate) case: u8,
    lex: u16,
    cluster: u64,
    /// An opening quote, colon or bracket: the next word is capitalised
    /// whatever it is.
    opens: bool,
}

impl Tok {
    /// The hash of the normalised form ([`form_hash`]).
    pub(crate) fn form(&self) -> u64 {
        self.form
    }

    /// All that [`pos_key`] reads of the token besides the position:
    /// tokens equal here have the same position keys.
    pub(crate) fn pos_class(&self) -> (u64, u16) {
        (self.shape, self.lex)
    }

    /// The padding token before the first and after the last token.
    pub(crate) const NONE: Tok = Tok {
        form: 0x5eed,
        lower: 0x5eed,
        shape: 0x5eed,
        suf3: 0x5eed,
        pre3: 0x5eed,
        case: 7,
        lex: 0xffff,
        cluster: 0xffff_ffff,
        opens: false,
    };
}

/// Scratch strings for [`Extractor::token_info`].
#[derive(Debug, Default)]
pub(crate) struct Scratch {
    lower: String,
    norm: String,
    shape: String,
}

/// Reusable buffers for extraction (one per thread or call).
#[derive(Debug, Default)]
pub struct FeatureBuf {
    /// All keys, token after token.
    pub keys: Vec<u64>,
    /// `starts[i]..starts[i + 1]` are the keys of token `i`.
    pub starts: Vec<u32>,
    toks: Vec<Tok>,
    scratch: Scratch,
    /// Per token: the prefix/suffix/hyphen keys, computed with the token.
    own: Vec<[u64; OWN_N]>,
    forms: Vec<u64>,
    marks: Vec<Option<Mark>>,
}

impl FeatureBuf {
    pub fn new() -> Self {
        Self::default()
    }

    /// Number of tokens extracted.
    pub fn len(&self) -> usize {
        self.starts.len().saturating_sub(1)
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The keys of token `i`.
    #[inline]
    pub fn token(&self, i: usize) -> &[u64] {
        &self.keys[self.starts[i] as usize..self.starts[i + 1] as usize]
    }

    /// The keys of token `i` that name the word itself (form, lower-case
    /// form, the two word bigrams it is part of): what training leaves out
    /// together to imitate a word never seen.
    pub fn identity_keys(&self, i: usize) -> [u64; 4] {
        let c = self.toks.get(i).copied().unwrap_or(Tok::NONE);
        let m1 = i
            .checked_sub(1)
            .and_then(|j| self.toks.get(j).copied())
            .unwrap_or(Tok::NONE);
        let p1 = self.toks.get(i + 1).copied().unwrap_or(Tok::NONE);
        [
            key(t::FORM, c.form),
            key(t::LOWER, c.lower),
            key(t::BI_M1, pair(m1.lower, c.lower)),
            key(t::BI_P1, pair(c.lower, p1.lower)),
        ]
    }
}

/// Word clusters: a map from word form to cluster ids.
pub trait Clusters: Send + Sync {
    /// `fine << 16 | coarse` cluster ids of a form, if known.
    fn cluster(&self, form: &str) -> Option<u32>;
    /// An id of the content (0 for none).
    fn id(&self) -> u64;
}

/// No clusters.
pub struct NoClusters;

impl Clusters for NoClusters {
    fn cluster(&self, _: &str) -> Option<u32> {
        None
    }
    fn id(&self) -> u64 {
        0
    }
}

/// Extracts features; holds the lexicon and clusters.
pub struct Extractor {
    lex: Lexicon,
    clusters: Box<dyn Clusters>,
}

impl std::fmt::Debug for Extractor {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Extractor").field("lex", &self.lex).finish()
    }
}

/// Quotation marks of every style read as `"`, so the pipeline's „…“ look
/// like GermEval's tokens.
#[inline]
fn norm_char(c: char) -> char {
    match c {
        '„' | '“' | '”' | '»' | '«' | '‚' | '‘' | '’' | '›' | '‹' | '\'' | '`' | '´' => {
            '"'
        }
        '–' | '—' => '-',
        _ => c,
    }
}

fn case_of(form: &str) -> Case {
    let mut chars = form.chars();
    let Some(first) = chars.next() else {
        return Case::Punct;
    };
    if first == '"' {
        return Case::Quote;
    }
    let (mut up, mut low, mut dig, mut alpha) = (0usize, 0usize, 0usize, 0usize);
    for c in form.chars() {
        if c.is_uppercase() {
            up += 1;
            alpha += 1;
        } else if c.is_lowercase() {
            low += 1;
            alpha += 1;
        } else if c.is_ascii_digit() {
            dig += 1;
        }
    }
    if alpha == 0 {
        return if dig > 0 { Case::Digit } else { Case::Punct };
    }
    if first.is_uppercase() {
        if low == 0 && up > 1 {
            Case::AllCaps
        } else if up > 0 && low > 0 && form.chars().skip(1).any(char::is_uppercase) {
            if form.contains('-') {
                Case::Cap
            } else {
                Case::Mixed
            }
        } else {
            Case::Cap
        }
    } else if up > 0 {
        Case::Mixed
    } else if low > 0 {
        Case::Lower
    } else {
        Case::Digit
    }
}

/// Word shape: `X` upper, `x` lower, `d` digit, other characters kept,
/// runs collapsed, at most 8 symbols ("US-Vize" → "X-Xx").
fn shape_of(form: &str, out: &mut String) {
    out.clear();
    let mut last = '\0';
    let mut n = 0;
    for c in form.chars() {
        let s = if c.is_uppercase() {
            'X'
        } else if c.is_lowercase() {
            'x'
        } else if c.is_ascii_digit() {
            'd'
        } else if c.is_alphabetic() {
            'a'
        } else if c.is_ascii() {
            c
        } else {
            '#'
        };
        if s != last {
            out.push(s);
            last = s;
            n += 1;
            if n >= 8 {
                break;
            }
        }
    }
}

fn len_bucket(chars: usize) -> u64 {
    match chars {
        0..=2 => 0,
        3..=4 => 1,
        5..=7 => 2,
        8..=12 => 3,
        _ => 4,
    }
}

impl Extractor {
    pub fn new(lex: Lexicon, clusters: Box<dyn Clusters>) -> Self {
        Extractor { lex, clusters }
    }

    pub fn lexicon(&self) -> &Lexicon {
        &self.lex
    }

    /// An id of the lexicon and clusters, stored in models.
    pub fn resources_id(&self) -> u64 {
        self.lex.id() ^ self.clusters.id().rotate_left(31)
    }

    /// Extracts the features of one sentence into `buf` (cleared first).
    ///
    /// The keys of a token come in three groups, which the fast tagging path
    /// ([`crate::Tagger::tag`]) scores separately: those that depend on the
    /// token alone ([`own_keys`]), those that depend on one neighbour alone
    /// ([`ctx_keys`]), and those that combine several tokens ([`pair_keys`]).
    pub fn extract<S: AsRef<str>>(&self, words: &[S], buf: &mut FeatureBuf) {
        self.extract_with(words, &Gazetteer::default(), buf)
    }

    /// [`Extractor::extract`] with the span matches of a gazetteer.
    pub fn extract_with<S: AsRef<str>>(&self, words: &[S], gaz: &Gazetteer, buf: &mut FeatureBuf) {
        buf.keys.clear();
        buf.starts.clear();
        buf.toks.clear();
        buf.own.clear();
        for w in words {
            let (tok, own) = self.token_info(w.as_ref(), &mut buf.scratch);
            buf.toks.push(tok);
            buf.own.push(own);
        }
        let n = buf.toks.len();
        buf.forms.clear();
        buf.forms.extend(buf.toks.iter().map(|t| t.form));
        gaz.mark(&buf.forms, &mut buf.marks);
        let at = |toks: &[Tok], i: isize| -> Tok {
            if i < 0 || i as usize >= n {
                Tok::NONE
            } else {
                toks[i as usize]
            }
        };
        buf.starts.push(0);
        let mut quotes_before = 0u64;
        for i in 0..n {
            let ii = i as isize;
            let c = buf.toks[i];
            let m1 = at(&buf.toks, ii - 1);
            let m2 = at(&buf.toks, ii - 2);
            let p1 = at(&buf.toks, ii + 1);
            let p2 = at(&buf.toks, ii + 2);
            let k = &mut buf.keys;
            own_keys(&c, &buf.own[i], k);
            ctx_keys(0, &m2, k);
            ctx_keys(1, &m1, k);
            ctx_keys(2, &p1, k);
            ctx_keys(3, &p2, k);
            pair_keys(i, quotes_before % 2 == 1, &m1, &c, &p1, k);
            gaz_keys(buf.marks[i], k);
            if c.case == Case::Quote as u8 {
                quotes_before += 1;
            }
            buf.starts.push(k.len() as u32);
        }
    }

    /// Computes the per-token facts and the token's own multi-key features
    /// (prefixes, suffixes, lexicon bits, hyphen parts).
    pub(crate) fn token_info(&self, raw: &str, buf: &mut Scratch) -> (Tok, [u64; OWN_N]) {
        buf.norm.clear();
        buf.norm.extend(raw.chars().map(norm_char));
        let form = buf.norm.as_str();
        buf.lower.clear();
        for c in form.chars() {
            buf.lower.extend(c.to_lowercase());
        }
        let lower = buf.lower.as_str();
        shape_of(form, &mut buf.shape);
        let case = case_of(form);
        let form_h = hash_str(form);
        let lower_h = hash_str(lower);
        let shape_h = hash_str(&buf.shape);

        let mut own = [0u64; OWN_N];
        let mut n_own = 0;
        let mut push = |x: u64| {
            if n_own < own.len() {
                own[n_own] = x;
                n_own += 1;
            }
        };
        // Prefixes and suffixes of 1–4 characters.
        let n_chars = form.chars().count();
        let mut suf3 = 0x5eed;
        let mut pre3 = form_h;
        if n_chars > 0 {
            for (j, (b, _)) in form.char_indices().skip(1).take(4).enumerate() {
                let h = hash_str(&form[..b]);
                if j == 2 {
                    pre3 = h;
                }
                push(key(t::PRE + j as u64, h));
            }
            if n_chars <= 4 {
                push(key(t::PRE + (n_chars as u64 - 1), form_h));
            }
            let mut ends = form.char_indices().rev().map(|(b, _)| b);
            for j in 0..6u64 {
                if j >= 4 && n_chars < 8 {
                    break;
                }
                match ends.next() {
                    Some(b) => {
                        let s = hash_str(&lower[lower_start(form, lower, b)..]);
                        if j == 2 {
                            suf3 = s;
                        }
                        push(key(
                            if j < 4 {
                                t::SUF + j
                            } else {
                                t::SUF_LONG + j - 4
                            },
                            s,
                        ))
                    }
                    None => break,
                }
            }
        }
        push(key(t::LEN, len_bucket(n_chars) << 8 | case as u64));

        // Lexicon: only words with a capital letter or hyphen are looked up
        // (lower-case words are rarely names, and this keeps tagging fast).
        let mut lex = 0u16;
        let has_upper = matches!(case, Case::Cap | Case::AllCaps | Case::Mixed);
        if has_upper {
            lex = self.lex.lookup(form);
            for &(bit, _) in lexicon::BIT_NAMES.iter() {
                if lex & bit != 0 {
                    push(key(t::LEXBIT, u64::from(bit)));
                }
            }
            let low_bits = if lower != form {
                self.lex.lookup(lower)
            } else {
                0
            };
            push(key(t::LEXLOW, u64::from(low_bits)));
            if low_bits != 0 {
                lex |= 1 << 15;
            }
            // Inflected and derived names: genitive "Merkels", "Nordkoreas";
            // inhabitants and adjectives "Berliner", "Hamburgern".
            if n_chars > 3 {
                if let Some(stem) = form.strip_suffix('s') {
                    let b = self.lex.lookup(stem);
                    if b != 0 {
                        push(key(t::GEN_S, u64::from(b)));
                    }
                }
                for suf in [
                    "er", "ern", "ers", "erin", "erinnen", "ischen", "ische", "isch",
                ] {
                    if let Some(stem) = form.strip_suffix(suf).filter(|st| st.len() >= 3) {
                        let b = self.lex.lookup(stem);
                        if b != 0 {
                            push(key(t::ER_STEM, u64::from(b) << 8 | suf.len() as u64));
                        }
                    }
                }
            }
        }
        // Character trigrams of the lower-cased word with boundary marks.
        if n_chars >= 4 {
            let cs: Vec<char> = std::iter::once('^')
                .chain(lower.chars())
                .chain(std::iter::once('$'))
                .take(24)
                .collect();
            for w in cs.windows(3).take(16) {
                let v = (w[0] as u64) << 42 | (w[1] as u64) << 21 | w[2] as u64;
                push(key(t::TRI, v));
            }
        }
        // Hyphenated compounds ("EU-weit", "US-Vizeaußenminister").
        if n_chars > 2 {
            if let Some(h) = form.find('-').filter(|&h| h > 0 && h + 1 < form.len()) {
                let first = &form[..h];
                let last_start = form.rfind('-').map_or(h + 1, |r| r + 1);
                let last = &form[last_start..];
                if !first.is_empty() && !last.is_empty() {
                    let fl = lower_start(form, lower, h);
                    let ll = lower_start(form, lower, last_start);
                    push(key(t::HY_FIRST, hash_str(&lower[..fl])));
                    push(key(t::HY_LAST, hash_str(&lower[ll..])));
                    push(key(t::HY_FIRST_LEX, u64::from(self.lex.lookup(first))));
                    push(key(t::HY_LAST_LEX, u64::from(self.lex.lookup(last))));
                    shape_of(first, &mut buf.shape);
                    push(key(t::HY_FIRST_SHAPE, hash_str(&buf.shape)));
                }
            }
        }
        let cluster = self.clusters.cluster(form).map_or(0, |c| {
            ((u64::from(c >> 16) + 1) << 16) | (u64::from(c & 0xffff) + 1)
        });
        let opens = case == Case::Quote || form == ":" || form == "(";
        (
            Tok {
                form: form_h,
                lower: lower_h,
                shape: shape_h,
                suf3,
                pre3,
                case: case as u8,
                lex,
                cluster,
                opens,
            },
            own,
        )
    }
}

/// Keys that depend on the token alone.
#[inline]
pub(crate) fn own_keys(c: &Tok, own: &[u64; OWN_N], k: &mut Vec<u64>) {
    k.push(key(t::BIAS, 0));
    k.push(key(t::FORM, c.form));
    k.push(key(t::LOWER, c.lower));
    k.push(key(t::SHAPE, c.shape));
    k.extend(own.iter().copied().filter(|&x| x != 0));
    k.push(key(t::LEX, u64::from(c.lex)));
    k.push(key(t::CL0, c.cluster >> 16));
    k.push(key(t::CL0C, (c.cluster & 0xffff) << 8 | u64::from(c.case)));
}

/// Keys that depend on one neighbour alone; `slot` 0..4 is the offset
/// −2, −1, +1, +2.
#[inline]
pub(crate) fn ctx_keys(slot: usize, x: &Tok, k: &mut Vec<u64>) {
    match slot {
        0 => {
            k.push(key(t::W_M2, x.lower));
            k.push(key(t::S_M2, x.shape));
            k.push(key(t::CL_M2, x.cluster >> 16));
        }
        1 => {
            k.push(key(t::W_M1, x.lower));
            k.push(key(t::S_M1, x.shape));
            k.push(key(t::LEX_M1, u64::from(x.lex) << 8 | u64::from(x.case)));
            k.push(key(t::SUF_M1, x.suf3));
            k.push(key(t::CL_M1, x.cluster >> 16));
            k.push(key(t::PRE_M1, x.pre3));
            k.push(key(t::CLC_M1, x.cluster & 0xffff));
        }
        2 => {
            k.push(key(t::W_P1, x.lower));
            k.push(key(t::S_P1, x.shape));
            k.push(key(t::LEX_P1, u64::from(x.lex) << 8 | u64::from(x.case)));
            k.push(key(t::SUF_P1, x.suf3));
            k.push(key(t::CL_P1, x.cluster >> 16));
            k.push(key(t::PRE_P1, x.pre3));
            k.push(key(t::CLC_P1, x.cluster & 0xffff));
        }
        _ => {
            k.push(key(t::W_P2, x.lower));
            k.push(key(t::S_P2, x.shape));
            k.push(key(t::LEX_P2, u64::from(x.lex) << 8 | u64::from(x.case)));
            k.push(key(t::CL_P2, x.cluster >> 16));
        }
    }
}

/// Keys that combine the token with its neighbours or its position.
#[inline]
pub(crate) fn pair_keys(i: usize, in_quote: bool, m1: &Tok, c: &Tok, p1: &Tok, k: &mut Vec<u64>) {
    let [a, b, s3] = pair_keys_before_case(m1, c, p1);
    k.extend([a, b, s3]);
    k.push(case3_key(m1, c, p1));
    k.push(pos_key(position(i, m1), c));
    let [l1, l2] = lex_pair_keys(m1, c, p1);
    k.extend([l1, l2]);
    k.push(in_quote_key(in_quote, c));
    k.extend(cluster_pair_keys(m1, c, p1));
}

/// The first three keys of [`pair_keys`]: the word bigrams and the shape
/// trigram.
#[inline]
pub(crate) fn pair_keys_before_case(m1: &Tok, c: &Tok, p1: &Tok) -> [u64; 3] {
    [
        key(t::BI_M1, pair(m1.lower, c.lower)),
        key(t::BI_P1, pair(c.lower, p1.lower)),
        key(t::SHAPE3, pair(pair(m1.shape, c.shape), p1.shape)),
    ]
}

/// The case-class trigram key (fourth of [`pair_keys`]).
#[inline]
pub(crate) fn case3_key(m1: &Tok, c: &Tok, p1: &Tok) -> u64 {
    case3_key_of(m1.case, c.case, p1.case)
}

/// [`case3_key`] from the three case classes.
#[inline]
pub(crate) fn case3_key_of(m1: u8, c: u8, p1: u8) -> u64 {
    key(
        t::CASE3,
        u64::from(m1) << 16 | u64::from(c) << 8 | u64::from(p1),
    )
}

/// Sentence position: 1 for the first word, 2 for the first after an
/// opening quote, colon or bracket (capitalised whatever it is), else 0.
#[inline]
pub(crate) fn position(i: usize, m1: &Tok) -> u64 {
    if i == 0 {
        1
    } else if m1.opens {
        2
    } else {
        0
    }
}

/// The position key (fifth of [`pair_keys`]): depends on the token and
/// [`position`] only.
#[inline]
pub(crate) fn pos_key(pos: u64, c: &Tok) -> u64 {
    key(t::POS, pair(pos, pair(c.shape, u64::from(c.lex))))
}

/// The lexicon-class bigram keys (sixth and seventh of [`pair_keys`]).
#[inline]
pub(crate) fn lex_pair_keys(m1: &Tok, c: &Tok, p1: &Tok) -> [u64; 2] {
    [
        key(t::LEX_M1_0, u64::from(m1.lex) << 16 | u64::from(c.lex)),
        key(t::LEX_0_P1, u64::from(c.lex) << 16 | u64::from(p1.lex)),
    ]
}

/// The inside-quotes key (eighth of [`pair_keys`]).
#[inline]
pub(crate) fn in_quote_key(in_quote: bool, c: &Tok) -> u64 {
    in_quote_key_of(in_quote, c.case)
}

/// [`in_quote_key`] from the case class.
#[inline]
pub(crate) fn in_quote_key_of(in_quote: bool, case: u8) -> u64 {
    key(t::IN_QUOTE, u64::from(in_quote) << 8 | u64::from(case))
}

/// The coarse-cluster bigram keys (last two of [`pair_keys`]).
#[inline]
pub(crate) fn cluster_pair_keys(m1: &Tok, c: &Tok, p1: &Tok) -> [u64; 2] {
    let coarse = |x: u64| x & 0xffff;
    [
        key(t::CL_M1C, coarse(m1.cluster) << 16 | coarse(c.cluster)),
        key(t::CL_P1C, coarse(c.cluster) << 16 | coarse(p1.cluster)),
    ]
}

/// The byte offset in `lower` that corresponds to byte offset `b` of `form`
/// (lower-casing can change lengths: "İ" → "i̇"). Falls back to a char count.
fn lower_start(form: &str, lower: &str, b: usize) -> usize {
    if form.len() == lower.len() && lower.is_char_boundary(b) {
        return b;
    }
    let n_before: usize = form
        .get(..b)
        .map_or(0, |p| p.chars().map(|c| c.to_lowercase().count()).sum());
    lower
        .char_indices()
        .nth(n_before)
        .map_or(lower.len(), |(i, _)| i)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shapes() {
        let cases = [
            ("Müller", "Xx"),
            ("US-Vizeaußenminister", "X-Xx"),
            ("2014", "d"),
            ("EU-weit", "X-x"),
            ("3.", "d."),
            ("😀", "#"),
            ("", ""),
            ("McDonald's", "XxXx'x"),
        ];
        let mut s = String::new();
        for (w, want) in cases {
            shape_of(w, &mut s);
            assert_eq!(s, want, "{w}");
        }
    }

    #[test]
    fn case_classes() {
        let cases = [
            ("Haus", Case::Cap),
            ("haus", Case::Lower),
            ("USA", Case::AllCaps),
            ("iPhone", Case::Mixed),
            ("McDonald", Case::Mixed),
            ("US-Vize", Case::Cap),
            ("2014", Case::Digit),
            (".", Case::Punct),
            ("\"", Case::Quote),
            ("", Case::Punct),
        ];
        for (w, want) in cases {
            assert_eq!(case_of(w), want, "{w}");
        }
    }

    #[test]
    fn quote_styles_extract_alike() {
        let ex = Extractor::new(Lexicon::embedded().unwrap(), Box::new(NoClusters));
        let (mut a, mut b) = (FeatureBuf::new(), FeatureBuf::new());
        ex.extract(&["„", "Haus", "“"], &mut a);
        ex.extract(&["\"", "Haus", "\""], &mut b);
        assert_eq!(a.keys, b.keys);
    }

    #[test]
    fn features_depend_on_context_and_lexicon() {
        let ex = Extractor::new(Lexicon::embedded().unwrap(), Box::new(NoClusters));
        let mut a = FeatureBuf::new();
        ex.extract(&["Er", "traf", "Merkel", "in", "Berlin", "."], &mut a);
        assert_eq!(a.len(), 6);
        // Same word, different neighbours: some keys shared, some not.
        let mut b = FeatureBuf::new();
        ex.extract(&["Sie", "sah", "Merkel", "in", "Berlin", "."], &mut b);
        let shared = a.token(2).iter().filter(|k| b.token(2).contains(k)).count();
        assert!(shared > 10 && shared < a.token(2).len());
        // A city and a common noun differ in their lexicon keys.
        let mut c = FeatureBuf::new();
        ex.extract(&["Er", "traf", "Merkel", "in", "Hamburg", "."], &mut c);
        let lexbit = |buf: &FeatureBuf, i: usize, bit: u16| {
            buf.token(i).contains(&key(t::LEXBIT, u64::from(bit)))
        };
        assert!(lexbit(&a, 4, lexicon::STD));
        assert!(lexbit(&c, 4, lexicon::STD));
        assert!(!lexbit(&a, 1, lexicon::STD));
    }

    #[test]
    fn odd_tokens_do_not_panic() {
        let ex = Extractor::new(Lexicon::embedded().unwrap(), Box::new(NoClusters));
        let long = "Donaudampfschifffahrt".repeat(500);
        let words = [
            "",
            "😀",
            "-",
            "--",
            "a-",
            "-b",
            "İstanbul-İzmir",
            "ß",
            &long,
            "Ǆemal",
            "x-y-z",
        ];
        let mut buf = FeatureBuf::new();
        ex.extract(&words, &mut buf);
        assert_eq!(buf.len(), words.len());
        ex.extract::<&str>(&[], &mut buf);
        assert_eq!(buf.len(), 0);
    }

    #[test]
    fn template_hash_is_stable_for_the_text() {
        assert_eq!(template_hash(), template_hash());
        assert_ne!(template_hash(), 0);
    }
}
