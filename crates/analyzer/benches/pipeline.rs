//! Throughput of each stage and of the whole pipeline over a fixed corpus: the
//! 850 German Wikinews dev articles in `../shared/eval/wikinews-dev` (about
//! 218,000 tokens). Reports tokens/s (criterion's "elements").
//!
//!     cargo bench -p lagebild-analyzer --bench pipeline
//!
//! Per stage: the earlier stages run in the (untimed) setup, and only the stage
//! itself is timed. `pipeline/whole`: `analyze` on each article;
//! `pipeline/batch`: `analyze_batch` over batches of `BATCH` articles, as the
//! binary runs it. `pipeline/threads-N`: the whole pipeline over the corpus
//! on a rayon pool of N threads.

use criterion::{criterion_group, criterion_main, BatchSize, Criterion, Throughput};
use lagebild_analyzer::Analyzer;
use lagebild_core::{Analysis, Document};
use rayon::prelude::*;
use std::path::Path;
use std::time::Duration;

fn corpus() -> Vec<Document> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/eval/wikinews-dev");
    let mut files: Vec<_> = match std::fs::read_dir(&dir) {
        Ok(rd) => rd
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|e| e == "txt"))
            .collect(),
        Err(_) => {
            eprintln!("pipeline bench skipped: {} is absent", dir.display());
            return Vec::new();
        }
    };
    files.sort();
    files
        .iter()
        .map(|p| Document::new(std::fs::read_to_string(p).expect("corpus is UTF-8")))
        .collect()
}

fn bench(c: &mut Criterion) {
    let docs = corpus();
    if docs.is_empty() {
        return;
    }
    let analyzer = Analyzer::builder().build().expect("analyzer");
    let stages = analyzer.stages();
    // Token count from the segmenter, the first stage.
    let mut tokens = 0u64;
    for d in &docs {
        let mut a = Analysis::new(d.clone());
        stages[0].run(&mut a).expect("segment");
        tokens += a.tokens.len() as u64;
    }
    eprintln!("corpus: {} articles, {tokens} tokens", docs.len());

    let mut g = c.benchmark_group("stage");
    g.throughput(Throughput::Elements(tokens));
    g.sample_size(10);
    g.measurement_time(Duration::from_secs(8));
    for i in 0..stages.len() {
        // analyses with stages 0..i already run
        let prefix: Vec<Analysis> = docs
            .iter()
            .map(|d| {
                let mut a = Analysis::new(d.clone());
                for s in &stages[..i] {
                    s.run(&mut a).expect("stage");
                }
                a
            })
            .collect();
        g.bench_function(stages[i].name(), |b| {
            b.iter_batched(
                || prefix.clone(),
                |mut batch| {
                    for a in &mut batch {
                        stages[i].run(a).expect("stage");
                    }
                    batch
                },
                BatchSize::PerIteration,
            )
        });
    }
    g.finish();

    let mut g = c.benchmark_group("pipeline");
    g.throughput(Throughput::Elements(tokens));
    g.sample_size(10);
    g.measurement_time(Duration::from_secs(8));
    g.bench_function("whole", |b| {
        b.iter_batched(
            || docs.clone(),
            |batch| {
                batch
                    .into_iter()
                    .map(|d| analyzer.analyze(d).expect("analyze").events.len())
                    .sum::<usize>()
            },
            BatchSize::PerIteration,
        )
    });
    // Issue #9: the same, stage by stage over batches of `BATCH` articles,
    // as `lagebild analyze` and `ingest` run it.
    g.bench_function("batch", |b| {
        b.iter_batched(
            || docs.clone(),
            |mut rest| {
                let mut n = 0usize;
                while !rest.is_empty() {
                    let tail = rest.split_off(lagebild_analyzer::BATCH.min(rest.len()));
                    n += analyzer
                        .analyze_batch(std::mem::replace(&mut rest, tail))
                        .into_iter()
                        .map(|a| a.expect("analyze").events.len())
                        .sum::<usize>();
                }
                n
            },
            BatchSize::PerIteration,
        )
    });
    for threads in [1usize, 2] {
        let pool = rayon::ThreadPoolBuilder::new()
            .num_threads(threads)
            .build()
            .expect("pool");
        g.bench_function(format!("threads-{threads}"), |b| {
            b.iter_batched(
                || docs.clone(),
                |batch| {
                    pool.install(|| {
                        batch
                            .into_par_iter()
                            .map(|d| analyzer.analyze(d).expect("analyze").events.len())
                            .sum::<usize>()
                    })
                },
                BatchSize::PerIteration,
            )
        });
    }
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
