//! Table-driven tests per phenomenon, on sentences written for these tests.
//! They run the segmenter and the speech stage (no NER/actors), so they test
//! spans, kinds and speaker mentions; speaker names are tested with
//! hand-built entities.

use lagebild_core::{
    Analysis, Document, Entity, EntityMention, EntityType, MentionKind, QuoteKind, Span, Stage,
};
use lagebild_speech::SpeechTagger;

mod common;
use common::{analyse, check, quotes};

use QuoteKind::{Direct, Indirect, Mixed};

#[test]
fn direct_speech_in_every_quotation_mark_style() {
    check(&[
        (
            "„Wir werden die Schulen nicht schließen“, sagte die Ministerin.",
            &[(
                "„Wir werden die Schulen nicht schließen“",
                Direct,
                Some("die Ministerin"),
            )],
        ),
        (
            "Die Ministerin sagte: »Wir werden die Schulen nicht schließen.«",
            &[(
                "»Wir werden die Schulen nicht schließen.«",
                Direct,
                Some("Die Ministerin"),
            )],
        ),
        (
            "\"Wir werden die Schulen nicht schließen\", sagte der Bürgermeister.",
            &[(
                "\"Wir werden die Schulen nicht schließen\"",
                Direct,
                Some("der Bürgermeister"),
            )],
        ),
        (
            "«Wir werden die Schulen nicht schließen», erklärte die Sprecherin.",
            &[(
                "«Wir werden die Schulen nicht schließen»",
                Direct,
                Some("die Sprecherin"),
            )],
        ),
        (
            "‚Wir werden die Schulen nicht schließen‘, sagte Meier.",
            &[(
                "‚Wir werden die Schulen nicht schließen‘",
                Direct,
                Some("Meier"),
            )],
        ),
    ]);
}

#[test]
fn quotes_across_sentences_and_block_quotes() {
    check(&[
        (
            "„Die Lage ist ernst. Wir brauchen Hilfe.“, sagte der Landrat.",
            &[("„Die Lage ist ernst. Wir brauchen Hilfe.“", Direct, Some("der Landrat"))],
        ),
        (
            "Der Landrat widersprach der Darstellung:\n\nWir haben nie um Hilfe gebeten.\n\nDanach ging er.",
            &[("Wir haben nie um Hilfe gebeten.", Direct, Some("Der Landrat"))],
        ),
        (
            "Der Landrat sagte: „Wir kommen morgen wieder.",
            &[("„Wir kommen morgen wieder", Direct, Some("Der Landrat"))],
        ),
    ]);
}

#[test]
fn indirect_speech_after_speech_verbs() {
    check(&[
        (
            "Die Ministerin sagte am Montag, dass die Schulen geöffnet bleiben.",
            &[(
                "dass die Schulen geöffnet bleiben",
                Indirect,
                Some("Die Ministerin"),
            )],
        ),
        (
            "Nach dem Treffen sagte der Diplomat, er bekomme keine Anweisungen.",
            &[(
                "er bekomme keine Anweisungen",
                Indirect,
                Some("der Diplomat"),
            )],
        ),
        (
            "Die Lage sei unter Kontrolle, erklärte ein Sprecher der Polizei.",
            &[(
                "Die Lage sei unter Kontrolle",
                Indirect,
                Some("ein Sprecher der Polizei"),
            )],
        ),
        (
            "Wie die Polizei mitteilte, wurden drei Menschen verletzt.",
            &[(
                "wurden drei Menschen verletzt",
                Indirect,
                Some("die Polizei"),
            )],
        ),
    ]);
}

#[test]
fn separable_speech_verbs() {
    check(&[
        (
            "Das Ministerium teilte am Montag mit, dass die Schulen geschlossen bleiben.",
            &[("dass die Schulen geschlossen bleiben", Indirect, Some("Das Ministerium"))],
        ),
        (
            "Am Samstag warf die Ministerin, eine frühere Richterin, der Regierung vor, die Gesetze zu brechen.",
            &[("die Gesetze zu brechen", Indirect, Some("die Ministerin"))],
        ),
        (
            "Der Bürgermeister wies die Kritik zurück, die Stadt habe rechtzeitig gewarnt.",
            &[("die Stadt habe rechtzeitig gewarnt", Indirect, Some("Der Bürgermeister"))],
        ),
    ]);
}

#[test]
fn source_phrases_zufolge_laut_nach_angaben_so() {
    check(&[
        (
            "Dem Minister zufolge sei die Lage ernst.",
            &[("sei die Lage ernst", Indirect, Some("Dem Minister"))],
        ),
        (
            "Laut Polizei wurden drei Menschen verletzt.",
            &[("wurden drei Menschen verletzt", Indirect, Some("Polizei"))],
        ),
        (
            "Laut einer am Dienstag veröffentlichten Mitteilung des Ministeriums wurden drei Schulen geschlossen.",
            &[(
                "wurden drei Schulen geschlossen",
                Indirect,
                Some("einer am Dienstag veröffentlichten Mitteilung des Ministeriums"),
            )],
        ),
        (
            "Nach Angaben der Feuerwehr brach das Feuer am Morgen aus.",
            &[("brach das Feuer am Morgen aus", Indirect, Some("Angaben der Feuerwehr"))],
        ),
        (
            "Die Brücke müsse gesperrt werden, so der Landrat.",
            &[("Die Brücke müsse gesperrt werden", Indirect, Some("der Landrat"))],
        ),
        (
            "Die Behörde veröffentlichte eine Erklärung des Ministers, wonach die Brücke gesperrt werde.",
            &[("die Brücke gesperrt werde", Indirect, Some("des Ministers"))],
        ),
    ]);
}

#[test]
fn konjunktiv_continuation_is_its_own_quote_with_the_same_speaker() {
    check(&[(
        "Der Minister sagte, die Lage sei ernst. Man müsse schnell handeln. Die Opposition schwieg.",
        &[
            ("die Lage sei ernst", Indirect, Some("Der Minister")),
            ("Man müsse schnell handeln", Indirect, Some("Der Minister")),
        ],
    )]);
}

#[test]
fn quoted_fragments_make_indirect_speech_mixed() {
    check(&[(
        "Die Ministerin sagte, die Regierung habe „völlig versagt“.",
        &[(
            "die Regierung habe „völlig versagt“",
            Mixed,
            Some("Die Ministerin"),
        )],
    )]);
}

#[test]
fn scare_quotes_titles_and_speculation_are_not_speech() {
    check(&[
        ("Die sogenannte „Ampel“ regiert seit zwei Jahren.", &[]),
        (
            "Er las im Urlaub den Roman „Der Zauberberg“ von Thomas Mann.",
            &[],
        ),
        ("Der Film „Das Boot“ lief am Abend im Fernsehen.", &[]),
        (
            "Der Minister widersprach Spekulationen, wonach er zurücktreten wolle.",
            &[],
        ),
        ("Die Verhandlungen kommen nicht voran.", &[]),
    ]);
}

#[test]
fn passive_speaker_is_the_von_phrase() {
    check(&[(
        "Von der Polizei wurde mitgeteilt, dass niemand verletzt wurde.",
        &[("dass niemand verletzt wurde", Indirect, Some("der Polizei"))],
    )]);
}

#[test]
fn unbalanced_and_empty_input_do_not_panic() {
    for t in [
        "„",
        "“ sagte er.",
        "Er sagte: „",
        "sagte",
        ", so",
        "laut",
        "zufolge",
        "",
    ] {
        let _ = analyse(t);
    }
}

fn person(name: &str, gender: char, text: &str, mention: &str) -> Entity {
    let start = text.find(mention).unwrap();
    Entity {
        name: name.to_string(),
        etype: EntityType::Per,
        country: None,
        roles: Vec::new(),
        mentions: vec![EntityMention {
            span: Span::new(start, start + mention.len()),
            kind: MentionKind::Name,
        }],
        gender: Some(gender),
    }
}

#[test]
fn pronoun_speakers_resolve_to_the_compatible_antecedent() {
    let text = "Angela Merkel traf Olaf Scholz in Berlin. Sie sagte danach, die Gespräche seien gut gewesen.";
    let mut a = Analysis::new(Document::new(text.to_string()));
    lagebild_segment::Segmenter::new().run(&mut a).unwrap();
    a.entities = vec![
        person("Angela Merkel", 'f', text, "Angela Merkel"),
        person("Olaf Scholz", 'm', text, "Olaf Scholz"),
    ];
    SpeechTagger::new().run(&mut a).unwrap();
    assert_eq!(a.quotes.len(), 1);
    assert_eq!(a.quotes[0].speaker.as_deref(), Some("Angela Merkel"));
    assert_eq!(
        a.quotes[0].speaker_mention.map(|m| a.text_of(m)),
        Some("Sie")
    );
    // a named speaker resolves through its own mention
    let text = "Olaf Scholz sagte, er komme morgen.";
    let mut a = Analysis::new(Document::new(text.to_string()));
    lagebild_segment::Segmenter::new().run(&mut a).unwrap();
    a.entities = vec![person("Olaf Scholz", 'm', text, "Olaf Scholz")];
    SpeechTagger::new().run(&mut a).unwrap();
    assert_eq!(a.quotes[0].speaker.as_deref(), Some("Olaf Scholz"));
}

/// A demonstrative subject ("Dieser sagte …") points at the most recent
/// person, not at the previous speaker, and at nobody named when an unnamed
/// role noun of its gender comes after the last name (the speaker is then
/// no actor). Rows: text, persons (name, gender), expected speaker.
#[test]
fn demonstrative_speakers_take_the_most_recent_person_or_an_unnamed_role() {
    type Row<'a> = (&'a str, &'a [(&'a str, char)], Option<&'a str>);
    let rows: &[Row] = &[
        // an unnamed role noun after the name: not the named person
        (
            "Präsident Jan Nowak empfing am Montag den litauischen Außenminister. Dieser sagte, die Lage sei schwierig.",
            &[("Jan Nowak", 'm')],
            None,
        ),
        // a role noun right before a name names that person
        (
            "Präsident Jan Nowak empfing am Montag den Außenminister Tomas Kalnas. Dieser sagte, die Lage sei schwierig.",
            &[("Jan Nowak", 'm'), ("Tomas Kalnas", 'm')],
            Some("Tomas Kalnas"),
        ),
        // the previous speaker is no topic for a demonstrative
        (
            "Jan Nowak sagte, man müsse reden. Nowak traf danach Tomas Kalnas. Dieser erklärte, man brauche Zeit.",
            &[("Jan Nowak", 'm'), ("Tomas Kalnas", 'm')],
            Some("Tomas Kalnas"),
        ),
        // a role noun of the other gender does not intervene
        (
            "Ministerin Eva Lind traf am Montag den Botschafter. Diese sagte, man sei einig.",
            &[("Eva Lind", 'f')],
            Some("Eva Lind"),
        ),
        // a personal pronoun keeps the topic
        (
            "Jan Nowak sagte, man müsse reden. Nowak traf danach Tomas Kalnas. Er erklärte, man brauche Zeit.",
            &[("Jan Nowak", 'm'), ("Tomas Kalnas", 'm')],
            Some("Jan Nowak"),
        ),
    ];
    for &(text, persons, want) in rows {
        let mut a = Analysis::new(Document::new(text.to_string()));
        lagebild_segment::Segmenter::new().run(&mut a).unwrap();
        a.entities = persons
            .iter()
            .map(|&(name, g)| {
                let last = name.rsplit(' ').next().unwrap();
                let mut e = person(name, g, text, name);
                // later mentions by the surname alone
                let mut from = e.mentions[0].span.end;
                while let Some(i) = text[from..].find(last) {
                    let start = from + i;
                    e.mentions.push(EntityMention {
                        span: Span::new(start, start + last.len()),
                        kind: MentionKind::Name,
                    });
                    from = start + last.len();
                }
                e
            })
            .collect();
        SpeechTagger::new().run(&mut a).unwrap();
        let last = a.quotes.last().expect(text);
        assert_eq!(last.speaker.as_deref(), want, "{text}");
    }
}

#[test]
fn fallback_segmentation_when_the_segmenter_did_not_run() {
    let mut a = Analysis::new(Document::new(
        "Der Minister sagte, die Lage sei ernst.".to_string(),
    ));
    SpeechTagger::new().run(&mut a).unwrap();
    assert_eq!(a.quotes.len(), 1);
    assert_eq!(a.text_of(a.quotes[0].span), "die Lage sei ernst");
}

#[test]
fn reports_referred_back_to_and_source_adverbials() {
    check(&[
        (
            "Die Brücke bleibt bis Mai gesperrt. Dies bestätigte ein Sprecher der Stadt.",
            &[(
                "Die Brücke bleibt bis Mai gesperrt … Dies",
                Indirect,
                Some("ein Sprecher der Stadt"),
            )],
        ),
        (
            "Der Rat legte einen Bericht vor. Demnach fehlen der Stadt zwei Millionen Euro.",
            &[(
                "fehlen der Stadt zwei Millionen Euro",
                Indirect,
                Some("Demnach"),
            )],
        ),
        (
            "Seiner Meinung nach ist die Reform gescheitert.",
            &[(
                "ist die Reform gescheitert",
                Indirect,
                Some("Seiner Meinung"),
            )],
        ),
        (
            "Im Bericht heißt es, die Schulen seien überfüllt.",
            &[("die Schulen seien überfüllt", Indirect, Some("Im Bericht"))],
        ),
    ]);
}

#[test]
fn quotations_as_objects_and_after_non_speech_verbs() {
    check(&[
        (
            "Die Ministerin nannte die Zahlen „aus der Luft gegriffen“.",
            &[("„aus der Luft gegriffen“", Direct, Some("Die Ministerin"))],
        ),
        (
            "„Wir haben jetzt vier Punkte und sind fast weiter“, zeigte sich der Trainer zufrieden.",
            &[("„Wir haben jetzt vier Punkte und sind fast weiter“", Direct, Some("der Trainer"))],
        ),
    ]);
}

#[test]
fn an_apposition_after_the_cue_is_not_a_statement() {
    check(&[(
        "„Das ist ein guter Tag für die Stadt“, sagte der Bürgermeister, Hans Meier.",
        &[(
            "„Das ist ein guter Tag für die Stadt“",
            Direct,
            Some("der Bürgermeister"),
        )],
    )]);
}

#[test]
fn short_quoted_evaluations_as_objects_of_speech_verbs() {
    check(&[
        (
            "Der Trainer nannte die Strafe „überzogen“.",
            &[("„überzogen“", Direct, Some("Der Trainer"))],
        ),
        (
            "Die Senatorin wies die Vorwürfe als „haltlos“ zurück.",
            &[("„haltlos“", Direct, Some("Die Senatorin"))],
        ),
        (
            "Der Verband bezeichnete den Beschluss als „Unverschämtheit“.",
            &[("„Unverschämtheit“", Direct, Some("Der Verband"))],
        ),
        (
            "Das Gericht wertete die Zahlungen als „grobe Pflichtverletzung“.",
            &[("„grobe Pflichtverletzung“", Direct, Some("Das Gericht"))],
        ),
        (
            "Der Bürgermeister sprach von einer „Gefahr für die ganze Stadt“.",
            &[(
                "„Gefahr für die ganze Stadt“",
                Direct,
                Some("Der Bürgermeister"),
            )],
        ),
        (
            "Als „großen Fehler“ bezeichnete die Gewerkschaft den Plan.",
            &[("„großen Fehler“", Direct, Some("die Gewerkschaft"))],
        ),
        // a name stays a name; a scare quote without a speech verb is no quote
        ("Das berichtete die „Rheinische Post“.", &[]),
        (
            "Die Behörde warnte vor dem Schlankheitsmittel „Schnell dünn in sieben Tagen“.",
            &[],
        ),
        (
            "Der Minister nannte in einem Gespräch mit dem Sender „Radio Nord“ drei Bedingungen.",
            &[],
        ),
        ("Die „Reform“ trat im Mai in Kraft.", &[]),
    ]);
}

#[test]
fn wie_clauses_with_a_detached_particle_or_an_apposition() {
    check(&[
        (
            "Wie das Landesamt heute bekannt gab, wird die Straße im Mai gesperrt.",
            &[("wird die Straße im Mai gesperrt", Indirect, Some("das Landesamt"))],
        ),
        (
            "Wie der Leiter des Amtes, Peter Kurz, am Abend mitteilte, wurden drei Menschen verletzt.",
            &[("wurden drei Menschen verletzt", Indirect, Some("der Leiter des Amtes"))],
        ),
    ]);
}

#[test]
fn opinion_nouns_with_a_complement_clause() {
    check(&[
        (
            "Der Verband ist der Meinung, dass die Reform zu spät kommt.",
            &[(
                "dass die Reform zu spät kommt",
                Indirect,
                Some("Der Verband"),
            )],
        ),
        (
            "Die Gewerkschaft vertritt die Ansicht, die Löhne seien zu niedrig.",
            &[(
                "die Löhne seien zu niedrig",
                Indirect,
                Some("Die Gewerkschaft"),
            )],
        ),
        // an opinion noun without a complement clause reports no content
        ("Die Gewerkschaft ist anderer Meinung.", &[]),
    ]);
}

#[test]
fn dashes_inside_the_content() {
    check(&[
        (
            "Der Minister sagte, dass der Haushalt – erstmals seit Jahren – wieder ausgeglichen sei.",
            &[(
                "dass der Haushalt – erstmals seit Jahren – wieder ausgeglichen sei",
                Indirect,
                Some("Der Minister"),
            )],
        ),
        (
            "Der Trainer sagte, das Spiel Hamburg–Bremen sei entschieden.",
            &[("das Spiel Hamburg–Bremen sei entschieden", Indirect, Some("Der Trainer"))],
        ),
        (
            "Der Trainer sagte, das Spiel sei entschieden – dann ging er.",
            &[("das Spiel sei entschieden", Indirect, Some("Der Trainer"))],
        ),
    ]);
}

#[test]
fn a_laut_source_in_the_cue_clause_is_the_speaker() {
    check(&[(
        "Laut dem Sender sagte der Minister, die Gespräche seien gescheitert.",
        &[(
            "die Gespräche seien gescheitert",
            Indirect,
            Some("dem Sender"),
        )],
    )]);
}

#[test]
fn subject_before_an_apposition_and_a_verb_initial_cue_clause() {
    check(&[(
        "Auch der Richter, ein Fachmann für Strafrecht, glaubt, dass das Urteil hält.",
        &[(
            "dass das Urteil hält",
            Indirect,
            Some("der Richter, ein Fachmann für Strafrecht"),
        )],
    )]);
}

#[test]
fn lassen_with_a_speech_verb_infinitive() {
    check(&[
        (
            "Außerdem ließ das Ministerium verlauten, die Grenze bleibe offen.",
            &[("die Grenze bleibe offen", Indirect, Some("das Ministerium"))],
        ),
        (
            "Die Kanzlerin ließ mitteilen, dass sie nicht kommen werde.",
            &[(
                "dass sie nicht kommen werde",
                Indirect,
                Some("Die Kanzlerin"),
            )],
        ),
    ]);
}

#[test]
fn quotations_introduced_by_nouns_of_utterance() {
    check(&[
        (
            "Die Demonstranten riefen Parolen wie „Hände weg vom Park“.",
            &[("„Hände weg vom Park“", Direct, Some("Die Demonstranten"))],
        ),
        (
            "Der Trainer verabschiedete sich mit den Worten „Wir sehen uns wieder“.",
            &[("„Wir sehen uns wieder“", Direct, Some("Der Trainer"))],
        ),
    ]);
}

/// A country standing for its government speaks from the prefield
/// ("Russland warf der EU vor, …"): the subject is the country, not the
/// dative object after the verb. Found on the shipped example article.
#[test]
fn country_in_the_prefield_is_the_speaker() {
    let text = "Frankreich warf der EU vor, die Absprachen zu brechen.";
    let mut a = Analysis::new(Document::new(text.to_string()));
    lagebild_segment::Segmenter::new().run(&mut a).unwrap();
    let country = |name: &str| {
        let mut e = person(name, 'n', text, name);
        e.etype = EntityType::Loc;
        e.gender = None;
        e
    };
    let mut union = person("Europäische Union", 'f', text, "EU");
    union.etype = EntityType::Org;
    a.entities = vec![country("Frankreich"), union];
    SpeechTagger::new().run(&mut a).unwrap();
    assert_eq!(a.quotes.len(), 1);
    assert_eq!(a.text_of(a.quotes[0].span), "die Absprachen zu brechen");
    assert_eq!(a.quotes[0].speaker.as_deref(), Some("Frankreich"));
}

/// "Seinen Angaben zufolge": the possessive refers back like a pronoun, to the
/// nearest compatible actor.
#[test]
fn possessive_source_resolves_like_a_pronoun() {
    let text = "Angela Merkel begrüßte Emmanuel Macron in Berlin. Seinen Angaben zufolge seien die Gespräche gut gewesen.";
    let mut a = Analysis::new(Document::new(text.to_string()));
    lagebild_segment::Segmenter::new().run(&mut a).unwrap();
    a.entities = vec![
        person("Angela Merkel", 'f', text, "Angela Merkel"),
        person("Emmanuel Macron", 'm', text, "Emmanuel Macron"),
    ];
    SpeechTagger::new().run(&mut a).unwrap();
    assert_eq!(a.quotes.len(), 1);
    assert_eq!(
        a.text_of(a.quotes[0].span),
        "seien die Gespräche gut gewesen"
    );
    assert_eq!(a.quotes[0].speaker.as_deref(), Some("Emmanuel Macron"));
}

#[test]
fn verbs_of_accusing_urging_and_concluding() {
    check(&[
        (
            "Die Staatsanwältin beschuldigte den Händler, Steuern hinterzogen zu haben.",
            &[(
                "Steuern hinterzogen zu haben",
                Indirect,
                Some("Die Staatsanwältin"),
            )],
        ),
        (
            "Der Verband rief die Mitglieder auf, sich an der Wahl zu beteiligen.",
            &[(
                "sich an der Wahl zu beteiligen",
                Indirect,
                Some("Der Verband"),
            )],
        ),
        (
            "Die Gutachterin konstatierte, dass die Brücke saniert werden müsse.",
            &[(
                "dass die Brücke saniert werden müsse",
                Indirect,
                Some("Die Gutachterin"),
            )],
        ),
        (
            "Die Abgeordneten prangerten an, dass die Mieten stiegen.",
            &[(
                "dass die Mieten stiegen",
                Indirect,
                Some("Die Abgeordneten"),
            )],
        ),
        (
            "Der Anrufer gab vor, ein Polizist zu sein.",
            &[("ein Polizist zu sein", Indirect, Some("Der Anrufer"))],
        ),
        // "ansehen als" with "es" as the object correlate before the subject
        (
            "Das Gericht sah es als erwiesen an, dass der Fahrer betrunken war.",
            &[(
                "dass der Fahrer betrunken war",
                Indirect,
                Some("Das Gericht"),
            )],
        ),
        (
            "Als wichtigste Aufgabe sieht es die Ministerin an, die Schulen zu sanieren.",
            &[("die Schulen zu sanieren", Indirect, Some("die Ministerin"))],
        ),
        (
            "Der Arzt riet den Urlaubern, viel Wasser zu trinken.",
            &[("viel Wasser zu trinken", Indirect, Some("Der Arzt"))],
        ),
    ]);
}

#[test]
fn konjunktiv_continuation_across_one_indicative_sentence() {
    check(&[(
        "Die Bürgermeisterin sagte, die Halle werde im Mai eröffnet. Der Bau hat zwei Jahre gedauert. \
         Die Kosten seien im Rahmen geblieben.",
        &[
            (
                "die Halle werde im Mai eröffnet",
                Indirect,
                Some("Die Bürgermeisterin"),
            ),
            (
                "Die Kosten seien im Rahmen geblieben",
                Indirect,
                Some("Die Bürgermeisterin"),
            ),
        ],
    )]);
}

#[test]
fn a_relative_clause_on_the_speaker_is_no_content() {
    check(&[
        (
            "„Wir bauen weiter“, sagte Anna Roth, die das Projekt geleitet hatte.",
            &[("„Wir bauen weiter“", Direct, Some("Anna Roth"))],
        ),
        (
            "Das berichtet das Institut, das die Preise beobachtet.",
            &[],
        ),
        (
            "Die Firma kündigte an, das seit Mai geltende System auch im Ausland, etwa in Polen, einzusetzen.",
            &[(
                "das seit Mai geltende System auch im Ausland, etwa in Polen, einzusetzen",
                Indirect,
                Some("Die Firma"),
            )],
        ),
        (
            "Der Verein kündigte an, das Stadion aufzugeben.",
            &[("das Stadion aufzugeben", Indirect, Some("Der Verein"))],
        ),
    ]);
}

#[test]
fn nach_with_an_indefinite_source_or_a_postposed_vernehmen() {
    check(&[
        (
            "Nach einer neuen Studie schlafen Jugendliche zu wenig.",
            &[(
                "schlafen Jugendliche zu wenig",
                Indirect,
                Some("einer neuen Studie"),
            )],
        ),
        (
            "Dem Vernehmen nach will der Trainer den Verein verlassen.",
            &[(
                "will der Trainer den Verein verlassen",
                Indirect,
                Some("Dem Vernehmen"),
            )],
        ),
        // a report on the time line, not a source
        ("Nach der Studie ging der Forscher in den Ruhestand.", &[]),
        // a Saxon genitive before the source noun
        (
            "Nach Müllers Angaben wurde das Geld nie gezahlt.",
            &[(
                "wurde das Geld nie gezahlt",
                Indirect,
                Some("Müllers Angaben"),
            )],
        ),
    ]);
}

#[test]
fn short_quoted_titles_after_a_colon_are_no_statements() {
    check(&[
        (
            "Ihr erstes Buch erschien im Herbst: „Der lange Weg nach Hause“.",
            &[],
        ),
        ("Die Partei gab sich einen neuen Namen: „Neue Mitte“.", &[]),
        (
            "Der Sprecher versuchte mit den Worten zu beruhigen: „Die Lage ist stabil“.",
            &[("„Die Lage ist stabil“", Direct, Some("Der Sprecher"))],
        ),
        (
            "Die Trainerin sagte: „Wir sind bereit“.",
            &[("„Wir sind bereit“", Direct, Some("Die Trainerin"))],
        ),
    ]);
}

/// A stance of a named actor followed by a sentence in Konjunktiv I: the
/// actor is the one reported ("Das Institut sieht keine Gefahr. Es gebe …").
#[test]
fn konjunktiv_after_a_sentence_with_an_actor_subject() {
    let cases: &[(&str, &[(&str, &str)])] = &[
        (
            "Die Ärztekammer sieht keinen Grund zur Sorge. Die Versorgung sei gesichert.",
            &[("Die Versorgung sei gesichert", "Ärztekammer")],
        ),
        // the subject is no actor: no speaker can be named, no quote
        ("Der Winter war mild. Die Ernte sei gesichert.", &[]),
    ];
    for (text, want) in cases {
        let mut a = Analysis::new(Document::new(text.to_string()));
        lagebild_segment::Segmenter::new().run(&mut a).unwrap();
        if text.contains("Ärztekammer") {
            let mut org = person("Ärztekammer", 'f', text, "Ärztekammer");
            org.etype = EntityType::Org;
            a.entities = vec![org];
        }
        SpeechTagger::new().run(&mut a).unwrap();
        let got: Vec<(&str, &str)> = a
            .quotes
            .iter()
            .map(|q| (a.text_of(q.span), q.speaker.as_deref().unwrap_or("")))
            .collect();
        assert_eq!(&got, want, "\ntext: {text}");
    }
}

#[test]
fn first_person_indicative_is_no_konjunktiv() {
    check(&[(
        "Der Regisseur sagte, er arbeite an einem neuen Film. Ich glaube, die Zuschauer warten darauf.",
        &[(
            "er arbeite an einem neuen Film",
            Indirect,
            Some("Der Regisseur"),
        )],
    )]);
}

#[test]
fn danach_after_a_document_and_wonach_after_any_content_noun() {
    check(&[
        (
            "Die Bank veröffentlichte am Dienstag ihre Quartalszahlen. Danach verzeichnet sie einen Verlust.",
            &[(
                "verzeichnet sie einen Verlust",
                Indirect,
                Some("Danach"),
            )],
        ),
        // "danach" in time: no document named before
        (
            "Der Zug hielt in Fulda. Danach fuhr er weiter nach Kassel.",
            &[],
        ),
        (
            "Die Polizei dementierte Gerüchte, wonach der Täter gefasst sei.",
            &[("der Täter gefasst sei", Indirect, Some("Gerüchte"))],
        ),
    ]);
}

#[test]
fn content_boundaries_around_quotations_and_subordinate_clauses() {
    check(&[
        // a quoted end of a longer statement belongs to the whole sentence
        (
            "Die meisten Nutzer gingen damit „sehr vorsichtig“ um, so die Forscherin.",
            &[(
                "Die meisten Nutzer gingen damit „sehr vorsichtig“ um",
                Mixed,
                Some("die Forscherin"),
            )],
        ),
        // the speaker goes on in direct speech after a colon
        (
            "Die Ministerin sagte, die Schulen seien offen: „Wir haben genug Personal.“",
            &[
                ("die Schulen seien offen", Indirect, Some("Die Ministerin")),
                (
                    "„Wir haben genug Personal.“",
                    Direct,
                    Some("Die Ministerin"),
                ),
            ],
        ),
        // a relative clause with a source ends where the main clause resumes
        (
            "Der Koffer, der nach Angaben der Polizei eine Bombe enthielt, wurde gesprengt.",
            &[(
                "der … eine Bombe enthielt",
                Indirect,
                Some("Angaben der Polizei"),
            )],
        ),
    ]);
}

#[test]
fn no_report_after_adverbial_clauses_denied_confirmations_or_nobody() {
    check(&[
        // the cue verb closes a fronted adverbial clause: the main clause follows
        (
            "Nachdem die Nachbarin die Polizei informiert hatte, wurde die Wohnung durchsucht.",
            &[],
        ),
        (
            "Sollte sich der Verdacht bestätigen, muss der Fahrer eine Strafe zahlen.",
            &[],
        ),
        // but a fronted predicative with a verb-second cue reports
        (
            "Als Grund gab die Firma an, die Nachfrage sei gesunken.",
            &[("die Nachfrage sei gesunken", Indirect, Some("die Firma"))],
        ),
        (
            "Ein Sprecher wollte nicht bestätigen, dass der Vertrag gekündigt wurde.",
            &[],
        ),
        (
            "Damit bestätigt sich die Sorge, dass die Preise weiter steigen.",
            &[],
        ),
        ("Niemand glaubt, dass die Mauer fällt.", &[]),
        (
            "Ein Sprecher bestätigte, dass der Vertrag gekündigt wurde.",
            &[(
                "dass der Vertrag gekündigt wurde",
                Indirect,
                Some("Ein Sprecher"),
            )],
        ),
    ]);
}

#[test]
fn nouns_of_speech_acts_with_a_complement_clause() {
    check(&[
        (
            "Die Partei lehnte die Forderung des Ministers, die Steuern zu senken, ab.",
            &[(
                "die Steuern zu senken",
                Indirect,
                Some("des Ministers"),
            )],
        ),
        (
            "Trotz der Ankündigung ihres Trainers, Jan Berg, den Verein zu verlassen, gewann die Mannschaft.",
            &[(
                "den Verein zu verlassen",
                Indirect,
                Some("ihres Trainers"),
            )],
        ),
        (
            "Der Richter wies den Vorwurf, das Verfahren sei unfair, zurück.",
            &[("das Verfahren sei unfair", Indirect, Some("Vorwurf"))],
        ),
        (
            "Seit dem Frühjahr gab es Hinweise, dass die Brücke marode ist.",
            &[("dass die Brücke marode ist", Indirect, Some("Hinweise"))],
        ),
        // a relative clause on the noun is no content
        (
            "Die Forderung, die der Verband erhob, blieb ohne Folgen.",
            &[],
        ),
    ]);
}

#[test]
fn nouns_of_opinions_and_decisions_report_their_subject() {
    check(&[
        // the noun is the object: the clause's subject holds the view
        (
            "Die Forscher vertreten seit Jahren die These, dass der Gletscher schneller schmilzt.",
            &[(
                "dass der Gletscher schneller schmilzt",
                Indirect,
                Some("Die Forscher"),
            )],
        ),
        (
            "Der Bericht schließt mit der Hoffnung, dass die Kämpfe bald enden.",
            &[(
                "dass die Kämpfe bald enden",
                Indirect,
                Some("Der Bericht"),
            )],
        ),
        (
            "Der Vorstand fasste bei seiner Sitzung am Montag den Beschluss, das Werk zu schließen.",
            &[("das Werk zu schließen", Indirect, Some("Der Vorstand"))],
        ),
        (
            "Der Kapitän erteilte den Passagieren den Befehl, das Schiff zu verlassen.",
            &[("das Schiff zu verlassen", Indirect, Some("Der Kapitän"))],
        ),
        // no subject that can speak: the noun stands for the source
        (
            "Es gibt den Verdacht, dass die Akten vernichtet wurden.",
            &[(
                "dass die Akten vernichtet wurden",
                Indirect,
                Some("Verdacht"),
            )],
        ),
        // the topic of another speech act: its verb takes the complement
        (
            "Der Minister sagte zu den Anschuldigungen, dass der Einsatz rechtmäßig gewesen sei.",
            &[(
                "dass der Einsatz rechtmäßig gewesen sei",
                Indirect,
                Some("Der Minister"),
            )],
        ),
    ]);
}

#[test]
fn bekannt_werden_reports_without_a_named_source() {
    check(&[
        (
            "Inzwischen wurde bekannt, dass der Hafen geschlossen bleibt.",
            &[("dass der Hafen geschlossen bleibt", Indirect, None)],
        ),
        (
            "Wie gestern bekannt wurde, verlässt die Trainerin den Verein.",
            &[("verlässt die Trainerin den Verein", Indirect, None)],
        ),
        (
            "Nachdem bekannt geworden war, dass die Firma verkauft wird, stieg die Aktie.",
            &[("dass die Firma verkauft wird", Indirect, None)],
        ),
        // "bekannt" as an adjective: no report
        (
            "Der Sänger ist in Spanien bekannt, er tritt oft dort auf.",
            &[],
        ),
    ]);
}

#[test]
fn a_resumptive_das_before_the_cue_in_the_same_sentence() {
    check(&[(
        "Die Kamera des Teleskops ist ausgefallen, das teilte das Institut am Montag mit.",
        &[(
            "Die Kamera des Teleskops ist ausgefallen",
            Indirect,
            Some("das Institut"),
        )],
    )]);
}

#[test]
fn a_short_opening_before_a_parenthetical_cue_is_continued_after_it() {
    check(&[(
        "Der Minister sei, so die Opposition, Schuld daran, dass die Reform scheiterte.",
        &[(
            "Der Minister sei … Schuld daran, dass die Reform scheiterte",
            Indirect,
            Some("die Opposition"),
        )],
    )]);
}

/// A fronted object or adverbial in the prefield ("Der Zeitung sagte der
/// Minister", "Als Begründung nannte er"): the subject follows the finite
/// verb; a possible speaker in the prefield stays the subject.
#[test]
fn fronted_object_before_the_verb_subject_after_it() {
    check(&[
        (
            "Der Zeitung sagte der Minister, die Lage sei ernst.",
            &[("die Lage sei ernst", Indirect, Some("der Minister"))],
        ),
        (
            "Der Regierung warf er vor, die Lage zu verschleiern.",
            &[("die Lage zu verschleiern", Indirect, Some("er"))],
        ),
        (
            "Offiziell erklärte die Regierung, die Lage sei ruhig.",
            &[("die Lage sei ruhig", Indirect, Some("die Regierung"))],
        ),
        (
            "Als Begründung sagte ein Sprecher, die Mittel seien knapp.",
            &[("die Mittel seien knapp", Indirect, Some("ein Sprecher"))],
        ),
        (
            "Das bestätigte der Bürgermeister, der Haushalt sei ausgeglichen.",
            &[(
                "der Haushalt sei ausgeglichen",
                Indirect,
                Some("der Bürgermeister"),
            )],
        ),
        // the prefield can speak: it stays the subject
        (
            "Die Ministerin sagte der Zeitung, die Lage sei ernst.",
            &[("die Lage sei ernst", Indirect, Some("Die Ministerin"))],
        ),
        (
            "Die Staatsanwaltschaft warf der Sprecherin vor, die Akten vernichtet zu haben.",
            &[(
                "die Akten vernichtet zu haben",
                Indirect,
                Some("Die Staatsanwaltschaft"),
            )],
        ),
        // a plural verb wants a plural subject: the name after it is an object
        (
            "Die Anwohner werfen Meier vor, die Straße zu sperren.",
            &[("die Straße zu sperren", Indirect, Some("Die Anwohner"))],
        ),
    ]);
}

/// A named person right after the finite verb is the subject when the
/// prefield cannot speak, but not after a plural verb or a preposition, and
/// not when the prefield is itself a named person.
#[test]
fn named_subject_after_the_verb_with_a_fronted_object() {
    let cases: &[(&str, Option<&str>)] = &[
        (
            "Die Pläne der Regierung kritisierte Anna Weber, sie seien zu teuer.",
            Some("Anna Weber"),
        ),
        (
            "Des Weiteren verwies Anna Weber darauf, dass die Kosten stiegen.",
            Some("Anna Weber"),
        ),
        (
            "Die Anwohner werfen Anna Weber vor, die Straße zu sperren.",
            None,
        ),
        (
            "Ein Techniker sagte gegenüber Anna Weber, die Anlage sei sicher.",
            None,
        ),
        (
            "Jan Kurz warf Anna Weber vor, die Straße zu sperren.",
            Some("Jan Kurz"),
        ),
    ];
    for (text, want) in cases {
        let mut a = Analysis::new(Document::new(text.to_string()));
        lagebild_segment::Segmenter::new().run(&mut a).unwrap();
        a.entities = vec![person("Anna Weber", 'f', text, "Anna Weber")];
        if text.contains("Jan Kurz") {
            a.entities.push(person("Jan Kurz", 'm', text, "Jan Kurz"));
        }
        SpeechTagger::new().run(&mut a).unwrap();
        assert_eq!(a.quotes.len(), 1, "{text}");
        assert_eq!(a.quotes[0].speaker.as_deref(), *want, "{text}");
    }
}

/// The subject of a coordinated speech verb is the first conjunct's subject,
/// also when an adverbial opens the sentence; an apposition after a fronted
/// focus adverb ("Auch die Sprecherin, X, äußerte sich") is the subject.
#[test]
fn subjects_of_coordinated_and_apposition_cue_clauses() {
    check(&[
        (
            "Im Januar legte er sein Amt nieder und verkündete, er wolle nun Berater werden.",
            &[("er wolle nun Berater werden", Indirect, Some("er"))],
        ),
        (
            "Einer der Sprecher, Jan Kurz, dankte den Helfern und ergänzte, die Lage sei ruhig.",
            &[("die Lage sei ruhig", Indirect, Some("Einer der Sprecher"))],
        ),
        (
            "Die Ministerin besuchte das Werk und erklärte, die Arbeitsplätze seien sicher.",
            &[("die Arbeitsplätze seien sicher", Indirect, Some("Die Ministerin"))],
        ),
        (
            "Auch die Sprecherin des Verbands, Anna Weber, äußerte sich gegenüber den Medien: „Wir sind zufrieden.“",
            &[(
                "„Wir sind zufrieden.“",
                Direct,
                Some("die Sprecherin des Verbands, Anna Weber"),
            )],
        ),
    ]);
}

/// A cue after its content: the speaker is a quoted medium, the source
/// phrase of "heißt es", the agent after "von", or the one quoted.
#[test]
fn speaker_after_a_cue_that_follows_its_content() {
    check(&[
        (
            "„Die Lage ist ernst“, schreibt die „Rundschau“.",
            &[("„Die Lage ist ernst“", Direct, Some("die „Rundschau“"))],
        ),
        (
            "„Wir helfen sofort“, schrieb „Die Rundschau“ in einem Kommentar.",
            &[("„Wir helfen sofort“", Direct, Some("„Die Rundschau“"))],
        ),
        (
            "„Wir helfen sofort“, heißt es in dem Bericht.",
            &[("„Wir helfen sofort“", Direct, Some("in dem Bericht"))],
        ),
        (
            "„Wir helfen sofort“, hieß es vom Sprecher der Stadt.",
            &[("„Wir helfen sofort“", Direct, Some("Sprecher der Stadt"))],
        ),
        (
            "„Wir helfen sofort“, wird der Bürgermeister am Montag zitiert.",
            &[("„Wir helfen sofort“", Direct, Some("der Bürgermeister"))],
        ),
    ]);
}

/// A quotation with no cue and no earlier speaker: the speaker-like subject
/// of the sentence before it (or of its own sentence).
#[test]
fn uncued_quotation_after_a_sentence_about_a_possible_speaker() {
    check(&[
        (
            "Die Ministerin besuchte am Montag die Schule. „Wir brauchen dringend mehr Lehrer an den Schulen des Landes.“",
            &[("„Wir brauchen dringend mehr Lehrer an den Schulen des Landes.“", Direct, Some("Die Ministerin"))],
        ),
        (
            "Der Neubau liegt am Rand der Stadt. „Wir brauchen dringend mehr Lehrer an den Schulen des Landes.“",
            &[("„Wir brauchen dringend mehr Lehrer an den Schulen des Landes.“", Direct, None)],
        ),
    ]);
}

/// A capital standing for its government ("die Regierung in Bern", "Bern
/// kündigte an") speaks for the country when the article names it.
#[test]
fn capital_for_government_speaks_for_the_country() {
    let cases: &[(&str, &str)] = &[
        (
            "Die Schweiz schloss die Grenze. Die Lage sei ernst, kündigte die Regierung in Bern an.",
            "Schweiz",
        ),
        (
            "Die Schweiz schloss die Grenze. Bern kündigte an, die Lage werde geprüft.",
            "Schweiz",
        ),
        // a mention that is no government keeps the city
        (
            "Die Schweiz schloss die Grenze. Ein Bericht aus Bern kündigte an, die Lage werde geprüft.",
            "Bern",
        ),
    ];
    for (text, want) in cases {
        let mut a = Analysis::new(Document::new(text.to_string()));
        lagebild_segment::Segmenter::new().run(&mut a).unwrap();
        let place = |name: &str| {
            let mut e = person(name, 'n', text, name);
            e.etype = EntityType::Loc;
            e.gender = None;
            e.country = Some("CHE".to_string());
            e
        };
        a.entities = vec![place("Schweiz"), place("Bern")];
        SpeechTagger::new().run(&mut a).unwrap();
        assert_eq!(a.quotes.len(), 1, "{text}");
        assert_eq!(a.quotes[0].speaker.as_deref(), Some(*want), "{text}");
    }
}

/// A relative clause after a preposition ("von dem die Polizei glaubt") has
/// its subject after the relative pronoun; a plural verb keeps a plural
/// prefield subject ("Kritiker werfen Meier vor").
#[test]
fn subjects_in_prepositional_relative_clauses_and_plural_prefields() {
    check(&[
        (
            "Festgenommen wurde ein Mann, von dem die Polizei glaubt, er sei der Täter.",
            &[("er sei der Täter", Indirect, Some("die Polizei"))],
        ),
        (
            "Es gab ein Interview, in dem die Ministerin gesagt hatte, sie sei zufrieden.",
            &[("sie sei zufrieden", Indirect, Some("die Ministerin"))],
        ),
    ]);
    let text = "Kritiker werfen Anna Weber vor, sie habe gelogen.";
    let mut a = Analysis::new(Document::new(text.to_string()));
    lagebild_segment::Segmenter::new().run(&mut a).unwrap();
    a.entities = vec![person("Anna Weber", 'f', text, "Anna Weber")];
    SpeechTagger::new().run(&mut a).unwrap();
    assert_eq!(a.quotes.len(), 1);
    assert_eq!(a.quotes[0].speaker, None);
    assert_eq!(
        a.quotes[0].speaker_mention.map(|m| a.text_of(m)),
        Some("Kritiker")
    );
}

/// "X wird zitiert": the one quoted speaks, not the medium; after a fronted
/// subordinate clause the coordinated cue's subject follows the first verb.
#[test]
fn quoted_person_and_subject_after_a_fronted_subordinate_clause() {
    check(&[
        (
            "Die Ministerin wird in der Zeitung mit den Worten zitiert: „Wir bleiben dabei.“",
            &[("„Wir bleiben dabei.“", Direct, Some("Die Ministerin"))],
        ),
        (
            "Als die Polizei kam, schlug der Mann um sich und rief: „Lasst mich gehen!“",
            &[("„Lasst mich gehen!“", Direct, Some("der Mann"))],
        ),
    ]);
}

/// The speaker before a colon: after a fronted adverbial the subject follows
/// a finite verb in "-e" ("Hier sparte der Präsident nicht mit Kritik:"); a
/// verb-initial clause after a fronted object has its own subject ("Das
/// Angebot, …, lehnt er ab:"); a subject with an apposition keeps it.
#[test]
fn speaker_of_the_clause_before_a_colon() {
    check(&[
        (
            "Hier sparte der Präsident auch nicht mit Kritik: „Wir müssen mehr tun.“",
            &[("„Wir müssen mehr tun.“", Direct, Some("der Präsident"))],
        ),
        (
            "Das Angebot, die Verletzten aufzunehmen, lehnt er jedoch ab: „Das lasse ich nicht zu.“",
            &[("„Das lasse ich nicht zu.“", Direct, Some("er"))],
        ),
        (
            "Der Leiter der Studie, Jan Kurz, sieht die Verantwortung beim Staat: „Es gilt, ein Zeichen zu setzen.“",
            &[(
                "„Es gilt, ein Zeichen zu setzen.“",
                Direct,
                Some("Der Leiter der Studie"),
            )],
        ),
    ]);
}

/// A "laut" source in the cue's clause passes the words on: the report is
/// attributed to it ("…“, sagte der Minister laut Radio Bremen").
#[test]
fn laut_relay_in_the_cue_clause_is_the_source() {
    check(&[
        (
            "„Wir gehen jetzt“, sagte der Minister laut Radio Bremen.",
            &[("„Wir gehen jetzt“", Direct, Some("Radio Bremen"))],
        ),
        (
            "„Die Lage ist ernst“, so die Ministerin laut Radio Bremen.",
            &[("„Die Lage ist ernst“", Direct, Some("Radio Bremen"))],
        ),
    ]);
}

/// A Konjunktiv I sentence whose main clause names a possible speaker and
/// whose report is a later clause is that speaker's, not a continuation of
/// the statement before; the content is the clause after the reporting one.
#[test]
fn konjunktiv_complement_of_a_speaking_subject_is_its_own_report() {
    check(&[(
        "Die Fahrgäste sagten, die Sicht sei schlecht. Die Polizei begegnet der Kritik mit dem Argument, die Scheiben seien sicher.",
        &[
            ("die Sicht sei schlecht", Indirect, Some("Die Fahrgäste")),
            ("die Scheiben seien sicher", Indirect, Some("Die Polizei")),
        ],
    )]);
}

/// A name opening with a particle ("Von der Leyen", "Zu Guttenberg") is the
/// prefield subject, not a prepositional phrase.
#[test]
fn name_particles_are_no_prepositions() {
    let text = "Die Ministerin reiste an. Von der Leyen betonte, die Hilfe komme rechtzeitig.";
    let mut a = Analysis::new(Document::new(text.to_string()));
    lagebild_segment::Segmenter::new().run(&mut a).unwrap();
    a.entities = vec![person("Ursula von der Leyen", 'f', text, "Leyen")];
    SpeechTagger::new().run(&mut a).unwrap();
    assert_eq!(a.quotes.len(), 1);
    assert_eq!(a.text_of(a.quotes[0].span), "die Hilfe komme rechtzeitig");
    assert_eq!(
        a.quotes[0].speaker_mention.map(|m| a.text_of(m)),
        Some("Von der Leyen")
    );
    assert_eq!(a.quotes[0].speaker.as_deref(), Some("Ursula von der Leyen"));
}

/// A cue-less quotation after a sentence that introduces a new possible
/// speaker belongs to that speaker, not to the one quoted two sentences back.
#[test]
fn new_speaker_between_takes_over_a_cueless_quotation() {
    check(&[(
        "„Wir sind bereit“, sagte der Trainer. Die Ministerin besuchte danach das Stadion. „Das Stadion wird pünktlich zur Saison fertig werden.“",
        &[
            ("„Wir sind bereit“", Direct, Some("der Trainer")),
            (
                "„Das Stadion wird pünktlich zur Saison fertig werden.“",
                Direct,
                Some("Die Ministerin"),
            ),
        ],
    )]);
}

/// "Er sagte, X brauche Y, und fügte hinzu": the first conjunct is reported
/// speech, so the coordinated cue's subject is the sentence's subject.
#[test]
fn coordinated_cue_after_a_reported_clause() {
    check(&[(
        "Die Ministerin sagte, die Stadt brauche Geld und fügte hinzu: „Wir helfen gern.“",
        &[
            ("die Stadt brauche Geld", Indirect, Some("Die Ministerin")),
            ("„Wir helfen gern.“", Direct, Some("Die Ministerin")),
        ],
    )]);
}

/// A passive main clause with a "von" agent: the agent acts and is the one
/// who continues speaking in the Konjunktiv I.
#[test]
fn passive_agent_is_the_sentence_subject() {
    let text = "Die Pläne wurden von Anna Weber als unrealistisch bezeichnet. Die Fahrzeuge seien dafür gar nicht geeignet.";
    let mut a = Analysis::new(Document::new(text.to_string()));
    lagebild_segment::Segmenter::new().run(&mut a).unwrap();
    a.entities = vec![person("Anna Weber", 'f', text, "Anna Weber")];
    SpeechTagger::new().run(&mut a).unwrap();
    let q = a
        .quotes
        .iter()
        .find(|q| a.text_of(q.span).starts_with("Die Fahrzeuge"))
        .expect("the continuation is reported");
    assert_eq!(q.speaker.as_deref(), Some("Anna Weber"));
}

// ---- quote detection, round 2 (spans and spurious quotes) ----

/// After the content's first clause, an indicative finite verb or "wobei"
/// after a comma is the reporter's clause going on, not reported speech.
#[test]
fn content_ends_where_the_reporters_clause_resumes() {
    check(&[
        (
            "Der Angeklagte erklärte, er sei unschuldig, erkannte die Zuständigkeit des Gerichts aber nicht an.",
            &[("er sei unschuldig", Indirect, Some("Der Angeklagte"))],
        ),
        (
            "Die Ministerin kündigte an, die Kosten zu prüfen, wobei diese Aufgabe beim Rechnungshof liegt.",
            &[("die Kosten zu prüfen", Indirect, Some("Die Ministerin"))],
        ),
        (
            // a comma after an embedded relative clause does not end the content
            "Der Sprecher sagte, die Firma, die das Werk betreibt, habe alle Auflagen erfüllt.",
            &[(
                "die Firma, die das Werk betreibt, habe alle Auflagen erfüllt",
                Indirect,
                Some("Der Sprecher"),
            )],
        ),
    ]);
}

/// "nennen" that gives a name is no speech: said of nobody ("man", an
/// agentless passive) or of itself ("nennt sich"); a verdict with a speaker
/// stays a quote.
#[test]
fn nennen_that_gives_a_name_is_not_speech() {
    check(&[
        ("Diesen Vorgang nennt man eine „Kapitalerhöhung“.", &[]),
        (
            "Im Dorf werden die Brüder meist „die Unzertrennlichen“ genannt.",
            &[],
        ),
        ("Ab dem nächsten Jahr nennt sich die Messe „Forum 3“.", &[]),
        (
            "Der Minister nannte den Vorschlag „völlig unausgegoren“.",
            &[("„völlig unausgegoren“", Direct, Some("Der Minister"))],
        ),
    ]);
}

/// A source phrase inside a clause of its own (after a colon, or after a
/// comma that closes a main clause) marks only that clause; a main clause
/// after a fronted subordinate clause keeps the whole sentence.
#[test]
fn source_phrase_marks_its_own_clause() {
    check(&[
        (
            "Die ersten Proben nahm das Team im Frühjahr, im Herbst war die Gruppe nach eigenen Angaben am Ziel.",
            &[(
                "im Herbst war die Gruppe … am Ziel",
                Indirect,
                Some("eigenen Angaben"),
            )],
        ),
        (
            "Zum Vergleich: Die Zahl der Gäste betrug nach Angaben des Verbands rund 2.000.",
            &[(
                "Die Zahl der Gäste betrug … rund 2.000",
                Indirect,
                Some("Angaben des Verbands"),
            )],
        ),
        (
            "Ob der Betrieb weitergeht, entscheidet sich laut dem Direktor erst nächste Woche.",
            &[(
                "Ob der Betrieb weitergeht, entscheidet sich … erst nächste Woche",
                Indirect,
                Some("dem Direktor"),
            )],
        ),
    ]);
}

/// Two main clauses sharing one actor subject: the clause before the comma
/// is narrated, not a statement reported by the cue after it; a cue with a
/// subject of its own still reports what stands before it.
#[test]
fn coordinated_clauses_with_one_subject_are_not_reported() {
    check(&[
        (
            "Die Polizei beziffert den Schaden auf zwei Millionen Euro, befürchtet aber weitere Schäden.",
            &[],
        ),
        (
            "Der Schaden beträgt zwei Millionen Euro, teilte die Feuerwehr mit.",
            &[(
                "Der Schaden beträgt zwei Millionen Euro",
                Indirect,
                Some("die Feuerwehr"),
            )],
        ),
    ]);
}

/// "verurteilen … als „…“" reports a verdict like "bezeichnen"; without a
/// quotation it is no speech cue ("verurteilte ihn zu drei Jahren Haft").
#[test]
fn verurteilen_als_quotation_is_a_verdict() {
    check(&[
        (
            "Die Regierung verurteilte den Angriff als „feigen Anschlag“.",
            &[("„feigen Anschlag“", Direct, Some("Die Regierung"))],
        ),
        ("Das Gericht verurteilte ihn zu drei Jahren Haft.", &[]),
    ]);
}

/// A second speech verb after adverbs ("…, jedoch stets beteuert, …") ends
/// the first content and reports its own (the second speaker is left to the
/// speaker rules: only the contents are checked here).
#[test]
fn second_speech_verb_after_adverbs_ends_the_content() {
    let cases: &[(&str, &[&str])] = &[(
        "Der Autor hat eingeräumt, er habe ungenau gearbeitet, jedoch stets beteuert, nicht absichtlich kopiert zu haben.",
        &["er habe ungenau gearbeitet", "nicht absichtlich kopiert zu haben"],
    )];
    for (text, want) in cases {
        let a = analyse(text);
        let got: Vec<String> = quotes(&a).into_iter().map(|q| q.0).collect();
        assert_eq!(got, *want, "\ntext: {text}");
    }
}

/// The statement before a trailing "so X" or cue starts after the last
/// colon or semicolon of the sentence, not at the narrator's lead-in.
#[test]
fn statement_before_a_trailing_cue_starts_after_a_colon() {
    check(&[(
        "Schon am Montag war klar: Der Verband unterstützt den Streik der Lokführer, so die Sprecherin.",
        &[(
            "Der Verband unterstützt den Streik der Lokführer",
            Indirect,
            Some("die Sprecherin"),
        )],
    )]);
}

/// "nach anderen Angaben" sets an alternative figure against the text's
/// own; it reports no statement. A named source still does.
#[test]
fn alternative_figures_nach_anderen_angaben_are_not_speech() {
    check(&[
        (
            "Das Laden dauert sechs, nach anderen Angaben sieben Stunden.",
            &[],
        ),
        (
            "Das Laden dauert nach Angaben des Herstellers sechs Stunden.",
            &[(
                "Das Laden dauert … sechs Stunden",
                Indirect,
                Some("Angaben des Herstellers"),
            )],
        ),
    ]);
}

/// "Danach" after a sentence naming a document means "according to it"
/// with a report's present, but "afterwards" with a past-tense verb.
#[test]
fn danach_with_past_tense_narrates() {
    check(&[
        (
            "Die Bank legte ihren Quartalsbericht vor. Danach verzeichnet sie hohe Verluste im Kreditgeschäft.",
            &[(
                "verzeichnet sie hohe Verluste im Kreditgeschäft",
                Indirect,
                Some("Danach"),
            )],
        ),
        (
            "Der Richter verlas das Urteil. Danach konnte der Angeklagte das Gerichtsgebäude verlassen.",
            &[],
        ),
    ]);
}

// ---- speech2 round 3: speakers the rules used to miss ----

/// In a relative clause that ends with the speech verb, the relative pronoun
/// is the speaker mention ("…, der der Regierung vorwarf, …"); an article
/// after it does not make it an article.
#[test]
fn relative_pronoun_is_the_speaker_of_a_verb_final_relative_clause() {
    check(&[
        (
            "Bei der Sitzung war der Anwalt Paul Brenner anwesend, der der Regierung vorwarf, die Akten zu verschweigen.",
            &[("die Akten zu verschweigen", Indirect, Some("der"))],
        ),
        (
            "Anwesend war auch die Anwältin Lea Brandt, die auch angab, dass ihre Mandantin oft die Polizei gerufen habe.",
            &[(
                "dass ihre Mandantin oft die Polizei gerufen habe",
                Indirect,
                Some("die"),
            )],
        ),
        (
            "Der Vorsitzende des Vereins, der den Beschluss als „Skandal“ bezeichnete, trat zurück.",
            &[("„Skandal“", Direct, Some("der"))],
        ),
    ]);
}

/// The relative pronoun resolves to the actor named before the comma.
#[test]
fn relative_pronoun_speaker_resolves_to_its_antecedent() {
    let text =
        "Anwesend war auch Paul Brenner, der den Behörden vorwarf, die Akten zu verschweigen.";
    let mut a = Analysis::new(Document::new(text.to_string()));
    lagebild_segment::Segmenter::new().run(&mut a).unwrap();
    a.entities = vec![person("Paul Brenner", 'm', text, "Paul Brenner")];
    SpeechTagger::new().run(&mut a).unwrap();
    assert_eq!(a.quotes.len(), 1);
    assert_eq!(a.quotes[0].speaker.as_deref(), Some("Paul Brenner"));
}

/// Sources named in an "aus" phrase where the verb has no speaking subject,
/// and a fronted "In einer Erklärung" before a passive cue.
#[test]
fn source_phrases_of_subjectless_cues() {
    check(&[
        (
            "Aus Regierungskreisen verlautete, der Plan sei gescheitert.",
            &[("der Plan sei gescheitert", Indirect, Some("Aus Regierungskreisen"))],
        ),
        (
            "Die Firma plant einen Umzug. Dies geht aus einer Mitteilung des Vorstands hervor.",
            &[(
                "Die Firma plant einen Umzug … Dies",
                Indirect,
                Some("einer Mitteilung des Vorstands"),
            )],
        ),
        (
            "In einer Erklärung, die am Montag veröffentlicht wurde, wurde verkündet, dass die Stadt alle Schulden begleichen werde.",
            &[(
                "dass die Stadt alle Schulden begleichen werde",
                Indirect,
                Some("In einer Erklärung"),
            )],
        ),
    ]);
}

/// A zu-infinitive speech verb takes the main clause's subject as speaker.
#[test]
fn zu_infinitive_cue_takes_the_main_clause_subject() {
    check(&[(
        "Der Sprecher des Ministeriums und andere Mitarbeiter beeilten sich, gegenüber Journalisten zu erklären, die Äußerungen seien kein Kurswechsel.",
        &[(
            "die Äußerungen seien kein Kurswechsel",
            Indirect,
            Some("Der Sprecher des Ministeriums"),
        )],
    )]);
}

/// A cue-less clause before a colon: a fronted object that can be no speaker
/// leaves the subject after the verb; a statement noun stays the source.
#[test]
fn colon_clause_with_a_fronted_object() {
    check(&[
        (
            "Seine Zuversicht brachte der Außenbeauftragte zum Ausdruck: „Das wird gut.“",
            &[("„Das wird gut.“", Direct, Some("der Außenbeauftragte"))],
        ),
        (
            "Die Bürgermeisterin ließ sich nicht beirren: „Wir bauen weiter.“",
            &[("„Wir bauen weiter.“", Direct, Some("Die Bürgermeisterin"))],
        ),
    ]);
}

/// A long fronted object with its own comma clause: the personal pronoun
/// right after the speech verb is the subject, not the fronted phrase.
#[test]
fn pronoun_after_the_verb_behind_a_long_fronted_object() {
    check(&[
        (
            "Den Währungsfonds, dessen Gremien diese Woche tagen, forderte er auf, die Zahlungen auszusetzen.",
            &[("die Zahlungen auszusetzen", Indirect, Some("er"))],
        ),
        (
            "Die Pläne der Regierung, ihre Macht zu sichern, bezeichnete sie als „Irrtum“.",
            &[("„Irrtum“", Direct, Some("sie"))],
        ),
    ]);
}

/// A Konjunktiv I continuation takes the speaker of the statement before
/// it, even when a speakerless candidate was also found in that sentence.
#[test]
fn continuation_keeps_the_speaker_of_the_wie_clause() {
    check(&[(
        "Während eines Tests für einen Motor, der in dem neuen Fahrzeug „Blitz“ eingesetzt werden soll, war Gas aus einem Ventil entwichen. Das Gas hatte Raumtemperatur und stand unter Druck, wie Anna Berg, Chefin der Firma Berg Motoren, mitteilte. Die Ursache sei aber nicht klar.",
        &[
            (
                "Das Gas hatte Raumtemperatur und stand unter Druck",
                Indirect,
                Some("Anna Berg"),
            ),
            ("Die Ursache sei aber nicht klar", Indirect, Some("Anna Berg")),
        ],
    )]);
}

/// A subject with an extended participle before its noun and an apposition
/// ("Die das Unglück überlebende Ministerin, 62, sagte") is still the speaker.
#[test]
fn subject_with_an_extended_participle_and_apposition() {
    check(&[
        (
            "Die das Unglück überlebende Ministerin, 62, sagte, die See sei rau gewesen.",
            &[(
                "die See sei rau gewesen",
                Indirect,
                Some("Die das Unglück überlebende Ministerin, 62"),
            )],
        ),
        (
            "Die das Unglück überlebende Ministerin, 62, beschrieb den Hergang: „Die See war rau.“",
            &[(
                "„Die See war rau.“",
                Direct,
                Some("Die das Unglück überlebende Ministerin, 62"),
            )],
        ),
    ]);
}

/// A coordinated speech verb after a clause with a fronted object: the
/// speaker is the first conjunct's subject after its verb.
#[test]
fn coordinated_cue_after_a_fronted_object() {
    check(&[(
        "Die Äußerungen des Richters bezeichnete der Abgeordnete als „Knaller“ und glaubt, dass die Politik sie ernst nehmen müsse.",
        &[
            ("„Knaller“", Direct, Some("der Abgeordnete")),
            (
                "dass die Politik sie ernst nehmen müsse",
                Indirect,
                Some("der Abgeordnete"),
            ),
        ],
    )]);
}

/// A verbless conjunct that is one speaker phrase ending at the colon
/// ("…, und der Ministerpräsident: „…“") names the speaker.
#[test]
fn verbless_speaker_conjunct_before_a_colon() {
    check(&[(
        "Glückwünsche kamen vom Sprecher der Regierung, und der norwegische Ministerpräsident: „Der Preis kommt nicht zu früh.“",
        &[(
            "„Der Preis kommt nicht zu früh.“",
            Direct,
            Some("der norwegische Ministerpräsident"),
        )],
    )]);
}

/// A quotation in parentheses right after a named actor is that actor's,
/// not the previous speaker's.
#[test]
fn parenthesised_quotation_after_a_name() {
    let text = "„Das ist ein guter Tag“, sagte der Bürgermeister. Gratulationen kamen auch von der Ärztin Anna Weber („Mir fällt niemand ein, der diese Ehre mehr verdient hätte.“), und vom Minister: „Der Preis kommt zur rechten Zeit.“";
    let mut a = Analysis::new(Document::new(text.to_string()));
    lagebild_segment::Segmenter::new().run(&mut a).unwrap();
    a.entities = vec![person("Anna Weber", 'f', text, "Anna Weber")];
    SpeechTagger::new().run(&mut a).unwrap();
    let q = a
        .quotes
        .iter()
        .find(|q| a.text_of(q.span).contains("niemand"))
        .expect("the parenthesised quotation is found");
    assert_eq!(
        q.speaker_mention.map(|m| a.text_of(m)),
        Some("Ärztin Anna Weber")
    );
    assert_eq!(q.speaker.as_deref(), Some("Anna Weber"));
}

/// A relative pronoun resolves only to an actor named right before its
/// comma: "ein Kommentar, der …" is no earlier person's statement.
#[test]
fn relative_pronoun_after_a_non_actor_stays_unresolved() {
    let text = "Anna Weber erhielt am Montag den Preis der Stadt für ihre langjährige Arbeit. In der Zeitung erschien ein Kommentar, der die Entscheidung als „Irrtum“ bezeichnet.";
    let mut a = Analysis::new(Document::new(text.to_string()));
    lagebild_segment::Segmenter::new().run(&mut a).unwrap();
    a.entities = vec![person("Anna Weber", 'f', text, "Anna Weber")];
    SpeechTagger::new().run(&mut a).unwrap();
    let q = a
        .quotes
        .iter()
        .find(|q| a.text_of(q.span).contains("Irrtum"))
        .expect("the object quotation is found");
    assert_eq!(q.speaker_mention.map(|m| a.text_of(m)), Some("der"));
    assert_eq!(q.speaker, None);
}

/// A text, its persons (name, gender, mention) and the expected speaker of
/// its last quote.
type PronounCase = (
    &'static str,
    &'static [(&'static str, char, &'static str)],
    &'static str,
);

/// The previous speaker stays the topic of a pronoun ("er", "sie") unless
/// another compatible actor has since become the subject of a sentence of
/// its own; an actor named only as an object in between does not take over.
#[test]
fn a_new_subject_takes_the_pronoun_from_the_previous_speaker() {
    let cases: &[PronounCase] = &[
        (
            "Carla Berg sagte, die Lage sei ernst. Die Ministerin Maria Hofer widersprach am Abend. „Wir haben alles im Griff“, sagte sie.",
            &[("Carla Berg", 'f', "Carla Berg"), ("Maria Hofer", 'f', "Maria Hofer")],
            "Maria Hofer",
        ),
        (
            "Peter Lang sagte, man werde verhandeln. Der neue Präsident Jan Wolff verhängte den Notstand. Er rief die Bürger auf, ruhig zu bleiben.",
            &[("Peter Lang", 'm', "Peter Lang"), ("Jan Wolff", 'm', "Jan Wolff")],
            "Jan Wolff",
        ),
        // named only as an object: the speaker stays the topic
        (
            "Peter Lang sagte, man werde verhandeln. Am Abend traf er Jan Wolff. Er sagte danach, das Treffen sei gut gewesen.",
            &[("Peter Lang", 'm', "Peter Lang"), ("Jan Wolff", 'm', "Jan Wolff")],
            "Peter Lang",
        ),
        // a pronoun opening its sentence continues the subject that opened
        // the sentence before, not its object (issue #7, ev30)
        (
            "Jan Wolff macht den Prediger Peter Lang für den Aufstand verantwortlich. Er forderte die Regierung auf, den 75-Jährigen auszuliefern.",
            &[("Jan Wolff", 'm', "Jan Wolff"), ("Peter Lang", 'm', "Peter Lang")],
            "Jan Wolff",
        ),
        // … of its gender
        (
            "Eva Lind macht den Prediger Peter Lang für den Aufstand verantwortlich. Er forderte die Regierung auf, ihn freizulassen.",
            &[("Eva Lind", 'f', "Eva Lind"), ("Peter Lang", 'm', "Peter Lang")],
            "Peter Lang",
        ),
    ];
    for (text, ents, want) in cases {
        let mut a = Analysis::new(Document::new(text.to_string()));
        lagebild_segment::Segmenter::new().run(&mut a).unwrap();
        a.entities = ents
            .iter()
            .map(|(n, g, m)| person(n, *g, text, m))
            .collect();
        SpeechTagger::new().run(&mut a).unwrap();
        let last = a
            .quotes
            .last()
            .unwrap_or_else(|| panic!("no quote in {text}"));
        assert_eq!(last.speaker.as_deref(), Some(*want), "{text}");
    }
}

/// An indicative statement before "…, sagte X" whose finite verb is a plural
/// in -en: it looks like an inflected adjective, but in the second place,
/// after the noun phrase that opens the clause, it is the verb.
#[test]
fn indicative_plural_verb_before_the_cue() {
    check(&[
        (
            "Die Preise steigen weiter, sagte die Ministerin.",
            &[(
                "Die Preise steigen weiter",
                Indirect,
                Some("die Ministerin"),
            )],
        ),
        (
            "Die Schäden beliefen sich auf zehn Millionen Euro, sagte der Bürgermeister.",
            &[(
                "Die Schäden beliefen sich auf zehn Millionen Euro",
                Indirect,
                Some("der Bürgermeister"),
            )],
        ),
        // a noun phrase with an apposition is still no statement
        ("Die Vorsitzende, eine Juristin, sagte nichts.", &[]),
    ]);
}
