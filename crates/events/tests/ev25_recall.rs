//! Issue #7 (ev25): recall on the development sets — frames for wordings no
//! frame knew (a contract cancelled, a warning of grave consequences, troops
//! sent in the perfect, talks concluded with an agreement, technology made
//! available, a ship stopped), a home deployment's place as its target, and
//! the addressee of a demand whose content follows as a clause. Sentences of
//! our own, each with near misses that must not fire.

mod common;
use common::has_quintuple as has;
use common::quintuples as events;

/// An event: type, source, source country, target, target country.
type Want<'a> = (&'a str, &'a str, &'a str, &'a str, &'a str);

/// Every `(text, want)` must give `want`; every near miss no event of `ty`.
fn check(ty: &str, hits: &[(&str, Want)], misses: &[&str]) {
    let mut failed = Vec::new();
    for (text, want) in hits {
        let got = events(text);
        if !has(&got, *want) {
            failed.push(format!("{text}\n  want {want:?}, got {got:?}"));
        }
    }
    for text in misses {
        let got = events(text);
        if got.iter().any(|e| e.0 == ty) {
            failed.push(format!("{text}\n  want no {ty}, got {got:?}"));
        }
    }
    common::assert_none_failed(&failed);
}

#[test]
fn issue_7_a_contract_cancelled_is_a_sanction() {
    check(
        "SANCTION",
        &[
            (
                "Canberra. Australien hat einen Liefervertrag über Kampfjets mit Frankreich gekündigt.",
                ("SANCTION", "Australien", "AUS", "Frankreich", "FRA"),
            ),
            (
                "Berlin. Die Ukraine habe den Vertrag mit Russland über den Gastransit gekündigt, teilte Kiew mit.",
                ("SANCTION", "Ukraine", "UKR", "Russland", "RUS"),
            ),
        ],
        &[
            // negated; a contract announced ("kündigte … an"); no contract
            "Canberra. Australien hat den Vertrag mit Frankreich nicht gekündigt.",
            "Canberra. Australien kündigte einen Vertrag mit Frankreich an.",
            "Berlin. Der Mieter hat die Wohnung in Berlin gekündigt.",
        ],
    );
    // the contract is the act a denunciation that names no one answers
    let text = "Paris. Australien hat einen Vertrag über U-Boote mit Frankreich gekündigt. Frankreichs Außenminister Jean-Yves Le Drian sprach von einem „Dolchstoß“.";
    let got = events(text);
    assert!(
        has(
            &got,
            ("ACCUSE", "Jean-Yves Le Drian", "FRA", "Australien", "AUS")
        ),
        "got {got:?}"
    );
}

#[test]
fn issue_7_a_warning_of_grave_consequences_is_a_threat() {
    check(
        "THREATEN",
        &[
            (
                "London. Der britische Außenminister Jeremy Hunt warnte Teheran vor „ernsten Konsequenzen“.",
                ("THREATEN", "Jeremy Hunt", "GBR", "Teheran", "IRN"),
            ),
            (
                "Washington. US-Präsident Joe Biden warnte Russland vor schwerwiegenden Folgen eines Einmarsches.",
                ("THREATEN", "Joe Biden", "USA", "Russland", "RUS"),
            ),
        ],
        &[
            // consequences with no adjective of gravity, of a disaster, or
            // no one warned
            "London. Der britische Außenminister Jeremy Hunt warnte Teheran vor den Konsequenzen.",
            "Genf. Die Weltorganisation für Meteorologie warnte vor schweren Folgen der Dürre.",
            "London. Der britische Außenminister Jeremy Hunt warnte Teheran nicht vor ernsten Konsequenzen.",
        ],
    );
}

#[test]
fn issue_7_an_outrage_unforgivable_is_a_denunciation() {
    check(
        "ACCUSE",
        &[(
            "Berlin. Bundeskanzlerin Angela Merkel nannte das Verhalten der Thüringer CDU „unverzeihlich“.",
            ("ACCUSE", "Angela Merkel", "DEU", "CDU", "DEU"),
        )],
        &[
            // said of no one; not said
            "Berlin. Bundeskanzlerin Angela Merkel nannte den Fehler unverzeihlich.",
            "Berlin. Bundeskanzlerin Angela Merkel nannte das Verhalten der Thüringer CDU nicht unverzeihlich.",
        ],
    );
}

#[test]
fn issue_7_troops_sent_home_target_the_place() {
    check(
        "MOBILIZE",
        &[
            // in the perfect, into the cities of the source's own country
            (
                "Bogotá. Kolumbiens Präsident Iván Duque hatte Soldaten in die Städte geschickt.",
                ("MOBILIZE", "Iván Duque", "COL", "Städte", "COL"),
            ),
            // units of the guard into a named city of its own
            (
                "Washington. US-Präsident Joe Biden schickte Einheiten der Nationalgarde in die Hauptstadt Washington.",
                ("MOBILIZE", "Joe Biden", "USA", "Washington", "USA"),
            ),
            // abroad, the foreign state named after "in"
            (
                "Paris. Frankreich hat weitere Soldaten in den Tschad entsandt.",
                ("MOBILIZE", "Frankreich", "FRA", "Tschad", "TCD"),
            ),
        ],
        &[
            // an unnamed region names no target; negated; letters sent
            "Washington. Die USA hatten zusätzliche Soldaten in die Golfregion verlegt.",
            "Bogotá. Kolumbiens Präsident Iván Duque hat keine Soldaten in die Städte geschickt.",
            "Bogotá. Kolumbiens Präsident Iván Duque hat Briefe in die Städte geschickt.",
        ],
    );
}

#[test]
fn issue_7_talks_concluded_on_an_agreement_are_an_agreement() {
    check(
        "AGREE",
        &[(
            "Montevideo. Die Europäische Union und der Staatenbund Mercosur haben ihre Verhandlungen über ein Freihandelsabkommen abgeschlossen.",
            ("AGREE", "Europäische Union", "IGO", "Mercosur", "IGO"),
        )],
        &[
            // not concluded; talks on no agreement
            "Montevideo. Die Europäische Union und der Staatenbund Mercosur haben ihre Verhandlungen über ein Freihandelsabkommen noch nicht abgeschlossen.",
            "Montevideo. Die Europäische Union und der Staatenbund Mercosur haben ihre Verhandlungen über Zölle abgeschlossen.",
        ],
    );
}

#[test]
fn issue_7_technology_made_available_is_cooperation() {
    check(
        "COOPERATE",
        &[
            (
                "Canberra. Washington und London stellen Canberra Technologie für atomgetriebene U-Boote zur Verfügung.",
                ("COOPERATE", "Washington", "USA", "Canberra", "AUS"),
            ),
            (
                "Canberra. Washington und London stellen Canberra Technologie für atomgetriebene U-Boote zur Verfügung.",
                ("COOPERATE", "London", "GBR", "Canberra", "AUS"),
            ),
        ],
        &[
            // negated; no one it is made available to; a room, not technology
            "Canberra. Washington stellt Canberra keine Technologie für U-Boote zur Verfügung.",
            "Berlin. Die Universität stellt Studenten Räume zur Verfügung.",
        ],
    );
}

#[test]
fn issue_7_a_ship_stopped_is_seized() {
    check(
        "COERCE",
        &[(
            "London. Britische Marinesoldaten hatten vor Gibraltar einen iranischen Tanker gestoppt.",
            ("COERCE", "Marinesoldaten", "GBR", "Tanker", "IRN"),
        )],
        &[
            // not stopped; a ship of no state named; a tanker run aground
            "London. Britische Marinesoldaten hatten vor Gibraltar einen iranischen Tanker nicht gestoppt.",
            "Hamburg. Die Polizei hat einen Tanker auf der Elbe gestoppt.",
            "Rotterdam. Ein iranischer Tanker ist vor Rotterdam auf Grund gelaufen.",
        ],
    );
}

#[test]
fn issue_7_a_demand_with_its_content_is_made_to_the_state_of_the_article() {
    check(
        "REQUEST",
        &[
            // a foreign state's demand on the article's state
            (
                "Dakar. In Senegal ist die Präsidentenwahl verschoben worden. Frankreich mahnte, die Wahl so bald wie möglich abzuhalten.",
                ("REQUEST", "Frankreich", "FRA", "Senegal", "SEN"),
            ),
            // a movement's demand on its own state
            (
                "Nouméa. In Neukaledonien, das zu Frankreich gehört, kam es zu Unruhen. Die französische Regierung beschloss eine Wahlreform. Die Unabhängigkeitsbewegung FLNKS forderte, die Reform zurückzuziehen.",
                ("REQUEST", "FLNKS", "FRA", "Regierung", "FRA"),
            ),
        ],
        &[
            // a demand in the perfect (the speaker may be of the
            // government); a demand with no clause of content; a
            // government's demand of itself
            "Berlin. In Deutschland wird über Benzinpreise gestritten. Der Staatssekretär Matthias Berninger hat gefordert, Tankstellen zum Angebot von Biodiesel zu zwingen.",
            "Dakar. In Senegal ist die Präsidentenwahl verschoben worden. Frankreich mahnte zur Eile.",
            "Berlin. In Deutschland wird über Benzinpreise gestritten. Die Bundesregierung forderte, die Steuern zu senken.",
        ],
    );
}

#[test]
fn issue_7_a_sanction_for_a_cause_targets_the_causes_owner() {
    check(
        "SANCTION",
        &[
            (
                "Oslo. Norwegen hatte wegen der Umweltpolitik Bolsonaros seine Zahlungen in einen Fonds eingefroren.",
                ("SANCTION", "Norwegen", "NOR", "Brasilien", "BRA"),
            ),
            (
                "Berlin. Deutschland hat wegen der Menschenrechtslage in Myanmar seine Zahlungen eingefroren.",
                ("SANCTION", "Deutschland", "DEU", "Myanmar", "MMR"),
            ),
        ],
        &[
            // a cause of no state; the source's own; not frozen
            "Berlin. Deutschland hat wegen der Corona-Krise seine Zahlungen eingefroren.",
            "Oslo. Norwegen hatte wegen der Politik der norwegischen Regierung seine Zahlungen eingefroren.",
            "Oslo. Norwegen hatte wegen der Umweltpolitik Bolsonaros seine Zahlungen nicht eingefroren.",
        ],
    );
}

#[test]
fn issue_7_a_visit_told_inside_a_denunciation_is_a_meeting_too() {
    let text = "Berlin. Bundeskanzlerin Angela Merkel nannte das Verhalten der Thüringer CDU bei einem Besuch in Südafrika „unverzeihlich“.";
    let got = events(text);
    for want in [
        ("ACCUSE", "Angela Merkel", "DEU", "CDU", "DEU"),
        ("CONSULT", "Angela Merkel", "DEU", "Südafrika", "ZAF"),
    ] {
        assert!(has(&got, want), "want {want:?}, got {got:?}");
    }
    // near misses: an attack after "bei" is a condition, not an act; a
    // visit that is the object of the verb is no visit made
    for (text, ty) in [
        (
            "Washington. US-Präsident Joe Biden droht Putin bei Angriff auf die Ukraine mit Sanktionen.",
            "ASSAULT",
        ),
        (
            "Berlin. Bundeskanzlerin Angela Merkel kritisierte den Besuch in Moskau.",
            "CONSULT",
        ),
    ] {
        let got = events(text);
        assert!(!got.iter().any(|e| e.0 == ty), "{text}\n  got {got:?}");
    }
}

#[test]
fn issue_7_an_agreement_rejected_is_rejected_against_its_author() {
    check(
        "REJECT",
        &[(
            "Montevideo. Die Europäische Union und der Staatenbund Mercosur haben ihre Verhandlungen über ein Freihandelsabkommen abgeschlossen. Auch die polnische Regierung lehnt das Abkommen ab.",
            ("REJECT", "Polen", "POL", "Europäische Union", "IGO"),
        )],
        &[
            // no agreement told before; not rejected
            "Warschau. Auch die polnische Regierung lehnt das Abkommen ab.",
            "Montevideo. Die Europäische Union und der Staatenbund Mercosur haben ihre Verhandlungen über ein Freihandelsabkommen abgeschlossen. Die polnische Regierung lehnt das Abkommen nicht ab.",
        ],
    );
}
