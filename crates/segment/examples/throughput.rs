//! Segments the Wikinews dev articles N times (default 50) and prints bytes
//! and tokens processed. Run under `time` to get CPU-time throughput on a
//! loaded machine, where criterion's wall-clock figures are noisy:
//! `cargo build --release -p lagebild-segment --example throughput &&
//!  time target/release/examples/throughput 50`

use lagebild_core::{Document, Span};
use lagebild_segment::{segment_into, Segmentation};
use std::path::Path;

fn main() {
    let n: usize = std::env::args()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(50);
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared/eval/wikinews-dev");
    let Ok(rd) = std::fs::read_dir(&dir) else {
        eprintln!("{} not found", dir.display());
        return;
    };
    let mut files: Vec<_> = rd
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    files.sort();
    let docs: Vec<(String, Vec<Span>)> = files
        .iter()
        .filter_map(|p| std::fs::read_to_string(p).ok())
        .map(|t| {
            let d = Document::new(t);
            let paras = d.paragraphs.iter().map(|p| p.span).collect();
            (d.text, paras)
        })
        .collect();
    let mut seg = Segmentation::default();
    let (mut bytes, mut tokens) = (0usize, 0usize);
    for _ in 0..n {
        for (t, p) in &docs {
            segment_into(t, p, &mut seg);
            bytes += t.len();
            tokens += seg.tokens.len();
        }
    }
    println!("{n} passes: {bytes} bytes, {tokens} tokens");
}
