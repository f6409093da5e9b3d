//! Tagging throughput over the GermEval dev file, and model load time.
//!
//! `cargo bench -p lagebild-ner --bench tagging` (needs `../shared`; without it
//! the tagging bench runs on a small built-in text and says so).

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use lagebild_ner::germeval::TsvFile;
use lagebild_ner::{Tagger, Workspace};
use std::hint::black_box;
use std::path::Path;

fn dev_sentences() -> Vec<Vec<String>> {
    let p = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../../shared/data/germeval2014-ner/NER-de-dev.tsv");
    match std::fs::read_to_string(&p) {
        Ok(t) => TsvFile::parse(&t)
            .sentences()
            .into_iter()
            .map(|s| s.words)
            .collect(),
        Err(_) => {
            eprintln!(
                "{} not found: benchmarking a built-in sample instead",
                p.display()
            );
            let s = "Bundeskanzlerin Angela Merkel traf am Montag in Paris den französischen Präsidenten .";
            vec![s.split(' ').map(String::from).collect(); 500]
        }
    }
}

fn bench(c: &mut Criterion) {
    let tagger = Tagger::embedded().expect("embedded model");
    let sents = dev_sentences();
    let n_tokens: usize = sents.iter().map(Vec::len).sum();
    let mut g = c.benchmark_group("ner");
    g.throughput(Throughput::Elements(n_tokens as u64));
    g.sample_size(20);
    g.bench_function("tag_dev_file", |b| {
        let mut ws = Workspace::default();
        let mut out = Vec::new();
        b.iter(|| {
            let mut n = 0usize;
            for s in &sents {
                tagger.tag(black_box(s), &mut ws, &mut out);
                n += out.len();
            }
            n
        })
    });
    // Cold: a fresh workspace per pass, so every word form is computed on
    // first sight (the first document a thread tags).
    g.bench_function("tag_dev_file_cold", |b| {
        let mut out = Vec::new();
        b.iter(|| {
            let mut ws = Workspace::default();
            let mut n = 0usize;
            for s in &sents {
                tagger.tag(black_box(s), &mut ws, &mut out);
                n += out.len();
            }
            n
        })
    });
    g.finish();
    let mut g = c.benchmark_group("ner_load");
    g.sample_size(10);
    g.bench_function("load_embedded_model", |b| {
        b.iter(|| Tagger::embedded().expect("embedded model"))
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
