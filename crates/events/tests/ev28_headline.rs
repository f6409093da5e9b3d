//! Issue #7 (ev28): a dash in the headline ends a statement ("Anschlag am
//! Flughafen Kabul – Biden kündigt Vergeltung an": Kabul is no party to
//! Biden's threat). Headlines of our own, with the header shapes of our
//! files.

mod common;
use common::quintuples as events;

#[test]
fn issue_7_a_headline_dash_ends_a_statement() {
    let body = "In der Nacht gab es viele Verletzte. Die Lage bleibt angespannt.";
    for head in [
        format!(" date 2021-08-27 \n\nAnschlag am Flughafen Kabul – Biden kündigt Vergeltung an\n\n{body}"),
        format!(" date 2021-08-27 Anschlag am Flughafen Kabul – Biden kündigt Vergeltung an\n\n{body}"),
    ] {
        let got = events(&head);
        assert!(
            !got.iter().any(|e| e.1 == "Kabul" || e.3 == "Kabul"),
            "{head}\n  got {got:?}"
        );
    }
    // the statement after the dash is coded as before
    for (head, want) in [
        (
            "Gipfel in Peking – Russland und China vereinbaren Zusammenarbeit",
            ("AGREE", "RUS", "CHN"),
        ),
        (
            "Raketen auf Kiew – Selenskyj verurteilt Russland",
            ("ACCUSE", "UKR", "RUS"),
        ),
    ] {
        let text = format!(" date 2021-08-27 \n\n{head}\n\n{body}");
        let got = events(&text);
        assert!(
            got.iter()
                .any(|e| (e.0.as_str(), e.2.as_str(), e.4.as_str()) == want),
            "{text}\n  got {got:?}"
        );
    }
}
