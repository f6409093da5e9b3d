//! Table-driven tests for quoted fragments (short quotations that are the
//! object or predicate of a speech verb), for cues inside relative clauses
//! and for speaker mentions. Sentences written for these tests; they run the
//! segmenter and the speech stage only (no NER/actors).

use lagebild_core::QuoteKind;

mod common;
use common::check;

use QuoteKind::Direct;

#[test]
fn a_quoted_term_after_von_vor_or_an_indefinite_article_is_speech() {
    check(&[
        (
            "Händler sprachen am Nachmittag von „Angstkäufen“.",
            &[("„Angstkäufen“", Direct, Some("Händler"))],
        ),
        (
            "Die Gewerkschafterin warnte vor den „Sparphantasien“.",
            &[("„Sparphantasien“", Direct, Some("Die Gewerkschafterin"))],
        ),
        (
            "Die Bischöfin beklagte eine wachsende „Kälte zwischen Stadt und Land“.",
            &[(
                "„Kälte zwischen Stadt und Land“",
                Direct,
                Some("Die Bischöfin"),
            )],
        ),
    ]);
}

#[test]
fn a_quotation_before_the_particle_of_a_separable_cue_is_its_object() {
    check(&[(
        "Die Opposition warf dem Bürgermeister unter anderem „Täuschung“ vor.",
        &[("„Täuschung“", Direct, Some("Die Opposition"))],
    )]);
}

#[test]
fn the_object_quote_after_an_apposition_or_a_relative_clause() {
    check(&[
        (
            "Gestern nannte Karla Weiß, Sprecherin des Mieterbundes, die neue Regelung „völlig unzureichend“.",
            &[("„völlig unzureichend“", Direct, Some("Karla Weiß"))],
        ),
        (
            "Der Trainer bezeichnete die Entscheidung in einem Spiel, in dem es kaum Fouls gab, als „lächerlich“.",
            &[("„lächerlich“", Direct, Some("Der Trainer"))],
        ),
    ]);
}

#[test]
fn titles_of_papers_and_works_stay_names() {
    check(&[
        (
            "Die Ministerin sagte der „Morgenpost“, dass sie zurücktrete.",
            &[(
                "dass sie zurücktrete",
                QuoteKind::Indirect,
                Some("Die Ministerin"),
            )],
        ),
        (
            "Der Kritiker lobte den Film „Die stille Stadt“ in seiner Besprechung.",
            &[],
        ),
    ]);
}

#[test]
fn a_cue_closing_a_relative_clause_does_not_take_the_main_clause_as_content() {
    check(&[
        (
            "Die Helfer haben begonnen, die Dörfer, die zum Notstandsgebiet erklärt wurden, mit Wasser zu versorgen.",
            &[],
        ),
        (
            "Die Ärzte, die schon am Montag erwartet wurden, trafen erst am Abend ein.",
            &[],
        ),
        (
            "Der Minister, dessen Rücktritt von der Opposition gefordert wird, griff gestern zu einer List.",
            &[],
        ),
        // the main clause resumes with its own cue after a relative clause on the subject
        (
            "Anna Roth vom Wetterdienst, die die Stärke zunächst mit 5 angegeben hatte, sagte, dass solche Beben selten seien.",
            &[(
                "dass solche Beben selten seien",
                QuoteKind::Indirect,
                Some("Anna Roth vom Wetterdienst, die die Stärke zunächst mit 5 angegeben hatte"),
            )],
        ),
        // a complement clause of the relative clause's verb is still reported
        (
            "Die Polizei befragte einen Zeugen, der sagte, dass er den Wagen gesehen habe.",
            &[("dass er den Wagen gesehen habe", QuoteKind::Indirect, Some("der"))],
        ),
    ]);
}

#[test]
fn geraten_with_sein_is_no_speech_verb() {
    check(&[
        (
            "Die Firma war in Schwierigkeiten geraten, so dass der Konzern sie übernehmen konnte.",
            &[],
        ),
        (
            "Die Ärztin hat geraten, dass man viel trinken solle.",
            &[(
                "dass man viel trinken solle",
                QuoteKind::Indirect,
                Some("Die Ärztin"),
            )],
        ),
    ]);
}

#[test]
fn attitude_predicates_with_a_complement_clause() {
    check(&[
        (
            "Die Trainerin ist zuversichtlich, dass ihr Team das Finale erreicht.",
            &[(
                "dass ihr Team das Finale erreicht",
                QuoteKind::Indirect,
                Some("Die Trainerin"),
            )],
        ),
        (
            "Der Bürgermeister zeigte sich besorgt, dass die Mieten weiter steigen.",
            &[(
                "dass die Mieten weiter steigen",
                QuoteKind::Indirect,
                Some("Der Bürgermeister"),
            )],
        ),
        (
            "Die Ermittler halten es für möglich, dass der Brand gelegt wurde.",
            &[(
                "dass der Brand gelegt wurde",
                QuoteKind::Indirect,
                Some("Die Ermittler"),
            )],
        ),
        (
            "Die Gruppe ist zuversichtlich, den Gipfel morgen zu erreichen.",
            &[(
                "den Gipfel morgen zu erreichen",
                QuoteKind::Indirect,
                Some("Die Gruppe"),
            )],
        ),
        // nobody holds the attitude
        ("Es ist sicher, dass die Brücke gesperrt bleibt.", &[]),
        // no complement clause
        (
            "Die Ärztin war sicher, weil sie alle Werte geprüft hatte.",
            &[],
        ),
    ]);
}

#[test]
fn reporting_verbs_of_findings_and_mentions() {
    check(&[
        (
            "Die Untersuchung ergab, dass der Damm zu niedrig war.",
            &[(
                "dass der Damm zu niedrig war",
                QuoteKind::Indirect,
                Some("Die Untersuchung"),
            )],
        ),
        (
            "Der Sprecher erwähnte auch, dass die Messe verschoben werde.",
            &[(
                "dass die Messe verschoben werde",
                QuoteKind::Indirect,
                Some("Der Sprecher"),
            )],
        ),
        (
            "Die Ministerin schloss nicht aus, dass weitere Schulen schließen.",
            &[(
                "dass weitere Schulen schließen",
                QuoteKind::Indirect,
                Some("Die Ministerin"),
            )],
        ),
        // a fact that follows, not a finding someone reports
        (
            "Der Streit ergibt sich aus der Tatsache, dass beide Seiten klagen.",
            &[],
        ),
        // neither confirmed nor ruled out: nothing is said
        (
            "Die Polizei konnte weder bestätigen noch ausschließen, dass der Fahrer betrunken war.",
            &[],
        ),
    ]);
}

#[test]
fn quoted_names_as_subjects() {
    check(&[
        // before the verb
        (
            "„Radio Nord“ meldete, dass die Fähre ausfällt.",
            &[(
                "dass die Fähre ausfällt",
                QuoteKind::Indirect,
                Some("„Radio Nord“"),
            )],
        ),
        (
            "Die „Inselpost“ berichtete, dass der Hafen gesperrt sei.",
            &[(
                "dass der Hafen gesperrt sei",
                QuoteKind::Indirect,
                Some("Die „Inselpost“"),
            )],
        ),
        // after the verb, with its article
        (
            "Im Sommer erklärte der „Verband der Bäcker“, dass er klagen werde.",
            &[(
                "dass er klagen werde",
                QuoteKind::Indirect,
                Some("der „Verband der Bäcker“"),
            )],
        ),
        // a quotation before the cue is content, not a name
        (
            "„Wir kommen wieder“, sagte der Kapitän.",
            &[("„Wir kommen wieder“", Direct, Some("der Kapitän"))],
        ),
    ]);
}

#[test]
fn a_judge_named_with_fuer_and_a_quoted_predicate() {
    check(&[
        (
            "Für die Umweltministerin ist die Lage an der Küste „bedrohlich“.",
            &[("„bedrohlich“", Direct, Some("die Umweltministerin"))],
        ),
        // nobody who could judge
        ("Für den Sommer ist ein „Fest der Vereine“ geplant.", &[]),
    ]);
}

#[test]
fn a_lower_case_quotation_after_a_noun_is_a_predicate_not_a_name() {
    check(&[(
        "Der Präsident des Verbands nannte die Bewerbung von Kanada „sehr respektabel“.",
        &[(
            "„sehr respektabel“",
            Direct,
            Some("Der Präsident des Verbands"),
        )],
    )]);
}

#[test]
fn a_quotation_after_a_colon_ends_where_a_new_cue_follows() {
    check(&[(
        "Die Sprecherin schrieb: „Das ist eine traurige Nachricht“, weiter hieß es, man sei bestürzt.",
        &[
            (
                "„Das ist eine traurige Nachricht“",
                Direct,
                Some("Die Sprecherin"),
            ),
            ("man sei bestürzt", QuoteKind::Indirect, None),
        ],
    )]);
}

#[test]
fn appositions_before_the_cue_are_no_content_when_the_cue_has_a_quoted_predicate() {
    check(&[(
        "Die Vorsitzende des Vereins, eine frühere Richterin, Anna Berg, würdigte den Toten heute als „großen Kämpfer“.",
        &[(
            "„großen Kämpfer“",
            Direct,
            Some("Die Vorsitzende des Vereins, eine frühere Richterin, Anna Berg"),
        )],
    )]);
}

#[test]
fn a_comment_or_time_clause_of_the_reporter_ends_the_content() {
    check(&[
        (
            "Die Regierung wirft der Gruppe vor, Geld aus dem Ausland zu erhalten, was bisher nicht bewiesen werden konnte.",
            &[(
                "Geld aus dem Ausland zu erhalten",
                QuoteKind::Indirect,
                Some("Die Regierung"),
            )],
        ),
        // a comment in the Konjunktiv belongs to the report
        (
            "Der Anwalt sagte, sein Mandant sei unschuldig, was auch die Zeugen bestätigen könnten.",
            &[(
                "sein Mandant sei unschuldig, was auch die Zeugen bestätigen könnten",
                QuoteKind::Indirect,
                Some("Der Anwalt"),
            )],
        ),
    ]);
}

#[test]
fn who_introduces_a_quotation_after_a_colon() {
    check(&[
        // the "so" phrase before the colon
        (
            "Das sei kein Zufall, so die Forscherin weiter: „Wir haben das seit Jahren beobachtet.“",
            &[
                ("Das sei kein Zufall", QuoteKind::Indirect, Some("die Forscherin")),
                (
                    "„Wir haben das seit Jahren beobachtet.“",
                    Direct,
                    Some("die Forscherin"),
                ),
            ],
        ),
        // the main clause, not the verb of its dass-clause
        (
            "Er glaubt, dass die Firma gestärkt aus der Krise hervorgegangen sei: „Wir haben viel gelernt.“",
            &[
                (
                    "dass die Firma gestärkt aus der Krise hervorgegangen sei",
                    QuoteKind::Indirect,
                    Some("Er"),
                ),
                ("„Wir haben viel gelernt.“", Direct, Some("Er")),
            ],
        ),
    ]);
}

#[test]
fn a_trailing_cue_with_so_before_the_verb() {
    check(&[
        (
            "In zehn Jahren soll die Anlage fertig sein, so schätzen die Ingenieure.",
            &[(
                "In zehn Jahren soll die Anlage fertig sein",
                QuoteKind::Indirect,
                Some("die Ingenieure"),
            )],
        ),
        (
            "„Er ist ein harter Verhandler“, so beschrieb ihn die Gewerkschafterin.",
            &[(
                "„Er ist ein harter Verhandler“",
                Direct,
                Some("die Gewerkschafterin"),
            )],
        ),
    ]);
}

#[test]
fn narrated_text_before_a_trailing_cue_is_no_statement() {
    check(&[
        // a shared subject: the cue verb has no subject of its own
        (
            "Die Bauern bestreiten diesen Vorwurf, beharren aber auf ihren Forderungen.",
            &[],
        ),
        // a fronted conditional clause with a focus word
        (
            "Selbst wenn der Täter als Jugendlicher gilt, droht ihm eine lange Strafe.",
            &[],
        ),
        // a phrase with a name in it has no verb ("al-" is a particle)
        (
            "In einer Erklärung von Ahmed al-Rashid, einem Sprecher der Miliz, beschuldigte dieser die Regierung.",
            &[],
        ),
        // a report before the trailing cue stays
        (
            "Die Lage sei ernst, betonte zudem der Minister.",
            &[("Die Lage sei ernst", QuoteKind::Indirect, Some("der Minister"))],
        ),
    ]);
}

#[test]
fn quoted_names_with_nennen_and_bezeichnen_are_no_verdicts() {
    check(&[
        (
            "Der Minister bezeichnete die Reise in einem Interview mit dem „Nordfunk“ als hilfreich.",
            &[],
        ),
        ("Der Jahresbericht nennt „Twitter“ und „Facebook“ als Beispiele.", &[]),
        // an indefinite article makes the quotation a verdict
        (
            "Die Ministerin nannte die Absage einen „Vertrauensbruch“.",
            &[("„Vertrauensbruch“", Direct, Some("Die Ministerin"))],
        ),
    ]);
}

#[test]
fn an_infinitive_group_after_the_participle_without_a_comma() {
    check(&[
        (
            "Der Hersteller hat angekündigt die Preise im Herbst zu erhöhen.",
            &[(
                "die Preise im Herbst zu erhöhen",
                QuoteKind::Indirect,
                Some("Der Hersteller"),
            )],
        ),
        (
            "Die Anwohner wurden aufgefordert die Fenster geschlossen zu halten.",
            &[(
                "die Fenster geschlossen zu halten",
                QuoteKind::Indirect,
                None,
            )],
        ),
        // a separable verb with its particle right after it
        (
            "Die Firma bietet an den Lohn aller Beschäftigten zu erhöhen.",
            &[(
                "den Lohn aller Beschäftigten zu erhöhen",
                QuoteKind::Indirect,
                Some("Die Firma"),
            )],
        ),
        // no infinitive after the participle: nothing reported
        ("Der Hersteller hat die Preise angekündigt.", &[]),
    ]);
}

#[test]
fn verb_second_reports_with_a_reportative_modal_or_a_counted_subject() {
    check(&[
        (
            "Die Zeitung hatte berichtet, 200 feste und 300 freie Mitarbeiter sollen gehen.",
            &[(
                "200 feste und 300 freie Mitarbeiter sollen gehen",
                QuoteKind::Indirect,
                Some("Die Zeitung"),
            )],
        ),
        (
            "Kritiker hatten ihm vorgeworfen, er wollte sich nur selbst bereichern.",
            &[(
                "er wollte sich nur selbst bereichern",
                QuoteKind::Indirect,
                Some("Kritiker"),
            )],
        ),
        // a narrated past after the comma is no report
        (
            "Dann meldete er sich bei seinem Bruder, er hatte Heimweh.",
            &[],
        ),
    ]);
}

#[test]
fn naming_a_reason_takes_a_complement_clause() {
    check(&[
        (
            "Als Grund für die Verschiebung nannte die Behörde, den Helfern mehr Zeit zu geben.",
            &[(
                "den Helfern mehr Zeit zu geben",
                QuoteKind::Indirect,
                Some("die Behörde"),
            )],
        ),
        // passive, with nobody named
        (
            "Als Grund für die Festnahme wurde genannt, dass er keinen Verein hätte gründen dürfen.",
            &[(
                "dass er keinen Verein hätte gründen dürfen",
                QuoteKind::Indirect,
                None,
            )],
        ),
        // without a reason noun "nennen" reports no clause
        ("Die Behörde nannte drei Orte, die Helfer fuhren los.", &[]),
    ]);
}

#[test]
fn a_wie_clause_without_its_comma() {
    check(&[
        (
            "Wie die örtlichen Sender berichten sind mindestens zwei Menschen verletzt worden.",
            &[(
                "sind mindestens zwei Menschen verletzt worden",
                QuoteKind::Indirect,
                Some("die örtlichen Sender"),
            )],
        ),
        // the wie-clause's own auxiliary ends the sentence: a comparison
        (
            "Es folgte ein Schlusswort, das so gut klang, wie man es nicht erwartet hatte.",
            &[],
        ),
    ]);
}

#[test]
fn gemaess_reports_only_from_someone_or_a_statement() {
    check(&[
        (
            "Die Trümmer lagen gemäß einem Augenzeugen im weiten Umkreis verstreut.",
            &[(
                "Die Trümmer lagen … im weiten Umkreis verstreut",
                QuoteKind::Indirect,
                Some("einem Augenzeugen"),
            )],
        ),
        // a norm is no source
        (
            "Die Geräte sind gemäß dem neuen Standard mit Zusatzfunktionen ausgestattet.",
            &[],
        ),
    ]);
}
