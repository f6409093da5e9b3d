//! Named-entity tagger for German (averaged perceptron trained on GermEval 2014).
//!
//! Skeleton: the stage is wired into the pipeline and adds nothing yet.

use lagebild_core::{Analysis, Result, Stage};

/// The ner stage.
#[derive(Debug, Default)]
pub struct NerTagger;

impl NerTagger {
    pub fn new() -> Self {
        NerTagger
    }
}

impl Stage for NerTagger {
    fn name(&self) -> &'static str {
        "ner"
    }
    fn run(&self, _analysis: &mut Analysis) -> Result<()> {
        Ok(())
    }
}
