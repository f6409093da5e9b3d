//! Linear-time check: analyses inputs of 1 MB, 10 MB and 50 MB (built by
//! repeating the shipped example article, paragraphs intact) and prints the
//! time and the throughput for each. Super-linear growth is a bug.
//!
//!     cargo run --release -p lagebild-analyzer --example scaling

use lagebild_analyzer::Analyzer;
use lagebild_core::Document;
use std::time::Instant;

fn main() {
    let base = include_str!("../../../examples/gipfel-bruessel-2023-03.txt");
    let body = base.split_once(' ').map(|(_, b)| b).unwrap_or(base);
    let analyzer = Analyzer::builder().build().expect("analyzer");
    println!(
        "{:>8} {:>10} {:>12} {:>10}",
        "MB", "seconds", "MB/s", "tokens"
    );
    for mb in [1usize, 10, 50] {
        let mut text = String::from("date 2023-03-16 ");
        while text.len() < mb * 1_000_000 {
            text.push_str(body);
            text.push_str("\n\n");
        }
        let t = Instant::now();
        let a = analyzer.analyze(Document::new(text)).expect("analysis");
        let s = t.elapsed().as_secs_f64();
        println!(
            "{mb:>8} {s:>10.3} {:>12.2} {:>10}",
            mb as f64 / s,
            a.tokens.len()
        );
    }
}
