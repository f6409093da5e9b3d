//! `lagebild ingest`: analyse articles and store them in a SQLite corpus.
//!
//! Articles already stored (same content hash) are skipped before analysis,
//! so a re-run — after new files arrive, or after the process was killed —
//! only does the missing work. The analysis runs on all cores; the results
//! are written by this thread, one transaction per batch, so a `kill -9`
//! loses at most the batch in flight.

use crate::input::{self, InputFormat, Item};
use anyhow::{Context, Result};
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use lagebild_analyzer::Analyzer;
use lagebild_core::output::OutDoc;
use lagebild_core::{DocDate, Document};
use lagebild_store::{content_hash, NewArticle, Put, Store};
use rayon::prelude::*;
use std::collections::HashSet;
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Debug, clap::Args)]
pub struct Args {
    /// Article files, directories (every .txt inside, recursively), `-` for
    /// stdin, or JSONL corpora (.jsonl, one {"id", "date", "text"} per line).
    #[arg(required = true)]
    pub paths: Vec<PathBuf>,
    /// The corpus file (created if missing).
    #[arg(long)]
    pub db: PathBuf,
    /// How to read the inputs.
    #[arg(long, value_enum, default_value = "auto")]
    pub input: InputFormat,
    /// Sets or overrides the document date (YYYY, YYYY-MM or YYYY-MM-DD).
    #[arg(long, value_parser = parse_date)]
    pub date: Option<DocDate>,
    /// Articles per transaction.
    #[arg(long, default_value_t = 64)]
    pub batch: usize,
    /// Analyse and rewrite articles that are already stored (after an
    /// analyzer upgrade); by default they are skipped.
    #[arg(long)]
    pub reanalyse: bool,
    /// Worker threads [default: all cores].
    #[arg(long)]
    pub threads: Option<usize>,
    /// No progress bar.
    #[arg(long, short)]
    pub quiet: bool,
}

fn parse_date(s: &str) -> Result<DocDate, String> {
    DocDate::parse(s)
        .ok_or_else(|| format!("{s:?} is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD"))
}

fn doc_hash(d: &Document) -> String {
    content_hash(d.date.map(|d| d.to_string()).as_deref(), &d.text)
}

pub fn run(args: Args) -> Result<ExitCode> {
    let mut store = Store::create(&args.db)
        .with_context(|| format!("{}: cannot open corpus", args.db.display()))?;
    let analyzer = Analyzer::builder()
        .build()
        .context("building the analyzer")?;
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(args.threads.unwrap_or(0))
        .build()
        .context("starting worker threads")?;

    let mut failed = 0usize;
    let mut skipped = 0usize;
    let known = if args.reanalyse {
        HashSet::new()
    } else {
        store.known_hashes()?
    };
    let mut seen = HashSet::new();
    let mut docs = Vec::new();
    for item in input::read_all(&args.paths, args.input, args.date) {
        match item {
            Item::Failed(msg) => {
                failed += 1;
                eprintln!("lagebild: error: {msg}");
            }
            Item::Doc(d) => {
                let h = doc_hash(&d);
                if known.contains(&h) || !seen.insert(h) {
                    skipped += 1;
                } else {
                    docs.push(d);
                }
            }
        }
    }

    let pb = if args.quiet {
        ProgressBar::hidden()
    } else {
        let pb =
            ProgressBar::with_draw_target(Some(docs.len() as u64), ProgressDrawTarget::stderr());
        pb.set_style(
            ProgressStyle::with_template(
                "{spinner} [{elapsed_precise}] {wide_bar} {pos}/{len}, {rate}, ETA {eta}",
            )
            .map_err(|e| anyhow::anyhow!("progress template: {e}"))?
            .with_key(
                "rate",
                |state: &indicatif::ProgressState, w: &mut dyn std::fmt::Write| {
                    let _ = write!(w, "{:.0} articles/s", state.per_sec());
                },
            ),
        );
        pb
    };

    let batch = args.batch.max(1);
    let (mut inserted, mut replaced) = (0usize, 0usize);
    while !docs.is_empty() {
        let rest = docs.split_off(batch.min(docs.len()));
        let chunk = std::mem::replace(&mut docs, rest);
        let results: Vec<Result<(String, String, OutDoc), String>> = pool.install(|| {
            // stage by stage over a few articles at a time (issue #9)
            lagebild_analyzer::batches(chunk, |d| d.text.len())
                .into_par_iter()
                .flat_map_iter(|docs| {
                    let ids: Vec<String> = docs
                        .iter()
                        .map(|d| d.id.clone().unwrap_or_default())
                        .collect();
                    analyzer
                        .analyze_batch(docs)
                        .into_iter()
                        .zip(ids)
                        .map(|(r, id)| {
                            r.map(|mut a| {
                                let out = OutDoc::from_analysis(&a);
                                (id.clone(), std::mem::take(&mut a.doc.text), out)
                            })
                            .map_err(|e| format!("{id}: {e}"))
                        })
                        .collect::<Vec<_>>()
                })
                .collect()
        });
        let n = results.len() as u64;
        let mut tx = store.batch()?;
        for r in results {
            match r {
                Ok((id, text, out)) => {
                    for w in &out.warnings {
                        pb.suspend(|| eprintln!("lagebild: warning: {id}: {w}"));
                    }
                    let put = tx.put(
                        &NewArticle {
                            ext_id: &id,
                            source: None,
                            text: &text,
                            doc: &out,
                        },
                        args.reanalyse,
                    )?;
                    match put {
                        Put::Inserted(_) => inserted += 1,
                        Put::Replaced(_) => replaced += 1,
                        Put::Skipped(_) => skipped += 1,
                    }
                }
                Err(msg) => {
                    failed += 1;
                    pb.suspend(|| eprintln!("lagebild: error: {msg}"));
                }
            }
        }
        tx.commit().context("committing a batch")?;
        pb.inc(n);
    }
    pb.finish_and_clear();
    let stats = store.stats()?;
    eprintln!(
        "lagebild: ingested {inserted}, re-analysed {replaced}, skipped {skipped} (already stored), failed {failed}; \
         {} now holds {} articles, {} actors, {} statements, {} events",
        args.db.display(),
        stats.articles,
        stats.actors,
        stats.quotes,
        stats.events
    );
    Ok(if failed > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}
