//! Events told by the content of a reported statement (issue #7).
//!
//! The speech stage finds who said what (`Analysis::quotes`: the content, the
//! cue and the speaker resolved to an actor). A statement whose content
//! carries a communicative act — a demand ("Russland müsse seine Truppen
//! abziehen"), a threat ("man werde entschlossen reagieren"), a refusal ("der
//! Text sei „nicht akzeptabel“"), an accusation ("Maduro sei unrechtmäßig im
//! Amt") — is that act of the SPEAKER. The verb frames of the coder's main
//! pass see the cue clause and the acts told in the content; they do not see
//! these, because the act lies in the mood of the content (a Konjunktiv, a
//! modal, the future), which the main pass reads as unreal.
//!
//! The cues are data: the `[statements]` section of each type's frame file
//! (`frames/<type>.tsv`, [`crate::frames::statement_frames`]), in the frame
//! pattern language. Their target column says where the addressee is:
//!
//! - `doer`: the subject of the cue's clause ("Russland müsse …"; a pronoun
//!   "er"/"sie" resolved as the coder resolves subjects) — only it;
//! - `near`: an actor named in the cue's clause of the content — only it;
//! - `obj`: an actor named in the content, else the counterpart;
//! - `-`: the counterpart only: whom the speaker (or the speaker's state)
//!   deals with most in the article's events ([`Counterparts::lead`]), else
//!   whoever acted last against the speaker's country (`last_act_against`).
//!
//! A statement gives at most one event, of the first cue that finds an
//! addressee (the files are read in the order of `frames::FILES`), and none
//! when the main pass coded an event in its content already. Negated cues
//! give none (unless the negation is the cue's own word: "nicht
//! akzeptabel"). Sides are named actors only (an entity with a country):
//! the speaker is the source, the addressee no actor of the speaker's own
//! words' subject when that is the speaker.

use super::{
    collective_name, group_name, is_preposition, is_subordinator, last_act_against,
    main_counterpart, sentence_date, ARef, Counterparts, Doc, EntityType, Event, EventType, Span,
    Target,
};
use crate::frames::{statement_lexicon, Frame, Marks};
use lagebild_core::Quote;

/// The addressee of a statement event: an actor named in the text (an
/// entity), or the side of an earlier event as that event names it (a group
/// named by its noun, "die Regierung Ungarns").
struct Side {
    entity: Option<usize>,
    name: String,
    /// `None` only for a threatened subject that is no actor
    /// ([`unnamed_subject`]).
    country: Option<String>,
}

impl Side {
    /// A named actor with a country.
    fn of(d: &Doc, r: &ARef) -> Option<Side> {
        let e = r.entity?;
        Some(Side {
            entity: Some(e),
            name: d.a.entities.get(e)?.name.clone(),
            country: Some(r.country.clone()?),
        })
    }
}

/// The rule name of a statement event: the cue's frame line, marked.
fn rule(f: &Frame) -> String {
    format!("statement {}", f.rule)
}

/// Events of the statements of the document whose content the events of
/// the main pass (`prior`) leave uncoded.
pub(super) fn statement_events(d: &Doc, cp: &Counterparts, prior: &[Event]) -> Vec<Event> {
    let mut out: Vec<Event> = Vec::new();
    if statement_lexicon().frames.is_empty() {
        return out;
    }
    for q in &d.a.quotes {
        let Some((speaker, name)) = speaker_of(d, q) else {
            continue;
        };
        let parts: &[Span] = if q.spans.is_empty() {
            std::slice::from_ref(&q.span)
        } else {
            &q.spans
        };
        let coded = |sp: &Span| {
            prior
                .iter()
                .chain(out.iter())
                .any(|ev| ev.evidence.overlaps(*sp))
        };
        if parts.iter().any(coded) {
            continue;
        }
        if let Some(ev) = parts
            .iter()
            .find_map(|&part| statement_event(d, cp, prior, (&speaker, &name), part))
        {
            out.push(ev);
        }
    }
    out
}

/// A sentence of a statement's content (its token range) and its lower-cased
/// words, `None` outside the content.
type ContentSentence<'a> = ((usize, usize), Vec<Option<&'a str>>);

/// The speaker of a statement as a side: the resolved actor, else the group
/// its local mention names with a country ("Das US-Außenministerium
/// erklärte", "Die Studenten reagierten …: …"), named by its noun; with the
/// name the event gives it.
fn speaker_of(d: &Doc, q: &Quote) -> Option<(ARef, String)> {
    let r = match q.speaker_entity {
        Some(e) => ARef::outside(Some(e), d.a.entities.get(e)?.country.clone()),
        None => {
            let toks = d.w.covering(q.speaker_mention?);
            d.actors_in(toks.start, toks.end)
                .into_iter()
                .find(|r| !r.stance && r.country.is_some() && d.governing(r).is_none())?
        }
    };
    if r.country.is_none() || !d.can_be_source(&r) {
        return None;
    }
    let name = match r.entity {
        Some(e) => d.a.entities[e].name.clone(),
        None => {
            let k = r.noun.unwrap_or(r.first);
            if k >= d.w.len() || !d.w.is_cap(k) {
                return None;
            }
            group_name(d.w.s(k))
        }
    };
    Some((r, name))
}

/// The event of one part of a statement's content: the first cue (in the
/// order of [`statement_lexicon`]) in it that finds an addressee.
fn statement_event(
    d: &Doc,
    cp: &Counterparts,
    prior: &[Event],
    (speaker, name): (&ARef, &str),
    part: Span,
) -> Option<Event> {
    let toks = d.w.covering(part);
    if toks.is_empty() {
        return None;
    }
    let lex = statement_lexicon();
    // the sentences of the content, each read with the words outside the
    // content left out (a cue never reaches into the cue clause)
    let mut k = toks.start;
    let mut sents: Vec<ContentSentence> = Vec::new();
    while k < toks.end {
        let (s0, s1) = d.sent_of(k)?;
        let words = (s0..s1)
            .map(|j| (toks.contains(&j) && d.w.is_word(j)).then(|| d.low(j)))
            .collect();
        sents.push(((s0, s1), words));
        k = s1.max(k + 1);
    }
    // (the words' items marked once per sentence; the tries are the places
    // where a cue's first item accepts the word — elsewhere it cannot
    // match — in the order of the cues, then of the sentences and words,
    // as the first cue that finds an addressee wins: issue #9)
    let mut marks: Vec<Marks> = Vec::with_capacity(sents.len());
    let mut tries: Vec<(usize, usize, usize)> = Vec::new();
    for (si, ((s0, s1), words)) in sents.iter().enumerate() {
        let mut mk = Marks::default();
        lex.mark(words, &mut mk);
        for i in (*s0).max(toks.start)..(*s1).min(toks.end) {
            if words[i - s0].is_some() {
                tries.extend(
                    lex.candidates_marked(words, &mk, i - s0)
                        .map(|fi| (fi, si, i)),
                );
            }
        }
        marks.push(mk);
    }
    tries.sort_unstable();
    tries.dedup();
    for (fi, si, i) in tries {
        let ((s0, s1), words) = &sents[si];
        let (s0, s1) = (*s0, *s1);
        let Some(m) = lex.match_marked(fi, words, &marks[si], i - s0) else {
            continue;
        };
        let f = &lex.frames[fi];
        let m: Vec<usize> = m.into_iter().map(|j| j + s0).collect();
        if d.is_negated(f, &m) {
            continue;
        }
        let Some(tgt) = addressee(d, cp, prior, (speaker, name), f, &m, &toks) else {
            continue;
        };
        return make(d, f, &m, (s0, s1), (speaker, name), tgt, part);
    }
    None
}

/// A named actor with a country that is not the speaker: a side of a
/// statement event.
fn is_side(r: &ARef, speaker: &ARef) -> bool {
    r.entity.is_some() && r.entity != speaker.entity && r.country.is_some() && !r.stance
}

/// The speaker's own state, named as a country ("Deutschland müsse …" said by
/// the chancellor): no addressee of the speaker's demands or accusations.
fn own_state(d: &Doc, r: &ARef, speaker: &ARef) -> bool {
    r.country == speaker.country
        && r.entity
            .is_some_and(|e| d.a.entities[e].etype == EntityType::Loc)
}

/// Who a statement cue is addressed to (see the module doc for the target
/// column).
fn addressee(
    d: &Doc,
    cp: &Counterparts,
    prior: &[Event],
    (speaker, name): (&ARef, &str),
    f: &Frame,
    m: &[usize],
    toks: &std::ops::Range<usize>,
) -> Option<Side> {
    let first = m[0];
    let (c0, c1) = d.clause(first);
    let (c0, c1) = (c0.max(toks.start), c1.min(toks.end));
    // (a place other than a state or a capital is no addressee: "werde die
    // Annexion der Krim nicht anerkennen" refuses no one on the Krim)
    let ok = |r: &ARef| is_side(r, speaker) && !own_state(d, r, speaker) && d.can_be_source(r);
    let free = |r: &ARef| d.governing(r).is_none() && !d.is_genitive(r) && !d.is_oblique(r);
    match f.target {
        Target::Doer => {
            // (the statement's own clause, not one it reports or subordinates:
            // "Kommentare …, dass die NATO ihre Mission fortsetzen solle")
            let inner = c0 > toks.start && d.w.s(c0 - 1) == ",";
            if d.first_word(c0, first + 1).is_some_and(|w| {
                let l = d.low(w);
                (inner && is_subordinator(l))
                    || matches!(
                        l,
                        "dass" | "ob" | "wenn" | "falls" | "weil" | "obwohl" | "damit"
                    )
            }) {
                return None;
            }
            // (a demand on one's own side is as often counsel or a term
            // agreed: "die Republikaner müssten …", "Khan solle die Nacht …")
            let ok =
                |r: &ARef| ok(r) && (f.etype != EventType::Request || r.country != speaker.country);
            // the clause's subject before the cue, a pronoun resolved
            if let Some(r) = d
                .actors_in(c0, first)
                .into_iter()
                .find(|r| free(r) && d.can_be_source(r))
            {
                return ok(&r).then(|| Side::of(d, &r)).flatten();
            }
            let Some(p) = d.first_word(c0, first) else {
                return (f.etype == EventType::Threaten)
                    .then(|| unnamed_subject(d, toks, c0))
                    .flatten();
            };
            let pron = d.low(p);
            if !matches!(pron, "er" | "sie") {
                return None;
            }
            d.resolve_pronoun(p, pron, d.low(first))
                .filter(|r| ok(r))
                .and_then(|r| Side::of(d, &r))
        }
        Target::Near => d
            .actors_in(c0, c1)
            .into_iter()
            .find(|r| ok(r))
            .and_then(|r| Side::of(d, &r)),
        Target::Obj => d
            .actors_in(toks.start, toks.end)
            .into_iter()
            .find(|r| ok(r) && !is_preposition_object(d, r))
            .and_then(|r| Side::of(d, &r))
            .or_else(|| counterpart(d, cp, prior, (speaker, name), first)),
        _ => (f.mode.as_deref() == Some(CONDITIONAL))
            .then(|| condition_subject(d, speaker, first))
            .flatten()
            .or_else(|| counterpart(d, cp, prior, (speaker, name), first)),
    }
}

/// The mode of a measure announced for a case ("andernfalls werde …",
/// `threaten.tsv`).
const CONDITIONAL: &str = "conditional threat";

/// Whom a measure announced "andernfalls" threatens: the subject of the
/// condition told right before it ("…, sofern die übrigen Vertragspartner
/// seine Interessen schützten. Andernfalls werde Iran …"), in the cue's
/// sentence or the one before — an actor, or a collective addressee with no
/// country ("Vertragspartner", as the development gold codes it).
fn condition_subject(d: &Doc, speaker: &ARef, first: usize) -> Option<Side> {
    let si = d.sents.partition_point(|&(_, e)| e <= first);
    let from = d.sents.get(si.saturating_sub(1))?.0;
    let cond = (from..first)
        .rev()
        .find(|&k| matches!(d.low(k), "sofern" | "falls" | "wenn" | "solange"))?;
    let (_, end) = d.clause(cond);
    (cond + 1..end.min(first)).find_map(|j| {
        if let Some(r) = d.actor_at(j).filter(|r| is_side(r, speaker)) {
            return Side::of(d, &r);
        }
        let name = collective_name(d, j, j)?;
        Some(Side {
            entity: None,
            name,
            country: None,
        })
    })
}

/// A threatened subject that is no actor, opening the content before the
/// cue's clause: a clause of "wer" ("Wer sich einmische, müsse mit
/// Konsequenzen rechnen") or a bare plural noun with a relative clause
/// ("Unternehmen, die weiter mit Iran handelten, müssten mit Strafen
/// rechnen"). The target has no country, named by those words, as the
/// development gold codes such threats.
fn unnamed_subject(d: &Doc, toks: &std::ops::Range<usize>, c0: usize) -> Option<Side> {
    if c0 <= toks.start || d.w.s(c0 - 1) != "," {
        return None;
    }
    let k = (toks.start..c0).find(|&j| d.w.is_word(j))?;
    let last = if d.low(k) == "wer" {
        // the wer-clause is the one right before the cue's
        if (k..c0 - 1).any(|j| d.w.s(j) == ",") {
            return None;
        }
        c0 - 2
    } else if d.w.is_cap(k)
        && d.ment(k).is_none()
        && d.group_at(k).is_none()
        && k + 2 < c0
        && d.w.s(k + 1) == ","
        && matches!(d.low(k + 2), "die" | "welche")
    {
        k
    } else {
        return None;
    };
    Some(Side {
        entity: None,
        name: d.a.text_of(d.w.span(k, last)).to_string(),
        country: None,
    })
}

/// An actor right after a preposition that names a place or a means ("in
/// Kiew", "mit Washington"): not whom the statement is addressed to.
fn is_preposition_object(d: &Doc, r: &ARef) -> bool {
    r.first > 0 && r.first < d.w.len() && {
        let p = d.w.s(r.first - 1);
        is_preposition(p) && !matches!(p, "gegen" | "an")
    }
}

/// Whom the speaker deals with: whom the speaker's own event in the
/// statement's sentence or the two before addressed (a statement continued:
/// "Merkel nannte das Verhalten der CDU unverzeihlich. Das Ergebnis müsse
/// rückgängig gemacht werden"); else the counterpart the speaker, else the
/// speaker's state, leads with in the article's events; else whoever acted
/// last against the speaker's country; else the state the speaker's country
/// deals with most.
fn counterpart(
    d: &Doc,
    cp: &Counterparts,
    prior: &[Event],
    (speaker, name): (&ARef, &str),
    first: usize,
) -> Option<Side> {
    let of_entity = |e: usize| {
        let c = d.a.entities.get(e)?.country.clone()?;
        Side::of(d, &ARef::outside(Some(e), Some(c)))
    };
    let here = d.w.toks.get(first).map_or(0, |t| t.start as usize);
    let si = d.sents.partition_point(|&(_, e)| e <= first);
    let from = d
        .sents
        .get(si.saturating_sub(2))
        .and_then(|&(s0, _)| d.w.toks.get(s0))
        .map_or(0, |t| t.start as usize);
    let addressed = prior
        .iter()
        .rev()
        .filter(|ev| ev.evidence.start >= from && ev.evidence.end <= here)
        .find(|ev| {
            ev.source_entity == speaker.entity
                && (speaker.entity.is_some()
                    || (ev.source == name && ev.source_country == speaker.country))
                && is_speech_act(ev.etype)
        })
        .and_then(|ev| {
            Some(Side {
                entity: ev.target_entity,
                name: ev.target.clone()?,
                country: Some(ev.target_country.clone()?),
            })
        });
    let lead = || {
        speaker
            .entity
            .and_then(|e| cp.lead(e))
            .or_else(|| {
                d.state_of(speaker)
                    .and_then(|s| s.entity)
                    .and_then(|e| cp.lead(e))
            })
            .and_then(of_entity)
    };
    let main = || {
        let code = main_counterpart(prior, speaker.country.as_deref())?;
        Side::of(d, &d.state_of(&ARef::outside(None, Some(code)))?)
    };
    addressed
        .or_else(lead)
        .or_else(|| {
            // (a person who acted for a state — a spokesman's accusation —
            // is answered as that state: "Zhao Lijian warf indischen Truppen
            // vor … wir werden jede Provokation angemessen beantworten" is
            // aimed at China)
            let r = last_act_against(d, speaker, here, prior)?;
            let person = r
                .entity
                .is_some_and(|e| d.a.entities[e].etype == EntityType::Per);
            let state = person.then(|| d.state_of(&r)).flatten();
            Side::of(
                d,
                state.as_ref().filter(|s| s.entity.is_some()).unwrap_or(&r),
            )
        })
        .or_else(main)
        .filter(|r| {
            (r.entity.is_none() || r.entity != speaker.entity)
                && (r.entity.is_some() || r.name != name || r.country != speaker.country)
        })
}

/// An event told by words, not deeds: what a statement continues.
fn is_speech_act(t: EventType) -> bool {
    matches!(
        t,
        EventType::Accuse
            | EventType::Request
            | EventType::Reject
            | EventType::Threaten
            | EventType::Support
            | EventType::Agree
    )
}

/// The event: the speaker against the addressee, the evidence the content's
/// part in the cue's sentence.
fn make(
    d: &Doc,
    f: &Frame,
    m: &[usize],
    (s0, s1): (usize, usize),
    (speaker, name): (&ARef, &str),
    tgt: Side,
    part: Span,
) -> Option<Event> {
    let trig = d.w.span(m[0], *m.last()?);
    let sent = d.w.span(s0, s1 - 1);
    let evidence = Span::new(
        part.start.max(sent.start),
        part.end.min(sent.end).max(trig.end),
    );
    Some(Event {
        etype: f.etype,
        source_entity: speaker.entity,
        source: name.to_string(),
        source_country: speaker.country.clone(),
        target_entity: tgt.entity,
        target: Some(tgt.name),
        target_country: tgt.country,
        date: sentence_date(d, (s0, s1), trig),
        mode: f.mode.clone(),
        evidence,
        rule: rule(f),
    })
}
