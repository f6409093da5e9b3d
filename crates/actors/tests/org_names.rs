//! The name of a listed organisation: the fullest proper name the text uses
//! (the annotation guideline's canonical name), not a list name the text
//! never says. Texts are written for these tests.

use lagebild_actors::ActorLinker;
use lagebild_core::{Analysis, Document, Stage};

fn names(text: &str) -> Vec<String> {
    let mut a = Analysis::new(Document::new(text.to_string()));
    ActorLinker::new().run(&mut a).expect("runs");
    a.entities.into_iter().map(|e| e.name).collect()
}

#[test]
fn a_listed_organisation_is_named_as_the_text_names_it() {
    // (text, a name that must be there, a name that must not)
    let cases: &[(&str, &str, &str)] = &[
        // only the short form: the short form
        (
            "Die EU-Kommission kündigte am Montag eine Prüfung der Zölle an.",
            "EU-Kommission",
            "Europäische Kommission",
        ),
        // both forms: the full one
        (
            "Die Europäische Kommission prüft die Zölle. Die EU-Kommission will bis März entscheiden.",
            "Europäische Kommission",
            "EU-Kommission",
        ),
        // an inflected form of the list name: the list name without its article
        (
            "Die Abgeordneten der Grünen stimmten am Freitag gegen den Haushalt.",
            "Grüne",
            "Grünen",
        ),
        (
            "Im Landtag stimmte die Linke gegen den Antrag.",
            "Linke",
            "Die Linke",
        ),
    ];
    for (text, want, not) in cases {
        let got = names(text);
        assert!(
            got.iter().any(|n| n == want),
            "{want:?} missing in {got:?}: {text}"
        );
        assert!(!got.iter().any(|n| n == not), "{not:?} in {got:?}: {text}");
    }
}
