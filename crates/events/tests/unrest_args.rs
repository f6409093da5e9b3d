//! Issue #7 (recall, round evargs): the arguments of domestic unrest and
//! coercion that the sentence leaves unsaid or names as a counted crowd —
//! a crowd arrested, an arrest or a block told in the passive without its
//! agent, police violence with no one named, a means of communication cut
//! off, concessions and threats that answer the protests the article told
//! of, rioters and gendarmes as groups. Sentences written for this test (not
//! from any evaluation set), run through the whole pipeline as `lagebild
//! analyze` runs it, with their near misses.

mod common;
use common::{check_with, pipeline_triples, quintuples, Case};

fn check(cases: &[Case]) {
    check_with(cases, |text| {
        pipeline_triples(&format!(" date 2025-06-10 \n\n{text}\n"))
    });
}

#[test]
fn issue7_a_counted_crowd_arrested_is_the_object() {
    check(&[
        (
            "Die kenianische Polizei nahm mehr als 400 Menschen fest.",
            Some(("COERCE", "KEN", "KEN")),
        ),
        (
            "Die peruanische Polizei hat in Lima rund 150 Menschen in Gewahrsam genommen.",
            Some(("COERCE", "PER", "PER")),
        ),
        // a crowd is still no target of words
        ("Perus Präsident lobte 150 Menschen in Lima.", None),
    ]);
}

#[test]
fn issue7_an_arrest_in_the_passive_without_agent() {
    check(&[
        (
            "In Kenia wurden nach Angaben des Innenministeriums rund 300 Menschen festgenommen.",
            Some(("COERCE", "KEN", "KEN")),
        ),
        (
            "Der georgische Oppositionsführer Nika Melia wurde in Tiflis vorübergehend festgenommen.",
            Some(("COERCE", "GEO", "GEO")),
        ),
        // a place or a thing is no one arrested
        ("In Tiflis wurde am Abend die Innenstadt gesperrt.", None),
        // an arrest only feared
        (
            "Der georgische Oppositionsführer Nika Melia könnte festgenommen werden, falls er nach Tiflis zurückkehrt.",
            None,
        ),
    ]);
    // the agent is the police the article names
    let got = quintuples(
        " date 2025-06-10 \n\nDie Polizei in Georgien ging gegen Demonstranten vor. In Tiflis wurden 60 Menschen festgenommen.\n",
    );
    assert!(
        got.iter().any(|(t, s, sc, o, oc)| t == "COERCE"
            && s == "Polizei"
            && sc == "GEO"
            && o == "Menschen"
            && oc == "GEO"),
        "{got:?}"
    );
}

#[test]
fn issue7_police_violence_and_blocks_with_no_one_named() {
    check(&[
        (
            "In Tiflis protestierten Demonstranten gegen die Regierung. Die georgische Polizei setzte Wasserwerfer und Tränengas ein.",
            Some(("COERCE", "GEO", "GEO")),
        ),
        (
            "Die Regierung Kenias ließ das mobile Internet sperren.",
            Some(("COERCE", "KEN", "KEN")),
        ),
        // a road closed is no block of communication
        ("Die Regierung Kenias ließ die Straße nach Mombasa sperren.", None),
    ]);
    let got = quintuples(
        " date 2025-06-10 \n\nIn Tiflis protestierten Demonstranten gegen die Regierung. Die georgische Polizei setzte Wasserwerfer und Tränengas ein.\n",
    );
    assert!(
        got.iter()
            .any(|(t, _, _, o, _)| t == "COERCE" && o == "Demonstranten"),
        "{got:?}"
    );
}

#[test]
fn issue7_concessions_answer_the_protests() {
    check(&[
        (
            "Zehntausende Menschen demonstrierten in Sofia gegen die Regierung. Am Abend ist der bulgarische Ministerpräsident Bojko Borissow zurückgetreten.",
            Some(("CONCEDE", "BGR", "BGR")),
        ),
        (
            "Nach wochenlangen Protesten trat der bulgarische Ministerpräsident Bojko Borissow zurück.",
            Some(("CONCEDE", "BGR", "BGR")),
        ),
        (
            "Zehntausende Menschen demonstrierten in Sofia gegen die Regierung. Der bulgarische Ministerpräsident Bojko Borissow zog die umstrittene Steuerreform zurück.",
            Some(("CONCEDE", "BGR", "BGR")),
        ),
        // a resignation with no protest told is no concession
        (
            "Der bulgarische Ministerpräsident Bojko Borissow ist aus gesundheitlichen Gründen zurückgetreten.",
            None,
        ),
        (
            "Der Trainer des bulgarischen Nationalteams trat nach der Niederlage gegen Schweden zurück.",
            None,
        ),
    ]);
}

#[test]
fn issue7_a_crackdown_announced_after_protests() {
    check(&[(
        "Tausende Menschen demonstrierten in Teheran gegen die Regierung. Irans Präsident kündigte ein hartes Vorgehen an.",
        Some(("THREATEN", "IRN", "IRN")),
    )]);
}

#[test]
fn issue7_rioters_and_gendarmes_are_groups() {
    check(&[
        (
            "In Dakar lieferten sich Randalierer Gefechte mit der Polizei.",
            Some(("ASSAULT", "SEN", "SEN")),
        ),
        (
            "In Dakar nahmen Gendarmen mehrere Oppositionelle fest.",
            Some(("COERCE", "SEN", "SEN")),
        ),
    ]);
}

/// A concession after protests is made to the protesters as the article
/// names them, also when it names them only after the concession; never to
/// the state itself, and never to the rioters of a later paragraph.
#[test]
fn issue7_a_concession_names_the_protesters() {
    for (text, target) in [
        (
            "Nach wochenlangen Massenprotesten hat Kroatiens Regierungschef Ivo Marin die \
             Rentenreform zurückgezogen. Die Demonstranten hatten seinen Rücktritt gefordert.",
            "Demonstranten",
        ),
        (
            "Nach wochenlangen Massenprotesten ist Kroatiens Regierungschef Ivo Marin \
             zurückgetreten. In der Nacht plünderten Randalierer mehrere Geschäfte in Zagreb.",
            "Kroatien",
        ),
    ] {
        let got = quintuples(&format!(" date 2025-06-10 \n\n{text}\n"));
        let concede: Vec<_> = got.iter().filter(|q| q.0 == "CONCEDE").collect();
        assert_eq!(concede.len(), 1, "{text}: {got:?}");
        assert_eq!(concede[0].3, target, "{text}: {got:?}");
    }
}
