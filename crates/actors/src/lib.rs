//! Actors: merges name mentions into real-world actors with roles and countries.
//!
//! Skeleton: the stage is wired into the pipeline and adds nothing yet.

use lagebild_core::{Analysis, Result, Stage};

/// The actors stage.
#[derive(Debug, Default)]
pub struct ActorLinker;

impl ActorLinker {
    pub fn new() -> Self {
        ActorLinker
    }
}

impl Stage for ActorLinker {
    fn name(&self) -> &'static str {
        "actors"
    }
    fn run(&self, _analysis: &mut Analysis) -> Result<()> {
        Ok(())
    }
}
