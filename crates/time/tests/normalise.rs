//! Normalisation at each precision of the document date (year, month, day,
//! none), narrative anchoring, and a property test: no panic and valid spans
//! on arbitrary text.

use lagebild_core::{Analysis, DocDate, Document, Span, Stage};
use lagebild_time::{DocKind, TimeTagger};
use proptest::prelude::*;
use std::sync::OnceLock;

fn tagger(kind: DocKind) -> &'static TimeTagger {
    static NEWS: OnceLock<TimeTagger> = OnceLock::new();
    static NARRATIVE: OnceLock<TimeTagger> = OnceLock::new();
    match kind {
        DocKind::News => NEWS.get_or_init(TimeTagger::new),
        DocKind::Narrative => {
            NARRATIVE.get_or_init(|| TimeTagger::new().with_kind(DocKind::Narrative))
        }
    }
}

fn values(kind: DocKind, text: &str, date: Option<&str>) -> Vec<(String, String)> {
    tagger(kind)
        .tag(
            text,
            Span::new(0, text.len()),
            date.and_then(DocDate::parse),
            &[],
        )
        .into_iter()
        .map(|t| (t.span.of(text).to_string(), t.value))
        .collect()
}

fn one(text: &str, date: Option<&str>) -> String {
    let v = values(DocKind::News, text, date);
    assert_eq!(v.len(), 1, "{text:?} {date:?}: {v:?}");
    v[0].1.clone()
}

/// Each row: text, then the value at day, month, year precision and without a date.
#[test]
fn per_precision() {
    let rows: &[(&str, [&str; 4])] = &[
        (
            "Er sprach am Mittwoch.",
            ["2020-07-15", "XXXX-WXX-3", "XXXX-WXX-3", "XXXX-WXX-3"],
        ),
        (
            "Er sprach gestern.",
            ["2020-07-14", "XXXX-XX-XX", "XXXX-XX-XX", "XXXX-XX-XX"],
        ),
        (
            "Er sprach im März.",
            ["2020-03", "2020-03", "2020-03", "XXXX-03"],
        ),
        (
            "Er sprach im vergangenen Jahr.",
            ["2019", "2019", "2019", ""],
        ),
        (
            "Er sprach vor zwei Monaten.",
            ["2020-05", "2020-05", "XXXX-XX", "XXXX-XX"],
        ),
        (
            "Er sprach am 3. Mai 2019.",
            ["2019-05-03", "2019-05-03", "2019-05-03", "2019-05-03"],
        ),
        (
            "Er sprach am Abend.",
            [
                "2020-07-15TEV",
                "XXXX-XX-XXTEV",
                "XXXX-XX-XXTEV",
                "XXXX-XX-XXTEV",
            ],
        ),
    ];
    let dates = [Some("2020-07-15"), Some("2020-07"), Some("2020"), None];
    let mut failures = Vec::new();
    for (text, want) in rows {
        for (d, w) in dates.iter().zip(want) {
            let got: Vec<String> = values(DocKind::News, text, *d)
                .into_iter()
                .map(|x| x.1)
                .collect();
            let want: Vec<String> = if w.is_empty() {
                vec![]
            } else {
                vec![w.to_string()]
            };
            if got != want {
                failures.push(format!("{text:?} @ {d:?}: want {want:?} got {got:?}"));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// A month without a year: the occurrence closest to the document date, with
/// the tense of the clause as a bias.
#[test]
fn month_year_choice() {
    // the seed: a past-tense clause about the coming election
    assert_eq!(
        one(
            "Er hatte die Chancen vor den Wahlen im November als gering eingestuft.",
            Some("2020-07")
        ),
        "2020-11"
    );
    // January article, past tense, December: last year
    assert_eq!(
        one("Im Dezember hatte er gewonnen.", Some("2021-01-10")),
        "2020-12"
    );
    // December article, future tense, January: next year
    assert_eq!(
        one("Im Januar wird er antreten.", Some("2020-12-10")),
        "2021-01"
    );
    // May article, past tense, April: this year
    assert_eq!(
        one("Im April hatten sie protestiert.", Some("2010-05-06")),
        "2010-04"
    );
}

/// Narratives anchor on the last mentioned date.
#[test]
fn narrative_anchor() {
    let text = "Am 1. September 1939 griff Deutschland Polen an. Am 17. September folgte die Sowjetunion. \
                Zwei Tage später fiel die Stadt. Im Mai siegten sie (seit 1920 war es ruhig).";
    let got = values(DocKind::Narrative, text, Some("2011-02-16"));
    let want = [
        ("Am 1. September 1939", "1939-09-01"),
        ("Am 17. September", "1939-09-17"),
        ("Zwei Tage später", "1939-09-19"),
        ("Im Mai", "1939-05"),
        ("seit 1920", "1920"),
    ];
    let want: Vec<(String, String)> = want
        .iter()
        .map(|(a, b)| (a.to_string(), b.to_string()))
        .collect();
    assert_eq!(got, want);
    // news without a date behave as narratives
    let got = values(
        DocKind::News,
        "Am 3. Mai 2019 kam er. Am Mittwoch ging er.",
        None,
    );
    assert_eq!(got[1].1, "2019-05-08");
}

/// In news, "am selben Tag" and "zwei Tage später" refer to the day last
/// mentioned; "vor zwei Tagen" and "gestern" to the document date.
#[test]
fn news_anaphora() {
    let text = "Am 3. Mai 2019 kam er an. Am selben Tag sprach er. Zwei Tage später reiste er ab. \
                Vor zwei Tagen kam er wieder, gestern sprach er.";
    let got = values(DocKind::News, text, Some("2020-07-15"));
    let want = [
        ("Am 3. Mai 2019", "2019-05-03"),
        ("Am selben Tag", "2019-05-03"),
        ("Zwei Tage später", "2019-05-05"),
        ("Vor zwei Tagen", "2020-07-13"),
        ("gestern", "2020-07-14"),
    ];
    let want: Vec<(String, String)> = want
        .iter()
        .map(|(a, b)| (a.to_string(), b.to_string()))
        .collect();
    assert_eq!(got, want);
}

/// In news, a bare clock time falls on the day last mentioned in its
/// paragraph when that day is within a month of the document date; an
/// earlier paragraph's date or a date of long ago is no focus. Rows: text,
/// then the values of all its expressions (document date 2021-01-07).
#[test]
fn clock_time_takes_the_day_in_focus() {
    let rows: &[(&str, &[&str])] = &[
        (
            "Am Mittwoch stürmten Demonstranten das Parlament. Die Stadt verhängte eine Ausgangssperre ab 18 Uhr.",
            &["2021-01-06", "2021-01-06T18:00"],
        ),
        ("Am 3. Januar um 9 Uhr begann die Sitzung.", &["2021-01-03", "2021-01-03T09:00"]),
        // another paragraph: the document's day
        (
            "Am Mittwoch stürmten Demonstranten das Parlament.\n\nDie Feuerwehr wurde um 22 Uhr alarmiert.",
            &["2021-01-06", "2021-01-07T22:00"],
        ),
        // a day of long ago is an aside
        (
            "Das Haus war am 5. Mai 1990 eröffnet worden. Die Feuerwehr wurde um 22 Uhr alarmiert.",
            &["1990-05-05", "2021-01-07T22:00"],
        ),
        // no day mentioned: the document's day
        ("Die Feuerwehr wurde um 22 Uhr alarmiert.", &["2021-01-07T22:00"]),
    ];
    for &(text, want) in rows {
        let got: Vec<String> = values(DocKind::News, text, Some("2021-01-07"))
            .into_iter()
            .map(|(_, v)| v)
            .collect();
        assert_eq!(got, want, "{text}");
    }
}

/// A month with a relative year in the genitive without article ("im Juni
/// vergangenen Jahres") is one expression; "pro Stunde" after a unit of
/// length is a speed, no recurrence (regression rows from eval/own-news-6,
/// sentences of our own).
#[test]
fn month_of_relative_year_and_speeds() {
    let rows: &[(&str, &[(&str, &str)])] = &[
        (
            "Im Juni vergangenen Jahres kam es zu Protesten.",
            &[("Im Juni vergangenen Jahres", "2020-06")],
        ),
        (
            "Im März kommenden Jahres wird gewählt.",
            &[("Im März kommenden Jahres", "2022-03")],
        ),
        ("Der Sturm erreichte 180 Kilometer pro Stunde.", &[]),
        ("Der Zug fuhr mit 300 Kilometern pro Stunde.", &[]),
        (
            "Sie zahlen zwölf Euro pro Stunde.",
            &[("pro Stunde", "PT1H")],
        ),
    ];
    for &(text, want) in rows {
        let got = values(DocKind::News, text, Some("2021-01-07"));
        let want: Vec<(String, String)> = want
            .iter()
            .map(|(a, b)| (a.to_string(), b.to_string()))
            .collect();
        assert_eq!(got, want, "{text}");
    }
}

/// The stage reads the header date and writes into `analysis.timexes`.
#[test]
fn stage_uses_header_date() {
    let doc =
        Document::new("date 2010-05-06 Abhisit kündigte am Donnerstag Neuwahlen an.".to_string());
    let mut a = Analysis::new(doc);
    TimeTagger::new().run(&mut a).unwrap();
    assert_eq!(a.timexes.len(), 1);
    assert_eq!(a.timexes[0].value, "2010-05-06");
    assert_eq!(a.text_of(a.timexes[0].span), "am Donnerstag");
    assert!(a.timexes[0].rule.starts_with("time:"));
}

/// Regression: a month as the very last token after a bare day.
#[test]
fn month_ahead_at_end_of_text() {
    let got = values(
        DocKind::Narrative,
        "Im Jahr 1775 kam es in der Nacht vom 16. auf den 17. Juni",
        None,
    );
    assert_eq!(got[1].1, "1775-06-16TNI");
}

#[test]
fn all_rule_files_parse() {
    let t = TimeTagger::try_new().expect("rules parse");
    assert!(t.rule_count() > 50);
}

/// The tokens' lower-cased forms taken from the document's lower-cased text
/// (`LowerText`, as the stage does) give what lower-casing each token gives.
#[test]
fn shared_lower_text_tags_as_own_lower_casing() {
    let texts = [
        "Am VERGANGENEN Montag trafen sich die Minister, im März 2021 erneut.",
        "ÜBERMORGEN beginnt die Konferenz; SEIT 1999 tagt sie jährlich.",
        "Die ÄRA endete Mitte des Jahres 1989 um 23 Uhr.",
        "Im ΣΕΠΤΕΜΒΡΙΟΣ, am 3. Oktober und Ende Mai.",
    ];
    for text in texts {
        let lowered = lagebild_core::lower_aligned(text).expect(text);
        for kind in [DocKind::News, DocKind::Narrative] {
            let date = DocDate::parse("2023-06-14");
            let body = Span::new(0, text.len());
            let own = tagger(kind).tag(text, body, date, &[]);
            let shared = tagger(kind).tag_lowered(text, Some(&lowered), body, date, &[]);
            assert_eq!(own, shared, "{text}");
            assert!(!own.is_empty(), "{text}");
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]
    #[test]
    fn shared_lower_text_tags_as_own_lower_casing_on_any_text(
        text in "(\\PC|[0-9.:\\- ]|MAI|Juni|MONTAG|Über |ÄRA |am |im |SEIT |bis |Uhr|1939){0,40}"
    ) {
        if let Some(lowered) = lagebild_core::lower_aligned(&text) {
            let body = Span::new(0, text.len());
            let date = DocDate::parse("2020-02-29");
            let own = tagger(DocKind::News).tag(&text, body, date, &[]);
            let shared = tagger(DocKind::News).tag_lowered(&text, Some(&lowered), body, date, &[]);
            prop_assert_eq!(own, shared);
        }
    }

    #[test]
    fn no_panic_and_valid_spans(text in "(\\PC|[0-9.:\\- ]|Mai|Juni|Montag|Nacht vom |auf den |am |im |vor |seit |bis |v\\. Chr\\.|Uhr|Jahre|jährig|1939|Tage später){0,40}",
                                 y in 1i32..2100, m in 0u8..13, d in 0u8..29) {
        let date = match (m, d) {
            (0, _) => DocDate { year: y, month: None, day: None },
            (m, 0) => DocDate { year: y, month: Some(m), day: None },
            (m, d) => DocDate { year: y, month: Some(m), day: Some(d) },
        };
        for kind in [DocKind::News, DocKind::Narrative] {
            for date in [Some(date), None] {
                let out = tagger(kind).tag(&text, Span::new(0, text.len()), date, &[]);
                let mut last = 0;
                for t in &out {
                    prop_assert!(t.span.start < t.span.end && t.span.end <= text.len());
                    prop_assert!(text.is_char_boundary(t.span.start) && text.is_char_boundary(t.span.end));
                    prop_assert!(t.span.start >= last, "overlapping timexes");
                    prop_assert!(!t.value.is_empty());
                    last = t.span.end;
                }
            }
        }
    }

    #[test]
    fn body_span_is_respected(text in "\\PC{0,30}", a in 0usize..40, b in 0usize..40) {
        let s = Span::new(a.min(b), a.max(b));
        let out = tagger(DocKind::News).tag(&text, s, None, &[]);
        for t in out {
            prop_assert!(text.is_char_boundary(t.span.start) && text.is_char_boundary(t.span.end));
            prop_assert!(t.span.end <= text.len());
        }
    }
}

/// "kurz zuvor", "wenig später": a vague point after an anchor that news
/// does not annotate (the news gold leaves it out; own-news had it as its one
/// spurious timex), while narratives — WikiWarsDE — do.
#[test]
fn vague_after_is_narrative_only() {
    for text in ["Kurz zuvor hatte er gesprochen.", "Wenig später kam sie."] {
        assert!(
            values(DocKind::News, text, Some("2025-06-10")).is_empty(),
            "{text}"
        );
        assert_eq!(values(DocKind::Narrative, text, None).len(), 1, "{text}");
    }
}
