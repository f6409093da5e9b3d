//! From local speaker mentions to actors.

use crate::doc::View;
use crate::tagger::Found;
use crate::words::PRON;
use lagebild_core::{Analysis, EntityType, Quote, Span};

fn pronoun_gender(p: &str) -> Option<char> {
    match p {
        "er" | "dieser" | "jener" | "letzterer" | "ersterer" | "derselbe" => Some('m'),
        "sie" | "diese" | "jene" | "letztere" | "erstere" | "dieselbe" => Some('f'),
        _ => None,
    }
}

/// Entity whose mention overlaps `span`, preferring persons and organisations
/// and the largest overlap.
fn entity_for(a: &Analysis, span: Span) -> Option<usize> {
    let mut best: Option<(usize, usize)> = None;
    for (ei, e) in a.entities.iter().enumerate() {
        for m in &e.mentions {
            if !m.span.overlaps(span) {
                continue;
            }
            let ov = m.span.end.min(span.end) - m.span.start.max(span.start);
            let bonus = match e.etype {
                EntityType::Per => 3_000_000,
                EntityType::Org => 2_000_000,
                _ => 0,
            };
            let score = bonus + ov;
            if best.is_none_or(|(_, s)| score > s) {
                best = Some((ei, score));
            }
        }
    }
    best.map(|b| b.0)
}

/// Most recent person/organisation before `pos` that a pronoun can refer to.
fn antecedent(
    a: &Analysis,
    pos: usize,
    gender: Option<char>,
    prefer: Option<usize>,
) -> Option<usize> {
    let compatible = |ei: usize| -> bool {
        let e = &a.entities[ei];
        match (e.etype, gender, e.gender) {
            (EntityType::Per, Some(g), Some(eg)) => g == eg,
            (EntityType::Per, _, _) => true,
            (EntityType::Org, Some('f'), _) => true,
            (EntityType::Org, _, Some(eg)) => gender.is_none_or(|g| g == eg),
            _ => false,
        }
    };
    let mut best: Option<(usize, usize)> = None;
    for (ei, e) in a.entities.iter().enumerate() {
        if !compatible(ei) {
            continue;
        }
        if let Some(m) = e.mentions.iter().rev().find(|m| m.span.end <= pos) {
            if best.is_none_or(|(_, p)| m.span.end > p) {
                best = Some((ei, m.span.end));
            }
        }
    }
    if let Some(p) = prefer.filter(|&p| p < a.entities.len() && compatible(p)) {
        // the previous speaker stays the topic unless someone else was named since
        let last_p = a.entities[p]
            .mentions
            .iter()
            .rev()
            .find(|m| m.span.end <= pos);
        if let (Some(lp), Some((_, bp))) = (last_p, best) {
            if bp.saturating_sub(lp.span.end) < 400 {
                return Some(p);
            }
        }
    }
    best.map(|b| b.0)
}

pub fn to_quotes(a: &Analysis, v: &View, found: Vec<Found>) -> Vec<Quote> {
    let mut out: Vec<Quote> = Vec::with_capacity(found.len());
    let mut prev_speaker: Option<usize> = None;
    for f in found {
        let spans: Vec<Span> = f.parts.iter().map(|p| v.span(p.start, p.end)).collect();
        let span = spans.iter().skip(1).fold(spans[0], |acc, s| acc.cover(*s));
        let mention = f
            .mention
            .as_ref()
            .filter(|m| m.start < m.end)
            .map(|m| v.span(m.start, m.end));
        let mut ent = None;
        if let (Some(ms), Some(mr)) = (mention, f.mention.as_ref()) {
            if !a.entities.is_empty() {
                let single_pron = mr.end - mr.start == 1 && v.has(mr.start, PRON);
                ent = if single_pron {
                    antecedent(a, ms.start, pronoun_gender(v.lo(mr.start)), prev_speaker)
                } else {
                    entity_for(a, ms)
                };
            }
        }
        if ent.is_some() {
            prev_speaker = ent;
        }
        let cue_spans = f.cue_toks.iter().map(|&k| v.toks[k].span).collect();
        out.push(Quote {
            span,
            spans: if spans.len() > 1 { spans } else { Vec::new() },
            kind: f.kind,
            speaker_entity: ent,
            speaker: ent.map(|e| a.entities[e].name.clone()),
            speaker_mention: mention,
            cue: f.cue,
            cue_spans,
            rule: format!("speech:{}", f.rule),
        });
    }
    out
}
