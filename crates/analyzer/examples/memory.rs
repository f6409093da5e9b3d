//! Memory of one document through the pipeline: after each stage, and after
//! building the output record, prints the process's resident set (VmRSS) and
//! its peak so far (VmHWM) from `/proc/self/status` (Linux).
//!
//!     cargo run --release -p lagebild-analyzer --example memory FILE
//!
//! `MEMORY_UPTO=actors` stops after the named stage (to look at one stage's
//! peak with a heap profiler).
//!
//! The peak RSS of the whole CLI run is measured with
//! `/usr/bin/time -f %M target/release/lagebild analyze --format jsonl FILE`.

use lagebild_analyzer::Analyzer;
use lagebild_core::output::OutDoc;
use lagebild_core::{Analysis, Document};

fn status(key: &str) -> String {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with(key))
                .map(|l| l[key.len()..].trim().to_string())
        })
        .unwrap_or_else(|| "?".into())
}

fn report(what: &str) {
    println!(
        "{what:<12} rss {:>12}  peak {:>12}",
        status("VmRSS:"),
        status("VmHWM:")
    );
}

fn main() {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: memory FILE");
        return;
    };
    let text = match std::fs::read_to_string(&path) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("{path}: {e}");
            return;
        }
    };
    report("start");
    let analyzer = Analyzer::builder().build().expect("analyzer");
    report("built");
    let mut a = Analysis::new(Document::new(text));
    report("document");
    let upto = std::env::var("MEMORY_UPTO").ok();
    for s in analyzer.stages() {
        s.run(&mut a).expect("stage");
        report(s.name());
        if upto.as_deref() == Some(s.name()) {
            return;
        }
    }
    let out = OutDoc::from_analysis(&a);
    report("output");
    drop(a);
    let json = serde_json::to_vec(&out).map(|v| v.len()).unwrap_or(0);
    report("serialised");
    println!("{} bytes of JSON", json);
}
