//! Property tests: whatever the input, the layers are well-formed.

use lagebild_core::{Analysis, Document, Stage};
use lagebild_segment::{segment, Segmentation, Segmenter};
use proptest::prelude::*;

/// Checks every invariant of a segmentation of `text`.
fn check(text: &str, seg: &Segmentation) -> Result<(), TestCaseError> {
    let ok = |i: usize| i <= text.len() && text.is_char_boundary(i);
    let mut prev_end = 0usize;
    for t in &seg.tokens {
        prop_assert!(
            ok(t.span.start) && ok(t.span.end),
            "token off boundary {:?}",
            t
        );
        prop_assert!(t.span.start < t.span.end, "empty token {:?}", t);
        prop_assert!(
            t.span.start >= prev_end,
            "tokens overlap or out of order at {:?}",
            t
        );
        prev_end = t.span.end;
    }
    let mut prev = 0usize;
    let mut prev_tok = 0usize;
    for s in &seg.sentences {
        prop_assert!(ok(s.span.start) && ok(s.span.end));
        prop_assert!(s.span.start >= prev, "sentences out of order");
        prop_assert!(!s.tokens.is_empty() && s.tokens.end <= seg.tokens.len());
        prop_assert!(s.tokens.start >= prev_tok, "sentence token ranges overlap");
        prev = s.span.end;
        prev_tok = s.tokens.end;
        for t in &seg.tokens[s.tokens.clone()] {
            prop_assert!(
                s.span.contains(t.span),
                "token {:?} outside its sentence",
                t
            );
        }
    }
    for q in &seg.quote_marks {
        for sp in [Some(q.open), q.close, Some(q.inner)].into_iter().flatten() {
            prop_assert!(
                ok(sp.start) && ok(sp.end) && sp.start <= sp.end,
                "bad quote span {:?}",
                q
            );
        }
        if let Some(c) = q.close {
            prop_assert!(q.open.end <= c.start);
        }
        // Both marks are quotation-mark tokens.
        for m in [Some(q.open), q.close].into_iter().flatten() {
            prop_assert!(
                seg.tokens
                    .binary_search_by_key(&m.start, |t| t.span.start)
                    .is_ok_and(|i| seg.tokens[i].span == m
                        && seg.tokens[i].kind == lagebild_core::TokenKind::QuoteMark),
                "quote mark {:?} is no QuoteMark token",
                m
            );
        }
    }
    Ok(())
}

/// German-looking text: words, abbreviations, numbers, quotes of every
/// style, colons, dots and newlines.
fn germanish() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("Die".to_string()),
        Just("Bürger*innen".to_string()),
        Just("US-Vizeaußenminister".to_string()),
        Just("z. B.".to_string()),
        Just("Dr.".to_string()),
        Just("3.".to_string()),
        Just("19.08.2014".to_string()),
        Just("1.000,50".to_string()),
        Just("geht's".to_string()),
        Just("Grass'".to_string()),
        Just("https://x.de/a(b)".to_string()),
        Just("a@b.de".to_string()),
        "[„“”\"'‚‘’«»‹›`]{1,2}",
        "[.:;,!?…\\-/*_]{1,3}",
        "[ \n]{1,3}",
        "[a-zäöüßA-ZÄÖÜ]{1,8}",
        "[0-9]{1,5}",
        "\\PC{1,3}",
    ];
    prop::collection::vec(piece, 0..40).prop_map(|v| v.join(""))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(600))]

    #[test]
    fn arbitrary_text_is_well_formed(text in "\\PC{0,200}") {
        let seg = segment(&text);
        check(&text, &seg)?;
    }

    #[test]
    fn any_chars_are_well_formed(text in any::<String>()) {
        let seg = segment(&text);
        check(&text, &seg)?;
    }

    #[test]
    fn german_looking_text_is_well_formed(text in germanish()) {
        let seg = segment(&text);
        check(&text, &seg)?;
    }

    #[test]
    fn stage_is_well_formed(text in germanish()) {
        let mut a = Analysis::new(Document::new(text));
        Segmenter::new().run(&mut a).unwrap();
        let seg = Segmentation {
            tokens: a.tokens.clone(),
            sentences: a.sentences.clone(),
            quote_marks: a.quote_marks.clone(),
        };
        check(&a.doc.text, &seg)?;
        for s in &a.sentences {
            prop_assert!(a.doc.body.contains(s.span));
            let p = a.doc.paragraphs[s.paragraph].span;
            prop_assert!(p.contains(s.span), "sentence crosses its paragraph");
        }
    }
}
