//! `lagebild ingest` and `lagebild search` end to end on articles written for
//! this test: the corpus is built, a re-run adds nothing, search finds
//! articles through German normalisation, and bad input is reported.

use std::path::Path;
use std::process::Command;

fn lagebild() -> Command {
    Command::new(env!("CARGO_BIN_EXE_lagebild"))
}

fn write(dir: &Path, name: &str, text: &str) {
    std::fs::write(dir.join(name), text).expect("write article");
}

#[test]
fn ingest_is_idempotent_and_search_normalises() {
    let dir = tempfile::tempdir().expect("tempdir");
    let articles = dir.path().join("articles");
    std::fs::create_dir(&articles).expect("mkdir");
    write(
        &articles,
        "klinik.txt",
        "date 2024-03-12 Die Ärztinnen und Ärzte der Kliniken streiken seit Montag. \
         „Wir lassen uns nicht länger vertrösten“, sagte Verbandschefin Miriam Keller.",
    );
    write(
        &articles,
        "hafen.txt",
        "date 2023-11-02 Im Hamburger Hafen ruht die Arbeit. Betriebsrätin Anna Petersen sagte, \
         ohne faire Löhne gebe es keine Schichten mehr.",
    );
    std::fs::write(
        dir.path().join("more.jsonl"),
        "{\"id\": \"j1\", \"date\": \"2022-05\", \"text\": \"Die Aerzte begrüßten den Beschluss.\"}\n\
         not json\n",
    )
    .expect("write jsonl");
    let db = dir.path().join("c.sqlite");

    let run = |args: &[&str]| {
        let out = lagebild().args(args).output().expect("run lagebild");
        (
            out.status.code(),
            String::from_utf8_lossy(&out.stdout).into_owned(),
            String::from_utf8_lossy(&out.stderr).into_owned(),
        )
    };
    let dbs = db.to_str().expect("utf-8 path");
    let arts = articles.to_str().expect("utf-8 path");
    let jsonl = dir.path().join("more.jsonl");
    let jsonl = jsonl.to_str().expect("utf-8 path");

    // The bad JSONL line is named and makes the exit code 1; the rest is stored.
    let (code, _, err) = run(&["ingest", arts, jsonl, "--db", dbs, "-q"]);
    assert_eq!(code, Some(1), "{err}");
    assert!(err.contains("more.jsonl:2"), "{err}");
    assert!(err.contains("ingested 3"), "{err}");

    let (code, _, err) = run(&["ingest", arts, "--db", dbs, "-q"]);
    assert_eq!(code, Some(0), "{err}");
    assert!(
        err.contains("ingested 0") && err.contains("skipped 2"),
        "{err}"
    );

    // --reanalyse rewrites what is stored, under the same ids.
    let (code, _, err) = run(&["ingest", arts, "--db", dbs, "-q", "--reanalyse"]);
    assert_eq!(code, Some(0), "{err}");
    assert!(
        err.contains("re-analysed 2") && err.contains("holds 3 articles"),
        "{err}"
    );

    let search = |q: &str, extra: &[&str]| -> Vec<String> {
        let mut args = vec!["search", q, "--db", dbs, "--format", "json"];
        args.extend_from_slice(extra);
        let (code, out, err) = run(&args);
        assert_eq!(code, Some(0), "{err}");
        let v: serde_json::Value = serde_json::from_str(&out).expect("json");
        let mut ids: Vec<String> = v["articles"]
            .as_array()
            .expect("articles")
            .iter()
            .map(|a| a["ext_id"].as_str().unwrap_or("").to_string())
            .collect();
        ids.sort();
        ids
    };
    assert_eq!(search("Ärzte", &[]), ["j1", "klinik"].map(String::from));
    assert_eq!(search("Loehne", &[]), ["hafen"].map(String::from));
    assert_eq!(
        search("Ärzte", &["--from", "2023"]),
        ["klinik"].map(String::from)
    );

    // Table output for people.
    let (code, out, _) = run(&["search", "streiken", "--db", dbs, "--format", "table"]);
    assert_eq!(code, Some(0));
    assert!(
        out.contains("klinik") && out.contains("«streiken»"),
        "{out}"
    );

    // Errors are reported, not panics.
    let (code, _, err) = run(&["search", "x", "--db", dbs, "--country", "Deutschland"]);
    assert_eq!(code, Some(1), "{err}");
    assert!(err.contains("ISO 3166-1"), "{err}");
    let missing = dir.path().join("missing.sqlite");
    let (code, _, err) = run(&["search", "x", "--db", missing.to_str().expect("path")]);
    assert_eq!(code, Some(1), "{err}");
    assert!(err.contains("no such corpus"), "{err}");
}
