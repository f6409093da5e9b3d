//! A light word view of the document that the actor and event rules walk:
//! words and punctuation as byte spans, each with its sentence number.
//!
//! The segmenter's tokens are not required: names, role nouns and their
//! neighbours only need word boundaries, and keeping our own view makes the
//! rules independent of tokeniser changes. Sentences come from the segmenter
//! when it ran, else from a simple fallback (end punctuation before a capital,
//! paragraph breaks).

use lagebild_core::ascii::is_alphanumeric;
use lagebild_core::{Analysis, Span, WordLayer};
use lagebild_lexicon::countries::{self, Place};
use lagebild_lexicon::roles;
use rustc_hash::FxHashMap;
use std::borrow::Cow;
use std::cell::{Cell, RefCell};

/// One token, 16 bytes: the word view is kept in the analysis
/// ([`WordLayer`]) for the later stages that walk words (events).
pub use lagebild_core::WordTok as Tok;

/// The document as words.
pub struct Words<'a> {
    pub text: &'a str,
    /// The article's headline ([`lagebild_core::Document::headline`]).
    pub head: Option<Span>,
    /// The tokens: the analysis' [`WordLayer`] when an earlier stage made it,
    /// else split here.
    pub toks: Cow<'a, [Tok]>,
    /// Per token, lexicon facts the rules ask about again and again (two bits
    /// per [`Fact`]: known, value), filled on first use — each look-up runs
    /// at most once per token.
    facts: Vec<Cell<u32>>,
    /// Gazetteer matches by first token (their end and place), filled with
    /// the [`Fact::Gazetteer`] bit.
    gaz: RefCell<FxHashMap<u32, (u32, Place)>>,
}

/// A per-token fact cached by [`Words::memo`].
#[derive(Debug, Clone, Copy)]
pub enum Fact {
    /// `roles::role_noun` finds a role noun
    Role = 0,
    /// `countries::place` knows the word
    Place,
    /// `countries::adjective` knows the word
    Adjective,
    /// [`is_common_noun`]
    CommonNoun,
    /// [`crate::mentions`]' name-like test
    NameLike,
    /// every hyphen part a first name
    FirstName,
    /// a gazetteer match starts here (the match itself is in `gaz`)
    Gazetteer,
    /// `context::people_noun` finds a demonym
    People,
    /// `countries::place_starts_with`: some gazetteer name starts with the
    /// word (the last two facts are not kept in [`WordLayer`], whose facts
    /// have 16 bits: they are remembered per form, issue #9)
    PlaceStart,
    /// `names::known_person_starts_with`
    PersonStart,
}

/// The two bits of [`Fact::Gazetteer`]: a fact of the token in its
/// document, not of its text.
const GAZ_BITS: u32 = 3u32 << (2 * Fact::Gazetteer as u32);

/// The text-only facts ([`Words::memo`]) of the word forms this thread has
/// met, as the two-bit pairs of the per-token cache. Bounded: at
/// [`FormFacts::LIMIT`] forms (short forms: [`FormTable::MAX_SHORT`]) it
/// starts again.
struct FormFacts;

thread_local! {
    static FORM_FACTS: RefCell<FormTable> = const { RefCell::new(FormTable::new()) };
}

impl FormFacts {
    /// ~30 bytes per form with the table's slack: a few MB at most.
    const LIMIT: usize = 50_000;

    #[inline]
    fn get(s: &str) -> Option<u32> {
        FORM_FACTS
            .try_with(|m| m.try_borrow().ok()?.get(s))
            .ok()
            .flatten()
    }

    fn add(s: &str, bits: u32) {
        // The gazetteer bits are per token, never per form.
        let bits = bits & !GAZ_BITS;
        let _ = FORM_FACTS.try_with(|m| {
            if let Ok(mut m) = m.try_borrow_mut() {
                m.add(s, bits, Self::LIMIT);
            }
        });
    }
}

/// A word form of 1 to 16 bytes packed into two words and its length:
/// for a length of 8 to 16 bytes the first and the last eight bytes, of 4 to
/// 7 the first and the last four, of 1 to 3 the first, middle and last byte
/// — with the length, every byte is covered, so two forms have the same key
/// exactly when they are equal. (`None`: empty or longer.)
#[inline]
fn short_key(s: &str) -> Option<(u64, u64)> {
    let b = s.as_bytes();
    let n = b.len();
    let word = |k: usize| u64::from_le_bytes(b[k..k + 8].try_into().unwrap_or([0; 8]));
    let half = |k: usize| u64::from(u32::from_le_bytes(b[k..k + 4].try_into().unwrap_or([0; 4])));
    match n {
        8..=16 => Some((word(0), word(n - 8))),
        4..=7 => Some((half(0) | half(n - 4) << 32, 0)),
        1..=3 => Some((
            u64::from(b[0]) | u64::from(b[n / 2]) << 8 | u64::from(b[n - 1]) << 16,
            0,
        )),
        _ => None,
    }
}

/// One slot of [`FormTable`]: a short form's key and its fact bits
/// (`len == 0`: empty).
#[derive(Clone, Copy, Default)]
struct Slot {
    a: u64,
    b: u64,
    len: u32,
    bits: u32,
}

/// Word form → fact bits. Forms of up to 16 bytes (nearly all) live in an
/// open-addressed table of their packed bytes ([`short_key`]): a probe
/// hashes two words and compares three, with no string compare and no
/// pointer to follow (issue #9: this probe runs once per token of every
/// document). Longer forms go to a hash map.
struct FormTable {
    slots: Vec<Slot>,
    short: usize,
    long: Option<FxHashMap<Box<str>, u32>>,
}

impl FormTable {
    /// 2^16 slots (1.5 MB, as much as the map of boxed forms it replaced);
    /// the 850 Wikinews dev articles have ≈ 29,000 short forms.
    const SLOTS: usize = 1 << 16;
    /// At most this many short forms (a load of 5/8: short probe runs).
    const MAX_SHORT: usize = Self::SLOTS / 8 * 5;

    const fn new() -> FormTable {
        FormTable {
            slots: Vec::new(),
            short: 0,
            long: None,
        }
    }

    #[inline]
    fn slot(a: u64, b: u64, len: u32) -> usize {
        let h = (a.rotate_left(5) ^ b ^ u64::from(len)).wrapping_mul(0x9E37_79B9_7F4A_7C15);
        (h >> (64 - Self::SLOTS.trailing_zeros())) as usize
    }

    #[inline]
    fn get(&self, s: &str) -> Option<u32> {
        let Some((a, b)) = short_key(s) else {
            return self.long.as_ref()?.get(s).copied();
        };
        if self.slots.is_empty() {
            return None;
        }
        let len = s.len() as u32;
        let mut i = Self::slot(a, b, len);
        loop {
            let x = &self.slots[i];
            if x.len == 0 {
                return None;
            }
            if x.a == a && x.b == b && x.len == len {
                return Some(x.bits);
            }
            i = (i + 1) & (Self::SLOTS - 1);
        }
    }

    /// ORs `bits` into the form's entry; at `limit` forms (short or long)
    /// the table starts again.
    fn add(&mut self, s: &str, bits: u32, limit: usize) {
        let Some((a, b)) = short_key(s) else {
            let long = self.long.get_or_insert_with(FxHashMap::default);
            if let Some(v) = long.get_mut(s) {
                *v |= bits;
                return;
            }
            if long.len() >= limit {
                long.clear();
            }
            long.insert(s.into(), bits);
            return;
        };
        if self.slots.is_empty() {
            self.slots = vec![Slot::default(); Self::SLOTS];
        }
        let len = s.len() as u32;
        let mut i = Self::slot(a, b, len);
        loop {
            let x = &mut self.slots[i];
            if x.len == 0 {
                break;
            }
            if x.a == a && x.b == b && x.len == len {
                x.bits |= bits;
                return;
            }
            i = (i + 1) & (Self::SLOTS - 1);
        }
        if self.short >= limit.min(Self::MAX_SHORT) {
            self.slots.fill(Slot::default());
            self.short = 0;
            i = Self::slot(a, b, len);
        }
        self.slots[i] = Slot { a, b, len, bits };
        self.short += 1;
    }
}

/// The character at byte `i` of `s` (a char boundary); ASCII without
/// decoding.
#[inline]
fn char_at(s: &str, i: usize) -> Option<char> {
    let b = *s.as_bytes().get(i)?;
    if b < 0x80 {
        Some(char::from(b))
    } else {
        s.get(i..)?.chars().next()
    }
}

/// `s.contains(['\n', '\t', '\r']) || s.contains("  ")` in one byte scan
/// (the gazetteer look-up text of a span; all four are ASCII).
fn has_break_or_double_space(s: &str) -> bool {
    let b = s.as_bytes();
    b.iter().enumerate().any(|(k, &x)| {
        matches!(x, b'\n' | b'\t' | b'\r') || (x == b' ' && b.get(k + 1) == Some(&b' '))
    })
}

/// White space in `s` only as single spaces: `!s.contains("  ") &&
/// !s.chars().any(|c| c != ' ' && c.is_whitespace())` in one pass.
fn single_spaced(s: &str) -> bool {
    let mut after_space = false;
    for c in s.chars() {
        if c == ' ' {
            if after_space {
                return false;
            }
            after_space = true;
        } else {
            if c.is_whitespace() {
                return false;
            }
            after_space = false;
        }
    }
    true
}

fn is_inner(c: char) -> bool {
    matches!(c, '-' | '\'' | '’' | '‑' | '.')
}

/// Nouns a nationality adjective before which names a language: of
/// language itself and of web pages, whose "nationality" German gives by
/// their language (compounds by their last part: "Hackerinternetseite";
/// not "Seite" alone, which is a side: "auf der chinesischen Seite").
fn language_noun(word: &str) -> bool {
    const HEADS: &[&str] = &[
        "sprache",
        "sprachen",
        "fassung",
        "fassungen",
        "übersetzung",
        "übersetzungen",
        "untertitel",
        "untertiteln",
        "internetseite",
        "internetseiten",
        "webseite",
        "webseiten",
        "website",
        "websites",
        "homepage",
        "wikipedia",
    ];
    let lower = word.to_lowercase();
    word.starts_with(char::is_uppercase) && HEADS.iter().any(|h| lower.ends_with(h))
}

impl<'a> Words<'a> {
    /// The words of the analysed document's body: those an earlier stage
    /// kept in the analysis ([`WordLayer`]), else the body split here.
    pub fn new(a: &'a Analysis) -> Words<'a> {
        let text = a.doc.text.as_str();
        let toks = match WordLayer::get(a) {
            Some(t) => Cow::Borrowed(t),
            None => Cow::Owned(Self::split(a)),
        };
        // the facts an earlier stage learnt about these tokens, but for the
        // gazetteer bits (their matches are not kept)
        let facts = match WordLayer::facts(a) {
            Some(f) if f.len() == toks.len() => f
                .iter()
                .map(|&b| Cell::new(u32::from(b) & !GAZ_BITS))
                .collect(),
            _ => vec![Cell::new(0); toks.len()],
        };
        Words {
            text,
            head: a.doc.headline(),
            toks,
            facts,
            gaz: RefCell::new(FxHashMap::default()),
        }
    }

    /// The tokens, to keep in the analysis ([`WordLayer::set`]).
    pub fn into_toks(self) -> Vec<Tok> {
        self.toks.into_owned()
    }

    /// The tokens and their fact bits, to keep in the analysis
    /// ([`WordLayer::set_with`]).
    pub fn into_parts(self) -> (Vec<Tok>, Vec<u16>) {
        // (the first eight facts: [`Fact::PlaceStart`] and
        // [`Fact::PersonStart`] are remembered per form)
        let facts = self
            .facts
            .into_iter()
            .map(|c| c.into_inner() as u16)
            .collect();
        (self.toks.into_owned(), facts)
    }

    /// Splits the body of the analysed document into tokens with their
    /// sentence numbers.
    fn split(a: &Analysis) -> Vec<Tok> {
        let text = a.doc.text.as_str();
        let body = a.doc.body;
        let b = body.of(text);
        // (about one token per five bytes of news text)
        let mut toks = Vec::with_capacity(b.len() / 5);
        let mut i = 0;
        while let Some(c) = char_at(b, i) {
            let len = c.len_utf8();
            if c.is_whitespace() {
                i += len;
                continue;
            }
            let start = body.start + i;
            i += len;
            if is_alphanumeric(c) {
                let cap = c.is_uppercase();
                loop {
                    // (ASCII letters and digits at once)
                    i = lagebild_core::ascii::alnum_end(b.as_bytes(), i);
                    let Some(d) = char_at(b, i) else { break };
                    let dl = d.len_utf8();
                    if is_alphanumeric(d) {
                        i += dl;
                    } else if is_inner(d) {
                        // inner hyphen/apostrophe/dot only when a letter follows
                        // (dots: only inside abbreviations like "D.C" are rare; keep
                        // dots out unless a letter follows directly and the word is short)
                        let ok = char_at(b, i + dl).is_some_and(is_alphanumeric)
                            && (d != '.' || body.start + i - start <= 2);
                        if ok {
                            i += dl;
                        } else {
                            break;
                        }
                    } else {
                        break;
                    }
                }
                let end = body.start + i;
                let (Ok(start), Ok(end)) = (u32::try_from(start), u32::try_from(end)) else {
                    break;
                };
                toks.push(Tok {
                    start,
                    end,
                    word: true,
                    cap,
                    sent: 0,
                });
            } else {
                let end = start + len;
                let (Ok(start), Ok(end)) = (u32::try_from(start), u32::try_from(end)) else {
                    break;
                };
                toks.push(Tok {
                    start,
                    end,
                    word: false,
                    cap: false,
                    sent: 0,
                });
            }
        }
        Self::assign_sentences(a, &mut toks);
        toks
    }

    fn assign_sentences(a: &Analysis, toks: &mut [Tok]) {
        let text = a.doc.text.as_str();
        if !a.sentences.is_empty() {
            // the sentences are in text order and tokens too: one walk (the
            // number of sentences ending at or before each token)
            let mut i = 0;
            for t in toks.iter_mut() {
                while i < a.sentences.len() && a.sentences[i].span.end <= t.start as usize {
                    i += 1;
                }
                t.sent = i as u32;
            }
            return;
        }
        let paras = &a.doc.paragraphs;
        let mut sent = 0u32;
        let mut para = 0usize;
        for k in 0..toks.len() {
            let start = toks[k].span().start;
            let p = paras.partition_point(|p| p.span.end <= start);
            if k > 0 && p != para {
                sent += 1;
            }
            para = p;
            if k > 0 {
                let prev = toks[k - 1];
                let pt = prev.span().of(text);
                if !prev.word && matches!(pt, "." | "!" | "?") && toks[k].cap {
                    // not after an ordinal/number or a one-letter abbreviation
                    let before = k.checked_sub(2).map(|j| toks[j]);
                    let abbrev = before.is_some_and(|b| {
                        let s = b.span().of(text);
                        b.word
                            && b.span().end == prev.span().start
                            && (s.chars().all(|c| c.is_ascii_digit())
                                || s.chars().count() == 1
                                || matches!(s, "Dr" | "Prof" | "St" | "Nr" | "bzw" | "ca" | "vgl"))
                    });
                    if !abbrev {
                        sent += 1;
                    }
                } else if !prev.word && matches!(pt, "." | "!" | "?") {
                    // a quote mark may sit between the full stop and the next sentence
                }
            }
            toks[k].sent = sent;
        }
    }

    #[inline]
    pub fn s(&self, i: usize) -> &'a str {
        self.toks[i].span().of(self.text)
    }

    /// [`is_determiner`] of token `i` (its bytes: the text is not cut at
    /// character boundaries; issue #9, asked of nearly every token).
    #[inline]
    pub fn is_determiner(&self, i: usize) -> bool {
        let t = &self.toks[i];
        self.text
            .as_bytes()
            .get(t.start as usize..t.end as usize)
            .is_some_and(is_determiner_bytes)
    }

    /// `self.s(i).as_bytes() == b` without cutting the text at character
    /// boundaries.
    #[inline]
    pub fn is_bytes(&self, i: usize, b: &[u8]) -> bool {
        let t = &self.toks[i];
        self.text.as_bytes().get(t.start as usize..t.end as usize) == Some(b)
    }

    /// `self.s(i).as_bytes().ends_with(b)` without cutting the text at
    /// character boundaries.
    #[inline]
    pub fn ends_with_bytes(&self, i: usize, b: &[u8]) -> bool {
        let t = &self.toks[i];
        self.text
            .as_bytes()
            .get(t.start as usize..t.end as usize)
            .is_some_and(|w| w.ends_with(b))
    }

    #[inline]
    pub fn len(&self) -> usize {
        self.toks.len()
    }

    #[inline]
    pub fn is_empty(&self) -> bool {
        self.toks.is_empty()
    }

    /// The cached value of `fact` for token `i`, computing it with `f` (given
    /// the token's text) on first use.
    ///
    /// Every fact but [`Fact::Gazetteer`] is a function of the token's text
    /// alone (`f` must compute it so): those are also remembered per word
    /// form across documents ([`FormFacts`]), so a word met before is not
    /// looked up in the lexicons again.
    #[inline]
    pub fn memo(&self, i: usize, fact: Fact, f: impl FnOnce(&'a str) -> bool) -> bool {
        let known = 1u32 << (2 * fact as u32);
        let yes = known << 1;
        let c = &self.facts[i];
        let v = c.get();
        if v & known != 0 {
            return v & yes != 0;
        }
        let s = self.s(i);
        let by_form = !matches!(fact, Fact::Gazetteer);
        if by_form {
            if let Some(bits) = FormFacts::get(s) {
                if bits & known != 0 {
                    c.set(c.get() | bits);
                    return bits & yes != 0;
                }
            }
        }
        let r = f(s);
        let bits = known | if r { yes } else { 0 };
        // (re-read: `f` may have cached other facts of this token meanwhile)
        c.set(c.get() | bits);
        if by_form {
            FormFacts::add(s, bits);
        }
        r
    }

    /// `roles::role_noun(w.s(i)).is_some()`, cached.
    pub fn is_role(&self, i: usize) -> bool {
        self.memo(i, Fact::Role, roles::is_role_noun)
    }

    /// `countries::place(w.s(i)).is_some()`, cached.
    pub fn is_place(&self, i: usize) -> bool {
        self.memo(i, Fact::Place, |s| countries::place(s).is_some())
    }

    /// `countries::adjective(w.s(i))`, the look-up skipped where a cached
    /// miss is known.
    /// A nationality adjective before a noun of language or of a web page
    /// names a language, no country ("auf der englischen Internetseite
    /// ZDNet.com", "die russische Fassung"; issue #7, ev28).
    pub fn adjective(&self, i: usize) -> Option<&'static str> {
        if !self.memo(i, Fact::Adjective, |s| countries::adjective(s).is_some()) {
            return None;
        }
        if i + 1 < self.len() && self.same_sent(i, i + 1) && language_noun(self.s(i + 1)) {
            return None;
        }
        countries::adjective(self.s(i))
    }

    /// [`is_common_noun`] of token `i`, cached.
    pub fn is_common_noun(&self, i: usize) -> bool {
        self.memo(i, Fact::CommonNoun, is_common_noun)
    }

    /// The gazetteer entry for the words `i..=j` (white space inside read as
    /// single spaces).
    pub fn place_span(&self, i: usize, j: usize) -> Option<Place> {
        let s = self.span(i, j).of(self.text);
        if has_break_or_double_space(s) {
            countries::place(&s.split_whitespace().collect::<Vec<_>>().join(" "))
        } else {
            countries::place(s)
        }
    }

    /// Can a gazetteer name spanning the words `i..=j` go on after word `j`
    /// with the next tokens? `false` only when none can: the text `i..=j`
    /// has no white space but single spaces (then the look-up text of every
    /// longer span starts with it exactly), the character after `j` is not
    /// alphanumeric (a space or punctuation, where a name is cut) and no
    /// name goes on after that text ([`countries::place_continues`]).
    pub fn place_may_continue(&self, i: usize, j: usize) -> bool {
        let end = self.toks[j].end as usize;
        let next = self.text.get(end..).and_then(|r| r.chars().next());
        if next.is_none_or(char::is_alphanumeric) {
            return true;
        }
        let s = self.span(i, j).of(self.text);
        let plain = single_spaced(s);
        !plain || countries::place_continues(s)
    }

    /// The gazetteer match starting at token `i`, computed by `f` once (the
    /// cache keeps only its end; the entry is looked up again from the span).
    pub fn gazetteer(
        &self,
        i: usize,
        f: impl FnOnce() -> Option<(usize, Place)>,
    ) -> Option<(usize, Place)> {
        let mut hit = None;
        let any = self.memo(i, Fact::Gazetteer, |_| {
            hit = f();
            if let Some((end, p)) = hit {
                self.gaz.borrow_mut().insert(i as u32, (end as u32, p));
            }
            hit.is_some()
        });
        if !any {
            return None;
        }
        // (the place is kept with the end: looking the span's text up again
        // at every later question cost a hash of the name, issue #9)
        hit.or_else(|| {
            let (end, p) = *self.gaz.borrow().get(&(i as u32))?;
            Some((end as usize, p))
        })
    }

    /// A word starting with an upper-case letter.
    #[inline]
    pub fn is_cap(&self, i: usize) -> bool {
        self.toks[i].cap
    }

    pub fn is_word(&self, i: usize) -> bool {
        self.toks[i].word
    }

    /// Whether token `i` is the first word of its sentence (ignoring quote marks).
    pub fn sentence_initial(&self, i: usize) -> bool {
        let mut j = i;
        while j > 0 {
            j -= 1;
            if self.toks[j].sent != self.toks[i].sent {
                return true;
            }
            if self.toks[j].word {
                return false;
            }
            if !is_quote_mark(self.s(j)) {
                return false;
            }
        }
        true
    }

    /// The tokens a byte span covers (those that lie inside it).
    pub fn covering(&self, span: Span) -> std::ops::Range<usize> {
        let a = self
            .toks
            .partition_point(|t| (t.start as usize) < span.start);
        let b = self.toks.partition_point(|t| (t.end as usize) <= span.end);
        a..b.max(a)
    }

    /// Index of the token starting at or after byte `pos`.
    pub fn at(&self, pos: usize) -> usize {
        self.toks.partition_point(|t| (t.start as usize) < pos)
    }

    /// The span from token `a` to token `b` (inclusive).
    pub fn span(&self, a: usize, b: usize) -> Span {
        Span::new(self.toks[a].span().start, self.toks[b].span().end)
    }

    pub fn same_sent(&self, a: usize, b: usize) -> bool {
        self.toks[a].sent == self.toks[b].sent
    }
}

pub fn is_quote_mark(s: &str) -> bool {
    matches!(
        s,
        "\"" | "„" | "“" | "”" | "«" | "»" | "‚" | "‘" | "’" | "'" | "‹" | "›"
    )
}

/// Calls `f` with `w` lower-cased (as `str::to_lowercase` does) in a stack
/// buffer, without allocating; false when the lower-cased word is longer
/// than any word the callers compare with. These run for every token.
pub fn with_lower(w: &str, f: impl FnOnce(&str) -> bool) -> bool {
    const CAP: usize = 24;
    if w.is_ascii() {
        if w.len() > CAP {
            return false;
        }
        let mut buf = [0u8; CAP];
        buf[..w.len()].copy_from_slice(w.as_bytes());
        buf[..w.len()].make_ascii_lowercase();
        return std::str::from_utf8(&buf[..w.len()]).is_ok_and(f);
    }
    let mut buf = [0u8; CAP];
    let mut n = 0;
    for c in w.chars().flat_map(char::to_lowercase) {
        let l = c.len_utf8();
        if n + l > CAP {
            return false;
        }
        c.encode_utf8(&mut buf[n..n + l]);
        n += l;
    }
    std::str::from_utf8(&buf[..n]).is_ok_and(f)
}

/// The determiners of [`is_determiner`], each packed by [`pack8`].
const DETERMINERS: [u64; 16] = [
    pack8(b"der"),
    pack8(b"die"),
    pack8(b"das"),
    pack8(b"des"),
    pack8(b"dem"),
    pack8(b"den"),
    pack8(b"dieser"),
    pack8(b"diese"),
    pack8(b"dieses"),
    pack8(b"diesem"),
    pack8(b"diesen"),
    pack8(b"jener"),
    pack8(b"jene"),
    pack8(b"jenem"),
    pack8(b"jenen"),
    pack8(b"jenes"),
];

/// A word of at most seven bytes as one number: its bytes little-endian,
/// zero-padded, and its length in the top byte (so that a word ending in
/// NUL bytes differs from the shorter one): two such words are equal when
/// their numbers are.
const fn pack8(b: &[u8]) -> u64 {
    let mut x = (b.len() as u64) << 56;
    let mut i = 0;
    while i < b.len() && i < 7 {
        x |= (b[i] as u64) << (8 * i);
        i += 1;
    }
    x
}

/// Articles and demonstratives that open a noun phrase.
#[inline]
pub fn is_determiner(w: &str) -> bool {
    is_determiner_bytes(w.as_bytes())
}

/// [`is_determiner`] of a word's bytes.
#[inline]
fn is_determiner_bytes(b: &[u8]) -> bool {
    // Every determiner is ASCII of 3 to 6 letters starting with d or j, and
    // no non-ASCII character lower-cases to an ASCII letter other than "k"
    // (KELVIN SIGN), which no determiner has: a word of another byte
    // length or first byte, or with a non-ASCII byte, is none (most words).
    if !(3..=6).contains(&b.len()) || !matches!(b[0] | 0x20, b'd' | b'j') || !b.is_ascii() {
        return false;
    }
    // (the word lower-cased and packed, compared with the packed list: no
    // buffer, no string comparison calls; issue #9 — this runs for nearly
    // every token in the actors stage)
    let mut x = [0u8; 8];
    x[..b.len()].copy_from_slice(b);
    x.make_ascii_lowercase();
    x[7] = b.len() as u8;
    DETERMINERS.contains(&u64::from_le_bytes(x))
}

pub fn is_indefinite(w: &str) -> bool {
    if w.is_ascii()
        && (!(3..=6).contains(&w.len()) || !matches!(w.as_bytes()[0] | 0x20, b'e' | b'k'))
    {
        return false;
    }
    with_lower(w, |l| {
        matches!(
            l,
            "ein"
                | "eine"
                | "einen"
                | "einem"
                | "einer"
                | "eines"
                | "kein"
                | "keine"
                | "keinen"
                | "keinem"
                | "keiner"
                | "keines"
        )
    })
}

/// A lower-case word with an adjective ending ("südkoreanischen", "erste", "bisherige").
pub fn is_adjective_like(w: &str) -> bool {
    w.chars().next().is_some_and(char::is_lowercase)
        && w.chars().count() > 3
        && ["e", "en", "er", "es", "em"].iter().any(|e| w.ends_with(e))
        && !is_function_word(w)
}

/// Closed-class words that look like adjectives by their ending.
pub fn is_function_word(w: &str) -> bool {
    matches!(
        w,
        "der"
            | "die"
            | "das"
            | "den"
            | "dem"
            | "des"
            | "seine"
            | "seinen"
            | "seinem"
            | "seiner"
            | "ihre"
            | "ihren"
            | "ihrem"
            | "ihrer"
            | "eine"
            | "einen"
            | "einem"
            | "einer"
            | "diese"
            | "diesen"
            | "diesem"
            | "dieser"
            | "aber"
            | "oder"
            | "über"
            | "unter"
            | "hinter"
            | "wieder"
            | "immer"
            | "sehr"
            | "mehr"
            | "sowie"
            | "ohne"
            | "gegen"
            | "haben"
            | "hatten"
            | "werden"
            | "wurden"
            | "waren"
            | "seien"
            | "sollen"
            | "wollen"
            | "können"
            | "müssen"
            | "dürfen"
            | "nie"
            | "jetzt"
            | "bereits"
            | "zwischen"
            | "gegenüber"
            | "wegen"
            | "trotz"
            | "nach"
            | "unsere"
            | "unseren"
            | "keine"
            | "keinen"
            | "alle"
            | "allen"
            | "aller"
            | "jede"
            | "jeden"
            | "jeder"
            | "welche"
            | "welcher"
            | "welchen"
            | "sie"
            | "wie"
            | "wenn"
            | "denen"
            | "deren"
            | "dessen"
            | "einander"
            | "beide"
            | "beiden"
            | "andere"
            | "anderen"
            | "weitere"
            | "weiteren"
            | "wieviele"
            | "vielen"
            | "viele"
            | "wenige"
            | "wenigen"
    )
}

/// A common noun and no name in the LanguageTool-derived lexicon ("Maßnahmen",
/// "Klage"; not "Struck", which is also a surname).
pub fn is_common_noun(w: &str) -> bool {
    use lagebild_ner::lexicon::{self as lx, Lexicon};
    let Some(l) = Lexicon::shared() else {
        return false;
    };
    let bits = l.lookup(w);
    let names = lx::VOR | lx::NAC | lx::STD | lx::COU | lx::GEB | lx::ORGN | lx::EIG | lx::FIRST;
    bits & lx::SUB != 0 && bits & names == 0
}

/// A noun in the LanguageTool-derived lexicon, whether or not it is also a
/// name ("Tod", "Berg").
pub fn is_noun(w: &str) -> bool {
    use lagebild_ner::lexicon::{self as lx, Lexicon};
    Lexicon::shared().is_some_and(|l| l.lookup(w) & lx::SUB != 0)
}

/// A finite verb by the lexicon: a lower-case verb form that is no adjective
/// or participle used as one ("übertrug", "forderte"; not "verletzte",
/// "russische", "die").
pub fn is_verb_form(w: &str) -> bool {
    use lagebild_ner::lexicon::{self as lx, Lexicon};
    if !w.chars().next().is_some_and(char::is_lowercase) {
        return false;
    }
    Lexicon::shared().is_some_and(|l| {
        let bits = l.lookup(w);
        bits & lx::VER != 0 && bits & (lx::ADJ | lx::FUNC | lx::SUB) == 0
    })
}

/// A lower-case word the lexicon knows as a verb form, also when it may be
/// read as an adjective too ("kritisierten", "verurteilte": a past tense or
/// a participle); the caller's context decides.
pub fn has_verb_reading(w: &str) -> bool {
    use lagebild_ner::lexicon::{self as lx, Lexicon};
    if !w.chars().next().is_some_and(char::is_lowercase) {
        return false;
    }
    Lexicon::shared().is_some_and(|l| {
        let bits = l.lookup(w);
        bits & lx::VER != 0 && bits & (lx::FUNC | lx::SUB) == 0
    })
}

/// Prepositions after which a place is a location, not an affiliation.
pub fn is_preposition(w: &str) -> bool {
    // the longest is 10 bytes lower-cased; lower-casing shortens a word by
    // at most one byte per "ẞ" (U+1E9E → "ß"), the only shrinking capital
    // whose small letter occurs in the list, and only one "ß" occurs in a
    // preposition: longer words are none
    if w.len() > 11 {
        return false;
    }
    with_lower(w, |l| {
        matches!(
            l,
            "in" | "im"
                | "nach"
                | "über"
                | "von"
                | "vom"
                | "zu"
                | "zum"
                | "zur"
                | "mit"
                | "bei"
                | "beim"
                | "an"
                | "am"
                | "auf"
                | "gegen"
                | "für"
                | "durch"
                | "um"
                | "vor"
                | "hinter"
                | "unter"
                | "zwischen"
                | "seit"
                | "ab"
                | "bis"
                | "gegenüber"
                | "innerhalb"
                | "außerhalb"
                | "trotz"
                | "wegen"
                | "während"
                | "ohne"
                | "aus"
                | "per"
                | "pro"
                | "laut"
                | "gemäß"
                | "via"
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Issue #9: `is_bytes`, `ends_with_bytes` and `is_determiner` answer as
    /// the token's text would, on words with umlauts, punctuation and quote
    /// marks.
    #[test]
    fn issue_9_byte_tests_equal_the_token_text() {
        let t = "„Die Außenministerien“ (AA) sagten: so genannten Rothemden, dpa. Ministerium ministeriums DIESER jene Dür";
        let a = Analysis::new(lagebild_core::Document::new(t.to_string()));
        let w = Words::new(&a);
        let probes: [&[u8]; 8] = [
            b"(",
            b")",
            b"dpa",
            b"so",
            b"genannten",
            b"ministerium",
            b"ministeriums",
            "ßenministerien".as_bytes(),
        ];
        let mut hits = 0;
        for i in 0..w.len() {
            assert_eq!(w.is_determiner(i), is_determiner(w.s(i)), "{:?}", w.s(i));
            for p in probes {
                assert_eq!(w.is_bytes(i, p), w.s(i).as_bytes() == p, "{:?}", w.s(i));
                assert_eq!(w.ends_with_bytes(i, p), w.s(i).as_bytes().ends_with(p));
                hits += usize::from(w.ends_with_bytes(i, p));
            }
        }
        assert!(hits >= 7, "{hits}");
    }

    /// Issue #9: the table of word forms answers as a map of the strings
    /// would — forms of every length around the packing limits (1–3, 4–7,
    /// 8–16 bytes, longer), forms that differ in one byte only, umlauts,
    /// bits ORed in, and a table that starts again at its limit.
    #[test]
    fn issue_9_form_table_equals_a_map() {
        let mut words: Vec<String> = Vec::new();
        for n in 1..=20 {
            let base: String = "abcdefghijklmnopqrstuvwxyz".chars().take(n).collect();
            for k in 0..n {
                let mut v = base.clone().into_bytes();
                v[k] = b'X';
                words.push(String::from_utf8(v).unwrap_or_default());
            }
            words.push(base);
        }
        words.extend(
            [
                "ä",
                "äö",
                "Müller",
                "Müllers",
                "Straße",
                "Bundesverfassungsgericht",
            ]
            .map(String::from),
        );
        let mut t = FormTable::new();
        let mut want: FxHashMap<String, u32> = FxHashMap::default();
        assert_eq!(t.get("der"), None);
        for (k, w) in words.iter().enumerate() {
            let bits = 1u32 << (k % 20);
            t.add(w, bits, usize::MAX);
            *want.entry(w.clone()).or_default() |= bits;
            t.add(w, 1 << 21, usize::MAX);
            *want.entry(w.clone()).or_default() |= 1 << 21;
        }
        for w in &words {
            assert_eq!(t.get(w), want.get(w).copied(), "{w:?}");
        }
        assert_eq!(t.get("abcX"), want.get("abcX").copied());
        assert_eq!(t.get("zzz"), None);
        assert_eq!(t.get("abcdefghijklmnopqrstuvwxyzabc"), None);
        // at the limit the table starts again: the older forms are gone,
        // the new one is kept
        let mut t = FormTable::new();
        for w in &words[..10] {
            t.add(w, 1, 10);
        }
        t.add("neu", 2, 10);
        assert_eq!(t.get("neu"), Some(2));
        assert_eq!(t.get(&words[0]), None);
    }

    /// Issue #9: the packed comparison of `is_determiner` answers as the
    /// lower-casing and string comparison it replaces, on every determiner
    /// in several cases and on near misses.
    #[test]
    fn issue_9_packed_determiners_equal_the_words() {
        // the list as `is_determiner` read it before (lower-cased, compared)
        const WORDS: [&str; 16] = [
            "der", "die", "das", "des", "dem", "den", "dieser", "diese", "dieses", "diesem",
            "diesen", "jener", "jene", "jenem", "jenen", "jenes",
        ];
        let old = |w: &str| with_lower(w, |l| WORDS.contains(&l));
        let near = [
            "dies", "je", "d", "", "deren", "dessen", "jenseits", "diesemal", "Dér", "dıe",
            "de\u{0}", "der\u{0}", "dİe", "Ja",
        ];
        let base = WORDS.iter().chain(&near).copied();
        let mut n = 0;
        for b in base {
            for w in [
                b.to_string(),
                b.to_uppercase(),
                b.chars()
                    .enumerate()
                    .map(|(i, c)| if i == 0 { c.to_ascii_uppercase() } else { c })
                    .collect(),
                format!("{b}n"),
                b.chars().skip(1).collect(),
                b.replace('e', "\u{212A}"),
            ] {
                assert_eq!(is_determiner(&w), old(&w), "{w:?}");
                n += usize::from(old(&w));
            }
        }
        assert!(n >= 16 * 3);
    }

    /// Issue 9: the one-pass white-space tests answer as the `str` searches
    /// they replace.
    #[test]
    fn white_space_scans_match_str_searches_issue_9() {
        for s in [
            "",
            " ",
            "  ",
            "Vereinigte Staaten",
            "Vereinigte  Staaten",
            "Vereinigte\nStaaten",
            "Vereinigte \tStaaten",
            "Vereinigte\r\nStaaten",
            "Vereinigte\u{a0}Staaten",
            "Côte d’Ivoire",
            "São  Tomé",
            "a\u{2009}b",
            "x ",
            " x",
            "x  ",
        ] {
            let old_break = s.contains(['\n', '\t', '\r']) || s.contains("  ");
            assert_eq!(has_break_or_double_space(s), old_break, "{s:?}");
            let old_plain = !s.contains("  ") && !s.chars().any(|c| c != ' ' && c.is_whitespace());
            assert_eq!(single_spaced(s), old_plain, "{s:?}");
        }
    }

    /// Facts remembered per word form carry over to the next document; a
    /// gazetteer match, which depends on the following words, does not.
    #[test]
    fn form_facts_carry_over_but_gazetteer_matches_do_not() {
        let doc = |t: &str| Analysis::new(lagebild_core::Document::new(t.to_string()));
        let at = |w: &Words, s: &str| (0..w.len()).find(|&k| w.s(k) == s).expect("token");
        let a = doc("Der Botschafter reiste nach New York.");
        let w = Words::new(&a);
        let new = at(&w, "New");
        assert_eq!(
            crate::mentions::gazetteer_at(&w, new).map(|(e, p)| (e, p.canonical)),
            Some((new + 2, "New York"))
        );
        assert!(w.is_role(at(&w, "Botschafter")));
        let b = doc("Die Botschafter lobten den New Deal.");
        let w = Words::new(&b);
        assert!(w.is_role(at(&w, "Botschafter")));
        assert!(crate::mentions::gazetteer_at(&w, at(&w, "New")).is_none());
    }

    /// Cached facts answer like the look-ups, and a fact computed while
    /// another one of the same token is being computed is kept.
    #[test]
    fn memoised_facts_match_the_lexicons() {
        let a = Analysis::new(lagebild_core::Document::new(
            "Die Ministerin traf in Berlin den französischen Botschafter.".to_string(),
        ));
        let w = Words::new(&a);
        for i in 0..w.len() {
            for _ in 0..2 {
                assert_eq!(
                    w.is_role(i),
                    roles::role_noun(w.s(i)).is_some(),
                    "{}",
                    w.s(i)
                );
                assert_eq!(
                    w.is_place(i),
                    countries::place(w.s(i)).is_some(),
                    "{}",
                    w.s(i)
                );
                assert_eq!(w.adjective(i), countries::adjective(w.s(i)), "{}", w.s(i));
            }
        }
        // gazetteer matches: computed once, then rebuilt from the cached end
        let w2 = Words::new(&a);
        let first: Vec<_> = (0..w2.len())
            .map(|i| crate::mentions::gazetteer_at(&w2, i))
            .collect();
        let again: Vec<_> = (0..w2.len())
            .map(|i| crate::mentions::gazetteer_at(&w2, i))
            .collect();
        assert_eq!(first, again);
        let berlin = (0..w2.len()).find(|&k| w2.s(k) == "Berlin").expect("token");
        assert_eq!(
            first[berlin].map(|(e, p)| (e, p.canonical)),
            Some((berlin + 1, "Berlin"))
        );
        // a fresh view, nothing cached yet
        let w = Words::new(&a);
        let k = (0..w.len())
            .find(|&k| w.s(k) == "Botschafter")
            .expect("token");
        // nested: NameLike's computation caches Role first
        let nested = w.memo(k, Fact::NameLike, |_| !w.is_role(k));
        assert!(!nested);
        assert!(w.is_role(k));
        assert!(!w.memo(k, Fact::NameLike, |_| true), "cached value kept");
    }

    /// The allocation-free lower-casing answers as `to_lowercase` did.
    #[test]
    fn closed_word_classes_ignore_case_like_to_lowercase() {
        let table: &[(&str, bool, bool, bool)] = &[
            // word, determiner, indefinite, preposition
            ("der", true, false, false),
            ("Der", true, false, false),
            ("DIESEM", true, false, false),
            ("JeNeS", true, false, false),
            ("Eine", false, true, false),
            ("KEINES", false, true, false),
            ("Über", false, false, true),
            ("ÜBER", false, false, true),
            ("Außerhalb", false, false, true),
            ("GEGENÜBER", false, false, true),
            ("Gemäß", false, false, true),
            // capital sharp s lower-cases to "ß" (one byte shorter)
            ("GEMÄẞ", false, false, true),
            ("AUẞERHALB", false, false, true),
            ("Außerhalbe", false, false, false),
            ("Dieses", true, false, false),
            ("Dänemark", false, false, false),
            ("dero", false, false, false),
            // non-ASCII takes the full path: KELVIN SIGN lower-cases to "k"
            ("\u{212A}EINE", false, true, false),
            ("Dies", false, false, false),
            ("", false, false, false),
            ("Σ", false, false, false),
            ("İn", false, false, false),
            ("Donaudampfschifffahrtsgesellschaft", false, false, false),
            ("ÜÜÜÜÜÜÜÜÜÜÜÜÜÜÜÜÜÜÜÜÜÜÜÜÜ", false, false, false),
        ];
        for &(w, det, ind, pre) in table {
            assert_eq!(is_determiner(w), det, "{w}");
            assert_eq!(is_indefinite(w), ind, "{w}");
            assert_eq!(is_preposition(w), pre, "{w}");
        }
    }
}
