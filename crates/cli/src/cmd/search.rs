//! `lagebild search`: Search a corpus.
//!
//! Skeleton: the command exists and says it is not built yet.

use anyhow::{bail, Result};
use std::process::ExitCode;

#[derive(Debug, clap::Args)]
pub struct Args {
    #[arg(trailing_var_arg = true, allow_hyphen_values = true, hide = true)]
    rest: Vec<String>,
}

pub fn run(_args: Args) -> Result<ExitCode> {
    bail!("`lagebild search` is not built yet")
}
