//! `lagebild`: the command-line front end. Thin on purpose: argument parsing,
//! reading inputs, and printing; all analysis lives in the library crates.
//!
//! Exit codes (documented in the README):
//! - 0: every input was analysed;
//! - 1: at least one input could not be read or decoded (each is named on
//!   stderr; the others are still analysed and printed);
//! - 2: the command line is wrong (clap's usage errors).

mod cmd;
mod input;
mod view;

use clap::{Parser, Subcommand};
use std::process::ExitCode;

#[derive(Parser)]
#[command(
    name = "lagebild",
    version,
    about = "German news → sourced situation picture: who, said what, did what to whom, when."
)]
struct Cli {
    #[command(subcommand)]
    cmd: Cmd,
}

#[derive(Subcommand)]
enum Cmd {
    /// Analyse articles and print actors, quotes, time expressions and events.
    Analyze(cmd::analyze::Args),
    /// Train a model (`lagebild train ner --train … --dev … --out …`).
    Train(cmd::train::Args),
    /// Tag GermEval-style TSV with the NER model.
    Ner(cmd::ner::Args),
    /// Sentence and token segmentation; `--eval` scores it against UD CoNLL-U.
    Segment(cmd::segment::Args),
    /// Analyse articles and store them in a SQLite corpus.
    Ingest(cmd::ingest::Args),
    /// Search a corpus.
    Search(cmd::search::Args),
    /// Serve the JSON API and the web UI over a corpus.
    Serve(cmd::serve::Args),
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let r = match cli.cmd {
        Cmd::Analyze(a) => cmd::analyze::run(a),
        Cmd::Train(a) => cmd::train::run(a),
        Cmd::Ner(a) => cmd::ner::run(a),
        Cmd::Segment(a) => cmd::segment::run(a),
        Cmd::Ingest(a) => cmd::ingest::run(a),
        Cmd::Search(a) => cmd::search::run(a),
        Cmd::Serve(a) => cmd::serve::run(a),
    };
    match r {
        Ok(code) => code,
        Err(e) => {
            eprintln!("lagebild: error: {e:#}");
            ExitCode::from(1)
        }
    }
}
