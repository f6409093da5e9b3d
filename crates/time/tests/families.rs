//! Table tests, one table per rule file (`rules/*.rules`). Each row: a text,
//! the document date, and the expressions expected (span text, value). The
//! reference day 2020-07-15 is a Wednesday.

use lagebild_core::{DocDate, Span};
use lagebild_time::{DocKind, TimeTagger};

mod common;
use common::{run, D, M};

#[test]
fn dates_rules() {
    run(
        DocKind::News,
        &[
            (
                "Am 19.08.2014 kam er an.",
                D,
                &[("Am 19.08.2014", "2014-08-19")],
            ),
            (
                "Er kam am 3. Oktober 2020.",
                D,
                &[("am 3. Oktober 2020", "2020-10-03")],
            ),
            (
                "Seit dem Gipfel im Februar 2019 stockt es.",
                D,
                &[("im Februar 2019", "2019-02")],
            ),
            ("Er war 1967 an die Macht gekommen.", D, &[("1967", "1967")]),
            (
                "Er hat im Jahr 2019 gewonnen.",
                D,
                &[("im Jahr 2019", "2019")],
            ),
            ("Anfang Juli begann es.", D, &[("Anfang Juli", "2020-07")]),
            (
                "Die Wahl soll am 14. November stattfinden.",
                D,
                &[("am 14. November", "2020-11-14")],
            ),
            (
                "Im April hatten sie protestiert.",
                M,
                &[("Im April", "2020-04")],
            ),
            (
                "Ende Okt. 2019 war es vorbei.",
                D,
                &[("Ende Okt. 2019", "2019-10")],
            ),
            (
                "die zweite Septemberhälfte",
                D,
                &[("die zweite Septemberhälfte", "2020-09")],
            ),
            (
                "in der ersten Jahreshälfte 2019",
                D,
                &[("in der ersten Jahreshälfte 2019", "2019-H1")],
            ),
            (
                "Im Jahr 490 v. Chr. siegten die Athener.",
                D,
                &[("Im Jahr 490 v. Chr.", "BC0490")],
            ),
            // quantities are not years
            ("Es kamen 1500 Soldaten und 2000 Euro.", D, &[]),
            ("Der Preis stieg um 1.950 Euro.", D, &[]),
            // "Jan" without its dot is a name
            ("Jan Müller kam.", D, &[]),
            ("August Bebel gründete die Partei.", D, &[]),
        ],
    );
}

#[test]
fn eras_rules() {
    run(
        DocKind::News,
        &[
            ("im 20. Jahrhundert", D, &[("im 20. Jahrhundert", "19")]),
            (
                "Anfang des 8. Jh. v. Chr.",
                D,
                &[("Anfang des 8. Jh. v. Chr.", "BC07")],
            ),
            (
                "in den 1990er Jahren",
                D,
                &[("in den 1990er Jahren", "199")],
            ),
            ("seit den 1930er-Jahren", D, &[("den 1930er-Jahren", "193")]),
            (
                "in den zwanziger Jahren",
                D,
                &[("in den zwanziger Jahren", "192")],
            ),
            ("die 80er Jahre", D, &[("die 80er Jahre", "198")]),
        ],
    );
}

#[test]
fn weekdays_rules() {
    run(
        DocKind::News,
        &[
            // month precision: the week is unknown
            (
                "Biegun hat am Mittwoch gesprochen.",
                M,
                &[("am Mittwoch", "XXXX-WXX-3")],
            ),
            (
                "Am vergangenen Samstag warf sie ihm vor.",
                M,
                &[("Am vergangenen Samstag", "XXXX-WXX-6")],
            ),
            // day precision, past: the most recent such day (the day itself counts)
            (
                "Er sprach am Mittwoch.",
                D,
                &[("am Mittwoch", "2020-07-15")],
            ),
            ("Er sprach am Montag.", D, &[("am Montag", "2020-07-13")]),
            (
                "Er sprach am Donnerstag.",
                D,
                &[("am Donnerstag", "2020-07-09")],
            ),
            // future: the next one
            (
                "Er wird am Donnerstag sprechen.",
                D,
                &[("am Donnerstag", "2020-07-16")],
            ),
            (
                "Die Sitzung soll am Montag beginnen.",
                D,
                &[("am Montag", "2020-07-20")],
            ),
            // strict before / after
            (
                "am vergangenen Mittwoch",
                D,
                &[("am vergangenen Mittwoch", "2020-07-08")],
            ),
            (
                "am kommenden Mittwoch",
                D,
                &[("am kommenden Mittwoch", "2020-07-22")],
            ),
            ("nächsten Freitag", D, &[("nächsten Freitag", "2020-07-17")]),
            (
                "am Samstag, dem 3. Oktober",
                D,
                &[("am Samstag, dem 3. Oktober", "2020-10-03")],
            ),
            (
                "Er reiste am Wochenende.",
                D,
                &[("am Wochenende", "2020-W28-WE")],
            ),
            // "für" schedules: the next one, whatever the verb's tense
            (
                "Der Verband berief für Freitag eine Sondersitzung ein.",
                D,
                &[("Freitag", "2020-07-17")],
            ),
            (
                "Weitere Streiks sind für Montag angekündigt.",
                D,
                &[("Montag", "2020-07-20")],
            ),
            // … but an attributive participle leaves it to the clause's verb
            (
                "Die für Montag geplante Sitzung war abgesagt worden.",
                D,
                &[("Montag", "2020-07-13")],
            ),
        ],
    );
}

#[test]
fn daytime_rules() {
    run(
        DocKind::News,
        &[
            (
                "Er stürzte am Donnerstagnachmittag ab.",
                Some("2005-09-20"),
                &[("am Donnerstagnachmittag", "2005-09-15TAF")],
            ),
            (
                "Montagabend traf er ihn.",
                D,
                &[("Montagabend", "2020-07-13TEV")],
            ),
            ("Er kam am Abend.", D, &[("am Abend", "2020-07-15TEV")]),
            ("Er kam am Abend.", M, &[("am Abend", "XXXX-XX-XXTEV")]),
            (
                "Gestern Abend kam er.",
                D,
                &[("Gestern Abend", "2020-07-14TEV")],
            ),
            (
                "Der Angriff begann um 4:45 Uhr.",
                D,
                &[("um 4:45 Uhr", "2020-07-15T04:45")],
            ),
            ("gegen 7 Uhr", D, &[("gegen 7 Uhr", "2020-07-15T07:00")]),
            (
                "am Morgen des 22. Juni 1941",
                D,
                &[("am Morgen des 22. Juni 1941", "1941-06-22TMO")],
            ),
            ("Das Spiel endete 2:1.", D, &[]),
        ],
    );
}

#[test]
fn relative_rules() {
    run(
        DocKind::News,
        &[
            ("Gestern sagte er nichts.", D, &[("Gestern", "2020-07-14")]),
            ("heute", D, &[("heute", "2020-07-15")]),
            ("vorgestern", D, &[("vorgestern", "2020-07-13")]),
            ("Er kommt morgen.", D, &[("morgen", "2020-07-16")]),
            (
                "Er kommt nächste Woche.",
                D,
                &[("nächste Woche", "2020-W30")],
            ),
            ("im vergangenen Jahr", D, &[("im vergangenen Jahr", "2019")]),
            ("im Vorjahr", D, &[("im Vorjahr", "2019")]),
            ("Mitte des Jahres", D, &[("Mitte des Jahres", "2020")]),
            ("im Laufe des Jahres", D, &[("im Laufe des Jahres", "2020")]),
            (
                "Anfang nächsten Jahres",
                D,
                &[("Anfang nächsten Jahres", "2021")],
            ),
            (
                "Mitte kommender Woche",
                D,
                &[("Mitte kommender Woche", "2020-W30")],
            ),
            (
                "Ende des vergangenen Monats",
                D,
                &[("Ende des vergangenen Monats", "2020-06")],
            ),
            (
                "in der Nacht zum Sonntag",
                D,
                &[("in der Nacht zum Sonntag", "2020-07-12TNI")],
            ),
            ("Ende des Monats", D, &[("Ende des Monats", "2020-07")]),
            ("vor zwei Wochen", D, &[("vor zwei Wochen", "2020-W27")]),
            ("vor drei Jahren", D, &[("vor drei Jahren", "2017")]),
            ("in zwei Monaten", D, &[("in zwei Monaten", "2020-09")]),
            // month precision: days are unknown
            ("gestern", M, &[("gestern", "XXXX-XX-XX")]),
        ],
    );
}

#[test]
fn durations_rules() {
    run(
        DocKind::News,
        &[
            (
                "Trotz des monatelangen Stillstands",
                M,
                &[("monatelangen", "PXM")],
            ),
            ("Nach zweijähriger Amtszeit", D, &[("zweijähriger", "P2Y")]),
            ("ein zweijähriges Programm", D, &[("zweijähriges", "P2Y")]),
            (
                "Binnen 60 Tagen müssen Wahlen sein.",
                D,
                &[("Binnen 60 Tagen", "P60D")],
            ),
            ("seit drei Jahren", D, &[("seit drei Jahren", "P3Y")]),
            (
                "in den letzten Jahren",
                D,
                &[("in den letzten Jahren", "PXY")],
            ),
            ("eine halbe Stunde", D, &[("eine halbe Stunde", "PT30M")]),
            ("mehrere Wochen", D, &[("mehrere Wochen", "PXW")]),
            ("ein 154-tägiger Streik", D, &[("154-tägiger", "P154D")]),
            ("jahrzehntelang", D, &[("jahrzehntelang", "PXDE")]),
            // ages are not durations
            ("des 67-jährigen Politikers", D, &[]),
            ("der 64 Jahre alte Mann", D, &[]),
        ],
    );
}

#[test]
fn sets_rules() {
    run(
        DocKind::News,
        &[
            (
                "Sie treffen sich jeden Montag.",
                D,
                &[("jeden Montag", "XXXX-WXX-1")],
            ),
            ("montags geschlossen", D, &[("montags", "XXXX-WXX-1")]),
            ("täglich", D, &[("täglich", "P1D")]),
            ("jedes Jahr", D, &[("jedes Jahr", "P1Y")]),
            ("alle zwei Wochen", D, &[("alle zwei Wochen", "P2W")]),
            ("zweimal im Jahr", D, &[("zweimal im Jahr", "P1Y")]),
            ("500 Liter pro Tag", D, &[("pro Tag", "P1D")]),
        ],
    );
}

#[test]
fn seasons_holidays_rules() {
    run(
        DocKind::News,
        &[
            ("im Sommer 1940", D, &[("im Sommer 1940", "1940-SU")]),
            (
                "Im Herbst hatte er verloren.",
                Some("2020-02-10"),
                &[("Im Herbst", "2019-FA")],
            ),
            ("Weihnachten 2019", D, &[("Weihnachten 2019", "2019-12-25")]),
            ("zu Ostern 2020", D, &[("zu Ostern 2020", "2020-04-12")]),
            (
                "Pfingstmontag 2021",
                D,
                &[("Pfingstmontag 2021", "2021-05-24")],
            ),
            (
                "am Tag der Deutschen Einheit",
                D,
                &[("am Tag der Deutschen Einheit", "2020-10-03")],
            ),
        ],
    );
}

#[test]
fn vague_rules() {
    run(
        DocKind::News,
        &[
            (
                "Derzeit gibt es keine Gespräche.",
                D,
                &[("Derzeit", "PRESENT_REF")],
            ),
            ("Er kommt bald.", D, &[("bald", "FUTURE_REF")]),
            ("in naher Zukunft", D, &[("in naher Zukunft", "FUTURE_REF")]),
            (
                "Er ist seit kurzem im Amt.",
                D,
                &[("seit kurzem", "PAST_REF")],
            ),
            (
                "Binnen kurzem war es vorbei.",
                D,
                &[("Binnen kurzem", "FUTURE_REF")],
            ),
            // discourse adverbs the news gold does not mark
            ("Er hatte zuletzt gesagt, jetzt sei es vorbei.", D, &[]),
            ("Die baldige Wiederaufnahme", D, &[]),
        ],
    );
    run(
        DocKind::Narrative,
        &[
            (
                "Heute ist die Stadt bekannt.",
                None,
                &[("Heute", "PRESENT_REF")],
            ),
            (
                "Wenig später fiel die Stadt.",
                None,
                &[("Wenig später", "FUTURE_REF")],
            ),
        ],
    );
}

#[test]
fn vague_flag_is_set() {
    let t = TimeTagger::new();
    let text = "Derzeit gibt es keine Gespräche, am 3. Mai 2020 gab es welche.";
    let got = t.tag(
        text,
        Span::new(0, text.len()),
        DocDate::parse("2020-07-15"),
        &[],
    );
    assert_eq!(got.len(), 2);
    assert!(got[0].vague);
    assert!(!got[1].vague);
}
