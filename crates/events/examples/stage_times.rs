//! Prints the time each stage takes on one file (for finding slow stages).
use lagebild_core::{Analysis, Document, Stage};
use std::time::Instant;

fn main() {
    let path = std::env::args().nth(1).expect("usage: stage_times FILE");
    let text = std::fs::read_to_string(path).expect("read");
    let mut a = Analysis::new(Document::new(text));
    let stages: Vec<Box<dyn Stage>> = vec![
        Box::new(lagebild_segment::Segmenter::new()),
        Box::new(lagebild_ner::NerTagger::new()),
        Box::new(lagebild_actors::ActorLinker::new()),
        Box::new(lagebild_time::TimeTagger::new()),
        Box::new(lagebild_speech::SpeechTagger::new()),
        Box::new(lagebild_events::EventCoder::new()),
    ];
    for s in &stages {
        let t = Instant::now();
        s.run(&mut a).expect("stage");
        println!(
            "{:8} {:8.1} ms",
            s.name(),
            t.elapsed().as_secs_f64() * 1000.0
        );
    }
}
