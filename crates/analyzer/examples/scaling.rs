//! Linear-time check: analyses inputs of growing size and prints, for each
//! size, the time of every stage and of the whole pipeline. Super-linear
//! growth is a bug: the "×" columns give each stage's growth factor against
//! the previous size, which should match the size factor.
//!
//!     cargo run --release -p lagebild-analyzer --example scaling [SHAPE] [MB …]
//!
//! SHAPE (default `article`):
//! - `article`: the shipped example article repeated, paragraphs intact (the
//!   same names recur, so entities gather many mentions);
//! - `line`: one single line of repeated news sentences, no newline at all;
//! - `wikinews`: the Wikinews dev articles of `../shared/eval/wikinews-dev`
//!   concatenated as paragraphs (many different names);
//! - `marks`: unbalanced opening quotation marks in one paragraph;
//! - `colons`: a colon-introduced block quote after every other paragraph.
//!
//! `SCALING_ONLY=segment,ner,time` runs only the named stages (each needs the
//! ones it builds on). Sizes default to 1, 10 and 50 MB. A size is skipped (and says so) when the
//! slowest stage's growth so far projects it beyond `SCALING_LIMIT_S` seconds
//! (default 600), so a quadratic stage does not hang the run.

use lagebild_analyzer::Analyzer;
use lagebild_core::{Analysis, Document};
use std::path::Path;
use std::time::Instant;

fn article_body() -> String {
    let base = include_str!("../../../examples/gipfel-bruessel-2023-03.txt");
    let body = base.split_once(' ').map(|(_, b)| b).unwrap_or(base);
    // the header is `date YYYY-MM-DD ` followed by the body
    let body = body.split_once(' ').map(|(_, b)| b).unwrap_or(body);
    format!("{body}\n\n")
}

fn line_unit() -> String {
    concat!(
        "Der Minister sagte am Mittwoch in Berlin, die Lage sei ernst. ",
        "„Wir werden nicht nachgeben“, erklärte Bundeskanzler Olaf Scholz vor Journalisten. ",
        "Nach Angaben der Polizei wurden 12 Demonstranten festgenommen. ",
        "Die Regierung in Moskau warf der Nato vor, die Ukraine zu bewaffnen. ",
        "Er habe im Februar 2023 mit dem französischen Präsidenten gesprochen, so ein Sprecher. "
    )
    .to_string()
}

fn wikinews_unit() -> Option<String> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/eval/wikinews-dev");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .ok()?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    files.sort();
    let mut s = String::new();
    for f in files {
        let t = std::fs::read_to_string(&f).ok()?;
        // drop a date header, keep the body
        let t = t.trim_start();
        let t = if t.starts_with("date ") {
            t.splitn(3, ' ').nth(2).unwrap_or("")
        } else {
            t
        };
        s.push_str(t.trim());
        s.push_str("\n\n");
    }
    Some(s)
}

fn main() {
    let mut args = std::env::args().skip(1).peekable();
    let shape = match args.peek().map(|s| s.as_str()) {
        Some("article" | "line" | "wikinews" | "marks" | "colons") => {
            args.next().unwrap_or_default()
        }
        _ => "article".to_string(),
    };
    let mut sizes: Vec<f64> = args.filter_map(|a| a.parse().ok()).collect();
    if sizes.is_empty() {
        sizes = vec![1.0, 10.0, 50.0];
    }
    let limit: f64 = std::env::var("SCALING_LIMIT_S")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(600.0);
    let unit = match shape.as_str() {
        "line" => line_unit(),
        // unbalanced opening marks in one paragraph, each starting a quote that never closes
        "marks" => "„Er sagte, »es sei ‚ernst, so der Minister. ".to_string(),
        // block quotes after colons, paragraph after paragraph
        "colons" => "Der Minister sagte:\n\nWir werden nicht nachgeben.\n\n".to_string(),
        "wikinews" => match wikinews_unit() {
            Some(u) => u,
            None => {
                eprintln!("scaling: ../shared/eval/wikinews-dev is absent");
                return;
            }
        },
        _ => article_body(),
    };
    let analyzer = Analyzer::builder().build().expect("analyzer");
    // SCALING_ONLY=segment,ner,time runs only those stages (in pipeline order)
    let only: Option<Vec<String>> = std::env::var("SCALING_ONLY")
        .ok()
        .map(|s| s.split(',').map(|x| x.trim().to_string()).collect());
    let stages: Vec<_> = analyzer
        .stages()
        .iter()
        .filter(|s| {
            only.as_ref()
                .is_none_or(|o| o.iter().any(|n| n == s.name()))
        })
        .collect();
    println!("shape: {shape}");
    print!("{:>6} {:>9} {:>9} {:>8}", "MB", "tokens", "total s", "MB/s");
    for s in &stages {
        print!(" {:>15}", format!("{} s (×)", s.name()));
    }
    println!();
    let mut prev: Option<(f64, Vec<f64>)> = None;
    for mb in sizes {
        let bytes = (mb * 1_000_000.0) as usize;
        if let Some((pmb, ptimes)) = &prev {
            // project with the worst stage growing quadratically at most
            let f = mb / pmb;
            let projected: f64 = ptimes.iter().map(|t| t * f * f).sum();
            let linear: f64 = ptimes.iter().map(|t| t * f).sum();
            if projected > limit && linear > limit / 4.0 {
                println!("{mb:>6} skipped: projected {linear:.0}–{projected:.0} s > {limit} s");
                continue;
            }
        }
        // whole paragraphs (or the whole unit) until the size is reached
        let mut text = String::from("date 2023-03-16 ");
        'fill: loop {
            for para in unit.split_inclusive("\n\n") {
                if text.len() >= bytes {
                    break 'fill;
                }
                text.push_str(para);
            }
        }
        let mut a = Analysis::new(Document::new(text));
        let mut times = Vec::new();
        let t0 = Instant::now();
        for s in &stages {
            let t = Instant::now();
            s.run(&mut a).expect("stage");
            times.push(t.elapsed().as_secs_f64());
        }
        let total = t0.elapsed().as_secs_f64();
        print!(
            "{mb:>6} {:>9} {total:>9.2} {:>8.2}",
            a.tokens.len(),
            mb / total
        );
        for (i, t) in times.iter().enumerate() {
            let growth = prev
                .as_ref()
                .map(|(_, p)| format!("{:.1}", t / p[i].max(1e-9)))
                .unwrap_or_else(|| "-".into());
            print!(" {:>15}", format!("{t:.2} ({growth})"));
        }
        println!();
        prev = Some((mb, times));
    }
}
