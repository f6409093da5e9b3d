//! Table tests for the verbal and speech-act types (issue #7: ACCUSE,
//! REJECT, REQUEST, THREATEN, PROTEST, SUPPORT): who is coded as the source
//! when a pronoun or a demonstrative is the subject, and the wordings of
//! each type in several tenses and word orders. Full pipeline (the speech
//! stage finds the reported clauses); sentences written for these tests.

mod common;
use common::{check_with, pipeline, pipeline_triples, Case};

/// (type, source, source country, target, target country) of every event,
/// the text put under a date header.
fn quintuples(text: &str) -> Vec<(String, String, String, String, String)> {
    common::quintuples(&format!(" date 2025-06-10 \n\n{text}\n"))
}

/// Each text must give the event (type, source, target) among its events,
/// or, with `None` as the type, no event from that source to that target.
type Who<'a> = (&'a str, Option<&'a str>, &'a str, &'a str);

fn check_who(cases: &[Who]) {
    let mut failed = Vec::new();
    for (text, ty, src, tgt) in cases {
        let got = quintuples(text);
        let ok = match ty {
            Some(ty) => got.iter().any(|g| g.0 == *ty && g.1 == *src && g.3 == *tgt),
            None => !got.iter().any(|g| g.1 == *src && g.3 == *tgt),
        };
        if !ok {
            failed.push(format!("{text}\n  want {ty:?} {src} -> {tgt}, got {got:?}"));
        }
    }
    assert!(
        failed.is_empty(),
        "{} failed:\n{}",
        failed.len(),
        failed.join("\n")
    );
}

fn check(cases: &[Case]) {
    check_with(cases, |text| {
        pipeline_triples(&format!(" date 2025-06-10 \n\n{text}\n"))
    });
}

#[test]
fn a_pronoun_after_the_verb_is_the_subject_of_a_fronted_object() {
    check_who(&[
        (
            "Der russische Söldnerchef Jewgeni Prigoschin meldete sich am Abend zu Wort. \
             Dem russischen Verteidigungsminister Sergej Schoigu warf er Verrat vor.",
            Some("ACCUSE"),
            "Jewgeni Prigoschin",
            "Sergej Schoigu",
        ),
        (
            "Der russische Söldnerchef Jewgeni Prigoschin meldete sich am Abend zu Wort. \
             Verteidigungsminister Sergej Schoigu warf er vor, die Truppen verraten zu haben.",
            Some("ACCUSE"),
            "Jewgeni Prigoschin",
            "Sergej Schoigu",
        ),
        (
            "Der ukrainische Präsident Wolodymyr Selenskyj sprach am Abend in Kiew. \
             Den russischen Präsidenten Wladimir Putin nannte er einen Kriegsverbrecher.",
            Some("ACCUSE"),
            "Wolodymyr Selenskyj",
            "Wladimir Putin",
        ),
        // "sie" after a dative "dem"
        (
            "Die deutsche Außenministerin Annalena Baerbock äußerte sich am Abend. \
             Dem französischen Präsidenten Emmanuel Macron dankte sie für seine Hilfe.",
            Some("SUPPORT"),
            "Annalena Baerbock",
            "Emmanuel Macron",
        ),
        // "sie" may be the object: the fronted actor stays the subject
        (
            "Die deutsche Außenministerin Annalena Baerbock gab ein Interview. \
             Die russische Regierung kritisierte sie scharf.",
            Some("ACCUSE"),
            "Russland",
            "Annalena Baerbock",
        ),
    ]);
}

#[test]
fn a_pronoun_subject_is_the_last_person_named_before_its_clause() {
    check_who(&[
        (
            "Der ukrainische Präsident Wolodymyr Selenskyj sprach am Abend in Kiew. \
             Den Vereinigten Staaten dankte er für ihre Hilfe.",
            Some("SUPPORT"),
            "Wolodymyr Selenskyj",
            "Vereinigte Staaten",
        ),
        (
            "Der russische Außenminister Sergej Lawrow traf in Ankara ein. \
             Dieser forderte die Türkei auf, die Sanktionen nicht mitzutragen.",
            Some("REQUEST"),
            "Sergej Lawrow",
            "Türkei",
        ),
        // a demonstrative after an unnamed role noun points at that one
        (
            "Der polnische Präsident Andrzej Duda empfing den ukrainischen Außenminister. \
             Letzterer forderte Deutschland auf, mehr Waffen zu liefern.",
            None,
            "Andrzej Duda",
            "Deutschland",
        ),
        (
            "Der russische Außenminister Sergej Lawrow traf in Ankara den türkischen Präsidenten. \
             Dieser forderte Russland auf, die Angriffe einzustellen.",
            None,
            "Sergej Lawrow",
            "Russland",
        ),
    ]);
}

#[test]
fn pronoun_sources_by_country() {
    check(&[(
        "Der französische Präsident Emmanuel Macron reiste nach Berlin. \
         Er lobte Deutschland für seine Hilfe.",
        Some(("SUPPORT", "FRA", "DEU")),
    )]);
}

#[test]
fn speech_act_wordings_in_other_forms() {
    check(&[
        // Konjunktiv I with its means, in reported speech
        (
            "China drohe den USA mit Vergeltung, sagte ein Sprecher des Außenministeriums in Peking.",
            Some(("THREATEN", "CHN", "USA")),
        ),
        (
            "Die Türkei weigere sich, Schweden aufzunehmen, sagte der schwedische Ministerpräsident Ulf Kristersson.",
            Some(("REJECT", "TUR", "SWE")),
        ),
        (
            "Die USA erteile Russland eine Absage, sagte der amerikanische Außenminister Marco Rubio.",
            Some(("REJECT", "USA", "RUS")),
        ),
        // contradicting another's account
        (
            "Der Kreml widersprach der Darstellung der USA.",
            Some(("REJECT", "RUS", "USA")),
        ),
        // plural verbs
        (
            "Die Regierung in Kiew machen Russland für den Angriff verantwortlich.",
            Some(("ACCUSE", "UKR", "RUS")),
        ),
        (
            "Polen verlangen von Deutschland Reparationen.",
            Some(("REQUEST", "POL", "DEU")),
        ),
        // a protest note in the perfect, the addressee before or after the noun
        (
            "Die Regierung in Tokio hat bei Nordkorea Protest eingelegt.",
            Some(("ACCUSE", "JPN", "PRK")),
        ),
        (
            "Japan hat Protest bei Nordkorea eingelegt.",
            Some(("ACCUSE", "JPN", "PRK")),
        ),
        // "vorhalten"
        (
            "Die Bundesregierung hielt Moskau vor, die Waffenruhe gebrochen zu haben.",
            Some(("ACCUSE", "DEU", "RUS")),
        ),
        // thanks and praise said otherwise
        (
            "Der ukrainische Präsident Wolodymyr Selenskyj bedankte sich bei Deutschland für die Hilfe.",
            Some(("SUPPORT", "UKR", "DEU")),
        ),
        (
            "Der britische Premier Keir Starmer sprach Frankreich seinen Dank aus.",
            Some(("SUPPORT", "GBR", "FRA")),
        ),
        (
            "Der französische Präsident Emmanuel Macron pries die Ukraine für ihren Mut.",
            Some(("SUPPORT", "FRA", "UKR")),
        ),
        (
            "Die Studenten in Serbien skandierten Parolen gegen die Regierung.",
            Some(("PROTEST", "SRB", "SRB")),
        ),
    ]);
}

#[test]
fn speech_act_near_misses_stay_silent() {
    check(&[
        // things contradict, no one refuses anyone
        (
            "Der neue Haushalt widerspricht den Versprechen der Regierung in Berlin.",
            None,
        ),
        // a warning of consequences is no threat
        (
            "Die Weltbank warnte vor den Konsequenzen der Dürre für Kenia.",
            None,
        ),
        // "hielt … fest" is no reproach
        ("Die Regierung in Paris hielt an ihrem Kurs fest.", None),
    ]);
}

#[test]
fn an_attribution_ends_before_the_object() {
    check(&[
        (
            "Der chinesische Vizeaußenminister Xie Feng kritisierte nach Angaben staatlicher Medien die USA.",
            Some(("ACCUSE", "CHN", "USA")),
        ),
        (
            "Der chinesische Vizeaußenminister Xie Feng legte nach Angaben staatlicher Medien bei der US-Botschaft Protest ein.",
            Some(("ACCUSE", "CHN", "USA")),
        ),
        // the attribution's own phrase is no target
        (
            "Nach Angaben der Regierung in Peking kritisierte der Vizeaußenminister die Zölle.",
            None,
        ),
    ]);
}

#[test]
fn a_stance_on_an_act_named_before_the_participle() {
    check(&[
        // verb-final: the act stands before the participle
        (
            "Die Hamas griff am Morgen Israel an. Die Bundesregierung hat die Angriffe der Hamas scharf verurteilt.",
            Some(("ACCUSE", "DEU", "PSE")),
        ),
        (
            "Russland griff am Morgen die Ukraine an. Die Bundesregierung hat die russischen Angriffe scharf verurteilt.",
            Some(("ACCUSE", "DEU", "RUS")),
        ),
        // an uprising condemned is condemned in its agent
        (
            "Nach dem bewaffneten Aufstand der russischen Söldnergruppe Wagner zog sich deren Chef zurück. \
             Der russische Präsident Wladimir Putin hatte den Aufstand in einer Ansprache als „Verrat“ verurteilt.",
            Some(("ACCUSE", "RUS", "RUS")),
        ),
        // the accused turn the accusations down
        (
            "Der polnische Präsident Andrzej Duda warf Deutschland Versäumnisse vor. \
             Die Bundesregierung hat die Vorwürfe als haltlos zurückgewiesen.",
            Some(("REJECT", "DEU", "POL")),
        ),
    ]);
}

#[test]
fn a_threat_without_addressee_is_aimed_at_the_last_act_of_force() {
    check(&[
        (
            "Das Militär in Myanmar hat die Macht übernommen und Aung San Suu Kyi festgenommen. \
             US-Präsident Joe Biden drohte mit neuen Sanktionen: Die Vereinigten Staaten würden \
             gegen die Verantwortlichen vorgehen.",
            Some(("THREATEN", "USA", "MMR")),
        ),
        // no act of force told before: no addressee
        (
            "In Myanmar wird im Herbst gewählt. US-Präsident Joe Biden drohte mit neuen Sanktionen.",
            None,
        ),
    ]);
}

#[test]
fn people_who_strike_or_protest_as_a_group() {
    check(&[
        (
            "Das Militär in Myanmar hat die Macht übernommen. Pflegekräfte in mehreren Städten traten in den Streik.",
            Some(("PROTEST", "MMR", "MMR")),
        ),
        (
            "In Frankreich streikten am Montag die Lehrer gegen die Rentenreform der Regierung.",
            Some(("PROTEST", "FRA", "FRA")),
        ),
    ]);
}

#[test]
fn a_refusal_in_an_international_body_is_the_bodys() {
    check(&[
        (
            "Im UN-Sicherheitsrat blockierte Russland eine gemeinsame Erklärung.",
            Some(("REJECT", "RUS", "IGO")),
        ),
        (
            "Russland legte im UN-Sicherheitsrat sein Veto gegen die Resolution ein.",
            Some(("REJECT", "RUS", "IGO")),
        ),
        // a place is no body: no addressee
        ("In Brüssel lehnte Ungarn die neuen Pläne ab.", None),
    ]);
}

#[test]
fn the_speech_stage_resolves_the_pronoun_of_a_fronted_object_alike() {
    let a = pipeline(
        " date 2025-06-10 \n\nDer russische Söldnerchef Jewgeni Prigoschin meldete sich am Abend zu Wort. \
         Verteidigungsminister Sergej Schoigu warf er vor, die Truppen verraten zu haben.\n",
    );
    let q = a
        .quotes
        .iter()
        .find(|q| a.text_of(q.span).starts_with("die Truppen"))
        .expect("the reported clause is a quote");
    assert_eq!(q.speaker.as_deref(), Some("Jewgeni Prigoschin"));
}
