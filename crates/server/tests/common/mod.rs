//! A small corpus for the server tests: hand-made analyses with known
//! content (so the tests do not depend on what the analysis stages find
//! today), plus articles run through the real analyzer.

#![allow(dead_code)]

use lagebild_core::output::OutDoc;
use lagebild_core::Document;
use lagebild_store::fixture::DocBuilder;
use lagebild_store::{NewArticle, Store};
use std::path::Path;

pub const INJECTION: &str = "<img src=x onerror=\"window.__lagebild_xss=true\">";
pub const SCRIPT: &str = "<script>window.__lagebild_xss=true</script>";

fn fixtures() -> Vec<(&'static str, String, OutDoc)> {
    let mut v = Vec::new();
    let text = format!(
        "date 2024-03-12 Die Ärztinnen und Ärzte der Berliner Kliniken streiken seit Montag. \
         „Wir lassen uns nicht länger vertrösten“, sagte Verbandschefin Miriam Keller am Dienstag.\n\n\
         Gesundheitsminister Jonas Albrecht wies die Forderungen zurück. Er erklärte, der Haushalt lasse keine weiteren Zulagen zu. \
         Die Verbandschefin warf dem Minister Wortbruch vor.\n\n\
         Auf einem Plakat stand {INJECTION}. „{SCRIPT} ist kein Angriff“, sagte ein Sprecher."
    );
    let (t, d) = DocBuilder::new(&text)
        .date("2024-03-12")
        .entity(
            "Miriam Keller",
            "PER",
            Some("DEU"),
            &["Verbandschefin"],
            &["Miriam Keller", "Die Verbandschefin"],
        )
        .entity(
            "Jonas Albrecht",
            "PER",
            Some("DEU"),
            &["Gesundheitsminister"],
            &["Jonas Albrecht", "dem Minister"],
        )
        .entity("Berlin", "LOC", Some("DEU"), &[], &["Berliner"])
        .quote(
            "Wir lassen uns nicht länger vertrösten",
            "direct",
            Some("Miriam Keller"),
            Some("sagte"),
        )
        .quote(
            "der Haushalt lasse keine weiteren Zulagen zu",
            "indirect",
            Some("Jonas Albrecht"),
            Some("erklärte"),
        )
        .quote(
            &format!("{SCRIPT} ist kein Angriff"),
            "direct",
            None,
            Some("sagte"),
        )
        .timex("seit Montag", "DURATION", "P1D")
        .timex("am Dienstag", "DATE", "2024-03-12")
        .event(
            "REJECT",
            ("Jonas Albrecht", Some("DEU")),
            Some(("Miriam Keller", Some("DEU"))),
            Some("2024-03-12"),
            "Jonas Albrecht wies die Forderungen zurück",
        )
        .event(
            "ACCUSE",
            ("Miriam Keller", Some("DEU")),
            Some(("Jonas Albrecht", Some("DEU"))),
            Some("2024-03-12"),
            "Die Verbandschefin warf dem Minister Wortbruch vor",
        )
        .build()
        .expect("fixture 1");
    v.push(("streik-aerzte", t, d));

    let (t, d) = DocBuilder::new(
        "date 2024-05 Im Tarifstreit an den Kliniken gibt es eine Einigung. Miriam Keller sagte, man habe \
         „ein gutes Ergebnis für alle Beschäftigten“ erzielt. Jonas Albrecht traf sich am Freitag mit der Verbandschefin im Ministerium.",
    )
    .date("2024-05")
    .entity("Miriam Keller", "PER", Some("DEU"), &["Verbandschefin"], &["Miriam Keller", "der Verbandschefin"])
    .entity("Jonas Albrecht", "PER", Some("DEU"), &["Minister"], &["Jonas Albrecht"])
    .quote("man habe „ein gutes Ergebnis für alle Beschäftigten“ erzielt", "mixed", Some("Miriam Keller"), Some("sagte"))
    .timex("am Freitag", "DATE", "XXXX-WXX-5")
    .event("CONSULT", ("Jonas Albrecht", Some("DEU")), Some(("Miriam Keller", Some("DEU"))), Some("2024-05"), "Jonas Albrecht traf sich am Freitag mit der Verbandschefin")
    .event("AGREE", ("Miriam Keller", Some("DEU")), Some(("Jonas Albrecht", Some("DEU"))), None, "gibt es eine Einigung")
    .build()
    .expect("fixture 2");
    v.push(("einigung-kliniken", t, d));
    v
}

/// Articles written for these tests, analysed by whatever stages exist.
const PLAIN: &[(&str, &str)] = &[
    (
        "hafen-hamburg",
        "date 2023-11-02 Im Hamburger Hafen haben die Beschäftigten am Donnerstag die Arbeit niedergelegt. \
         „Ohne faire Löhne gibt es keine Schichten mehr“, sagte Betriebsrätin Anna Petersen. \
         Die Hafengesellschaft kündigte an, am Montag ein neues Angebot vorzulegen.",
    ),
    (
        "wahl-sachsen",
        "date 2024-09 Nach der Landtagswahl in Sachsen beginnen die Sondierungen. \
         Ministerpräsident Tobias Brandt sagte, er wolle bis Weihnachten eine Regierung bilden. \
         Die Opposition warf ihm vor, die Gespräche zu verschleppen.",
    ),
];

/// Builds the test corpus at `db`.
pub fn build_corpus(db: &Path) {
    let mut store = Store::create(db).expect("create corpus");
    let analyzer = lagebild_analyzer::Analyzer::builder()
        .build()
        .expect("analyzer");
    let mut b = store.batch().expect("batch");
    for (id, text, doc) in fixtures() {
        b.put(
            &NewArticle {
                ext_id: id,
                source: None,
                text: &text,
                doc: &doc,
            },
            false,
        )
        .expect("put fixture");
    }
    for (id, text) in PLAIN {
        let a = analyzer
            .analyze(Document::new(text.to_string()).with_id(id.to_string()))
            .expect("analyse");
        let doc = OutDoc::from_analysis(&a);
        b.put(
            &NewArticle {
                ext_id: id,
                source: None,
                text: &a.doc.text,
                doc: &doc,
            },
            false,
        )
        .expect("put analysed");
    }
    b.commit().expect("commit");
}
