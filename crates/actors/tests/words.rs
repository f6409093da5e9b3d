//! The word tokens of `text::Words`: letter and digit runs with inner
//! hyphens, apostrophes and short-abbreviation dots, one token per other
//! character, white space (Unicode too) skipped. The texts are written for
//! these tests.

use lagebild_actors::text::Words;
use lagebild_core::{Analysis, Document};

fn tokens(text: &str) -> Vec<(String, bool, bool)> {
    let a = Analysis::new(Document::new(text.to_string()));
    let w = Words::new(&a);
    (0..w.len())
        .map(|i| (w.s(i).to_string(), w.is_word(i), w.is_cap(i)))
        .collect()
}

#[test]
fn words_split_as_before() {
    let cases: &[(&str, &[&str])] = &[
        ("Die Nord-Süd-Achse", &["Die", "Nord-Süd-Achse"]),
        (
            "Gesprächs- und Zeitplan",
            &["Gesprächs", "-", "und", "Zeitplan"],
        ),
        ("O'Neill und D’Alema", &["O'Neill", "und", "D’Alema"]),
        (
            "Washington D.C. heute",
            &["Washington", "D.C", ".", "heute"],
        ),
        ("Amt.Neu", &["Amt", ".", "Neu"]),
        (
            "am 3.10.2020 um 12:30",
            &["am", "3.10", ".", "2020", "um", "12", ":", "30"],
        ),
        ("Ärger\u{a0}über\u{2009}Öl", &["Ärger", "über", "Öl"]),
        (
            "„Nein“, sagte er.",
            &["„", "Nein", "“", ",", "sagte", "er", "."],
        ),
        ("x-", &["x", "-"]),
        ("ΑΒΓ δε ٣٤", &["ΑΒΓ", "δε", "٣٤"]),
    ];
    for (text, want) in cases {
        let got: Vec<String> = tokens(text).into_iter().map(|t| t.0).collect();
        assert_eq!(&got, want, "{text:?}");
    }
}

#[test]
fn word_and_capital_flags() {
    let got = tokens("Éclair, über 5 Ärzte");
    let want = [
        ("Éclair", true, true),
        (",", false, false),
        ("über", true, false),
        ("5", true, false),
        ("Ärzte", true, true),
    ];
    assert_eq!(got.len(), want.len(), "{got:?}");
    for (g, w) in got.iter().zip(want) {
        assert_eq!((g.0.as_str(), g.1, g.2), w);
    }
}

/// The actors stage keeps its word view in the analysis; a later `Words`
/// (the events stage's) reads the same tokens and sentence numbers as a
/// fresh split, and a changed document is split again.
#[test]
fn kept_words_are_reused_while_the_document_is_the_same() {
    use lagebild_core::{Stage, WordLayer};
    let text = "Die Ministerin reiste am Montag nach Rom. Dort traf sie den Präsidenten.";
    let fresh = |a: &Analysis| {
        let w = Words::new(a);
        (0..w.len())
            .map(|i| (w.s(i).to_string(), w.toks[i]))
            .collect::<Vec<_>>()
    };
    let mut a = Analysis::new(Document::new(text.to_string()));
    lagebild_segment::Segmenter::new().run(&mut a).unwrap();
    let want = fresh(&a);
    assert!(WordLayer::get(&a).is_none());
    lagebild_actors::ActorLinker::new().run(&mut a).unwrap();
    assert_eq!(WordLayer::get(&a).map(<[_]>::len), Some(want.len()));
    assert_eq!(fresh(&a), want);
    assert!(want.iter().any(|(_, t)| t.sent == 1), "{want:?}");
    // (another document: the kept words are not handed out)
    a.doc = Document::new(format!("{text} Mehr."));
    assert!(WordLayer::get(&a).is_none());
    assert_eq!(fresh(&a).len(), want.len() + 2);
}

/// With its words the actors stage keeps their lexicon facts and the main
/// country: a later `Words` answers as a fresh one would, and the kept main
/// country is the one a fresh word view gives.
#[test]
fn kept_facts_and_main_country_answer_as_fresh_ones() {
    use lagebild_core::{Stage, WordLayer};
    let text = "Die französische Regierung und der spanische Minister trafen sich in Paris. \
                Frankreich wolle helfen, sagten die Franzosen. Die Spanier schwiegen.";
    let mut a = Analysis::new(Document::new(text.to_string()));
    lagebild_segment::Segmenter::new().run(&mut a).unwrap();
    let fresh_main = lagebild_actors::context::main_country(&Words::new(&a));
    let fresh: Vec<_> = {
        let w = Words::new(&a);
        (0..w.len())
            .map(|i| (w.adjective(i), w.is_role(i), w.is_place(i)))
            .collect()
    };
    lagebild_actors::ActorLinker::new().run(&mut a).unwrap();
    assert_eq!(WordLayer::facts(&a).map(<[_]>::len), Some(fresh.len()));
    // (the stage asked about the words: some facts are known)
    assert!(WordLayer::facts(&a).is_some_and(|f| f.iter().any(|&b| b != 0)));
    assert_eq!(WordLayer::main_country(&a), Some(fresh_main));
    assert_eq!(fresh_main, Some("FRA"));
    let w = Words::new(&a);
    let kept: Vec<_> = (0..w.len())
        .map(|i| (w.adjective(i), w.is_role(i), w.is_place(i)))
        .collect();
    assert_eq!(kept, fresh);
    assert!(kept.iter().any(|f| f.0 == Some("ESP")));
    // (another document: nothing is handed out)
    a.doc = Document::new(format!("{text} Mehr."));
    assert!(WordLayer::facts(&a).is_none() && WordLayer::main_country(&a).is_none());
}
