//! Learns the word clusters of the NER tagger (`crates/ner/data/clusters.fst`).
//!
//! ```text
//! cargo run --release -p lagebild-ner --example build_clusters -- ../shared crates/ner/data/clusters.fst
//! ```
//!
//! Unlabeled text, all with licences that allow shipping derived data:
//! - GermEval 2014 `NER-de-train.tsv`, tokens only (CC BY 4.0);
//! - the article texts of `wikinews-quotes/articles.jsonl` (Wikinews, CC BY 2.5; only the
//!   `text` field, never the quote annotations);
//! - SpkAtt-2023 train/dev/trial token lists (Bundestag debates, CC BY-SA 4.0).
//!
//! Deterministic: inputs are read in sorted order and k-means is seeded.

use lagebild_ner::clusters::{learn, simple_tokens, ClusterConfig};
use lagebild_ner::germeval::TsvFile;
use std::path::Path;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().collect();
    let (Some(shared), Some(out)) = (args.get(1), args.get(2)) else {
        return Err("usage: build_clusters SHARED_DIR OUT.fst".into());
    };
    let data = Path::new(shared).join("data");
    let mut sents: Vec<Vec<String>> = Vec::new();

    let ge = std::fs::read_to_string(data.join("germeval2014-ner/NER-de-train.tsv"))?;
    let n0 = sents.len();
    sents.extend(TsvFile::parse(&ge).sentences().into_iter().map(|s| s.words));
    eprintln!("germeval train: {} sentences", sents.len() - n0);

    let n0 = sents.len();
    let wn = std::fs::read_to_string(data.join("wikinews-quotes/articles.jsonl"))?;
    for line in wn.lines() {
        let v: serde_json::Value = serde_json::from_str(line)?;
        if let Some(text) = v.get("text").and_then(|t| t.as_str()) {
            for para in text.split('\n') {
                let toks = simple_tokens(para);
                if !toks.is_empty() {
                    sents.push(toks);
                }
            }
        }
    }
    eprintln!("wikinews: {} paragraphs", sents.len() - n0);

    let n0 = sents.len();
    for split in ["trial", "train", "dev"] {
        let dir = data
            .join("spkatt2023-gepade/data")
            .join(split)
            .join("task1");
        let Ok(rd) = std::fs::read_dir(&dir) else {
            continue;
        };
        let mut files: Vec<_> = rd.filter_map(|e| e.ok().map(|e| e.path())).collect();
        files.sort();
        for f in files {
            let v: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(&f)?)?;
            for s in v["Sentences"].as_array().into_iter().flatten() {
                let toks: Vec<String> = s["Tokens"]
                    .as_array()
                    .into_iter()
                    .flatten()
                    .filter_map(|t| t.as_str().map(String::from))
                    .collect();
                if !toks.is_empty() {
                    sents.push(toks);
                }
            }
        }
    }
    eprintln!("spkatt: {} sentences", sents.len() - n0);
    let n_tok: usize = sents.iter().map(Vec::len).sum();
    eprintln!("total {} sentences, {} tokens", sents.len(), n_tok);

    let cfg = ClusterConfig::default();
    let out_rows = learn(&sents, &cfg);
    let mut b = fst::MapBuilder::memory();
    for (w, fine, coarse) in &out_rows {
        b.insert(w, u64::from(*fine) << 16 | u64::from(*coarse))?;
    }
    let bytes = b.into_inner()?;
    std::fs::write(out, &bytes)?;
    eprintln!(
        "{} words clustered; wrote {} bytes to {out}",
        out_rows.len(),
        bytes.len()
    );
    Ok(())
}
