//! Issue #7 (ev28): the members of a body named by "deren"/"dessen" opening
//! the sentence act for the organisation or state named last in the
//! sentence before. Sentences of our own, with near misses.

mod common;
use common::has_quintuple as has;
use common::quintuples as events;

#[test]
fn issue_7_deren_members_act_for_the_body_named_before() {
    let morales = " date 2019-11-11 \n\nKrise in Bolivien\n\nIn Bolivien ist Präsident Evo Morales zurückgetreten.";
    for (tail, want) in [
        (
            "Auslöser war ein Bericht der Organisation Amerikanischer Staaten. Deren Wahlbeobachter hatten der Wahlbehörde schwere Manipulationen vorgeworfen.",
            ("ACCUSE", "Organisation Amerikanischer Staaten", "IGO", "Wahlbehörde", "BOL"),
        ),
        (
            "Auslöser war ein Bericht der Organisation Amerikanischer Staaten. Deren Experten warfen der Wahlbehörde schwere Manipulationen vor.",
            ("ACCUSE", "Organisation Amerikanischer Staaten", "IGO", "Wahlbehörde", "BOL"),
        ),
    ] {
        let text = format!("{morales} {tail}");
        let got = events(&text);
        assert!(has(&got, want), "{text}\n  got {got:?}");
    }
    // near misses: "deren" inside the sentence (a relative pronoun), a
    // sentence before that names no organisation or state
    for tail in [
        "Auslöser war ein Bericht der Organisation Amerikanischer Staaten. Die Wahlbehörde, deren Mitarbeiter schwiegen, warf der Opposition Lügen vor.",
        "Auslöser war ein langer Bericht. Deren Wahlbeobachter hatten der Wahlbehörde schwere Manipulationen vorgeworfen.",
    ] {
        let text = format!("{morales} {tail}");
        let got = events(&text);
        assert!(
            !got.iter()
                .any(|e| e.1 == "Organisation Amerikanischer Staaten" && e.0 == "ACCUSE"),
            "{text}\n  got {got:?}"
        );
    }
}
