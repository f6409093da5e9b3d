//! Issue #7 (ev34): recall on fresh news — verbs the frames had only in some
//! of their forms or with one object, a common spelling of a state, a part
//! of society named by its noun, and a title with adjectives in a fronted
//! prepositional phrase. Sentences of our own, with near misses.

mod common;
use common::{check_with, has_quintuple, pipeline_triples, quintuples, Case};

#[test]
fn issue_7_fresh_news_verbs_and_arguments() {
    let cases: &[Case] = &[
        // a phone call of a coordinated subject, no "mit"
        (
            "Der kirgisische Präsident und sein tadschikischer Amtskollege Emomali Rahmon telefonierten am Freitag.",
            Some(("CONSULT", "KGZ", "TJK")),
        ),
        (
            "Die Außenminister Armeniens und Aserbaidschans telefonierten am Abend.",
            Some(("CONSULT", "ARM", "AZE")),
        ),
        // "unterzeichneten" (a form of the lemma) with "Erklärung"
        (
            "Serbien und Kroatien unterzeichneten am Montag in Belgrad eine gemeinsame Erklärung.",
            Some(("AGREE", "SRB", "HRV")),
        ),
        // a compound of "Grenze" closed
        (
            "Kasachstan schloss am Dienstag die Landgrenze zu Kirgistan.",
            Some(("SANCTION", "KAZ", "KGZ")),
        ),
        // "Kirgistan", the common spelling of Kirgisistan
        (
            "Kirgistan und Tadschikistan haben sich auf eine Waffenruhe geeinigt.",
            Some(("AGREE", "KGZ", "TJK")),
        ),
        // a part of society named by its noun: "Indigene"
        (
            "Nach der Preiserhöhung in Bolivien blockierten Tausende Indigene die Fernstraßen.",
            Some(("PROTEST", "BOL", "BOL")),
        ),
        // exports stopped into a state
        (
            "Schweden und Finnland stoppten am Freitag die Rüstungsexporte in die Türkei.",
            Some(("SANCTION", "SWE", "TUR")),
        ),
        // "unverhältnismäßig", a denunciation
        (
            "Peking rief seinen Botschafter aus Lettland zurück. Die EU nannte die Reaktion Pekings unverhältnismäßig.",
            Some(("ACCUSE", "IGO", "CHN")),
        ),
        // a cut withdrawn after protests: a concession to the protesters
        (
            "In Bolivien demonstrierten Tausende Bauern gegen die Regierung. Nach zwei Wochen nahm Präsident Evo Morales die Kürzung der Subventionen zurück.",
            Some(("CONCEDE", "BOL", "BOL")),
        ),
        // troops moving into a place
        (
            "Russische Truppen rückten in die ukrainische Stadt Cherson ein.",
            Some(("MOBILIZE", "RUS", "UKR")),
        ),
        // the army used against unrest at home: the own state
        (
            "Nach tagelangen Plünderungen in Kenia hat Präsident Uhuru Kenyatta die Armee gegen die Unruhen eingesetzt.",
            Some(("MOBILIZE", "KEN", "KEN")),
        ),
        (
            "Der kenianische Präsident setzte am Montag die Armee gegen die Demonstranten ein.",
            Some(("MOBILIZE", "KEN", "KEN")),
        ),
        // a visit told in the perfect
        (
            "Der kenianische Präsident William Ruto war am Sonntag in die ugandische Hauptstadt gereist.",
            Some(("CONSULT", "KEN", "UGA")),
        ),
        (
            "Der polnische Außenminister ist am Montag nach Kiew gereist.",
            Some(("CONSULT", "POL", "UKR")),
        ),
        // a crowd named by its number alone protests
        (
            "In Madrid gingen am Sonntag Zehntausende auf die Straße.",
            Some(("PROTEST", "ESP", "ESP")),
        ),
        // the agreement welcomed is its authors'
        (
            "Äthiopien und Eritrea unterzeichneten eine Erklärung. Auch die Afrikanische Union begrüßte die Einigung.",
            Some(("SUPPORT", "IGO", "ETH")),
        ),
        // near misses: no counterpart, no agreement, no border, no protest
        ("Polens Präsident Andrzej Duda telefonierte am Montag.", None),
        ("Der Präsident unterzeichnete am Montag eine Erklärung.", None),
        ("Die Mannschaft schloss die Lücke zur Spitzengruppe.", None),
        ("Tausende Indigene feierten in La Paz das Neujahrsfest.", None),
        ("Die Firma stoppte die Lieferungen in den Sommermonaten.", None),
        ("Die Zeitung nannte die Strafe unverhältnismäßig.", None),
        // (no protest told: no concession; no troops)
        ("Der Präsident nahm die Kürzung der Renten zurück.", None),
        ("Der Zug rückte in den Bahnhof ein.", None),
        // (troops against no unrest and no one)
        ("Die Regierung setzte Soldaten gegen die Heuschreckenplage ein.", None),
        // (tourists are no actor)
        ("Tausende Touristen sind in diesem Sommer nach Mallorca gereist.", None),
        // (a bare crowd only protests, and is no target)
        ("Tausende flohen aus der Stadt Charkiw.", None),
        ("Die spanische Polizei nahm am Sonntag Hunderte fest.", None),
    ];
    check_with(cases, pipeline_triples);
}

#[test]
fn issue_7_a_title_after_adjectives_in_a_fronted_phrase_is_not_the_subject() {
    // "auf den früheren Doppelagenten X": X stands in the prepositional
    // phrase; the subject is the state after the verb
    let text = "Nach dem Giftanschlag auf den früheren Doppelagenten Igor Petrow weist Norwegen zwölf russische Diplomaten aus.";
    let got = quintuples(text);
    assert!(
        has_quintuple(&got, ("SANCTION", "Norwegen", "NOR", "Diplomaten", "RUS")),
        "{text}\n  got {got:?}"
    );
    assert!(!got.iter().any(|e| e.1 == "Igor Petrow"), "{got:?}");
}
