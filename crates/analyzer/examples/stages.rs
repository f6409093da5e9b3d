//! Quick per-stage throughput over the Wikinews dev corpus on one thread,
//! for comparing builds back to back (the criterion bench `pipeline` is the
//! reference; this one takes seconds instead of minutes).
//!
//!     cargo run --release -p lagebild-analyzer --example stages [ROUNDS]
//!
//! Runs the whole pipeline over the 850 articles ROUNDS times (default 5),
//! each stage over all articles before the next, and prints per stage the
//! fastest round's time and tokens/s.
//!
//!     cargo run --release -p lagebild-analyzer --example stages ROUNDS whole [BATCH]
//!
//! times the whole pipeline as the binary and criterion's `pipeline/whole`
//! run it instead: `Analyzer::analyze` article by article, or with BATCH
//! `Analyzer::analyze_batch` over batches of that many articles, each result
//! dropped at once (issue #9: the difference is cache misses). Time is the thread's CPU time (Linux
//! `/proc/thread-self/schedstat`; wall time elsewhere), so other processes
//! on a busy machine disturb it little.

use lagebild_analyzer::Analyzer;
use lagebild_core::{Analysis, Document};
use std::path::Path;
use std::time::{Duration, Instant};

/// The calling thread's CPU time, or wall time where it cannot be read.
enum Clock {
    Cpu(u64),
    Wall(Instant),
}

fn cpu_ns() -> Option<u64> {
    let s = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    s.split_whitespace().next()?.parse().ok()
}

impl Clock {
    fn now() -> Clock {
        match cpu_ns() {
            Some(n) => Clock::Cpu(n),
            None => Clock::Wall(Instant::now()),
        }
    }
    fn elapsed(&self) -> Duration {
        match self {
            Clock::Cpu(n) => Duration::from_nanos(cpu_ns().unwrap_or(*n).saturating_sub(*n)),
            Clock::Wall(t) => t.elapsed(),
        }
    }
}

fn main() {
    let mut args = std::env::args().skip(1);
    let rounds: usize = args.next().and_then(|s| s.parse().ok()).unwrap_or(5);
    let whole = args.next().is_some_and(|s| s == "whole");
    let batch: usize = args.next().and_then(|s| s.parse().ok()).unwrap_or(0);
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/eval/wikinews-dev");
    let Ok(rd) = std::fs::read_dir(&dir) else {
        eprintln!("stages: {} is absent", dir.display());
        return;
    };
    let mut files: Vec<_> = rd
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    files.sort();
    let docs: Vec<Document> = files
        .iter()
        .filter_map(|p| std::fs::read_to_string(p).ok())
        .map(Document::new)
        .collect();
    let analyzer = Analyzer::builder().build().expect("analyzer");
    if whole {
        return time_whole(&analyzer, &docs, rounds, batch);
    }
    let stages = analyzer.stages();
    let mut best = vec![Duration::MAX; stages.len()];
    let mut best_total = Duration::MAX;
    let mut tokens = 0usize;
    for _ in 0..rounds {
        let mut t = vec![Duration::ZERO; stages.len()];
        let mut all: Vec<Analysis> = docs.iter().map(|d| Analysis::new(d.clone())).collect();
        for (k, s) in stages.iter().enumerate() {
            let t0 = Clock::now();
            for a in &mut all {
                s.run(a).expect("stage");
            }
            t[k] = t0.elapsed();
        }
        tokens = all.iter().map(|a| a.tokens.len()).sum();
        for k in 0..t.len() {
            best[k] = best[k].min(t[k]);
        }
        best_total = best_total.min(t.iter().sum());
    }
    println!(
        "{} articles, {tokens} tokens, best of {rounds} rounds",
        docs.len()
    );
    for (k, s) in stages.iter().enumerate() {
        println!(
            "{:<10} {:>8.1} ms {:>10.0} tok/s",
            s.name(),
            best[k].as_secs_f64() * 1e3,
            tokens as f64 / best[k].as_secs_f64()
        );
    }
    println!(
        "{:<10} {:>8.1} ms {:>10.0} tok/s",
        "whole",
        best_total.as_secs_f64() * 1e3,
        tokens as f64 / best_total.as_secs_f64()
    );
}

/// `analyze` on each article (`batch` 0) or `analyze_batch` over batches of
/// `batch` articles: the fastest round's thread CPU time.
fn time_whole(analyzer: &Analyzer, docs: &[Document], rounds: usize, batch: usize) {
    let mut best = Duration::MAX;
    let mut tokens = 0usize;
    for _ in 0..rounds {
        let mut rest = docs.to_vec();
        let mut n = 0usize;
        let t0 = Clock::now();
        if batch == 0 {
            for d in rest {
                n += analyzer.analyze(d).expect("analyze").tokens.len();
            }
        } else {
            while !rest.is_empty() {
                let tail = rest.split_off(batch.min(rest.len()));
                for a in analyzer.analyze_batch(std::mem::replace(&mut rest, tail)) {
                    n += a.expect("analyze").tokens.len();
                }
            }
        }
        best = best.min(t0.elapsed());
        tokens = n;
    }
    println!(
        "{} articles, {tokens} tokens, best of {rounds} rounds, {}: {:.1} ms, {:.0} tok/s",
        docs.len(),
        if batch == 0 {
            "article by article".to_string()
        } else {
            format!("batches of {batch}")
        },
        best.as_secs_f64() * 1e3,
        tokens as f64 / best.as_secs_f64()
    );
}
