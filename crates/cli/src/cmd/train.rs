//! `lagebild train`: trains models. `lagebild train ner --train … --dev … --out …`
//! trains the NER perceptron on GermEval TSV, prints the dev F1 after every
//! epoch and writes the model of the best epoch.

use anyhow::{Context, Result};
use indicatif::{ProgressBar, ProgressStyle};
use lagebild_ner::germeval::TsvFile;
use lagebild_ner::train::{train, Progress, TrainConfig};
use lagebild_ner::Tagger;
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Debug, clap::Args)]
pub struct Args {
    #[command(subcommand)]
    what: What,
}

#[derive(Debug, clap::Subcommand)]
enum What {
    /// The named-entity tagger (GermEval 2014 TSV).
    Ner(NerArgs),
}

#[derive(Debug, clap::Args)]
struct NerArgs {
    /// Training data (GermEval TSV, outer tags in column 3).
    #[arg(long)]
    train: PathBuf,
    /// Development data: scored after every epoch; the best epoch is kept.
    #[arg(long)]
    dev: PathBuf,
    /// Where to write the model.
    #[arg(long)]
    out: PathBuf,
    /// Seed of the sentence shuffle.
    #[arg(long, default_value_t = 1)]
    seed: u64,
    /// Passes over the training data.
    #[arg(long, default_value_t = 20)]
    epochs: usize,
    /// Drop features seen fewer times than this in training.
    #[arg(long, default_value_t = 1)]
    min_count: u32,
    /// Drop averaged weights smaller than this in magnitude.
    #[arg(long, default_value_t = 1.5)]
    prune: f32,
    /// Feature dropout probability in training.
    #[arg(long, default_value_t = 0.3)]
    dropout: f32,
    /// Train this many runs (seeds seed, seed+1, …) and average them.
    #[arg(long, default_value_t = 3)]
    ensemble: usize,
    /// Folds of the jackknifed training-data gazetteer (0: none).
    #[arg(long, default_value_t = 10)]
    gaz_folds: usize,
    /// Word dropout in training (all keys naming a word left out together).
    #[arg(long, default_value_t = 0.4)]
    word_dropout: f32,
    /// No progress bar (for logs).
    #[arg(long)]
    quiet: bool,
}

fn read(path: &PathBuf) -> Result<TsvFile> {
    let text =
        std::fs::read_to_string(path).with_context(|| format!("reading {}", path.display()))?;
    Ok(TsvFile::parse(&text))
}

pub fn run(args: Args) -> Result<ExitCode> {
    match args.what {
        What::Ner(a) => run_ner(a),
    }
}

fn run_ner(a: NerArgs) -> Result<ExitCode> {
    let train_s = read(&a.train)?.sentences();
    let dev_s = read(&a.dev)?.sentences();
    let ex = Tagger::extractor()?;
    let cfg = TrainConfig {
        seed: a.seed,
        epochs: a.epochs,
        min_count: a.min_count,
        prune: a.prune,
        dropout: a.dropout,
        ensemble: a.ensemble,
        gaz_folds: a.gaz_folds,
        word_dropout: a.word_dropout,
    };
    let bar = if a.quiet {
        ProgressBar::hidden()
    } else {
        ProgressBar::new(0)
    };
    bar.set_style(
        ProgressStyle::with_template(
            "{msg:>10} [{bar:40}] {pos}/{len} sentences, {elapsed} (eta {eta})",
        )
        .unwrap_or_else(|_| ProgressStyle::default_bar())
        .progress_chars("=> "),
    );
    let info = format!(
        "trained on {} ({} sentences), dev {} ({} sentences)",
        a.train
            .file_name()
            .map_or_else(String::new, |f| f.to_string_lossy().into_owned()),
        train_s.len(),
        a.dev
            .file_name()
            .map_or_else(String::new, |f| f.to_string_lossy().into_owned()),
        dev_s.len()
    );
    let (model, report) = train(&ex, &train_s, &dev_s, &cfg, &info, &mut |p| match p {
        Progress::Extracting { sentences } => {
            bar.println(format!("extracting features of {sentences} sentences"))
        }
        Progress::Features { kept, seen } => {
            bar.println(format!("{kept} features kept of {seen} seen"))
        }
        Progress::EpochStart { epoch, steps } => {
            bar.reset();
            bar.set_length(steps as u64);
            bar.set_message(format!("epoch {epoch}"));
        }
        Progress::Step { n } => bar.inc(n as u64),
        Progress::Ensemble { runs, dev } => {
            let line = format!(
                "average of {runs} runs: dev P {:.4} R {:.4} F1 {:.4}",
                dev.precision(),
                dev.recall(),
                dev.f1()
            );
            bar.println(&line);
            if a.quiet {
                eprintln!("{line}");
            }
        }
        Progress::EpochEnd {
            epoch,
            train_errors,
            dev,
            best,
        } => {
            let line = format!(
                "epoch {epoch:>2}: {train_errors} training sentences wrong; dev P {:.4} R {:.4} F1 {:.4}{}",
                dev.precision(),
                dev.recall(),
                dev.f1(),
                if best { "  (best so far)" } else { "" }
            );
            bar.println(&line);
            if a.quiet {
                eprintln!("{line}");
            }
        }
    });
    bar.finish_and_clear();
    let bytes = model.to_bytes()?;
    std::fs::write(&a.out, &bytes).with_context(|| format!("writing {}", a.out.display()))?;
    eprintln!(
        "best epoch {} (dev F1 of the written model {:.4}); wrote {} ({} bytes, {} features, {} weights)",
        report.best_epoch,
        report.best_dev.f1(),
        a.out.display(),
        bytes.len(),
        model.weights.n_features(),
        model.weights.n_entries()
    );
    Ok(ExitCode::SUCCESS)
}
