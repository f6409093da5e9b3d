//! The rules: cues, content spans and speaker mentions.

// Content is a list of parts (token ranges); one part is the common case.
#![allow(clippy::single_range_in_vec_init)]

use crate::doc::{
    View, KW_ES, KW_GEHEISSEN, KW_HEISST, KW_HOEREN, KW_KOMMEN, KW_NEG, KW_NIEMAND, KW_SOURCE,
    KW_WEDER,
};
use crate::words::{
    feminine_noun, institution_noun, ADV, AUX, COORD, DET, FUNC, PASSIVE, PREP, PRON, SOURCE_NOUN,
    SOURCE_SUFFIXES, STATEMENT_NOUN, SUBORD,
};
use lagebild_core::{Analysis, EntityType, QuoteKind, Span, TokenKind};
use lagebild_lexicon::verbs::{FormKind, Frame, Mood};
use lagebild_lexicon::{countries, roles};
use std::cell::RefCell;
use std::ops::Range;
use std::rc::Rc;

/// A quote found by the rules, before speaker resolution.
#[derive(Debug, Clone)]
pub struct Found {
    /// Content parts as token ranges (half-open).
    pub parts: Vec<Range<usize>>,
    pub kind: QuoteKind,
    /// Speaker mention as a token range.
    pub mention: Option<Range<usize>>,
    pub cue: Option<String>,
    pub cue_toks: Vec<usize>,
    pub rule: &'static str,
    /// Index of the sentence the cue is in (for continuations).
    pub sent: usize,
    /// Priority when quotes collide (lower wins).
    pub prio: u8,
}

/// A clause: a run of tokens between boundaries, outside quotations.
#[derive(Debug, Clone, Copy)]
struct Clause {
    start: usize,
    end: usize,
    /// Boundary token before (if any, within the sentence).
    left: Option<usize>,
    /// Boundary token after (if any, within the sentence).
    right: Option<usize>,
    /// The boundary that ended the clause before short quotations inside it
    /// ("sagte der „Berliner Zeitung“, dass") were taken in.
    first_right: Option<usize>,
}

/// A speech-verb cue in a clause.
#[derive(Debug, Clone)]
struct VerbCue {
    verb: usize,
    /// Position of the finite verb (the auxiliary for "hat gesagt").
    fin: usize,
    particle: Option<usize>,
    passive: bool,
    frame: Frame,
    /// Verb-final subordinate clause ("wie er mitteilte").
    wie: bool,
    /// Reports only with a noun phrase ("nannte X „…“"): a cue for quotations only.
    nominal: bool,
    /// When the particle closes a later clause: the end and right boundary of the cue clause.
    span_end: Option<(usize, Option<usize>)>,
}

impl VerbCue {
    /// A one-word cue at token `k` (finite, no particle, active): the frame a
    /// rule assumes when it only needs the subject or object around `k`.
    fn plain(k: usize, frame: Frame) -> VerbCue {
        VerbCue {
            verb: k,
            fin: k,
            particle: None,
            passive: false,
            frame,
            wie: false,
            nominal: false,
            span_end: None,
        }
    }
}

const GAP_KJ1: usize = 2;

pub struct Ctx<'v, 'a> {
    pub v: &'v View<'a>,
    pub sents: Vec<Range<usize>>,
    pub paras: Vec<usize>,
    pub found: Vec<Found>,
    /// Per sentence: the speaker mention of a speech act reported without content.
    pub context: Vec<Option<(Range<usize>, String)>>,
    /// Per outer quotation: attached by a cue.
    pub attached: Vec<bool>,
    /// Mentions of persons, organisations and places (a country or capital
    /// speaks for its government: "Russland warf der EU vor"), from the actors
    /// stage, in text order.
    pub actors: Vec<Span>,
    /// Mentions of persons and organisations with type and gender, in text
    /// order (to tell a named subject after the verb from an object).
    pub agents: Vec<(Span, EntityType, Option<char>)>,
    /// Time expressions from the time stage, in text order (a fronted
    /// "Ende Januar" is an adverbial, not the subject).
    pub times: Vec<Span>,
    /// Per sentence of `sents`: its clauses, split on first use (several
    /// rules ask for the clauses of the same sentence).
    /// (shared, not cloned, with each asker; issue #9)
    clause_memo: RefCell<Vec<Option<Rc<[Clause]>>>>,
}

/// A zu-infinitive of a separable verb written as one word ("vorzugehen",
/// "anzusprechen").
fn incorporated_zu(w: &str) -> bool {
    const PARTICLES: &[&str] = &[
        "ab",
        "an",
        "auf",
        "aus",
        "bei",
        "ein",
        "fest",
        "fort",
        "her",
        "hin",
        "mit",
        "nach",
        "vor",
        "weg",
        "weiter",
        "zu",
        "zurück",
        "zusammen",
        "vorbei",
        "hervor",
        "dar",
        "um",
        "durch",
        "frei",
        "statt",
        "teil",
        "gegenüber",
        "entgegen",
        "heraus",
        "herbei",
        "voran",
        "voraus",
        "nieder",
        "los",
        "bereit",
        "hoch",
        "heran",
        "herab",
        "herauf",
        "herunter",
        "hinaus",
        "hinein",
        "hinauf",
        "hinunter",
        "herum",
        "zurecht",
        "wieder",
        "fertig",
        "sicher",
        "offen",
        "kennen",
        "kund",
        "preis",
        "bekannt",
        "klar",
    ];
    PARTICLES.iter().any(|p| {
        w.strip_prefix(p)
            .and_then(|r| r.strip_prefix("zu"))
            .is_some_and(|r| r.len() >= 4 && r.ends_with('n'))
    })
}

fn strip_end(v: &View, r: Range<usize>) -> Range<usize> {
    let mut e = r.end;
    while e > r.start
        && !v.is_word(e - 1)
        && v.toks[e - 1].kind != TokenKind::Number
        && v.qmark[e - 1] == 0
        && !v.is(e - 1, ")")
    {
        e -= 1;
    }
    // a lone closing bracket without its opening one
    let mut s = r.start;
    while s < e && (v.is(s, ",") || v.is(s, ":") || v.is(s, "–") || v.is(s, "-")) {
        s += 1;
    }
    s..e
}

impl<'v, 'a> Ctx<'v, 'a> {
    pub fn new(v: &'v View<'a>, a: &Analysis) -> Self {
        let sents: Vec<Range<usize>> = a.sentences.iter().map(|s| s.tokens.clone()).collect();
        let paras = a.sentences.iter().map(|s| s.paragraph).collect();
        let n = sents.len();
        Ctx {
            v,
            sents,
            paras,
            found: Vec::new(),
            context: vec![None; n],
            attached: vec![false; v.marks.len()],
            actors: {
                let mut m: Vec<Span> = a
                    .entities
                    .iter()
                    .filter(|e| {
                        matches!(e.etype, EntityType::Per | EntityType::Org | EntityType::Loc)
                    })
                    .flat_map(|e| e.mentions.iter().map(|m| m.span))
                    .collect();
                m.sort();
                m
            },
            agents: {
                let mut m: Vec<(Span, EntityType, Option<char>)> = a
                    .entities
                    .iter()
                    .filter(|e| matches!(e.etype, EntityType::Per | EntityType::Org))
                    .flat_map(|e| e.mentions.iter().map(|m| (m.span, e.etype, e.gender)))
                    .collect();
                m.sort_by_key(|x| (x.0.start, x.0.end));
                m
            },
            times: {
                let mut t: Vec<Span> = a.timexes.iter().map(|t| t.span).collect();
                t.sort();
                t
            },
            clause_memo: RefCell::new(vec![None; n]),
        }
    }

    /// Is the token range inside one time expression ("Ende Januar 2006",
    /// "am Montag")?
    fn temporal(&self, r: Range<usize>) -> bool {
        if r.start >= r.end {
            return false;
        }
        let sp = self.v.span(r.start, r.end);
        let i = self.times.partition_point(|t| t.end <= sp.start);
        self.times
            .get(i)
            .is_some_and(|t| t.start <= sp.start && sp.end <= t.end)
    }

    fn clauses(&self, s: &Range<usize>) -> Rc<[Clause]> {
        // a whole sentence's clauses are remembered
        let si = self.sents.partition_point(|x| x.start < s.start);
        if self.sents.get(si) != Some(s) {
            return self.split_clauses(s).into();
        }
        if let Some(Some(c)) = self.clause_memo.borrow().get(si) {
            return Rc::clone(c);
        }
        let c: Rc<[Clause]> = self.split_clauses(s).into();
        if let Some(m) = self.clause_memo.borrow_mut().get_mut(si) {
            *m = Some(Rc::clone(&c));
        }
        c
    }

    /// The clauses of the token range `s` (see [`Ctx::clauses`]).
    fn split_clauses(&self, s: &Range<usize>) -> Vec<Clause> {
        let v = self.v;
        let mut out = Vec::new();
        let mut i = s.start;
        let mut left = None;
        while i < s.end {
            if v.is_boundary(i) || v.in_quote(i) || v.paren[i] {
                if v.is_boundary(i) {
                    left = Some(i);
                }
                i += 1;
                continue;
            }
            let st = i;
            while i < s.end && !v.is_boundary(i) && !v.in_quote(i) {
                i += 1;
            }
            // a trailing parenthesis is not part of the clause
            while i > st && v.paren[i - 1] {
                i -= 1;
            }
            if i == st {
                i += 1;
                continue;
            }
            let right = (i < s.end && v.is_boundary(i)).then_some(i);
            out.push(Clause {
                start: st,
                end: i,
                left,
                right,
                first_right: right,
            });
            left = right;
        }
        // a short quotation that ends its clause ("sagte der „Berliner Zeitung“,
        // dass …"): the boundary after it closes the clause
        for c in out.iter_mut() {
            if let Some(r) = c.right {
                let q = v.qmark[r];
                if q != 0 && v.open_tok[q as usize - 1] == r {
                    if let Some(close) = v.close_tok[q as usize - 1] {
                        let words = (r..close).filter(|&k| v.is_word(k)).count();
                        let next = close + 1;
                        if words <= 6
                            && next < s.end
                            && v.is_boundary(next)
                            && v.qmark[next] == 0
                            && v.lo_in(next, &[",", ":"])
                        {
                            c.right = Some(next);
                        }
                    }
                }
            }
        }
        // take short quotations inside a clause into it
        let mut merged: Vec<Clause> = Vec::with_capacity(out.len());
        for c in out {
            if let Some(last) = merged.last_mut() {
                if let Some(r) = last.right {
                    let q = v.qmark[r];
                    if q != 0
                        && v.open_tok[q as usize - 1] == r
                        && c.left.is_some_and(|l| v.qmark[l] == q)
                    {
                        let words = (r..c.start).filter(|&k| v.is_word(k)).count();
                        if words <= 6 {
                            last.end = c.end;
                            last.right = c.right;
                            continue;
                        }
                    }
                }
            }
            merged.push(c);
        }
        merged
    }

    /// Speech verbs in a clause.
    /// Whether [`Ctx::verb_cues`] of a clause that starts like `c` (and may
    /// end later) can find a cue on a token of `c`: a token with speech-verb
    /// forms, a "ge…" word (a participle written apart from its particle)
    /// or a form of "kommen" ("kam zu dem Ergebnis").
    fn may_cue_in(&self, c: &Clause) -> bool {
        let v = self.v;
        (c.start..c.end).any(|i| {
            (v.is_word(i)
                && (!v.is_cap(i) || i == c.start)
                && (!v.forms(i).is_empty() || v.lo(i).starts_with("ge")))
                || (v.is_lower_word(i) && v.kw(i, KW_KOMMEN))
        })
    }

    fn verb_cues(&self, c: &Clause) -> Vec<VerbCue> {
        let v = self.v;
        let mut out = Vec::new();
        // the keyword bits of the clause's tokens: the passes for "kam zum
        // Schluss" and "heißt es" below run only when one of their words is in
        // the clause (issue #9)
        let mut kws = 0u16;
        for i in c.start..c.end {
            kws |= v.kw_bits(i);
            if !v.is_word(i) {
                continue;
            }
            if v.is_cap(i) && i != c.start {
                continue;
            }
            let forms = v.forms(i);
            if forms.is_empty() {
                if let Some(cu) = self.apart_participle(c, i) {
                    out.push(cu);
                }
                continue;
            }
            let mut best: Option<VerbCue> = None;
            for f in forms {
                let verb = v.lex.verb(f.verb);
                let nominal = verb.frame.has(Frame::NOMINAL);
                let cue = match f.kind {
                    FormKind::Finite => {
                        // a separable verb's full form is verb-final ("mitteilte")
                        let sub = v.has(c.start, SUBORD)
                            || (v.has(c.start, COORD)
                                && c.start + 1 < i
                                && v.has(c.start + 1, SUBORD));
                        // "Wie die Sender berichten sind …": the comma after the
                        // wie-clause left out, the main clause's finite verb follows
                        let wie_no_comma = sub
                            && v.lo_is(c.start, "wie")
                            && c.start + 1 < i
                            && i + 2 < c.end
                            && v.is_lower_word(i + 1)
                            && v.has(i + 1, AUX)
                            // the main clause goes on ("sind mindestens zwei …"), unlike
                            // the wie-clause's own auxiliary ("wie man erwartet hatte.")
                            && v.is_word(i + 2);
                        let wie = (i + 1 == c.end && c.start < i && sub) || wie_no_comma;
                        if verb.particle.is_none() || wie || i + 1 == c.end {
                            Some(VerbCue {
                                verb: i,
                                fin: i,
                                particle: None,
                                passive: false,
                                frame: verb.frame,
                                wie,
                                nominal,
                                span_end: None,
                            })
                        } else {
                            None
                        }
                    }
                    // "wie X bekannt gab": the particle written apart before the verb
                    FormKind::SeparatedFinite
                        if i + 1 == c.end
                            && i > c.start + 1
                            && v.lo(i - 1) == verb.particle.unwrap_or("")
                            && v.lo_is(c.start, "wie") =>
                    {
                        Some(VerbCue {
                            verb: i,
                            fin: i,
                            particle: Some(i - 1),
                            passive: false,
                            frame: verb.frame,
                            wie: true,
                            nominal,
                            span_end: None,
                        })
                    }
                    // "bietet an den Lohn zu erhöhen": the particle right after the
                    // verb, an infinitive group after it without the optional comma
                    FormKind::SeparatedFinite
                        if verb.frame.has(Frame::INFINITIVE)
                            && i + 2 < c.end
                            && v.lo(i + 1) == verb.particle.unwrap_or("")
                            && v.lo(c.end - 1) != verb.particle.unwrap_or("")
                            && c.end >= 2
                            && v.is_lower_word(c.end - 1)
                            && (v.lo_is(c.end - 2, "zu") || incorporated_zu(v.lo(c.end - 1))) =>
                    {
                        Some(VerbCue {
                            verb: i,
                            fin: i,
                            particle: Some(i + 1),
                            passive: false,
                            frame: verb.frame,
                            wie: false,
                            nominal,
                            span_end: None,
                        })
                    }
                    FormKind::SeparatedFinite => {
                        let p = verb.particle.unwrap_or("");
                        let last = c.end - 1;
                        (last > i && v.lo(last) == p).then_some(VerbCue {
                            verb: i,
                            fin: i,
                            particle: Some(last),
                            passive: false,
                            frame: verb.frame,
                            wie: false,
                            nominal,
                            span_end: None,
                        })
                    }
                    FormKind::Participle => {
                        let aux = (c.start..c.end)
                            .find(|&k| k != i && v.is_lower_word(k) && v.has(k, AUX))
                            // "geraten" with "sein" is the verb "geraten" ("war in
                            // Not geraten"), not the participle of "raten"
                            .filter(|&k| {
                                !v.lo_is(i, "geraten")
                                    || !v.lo_in(
                                        k,
                                        &[
                                            "ist", "sind", "war", "waren", "sei", "seien", "wäre",
                                            "wären", "gewesen",
                                        ],
                                    )
                            });
                        aux.map(|k| {
                            let passive =
                                (c.start..c.end).any(|m| v.has(m, PASSIVE) && v.is_lower_word(m));
                            let wie = v.has(c.start, SUBORD) && k + 1 >= c.end.saturating_sub(1);
                            VerbCue {
                                verb: i,
                                fin: k,
                                particle: None,
                                passive,
                                frame: verb.frame,
                                wie,
                                nominal,
                                span_end: None,
                            }
                        })
                    }
                    FormKind::Infinitive => None,
                };
                if let Some(cu) = cue {
                    if best
                        .as_ref()
                        .is_none_or(|b| b.particle.is_none() && cu.particle.is_some())
                    {
                        best = Some(cu);
                    }
                }
            }
            if let Some(mut b) = best {
                // "hatte … erklärt", "musste er betonen": the auxiliary is the finite verb
                if b.fin == b.verb && !b.wie {
                    let last_word = (c.start..c.end)
                        .rev()
                        .find(|&k| v.is_word(k) && Some(k) != b.particle);
                    if last_word == Some(i) || b.particle.is_some_and(|p| p == i + 1) {
                        // "ließ X verlauten / mitteilen": "lassen" is finite too; not
                        // the verb of a first conjunct ("Der Streit war … und die
                        // Hongkonger befürchten": "befürchten" is finite itself)
                        let from = (c.start..i)
                            .rev()
                            .find(|&k| {
                                // the new conjunct is its subject and the verb
                                v.lo_in(k, &["und", "oder", "aber", "sondern"])
                                    && k + 1 < i
                                    && v.has(k + 1, DET | PRON)
                                    && v.np(k + 1, i) == Some(i)
                            })
                            .map_or(c.start, |k| k + 1);
                        if let Some(k) = (from..i).find(|&k| {
                            v.is_lower_word(k)
                                && (v.has(k, AUX)
                                    || v.lo_in(k, &["ließ", "ließen", "lässt", "ließe"]))
                        }) {
                            b.fin = k;
                            b.passive = (c.start..c.end)
                                .any(|m| v.has(m, PASSIVE) && v.is_lower_word(m))
                                && !v.lo_in(i, &["werden"]);
                        }
                    }
                }
                out.push(b);
            }
        }
        // "kam zu dem Ergebnis / zum Schluss, dass …": a conclusion is reported
        // like a finding ("stellte fest, dass"); the noun is part of the cue
        let kommen_range = if kws & KW_KOMMEN != 0 {
            c.start..c.end
        } else {
            0..0
        };
        for i in kommen_range {
            if !v.is_lower_word(i) || !v.kw(i, KW_KOMMEN) {
                continue;
            }
            let Some(n) = (c.start + 1..c.end).find(|&k| {
                v.is_cap(k)
                    && v.lo_in(
                        k,
                        &[
                            "ergebnis",
                            "schluss",
                            "schluß",
                            "fazit",
                            "erkenntnis",
                            "einschätzung",
                            "auffassung",
                            "überzeugung",
                            "befund",
                        ],
                    )
                    && (k.saturating_sub(3).max(c.start)..k).any(|m| {
                        v.lo_in(m, &["zum", "zur"])
                            || (v.lo_is(m, "zu") && m + 1 < k && v.lo_in(m + 1, &["dem", "der"]))
                    })
            }) else {
                continue;
            };
            let fin = if v.lo_is(i, "gekommen") {
                match (c.start..c.end).find(|&k| k != i && v.is_lower_word(k) && v.has(k, AUX)) {
                    Some(k) => k,
                    None => continue,
                }
            } else {
                i
            };
            out.push(VerbCue {
                verb: i,
                fin,
                particle: Some(n),
                passive: false,
                frame: Frame::CLAUSE,
                wie: false,
                nominal: false,
                span_end: None,
            });
        }
        // "heißt es" / "hieß es"
        let heisst_range = if kws & (KW_GEHEISSEN | KW_HOEREN | KW_HEISST) != 0 {
            c.start..c.end
        } else {
            0..0
        };
        for i in heisst_range {
            // (most tokens are none of these words)
            if !v.kw(i, KW_GEHEISSEN | KW_HOEREN | KW_HEISST) {
                continue;
            }
            // "hatte es geheißen": the participle after its auxiliary and "es"
            let participle = v.kw(i, KW_GEHEISSEN)
                && (c.start..i).any(|k| v.kw(k, KW_ES))
                && (c.start..i).any(|k| v.has(k, AUX));
            // "Aus der Regierung ist zu hören, …"
            let zu_hoeren = v.kw(i, KW_HOEREN)
                && i > c.start
                && v.lo_is(i - 1, "zu")
                && (c.start..i).any(|k| v.lo_in(k, &["ist", "war", "sei", "wäre"]));
            if participle
                || zu_hoeren
                || v.kw(i, KW_HEISST)
                    && ((i + 1 < c.end && v.kw(i + 1, KW_ES))
                        || (i > c.start && v.kw(i - 1, KW_ES))
                        || (v.lo_is(c.start, "wie")
                            && i + 1 == c.end
                            && (c.start..i).any(|k| v.lo_is(k, "es"))))
            {
                // the finite auxiliary of the periphrastic forms
                let fin = if participle || zu_hoeren {
                    (c.start..i).find(|&k| v.has(k, AUX)).unwrap_or(i)
                } else {
                    i
                };
                out.push(VerbCue {
                    verb: i,
                    fin,
                    particle: None,
                    passive: true,
                    frame: Frame::CLAUSE,
                    // "Wie es hieß, …", "wie es in dem Bericht heißt, …"
                    wie: v.lo_is(c.start, "wie") && i + 1 == c.end,
                    nominal: false,
                    span_end: None,
                });
            }
        }
        out
    }

    /// ", Damazo Colomer, …", ", dem Direktor der Behörde, …": an apposition
    /// between commas right after a source phrase ending at `comma`; returns
    /// the closing comma. A name (capitalised words) or a noun phrase headed
    /// by a role noun after an article; not a clause, not a coordination.
    fn source_apposition(&self, comma: usize, end: usize) -> Option<usize> {
        let v = self.v;
        if comma + 2 >= end || !v.is(comma, ",") || v.in_quote(comma) {
            return None;
        }
        let from = comma + 1;
        let close =
            (from..end.min(from + 10)).find(|&k| v.is(k, ",") || v.is(k, ".") || v.is(k, ";"))?;
        if !v.is(close, ",") || close == from || close + 1 >= end {
            return None;
        }
        let name = (from..close).all(|k| v.is_cap(k) || v.is(k, "-") || v.is(k, "."));
        let role = v.has(from, DET)
            && !v.has(from, PRON)
            && v.np(from, close) == Some(close)
            && self.speaker_like(&(from..close));
        (name || role).then_some(close)
    }

    /// "Nach (übereinstimmenden) Angaben der X, …" opening the sentence
    /// `s` in a clause of its own before `cue_clause`: the source phrase
    /// (source noun and its genitive).
    fn opening_source(&self, s: &Range<usize>, cue_clause: usize) -> Option<Range<usize>> {
        let v = self.v;
        if cue_clause <= s.start + 2 || !v.lo_is(s.start, "nach") {
            return None;
        }
        let mut j = s.start + 1;
        while j < cue_clause && v.adj_like(j) && j < s.start + 3 {
            j += 1;
        }
        if j >= cue_clause
            || !v.is_cap(j)
            || !v.lo_in(j, &["angaben", "informationen", "berichten"])
        {
            return None;
        }
        let end = (j..cue_clause).find(|&k| v.is(k, ","))?;
        let e = v.np(j, end)?;
        (e > j).then_some(j..e)
    }

    /// A zu-infinitive group from `from` to the next comma (outside
    /// quotations) before `end`, followed by the main clause's finite verb:
    /// "…, aufgeregt zu sein, schwieg sie".
    fn zu_group_after(&self, from: usize, end: usize) -> bool {
        let v = self.v;
        let Some(e) = (from..end).find(|&k| v.is(k, ",") && !v.in_quote(k)) else {
            return false;
        };
        if e < from + 2 || e + 1 >= end || !v.is_lower_word(e - 1) {
            return false;
        }
        let zu = v.lo_is(e - 2, "zu") || incorporated_zu(v.lo(e - 1));
        // the main clause resumes with its finite verb right after the comma
        zu && (v.has(e + 1, AUX)
            || (v.is_lower_word(e + 1) && !v.has(e + 1, DET | PREP | SUBORD | COORD | PRON | ADV)))
    }

    /// "hat bekannt gegeben", "hatte bekannt gemacht": the participle of a
    /// separable verb with its particle written apart (the older spelling,
    /// still common in news). `i` is the participle, its particle right
    /// before it; the clause's auxiliary is the finite verb.
    fn apart_participle(&self, c: &Clause, i: usize) -> Option<VerbCue> {
        let v = self.v;
        if i <= c.start || !v.is_lower_word(i) || !v.is_lower_word(i - 1) {
            return None;
        }
        // (bytes first: most words do not start with "ge")
        if !v.lo_bytes(i).starts_with(b"ge") {
            return None;
        }
        let (p, w) = (v.lo(i - 1), v.lo(i));
        if !w.starts_with("ge") {
            return None;
        }
        let mut joined = String::with_capacity(p.len() + w.len());
        joined.push_str(p);
        joined.push_str(w);
        let f =
            v.lex.speech_forms(&joined).iter().find(|f| {
                f.kind == FormKind::Participle && v.lex.verb(f.verb).particle == Some(p)
            })?;
        let verb = v.lex.verb(f.verb);
        let aux = (c.start..c.end).find(|&k| k != i && v.is_lower_word(k) && v.has(k, AUX))?;
        let passive = (c.start..c.end).any(|m| v.has(m, PASSIVE) && v.is_lower_word(m));
        let wie = v.has(c.start, SUBORD) && aux + 1 >= c.end.saturating_sub(1);
        Some(VerbCue {
            verb: i,
            fin: aux,
            particle: Some(i - 1),
            passive,
            frame: verb.frame,
            wie,
            nominal: verb.frame.has(Frame::NOMINAL),
            span_end: None,
        })
    }

    /// The speaker subject of a verb cue.
    fn subject(
        &self,
        c: &Clause,
        cue: &VerbCue,
        sent: &Range<usize>,
        clause_initial_after_comma: bool,
    ) -> Option<Range<usize>> {
        let v = self.v;
        // "Sie wird mit den Worten zitiert": the one quoted is the subject
        if cue.passive && !v.lo_in(cue.verb, &["zitiert"]) {
            // "Im Bericht heißt es": the fronted source phrase
            if cue.fin > c.start
                && v.has(c.start, PREP)
                && v.lo_in(
                    cue.verb,
                    &["heißt", "hieß", "hiess", "heisst", "geheißen", "hören"],
                )
                && !v.lo_in(c.start, &["von", "vom"])
            {
                return Some(c.start..cue.fin);
            }
            // "wurde von X mitgeteilt", "heißt es in einer Erklärung der X"
            for k in c.start..c.end {
                if v.lo_in(k, &["von", "vom", "in", "im", "auf", "bei", "beim"])
                    && k + 1 < c.end
                    && k != cue.verb
                {
                    if let Some(e) = v.np(k + 1, c.end) {
                        let from = if v.lo_is(k, "von") || v.lo_is(k, "vom") {
                            k + 1
                        } else {
                            k
                        };
                        return Some(from..e);
                    }
                }
            }
            // "In einer Erklärung, die am Mittwoch veröffentlicht wurde, wurde
            // verkündet": the fronted source phrase opens the sentence
            if c.start > sent.start && v.lo_in(sent.start, &["in", "im"]) {
                let first_end = (sent.start..c.start)
                    .find(|&k| v.is(k, ","))
                    .unwrap_or(c.start);
                if let Some(e) = v.np(sent.start + 1, first_end) {
                    // "heißt es" always cites a text: any noun is its source ("In
                    // dieser Resolution, die …, heißt es")
                    let heisst = v.lo_in(cue.verb, &["heißt", "hieß", "hiess", "heisst"]);
                    if heisst || (sent.start + 1..e).any(|k| v.has(k, STATEMENT_NOUN | SOURCE_NOUN))
                    {
                        return Some(sent.start..e);
                    }
                }
            }
            return None;
        }
        // "Als Grund gab die Firma an": a fronted predicative with the finite
        // verb right after it is a main clause, not an "als" clause
        let fronted_als = v.lo_is(c.start, "als") && v.np(c.start + 1, c.end) == Some(cue.fin);
        // "Als Begründung sagte ein Wissenschaftler": "als" with a noun and the
        // finite verb in second position is a fronted predicative, not a
        // verb-final subordinate clause
        let als_prefield = v.lo_is(c.start, "als")
            && cue.fin > c.start + 1
            && (cue.fin + 1..c.end)
                .any(|k| v.is_word(k) && Some(k) != cue.particle && k != cue.verb)
            && (c.start + 1..cue.fin).all(|k| !v.has(k, PRON) && !v.has(k, FUNC));
        // "von dem die Polizei glaubt", "bei dem sie gesagt hatte", "in dessen
        // Folge das Gericht festgestellt hatte": a relative clause after a
        // preposition; the subject follows the relative pronoun
        if v.has(c.start, PREP) && c.left.is_some_and(|l| v.is(l, ",")) && cue.fin > c.start + 2 {
            let mut r = c.start + 1;
            if v.lo_in(r, &["dessen", "deren"]) && r + 1 < cue.fin && v.noun_like(r + 1) {
                r += 1;
            }
            let relative = v.lo_in(
                c.start + 1,
                &[
                    "dem", "der", "denen", "den", "dessen", "deren", "welchem", "welcher",
                    "welchen",
                ],
            );
            if relative && r + 1 < cue.fin {
                if let Some(e) = v.np(r + 1, cue.fin) {
                    if self.speaker_like(&(r + 1..e)) {
                        return Some(r + 1..e);
                    }
                }
            }
        }
        if cue.wie
            || (v.has(c.start, SUBORD)
                && !v.has(c.start, PREP)
                && cue.fin > c.start + 1
                && !fronted_als
                && !als_prefield)
        {
            let from = if v.has(c.start, COORD) {
                c.start + 2
            } else {
                c.start + 1
            };
            if let Some(e) = v.np(from, c.end) {
                return Some(from..e);
            }
            // "wie „heise online“ berichtet", "wie GGG.at meldete", "wie aus X hervorgeht"
            let to = cue.fin.min(cue.verb);
            if from < to {
                return Some(from..to);
            }
        }
        let f = cue.fin;
        if let Some(r) = self.relative_subject(c, cue) {
            return Some(r);
        }
        if f > c.start {
            let mut p0 = c.start;
            // "Auch der Minister sagte", "Doch die Polizei erklärte"
            while p0 + 1 < f
                && v.has(p0, ADV | COORD)
                && !v.has(p0, PREP)
                && (v.has(p0 + 1, DET | PRON) || v.noun_like(p0 + 1))
            {
                p0 += 1;
            }
            // "Dies war …, und die Hongkonger befürchten": a new subject after "und"
            if let Some(k) = (p0 + 1..f.saturating_sub(1)).rev().find(|&k| {
                v.has(k, COORD)
                    && (v.has(k + 1, DET | PRON) || v.noun_like(k + 1))
                    && (p0..k).any(|m| {
                        v.is_lower_word(m) && v.fl[m] & (AUX) != 0
                            || (v.is_lower_word(m) && v.fl[m] == 0 && !v.adj_like(m))
                    })
            }) {
                p0 = k + 1;
            }
            // "X sprach sich dagegen aus und sagte": the subject opens the clause
            let coordinated = f > c.start + 1 && v.has(f - 1, COORD);
            // "Ihr gegenüber hat er angegeben": a postpositional phrase
            let postposition = f > p0 + 1 && v.has(f - 1, PREP);
            let oblique = v.lo_in(
                p0,
                &[
                    "dem", "den", "einem", "einen", "diesem", "diesen", "seinem", "seinen",
                    "ihrem", "ihren", "ihm", "ihnen",
                ],
            );
            // "Der Zeitung sagte er": "der" before a feminine noun is dative or genitive
            let oblique = oblique
                || (v.lo_in(p0, &["der", "einer", "dieser", "seiner", "ihrer"])
                    && self.feminine_head(&(p0..f)));
            // "Von der Leyen", "Zu Guttenberg": a name particle, no preposition
            let name_particle = v.is_cap(p0)
                && (self.agent_at(p0).is_some()
                    || (v.lo_in(p0, &["von", "zu", "van", "de", "del", "di", "da"])
                        && (self.agent_at(p0 + 1).is_some()
                            || (v.lo_in(p0 + 1, &["der", "den", "dem"])
                                && self.agent_at(p0 + 2).is_some()))));
            let starts_adverbial = (v.has(p0, PREP | ADV | SUBORD | COORD)
                && !v.has(p0, PRON | DET)
                && !name_particle)
                || oblique
                || postposition
                || self.temporal(p0..f);
            // "Er sagte, Europa brauche X, und fügte hinzu": the first conjunct
            // is reported speech (Konjunktiv I); the cue's subject is the sentence's
            let reported_first = c.left.is_some_and(|l| v.is(l, ","))
                && (p0..f - 1).any(|k| v.is_subjunctive(k, false));
            if coordinated && reported_first && c.start > sent.start {
                if let Some(m) = self.sentence_subject(sent) {
                    return Some(m);
                }
            }
            // a lower-case word that is no article or pronoun opens with the verb
            // ("…, dankte den Menschen und ergänzte"): no subject there
            let verb_first = v.is_lower_word(p0) && !v.has(p0, DET | PRON);
            if coordinated {
                if !starts_adverbial && !verb_first {
                    if let Some(e) = v.np(p0, f) {
                        // "Die Äußerungen Hassemers bezeichnete X als … und
                        // glaubt": a fronted object that can be no speaker
                        // leaves the subject after the first conjunct's verb
                        if !self.speaker_like(&(p0..e)) {
                            let first = Clause {
                                end: f - 1,
                                right: None,
                                first_right: None,
                                ..*c
                            };
                            if let Some(m) = self
                                .clause_subject_guess(&first)
                                .filter(|m| m.start >= e && self.speaker_like(m))
                            {
                                return Some(m);
                            }
                        }
                        return Some(p0..e);
                    }
                } else {
                    // "Im Januar legte er sein Amt nieder und verkündete": the
                    // subject of the first conjunct, after its finite verb
                    let first = Clause {
                        end: f - 1,
                        right: None,
                        first_right: None,
                        ..*c
                    };
                    if let Some(m) = self.clause_subject_guess(&first) {
                        return Some(m);
                    }
                }
                if v.is_lower_word(p0) && c.left.is_some_and(|l| v.is(l, ",")) {
                    // "Als ein Gast half, biss der Mann ihn und rief": after a
                    // fronted subordinate clause the subject follows the verb
                    if v.has(sent.start, SUBORD) && !v.has(sent.start, PREP) {
                        let first = Clause {
                            end: f - 1,
                            right: None,
                            first_right: None,
                            ..*c
                        };
                        if let Some(m) = self.clause_subject_guess(&first) {
                            return Some(m);
                        }
                    }
                    // "Einer der Putschisten, X, dankte … und ergänzte"
                    return self.sentence_subject(sent);
                }
            } else if !starts_adverbial {
                // the prefield is the subject
                let mut e = f;
                // (a closing quotation mark stays with its name: "Die „Inselpost“")
                while e > p0
                    && (v.paren[e - 1] || !v.is_word(e - 1))
                    && v.quote_ending_at(e - 1).is_none_or(|q| q.start <= p0)
                {
                    e -= 1;
                }
                if e > p0 {
                    // a bare capitalised word that names no actor may be an adverb
                    // ("Besorgt äußerte sich Kofi Annan"): take a named actor after the verb
                    // ("Kritiker werfen Obama vor": a plural verb keeps its plural subject)
                    if e == p0 + 1
                        && !v.has(p0, DET | PRON)
                        && !self.names_actor(p0..e)
                        && !v.lo(cue.fin).ends_with("en")
                    {
                        if let Some(post) = self.postverbal(cue.fin + 1, c.end, cue) {
                            if self.names_actor(post.clone()) {
                                return Some(post);
                            }
                        }
                    }
                    if let Some(post) = self.fronted_object_subject(&(p0..e), cue, c) {
                        return Some(post);
                    }
                    return Some(p0..e);
                }
            }
        } else if clause_initial_after_comma && c.left.is_some_and(|l| v.is(l, ",")) {
            // "Den Fonds, dessen Organe tagen, forderte er auf": a long fronted
            // object; the personal pronoun right after the verb is the subject
            let after = cue.fin + 1;
            if after < c.end
                && Some(after) != cue.particle
                && v.lo_in(after, &["er", "sie", "ich", "wir"])
                && v.np(after, c.end) == Some(after + 1)
            {
                return Some(after..after + 1);
            }
            // "Lee Do-hoon, sagte …, dieser habe": the subject is the sentence's prefield
            let mut p0 = sent.start;
            let l = c.left.unwrap_or(p0);
            // "Auch die Fraktionschefin, X, äußerte sich": a focus adverb first
            while p0 + 1 < l
                && v.has(p0, ADV | COORD)
                && !v.has(p0, PREP | SUBORD)
                && (v.has(p0 + 1, DET) || v.noun_like(p0 + 1))
            {
                p0 += 1;
            }
            if p0 < l && !v.has(p0, PREP | ADV | SUBORD) && !v.in_quote(p0) {
                // "Die das Unglück überlebende Passagierin, 30, beschrieb": an
                // extended participle before the noun is no simple phrase, but
                // the run still names a speaker
                if v.np(p0, l).is_some()
                    || (v.has(p0, DET) && (self.names_actor(p0..l) || self.participle_np(p0, l)))
                {
                    return Some(p0..l);
                }
            }
        }
        // "„Muslix64“ erwähnte auch", "Die „Tagesschau“ meldete": a short quoted
        // name in the prefield, the finite verb right after it
        if cue.fin == c.start && c.start > sent.start && !cue.wie {
            if let Some(r) = v.quote_ending_at(c.start - 1) {
                let from = if r.start == sent.start + 1
                    && v.lo_in(sent.start, &["die", "das", "der", "ein", "eine"])
                {
                    sent.start
                } else {
                    r.start
                };
                let words: Vec<usize> = (r.start..r.end).filter(|&m| v.is_word(m)).collect();
                if from == sent.start
                    && !words.is_empty()
                    && words.len() <= 5
                    && words.first().is_some_and(|&w| v.is_cap(w))
                    // a name is title case; "„Wir kommen“ sagte er" is a quotation
                    && words
                        .iter()
                        .all(|&w| v.is_cap(w) || v.has(w, DET | PREP | COORD))
                    && !words.iter().any(|&w| v.has(w, PRON) && !v.has(w, DET))
                {
                    return Some(from..r.end);
                }
            }
        }
        let post = self.postverbal(cue.fin + 1, c.end, cue);
        if post.is_none() && clause_initial_after_comma && cue.fin == c.start {
            return self.sentence_subject(sent);
        }
        if post.is_none() {
            // "Aus EU-Kreisen verlautete", "Dies geht aus einem Bericht hervor":
            // the source stands in an "aus" phrase
            if let Some(r) = self.aus_source(c, cue) {
                return Some(r);
            }
            // "X beeilten sich, gegenüber Journalisten zu erklären": the
            // infinitive's subject is the main clause's subject
            if self.zu_infinitive(cue.verb) && c.left.is_some_and(|l| v.is(l, ",")) {
                if let Some(m) = self.sentence_subject(sent) {
                    if m.end <= c.start && self.speaker_like(&m) {
                        return Some(m);
                    }
                }
            }
        }
        // "…, und fügt hinzu:": the subject of the coordinated clause before
        if post.is_none() && cue.fin == c.start + 1 && v.has(c.start, COORD) && c.start > sent.start
        {
            return self.sentence_subject(sent);
        }
        post
    }

    /// "…, der der Regierung vorwarf, …", "X, die auch angab, dass …": in a
    /// relative clause with the speech verb at its end, the relative pronoun
    /// (standing alone, not an article) is the subject; resolution links it
    /// to the phrase before the comma.
    fn relative_subject(&self, c: &Clause, cue: &VerbCue) -> Option<Range<usize>> {
        let v = self.v;
        let l = c.left.filter(|&l| v.is(l, ","))?;
        if l == 0 || !v.lo_in(c.start, &["der", "die", "welcher", "welche"]) {
            return None;
        }
        let next = c.start + 1;
        // "die die Kosten", "der den Behörden": an article may follow; a noun
        // or adjective makes the first word an article itself
        if next >= c.end
            || !v.has(next, DET) && (v.noun_like(next) || v.adj_like(next) || v.is_cap(next))
        {
            return None;
        }
        // verb-final: nothing but the cue's verbs and auxiliaries after the finite verb
        let last = (c.start..c.end).rev().find(|&k| v.is_word(k))?;
        let verb_final = last == cue.fin
            || last == cue.verb
            || (cue.verb < last && (cue.verb + 1..=last).all(|k| v.has(k, AUX) || !v.is_word(k)));
        (verb_final && cue.fin > next).then_some(c.start..next)
    }

    /// "die das Unglück überlebende Passagierin": article, an extended
    /// participle phrase (ending in a participle "-ende"/"-enden"), then a
    /// phrase that can be a speaker.
    fn participle_np(&self, p0: usize, l: usize) -> bool {
        let v = self.v;
        (p0 + 1..l).any(|k| {
            v.is_lower_word(k)
                && (v.lo(k).ends_with("ende") || v.lo(k).ends_with("enden"))
                && k + 1 < l
                && v.np(k + 1, l)
                    .is_some_and(|e| self.speaker_like(&(k + 1..e)))
        })
    }

    /// The named actor right before "(" when the quotation at `open` opens
    /// the parenthesis: "Mohammed ElBaradei („…“)".
    fn paren_speaker(&self, open: usize) -> Option<Range<usize>> {
        let v = self.v;
        if open < 2 || !v.is(open - 1, "(") {
            return None;
        }
        let end = open - 1;
        let mut b = end;
        while b > 0 && (v.is_cap(b - 1) || v.is(b - 1, "-")) && !v.in_quote(b - 1) && end - b < 5 {
            b -= 1;
        }
        (b < end && self.names_actor(b..end)).then_some(b..end)
    }

    /// A zu-infinitive speech verb ("zu erklären", "mitzuteilen").
    fn zu_infinitive(&self, k: usize) -> bool {
        let v = self.v;
        (k > 0 && v.lo_is(k - 1, "zu") && v.is_lower_word(k)) || incorporated_zu(v.lo(k))
    }

    /// The source named in an "aus" phrase of a clause whose verb names no
    /// subject: "Aus EU-Kreisen verlautete", "geht aus einer Mitteilung hervor".
    fn aus_source(&self, c: &Clause, cue: &VerbCue) -> Option<Range<usize>> {
        let v = self.v;
        let sourceless = cue.particle.is_some_and(|p| v.lo_is(p, "hervor"))
            || v.lo(cue.verb).starts_with("hervorg")
            || v.lo(cue.verb).starts_with("verlaut");
        for k in c.start..c.end {
            if !v.lo_is(k, "aus") || v.in_quote(k) {
                continue;
            }
            let Some(e) = v.np(k + 1, c.end) else {
                continue;
            };
            let circles = (k + 1..e).any(|h| {
                let w = v.lo(h);
                w.ends_with("kreisen") || w.ends_with("kreise")
            });
            if sourceless || circles {
                return Some(if v.lo(cue.verb).starts_with("verlaut") || circles {
                    k..e
                } else {
                    k + 1..e
                });
            }
        }
        None
    }

    /// A quotation that names something ("der „International Herald
    /// Tribune“"): short, capitalised, after an article or preposition.
    fn quoted_name(&self, open: usize) -> bool {
        let v = self.v;
        let Some(r) = v.quote_starting_at(open) else {
            return false;
        };
        if self.names_actor(r.clone()) {
            return true;
        }
        let words = (r.start..r.end).filter(|&k| v.is_word(k)).count();
        // a predicate ("als „Unverschämtheit“", "einen „Militärputsch“", "eine
        // wachsende „Kluft“") or a term someone used ("sprach von
        // „Panikverkäufen“", "warnte vor den „Lohnverzichtstheorien“") is no
        // name: names of papers and works take the definite article as
        // subject or dative ("sagte der „Zeit“", "teilte die „Tribune“ mit")
        let mut b = open;
        while b > 0
            && v.adj_like(b - 1)
            && !v.has(b - 1, DET)
            && v.toks[b - 1].kind == TokenKind::Word
        {
            b -= 1;
        }
        if b > 0
            && (v.lo_in(
                b - 1,
                &[
                    "als", "ein", "eine", "einen", "einem", "einer", "eines", "kein", "keine",
                    "keinen", "keinem", "keiner", "von", "vom", "vor",
                ],
            ) || (words == 1 && v.lo_is(b - 1, "den") && !v.has(b.saturating_sub(2), PREP))
                // "warnte vor den „Lohnverzichtstheorien“", "sprach von der „Krise“"
                || (b >= 2 && v.has(b - 1, DET) && v.lo_in(b - 2, &["von", "vor"])))
        {
            return false;
        }
        // a noun with a prepositional phrase or genitive ("Kluft zwischen Arm
        // und Reich", "Mangel an Transparenz") is a phrase, not a title
        let ws: Vec<usize> = (r.start..r.end).filter(|&k| v.is_word(k)).collect();
        if ws.len() >= 3 && !v.has(ws[0], DET) && v.is_lower_word(ws[1]) && v.has(ws[1], DET | PREP)
        {
            return false;
        }
        let before_np = open > 0 && (v.has(open - 1, DET | PREP) || v.adj_like(open - 1));
        let capital = open + 1 < r.end && v.is_cap(open + 1);
        // names are written in title case ("Berliner Zeitung"); a phrase with
        // lower-case content words ("Gefahr für Leib und Leben") is a citation
        let title_case = (r.start..r.end)
            .filter(|&k| v.is_word(k))
            .all(|k| v.is_cap(k) || v.has(k, DET | PREP | COORD) || v.w(k).len() <= 3);
        words <= 6 && capital && title_case && (before_np || words <= 2)
    }

    /// The speaker after a cue that follows its content ("…“, schreibt die
    /// „Zeit“", "…“, heißt es in dem Bericht", "…“, wird X zitiert").
    fn after_cue_speaker(
        &self,
        c: &Clause,
        cue: &VerbCue,
        s: &Range<usize>,
    ) -> Option<Range<usize>> {
        let v = self.v;
        // "wird der Minister in der Zeitung zitiert": the one quoted is the
        // nominative, the phrase names the medium
        let quoted_person = v.lo_in(cue.verb, &["zitiert"]);
        if cue.passive && !quoted_person {
            // the source phrase of "heißt es …", the agent of "wurde von X …"
            if let Some(m) = self.subject(c, cue, s, false) {
                return Some(m);
            }
        }
        if let Some(m) = self.postverbal(cue.fin + 1, c.end, cue) {
            return Some(m);
        }
        // a quoted name closes the clause: "schreibt die „Computerwoche“"
        if c.end < s.end && self.quoted_name(c.end) {
            let r = v.quote_starting_at(c.end)?;
            let from = if c.end > cue.fin + 1 && v.has(c.end - 1, DET) {
                c.end - 1
            } else {
                c.end
            };
            if (cue.fin + 1..from)
                .all(|k| !v.is_word(k) || k == cue.verb || Some(k) == cue.particle || v.has(k, ADV))
            {
                return Some(from..r.end);
            }
        }
        None
    }

    /// A quotation without a cue and without a previous speaker: the one who
    /// is talked about in its sentence ("Milinkewitsch kritisierte das als
    /// „…“") or, for a quotation that opens its sentence, in the sentence
    /// before it in the paragraph ("Die SPD will am Kurs festhalten. „…“"),
    /// when that subject can speak.
    fn nearby_subject(&self, open: usize, si: usize) -> Option<Range<usize>> {
        let s = self.sents.get(si)?;
        let si = if open > s.start {
            si
        } else {
            let p = si.checked_sub(1)?;
            if self.paras[p] != self.paras[si] {
                return None;
            }
            p
        };
        let m = self.sentence_subject(&self.sents[si])?;
        (self.speaker_like(&m) && !self.v.in_quote(m.start)).then_some(m)
    }

    /// A word in "-e"/"-en" that looks like an adjective but is a verb: an
    /// attributive adjective never stands before a determiner or a pronoun
    /// ("Hier sparte der Präsident", "lehnte er ab").
    fn verb_before_np(&self, k: usize) -> bool {
        let v = self.v;
        k > 0 && !v.has(k - 1, DET) && !v.adj_like(k - 1) && v.has(k + 1, DET | PRON)
    }

    /// The "von" agent of a passive main clause when it names a possible
    /// speaker (an actor, a person noun, an institution).
    fn passive_agent(&self, s: &Range<usize>) -> Option<Range<usize>> {
        let v = self.v;
        let end = (s.start..s.end)
            .find(|&k| v.is(k, ",") || v.in_quote(k))
            .unwrap_or(s.end);
        let aux = (s.start..end).find(|&k| v.is_lower_word(k) && v.has(k, PASSIVE))?;
        let von = (aux + 1..end).find(|&k| v.lo_in(k, &["von", "vom"]))?;
        let e = v.np(von + 1, end)?;
        let agent = von + 1..e;
        (self.speaker_like(&agent) && self.names_actor(agent.clone())).then_some(agent)
    }

    /// The first noun or name of a phrase (its head before post-modifiers).
    fn np_head(&self, r: &Range<usize>) -> Option<usize> {
        (r.start..r.end).find(|&k| self.v.noun_like(k))
    }

    /// The end (exclusive token index, at most `end`) of a person's name
    /// mention that starts exactly at token `k` ("von der Leyen", "de Maizière").
    fn person_starting_at(&self, k: usize, end: usize) -> Option<usize> {
        let sp = self.v.toks.get(k)?.span;
        let i = self.agents.partition_point(|m| m.0.start < sp.start);
        let m = self.agents[i..]
            .iter()
            .take_while(|m| m.0.start == sp.start)
            .find(|m| m.1 == EntityType::Per)?;
        (k..end)
            .find(|&j| self.v.toks[j].span.end >= m.0.end)
            .map(|j| j + 1)
    }

    /// The person or organisation mention covering token `k`, with type and gender.
    fn agent_at(&self, k: usize) -> Option<(EntityType, Option<char>)> {
        let sp = self.v.toks.get(k)?.span;
        let hi = self.agents.partition_point(|m| m.0.start < sp.end);
        self.agents[..hi]
            .iter()
            .rev()
            .take(32)
            .find(|m| m.0.overlaps(sp))
            .map(|m| (m.1, m.2))
    }

    /// Can a phrase be a speaker: a pronoun, or a noun phrase whose leading
    /// run of capitalised words holds a named person or organisation, a person
    /// noun (role, demonym) or an institution ("New Yorks Bürgermeister
    /// Michael Bloomberg")? A genitive name after the head does not count
    /// ("Die Äußerungen Hassemers").
    fn speaker_like(&self, r: &Range<usize>) -> bool {
        let v = self.v;
        if r.start >= r.end {
            return false;
        }
        if v.has(r.start, PRON) && v.np(r.start, r.end) == Some(r.start + 1) {
            return true;
        }
        let Some(h) = self.np_head(r) else {
            return false;
        };
        (h..r.end)
            .take_while(|&k| v.noun_like(k) || v.is(k, "-"))
            .filter(|&k| v.noun_like(k))
            .any(|k| {
                let w = v.w(k);
                roles::role_noun(w).is_some()
                    || countries::demonym(w).is_some()
                    || institution_noun(v.lo(k))
                    || (self.agent_at(k).is_some() && (k == h || !w.ends_with('s')))
            })
    }

    /// Is the phrase's head a feminine noun ("Zeitung", "Ministerin", a woman)?
    fn feminine_head(&self, r: &Range<usize>) -> bool {
        let v = self.v;
        let Some(h) = self.np_head(r) else {
            return false;
        };
        let w = v.w(h);
        match roles::role_noun(w) {
            Some(rn) => rn.gender == Some('f'),
            None => {
                self.agent_at(h).is_some_and(|a| a.1 == Some('f'))
                    || (self.agent_at(h).is_none() && feminine_noun(v.lo(h)))
            }
        }
    }

    /// "Die Anwendung stellte der Vorsitzende in Frage", "Der Politik schlug
    /// er vor", "Das bestätigte ein Sprecher": when the prefield can be no
    /// speaker, a speaker-like phrase after the finite verb in a form that can
    /// be nominative is the subject, and the prefield a fronted object.
    fn fronted_object_subject(
        &self,
        pre: &Range<usize>,
        cue: &VerbCue,
        c: &Clause,
    ) -> Option<Range<usize>> {
        let v = self.v;
        if self.speaker_like(pre) {
            // "Verteidigungsminister X warf er vor", "Dem Präsidenten dankte
            // sie": a nominative pronoun right after a singular verb is the
            // subject even of a speaker-like prefield ("sie" only after a
            // dative "dem", else it may be the object)
            let k = cue.fin + 1;
            let dative = v.lo_in(pre.start, &["dem", "einem"]);
            let nominative = k < c.end
                && Some(k) != cue.particle
                && !v.lo(cue.fin).ends_with("en")
                && (v.lo_is(k, "er") || (dative && v.lo_is(k, "sie")));
            return nominative.then_some(k..k + 1);
        }
        let post = self.postverbal(cue.fin + 1, c.end, cue)?;
        // the subject stands right after the verb, before objects and phrases
        // ("sagte gegenüber Heise" names the addressee)
        if !(cue.fin + 1..post.start).all(|k| {
            !v.is_word(k) && !v.in_quote(k)
                || v.has(k, ADV) && !v.has(k, PREP)
                || Some(k) == cue.particle
                || v.lo_is(k, "sich")
        }) {
            return None;
        }
        // a plural verb ("werfen", "sagten") wants a plural subject
        let plural = v.lo(cue.fin).ends_with("en");
        if post.len() == 1 && v.lo_in(post.start, &["er", "sie"]) {
            return (!plural || v.lo_is(post.start, "sie")).then_some(post);
        }
        if !self.speaker_like(&post) {
            return None;
        }
        // with no article the prefield is an adverbial ("Offiziell",
        // "Ende Januar"); "das"/"dies" alone is a fronted object
        let pre_bare = !v.has(pre.start, DET | PRON)
            || (pre.len() == 1 && v.lo_in(pre.start, &["das", "dies", "dieses"]));
        let ok = match v.lo(post.start) {
            // "der Minister" (nominative) but not "der Zeitung" (dative)
            "der" | "dieser" | "jener" => !plural && !self.feminine_head(&post),
            // nominative or accusative: only after an adverbial prefield
            "die" | "das" | "ein" | "eine" | "diese" | "dieses" => pre_bare,
            _ => !plural && !v.has(post.start, DET),
        };
        ok.then_some(post)
    }

    /// Does a token range overlap a mention of a person or organisation?
    fn names_actor(&self, r: Range<usize>) -> bool {
        let sp = self.v.span(r.start, r.end);
        let i = self.actors.partition_point(|m| m.end <= sp.start);
        self.actors.get(i).is_some_and(|m| m.overlaps(sp))
    }

    /// The rule for nouns of speech acts ("Forderung", "Vorwurf",
    /// "Ankündigung") whose content follows as a complement clause; the
    /// genitive after the noun or a possessive before it names the speaker.
    fn speech_act_noun(
        &mut self,
        c: &Clause,
        r: usize,
        ci: usize,
        clauses: &[Clause],
        s: &Range<usize>,
        si: usize,
    ) {
        const NOUNS: &[&str] = &[
            "forderung",
            "forderungen",
            "aufforderung",
            "vorwurf",
            "vorwürfe",
            "vorwurfs",
            "behauptung",
            "behauptungen",
            "ankündigung",
            "warnung",
            "drohung",
            "appell",
            "aufruf",
            "versprechen",
            "zusage",
            "beteuerung",
            "einwand",
            "vorschlag",
            "hinweis",
            "hinweise",
            "bericht",
            "berichte",
            "gerücht",
            "gerüchte",
            "meldung",
            "meldungen",
            "bitte",
            "aussage",
            "begründung",
            "befürchtung",
            "befürchtungen",
            "annahme",
            "these",
            "theorie",
            "hypothese",
            "vermutung",
            "vermutungen",
            "verdacht",
            "hoffnung",
            "erwartung",
            "zweifel",
            "argument",
            "zusicherung",
            "mahnung",
            "empfehlung",
            "anfrage",
            "anfragen",
            "anweisung",
            "feststellung",
            "beschwerde",
            "anschuldigung",
            "anschuldigungen",
            "schlussfolgerung",
            "einschätzung",
            "beschluss",
            "erklärung",
            "erklärungen",
            "darstellung",
            "botschaft",
            "befehl",
            "bedingung",
            "information",
            "eingeständnis",
            "äußerung",
            "äußerungen",
            "mitteilung",
            "andeutung",
            "versicherung",
            "überzeugung",
            "sorge",
            "kritik",
        ];
        let v = self.v;
        let Some(noun) = (c.start..c.end)
            .rev()
            .find(|&k| v.is_cap(k) && v.lo_in(k, NOUNS) && !v.in_quote(k))
        else {
            return;
        };
        if noun == c.start || !(c.start..noun).any(|k| v.has(k, DET) || v.has(k, PRON)) {
            return;
        }
        // "Damit bestätigt sich die Befürchtung, dass …": a fear that comes
        // true is no one's statement
        if (c.start..c.end).any(|k| v.lo_is(k, "sich"))
            && (c.start..noun).any(|k| {
                let w = v.lo(k);
                w.starts_with("bestätig") || w.starts_with("bewahrheit")
            })
        {
            return;
        }
        // "sagte zu den Vorwürfen, …": the topic of another speech act, whose
        // own verb takes the complement
        if (c.start..noun)
            .any(|k| v.lo_in(k, &["zu", "zum", "zur"]) && !self.verb_cues(c).is_empty())
        {
            return;
        }
        // only a genitive may follow the noun in its clause
        let genitive = if noun + 1 < c.end {
            if !v.lo_in(
                noun + 1,
                &[
                    "des", "der", "eines", "einer", "seines", "seiner", "ihres", "ihrer", "von",
                    "vom",
                ],
            ) {
                return;
            }
            let from = if v.lo_in(noun + 1, &["von", "vom"]) {
                noun + 2
            } else {
                noun + 1
            };
            match v.np(from, c.end) {
                Some(e) if e >= c.end => Some(noun + 1..e),
                _ => return,
            }
        } else {
            None
        };
        // skip an apposition to the owner ("ihres Trainers, Greg Poss, …")
        let mut start = r + 1;
        if let Some(next) = clauses.get(ci + 1) {
            if next.start == start
                && next.right.is_some_and(|x| v.is(x, ","))
                && v.noun_like(next.start)
                && v.np(next.start, next.end) == Some(next.end)
                && self.verbless(next.start..next.end)
            {
                start = next.end + 1;
            }
        }
        if start >= s.end {
            return;
        }
        let end = self.resume_end(start, self.content_end(start, s.end));
        let content = start..end;
        if !self.complement_ok(&content, Frame::CLAUSE, false) {
            return;
        }
        let possessive = (noun.saturating_sub(2).max(c.start)..noun).find(|&k| {
            v.lo_in(
                k,
                &[
                    "seine", "seiner", "seinen", "seinem", "ihre", "ihrer", "ihren", "ihrem",
                ],
            )
        });
        // no owner named: the subject of the noun's clause when it can speak
        // and the noun is its object ("Die Forscher vertreten die These, …"),
        // else the noun stands for its source ("die Behauptung, …")
        // nouns of what the subject itself holds or decides; the subject of
        // "wies den Vorwurf zurück" answers someone else's speech act
        const HELD: &[&str] = &[
            "these",
            "theorie",
            "hypothese",
            "hoffnung",
            "erwartung",
            "beschluss",
            "schlussfolgerung",
            "argument",
            "zusicherung",
            "empfehlung",
            "vermutung",
            "vermutungen",
            "zweifel",
            "feststellung",
            "mahnung",
            "anweisung",
            "einschätzung",
            "befürchtung",
            "befürchtungen",
            "annahme",
            "verdacht",
            "befehl",
            "bedingung",
        ];
        let subject = || {
            v.lo_in(noun, HELD).then_some(())?;
            self.clause_subject_guess(c).filter(|m| {
                !m.contains(&noun)
                    && (self.speaker_like(m)
                        || self.names_actor(m.clone())
                        || self.np_head(m).is_some_and(|h| v.has(h, STATEMENT_NOUN)))
            })
        };
        // "Von der Polizei kam die Information, …", "Aus Paris kommt die
        // Forderung, …": the origin fronted before "kommen" is the source
        let origin = || {
            let k = c.start;
            (v.lo_in(k, &["von", "vom", "aus"])
                && (k + 1..noun).any(|m| v.is_lower_word(m) && v.kw(m, KW_KOMMEN)))
            .then(|| v.np(k + 1, noun))
            .flatten()
            .filter(|&e| e > k + 1 && e < noun && v.is_lower_word(e) && v.kw(e, KW_KOMMEN))
            .map(|e| k + 1..e)
        };
        let mention = genitive
            .or_else(|| possessive.map(|k| k..k + 1))
            .or_else(subject)
            .or_else(origin)
            .or(Some(noun..noun + 1));
        self.push(vec![content], mention, vec![noun], "speech-act-noun", si, 3);
    }

    /// "bekannt werden" ("wurde bekannt, dass …", "wie bekannt wurde, …"): the
    /// content is reported, its source unnamed.
    fn became_known(&mut self, c: &Clause, r: usize, s: &Range<usize>, si: usize) {
        let v = self.v;
        let Some(k) = (c.start..c.end).find(|&k| v.lo_is(k, "bekannt") && !v.in_quote(k)) else {
            return;
        };
        let werden = (c.start..c.end).any(|m| {
            v.lo_in(
                m,
                &[
                    "wurde", "wird", "wurden", "werde", "worden", "geworden", "werden",
                ],
            )
        });
        if !werden || r + 1 >= s.end {
            return;
        }
        let wie = v.lo_is(c.start, "wie");
        let start = r + 1;
        let end = self.resume_end(start, self.content_end(start, s.end));
        let content = start..end;
        let ok = if wie {
            c.start == s.start && self.statement_before(&content)
        } else {
            v.lo_in(start, &["dass", "daß"]) || self.complement_ok(&content, Frame::CLAUSE, false)
        };
        if ok {
            self.push(vec![content], None, vec![k], "bekannt-werden", si, 3);
        }
    }

    /// An opening too short to be a statement by itself: at most four words
    /// outside quotations ("Das Problem sei vielmehr", "Doch sei es").
    fn unfinished(&self, r: &Range<usize>) -> bool {
        let v = self.v;
        v.qmark[r.start] == 0 && r.clone().filter(|&k| v.is_word(k)).count() <= 4
    }

    /// Where a complement inside a sentence ends: at the comma after which
    /// the main clause resumes with its finite verb ("…, zu beenden, kann
    /// seine Mannschaft …").
    fn resume_end(&self, from: usize, end: usize) -> usize {
        let v = self.v;
        (from..end)
            .find(|&k| {
                v.is(k, ",")
                    && !v.in_quote(k)
                    && k + 1 < end
                    && v.is_lower_word(k + 1)
                    && (v.has(k + 1, AUX)
                        || (v.fl[k + 1] == 0
                            && v.toks[k + 1].kind == TokenKind::Word
                            && !incorporated_zu(v.lo(k + 1))))
                    && !v.has(k + 1, PREP | DET | SUBORD | COORD | ADV | PRON)
            })
            .unwrap_or(end)
    }

    /// A stretch of words without a verb: only nouns, names, articles,
    /// adjectives, particles and quotations.
    fn verbless(&self, r: Range<usize>) -> bool {
        let v = self.v;
        r.clone().all(|k| {
            v.in_quote(k)
                || !v.is_word(k)
                || !(v.has(k, AUX)
                    || (v.is_lower_word(k)
                        && v.fl[k] == 0
                        && !v.adj_like(k)
                        && !v.w(k).contains('-')))
        })
    }

    /// Does a sentence name a document or statement ("Studie", "Bericht",
    /// "Quartalszahlen", "Darstellung")?
    fn names_document(&self, s: &Range<usize>) -> bool {
        let v = self.v;
        (s.start..s.end).any(|k| {
            v.is_cap(k)
                && !v.in_quote(k)
                && (v.has(k, STATEMENT_NOUN | SOURCE_NOUN) || {
                    let l = v.lo(k);
                    SOURCE_SUFFIXES
                        .iter()
                        .any(|x| l.len() > x.len() && l.ends_with(x))
                        || l.ends_with("zahlen")
                        || l.ends_with("bericht")
                })
        })
    }

    /// The subject of a sentence when its head names a person or an
    /// organisation ("Das Institut sieht keine Gefahr."): who a following
    /// sentence in Konjunktiv I reports.
    fn actor_subject(&self, si: usize) -> Option<Range<usize>> {
        let v = self.v;
        let s = self.sents.get(si)?.clone();
        let r = self.sentence_subject(&s)?;
        let head = (r.start..r.end).filter(|&k| v.noun_like(k)).take(2);
        let named = head.into_iter().any(|k| self.names_actor(k..k + 1));
        named.then_some(r)
    }

    /// The subject of a sentence's main clause: its prefield when that is a
    /// noun phrase, else the noun phrase after the finite verb.
    fn sentence_subject(&self, s: &Range<usize>) -> Option<Range<usize>> {
        let v = self.v;
        let k = s.start;
        if k >= s.end || v.in_quote(k) {
            return None;
        }
        // a passive with its agent: "Die Forderungen wurden von Minister X als
        // unrealistisch bezeichnet" — the agent is the one who acts
        if let Some(a) = self.passive_agent(s) {
            return Some(a);
        }
        if (v.has(k, DET | PRON) && !v.has(k, PREP)) || v.noun_like(k) {
            // "Einer der Putschisten", "Keiner der Befragten": a partitive
            if v.lo_in(
                k,
                &["einer", "eine", "eines", "keiner", "keine", "jeder", "jede"],
            ) && v.lo_in(k + 1, &["der", "des"])
            {
                if let Some(e) = v.np(k + 1, s.end) {
                    return Some(k..e);
                }
            }
            return v.np(k, s.end).map(|e| k..e);
        }
        // skip the fronted adverbial up to the finite verb
        let mut j = k;
        while j < s.end && j < k + 12 {
            if v.is_lower_word(j)
                && !v.has(j, PREP | DET | ADV | COORD | SUBORD | FUNC)
                && (!v.adj_like(j) || self.verb_before_np(j))
                || v.has(j, AUX)
            {
                break;
            }
            if v.is_boundary(j) {
                return None;
            }
            j += 1;
        }
        let dummy = VerbCue::plain(j, Frame::CLAUSE);
        let end = (j..s.end).find(|&m| v.is_boundary(m)).unwrap_or(s.end);
        self.postverbal(j + 1, end, &dummy)
    }

    /// Emits the quotation that opens at token `r` as the object of the cue
    /// ("nannte den Platzverweis „überzogen“"); the speaker is the subject, or
    /// the noun phrase after the verb when the quotation is fronted. False when
    /// the quotation is never closed.
    fn push_object_quote(
        &mut self,
        r: usize,
        c: &Clause,
        cue: &VerbCue,
        s: &Range<usize>,
        cue_toks: &[usize],
        si: usize,
    ) -> bool {
        let v = self.v;
        let Some(ct) = v.close_tok[v.qmark[r] as usize - 1] else {
            return false;
        };
        let mention = if r < cue.fin {
            // "X, der den Sieg als „Fest“ bezeichnete": a relative clause's pronoun
            self.postverbal(cue.fin + 1, c.end, cue)
                .or_else(|| self.relative_subject(c, cue))
        } else {
            self.subject(c, cue, s, true)
        };
        self.push(
            vec![r..ct + 1],
            mention,
            cue_toks.to_vec(),
            "verb-object-quote",
            si,
            2,
        );
        true
    }

    /// Is the cue clause a relative clause closed by its verb ("…, die von
    /// den Behörden gefordert wurde", "…, in dem er erklärt hatte", "…,
    /// dessen Rücktritt verlangt wird")? A pronoun that a capitalised noun
    /// follows ("…, die Regierung hat erklärt, …") may start a main clause
    /// and does not count.
    fn relative_cue_clause(&self, c: &Clause, cue: &VerbCue, s: &Range<usize>) -> bool {
        let v = self.v;
        if c.start == s.start || !c.left.is_some_and(|l| v.is(l, ",")) || cue.particle.is_some() {
            return false;
        }
        let mut f = c.start;
        if v.has(f, PREP) && v.is_lower_word(f) && f + 1 < c.end {
            f += 1;
        }
        let always = [
            "dessen", "deren", "denen", "welche", "welcher", "welches", "welchem", "welchen",
        ];
        let article = ["der", "die", "das", "dem", "den"];
        let pronoun = v.lo_in(f, &always)
            || (v.lo_in(f, &article)
                && f + 1 < c.end
                && !v.noun_like(f + 1)
                && (!v.adj_like(f + 1) || v.has(f + 1, DET)))
            || (f > c.start && v.lo_in(f, &article));
        let last = (c.start..c.end).rev().find(|&k| v.is_word(k));
        let verb_final = last.is_some_and(|k| {
            k == cue.verb || (k > cue.verb && v.is_lower_word(k) && v.has(k, AUX))
        });
        pronoun && verb_final
    }

    /// After a relative clause closed by a cue: does the text from `k` go on
    /// with the main clause rather than report? An indicative finite verb
    /// first ("…, die erwartet wurden, trafen gestern ein") or a
    /// zu-infinitive the cue cannot take ("…, die zum Notstandsgebiet
    /// erklärt wurde, mit Lebensmitteln zu versorgen").
    fn resumes_after_relative(&self, k: usize, end: usize, cue: &VerbCue) -> bool {
        let v = self.v;
        if k >= end || v.lo_in(k, &["dass", "daß", "ob"]) {
            return false;
        }
        let finite_first = v.is_lower_word(k)
            && !v.is_subjunctive(k, true)
            && (v.has(k, AUX)
                || (v.fl[k] == 0
                    // adverbs and adjectives ("speziell", "möglich", "schwierig")
                    && !["ell", "ich", "ig", "isch", "bar", "sam", "los", "voll", "weise"]
                        .iter()
                        .any(|suf| v.lo(k).ends_with(suf))))
            && !v.noun_like(k + 1)
            && !(k + 1 < end && v.adj_like(k + 1) && !v.has(k + 1, DET))
            && !v.lo(k).ends_with("end");
        let stop = (k..end)
            .find(|&j| v.is_boundary(j) && !v.in_quote(j))
            .unwrap_or(end);
        let last = (k..stop).rev().find(|&j| v.is_word(j));
        let zu_inf = last.is_some_and(|j| {
            v.is_lower_word(j) && ((j > k && v.lo_is(j - 1, "zu")) || incorporated_zu(v.lo(j)))
        });
        let passive = cue.passive
            || (cue.verb + 1..k.saturating_sub(1)).any(|j| v.is_lower_word(j) && v.has(j, PASSIVE));
        finite_first || (zu_inf && passive && !cue.frame.has(Frame::INFINITIVE))
    }

    /// "Für den Gesundheitsminister ist die Lage „alarmierend“", "was für
    /// die Ministerin eine „flexible Lösung“ ist": a quoted predicate of a
    /// copula whose judge is named by "für" and a speaker-like phrase.
    fn fuer_predicate(&mut self, c: &Clause, si: usize) {
        let v = self.v;
        let Some(r) = c.first_right.filter(|&r| {
            v.qmark[r] != 0 && v.open_tok[v.qmark[r] as usize - 1] == r && r > c.start
        }) else {
            return;
        };
        let Some(ct) = v.close_tok[v.qmark[r] as usize - 1] else {
            return;
        };
        let copula = (c.start..c.end).any(|k| {
            !v.in_quote(k)
                && v.lo_in(
                    k,
                    &[
                        "ist", "sind", "war", "waren", "sei", "seien", "wäre", "wären",
                    ],
                )
        });
        if !copula {
            return;
        }
        let Some(f) = (c.start..r).find(|&k| v.lo_is(k, "für") && !v.in_quote(k)) else {
            return;
        };
        let Some(e) = v.np(f + 1, r) else {
            return;
        };
        let m = f + 1..e;
        if !(self.speaker_like(&m) || self.names_actor(m.clone())) {
            return;
        }
        self.push(vec![r..ct + 1], Some(m), vec![f], "fuer-predicate", si, 3);
    }

    /// An attitude held by the subject and stated with a predicate adjective:
    /// "X ist zuversichtlich / zeigte sich besorgt / war sich sicher, dass …"
    /// or a judgement with "halten … für": "X hält es für möglich, dass …".
    /// The complement clause after the comma is what X holds; a subject "es"
    /// ("Es ist sicher, dass") holds nothing.
    fn attitude_predicate(&mut self, c: &Clause, r: usize, s: &Range<usize>, si: usize) {
        let v = self.v;
        let Some(last) = (c.start..c.end).rev().find(|&k| v.is_word(k)) else {
            return;
        };
        if !v.is_lower_word(last) || last < c.start + 2 {
            return;
        }
        const ATTITUDE: &[&str] = &[
            "überzeugt",
            "zuversichtlich",
            "sicher",
            "gewiss",
            "optimistisch",
            "skeptisch",
            "besorgt",
            "beunruhigt",
            "zufrieden",
            "enttäuscht",
            "erleichtert",
            "froh",
            "bewusst",
            "einig",
            "stolz",
            "empört",
            "entsetzt",
            "bestürzt",
            "zuversichtlicher",
        ];
        const COPULA: &[&str] = &[
            "ist", "sind", "war", "waren", "sei", "seien", "wäre", "wären", "zeigte", "zeigten",
            "zeigt", "zeigen", "gab", "gaben", "gibt", "geben",
        ];
        const HALTEN: &[&str] = &[
            "hält", "halten", "hielt", "hielten", "hielte", "halte", "gehalten",
        ];
        let outside = |k: &usize| !v.in_quote(*k) && !v.paren[*k];
        let fuer = (last.saturating_sub(3).max(c.start)..last)
            .rev()
            .find(|&k| v.lo_is(k, "für"))
            .filter(|&f| (f + 1..last).all(|k| v.is_lower_word(k)));
        let fin = match fuer {
            Some(_) => (c.start..c.end)
                .filter(outside)
                .find(|&k| v.lo_in(k, HALTEN)),
            None if v.lo_in(last, ATTITUDE) => (c.start..last)
                .filter(outside)
                .find(|&k| v.lo_in(k, COPULA)),
            None => None,
        };
        let Some(fin) = fin else {
            return;
        };
        let content = r + 1..self.content_end(r + 1, s.end);
        if !(self.complement_ok(&content, Frame::CLAUSE, false)
            || self.complement_ok(&content, Frame::INFINITIVE, false))
        {
            return;
        }
        let cue = VerbCue::plain(fin, Frame::CLAUSE);
        let Some(mention) = self.subject(c, &cue, s, true) else {
            return;
        };
        if mention.len() == 1 && v.lo_in(mention.start, &["es", "das", "dies", "man"]) {
            return;
        }
        self.push(
            vec![content],
            Some(mention),
            vec![fin, last],
            "attitude-predicate",
            si,
            2,
        );
    }

    /// The quotation that opens a later clause of the sentence as the object
    /// of a cue whose own clause ends in a comma: the clauses between must be
    /// appositions or relative clauses ("nannte Anna Roth, Leiterin des
    /// Amtes, die Pläne „verfehlt“"), the clause itself a noun phrase or
    /// "als" before the quotation. Without a "nennen"-type cue only the
    /// predicate with "als" counts ("würdigte ihn, der …, als „…“").
    fn later_object_quote(&self, clauses: &[Clause], ci: usize, nominal: bool) -> Option<usize> {
        let v = self.v;
        let mut prev = *clauses.get(ci)?;
        for c2 in clauses.iter().skip(ci + 1).take(4) {
            if !prev.right.is_some_and(|r| v.is(r, ",")) {
                return None;
            }
            if let Some(r) = c2.first_right.filter(|&r| {
                v.qmark[r] != 0 && v.open_tok[v.qmark[r] as usize - 1] == r && r > c2.start
            }) {
                let als = v.lo_is(c2.start, "als") && r == c2.start + 1;
                let np = nominal && v.np(c2.start, r) == Some(r) && !v.has(r - 1, PREP);
                if als || np {
                    return Some(r);
                }
            }
            let range = c2.start..c2.end;
            let relative = self.relative_clause(&range)
                || (v.has(c2.start, PREP) && self.relative_clause(&(c2.start + 1..c2.end)));
            let apposition = v.np(c2.start, c2.end) == Some(c2.end);
            if !(relative || apposition) {
                return None;
            }
            prev = *c2;
        }
        None
    }

    /// Two main clauses with one subject ("Die Polizei prüft die Hinweise,
    /// konnte aber bislang nichts feststellen"): an actor subject, its own
    /// indicative verb right after it, and a cue verb without a subject of
    /// its own after the comma. The first clause is narrated, not reported.
    fn shared_subject(&self, before: &Range<usize>, cue: &VerbCue) -> bool {
        let v = self.v;
        if v.qmark[before.start] != 0
            || (before.start..before.end).any(|k| v.in_quote(k) || v.is_subjunctive(k, true))
        {
            return false;
        }
        let Some(e) = v.np(before.start, before.end) else {
            return false;
        };
        let finite = e < before.end
            && v.is_lower_word(e)
            && (v.has(e, AUX) || (v.fl[e] == 0 && !v.adj_like(e)));
        let k = cue.fin + 1;
        let no_subject_after = k < v.n()
            && (v.lo_in(
                k,
                &[
                    "aber",
                    "jedoch",
                    "allerdings",
                    "zudem",
                    "auch",
                    "ebenfalls",
                    "ihrerseits",
                ],
            ) || v.has(k, PREP));
        // a subject that names no speaker is shared too when the cue has no
        // subject of its own after it ("Die Rebellen bestreiten den Vorwurf,
        // beharren aber auf …")
        let end = self
            .sent_of(cue.fin)
            .map(|si| self.sents[si].end)
            .unwrap_or(v.n());
        let stop = (k..end)
            .find(|&m| v.is_boundary(m) && !v.in_quote(m))
            .unwrap_or(end);
        let mut m = k;
        while m < stop && (v.has(m, ADV) || v.lo_in(m, &["aber", "jedoch", "allerdings"])) {
            m += 1;
        }
        let no_own_subject = m >= stop || (v.has(m, PREP) && !v.has(m, DET | PRON));
        finite && no_subject_after && (self.speaker_like(&(before.start..e)) || no_own_subject)
    }

    /// An indicative past-tense finite form ("hatte", "konnte", "begann",
    /// "meldete"): narration rather than a report's present.
    fn past_tense(&self, k: usize) -> bool {
        let v = self.v;
        if !v.is_lower_word(k) {
            return false;
        }
        let w = v.lo(k);
        v.lo_in(
            k,
            &[
                "hatte", "hatten", "war", "waren", "wurde", "wurden", "konnte", "konnten",
                "musste", "mussten", "durfte", "durften", "wollte", "wollten", "ging", "gingen",
                "kam", "kamen", "fing", "fingen", "begann", "begannen",
            ],
        ) || (v.fl[k] == 0 && !v.adj_like(k) && (w.ends_with("te") || w.ends_with("ten")))
    }

    /// Does `from..to` hold a main clause of its own: a lower-case finite
    /// verb outside quotations after at least one word ("Die Funde machten
    /// sie 2000", "erklärte der Direktor")?
    fn full_clause_before(&self, from: usize, to: usize) -> bool {
        let v = self.v;
        (from + 1..to).any(|k| {
            !v.in_quote(k)
                && !v.paren[k]
                && v.is_lower_word(k)
                && (v.has(k, AUX)
                    || !v.forms(k).is_empty()
                    || (v.fl[k] == 0 && (v.lo(k).ends_with("te") || v.lo(k).ends_with("ten"))))
        })
    }

    /// "nennen" that gives a name, not a verdict: said of nobody ("Dies nennt
    /// man einen „…“", "In Kuba werden sie „…“ genannt") or of itself ("Dann
    /// nennt sie sich „…“").
    fn naming(&self, c: &Clause, cue: &VerbCue, r: usize) -> bool {
        let v = self.v;
        let nennen = |k: usize| {
            let w = v.lo(k);
            w.starts_with("nenn") || w.starts_with("nann") || w == "genannt"
        };
        if !nennen(cue.verb) {
            return false;
        }
        let outside = |k: &usize| !v.in_quote(*k) && !v.paren[*k];
        let impersonal = (c.start..r)
            .filter(outside)
            .any(|k| v.lo_in(k, &["man", "sich"]));
        let agentless = cue.passive
            && !(c.start..c.end)
                .filter(outside)
                .any(|k| v.lo_in(k, &["von", "vom"]));
        impersonal || agentless
    }

    fn postverbal(&self, from: usize, end: usize, cue: &VerbCue) -> Option<Range<usize>> {
        let v = self.v;
        let mut k = from;
        while k < end {
            if Some(k) == cue.particle || k == cue.verb {
                k += 1;
                continue;
            }
            if !v.is_word(k) {
                // a quoted name right after the verb: "schrieb „Die Zeit“"
                if k == from && self.quoted_name(k) {
                    return v.quote_starting_at(k);
                }
                k += 1;
                continue;
            }
            let l = v.lo(k);
            if v.has(k, PRON) && !v.has(k, DET) || (v.has(k, PRON) && v.np(k, end) == Some(k + 1)) {
                return Some(k..k + 1);
            }
            // "Hier stellte es fest": "es" for a court, a company, a ministry
            // but "sah es das Gericht als erwiesen an": "es" is the object
            // correlate when a noun phrase follows it
            if l == "es"
                && k == cue.fin + 1
                && !v.lo_in(cue.verb, &["heißt", "hieß", "hiess", "heisst"])
                && !(k + 1 < end && (v.has(k + 1, DET) || v.noun_like(k + 1)))
            {
                return Some(k..k + 1);
            }
            if matches!(
                l,
                "sich"
                    | "ihm"
                    | "ihn"
                    | "ihnen"
                    | "uns"
                    | "mir"
                    | "dazu"
                    | "darauf"
                    | "daran"
                    | "davon"
            ) || v.has(k, ADV)
                && !v.is_cap(k)
                // "gegenüber deutschen Automarken": a preposition before a phrase
                && !(v.has(k, PREP) && (v.has(k + 1, DET) || v.adj_like(k + 1)))
            {
                k += 1;
                continue;
            }
            if v.has(k, PREP) {
                // a name that opens with a particle: "sagte von der Leyen"
                if let Some(e) = self.person_starting_at(k, end) {
                    return Some(k..e);
                }
                // skip the prepositional phrase
                k = v.np(k + 1, end).unwrap_or(k + 1);
                continue;
            }
            if matches!(
                l,
                "dem" | "den" | "einem" | "einen" | "ihrem" | "ihren" | "seinem" | "seinen"
            ) {
                k = v.np(k, end).unwrap_or(k + 1);
                continue;
            }
            if v.has(k, DET) || v.noun_like(k) {
                if let Some(e) = v.np(k, end) {
                    return Some(k..e);
                }
            }
            // an article before a quoted name: "erklärte der „Verband der
            // Bäcker“"; "der" before a feminine or weakly inflected name is
            // dative ("sagte der „Zeit“", "der „Süddeutschen Zeitung“")
            if v.lo_in(k, &["der", "die", "das", "ein", "eine"]) && k < end && k + 1 < v.n() {
                if let Some(r) = v.quote_starting_at(k + 1) {
                    let words: Vec<usize> = (r.start..r.end).filter(|&m| v.is_word(m)).collect();
                    let first = words.first().copied();
                    let dative = v.lo_is(k, "der")
                        && (first.is_some_and(|f| v.lo(f).ends_with("en"))
                            || self.feminine_head(&(r.start + 1..r.end.saturating_sub(1))));
                    if !words.is_empty()
                        && words.len() <= 6
                        && first.is_some_and(|f| v.is_cap(f))
                        && !dative
                    {
                        return Some(k..r.end);
                    }
                    k = r.end;
                    continue;
                }
            }
            // a quoted name as subject: "zitiert „BBC News“ aus …"
            if let Some(r) = v.quote_starting_at(k) {
                let words = (r.start..r.end).filter(|&m| v.is_word(m)).count();
                if words <= 5 && r.start + 1 < r.end && v.is_cap(r.start + 1) {
                    return Some(r);
                }
            }
            if v.is_lower_word(k) && (v.has(k, FUNC) || v.adj_like(k) || v.forms(k).is_empty()) {
                k += 1;
                continue;
            }
            k += 1;
        }
        None
    }

    /// Does a content range look like a reported clause?
    fn complement_ok(&self, r: &Range<usize>, frame: Frame, colon: bool) -> bool {
        let v = self.v;
        if r.start >= r.end {
            return false;
        }
        if colon {
            return frame.has(Frame::QUOTE) && (v.qmark[r.start] != 0 || self.statement_before(r));
        }
        let first = r.start;
        if v.qmark[first] != 0 {
            return true;
        }
        if v.lo_in(
            first,
            &[
                "wonach", "weil", "da", "als", "wenn", "nachdem", "bevor", "obwohl", "während",
                "um", "indem", "zumal", "sobald",
            ],
        ) {
            return false;
        }
        if v.lo_in(first, &["dass", "daß"]) {
            return true;
        }
        // indirect questions ("berichtete, wie …", "ob …") report no statement
        if v.lo_in(first, &["ob"]) {
            return false;
        }
        if v.lo_in(
            first,
            &[
                "wie", "warum", "weshalb", "wieso", "was", "wer", "wo", "wann",
            ],
        ) {
            return false;
        }
        let kj = (r.start..r.end).any(|k| !v.in_quote(k) && v.is_subjunctive(k, true));
        if kj && frame.has(Frame::CLAUSE) {
            return true;
        }
        if self.relative_clause(r) {
            return false;
        }
        // verb-second complement in the indicative ("sagte, die USA hielten sich
        // daran"); after verbs and nouns of clauses only ("befürchtet", "den
        // Verdacht"), with a modal of report as its verb ("… könnte …")
        if frame.has(Frame::CLAUSE) {
            let quote_frame = frame.has(Frame::QUOTE);
            let subj = if v.has(first, PRON) && !v.has(first, DET) {
                Some(first + 1)
            } else if v.toks[first].kind == TokenKind::Number {
                // "200 feste und 300 freie Mitarbeiter sollen …": a counted subject
                let mut k = first;
                while k < r.end
                    && k < first + 8
                    && (v.toks[k].kind == TokenKind::Number
                        || v.adj_like(k)
                        || v.noun_like(k)
                        || v.has(k, COORD))
                    && !v.has(k, AUX)
                {
                    k += 1;
                }
                (k > first + 1 && k < r.end && v.has(k, AUX)).then_some(k)
            } else if v.has(first, DET) || v.noun_like(first) {
                v.np(first, r.end)
                    .filter(|&e| e > first + usize::from(v.has(first, DET)))
            } else {
                None
            };
            if let Some(e) = subj {
                // a quoted fragment that opens with the finite verb ("die
                // Regierung „habe versagt“"): the verb is its first word
                let e = match v.quote_starting_at(e) {
                    Some(q) if q.len() > 3 && v.is_lower_word(e + 1) => e + 1,
                    _ => e,
                };
                // (a modal or future auxiliary of a report, "sollen", "wollte",
                // "werden", looks like an adjective)
                let report_aux = v.lo_in(
                    e,
                    &[
                        "sollen", "sollte", "sollten", "wollen", "wollte", "wollten", "werden",
                        "würde", "würden", "könnte", "könnten",
                    ],
                );
                // (a weak past form after the subject's head noun is its finite
                // verb, not an attribute: "die Organisatoren verfolgten …";
                // an attributive adjective stands before its noun)
                let past_after_noun = e > first
                    && v.is_cap(e - 1)
                    && v.noun_like(e - 1)
                    && (v.lo(e).ends_with("te") || v.lo(e).ends_with("ten"))
                    && e + 1 < r.end
                    && (v.has(e + 1, DET | PRON | ADV) || v.noun_like(e + 1));
                if e < r.end
                    && v.is_lower_word(e)
                    && (quote_frame || report_aux)
                    && (!v.adj_like(e) || report_aux || past_after_noun)
                    && !v.has(e, PREP | DET | SUBORD | COORD)
                {
                    return true;
                }
            }
        }
        if frame.has(Frame::INFINITIVE) || frame.has(Frame::CLAUSE) {
            let Some(zu) = (r.start..r.end).find(|&k| {
                !v.in_quote(k)
                    && ((v.lo_is(k, "zu") && k + 1 < r.end && v.is_lower_word(k + 1))
                        || (v.is_lower_word(k) && incorporated_zu(v.lo(k))))
            }) else {
                return false;
            };
            // a finite auxiliary in the first clause before it makes that a main
            // clause of its own ("…, allerdings hatte sie keine Gelegenheit, die
            // Adresse anzugeben"), not a zu-infinitive group
            let first_end = (r.start..zu)
                .find(|&k| v.is_boundary(k) && !v.in_quote(k))
                .unwrap_or(zu);
            // (not the group's own auxiliary, "beteiligt gewesen zu sein",
            // "werden zu können", nor a fronted conditional, "sollte X …, …")
            return !(r.start + 1..first_end).any(|k| {
                v.is_lower_word(k)
                    && v.has(k, AUX)
                    && k + 1 < zu
                    && !v.lo_in(k, &["gewesen", "worden"])
            });
        }
        false
    }

    fn push(
        &mut self,
        parts: Vec<Range<usize>>,
        mention: Option<Range<usize>>,
        cue_toks: Vec<usize>,
        rule: &'static str,
        sent: usize,
        prio: u8,
    ) {
        let v = self.v;
        // a quotation opened inside the content runs to its closing mark (over sentence ends)
        let parts: Vec<Range<usize>> = parts
            .into_iter()
            .map(|p| {
                let mut end = p.end;
                for k in p.clone() {
                    if let Some(r) = v.quote_starting_at(k) {
                        end = end.max(r.end);
                    }
                }
                strip_end(v, p.start..end)
            })
            .filter(|p| p.start < p.end)
            .collect();
        if parts.is_empty() {
            return;
        }
        let words: usize = parts
            .iter()
            .map(|p| (p.start..p.end).filter(|&k| v.is_word(k)).count())
            .sum();
        // one word is enough for a quotation that is a speech verb's object
        // ("nannte ihn „überzogen“"); other contents need a phrase
        let one_quote = parts.len() == 1
            && v.qmark[parts[0].start] != 0
            && v.qmark[parts[0].start] == v.qmark[parts[0].end - 1];
        if words < 2
            && !(words == 1 && matches!(rule, "verb-object-quote" | "fuer-predicate") && one_quote)
        {
            return;
        }
        // a content that is exactly one quotation is that direct quote
        let mut kind = QuoteKind::Indirect;
        if parts.len() == 1 {
            let p = &parts[0];
            if v.qmark[p.start] != 0
                && v.qmark[p.start] == v.qmark[p.end - 1]
                && p.end - p.start > 1
            {
                let qi = v.qmark[p.start] as usize - 1;
                self.attached[qi] = true;
                kind = QuoteKind::Direct;
            } else if v.qmark[p.start] != 0
                && p.end - 1 > p.start
                && (p.end..p.end + 1).all(|k| k <= v.n())
            {
                // the quotation covers nearly all the content
                let qi = v.qmark[p.start] as usize - 1;
                let inside = (p.start..p.end)
                    .filter(|&k| v.qin[k] as usize == qi + 1)
                    .count();
                if inside * 10 >= (p.end - p.start) * 8 {
                    self.attached[qi] = true;
                    kind = QuoteKind::Direct;
                }
            }
        }
        if kind == QuoteKind::Indirect {
            for p in &parts {
                let mut any = false;
                for k in p.clone() {
                    if v.qmark[k] != 0 {
                        self.attached[v.qmark[k] as usize - 1] = true;
                        any = true;
                    }
                }
                if any {
                    kind = QuoteKind::Mixed;
                }
            }
        }
        // "Welche Vorschläge sind Ihrer Meinung nach verfassungswidrig?",
        // "…, glauben Sie, dass …?": a question asks, it reports no statement
        if kind != QuoteKind::Direct
            && matches!(
                rule,
                "meinung-nach" | "nach-angaben" | "laut" | "zufolge" | "verb-after"
            )
        {
            if let Some(st) = self.sents.get(sent) {
                let last = (st.start..st.end)
                    .rev()
                    .find(|&k| !v.in_quote(k) && v.qmark[k] == 0);
                if last.is_some_and(|k| v.is(k, "?")) {
                    return;
                }
            }
        }
        let cue = if cue_toks.is_empty() {
            None
        } else {
            Some(
                cue_toks
                    .iter()
                    .map(|&k| v.w(k))
                    .collect::<Vec<_>>()
                    .join(" … "),
            )
        };
        // (a pronoun speaker keeps the words: "sagte er laut Xinhua" is his,
        // and the pronoun is resolved to him)
        let pronoun = mention
            .as_ref()
            .is_some_and(|m| m.len() == 1 && matches!(v.lo(m.start), "er" | "sie"));
        let mention = match cue_toks.first() {
            Some(&c) if matches!(rule, "verb-after" | "so" | "verb-complement") && !pronoun => {
                self.relay_source(c, &parts).or(mention)
            }
            _ => mention,
        };
        self.found.push(Found {
            parts,
            kind,
            mention,
            cue,
            cue_toks,
            rule,
            sent,
            prio,
        });
    }

    /// "…“, sagte der Minister laut ndr.de", "so X laut BBC News": a "laut"
    /// source in the cue's clause passes the words on, and the report is
    /// attributed to it (the words are known only through it).
    fn relay_source(&self, cue: usize, parts: &[Range<usize>]) -> Option<Range<usize>> {
        let v = self.v;
        let outside = |k: usize| parts.iter().all(|p| !p.contains(&k));
        let mut from = cue;
        while from > 0 && !v.is_boundary(from - 1) && !v.in_quote(from - 1) && cue - from < 20 {
            from -= 1;
        }
        let mut to = cue + 1;
        while to < v.n() && !v.is_boundary(to) && !v.in_quote(to) && to - cue < 20 {
            to += 1;
        }
        let k = (from..to).find(|&k| v.lo_is(k, "laut") && outside(k) && outside(k + 1))?;
        let e = v
            .np(k + 1, to)
            .or_else(|| v.quote_starting_at(k + 1).map(|r| r.end))?;
        (e > k + 1).then_some(k + 1..e)
    }

    /// The content before a cue that ends at boundary `l`: the quotation that
    /// closes there, or the sentence up to `l`.
    fn before_part(&self, s_start: usize, l: usize) -> Range<usize> {
        let v = self.v;
        if let Some(r) = v.quote_ending_at(l) {
            return r;
        }
        if l > 0 {
            if let Some(r) = v.quote_ending_at(l - 1) {
                // the quotation is the statement when it opens the sentence or
                // follows a colon; a quoted end of a longer sentence ("Das Gros
                // handhabe es „maßvoll“, so X") belongs to the whole sentence
                let opens = r.start <= s_start || (r.start > 0 && v.is(r.start - 1, ":"));
                if opens {
                    return r;
                }
            }
        }
        // "Noch am Montag war klar: X unterstützt den Streik, so der Aufruf":
        // the statement is what follows the last colon or semicolon
        let after = (s_start..l)
            .rev()
            .find(|&k| (v.is(k, ":") || v.is(k, ";")) && !v.in_quote(k) && !v.paren[k])
            .map(|k| k + 1)
            .filter(|&f| (f..l).filter(|&k| v.is_word(k)).count() >= 3);
        after.unwrap_or(s_start)..l
    }

    /// Where a complement that starts at `from` ends: the sentence end, or a
    /// semicolon, or a new main clause joined with "denn"/"doch".
    fn content_end(&self, from: usize, end: usize) -> usize {
        let v = self.v;
        let dash = |k: usize| v.is(k, "–") || v.is(k, "—");
        let mut k = from;
        while k < end {
            if v.in_quote(k) || v.paren[k] {
                k += 1;
                continue;
            }
            if dash(k) {
                // a dash inside a word ("Hamburg–Berlin") joins; a pair of dashes
                // encloses a parenthesis that belongs to the content
                let joined = k > 0 && v.toks[k - 1].span.end == v.toks[k].span.start;
                if joined {
                    k += 1;
                    continue;
                }
                if let Some(m) = (k + 1..end).find(|&m| dash(m) && !v.in_quote(m)) {
                    if m + 1 < end && !v.is(m + 1, ".") {
                        k = m + 1;
                        continue;
                    }
                }
                return k;
            }
            // a colon that opens a quotation: the speaker goes on in direct speech
            // ("…, die Lage sei ernst: „Wir …“")
            if v.is(k, ";") || (v.is(k, ":") && k > from && k + 1 < end && v.qmark[k + 1] != 0) {
                return k;
            }
            // "…, und kündigte an, …": the reporting clause goes on with a new verb
            if k > from
                && v.lo_in(k, &["und", "sowie", "aber"])
                && k + 1 < end
                && v.is_lower_word(k + 1)
                && v.fl[k + 1] == 0
                && (!v.forms(k + 1).is_empty() || v.lo(k + 1).ends_with("te"))
            {
                return k;
            }
            if v.is(k, ",") && k + 1 < end && v.lo_in(k + 1, &["denn", "doch", "sodass"]) {
                return k;
            }
            // "…, was bisher nicht bestätigt werden konnte", "…, nachdem bekannt
            // geworden war": a comment or a time clause of the reporter, told in
            // the indicative
            if v.is(k, ",")
                && k > from
                && k + 2 < end
                && v.lo_in(k + 1, &["was", "nachdem", "bevor", "seitdem"])
            {
                let stop = (k + 2..end)
                    .find(|&m| v.is_boundary(m) && !v.in_quote(m))
                    .unwrap_or(end);
                let indicative =
                    !(k + 2..stop).any(|m| !v.in_quote(m) && v.is_subjunctive(m, true));
                let verb_final = (k + 2..stop)
                    .rev()
                    .find(|&m| v.is_word(m))
                    .is_some_and(|m| v.is_lower_word(m) && (v.has(m, AUX) || v.fl[m] == 0));
                if indicative && verb_final {
                    return k;
                }
            }
            // "…, er sei unschuldig, erkannte das Gericht aber nicht an": after
            // the content's own first clause, an indicative finite verb (or
            // "wobei") opens the reporter's clause again. A comma after an
            // embedded clause ("die Regierung, die X, habe …") does not end it.
            if v.is(k, ",") && k + 1 < end && self.resumes_main(k + 1, end) {
                let first_clause =
                    !(from..k).any(|m| v.is(m, ",") && !v.in_quote(m) && !v.paren[m]);
                if first_clause {
                    return k;
                }
            }
            k += 1;
        }
        end
    }

    /// Does the token at `k` (after a comma) start a main clause of the
    /// reporter: an indicative finite verb before its subject or object
    /// ("erkannte die …", "wird nun …", "könnte es …"), or "wobei"?
    fn resumes_main(&self, k: usize, end: usize) -> bool {
        let v = self.v;
        if !v.is_lower_word(k) || v.in_quote(k) {
            return false;
        }
        if v.is(k, "wobei") {
            return true;
        }
        // "…, jedoch stets beteuert, …", "…, weiter hieß es, …": a new speech
        // verb after adverbs is a cue of its own
        let mut m = k;
        while m < end && m < k + 3 && v.has(m, ADV) && v.forms(m).is_empty() {
            m += 1;
        }
        if m > k && m < end && v.is_lower_word(m) && !v.forms(m).is_empty() {
            return true;
        }
        let next_ok = k + 1 < end
            && v.is_word(k + 1)
            && (v.has(k + 1, DET | PRON | ADV | FUNC) || v.lo_is(k + 1, "sich"));
        if !next_ok {
            return false;
        }
        let kj1 = matches!(v.mood(k), Some(Mood::Kj1 | Mood::Kj1Ambiguous));
        if v.has(k, AUX) {
            return !kj1;
        }
        let w = v.lo(k);
        v.fl[k] == 0 && !kj1 && (w.ends_with("te") || w.ends_with("ten")) && w.chars().count() > 5
    }

    /// Can the text before a trailing cue be a reported statement? Not an
    /// apposition ("Hubert Bart, Sprecher der X, sagte") and not a fronted
    /// subordinate clause ("Falls X, kündigte er an").
    fn statement_before(&self, r: &Range<usize>) -> bool {
        let v = self.v;
        if r.start >= r.end {
            return false;
        }
        if v.qmark[r.start] != 0 {
            return true;
        }
        let kj = (r.start..r.end).any(|k| !v.in_quote(k) && v.is_subjunctive(k, true));
        // "Selbst wenn …", "Auch wenn …": a focus word before the conjunction
        let sub = v.has(r.start, SUBORD)
            || (r.start + 1 < r.end
                && v.lo_in(
                    r.start,
                    &["selbst", "auch", "nur", "gerade", "sogar", "erst"],
                )
                && v.lo_in(r.start + 1, &["wenn", "falls", "obwohl", "als", "weil"]));
        if sub && !kj {
            return false;
        }
        if kj {
            return true;
        }
        // the first clause needs a verb: not a noun phrase with a relative
        // clause or an apposition ("Ulla Jelpke, die …, kritisierte")
        let first_end = (r.start..r.end)
            .find(|&k| v.is_boundary(k) && v.is(k, ","))
            .unwrap_or(r.end);
        // (a name with a lower-case particle, "al-Assadi", is no verb)
        let verb = (r.start..first_end).any(|k| {
            !v.in_quote(k)
                && ((v.is_word(k) && v.has(k, AUX))
                    || (v.is_lower_word(k) && v.fl[k] == 0 && !v.adj_like(k) && !v.noun_like(k)))
        });
        // a plural verb in -en looks like an inflected adjective; in the
        // second place, right after the noun phrase that opens the clause,
        // a lower-case word is the finite verb ("Die Preise steigen weiter")
        let v2 = || {
            v.np(r.start, first_end).is_some_and(|e| {
                e > r.start && e < first_end && v.is_lower_word(e) && v.fl[e] == 0 && !v.in_quote(e)
            })
        };
        verb || v2()
    }

    /// A relative clause on the noun before it ("sagte Anna Roth, die das
    /// Gesetz entworfen hatte"; "berichtet das Institut, das Websites
    /// beobachtet"): no Konjunktiv, a relative pronoun first and the verb at
    /// the end of its clause. A verb-second report starts with a noun phrase
    /// that the finite verb follows with more to come ("die Lage bleibt ernst").
    fn relative_clause(&self, r: &Range<usize>) -> bool {
        let v = self.v;
        if r.start >= r.end || (r.start..r.end).any(|k| !v.in_quote(k) && v.is_subjunctive(k, true))
        {
            return false;
        }
        let f = r.start;
        if v.lo_in(f, &["welche", "welcher", "welches", "welchem", "welchen"]) {
            return true;
        }
        if !v.lo_in(
            f,
            &[
                "der", "die", "das", "dem", "den", "deren", "dessen", "denen",
            ],
        ) || f + 1 >= r.end
        {
            return false;
        }
        let clause_end = (f..r.end)
            .find(|&k| v.is_boundary(k) && !v.in_quote(k))
            .unwrap_or(r.end);
        // a zu-infinitive with its object ("das Lager aufzugeben", "das seit
        // Januar geltende System auch dort einzusetzen")
        let zu_inf = |a: usize, b: usize| {
            (a..b).any(|k| {
                !v.in_quote(k)
                    && ((v.lo_is(k, "zu") && k + 1 < b && v.is_lower_word(k + 1))
                        || (v.is_lower_word(k) && incorporated_zu(v.lo(k))))
            })
        };
        // a first clause closed by a verb is a relative clause even when an
        // infinitive follows ("die fähig sind, die DVDs abzuspielen")
        let verb_final = (f..clause_end)
            .rev()
            .find(|&k| v.is_word(k))
            .is_some_and(|k| {
                v.has(k, AUX) || (v.is_lower_word(k) && v.fl[k] == 0 && !v.adj_like(k))
            });
        let infinitive = zu_inf(f, clause_end) || (!verb_final && zu_inf(f, r.end));
        if infinitive {
            return false;
        }
        let n = f + 1;
        if v.has(n, DET | PREP | PRON)
            || v.toks[n].kind == TokenKind::Number
            || (v.is_lower_word(n) && !v.adj_like(n) && v.fl[n] & ADV == 0)
            || (v.has(n, ADV) && !v.is_cap(n))
        {
            return true;
        }
        // "der konkrete Fälle auflistet": the word after the noun phrase ends the clause
        match v.np(f, clause_end) {
            Some(e) => e + 1 == clause_end && v.is_lower_word(e),
            None => false,
        }
    }

    /// Content after a parenthetical cue: part of the same clause ("X sei,
    /// sagte er, ernst"), or a new statement.
    fn after_part(&self, r: usize, s_end: usize) -> Option<(Range<usize>, bool)> {
        let v = self.v;
        if r + 1 >= s_end {
            return None;
        }
        let k = r + 1;
        let new_clause = v.qmark[k] != 0
            || v.has(k, DET | PRON)
            || v.is_cap(k)
            || v.lo_in(k, &["dass", "es", "man"]);
        // an apposition to the speaker ("sagte der Oberrabbiner, Yona Metzger.")
        // or a relative clause on it is no content
        if new_clause && (!self.statement_before(&(k..s_end)) || self.relative_clause(&(k..s_end)))
        {
            return None;
        }
        Some((k..s_end, new_clause))
    }

    /// Cue-based quotes of one sentence.
    pub fn sentence(&mut self, si: usize) {
        let s = self.sents[si].clone();
        let v = self.v;
        let clauses = self.clauses(&s);
        let n_found = self.found.len();
        for (ci, c) in clauses.iter().enumerate() {
            // speech verbs
            let mut cues = self.verb_cues(c);
            // a separable verb whose particle closes a later clause ("warf X, die …, den USA vor, …")
            // (only a cue on a token of this clause, or a "wie" clause's, is kept)
            // (also a participle after an apposition to the subject: "hatte der
            // Investor, Larry Silverstein, zugesagt, …" — the auxiliary here)
            let aux_here = || (c.start..c.end).any(|k| v.is_lower_word(k) && v.has(k, AUX));
            if cues.is_empty() && (v.lo_is(c.start, "wie") || self.may_cue_in(c) || aux_here()) {
                for (i2, c2) in clauses.iter().enumerate().skip(ci + 1).take(3) {
                    let after_apposition = |cu: &VerbCue| {
                        cu.verb == c2.start
                            && c2.end == c2.start + 1
                            && cu.fin < c.end
                            && cu.fin > c.start
                            && clauses[ci + 1..i2].iter().all(|m| {
                                (v.noun_like(m.start) || v.has(m.start, DET))
                                    && self.verbless(m.start..m.end)
                            })
                            && i2 > ci + 1
                    };
                    let merged = Clause {
                        start: c.start,
                        end: c2.end,
                        left: c.left,
                        right: c2.right,
                        first_right: c2.first_right,
                    };
                    let found: Vec<VerbCue> = self
                        .verb_cues(&merged)
                        .into_iter()
                        .filter(|cu| {
                            (cu.verb < c.end && cu.particle.is_some())
                                // "wie X, Sprecher von Y, mitteilte": an apposition inside
                                || (cu.wie && v.lo_is(c.start, "wie") && cu.verb + 1 == c2.end)
                                || after_apposition(cu)
                        })
                        .collect();
                    if !found.is_empty() {
                        cues = found
                            .into_iter()
                            .map(|mut cu| {
                                cu.span_end = Some((c2.end, c2.right));
                                cu
                            })
                            .collect();
                        break;
                    }
                }
            }
            for mut cue in cues {
                // "Als Grund nannte die NASA, …", "Als Begründung wurde genannt, dass
                // …": naming a reason or aim takes a complement clause
                if cue.nominal
                    && v.lo_is(c.start, "als")
                    && v.lo_in(
                        c.start + 1,
                        &[
                            "grund",
                            "begründung",
                            "ursache",
                            "ziel",
                            "bedingung",
                            "voraussetzung",
                        ],
                    )
                {
                    cue.nominal = false;
                    cue.frame = Frame::CLAUSE;
                    // a fronted predicative, not an "als" clause
                    cue.wie = false;
                }
                let c = &match cue.span_end {
                    Some((end, right)) => Clause {
                        start: c.start,
                        end,
                        left: c.left,
                        right,
                        first_right: right,
                    },
                    None => *c,
                };
                let cue_toks: Vec<usize> = std::iter::once(cue.verb).chain(cue.particle).collect();
                // "„…“, so charakterisierte ihn X": "so" before the verb
                let verb_initial = cue.fin == c.start
                    || (cue.wie && c.start < cue.fin)
                    || (cue.fin == c.start + 1
                        && v.lo_is(c.start, "so")
                        && c.left.is_some_and(|l| v.is(l, ",") || v.qmark[l] != 0));
                // the quotation is the verb's object: "nannte die Zahlen „aus der Luft gegriffen“"
                // also fronted: "Als „Fehler“ bezeichnete er …", "Von einer „Krise“ sprach er"
                let fronted = |r: usize| {
                    r > c.start
                        && (v.lo_is(r - 1, "als")
                            || (v.lo_in(r - 1, &["einer", "einem", "einen"])
                                && r >= c.start + 2
                                && v.lo_is(r - 2, "von")))
                };
                // a quotation in apposition to a noun names it ("im Fachmagazin
                // „…“", "vor der Pille „…“"); with "nennen"/"bezeichnen" the noun is
                // the object ("nannte die Entscheidung „…“") unless it stands in a
                // prepositional phrase ("in einem Interview mit dem Sender „…“")
                // a quotation opening with a lower-case word is a predicate
                // ("nannte die Bewerbung von Kanada „sehr respektabel“"), no name
                let appositive = |r: usize| {
                    let p = r - 1;
                    p > c.start
                        && !(r + 1 < v.n() && v.is_lower_word(r + 1))
                        && v.is_cap(p)
                        && v.noun_like(p)
                        && !v.has(p, DET | PRON)
                        && (!cue.nominal
                            || (p.saturating_sub(3).max(c.start)..p)
                                .any(|k| v.has(k, PREP) && !v.lo_in(k, &["als"])))
                };
                let object_quote = c.first_right.filter(|&r| {
                    v.qmark[r] != 0
                        && v.open_tok[v.qmark[r] as usize - 1] == r
                        && (cue.fin < r || fronted(r))
                        && !cue.wie
                        && !appositive(r)
                        && !self.naming(c, &cue, r)
                });
                // the object or predicate after an apposition or a relative clause
                // ("nannte X, Chef von Y, die Pläne „…“", "bezeichnete die Karten in
                // einem Spiel, in dem …, als „übertrieben“")
                let later_quote = if object_quote.is_none() && !cue.wie && cue.span_end.is_none() {
                    self.later_object_quote(&clauses, ci, cue.nominal)
                } else {
                    None
                };
                // with "nennen"-type cues a quoted name after an article or
                // preposition ("im Interview mit dem „Deutschlandfunk“") or
                // right after the verb ("nennt „Twitter“ und …") is no verdict
                let named = |r: usize| {
                    (v.has(r - 1, DET | PREP) || r - 1 == cue.verb) && self.quoted_name(r)
                };
                if cue.nominal {
                    if let Some(r) = object_quote.or(later_quote).filter(|&r| !named(r)) {
                        self.push_object_quote(r, c, &cue, &s, &cue_toks, si);
                    }
                    continue;
                }
                // a fronted adverbial clause ends with its verb ("Nachdem sie die
                // Polizei informiert hatte, wurde …", "Sollte sich das bestätigen,
                // …"): what follows is the main clause, not a complement
                let last_word = (c.start..c.end).rev().find(|&k| v.is_word(k));
                let adverbial_clause = c.start == s.start
                    && v.lo_in(
                        c.start,
                        &[
                            "nachdem", "als", "wenn", "weil", "da", "obwohl", "sobald", "bevor",
                            "während", "seit", "seitdem", "falls", "was", "sollte", "sollten",
                        ],
                    )
                    && last_word.is_some_and(|w| {
                        // the finite verb closes the clause (V1 "Sollte …" ends with the infinitive)
                        w == cue.fin
                            || (v.has(w, AUX) && w > cue.verb)
                            || (w == cue.verb && v.lo_in(c.start, &["sollte", "sollten"]))
                    });
                // a subordinate clause inside the sentence that ends with its cue
                // ("…, da sie befürchten, viele könnten …", "…, indem er sagte,
                // …", "…, während X den Vorschlag unterstützt und fordert, dass
                // …"): the complement after it is the cue's own; the main clause
                // stands before it
                let inner_clause = c.start > s.start
                    && c.left.is_some_and(|l| v.is(l, ","))
                    && v.lo_in(
                        c.start,
                        &[
                            "da", "weil", "während", "indem", "nachdem", "als", "zumal", "obwohl",
                        ],
                    )
                    && last_word.is_some_and(|w| w == cue.fin || (v.has(w, AUX) && w > cue.verb));
                // no statement is reported when a confirmation is denied or
                // reflexive ("wollte nicht bestätigen, dass"; "bestätigt sich
                // die Befürchtung, dass") or when nobody holds it ("Niemand
                // glaubt, dass")
                let verb = v.lo(cue.verb);
                let confirm = verb.starts_with("bestätig");
                let negated = (c.start..c.end).any(|k| v.kw(k, KW_NEG));
                let reflexive = [cue.verb.wrapping_sub(1), cue.verb + 1, cue.fin + 1]
                    .iter()
                    .any(|&k| k < v.n() && v.lo_is(k, "sich"));
                let nobody = (c.start..c.end).any(|k| v.kw(k, KW_NIEMAND));
                // "konnte weder bestätigen noch ausschließen, dass": neither said;
                // "ergibt sich aus der Tatsache, dass": a fact, not a finding
                let neither = (c.start..c.end).any(|k| v.kw(k, KW_WEDER));
                let results_from = verb.starts_with("erg") && reflexive;
                let no_statement =
                    (confirm && (negated || reflexive)) || nobody || neither || results_from;
                let after_colon_or_comma = c
                    .right
                    .filter(|&r| v.is(r, ",") || v.is(r, ":"))
                    // a dass-clause or a zu-infinitive group right after it is the
                    // verb's own complement ("Während X erklärte, aufgeregt zu sein, …")
                    .filter(|&r| {
                        !adverbial_clause
                            || v.lo_in(r + 1, &["dass", "daß"])
                            || (cue.frame.has(Frame::INFINITIVE)
                                && self.zu_group_after(r + 1, s.end))
                    })
                    .filter(|_| !no_statement)
                    // a cue closing a relative clause ("die Region, die zum
                    // Notstandsgebiet erklärt wurde, mit Hilfe zu versorgen"): what
                    // follows resumes the main clause unless it is a dass/ob clause
                    .filter(|&r| {
                        !self.relative_cue_clause(c, &cue, &s)
                            || !self.resumes_after_relative(r + 1, s.end, &cue)
                    });
                // A: content after the cue clause
                if let Some(r) = after_colon_or_comma {
                    let colon = v.is(r, ":");
                    let mut content = r + 1..self.content_end(r + 1, s.end);
                    // "schrieb: „…“, weiter hieß es …": a quotation after the colon
                    // is the whole content when a new clause follows it
                    if colon {
                        if let Some(q) = v.quote_starting_at(r + 1) {
                            let own_cue = (q.end..content.end).any(|k| {
                                !v.in_quote(k)
                                    && v.is_lower_word(k)
                                    && (!v.lex.speech_forms(v.lo(k)).is_empty()
                                        || v.lo_in(k, &["heißt", "hieß"]))
                            });
                            if q.end < content.end && v.is(q.end, ",") && own_cue {
                                content.end = q.end;
                            }
                        }
                    }
                    if adverbial_clause {
                        content.end = self.resume_end(content.start, content.end);
                    }
                    let mut appos = None;
                    // (a role phrase up to the first comma that is no complement
                    // itself: "sagte Li, der Vorsitzende des Ausschusses, dass …")
                    let first_part = content.start
                        ..(content.start..content.end)
                            .find(|&k| v.is(k, ",") && !v.in_quote(k))
                            .unwrap_or(content.end);
                    // ("die Firma, die das Werk betreibt, habe …": the phrase
                    // is the subject of a relative clause, no apposition)
                    let opens_relative = |k: usize| {
                        k + 1 < content.end
                            && v.lo_in(
                                k,
                                &[
                                    "der", "die", "das", "dem", "den", "deren", "dessen", "welche",
                                    "welcher", "welches",
                                ],
                            )
                            && !(v.noun_like(k + 1) || v.adj_like(k + 1))
                    };
                    let role_first = || {
                        // (nominative like the speaker it describes)
                        v.lo_in(r + 1, &["der", "die", "ein", "eine"])
                            && v.np(r + 1, first_part.end).is_some_and(|e| {
                                e == first_part.end && self.speaker_like(&(r + 1..e))
                            })
                    };
                    if !colon
                        && (v.noun_like(r + 1)
                            || (v.has(r + 1, DET)
                                && (!self.complement_ok(&content, cue.frame, false)
                                    || (!self.complement_ok(&first_part, cue.frame, false)
                                        && role_first()
                                        && !opens_relative(first_part.end + 1)))))
                    {
                        if let Some(e) = v.np(r + 1, content.end) {
                            if e < content.end && v.is(e, ",") && !v.in_quote(e) {
                                appos = Some(r + 1..e);
                                content = e + 1..content.end;
                            }
                        }
                    }
                    // "sagte X, …, aber auch, dass": adverbs between the commas
                    if !colon && content.start < content.end {
                        let mut k = content.start;
                        while k < content.end && v.has(k, ADV | COORD) && !v.has(k, SUBORD) {
                            k += 1;
                        }
                        if k > content.start && k < content.end && v.is(k, ",") {
                            content = k + 1..content.end;
                        }
                    }
                    if (!cue.wie || adverbial_clause || inner_clause)
                        && self.complement_ok(&content, cue.frame, colon)
                    {
                        // "Laut X sagte der Minister, …": the source passing the report on
                        // (also "Nach Angaben X, die …, kommt eine Untersuchung zu
                        // dem Ergebnis, dass …": the source opens the sentence)
                        let relay = (c.start..c.end)
                            .find(|&k| v.lo_is(k, "laut"))
                            .and_then(|k| v.np(k + 1, c.end).map(|e| k + 1..e))
                            .or_else(|| self.opening_source(&s, c.start))
                            .filter(|m| m.start < m.end);
                        let mention = match (self.subject(c, &cue, &s, true), appos) {
                            _ if relay.is_some() => relay,
                            // "Auch X, Stellvertreter von Y, glaubt, …": the subject
                            // stands before an apposition
                            (None, None) if cue.fin == c.start && ci >= 2 => {
                                let fc = clauses[0];
                                let mut k = fc.start;
                                while k < fc.end && v.has(k, ADV) && !v.has(k, DET) {
                                    k += 1;
                                }
                                (k < fc.end
                                    && fc.start == s.start
                                    && fc.right.is_some_and(|r| v.is(r, ","))
                                    && v.np(k, fc.end) == Some(fc.end)
                                    && clauses[1..ci].iter().all(|m| {
                                        v.np(m.start, m.end).is_some()
                                            && m.right.is_some_and(|r| v.is(r, ","))
                                    }))
                                .then_some(k..fc.end)
                            }
                            (Some(m), Some(a)) if m.end + 1 == a.start || m.end + 2 >= a.start => {
                                Some(m.start..a.end)
                            }
                            (None, Some(a)) => Some(a),
                            (m, _) => m,
                        };
                        self.push(
                            vec![content],
                            mention,
                            cue_toks.clone(),
                            if colon {
                                "verb-colon"
                            } else {
                                "verb-complement"
                            },
                            si,
                            2,
                        );
                        continue;
                    }
                }
                // C: a zu-infinitive after the participle without the optional
                // comma ("hat angekündigt die Preise zu erhöhen")
                if cue.frame.has(Frame::INFINITIVE) && cue.verb != cue.fin && !cue.wie {
                    if let Some(w) = last_word.filter(|&w| {
                        w > cue.verb + 1
                            && cue.fin < cue.verb
                            && self.zu_infinitive(w)
                            && v.is_word(cue.verb + 1)
                            && !v.has(cue.verb + 1, SUBORD)
                            && !(cue.verb + 1..w).any(|k| v.in_quote(k))
                    }) {
                        let content = cue.verb + 1..w + 1;
                        let mention = self.subject(c, &cue, &s, true);
                        self.push(
                            vec![content],
                            mention,
                            cue_toks.clone(),
                            "verb-complement",
                            si,
                            2,
                        );
                        continue;
                    }
                }
                // B: content before the cue clause ("…, sagte er." / "„…“ sagte er")
                // (not when the clause has its own quoted object after the verb:
                // "X, Y, Z, würdigte ihn als „…“")
                let own_object = object_quote
                    .is_some_and(|r| r > cue.fin && v.lo_is(r - 1, "als") && !self.quoted_name(r));
                if verb_initial && c.left.is_some() && !cue.wie && !own_object {
                    let l = c.left.unwrap_or(s.start);
                    let lw = v.w(l);
                    let before = self.before_part(s.start, l);
                    if l > s.start
                        && (lw == "," || v.qmark[l] != 0)
                        && self.statement_before(&before)
                        && !(lw == "," && self.shared_subject(&before, &cue))
                    {
                        let mut parts = vec![before];
                        let mention = self.after_cue_speaker(c, &cue, &s);
                        // parenthetical cue: "X, sagte er, sei Y"
                        if let Some(r) = c.right.filter(|&r| v.is(r, ",")) {
                            if let Some((p, new)) = self.after_part(r, s.end) {
                                // a short opening ("Der Präsident sei, sagte er, schuld
                                // daran") is continued after the cue, not a statement of its own
                                if new && !self.unfinished(&parts[0]) {
                                    self.push(
                                        vec![p],
                                        mention.clone(),
                                        cue_toks.clone(),
                                        "verb-after",
                                        si,
                                        2,
                                    );
                                } else {
                                    parts.push(p);
                                }
                            }
                        }
                        self.push(parts, mention, cue_toks.clone(), "verb-after", si, 2);
                        continue;
                    }
                    // "Der Grund, so vermutet die Zeitung, dürfte … sein",
                    // "Tatsächlich, so betont die Polizei, ist dies …": a "so"
                    // parenthesis inside a clause that goes on with its finite
                    // verb after it; the clause around it is the content
                    let resumes = c.right.filter(|&r| v.is(r, ",")).is_some_and(|r| {
                        r + 2 < s.end
                            && v.is_lower_word(r + 1)
                            && (v.has(r + 1, AUX) || v.mood(r + 1).is_some())
                    });
                    if lw == "," && l > s.start && v.lo_is(c.start, "so") && resumes {
                        let r = c.right.unwrap_or(c.end);
                        let mention = self.after_cue_speaker(c, &cue, &s);
                        self.push(
                            vec![before, r + 1..s.end],
                            mention,
                            cue_toks.clone(),
                            "verb-after",
                            si,
                            2,
                        );
                        continue;
                    }
                }
                // the quotation is the verb's object: "kritisierte den „Wortbruch“"; not a
                // quoted name ("teilte die „Herald Tribune“ mit")
                // the particle right after it makes it the object ("warf der
                // Regierung „Wortbruch“ vor")
                let particle_after = |r: usize| {
                    v.close_tok[v.qmark[r] as usize - 1]
                        .is_some_and(|ct| cue.particle == Some(ct + 1))
                };
                if let Some(r) = object_quote.filter(|&r| particle_after(r) || !self.quoted_name(r))
                {
                    if self.push_object_quote(r, c, &cue, &s, &cue_toks, si) {
                        continue;
                    }
                }
                if let Some(r) = later_quote {
                    if self.push_object_quote(r, c, &cue, &s, &cue_toks, si) {
                        continue;
                    }
                }
                // W: "wie X sagte"
                if cue.wie
                    && (v.lo_is(c.start, "wie")
                        || (v.has(c.start, COORD) && v.lo_is(c.start + 1, "wie")))
                {
                    let mention = self.subject(c, &cue, &s, false);
                    let mut parts = Vec::new();
                    if c.start > s.start + 1 {
                        if let Some(l) = c.left {
                            parts.push(s.start..l);
                        }
                    }
                    // the main clause's verb right after the cue's own last verb
                    // (its auxiliary in "wie X mitgeteilt hat, …")
                    let last = cue.verb.max(cue.fin);
                    if last + 1 < c.end && v.has(last + 1, AUX) {
                        parts.push(last + 1..s.end);
                    } else if let Some(r) = c.right {
                        if r + 1 < s.end && v.is(r, ",") {
                            parts.push(r + 1..s.end);
                        }
                    }
                    if !parts.is_empty() {
                        self.push(parts, mention, cue_toks.clone(), "wie-verb", si, 2);
                    }
                    continue;
                }
                // "Die Kamera ist ausgefallen, das teilte das Institut mit": the
                // clause before the resumptive pronoun is the content
                if !cue.wie
                    && cue.fin == c.start + 1
                    && c.start > s.start
                    && v.lo_in(c.start, &["dies", "das"])
                    && c.left.is_some_and(|l| v.is(l, ","))
                {
                    let l = c.left.unwrap_or(s.start);
                    let before = self.before_part(s.start, l);
                    if self.statement_before(&before) && !v.has(before.start, SUBORD) {
                        let mention = self
                            .postverbal(cue.fin + 1, c.end, &cue)
                            .or_else(|| self.aus_source(c, &cue));
                        self.push(vec![before], mention, cue_toks.clone(), "dies-verb", si, 2);
                        continue;
                    }
                }
                // "X. Dies bestätigte der Vatikan.": the sentence before is the content
                if !cue.wie
                    && cue.fin == c.start + 1
                    && c.start == s.start
                    && v.lo_in(c.start, &["dies", "das", "dieses"])
                    && si > 0
                    && self.paras[si - 1] == self.paras[si]
                {
                    // back to the paragraph start or the last reported statement
                    let mut first = si - 1;
                    let taken = |k: usize| self.found.iter().any(|f| f.sent == k);
                    while first > 0
                        && self.paras[first - 1] == self.paras[si]
                        && !taken(first - 1)
                        && !taken(first)
                    {
                        first -= 1;
                    }
                    if taken(first) && first < si - 1 {
                        first += 1;
                    }
                    let prev = self.sents[first].start..self.sents[si - 1].end;
                    let mention = self
                        .postverbal(cue.fin + 1, c.end, &cue)
                        .or_else(|| self.aus_source(c, &cue));
                    let mut parts = vec![prev];
                    parts.push(c.start..c.start + 1);
                    self.push(parts, mention, cue_toks.clone(), "dies-verb", si, 2);
                    continue;
                }
                // "bietet an den Lohn zu erhöhen": an infinitive group after the
                // separable verb and its particle, written without the optional
                // comma (after a participle, rule C above)
                if cue.frame.has(Frame::INFINITIVE)
                    && !cue.wie
                    && cue.particle == Some(cue.verb + 1)
                {
                    let from = cue.verb + 2;
                    let last = (from..c.end).rev().find(|&k| v.is_word(k));
                    let zu_last = last.is_some_and(|l| {
                        l > from
                            && v.is_lower_word(l)
                            && ((v.lo_is(l - 1, "zu") && l - 1 > from) || incorporated_zu(v.lo(l)))
                    });
                    let words = (from..c.end).filter(|&k| v.is_word(k)).count();
                    let finite_inside = (from..last.unwrap_or(from)).any(|k| {
                        v.is_lower_word(k)
                            && v.has(k, AUX)
                            && !v.lo_in(k.saturating_sub(1), &["zu"])
                    });
                    if zu_last
                        && words >= 2
                        && !finite_inside
                        && c.right.is_none_or(|r| !v.is(r, ","))
                    {
                        let mention = self.subject(c, &cue, &s, true);
                        self.push(
                            vec![from..c.end],
                            mention,
                            cue_toks.clone(),
                            "verb-infinitive",
                            si,
                            2,
                        );
                        continue;
                    }
                }
                // no content: remember who spoke, for a following Konjunktiv I
                if self.context[si].is_none() {
                    if let Some(m) = self.subject(c, &cue, &s, true) {
                        self.context[si] = Some((m, v.w(cue.verb).to_string()));
                    }
                }
            }
            // "X ist der Meinung, dass …", "X vertritt die Ansicht, …": an opinion
            // noun as predicate or object, its complement clause after the comma
            if let Some(r) = c.right.filter(|&r| v.is(r, ",") && c.end > c.start + 2) {
                let noun = c.end - 1;
                let opinion = v.is_cap(noun)
                    && v.lo_in(
                        noun,
                        &[
                            "meinung",
                            "ansicht",
                            "auffassung",
                            "überzeugung",
                            "standpunkt",
                        ],
                    )
                    && (c.start..noun).any(|k| v.lo_in(k, &["der", "die", "den"]));
                // (the verb is looked for only before an opinion noun)
                let fin = opinion
                    .then(|| {
                        (c.start..noun).find(|&k| {
                            v.lo_in(
                                k,
                                &[
                                    "ist",
                                    "sind",
                                    "war",
                                    "waren",
                                    "sei",
                                    "seien",
                                    "vertritt",
                                    "vertreten",
                                    "vertrat",
                                    "vertraten",
                                    "teilt",
                                    "teilen",
                                    "teilte",
                                    "teilten",
                                ],
                            )
                        })
                    })
                    .flatten();
                if let (Some(fin), true) = (fin, opinion) {
                    let content = r + 1..self.content_end(r + 1, s.end);
                    if self.complement_ok(&content, Frame::CLAUSE, false) {
                        let cue = VerbCue::plain(fin, Frame::CLAUSE);
                        let mention = self.subject(c, &cue, &s, true);
                        self.push(
                            vec![content],
                            mention,
                            vec![fin, noun],
                            "opinion-noun",
                            si,
                            2,
                        );
                    }
                }
            }
            // "Für den Minister ist die Lage „alarmierend“": a judgement
            // attributed with "für" and a copula
            self.fuer_predicate(c, si);
            // "X ist zuversichtlich, dass …", "X hält es für möglich, dass …"
            if let Some(r) = c.right.filter(|&r| v.is(r, ",") && c.end > c.start + 2) {
                self.attitude_predicate(c, r, &s, si);
            }
            // "Inzwischen wurde bekannt, dass …", "Wie gestern bekannt wurde, …":
            // a report without a named source
            if let Some(r) = c.right.filter(|&r| v.is(r, ",")) {
                self.became_known(c, r, &s, si);
            }
            // "die Forderung des Ministers, die Steuern zu senken", "dem Vorwurf,
            // das Gericht sei nicht legitim": a noun of a speech act with its
            // content in a complement clause after the comma
            if let Some(r) = c.right.filter(|&r| v.is(r, ",")) {
                self.speech_act_noun(c, r, ci, &clauses, &s, si);
            }
            // "laut X", "gemäß X", "nach Angaben X", "X zufolge"
            for k in c.start..c.end {
                // (most tokens are none of the source words)
                if !v.kw(k, KW_SOURCE) {
                    continue;
                }
                let l = v.lo(k);
                let (mention, cue_end, rule) = match l {
                    "laut" | "gemäß"
                        if k + 1 < c.end
                            && (v.has(k + 1, DET) || v.noun_like(k + 1) || v.adj_like(k + 1)) =>
                    {
                        match v.np(k + 1, c.end) {
                            // "gemäß dem neuen Profil", "gemäß der Regelung": a norm, no
                            // source; "gemäß" reports only from someone or a statement
                            Some(e)
                                if l == "gemäß"
                                    && !(self.speaker_like(&(k + 1..e))
                                        || self.names_actor(k + 1..e)
                                        || (k + 1..e)
                                            .any(|m| v.has(m, STATEMENT_NOUN | SOURCE_NOUN))) =>
                            {
                                continue
                            }
                            Some(e) => (k + 1..e, e, "laut"),
                            None => continue,
                        }
                    }
                    "laut"
                        if k + 1 < s.end
                            && (v.qmark[k + 1] != 0
                                || v.toks[k + 1].kind == TokenKind::Url
                                || (v.is_word(k + 1)
                                    && v.fl[k + 1] == 0
                                    && !v.adj_like(k + 1))) =>
                    {
                        let e = match v.quote_starting_at(k + 1) {
                            Some(r) => r.end,
                            None => k + 2,
                        };
                        (k + 1..e, e, "laut")
                    }
                    // "seiner Meinung nach": the postposition after a source noun
                    "nach"
                        if k >= c.start + 2
                            && v.has(k - 1, SOURCE_NOUN)
                            && v.is_cap(k - 1)
                            && v.has(k - 2, DET) =>
                    {
                        (k - 2..k, k + 1, "meinung-nach")
                    }
                    "nach" => {
                        let mut j = k + 1;
                        while j < c.end
                            && (v.adj_like(j) || (v.has(j, DET) && !v.has(j, PRON)))
                            && j < k + 4
                        {
                            j += 1;
                        }
                        if j >= c.end || !v.is_cap(j) {
                            continue;
                        }
                        // "acht, nach anderen Angaben neun Stunden": an alternative
                        // figure set against the text's own, not a reported statement
                        if (k + 1..j).any(|m| v.lo_is(m, "anderen")) {
                            continue;
                        }
                        // a Saxon genitive before the source noun: "nach Grupps Meinung"
                        if j == k + 1
                            && j + 1 < c.end
                            && v.w(j).ends_with('s')
                            && v.noun_like(j)
                            && v.is_cap(j + 1)
                            && v.has(j + 1, SOURCE_NOUN)
                        {
                            j += 1;
                        }
                        let head = v.lo(j);
                        if !(v.has(j, SOURCE_NOUN)
                            || SOURCE_SUFFIXES
                                .iter()
                                .any(|s| head.len() > s.len() + 2 && head.ends_with(s)))
                        {
                            continue;
                        }
                        // events that "nach" can follow in time ("nach der Veröffentlichung")
                        // are sources only with an epistemic adjective ("nach ersten Ermittlungen")
                        let temporal = matches!(
                            head,
                            "veröffentlichung"
                                | "ermittlungen"
                                | "urteil"
                                | "untersuchung"
                                | "untersuchungen"
                                | "analyse"
                                | "ankündigung"
                                | "umfrage"
                                | "studie"
                                | "erklärung"
                                | "mitteilung"
                                | "bericht"
                                | "meldung"
                                | "ergebnis"
                                | "endergebnis"
                        );
                        let epistemic = (k + 1..j).any(|m| {
                            v.lo_in(
                                m,
                                &[
                                    "bisherigen",
                                    "ersten",
                                    "vorläufigen",
                                    "jüngsten",
                                    "neuesten",
                                    "aktuellen",
                                    "derzeitigen",
                                    "jetzigen",
                                    "eigenen",
                                    "offiziellen",
                                    "übereinstimmenden",
                                    "unbestätigten",
                                ],
                            )
                        });
                        // an indefinite source is one of several, not an event on
                        // the time line ("nach einer Studie", but "nach der Studie")
                        let indefinite = (k + 1..j).any(|m| v.lo_in(m, &["einer", "einem"]));
                        let genitive = j + 1 < c.end
                            && v.lo_in(j + 1, &["des", "der", "von", "vom", "eines", "einer"]);
                        let source_reading =
                            epistemic || indefinite || (genitive && head != "veröffentlichung");
                        if temporal && !source_reading {
                            continue;
                        }
                        let e = v.np(j, c.end).unwrap_or(j + 1).max(j + 1);
                        (k + 1..e, e, "nach-angaben")
                    }
                    // "Demnach darf …": the source named before speaks on
                    "demnach" if k + 1 < c.end => (k..k + 1, k + 1, "demnach"),
                    // "Die Bank veröffentlichte ihre Quartalszahlen. Danach …": after a
                    // sentence that names a document, "danach" means "according to it"
                    // (not with a past-tense verb: "Danach hatte sie …" narrates
                    // what happened next)
                    "danach"
                        if k == s.start
                            && k + 1 < c.end
                            && si > 0
                            && !self.past_tense(k + 1)
                            && self.names_document(&self.sents[si - 1]) =>
                    {
                        (k..k + 1, k + 1, "demnach")
                    }
                    "zufolge" if k > c.start => {
                        let mut b = k;
                        while b > c.start {
                            let p = b - 1;
                            let ok = v.noun_like(p)
                                || v.has(p, DET)
                                || v.is(p, ")")
                                || v.is(p, "(")
                                || (v.adj_like(p)
                                    && p > c.start
                                    && (v.has(p - 1, DET) || v.adj_like(p - 1)))
                                || (v.lo_in(p, &["von", "des", "der"]) && b < k)
                                // names written in lower case ("al-Dschasira", "worldreferee.com")
                                || (b == k
                                    && (v.toks[p].kind == TokenKind::Url
                                        || (v.is_lower_word(p) && v.fl[p] == 0 && v.w(p).contains(['-', '.']))));
                            if !ok {
                                break;
                            }
                            b = p;
                        }
                        // "Ihnen zufolge", "ihm zufolge"
                        if b == k && v.lo_in(k - 1, &["ihm", "ihr", "ihnen"]) {
                            b = k - 1;
                        }
                        if b == k {
                            continue;
                        }
                        (b..k, k + 1, "zufolge")
                    }
                    _ => continue,
                };
                // "nach Ansicht des Generalanwalts, Damazo Colomer, verstößt …":
                // an apposition between commas belongs to the source
                let (mention, cue_end) = match self.source_apposition(cue_end, s.end) {
                    Some(e) if matches!(rule, "laut" | "nach-angaben") => (mention.start..e, e + 1),
                    _ => (mention, cue_end),
                };
                let pp_start = if rule == "zufolge" || rule == "meinung-nach" {
                    mention.start
                } else {
                    k
                };
                if rule == "demnach" && (v.is_cap(k) && k != s.start) {
                    continue;
                }
                let cue_toks = vec![k];
                // a semicolon closes the sentence the source phrase stands in
                // ("Laut X ist er 24 Jahre alt; demnach wäre er …")
                let semi = |k: usize| v.is(k, ";") && !v.in_quote(k);
                let s = &(match (s.start..pp_start).rev().find(|&k| semi(k)) {
                    Some(k) => k + 1,
                    None => s.start,
                }..(cue_end..s.end).find(|&k| semi(k)).unwrap_or(s.end));
                let content = if pp_start == c.start && cue_end < s.end {
                    // the phrase opens its clause: the rest of the sentence is the
                    // content, after a relative clause on the source if there is one
                    let mut from = cue_end;
                    if v.is(cue_end, ",")
                        && cue_end + 1 < s.end
                        && v.lo_in(
                            cue_end + 1,
                            &[
                                "der", "die", "das", "dem", "den", "deren", "dessen", "welche",
                                "welcher",
                            ],
                        )
                    {
                        if let Some(k) =
                            (cue_end + 2..s.end).find(|&k| v.is(k, ",") && !v.in_quote(k))
                        {
                            from = k + 1;
                        }
                    }
                    vec![from..s.end]
                } else {
                    // inside the clause: the sentence around the phrase, or the
                    // subordinate clause it stands in
                    let f = c.start;
                    let prep_relative = v.has(f, PREP)
                        && f + 1 < c.end
                        && v.lo_in(f + 1, &["denen", "dem", "der", "welchem", "welcher"]);
                    let sub = c.left.is_some_and(|l| v.is(l, ","))
                        && ((v.has(f, SUBORD | DET) && !v.has(f, PREP)) || prep_relative);
                    // a clause of its own after a colon, semicolon or a comma
                    // that closes a main clause ("…, erklärte X, Nordkorea besitze
                    // seiner Meinung nach …") is the content without that clause
                    // (not a main clause after a fronted subordinate one: "Ob …,
                    // entscheidet sich laut X …" starts with its finite verb)
                    let verb_first =
                        v.is_lower_word(f) && (v.has(f, AUX) || (v.fl[f] == 0 && !v.adj_like(f)));
                    let own_clause = !verb_first
                        && c.left.is_some_and(|l| {
                            v.is(l, ":")
                                || v.is(l, ";")
                                || (v.is(l, ",") && self.full_clause_before(s.start, l))
                        });
                    let from = if sub || own_clause { f } else { s.start };
                    // a subordinate clause inside the sentence ends where the main
                    // clause resumes with its finite verb ("Die Tasche, die nach
                    // seinen Angaben eine Bombe enthielt, wurde geöffnet")
                    let end = match c.right {
                        Some(r)
                            if sub
                                && v.is(r, ",")
                                && r + 1 < s.end
                                && v.is_lower_word(r + 1)
                                && (v.has(r + 1, AUX) || !v.adj_like(r + 1))
                                && !v.has(r + 1, PREP | DET | SUBORD | COORD | ADV | PRON) =>
                        {
                            r
                        }
                        _ => s.end,
                    };
                    let mut p = vec![from..pp_start];
                    if cue_end < end {
                        p.push(cue_end..end);
                    }
                    p
                };
                self.push(content, Some(mention), cue_toks, rule, si, 3);
            }
            // ", so X." after a statement
            if v.lo_is(c.start, "so")
                && c.left.is_some_and(|l| v.is(l, ",") || v.qmark[l] != 0)
                && c.start > s.start + 1
            {
                if let Some(e) = v.np(c.start + 1, c.end) {
                    let rest_ok = (e..c.end).all(|k| {
                        v.has(k, ADV | PREP | COORD)
                            || !v.is_word(k)
                            || v.is_cap(k)
                            || v.has(k, DET)
                            || v.adj_like(k)
                    });
                    if rest_ok
                        && (c.right.is_none()
                            || c.right
                                .is_some_and(|r| v.is(r, ",") || v.is(r, ".") || v.is(r, ":")))
                    {
                        let l = c.left.unwrap_or(s.start);
                        let mut parts = vec![self.before_part(s.start, l)];
                        if let Some(r) = c.right.filter(|&r| v.is(r, ",")) {
                            if let Some((p, new)) = self.after_part(r, s.end) {
                                if new && !self.unfinished(&parts[0]) {
                                    self.push(
                                        vec![p],
                                        Some(c.start + 1..e),
                                        vec![c.start],
                                        "so",
                                        si,
                                        2,
                                    );
                                } else {
                                    parts.push(p);
                                }
                            }
                        }
                        self.push(parts, Some(c.start + 1..e), vec![c.start], "so", si, 2);
                    }
                }
            }
            // "eine Erklärung X, wonach …"
            if v.lo_is(c.start, "wonach") && ci > 0 {
                let prev = clauses[ci - 1];
                // the relative adverb refers to a content noun ("Meldungen",
                // "Version", "Befunde", "Spekulationen"); its genitive names the source
                let noun = (prev.start..prev.end)
                    .rev()
                    .find(|&k| v.is_cap(k) && v.has(k, STATEMENT_NOUN))
                    .or_else(|| {
                        (s.start..c.start)
                            .rev()
                            .find(|&k| v.noun_like(k) && !v.in_quote(k))
                            .filter(|_| c.left.is_some_and(|l| v.is(l, ",")))
                            // speculation without a source is no statement
                            .filter(|&k| !v.lo(k).starts_with("spekulation"))
                    });
                if let Some(nk) = noun {
                    let mention =
                        if nk + 1 < c.start && (v.has(nk + 1, DET) || v.noun_like(nk + 1)) {
                            v.np(nk + 1, c.start).map(|e| nk + 1..e)
                        } else {
                            None
                        }
                        // no genitive: the content noun itself stands for its source
                        .or(Some(nk..nk + 1));
                    self.push(
                        vec![c.start + 1..s.end],
                        mention,
                        vec![c.start],
                        "wonach",
                        si,
                        3,
                    );
                }
            }
            // "Umfragen, nach denen …": the relative pronoun stands for the source
            if v.lo_is(c.start, "nach")
                && c.left.is_some_and(|l| v.is(l, ","))
                && c.start + 2 < c.end
                && v.lo_in(
                    c.start + 1,
                    &["denen", "dem", "der", "welchem", "welcher", "welchen"],
                )
                && ci > 0
            {
                let prev = clauses[ci - 1];
                let source = (prev.start..prev.end).rev().take(3).any(|k| {
                    v.is_cap(k)
                        && (v.has(k, STATEMENT_NOUN | SOURCE_NOUN) || {
                            let l = v.lo(k);
                            SOURCE_SUFFIXES.iter().any(|x| l.ends_with(x))
                                || l.ends_with("umfragen")
                                || l.starts_with("gerücht")
                        })
                });
                if source {
                    self.push(
                        vec![c.start + 2..s.end],
                        Some(c.start + 1..c.start + 2),
                        vec![c.start],
                        "nach-relative",
                        si,
                        3,
                    );
                }
            }
        }
        let _ = n_found;
    }

    /// Direct quotations that no cue claimed, and block quotes.
    pub fn direct(&mut self, a: &Analysis) {
        let v = self.v;
        for qi in 0..v.marks.len() {
            if self.attached[qi] {
                continue;
            }
            let q = v.marks[qi];
            let open = v.open_tok[qi];
            if v.toks.get(open).is_none_or(|t| t.span != q.open) {
                continue;
            }
            let close = v.close_tok[qi];
            let end = close.map_or_else(
                || {
                    (open..v.n())
                        .take_while(|&k| v.toks[k].span.end <= q.inner.end)
                        .last()
                        .map_or(open + 1, |k| k + 1)
                },
                |c| c + 1,
            );
            let inner_words = (open + 1..end).filter(|&k| v.is_word(k)).count();
            let inner = q.inner.of(v.text).trim_end();
            let sentence_like =
                inner.ends_with(['.', '!', '?', '…']) || inner.contains(", ") && inner_words >= 5;
            let before = open.checked_sub(1);
            let colon = before.is_some_and(|b| v.is(b, ":"));
            let si = self.sent_of(open);
            let at_sentence_start = si.is_some_and(|si| self.sents[si].start == open);
            let titled =
                before.is_some_and(|b| v.has(b, DET | PREP) || v.is_cap(b) && !v.is_boundary(b));
            let speech_like = colon
                || (inner_words >= 5 && (sentence_like || at_sentence_start))
                || inner_words >= 9 && !titled;
            // "skandierten Parolen wie „…“", "mit den Worten „…“": a noun of
            // utterance introduces the quotation; the clause subject said it
            const UTTERANCE: &[&str] = &[
                "parolen",
                "parole",
                "sprüche",
                "slogans",
                "slogan",
                "rufe",
                "rufen",
                "sprechchöre",
                "sprechchören",
                "worten",
            ];
            let noun_cue = before.and_then(|b| {
                if v.lo_is(b, "wie") && b > 0 && v.lo_in(b - 1, UTTERANCE) {
                    Some(b - 1)
                } else if v.lo_in(b, UTTERANCE)
                    && b >= 2
                    && v.has(b - 1, DET)
                    && v.lo_is(b - 2, "mit")
                {
                    Some(b)
                } else {
                    None
                }
            });
            if let (Some(nk), Some(si)) = (noun_cue, si) {
                let mention = self.sentence_subject(&self.sents[si].clone());
                self.found.push(Found {
                    parts: vec![open..end],
                    kind: QuoteKind::Direct,
                    mention,
                    cue: Some(v.w(nk).to_string()),
                    cue_toks: vec![nk],
                    rule: "utterance-noun",
                    sent: si,
                    prio: 1,
                });
                continue;
            }
            if !speech_like || (titled && inner_words < 9 && !colon) {
                continue;
            }
            if !colon && !at_sentence_start {
                if let Some(si) = si {
                    let main = self.main_clause_tokens(&self.sents[si].clone());
                    if main.iter().any(|&k| v.is_subjunctive(k, false)) {
                        continue;
                    }
                }
            }
            let mut mention = None;
            let mut cue = Vec::new();
            let mut rule = "direct-nocue";
            if colon {
                if let Some(b) = before {
                    if let Some((m, c)) = self.colon_speaker(b) {
                        mention = m;
                        cue = c;
                        rule = "direct-colon";
                    }
                }
                // a short quotation that is no sentence after a colon without a
                // speech verb names a title, a motto or a party ("Sein erstes
                // Werk entstand 1970: „Le Grand Macabre“")
                let uttered = si.zip(before).is_some_and(|(si, b)| {
                    (self.sents[si].start..b).any(|k| v.lo_in(k, UTTERANCE))
                });
                if cue.is_empty() && !sentence_like && inner_words <= 5 && !uttered {
                    continue;
                }
            }
            // "„…“, zeigte sich X zufrieden": the subject of the clause that follows
            if mention.is_none() && !colon {
                if let Some(c) = close.filter(|&c| c + 2 < v.n() && v.is(c + 1, ",")) {
                    let k = c + 2;
                    // a lower-case word opening the clause is its finite verb
                    let verb_like = v.is_lower_word(k) && (v.has(k, AUX) || v.fl[k] == 0);
                    if verb_like {
                        let end = (k + 1..v.n()).find(|&m| v.is_boundary(m)).unwrap_or(v.n());
                        let dummy = VerbCue::plain(k, Frame::QUOTE);
                        if let Some(m) = self.postverbal(k + 1, end, &dummy) {
                            mention = Some(m);
                            cue = vec![k];
                            rule = "direct-after-verb";
                        }
                    }
                }
            }
            let sent = si.unwrap_or(0);
            self.found.push(Found {
                parts: vec![open..end],
                kind: QuoteKind::Direct,
                mention,
                cue: cue.first().map(|&k| v.w(k).to_string()),
                cue_toks: cue,
                rule,
                sent,
                prio: 1,
            });
        }
        // block quotes after a colon
        for (pi, p) in a.doc.paragraphs.iter().enumerate() {
            if !p.after_colon {
                continue;
            }
            let from = v.toks.partition_point(|t| t.span.start < p.span.start);
            let to = v.toks.partition_point(|t| t.span.start < p.span.end);
            if from >= to || v.qmark[from] != 0 {
                continue;
            }
            let _ = pi;
            let (mention, cue) = match from.checked_sub(1).filter(|&b| v.is(b, ":")) {
                Some(b) => self.colon_speaker(b).unwrap_or((None, Vec::new())),
                None => (None, Vec::new()),
            };
            let first_person = (from..to).any(|k| {
                v.lo_in(
                    k,
                    &[
                        "ich", "wir", "uns", "unser", "unsere", "unseren", "mich", "mir", "mein",
                        "meine",
                    ],
                )
            });
            if cue.is_empty() && !first_person {
                continue;
            }
            let sent = self.sent_of(from).unwrap_or(0);
            self.found.push(Found {
                parts: vec![from..to],
                kind: QuoteKind::Direct,
                mention,
                cue: cue.first().map(|&k| v.w(k).to_string()),
                cue_toks: cue,
                rule: "block-quote",
                sent,
                prio: 1,
            });
        }
    }

    fn sent_of(&self, tok: usize) -> Option<usize> {
        let i = self.sents.partition_point(|s| s.end <= tok);
        (i < self.sents.len() && self.sents[i].start <= tok).then_some(i)
    }

    /// The speaker of the clause that ends with the colon at token `b`.
    fn colon_speaker(&self, b: usize) -> Option<(Option<Range<usize>>, Vec<usize>)> {
        let v = self.v;
        let si = self.sent_of(b)?;
        let s = self.sents[si].clone();
        let clauses = self.clauses(&s);
        let mut c = *clauses.iter().rev().find(|c| c.end <= b)?;
        // "…, so Elshorst weiter: „…“": the "so" phrase names the speaker
        if c.left.is_some_and(|l| v.is(l, ",")) && v.lo_is(c.start, "so") {
            if let Some(e) = v.np(c.start + 1, b) {
                if (e..b).all(|k| v.has(k, ADV) || v.lo_is(k, "weiter")) {
                    return Some((Some(c.start + 1..e), vec![c.start]));
                }
            }
        }
        // a cue inside a subordinate clause ("Er glaubt, dass das Team gestärkt
        // hervorgegangen sei: „…“") is not the one that introduces the quotation
        let main_cue = clauses
            .iter()
            .filter(|cl| cl.end <= b)
            .any(|cl| !v.has(cl.start, SUBORD) && !self.verb_cues(cl).is_empty());
        for cl in clauses.iter().rev().filter(|cl| cl.end <= b) {
            if main_cue && v.has(cl.start, SUBORD) && !v.lo_is(cl.start, "wie") {
                continue;
            }
            if let Some(cue) = self.verb_cues(cl).into_iter().next() {
                let m = self.subject(cl, &cue, &s, true);
                let toks = std::iter::once(cue.verb).chain(cue.particle).collect();
                return Some((m, toks));
            }
        }
        // a verb-initial clause after a comma ("Ein Angebot …, lehnt er ab:")
        // has its own subject after the verb; otherwise the sentence's first clause
        let verb_initial = c.left.is_some_and(|l| v.is(l, ","))
            && v.is_lower_word(c.start)
            && !v.has(c.start, PREP | DET | ADV | COORD | SUBORD | FUNC | PRON);
        // … unless the sentence opens with a possible speaker and an apposition
        // or relative clause ("Der Leiter, X, sieht …:")
        let speaker_first = clauses.first().is_some_and(|f| {
            f.start == s.start
                && v.np(f.start, f.end)
                    .is_some_and(|e| self.speaker_like(&(f.start..e)))
        });
        if verb_initial && !speaker_first {
            if let Some(m) = self.clause_subject_guess(&c) {
                return Some((Some(m), Vec::new()));
            }
        }
        // "…, und der Ministerpräsident X: „…“": a verbless conjunct that is
        // one speaker phrase ending at the colon names who speaks
        if c.start > s.start && c.left.is_some_and(|l| v.is(l, ",")) && self.verbless(c.start..b) {
            let k = if v.has(c.start, COORD) {
                c.start + 1
            } else {
                c.start
            };
            if v.np(k, b) == Some(b) && (self.speaker_like(&(k..b)) || self.names_actor(k..b)) {
                return Some((Some(k..b), Vec::new()));
            }
        }
        if let Some(first) = clauses.first() {
            if first.start == s.start {
                c = *first;
            }
        }
        // no speech verb: the clause's subject ("die Richterin ließ sich nicht ein:")
        Some((self.clause_subject_guess(&c), Vec::new()))
    }

    fn clause_subject_guess(&self, c: &Clause) -> Option<Range<usize>> {
        let v = self.v;
        let mut k = c.start;
        while k < c.end && (v.has(k, COORD | ADV) || !v.is_word(k)) {
            k += 1;
        }
        let oblique = k < c.end
            && v.lo_in(
                k,
                &[
                    "dem", "den", "einem", "einen", "diesem", "diesen", "seinem", "seinen",
                    "ihrem", "ihren",
                ],
            );
        let mut first = None;
        if k < c.end && !oblique && (v.has(k, DET | PRON) || v.noun_like(k)) {
            if let Some(e) = v.np(k, c.end) {
                if v.has(k, PRON) && e == k + 1 || self.speaker_like(&(k..e)) {
                    return Some(k..e);
                }
                first = Some(k..e);
            }
        }
        // a fronted adverbial or object: the subject follows the finite verb
        let mut k = c.start;
        while k < c.end
            && (!v.is_lower_word(k)
                || v.has(k, PREP | DET | ADV)
                || v.adj_like(k) && !self.verb_before_np(k))
        {
            k += 1;
        }
        let dummy = VerbCue::plain(k, Frame::QUOTE);
        // "Seine Zuversicht brachte der Minister zum Ausdruck": a fronted
        // object that can be no speaker leaves the subject after the verb
        match (first, self.postverbal(k + 1, c.end, &dummy)) {
            (Some(f), Some(p))
                if !self.speaker_like(&p)
                    // "Die ersten Worte Armstrongs": a statement speaks for its speaker
                    || (f.start..f.end).any(|h| {
                        v.has(h, STATEMENT_NOUN | SOURCE_NOUN) || v.lo(h).ends_with("worte")
                    })
                    // the subject stands right after the verb
                    || !(k + 1..p.start).all(|h| {
                        !v.is_word(h) || v.has(h, ADV) && !v.has(h, PREP) || v.lo_is(h, "sich")
                    }) =>
            {
                Some(f)
            }
            (Some(f), Some(p)) => {
                // a bare "der"/"die" phrase after the verb must be nominative
                let nominative = !v.lo_in(p.start, &["den", "dem", "einem", "einen"]);
                Some(if nominative { p } else { f })
            }
            (f, p) => f.or(p),
        }
    }

    /// Tokens of a sentence outside quotations and subordinate clauses
    /// (clauses opened by a conjunction or a relative pronoun).
    fn main_clause_tokens(&self, s: &Range<usize>) -> Vec<usize> {
        let v = self.v;
        // (room for the whole sentence: one allocation)
        let mut out = Vec::with_capacity(s.end.saturating_sub(s.start));
        for &c in self.clauses(s).iter() {
            let f = c.start;
            let after_comma = c.left.is_some_and(|l| v.is(l, ","));
            let relative = after_comma
                && v.has(f, DET)
                && matches!(
                    v.lo(f),
                    "der" | "die" | "das" | "dem" | "den" | "deren" | "dessen" | "denen"
                )
                && !(f + 1 < c.end && (v.noun_like(f + 1) || v.adj_like(f + 1)));
            let prep_relative = after_comma
                && v.has(f, PREP)
                && f + 1 < c.end
                && v.lo_in(f + 1, &["dem", "der", "denen", "den", "welchem", "welcher"]);
            if (v.has(f, SUBORD) && !v.has(f, PREP)) || relative || prep_relative {
                continue;
            }
            out.extend((c.start..c.end).filter(|&k| !v.in_quote(k)));
        }
        out
    }

    /// The part of a sentence that is reported: from a coordinated clause
    /// that carries the Konjunktiv I when the clauses before it have none
    /// ("Seine Frau ist … operiert worden, und er wolle sie … begleiten").
    fn reported_part(&self, s: &Range<usize>) -> Range<usize> {
        let v = self.v;
        let clauses = self.clauses(s);
        let has_kj =
            |c: &Clause| (c.start..c.end).any(|k| !v.in_quote(k) && v.is_subjunctive(k, false));
        if clauses.first().is_some_and(&has_kj) {
            return s.clone();
        }
        for (i, c) in clauses.iter().enumerate().skip(1) {
            if has_kj(c) {
                let coordinated = v.has(c.start, COORD) && c.left.is_some_and(|l| v.is(l, ","));
                // "…, um sich zu verteidigen; er habe …": a main clause of its
                // own after a semicolon
                let semicolon = c.left.is_some_and(|l| v.is(l, ";"));
                if (coordinated || semicolon) && clauses[..i].iter().all(|p| !has_kj(p)) {
                    return c.start..s.end;
                }
                break;
            }
        }
        s.clone()
    }

    /// The speaker-like subject of a sentence whose first clause carries no
    /// Konjunktiv I while a later clause does (the report is the sentence's
    /// own complement, not a continuation of an earlier statement).
    fn own_reporter(&self, s: &Range<usize>) -> Option<(Range<usize>, Range<usize>)> {
        let v = self.v;
        // "Die Studenten reagierten zurückhaltend: Ein Rücktritt genüge
        // nicht": a reporting clause ending in a colon, the report after it
        if let Some(colon) = (s.start..s.end).find(|&k| v.is(k, ":") && !v.in_quote(k)) {
            let kj =
                |a: usize, b: usize| (a..b).any(|k| !v.in_quote(k) && v.is_subjunctive(k, false));
            if colon > s.start + 1 && kj(colon + 1, s.end) && !kj(s.start, colon) {
                // (a verb of reacting says the subject speaks, whoever it
                // is: "Die Studenten reagierten zurückhaltend:")
                let reacts = |m: &Range<usize>| {
                    (m.end..colon).any(|k| {
                        ["reagiert", "antwortet", "kontert", "entgegnet", "erwidert"]
                            .iter()
                            .any(|p| v.lo(k).starts_with(p))
                    })
                };
                if let Some(m) = self
                    .sentence_subject(s)
                    .filter(|m| m.end <= colon && (self.speaker_like(m) || reacts(m)))
                {
                    return Some((m, colon + 1..s.end));
                }
            }
        }
        let clauses = self.clauses(s);
        let first = clauses.first().filter(|c| c.start == s.start)?;
        let has_kj =
            |c: &Clause| (c.start..c.end).any(|k| !v.in_quote(k) && v.is_subjunctive(k, false));
        if has_kj(first) || !clauses.iter().skip(1).any(has_kj) {
            return None;
        }
        let m = self.sentence_subject(s)?;
        if !(m.end <= first.end && self.speaker_like(&m)) {
            return None;
        }
        // the report is what follows the reporting clause (from a semicolon
        // before the first clause with the Konjunktiv: "…, um sich zu
        // verteidigen; er habe …")
        let from = match clauses.iter().skip(1).find(|c| has_kj(c)) {
            Some(c) if c.left.is_some_and(|l| v.is(l, ";")) => c.start,
            _ => first.right.map_or(first.end, |r| r + 1),
        };
        Some((m, from.min(s.end)..s.end))
    }

    /// "X wies den Vorwurf zurück, da er jeder Grundlage entbehre": a causal
    /// clause in Konjunktiv I gives the reason as the main clause's subject
    /// states it, not as the text asserts it — a reported reason of that
    /// subject. Only clauses no other rule has taken.
    pub fn reported_reasons(&mut self) {
        let v = self.v;
        let mut taken = vec![false; v.n()];
        for f in &self.found {
            for p in &f.parts {
                for t in taken.iter_mut().take(p.end.min(v.n())).skip(p.start) {
                    *t = true;
                }
            }
        }
        let mut new = Vec::new();
        for si in 0..self.sents.len() {
            let s = self.sents[si].clone();
            let clauses = self.clauses(&s);
            for c in clauses.iter().skip(1) {
                let causal = v.lo_in(c.start, &["weil", "da", "zumal", "denn"]);
                if !(causal && c.left.is_some_and(|l| v.is(l, ","))) {
                    continue;
                }
                if (c.start..c.end).any(|k| taken[k]) {
                    continue;
                }
                // Konjunktiv II where it stands in for an indicative-looking
                // Konjunktiv I ("weil sie keinen Antrag gestellt hätten")
                let kj = (c.start..c.end).any(|k| !v.in_quote(k) && v.is_subjunctive(k, true));
                if !kj {
                    continue;
                }
                // the reporting main clause comes first and has a subject that can speak
                let first = &clauses[0];
                if first.start != s.start || v.has(first.start, SUBORD) {
                    continue;
                }
                let Some(m) = self.sentence_subject(&s) else {
                    continue;
                };
                if m.end > first.end || !self.speaker_like(&m) {
                    continue;
                }
                new.push(Found {
                    parts: vec![strip_end(v, c.start..c.end)],
                    kind: QuoteKind::Indirect,
                    mention: Some(m),
                    cue: Some(v.w(c.start).to_string()),
                    cue_toks: vec![c.start],
                    rule: "kj1-reason",
                    sent: si,
                    prio: 4,
                });
            }
        }
        self.found.extend(new);
    }

    /// Sentences in Konjunktiv I that continue a statement.
    pub fn continuations(&mut self) {
        let v = self.v;
        self.found.sort_by_key(|f| (f.parts[0].start, f.prio));
        // a quotation without a cue continues the previous speaker's words
        let mut last: Option<(Option<Range<usize>>, usize)> = None;
        for fi in 0..self.found.len() {
            let f = &self.found[fi];
            let end_sent = self
                .sent_of(f.parts.last().map_or(0, |p| p.end.saturating_sub(1)))
                .unwrap_or(f.sent);
            // "…, X („…“), und …": a quotation in parentheses right after a
            // named actor is that actor's
            if f.rule == "direct-nocue" {
                if let Some(m) = self.paren_speaker(f.parts[0].start) {
                    self.found[fi].mention = Some(m);
                }
            }
            let f = &self.found[fi];
            if f.rule == "direct-nocue" && f.mention.is_none() {
                let m = match &last {
                    // a new possible speaker introduced in between takes over
                    // ("…“, sagte X. Y war eingeweiht. „…“")
                    Some((_, ls))
                        if f.sent >= ls + 2
                            && self.nearby_subject(f.parts[0].start, f.sent).is_some() =>
                    {
                        self.nearby_subject(f.parts[0].start, f.sent)
                    }
                    Some((m, ls)) if f.sent <= ls + 3 => m.clone(),
                    _ => self.context[f.sent].clone().map(|c| c.0).or_else(|| {
                        f.sent
                            .checked_sub(1)
                            .and_then(|p| self.context[p].clone())
                            .map(|c| c.0)
                    }),
                };
                let m = m.or_else(|| self.nearby_subject(f.parts[0].start, f.sent));
                self.found[fi].mention = m;
            }
            let f = &self.found[fi];
            if f.mention.is_some() {
                last = Some((f.mention.clone(), end_sent));
            }
        }
        let mut by_sent: Vec<Option<usize>> = vec![None; self.sents.len()];
        let mut covered = vec![false; self.sents.len()];
        for (fi, f) in self.found.iter().enumerate() {
            if f.sent < covered.len() {
                covered[f.sent] = true;
            }
            let last = f.parts.last().map_or(0, |p| p.end.saturating_sub(1));
            let first = f.parts[0].start;
            if let (Some(a), Some(b)) = (self.sent_of(first), self.sent_of(last)) {
                for (si, c) in covered.iter_mut().enumerate().take(b + 1).skip(a) {
                    let s = &self.sents[si];
                    let cov: usize = f
                        .parts
                        .iter()
                        .map(|p| p.end.min(s.end).saturating_sub(p.start.max(s.start)))
                        .sum();
                    if cov * 2 >= s.end - s.start {
                        *c = true;
                    }
                }
                // a candidate without a speaker does not hide one with a speaker
                // found for the same sentence
                if f.mention.is_some() || by_sent[b].is_none_or(|p| self.found[p].mention.is_none())
                {
                    by_sent[b] = Some(fi);
                }
            }
        }
        let mut new = Vec::new();
        // the statement being continued: (mention, sentence where it was last extended)
        let mut prev: Option<(Option<Range<usize>>, usize)> = None;
        for si in 0..self.sents.len() {
            if let Some(fi) = by_sent[si] {
                prev = Some((self.found[fi].mention.clone(), si));
            }
            if covered[si] {
                continue;
            }
            let s = self.sents[si].clone();
            if v.is(s.start, "(") || s.end - s.start < 4 {
                continue;
            }
            let main = self.main_clause_tokens(&s);
            let kj1 = main.iter().any(|&k| v.is_subjunctive(k, false));
            // only asked when nothing else marks the sentence (below)
            let kj2 = || main.iter().any(|&k| v.is_subjunctive(k, true));
            // reportative "soll … haben/sein": a claim passed on
            let reportative = (s.start..s.end)
                .any(|k| v.lo_in(k, &["soll", "sollen"]) && !v.in_quote(k))
                && (s.start + 1..s.end).any(|k| {
                    v.lo_in(k, &["haben", "sein"])
                        && !v.in_quote(k)
                        && v.is_lower_word(k - 1)
                        && (v.w(k - 1).starts_with("ge")
                            || v.lo_in(k - 1, &["worden", "gewesen"])
                            || v.w(k - 1).ends_with('t'))
                });
            // how far back the statement continued lies (sentences), same or next paragraph
            let gap = prev.as_ref().map(|(_, ps)| si - ps).filter(|&g| {
                let ps = si - g;
                self.paras[si] <= self.paras[ps] + 1
            });
            let adjacent = gap == Some(1);
            let marker = kj1 || reportative || (adjacent && kj2());
            if !marker {
                continue;
            }
            // a Konjunktiv I keeps the report going over a sentence or two in
            // indicative in between ("…, sagte X. Das Amt prüft den Fall. Es gebe
            // aber keine Hinweise …"), within the paragraph
            let reach = if (kj1 || reportative)
                && prev
                    .as_ref()
                    .is_some_and(|(_, ps)| self.paras[si] == self.paras[*ps])
            {
                GAP_KJ1
            } else {
                1
            };
            if let Some(g) = gap.filter(|&g| g <= reach) {
                // "Die BVG begegnet der Kritik mit dem Argument, die Züge seien
                // …": the Konjunktiv I only in a later clause, after a main
                // clause whose subject can speak — that subject reports it
                let own = self.own_reporter(&s);
                let part = match &own {
                    Some((_, r)) => r.clone(),
                    _ => self.reported_part(&s),
                };
                // "Er verlangte …, es gebe …. Minister X wies die Kritik
                // zurück. Die Regierung habe kein Recht …": a speech act
                // without content right before, after the gap, is whose
                // report goes on
                let between = (g >= 2)
                    .then(|| self.context[si - 1].clone().map(|c| c.0))
                    .flatten();
                let mention = own
                    .map(|o| o.0)
                    .or(between)
                    .or_else(|| prev.as_ref().and_then(|p| p.0.clone()));
                new.push(Found {
                    parts: vec![strip_end(v, part)],
                    kind: QuoteKind::Indirect,
                    mention: mention.clone(),
                    cue: Some("(continuation)".into()),
                    cue_toks: Vec::new(),
                    rule: if g == 1 {
                        "kj1-continuation"
                    } else {
                        "kj1-continuation-gap"
                    },
                    sent: si,
                    prio: 4,
                });
                prev = Some((mention, si));
                continue;
            }
            if !(kj1 || reportative) || si == 0 {
                continue;
            }
            // "X hatte den Standpunkt vertreten, das Gericht sei …": a main
            // clause whose subject can speak reports the Konjunktiv clause
            // after it, whatever was said before
            let own = self.own_reporter(&s);
            let part = match &own {
                Some((_, r)) => r.clone(),
                _ => self.reported_part(&s),
            };
            let (mention, rule) = match self.context[si - 1].clone() {
                _ if own.is_some() => (own.map(|o| o.0), "kj1-own-reporter"),
                Some((m, _)) => (Some(m), "kj1-after-speech-act"),
                None if kj1 && self.actor_subject(si - 1).is_some() => {
                    (self.actor_subject(si - 1), "kj1-after-actor")
                }
                None => (None, "kj1-free"),
            };
            if mention.is_none() {
                continue;
            }
            new.push(Found {
                parts: vec![strip_end(v, part)],
                kind: QuoteKind::Indirect,
                mention: mention.clone(),
                cue: Some("(continuation)".into()),
                cue_toks: Vec::new(),
                rule,
                sent: si,
                prio: 4,
            });
            prev = Some((mention, si));
        }
        // mixed: quoted fragments inside continuations
        for f in &mut new {
            if f.parts
                .iter()
                .any(|p| (p.start..p.end).any(|k| v.qmark[k] != 0))
            {
                f.kind = QuoteKind::Mixed;
            }
        }
        self.found.extend(new);
        // continuations of continuations point to the quote they continue
        let _ = (DET, PRON, Span::default());
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use lagebild_core::{Document, LowerText, Stage};
    use lagebild_lexicon::verbs::VerbLexicon;

    /// Issue #9: the keyword bits of the view equal the string tests they
    /// stand for, on every token of a text that has each word.
    #[test]
    fn issue_9_keyword_bits_equal_the_words() {
        let text = "Wie ein Sprecher, der nicht genannt werden wollte, mitteilte, \
            kam die Kommission zum Schluss, dass niemand haftet. Kommt es dazu? \
            Es hieß, sie kämen nie, heisst es; kein Wort, keine Zeile, niemals. \
            Aus der Regierung ist zu hören, weder Kiew noch Moskau hätten es geheißen. \
            Kamen sie, käme er, komme ich, kommen wir, gekommen? Heißt es, hiess es. \
            Laut ihm, gemäß dem Vertrag und nach Angaben der Polizei, demnach, danach, ihr zufolge.";
        let mut a = Analysis::new(Document::new(text.to_string()));
        lagebild_segment::Segmenter::new().run(&mut a).unwrap();
        LowerText::make(&mut a);
        let v = View::new(&a, VerbLexicon::get());
        let mut words: Vec<(&str, u16)> = Vec::new();
        for (list, b) in [
            (
                &[
                    "kam", "kamen", "kommt", "kommen", "komme", "käme", "kämen", "gekommen",
                ][..],
                KW_KOMMEN,
            ),
            (&["heißt", "hieß", "hiess", "heisst"][..], KW_HEISST),
            (&["geheißen"][..], KW_GEHEISSEN),
            (&["hören"][..], KW_HOEREN),
            (&["es"][..], KW_ES),
            (&["nicht", "nie", "niemals", "keine", "kein"][..], KW_NEG),
            (&["weder"][..], KW_NEG | KW_WEDER),
            (&["niemand"][..], KW_NIEMAND),
            (
                &["laut", "gemäß", "nach", "demnach", "danach", "zufolge"][..],
                KW_SOURCE,
            ),
        ] {
            words.extend(list.iter().map(|&w| (w, b)));
        }
        for k in 0..v.n() {
            let want = words
                .iter()
                .find(|(w, _)| v.lo(k) == *w)
                .map_or(0, |&(_, b)| b);
            for &(_, b) in &words {
                assert_eq!(v.kw(k, b), want & b != 0, "{} {b}", v.lo(k));
            }
        }
        for (w, _) in &words {
            assert!((0..v.n()).any(|k| v.lo(k) == *w), "{w} not in the text");
        }
    }

    /// Issue #9: the byte tests of the view (`lo_is`, `lo_in`, `is`) equal
    /// the string comparisons they replace, on every token (umlauts, "ß",
    /// punctuation, quotation marks) against every word of the text and a few
    /// near misses.
    #[test]
    fn issue_9_byte_tests_equal_the_token_text() {
        let text = "„Über Maß“, sagte Müller – laut ÖVP-Chef (vorläufig): \
            Die Größe äußerte sich, heißt es; GROSSE Straße, gemäß §3 … ja!";
        let mut a = Analysis::new(Document::new(text.to_string()));
        lagebild_segment::Segmenter::new().run(&mut a).unwrap();
        LowerText::make(&mut a);
        let v = View::new(&a, VerbLexicon::get());
        let mut probes: Vec<String> = (0..v.n())
            .flat_map(|k| [v.lo(k).to_string(), v.w(k).to_string()])
            .collect();
        probes.extend(["ü", "über ", "maß", "ma", "größ", "-", "„"].map(String::from));
        for k in 0..v.n() + 2 {
            for p in &probes {
                assert_eq!(v.lo_is(k, p), v.lo(k) == p, "{k} {p:?}");
                assert_eq!(v.is(k, p), v.w(k) == p, "{k} {p:?}");
                let set = [p.as_str(), "sagte"];
                assert_eq!(
                    v.lo_in(k, &set),
                    k < v.n() && set.contains(&v.lo(k)),
                    "{k} {p:?}"
                );
            }
        }
    }
}
