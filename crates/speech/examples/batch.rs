//! Runs segmentation, NER, actors and speech over every `*.txt` file of a
//! folder in one process and writes `<stem>.json` per article (the JSON
//! contract) into an output folder, for `score.py --outputs DIR`.
//!
//!     cargo run --release -p lagebild-speech --example batch -- IN_DIR OUT_DIR [LIMIT]

use lagebild_core::{output, Analysis, Document, Stage};
use std::path::Path;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().collect();
    if args.len() < 3 {
        eprintln!("usage: batch IN_DIR OUT_DIR [LIMIT]");
        std::process::exit(2);
    }
    let limit: usize = args
        .get(3)
        .and_then(|s| s.parse().ok())
        .unwrap_or(usize::MAX);
    let stages: Vec<Box<dyn Stage>> = vec![
        Box::new(lagebild_segment::Segmenter::new()),
        Box::new(lagebild_ner::NerTagger::new()),
        Box::new(lagebild_actors::ActorLinker::new()),
        Box::new(lagebild_speech::SpeechTagger::new()),
    ];
    std::fs::create_dir_all(&args[2])?;
    let mut files: Vec<_> = std::fs::read_dir(&args[1])?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    files.sort();
    let t0 = std::time::Instant::now();
    let mut bytes = 0;
    let mut stage_time = vec![std::time::Duration::ZERO; stages.len()];
    let mut tokens = 0;
    for p in files.iter().take(limit) {
        let doc = Document::from_bytes(std::fs::read(p)?, Some(p))?;
        bytes += doc.text.len();
        let mut a = Analysis::new(doc);
        for (i, s) in stages.iter().enumerate() {
            let t = std::time::Instant::now();
            s.run(&mut a)?;
            stage_time[i] += t.elapsed();
        }
        tokens += a.tokens.len();
        let stem = p.file_stem().and_then(|s| s.to_str()).unwrap_or("x");
        let out = Path::new(&args[2]).join(format!("{stem}.json"));
        std::fs::write(out, serde_json::to_string(&output::to_json(&a))?)?;
    }
    eprintln!(
        "{} files, {} bytes, {} tokens in {:.2?}",
        files.len().min(limit),
        bytes,
        tokens,
        t0.elapsed()
    );
    for (s, t) in stages.iter().zip(&stage_time) {
        let rate = tokens as f64 / t.as_secs_f64().max(1e-9);
        eprintln!("  {:<8} {:>10.2?} {:>12.0} tokens/s", s.name(), t, rate);
    }
    Ok(())
}
