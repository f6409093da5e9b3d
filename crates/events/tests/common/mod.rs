//! Helpers shared by the events crate's table tests.
#![allow(dead_code)]

use lagebild_actors::ActorLinker;
use lagebild_core::{Analysis, Document, Event, Stage};
use lagebild_events::EventCoder;

/// The full pipeline (segmenter, NER, actors, time, speech, events), as
/// `lagebild analyze` runs it: speakers come from the speech stage.
pub fn pipeline(text: &str) -> Analysis {
    let mut a = Analysis::new(Document::new(text.to_string()));
    let stages: Vec<Box<dyn Stage>> = vec![
        Box::new(lagebild_segment::Segmenter::new()),
        Box::new(lagebild_ner::NerTagger::new()),
        Box::new(ActorLinker::new()),
        Box::new(lagebild_time::TimeTagger::new()),
        Box::new(lagebild_speech::SpeechTagger::new()),
        Box::new(EventCoder::new()),
    ];
    for s in &stages {
        s.run(&mut a).expect("stage runs");
    }
    a
}

/// The events of `text` with only the actors stage before the coder.
pub fn events(text: &str) -> Vec<Event> {
    let mut a = Analysis::new(Document::new(text.to_string()));
    ActorLinker::new().run(&mut a).expect("actors");
    EventCoder::new().run(&mut a).expect("events");
    a.events
}

/// (type, source country, target country) of every event of [`events`].
pub fn triples(text: &str) -> Vec<(String, String, String)> {
    events(text)
        .into_iter()
        .map(|e| {
            (
                e.etype.as_str().to_string(),
                e.source_country.unwrap_or_default(),
                e.target_country.unwrap_or_default(),
            )
        })
        .collect()
}
