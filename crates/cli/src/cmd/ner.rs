//! `lagebild ner`: tags GermEval-style TSV with the NER model and writes the
//! same lines with the predicted outer tag in column 3 and `O` in column 4.

use anyhow::{bail, Context, Result};
use lagebild_ner::germeval::TsvFile;
use lagebild_ner::{Tagger, Workspace};
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
enum Format {
    /// GermEval 2014 TSV (`idx<TAB>token<TAB>outer<TAB>inner`).
    Germeval,
}

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Input format.
    #[arg(long, value_enum, default_value = "germeval")]
    format: Format,
    /// A model file to use instead of the embedded one.
    #[arg(long)]
    model: Option<PathBuf>,
    /// The TSV file to tag.
    file: PathBuf,
}

pub fn run(args: Args) -> Result<ExitCode> {
    let Format::Germeval = args.format;
    let tagger = match &args.model {
        Some(p) => {
            let bytes = std::fs::read(p).with_context(|| format!("reading {}", p.display()))?;
            Tagger::from_bytes(&bytes).with_context(|| format!("loading {}", p.display()))?
        }
        None => Tagger::embedded().context("loading the embedded NER model")?,
    };
    let bytes =
        std::fs::read(&args.file).with_context(|| format!("reading {}", args.file.display()))?;
    let Ok(text) = String::from_utf8(bytes) else {
        bail!("{}: not UTF-8", args.file.display());
    };
    let file = TsvFile::parse(&text);
    let mut ws = Workspace::default();
    let pred: Vec<Vec<u8>> = file
        .sentences()
        .iter()
        .map(|s| {
            let mut out = Vec::new();
            tagger.tag(&s.words, &mut ws, &mut out);
            out
        })
        .collect();
    let mut stdout = std::io::stdout().lock();
    stdout.write_all(file.write_with(&pred).as_bytes())?;
    stdout.flush()?;
    Ok(ExitCode::SUCCESS)
}
