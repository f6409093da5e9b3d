//! The bar of issue 4 on the full-gold dev articles (../shared/eval/dev):
//! actors_f1 ≥ 0.90 and affiliation_acc ≥ 0.90, computed as score.py does.
//! Skips when ../shared is absent; fails then under CI=true.

use lagebild_actors::ActorLinker;
use lagebild_core::{Analysis, Document, Stage};
use std::path::{Path, PathBuf};

fn shared() -> Option<PathBuf> {
    let p = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared");
    if p.join("eval/dev").is_dir() {
        Some(p)
    } else if std::env::var("CI").is_ok_and(|v| v == "true") {
        panic!("../shared/eval/dev is missing (required under CI=true)");
    } else {
        eprintln!("skipping: ../shared/eval/dev not found");
        None
    }
}

/// score.py's `norm`: case-folded, hyphens as spaces, single spaces.
fn norm(s: &str) -> String {
    s.to_lowercase()
        .replace(
            [
                '\u{2010}', '\u{2011}', '\u{2012}', '\u{2013}', '\u{2014}', '-',
            ],
            " ",
        )
        .replace('\u{ad}', "")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

#[test]
fn dev_actors_bar() {
    let Some(shared) = shared() else { return };
    let dir = shared.join("eval/dev");
    let (mut tp, mut n_pred, mut n_gold, mut aff_ok, mut aff_n) =
        (0usize, 0usize, 0usize, 0usize, 0usize);
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .expect("dev dir")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.to_string_lossy().ends_with(".gold.json"))
        .collect();
    files.sort();
    for gf in files {
        let gold: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(&gf).expect("gold")).expect("json");
        let text =
            std::fs::read_to_string(dir.join(gold["text_file"].as_str().expect("text_file")))
                .expect("text");
        let mut a = Analysis::new(Document::new(text));
        lagebild_segment::Segmenter::new()
            .run(&mut a)
            .expect("segment");
        lagebild_ner::NerTagger::new().run(&mut a).expect("ner");
        ActorLinker::new().run(&mut a).expect("actors");
        let scored = |t: &str| matches!(t, "PER" | "ORG" | "LOC");
        let preds: Vec<_> = a
            .entities
            .iter()
            .filter(|e| scored(e.etype.as_str()))
            .collect();
        let golds: Vec<&serde_json::Value> = gold["entities"]
            .as_array()
            .expect("entities")
            .iter()
            .filter(|e| scored(e["type"].as_str().unwrap_or("")))
            .collect();
        // required first, then optional (as score.py orders them)
        let (req, opt): (Vec<_>, Vec<_>) = golds
            .into_iter()
            .partition(|g| !g["optional"].as_bool().unwrap_or(false));
        let all: Vec<_> = req.iter().chain(opt.iter()).collect();
        let mut used_p = vec![false; preds.len()];
        let mut matched_opt = 0;
        for (i, g) in all.iter().enumerate() {
            let mut names = vec![norm(g["name"].as_str().unwrap_or(""))];
            for al in g["aliases"].as_array().into_iter().flatten() {
                names.push(norm(al.as_str().unwrap_or("")));
            }
            let hit = preds.iter().enumerate().find(|(j, p)| {
                !used_p[*j]
                    && p.etype.as_str() == g["type"].as_str().unwrap_or("")
                    && names.contains(&norm(&p.name))
            });
            match hit {
                Some((j, p)) => {
                    used_p[j] = true;
                    if i < req.len() {
                        tp += 1;
                        if g["type"] == "PER" {
                            if let Some(c) = g["country"].as_str() {
                                aff_n += 1;
                                aff_ok += usize::from(p.country.as_deref() == Some(c));
                            }
                        }
                    } else {
                        matched_opt += 1;
                    }
                }
                None if i < req.len() => eprintln!("{}: missed {}", gf.display(), g["name"]),
                None => {}
            }
        }
        for (j, p) in preds.iter().enumerate() {
            if !used_p[j] {
                eprintln!("{}: spurious {}", gf.display(), p.name);
            }
        }
        n_pred += preds.len() - matched_opt;
        n_gold += req.len();
    }
    let p = tp as f64 / n_pred.max(1) as f64;
    let r = tp as f64 / n_gold.max(1) as f64;
    let f1 = if p + r > 0.0 {
        2.0 * p * r / (p + r)
    } else {
        0.0
    };
    let aff = aff_ok as f64 / aff_n.max(1) as f64;
    eprintln!("actors_f1 {f1:.4} (p {p:.4} r {r:.4}) affiliation_acc {aff:.4}");
    assert!(f1 >= 0.90, "actors_f1 {f1:.4} < 0.90");
    assert!(aff >= 0.90, "affiliation_acc {aff:.4} < 0.90");
}
