//! Who did what to whom: PLOVER event coding.
//!
//! Skeleton: the stage is wired into the pipeline and adds nothing yet.

use lagebild_core::{Analysis, Result, Stage};

/// The events stage.
#[derive(Debug, Default)]
pub struct EventCoder;

impl EventCoder {
    pub fn new() -> Self {
        EventCoder
    }
}

impl Stage for EventCoder {
    fn name(&self) -> &'static str {
        "events"
    }
    fn run(&self, _analysis: &mut Analysis) -> Result<()> {
        Ok(())
    }
}
