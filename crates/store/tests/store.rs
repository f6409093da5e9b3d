//! The store against hand-made analyses: idempotence, crash safety, German
//! search, filters, hostile input, and the read views.

use lagebild_store::fixture::DocBuilder;
use lagebild_store::{NewArticle, Put, Query, Store};

struct Fx {
    id: &'static str,
    text: String,
    doc: lagebild_core::output::OutDoc,
}

fn corpus() -> Vec<Fx> {
    let mut v = Vec::new();
    let (text, doc) = DocBuilder::new(
        "Angela Merkel traf am Mittwoch Emmanuel Macron in Paris. \
         „Wir stehen zusammen“, sagte die Kanzlerin. Macron erklärte, Frankreich werde die Ärzte unterstützen.",
    )
    .date("2020-07-15")
    .entity("Angela Merkel", "PER", Some("DEU"), &["Bundeskanzlerin"], &["Angela Merkel", "die Kanzlerin"])
    .entity("Emmanuel Macron", "PER", Some("FRA"), &["Präsident"], &["Emmanuel Macron", "Macron erklärte"])
    .entity("Paris", "LOC", Some("FRA"), &[], &["Paris"])
    .quote("Wir stehen zusammen", "direct", Some("Angela Merkel"), Some("sagte"))
    .quote("Frankreich werde die Ärzte unterstützen", "indirect", Some("Emmanuel Macron"), Some("erklärte"))
    .timex("am Mittwoch", "DATE", "2020-07-15")
    .event("CONSULT", ("Angela Merkel", Some("DEU")), Some(("Emmanuel Macron", Some("FRA"))), Some("2020-07-15"), "Angela Merkel traf am Mittwoch Emmanuel Macron")
    .build()
    .unwrap();
    v.push(Fx {
        id: "a1",
        text,
        doc,
    });

    let (text, doc) = DocBuilder::new(
        "Die Aerzte in Berlin streiken. Merkels Sprecher sagte, die Regierung prüfe die Forderungen. \
         Ein ärztlicher Verband warf der Regierung Untätigkeit vor.",
    )
    .date("2021-03")
    .entity("Angela Merkel", "PER", Some("DEU"), &["Kanzlerin"], &["Merkels"])
    .entity("Berlin", "LOC", Some("DEU"), &[], &["Berlin"])
    .quote("die Regierung prüfe die Forderungen", "indirect", None, Some("sagte"))
    .event("ACCUSE", ("Marburger Bund", Some("DEU")), Some(("Angela Merkel", Some("DEU"))), None, "warf der Regierung Untätigkeit vor")
    .build()
    .unwrap();
    v.push(Fx {
        id: "a2",
        text,
        doc,
    });

    let (text, doc) = DocBuilder::new(
        "Nordkorea drohte Südkorea. „Wir werden antworten“, sagte Kim Jong-un. Die USA verhängten Sanktionen gegen Pjöngjang.",
    )
    .date("2019")
    .entity("Kim Jong-un", "PER", Some("PRK"), &["Machthaber"], &["Kim Jong-un"])
    .entity("USA", "LOC", Some("USA"), &[], &["USA"])
    .quote("Wir werden antworten", "direct", Some("Kim Jong-un"), Some("sagte"))
    .event("THREATEN", ("Kim Jong-un", Some("PRK")), None, None, "Nordkorea drohte Südkorea")
    .event("SANCTION", ("USA", Some("USA")), None, Some("2019-11"), "Die USA verhängten Sanktionen gegen Pjöngjang")
    .build()
    .unwrap();
    v.push(Fx {
        id: "a3",
        text,
        doc,
    });
    v
}

fn put_all(store: &mut Store, fx: &[Fx]) -> Vec<Put> {
    let mut b = store.batch().unwrap();
    let mut out = Vec::new();
    for f in fx {
        out.push(
            b.put(
                &NewArticle {
                    ext_id: f.id,
                    source: None,
                    text: &f.text,
                    doc: &f.doc,
                },
                false,
            )
            .unwrap(),
        );
    }
    b.commit().unwrap();
    out
}

fn count(store: &Store, table: &str) -> i64 {
    store
        .connection()
        .query_row(&format!("SELECT count(*) FROM {table}"), [], |r| r.get(0))
        .unwrap()
}

fn search(store: &Store, text: &str) -> Vec<String> {
    let r = store
        .search(&Query {
            text: text.into(),
            ..Default::default()
        })
        .unwrap();
    r.articles.into_iter().map(|a| a.ext_id).collect()
}

fn sorted(mut v: Vec<String>) -> Vec<String> {
    v.sort();
    v
}

#[test]
fn reingest_is_idempotent() {
    let fx = corpus();
    let mut s = Store::in_memory().unwrap();
    let first = put_all(&mut s, &fx);
    assert!(first.iter().all(|p| matches!(p, Put::Inserted(_))));
    let tables = [
        "articles",
        "actors",
        "mentions",
        "quotes",
        "timexes",
        "events",
        "articles_fts",
        "quotes_fts",
    ];
    let before: Vec<i64> = tables.iter().map(|t| count(&s, t)).collect();
    let second = put_all(&mut s, &fx);
    assert!(
        second.iter().all(|p| matches!(p, Put::Skipped(_))),
        "{second:?}"
    );
    let after: Vec<i64> = tables.iter().map(|t| count(&s, t)).collect();
    assert_eq!(before, after);
    // Replacing keeps the id and the row counts.
    let f = &fx[0];
    let r = s
        .put(
            &NewArticle {
                ext_id: f.id,
                source: None,
                text: &f.text,
                doc: &f.doc,
            },
            true,
        )
        .unwrap();
    assert_eq!(r, Put::Replaced(first[0].id()));
    let again: Vec<i64> = tables.iter().map(|t| count(&s, t)).collect();
    assert_eq!(before, again);
    assert_eq!(search(&s, "zusammen"), ["a1"]);
}

#[test]
fn resume_after_crash_mid_batch_loses_only_the_open_batch() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("c.sqlite");
    let fx = corpus();
    {
        let mut s = Store::create(&db).unwrap();
        put_all(&mut s, &fx[..1]);
        // Second batch: written, never committed — the process "dies" here.
        let mut b = s.batch().unwrap();
        for f in &fx[1..] {
            b.put(
                &NewArticle {
                    ext_id: f.id,
                    source: None,
                    text: &f.text,
                    doc: &f.doc,
                },
                false,
            )
            .unwrap();
        }
        std::mem::drop(b);
    }
    let mut s = Store::create(&db).unwrap();
    assert_eq!(count(&s, "articles"), 1);
    assert_eq!(count(&s, "quotes"), 2);
    assert_eq!(s.known_hashes().unwrap().len(), 1);
    // The re-run stores the rest and skips what was committed.
    let puts = put_all(&mut s, &fx);
    assert!(matches!(puts[0], Put::Skipped(_)));
    assert!(puts[1..].iter().all(|p| matches!(p, Put::Inserted(_))));
    assert_eq!(count(&s, "articles"), 3);
    // And a read-only reader sees it all.
    drop(s);
    let r = Store::open_read_only(&db).unwrap();
    assert_eq!(r.stats().unwrap().articles, 3);
}

#[test]
fn read_only_store_refuses_writes() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("c.sqlite");
    let fx = corpus();
    put_all(&mut Store::create(&db).unwrap(), &fx);
    let mut r = Store::open_read_only(&db).unwrap();
    assert!(r.batch().is_err());
    assert!(r.connection().execute("DELETE FROM articles", []).is_err());
    assert_eq!(count(&r, "articles"), 3);
    assert!(Store::open_read_only(&dir.path().join("missing.sqlite")).is_err());
    std::fs::write(dir.path().join("junk.sqlite"), b"not a database at all").unwrap();
    assert!(Store::open_read_only(&dir.path().join("junk.sqlite")).is_err());
}

#[test]
fn german_normalisation_in_search() {
    let mut s = Store::in_memory().unwrap();
    put_all(&mut s, &corpus());
    let table: &[(&str, &[&str])] = &[
        ("Ärzte", &["a1", "a2"]),
        ("Aerzte", &["a1", "a2"]),
        ("ärztlich", &["a1", "a2"]),
        ("ARZT", &["a1", "a2"]),
        ("Merkel", &["a1", "a2"]),
        ("Merkels", &["a1", "a2"]),
        ("Regierungen", &["a2"]),
        ("Sanktion", &["a3"]),
        ("pjongjang", &["a3"]),
        ("Pjöngjang Sanktionen", &["a3"]),
        ("Sankt*", &["a3"]),
        ("Merkel Sanktionen", &[]),
    ];
    for (q, want) in table {
        assert_eq!(sorted(search(&s, q)), *want, "query {q:?}");
    }
}

#[test]
fn statements_match_by_words_or_speaker() {
    let mut s = Store::in_memory().unwrap();
    put_all(&mut s, &corpus());
    let r = s
        .search(&Query {
            text: "Merkel".into(),
            ..Default::default()
        })
        .unwrap();
    let st: Vec<_> = r.statements.iter().map(|q| q.text.as_str()).collect();
    assert_eq!(st, ["Wir stehen zusammen"]);
    assert_eq!(r.statements[0].speaker.as_deref(), Some("Angela Merkel"));
    assert!(r.statements[0].speaker_actor_id.is_some());
    let r = s
        .search(&Query {
            text: "Ärzte".into(),
            ..Default::default()
        })
        .unwrap();
    assert_eq!(r.statements.len(), 1);
    assert_eq!(r.statements[0].highlights, vec![[21, 26]]);
    // Snippet highlights point at the matching word.
    for a in &r.articles {
        let chars: Vec<char> = a.snippet.chars().collect();
        for h in &a.highlights {
            let w: String = chars[h[0]..h[1]].iter().collect();
            assert!(w.to_lowercase().contains("rzt"), "{w}");
        }
    }
}

#[test]
fn filters() {
    let mut s = Store::in_memory().unwrap();
    put_all(&mut s, &corpus());
    let q = |f: &dyn Fn(&mut Query)| {
        let mut q = Query::default();
        f(&mut q);
        sorted(
            s.search(&q)
                .unwrap()
                .articles
                .into_iter()
                .map(|a| a.ext_id)
                .collect(),
        )
    };
    assert_eq!(q(&|q| q.actor = Some("merkel".into())), ["a1", "a2"]);
    assert_eq!(q(&|q| q.actor = Some("Kim".into())), ["a3"]);
    assert_eq!(q(&|q| q.speaker = Some("Macron".into())), ["a1"]);
    assert_eq!(q(&|q| q.country = Some("fra".into())), ["a1"]);
    assert_eq!(q(&|q| q.country = Some("PRK".into())), ["a3"]);
    assert_eq!(q(&|q| q.event = Some("sanction".into())), ["a3"]);
    assert_eq!(q(&|q| q.from = Some("2020".into())), ["a1", "a2"]);
    assert_eq!(q(&|q| q.to = Some("2020-07".into())), ["a1", "a3"]);
    assert_eq!(
        q(&|q| {
            q.from = Some("2019-06".into());
            q.to = Some("2020-12-31".into())
        }),
        ["a1", "a3"]
    );
    assert_eq!(
        q(&|q| {
            q.text = "Ärzte".into();
            q.actor = Some("Macron".into())
        }),
        ["a1"]
    );
    // Speaker filter also narrows the statements.
    let r = s
        .search(&Query {
            speaker: Some("Kim".into()),
            ..Default::default()
        })
        .unwrap();
    assert_eq!(r.statements.len(), 1);
    assert_eq!(r.statements[0].text, "Wir werden antworten");
    // Bad filters are errors, not empty results.
    for bad in [
        Query {
            country: Some("Deutschland".into()),
            ..Default::default()
        },
        Query {
            event: Some("PARTY".into()),
            ..Default::default()
        },
        Query {
            from: Some("gestern".into()),
            ..Default::default()
        },
        Query {
            to: Some("2020-13".into()),
            ..Default::default()
        },
    ] {
        assert!(s.search(&bad).is_err(), "{bad:?}");
    }
}

#[test]
fn hostile_queries_are_inert() {
    let mut s = Store::in_memory().unwrap();
    put_all(&mut s, &corpus());
    let hostile = [
        "\"",
        "\"\"\"",
        "Merkel\" OR \"x",
        "NEAR(Merkel Macron, 1)",
        "text:Merkel",
        "{text norm}: Merkel",
        "^Merkel",
        "Merkel*) OR (*",
        "'; DROP TABLE articles; --",
        "Robert'); DELETE FROM quotes; --",
        "%",
        "_",
        "\\",
        "\u{0}",
        "AND OR NOT",
        "*",
        "-Merkel",
        "Merkel + Macron",
        "<script>alert(1)</script>",
        // Letters and digits outside ASCII, combining marks, odd scripts.
        "² Ⅻ ٣ ǅ 𝔘 ﬁ",
        "a\u{0308}\u{0308}\u{0308}",
        "\u{200b}Merkel\u{200d}",
        "İstanbul ǈ Σίσυφος",
        "\u{feff}",
    ];
    for h in hostile {
        let r = s.search(&Query {
            text: h.into(),
            ..Default::default()
        });
        assert!(r.is_ok(), "{h:?}: {r:?}");
        let r = s.search(&Query {
            actor: Some(h.into()),
            speaker: Some(h.into()),
            ..Default::default()
        });
        assert!(r.is_ok(), "{h:?}: {r:?}");
    }
    // LIKE wildcards are literal in filters.
    let r = s
        .search(&Query {
            actor: Some("%".into()),
            ..Default::default()
        })
        .unwrap();
    assert_eq!(r.total_articles, 0);
    // Operators are words: "Merkel OR Kim" needs the word "or" too.
    assert!(search(&s, "Merkel OR Kim").is_empty());
    // Nothing was harmed.
    assert_eq!(count(&s, "articles"), 3);
    assert_eq!(count(&s, "quotes"), 4);
    // Huge queries are refused.
    assert!(s
        .search(&Query {
            text: "Merkel ".repeat(1000),
            ..Default::default()
        })
        .is_err());
    assert!(s
        .search(&Query {
            text: "a ".repeat(40),
            ..Default::default()
        })
        .is_err());
}

#[test]
fn article_actor_and_timeline_views() {
    let mut s = Store::in_memory().unwrap();
    let fx = corpus();
    let ids = put_all(&mut s, &fx);
    let a = s.article(ids[0].id()).unwrap().unwrap();
    assert_eq!(a.text, fx[0].text);
    assert_eq!(a.entities.len(), 3);
    assert_eq!(a.entities[0].mentions.len(), 2);
    let merkel = a.entities[0].actor_id;
    assert_eq!(a.quotes[0].speaker_actor_id, Some(merkel));
    assert_eq!(a.events[0].source_actor_id, Some(merkel));
    assert_eq!(a.events[0].target_actor_id, Some(a.entities[1].actor_id));
    assert_eq!(a.timexes[0].value, "2020-07-15");
    // Offsets are code points into the text.
    let chars: Vec<char> = a.text.chars().collect();
    for q in &a.quotes {
        let t: String = chars[q.start as usize..q.end as usize].iter().collect();
        assert_eq!(t, q.text);
    }
    assert!(s.article(9999).unwrap().is_none());

    let m = s.actor(merkel).unwrap().unwrap();
    assert_eq!(m.name, "Angela Merkel");
    assert_eq!(m.articles.len(), 2);
    assert_eq!(m.countries[0].value, "DEU");
    let roles: Vec<_> = m.roles.iter().map(|r| r.value.as_str()).collect();
    assert_eq!(roles, ["Bundeskanzlerin", "Kanzlerin"]);
    assert_eq!(m.statements.len(), 1);
    assert_eq!(m.events_as_source.len(), 1);
    assert_eq!(m.events_as_target.len(), 1);
    assert_eq!(m.events_as_target[0].etype, "ACCUSE");

    let speakers: Vec<_> = s
        .speakers("", 10)
        .unwrap()
        .into_iter()
        .map(|a| a.name)
        .collect();
    assert_eq!(
        speakers,
        ["Angela Merkel", "Emmanuel Macron", "Kim Jong-un"]
    );
    let actors = s.actors("merk", 10).unwrap();
    assert_eq!(actors.len(), 1);
    assert_eq!((actors[0].articles, actors[0].statements), (2, 1));

    let t = s.timeline(&Default::default()).unwrap();
    let periods: Vec<_> = t.buckets.iter().map(|b| b.period.as_str()).collect();
    assert_eq!(periods, ["2019-01", "2019-11", "2020-07", "2021-03"]);
    assert_eq!(t.types, ["CONSULT", "ACCUSE", "THREATEN", "SANCTION"]);
    assert_eq!(t.total, 4);
    let t = s
        .timeline(&lagebild_store::TimelineFilter {
            actor: Some(merkel),
            granularity: Some("year".into()),
            ..Default::default()
        })
        .unwrap();
    let periods: Vec<_> = t
        .buckets
        .iter()
        .map(|b| (b.period.as_str(), b.total))
        .collect();
    assert_eq!(periods, [("2020", 1), ("2021", 1)]);
    assert!(s
        .timeline(&lagebild_store::TimelineFilter {
            granularity: Some("x".into()),
            ..Default::default()
        })
        .is_err());

    let st = s.stats().unwrap();
    assert_eq!((st.articles, st.quotes, st.events), (3, 4, 4));
    assert_eq!(st.first_date.as_deref(), Some("2019-01-01"));
}

mod properties {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #![proptest_config(ProptestConfig { cases: 200, ..ProptestConfig::default() })]

        /// Any query either answers or is refused as a bad query, and every
        /// highlight lies inside the text it marks.
        #[test]
        fn any_query_is_answered_or_refused(q in "\\PC{0,60}", actor in proptest::option::of("\\PC{0,12}")) {
            let mut s = Store::in_memory().unwrap();
            put_all(&mut s, &corpus());
            match s.search(&Query { text: q.clone(), actor, ..Default::default() }) {
                Ok(r) => {
                    for a in &r.articles {
                        let n = a.snippet.chars().count();
                        for h in &a.highlights {
                            prop_assert!(h[0] < h[1] && h[1] <= n, "{:?} in {:?}", h, a.snippet);
                        }
                    }
                    for st in &r.statements {
                        let n = st.text.chars().count();
                        for h in &st.highlights {
                            prop_assert!(h[0] < h[1] && h[1] <= n);
                        }
                    }
                }
                Err(lagebild_store::Error::BadQuery(_)) => {}
                Err(e) => prop_assert!(false, "{:?} failed: {}", q, e),
            }
        }

        /// The normaliser never panics and folds case.
        #[test]
        fn normaliser_total(w in "\\PC{0,30}") {
            let f = lagebild_store::normalize::fold(&w);
            prop_assert!(!f.chars().any(|c| c.is_ascii_uppercase()));
            let _ = lagebild_store::normalize::stem(&w);
            let _ = lagebild_store::normalize::index_text(&w);
        }
    }
}
