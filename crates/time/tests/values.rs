//! Value tables per phenomenon (sentences of our own): which day a part of
//! the day, an anaphoric day, a night, a weekday of a named week, a quarter
//! or a season with a direction resolves to, which tense a clause has, and
//! which dates move the narrative anchor. Each row: text, document date, the
//! expected (span, value) of every expression. 2020-07-15 is a Wednesday.

use lagebild_time::DocKind;

mod common;
use common::{run, D, M};

/// News: "am Abend" is the evening of the day the report is at (the last day
/// mentioned, also in an earlier paragraph; in a past clause the last one up
/// to the document date), when that day is within a month of the document
/// date; otherwise the document's day.
#[test]
fn part_of_day_takes_the_day_in_focus() {
    run(
        DocKind::News,
        &[
            (
                "Am Montag kam es zu Protesten. Am Abend sprach der Präsident.",
                D,
                &[("Am Montag", "2020-07-13"), ("Am Abend", "2020-07-13TEV")],
            ),
            (
                "Am Montag kam es zu Protesten.\n\nDer Präsident sprach am späten Abend in Berlin.",
                D,
                &[
                    ("Am Montag", "2020-07-13"),
                    ("am späten Abend", "2020-07-13TEV"),
                ],
            ),
            (
                "Das Haus war am 5. Mai 1990 eröffnet worden. Am Abend brannte es.",
                D,
                &[
                    ("am 5. Mai 1990", "1990-05-05"),
                    ("Am Abend", "2020-07-15TEV"),
                ],
            ),
            (
                "Am Nachmittag brannte es.",
                D,
                &[("Am Nachmittag", "2020-07-15TAF")],
            ),
            // a day more than a week back is no focus for a part of the day
            (
                "Am 1. Juli hatte er die Vertrauensfrage gestellt. Der Kanzler nahm am Abend Stellung.",
                D,
                &[("Am 1. Juli", "2020-07-01"), ("am Abend", "2020-07-15TEV")],
            ),
            // an event's night or evening: the day in focus
            (
                "Am Sonntag wurde gewählt. Er tritt sein Amt am 1. August an. Der Präsident gratulierte noch in der Wahlnacht.",
                D,
                &[
                    ("Am Sonntag", "2020-07-12"),
                    ("am 1. August", "2020-08-01"),
                    ("in der Wahlnacht", "2020-07-12TNI"),
                ],
            ),
            (
                "Am Sonntag wurde gewählt. In der Wahlnacht feierten die Anhänger.",
                D,
                &[
                    ("Am Sonntag", "2020-07-12"),
                    ("In der Wahlnacht", "2020-07-12TNI"),
                ],
            ),
            (
                "Am Montag stürzte das Flugzeug ab. In der Unglücksnacht regnete es.",
                D,
                &[
                    ("Am Montag", "2020-07-13"),
                    ("In der Unglücksnacht", "2020-07-13TNI"),
                ],
            ),
            (
                "Am Wahlabend sprach er.",
                M,
                &[("Am Wahlabend", "XXXX-XX-XXTEV")],
            ),
            // a later day only in a future clause, an earlier one not in one
            (
                "Am 20. Juli wird gewählt. Der Sieger sprach am Abend.",
                D,
                &[("Am 20. Juli", "2020-07-20"), ("am Abend", "2020-07-15TEV")],
            ),
            (
                "Am Montag traf er ein. Er will am Abend abreisen.",
                D,
                &[("Am Montag", "2020-07-13"), ("am Abend", "2020-07-15TEV")],
            ),
            (
                "Am Montag kam es zu Protesten. Am Abend sprach der Präsident.",
                M,
                &[("Am Montag", "XXXX-WXX-1"), ("Am Abend", "XXXX-WXX-1TEV")],
            ),
        ],
    );
}

/// A month-precision document: a part of the day or a clock time after a
/// weekday named (and no date since) is on that weekday.
#[test]
fn month_precision_day_in_focus() {
    run(
        DocKind::News,
        &[
            (
                "Am Dienstag kam er an. Am Abend sprach er, um 18 Uhr ging er.",
                M,
                &[
                    ("Am Dienstag", "XXXX-WXX-2"),
                    ("Am Abend", "XXXX-WXX-2TEV"),
                    ("um 18 Uhr", "XXXX-WXX-2T18:00"),
                ],
            ),
            (
                "Am Dienstag kam er an. Am 3. Juli sprach sie. Am Abend ging sie.",
                M,
                &[
                    ("Am Dienstag", "XXXX-WXX-2"),
                    ("Am 3. Juli", "2020-07-03"),
                    ("Am Abend", "2020-07-03TEV"),
                ],
            ),
            // a recurrence is no day
            (
                "Jeden Dienstag kam er. Am Abend sprach er.",
                M,
                &[
                    ("Jeden Dienstag", "XXXX-WXX-2"),
                    ("Am Abend", "XXXX-XX-XXTEV"),
                ],
            ),
        ],
    );
}

/// News: day units relative to a day ("am Vortag", "am folgenden Tag",
/// "tags darauf") count from the day last mentioned, else from the document
/// date; "gestern" always from the document date.
#[test]
fn anaphoric_days() {
    run(
        DocKind::News,
        &[
            (
                "Am Montag trat er zurück. Am Vortag hatte er noch gesprochen.",
                D,
                &[("Am Montag", "2020-07-13"), ("Am Vortag", "2020-07-12")],
            ),
            (
                "Am Montag trat er zurück. Am folgenden Tag reiste er ab.",
                D,
                &[
                    ("Am Montag", "2020-07-13"),
                    ("Am folgenden Tag", "2020-07-14"),
                ],
            ),
            (
                "Am Montag trat er zurück, tags darauf reiste er ab.",
                D,
                &[("Am Montag", "2020-07-13"), ("tags darauf", "2020-07-14")],
            ),
            (
                "Am 1. Juli trat er zurück, tags zuvor hatte er gesprochen.",
                D,
                &[("Am 1. Juli", "2020-07-01"), ("tags zuvor", "2020-06-30")],
            ),
            (
                "Am Vortag hatte er gesprochen.",
                D,
                &[("Am Vortag", "2020-07-14")],
            ),
            (
                "Am Montag traf er ein. Am Vorabend hatte er gesprochen.",
                D,
                &[
                    ("Am Montag", "2020-07-13"),
                    ("Am Vorabend", "2020-07-12TEV"),
                ],
            ),
            // a look back does not move the day in focus
            (
                "Am Mittwoch fielen Schüsse. Der Täter hatte die Tat seit dem Vorabend geplant. Am Nachmittag wurde er gefasst.",
                D,
                &[
                    ("Am Mittwoch", "2020-07-15"),
                    ("Vorabend", "2020-07-14TEV"),
                    ("Am Nachmittag", "2020-07-15TAF"),
                ],
            ),
            // "Vormittag" is a part of the day, no day before
            (
                "Am Montag traf er ein. Am Vormittag hatte er gesprochen.",
                D,
                &[
                    ("Am Montag", "2020-07-13"),
                    ("Am Vormittag", "2020-07-13TMO"),
                ],
            ),
            // "letzte Nacht" is deictic; "am nächsten Morgen" anaphoric
            (
                "Am Montag trat er zurück. In der letzten Nacht brannte es.",
                D,
                &[
                    ("Am Montag", "2020-07-13"),
                    ("In der letzten Nacht", "2020-07-14TNI"),
                ],
            ),
            (
                "Am 3. Mai 2019 kam er an. Am nächsten Morgen reiste er ab.",
                D,
                &[
                    ("Am 3. Mai 2019", "2019-05-03"),
                    ("Am nächsten Morgen", "2019-05-04TMO"),
                ],
            ),
            (
                "Am Montag trat er zurück. Gestern sprach er.",
                D,
                &[("Am Montag", "2020-07-13"), ("Gestern", "2020-07-14")],
            ),
        ],
    );
}

/// "in der Nacht zu/auf/zum Sonntag" is the night before that day (its date
/// with `TNI`, as the gold sets write it).
#[test]
fn night_before_a_weekday() {
    run(
        DocKind::News,
        &[
            (
                "In der Nacht zu Sonntag gab es Angriffe.",
                D,
                &[("In der Nacht zu Sonntag", "2020-07-12TNI")],
            ),
            (
                "In der Nacht auf Montag brannte es.",
                D,
                &[("In der Nacht auf Montag", "2020-07-13TNI")],
            ),
            (
                "In der Nacht auf den Dienstag brannte es.",
                D,
                &[("In der Nacht auf den Dienstag", "2020-07-14TNI")],
            ),
            (
                "In der Nacht zum Freitag soll gewählt werden.",
                D,
                &[("In der Nacht zum Freitag", "2020-07-17TNI")],
            ),
            (
                "In der Nacht zu Sonntag gab es Angriffe.",
                M,
                &[("In der Nacht zu Sonntag", "XXXX-WXX-7TNI")],
            ),
        ],
    );
}

/// "in der Nacht zu heute" is the night before the document day (its date,
/// as with weekdays).
#[test]
fn night_before_today() {
    run(
        DocKind::News,
        &[
            (
                "Am Montag wurde er gefasst. In der Nacht zu heute wurde er verhört.",
                D,
                &[
                    ("Am Montag", "2020-07-13"),
                    ("In der Nacht zu heute", "2020-07-15TNI"),
                ],
            ),
            (
                "In der Nacht auf gestern brannte es.",
                D,
                &[("In der Nacht auf gestern", "2020-07-14TNI")],
            ),
        ],
    );
}

/// A weekday of a named week: the day of that ISO week.
#[test]
fn weekday_of_a_relative_week() {
    run(
        DocKind::News,
        &[
            (
                "Am Montag vergangener Woche kam er an.",
                D,
                &[("Am Montag vergangener Woche", "2020-07-06")],
            ),
            (
                "Er kommt am Freitag dieser Woche.",
                D,
                &[("am Freitag dieser Woche", "2020-07-17")],
            ),
            (
                "Er kommt am Dienstag der kommenden Woche.",
                D,
                &[("am Dienstag der kommenden Woche", "2020-07-21")],
            ),
            (
                "Am Montag vergangener Woche kam er an.",
                M,
                &[("Am Montag vergangener Woche", "XXXX-WXX-1")],
            ),
        ],
    );
}

/// Quarters: `YYYY-Qn`, the reference year when none is named.
#[test]
fn quarters() {
    run(
        DocKind::News,
        &[
            (
                "Im ersten Quartal stieg der Umsatz.",
                D,
                &[("Im ersten Quartal", "2020-Q1")],
            ),
            (
                "Im dritten Quartal 2019 sank er.",
                D,
                &[("Im dritten Quartal 2019", "2019-Q3")],
            ),
            ("Im 4. Quartal sank er.", D, &[("Im 4. Quartal", "2020-Q4")]),
            (
                "Im zweiten Quartal des Jahres 2018 sank er.",
                D,
                &[("Im zweiten Quartal des Jahres 2018", "2018-Q2")],
            ),
        ],
    );
}

/// A season with a direction: the last one over by the reference month, the
/// first one not yet begun, or the reference's.
#[test]
fn seasons_with_a_direction() {
    run(
        DocKind::News,
        &[
            (
                "Im vergangenen Winter fror es.",
                D,
                &[("Im vergangenen Winter", "2019-WI")],
            ),
            (
                "Im vergangenen Sommer war es heiß.",
                D,
                &[("Im vergangenen Sommer", "2019-SU")],
            ),
            (
                "Im kommenden Herbst wird gewählt.",
                D,
                &[("Im kommenden Herbst", "2020-FA")],
            ),
            (
                "Im kommenden Sommer wird gebaut.",
                D,
                &[("Im kommenden Sommer", "2021-SU")],
            ),
            (
                "Im vergangenen Winter fror es.",
                Some("2021-01-10"),
                &[("Im vergangenen Winter", "2019-WI")],
            ),
            (
                "Im vergangenen Winter fror es.",
                Some("2021-03-10"),
                &[("Im vergangenen Winter", "2020-WI")],
            ),
            (
                "Im vergangenen Sommer war es heiß.",
                Some("2020"),
                &[("Im vergangenen Sommer", "2019-SU")],
            ),
        ],
    );
}

/// Weekdays follow the clause's tense; a perfect with a participle of an
/// inseparable verb ("unterzeichnet", "überwacht") is past even when a later
/// clause has a modal of the future; a clause-final infinitive with "zu" is
/// ahead.
#[test]
fn weekday_tense_with_inseparable_participles() {
    run(
        DocKind::News,
        &[
            (
                "Die Staaten haben am Freitag Vereinbarungen unterzeichnet, die Exporte ermöglichen sollen.",
                Some("2020-07-18"),
                &[("am Freitag", "2020-07-17")],
            ),
            (
                "Die Staaten haben am Freitag Vereinbarungen unterzeichnet, die Exporte ermöglichen sollen.",
                D,
                &[("am Freitag", "2020-07-10")],
            ),
            // a clause-final infinitive with "zu": what is announced lies ahead
            (
                "Er kündigte am Montag an, am Freitag nach Berlin zu reisen.",
                D,
                &[("am Montag", "2020-07-13"), ("am Freitag", "2020-07-17")],
            ),
            (
                "Er kündigte an, die Truppen am Freitag abzuziehen.",
                D,
                &[("am Freitag", "2020-07-17")],
            ),
            (
                "Er bestritt, am Freitag dort gewesen zu sein.",
                D,
                &[("am Freitag", "2020-07-10")],
            ),
            (
                "Die Staaten wollen am Freitag Vereinbarungen unterzeichnen.",
                D,
                &[("am Freitag", "2020-07-17")],
            ),
        ],
    );
}

/// Narratives: a date after "bis (zum)" ends a range and a date "vom" that
/// lies before the anchor is an attribute ("beim Kriegsrat vom 8. Dezember
/// 1912"): neither moves the anchor; nor does a later year in the sentence
/// that set it, or a backward relative year. An earlier bare year moves it
/// when it opens a paragraph (not in a pluperfect clause).
#[test]
fn narrative_anchor_ignores_range_ends_and_attributes() {
    run(
        DocKind::Narrative,
        &[
            (
                "Am 25. Juli 1914 beschloss Russland die Mobilmachung. Bereits beim Kriegsrat vom 8. Dezember 1912 hatte der Kaiser das gefordert. Am 27. Juli reiste er ab.",
                Some("2011-02-16"),
                &[
                    ("Am 25. Juli 1914", "1914-07-25"),
                    ("vom 8. Dezember 1912", "1912-12-08"),
                    ("Am 27. Juli", "1914-07-27"),
                ],
            ),
            (
                "Im April 1915 landeten die Truppen. Die Operation wurde bis zum 9. Januar 1916 abgebrochen. Im Mai begann die Offensive.",
                Some("2011-02-16"),
                &[
                    ("Im April 1915", "1915-04"),
                    ("zum 9. Januar 1916", "1916-01-09"),
                    ("Im Mai", "1915-05"),
                ],
            ),
            // a later year in the sentence that set the anchor is an aside
            (
                "Im Mai 1862 siegten sie. Am 27. September wurde das Höchstalter, beginnend mit dem 15. Juli 1863, erhöht. Im Dezember siegten sie.",
                Some("2011-02-16"),
                &[
                    ("Im Mai 1862", "1862-05"),
                    ("Am 27. September", "1862-09-27"),
                    ("dem 15. Juli 1863", "1863-07-15"),
                    ("Im Dezember", "1862-12"),
                ],
            ),
            // an earlier bare year moves the anchor when it opens a paragraph,
            // unless its clause looks back in the pluperfect
            (
                "Im Januar 1863 scheiterte ein Angriff.\n\n1862 setzte der Norden seine Strategie fort. Im Mai fiel die Stadt.",
                Some("2011-02-16"),
                &[
                    ("Im Januar 1863", "1863-01"),
                    ("1862", "1862"),
                    ("Im Mai", "1862-05"),
                ],
            ),
            (
                "Im Januar 1863 scheiterte ein Angriff. Die Lage war wie 1862 schlecht. Im Mai fiel die Stadt.",
                Some("2011-02-16"),
                &[
                    ("Im Januar 1863", "1863-01"),
                    ("1862", "1862"),
                    ("Im Mai", "1863-05"),
                ],
            ),
            (
                "Im Januar 1781 scheiterte ein Angriff.\n\nAb 1778 hatte sich das Augenmerk nach Süden gerichtet. Im Mai fiel die Stadt.",
                Some("2011-02-16"),
                &[
                    ("Im Januar 1781", "1781-01"),
                    ("Ab 1778", "1778"),
                    ("Im Mai", "1781-05"),
                ],
            ),
            // "seit" a month after the anchor's: last year's
            (
                "Im Januar 1863 kaperte die Alabama Schiffe. Sie war seit August erfolgreich.",
                Some("2011-02-16"),
                &[("Im Januar 1863", "1863-01"), ("seit August", "1862-08")],
            ),
            // "im letzten Jahr" looks back without moving the anchor
            (
                "Im März 1863 fiel die Stadt. Im letzten Jahr war sie gehalten worden. Im Oktober fiel Schnee.",
                Some("2011-02-16"),
                &[
                    ("Im März 1863", "1863-03"),
                    ("Im letzten Jahr", "1862"),
                    ("Im Oktober", "1863-10"),
                ],
            ),
        ],
    );
}

/// "vor knapp zwei Wochen", "vor mehr als 20 Jahren": an approximate count
/// still names a point in time (the modifier is no part of the value).
#[test]
fn approximate_ago_and_later() {
    run(
        DocKind::News,
        &[
            (
                "Vor knapp zwei Wochen kam er.",
                D,
                &[("Vor knapp zwei Wochen", "2020-W27")],
            ),
            (
                "Vor rund einem Jahr kam er.",
                D,
                &[("Vor rund einem Jahr", "2019")],
            ),
            (
                "Vor mehr als 20 Jahren kam er.",
                D,
                &[("Vor mehr als 20 Jahren", "2000")],
            ),
            (
                "In gut zwei Monaten wird gewählt.",
                D,
                &[("In gut zwei Monaten", "2020-09")],
            ),
            // a duration stays one
            (
                "Die Sitzung dauerte rund zwei Stunden.",
                D,
                &[("rund zwei Stunden", "PT2H")],
            ),
        ],
    );
    run(
        DocKind::Narrative,
        &[(
            "Am 10. November 1937 fiel die Stadt. Knapp einen Monat später folgte Nanking.",
            Some("2011-02-16"),
            &[
                ("Am 10. November 1937", "1937-11-10"),
                ("Knapp einen Monat später", "1937-12"),
            ],
        )],
    );
}

/// A weekday after "ab" or "bis" in a present clause is a start or end point
/// ahead ("Ab Montag gilt …"); after "seit" it lies behind.
#[test]
fn onset_weekdays() {
    run(
        DocKind::News,
        &[
            (
                "Ab Montag gilt die Regel.",
                D,
                &[("Ab Montag", "2020-07-20")],
            ),
            (
                "Bis Freitag wird verhandelt.",
                D,
                &[("Bis Freitag", "2020-07-17")],
            ),
            (
                "Seit Montag gilt die Regel.",
                D,
                &[("Seit Montag", "2020-07-13")],
            ),
            (
                "Ab Montag galt die Regel.",
                D,
                &[("Ab Montag", "2020-07-13")],
            ),
        ],
    );
}

/// A range's start without a year takes the year of its end (the year before
/// when its month is later).
#[test]
fn range_start_takes_the_end_year() {
    run(
        DocKind::News,
        &[
            (
                "Vom 3. März bis 5. April 2021 wird verhandelt.",
                D,
                &[
                    ("Vom 3. März", "2021-03-03"),
                    ("bis 5. April 2021", "2021-04-05"),
                ],
            ),
            (
                "Von Dezember bis Februar 2019 wurde verhandelt.",
                D,
                &[("Dezember", "2018-12"), ("bis Februar 2019", "2019-02")],
            ),
        ],
    );
    run(
        DocKind::Narrative,
        &[(
            "Im Mai 1778 landeten sie. Vom 16. September bis 10. Oktober 1779 belagerten sie die Stadt.",
            Some("2011-02-16"),
            &[
                ("Im Mai 1778", "1778-05"),
                ("Vom 16. September", "1779-09-16"),
                ("bis 10. Oktober 1779", "1779-10-10"),
            ],
        )],
    );
}

/// A clock time right before a day takes that day.
#[test]
fn clock_time_before_a_day() {
    run(
        DocKind::News,
        &[
            (
                "Um 14 Uhr am 5. Juli begann die Sitzung.",
                D,
                &[
                    ("Um 14 Uhr", "2020-07-05T14:00"),
                    ("am 5. Juli", "2020-07-05"),
                ],
            ),
            (
                "Gegen 20 Uhr am Dienstag endete sie.",
                D,
                &[
                    ("Gegen 20 Uhr", "2020-07-14T20:00"),
                    ("am Dienstag", "2020-07-14"),
                ],
            ),
            (
                "Um 20 Uhr am Abend endete sie.",
                D,
                &[
                    ("Um 20 Uhr", "2020-07-15T20:00"),
                    ("am Abend", "2020-07-15TEV"),
                ],
            ),
        ],
    );
}

/// News: "im Jahr darauf", "drei Jahre später" count from the year last
/// mentioned; "vor drei Jahren" from the document date.
#[test]
fn anaphoric_years() {
    run(
        DocKind::News,
        &[
            (
                "Er wurde 2012 gewählt. Im Jahr darauf trat er zurück.",
                D,
                &[("2012", "2012"), ("Im Jahr darauf", "2013")],
            ),
            (
                "Er wurde 2012 gewählt. Drei Jahre später trat er zurück.",
                D,
                &[("2012", "2012"), ("Drei Jahre später", "2015")],
            ),
            (
                "Er wurde 2012 gewählt. Vor drei Jahren trat er zurück.",
                D,
                &[("2012", "2012"), ("Vor drei Jahren", "2017")],
            ),
        ],
    );
}

/// "im Monat" after an amount is a rate (SET `P1M`); "die Nacht" (to spend
/// it somewhere) the night of the day in focus.
#[test]
fn rates_and_the_night() {
    run(
        DocKind::News,
        &[
            (
                "Der Lohn steigt um 100 Euro im Monat.",
                D,
                &[("im Monat", "P1M")],
            ),
            (
                "Die Preise steigen um drei Prozent im Jahr.",
                D,
                &[("im Jahr", "P1Y")],
            ),
            (
                "Im Monat darauf kam er.",
                D,
                &[("Im Monat darauf", "2020-08")],
            ),
            ("Sie war die frühe Inspiration der Band.", D, &[]),
            (
                "Er sagte am Mittwoch, er solle die Nacht in einem Gästehaus verbringen.",
                D,
                &[
                    ("am Mittwoch", "2020-07-15"),
                    ("die Nacht", "2020-07-15TNI"),
                ],
            ),
        ],
    );
}

/// A date after "auf" in a clause of postponing or fixing lies ahead.
#[test]
fn postponed_to_a_date() {
    let feb = Some("2024-02-06");
    run(
        DocKind::News,
        &[
            (
                "Das Parlament hat die Wahl auf den 15. Dezember verschoben.",
                feb,
                &[("den 15. Dezember", "2024-12-15")],
            ),
            (
                "Parlament verschiebt Wahl auf Dezember",
                feb,
                &[("Dezember", "2024-12")],
            ),
            // "für" schedules, but a call for a day may lie behind by now
            (
                "Die Gewerkschaften hatten für den 28. April zum Streik aufgerufen.",
                Some("2021-05-10"),
                &[("den 28. April", "2021-04-28")],
            ),
            (
                "Die Wahl fand am 15. Dezember statt.",
                feb,
                &[("am 15. Dezember", "2023-12-15")],
            ),
        ],
    );
}

/// News: "eine Woche zuvor" after a day is that day minus seven.
#[test]
fn a_week_before_a_day() {
    run(
        DocKind::News,
        &[
            (
                "Am Samstag kam es zu Krawallen. Bereits eine Woche zuvor hatte es gebrannt.",
                D,
                &[
                    ("Am Samstag", "2020-07-11"),
                    ("eine Woche zuvor", "2020-07-04"),
                ],
            ),
            (
                "Bereits eine Woche zuvor hatte es gebrannt.",
                D,
                &[("eine Woche zuvor", "2020-W28")],
            ),
        ],
    );
}
