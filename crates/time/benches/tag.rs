//! Throughput of the time tagger on news-like German text (self-written
//! sentences, repeated to about 1 MB).
//!
//! `cargo bench -p lagebild-time --bench tag`

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use lagebild_core::{DocDate, Span};
use lagebild_time::TimeTagger;
use std::hint::black_box;

const SENTENCES: &[&str] = &[
    "Die Verhandlungen über das Abkommen kommen seit dem Gipfel im Februar 2019 nicht voran.",
    "Der Minister hat am Mittwoch bei einem Besuch in der Hauptstadt eine Erklärung abgegeben.",
    "Nach seinen Gesprächen mit den Regierungsvertretern sagte der Diplomat, er sehe keinen Grund zur Eile.",
    "Die Wahl soll am 14. November stattfinden, teilte die Kommission mit.",
    "Trotz des monatelangen Stillstands betonen beide Seiten ihre Bereitschaft zum Dialog.",
    "Am vergangenen Samstag warf die Vizeministerin der Regierung vor, den Dialog nur als Werkzeug zu nutzen.",
    "Binnen 60 Tagen müssen danach Wahlen organisiert werden, heißt es in der Verfassung.",
    "Die Polizei nahm in der Nacht drei Verdächtige fest, die seit Jahren gesucht wurden.",
    "Der Vorsitzende war 1967 selbst durch einen Putsch an die Macht gekommen.",
    "Es gebe derzeit keine Notwendigkeit, sich von Angesicht zu Angesicht gegenüberzusitzen.",
];

fn text() -> String {
    let mut t = String::new();
    while t.len() < 1_000_000 {
        for s in SENTENCES {
            t.push_str(s);
            t.push(' ');
        }
        t.push_str("\n\n");
    }
    t
}

fn bench(c: &mut Criterion) {
    let tagger = TimeTagger::new();
    let text = text();
    let words = text.split_whitespace().count() as u64;
    let date = DocDate::parse("2020-07-15");
    let mut g = c.benchmark_group("time");
    g.throughput(Throughput::Elements(words));
    g.sample_size(10);
    g.bench_function("tag_1mb_news", |b| {
        b.iter(|| black_box(tagger.tag(&text, Span::new(0, text.len()), date, &[])))
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
