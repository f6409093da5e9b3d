//! Actors and events never panic and keep their spans on character
//! boundaries, whatever the text (the speech stage is left out: its own tests
//! cover it).

use lagebild_core::{Analysis, Document, Stage};
use proptest::prelude::*;

fn run(text: String) {
    let mut a = Analysis::new(Document::new(text));
    let stages: Vec<Box<dyn Stage>> = vec![
        Box::new(lagebild_segment::Segmenter::new()),
        Box::new(lagebild_ner::NerTagger::new()),
        Box::new(lagebild_actors::ActorLinker::new()),
        Box::new(lagebild_time::TimeTagger::new()),
        Box::new(lagebild_events::EventCoder::new()),
    ];
    for s in &stages {
        s.run(&mut a).expect("stage runs");
    }
    let t = &a.doc.text;
    for e in &a.entities {
        for m in &e.mentions {
            assert!(
                t.is_char_boundary(m.span.start)
                    && t.is_char_boundary(m.span.end)
                    && m.span.start <= m.span.end
            );
        }
    }
    for e in &a.events {
        assert!(t.is_char_boundary(e.evidence.start) && t.is_char_boundary(e.evidence.end));
        assert!(!e.source.is_empty());
    }
}

fn piece() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("„".to_string()),
        Just("“".to_string()),
        Just("\"".to_string()),
        Just("(".to_string()),
        Just(")".to_string()),
        Just(", ".to_string()),
        Just(". ".to_string()),
        Just("\n\n".to_string()),
        Just("der ".to_string()),
        Just("die ".to_string()),
        Just("so genannten ".to_string()),
        Just("US-Außenministerin ".to_string()),
        Just("Anna Berg ".to_string()),
        Just("Berg ".to_string()),
        Just("Bergs ".to_string()),
        Just("Russland ".to_string()),
        Just("Russlands ".to_string()),
        Just("(AU) ".to_string()),
        Just("Afrikanischen Union ".to_string()),
        Just("warf ".to_string()),
        Just("vor".to_string()),
        Just("lehnte ".to_string()),
        Just("ab".to_string()),
        Just("Treffen mit ".to_string()),
        Just("Gipfel zwischen ".to_string()),
        Just("und ".to_string()),
        Just("nicht ".to_string()),
        Just("kein ".to_string()),
        Just("wurde ".to_string()),
        Just("von ".to_string()),
        Just("festgenommen ".to_string()),
        Just("Er ".to_string()),
        Just("Sie ".to_string()),
        Just("sagte ".to_string()),
        Just("für Verhandlungen bereit ".to_string()),
        Just("nordkoreanische Führung ".to_string()),
        Just("Ö".to_string()),
        "\\PC{0,6}",
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]
    #[test]
    fn arbitrary_text_never_panics(s in "\\PC{0,300}") {
        run(s);
    }

    #[test]
    fn german_looking_text_never_panics(parts in proptest::collection::vec(piece(), 0..80)) {
        run(parts.concat());
    }
}
