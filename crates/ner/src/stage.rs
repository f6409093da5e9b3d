//! The pipeline stage: tags every sentence and fills `analysis.mentions`.

use crate::label::{chunks_into, type_of};
use crate::{ModelError, Tagger, Workspace};
use lagebild_core::{Analysis, Error, NerMention, Result, Stage};
use std::cell::RefCell;
use std::sync::OnceLock;

/// The embedded model, loaded once per process.
fn shared() -> &'static std::result::Result<Tagger, String> {
    static T: OnceLock<std::result::Result<Tagger, String>> = OnceLock::new();
    T.get_or_init(|| Tagger::embedded().map_err(|e: ModelError| e.to_string()))
}

enum Source {
    Shared(&'static Tagger),
    Owned(Box<Tagger>),
    Failed(String),
}

/// The ner stage: GermEval-style names (PER, ORG, LOC, OTH, with `-deriv`
/// and `-part`) over the segmenter's sentences and tokens.
pub struct NerTagger {
    src: Source,
}

impl std::fmt::Debug for NerTagger {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("NerTagger")
    }
}

impl Default for NerTagger {
    fn default() -> Self {
        Self::new()
    }
}

impl NerTagger {
    /// The stage with the embedded model (loaded on first use, then shared).
    /// A model that cannot be loaded makes `run` return an error.
    pub fn new() -> Self {
        let src = match shared() {
            Ok(t) => Source::Shared(t),
            Err(e) => Source::Failed(e.clone()),
        };
        NerTagger { src }
    }

    /// The stage with another model.
    pub fn with_tagger(tagger: Tagger) -> Self {
        NerTagger {
            src: Source::Owned(Box::new(tagger)),
        }
    }

    fn tagger(&self) -> Result<&Tagger> {
        match &self.src {
            Source::Shared(t) => Ok(t),
            Source::Owned(t) => Ok(t),
            Source::Failed(e) => Err(Error::Stage {
                stage: "ner",
                message: format!("cannot load the NER model: {e}"),
            }),
        }
    }
}

impl Stage for NerTagger {
    fn name(&self) -> &'static str {
        "ner"
    }

    fn run(&self, analysis: &mut Analysis) -> Result<()> {
        let tagger = self.tagger()?;
        // One workspace per thread, kept across documents: its word-score
        // memory is what makes tagging fast on running text.
        thread_local! {
            static WS: RefCell<Workspace> = RefCell::new(Workspace::default());
        }
        WS.with(|ws| match ws.try_borrow_mut() {
            Ok(mut ws) => self.tag_all(tagger, analysis, &mut ws),
            Err(_) => self.tag_all(tagger, analysis, &mut Workspace::default()),
        });
        Ok(())
    }
}

impl NerTagger {
    fn tag_all(&self, tagger: &Tagger, analysis: &mut Analysis, ws: &mut Workspace) {
        // (buffers sized for a typical article: growing them from empty
        // reallocated several times per document)
        let mut words: Vec<&str> = Vec::with_capacity(64);
        let mut tags = Vec::with_capacity(64);
        let mut found = Vec::new();
        let mut mentions = Vec::with_capacity(analysis.sentences.len() + 8);
        let text = analysis.doc.text.as_str();
        for s in &analysis.sentences {
            let Some(toks) = analysis.tokens.get(s.tokens.clone()) else {
                continue;
            };
            words.clear();
            words.extend(
                toks.iter()
                    .map(|t| text.get(t.span.start..t.span.end).unwrap_or("")),
            );
            tagger.tag(&words, ws, &mut tags);
            chunks_into(&tags, &mut found);
            for &(a, b, k) in &found {
                let (class, sub) = type_of(k);
                let (Some(first), Some(last)) = (toks.get(a), toks.get(b.saturating_sub(1))) else {
                    continue;
                };
                mentions.push(NerMention {
                    span: first.span.cover(last.span),
                    class,
                    sub,
                    tokens: s.tokens.start + a..s.tokens.start + b,
                });
            }
        }
        analysis.mentions = mentions;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use lagebild_core::{Document, NerClass, Sentence, Span, Token, TokenKind};

    /// An analysis with whitespace tokens and one sentence per line, as the
    /// segmenter would give for simple text.
    fn analysis(text: &str) -> Analysis {
        let mut a = Analysis::new(Document::new(text.to_string()));
        let mut line_start = 0;
        for line in text.split_inclusive('\n') {
            let first = a.tokens.len();
            let mut pos = line_start;
            for w in line.split_whitespace() {
                let s = pos + line[pos - line_start..].find(w).unwrap_or(0);
                a.tokens.push(Token {
                    span: Span::new(s, s + w.len()),
                    kind: TokenKind::Word,
                });
                pos = s + w.len();
            }
            if a.tokens.len() > first {
                a.sentences.push(Sentence {
                    span: Span::new(line_start, line_start + line.trim_end().len()),
                    tokens: first..a.tokens.len(),
                    paragraph: 0,
                });
            }
            line_start += line.len();
        }
        a
    }

    #[test]
    fn fills_mentions_with_token_ranges_and_spans() {
        let mut a = analysis("Angela Merkel reiste am Montag nach Paris .\nDie Bundesregierung in Berlin schwieg .\n");
        NerTagger::new().run(&mut a).expect("stage runs");
        assert!(!a.mentions.is_empty());
        for m in &a.mentions {
            let toks = &a.tokens[m.tokens.clone()];
            assert_eq!(m.span.start, toks[0].span.start);
            assert_eq!(m.span.end, toks[toks.len() - 1].span.end);
        }
        let found = |text: &str, class: NerClass| {
            a.mentions
                .iter()
                .any(|m| a.text_of(m.span) == text && m.class == class)
        };
        assert!(found("Angela Merkel", NerClass::Per), "{:?}", a.mentions);
        assert!(found("Paris", NerClass::Loc), "{:?}", a.mentions);
        assert!(found("Berlin", NerClass::Loc), "{:?}", a.mentions);
    }

    #[test]
    fn odd_sentences_do_not_panic() {
        let long = "Ab".repeat(5000);
        let text = format!("{long} 😀 „ “ – İİ ß\nX\n");
        let mut a = analysis(&text);
        // An empty sentence and a sentence whose range is out of bounds.
        a.sentences.push(Sentence {
            span: Span::new(0, 0),
            tokens: 3..3,
            paragraph: 0,
        });
        a.sentences.push(Sentence {
            span: Span::new(0, 0),
            tokens: 5..500,
            paragraph: 0,
        });
        NerTagger::new().run(&mut a).expect("stage runs");
        let mut empty = Analysis::new(Document::new(String::new()));
        NerTagger::new().run(&mut empty).expect("stage runs");
        assert!(empty.mentions.is_empty());
    }
}
