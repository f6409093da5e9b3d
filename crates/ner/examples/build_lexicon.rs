//! Rebuilds the tagger's embedded lexicon (`crates/ner/data/`).
//!
//! ```text
//! xzcat ../shared/data/lexicons/languagetool-german-pos-dict/german_full_forms.tsv.xz |
//!   cargo run --release -p lagebild-ner --example build_lexicon -- \
//!     ../shared/data/lexicons/firstnames-nam-dict/nam_dict.txt.gz crates/ner/data
//! ```
//!
//! Reads the LanguageTool full-form dump (`form<TAB>lemma<TAB>tag`) on stdin,
//! and `nam_dict.txt.gz`; writes `lexicon.fst` (form → bits, CC BY-SA 4.0) and
//! `firstnames.fst` (GFDL 1.2+). The output depends only on the inputs.

use lagebild_ner::lexicon::{bits_of_lt_tag, build_name_set, build_word_map};
use std::io::{BufRead, Read};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().collect();
    let (Some(names), Some(out)) = (args.get(1), args.get(2)) else {
        return Err("usage: build_lexicon NAM_DICT.txt.gz OUT_DIR < german_full_forms.tsv".into());
    };
    let stdin = std::io::stdin();
    let mut pairs = Vec::new();
    for line in stdin.lock().lines() {
        let line = line?;
        if line.starts_with('#') {
            continue;
        }
        let mut it = line.split('\t');
        let (Some(form), Some(_lemma), Some(tag)) = (it.next(), it.next(), it.next()) else {
            continue;
        };
        let bits = bits_of_lt_tag(tag.trim());
        if bits != 0 && !form.is_empty() {
            pairs.push((form.to_string(), bits));
        }
    }
    let n_lines = pairs.len();
    let words = build_word_map(pairs)?;

    let mut text = String::new();
    flate2::read::GzDecoder::new(std::fs::File::open(names)?).read_to_string(&mut text)?;
    let mut first = Vec::new();
    for line in text.lines() {
        if line.starts_with('#') || line.len() < 4 {
            continue;
        }
        // Fixed columns: gender in 0..3, the name from column 3 up to the
        // frequency columns (name field is 26 characters wide).
        let name: String = line.chars().skip(3).take(26).collect();
        let name = name.trim();
        if name.is_empty() || name.contains([' ', '+', '<', '>']) {
            continue;
        }
        first.push(name.to_string());
    }
    let n_first = first.len();
    let first = build_name_set(first)?;

    let out = std::path::Path::new(out);
    std::fs::write(out.join("lexicon.fst"), &words)?;
    std::fs::write(out.join("firstnames.fst"), &first)?;
    eprintln!(
        "lexicon.fst: {} bytes from {} tagged forms; firstnames.fst: {} bytes, {} names",
        words.len(),
        n_lines,
        first.len(),
        n_first
    );
    Ok(())
}
