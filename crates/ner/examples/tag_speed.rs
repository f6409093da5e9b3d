//! Tags a GermEval file repeatedly and prints tokens per second of wall
//! time; run under `perf stat -e task-clock` to get CPU time on a busy
//! machine. `cargo run --release -p lagebild-ner --example tag_speed -- FILE [PASSES [MODEL]]`
//! (MODEL: a model file instead of the embedded one).

use lagebild_ner::germeval::TsvFile;
use lagebild_ner::{Tagger, Workspace};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().collect();
    let path = args
        .get(1)
        .ok_or("usage: tag_speed FILE [PASSES [MODEL]]")?;
    let passes: usize = args.get(2).and_then(|p| p.parse().ok()).unwrap_or(20);
    let sents: Vec<Vec<String>> = TsvFile::parse(&std::fs::read_to_string(path)?)
        .sentences()
        .into_iter()
        .map(|s| s.words)
        .collect();
    let t0 = std::time::Instant::now();
    let tagger = match args.get(3) {
        Some(m) => Tagger::from_bytes(&std::fs::read(m)?)?,
        None => Tagger::embedded()?,
    };
    eprintln!("load: {:?}", t0.elapsed());
    let mut ws = Workspace::default();
    let mut out = Vec::new();
    let t1 = std::time::Instant::now();
    let mut n = 0usize;
    for _ in 0..passes {
        for s in &sents {
            tagger.tag(s, &mut ws, &mut out);
            n += out.len();
        }
    }
    let dt = t1.elapsed().as_secs_f64();
    eprintln!(
        "{n} tokens in {dt:.3} s: {:.0} tokens/s (wall)",
        n as f64 / dt
    );
    Ok(())
}
