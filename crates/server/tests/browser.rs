//! The web UI in a real browser: starts the server on a corpus, drives
//! Debian's Chromium with playwright-core (`crates/server/e2e/browse.mjs`)
//! through search → article → speaker → timeline, and checks what each page
//! shows. Screenshots land in `target/e2e-screenshots/`.
//!
//! Needs `node`, `/usr/bin/chromium` (or `$CHROMIUM`) and
//! `crates/server/e2e/node_modules` (`ci/install-e2e.sh` installs them).
//! Without them the test is skipped with a message, except under `CI=true`,
//! where it fails.

mod common;

use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::Command;

fn e2e_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("e2e")
}

fn chromium() -> PathBuf {
    std::env::var_os("CHROMIUM")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from("/usr/bin/chromium"))
}

/// What is missing to run the browser test, if anything.
fn missing() -> Option<String> {
    let mut why = Vec::new();
    if Command::new("node").arg("--version").output().is_err() {
        why.push("node is not installed".to_string());
    }
    if !chromium().exists() {
        why.push(format!("{} does not exist", chromium().display()));
    }
    if !e2e_dir().join("node_modules/playwright-core").is_dir() {
        why.push(format!(
            "{} is missing (run `npm ci` there)",
            e2e_dir().join("node_modules/playwright-core").display()
        ));
    }
    (!why.is_empty()).then(|| why.join("; "))
}

fn texts(v: &Value) -> Vec<String> {
    v.as_array()
        .map(|a| {
            a.iter()
                .filter_map(|x| x.as_str().map(str::to_string))
                .collect()
        })
        .unwrap_or_default()
}

#[test]
fn browser_search_article_actor_timeline() {
    if let Some(why) = missing() {
        if std::env::var("CI").as_deref() == Ok("true") {
            panic!("browser test cannot run under CI=true: {why}; run ci/install-e2e.sh");
        }
        eprintln!("SKIPPED browser test: {why} (run ci/install-e2e.sh)");
        return;
    }
    let dir = tempfile::tempdir().expect("tempdir");
    let db = dir.path().join("corpus.sqlite");
    common::build_corpus(&db);
    let server = lagebild_server::start(&db, "127.0.0.1:0".parse().expect("addr")).expect("server");
    let shots = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../target/e2e-screenshots");
    let out = Command::new("node")
        .current_dir(e2e_dir())
        .arg("browse.mjs")
        .args(["--url", &format!("http://{}", server.addr)])
        .args(["--query", "Ärzte streiken"])
        .args(["--article", "streik-aerzte"])
        .args(["--speaker", "Miriam Keller"])
        .arg("--out")
        .arg(&shots)
        .env("CHROMIUM", chromium())
        .output()
        .expect("run node");
    server.stop().expect("stop server");
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    let report: Value = stdout
        .lines()
        .rev()
        .find_map(|l| serde_json::from_str(l).ok())
        .unwrap_or_else(|| panic!("no report from browse.mjs\nstdout: {stdout}\nstderr: {stderr}"));
    assert!(
        out.status.success() && report["failed"].is_null(),
        "browser walk failed: {}\nreport: {report:#}\nstderr: {stderr}",
        report["failed"]
    );
    let step = |name: &str| -> &Value {
        report["steps"]
            .as_array()
            .and_then(|s| s.iter().find(|x| x["page"] == name))
            .unwrap_or_else(|| panic!("no step {name} in {report:#}"))
    };

    // Search page: the corpus figures are shown.
    let search = step("search");
    assert!(
        search["stats"].as_str().unwrap_or("").contains("4 Artikel"),
        "{search}"
    );

    // Results: the article is found through German normalisation
    // ("Ärzte streiken" finds "Ärztinnen und Ärzte … streiken").
    let results = step("results");
    assert!(
        texts(&results["articles"]).contains(&"streik-aerzte".to_string()),
        "{results}"
    );
    let marks = texts(&results["marks"]);
    assert!(
        marks.iter().any(|m| m == "Ärzte") && marks.iter().any(|m| m == "streiken"),
        "{marks:?}"
    );

    // Article: text, quotes coloured by speaker, side panel, entities,
    // time expressions and events; injected markup stays text.
    let article = step("article");
    assert_eq!(article["title"], "streik-aerzte");
    let text = article["text"].as_str().unwrap_or("");
    assert!(
        text.contains(common::INJECTION) && text.contains(common::SCRIPT),
        "{text}"
    );
    assert_eq!(article["injected_elements"], 0, "{article}");
    assert_eq!(article["xss_flag"], false);
    assert_eq!(article["quotes_in_text"], 3);
    let speakers = texts(&article["speakers"]);
    assert!(
        speakers.contains(&"Miriam Keller".to_string()),
        "{speakers:?}"
    );
    assert!(
        speakers.contains(&"Jonas Albrecht".to_string()),
        "{speakers:?}"
    );
    let mentions = texts(&article["mentions"]);
    for m in [
        "Miriam Keller",
        "Jonas Albrecht",
        "Die Verbandschefin",
        "dem Minister",
    ] {
        assert!(
            mentions.iter().any(|x| x.contains(m)),
            "{m} not linked in {mentions:?}"
        );
    }
    assert_eq!(texts(&article["timexes"]), ["seit Montag", "am Dienstag"]);
    assert!(article["events"].as_u64().unwrap_or(0) >= 2, "{article}");
    assert_eq!(article["entity_rows"], 3);

    // Actor page: roles, country, every statement over time, events both ways.
    let actor = step("actor");
    assert_eq!(actor["name"], "Miriam Keller");
    assert!(
        texts(&actor["countries"])
            .iter()
            .any(|c| c.starts_with("DEU")),
        "{actor}"
    );
    assert!(
        texts(&actor["roles"])
            .iter()
            .any(|r| r.starts_with("Verbandschefin")),
        "{actor}"
    );
    let st = texts(&actor["statements"]);
    assert_eq!(st.len(), 2, "{st:?}");
    assert_eq!(st[0], "Wir lassen uns nicht länger vertrösten");
    assert!(st[1].contains("ein gutes Ergebnis"), "{st:?}");
    assert_eq!(
        actor["events_source"].as_array().map(Vec::len),
        Some(2),
        "{actor}"
    );
    assert_eq!(
        actor["events_target"].as_array().map(Vec::len),
        Some(2),
        "{actor}"
    );
    assert_eq!(
        texts(&actor["articles"]),
        ["einigung-kliniken", "streik-aerzte"]
    );

    // A statement links to its place in the article.
    let anchored = step("statement-in-article");
    assert_eq!(
        anchored["anchored"], "Wir lassen uns nicht länger vertrösten",
        "{anchored}"
    );

    // Timeline of the actor, then of the corpus.
    let tl = step("timeline");
    assert!(
        tl["note"].as_str().unwrap_or("").contains("Miriam Keller"),
        "{tl}"
    );
    assert_eq!(tl["bars"], 4, "{tl}"); // two months, two types each
    assert_eq!(
        texts(&tl["types"]),
        ["AGREE", "CONSULT", "ACCUSE", "REJECT"]
    );
    assert!(step("timeline-all")["bars"].as_u64().unwrap_or(0) >= 3);

    // Nothing went wrong in the page (CSP violations show up here too).
    assert_eq!(report["console_errors"], Value::Array(vec![]), "{report:#}");
    assert_eq!(report["page_errors"], Value::Array(vec![]), "{report:#}");
    for name in [
        "01-search.png",
        "02-results.png",
        "03-article.png",
        "04-actor.png",
        "05-timeline.png",
    ] {
        assert!(shots.join(name).is_file(), "{name} not saved");
    }
}
