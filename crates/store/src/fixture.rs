//! Hand-made analyses for tests and demos: an [`OutDoc`] built from a text by
//! naming the strings that carry each annotation, so tests do not depend on
//! what the analysis stages currently find.

use lagebild_core::output::{OutDoc, OutEntity, OutEvent, OutMention, OutQuote, OutSpan, OutTimex};
use lagebild_core::SCHEMA_VERSION;

/// Builds an [`OutDoc`] over `text`. Each annotation names its text; the
/// builder finds it (the first occurrence at or after the previous one of the
/// same layer, or every occurrence for entity mentions) and computes
/// code-point offsets. A string that does not occur is reported by
/// [`DocBuilder::build`].
pub struct DocBuilder {
    text: String,
    doc: OutDoc,
    errors: Vec<String>,
}

/// The output types hold their closed vocabularies (types, kinds) as static
/// strings: map a name onto the known one; anything else becomes `MISC`.
fn vocab(s: &str) -> &'static str {
    const KNOWN: &[&str] = &[
        "PER",
        "ORG",
        "LOC",
        "MISC",
        "name",
        "role",
        "pronoun",
        "direct",
        "indirect",
        "mixed",
        "DATE",
        "TIME",
        "DURATION",
        "SET",
        "AGREE",
        "CONSULT",
        "SUPPORT",
        "CONCEDE",
        "COOPERATE",
        "AID",
        "RETREAT",
        "REQUEST",
        "ACCUSE",
        "REJECT",
        "THREATEN",
        "PROTEST",
        "SANCTION",
        "MOBILIZE",
        "COERCE",
        "ASSAULT",
    ];
    KNOWN.iter().find(|k| **k == s).copied().unwrap_or("MISC")
}

impl DocBuilder {
    pub fn new(text: &str) -> DocBuilder {
        DocBuilder {
            text: text.to_string(),
            doc: OutDoc {
                schema_version: SCHEMA_VERSION,
                id: None,
                date: None,
                entities: Vec::new(),
                quotes: Vec::new(),
                timexes: Vec::new(),
                events: Vec::new(),
                warnings: Vec::new(),
            },
            errors: Vec::new(),
        }
    }

    pub fn id(mut self, id: &str) -> Self {
        self.doc.id = Some(id.to_string());
        self
    }

    pub fn date(mut self, date: &str) -> Self {
        self.doc.date = Some(date.to_string());
        self
    }

    fn span_of(&mut self, needle: &str) -> Option<OutSpan> {
        let Some(b) = self.text.find(needle) else {
            self.errors
                .push(format!("{needle:?} does not occur in the text"));
            return None;
        };
        let start = self.text[..b].chars().count();
        let end = start + needle.chars().count();
        Some(OutSpan {
            start,
            end,
            text: needle.to_string(),
        })
    }

    /// An actor with every occurrence of each of `mentions` (kind `name`, or
    /// `role` for strings that start with a lowercase article).
    pub fn entity(
        mut self,
        name: &str,
        etype: &str,
        country: Option<&str>,
        roles: &[&str],
        mentions: &[&str],
    ) -> Self {
        let mut ms = Vec::new();
        for m in mentions {
            let mut found = false;
            for (b, _) in self.text.match_indices(m) {
                found = true;
                let start = self.text[..b].chars().count();
                let kind = match m.split_whitespace().next() {
                    Some("der" | "die" | "das" | "Der" | "Die" | "Das") => "role",
                    Some("er" | "sie" | "Er" | "Sie") => "pronoun",
                    _ => "name",
                };
                ms.push(OutMention {
                    start,
                    end: start + m.chars().count(),
                    text: m.to_string(),
                    kind,
                });
            }
            if !found {
                self.errors.push(format!("mention {m:?} does not occur"));
            }
        }
        ms.sort_by_key(|m| m.start);
        self.doc.entities.push(OutEntity {
            name: name.to_string(),
            etype: vocab(etype),
            country: country.map(str::to_string),
            roles: roles.iter().map(|r| r.to_string()).collect(),
            mentions: ms,
        });
        self
    }

    /// A statement whose content is `content`, said by `speaker` (the
    /// canonical name of an entity, or `None`).
    pub fn quote(
        mut self,
        content: &str,
        kind: &str,
        speaker: Option<&str>,
        cue: Option<&str>,
    ) -> Self {
        if let Some(s) = self.span_of(content) {
            self.doc.quotes.push(OutQuote {
                start: s.start,
                end: s.end,
                text: s.text,
                kind: vocab(kind),
                speaker: speaker.map(str::to_string),
                speaker_mention: None,
                spans: Vec::new(),
                cue: cue.map(str::to_string),
                cue_spans: Vec::new(),
                rule: "fixture".to_string(),
            });
        }
        self
    }

    pub fn timex(mut self, text: &str, ttype: &str, value: &str) -> Self {
        if let Some(s) = self.span_of(text) {
            self.doc.timexes.push(OutTimex {
                start: s.start,
                end: s.end,
                text: s.text,
                ttype: vocab(ttype),
                value: value.to_string(),
                vague: false,
                rule: "fixture".to_string(),
            });
        }
        self
    }

    pub fn event(
        mut self,
        etype: &str,
        source: (&str, Option<&str>),
        target: Option<(&str, Option<&str>)>,
        date: Option<&str>,
        evidence: &str,
    ) -> Self {
        if let Some(ev) = self.span_of(evidence) {
            self.doc.events.push(OutEvent {
                etype: vocab(etype),
                source: source.0.to_string(),
                source_country: source.1.map(str::to_string),
                target: target.map(|t| t.0.to_string()),
                target_country: target.and_then(|t| t.1.map(str::to_string)),
                date: date.map(str::to_string),
                mode: None,
                evidence: ev,
                rule: "fixture".to_string(),
            });
        }
        self
    }

    /// The text and its analysis, or what could not be found.
    pub fn build(self) -> Result<(String, OutDoc), String> {
        if self.errors.is_empty() {
            Ok((self.text, self.doc))
        } else {
            Err(self.errors.join("; "))
        }
    }
}
