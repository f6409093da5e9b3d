//! The JSON output contract (`../shared/eval/FORMAT.md`,
//! `schema/analysis.schema.json`): offsets in Unicode code points into the
//! text as read, header included.

use crate::span::CharIndex;
use crate::{Analysis, Span, SCHEMA_VERSION};
use serde::Serialize;

#[derive(Debug, Serialize)]
pub struct OutSpan {
    pub start: usize,
    pub end: usize,
    pub text: String,
}

#[derive(Debug, Serialize)]
pub struct OutMention {
    pub start: usize,
    pub end: usize,
    pub text: String,
    pub kind: &'static str,
}

#[derive(Debug, Serialize)]
pub struct OutEntity {
    pub name: String,
    #[serde(rename = "type")]
    pub etype: &'static str,
    pub country: Option<String>,
    pub roles: Vec<String>,
    pub mentions: Vec<OutMention>,
}

#[derive(Debug, Serialize)]
pub struct OutQuote {
    pub start: usize,
    pub end: usize,
    pub text: String,
    pub kind: &'static str,
    pub speaker: Option<String>,
    pub speaker_mention: Option<OutSpan>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub spans: Vec<[usize; 2]>,
    pub cue: Option<String>,
    pub cue_spans: Vec<[usize; 2]>,
    pub rule: String,
}

#[derive(Debug, Serialize)]
pub struct OutTimex {
    pub start: usize,
    pub end: usize,
    pub text: String,
    #[serde(rename = "type")]
    pub ttype: &'static str,
    pub value: String,
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub vague: bool,
    pub rule: String,
}

#[derive(Debug, Serialize)]
pub struct OutEvent {
    #[serde(rename = "type")]
    pub etype: &'static str,
    pub source: String,
    pub source_country: Option<String>,
    pub target: Option<String>,
    pub target_country: Option<String>,
    pub date: Option<String>,
    pub mode: Option<String>,
    pub evidence: OutSpan,
    pub rule: String,
}

/// One analysed document as the JSON contract has it.
#[derive(Debug, Serialize)]
pub struct OutDoc {
    pub schema_version: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub id: Option<String>,
    pub date: Option<String>,
    pub entities: Vec<OutEntity>,
    pub quotes: Vec<OutQuote>,
    pub timexes: Vec<OutTimex>,
    pub events: Vec<OutEvent>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub warnings: Vec<String>,
}

impl OutDoc {
    pub fn from_analysis(a: &Analysis) -> OutDoc {
        let text = &a.doc.text;
        let idx = CharIndex::new(text);
        let span = |s: Span| -> OutSpan {
            let (start, end) = idx.span(s);
            OutSpan {
                start,
                end,
                text: s.of(text).to_string(),
            }
        };
        let pair = |s: &Span| -> [usize; 2] {
            let (a, b) = idx.span(*s);
            [a, b]
        };
        OutDoc {
            schema_version: SCHEMA_VERSION,
            id: a.doc.id.clone(),
            date: a.doc.date.map(|d| d.to_string()),
            entities: a
                .entities
                .iter()
                .map(|e| OutEntity {
                    name: e.name.clone(),
                    etype: e.etype.as_str(),
                    country: e.country.clone(),
                    roles: e.roles.clone(),
                    mentions: e
                        .mentions
                        .iter()
                        .map(|m| {
                            let s = span(m.span);
                            OutMention {
                                start: s.start,
                                end: s.end,
                                text: s.text,
                                kind: m.kind.as_str(),
                            }
                        })
                        .collect(),
                })
                .collect(),
            quotes: a
                .quotes
                .iter()
                .map(|q| {
                    let s = span(q.span);
                    OutQuote {
                        start: s.start,
                        end: s.end,
                        text: s.text,
                        kind: q.kind.as_str(),
                        speaker: q.speaker.clone(),
                        speaker_mention: q.speaker_mention.map(span),
                        spans: q.spans.iter().map(pair).collect(),
                        cue: q.cue.clone(),
                        cue_spans: q.cue_spans.iter().map(pair).collect(),
                        rule: q.rule.clone(),
                    }
                })
                .collect(),
            timexes: a
                .timexes
                .iter()
                .map(|t| {
                    let s = span(t.span);
                    OutTimex {
                        start: s.start,
                        end: s.end,
                        text: s.text,
                        ttype: t.ttype.as_str(),
                        value: t.value.clone(),
                        vague: t.vague,
                        rule: t.rule.clone(),
                    }
                })
                .collect(),
            events: a
                .events
                .iter()
                .map(|e| OutEvent {
                    etype: e.etype.as_str(),
                    source: e.source.clone(),
                    source_country: e.source_country.clone(),
                    target: e.target.clone(),
                    target_country: e.target_country.clone(),
                    date: e.date.clone(),
                    mode: e.mode.clone(),
                    evidence: span(e.evidence),
                    rule: e.rule.clone(),
                })
                .collect(),
            warnings: a.doc.warnings.clone(),
        }
    }
}

/// The document as one JSON value.
pub fn to_json(a: &Analysis) -> serde_json::Value {
    serde_json::to_value(OutDoc::from_analysis(a)).expect("output types serialize")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::*;

    #[test]
    fn offsets_are_code_points() {
        let doc = Document::new(" date 2020-07 Pjöngjang sagt nein.".to_string());
        let mut a = Analysis::new(doc);
        let t = a.doc.text.clone();
        let start = t.find("sagt").unwrap();
        a.timexes.push(Timex {
            span: Span::new(start, start + 4),
            ttype: TimexType::Date,
            value: "X".into(),
            vague: false,
            rule: "test".into(),
        });
        let v = to_json(&a);
        assert_eq!(v["date"], "2020-07");
        assert_eq!(v["timexes"][0]["start"], 24);
        assert_eq!(v["timexes"][0]["text"], "sagt");
        for k in ["entities", "quotes", "timexes", "events"] {
            assert!(v[k].is_array(), "{k}");
        }
    }
}
