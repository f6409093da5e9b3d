//! Issue #7 (ev16): a protest told only by a noun before the concession it
//! won ("Nach wochenlangen Protesten ist X zurückgetreten") is the
//! protesters' PROTEST against the one who conceded; sentences of our own,
//! with near misses.

mod common;
use common::quintuples as events;

#[test]
fn issue7_protests_before_a_concession_are_against_who_conceded() {
    let cases = [
        (
            "Nach wochenlangen Protesten gegen die Regierung ist der peruanische Präsident Pedro Castillo zurückgetreten.",
            ("Demonstranten", "PER", "Pedro Castillo", "PER"),
        ),
        (
            "Nach elf Tagen Straßenprotesten ist der georgische Regierungschef Irakli Garibaschwili zurückgetreten. Die Demonstranten feierten in Tiflis.",
            ("Demonstranten", "GEO", "Irakli Garibaschwili", "GEO"),
        ),
    ];
    for (text, (s, sc, t, tc)) in cases {
        let got = events(text);
        assert!(
            got.iter().any(|(a, b, c, d, e)| a == "PROTEST"
                && b == s
                && c == sc
                && d == t
                && e == tc),
            "{text}\n  want PROTEST {s} {sc} -> {t} {tc}, got {got:?}"
        );
    }
}

#[test]
fn issue7_protests_by_a_noun_alone_or_told_elsewhere_give_no_second_event() {
    // no concession: the noun names neither side
    let got = events("Nach wochenlangen Protesten in Lima empfing der peruanische Präsident Pedro Castillo den Papst.");
    assert!(!got.iter().any(|e| e.0 == "PROTEST"), "got {got:?}");
    // the protest told in the article: not told again
    let text = "Tausende Studenten demonstrierten in Lima gegen die peruanische Regierung. Nach wochenlangen Protesten ist der peruanische Präsident Pedro Castillo zurückgetreten.";
    let got = events(text);
    let protests = got.iter().filter(|e| e.0 == "PROTEST").count();
    assert!(protests <= 1, "got {got:?}");
    assert!(
        !got.iter()
            .any(|e| e.0 == "PROTEST" && e.3 == "Pedro Castillo" && e.1 == "Demonstranten"),
        "got {got:?}"
    );
}
