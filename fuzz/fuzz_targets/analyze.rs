//! Coverage-guided fuzzing of the whole pipeline: arbitrary bytes in, an error
//! or an analysis out, never a panic; every span valid.
#![no_main]

use lagebild_analyzer::Analyzer;
use lagebild_core::{Document, Span};
use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;

fn analyzer() -> &'static Analyzer {
    static A: OnceLock<Analyzer> = OnceLock::new();
    A.get_or_init(|| Analyzer::builder().build().expect("analyzer"))
}

fn ok(t: &str, s: Span) -> bool {
    s.start <= s.end && s.end <= t.len() && t.is_char_boundary(s.start) && t.is_char_boundary(s.end)
}

fuzz_target!(|data: &[u8]| {
    let Ok(doc) = Document::from_bytes(data.to_vec(), None) else { return };
    let a = analyzer().analyze(doc).expect("analysis of text never fails");
    let t = &a.doc.text;
    assert!(a.tokens.iter().all(|x| ok(t, x.span)));
    assert!(a.sentences.iter().all(|x| ok(t, x.span)));
    assert!(a.entities.iter().flat_map(|e| &e.mentions).all(|m| ok(t, m.span)));
    assert!(a.quotes.iter().all(|q| ok(t, q.span) && q.speaker_mention.is_none_or(|m| ok(t, m))));
    assert!(a.timexes.iter().all(|x| ok(t, x.span)));
    assert!(a.events.iter().all(|e| ok(t, e.evidence)));
    let _ = lagebild_core::output::to_json(&a);
});
