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
    as_triples(events(text))
}

/// (type, source country, target country) of each event.
fn as_triples(events: Vec<Event>) -> Vec<(String, String, String)> {
    events
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

/// (type, source country, target country) of every event of [`pipeline`].
pub fn pipeline_triples(text: &str) -> Vec<(String, String, String)> {
    as_triples(pipeline(text).events)
}

/// A text and the event (type, source country, target country) it must
/// give, or `None`: no event at all.
pub type Case<'a> = (&'a str, Option<(&'a str, &'a str, &'a str)>);

/// Runs every case through `run` and reports all failures at once.
pub fn check_with(cases: &[Case], run: impl Fn(&str) -> Vec<(String, String, String)>) {
    let mut failed = Vec::new();
    for (text, want) in cases {
        let got = run(text);
        let ok = match want {
            Some((ty, s, o)) => got.iter().any(|(a, b, c)| a == ty && b == s && c == o),
            None => got.is_empty(),
        };
        if !ok {
            failed.push(format!("{text}\n  want {want:?}, got {got:?}"));
        }
    }
    assert_none_failed(&failed);
}

/// Fails with every collected failure at once.
pub fn assert_none_failed(failed: &[String]) {
    assert!(
        failed.is_empty(),
        "{} failed:\n{}",
        failed.len(),
        failed.join("\n")
    );
}

/// (type, source, source country, target, target country) of every event the
/// full pipeline codes in `text`.
pub fn quintuples(text: &str) -> Vec<(String, String, String, String, String)> {
    pipeline(text)
        .events
        .into_iter()
        .map(|e| {
            (
                e.etype.as_str().to_string(),
                e.source,
                e.source_country.unwrap_or_default(),
                e.target.unwrap_or_default(),
                e.target_country.unwrap_or_default(),
            )
        })
        .collect()
}

/// Does `got` ([`quintuples`]) hold the event `want` (type, source, source
/// country, target, target country)?
pub fn has_quintuple(
    got: &[(String, String, String, String, String)],
    want: (&str, &str, &str, &str, &str),
) -> bool {
    got.iter()
        .any(|(a, b, c, d, e)| (a.as_str(), b.as_str(), c.as_str(), d.as_str(), e.as_str()) == want)
}
