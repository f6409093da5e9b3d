//! A per-document view of the tokens for the rules: lower-cased forms (spans
//! of the document's lower-cased text, `lagebild_core::LowerText`, which the
//! time stage made; else one buffer of the view's own — no allocation per
//! token), closed-class flags, quotation membership and clause boundaries.

use crate::forms::{self, FormTable};
use crate::words::{ADV, COORD, DET, FUNC, PREP, PRON, SUBORD};
use lagebild_core::{Analysis, LowerText, QuoteMarks, Span, Token, TokenKind};
use lagebild_lexicon::verbs::{Mood, SpeechForm, VerbLexicon};
use std::borrow::Cow;

pub struct View<'a> {
    pub text: &'a str,
    pub toks: &'a [Token],
    pub marks: Vec<QuoteMarks>,
    /// The lower-cased token texts: the document's lower-cased text
    /// (`LowerText`, byte-aligned with `text`) when it was made, else one
    /// buffer of the tokens' own.
    lower: Cow<'a, str>,
    /// Per token: its lower-cased text's place in `lower` (its span when the
    /// text is shared).
    low: Vec<(u32, u32)>,
    pub fl: Vec<u16>,
    /// 1 + index into `marks` of the outer quotation the token lies in (0: none).
    pub qin: Vec<u32>,
    /// 1 + index into `marks` of the pair this token opens or closes (0: none).
    pub qmark: Vec<u32>,
    /// Token lies inside a short parenthesis (brackets included).
    pub paren: Vec<bool>,
    /// Token index of each outer pair's opening and closing mark.
    pub open_tok: Vec<usize>,
    pub close_tok: Vec<Option<usize>>,
    pub lex: &'static VerbLexicon,
    /// Per token: [`WORD`], [`CAP`], [`LOWER`] and [`BOUNDARY`] bits, the
    /// tests the rules make most often, computed once.
    cls: Vec<u8>,
    /// Per token, its facts from the form table ([`crate::forms`]): the
    /// [`KW_KOMMEN`] … bits of the few words the cue rules look for in every
    /// token of a clause, whether it has speech-verb readings (the few words
    /// that have are looked up again) and its mood (issue #9).
    facts: Vec<u32>,
}

/// Bits of [`View::kw`], a word's lower-cased text being one of: a form of
/// "kommen" ("kam zum Schluss"); "heißt"/"hieß" (also spelt with "ss");
/// "geheißen"; "hören"; "es"; a negation ("nicht", "weder", "nie",
/// "niemals", "keine", "kein"); "niemand"; "weder"; a source word.
pub const KW_KOMMEN: u16 = 1;
pub const KW_HEISST: u16 = 2;
pub const KW_GEHEISSEN: u16 = 4;
pub const KW_HOEREN: u16 = 8;
pub const KW_ES: u16 = 16;
pub const KW_NEG: u16 = 32;
pub const KW_NIEMAND: u16 = 64;
pub const KW_WEDER: u16 = 128;
/// A word that can open a source phrase: "laut", "gemäß", "nach", "demnach",
/// "danach", "zufolge" (the tagger's per-token source scan skips all others).
pub const KW_SOURCE: u16 = 256;

/// Every word with [`View::kw`] bits, and its bits.
pub const KEYWORDS: &[(&str, u16)] = &[
    ("kam", KW_KOMMEN),
    ("kamen", KW_KOMMEN),
    ("kommt", KW_KOMMEN),
    ("kommen", KW_KOMMEN),
    ("komme", KW_KOMMEN),
    ("käme", KW_KOMMEN),
    ("kämen", KW_KOMMEN),
    ("gekommen", KW_KOMMEN),
    ("heißt", KW_HEISST),
    ("hieß", KW_HEISST),
    ("hiess", KW_HEISST),
    ("heisst", KW_HEISST),
    ("geheißen", KW_GEHEISSEN),
    ("hören", KW_HOEREN),
    ("es", KW_ES),
    ("weder", KW_NEG | KW_WEDER),
    ("nicht", KW_NEG),
    ("nie", KW_NEG),
    ("niemals", KW_NEG),
    ("keine", KW_NEG),
    ("kein", KW_NEG),
    ("niemand", KW_NIEMAND),
    ("laut", KW_SOURCE),
    ("gemäß", KW_SOURCE),
    ("nach", KW_SOURCE),
    ("demnach", KW_SOURCE),
    ("danach", KW_SOURCE),
    ("zufolge", KW_SOURCE),
];

/// The [`View::kw`] bits of a lower-cased token text (the views read them
/// from the [`FormTable`]).
pub fn keyword_bits(lo: &str) -> u16 {
    KEYWORDS
        .iter()
        .find(|&&(w, _)| w == lo)
        .map_or(0, |&(_, b)| b)
}

/// Bits of [`View::cls`]: a word or abbreviation; one that starts with an
/// upper-case / lower-case letter; a clause boundary ([`View::is_boundary`]).
const WORD: u8 = 1;
const CAP: u8 = 2;
const LOWER: u8 = 4;
const BOUNDARY: u8 = 8;

/// The facts of a token text: from the one-probe table when the view's
/// lexicon is the one it was built from, else asked of each table.
#[inline]
fn facts(table: Option<&FormTable>, lex: &VerbLexicon, lower: &str) -> u32 {
    match table {
        Some(t) => t.facts(lower),
        None => forms::facts_of(lower, lex),
    }
}

/// The [`View::fl`] flags of a token of `kind` with `facts` (words and
/// abbreviations only).
#[inline]
fn flags_of(kind: TokenKind, facts: u32) -> u16 {
    if kind == TokenKind::Word || kind == TokenKind::Abbrev {
        (facts & forms::FLAGS) as u16
    } else {
        0
    }
}

impl<'a> View<'a> {
    pub fn new(a: &'a Analysis, lex: &'static VerbLexicon) -> View<'a> {
        let text = a.doc.text.as_str();
        let toks = a.tokens.as_slice();
        let mut fl = Vec::with_capacity(toks.len());
        let mut low = Vec::with_capacity(toks.len());
        let mut fs = Vec::with_capacity(toks.len());
        let table = FormTable::for_lexicon(lex);
        // one probe of the form table per token (issue #9)
        let mut push = |kind: TokenKind, lower: &str| {
            let f = facts(table, lex, lower);
            fl.push(flags_of(kind, f));
            fs.push(f);
        };
        let shared = LowerText::get(a).filter(|l| l.len() <= u32::MAX as usize);
        let lower = if let Some(lt) = shared {
            for t in toks {
                let (s, e) = (t.span.start as u32, t.span.end as u32);
                low.push((s, e));
                push(t.kind, lt.get(t.span.start..t.span.end).unwrap_or(""));
            }
            Cow::Borrowed(lt)
        } else {
            let mut lowbuf = String::with_capacity(a.doc.body.len() + 16);
            for t in toks {
                let s = t.span.of(text);
                let st = lowbuf.len();
                if s.is_ascii() {
                    lowbuf.push_str(s);
                    lowbuf[st..].make_ascii_lowercase();
                } else {
                    for c in s.chars() {
                        if c.is_ascii() {
                            lowbuf.push(c.to_ascii_lowercase());
                        } else {
                            lowbuf.extend(c.to_lowercase());
                        }
                    }
                }
                low.push((st as u32, lowbuf.len() as u32));
                push(t.kind, &lowbuf[st..]);
            }
            Cow::Owned(lowbuf)
        };
        // outer quotations only; nested marks are part of the outer quote
        let mut marks: Vec<QuoteMarks> = a
            .quote_marks
            .iter()
            .filter(|q| q.depth == 0 && q.inner.end >= q.inner.start)
            .copied()
            .collect();
        marks.sort_by_key(|q| q.open.start);
        let mut qin = vec![0u32; toks.len()];
        let mut qmark = vec![0u32; toks.len()];
        let mut open_tok = vec![0; marks.len()];
        let mut close_tok = vec![None; marks.len()];
        for (qi, q) in marks.iter().enumerate() {
            let end = q.close.map_or(q.inner.end, |c| c.end);
            let from = toks.partition_point(|t| t.span.start < q.open.start);
            let mut i = from;
            while i < toks.len() && toks[i].span.start < end {
                if toks[i].span == q.open || Some(toks[i].span) == q.close {
                    qmark[i] = qi as u32 + 1;
                    if toks[i].span == q.open {
                        open_tok[qi] = i;
                    } else {
                        close_tok[qi] = Some(i);
                    }
                } else if qin[i] == 0 {
                    qin[i] = qi as u32 + 1;
                }
                i += 1;
            }
        }
        let mut paren = vec![false; toks.len()];
        let mut i = 0;
        while i < toks.len() {
            if toks[i].span.of(text) == "(" && qin[i] == 0 {
                let mut k = i + 1;
                while k < toks.len() && k < i + 40 && !matches!(toks[k].span.of(text), ")" | "(") {
                    k += 1;
                }
                if k < toks.len()
                    && toks[k].span.of(text) == ")"
                    && !text[toks[i].span.end..toks[k].span.start].contains("\n")
                {
                    for p in paren.iter_mut().take(k + 1).skip(i) {
                        *p = true;
                    }
                    i = k + 1;
                    continue;
                }
            }
            i += 1;
        }
        let cls = toks
            .iter()
            .enumerate()
            .map(|(i, t)| {
                let s = t.span.of(text);
                let mut c = 0;
                if matches!(t.kind, TokenKind::Word | TokenKind::Abbrev) {
                    c |= WORD;
                    match s.chars().next() {
                        Some(f) if f.is_uppercase() => c |= CAP,
                        Some(f) if f.is_lowercase() => c |= LOWER,
                        _ => {}
                    }
                }
                let boundary = if paren[i] {
                    false
                } else if qmark[i] != 0 {
                    true
                } else if qin[i] != 0 {
                    false
                } else {
                    (t.kind == TokenKind::Punct || t.kind == TokenKind::QuoteMark)
                        && matches!(
                            s,
                            "," | ";"
                                | ":"
                                | "("
                                | ")"
                                | "–"
                                | "—"
                                | "-"
                                | "."
                                | "!"
                                | "?"
                                | "["
                                | "]"
                        )
                };
                if boundary {
                    c |= BOUNDARY;
                }
                c
            })
            .collect();
        View {
            facts: fs,
            cls,
            paren,
            text,
            toks,
            marks,
            lower,
            low,
            fl,
            qin,
            qmark,
            open_tok,
            close_tok,
            lex,
        }
    }

    /// [`VerbLexicon::speech_forms`] of the lower-cased token `i`.
    #[inline]
    pub fn forms(&self, i: usize) -> &'static [SpeechForm] {
        match self.facts.get(i) {
            None => self.lex.speech_forms(""),
            Some(&f) if f & forms::HAS_FORMS != 0 => self.lex.speech_forms(self.lo(i)),
            Some(_) => &[],
        }
    }

    /// [`VerbLexicon::mood`] of the lower-cased token `i`.
    #[inline]
    pub fn mood(&self, i: usize) -> Option<Mood> {
        match self.facts.get(i) {
            None => self.lex.mood(""),
            Some(&f) => forms::mood_of(f),
        }
    }

    #[inline]
    pub fn n(&self) -> usize {
        self.toks.len()
    }
    #[inline]
    pub fn w(&self, i: usize) -> &'a str {
        self.toks.get(i).map_or("", |t| t.span.of(self.text))
    }
    #[inline]
    pub fn lo(&self, i: usize) -> &str {
        let Some(&(a, b)) = self.low.get(i) else {
            return "";
        };
        self.lower.get(a as usize..b as usize).unwrap_or("")
    }
    /// The bytes of [`View::lo`] without its char-boundary checks: for
    /// comparing with whole words (a slice of valid UTF-8 that is not cut at
    /// char boundaries never equals a non-empty word; issue #9).
    #[inline]
    pub fn lo_bytes(&self, i: usize) -> &[u8] {
        let Some(&(a, b)) = self.low.get(i) else {
            return b"";
        };
        self.lower
            .as_bytes()
            .get(a as usize..b as usize)
            .unwrap_or(b"")
    }
    /// Is the lower-cased token `i` the non-empty word `s` (`lo(i) == s`)?
    #[inline]
    pub fn lo_is(&self, i: usize, s: &str) -> bool {
        self.lo_bytes(i) == s.as_bytes()
    }
    #[inline]
    pub fn is_word(&self, i: usize) -> bool {
        // Out of range is "no word": rules look one token ahead of a cue
        // that may end the text (regression: perf-findings S3).
        self.cls.get(i).is_some_and(|&c| c & WORD != 0)
    }
    #[inline]
    pub fn is_cap(&self, i: usize) -> bool {
        self.cls.get(i).is_some_and(|&c| c & CAP != 0)
    }
    #[inline]
    pub fn is_lower_word(&self, i: usize) -> bool {
        self.cls.get(i).is_some_and(|&c| c & LOWER != 0)
    }
    #[inline]
    pub fn has(&self, i: usize, f: u16) -> bool {
        self.fl.get(i).is_some_and(|&x| x & f != 0)
    }
    #[inline]
    pub fn is(&self, i: usize, s: &str) -> bool {
        // bytes: no char-boundary checks (issue #9)
        self.toks
            .get(i)
            .and_then(|t| self.text.as_bytes().get(t.span.start..t.span.end))
            .unwrap_or(b"")
            == s.as_bytes()
    }
    #[inline]
    pub fn in_quote(&self, i: usize) -> bool {
        self.qin.get(i).is_some_and(|&x| x != 0) || self.qmark.get(i).is_some_and(|&x| x != 0)
    }
    /// Does token `i` have one of the [`View::kw`] bits `bits` (its
    /// lower-cased text is one of the words they stand for)?
    #[inline]
    pub fn kw(&self, i: usize, bits: u16) -> bool {
        self.kw_bits(i) & bits != 0
    }
    /// All [`View::kw`] bits of token `i` (0 out of range).
    #[inline]
    pub fn kw_bits(&self, i: usize) -> u16 {
        self.facts
            .get(i)
            .map_or(0, |&f| (f >> forms::KW_SHIFT) as u16 & forms::KW_MASK)
    }
    /// Is token `i` a clause boundary (outside quotations)?
    #[inline]
    pub fn is_boundary(&self, i: usize) -> bool {
        self.cls.get(i).is_some_and(|&c| c & BOUNDARY != 0)
    }
    /// A form that is a Konjunktiv I (or, with `kj2`, Konjunktiv II) verb in context.
    pub fn is_subjunctive(&self, i: usize, kj2: bool) -> bool {
        if !self.is_lower_word(i) {
            return false;
        }
        // the 1st person singular indicative equals the 3rd person Konjunktiv I
        // ("ich habe", "glaube ich"): in an interview that is no report
        let first_person = |k: usize| k < self.n() && self.lo(k) == "ich";
        match self.mood(i) {
            Some(Mood::Kj1) => {
                self.lo(i) == "sei" || !(first_person(i + 1) || i > 0 && first_person(i - 1))
            }
            // Konjunktiv II stands in for Konjunktiv I where that equals the
            // indicative: the plural forms (sie hätten, wären, würden) and "hätte"
            // (and every plural Konjunktiv II: the plural Konjunktiv I equals
            // the indicative, "sie befänden sich" stands in for "befinden")
            Some(Mood::Kj2) => {
                kj2 && (self.lo(i).ends_with("en") && self.lo(i) != "wären"
                    || matches!(
                        self.lo(i),
                        "hätten"
                            | "wären"
                            | "würden"
                            | "hätte"
                            | "würde"
                            | "gäbe"
                            | "käme"
                            | "kämen"
                            | "gingen"
                            | "müssten"
                            | "könnten"
                            | "dürften"
                    ))
            }
            Some(Mood::Kj1Ambiguous) => {
                self.fl[i] == 0
                    && i + 1 < self.n()
                    && self.is_word(i + 1)
                    && (matches!(self.lo(i + 1), "sich" | "es" | "man" | "er" | "sie")
                        || self.has(i + 1, DET))
            }
            None => false,
        }
    }
    /// Lower-case word that can be an adjective inside a noun phrase.
    pub fn adj_like(&self, i: usize) -> bool {
        if self.toks[i].kind == TokenKind::Number || self.toks[i].kind == TokenKind::Ordinal {
            return true;
        }
        if !self.is_lower_word(i) || self.fl[i] & (PREP | SUBORD | COORD | FUNC | PRON) != 0 {
            return false;
        }
        let l = self.lo(i);
        (l.ends_with('e')
            || l.ends_with("en")
            || l.ends_with("er")
            || l.ends_with("es")
            || l.ends_with("em"))
            && self.forms(i).is_empty()
            && self.mood(i).is_none()
    }
    /// A capitalised word that can be (part of) a noun or a name, or a
    /// nominalised number compound ("der 81-Jährige", "der 81-jährige").
    pub fn noun_like(&self, i: usize) -> bool {
        if i >= self.n() {
            return false;
        }
        if self.is_cap(i) {
            return self.fl[i] & (PREP | SUBORD | COORD | FUNC | ADV | DET | PRON) == 0;
        }
        let w = self.w(i);
        // "ai-Bericht", "e-Mail": a lower-case prefix before a capitalised noun
        let capital_head = w
            .rsplit('-')
            .next()
            .is_some_and(|h| h.len() < w.len() && h.starts_with(char::is_uppercase));
        self.toks[i].kind == TokenKind::Word
            && (capital_head
                || (w.starts_with(|c: char| c.is_ascii_digit())
                    && w.contains('-')
                    && w.ends_with(|c: char| c.is_alphabetic())))
    }
    pub fn span(&self, a: usize, b: usize) -> Span {
        if a >= b || b > self.n() {
            return Span::new(0, 0);
        }
        Span::new(self.toks[a].span.start, self.toks[b - 1].span.end)
    }
    /// Parses a noun phrase starting at `i` (not past `end`); returns its end.
    pub fn np(&self, i: usize, end: usize) -> Option<usize> {
        if i >= end || self.in_quote(i) && self.qmark[i] == 0 {
            return None;
        }
        if self.has(i, PRON) && !self.has(i, DET) {
            return Some(i + 1);
        }
        if self.has(i, PRON) && self.has(i, DET) {
            // "diese", "dieser": a pronoun unless a noun follows
            if !(i + 1 < end && (self.noun_like(i + 1) || self.adj_like(i + 1))) {
                return Some(i + 1);
            }
        }
        let mut j = i;
        if self.has(j, DET) {
            j += 1;
        }
        // an extended attribute: "einer am Dienstag veröffentlichten Mitteilung"
        if j > i && j < end && self.has(j, PREP) {
            if let Some(k) = (j + 1..end.min(j + 7)).find(|&k| {
                self.adj_like(k) && k + 1 < end && self.noun_like(k + 1) && self.is_lower_word(k)
            }) {
                if (j..k).all(|m| self.is_word(m) || self.toks[m].kind == TokenKind::Number) {
                    j = k;
                }
            }
        }
        let mut adj = 0;
        while j < end && adj < 5 && self.adj_like(j) {
            j += 1;
            adj += 1;
        }
        let h0 = j;
        let det = j > i;
        while j < end
            && (self.noun_like(j)
                || ((j > h0 || det) && self.qmark[j] != 0 && j + 1 < end && self.is_cap(j + 1)))
        {
            // a quoted name inside the phrase ("der Zeitung „Die Welt“")
            if self.qmark[j] != 0 {
                let qi = self.qmark[j] as usize - 1;
                let close = self.marks[qi].close;
                let mut k = j + 1;
                while k < end && Some(self.toks[k].span) != close {
                    k += 1;
                }
                if k >= end {
                    break;
                }
                j = k + 1;
                continue;
            }
            j += 1;
        }
        if j == h0 {
            return None;
        }
        // post-modifiers: genitive, von/aus/für-phrases, parenthesised abbreviations
        let mut rounds = 0;
        while j < end && rounds < 3 {
            rounds += 1;
            let l = self.lo(j);
            if matches!(
                l,
                "des" | "der" | "eines" | "einer" | "seines" | "seiner" | "ihres" | "ihrer"
            ) {
                if let Some(k) = self.np(j, end) {
                    j = k;
                    continue;
                }
            } else if matches!(
                l,
                "von" | "vom" | "aus" | "für" | "im" | "beim" | "bei" | "in"
            ) {
                if j + 1 < end && (self.noun_like(j + 1) || self.has(j + 1, DET)) {
                    if let Some(k) = self.np(j + 1, end) {
                        // "in"/"im" only for places after a role noun: keep it short
                        if matches!(l, "in" | "im" | "bei" | "beim") && k - j > 3 {
                            break;
                        }
                        j = k;
                        continue;
                    }
                }
            } else if self.is(j, "(") {
                let mut k = j + 1;
                while k < end && k < j + 5 && !self.is(k, ")") {
                    k += 1;
                }
                if k < end && self.is(k, ")") {
                    j = k + 1;
                    continue;
                }
            } else if self.noun_like(j) {
                j += 1;
                continue;
            }
            break;
        }
        Some(j)
    }
    /// Is `i` the token of a word with one of the given lower-case forms?
    #[inline]
    pub fn lo_in(&self, i: usize, set: &[&str]) -> bool {
        // (compared as bytes; the sets hold non-empty words)
        i < self.n() && {
            let b = self.lo_bytes(i);
            set.iter().any(|s| s.as_bytes() == b)
        }
    }
    /// If token `i` opens an outer quotation, that quotation's token range.
    pub fn quote_starting_at(&self, i: usize) -> Option<std::ops::Range<usize>> {
        let q = self.qmark.get(i).copied().filter(|&q| q != 0)? as usize - 1;
        (self.open_tok[q] == i).then_some(())?;
        self.close_tok[q].map(|c| i..c + 1)
    }

    /// If token `i` closes an outer quotation, that quotation's token range.
    pub fn quote_ending_at(&self, i: usize) -> Option<std::ops::Range<usize>> {
        let q = self.qmark.get(i).copied().filter(|&q| q != 0)? as usize - 1;
        (self.close_tok[q] == Some(i)).then(|| self.open_tok[q]..i + 1)
    }
}
