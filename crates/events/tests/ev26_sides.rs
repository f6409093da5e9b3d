//! Issue #7 (ev26): the sides of a group's act the sentence leaves unsaid,
//! and mutual fights. Sentences of our own, each with near misses.

mod common;
use common::has_quintuple as has;
use common::quintuples as events;

#[test]
fn issue_7_a_group_deals_with_the_other_side_of_its_last_event() {
    // a group with no entity ("die Separatisten", "sie" for them) agrees with
    // the other side of the last event it took part in, told before
    for (text, want) in [
        (
            "Baku. Nach einer eintägigen Offensive Aserbaidschans haben die Separatisten in Bergkarabach kapituliert. Sie stimmten einer Waffenruhe zu, wie ihre Führung mitteilte.",
            ("AGREE", "Separatisten", "AZE", "Aserbaidschan", "AZE"),
        ),
        (
            "Bamako. Die malische Armee hat am Sonntag die Separatisten im Norden angegriffen. Am Montag stimmten die Separatisten einer Waffenruhe zu.",
            ("AGREE", "Separatisten", "MLI", "Mali", "MLI"),
        ),
    ] {
        let got = events(text);
        assert!(has(&got, want), "{text}\n  got {got:?}");
    }
    // near misses: the event told after the agreement is no counterpart
    // yet; another group noun is another group
    for text in [
        "Bamako. Am Montag stimmten die Separatisten einer Waffenruhe zu. Die malische Armee hatte am Sonntag die Separatisten im Norden angegriffen.",
        "Baku. Nach einer eintägigen Offensive Aserbaidschans haben die Separatisten in Bergkarabach kapituliert. Die Studenten stimmten einer Waffenruhe zu.",
    ] {
        let got = events(text);
        assert!(
            !got.iter().any(|e| e.0 == "AGREE"),
            "{text}\n  got {got:?}"
        );
    }
}
