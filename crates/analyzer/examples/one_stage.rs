//! Runs one stage alone over the Wikinews dev corpus, many times, so a
//! profiler (`perf record -g`) sees only that stage.
//!
//!     cargo run --release -p lagebild-analyzer --example one_stage actors [ROUNDS]
//!
//! The earlier stages run once; each round then runs the named stage on fresh
//! copies of their results and prints the round's thread CPU time.

use lagebild_analyzer::Analyzer;
use lagebild_core::{Analysis, Document};
use std::path::Path;

fn cpu_ns() -> u64 {
    std::fs::read_to_string("/proc/thread-self/schedstat")
        .ok()
        .and_then(|s| s.split_whitespace().next()?.parse().ok())
        .unwrap_or(0)
}

fn main() {
    let mut args = std::env::args().skip(1);
    let name = args.next().unwrap_or_else(|| "actors".into());
    let rounds: usize = args.next().and_then(|s| s.parse().ok()).unwrap_or(20);
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/eval/wikinews-dev");
    let Ok(rd) = std::fs::read_dir(&dir) else {
        eprintln!("one_stage: {} is absent", dir.display());
        return;
    };
    let mut files: Vec<_> = rd
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    files.sort();
    let analyzer = Analyzer::builder().build().expect("analyzer");
    let stages = analyzer.stages();
    let Some(k) = stages.iter().position(|s| s.name() == name) else {
        eprintln!("one_stage: no stage {name}");
        return;
    };
    let mut base: Vec<Analysis> = files
        .iter()
        .filter_map(|p| std::fs::read_to_string(p).ok())
        .map(|t| Analysis::new(Document::new(t)))
        .collect();
    for a in &mut base {
        for s in &stages[..k] {
            s.run(a).expect("stage");
        }
    }
    let tokens: usize = base.iter().map(|a| a.tokens.len()).sum();
    let mut times = Vec::new();
    for _ in 0..rounds {
        let mut all = base.clone();
        let t0 = cpu_ns();
        for a in &mut all {
            stages[k].run(a).expect("stage");
        }
        times.push(cpu_ns() - t0);
    }
    times.sort_unstable();
    let med = times[times.len() / 2] as f64 / 1e9;
    let min = times[0] as f64 / 1e9;
    println!(
        "{name}: {tokens} tokens, median {:.1} ms ({:.0} tok/s), best {:.1} ms ({:.0} tok/s)",
        med * 1e3,
        tokens as f64 / med,
        min * 1e3,
        tokens as f64 / min
    );
}
