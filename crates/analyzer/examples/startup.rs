//! Start-up costs: how long each stage takes to build (the NER model is
//! decoded from the bytes embedded in the binary when its stage is built),
//! and the first analysis of a short article, which pays for lexicons that
//! load lazily, against the second.
//!
//!     cargo run --release -p lagebild-analyzer --example startup

use lagebild_analyzer::Analyzer;
use lagebild_core::{Document, Stage};
use std::time::Instant;

fn ms(t: Instant) -> f64 {
    t.elapsed().as_secs_f64() * 1000.0
}

fn timed<T>(what: &str, f: impl FnOnce() -> T) -> T {
    let t = Instant::now();
    let v = f();
    println!("{what:<32} {:>8.2} ms", ms(t));
    v
}

fn main() {
    let total = Instant::now();
    let stages: Vec<Box<dyn Stage>> = vec![
        timed("build segment", || {
            Box::new(lagebild_segment::Segmenter::new()) as Box<dyn Stage>
        }),
        timed("build ner (model load)", || {
            Box::new(lagebild_ner::NerTagger::new()) as Box<dyn Stage>
        }),
        timed("build actors", || {
            Box::new(lagebild_actors::ActorLinker::new()) as Box<dyn Stage>
        }),
        timed("build time", || {
            Box::new(lagebild_time::TimeTagger::new()) as Box<dyn Stage>
        }),
        timed("build speech", || {
            Box::new(lagebild_speech::SpeechTagger::new()) as Box<dyn Stage>
        }),
        timed("build events", || {
            Box::new(lagebild_events::EventCoder::new()) as Box<dyn Stage>
        }),
    ];
    drop(stages);
    let analyzer = timed("Analyzer::build (all built)", || {
        Analyzer::builder().build().expect("analyzer")
    });
    let text = "date 2023-03-16 Der Minister sagte am Mittwoch in Berlin, die Lage sei ernst. „Wir kommen“, erklärte Olaf Scholz.";
    timed("first analysis (lazy lexicons)", || {
        analyzer
            .analyze(Document::new(text.to_string()))
            .expect("analysis")
    });
    timed("second analysis", || {
        analyzer
            .analyze(Document::new(text.to_string()))
            .expect("analysis")
    });
    println!("{:<32} {:>8.2} ms", "total", ms(total));
}
