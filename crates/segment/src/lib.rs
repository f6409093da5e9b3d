//! German sentence and token segmentation with byte offsets, and quotation-mark pairing.
//!
//! Skeleton: the stage is wired into the pipeline and adds nothing yet.

use lagebild_core::{Analysis, Result, Stage};

/// The segment stage.
#[derive(Debug, Default)]
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
    fn run(&self, _analysis: &mut Analysis) -> Result<()> {
        Ok(())
    }
}
