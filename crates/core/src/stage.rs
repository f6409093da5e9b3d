//! The trait every analysis stage implements.

use crate::{Analysis, Result};

/// One step of the pipeline. A stage reads what earlier stages wrote into the
/// [`Analysis`] and adds its own layer. Stages are immutable after
/// construction (models and lexicons are loaded by their builders), so one
/// analyzer can serve many threads.
pub trait Stage: Send + Sync {
    /// A short, stable name, used in errors, timings and the `rule` fields.
    fn name(&self) -> &'static str;
    /// Adds this stage's annotations.
    fn run(&self, analysis: &mut Analysis) -> Result<()>;
}
