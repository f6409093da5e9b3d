//! Tokens of the body text (our own, independent of the segmenter) and the
//! pattern matcher over them.
//!
//! Only words that have a reading in the lexicon, digit runs and the literals
//! that start a rule can start a match, so the patterns run at a few percent of
//! the positions. Matching is bounded: patterns are short and each optional item
//! at most doubles the (tiny) search.

use crate::rules::{mask_or, Alt, Builtin, Case, Entry, Item, RuleMask, RuleSet, NO_LIT};
use lagebild_core::Span;
use std::borrow::Cow;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Alpha,
    Digit,
    Punct,
}

/// One token, 40 bytes (offsets as `u32`: a body is read up to [`MAX_BODY`]).
#[derive(Debug, Clone)]
pub struct Tok {
    /// Index of the token's rule masks in [`Toks::masks`]: tokens without
    /// readings share one entry per (kind, literal), so the 64 bytes of masks
    /// are stored once per distinct word rather than once per token.
    masks: u32,
    start: u32,
    end: u32,
    /// Bit `c` set for each class `c < 64` among the readings (any case,
    /// compound or not): a quick "no" before the readings are scanned.
    classes: u64,
    /// [`RuleSet::lit_id`] of the lower-cased text.
    lit: u16,
    /// Digits, or a reading of a class some rule requires.
    strong: bool,
    /// The lower-cased text in [`Toks::lower`]: the token's span where the
    /// document's lower-cased text is shared, else its place in the own
    /// buffer.
    lo_start: u32,
    lo_end: u32,
    /// End of the readings in [`Toks::entries`] (likewise).
    ent_end: u32,
    pub kind: Kind,
    /// No white space between this token and the previous one.
    pub glued: bool,
    pub upper: bool,
    /// A line break lies between this token and the previous one.
    pub newline: bool,
}

impl Tok {
    /// The token's byte span in the text.
    #[inline]
    pub fn span(&self) -> Span {
        Span::new(self.start as usize, self.end as usize)
    }
}

/// Time expressions are looked for in the first GiB of a body: token offsets,
/// lower-cased texts (at most three times as long) and readings are indexed
/// by `u32`.
pub const MAX_BODY: usize = 1 << 30;

/// The tokens of one text with their lower-cased forms and readings.
#[derive(Debug, Default)]
pub struct Toks<'a> {
    pub toks: Vec<Tok>,
    /// The lower-cased texts: the document's (byte-aligned with the text,
    /// `lagebild_core::LowerText`) or one buffer of the tokens' own.
    lower: Cow<'a, str>,
    entries: Vec<Entry>,
    /// Per distinct mask pair: the rules indexed under a token
    /// ([`Matcher::candidates`]) and the rules whose first required item may
    /// match it.
    masks: Vec<Masks>,
}

/// The rule masks of a token ([`Tok::masks`]).
#[derive(Debug, Clone, Default)]
struct Masks {
    cands: RuleMask,
    req: RuleMask,
    /// The rules whose key item may match the token.
    key: RuleMask,
}

/// The token kind of an ASCII byte (`None`: white space), as
/// [`char_kind`] classifies it.
#[inline]
fn ascii_kind(b: u8) -> Option<Kind> {
    match b {
        b'\t'..=b'\r' | b' ' => None,
        b'0'..=b'9' => Some(Kind::Digit),
        b'a'..=b'z' | b'A'..=b'Z' => Some(Kind::Alpha),
        _ => Some(Kind::Punct),
    }
}

/// Per ASCII byte: [`ascii_kind`] is `Some(Kind::Alpha)`.
const ASCII_ALPHA: [bool; 128] = ascii_table(Kind::Alpha);
/// Per ASCII byte: [`ascii_kind`] is `Some(Kind::Digit)`.
const ASCII_DIGIT: [bool; 128] = ascii_table(Kind::Digit);

const fn ascii_table(k: Kind) -> [bool; 128] {
    let mut t = [false; 128];
    let mut b = 0;
    while b < 128 {
        t[b] = matches!(
            (k, b as u8),
            (Kind::Alpha, b'a'..=b'z' | b'A'..=b'Z') | (Kind::Digit, b'0'..=b'9')
        );
        b += 1;
    }
    t
}

/// The character at byte `off` of `s` (a char boundary), its token kind and
/// its length in bytes; ASCII is classified from the byte.
#[inline]
fn char_at(s: &str, off: usize) -> Option<(char, Option<Kind>, usize)> {
    let b = *s.as_bytes().get(off)?;
    if b < 0x80 {
        return Some((char::from(b), ascii_kind(b), 1));
    }
    let c = s.get(off..)?.chars().next()?;
    Some((c, char_kind(c), c.len_utf8()))
}

/// The token kind of a character (`None`: white space).
fn char_kind(c: char) -> Option<Kind> {
    if c.is_whitespace() {
        None
    } else if c.is_ascii_digit() {
        Some(Kind::Digit)
    } else if lagebild_core::ascii::is_alphabetic(c) {
        Some(Kind::Alpha)
    } else {
        Some(Kind::Punct)
    }
}

/// Appends `c` lower-cased as `char::to_lowercase` does; the upper-case
/// letters of Latin-1 (À–Þ without ×) map one to one, 32 code points on.
#[inline]
fn push_lower(out: &mut String, c: char) {
    match c {
        'A'..='Z' | '\u{c0}'..='\u{d6}' | '\u{d8}'..='\u{de}' => {
            out.push(char::from_u32(c as u32 + 32).unwrap_or(c))
        }
        c if c.is_ascii() || ('\u{df}'..='\u{ff}').contains(&c) => out.push(c),
        c => out.extend(c.to_lowercase()),
    }
}

/// Whether the first character of `w` is upper-case (ASCII decided from
/// the byte).
#[inline]
fn first_is_upper(w: &str) -> bool {
    match w.as_bytes().first() {
        Some(b) if b.is_ascii() => b.is_ascii_uppercase(),
        _ => w.chars().next().is_some_and(char::is_uppercase),
    }
}

impl<'a> Toks<'a> {
    #[inline]
    pub fn lower(&self, i: usize) -> &str {
        let t = &self.toks[i];
        self.lower
            .get(t.lo_start as usize..t.lo_end as usize)
            .unwrap_or("")
    }
    pub fn entries(&self, i: usize) -> &[Entry] {
        let a = if i == 0 { 0 } else { self.toks[i - 1].ent_end };
        &self.entries[a as usize..self.toks[i].ent_end as usize]
    }
    pub fn len(&self) -> usize {
        self.toks.len()
    }

    /// False when token `i` certainly has no reading of `class`.
    #[inline]
    fn may_have(&self, i: usize, class: u16) -> bool {
        class >= 64 || self.toks[i].classes >> class & 1 == 1
    }

    /// Splits `text[span]` into letter runs, digit runs and single other
    /// characters; white space separates tokens. `lowered` is the text
    /// lower-cased and byte-aligned with it (`lagebild_core::LowerText`),
    /// when known; otherwise each token is lower-cased into a buffer.
    pub fn new(text: &str, lowered: Option<&'a str>, span: Span, rules: &RuleSet) -> Toks<'a> {
        let mut t = Toks::default();
        let lowered = lowered.filter(|l| l.len() == text.len());
        let mut end = span.end.min(span.start.saturating_add(MAX_BODY));
        while end > span.start && !text.is_char_boundary(end) {
            end -= 1;
        }
        let span = Span::new(span.start, end);
        if span.end > u32::MAX as usize {
            return t;
        }
        let Some(body) = text.get(span.start..span.end) else {
            return t;
        };
        let mut glued = false;
        let mut newline = false;
        // (room for a typical article at once: growing these from empty
        // reallocated each several times per document)
        t.toks.reserve(body.len() / 5);
        t.masks.reserve(64);
        t.entries.reserve(32 + body.len() / 32);
        match lowered {
            Some(l) => t.lower = Cow::Borrowed(l),
            None => t.lower.to_mut().reserve(body.len()),
        }
        // the mask index of a token without readings, per kind and literal
        // (`u32::MAX`: not made yet); index 0..3 are the kinds without a literal
        let mut shared: Vec<u32> = vec![u32::MAX; (rules.lit_masks.len() + 1) * 3];
        let kind_no = |k: Kind| match k {
            Kind::Alpha => 0usize,
            Kind::Digit => 1,
            Kind::Punct => 2,
        };
        let mut flush = |t: &mut Toks, s: usize, e: usize, k: Kind, g: bool, nl: bool| {
            let word = &text[s..e];
            let (la, lb) = if lowered.is_some() {
                (s as u32, e as u32)
            } else {
                let buf = t.lower.to_mut();
                let la = buf.len() as u32;
                if word.is_ascii() {
                    buf.push_str(word);
                    buf[la as usize..].make_ascii_lowercase();
                } else {
                    for c in word.chars() {
                        push_lower(buf, c);
                    }
                }
                (la, buf.len() as u32)
            };
            let lower = t.lower.get(la as usize..lb as usize).unwrap_or("");
            let mut classes = 0u64;
            let mut strong = k == Kind::Digit;
            let e0 = t.entries.len();
            let lit = rules.lookup_form(lower, k == Kind::Digit, &mut t.entries);
            let e0_end = t.entries.len();
            // tokens without readings share their masks per (kind, literal)
            let key = (e0_end == e0).then(|| {
                let l = if lit == NO_LIT { 0 } else { lit as usize + 1 };
                l * 3 + kind_no(k)
            });
            let known = key.and_then(|key| shared.get(key).copied().filter(|&m| m != u32::MAX));
            for e in &t.entries[e0..] {
                if e.class < 64 {
                    classes |= 1 << e.class;
                }
                strong |= rules.strong[e.class as usize];
            }
            let masks = match known {
                Some(m) => m,
                None => {
                    // (the 128 bytes of masks only for a token whose entry
                    // is new)
                    let mut cands = match k {
                        Kind::Digit => rules.digit_mask,
                        Kind::Punct => rules.punct_mask,
                        Kind::Alpha => RuleMask::default(),
                    };
                    let (mut req, mut keyed) = if k == Kind::Digit {
                        (rules.req_digit_mask, rules.key_digit_mask)
                    } else {
                        (RuleMask::default(), RuleMask::default())
                    };
                    if lit != NO_LIT {
                        mask_or(&mut cands, &rules.lit_masks[lit as usize]);
                        mask_or(&mut req, &rules.req_lit_masks[lit as usize]);
                        mask_or(&mut keyed, &rules.key_lit_masks[lit as usize]);
                    }
                    for e in &t.entries[e0..] {
                        mask_or(&mut cands, &rules.class_masks[e.class as usize]);
                        mask_or(&mut req, &rules.req_class_masks[e.class as usize]);
                        mask_or(&mut keyed, &rules.key_class_masks[e.class as usize]);
                    }
                    let m = t.masks.len() as u32;
                    t.masks.push(Masks {
                        cands,
                        req,
                        key: keyed,
                    });
                    if let Some(key) = key {
                        if shared.len() <= key {
                            shared.resize(key + 1, u32::MAX);
                        }
                        shared[key] = m;
                    }
                    m
                }
            };
            let eb = t.entries.len() as u32;
            t.toks.push(Tok {
                masks,
                start: s as u32,
                end: e as u32,
                classes,
                lit,
                strong,
                kind: k,
                glued: g,
                lo_start: la,
                lo_end: lb,
                ent_end: eb,
                upper: first_is_upper(word),
                newline: nl,
            });
        };
        // one token per run of letters or of digits and per other character
        let bytes = body.as_bytes();
        let mut off = 0;
        while off < bytes.len() {
            // (ASCII classified here, other characters decoded by `char_at`)
            let b = bytes[off];
            let (c, kind, len) = if b < 0x80 {
                (char::from(b), ascii_kind(b), 1)
            } else {
                match char_at(body, off) {
                    Some(x) => x,
                    None => break,
                }
            };
            let start = off;
            off += len;
            let Some(kind) = kind else {
                glued = false;
                newline |= c == '\n';
                continue;
            };
            if kind != Kind::Punct {
                // (ASCII bytes of the run's kind looked up in a table)
                let run = if kind == Kind::Alpha {
                    &ASCII_ALPHA
                } else {
                    &ASCII_DIGIT
                };
                while off < bytes.len() {
                    let b = bytes[off];
                    if b < 0x80 {
                        if !run[usize::from(b)] {
                            break;
                        }
                        off += 1;
                    } else {
                        match char_at(body, off) {
                            Some((_, Some(k), len)) if k == kind => off += len,
                            _ => break,
                        }
                    }
                }
            }
            flush(
                &mut t,
                span.start + start,
                span.start + off,
                kind,
                glued,
                newline,
            );
            glued = true;
            newline = false;
        }
        t
    }

    /// The numeric value of a digit token (at most 9 digits).
    pub fn num(&self, i: usize) -> Option<i64> {
        let tk = self.toks.get(i)?;
        if tk.kind != Kind::Digit || tk.span().len() > 9 {
            return None;
        }
        self.lower(i).parse().ok()
    }

    fn readings(&self, i: usize, class: u16) -> impl Iterator<Item = &Entry> {
        let upper = self.toks[i].upper;
        let es = if self.may_have(i, class) {
            self.entries(i)
        } else {
            &[]
        };
        es.iter().filter(move |e| {
            e.class == class
                && match e.case {
                    Case::Any => true,
                    Case::Lower => !upper,
                    Case::Upper => upper,
                }
        })
    }

    /// True when token `i` has a reading of `class`.
    pub fn has(&self, i: usize, class: u16) -> bool {
        i < self.toks.len() && self.readings(i, class).next().is_some()
    }
}

/// A captured value.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Val {
    Str(&'static str),
    Num(i64),
}

#[derive(Debug, Clone, Copy)]
pub struct Cap {
    pub role: &'static str,
    pub val: Val,
    pub narrative: bool,
    /// Token index of the capture.
    pub tok: usize,
}

/// A complete match of one rule: tokens `start..end` and the captures.
#[derive(Debug, Clone)]
pub struct Match {
    pub rule: usize,
    pub start: usize,
    pub end: usize,
    pub caps: Vec<Cap>,
}

/// The capture role of a class.
pub fn role_of(c: &str) -> &'static str {
    // roles named after classes: a small fixed set of lower-case names
    match c {
        "MONTH" => "month",
        "WEEKDAY" => "weekday",
        "WEEKEND" => "weekend",
        "DIR" => "dir",
        "RELDAY" => "relday",
        "UNIT" => "unit",
        "UNITPL" => "unit",
        "UNITN" => "unit",
        "POD" => "pod",
        "SEASON" => "season",
        "HOLIDAY" => "holiday",
        "NUMW" => "n",
        "FUZZY" => "fuzzy",
        "ORDW" => "ordw",
        "HALF" => "half",
        "MOD" => "mod",
        "BCE" => "bce",
        "CE" => "ce",
        "AGO" => "ago",
        "AFTER" => "after",
        "DURSUF" => "unit",
        "LANG" => "lang",
        "EVERY" => "every",
        "FREQ" => "freq",
        "FREQWD" => "freqwd",
        "VAGUE" => "vague",
        "VAGUEN" => "vague",
        "DECW" => "decw",
        "CENTURY" => "century",
        "MIDNIGHT" => "midnight",
        "YEARW" => "yearw",
        "YEARS" => "years",
        "TIMES" => "times",
        _ => "other",
    }
}

/// Where a matched alternative ends, and what it captures.
type End = (usize, Option<Cap>, Option<Cap>);

pub struct Matcher<'a> {
    pub rules: &'a RuleSet,
    pub toks: &'a Toks<'a>,
}

impl Matcher<'_> {
    /// For each token, whether a token that can carry a match (digits, or a
    /// reading of a class some rule requires) lies within the next few tokens;
    /// elsewhere no rule can match and the matcher skips ahead.
    pub fn near_strong(&self) -> Vec<bool> {
        const WINDOW: usize = 6;
        let t = self.toks;
        let n = t.len();
        let mut out = vec![false; n];
        let mut next: Option<usize> = None;
        for k in (0..n).rev() {
            if t.toks[k].strong {
                next = Some(k);
            }
            out[k] = next.is_some_and(|s| s - k < WINDOW);
        }
        out
    }

    /// Candidate rules that may start at token `i`.
    /// (The union of the rule sets indexed under the token, as a bit set:
    /// in rule order and without duplicates.)
    pub fn candidates(&self, i: usize, out: &mut Vec<usize>) {
        out.clear();
        let rs = self.rules;
        let toks = &self.toks.toks;
        let masks = &self.toks.masks;
        let mut mask = masks[toks[i].masks as usize].cands;
        // keep the rules whose first required item may match within reach
        // (`match_rule` checks exactly; this skips the hopeless ones)
        let mut req = RuleMask::default();
        for (tk, reach) in toks[i..].iter().zip(&rs.reach) {
            for ((r, s), m) in req.iter_mut().zip(&masks[tk.masks as usize].req).zip(reach) {
                *r |= s & m;
            }
        }
        for (m, r) in mask.iter_mut().zip(req) {
            *m &= r;
        }
        // and the rules whose key item may match within its reach (or that
        // have none): `match_rule` tests the survivors exactly
        if mask.iter().any(|&m| m != 0) {
            let mut key = rs.unkeyed;
            for (tk, reach) in toks[i..].iter().zip(&rs.key_reach) {
                for ((r, s), m) in key.iter_mut().zip(&masks[tk.masks as usize].key).zip(reach) {
                    *r |= s & m;
                }
            }
            for (m, k) in mask.iter_mut().zip(key) {
                *m &= k;
            }
        }
        for (w, &bits) in mask.iter().enumerate() {
            let mut b = bits;
            while b != 0 {
                out.push(w * 64 + b.trailing_zeros() as usize);
                b &= b - 1;
            }
        }
    }

    /// All complete matches of rule `ri` starting at token `i` (longest first
    /// is decided by the caller).
    /// `caps` is scratch space (left empty), reused across calls.
    pub fn match_rule(&self, ri: usize, i: usize, caps: &mut Vec<Cap>, out: &mut Vec<Match>) {
        let rule = &self.rules.rules[ri];
        let items = &rule.items;
        // a later required item, rare among tokens, must match within the
        // tokens it can reach (most tries of most rules end here; tested
        // first, as it rules out more)
        if let Some(key) = rule.key {
            let n = self.toks.len();
            let far = (i + key.far).min(n.saturating_sub(1));
            let item = &items[key.item];
            let toks = &self.toks.toks;
            // (the summary first, in line: it rules out nearly every token)
            let may = |p: &usize| {
                let tk = &toks[*p];
                item.quick
                    .may_match(tk.lit, tk.classes, tk.kind == Kind::Digit)
            };
            if !(i + key.near..=far)
                .filter(may)
                .any(|p| self.could_match(item, p))
            {
                return;
            }
        }
        // the first required item must match within reach of the optional
        // items before it, or the rule cannot start here. (When it is the
        // first item, `step` tests it at `i` at once, and `could_match` is
        // implied by every way an alternative matches there: the test would
        // only repeat that work, issue #9.)
        if rule.first_req > 0 {
            let req = &items[rule.first_req];
            let last = (i + rule.first_req).min(self.toks.len().saturating_sub(1));
            if !(i..=last).any(|p| self.could_match(req, p)) {
                return;
            }
        }
        caps.clear();
        self.step(ri, items, 0, i, i, caps, out);
    }

    /// A cheap test whether `item` can match token `p` (ignoring glue and
    /// the conditions of the built-ins beyond "digits").
    fn could_match(&self, item: &Item, p: usize) -> bool {
        let t = self.toks;
        let tk = &t.toks[p];
        if !item
            .quick
            .may_match(tk.lit, tk.classes, tk.kind == Kind::Digit)
        {
            return false;
        }
        item.alts.iter().any(|alt| match *alt {
            Alt::Lit(_, id) => t.toks[p].lit == id,
            Alt::Class(c) => {
                t.may_have(p, c) && t.entries(p).iter().any(|e| e.class == c && !e.compound)
            }
            Alt::Both(a, b) => t.has(p, a) && t.has(p, b),
            Alt::Builtin(_) => t.toks[p].kind == Kind::Digit,
        })
    }

    #[allow(clippy::too_many_arguments)]
    fn step(
        &self,
        ri: usize,
        items: &[Item],
        k: usize,
        pos: usize,
        start: usize,
        caps: &mut Vec<Cap>,
        out: &mut Vec<Match>,
    ) {
        if out.len() > 64 {
            return;
        }
        if k == items.len() {
            if pos > start {
                out.push(Match {
                    rule: ri,
                    start,
                    end: pos,
                    caps: caps.clone(),
                });
            }
            return;
        }
        let item = &items[k];
        let n0 = caps.len();
        // the glue requirement does not apply to the first token of a match
        let glue_ok = !item.glued || (pos < self.toks.len() && self.toks.toks[pos].glued);
        let may = pos < self.toks.len() && {
            let tk = &self.toks.toks[pos];
            item.quick
                .may_match(tk.lit, tk.classes, tk.kind == Kind::Digit)
        };
        if glue_ok && may {
            // Each alternative matches at most one way, and whether it
            // matches does not depend on what the rest of the rule does: so
            // each is followed up at once, in order, with no list of ends.
            for alt in &item.alts {
                if let Some((end, c1, c2)) = self.alt_match(alt, item, pos) {
                    if let Some(c) = c1 {
                        caps.push(c);
                    }
                    if let Some(c) = c2 {
                        caps.push(c);
                    }
                    self.step(ri, items, k + 1, end, start, caps, out);
                    caps.truncate(n0);
                }
            }
        }
        if item.optional {
            self.step(ri, items, k + 1, pos, start, caps, out);
        }
    }

    fn alt_match(&self, alt: &Alt, item: &Item, pos: usize) -> Option<End> {
        let t = &self.toks;
        match *alt {
            Alt::Lit(l, id) => {
                if t.toks[pos].lit == id {
                    let cap = item.role.map(|r| Cap {
                        role: r,
                        val: Val::Str(l),
                        narrative: false,
                        tok: pos,
                    });
                    return Some((pos + 1, cap, None));
                }
            }
            Alt::Class(c) => {
                let role = item.role.unwrap_or_else(|| self.rules.roles[c as usize]);
                for e in t.readings(pos, c).filter(|e| !e.compound) {
                    let mut end = pos + 1;
                    if e.dot {
                        // abbreviations only with their dot ("Jan." not "Jan")
                        if end < t.len() && t.toks[end].glued && t.lower(end) == "." {
                            end += 1;
                        } else {
                            continue;
                        }
                    }
                    return Some((
                        end,
                        Some(Cap {
                            role,
                            val: Val::Str(e.value),
                            narrative: e.narrative,
                            tok: pos,
                        }),
                        None,
                    ));
                }
            }
            Alt::Both(a, b) => {
                let ea = t.readings(pos, a).next();
                let eb = t.readings(pos, b).next();
                if let (Some(ea), Some(eb)) = (ea, eb) {
                    let cap = |c: u16, e: &Entry| Cap {
                        role: self.rules.roles[c as usize],
                        val: Val::Str(e.value),
                        narrative: e.narrative,
                        tok: pos,
                    };
                    return Some((pos + 1, Some(cap(a, ea)), Some(cap(b, eb))));
                }
            }
            Alt::Builtin(b) => {
                let n = t.num(pos)?;
                let default_role = match b {
                    Builtin::Num => "n",
                    Builtin::Ord => "d",
                    Builtin::Year => "y",
                };
                let cap = Cap {
                    role: item.role.unwrap_or(default_role),
                    val: Val::Num(n),
                    narrative: false,
                    tok: pos,
                };
                match b {
                    Builtin::Num => {
                        if t.toks[pos].span().len() <= 4 {
                            return Some((pos + 1, Some(cap), None));
                        }
                    }
                    Builtin::Ord => {
                        if t.toks[pos].span().len() <= 2
                            && pos + 1 < t.len()
                            && t.toks[pos + 1].glued
                            && t.lower(pos + 1) == "."
                        {
                            return Some((pos + 2, Some(cap), None));
                        }
                    }
                    Builtin::Year => {
                        if t.toks[pos].span().len() == 4 && (1000..=2099).contains(&n) {
                            return Some((pos + 1, Some(cap), None));
                        }
                    }
                }
            }
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `own` and, when they are there, the first `take` Wikinews dev texts.
    fn with_wikinews(own: &[&str], take: usize) -> Vec<String> {
        let mut texts: Vec<String> = own.iter().map(|s| s.to_string()).collect();
        let dir = concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../../../shared/eval/wikinews-dev"
        );
        if let Ok(rd) = std::fs::read_dir(dir) {
            let mut files: Vec<_> = rd.filter_map(|e| e.ok().map(|e| e.path())).collect();
            files.sort();
            texts.extend(
                files
                    .iter()
                    .filter(|p| p.extension().is_some_and(|e| e == "txt"))
                    .take(take)
                    .filter_map(|p| std::fs::read_to_string(p).ok()),
            );
        }
        texts
    }

    /// `match_rule` of every rule at every token of `texts` against
    /// `reference` (which fills its matches and returns true, or false to
    /// skip the comparison); the comparisons made and matches found.
    fn compare_every_rule<S: AsRef<str>>(
        rules: &RuleSet,
        texts: &[S],
        reference: impl Fn(&Matcher, usize, usize, &mut Vec<Match>) -> bool,
    ) -> (usize, usize) {
        let (mut tried, mut found) = (0usize, 0usize);
        for text in texts {
            let text = text.as_ref();
            let toks = Toks::new(text, None, Span::new(0, text.len()), rules);
            let m = Matcher { rules, toks: &toks };
            let (mut caps, mut a, mut b) = (Vec::new(), Vec::new(), Vec::new());
            for i in 0..toks.len() {
                for (ri, rule) in rules.rules.iter().enumerate() {
                    a.clear();
                    b.clear();
                    m.match_rule(ri, i, &mut caps, &mut a);
                    if !reference(&m, ri, i, &mut b) {
                        continue;
                    }
                    assert_eq!(format!("{a:?}"), format!("{b:?}"), "{} at {i}", rule.label);
                    tried += 1;
                    found += a.len();
                }
            }
        }
        (tried, found)
    }

    /// Issue #9: `match_rule` skips the reach test of the first required
    /// item when that is the rule's first item (`step` tests it at once);
    /// every rule at every token gives the matches the test-first version
    /// gives, on sentences of time expressions and on the Wikinews dev texts
    /// when they are there.
    #[test]
    fn issue_9_match_rule_without_the_first_item_test_is_the_same() {
        let rules = RuleSet::load().expect("rules");
        let checked = |m: &Matcher, ri: usize, i: usize, out: &mut Vec<Match>| {
            let rule = &m.rules.rules[ri];
            let req = &rule.items[rule.first_req];
            let last = (i + rule.first_req).min(m.toks.len().saturating_sub(1));
            if !(i..=last).any(|p| m.could_match(req, p)) {
                return;
            }
            let mut caps = Vec::new();
            m.step(ri, &rule.items, 0, i, i, &mut caps, out);
        };
        let texts = with_wikinews(
            &[
                "Am Montag, dem 3. März 2014, um 14.30 Uhr traf er seit Jahren erstmals ein.",
                "Vom 1. bis 5. Januar, Mitte der 1990er Jahre, im Frühjahr 2020 und heute Abend.",
                "Die Wahl wurde auf den 15. Dezember vertagt; gestern, vorgestern, vor drei Wochen.",
                "2019 war 20 Prozent von 1.000, am 12.03.2021, am 2. Oktober um 9 Uhr morgens.",
                "Jan. 2020, Anfang Mai, Ende des Jahres, im vergangenen Monat, nächste Woche.",
            ],
            120,
        );
        let (tried, found) = compare_every_rule(&rules, &texts, |m, ri, i, out| {
            checked(m, ri, i, out);
            true
        });
        assert!(tried > 100_000 && found > 100, "{tried} {found}");
    }

    /// Issue #9: `candidates` (with its key item masks) keeps every rule
    /// that matches at a token, on sentences of time expressions and on
    /// Wikinews dev texts when they are there; and it rules out most rules.
    #[test]
    fn issue_9_candidates_keep_every_matching_rule() {
        let rules = RuleSet::load().expect("rules");
        let texts = with_wikinews(
            &[
                "Um 490 v. Chr. und im 3. Jh. v. Chr., in den 1920er Jahren v. Chr. und 1930er-Jahren.",
                "Am Mo., dem 3. Okt. 2014, um 14.30 Uhr; vom 1. bis 5. Jan. 2020 und am 12.03.2021.",
                "Seit drei Jahren, binnen 60 Tagen, vor zwei Wochen, zwei Tage später, alle zwei Wochen.",
                "In der ersten Jahreshälfte 2019, im dritten Quartal, Mitte der 1990er Jahre, 8. Jh.",
            ],
            60,
        );
        let (mut kept, mut all, mut matched) = (0usize, 0usize, 0usize);
        for text in &texts {
            let toks = Toks::new(text, None, Span::new(0, text.len()), &rules);
            let m = Matcher {
                rules: &rules,
                toks: &toks,
            };
            let (mut cands, mut caps, mut out) = (Vec::new(), Vec::new(), Vec::new());
            for i in 0..toks.len() {
                m.candidates(i, &mut cands);
                kept += cands.len();
                all += rules.rules.len();
                for ri in 0..rules.rules.len() {
                    out.clear();
                    m.match_rule(ri, i, &mut caps, &mut out);
                    if !out.is_empty() {
                        matched += 1;
                        assert!(cands.contains(&ri), "{} at {i}", rules.rules[ri].label);
                    }
                }
            }
        }
        assert!(matched > 50 && kept * 20 < all, "{matched} {kept} {all}");
    }

    /// Issue #9: the key item pre-check of `match_rule` ([`Rule::key`]) loses
    /// no match: every rule at every token of time-expression sentences (with
    /// abbreviations and ordinals, whose items take two tokens, and "v. Chr."
    /// at the end of long rules) gives what the plain search gives; and the
    /// rules with many leading optional items have a key.
    #[test]
    fn issue_9_key_item_precheck_loses_no_match() {
        let rules = RuleSet::load().expect("rules");
        let keyed = rules.rules.iter().filter(|r| r.key.is_some()).count();
        assert!(keyed >= 20, "{keyed} rules with a key item");
        for r in &rules.rules {
            if let Some(k) = r.key {
                assert!(k.item > r.first_req && !r.items[k.item].optional);
                assert!(k.near <= k.item && k.item <= k.far);
            }
        }
        let texts = [
            "Um 490 v. Chr. und im 3. Jh. v. Chr., in den 1920er Jahren v. Chr. und 1930er-Jahren.",
            "Am Mo., dem 3. Okt. 2014, um 14.30 Uhr; vom 1. bis 5. Jan. 2020 und am 12.03.2021.",
            "Seit drei Jahren, binnen 60 Tagen, vor zwei Wochen, zwei Tage später, alle zwei Wochen.",
            "In der ersten Jahreshälfte 2019, im dritten Quartal, Mitte der 1990er Jahre, 8. Jh.",
            "Die 1970er, das Jahr 2000, 100 Euro im Monat, 67-jährigen, 154-tägiger, eine halbe Stunde.",
        ];
        let (tried, found) = compare_every_rule(&rules, &texts, |m, ri, i, out| {
            // (the plain search may find what the first-item reach test of
            // `match_rule` ruled out before this change too)
            let rule = &m.rules.rules[ri];
            let first = &rule.items[rule.first_req];
            let last = (i + rule.first_req).min(m.toks.len() - 1);
            if !(i..=last).any(|p| m.could_match(first, p)) {
                return false;
            }
            m.step(ri, &rule.items, 0, i, i, &mut Vec::new(), out);
            true
        });
        assert!(tried > 1_000 && found > 40, "{tried} {found}");
    }

    /// The byte-level fast paths answer as the `char` methods they replace.
    #[test]
    fn fast_paths_agree_with_char_methods() {
        for b in 0..=0x7fu8 {
            assert_eq!(ascii_kind(b), char_kind(char::from(b)), "byte {b:#x}");
            let b = usize::from(b);
            assert_eq!(ASCII_ALPHA[b], ascii_kind(b as u8) == Some(Kind::Alpha));
            assert_eq!(ASCII_DIGIT[b], ascii_kind(b as u8) == Some(Kind::Digit));
        }
        for c in (0..0x3000u32).filter_map(char::from_u32) {
            let mut got = String::new();
            push_lower(&mut got, c);
            assert_eq!(got, c.to_lowercase().collect::<String>(), "{c:?}");
            let w = c.to_string();
            assert_eq!(first_is_upper(&w), c.is_uppercase(), "{c:?}");
        }
    }
}
