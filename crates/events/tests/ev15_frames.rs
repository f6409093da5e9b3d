//! Issue #7 (ev15): frame lines and group nouns added for recall, each with
//! sentences of our own and near misses.

mod common;
use common::{quintuples, triples};

#[test]
fn issue7_troops_massed_at_a_border_told_in_the_perfect() {
    let cases = [
        (
            "Russland hat nach Schätzungen der Nato rund 100.000 Soldaten an der Grenze zur Ukraine zusammengezogen.",
            ("MOBILIZE", "RUS", "UKR"),
        ),
        (
            "Die Türkei hat Panzer an der Grenze zu Syrien stationiert.",
            ("MOBILIZE", "TUR", "SYR"),
        ),
        (
            "Serbien hat Einheiten an der Grenze zum Kosovo verlegt.",
            ("MOBILIZE", "SRB", "XKX"),
        ),
    ];
    for (text, (ty, s, o)) in cases {
        let got = triples(text);
        assert!(
            got.iter().any(|(a, b, c)| a == ty && b == s && c == o),
            "{text}\n  want {ty} {s} -> {o}, got {got:?}"
        );
    }
    // troops withdrawn from a border are no mobilisation
    let got = triples("Russland hat seine Soldaten von der Grenze zur Ukraine abgezogen.");
    assert!(!got.iter().any(|(a, _, _)| a == "MOBILIZE"), "got {got:?}");
}

#[test]
fn issue7_envoys_named_by_a_country_adjective_are_that_state_s() {
    let cases = [(
        "Das Außenministerium in London bestellte den iranischen Geschäftsträger ein.",
        ("ACCUSE", "GBR", "Geschäftsträger", "IRN"),
    )];
    for (text, (ty, s, t, o)) in cases {
        let got = quintuples(text);
        assert!(
            got.iter()
                .any(|(a, _, b, n, c)| a == ty && b == s && n == t && c == o),
            "{text}\n  want {ty} {s} -> {t} {o}, got {got:?}"
        );
    }
    let got =
        triples("Die Regierung in Berlin bestellte am Montag den russischen Botschafter ein.");
    assert!(
        got.iter()
            .any(|(a, b, c)| a == "ACCUSE" && b == "DEU" && c == "RUS"),
        "got {got:?}"
    );
    // an envoy with no country named is no actor of its own
    let got = triples("Der Botschafter kritisierte die Entscheidung.");
    assert!(got.is_empty(), "got {got:?}");
}

#[test]
fn issue7_a_group_des_landes_is_the_article_s_country() {
    // "die Armee des Landes": the country the article is about, not an
    // actor of the sentence before
    let text = "In Bolivien ist Präsident Evo Morales zurückgetreten. Boliviens Opposition feierte in La Paz. Venezuelas Staatschef Nicolás Maduro verurteilte den Rücktritt. US-Präsident Donald Trump lobte dagegen die Armee des Landes.";
    let got = triples(text);
    assert!(
        got.iter()
            .any(|(a, b, c)| a == "SUPPORT" && b == "USA" && c == "BOL"),
        "got {got:?}"
    );
    assert!(
        !got.iter()
            .any(|(a, b, c)| a == "SUPPORT" && b == "USA" && c == "VEN"),
        "got {got:?}"
    );
    // the owner named otherwise is not the article's country: "die
    // Studenten des Instituts" stay no actor
    let got = triples("In Bolivien protestierten Studenten. Der Präsident Evo Morales kritisierte die Studenten des Instituts.");
    assert!(!got.iter().any(|(a, _, _)| a == "ACCUSE"), "got {got:?}");
}

#[test]
fn issue7_coordinating_told_by_sich_abstimmen() {
    let cases = [
        (
            "Vor dem Gipfel hatte sich der französische Präsident Emmanuel Macron mit US-Präsident Joe Biden abgestimmt.",
            ("CONSULT", "FRA", "USA"),
        ),
        (
            "Bundeskanzlerin Angela Merkel stimmte sich am Montag eng mit Polen ab.",
            ("CONSULT", "DEU", "POL"),
        ),
    ];
    for (text, (ty, s, o)) in cases {
        let got = triples(text);
        assert!(
            got.iter().any(|(a, b, c)| a == ty && b == s && c == o),
            "{text}\n  want {ty} {s} -> {o}, got {got:?}"
        );
    }
    // a vote is no coordination
    for text in [
        "Das Parlament in Polen hat am Montag über das Gesetz abgestimmt.",
        "Die Abgeordneten Polens stimmten mit großer Mehrheit für das Gesetz ab.",
    ] {
        let got = triples(text);
        assert!(
            !got.iter().any(|(a, _, _)| a == "CONSULT"),
            "{text}\n  got {got:?}"
        );
    }
}

#[test]
fn issue7_aid_pledged_goes_to_the_recipient_of_the_context() {
    let cases = [
        // after aid told before it, in an article of several countries
        (
            "Nach den Überschwemmungen in Pakistan stellt die Bundesregierung zehn Millionen Euro für die Opfer bereit. UN-Generalsekretär António Guterres rief zu Spenden auf. Auch die Vereinigten Staaten sagten Hilfe zu.",
            ("AGREE", "USA", "PAK"),
        ),
        // the recipient named in the clause
        (
            "Japan sagte der Türkei am Montag Soforthilfe zu.",
            ("AGREE", "JPN", "TUR"),
        ),
    ];
    for (text, (ty, s, o)) in cases {
        let got = triples(text);
        assert!(
            got.iter().any(|(a, b, c)| a == ty && b == s && c == o),
            "{text}\n  want {ty} {s} -> {o}, got {got:?}"
        );
    }
    // no actor of the sentence before is the recipient
    let text = "Nach den Überschwemmungen in Pakistan stellt die Bundesregierung zehn Millionen Euro für die Opfer bereit. UN-Generalsekretär António Guterres rief zu Spenden auf. Auch die Vereinigten Staaten sagten Hilfe zu.";
    let got = triples(text);
    assert!(
        !got.iter()
            .any(|(a, b, c)| a == "AGREE" && b == "USA" && c == "IGO"),
        "got {got:?}"
    );
}

#[test]
fn issue7_aid_sent_by_its_carriers_or_flown_in() {
    let cases = [
        (
            "Nach dem Erdbeben in der Türkei entsandte Spanien ein Team von Ärzten.",
            ("AID", "ESP", "TUR"),
        ),
        (
            "Ein Erdbeben hat den Süden der Türkei verwüstet. Japan fliegt täglich Lebensmittel in die Türkei.",
            ("AID", "JPN", "TUR"),
        ),
    ];
    for (text, (ty, s, o)) in cases {
        let got = triples(text);
        assert!(
            got.iter().any(|(a, b, c)| a == ty && b == s && c == o),
            "{text}\n  want {ty} {s} -> {o}, got {got:?}"
        );
    }
    // a flight of people is no aid
    let got = triples("Nach dem Erdbeben in der Türkei flog der spanische Ministerpräsident Pedro Sánchez nach Ankara.");
    assert!(!got.iter().any(|(a, _, _)| a == "AID"), "got {got:?}");
}
