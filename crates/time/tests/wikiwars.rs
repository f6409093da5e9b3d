//! WikiWarsDE (Strötgen & Gertz 2011, CC BY-SA 3.0): 22 German Wikipedia war
//! narratives with TIMEX2 gold. We tag the raw text as a narrative (relative
//! expressions anchored on the last mentioned date, the `<DATETIME>` as the
//! document date) and score lenient span + value: a prediction matches a gold
//! expression (one-to-one, in text order) when the spans overlap and the values
//! agree under `timex2::values_match`. The expressions of the `<DATETIME>`
//! header are not scored. Bar: F1 >= 0.85 (HeidelTime reports 82.5).
//!
//! `cargo test -p lagebild-time --release --test wikiwars -- --nocapture`
//! (set WIKIWARS_VERBOSE=1 to list the errors).

use lagebild_time::timex2::{parse_keyinline, values_match};
use lagebild_time::{DocKind, TimeTagger};
use std::path::{Path, PathBuf};

fn shared() -> Option<PathBuf> {
    let p = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../../shared");
    if p.is_dir() {
        return Some(p);
    }
    if std::env::var("CI").as_deref() == Ok("true") {
        panic!("../shared is missing and CI=true");
    }
    eprintln!("skipping: ../shared (WikiWarsDE) not found");
    None
}

fn f1(p: f64, r: f64) -> f64 {
    if p + r > 0.0 {
        2.0 * p * r / (p + r)
    } else {
        0.0
    }
}

#[test]
fn wikiwars_lenient_span_value_f1() {
    let Some(sh) = shared() else { return };
    let root = sh.join("data/wikiwarsde-timex/WikiWarsDE_20110412");
    let verbose = std::env::var("WIKIWARS_VERBOSE").is_ok();
    let tagger = TimeTagger::new().with_kind(DocKind::Narrative);
    let mut files: Vec<_> = std::fs::read_dir(root.join("keyinline"))
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .collect();
    files.sort();
    assert_eq!(files.len(), 22, "WikiWarsDE has 22 documents");
    let (mut ngold, mut npred, mut span_tp, mut val_tp) = (0usize, 0usize, 0usize, 0usize);
    for path in &files {
        let src = std::fs::read_to_string(path).unwrap();
        let doc = parse_keyinline(&src);
        let stem = path
            .file_name()
            .unwrap()
            .to_string_lossy()
            .replace(".key.xml", "");
        let raw = std::fs::read_to_string(root.join("in").join(format!("{stem}.sgm"))).unwrap();
        assert_eq!(
            raw, doc.text,
            "{stem}: keyinline without tags must equal the raw text"
        );
        let preds = tagger.tag(&raw, doc.body, doc.dct, &[]);
        let mut used_v = vec![false; preds.len()];
        let mut used_s = vec![false; preds.len()];
        for g in &doc.timexes {
            let gv = g.value.as_deref().unwrap_or("");
            if let Some(k) =
                (0..preds.len()).find(|&k| !used_s[k] && preds[k].span.overlaps(g.span))
            {
                used_s[k] = true;
                span_tp += 1;
            }
            match (0..preds.len()).find(|&k| {
                !used_v[k] && preds[k].span.overlaps(g.span) && values_match(gv, &preds[k].value)
            }) {
                Some(k) => {
                    used_v[k] = true;
                    val_tp += 1;
                }
                None if verbose => {
                    let near: Vec<String> = preds
                        .iter()
                        .filter(|p| p.span.overlaps(g.span))
                        .map(|p| format!("{:?}={} [{}]", p.span.of(&raw), p.value, p.rule))
                        .collect();
                    println!("MISS {stem} {:?} {gv}  got {near:?}", g.span.of(&raw));
                }
                None => {}
            }
        }
        if verbose {
            for (k, p) in preds.iter().enumerate() {
                if !doc.timexes.iter().any(|g| g.span.overlaps(p.span)) && !used_v[k] {
                    println!(
                        "SPURIOUS {stem} {:?} {} [{}]",
                        p.span.of(&raw),
                        p.value,
                        p.rule
                    );
                }
            }
        }
        ngold += doc.timexes.len();
        npred += preds.len();
    }
    let (sp, sr) = (
        span_tp as f64 / npred.max(1) as f64,
        span_tp as f64 / ngold.max(1) as f64,
    );
    let (vp, vr) = (
        val_tp as f64 / npred.max(1) as f64,
        val_tp as f64 / ngold.max(1) as f64,
    );
    println!("WikiWarsDE: {ngold} gold, {npred} predicted");
    println!(
        "lenient span:         P {sp:.3} R {sr:.3} F1 {:.3}",
        f1(sp, sr)
    );
    println!(
        "lenient span + value: P {vp:.3} R {vr:.3} F1 {:.3}",
        f1(vp, vr)
    );
    assert!(
        f1(vp, vr) >= 0.85,
        "lenient span + value F1 {:.3} < 0.85",
        f1(vp, vr)
    );
}
