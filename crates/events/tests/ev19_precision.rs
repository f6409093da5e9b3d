//! Issue #7 (ev19): precision — a side taken from the wrong clause or the
//! wrong phrase. Sentences of our own, each with near misses.

mod common;
use common::has_quintuple as has;
use common::quintuples as events;

#[test]
fn issue_7_a_second_verb_keeps_its_object() {
    // the second verb's object is not the first verb's target, also when the
    // second verb reads as an adjective too ("kritisierten", "verurteilten")
    for text in [
        "Scholz und Macron lobten die Zusammenarbeit und kritisierten Russland.",
        "Scholz und Macron lobten die Zusammenarbeit und verurteilten Russland.",
        "Scholz lobte die Zusammenarbeit und kritisierte Russland.",
    ] {
        let got = events(text);
        assert!(
            !got.iter().any(|e| e.0 == "SUPPORT" && e.3 == "Russland"),
            "{text}\n  got {got:?}"
        );
        assert!(
            got.iter().any(|e| e.0 == "ACCUSE" && e.3 == "Russland"),
            "{text}\n  got {got:?}"
        );
    }
    // near misses: praise of a named actor stays; coordinated adjectives
    // before a noun are no second verb
    let got = events("Scholz lobte Frankreich und kritisierte Russland.");
    assert!(
        has(&got, ("SUPPORT", "Scholz", "DEU", "Frankreich", "FRA")),
        "got {got:?}"
    );
    assert!(
        has(&got, ("ACCUSE", "Scholz", "DEU", "Russland", "RUS")),
        "got {got:?}"
    );
    let got = events("Scholz lobte die gelobten und kritisierten Pläne Frankreichs.");
    assert!(
        has(&got, ("SUPPORT", "Scholz", "DEU", "Frankreich", "FRA")),
        "got {got:?}"
    );
}

#[test]
fn issue_7_aid_sent_is_not_its_recipient() {
    // people named by their noun alone after a sending verb are what is sent
    let text = "Ein Wirbelsturm hat in Malawi schwere Schäden angerichtet. Sambia schickte Soldaten und Zelte. Der malawische Präsident Lazarus Chakwera dankte dem Nachbarland.";
    let got = events(text);
    assert!(
        has(&got, ("AID", "Sambia", "ZMB", "Malawi", "MWI")),
        "got {got:?}"
    );
    assert!(!got.iter().any(|e| e.3 == "Soldaten"), "got {got:?}");
    let text = "Ein Erdbeben hat in Nepal schwere Schäden angerichtet. Indien entsandte Soldaten und Medikamente. Nepals Regierung bat um weitere Hilfe.";
    let got = events(text);
    assert!(
        has(&got, ("AID", "Indien", "IND", "Nepal", "NPL")),
        "got {got:?}"
    );
    // near miss: a recipient named with its state stays the recipient
    let got = events("Deutschland schickte der ukrainischen Armee Zelte und Medikamente.");
    assert!(
        got.iter()
            .any(|e| e.0 == "AID" && e.1 == "Deutschland" && e.4 == "UKR"),
        "got {got:?}"
    );
}

#[test]
fn issue_7_an_appeal_to_the_public_has_no_addressee_elsewhere() {
    // "rief zu Spenden auf": no addressee from the sentence before
    let got = events(
        "Erdogan bat die Nato um Hilfe. UN-Generalsekretär António Guterres rief zu Spenden auf.",
    );
    assert!(
        !got.iter().any(|e| e.1 == "António Guterres"),
        "got {got:?}"
    );
    assert!(
        has(&got, ("REQUEST", "Erdogan", "TUR", "Nato", "IGO")),
        "got {got:?}"
    );
    // near misses: an addressee named in the frame's words or as the object
    let got = events("Das Deutsche Rote Kreuz rief zu Spenden für die Opfer in der Türkei auf.");
    assert!(
        got.iter().any(|e| e.0 == "REQUEST" && e.4 == "TUR"),
        "got {got:?}"
    );
    let got = events("UN-Generalsekretär António Guterres rief Russland zu Verhandlungen auf.");
    assert!(
        has(
            &got,
            ("REQUEST", "António Guterres", "IGO", "Russland", "RUS")
        ),
        "got {got:?}"
    );
}

#[test]
fn issue_7_all_involved_are_all_sides() {
    let got = events("Die Afrikanische Union rief alle Beteiligten auf, Ruhe zu bewahren.");
    assert!(
        has(
            &got,
            ("REQUEST", "Afrikanische Union", "IGO", "Beteiligte", "")
        ),
        "got {got:?}"
    );
    // near miss: "die Beteiligten" without "alle" is no collective addressee
    let got =
        events("Die Afrikanische Union rief die Beteiligten der Konferenz auf, Ruhe zu bewahren.");
    assert!(!got.iter().any(|e| e.3 == "Beteiligte"), "got {got:?}");
}

#[test]
fn issue_7_a_journalist_of_a_foreign_outlet_is_not_of_the_place_reported_from() {
    // the outlet names the journalist's country, not the article's place
    for text in [
        "Ein Gericht in Moskau hat die Haft verlängert. Der Journalist Evan Gershkovich arbeitet für das „Wall Street Journal“. Russland wirft ihm Spionage vor.",
        "Ein Gericht in Moskau hat die Haft des Journalisten Evan Gershkovich verlängert. Russland wirft ihm Spionage vor. Gershkovich arbeitet für das „Wall Street Journal“.",
    ] {
        let got = events(text);
        assert!(
            has(&got, ("ACCUSE", "Russland", "RUS", "Evan Gershkovich", "USA")),
            "{text}\n  got {got:?}"
        );
    }
    // near misses: an outlet of no known country, or no journalist, leaves
    // the default
    let got = events(
        "Ein Gericht in Moskau hat die Haft verlängert. Der Journalist Iwan Petrow arbeitet für die Zeitung „Nowaja Gaseta“. Russland wirft ihm Spionage vor.",
    );
    assert!(
        has(&got, ("ACCUSE", "Russland", "RUS", "Iwan Petrow", "RUS")),
        "got {got:?}"
    );
    let a = common::pipeline(
        "Ein Gericht in Moskau hat die Haft verlängert. Der Unternehmer Iwan Petrow sprach mit dem Sender CNN. Russland wirft ihm Spionage vor.",
    );
    let petrow = a.entities.iter().find(|e| e.name == "Iwan Petrow");
    assert_eq!(petrow.and_then(|e| e.country.as_deref()), Some("RUS"));
}
