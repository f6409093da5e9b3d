//! Issue #7 (ev31): talks told by a noun whose parties are "the two" of an
//! office, and event dates that are dates. Sentences of our own, with near
//! misses.

mod common;
use common::has_quintuple as has;
use common::quintuples as events;
use lagebild_core::EventType;

#[test]
fn issue_7_talks_of_the_two_presidents_are_held_by_the_dispute_pair() {
    for (text, want) in [
        (
            "Washington. Biden droht Putin mit Sanktionen. Das sagte Sullivan nach der zweistündigen Videokonferenz der beiden Präsidenten am Dienstag.",
            ("CONSULT", "Biden", "USA", "Putin", "RUS"),
        ),
        (
            "Neu-Delhi. Indien warf China Grenzverletzungen vor. Nach dem Telefonat der beiden Außenminister blieb die Lage gespannt.",
            ("CONSULT", "Indien", "IND", "China", "CHN"),
        ),
        (
            "Tokio. Japan kritisierte Südkorea scharf. Beim Treffen der beiden Regierungschefs in Osaka wurde der Streit nicht beigelegt.",
            ("CONSULT", "Japan", "JPN", "Südkorea", "KOR"),
        ),
    ] {
        let got = events(text);
        assert!(has(&got, want), "{text}\n  got {got:?}");
    }
    // near misses: no pair of states told before; "der beiden" of no office;
    // talks of a single president
    for text in [
        "Washington. Sullivan sprach nach der Videokonferenz der beiden Präsidenten am Dienstag.",
        "Washington. Biden droht Putin mit Sanktionen. Nach der Videokonferenz der beiden Firmen blieb alles offen.",
        "Washington. Biden droht Putin mit Sanktionen. Nach der Videokonferenz des Präsidenten blieb alles offen.",
    ] {
        let got = events(text);
        assert!(
            !got.iter().any(|e| e.0 == "CONSULT"),
            "{text}\n  got {got:?}"
        );
    }
}

#[test]
fn issue_7_an_event_is_dated_by_a_date_not_a_duration() {
    let text = " date 2021-12-08 \n\nWashington. Biden droht Putin mit Sanktionen. Das sagte Sullivan nach der zweistündigen Videokonferenz der beiden Präsidenten am Dienstag.";
    let got = common::pipeline(text).events;
    let consult = got.iter().find(|e| e.etype == EventType::Consult);
    let date = consult.and_then(|e| e.date.clone());
    assert_eq!(date.as_deref(), Some("2021-12-07"), "{got:?}");
}
