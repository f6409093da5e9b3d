//! Issue #7 (ev15): states that follow or join an act told just before,
//! with no act of their own in their clause ("Am Sonntag schloss sich
//! Ungarn an, am Montag folgte die Slowakei"). Texts are written for these
//! tests.

mod common;
use common::triples;

fn count(got: &[(String, String, String)], ty: &str, s: &str, o: &str) -> usize {
    got.iter()
        .filter(|(a, b, c)| a == ty && b == s && c == o)
        .count()
}

#[test]
fn issue7_followers_take_the_act_told_before() {
    // (text, event the followers copy, follower countries)
    let cases: &[(&str, (&str, &str), &[&str])] = &[
        (
            "Japan verhängte am Montag Sanktionen gegen Nordkorea. Kurz darauf folgten Südkorea und Australien.",
            ("SANCTION", "PRK"),
            &["KOR", "AUS"],
        ),
        (
            "Polen hat die Einfuhr von Getreide aus der Ukraine verboten. Das Verbot gelte bis Juni, teilte die Regierung mit. Am Sonntag schloss sich Ungarn an, am Montag folgte die Slowakei.",
            ("SANCTION", "UKR"),
            &["HUN", "SVK"],
        ),
        (
            "Frankreich erkannte Juan Guaidó als Übergangspräsidenten an. Spanien, Portugal und Italien folgten dem Beispiel.",
            ("SUPPORT", "VEN"),
            &["ESP", "PRT", "ITA"],
        ),
    ];
    for (text, (ty, target), who) in cases {
        let got = triples(text);
        for c in *who {
            assert_eq!(
                count(&got, ty, c, target),
                1,
                "{text}\n  want {ty} {c} -> {target}, got {got:?}"
            );
        }
    }
}

#[test]
fn issue7_followers_near_misses() {
    // (text, the events it must give: the first act's only)
    let cases: &[(&str, usize)] = &[
        // a call followed is no state's act
        (
            "Japan verhängte am Montag Sanktionen gegen Nordkorea. Tausende folgten dem Aufruf der Opposition.",
            1,
        ),
        // negated
        (
            "Japan verhängte am Montag Sanktionen gegen Nordkorea. Südkorea folgte nicht.",
            1,
        ),
        // joining something else named in the clause
        (
            "Japan verhängte am Montag Sanktionen gegen Nordkorea. Südkorea schloss sich der Kritik der Opposition an.",
            1,
        ),
        // the target itself does not follow
        (
            "Japan verhängte am Montag Sanktionen gegen Nordkorea. Nordkorea folgte wenig später.",
            1,
        ),
        // an act three sentences back is no longer the one followed
        (
            "Japan verhängte am Montag Sanktionen gegen Nordkorea. Das Land ist arm. Der Winter war kalt. Die Ernte fiel aus. Südkorea folgte.",
            1,
        ),
    ];
    for (text, n) in cases {
        let got = triples(text);
        assert_eq!(got.len(), *n, "{text}\n  got {got:?}");
    }
}
