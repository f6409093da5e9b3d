//! Who said what: direct, indirect and mixed speech with the speaker resolved.
//!
//! Skeleton: the stage is wired into the pipeline and adds nothing yet.

use lagebild_core::{Analysis, Result, Stage};

/// The speech stage.
#[derive(Debug, Default)]
pub struct SpeechTagger;

impl SpeechTagger {
    pub fn new() -> Self {
        SpeechTagger
    }
}

impl Stage for SpeechTagger {
    fn name(&self) -> &'static str {
        "speech"
    }
    fn run(&self, _analysis: &mut Analysis) -> Result<()> {
        Ok(())
    }
}
