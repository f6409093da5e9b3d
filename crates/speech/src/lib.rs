//! Who said what: direct, indirect and mixed speech with the speaker resolved.
//!
//! News reports attribute almost every statement, and the attribution is
//! carried by a small, closed set of signals: quotation marks, a colon before
//! a block quote, speech verbs ("sagte", "teilte … mit", "warf … vor"),
//! source prepositions ("laut", "zufolge", "nach Angaben"), the "so X" tag and
//! the Konjunktiv I, which keeps a report going over several sentences. A
//! rule system over these signals is transparent (every quote names its rule
//! and cue), needs no training data we could not ship (the Wikinews quote
//! annotations are non-commercial) and runs at tokenizer speed.
//!
//! The stage works on the segmenter's tokens, sentences and quotation-mark
//! pairs; it delimits noun phrases with closed word classes and German
//! capitalisation (no tagger needed) and takes the speech-verb lexicon and the
//! Konjunktiv tables from `lagebild-lexicon`. Speakers are first found as the
//! local mention (the subject of the cue: "der US-Diplomat", "er",
//! "ein Sprecher der Polizei"; the argument of "laut"/"zufolge"), then
//! resolved to an actor of the actors stage: the entity that has that mention,
//! or for pronouns the most recent compatible person or organisation.

mod doc;
mod fallback;
mod forms;
mod resolve;
mod tagger;
mod words;

pub use resolve::pronoun_antecedent;

use lagebild_core::{Analysis, LowerText, Quote, Result, Span, Stage};
use lagebild_lexicon::verbs::VerbLexicon;

/// The speech stage.
#[derive(Debug)]
pub struct SpeechTagger {
    lex: &'static VerbLexicon,
}

impl Default for SpeechTagger {
    fn default() -> Self {
        SpeechTagger::new()
    }
}

impl SpeechTagger {
    pub fn new() -> Self {
        SpeechTagger {
            lex: VerbLexicon::get(),
        }
    }
}

impl Stage for SpeechTagger {
    fn name(&self) -> &'static str {
        "speech"
    }

    fn run(&self, a: &mut Analysis) -> Result<()> {
        if a.tokens.is_empty() && !a.doc.body.is_empty() {
            // the segmenter did not run: use the minimal fallback
            fallback::segment(a);
        }
        if a.tokens.is_empty() || a.sentences.is_empty() {
            return Ok(());
        }
        LowerText::make(a);
        let quotes = {
            let view = doc::View::new(a, self.lex);
            let mut ctx = tagger::Ctx::new(&view, a);
            for si in 0..ctx.sents.len() {
                ctx.sentence(si);
            }
            ctx.direct(a);
            ctx.continuations();
            ctx.reported_reasons();
            let found = select(&view, std::mem::take(&mut ctx.found));
            resolve::to_quotes(a, &view, found)
        };
        a.quotes = quotes;
        Ok(())
    }
}

/// Keeps the best of colliding candidates: lower priority value first, then
/// earlier; a candidate is dropped when more than half of it is already taken.
/// What is taken is a bit per byte of the text, so each candidate costs its
/// own length, not the number of quotes already kept (linear; issue 9).
fn select(v: &doc::View, mut found: Vec<tagger::Found>) -> Vec<tagger::Found> {
    found.sort_by_key(|f| (f.prio, f.parts[0].start));
    let mut taken = Taken::new(v.text.len());
    let mut out = Vec::new();
    for f in found {
        let spans: Vec<Span> = f.parts.iter().map(|p| v.span(p.start, p.end)).collect();
        let len: usize = spans.iter().map(|s| s.len()).sum();
        if len == 0 {
            continue;
        }
        let overlap: usize = spans.iter().map(|s| taken.count(*s)).sum();
        if overlap * 2 > len {
            continue;
        }
        for s in &spans {
            taken.set(*s);
        }
        out.push(f);
    }
    out.sort_by_key(|f| f.parts[0].start);
    out
}

/// A bit set over the bytes of the text.
struct Taken(Vec<u64>);

impl Taken {
    fn new(len: usize) -> Self {
        Taken(vec![0; len / 64 + 1])
    }
    fn count(&self, s: Span) -> usize {
        (s.start..s.end)
            .filter(|&i| self.0.get(i / 64).is_some_and(|w| w >> (i % 64) & 1 == 1))
            .count()
    }
    fn set(&mut self, s: Span) {
        for i in s.start..s.end {
            if let Some(w) = self.0.get_mut(i / 64) {
                *w |= 1 << (i % 64);
            }
        }
    }
}

/// The quotes of an analysis in text order (for callers that want them sorted).
pub fn sorted(quotes: &[Quote]) -> Vec<&Quote> {
    let mut q: Vec<&Quote> = quotes.iter().collect();
    q.sort_by_key(|q| q.span.start);
    q
}
