//! Table-driven tests for cue clauses of less common shapes: a separable
//! participle written apart ("bekannt gegeben"), a cue in a fronted
//! adverbial clause with its own complement, "wie X mitgeteilt hat, …",
//! and speech verbs added to the lexicon.

use lagebild_core::QuoteKind;

mod common;
use common::{analyse, check, quotes};

use QuoteKind::Indirect;

#[test]
fn separable_participle_written_apart() {
    check(&[
        (
            "Die Gemeinschaft hat nun in einer Stellungnahme bekannt gegeben, dass die Ablagerungen keine Gefahr darstellen.",
            &[(
                "dass die Ablagerungen keine Gefahr darstellen",
                Indirect,
                Some("Die Gemeinschaft"),
            )],
        ),
        (
            "Wie die Polizei bekannt gegeben hat, wurde der Mann festgenommen.",
            &[("wurde der Mann festgenommen", Indirect, Some("die Polizei"))],
        ),
        // "geben" alone is no speech verb; an adjective before it is no particle
        ("Die Firma hat das Geld frei gegeben.", &[]),
        ("Er hat ihr das Buch gegeben, damit sie es liest.", &[]),
    ]);
}

#[test]
fn cue_closing_a_subordinate_clause_inside_the_sentence() {
    // the complement after a "da/während/indem/nachdem …" clause that ends with
    // its speech verb is that verb's own; the main clause stands before it
    check(&[
        (
            "Die Anwohner protestierten, da sie befürchten, der Lärm werde weiter zunehmen.",
            &[("der Lärm werde weiter zunehmen", Indirect, Some("sie"))],
        ),
        (
            "Über den Termin ist noch nicht entschieden, da die Gewerkschaft angekündigt hatte, mit allen Seiten verhandeln zu wollen.",
            &[(
                "mit allen Seiten verhandeln zu wollen",
                Indirect,
                Some("die Gewerkschaft"),
            )],
        ),
        (
            "Der Verein lehnt den Plan ab, während die Stadt ihn unterstützt und fordert, dass der Bau bald beginnt.",
            &[("dass der Bau bald beginnt", Indirect, Some("die Stadt"))],
        ),
        // "indem" opens no complement of the main verb: the verb inside is the cue
        (
            "Der Trainer wies die Kritik zurück, indem er sagte, die Mannschaft habe gut gespielt.",
            &[("die Mannschaft habe gut gespielt", Indirect, Some("er"))],
        ),
        // no speech verb at the end of the clause, or no complement after it
        (
            "Die Anwohner protestierten, da sie den Lärm fürchten, der weiter zunimmt.",
            &[],
        ),
        (
            "Die Polizei kam, nachdem Nachbarn sie gerufen hatten, und sperrte die Straße.",
            &[],
        ),
    ]);
}

#[test]
fn weak_past_after_the_subject_noun_is_the_complement_verb() {
    // "verfolgten", "planten" look like adjectives; after the head noun of the
    // complement's subject they can only be its finite verb
    check(&[
        (
            "Vor den Anhängern warnte er, die Organisatoren verfolgten ihre eigenen Ziele.",
            &[(
                "die Organisatoren verfolgten ihre eigenen Ziele",
                Indirect,
                Some("er"),
            )],
        ),
        (
            "Die Ministerin sagte, die Rebellen planten einen neuen Angriff.",
            &[(
                "die Rebellen planten einen neuen Angriff",
                Indirect,
                Some("Die Ministerin"),
            )],
        ),
        // an attribute before a noun stays one: no verb-second clause follows
        (
            "Er erklärte den Besuchern die verfolgten Ziele des Vereins.",
            &[],
        ),
    ]);
}

#[test]
fn a_semicolon_closes_the_report_of_a_source_phrase() {
    check(&[
        (
            "Laut Medienberichten ist der Mann 24 Jahre alt; im Jahr 2008 war er demnach erst 16.",
            &[
                ("ist der Mann 24 Jahre alt", Indirect, Some("Medienberichten")),
                ("im Jahr 2008 war er … erst 16", Indirect, Some("demnach")),
            ],
        ),
        (
            "Das Amt ist laut Verfassung nicht zuständig; seine Stellung ergibt sich aus der Praxis.",
            &[("Das Amt ist … nicht zuständig", Indirect, Some("Verfassung"))],
        ),
    ]);
}

#[test]
fn a_modal_of_report_makes_a_verb_second_complement_of_clause_nouns() {
    // nouns and verbs that take clauses only ("den Verdacht", "befürchten")
    // report a verb-second clause whose verb is a modal of report
    check(&[
        (
            "Die Staatsanwaltschaft hegt den Verdacht, der Bürgermeister könnte Spesen falsch abgerechnet haben.",
            &[(
                "der Bürgermeister könnte Spesen falsch abgerechnet haben",
                Indirect,
                Some("Die Staatsanwaltschaft"),
            )],
        ),
        // an indicative main clause after the noun is none
        (
            "Die Staatsanwaltschaft hegt den Verdacht, der Bürgermeister rechnete Spesen falsch ab.",
            &[],
        ),
    ]);
}

#[test]
fn speech_act_nouns_with_their_owner_or_origin() {
    check(&[
        (
            "Das Eingeständnis der Ministerin, ihre Entscheidung sei falsch gewesen, führte zu einem Antrag.",
            &[(
                "ihre Entscheidung sei falsch gewesen",
                Indirect,
                Some("der Ministerin"),
            )],
        ),
        // the origin fronted before "kommen" is the source
        (
            "Von der spanischen Polizei kam die Information, bei dem Toten handele es sich um einen Kurier.",
            &[(
                "bei dem Toten handele es sich um einen Kurier",
                Indirect,
                Some("der spanischen Polizei"),
            )],
        ),
        (
            "Aus dem Ministerium kommt die Forderung, die Grenzwerte zu senken.",
            &[(
                "die Grenzwerte zu senken",
                Indirect,
                Some("dem Ministerium"),
            )],
        ),
    ]);
}

#[test]
fn a_main_clause_before_a_zu_infinitive_is_no_infinitive_complement() {
    check(&[
        // "hatte" makes the clause after the comma a main clause of its own
        (
            "Die Tochter konnte die Polizei informieren, allerdings hatte sie keine Zeit, die Adresse anzugeben.",
            &[],
        ),
        // the group's own auxiliary and a fronted condition do not
        (
            "Die Polizei beschuldigt den Mann, an dem Überfall beteiligt gewesen zu sein.",
            &[(
                "an dem Überfall beteiligt gewesen zu sein",
                Indirect,
                Some("Die Polizei"),
            )],
        ),
        (
            "Die Regierung hat angekündigt, sollte der Streik andauern, die Zahlungen einzustellen.",
            &[(
                "sollte der Streik andauern, die Zahlungen einzustellen",
                Indirect,
                Some("Die Regierung"),
            )],
        ),
    ]);
}

#[test]
fn a_role_apposition_after_the_speaker_is_no_content() {
    check(&[
        (
            "Dabei sagte Li, der stellvertretende Vorsitzende des Ausschusses, dass die Demonstranten nie ihre Ziele erklärten.",
            &[(
                "dass die Demonstranten nie ihre Ziele erklärten",
                Indirect,
                Some("Li, der stellvertretende Vorsitzende des Ausschusses"),
            )],
        ),
        // a phrase that is no role stays in the content
        (
            "Der Konzern kündigte an, die Werke in Varel, Nordenham und Augsburg zu verkaufen.",
            &[(
                "die Werke in Varel, Nordenham und Augsburg zu verkaufen",
                Indirect,
                Some("Der Konzern"),
            )],
        ),
    ]);
}

#[test]
fn participle_after_an_apposition_to_the_subject() {
    // the auxiliary stands before the apposition, the participle alone after it
    check(&[
        (
            "Am Montag hat der Innenminister, Peter Müller, angekündigt, dass die Grenzen geschlossen werden.",
            &[(
                "dass die Grenzen geschlossen werden",
                Indirect,
                Some("der Innenminister"),
            )],
        ),
        (
            "Zuvor hatte die Investorin, eine Bankerin aus Boston, zugesagt, das Projekt weiter zu finanzieren.",
            &[(
                "das Projekt weiter zu finanzieren",
                Indirect,
                Some("die Investorin"),
            )],
        ),
        // no speech verb after the apposition
        (
            "Die Polizei hat den Mann, einen 30-Jährigen, festgenommen, als er floh.",
            &[],
        ),
    ]);
}

#[test]
fn so_parenthesis_inside_a_clause_that_goes_on() {
    check(&[
        (
            "Der Grund für den Rücktritt, so vermutet die Zeitung, dürfte der Streit mit dem Vorstand sein.",
            &[(
                "Der Grund für den Rücktritt … dürfte der Streit mit dem Vorstand sein",
                Indirect,
                Some("die Zeitung"),
            )],
        ),
        (
            "Tatsächlich, so betont die Polizei, ist das Video eine Fälschung.",
            &[(
                "Tatsächlich … ist das Video eine Fälschung",
                Indirect,
                Some("die Polizei"),
            )],
        ),
        // no "so": a narrative clause with a comment is no such parenthesis
        (
            "Der Grund für den Rücktritt, den niemand kannte, war der Streit mit dem Vorstand.",
            &[],
        ),
    ]);
}

#[test]
fn verb_second_complement_whose_verb_opens_a_quoted_fragment() {
    check(&[
        (
            "Der Minister sagte, die Regierung „habe auf ganzer Linie versagt“.",
            &[(
                "die Regierung „habe auf ganzer Linie versagt“",
                QuoteKind::Mixed,
                Some("Der Minister"),
            )],
        ),
        // a quoted name after the subject is no verb (the quoted name still
        // makes the report count as mixed)
        (
            "Der Minister sagte, die Zeitung „Die Welt“ habe falsch berichtet.",
            &[(
                "die Zeitung „Die Welt“ habe falsch berichtet",
                QuoteKind::Mixed,
                Some("Der Minister"),
            )],
        ),
    ]);
}

#[test]
fn wie_clause_with_participle_and_auxiliary() {
    // regression: the auxiliary closing the wie-clause was taken as the
    // start of the content ("hat, wurde der Mann …")
    check(&[
        (
            "Wie die Polizei mitgeteilt hat, wurde der Mann festgenommen.",
            &[("wurde der Mann festgenommen", Indirect, Some("die Polizei"))],
        ),
        (
            "Wie die Sender berichten sind mindestens zwei Menschen tot.",
            &[(
                "sind mindestens zwei Menschen tot",
                Indirect,
                Some("die Sender"),
            )],
        ),
    ]);
}

#[test]
fn cue_in_a_fronted_adverbial_clause_with_its_own_complement() {
    check(&[
        (
            "Nachdem die Anwältin dem Richter mitgeteilt hatte, dass der Ehemann gesucht werde, erließ er einen Haftbefehl.",
            &[(
                "dass der Ehemann gesucht werde",
                Indirect,
                Some("die Anwältin"),
            )],
        ),
        (
            "Seitdem der Minister angekündigt hatte, einen Antrag einzubringen, haben sich die Gegner formiert.",
            &[(
                "einen Antrag einzubringen",
                Indirect,
                Some("der Minister"),
            )],
        ),
        // a zu-infinitive after a verb that does not report it, and a main
        // clause after the adverbial one, are no content
        (
            "Nachdem er versucht hatte, die Tür zu öffnen, rief er die Polizei.",
            &[],
        ),
        ("Nachdem die Polizei mitgeteilt hatte, wurde es still.", &[]),
    ]);
}

#[test]
fn speech_verbs_added_to_the_lexicon() {
    check(&[
        (
            "Für Lübeck hat die Fluglinie ausgerechnet, dass jeder Fluggast 90 Euro ausgibt.",
            &[(
                "dass jeder Fluggast 90 Euro ausgibt",
                Indirect,
                Some("die Fluglinie"),
            )],
        ),
        (
            "Die Wahlkampfhelfer errechneten, dass beide Kandidaten gleich viele Stimmen erreichten.",
            &[(
                "dass beide Kandidaten gleich viele Stimmen erreichten",
                Indirect,
                Some("Die Wahlkampfhelfer"),
            )],
        ),
        (
            "Die Opposition hielt dem entgegen, dass die Entscheidung bei den Investoren liege.",
            &[(
                "dass die Entscheidung bei den Investoren liege",
                Indirect,
                Some("Die Opposition"),
            )],
        ),
        (
            "Beide Seiten hatten vereinbart, alle Truppen aus der Region zurückzuziehen.",
            &[(
                "alle Truppen aus der Region zurückzuziehen",
                Indirect,
                Some("Beide Seiten"),
            )],
        ),
    ]);
}

#[test]
fn verbs_of_support_hope_finding_and_doubt() {
    check(&[
        (
            "Eine klare Mehrheit der Mitglieder befürwortete, dass der Verein einen neuen Platz baut.",
            &[(
                "dass der Verein einen neuen Platz baut",
                Indirect,
                Some("Eine klare Mehrheit der Mitglieder"),
            )],
        ),
        (
            "Die Stadtverwaltung hatte sich erhofft, dass die Baustelle vor dem Winter fertig wird.",
            &[(
                "dass die Baustelle vor dem Winter fertig wird",
                Indirect,
                Some("Die Stadtverwaltung"),
            )],
        ),
        (
            "Die Biologen fanden heraus, dass die Vögel im Herbst nach Süden ziehen.",
            &[(
                "dass die Vögel im Herbst nach Süden ziehen",
                Indirect,
                Some("Die Biologen"),
            )],
        ),
        (
            "Die Gewerkschaft zweifelt daran, dass der Konzern die Zusagen einhält.",
            &[(
                "dass der Konzern die Zusagen einhält",
                Indirect,
                Some("Die Gewerkschaft"),
            )],
        ),
        (
            "Der Anwalt beantragte, den Zeugen erneut zu vernehmen.",
            &[("den Zeugen erneut zu vernehmen", Indirect, Some("Der Anwalt"))],
        ),
        // without a complement clause there is no report
        (
            "Die Gewerkschaft befürwortet den neuen Tarifvertrag.",
            &[],
        ),
    ]);
}

#[test]
fn apposition_after_a_source_phrase_belongs_to_the_source() {
    check(&[
        (
            "Das Gesetz verstößt nach Ansicht des Generalanwalts, Damazo Colomer, gegen europäisches Recht.",
            &[(
                "Das Gesetz verstößt … gegen europäisches Recht",
                Indirect,
                Some("Ansicht des Generalanwalts, Damazo Colomer"),
            )],
        ),
        (
            "Laut Sam Maiha, dem Direktor der Wetterbehörde, hatten die Meteorologen gewarnt.",
            &[(
                "hatten die Meteorologen gewarnt",
                Indirect,
                Some("Sam Maiha, dem Direktor der Wetterbehörde"),
            )],
        ),
    ]);
}

#[test]
fn heisst_es_after_a_fronted_source_with_a_relative_clause() {
    check(&[(
        "In dieser Resolution, die vom Sicherheitsrat angenommen wurde, heißt es, dass es Fortschritte gegeben habe.",
        &[(
            "dass es Fortschritte gegeben habe",
            Indirect,
            Some("In dieser Resolution"),
        )],
    )]);
}

#[test]
fn es_hatte_geheissen_and_ist_zu_hoeren() {
    check(&[
        (
            "In ersten Meldungen hatte es geheißen, dass drei Wanderer vermisst würden.",
            &[(
                "dass drei Wanderer vermisst würden",
                Indirect,
                Some("In ersten Meldungen"),
            )],
        ),
        (
            "Zuvor hatte es in einem Schreiben der Stadt geheißen, die Brücke bleibe gesperrt.",
            &[(
                "die Brücke bleibe gesperrt",
                Indirect,
                Some("in einem Schreiben der Stadt"),
            )],
        ),
        (
            "Aus dem Ministerium ist zu hören, der Plan werde noch einmal überarbeitet.",
            &[(
                "der Plan werde noch einmal überarbeitet",
                Indirect,
                Some("Aus dem Ministerium"),
            )],
        ),
        // a wie-clause with "es … heißt" before the report
        (
            "Wie es hieß, will der Konzern das Werk verkaufen.",
            &[("will der Konzern das Werk verkaufen", Indirect, None)],
        ),
        (
            "Wie es in dem Gutachten heißt, ist die Halle einsturzgefährdet.",
            &[(
                "ist die Halle einsturzgefährdet",
                Indirect,
                Some("in dem Gutachten"),
            )],
        ),
        // "heißen" with a person as subject names, it does not report
        ("Der Hund hatte Bello geheißen.", &[]),
        // hearing something is no report
        ("Im Keller war ein Klopfen zu hören.", &[]),
    ]);
}

#[test]
fn a_finite_cue_after_a_new_conjunct_keeps_its_own_subject() {
    // regression: the auxiliary of the first conjunct ("war") was taken as
    // the cue's finite verb, and the first conjunct's subject as the speaker
    check(&[
        (
            "Der Streit war nicht der erste und die Anwohner befürchten, dass es nicht der letzte sein wird.",
            &[(
                "dass es nicht der letzte sein wird",
                Indirect,
                Some("die Anwohner"),
            )],
        ),
        // a coordinated noun is no new conjunct
        (
            "Stoiber hatte die Rolle der Fraktions- und Parteivorsitzenden betont: „Die Entscheidungen fallen im Kreise der Vorsitzenden.“",
            &[(
                "„Die Entscheidungen fallen im Kreise der Vorsitzenden.“",
                QuoteKind::Direct,
                Some("Stoiber"),
            )],
        ),
        (
            "Er will betonen, dass er gehe.",
            &[("dass er gehe", Indirect, Some("Er"))],
        ),
    ]);
}

#[test]
fn coming_to_a_conclusion_reports_it() {
    check(&[
        (
            "Die Experten kamen zu dem Ergebnis, dass es keine Beweise gebe.",
            &[("dass es keine Beweise gebe", Indirect, Some("Die Experten"))],
        ),
        (
            "Die Ermittler sind zu der Überzeugung gekommen, der Mann habe allein gehandelt.",
            &[(
                "der Mann habe allein gehandelt",
                Indirect,
                Some("Die Ermittler"),
            )],
        ),
        // "Ergebnis" without "zu dem" before it is no conclusion; without a
        // complement clause nothing is reported
        (
            "Er kam mit dem Ergebnis nicht zurecht, dass die Wahl verloren war.",
            &[],
        ),
        ("Sie kamen zum Ergebnis der Wahl zu spät.", &[]),
    ]);
}

#[test]
fn an_opening_nach_angaben_passes_the_verb_report_on() {
    let a = analyse(
        "Nach Angaben der Zeitung, die sich auf Sprecher stützt, kommt eine Untersuchung zu dem Ergebnis, dass die Wahl frei war.",
    );
    let got = quotes(&a);
    assert!(
        got.contains(&(
            "dass die Wahl frei war".to_string(),
            Indirect,
            Some("Angaben der Zeitung".to_string())
        )),
        "{got:?}"
    );
}

#[test]
fn a_question_reports_no_statement() {
    check(&[
        (
            "Welche Vorschläge sind Ihrer Meinung nach verfassungswidrig?",
            &[],
        ),
        // the statement itself, not a question
        (
            "Die Vorschläge sind seiner Meinung nach verfassungswidrig.",
            &[(
                "Die Vorschläge sind … verfassungswidrig",
                Indirect,
                Some("seiner Meinung"),
            )],
        ),
    ]);
}
