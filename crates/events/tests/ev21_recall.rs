//! Issue #7 (ev21): recall — gold events of the development sets no frame
//! coded, each as a general rule. Sentences of our own, each with near
//! misses.

mod common;
use common::quintuples as events;

type Got = Vec<(String, String, String, String, String)>;

fn has(got: &Got, want: (&str, &str, &str, &str, &str)) -> bool {
    got.iter()
        .any(|(a, b, c, d, e)| (a.as_str(), b.as_str(), c.as_str(), d.as_str(), e.as_str()) == want)
}

#[test]
fn issue_7_charges_dropped_in_the_passive_are_the_tellers() {
    // the agentless passive of dropped charges is the teller's act; a
    // spokesman's is his body's, when the article names it
    for text in [
        "Moskau. Der Kreml hat sich mit Jewgeni Prigoschin geeinigt. Kremlsprecher Dmitri Peskow zufolge wird das Strafverfahren gegen Prigoschin eingestellt.",
        "Moskau. Der Kreml hat sich mit Jewgeni Prigoschin geeinigt. Das Strafverfahren gegen Prigoschin wird eingestellt, sagte Kremlsprecher Dmitri Peskow.",
    ] {
        let got = events(text);
        assert!(
            has(&got, ("CONCEDE", "Kreml", "RUS", "Jewgeni Prigoschin", "RUS")),
            "{text}\n  got {got:?}"
        );
    }
    let text = "Der türkische Außenminister Mevlüt Cavusoglu sprach in Ankara. Das Verfahren gegen den deutschen Journalisten Deniz Yücel wurde eingestellt, sagte Cavusoglu.";
    let got = events(text);
    assert!(
        has(
            &got,
            ("CONCEDE", "Mevlüt Cavusoglu", "TUR", "Deniz Yücel", "DEU")
        ),
        "got {got:?}"
    );
    // near misses: charges brought are no concession; an agent named stays
    // the source; no teller, no event
    let got = events("Kremlsprecher Dmitri Peskow zufolge wird ein Strafverfahren gegen Jewgeni Prigoschin eröffnet.");
    assert!(!got.iter().any(|e| e.0 == "CONCEDE"), "got {got:?}");
    let got = events("Das Verfahren gegen den Journalisten Deniz Yücel wurde eingestellt.");
    assert!(!got.iter().any(|e| e.0 == "CONCEDE"), "got {got:?}");
}

#[test]
fn issue_7_blame_laid_on_another_by_contrast() {
    // "nicht bei A, sondern bei B": B is blamed, not A
    let text = "Moskau. Die Nato will weitere Truppen nach Polen schicken. Die Verantwortung für die Spannungen liege nicht bei Moskau, sondern bei der Nato, sagte Kremlsprecher Dmitri Peskow.";
    let got = events(text);
    assert!(
        has(&got, ("ACCUSE", "Dmitri Peskow", "RUS", "Nato", "IGO")),
        "got {got:?}"
    );
    let text = "Moskau. Die Schuld liege nicht bei Russland, sondern bei den USA, erklärte Außenminister Sergej Lawrow.";
    let got = events(text);
    assert!(
        has(&got, ("ACCUSE", "Sergej Lawrow", "RUS", "USA", "USA")),
        "got {got:?}"
    );
    // near misses: responsibility without a contrast is no blame; the first
    // "bei" is not the target
    let text = "Moskau. Die Verantwortung für die Verhandlungen liege bei der Nato, sagte Kremlsprecher Dmitri Peskow.";
    let got = events(text);
    assert!(!got.iter().any(|e| e.0 == "ACCUSE"), "got {got:?}");
    let text = "Moskau. Die Schuld liege nicht bei Russland, sondern bei den USA, erklärte Außenminister Sergej Lawrow.";
    let got = events(text);
    assert!(!got.iter().any(|e| e.3 == "Russland"), "got {got:?}");
}
