//! Issue #7 (recall, round evunrest): domestic unrest and state coercion —
//! crowd-control means used without "gegen", curfews ordered, licences
//! withdrawn; riots, blockades and marches as protest; ambassadors recalled
//! without "aus", imports banned, talks broken off; a rival recognised (or
//! not) as head of state; armed clashes; yielding to pressure. Sentences
//! written for this test (not from any evaluation set), run through the
//! whole pipeline as `lagebild analyze` runs it, with their near misses.

mod common;
use common::{check_with, pipeline_triples, Case};

fn check(cases: &[Case]) {
    check_with(cases, |text| {
        pipeline_triples(&format!(" date 2025-06-10 \n\n{text}\n"))
    });
}

#[test]
fn issue7_coercion_of_protesters_and_media() {
    check(&[
        // crowd-control means with the target before them
        (
            "Die Polizei setzte gegen die Anhänger der Opposition in Nairobi Tränengas ein.",
            Some(("COERCE", "KEN", "KEN")),
        ),
        (
            "Die kenianische Polizei feuerte in Nairobi Tränengas auf Anhänger der Opposition.",
            Some(("COERCE", "KEN", "KEN")),
        ),
        // a curfew ordered, emergency rule: on the own state
        (
            "Nigerias Armeechef ordnete in Lagos eine Ausgangssperre an.",
            Some(("COERCE", "NGA", "NGA")),
        ),
        (
            "Die Regierung Nigerias verhängte den Notstand.",
            Some(("COERCE", "NGA", "NGA")),
        ),
        (
            "Die ugandische Regierung entzog dem Sender NTV Uganda die Lizenz.",
            Some(("COERCE", "UGA", "UGA")),
        ),
        // no one named: used against the own state's people (evargs)
        (
            "Die kenianische Polizei setzte bei der Kundgebung Tränengas ein.",
            Some(("COERCE", "KEN", "KEN")),
        ),
    ]);
}

#[test]
fn issue7_riots_blockades_and_marches_are_protest() {
    check(&[
        (
            "Demonstranten setzten in Nairobi Reifen und Autos in Brand.",
            Some(("PROTEST", "KEN", "KEN")),
        ),
        (
            "Hunderte Jugendliche plünderten in Lyon mehrere Geschäfte.",
            Some(("PROTEST", "FRA", "FRA")),
        ),
        (
            "Hunderte Demonstranten zündeten in Lima Autos an.",
            Some(("PROTEST", "PER", "PER")),
        ),
        (
            "Demonstranten errichteten in Caracas Barrikaden.",
            Some(("PROTEST", "VEN", "VEN")),
        ),
        (
            "Tausende Bauern blockierten in Belgien Autobahnen.",
            Some(("PROTEST", "BEL", "BEL")),
        ),
        (
            "Demonstranten lieferten sich in Dakar Straßenschlachten mit der Polizei.",
            Some(("PROTEST", "SEN", "SEN")),
        ),
        (
            "Zehntausende Menschen zogen durch die Innenstadt von Belgrad und forderten Neuwahlen.",
            Some(("PROTEST", "SRB", "SRB")),
        ),
        (
            "Am Morgen schlossen sich in Eriwan auch Soldaten den Demonstranten an.",
            Some(("PROTEST", "ARM", "ARM")),
        ),
        // near misses: a fire without an actor, a crowd celebrating
        ("Ein Blitz setzte die Scheune in Brand.", None),
        (
            "Tausende Fans zogen jubelnd durch die Innenstadt von Madrid.",
            None,
        ),
    ]);
}

#[test]
fn issue7_diplomatic_and_trade_measures() {
    check(&[
        (
            "Frankreich rief seinen Botschafter in Australien zurück.",
            Some(("SANCTION", "FRA", "AUS")),
        ),
        (
            "Italien hat seinen Botschafter aus Kairo zurückgerufen.",
            Some(("SANCTION", "ITA", "EGY")),
        ),
        (
            "Ungarn verbot die Einfuhr von Getreide aus der Ukraine.",
            Some(("SANCTION", "HUN", "UKR")),
        ),
        (
            "Venezuelas Regierung brach die Gespräche mit Kolumbien ab.",
            Some(("SANCTION", "VEN", "COL")),
        ),
    ]);
}

#[test]
fn issue7_a_rival_recognised_or_not_as_head_of_state() {
    check(&[
        (
            "Kanada erkannte Juan Guaidó als Übergangspräsidenten Venezuelas an.",
            Some(("SUPPORT", "CAN", "VEN")),
        ),
        (
            "Brasilien hat Juan Guaidó als legitimen Präsidenten anerkannt.",
            Some(("SUPPORT", "BRA", "VEN")),
        ),
        // withheld: a refusal, never support
        (
            "Kanada erkannte Juan Guaidó nicht als Präsidenten an.",
            Some(("REJECT", "CAN", "VEN")),
        ),
        (
            "Russland erkannte die Regierung in Kiew nicht an.",
            Some(("REJECT", "RUS", "UKR")),
        ),
    ]);
    let got = pipeline_triples(
        " date 2025-06-10 \n\nKanada erkannte Juan Guaidó nicht als Präsidenten an.\n",
    );
    assert!(!got.iter().any(|(t, _, _)| t == "SUPPORT"), "{got:?}");
}

#[test]
fn issue7_clashes_and_yielding_to_pressure() {
    check(&[
        (
            "Rebellen lieferten sich im Norden Malis Gefechte mit der Armee.",
            Some(("ASSAULT", "MLI", "MLI")),
        ),
        (
            "Die Regierung in Paris beugte sich dem Druck der Gewerkschaften.",
            Some(("CONCEDE", "FRA", "FRA")),
        ),
        (
            "Die Regierung in Paris beugte sich den Forderungen der Gewerkschaften.",
            Some(("CONCEDE", "FRA", "FRA")),
        ),
    ]);
}
