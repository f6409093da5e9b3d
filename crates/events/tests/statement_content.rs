//! Table tests for issue #7, events told by the CONTENT of a reported
//! statement (`src/statements.rs`, the `[statements]` sections of
//! `frames/*.tsv`): a demand, a threat, a refusal, an accusation or declared
//! readiness in what someone is reported to have said is that speaker's act
//! against the actor the content names, or the counterpart the speaker deals
//! with. Full pipeline; sentences written for these tests, each phenomenon
//! with near misses that must not fire.

mod common;
use common::{check_with, pipeline_triples, Case};

fn check(cases: &[Case]) {
    check_with(cases, |text| {
        pipeline_triples(&format!(" date 2025-06-10 \n\n{text}\n"))
    });
}

/// Cases that must give exactly this event among others, or (`None`) no
/// event of the statement rules.
fn check_statement(cases: &[Case]) {
    let mut failed = Vec::new();
    for (text, want) in cases {
        let a = common::pipeline(&format!(" date 2025-06-10 \n\n{text}\n"));
        let got: Vec<(String, String, String)> = a
            .events
            .iter()
            .filter(|e| e.rule.starts_with("statement "))
            .map(|e| {
                (
                    e.etype.as_str().to_string(),
                    e.source_country.clone().unwrap_or_default(),
                    e.target_country.clone().unwrap_or_default(),
                )
            })
            .collect();
        let ok = match want {
            Some((t, s, o)) => got.iter().any(|(a, b, c)| a == t && b == s && c == o),
            None => got.is_empty(),
        };
        if !ok {
            failed.push(format!("{text}\n  want {want:?}, got {got:?}"));
        }
    }
    common::assert_none_failed(&failed);
}

#[test]
fn issue_7_a_demand_in_the_content_is_a_request_of_the_speaker() {
    check_statement(&[
        // on the content's subject, in the Konjunktiv I
        (
            "US-Außenministerin Condoleezza Rice sagte, der Iran müsse die Anreicherung \
             von Uran sofort beenden.",
            Some(("REQUEST", "USA", "IRN")),
        ),
        (
            "Der französische Präsident Emmanuel Macron erklärte, Russland müsse seine \
             Truppen aus der Ukraine abziehen.",
            Some(("REQUEST", "FRA", "RUS")),
        ),
        // in the passive: on whom the speaker's words of the sentence before were aimed
        (
            "Bundeskanzler Olaf Scholz kritisierte die Regierung Ungarns scharf. Das \
             Gesetz müsse zurückgenommen werden, sagte Scholz.",
            Some(("REQUEST", "DEU", "HUN")),
        ),
    ]);
}

#[test]
fn issue_7_no_request_from_counsel_terms_or_reported_claims() {
    check_statement(&[
        // the speaker's own side: counsel, not a demand
        (
            "Der republikanische Senator Jim DeMint sagte, die Republikaner müssten sich \
             stärker um Wähler bemühen.",
            None,
        ),
        // a subordinate clause of the content reports someone else's view
        (
            "US-Verteidigungsminister Leon Panetta sagte, er habe Kommentare aus Libyen \
             gehört, dass die NATO ihre Mission fortsetzen müsse.",
            None,
        ),
        // no actor as the subject, no counterpart
        (
            "Der französische Präsident Emmanuel Macron sagte, man müsse jetzt abwarten.",
            None,
        ),
        // negated
        (
            "US-Außenministerin Condoleezza Rice sagte, der Iran müsse die Anreicherung \
             nicht beenden.",
            None,
        ),
    ]);
}

#[test]
fn issue_7_a_response_announced_is_a_threat_of_the_speaker() {
    check_statement(&[
        // against the counterpart the speaker dealt with in the sentence before
        (
            "Der indische Premierminister Narendra Modi warf China Aggression vor. „Wir \
             werden jede Provokation angemessen beantworten“, sagte Modi.",
            Some(("THREATEN", "IND", "CHN")),
        ),
        (
            "Präsident Wladimir Putin kritisierte die Regierung in Kiew scharf. Man werde \
             entschlossen reagieren, sagte Putin.",
            Some(("THREATEN", "RUS", "UKR")),
        ),
        // consequences announced to the content's subject
        (
            "Der britische Außenminister Jeremy Hunt sagte, der Iran müsse mit ernsten \
             Konsequenzen rechnen.",
            Some(("THREATEN", "GBR", "IRN")),
        ),
    ]);
}

#[test]
fn issue_7_a_threat_to_a_subject_that_is_no_actor_has_no_target_country() {
    // a wer-clause or a bare plural noun with a relative clause, as the
    // development gold codes such threats (target null)
    check_statement(&[
        (
            "Wer sich einmische, müsse mit Konsequenzen rechnen, sagte Präsident Wladimir \
             Putin.",
            Some(("THREATEN", "RUS", "")),
        ),
        (
            "Firmen, die weiter mit Iran handelten, müssten mit Strafen rechnen, sagte \
             US-Präsident Donald Trump.",
            Some(("THREATEN", "USA", "")),
        ),
        // a clause of another kind before the cue: no addressee
        (
            "Die Lage sei ernst, man müsse mit Konsequenzen rechnen, sagte Präsident \
             Wladimir Putin.",
            None,
        ),
    ]);
}

#[test]
fn issue_7_a_measure_announced_for_a_case_is_a_threat() {
    check_statement(&[
        // "andernfalls": against the subject of the condition told before it
        (
            "Präsident Hassan Ruhani sagte, Iran halte an dem Abkommen fest, sofern \
             Frankreich seine Zusagen einhalte. Andernfalls werde Iran die Anreicherung \
             wieder hochfahren, sagte Ruhani.",
            Some(("THREATEN", "IRN", "FRA")),
        ),
        (
            "Präsident Hassan Ruhani sagte, Iran halte an dem Abkommen fest, sofern die \
             übrigen Vertragspartner seine Interessen schützten. Andernfalls werde Iran die \
             Anreicherung wieder hochfahren, sagte Ruhani.",
            Some(("THREATEN", "IRN", "")),
        ),
        // "im Ernstfall" with no condition told: the counterpart of the sentence before
        (
            "Sicherheitsberater Jake Sullivan warf Russland Aggression vor. Im Ernstfall \
             würden die USA zusätzliche Truppen nach Polen verlegen, sagte Sullivan.",
            Some(("THREATEN", "USA", "RUS")),
        ),
    ]);
}

#[test]
fn issue_7_no_threat_without_an_addressee_or_when_negated() {
    check_statement(&[
        // no one the speaker deals with
        (
            "Der indische Premierminister Narendra Modi sagte, man werde entschlossen \
             reagieren.",
            None,
        ),
        (
            "Der indische Premierminister Narendra Modi warf China Aggression vor. Man \
             werde nicht hart reagieren, sagte Modi.",
            None,
        ),
    ]);
}

#[test]
fn issue_7_something_of_an_actor_declared_unacceptable_is_a_refusal() {
    check_statement(&[
        (
            "Der russische Außenminister Sergej Lawrow sagte, ein Beitritt der Ukraine zur \
             Nato komme nicht in Frage.",
            Some(("REJECT", "RUS", "UKR")),
        ),
        // authority denied to the content's subject; the speaker a state body
        // named by its noun
        (
            "Das US-Außenministerium erklärte, Staatschef Nicolás Maduro habe keine \
             Befugnis mehr, die Beziehungen abzubrechen.",
            Some(("REJECT", "USA", "VEN")),
        ),
        // a measure of no one named: no refusal
        (
            "Die EU-Kommission erklärte, einseitige Maßnahmen seien nicht hinnehmbar.",
            None,
        ),
    ]);
}

#[test]
fn issue_7_a_wrong_named_in_the_content_is_an_accusation() {
    check_statement(&[
        // of the actor of the clause, also of the speaker's own country
        (
            "Oppositionsführer Juan Guaidó sagte, Staatschef Nicolás Maduro sei \
             unrechtmäßig im Amt.",
            Some(("ACCUSE", "VEN", "VEN")),
        ),
        (
            "Der nordkoreanische Außenminister Ri Son Gwon sagte, das Programm diene der \
             Verteidigung gegen die feindselige Politik der USA.",
            Some(("ACCUSE", "PRK", "USA")),
        ),
        // a wrong done, told in the perfect: the clause's subject, a pronoun resolved
        (
            "Bundeskanzler Olaf Scholz hat Finanzminister Christian Lindner entlassen. Er \
             habe zu oft sein Vertrauen gebrochen, sagte Scholz.",
            Some(("ACCUSE", "DEU", "DEU")),
        ),
        // no actor in the clause of the word
        (
            "Oppositionsführer Juan Guaidó sagte, die Wahl sei unrechtmäßig gewesen.",
            None,
        ),
        // negated
        (
            "Oppositionsführer Juan Guaidó sagte, Staatschef Nicolás Maduro sei nicht \
             unrechtmäßig im Amt.",
            None,
        ),
    ]);
}

#[test]
fn issue_7_statement_content_already_coded_gives_no_second_event() {
    // the main pass codes the demand ("forderte"): the statement rules add nothing
    check(&[(
        "US-Außenministerin Condoleezza Rice forderte, der Iran müsse die Anreicherung \
         beenden.",
        Some(("REQUEST", "USA", "IRN")),
    )]);
    check_statement(&[(
        "US-Außenministerin Condoleezza Rice forderte, der Iran müsse die Anreicherung \
         beenden.",
        None,
    )]);
}

#[test]
fn issue_7_blame_and_wrongs_named_in_the_content_are_accusations() {
    check_statement(&[
        // blame laid on the content's subject
        (
            "Außenminister Sergej Lawrow sagte, die Ukraine trage die Verantwortung für die \
             Eskalation.",
            Some(("ACCUSE", "RUS", "UKR")),
        ),
        (
            "Präsident Wladimir Putin sagte, die Ukraine sei schuld an dem Krieg.",
            Some(("ACCUSE", "RUS", "UKR")),
        ),
        // a wrong named by its noun, of an actor of its clause
        (
            "Chinas Außenminister Wang Yi sagte, das sei eine Einmischung der USA in innere \
             Angelegenheiten.",
            Some(("ACCUSE", "CHN", "USA")),
        ),
        // the speaker's own state, a group with no name, no actor: none
        (
            "Präsident Wladimir Putin sagte, Russland trage die Verantwortung für den \
             Frieden in Europa.",
            None,
        ),
        (
            "Bundeskanzler Olaf Scholz sagte, jede Einmischung sei schädlich.",
            None,
        ),
    ]);
}

#[test]
fn issue_7_recognition_refused_and_retaliation_in_the_content() {
    check_statement(&[
        // recognition refused for the future, of an actor of the clause
        (
            "Der Sprecher des Außenministeriums, Ned Price, sagte, die USA würden die \
             Regierung Maduros nicht anerkennen.",
            Some(("REJECT", "USA", "VEN")),
        ),
        // a place is no addressee
        (
            "Der französische Präsident Emmanuel Macron sagte, Frankreich werde die \
             Annexion der Krim nicht anerkennen.",
            None,
        ),
        // retaliation announced, against the counterpart of the sentence before
        (
            "Ajatollah Ali Chamenei warf Israel Aggression vor. Die Vergeltung werde \
             kommen, sagte Chamenei.",
            Some(("THREATEN", "IRN", "ISR")),
        ),
        (
            "Ajatollah Ali Chamenei warf Israel Aggression vor. Man werde nicht tatenlos \
             zusehen, sagte Chamenei.",
            Some(("THREATEN", "IRN", "ISR")),
        ),
        // readiness is not coded from the content alone (readiness to fight as often)
        (
            "Ajatollah Ali Chamenei warf Israel Aggression vor. Die Armee sei bereit, das \
             Land zu verteidigen, sagte Chamenei.",
            None,
        ),
    ]);
}
