//! Table-driven tests per phenomenon, on sentences written for these tests.
//! They run the segmenter and the speech stage (no NER/actors), so they test
//! spans, kinds and speaker mentions; speaker names are tested with
//! hand-built entities.

use lagebild_core::{
    Analysis, Document, Entity, EntityMention, EntityType, MentionKind, QuoteKind, Span, Stage,
};
use lagebild_speech::SpeechTagger;

fn analyse(text: &str) -> Analysis {
    let mut a = Analysis::new(Document::new(text.to_string()));
    lagebild_segment::Segmenter::new().run(&mut a).unwrap();
    SpeechTagger::new().run(&mut a).unwrap();
    a
}

/// (content, kind, speaker mention) of every quote, in text order.
fn quotes(a: &Analysis) -> Vec<(String, QuoteKind, Option<String>)> {
    lagebild_speech::sorted(&a.quotes)
        .into_iter()
        .map(|q| {
            let content = if q.spans.is_empty() {
                a.text_of(q.span).to_string()
            } else {
                q.spans
                    .iter()
                    .map(|s| a.text_of(*s))
                    .collect::<Vec<_>>()
                    .join(" … ")
            };
            (
                content,
                q.kind,
                q.speaker_mention.map(|m| a.text_of(m).to_string()),
            )
        })
        .collect()
}

type Case = (
    &'static str,
    &'static [(&'static str, QuoteKind, Option<&'static str>)],
);

fn check(cases: &[Case]) {
    for (text, want) in cases {
        let a = analyse(text);
        let got = quotes(&a);
        let want: Vec<(String, QuoteKind, Option<String>)> = want
            .iter()
            .map(|(c, k, m)| (c.to_string(), *k, m.map(str::to_string)))
            .collect();
        assert_eq!(got, want, "\ntext: {text}");
    }
}

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

#[test]
fn fallback_segmentation_when_the_segmenter_did_not_run() {
    let mut a = Analysis::new(Document::new(
        "Der Minister sagte, die Lage sei ernst.".to_string(),
    ));
    SpeechTagger::new().run(&mut a).unwrap();
    assert_eq!(a.quotes.len(), 1);
    assert_eq!(a.text_of(a.quotes[0].span), "die Lage sei ernst");
}
