//! Quotation-mark pairing, one table of every style and the hard cases.

use lagebild_segment::segment;

/// (open mark, close mark or "-", inner text, depth) for each pair.
fn pairs(text: &str) -> Vec<(String, String, String, u8)> {
    segment(text)
        .quote_marks
        .iter()
        .map(|q| {
            (
                q.open.of(text).to_string(),
                q.close.map_or("-".to_string(), |c| c.of(text).to_string()),
                q.inner.of(text).to_string(),
                q.depth,
            )
        })
        .collect()
}

/// Expected pair: open mark, close mark or "-", inner text, depth.
type Pair<'a> = (&'a str, &'a str, &'a str, u8);

fn check(cases: &[(&str, &[Pair])]) {
    for (text, want) in cases {
        let got = pairs(text);
        let want: Vec<(String, String, String, u8)> = want
            .iter()
            .map(|(a, b, c, d)| (a.to_string(), b.to_string(), c.to_string(), *d))
            .collect();
        assert_eq!(got, want, "quotes of {text:?}");
    }
}

#[test]
fn every_style() {
    check(&[
        ("Er sagte „Ja“ dazu.", &[("„", "“", "Ja", 0)]),
        ("Er sagte „Ja\" dazu.", &[("„", "\"", "Ja", 0)]),
        ("Er sagte \"Ja\" dazu.", &[("\"", "\"", "Ja", 0)]),
        ("Er sagte »Ja« dazu.", &[("»", "«", "Ja", 0)]),
        ("Er sagte «Ja» dazu.", &[("«", "»", "Ja", 0)]),
        ("Er sagte ‚Ja‘ dazu.", &[("‚", "‘", "Ja", 0)]),
        ("Er sagte 'Ja' dazu.", &[("'", "'", "Ja", 0)]),
        ("He said “yes” today.", &[("“", "”", "yes", 0)]),
        ("Er sagte „Ja”.", &[("„", "”", "Ja", 0)]),
    ]);
}

#[test]
fn nesting() {
    check(&[
        (
            "Sie sagte: „Er rief ‚Halt‘ und ging.“",
            &[
                ("„", "“", "Er rief ‚Halt‘ und ging.", 0),
                ("‚", "‘", "Halt", 1),
            ],
        ),
        (
            "Sie sagte: »Er rief ›Halt‹ und ging.«",
            &[
                ("»", "«", "Er rief ›Halt‹ und ging.", 0),
                ("›", "‹", "Halt", 1),
            ],
        ),
        (
            "Sie sagte: „Er rief \"Halt\" und ging.“",
            &[
                ("„", "“", "Er rief \"Halt\" und ging.", 0),
                ("\"", "\"", "Halt", 1),
            ],
        ),
        (
            "He said “she called ‘stop’ and left” today.",
            &[
                ("“", "”", "she called ‘stop’ and left", 0),
                ("‘", "’", "stop", 1),
            ],
        ),
        ("Il a dit « Bonjour » hier.", &[("«", "»", " Bonjour ", 0)]),
        (
            "Sie sagte: \"Er rief 'Halt' und ging.\"",
            &[
                ("\"", "\"", "Er rief 'Halt' und ging.", 0),
                ("'", "'", "Halt", 1),
            ],
        ),
    ]);
}

#[test]
fn apostrophes_are_not_quotes() {
    check(&[
        ("Wie geht's? Peter's Laden und Grass' Roman.", &[]),
        // Inside an open single quote, a final s' closes it.
        ("Er nannte 'Grass' als Vorbild.", &[("'", "'", "Grass", 0)]),
        ("So geht’s: ‚Ja‘.", &[("‚", "‘", "Ja", 0)]),
    ]);
}

#[test]
fn unbalanced() {
    // An unclosed opening mark runs to the end of its paragraph.
    check(&[
        (
            "Er sagte „Wir kommen. Dann ging er.\n\nNeuer Absatz.",
            &[("„", "-", "Wir kommen. Dann ging er.", 0)],
        ),
        // A stray closing mark is ignored.
        ("Er kam.“ Dann ging er „heim“.", &[("„", "“", "heim", 0)]),
        ("Nur ein » hier.", &[("»", "-", " hier.", 0)]),
    ]);
}

#[test]
fn over_sentences_and_paragraphs() {
    check(&[
        (
            "„Wir kommen. Wir bleiben“, sagte er.",
            &[("„", "“", "Wir kommen. Wir bleiben", 0)],
        ),
        (
            "„Erster Absatz.\n\n„Zweiter Absatz.“ Ende.",
            &[("„", "“", "Erster Absatz.\n\n„Zweiter Absatz.", 0)],
        ),
        (
            "„Erster Absatz.\n\nZweiter Absatz.“ Ende.",
            &[("„", "“", "Erster Absatz.\n\nZweiter Absatz.", 0)],
        ),
        (
            "„Erster Absatz.\n\nZweiter Absatz „Neu“.",
            &[("„", "-", "Erster Absatz.", 0), ("„", "“", "Neu", 0)],
        ),
    ]);
}

#[test]
fn closing_quote_ends_sentence() {
    let text = "Er sagte: „Wir haben um kein Treffen gebeten.“ Danach ging er.";
    let seg = segment(text);
    let s: Vec<&str> = seg.sentences.iter().map(|s| s.span.of(text)).collect();
    assert_eq!(
        s,
        [
            "Er sagte: „Wir haben um kein Treffen gebeten.“",
            "Danach ging er."
        ]
    );
}

#[test]
fn regression_stray_mark_before_closing_bracket_opens_nothing() {
    check(&[(
        "beim Zünden des Feuers („Fierche“') das Fest.",
        &[("„", "“", "Fierche", 0)],
    )]);
}

#[test]
fn regression_unpaired_single_marks_are_not_quotes() {
    // A leading typographic apostrophe is part of the word.
    let text = "Die ’Ndrangheta ist mächtig.";
    let seg = segment(text);
    assert!(seg.tokens.iter().any(|t| t.span.of(text) == "’Ndrangheta"));
    check(&[
        ("Die ’Ndrangheta ist mächtig.", &[]),
        // A transliteration mark never closed is dropped, not a quote to the paragraph end.
        (
            "Der Vorfall ereignete sich in ‘Adi, östlich der Stadt.",
            &[],
        ),
        // Unclosed double marks stay.
        ("Er sagte „Wir kommen.", &[("„", "-", "Wir kommen.", 0)]),
    ]);
}
