//! Throughput of the segmenter over the Wikinews dev articles
//! (`../shared/eval/wikinews-dev/*.txt`): bytes/s and tokens/s.
//!
//! Run: `cargo bench -p lagebild-segment --bench segment`

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use lagebild_core::{Document, Span};
use lagebild_segment::{segment_into, Segmentation};
use std::hint::black_box;
use std::path::Path;

fn corpus() -> Option<Vec<(String, Vec<Span>)>> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/eval/wikinews-dev");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .ok()?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    files.sort();
    let docs: Vec<(String, Vec<Span>)> = files
        .iter()
        .filter_map(|p| std::fs::read_to_string(p).ok())
        .map(|t| {
            let d = Document::new(t);
            let paras = d.paragraphs.iter().map(|p| p.span).collect();
            (d.text, paras)
        })
        .collect();
    (!docs.is_empty()).then_some(docs)
}

fn bench(c: &mut Criterion) {
    let Some(docs) = corpus() else {
        eprintln!("segment bench: ../shared/eval/wikinews-dev not found; skipping");
        return;
    };
    let bytes: usize = docs.iter().map(|(t, _)| t.len()).sum();
    let mut seg = Segmentation::default();
    let mut tokens = 0usize;
    for (t, p) in &docs {
        segment_into(t, p, &mut seg);
        tokens += seg.tokens.len();
    }
    eprintln!(
        "segment bench: {} articles, {bytes} bytes, {tokens} tokens",
        docs.len()
    );
    let run = |seg: &mut Segmentation| {
        for (t, p) in &docs {
            segment_into(black_box(t), black_box(p), seg);
            black_box(seg.tokens.len());
        }
    };
    let mut g = c.benchmark_group("segment");
    g.sample_size(20);
    g.throughput(Throughput::Bytes(bytes as u64));
    g.bench_function("wikinews-dev bytes", |b| b.iter(|| run(&mut seg)));
    g.throughput(Throughput::Elements(tokens as u64));
    g.bench_function("wikinews-dev tokens", |b| b.iter(|| run(&mut seg)));
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
