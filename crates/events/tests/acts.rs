//! A stance on an act is a stance on whoever did it (issue #7): "verurteilte
//! den Angriff" accuses the attacker, "begrüßte die Reise" supports the
//! traveller, "wies die Sanktionen zurück" rejects whoever imposed them. The
//! agent is the source of an earlier event of the act's type, or the actor
//! named with the same act earlier. Texts written for these tests.

mod common;
use common::{check_with, triples, Case};

/// A text and an event (type, source country, target country) it must give.
fn check(cases: &[Case]) {
    check_with(cases, triples);
}

#[test]
fn the_agent_of_an_earlier_event() {
    check(&[
        (
            "Russland griff in der Nacht die Ukraine an. Bundeskanzler Olaf Scholz verurteilte den Angriff.",
            Some(("ACCUSE", "DEU", "RUS")),
        ),
        (
            "Emmanuel Macron ist in Peking mit Xi Jinping zusammengetroffen. Die Bundesregierung begrüßte die Reise.",
            Some(("SUPPORT", "DEU", "FRA")),
        ),
        (
            "Joe Biden verhängte neue Sanktionen gegen Russland. Der Kreml wies die Sanktionen zurück.",
            Some(("REJECT", "RUS", "USA")),
        ),
    ]);
}

#[test]
fn the_agent_named_with_the_act() {
    check(&[
        (
            "Nach dem Großangriff Russlands auf Kiew äußerte sich Emmanuel Macron. Der Präsident verurteilte den Angriff.",
            Some(("ACCUSE", "FRA", "RUS")),
        ),
        (
            "Die von Präsident Donald Trump verhängten Strafzölle treffen auch Europa. Die Europäische Union kritisierte die Strafzölle.",
            Some(("ACCUSE", "IGO", "USA")),
        ),
    ]);
}

/// A demand for a release is addressed to whoever holds the person.
#[test]
fn a_release_is_demanded_of_the_captor() {
    check(&[(
        "Die türkische Polizei nahm den Bürgermeister Ekrem İmamoğlu fest. Die Europäische Union forderte seine Freilassung.",
        Some(("REQUEST", "IGO", "TUR")),
    )]);
}

#[test]
fn the_victim_picks_the_act() {
    // two attacks: the one on the named victim is meant
    check(&[(
        "Russland griff die Ukraine an. Die Hamas griff Israel an. Olaf Scholz verurteilte den Angriff auf Israel.",
        Some(("ACCUSE", "DEU", "PSE")),
    )]);
}

/// Regression (#7): a preposition that ends the sentence before — the
/// separable particle of a headline — governed the next sentence's subject,
/// which was then no source ("Ukraine hat … zugesagt").
#[test]
fn issue_7_headline_particle_governs_nothing() {
    check(&[(
        "Scholz sichert Kiew weitere Hilfe zu\n\nBundeskanzler Olaf Scholz hat der Ukraine weitere Hilfe zugesagt.",
        Some(("AGREE", "DEU", "UKR")),
    )]);
}
