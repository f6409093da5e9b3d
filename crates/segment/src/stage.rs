//! The pipeline stage: segments the paragraphs of a document's body.

use crate::{segment_into, Segmentation};
use lagebild_core::{Analysis, Result, Span, Stage};

/// The segment stage: fills `tokens`, `sentences` and `quote_marks` for the
/// paragraphs of the document body. Sentence `paragraph` indices refer to
/// [`lagebild_core::Document::paragraphs`].
#[derive(Debug, Default, Clone, Copy)]
pub struct Segmenter;

impl Segmenter {
    pub fn new() -> Self {
        Segmenter
    }
}

impl Stage for Segmenter {
    fn name(&self) -> &'static str {
        "segment"
    }

    fn run(&self, analysis: &mut Analysis) -> Result<()> {
        let doc = &analysis.doc;
        let paras: Vec<Span> = doc.paragraphs.iter().map(|p| p.span).collect();
        let mut seg = Segmentation {
            tokens: std::mem::take(&mut analysis.tokens),
            sentences: std::mem::take(&mut analysis.sentences),
            quote_marks: std::mem::take(&mut analysis.quote_marks),
        };
        segment_into(&doc.text, &paras, &mut seg);
        analysis.tokens = seg.tokens;
        analysis.sentences = seg.sentences;
        analysis.quote_marks = seg.quote_marks;
        Ok(())
    }
}
