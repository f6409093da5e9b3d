//! Issue #7 (ev28): nationality adjectives of two states coordinated before
//! one group noun ("indischen und chinesischen Soldaten") name two groups,
//! the sides of a clash. Sentences of our own, each with near misses.

mod common;
use common::has_quintuple as has;
use common::quintuples as events;

#[test]
fn issue_7_coordinated_nationality_adjectives_are_two_sides() {
    for text in [
        "Neu-Delhi. Bei Zusammenstößen zwischen indischen und chinesischen Soldaten wurden 20 Menschen getötet.",
        "Neu-Delhi. Indische und chinesische Soldaten gingen mit Knüppeln aufeinander los.",
        "Neu-Delhi. Die indischen und chinesischen Soldaten gingen in der Nacht aufeinander los.",
        // (the noun given twice, as before)
        "Neu-Delhi. Bei Zusammenstößen zwischen indischen Soldaten und chinesischen Soldaten wurden 20 Menschen getötet.",
    ] {
        let got = events(text);
        for want in [
            ("ASSAULT", "Soldaten", "IND", "Soldaten", "CHN"),
            ("ASSAULT", "Soldaten", "CHN", "Soldaten", "IND"),
        ] {
            assert!(has(&got, want), "{text}\n  got {got:?}");
        }
    }
    // near misses: one state's adjective twice is one side; a person after
    // the shared title is no group; coordinated objects of an arrest are no
    // sides of each other
    for text in [
        "Neu-Delhi. Indische und indische Soldaten gingen aufeinander los.",
        "Neu-Delhi. Der indische und der chinesische Außenminister Wang Yi gingen aufeinander los.",
        "Moskau. Die Polizei nahm russische und ukrainische Demonstranten fest.",
    ] {
        let got = events(text);
        assert!(
            !got.iter()
                .any(|e| e.0 == "ASSAULT" && !e.2.is_empty() && !e.4.is_empty() && e.2 != e.4),
            "{text}\n  got {got:?}"
        );
    }
}
