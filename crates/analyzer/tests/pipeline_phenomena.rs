//! Phenomena that only show when the stages run together (segmenter, NER,
//! actors, time, speech, events), as `lagebild analyze` runs them. Texts are
//! written for these tests.

use lagebild_analyzer::Analyzer;
use lagebild_core::{Analysis, Document};
use std::sync::OnceLock;

fn analyzer() -> &'static Analyzer {
    static A: OnceLock<Analyzer> = OnceLock::new();
    A.get_or_init(|| Analyzer::builder().build().expect("analyzer"))
}

fn analyse(text: &str) -> Analysis {
    analyzer()
        .analyze(Document::new(text.to_string()))
        .unwrap_or_else(|e| panic!("{text:?}: {e}"))
}

fn events(text: &str) -> Vec<(String, String, String)> {
    analyse(text)
        .events
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

/// A text and the events expected (type, source country, target country).
type Case = (
    &'static str,
    &'static [(&'static str, &'static str, &'static str)],
);

/// Konjunktiv I widens only the bracket frames of separable verbs: a single
/// verb in Konjunktiv I is too often something else ("es drohe ein
/// Wettrüsten": a danger, not a threat).
#[test]
fn subjunctive_single_verbs_are_not_event_triggers() {
    let cases: &[Case] = &[
        (
            "Es drohe ein Wettrüsten, hatte Joe Biden bei seinem Treffen mit Wladimir Putin gesagt.",
            &[("CONSULT", "USA", "RUS")],
        ),
        (
            "Russland lehne die Forderungen der Nato ab, sagte Sergej Lawrow.",
            &[("REJECT", "RUS", "IGO")],
        ),
    ];
    for (text, want) in cases {
        let want: Vec<(String, String, String)> = want
            .iter()
            .map(|(a, b, c)| (a.to_string(), b.to_string(), c.to_string()))
            .collect();
        assert_eq!(events(text), want, "{text}");
    }
}

/// A surname with lower-case particles ("von der Leyen", "de Maizière"):
/// the short mention takes in the particles of the canonical name, and a
/// speech verb followed by it has that person as speaker (the "von" is no
/// preposition there).
#[test]
fn surname_particles_belong_to_the_name() {
    let text = "Die Ministerin Ursula von der Leyen reiste nach Paris. Die Lage sei ernst, sagte von der Leyen am Abend.";
    let a = analyse(text);
    let e = a
        .entities
        .iter()
        .find(|e| e.name == "Ursula von der Leyen")
        .expect("the person");
    let texts: Vec<&str> = e.mentions.iter().map(|m| a.text_of(m.span)).collect();
    assert!(texts.contains(&"von der Leyen"), "{texts:?}");
    let q = a.quotes.first().expect("a quote");
    assert_eq!(a.text_of(q.span), "Die Lage sei ernst");
    assert_eq!(q.speaker.as_deref(), Some("Ursula von der Leyen"));
    assert_eq!(
        q.speaker_mention.map(|m| a.text_of(m)),
        Some("von der Leyen")
    );
}

/// The speaker of a quotation, as the whole pipeline resolves it.
fn speakers(text: &str) -> Vec<Option<String>> {
    analyse(text)
        .quotes
        .into_iter()
        .map(|q| q.speaker)
        .collect()
}

/// "sagte er laut der Nachrichtenagentur X": a pronoun speaker keeps the
/// words (the agency only relays them); a place after "in" in a speaker
/// phrase headed by something else ("das Handelsministerium in Peking") says
/// where the speaker sits, not who speaks — a government still speaks for its
/// state.
#[test]
fn relays_and_places_are_not_speakers() {
    let cases: &[(&str, &[Option<&str>])] = &[
        (
            "Der chinesische Außenminister Wang Yi warnte die EU. „Wir werden unsere Interessen verteidigen“, sagte er laut der Nachrichtenagentur Xinhua.",
            &[Some("Wang Yi")],
        ),
        (
            "China lehne die Zölle ab, erklärte das Handelsministerium in Peking.",
            &[None],
        ),
        (
            // (the capital stands for the state the article does not name)
            "Die Wahl sei gefälscht, erklärte die Regierung in Washington.",
            &[Some("Washington")],
        ),
    ];
    for (text, want) in cases {
        let want: Vec<Option<String>> = want.iter().map(|s| s.map(str::to_string)).collect();
        assert_eq!(speakers(text), want, "{text}");
    }
}

/// "*abkommen" in a frame matches the compounds ("Friedensabkommen"), and
/// the co-subject of a mutual act is its counterpart.
#[test]
fn compound_heads_in_frames() {
    let got = events("Armenien und Aserbaidschan unterzeichneten ein Friedensabkommen.");
    assert!(
        got.iter()
            .any(|(t, s, o)| t == "AGREE" && s == "ARM" && o == "AZE"),
        "{got:?}"
    );
}
