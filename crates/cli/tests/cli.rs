//! End-to-end tests of `lagebild analyze`: inputs, formats and every class of
//! bad input named in the foundation issue (#2). Each bad input gets a clear
//! message and a documented exit code, never a panic.

use serde_json::Value;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

fn bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_lagebild"))
}

fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn run(args: &[&str]) -> Output {
    bin().args(args).output().expect("run lagebild")
}

fn run_stdin(args: &[&str], input: &[u8]) -> Output {
    let mut child = bin()
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(input).unwrap();
    child.wait_with_output().unwrap()
}

fn json(o: &Output) -> Value {
    serde_json::from_slice(&o.stdout).unwrap_or_else(|e| {
        panic!(
            "stdout is not JSON ({e}): {}",
            String::from_utf8_lossy(&o.stdout)
        )
    })
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// A panic exits with 101; every bad input must end in 0 or 1 instead.
fn assert_no_panic(o: &Output) {
    assert_ne!(o.status.code(), Some(101), "panicked: {}", stderr(o));
    assert!(!stderr(o).contains("panicked"), "panicked: {}", stderr(o));
}

fn tmp_file(dir: &tempfile::TempDir, name: &str, bytes: &[u8]) -> PathBuf {
    let p = dir.path().join(name);
    if let Some(parent) = p.parent() {
        std::fs::create_dir_all(parent).unwrap();
    }
    std::fs::write(&p, bytes).unwrap();
    p
}

/// A minimal JSON Schema checker for the subset our schema uses (type,
/// required, properties, items, enum, const, $ref, oneOf).
fn check(schema: &Value, root: &Value, v: &Value, path: &str) -> Result<(), String> {
    if let Some(r) = schema.get("$ref").and_then(Value::as_str) {
        let name = r.trim_start_matches("#/$defs/");
        return check(&root["$defs"][name], root, v, path);
    }
    if let Some(alts) = schema.get("oneOf").and_then(Value::as_array) {
        let ok = alts
            .iter()
            .filter(|s| check(s, root, v, path).is_ok())
            .count();
        return if ok == 1 {
            Ok(())
        } else {
            Err(format!("{path}: matches {ok} of oneOf"))
        };
    }
    if let Some(t) = schema.get("type") {
        let types: Vec<&str> = match t {
            Value::String(s) => vec![s.as_str()],
            Value::Array(a) => a.iter().filter_map(Value::as_str).collect(),
            _ => vec![],
        };
        let ok = types.iter().any(|t| match *t {
            "object" => v.is_object(),
            "array" => v.is_array(),
            "string" => v.is_string(),
            "integer" => v.is_u64() || v.is_i64(),
            "boolean" => v.is_boolean(),
            "null" => v.is_null(),
            _ => false,
        });
        if !ok {
            return Err(format!("{path}: {v} is not {types:?}"));
        }
    }
    if let Some(e) = schema.get("enum").and_then(Value::as_array) {
        if !e.contains(v) {
            return Err(format!("{path}: {v} not in enum"));
        }
    }
    if let Some(c) = schema.get("const") {
        if c != v {
            return Err(format!("{path}: {v} != {c}"));
        }
    }
    if let (Some(req), Some(obj)) = (
        schema.get("required").and_then(Value::as_array),
        v.as_object(),
    ) {
        for r in req.iter().filter_map(Value::as_str) {
            if !obj.contains_key(r) {
                return Err(format!("{path}: missing {r}"));
            }
        }
    }
    if let (Some(props), Some(obj)) = (
        schema.get("properties").and_then(Value::as_object),
        v.as_object(),
    ) {
        for (k, s) in props {
            if let Some(x) = obj.get(k) {
                check(s, root, x, &format!("{path}.{k}"))?;
            }
        }
    }
    if let (Some(items), Some(arr)) = (schema.get("items"), v.as_array()) {
        for (i, x) in arr.iter().enumerate() {
            check(items, root, x, &format!("{path}[{i}]"))?;
        }
    }
    Ok(())
}

fn assert_contract(v: &Value, text: &str) {
    let schema: Value = serde_json::from_str(
        &std::fs::read_to_string(repo().join("schema/analysis.schema.json")).unwrap(),
    )
    .unwrap();
    check(&schema, &schema, v, "$").unwrap();
    // every offset lies inside the text and its `text` is what it covers
    let chars: Vec<char> = text.chars().collect();
    let mut spans = Vec::new();
    for e in v["entities"].as_array().unwrap() {
        spans.extend(e["mentions"].as_array().unwrap().iter().cloned());
    }
    for k in ["quotes", "timexes"] {
        spans.extend(v[k].as_array().unwrap().iter().cloned());
    }
    for e in v["events"].as_array().unwrap() {
        spans.push(e["evidence"].clone());
    }
    for s in spans {
        let (a, b) = (
            s["start"].as_u64().unwrap() as usize,
            s["end"].as_u64().unwrap() as usize,
        );
        assert!(
            a <= b && b <= chars.len(),
            "span {a}..{b} outside text of {} chars",
            chars.len()
        );
        let covered: String = chars[a..b].iter().collect();
        assert_eq!(covered, s["text"].as_str().unwrap());
    }
}

#[test]
fn shipped_example_is_contract_valid() {
    let p = repo().join("examples/gipfel-bruessel-2023-03.txt");
    let o = run(&["analyze", "--format", "json", p.to_str().unwrap()]);
    assert!(o.status.success(), "{}", stderr(&o));
    let v = json(&o);
    assert_eq!(v["date"], "2023-03-16");
    assert_eq!(v["id"], "gipfel-bruessel-2023-03");
    assert_contract(&v, &std::fs::read_to_string(p).unwrap());
}

#[test]
fn seed_article_gives_its_month_date() {
    let p = repo().join("../shared/eval/dev/seed-nordkorea-2020-07.txt");
    if !p.exists() {
        assert!(
            std::env::var("CI").as_deref() != Ok("true"),
            "../shared is required under CI=true"
        );
        eprintln!("skipped: ../shared/eval is absent");
        return;
    }
    let o = run(&["analyze", "--format", "json", p.to_str().unwrap()]);
    assert!(o.status.success(), "{}", stderr(&o));
    let v = json(&o);
    assert_eq!(v["date"], "2020-07");
    assert_contract(&v, &std::fs::read_to_string(p).unwrap());
}

#[test]
fn invalid_utf8_names_file_and_offset() {
    let d = tempfile::tempdir().unwrap();
    let p = tmp_file(
        &d,
        "kaputt.txt",
        b"date 2020-01-01 Gr\xc3\xbc\xc3\x9fe aus K\xf6ln",
    );
    let o = run(&["analyze", "--format", "json", p.to_str().unwrap()]);
    assert_no_panic(&o);
    assert_eq!(o.status.code(), Some(1));
    let e = stderr(&o);
    assert!(
        e.contains("kaputt.txt") && e.contains("invalid UTF-8 at byte offset 29"),
        "{e}"
    );
}

#[test]
fn binary_input_is_refused() {
    let d = tempfile::tempdir().unwrap();
    let p = tmp_file(&d, "bild.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR");
    let o = run(&["analyze", "--format", "json", p.to_str().unwrap()]);
    assert_no_panic(&o);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("binary data"), "{}", stderr(&o));
}

#[test]
fn empty_file_is_a_valid_empty_analysis() {
    let d = tempfile::tempdir().unwrap();
    let p = tmp_file(&d, "leer.txt", b"");
    let o = run(&["analyze", "--format", "json", p.to_str().unwrap()]);
    assert!(o.status.success(), "{}", stderr(&o));
    let v = json(&o);
    assert_eq!(v["date"], Value::Null);
    assert_contract(&v, "");
    for k in ["entities", "quotes", "timexes", "events"] {
        assert_eq!(v[k].as_array().unwrap().len(), 0, "{k}");
    }
}

#[test]
fn malformed_header_is_read_as_text_with_warning() {
    let d = tempfile::tempdir().unwrap();
    let text = "date 2020-13-45 Der Minister sagte, er komme.";
    let p = tmp_file(&d, "kopf.txt", text.as_bytes());
    let o = run(&["analyze", "--format", "json", p.to_str().unwrap()]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(
        stderr(&o).contains("malformed date header"),
        "{}",
        stderr(&o)
    );
    let v = json(&o);
    assert_eq!(v["date"], Value::Null);
    assert_contract(&v, text);
}

#[test]
fn unreadable_path_is_named_and_others_still_run() {
    let d = tempfile::tempdir().unwrap();
    let good = tmp_file(&d, "gut.txt", "Ein Satz.".as_bytes());
    let missing = d.path().join("fehlt.txt");
    let o = run(&[
        "analyze",
        "--format",
        "jsonl",
        missing.to_str().unwrap(),
        good.to_str().unwrap(),
    ]);
    assert_no_panic(&o);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stderr(&o).contains("fehlt.txt: cannot read"),
        "{}",
        stderr(&o)
    );
    let lines: Vec<&str> = std::str::from_utf8(&o.stdout).unwrap().lines().collect();
    assert_eq!(lines.len(), 1);
    assert_eq!(
        serde_json::from_str::<Value>(lines[0]).unwrap()["id"],
        "gut"
    );
}

#[test]
fn usage_errors_exit_2() {
    let o = run(&["analyze", "--format", "yaml", "x.txt"]);
    assert_eq!(o.status.code(), Some(2));
    let o = run(&["analyze", "--date", "gestern", "x.txt"]);
    assert_eq!(o.status.code(), Some(2));
}

#[test]
fn unbalanced_quotation_marks_do_not_break_anything() {
    let text = "date 2021-05-04 „Wir kommen, sagte sie.\n\nEr antwortete: »Nein«« und ging. \"Das ist ‚falsch, meinte er.";
    let o = run_stdin(&["analyze", "--format", "json", "-"], text.as_bytes());
    assert!(o.status.success(), "{}", stderr(&o));
    let v = json(&o);
    assert_eq!(v["id"], "stdin");
    assert_contract(&v, text);
}

#[test]
fn enormous_line_finishes() {
    // one 10 MB line of German-looking text without a single newline
    let sentence = "Der Minister sagte am Mittwoch, die „Lage“ sei ernst (vgl. Nr. 3) und 1.000,50 Euro reichten nicht. ";
    let mut text = String::from("date 2020-07 ");
    while text.len() < 10_000_000 {
        text.push_str(sentence);
    }
    let d = tempfile::tempdir().unwrap();
    let p = tmp_file(&d, "lang.txt", text.as_bytes());
    let o = run(&["analyze", "--format", "jsonl", p.to_str().unwrap()]);
    assert!(o.status.success(), "{}", stderr(&o));
    let v: Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v["date"], "2020-07");
}

#[test]
fn enormous_token_finishes() {
    let mut text = String::from("Ein Wort: ");
    text.push_str(&"ä".repeat(3_000_000));
    text.push_str(". Ende.");
    let o = run_stdin(&["analyze", "--format", "json", "-"], text.as_bytes());
    assert!(o.status.success(), "{}", stderr(&o));
    assert_contract(&json(&o), &text);
}

#[test]
fn directories_are_walked_recursively_in_order() {
    let d = tempfile::tempdir().unwrap();
    tmp_file(&d, "b/zwei.txt", "date 2020-02 Zwei.".as_bytes());
    tmp_file(&d, "a/tief/eins.txt", "date 2020-01 Eins.".as_bytes());
    tmp_file(&d, "a/nicht.md", "kein Artikel".as_bytes());
    let o = run(&["analyze", "--format", "json", d.path().to_str().unwrap()]);
    assert!(o.status.success(), "{}", stderr(&o));
    let v = json(&o);
    let ids: Vec<&str> = v
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids, ["eins", "zwei"]);
}

#[test]
fn jsonl_corpus_with_a_bad_line() {
    let d = tempfile::tempdir().unwrap();
    let body = concat!(
        "{\"id\": \"a1\", \"date\": \"2019-05-01\", \"text\": \"Erster Artikel.\"}\n",
        "{\"id\": 7, \"text\": \"Zweiter, ohne Datum.\"}\n",
        "das ist kein JSON\n",
        "\n",
        "{\"id\": \"a4\", \"date\": \"Mai\", \"text\": \"Datum kaputt.\"}\n"
    );
    let p = tmp_file(&d, "korpus.jsonl", body.as_bytes());
    let o = run(&[
        "analyze",
        "--format",
        "jsonl",
        "--threads",
        "2",
        p.to_str().unwrap(),
    ]);
    assert_no_panic(&o);
    assert_eq!(o.status.code(), Some(1));
    assert!(stderr(&o).contains("korpus.jsonl:3:"), "{}", stderr(&o));
    let docs: Vec<Value> = std::str::from_utf8(&o.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    let got: Vec<(String, Value)> = docs
        .iter()
        .map(|d| (d["id"].as_str().unwrap().to_string(), d["date"].clone()))
        .collect();
    assert_eq!(
        got,
        vec![
            ("a1".into(), Value::from("2019-05-01")),
            ("7".into(), Value::Null),
            ("a4".into(), Value::Null)
        ]
    );
    assert!(docs[2]["warnings"][0]
        .as_str()
        .unwrap()
        .contains("malformed date"));
}

#[test]
fn date_flag_overrides_header() {
    let o = run_stdin(
        &["analyze", "--format", "json", "--date", "2021-03-04", "-"],
        b"date 2020-07 Text.",
    );
    assert!(o.status.success());
    assert_eq!(json(&o)["date"], "2021-03-04");
}

#[test]
fn thread_count_does_not_change_output() {
    let p = repo().join("examples");
    let a = run(&[
        "analyze",
        "--format",
        "jsonl",
        "--threads",
        "1",
        p.to_str().unwrap(),
    ]);
    let b = run(&[
        "analyze",
        "--format",
        "jsonl",
        "--threads",
        "2",
        p.to_str().unwrap(),
    ]);
    assert!(a.status.success() && b.status.success());
    assert_eq!(a.stdout, b.stdout);
}

#[test]
fn text_view_lists_the_sections() {
    let p = repo().join("examples/gipfel-bruessel-2023-03.txt");
    let o = run(&["analyze", "--format", "text", p.to_str().unwrap()]);
    assert!(o.status.success());
    let s = String::from_utf8(o.stdout).unwrap();
    for h in ["Wer", "Sagte was", "Wann", "Tat was mit wem"] {
        assert!(s.lines().any(|l| l == h), "missing section {h}:\n{s}");
    }
    assert!(
        !s.contains('\x1b'),
        "no colour codes when not on a terminal"
    );
}

// ---- table tests per bad-input class (issue 2), added with the perf work (issue 9) ----

#[test]
fn invalid_utf8_table() {
    // (name, bytes, byte offset of the first invalid byte)
    let cases: &[(&str, &[u8], usize)] = &[
        ("lone_continuation.txt", b"Ein \x80 Satz.", 4),
        ("overlong.txt", b"Gr\xc0\xafe.", 2),
        ("surrogate.txt", b"Er sagte \xed\xa0\x80.", 9),
        ("truncated_at_end.txt", b"Das Ende \xe2\x80", 9),
        ("latin1_umlaut.txt", b"date 2020 \xc4rger in K\xf6ln", 10),
    ];
    let d = tempfile::tempdir().unwrap();
    for (name, bytes, offset) in cases {
        let p = tmp_file(&d, name, bytes);
        let o = run(&["analyze", "--format", "json", p.to_str().unwrap()]);
        assert_no_panic(&o);
        assert_eq!(o.status.code(), Some(1), "{name}");
        let e = stderr(&o);
        assert!(
            e.contains(name) && e.contains(&format!("invalid UTF-8 at byte offset {offset}")),
            "{name}: {e}"
        );
    }
    // the same on stdin
    let o = run_stdin(&["analyze", "--format", "json", "-"], b"Gr\xfc\xdfe");
    assert_no_panic(&o);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stderr(&o).contains("invalid UTF-8 at byte offset 2"),
        "{}",
        stderr(&o)
    );
}

#[test]
fn binary_input_table() {
    let cases: &[(&str, &[u8])] = &[
        ("png.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"),
        ("elf.txt", b"\x7fELF\x02\x01\x01\x00\x00\x00\x00\x00"),
        ("gzip.txt", b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03"),
        ("nul_in_text.txt", b"Der Minister sagte\x00 etwas."),
        ("utf16.txt", b"\xff\xfeD\x00e\x00r\x00"),
    ];
    let d = tempfile::tempdir().unwrap();
    for (name, bytes) in cases {
        let good = tmp_file(&d, "gut.txt", "Ein Satz.".as_bytes());
        let p = tmp_file(&d, name, bytes);
        let o = run(&[
            "analyze",
            "--format",
            "jsonl",
            p.to_str().unwrap(),
            good.to_str().unwrap(),
        ]);
        assert_no_panic(&o);
        assert_eq!(o.status.code(), Some(1), "{name}");
        let e = stderr(&o);
        assert!(e.contains(name) && e.contains("binary data"), "{name}: {e}");
        // the good input is still analysed
        assert_eq!(std::str::from_utf8(&o.stdout).unwrap().lines().count(), 1);
    }
}

#[test]
fn empty_and_blank_inputs_are_valid_empty_analyses() {
    for (name, text) in [
        ("leer", ""),
        ("leerzeichen", "   \n\n\t  \n"),
        ("nur_kopf", "date 2020-07"),
        (
            "nur_furniture",
            "Kommentare\n\nDiese Diskussion ist geschlossen.",
        ),
    ] {
        let o = run_stdin(&["analyze", "--format", "json", "-"], text.as_bytes());
        assert!(o.status.success(), "{name}: {}", stderr(&o));
        let v = json(&o);
        assert_contract(&v, text);
        for k in ["quotes", "events"] {
            assert_eq!(v[k].as_array().unwrap().len(), 0, "{name}: {k}");
        }
    }
}

#[test]
fn malformed_header_table() {
    for header in [
        "date 2020-13-45",
        "date 2020-02-30",
        "date 20-07",
        "date 2020-7-1x",
        "date\t2020-07-01T10:00",
        "date gestern",
        "date -2020",
    ] {
        let text = format!("{header} Der Minister sagte, er komme.");
        let o = run_stdin(&["analyze", "--format", "json", "-"], text.as_bytes());
        assert!(o.status.success(), "{header}: {}", stderr(&o));
        assert!(
            stderr(&o).contains("malformed date header"),
            "{header}: {}",
            stderr(&o)
        );
        let v = json(&o);
        assert_eq!(v["date"], Value::Null, "{header}");
        assert_contract(&v, &text);
    }
}

#[test]
fn unreadable_path_table() {
    let d = tempfile::tempdir().unwrap();
    let good = tmp_file(&d, "gut.txt", "Ein Satz.".as_bytes());
    let under_file = good.join("darunter.txt");
    let dangling = d.path().join("verwaist.txt");
    #[cfg(unix)]
    std::os::unix::fs::symlink(d.path().join("nirgends.txt"), &dangling).unwrap();
    #[cfg(not(unix))]
    let dangling = d.path().join("nirgends.txt");
    let cases = [
        d.path().join("fehlt.txt"),
        under_file,
        dangling,
        d.path().join("fehlt.jsonl"),
    ];
    for bad in &cases {
        let o = run(&[
            "analyze",
            "--format",
            "jsonl",
            bad.to_str().unwrap(),
            good.to_str().unwrap(),
        ]);
        assert_no_panic(&o);
        assert_eq!(o.status.code(), Some(1), "{}", bad.display());
        let name = bad.file_name().unwrap().to_str().unwrap();
        assert!(stderr(&o).contains(name), "{name}: {}", stderr(&o));
        assert_eq!(
            std::str::from_utf8(&o.stdout).unwrap().lines().count(),
            1,
            "{name}: the readable input is still analysed"
        );
    }
}

#[test]
fn unbalanced_quotation_marks_table() {
    for text in [
        "„Wir kommen, sagte sie.",
        "Er sagte: »Nein«« und ging.",
        "\"Das ist ‚falsch, meinte er.",
        "Sie sagte: „„„„ „ „ Ende.",
        "“Umgekehrt„ sagte er.\n\n«Auch» »so« ‚und‘ so’.",
        "Er sagte:\n\n„Ein Zitat ohne Ende\n\nund noch ein Absatz.",
        "»",
        "„",
    ] {
        let o = run_stdin(&["analyze", "--format", "json", "-"], text.as_bytes());
        assert!(o.status.success(), "{text}: {}", stderr(&o));
        assert_contract(&json(&o), text);
    }
}

/// 50 MB of paragraphs in one file (issue 2: "a 50 MB file finishes in linear
/// time"). Every stage is linear since the indexed look-ups of issue 9 (the
/// `scaling` example of lagebild-analyzer prints the curve); this takes about
/// 20 s in a release build.
#[test]
fn fifty_megabyte_file_finishes() {
    let paragraph = concat!(
        "Der Minister sagte am Mittwoch in Berlin, die Lage sei ernst. ",
        "„Wir werden nicht nachgeben“, erklärte die Ministerin vor Journalisten. ",
        "Nach Angaben der Polizei wurden 12 Demonstranten festgenommen.\n\n"
    );
    let mut text = String::from("date 2023-03-16 ");
    let mut i = 0u64;
    while text.len() < 50_000_000 {
        // vary the paragraphs a little so they are not all the same
        text.push_str(&format!("Meldung {i}: "));
        text.push_str(paragraph);
        i += 1;
    }
    let d = tempfile::tempdir().unwrap();
    let p = tmp_file(&d, "gross.txt", text.as_bytes());
    drop(text);
    let o = run(&["analyze", "--format", "jsonl", p.to_str().unwrap()]);
    assert!(o.status.success(), "{}", stderr(&o));
    let v: Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v["date"], "2023-03-16");
    assert!(!v["quotes"].as_array().unwrap().is_empty());
}
