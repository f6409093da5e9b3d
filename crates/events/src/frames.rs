//! The verb and noun frame lexicon: one file per PLOVER type in `frames/`,
//! parsed once.

use lagebild_core::ascii::pack7;
use lagebild_core::EventType;
use rustc_hash::FxHashMap as HashMap;
use std::sync::OnceLock;

/// One word of a pattern.
#[derive(Debug, Clone)]
pub enum PTok {
    /// Alternatives: (lower-cased word, prefix match).
    Words(Vec<(String, bool)>),
    /// Up to this many words of the same sentence (`_`: 12, `__`: 24, `~`: 3).
    Gap(usize),
    /// A word of a class from `classes.tsv`.
    Class(String),
}

/// Where the target is found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Target {
    /// The actor after this preposition of the pattern.
    Prep(String),
    /// "zwischen X und Y": source and target after the pattern.
    Between,
    /// The first actor after the trigger that is not the source.
    Obj,
    /// As `Obj`, but only in the trigger's own clause: no addressee from the
    /// rest of the sentence, the previous sentence or the article (for
    /// triggers whose object is often no actor: "warnte vor einer
    /// Eskalation", "sagte die Reise ab").
    Near,
    /// From the context only.
    Context,
    /// The clause's own subject, in someone's words: "Russland verletze das
    /// Völkerrecht, sagte X" — the speaker accuses the doer.
    Doer,
}

#[derive(Debug, Clone)]
pub struct Frame {
    pub etype: EventType,
    pub pat: Vec<PTok>,
    pub target: Target,
    pub mode: Option<String>,
    /// Source and target are found the other way round ("in Gewahrsam Litauens").
    pub swap: bool,
    /// A noun pattern (capitalised first word): negated only by a preceding kein-/ohne.
    pub nominal: bool,
    /// "file:line".
    pub rule: String,
}

const FILES: [(EventType, &str, &str); 16] = [
    (
        EventType::Agree,
        "agree",
        include_str!("../frames/agree.tsv"),
    ),
    (
        EventType::Consult,
        "consult",
        include_str!("../frames/consult.tsv"),
    ),
    (
        EventType::Support,
        "support",
        include_str!("../frames/support.tsv"),
    ),
    (
        EventType::Concede,
        "concede",
        include_str!("../frames/concede.tsv"),
    ),
    (
        EventType::Cooperate,
        "cooperate",
        include_str!("../frames/cooperate.tsv"),
    ),
    (EventType::Aid, "aid", include_str!("../frames/aid.tsv")),
    (
        EventType::Retreat,
        "retreat",
        include_str!("../frames/retreat.tsv"),
    ),
    (
        EventType::Request,
        "request",
        include_str!("../frames/request.tsv"),
    ),
    (
        EventType::Accuse,
        "accuse",
        include_str!("../frames/accuse.tsv"),
    ),
    (
        EventType::Reject,
        "reject",
        include_str!("../frames/reject.tsv"),
    ),
    (
        EventType::Threaten,
        "threaten",
        include_str!("../frames/threaten.tsv"),
    ),
    (
        EventType::Protest,
        "protest",
        include_str!("../frames/protest.tsv"),
    ),
    (
        EventType::Sanction,
        "sanction",
        include_str!("../frames/sanction.tsv"),
    ),
    (
        EventType::Mobilize,
        "mobilize",
        include_str!("../frames/mobilize.tsv"),
    ),
    (
        EventType::Coerce,
        "coerce",
        include_str!("../frames/coerce.tsv"),
    ),
    (
        EventType::Assault,
        "assault",
        include_str!("../frames/assault.tsv"),
    ),
];
const CLASSES: &str = include_str!("../frames/classes.tsv");
const ACTS: &str = include_str!("../frames/acts.tsv");

/// The nouns of acts from `acts.tsv`: (noun, may end a compound, type;
/// `None`: any act).
fn acts() -> &'static [(String, bool, Option<EventType>)] {
    static A: OnceLock<Vec<(String, bool, Option<EventType>)>> = OnceLock::new();
    A.get_or_init(|| {
        ACTS.lines()
            .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
            .filter_map(|l| {
                let (n, t) = l.split_once('\t')?;
                let n = n.trim();
                let (n, compound) = match n.strip_prefix('*') {
                    Some(n) => (n, true),
                    None => (n, false),
                };
                // ("ANY": an act of any type, the one told last)
                let t = t.trim();
                let ty = if t == "ANY" {
                    None
                } else {
                    Some(EventType::parse(t)?)
                };
                Some((n.to_lowercase(), compound, ty))
            })
            .collect()
    })
}

/// The type of the act a noun names (`lower`: the lower-cased word), from
/// `acts.tsv`: "Angriffe", "Großangriff" → `Some(Some(ASSAULT))`;
/// "Strafzölle" → `Some(Some(SANCTION))`; "Schritt", "Entscheidung" →
/// `Some(None)`, an act of any type.
pub fn act_type(lower: &str) -> Option<Option<EventType>> {
    let b = lower.as_bytes();
    acts().iter().find_map(|(n, compound, t)| {
        // The last occurrence of the noun must leave one of the endings
        // (at most two bytes) after it: it starts at one of the three last
        // places the noun fits, and the last of those where it occurs is
        // its last occurrence (`rfind`) — without setting up a searcher.
        let n = n.as_bytes();
        let last = b.len().checked_sub(n.len())?;
        let i = (last.saturating_sub(2)..=last)
            .rev()
            .find(|&i| b[i..].starts_with(n))?;
        let rest = &b[i + n.len()..];
        let ending = matches!(rest, b"" | b"e" | b"en" | b"n" | b"s" | b"es");
        (ending && (i == 0 || *compound)).then_some(*t)
    })
}

fn parse_alts(s: &str) -> Vec<(String, bool)> {
    s.split('|')
        .filter(|a| !a.is_empty())
        .map(|a| match a.strip_suffix('*') {
            Some(p) => (p.to_lowercase(), true),
            // ("*abkommen": kept with its star, matched at the word's end)
            None if a.starts_with('*') => (a.to_lowercase(), true),
            None => (a.to_lowercase(), false),
        })
        .collect()
}

/// Adds the Konjunktiv-I singular of the verbs among `alts` (used for the
/// finite verb of a separable-verb bracket): reported speech
/// states its acts in it ("China lehne die Zölle ab", "sie weise die Vorwürfe
/// zurück"), and the frame files list indicative forms. The form is built
/// from a listed present form ("lehnt"/"lehnen" → "lehne") and kept only
/// when the LanguageTool-derived mood table knows it as Konjunktiv I.
fn with_subjunctive(mut alts: Vec<(String, bool)>) -> Vec<(String, bool)> {
    use lagebild_lexicon::verbs::{Mood, VerbLexicon};
    let lex = VerbLexicon::get();
    let mut add = Vec::new();
    for (w, prefix) in &alts {
        if *prefix {
            continue;
        }
        for stem in [
            w.strip_suffix("en"),
            w.strip_suffix("et"),
            w.strip_suffix('t'),
        ]
        .into_iter()
        .flatten()
        {
            let kj1 = format!("{stem}e");
            if matches!(lex.mood(&kj1), Some(Mood::Kj1 | Mood::Kj1Ambiguous))
                && !alts.iter().any(|(a, _)| *a == kj1)
                && !add.contains(&kj1)
            {
                add.push(kj1);
            }
        }
    }
    alts.extend(add.into_iter().map(|w| (w, false)));
    alts
}

/// Whether the bare infinitive and the present plural it is identical with
/// ("bombardieren", "angreifen") are among the forms `=lemma` names. They
/// are not (issue #7, ev29): on wikinews-dev they added only wrong events,
/// acts planned or conditional ("würden … Soldaten töten", "G8, ASEM und EU
/// angreifen", "Märkte erobern"); a pattern that wants the plural lists it
/// ("=bombardieren|bombardieren"), as the hand lists did. A separable
/// verb's zu-infinitive ("anzugreifen", "festzunehmen") is among them: it
/// changed no event on the development sets (the coder's plans and
/// announcements decide what an infinitive is: "plant, Litauen
/// anzugreifen" stays silent).
const LEMMA_INFINITIVES: bool = false;

/// The forms an alternative `=lemma` stands for (issue #7): `v2` — the
/// verb-second forms of a separable verb, whose particle the pattern then
/// closes with; otherwise its finite forms (3rd person, indicative and
/// Konjunktiv I/II; a separable verb's joined ones, "angreift" as in "wenn
/// Russland die Ukraine angreift"), its past participle and a separable
/// verb's zu-infinitive; not (see [`LEMMA_INFINITIVES`]) the bare infinitive
/// nor the plural it shares. Forms that are also a noun ("Angriff",
/// "Festnahmen", "Verbot") are left out of these: a pattern that wants one
/// lists it ("=verbieten|verbot"). An unknown lemma stands for nothing
/// (`tests`: every lemma of the frame files is known).
pub fn lemma_forms(lemma: &str, v2: bool) -> Vec<&'static str> {
    use lagebild_lexicon::verbs::FormKind;
    let Some(v) = lagebild_lexicon::event_verbs::event_verb(lemma) else {
        return Vec::new();
    };
    let infinitive = |w: &str| {
        v.forms
            .iter()
            .any(|f| f.kind == FormKind::Infinitive && f.form == w)
    };
    // "an|zu|greifen"
    let zu_infinitive = |w: &str| {
        v.particle
            .is_some_and(|p| w.strip_prefix(p).is_some_and(|r| r.starts_with("zu")))
    };
    v.forms
        .iter()
        .filter(|f| match f.kind {
            FormKind::SeparatedFinite => v2,
            FormKind::Finite => !v2 && !f.noun && (LEMMA_INFINITIVES || !infinitive(f.form)),
            FormKind::Participle => !v2 && !f.noun,
            FormKind::Infinitive => !v2 && !f.noun && (LEMMA_INFINITIVES || zu_infinitive(f.form)),
        })
        .map(|f| f.form)
        .collect()
}

/// The particle of a separable lemma named by an alternative `=lemma` of
/// the pattern, if any.
fn lemma_particle(pat: &str) -> Option<&'static str> {
    pat.split([' ', '|'])
        .filter_map(|a| a.strip_prefix('='))
        .find_map(|l| lagebild_lexicon::event_verbs::event_verb(l)?.particle)
}

/// The patterns a line's pattern stands for once its `=lemma` alternatives
/// are expanded: one, or — with a separable verb — two: its verb-second
/// forms with the particle closing the pattern after a bracket
/// (`=angreifen` → "griff|greift|… __ an"), and its joined forms
/// ("angegriffen", "angriff" of a subordinate clause).
pub fn expand_lemmas(pat: &str) -> Vec<String> {
    if !pat.contains('=') {
        return vec![pat.to_string()];
    }
    let expand = |v2: bool| {
        pat.split(' ')
            .map(|t| {
                t.split('|')
                    .flat_map(|a| match a.strip_prefix('=') {
                        Some(l) => lemma_forms(l, v2 && lemma_particle(a).is_some()),
                        None => vec![a],
                    })
                    .fold(Vec::<&str>::new(), |mut v, a| {
                        if !v.contains(&a) {
                            v.push(a);
                        }
                        v
                    })
                    .join("|")
            })
            .collect::<Vec<_>>()
            .join(" ")
    };
    match lemma_particle(pat) {
        Some(p) => vec![format!("{} __ {p}", expand(true)), expand(false)],
        None => vec![expand(false)],
    }
}

/// Parses one frame file (public for tests of new frame files).
pub fn parse(etype: EventType, name: &str, data: &str) -> Vec<Frame> {
    parse_section(etype, name, data, false)
}

/// The line that opens a frame file's statement cues: patterns read only in
/// the content of a reported statement (issue #7, `src/statements.rs`), not
/// by the coder's main pass.
pub const STATEMENTS: &str = "[statements]";

/// The frames of a file before its [`STATEMENTS`] line, or (`statements`)
/// after it.
fn parse_section(etype: EventType, name: &str, data: &str, statements: bool) -> Vec<Frame> {
    let mut out = Vec::new();
    let mut inside = false;
    for (n, line) in data.lines().enumerate() {
        if line.trim() == STATEMENTS {
            inside = true;
            continue;
        }
        if line.starts_with('#') || line.trim().is_empty() || inside != statements {
            continue;
        }
        let cols: Vec<&str> = line.split('\t').map(str::trim).collect();
        for pattern in expand_lemmas(cols[0]) {
            if let Some(f) = parse_frame(
                etype,
                &pattern,
                &cols,
                format!("frames/{name}.tsv:{}", n + 1),
            ) {
                out.push(f);
            }
        }
    }
    out
}

/// One frame of a line (`cols`, its pattern expanded to `pattern`).
fn parse_frame(etype: EventType, pattern: &str, cols: &[&str], rule: String) -> Option<Frame> {
    // a separable verb's bracket ("lehnte … ab") is specific enough for
    // its subjunctive too; single verbs are not ("es drohe ein Krieg")
    let bracket = pattern.contains(" __ ");
    let pat: Vec<PTok> = pattern
        .split(' ')
        .filter(|t| !t.is_empty())
        .map(|t| {
            if t == "_" {
                PTok::Gap(12)
            } else if t == "__" {
                PTok::Gap(24)
            } else if t == "~" {
                PTok::Gap(3)
            } else if let Some(c) = t.strip_prefix('@') {
                PTok::Class(c.to_string())
            } else if bracket && t.starts_with(char::is_lowercase) {
                PTok::Words(with_subjunctive(parse_alts(t)))
            } else {
                PTok::Words(parse_alts(t))
            }
        })
        .collect();
    if pat.is_empty() {
        return None;
    }
    let target = match cols.get(1).copied().unwrap_or("obj") {
        "obj" => Target::Obj,
        "near" => Target::Near,
        "doer" => Target::Doer,
        "-" | "" => Target::Context,
        "zwischen" => Target::Between,
        p => Target::Prep(p.to_lowercase()),
    };
    // (a compound's head, "*sanktionen", is a noun too)
    let nominal =
        pattern.starts_with('*') || pattern.chars().next().is_some_and(char::is_uppercase);
    Some(Frame {
        etype,
        pat,
        target,
        mode: cols.get(2).filter(|m| !m.is_empty()).map(|m| m.to_string()),
        swap: cols.get(3) == Some(&"swap"),
        nominal,
        rule,
    })
}

pub struct Lexicon {
    pub frames: Vec<Frame>,
    /// Exact first words → frame indices.
    by_first: HashMap<String, Vec<usize>>,
    /// Frames whose first word is a prefix or class pattern.
    other: Vec<usize>,
    /// Which of `other` may start at a word, by the word's first and last
    /// byte ([`OtherIndex`]).
    other_ix: OtherIndex,
    classes: HashMap<String, Vec<(String, bool)>>,
    /// The frames' patterns compiled for [`Lexicon::match_marked`].
    items: ItemIndex,
}

/// A pattern item of [`ItemIndex`]: a gap, or the index of a word item
/// (an alternatives list or a class; equal lists share one index).
#[derive(Debug, Clone, Copy)]
enum Item {
    Gap(usize),
    Id(u32),
}

/// Every word item of the lexicon's frames by number, and which of them
/// accept a word: the items of its exact alternatives (one probe, which also
/// gives the frames whose first word it is), of the prefixes that start it
/// (listed by first byte) and of the compound heads that end it (by last
/// byte). [`Lexicon::mark`] asks this once per word of a sentence; the
/// matcher then looks an item up among the word's few where [`word_ok`]
/// compared the word with every alternative of the item at every place it
/// was tried, and a frame whose first item the word lacks is not tried at
/// all (issue #9).
#[derive(Debug, Default)]
struct ItemIndex {
    /// Per frame, its pattern.
    pats: Vec<Vec<Item>>,
    /// Exact alternative → its entry in `entries`.
    exact: HashMap<String, u32>,
    /// The same for the alternatives of at most seven bytes, keyed by
    /// `lagebild_core::ascii::pack7` (probed in [`ItemIndex::mark`] for every
    /// word; most are short, issue #9).
    exact7: HashMap<u64, u32>,
    entries: Vec<ExactWord>,
    /// (prefix, item), ordered by the prefix's first byte; `pre_at[b]` is
    /// where those starting with byte `b` begin (`pre_at[256]` the end).
    prefixes: Vec<(String, u32)>,
    pre_at: Vec<usize>,
    /// Per prefix, its first eight bytes as [`Affix8`] (tested before the
    /// whole prefix is compared).
    pre8: Vec<Affix8>,
    /// (compound head, item), ordered by the head's last byte, and where
    /// each last byte begins.
    heads: Vec<(String, u32)>,
    head_at: Vec<usize>,
    /// Per head, its last eight bytes as [`Affix8`].
    head8: Vec<Affix8>,
    /// Bit `256 * b0 + b1`: some prefix starts with the bytes `b0 b1` or is
    /// the one byte `b0` (then every `b1`); a word of two bytes or more whose
    /// first two bytes have no bit starts with no prefix.
    pre2: Vec<u64>,
    /// The same for the heads' last two bytes (`256 * last + before_last`).
    head2: Vec<u64>,
    /// Items with an empty prefix or head: every word.
    always: Vec<u32>,
}

/// What a word that some item lists exactly is known for.
#[derive(Debug, Default)]
struct ExactWord {
    /// The items listing it.
    items: Vec<u32>,
    /// `Lexicon::by_first` of it: the frames whose first item lists it.
    first: Vec<usize>,
}

/// The first (or last) up to eight bytes of a text as one number, for
/// comparing a prefix (or compound head) with a word's first (or last) bytes
/// in one test instead of a `memcmp` call each (issue #9: `mark` compared a
/// word with every prefix of its first byte and every head of its last).
/// The bytes are loaded little-endian: a prefix's byte `k` is byte `k` of the
/// number, a head's last byte is byte 7.
#[derive(Debug, Default, Clone, Copy)]
struct Affix8 {
    /// The affix's bytes where `mask` has ones.
    key: u64,
    /// Ones over the affix's first (last) `min(len, 8)` bytes.
    mask: u64,
}

impl Affix8 {
    /// `b`'s first `min(len, 8)` bytes, the rest zero.
    #[inline]
    fn first(b: &[u8]) -> u64 {
        let mut x = [0u8; 8];
        let n = b.len().min(8);
        x[..n].copy_from_slice(&b[..n]);
        u64::from_le_bytes(x)
    }

    /// `b`'s last `min(len, 8)` bytes in the top bytes, the rest zero.
    #[inline]
    fn last(b: &[u8]) -> u64 {
        let mut x = [0u8; 8];
        let n = b.len().min(8);
        x[8 - n..].copy_from_slice(&b[b.len() - n..]);
        u64::from_le_bytes(x)
    }

    fn prefix(p: &[u8]) -> Affix8 {
        let n = p.len().min(8);
        let mask = if n == 8 { !0 } else { (1u64 << (8 * n)) - 1 };
        Affix8 {
            key: Self::first(p),
            mask,
        }
    }

    fn head(h: &[u8]) -> Affix8 {
        let n = h.len().min(8);
        let mask = if n == 0 { 0 } else { !0u64 << (8 * (8 - n)) };
        Affix8 {
            key: Self::last(h),
            mask,
        }
    }
}

/// The bit set of [`ItemIndex::pre2`]/[`ItemIndex::head2`] from each affix's
/// outer byte and the byte next to it (`None`: an affix of one byte).
fn pair_bits(pairs: impl Iterator<Item = (u8, Option<u8>)>) -> Vec<u64> {
    let mut bits = vec![0u64; 65536 / 64];
    let mut set = |k: usize| bits[k / 64] |= 1 << (k % 64);
    for (b0, b1) in pairs {
        let base = 256 * usize::from(b0);
        match b1 {
            Some(b1) => set(base + usize::from(b1)),
            None => (0..256).for_each(|x| set(base + x)),
        }
    }
    bits
}

/// Is bit `256 * b0 + b1` of `bits` ([`pair_bits`]) set?
#[inline(always)]
fn pair_bit(bits: &[u64], b0: u8, b1: u8) -> bool {
    let k = 256 * usize::from(b0) + usize::from(b1);
    bits.get(k / 64).is_some_and(|w| w >> (k % 64) & 1 == 1)
}

/// `w.starts_with(p)`, with `w8` = `Affix8::first(w)` and `a` = `Affix8::prefix(p)`.
#[inline(always)]
fn starts_with8(w: &[u8], w8: u64, p: &[u8], a: Affix8) -> bool {
    p.len() <= w.len() && w8 & a.mask == a.key && (p.len() <= 8 || w[8..p.len()] == p[8..])
}

/// `w.ends_with(h)`, with `w8` = `Affix8::last(w)` and `a` = `Affix8::head(h)`.
#[inline(always)]
fn ends_with8(w: &[u8], w8: u64, h: &[u8], a: Affix8) -> bool {
    let (n, m) = (w.len(), h.len());
    m <= n && w8 & a.mask == a.key && (m <= 8 || w[n - m..n - 8] == h[..m - 8])
}

/// Lays out `(text, item)` pairs by a byte of the text (`key`), stable
/// within a byte: the pairs in that order and where each byte value starts.
fn by_byte(mut v: Vec<(String, u32)>, key: fn(&[u8]) -> u8) -> (Vec<(String, u32)>, Vec<usize>) {
    v.sort_by_key(|(t, _)| key(t.as_bytes()));
    let mut at = vec![0usize; 257];
    for (t, _) in &v {
        at[usize::from(key(t.as_bytes())) + 1] += 1;
    }
    for b in 0..256 {
        at[b + 1] += at[b];
    }
    (v, at)
}

impl ItemIndex {
    fn new(
        frames: &[Frame],
        classes: &HashMap<String, Vec<(String, bool)>>,
        by_first: &HashMap<String, Vec<usize>>,
    ) -> Self {
        let mut ix = ItemIndex::default();
        let mut ids: HashMap<Vec<(String, bool)>, u32> = HashMap::default();
        let (mut prefixes, mut heads) = (Vec::new(), Vec::new());
        for f in frames {
            let mut pat = Vec::with_capacity(f.pat.len());
            for p in &f.pat {
                let alts: &[(String, bool)] = match p {
                    PTok::Gap(g) => {
                        pat.push(Item::Gap(*g));
                        continue;
                    }
                    PTok::Words(alts) => alts,
                    // (an unknown class accepts no word: an item without alternatives)
                    PTok::Class(c) => classes.get(c).map_or(&[], Vec::as_slice),
                };
                let next = ids.len() as u32;
                let id = *ids.entry(alts.to_vec()).or_insert(next);
                pat.push(Item::Id(id));
                if id != next {
                    continue;
                }
                // (as `word_ok` reads each alternative)
                for (a, prefix) in alts {
                    if !*prefix {
                        let items = &mut ix.entry(a).items;
                        if !items.contains(&id) {
                            items.push(id);
                        }
                    } else if let Some(head) = a.strip_prefix('*') {
                        if head.is_empty() {
                            ix.always.push(id);
                        } else {
                            heads.push((head.to_string(), id));
                        }
                    } else if a.is_empty() {
                        ix.always.push(id);
                    } else {
                        prefixes.push((a.clone(), id));
                    }
                }
            }
            ix.pats.push(pat);
        }
        for (w, first) in by_first {
            ix.entry(w).first = first.clone();
        }
        (ix.prefixes, ix.pre_at) = by_byte(prefixes, |t| t[0]);
        (ix.heads, ix.head_at) = by_byte(heads, |t| t[t.len() - 1]);
        ix.exact7 = ix
            .exact
            .iter()
            .filter_map(|(w, &e)| Some((pack7(w)?, e)))
            .collect();
        ix.pre8 = ix
            .prefixes
            .iter()
            .map(|(p, _)| Affix8::prefix(p.as_bytes()))
            .collect();
        ix.head8 = ix
            .heads
            .iter()
            .map(|(h, _)| Affix8::head(h.as_bytes()))
            .collect();
        ix.pre2 = pair_bits(ix.prefixes.iter().map(|(p, _)| {
            let p = p.as_bytes();
            (p[0], p.get(1).copied())
        }));
        ix.head2 = pair_bits(ix.heads.iter().map(|(h, _)| {
            let h = h.as_bytes();
            (h[h.len() - 1], h.len().checked_sub(2).map(|k| h[k]))
        }));
        ix
    }

    fn entry(&mut self, w: &str) -> &mut ExactWord {
        let next = self.entries.len() as u32;
        let e = *self.exact.entry(w.to_string()).or_insert(next);
        if e == next {
            self.entries.push(ExactWord::default());
        }
        &mut self.entries[e as usize]
    }

    /// Appends the items that accept `w` to `ids`; returns its exact entry.
    fn mark(&self, w: &str, ids: &mut Vec<u32>) -> u32 {
        let e = match pack7(w) {
            Some(k) => self.exact7.get(&k),
            None => self.exact.get(w),
        }
        .copied();
        if let Some(x) = e.and_then(|e| self.entries.get(e as usize)) {
            ids.extend_from_slice(&x.items);
        }
        ids.extend_from_slice(&self.always);
        let b = w.as_bytes();
        if let (Some(&first), Some(&last)) = (b.first(), b.last()) {
            let (f, l) = (usize::from(first), usize::from(last));
            // (a word of one byte is tried against the whole bucket)
            let n = b.len();
            let (pa, pb) = (self.pre_at[f], self.pre_at[f + 1]);
            if pa < pb && (n < 2 || pair_bit(&self.pre2, first, b[1])) {
                let w8 = Affix8::first(b);
                for ((p, id), &a) in self.prefixes[pa..pb].iter().zip(&self.pre8[pa..pb]) {
                    if starts_with8(b, w8, p.as_bytes(), a) {
                        ids.push(*id);
                    }
                }
            }
            let (ha, hb) = (self.head_at[l], self.head_at[l + 1]);
            if ha < hb && (n < 2 || pair_bit(&self.head2, last, b[n - 2])) {
                let w8 = Affix8::last(b);
                for ((h, id), &a) in self.heads[ha..hb].iter().zip(&self.head8[ha..hb]) {
                    if ends_with8(b, w8, h.as_bytes(), a) {
                        ids.push(*id);
                    }
                }
            }
        }
        e.unwrap_or(u32::MAX)
    }
}

/// Which word items ([`ItemIndex`]) accept each word of a sentence, made by
/// [`Lexicon::mark`] for [`Lexicon::match_marked`]: word `j`'s items are
/// `ids[at[j]..at[j + 1]]` (a few), its exact entry `entry[j]`.
#[derive(Debug, Default)]
pub struct Marks {
    ids: Vec<u32>,
    at: Vec<u32>,
    entry: Vec<u32>,
}

impl Marks {
    /// Does item `id` accept word `j`? (a plain loop: a word has few items,
    /// and `slice::contains` was not inlined)
    #[inline(always)]
    fn has(&self, j: usize, id: u32) -> bool {
        let (Some(&a), Some(&b)) = (self.at.get(j), self.at.get(j + 1)) else {
            return false;
        };
        let mut k = a as usize;
        while k < b as usize {
            if self.ids.get(k) == Some(&id) {
                return true;
            }
            k += 1;
        }
        false
    }
}

/// A necessary condition for the frames of [`Lexicon::other`] to match at a
/// word, so that [`Lexicon::candidates`] need not try each of them at every
/// word: per byte value, a bit set over the positions in `other` of the
/// frames whose first pattern word may begin with that byte (a word or a
/// prefix) or end with it (a compound head, `*abkommen`). A frame whose first
/// item is a gap, an empty prefix or an unknown byte is in every set.
struct OtherIndex {
    /// `u64` words per set.
    nw: usize,
    /// 256 sets by first byte, then 256 by last byte.
    sets: Vec<u64>,
}

impl OtherIndex {
    fn new(
        frames: &[Frame],
        other: &[usize],
        classes: &HashMap<String, Vec<(String, bool)>>,
    ) -> Self {
        let nw = other.len().div_ceil(64);
        let mut sets = vec![0u64; 512 * nw];
        for (k, &fi) in other.iter().enumerate() {
            let (w, bit) = (k / 64, 1u64 << (k % 64));
            let mut set = |byte: usize| sets[byte * nw + w] |= bit;
            let alts: &[(String, bool)] = match &frames[fi].pat[0] {
                PTok::Words(alts) => alts,
                PTok::Class(c) => classes.get(c).map_or(&[], Vec::as_slice),
                PTok::Gap(_) => &[],
            };
            let any = matches!(frames[fi].pat[0], PTok::Gap(_))
                || alts.iter().any(|(a, _)| a.is_empty() || a == "*");
            if any {
                for b in 0..512 {
                    set(b);
                }
                continue;
            }
            for (a, prefix) in alts {
                match a.strip_prefix('*').filter(|_| *prefix) {
                    // (`word_ok`: "*head" matches a word ending in the head)
                    Some(head) => set(256 + usize::from(head.as_bytes()[head.len() - 1])),
                    None => set(usize::from(a.as_bytes()[0])),
                }
            }
        }
        OtherIndex { nw, sets }
    }

    /// The positions in `other` of the frames that may start at a word with
    /// these first and last bytes (`None`: an empty word, every frame), in
    /// order.
    fn positions(&self, ends: Option<(u8, u8)>) -> impl Iterator<Item = usize> + '_ {
        let (first, last) = match ends {
            Some((f, l)) => (usize::from(f), 256 + usize::from(l)),
            None => (usize::MAX, usize::MAX),
        };
        (0..self.nw).flat_map(move |w| {
            let mut bits = if first == usize::MAX {
                u64::MAX
            } else {
                self.sets[first * self.nw + w] | self.sets[last * self.nw + w]
            };
            std::iter::from_fn(move || {
                if bits == 0 {
                    return None;
                }
                let t = bits.trailing_zeros() as usize;
                bits &= bits - 1;
                Some(w * 64 + t)
            })
        })
    }
}

/// The statement cues of every frame file (after its [`STATEMENTS`] line),
/// parsed once, the longest patterns first; matched with
/// [`statement_lexicon`].
pub fn statement_frames() -> &'static [Frame] {
    static S: OnceLock<Vec<Frame>> = OnceLock::new();
    S.get_or_init(|| {
        // (the most specific cue first: "müsse mit Konsequenzen rechnen" is
        // a threat before "müsse" is a demand)
        let mut v: Vec<Frame> = FILES
            .iter()
            .flat_map(|(t, n, d)| parse_section(*t, n, d, true))
            .collect();
        v.sort_by_key(|f| std::cmp::Reverse(f.pat.len()));
        v
    })
}

pub fn lexicon() -> &'static Lexicon {
    static L: OnceLock<Lexicon> = OnceLock::new();
    L.get_or_init(|| Lexicon::build(FILES.iter().flat_map(|(t, n, d)| parse(*t, n, d)).collect()))
}

/// The statement cues ([`statement_frames`], in their order) as a lexicon
/// of their own, so that a statement's content is matched as the main pass
/// matches a sentence: its words' items marked once ([`Lexicon::mark`]),
/// each frame tried only where its first item accepts the word (issue #9).
pub fn statement_lexicon() -> &'static Lexicon {
    static L: OnceLock<Lexicon> = OnceLock::new();
    L.get_or_init(|| Lexicon::build(statement_frames().to_vec()))
}

impl Lexicon {
    /// Indexes `frames` (kept in their order) by their first word and
    /// compiles their patterns for [`Lexicon::match_marked`].
    fn build(frames: Vec<Frame>) -> Lexicon {
        let mut by_first: HashMap<String, Vec<usize>> = HashMap::default();
        let mut other = Vec::new();
        for (i, f) in frames.iter().enumerate() {
            match &f.pat[0] {
                PTok::Words(alts) if alts.iter().all(|(_, p)| !p) => {
                    for (w, _) in alts {
                        by_first.entry(w.clone()).or_default().push(i);
                    }
                }
                _ => other.push(i),
            }
        }
        let mut classes: HashMap<String, Vec<(String, bool)>> = HashMap::default();
        for l in CLASSES
            .lines()
            .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        {
            if let Some((c, w)) = l.split_once('\t') {
                classes
                    .entry(c.trim().to_string())
                    .or_default()
                    .extend(parse_alts(w.trim()));
            }
        }
        let other_ix = OtherIndex::new(&frames, &other, &classes);
        let items = ItemIndex::new(&frames, &classes, &by_first);
        Lexicon {
            frames,
            by_first,
            other,
            other_ix,
            classes,
            items,
        }
    }
}

fn word_ok(alts: &[(String, bool)], w: &str) -> bool {
    alts.iter().any(|(a, p)| {
        if !*p {
            w == a
        } else if let Some(head) = a.strip_prefix('*') {
            // "*abkommen": a compound ending in the head ("Friedensabkommen")
            w.ends_with(head)
        } else {
            w.starts_with(a.as_str())
        }
    })
}

impl Lexicon {
    /// Frames that may start at a word (lower-cased).
    pub fn candidates<'a>(&'a self, lower: &str) -> impl Iterator<Item = usize> + 'a {
        let b = lower.as_bytes();
        let ends = b.first().zip(b.last()).map(|(&f, &l)| (f, l));
        self.by_first
            .get(lower)
            .into_iter()
            .flatten()
            .copied()
            .chain(
                self.other_ix
                    .positions(ends)
                    .filter_map(|k| self.other.get(k).copied()),
            )
    }

    fn tok_ok(&self, p: &PTok, w: &str) -> bool {
        match p {
            PTok::Words(alts) => word_ok(alts, w),
            PTok::Class(c) => self.classes.get(c).is_some_and(|alts| word_ok(alts, w)),
            PTok::Gap(_) => true,
        }
    }

    /// Matches frame `f` at word `i` of `words` (lower-cased words of one
    /// sentence, `None` for punctuation). Returns the matched word indices.
    pub fn match_at(&self, f: &Frame, words: &[Option<&str>], i: usize) -> Option<Vec<usize>> {
        let gap = |p: &PTok| match p {
            PTok::Gap(g) => Some(*g),
            _ => None,
        };
        match_pattern(&f.pat, words, i, gap, |p, _, w| self.tok_ok(p, w))
    }

    /// Marks which of the frames' word items accept each word of a sentence
    /// (`words` as for [`Lexicon::match_at`]), for [`Lexicon::match_marked`].
    pub fn mark(&self, words: &[Option<&str>], marks: &mut Marks) {
        marks.ids.clear();
        marks.at.clear();
        marks.entry.clear();
        marks.at.push(0);
        for w in words {
            let e = w.map_or(u32::MAX, |w| self.items.mark(w, &mut marks.ids));
            marks.entry.push(e);
            marks.at.push(marks.ids.len() as u32);
        }
    }

    /// [`Lexicon::candidates`] of word `j` of a sentence marked by
    /// [`Lexicon::mark`], less the frames whose first item the word lacks
    /// (which cannot match there), in the same order.
    pub fn candidates_marked<'a>(
        &'a self,
        words: &[Option<&str>],
        marks: &'a Marks,
        j: usize,
    ) -> impl Iterator<Item = usize> + 'a {
        let b = words.get(j).copied().flatten().unwrap_or("").as_bytes();
        let ends = b.first().zip(b.last()).map(|(&f, &l)| (f, l));
        let entry = marks.entry.get(j).copied().unwrap_or(u32::MAX);
        let first = self
            .items
            .entries
            .get(entry as usize)
            .map_or(&[][..], |e| e.first.as_slice());
        first.iter().copied().chain(
            self.other_ix
                .positions(ends)
                .filter_map(|k| self.other.get(k).copied())
                .filter(
                    move |&fi| match self.items.pats.get(fi).and_then(|p| p.first()) {
                        Some(Item::Id(id)) => marks.has(j, *id),
                        _ => true,
                    },
                ),
        )
    }

    /// [`Lexicon::match_at`] for the lexicon's frame `fi`, with the words'
    /// items marked by [`Lexicon::mark`]: the same result, each word test
    /// a bit.
    pub fn match_marked(
        &self,
        fi: usize,
        words: &[Option<&str>],
        marks: &Marks,
        i: usize,
    ) -> Option<Vec<usize>> {
        let pat = self.items.pats.get(fi)?;
        let gap = |p: &Item| match p {
            Item::Gap(g) => Some(*g),
            Item::Id(_) => None,
        };
        match_pattern(pat, words, i, gap, |p, j, _| match p {
            Item::Id(id) => marks.has(j, *id),
            Item::Gap(_) => true,
        })
    }
}

/// Matches `pat` at word `i` of `words`: `gap` tells a gap item's width,
/// `ok(item, j, word)` whether an item accepts word `j`. Returns the matched
/// word indices.
#[inline(always)]
fn match_pattern<P>(
    pat: &[P],
    words: &[Option<&str>],
    i: usize,
    gap: impl Fn(&P) -> Option<usize> + Copy,
    ok: impl Fn(&P, usize, &str) -> bool + Copy,
) -> Option<Vec<usize>> {
    // (most tries fail: the matched indices stay on the stack until the
    // whole pattern has matched; a pattern of more than 16 words spills
    // the rest into `more`)
    let mut head = [0usize; 16];
    let mut more = Vec::new();
    let m = Matcher { words, gap, ok };
    let n = m.from(pat, i, 0, &mut head, 0, &mut more)?;
    let mut out = Vec::with_capacity(n);
    out.extend_from_slice(&head[..n.min(head.len())]);
    out.append(&mut more);
    Some(out)
}

/// The sentence and item tests of one [`match_pattern`].
struct Matcher<'w, 's, G, O> {
    words: &'w [Option<&'s str>],
    gap: G,
    ok: O,
}

impl<G, O> Matcher<'_, '_, G, O> {
    /// Matches `pat` from word `pos` after a gap of up to `gap` words; the
    /// `n` words matched so far are in `head` (and `more`). Returns the
    /// number of matched words. A word after a gap is tried at each of its
    /// places in the gap, not only the first: "brachten in der Hauptstadt …
    /// Win Myint in Gewahrsam" matches "brachten __ in Gewahrsam" with the
    /// second "in".
    fn from<P>(
        &self,
        pat: &[P],
        pos: usize,
        gap: usize,
        head: &mut [usize; 16],
        n: usize,
        more: &mut Vec<usize>,
    ) -> Option<usize>
    where
        G: Fn(&P) -> Option<usize>,
        O: Fn(&P, usize, &str) -> bool,
    {
        let words = self.words;
        let Some((p, rest)) = pat.split_first() else {
            return Some(n);
        };
        if let Some(g) = (self.gap)(p) {
            return self.from(rest, pos, g, head, n, more);
        }
        let limit = gap + 1;
        let mut seen = 0;
        let mut j = pos;
        while j < words.len() && seen < limit {
            if let Some(w) = words[j] {
                if (self.ok)(p, j, w) {
                    match head.get_mut(n) {
                        Some(h) => *h = j,
                        None => {
                            more.truncate(n - head.len());
                            more.push(j);
                        }
                    }
                    if let Some(k) = self.from(rest, j + 1, 0, head, n + 1, more) {
                        return Some(k);
                    }
                    // (a word right after the previous one has no other place)
                    if gap == 0 {
                        return None;
                    }
                }
                seen += 1;
            } else if gap == 0 {
                break;
            }
            j += 1;
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Issue #7: a lemma names every 3rd-person form; a separable one gives
    /// a bracket frame and a joined one; nouns stay out unless listed.
    #[test]
    fn lemmas_expand_to_their_forms_issue7() {
        let one = expand_lemmas("=bombardieren");
        assert_eq!(one.len(), 1);
        let alts: Vec<&str> = one[0].split('|').collect();
        for w in [
            "bombardierte",
            "bombardierten",
            "bombardiert",
            "bombardiere",
        ] {
            assert!(alts.contains(&w), "{w}: {alts:?}");
        }
        // the plural that is the infinitive too: only when listed
        assert!(!alts.contains(&"bombardieren"));
        let listed = expand_lemmas("=bombardieren|bombardieren");
        assert!(listed[0].split('|').any(|w| w == "bombardieren"));
        // a separable verb: its zu-infinitive, not its joined infinitive
        let joined = expand_lemmas("=angreifen");
        assert!(joined[1].split('|').any(|w| w == "anzugreifen"));
        assert!(!joined[1].split('|').any(|w| w == "angreifen"));
        let two = expand_lemmas("=angreifen");
        assert_eq!(two.len(), 2);
        assert!(two[0].ends_with(" __ an"), "{}", two[0]);
        assert!(two[0].split([' ', '|']).any(|w| w == "griff"));
        let joined: Vec<&str> = two[1].split('|').collect();
        assert!(joined.contains(&"angegriffen") && joined.contains(&"angreift"));
        // "Angriff", "Angriffen": nouns
        assert!(!joined.contains(&"angriff") && !joined.contains(&"angriffen"));
        // listed beside the lemma, a noun homograph is kept; the rest of the
        // pattern stays, the particle closes it
        let v = expand_lemmas("=verbieten|verbot _ Partei");
        assert!(
            v[0].starts_with("verbietet|") || v[0].contains("|verbot "),
            "{}",
            v[0]
        );
        assert!(v[0].ends_with(" _ Partei"));
        let v = expand_lemmas("=einfrieren _ Vermögen");
        assert!(v[0].ends_with(" _ Vermögen __ ein"), "{}", v[0]);
        assert!(
            v[0].starts_with("fror|") || v[0].contains("|fror|"),
            "{}",
            v[0]
        );
        assert!(v[1].contains("eingefroren") && v[1].ends_with(" _ Vermögen"));
        assert_eq!(expand_lemmas("griff|greift __ an"), ["griff|greift __ an"]);
    }

    #[test]
    fn every_lemma_of_the_frame_files_is_known_issue7() {
        for (_, name, data) in FILES {
            for line in data.lines().filter(|l| !l.starts_with('#')) {
                let pat = line.split('\t').next().unwrap_or("");
                for l in pat.split([' ', '|']).filter_map(|a| a.strip_prefix('=')) {
                    assert!(
                        lagebild_lexicon::event_verbs::event_verb(l).is_some(),
                        "frames/{name}.tsv: {l} is not in crates/lexicon/data/event_verbs.tsv"
                    );
                }
            }
        }
    }

    /// `act_type` as first written: the noun's last occurrence (`rfind`).
    fn act_type_by_rfind(lower: &str) -> Option<Option<EventType>> {
        acts().iter().find_map(|(n, compound, t)| {
            let i = lower.rfind(n.as_str())?;
            let rest = &lower[i + n.len()..];
            let ending = matches!(rest, "" | "e" | "en" | "n" | "s" | "es");
            (ending && (i == 0 || *compound)).then_some(*t)
        })
    }

    #[test]
    fn act_type_finds_the_last_occurrence_like_rfind() {
        // every listed noun alone, with each ending, as a compound head, with
        // a longer tail, repeated, and cut short
        let mut words: Vec<String> = vec![String::new(), "e".into(), "xx".into()];
        for (n, _, _) in acts() {
            for end in ["", "e", "en", "n", "s", "es", "ern", "chen"] {
                words.push(format!("{n}{end}"));
                words.push(format!("groß{n}{end}"));
                words.push(format!("{n}{n}{end}"));
                words.push(format!("{n}x{n}{end}"));
                words.push(format!("ü{n}ä{end}"));
            }
            let mut cut = n.clone();
            while cut.pop().is_some() {
                words.push(cut.clone());
            }
        }
        for w in &words {
            assert_eq!(act_type(w), act_type_by_rfind(w), "{w}");
        }
    }

    #[test]
    fn every_type_has_frames_and_files_parse() {
        let l = lexicon();
        for t in EventType::ALL {
            assert!(l.frames.iter().any(|f| f.etype == t), "{t:?} has no frames");
        }
        assert!(l.classes.contains_key("pejorative"));
    }

    /// The first-word index leaves out no frame that could start at a word:
    /// every frame whose first item accepts the word is a candidate.
    #[test]
    fn candidates_keep_every_frame_that_may_start() {
        let l = lexicon();
        let mut words: Vec<String> = ["sagte", "die", "x", "ärger", "über", "gestern", "a"]
            .iter()
            .map(|w| w.to_string())
            .collect();
        for f in &l.frames {
            let alts: Vec<&(String, bool)> = match &f.pat[0] {
                PTok::Words(alts) => alts.iter().collect(),
                PTok::Class(c) => l.classes.get(c).into_iter().flatten().collect(),
                PTok::Gap(_) => Vec::new(),
            };
            for (a, _) in alts {
                let a = a.trim_start_matches('*');
                words.extend([a.to_string(), format!("{a}en"), format!("friedens{a}")]);
            }
        }
        let mut tried = 0;
        for w in &words {
            let cands: Vec<usize> = l.candidates(w).collect();
            assert!(cands.windows(2).all(|p| p[0] != p[1]), "{w}: a frame twice");
            for (fi, f) in l.frames.iter().enumerate() {
                let may = match &f.pat[0] {
                    PTok::Gap(_) => true,
                    p => l.tok_ok(p, w),
                };
                if may {
                    tried += 1;
                    assert!(cands.contains(&fi), "{w}: frame {} left out", f.rule);
                }
            }
        }
        assert!(tried > 100);
    }

    #[test]
    fn gaps_and_classes_match() {
        let l = lexicon();
        let f = parse(EventType::Accuse, "t", "warf|wirft _ vor\tobj\taccuse\n").remove(0);
        let s: Vec<Option<&str>> = ["warf", "sie", "den", "usa", "vor"]
            .iter()
            .map(|w| Some(*w))
            .collect();
        assert_eq!(l.match_at(&f, &s, 0), Some(vec![0, 4]));
        let f = parse(EventType::Accuse, "t", "nannte _ @pejorative\tobj\n").remove(0);
        let s: Vec<Option<&str>> = ["nannte", "dies", "einen", "militärputsch"]
            .iter()
            .map(|w| Some(*w))
            .collect();
        assert_eq!(l.match_at(&f, &s, 0), Some(vec![0, 3]));
    }

    /// Issue #9: the eight-byte prefix and head tests of `ItemIndex::mark`
    /// answer as `starts_with`/`ends_with`, for every listed prefix and head
    /// against words made from all of them (whole, lengthened, cut by one
    /// byte, one byte changed, compounds, short and non-ASCII words).
    #[test]
    fn issue_9_affix_tests_equal_starts_and_ends_with() {
        let l = lexicon();
        let ix = &l.items;
        let affixes: Vec<&str> = ix
            .prefixes
            .iter()
            .chain(&ix.heads)
            .map(|(t, _)| t.as_str())
            .chain([
                "a",
                "ab",
                "abkommen",
                "abkommens",
                "übereinkunft",
                "é",
                "straße",
            ])
            .collect();
        assert!(ix.prefixes.len() > 10 && ix.heads.len() > 10);
        let mut words: Vec<Vec<u8>> = vec![b"".to_vec(), b"x".to_vec(), "ü".into(), "Ärger".into()];
        for a in &affixes {
            let b = a.as_bytes();
            words.push(b.to_vec());
            words.push([b, b"en"].concat());
            words.push([b"friedens", b].concat());
            words.push([b"vor", b, b"es"].concat());
            words.push(b[..b.len() - 1].to_vec());
            words.push(b[1..].to_vec());
            for k in [0, b.len() / 2, b.len() - 1, 8.min(b.len() - 1)] {
                let mut c = b.to_vec();
                c[k] ^= 1;
                words.push(c);
            }
        }
        let mut n = 0;
        for a in &affixes {
            let (p, pa, ha) = (
                a.as_bytes(),
                Affix8::prefix(a.as_bytes()),
                Affix8::head(a.as_bytes()),
            );
            for w in &words {
                let (f8, l8) = (Affix8::first(w), Affix8::last(w));
                assert_eq!(starts_with8(w, f8, p, pa), w.starts_with(p), "{a} {w:?}");
                assert_eq!(ends_with8(w, l8, p, ha), w.ends_with(p), "{a} {w:?}");
                n += usize::from(w.starts_with(p)) + usize::from(w.ends_with(p));
            }
        }
        assert!(n > 4 * affixes.len());
        // and `mark` (with the two-byte filters) gives the items in the order
        // the plain scan of the prefixes and heads gives them
        let plain = |w: &str| {
            let mut ids = Vec::new();
            if let Some(e) = ix.exact.get(w).and_then(|&e| ix.entries.get(e as usize)) {
                ids.extend_from_slice(&e.items);
            }
            ids.extend_from_slice(&ix.always);
            ids.extend(
                ix.prefixes
                    .iter()
                    .filter(|(p, _)| w.starts_with(p.as_str()))
                    .map(|x| x.1),
            );
            ids.extend(
                ix.heads
                    .iter()
                    .filter(|(h, _)| w.ends_with(h.as_str()))
                    .map(|x| x.1),
            );
            ids
        };
        let mut marked = 0;
        for w in words.iter().filter_map(|w| std::str::from_utf8(w).ok()) {
            let mut ids = Vec::new();
            ix.mark(w, &mut ids);
            assert_eq!(ids, plain(w), "{w}");
            marked += usize::from(ids.len() > ix.always.len());
        }
        assert!(marked > affixes.len());
    }

    /// Issue #9: matching with the words' items marked once per sentence
    /// gives what matching with the words themselves gives, and the marked
    /// candidates leave out only frames that do not match, for every frame
    /// at every place of sentences made from every frame's own pattern
    /// (with its alternatives as whole words, prefixes and compound heads
    /// lengthened, fillers in its gaps and punctuation between).
    #[test]
    fn issue_9_marked_matching_equals_match_at() {
        let (tried, found) = marked_equals_match_at(lexicon());
        assert!(tried > 100_000 && found > 500, "{tried} {found}");
    }

    /// The same for the statement cues' own lexicon, which
    /// `statements::statement_event` matches marked (issue #9, perf22).
    #[test]
    fn issue_9_statement_cues_marked_equal_match_at() {
        let l = statement_lexicon();
        assert!(!l.frames.is_empty());
        let (tried, found) = marked_equals_match_at(l);
        assert!(tried > 1_000 && found >= l.frames.len(), "{tried} {found}");
    }

    /// Checks every frame of `l` at every place of sentences made from each
    /// frame's own pattern; returns (places tried, matches found).
    fn marked_equals_match_at(l: &Lexicon) -> (usize, usize) {
        let fillers = ["der", "x", "über", "die", "usa", "gestern", "ärger"];
        let mut seed = 0x9e37_79b9_7f4a_7c15u64;
        let mut next = move |n: usize| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            (seed % n as u64) as usize
        };
        let form = |(a, prefix): &(String, bool), pick: usize| -> String {
            match (prefix, a.strip_prefix('*')) {
                (true, Some(h)) => [h.to_string(), format!("friedens{h}")][pick % 2].clone(),
                (true, None) => [a.clone(), format!("{a}en")][pick % 2].clone(),
                (false, _) => a.clone(),
            }
        };
        let (mut marks, mut tried, mut found) = (Marks::default(), 0, 0);
        for f in &l.frames {
            let mut sent: Vec<Option<String>> = Vec::new();
            for _ in 0..next(3) {
                sent.push(Some(fillers[next(fillers.len())].to_string()));
            }
            for p in &f.pat {
                let alts: &[(String, bool)] = match p {
                    PTok::Gap(_) => {
                        for _ in 0..next(4) {
                            let w = (next(5) > 0).then(|| fillers[next(fillers.len())].to_string());
                            sent.push(w);
                        }
                        continue;
                    }
                    PTok::Words(alts) => alts,
                    PTok::Class(c) => l.classes.get(c).map_or(&[], Vec::as_slice),
                };
                if let Some(a) = alts.get(next(alts.len().max(1))) {
                    sent.push(Some(form(a, next(2))));
                }
            }
            sent.push(None);
            let words: Vec<Option<&str>> = sent.iter().map(|w| w.as_deref()).collect();
            l.mark(&words, &mut marks);
            for (i, w) in words.iter().enumerate() {
                // (the marked candidates are the word's candidates in order,
                // less frames that do not match there)
                let all: Vec<usize> = w.map_or(Vec::new(), |w| l.candidates(w).collect());
                let mut marked = l.candidates_marked(&words, &marks, i).peekable();
                for fi in all {
                    if marked.next_if_eq(&fi).is_none() {
                        assert_eq!(l.match_at(&l.frames[fi], &words, i), None, "{i} {words:?}");
                    }
                }
                assert_eq!(marked.next(), None, "{i} {words:?}");
            }
            for (fi, g) in l.frames.iter().enumerate() {
                for i in 0..words.len() {
                    let want = l.match_at(g, &words, i);
                    found += usize::from(want.is_some());
                    tried += 1;
                    assert_eq!(
                        l.match_marked(fi, &words, &marks, i),
                        want,
                        "{} at {i} of {words:?}",
                        g.rule
                    );
                }
            }
        }
        (tried, found)
    }

    /// A pattern longer than the matcher's stack buffer keeps all its
    /// matched indices, in order.
    #[test]
    fn long_patterns_keep_every_index() {
        let l = lexicon();
        let words: Vec<String> = (0..20).map(|k| format!("w{k}")).collect();
        let line = words.join(" ") + "\tobj\n";
        let f = parse(EventType::Accuse, "t", &line).remove(0);
        let s: Vec<Option<&str>> = words.iter().map(|w| Some(w.as_str())).collect();
        assert_eq!(l.match_at(&f, &s, 0), Some((0..20).collect()));
        let mut short = s.clone();
        short[19] = Some("x");
        assert_eq!(l.match_at(&f, &short, 0), None);
    }
}
