//! German temporal expressions normalised to TIMEX3 against the document date.
//!
//! Skeleton: the stage is wired into the pipeline and adds nothing yet.

use lagebild_core::{Analysis, Result, Stage};

/// The time stage.
#[derive(Debug, Default)]
pub struct TimeTagger;

impl TimeTagger {
    pub fn new() -> Self {
        TimeTagger
    }
}

impl Stage for TimeTagger {
    fn name(&self) -> &'static str {
        "time"
    }
    fn run(&self, _analysis: &mut Analysis) -> Result<()> {
        Ok(())
    }
}
