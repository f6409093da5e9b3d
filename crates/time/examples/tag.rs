//! Prints the time expressions of a text file, one per line.
//!
//! `cargo run -p lagebild-time --example tag -- FILE [narrative]`
//! (a WikiWarsDE `.sgm` file is read with its `<DATETIME>` as the date).

use lagebild_core::{Document, Span};
use lagebild_time::{timex2, DocKind, TimeTagger};

fn main() {
    let mut args = std::env::args().skip(1);
    let Some(path) = args.next() else {
        eprintln!("usage: tag FILE [narrative]");
        std::process::exit(2);
    };
    let kind = match args.next().as_deref() {
        Some("narrative") => DocKind::Narrative,
        _ => DocKind::News,
    };
    let text = match std::fs::read_to_string(&path) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("{path}: {e}");
            std::process::exit(1);
        }
    };
    let (text, body, date) = if text.contains("<DATETIME>") {
        let d = timex2::parse_keyinline(&text);
        (d.text, d.body, d.dct)
    } else {
        let doc = Document::new(text);
        let (b, d) = (doc.body, doc.date);
        (doc.text, b, d)
    };
    let tagger = TimeTagger::new().with_kind(kind);
    for t in tagger.tag(&text, body, date, &[]) {
        let Span { start, end } = t.span;
        println!(
            "{start}\t{end}\t{:?}\t{}\t{}{}\t{}",
            &text[start..end],
            t.ttype.as_str(),
            t.value,
            if t.vague { " (vague)" } else { "" },
            t.rule
        );
    }
}
