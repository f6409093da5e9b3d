//! Table tests for issue #7 (ev20), one event or two: a person's words and
//! the state's act — told by different kinds of words (a condemnation and a
//! protest note) and by different named actors — are two events of the same
//! type and countries; the same act told again (same kind of words, the same
//! actor, a headline restating the body, a visit and its talks) stays one.
//! Full pipeline; sentences written for these tests.

mod common;
use common::{assert_none_failed, pipeline_triples};

/// A text, the (type, source country, target country) it is about, and how
/// many events of that triple it must give.
type Count<'a> = (&'a str, (&'a str, &'a str, &'a str), usize);

fn check(cases: &[Count]) {
    let mut failed = Vec::new();
    for (text, (ty, s, o), want) in cases {
        let got = pipeline_triples(&format!(" date 2025-06-10 \n\n{text}\n"));
        let n = got
            .iter()
            .filter(|(a, b, c)| a == ty && b == s && c == o)
            .count();
        if n != *want {
            failed.push(format!("{text}\n  want {want} × {ty} {s}→{o}, got {got:?}"));
        }
    }
    assert_none_failed(&failed);
}

#[test]
fn issue_7_a_person_s_words_and_the_state_s_note_are_two_events() {
    check(&[
        (
            "Russland hat am Montag ein deutsches Schiff beschossen. Bundeskanzler Olaf \
             Scholz nannte den Angriff „barbarisch“. Deutschland legte über diplomatische \
             Kanäle Protest bei Moskau ein.",
            ("ACCUSE", "DEU", "RUS"),
            2,
        ),
        (
            "Iran hat am Montag einen französischen Tanker festgesetzt. Frankreich legte \
             bei Teheran Protest ein. Präsident Emmanuel Macron nannte das Vorgehen \
             „inakzeptabel“.",
            ("ACCUSE", "FRA", "IRN"),
            2,
        ),
    ]);
}

#[test]
fn issue_7_the_same_act_told_again_stays_one_event() {
    check(&[
        // the same person, other words: one criticism
        (
            "Iran hat am Montag einen französischen Tanker festgesetzt. Präsident \
             Emmanuel Macron nannte das Vorgehen „inakzeptabel“. Er warf Teheran vor, \
             das Völkerrecht zu brechen.",
            ("ACCUSE", "FRA", "IRN"),
            1,
        ),
        // the state and its minister with the same kind of words
        (
            "Deutschland legte am Montag bei Moskau Protest ein. Außenministerin \
             Annalena Baerbock legte in einem Telefonat Protest bei Moskau ein.",
            ("ACCUSE", "DEU", "RUS"),
            1,
        ),
        // a headline restating the body
        (
            "Grenzstreit: Paris beschuldigt Teheran\n\nPräsident Emmanuel Macron nannte \
             die Festsetzung eines französischen Tankers durch Iran „inakzeptabel“.",
            ("ACCUSE", "FRA", "IRN"),
            1,
        ),
        // a visit and the meeting during it
        (
            "US-Außenminister Antony Blinken hat am Mittwoch Südkorea besucht. Der \
             südkoreanische Außenminister Park Jin sagte nach seinem Treffen mit Blinken, \
             man sei sich einig.",
            ("CONSULT", "USA", "KOR"),
            1,
        ),
    ]);
}
