//! Table tests for issue #7, events told by statements: a meeting, aid or
//! working together that someone announces, offers or promises (a
//! zu-infinitive after "kündigte an", "bot an", "versprach"; the future in
//! someone's words) is an AGREE of the one who announces it, and the
//! Konjunktiv of assent ("stimme … zu"). Full pipeline; sentences written
//! for these tests, each rule with near misses that must not fire.

mod common;
use common::{check_with, pipeline_triples, Case};

fn check(cases: &[Case]) {
    check_with(cases, |text| {
        pipeline_triples(&format!(" date 2025-06-10 \n\n{text}\n"))
    });
}

#[test]
fn issue_7_talks_announced_are_an_agree() {
    check(&[
        (
            "US-Präsident Donald Trump kündigte an, sich eng mit dem britischen \
             Premierminister Boris Johnson abzustimmen.",
            Some(("AGREE", "USA", "GBR")),
        ),
        (
            "Außenminister Antony Blinken sagte, Washington werde mit Paris im Gespräch bleiben.",
            Some(("AGREE", "USA", "FRA")),
        ),
        (
            "Der Kreml erklärte, Präsident Wladimir Putin werde das Thema beim Gipfel mit \
             Staatschef Xi Jinping besprechen.",
            Some(("AGREE", "RUS", "CHN")),
        ),
        // told as done, talks stay talks
        (
            "Außenminister Antony Blinken sagte, Washington sei mit Paris im Gespräch gewesen.",
            Some(("CONSULT", "USA", "FRA")),
        ),
    ]);
}

#[test]
fn issue_7_talks_not_announced_give_no_event() {
    check(&[
        // negated
        (
            "US-Präsident Donald Trump kündigte an, sich nicht mit dem britischen \
             Premierminister Boris Johnson abzustimmen.",
            None,
        ),
        (
            "Außenminister Antony Blinken sagte, Washington werde nicht mit Paris im \
             Gespräch bleiben.",
            None,
        ),
        // a plan of the announcement, a condition, a question
        (
            "US-Präsident Donald Trump will ankündigen, sich eng mit dem britischen \
             Premierminister Boris Johnson abzustimmen.",
            None,
        ),
        (
            "Falls Trump ankündigt, sich mit dem britischen Premierminister Boris Johnson \
             abzustimmen, reist Macron nach London.",
            None,
        ),
        (
            "Außenminister Antony Blinken sagte, sollte Russland angreifen, werde \
             Washington mit Paris im Gespräch bleiben.",
            None,
        ),
        (
            "Kündigte Trump an, sich eng mit dem britischen Premierminister Boris Johnson \
             abzustimmen?",
            None,
        ),
        // an infinitive that no one announces: no meeting, no promise
        (
            "US-Präsident Donald Trump vergaß, sich mit dem britischen Premierminister \
             Boris Johnson abzustimmen.",
            None,
        ),
        // the future in no one's words, a speculation
        ("Washington wird mit Paris im Gespräch bleiben.", None),
        (
            "Es gibt Spekulationen, wonach Washington mit Paris im Gespräch bleiben werde.",
            None,
        ),
    ]);
}

#[test]
fn issue_7_aid_announced_is_a_pledge() {
    check(&[
        (
            "Ein Erdbeben hat Indonesien erschüttert. Die japanische Regierung kündigte an, \
             Lebensmittel und Medikamente nach Indonesien zu schicken.",
            Some(("AGREE", "JPN", "IDN")),
        ),
        (
            "Die norwegische Regierung versprach, die eingefrorenen Gelder für Brasilien \
             wieder freizugeben.",
            Some(("AGREE", "NOR", "BRA")),
        ),
        // the object before the infinitive is the recipient, not the giver
        (
            "Die japanische Regierung bot an, Indonesien Lebensmittel und Medikamente zu schicken.",
            Some(("AGREE", "JPN", "IDN")),
        ),
        // sent, it is aid
        (
            "Ein Erdbeben hat Indonesien erschüttert. Die japanische Regierung schickte \
             Lebensmittel und Medikamente nach Indonesien.",
            Some(("AID", "JPN", "IDN")),
        ),
    ]);
}

#[test]
fn issue_7_aid_not_announced_gives_no_event() {
    check(&[
        (
            "Ein Erdbeben hat Indonesien erschüttert. Die japanische Regierung kündigte an, \
             keine Lebensmittel nach Indonesien zu schicken.",
            None,
        ),
        (
            "Ein Erdbeben hat Indonesien erschüttert. Die japanische Regierung lehnte es ab, \
             Lebensmittel nach Indonesien zu schicken.",
            None,
        ),
        (
            "Die norwegische Regierung erwägt, die eingefrorenen Gelder für Brasilien \
             wieder freizugeben.",
            None,
        ),
    ]);
}

#[test]
fn issue_7_assent_in_the_konjunktiv() {
    check(&[
        (
            "Israels Ministerpräsident Benjamin Netanjahu erklärte, Israel stimme dem \
             Vorschlag von US-Präsident Donald Trump zu.",
            Some(("AGREE", "ISR", "USA")),
        ),
        // negated: a refusal
        (
            "Israels Ministerpräsident Benjamin Netanjahu erklärte, Israel stimme dem \
             Vorschlag von US-Präsident Donald Trump nicht zu.",
            Some(("REJECT", "ISR", "USA")),
        ),
    ]);
}
