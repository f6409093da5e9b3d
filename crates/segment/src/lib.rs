//! German sentence and token segmentation with byte offsets, and
//! quotation-mark pairing.
//!
//! Why our own: the generic Unicode rules (UAX #29) break after "3.", "Dr."
//! and "z. B." and tear "CDU/CSU-Fraktion" apart; later stages (names,
//! speech, time) need German tokens and sentences, and speech attribution
//! needs to know which quotation marks belong together — including the „…"
//! that German text often closes with an ASCII mark.
//!
//! Three passes, each linear in the text and without allocation per token:
//! 1. [`tokenize`] scans the bytes of each paragraph once and decides dots on
//!    the spot (abbreviation from `data/abbreviations.txt`, ordinal, date,
//!    initial, or a sentence end);
//! 2. [`pair_quotes`] pairs quotation marks over the whole document with one
//!    stack, so quotes may run over sentences and paragraphs;
//! 3. [`split_sentences`] cuts each paragraph at terminal punctuation (with
//!    closing quotes attached) and at unpunctuated line ends.
//!
//! Conventions and measured figures are in the crate's README.

mod abbrev;
pub mod eval;
mod quotes;
mod sentences;
mod stage;
mod tokenize;

pub use abbrev::AbbrevClass;
pub use quotes::{pair_quotes, ParaTokens};
pub use sentences::split_sentences;
pub use stage::Segmenter;
pub use tokenize::{is_quote_char, mark_char, tokenize};

use lagebild_core::{QuoteMarks, Sentence, Span, Token};

/// The three layers the segmenter produces for one text.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Segmentation {
    pub tokens: Vec<Token>,
    pub sentences: Vec<Sentence>,
    pub quote_marks: Vec<QuoteMarks>,
}

/// Segments the given paragraphs of `text` (spans in text order, e.g. the
/// [`lagebild_core::Document::paragraphs`]) into `seg`, which is cleared first.
pub fn segment_into(text: &str, paragraphs: &[Span], seg: &mut Segmentation) {
    seg.tokens.clear();
    seg.sentences.clear();
    seg.quote_marks.clear();
    let mut paras = Vec::with_capacity(paragraphs.len());
    // (news text has about one token per six bytes: room for them at once
    // instead of a dozen reallocations per article)
    let bytes: usize = paragraphs.iter().map(|p| p.len()).sum();
    seg.tokens.reserve(bytes / 6 + 16);
    for &p in paragraphs {
        let s = seg.tokens.len();
        tokenize(text, p, &mut seg.tokens);
        paras.push(ParaTokens {
            span: p,
            tokens: s..seg.tokens.len(),
        });
    }
    pair_quotes(text, &seg.tokens, &paras, &mut seg.quote_marks);
    let mut closing: Vec<usize> = seg
        .quote_marks
        .iter()
        .filter_map(|q| q.close.map(|c| c.start))
        .collect();
    closing.sort_unstable();
    for (i, p) in paras.iter().enumerate() {
        split_sentences(text, &seg.tokens, p, i, &closing, &mut seg.sentences);
    }
}

/// Segments `text`, one paragraph per run of lines between blank lines (the
/// way [`lagebild_core::Document`] reads paragraphs).
pub fn segment(text: &str) -> Segmentation {
    let mut paras = Vec::new();
    let mut start = 0usize;
    let b = text.as_bytes();
    let mut i = 0usize;
    while i < b.len() {
        if b[i] == b'\n' {
            let mut j = i + 1;
            while j < b.len() && matches!(b[j], b' ' | b'\t' | b'\r') {
                j += 1;
            }
            if j < b.len() && b[j] == b'\n' {
                let sp = Span::new(start, i).trim(text);
                if !sp.is_empty() {
                    paras.push(sp);
                }
                start = j;
                i = j;
                continue;
            }
        }
        i += 1;
    }
    let sp = Span::new(start, b.len()).trim(text);
    if !sp.is_empty() {
        paras.push(sp);
    }
    let mut seg = Segmentation::default();
    segment_into(text, &paras, &mut seg);
    seg
}
