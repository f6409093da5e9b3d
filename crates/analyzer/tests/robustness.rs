//! Property tests of the whole pipeline over arbitrary and adversarial
//! German-looking text: no panic, every span on character boundaries and
//! inside the analysed text, spans of each layer in order.
//!
//! The number of cases is proptest's default (256 per property); a long
//! campaign runs the same properties with more, e.g.
//! `PROPTEST_CASES=200000 cargo test --release -p lagebild-analyzer --test robustness`.

use lagebild_analyzer::Analyzer;
use lagebild_core::{Analysis, Document, Span};
use proptest::prelude::*;
use std::sync::OnceLock;

fn analyzer() -> &'static Analyzer {
    static A: OnceLock<Analyzer> = OnceLock::new();
    A.get_or_init(|| Analyzer::builder().build().expect("analyzer"))
}

fn check_span(a: &Analysis, s: Span, what: &str) {
    let t = &a.doc.text;
    assert!(
        s.start <= s.end && s.end <= t.len(),
        "{what}: {s:?} outside text of {} bytes",
        t.len()
    );
    assert!(
        t.is_char_boundary(s.start) && t.is_char_boundary(s.end),
        "{what}: {s:?} not on char boundaries"
    );
}

fn check(a: &Analysis) {
    let mut last = 0;
    for t in &a.tokens {
        check_span(a, t.span, "token");
        assert!(
            t.span.start >= last && !t.span.is_empty(),
            "tokens ordered, non-empty: {:?}",
            t.span
        );
        last = t.span.end;
    }
    let mut last = 0;
    for s in &a.sentences {
        check_span(a, s.span, "sentence");
        assert!(s.span.start >= last, "sentences ordered");
        assert!(s.tokens.end <= a.tokens.len());
        for t in &a.tokens[s.tokens.clone()] {
            assert!(s.span.contains(t.span), "token inside its sentence");
        }
        last = s.span.end;
    }
    for q in &a.quote_marks {
        check_span(a, q.open, "quote mark");
        check_span(a, q.inner, "quote inner");
        if let Some(c) = q.close {
            check_span(a, c, "quote mark");
        }
    }
    for m in &a.mentions {
        check_span(a, m.span, "mention");
    }
    for e in &a.entities {
        for m in &e.mentions {
            check_span(a, m.span, "entity mention");
        }
    }
    for q in &a.quotes {
        check_span(a, q.span, "quote");
        for s in q.spans.iter().chain(&q.cue_spans) {
            check_span(a, *s, "quote part");
        }
        if let Some(m) = q.speaker_mention {
            check_span(a, m, "speaker mention");
        }
        if let Some(i) = q.speaker_entity {
            assert!(i < a.entities.len());
        }
    }
    for t in &a.timexes {
        check_span(a, t.span, "timex");
        assert!(!t.value.is_empty());
    }
    for e in &a.events {
        check_span(a, e.evidence, "event evidence");
    }
    // the JSON view must always build
    let v = lagebild_core::output::to_json(a);
    assert!(v["entities"].is_array());
}

fn run(text: String) {
    let a = analyzer()
        .analyze(Document::new(text))
        .expect("analysis never fails on text");
    check(&a);
}

/// Pieces that stress the segmenter and the rule stages.
fn piece() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("„".to_string()),
        Just("“".to_string()),
        Just("\"".to_string()),
        Just("»".to_string()),
        Just("«".to_string()),
        Just("‚".to_string()),
        Just("‘".to_string()),
        Just("'".to_string()),
        Just(":".to_string()),
        Just(":\n\n".to_string()),
        Just("\n".to_string()),
        Just("\n\n".to_string()),
        Just(". ".to_string()),
        Just("date 2020-07 ".to_string()),
        Just("date 2020-13-99 ".to_string()),
        Just("sagte ".to_string()),
        Just("zufolge ".to_string()),
        Just("Der US-Diplomat ".to_string()),
        Just("er habe ".to_string()),
        Just("am Mittwoch ".to_string()),
        Just("im Februar 2019 ".to_string()),
        Just("vor zwei Wochen ".to_string()),
        Just("Stephen Biegun ".to_string()),
        Just("Nordkorea ".to_string()),
        Just("warf den USA vor, ".to_string()),
        Just("Dr. ".to_string()),
        Just("z. B. ".to_string()),
        Just("3. ".to_string()),
        Just("19.08.2014 ".to_string()),
        Just("1.000,50 ".to_string()),
        Just("https://example.org/a?b=c ".to_string()),
        Just("Bürger*innen ".to_string()),
        Just("Kommentare\n".to_string()),
        Just("laut ".to_string()),
        Just("so ".to_string()),
        Just(", so der Sprecher. ".to_string()),
        Just("erklärte ".to_string()),
        Just("teilte mit, ".to_string()),
        Just("Er ".to_string()),
        Just("Sie ".to_string()),
        Just("sei ".to_string()),
        Just("habe ".to_string()),
        Just("Bundeskanzlerin Angela Merkel ".to_string()),
        Just("die Polizei ".to_string()),
        Just("ein Sprecher des Ministeriums ".to_string()),
        Just("griff an ".to_string()),
        Just("verurteilte ".to_string()),
        Just("kritisierte den Angriff ".to_string()),
        Just("nächsten Montag ".to_string()),
        Just("2020 ".to_string()),
        Just("- ".to_string()),
        Just("– ".to_string()),
        Just("(".to_string()),
        Just(")".to_string()),
        Just("…".to_string()),
        Just("\u{a0}".to_string()),
        Just("\u{200b}".to_string()),
        Just("e\u{301}".to_string()),
        Just("ǅ".to_string()),
        Just("İ".to_string()),
        Just("ẞ".to_string()),
        Just("ﬁ".to_string()),
        "[A-ZÄÖÜ][a-zäöüß]{0,12} ",
        "[a-zäöüß]{1,12} ",
        "\\PC{1,8}",
        "[A-Za-zäöüß]{200,2000}",
        "[„“\"»«‚‘':]{1,30}",
    ]
}

proptest! {
    #[test]
    fn arbitrary_text_never_panics(s in "\\PC{0,400}") {
        run(s);
    }

    #[test]
    fn arbitrary_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..400)) {
        // invalid input is an error, valid input an analysis; never a panic
        if let Ok(doc) = Document::from_bytes(bytes, None) {
            check(&analyzer().analyze(doc).expect("analysis"));
        }
    }

    #[test]
    fn german_looking_text_never_panics(parts in proptest::collection::vec(piece(), 0..80)) {
        run(parts.concat());
    }

    #[test]
    fn article_shaped_text_never_panics(
        header in prop_oneof![Just(""), Just("date 2020-07 "), Just(" date 2019-02-29 "), Just("date 2020\n")],
        paras in proptest::collection::vec(proptest::collection::vec(piece(), 1..25), 0..12),
        colon in proptest::collection::vec(any::<bool>(), 12),
    ) {
        let mut s = header.to_string();
        for (i, p) in paras.iter().enumerate() {
            s.push_str(&p.concat());
            if colon[i % colon.len()] {
                s.push(':');
            }
            s.push_str("\n\n");
        }
        run(s);
    }

    #[test]
    fn deeply_nested_quotes(depth in 1usize..200, close in any::<bool>()) {
        let mut s = String::from("Er sagte: ");
        for i in 0..depth {
            s.push_str(["„", "»", "‚", "\"", "«"][i % 5]);
            s.push_str("Wort ");
        }
        if close {
            for i in (0..depth).rev() {
                s.push_str(["“", "«", "‘", "\"", "»"][i % 5]);
            }
        }
        run(s);
    }
}
