//! Throughput of the actor and event stages on an article written for this
//! bench (segmentation and NER run once in the setup).

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use lagebild_core::{Analysis, Document, Stage};

const TEXT: &str = "date 2021-03 Der französische Außenminister Jean Morel hat am Dienstag bei einem \
Besuch in Kiew die ukrainische Regierung seiner Unterstützung versichert. Nach seinem Treffen mit \
Präsident Wolodymyr Selenskyj sagte der Diplomat, Frankreich sei zu weiteren Gesprächen bereit. \
Russland warf der Ukraine vor, die Waffenruhe gebrochen zu haben. Die russische Regierung lehnte \
jede Vermittlung ab, erklärte Außenminister Sergej Lawrow in Moskau. Die Europäische Union (EU) \
forderte beide Seiten zur Zurückhaltung auf. Am Abend demonstrierten Tausende in Kiew gegen den \
Krieg; die Polizei nahm mehrere Demonstranten fest. Morel, der frühere Botschafter Frankreichs in \
Berlin, traf sich anschließend mit Bundeskanzlerin Anna Berg. Die Kanzlerin lobte den Franzosen.\n\n";

fn setup() -> Analysis {
    let text = TEXT.repeat(8);
    let mut a = Analysis::new(Document::new(text));
    lagebild_segment::Segmenter::new()
        .run(&mut a)
        .expect("segment");
    lagebild_ner::NerTagger::new().run(&mut a).expect("ner");
    a
}

fn bench(c: &mut Criterion) {
    let base = setup();
    let actors = lagebild_actors::ActorLinker::new();
    let events = lagebild_events::EventCoder::new();
    let mut g = c.benchmark_group("stages");
    g.throughput(Throughput::Bytes(base.doc.text.len() as u64));
    g.bench_function("actors", |b| {
        b.iter(|| {
            let mut a = base.clone();
            actors.run(&mut a).expect("actors");
            a.entities.len()
        })
    });
    let mut with_actors = base.clone();
    actors.run(&mut with_actors).expect("actors");
    g.bench_function("events", |b| {
        b.iter(|| {
            let mut a = with_actors.clone();
            events.run(&mut a).expect("events");
            a.events.len()
        })
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
