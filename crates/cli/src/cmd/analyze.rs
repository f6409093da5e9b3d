//! `lagebild analyze`: the main job.

use crate::input::{self, InputFormat, Item};
use crate::view;
use anyhow::{Context, Result};
use lagebild_analyzer::Analyzer;
use lagebild_core::output::OutDoc;
use lagebild_core::DocDate;
use rayon::prelude::*;
use std::io::{IsTerminal, Write};
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// The JSON contract: one object (an array for several documents).
    Json,
    /// One compact JSON object per line, each with the article's `id`.
    Jsonl,
    /// A readable view for people (the default on a terminal).
    Text,
}

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Article files, directories (every .txt inside, recursively), `-` for
    /// stdin, or JSONL corpora (.jsonl).
    #[arg(required = true)]
    pub paths: Vec<PathBuf>,
    /// Output format [default: text on a terminal, json otherwise].
    #[arg(long, value_enum)]
    pub format: Option<Format>,
    /// How to read the inputs.
    #[arg(long, value_enum, default_value = "auto")]
    pub input: InputFormat,
    /// Sets or overrides the document date (YYYY, YYYY-MM or YYYY-MM-DD).
    #[arg(long, value_parser = parse_date)]
    pub date: Option<DocDate>,
    /// Worker threads [default: all cores].
    #[arg(long)]
    pub threads: Option<usize>,
}

fn parse_date(s: &str) -> Result<DocDate, String> {
    DocDate::parse(s)
        .ok_or_else(|| format!("{s:?} is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD"))
}

pub fn run(args: Args) -> Result<ExitCode> {
    let format = args.format.unwrap_or(if std::io::stdout().is_terminal() {
        Format::Text
    } else {
        Format::Json
    });
    let analyzer = Analyzer::builder()
        .build()
        .context("building the analyzer")?;
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(args.threads.unwrap_or(0))
        .build()
        .context("starting worker threads")?;
    let items = input::read_all(&args.paths, args.input, args.date);
    // Batches of articles, each analysed stage by stage (issue #9: faster
    // than one article at a time, see `Analyzer::analyze_batch`).
    let results: Vec<Result<OutDoc, String>> = pool.install(|| {
        lagebild_analyzer::batches(items, |item| match item {
            Item::Doc(doc) => doc.text.len(),
            Item::Failed(_) => 0,
        })
        .into_par_iter()
        .flat_map_iter(|chunk| {
            let mut ids = Vec::with_capacity(chunk.len());
            let mut docs = Vec::with_capacity(chunk.len());
            let mut failed = Vec::new();
            for (i, item) in chunk.into_iter().enumerate() {
                match item {
                    Item::Failed(msg) => failed.push((i, msg)),
                    Item::Doc(doc) => {
                        let id = doc.id.clone().unwrap_or_default();
                        for w in &doc.warnings {
                            eprintln!("lagebild: warning: {id}: {w}");
                        }
                        ids.push(id);
                        docs.push(doc);
                    }
                }
            }
            let mut out: Vec<Result<OutDoc, String>> = analyzer
                .analyze_batch(docs)
                .into_iter()
                .zip(ids)
                .map(|(r, id)| {
                    r.map(|a| OutDoc::from_analysis(&a))
                        .map_err(|e| format!("{id}: {e}"))
                })
                .collect();
            // back in input order
            for (i, msg) in failed {
                out.insert(i, Err(msg));
            }
            out
        })
        .collect()
    });
    let mut failed = 0usize;
    let mut docs = Vec::with_capacity(results.len());
    for r in results {
        match r {
            Ok(d) => docs.push(d),
            Err(msg) => {
                failed += 1;
                eprintln!("lagebild: error: {msg}");
            }
        }
    }
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    match format {
        Format::Json => {
            if docs.len() == 1 {
                serde_json::to_writer_pretty(&mut out, &docs[0])?;
            } else if !docs.is_empty() || failed == 0 {
                serde_json::to_writer_pretty(&mut out, &docs)?;
            }
            writeln!(out)?;
        }
        Format::Jsonl => {
            for d in &docs {
                serde_json::to_writer(&mut out, d)?;
                writeln!(out)?;
            }
        }
        Format::Text => {
            let color = std::io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none();
            for d in &docs {
                view::write(&mut out, d, color)?;
            }
        }
    }
    out.flush()?;
    Ok(if failed > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}
