//! Tagging throughput over the GermEval dev file, and model load time.
//!
//! `cargo bench -p lagebild-ner --bench tagging` (needs `../shared`; without it
//! the tagging bench runs on a small built-in text and says so).

use criterion::measurement::{Measurement, ValueFormatter};
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
    // Warm: the workspace lives across samples, as the stage's thread-local
    // one lives across documents, so word forms seen before cost one lookup.
    let mut ws = Workspace::default();
    g.bench_function("tag_dev_file", |b| {
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

/// CPU time of the benchmarking thread (from `/proc/thread-self/schedstat`,
/// nanoseconds on CPU). The machine this project runs on is shared by many
/// jobs, so wall time mostly measures how long the scheduler made us wait;
/// CPU time is what "tokens per second on one core" means. Falls back to
/// wall time where the file does not exist.
struct CpuTime;

fn thread_cpu_ns() -> Option<u64> {
    let s = std::fs::read_to_string("/proc/thread-self/schedstat").ok()?;
    s.split_whitespace().next()?.parse().ok()
}

struct CpuFormatter;

impl ValueFormatter for CpuFormatter {
    fn scale_values(&self, ns: f64, values: &mut [f64]) -> &'static str {
        let (f, unit) = if ns < 1e3 {
            (1.0, "ns cpu")
        } else if ns < 1e6 {
            (1e-3, "µs cpu")
        } else if ns < 1e9 {
            (1e-6, "ms cpu")
        } else {
            (1e-9, "s cpu")
        };
        values.iter_mut().for_each(|v| *v *= f);
        unit
    }

    fn scale_throughputs(&self, _typical: f64, t: &Throughput, values: &mut [f64]) -> &'static str {
        let n = match *t {
            Throughput::Elements(e) | Throughput::ElementsAndBytes { elements: e, .. } => e,
            Throughput::Bytes(b) | Throughput::BytesDecimal(b) => b,
            Throughput::Bits(b) => b,
        } as f64;
        values.iter_mut().for_each(|v| *v = n * 1e9 / *v / 1e6);
        "M/s per CPU second"
    }

    fn scale_for_machines(&self, _values: &mut [f64]) -> &'static str {
        "ns"
    }
}

impl Measurement for CpuTime {
    type Intermediate = (Option<u64>, std::time::Instant);
    type Value = f64;

    fn start(&self) -> Self::Intermediate {
        (thread_cpu_ns(), std::time::Instant::now())
    }
    fn end(&self, i: Self::Intermediate) -> f64 {
        match (i.0, thread_cpu_ns()) {
            (Some(a), Some(b)) => b.saturating_sub(a) as f64,
            _ => i.1.elapsed().as_nanos() as f64,
        }
    }
    fn add(&self, a: &f64, b: &f64) -> f64 {
        a + b
    }
    fn zero(&self) -> f64 {
        0.0
    }
    fn to_f64(&self, v: &f64) -> f64 {
        *v
    }
    fn formatter(&self) -> &dyn ValueFormatter {
        &CpuFormatter
    }
}

fn bench_cpu(c: &mut Criterion<CpuTime>) {
    let tagger = Tagger::embedded().expect("embedded model");
    let sents = dev_sentences();
    let n_tokens: usize = sents.iter().map(Vec::len).sum();
    let mut g = c.benchmark_group("ner_cpu");
    g.throughput(Throughput::Elements(n_tokens as u64));
    g.sample_size(20);
    // Warm: the workspace lives across samples, as the stage's thread-local
    // one lives across documents, so word forms seen before cost one lookup.
    let mut ws = Workspace::default();
    g.bench_function("tag_dev_file", |b| {
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
    let mut g = c.benchmark_group("ner_load_cpu");
    g.sample_size(10);
    g.bench_function("load_embedded_model", |b| {
        b.iter(|| Tagger::embedded().expect("embedded model"))
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_group! {
    name = cpu_benches;
    config = Criterion::default().with_measurement(CpuTime);
    targets = bench_cpu
}
criterion_main!(benches, cpu_benches);
