//! Issue #7 (ev33): narrative recall — crowds counted without a noun, going
//! into the streets told verb-final, "bereits" before a visit, visits to
//! troops. Sentences of our own, each with near misses.

mod common;
use common::pipeline_triples as triples;

fn has(got: &[(String, String, String)], (t, s, g): (&str, &str, &str)) -> bool {
    got.iter().any(|e| e.0 == t && e.1 == s && e.2 == g)
}

#[test]
fn issue_7_crowds_going_into_the_streets_protest() {
    for (text, want) in [
        // verb-final, the crowd counted by a number noun alone
        (
            "In Kuba waren am Sonntag in Havanna Tausende auf die Straße gegangen.",
            ("PROTEST", "CUB", "CUB"),
        ),
        // verb-final, a crowd noun
        (
            "In Minsk sind am Sonntag Zehntausende Menschen gegen die Regierung auf die Straße gegangen.",
            ("PROTEST", "BLR", "BLR"),
        ),
        // verb-second, the crowd after the verb
        (
            "In Kolumbien gehen seit Wochen täglich Tausende gegen die Regierung auf die Straße.",
            ("PROTEST", "COL", "COL"),
        ),
        // "Hunderte von …": a partitive "von" governs nothing
        (
            "In Teheran haben am Freitag Hunderte von Studenten gegen die Regierung demonstriert.",
            ("PROTEST", "IRN", "IRN"),
        ),
    ] {
        let got = triples(text);
        assert!(has(&got, want), "{text}\n  got {got:?}");
    }
    // near misses: a crowd placed nowhere is no one's (not the speaker's);
    // a number before a noun of things is no crowd
    for text in [
        "Die Politikerin Anna Berger verteidigte ihn. So seien in ihrer Heimatstadt hunderte von Menschen auf die Straße gegangen.",
        "Die Polizei in Minsk fand Hunderte Kilometer entfernt nichts.",
    ] {
        let got = triples(text);
        assert!(
            !got.iter().any(|e| e.0 == "PROTEST" || e.0 == "COERCE"),
            "{text}\n  got {got:?}"
        );
    }
}

#[test]
fn issue_7_visits_told_with_bereits_and_visits_to_troops() {
    let text = "Frankreichs Präsident Emmanuel Macron hatte Beirut bereits am Donnerstag besucht.";
    let got = triples(text);
    assert!(
        has(&got, ("CONSULT", "FRA", "LBN")),
        "{text}\n  got {got:?}"
    );
    // near misses: readiness is still an offer; a minister's visit to troops
    // is no meeting between sides
    for text in [
        "Frankreichs Präsident Emmanuel Macron sei bereit, Beirut zu besuchen.",
        // talks offered after the noun are not held ("bereits" no longer
        // blocks them by accident)
        "Die Regierung in Paris hatte bereits Gespräche mit den Gewerkschaften angeboten.",
        "Verteidigungsminister Boris Pistorius hat die in Litauen stationierten deutschen Truppen besucht.",
    ] {
        let got = triples(text);
        assert!(!got.iter().any(|e| e.0 == "CONSULT"), "{text}\n  got {got:?}");
    }
}

#[test]
fn issue_7_protests_told_by_a_noun_with_their_protesters() {
    for (text, want) in [
        // the genitive names the protesters: an adjective and a group noun
        (
            "Die Regierung in Warschau reagiert damit auf wochenlange Proteste polnischer Bauern.",
            ("PROTEST", "POL", "POL"),
        ),
        // an article and a group noun
        (
            "In Belgrad kam es nach Protesten der Opposition zu Rücktritten.",
            ("PROTEST", "SRB", "SRB"),
        ),
    ] {
        let got = triples(text);
        assert!(has(&got, want), "{text}\n  got {got:?}");
    }
    // near misses: no genitive, no protesters (not the clause's subject);
    // a topic ("über") is no protest told; a person's genitive is no crowd
    for text in [
        "Die Regierung in Warschau reagiert damit auf wochenlange Proteste.",
        "In Belgrad ist die Berichterstattung über Kundgebungen und Demonstrationen der Opposition verboten.",
        "Die Polizei in Warschau verbot die Kundgebungen des Politikers Jan Kowalski.",
        // the noun as an object may not have taken place
        "Die Regierung in Minsk hat die Kundgebungen der Opposition verboten.",
        "Die Regierung in Minsk ignorierte die Proteste der Opposition.",
    ] {
        let got = triples(text);
        assert!(!got.iter().any(|e| e.0 == "PROTEST"), "{text}\n  got {got:?}");
    }
}

#[test]
fn issue_7_a_purpose_clause_names_the_target_of_a_protest() {
    let text = "Paris. Die Europäische Union einigte sich mit Kanada auf ein Handelsabkommen. \
                Französische Bauern blockierten am Freitag Straßen, um gegen das Abkommen zu protestieren.";
    let got = triples(text);
    assert!(
        has(&got, ("PROTEST", "FRA", "IGO")),
        "{text}\n  got {got:?}"
    );
    // near miss: without the purpose clause, the protest is against the
    // protesters' state
    let text = "Paris. Die Europäische Union einigte sich mit Kanada auf ein Handelsabkommen. \
                Französische Bauern blockierten am Freitag Straßen.";
    let got = triples(text);
    assert!(
        !has(&got, ("PROTEST", "FRA", "IGO")),
        "{text}\n  got {got:?}"
    );
}

#[test]
fn issue_7_a_protest_without_target_is_against_the_government_the_article_names() {
    let text = "Bei den Klimastreiks der Bewegung Fridays for Future sind am Freitag in ganz \
                Deutschland Hunderttausende Menschen auf die Straße gegangen. Sie forderten die \
                Bundesregierung auf, den Kohleausstieg zu beschleunigen.";
    let got = common::quintuples(text);
    assert!(
        common::has_quintuple(
            &got,
            (
                "PROTEST",
                "Fridays for Future",
                "DEU",
                "Bundesregierung",
                "DEU"
            )
        ),
        "{text}\n  got {got:?}"
    );
}

#[test]
fn issue_7_coordinated_acts_each_get_their_frame() {
    // a noun frame that ends in its own verb after "und" is a second act,
    // not the first verb's object
    let text = "Die pakistanische Regierung ließ das mobile Internet sperren und die Armee in \
                mehreren Provinzen einsetzen.";
    let got = triples(text);
    for want in [("COERCE", "PAK", "PAK"), ("MOBILIZE", "PAK", "PAK")] {
        assert!(has(&got, want), "{text}\n  got {got:?}");
    }
    // "Seit der Nacht …" opens with a time, not a subordinate clause: the
    // later verbs of the sentence keep its subject
    let text = "Nouméa. Seit der Nacht zum Dienstag plündern französische Randalierer Geschäfte, \
                setzen Autos in Brand und liefern sich Gefechte mit der französischen Polizei.";
    let got = triples(text);
    for want in [("PROTEST", "FRA", "FRA"), ("ASSAULT", "FRA", "FRA")] {
        assert!(has(&got, want), "{text}\n  got {got:?}");
    }
    // near misses: a noun with its preposition after "und" stays the
    // verb's object ("versicherte … und … Zusammenarbeit mit"); a real
    // opening "seit" clause has its own subject
    let text = "Der Ministerpräsident gratulierte seinem Parteifreund Kuhn und versicherte eine \
                gute Zusammenarbeit mit dem künftigen Oberbürgermeister Turner.";
    let got = triples(text);
    assert!(
        !got.iter().any(|e| e.0 == "COOPERATE"),
        "{text}\n  got {got:?}"
    );
    let text = "Seit die Regierung gestürzt ist, liefern sich Gefechte mit der Polizei.";
    let got = triples(text);
    assert!(
        !got.iter().any(|e| e.0 == "ASSAULT"),
        "{text}\n  got {got:?}"
    );
}

#[test]
fn issue_7_a_year_before_von_leaves_the_passive_agent() {
    // the partitive "von" is read after number words only, not after a
    // figure: the agent of the passive stays the one named after "von"
    for (text, want) in [
        (
            "Nawalny wurde 2021 von russischen Polizisten festgenommen.",
            ("COERCE", "Polizisten", "RUS", "Nawalny", "RUS"),
        ),
        (
            "In Teheran haben am Freitag Hunderte von Studenten gegen die Regierung demonstriert.",
            ("PROTEST", "Studenten", "IRN", "Regierung", "IRN"),
        ),
    ] {
        let got = common::quintuples(text);
        assert!(common::has_quintuple(&got, want), "{text}\n  got {got:?}");
    }
}
