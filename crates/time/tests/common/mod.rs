//! The table runner shared by `families.rs` and `values.rs`: each row is a
//! text, the document date, and the expressions expected (span text, value).

use lagebild_core::{DocDate, Span};
use lagebild_time::{DocKind, TimeTagger};

pub type Row = (
    &'static str,
    Option<&'static str>,
    &'static [(&'static str, &'static str)],
);

pub fn run(kind: DocKind, rows: &[Row]) {
    let tagger = TimeTagger::new().with_kind(kind);
    let mut failures = Vec::new();
    for (text, date, want) in rows {
        let date = date.and_then(DocDate::parse);
        let got: Vec<(String, String)> = tagger
            .tag(text, Span::new(0, text.len()), date, &[])
            .into_iter()
            .map(|t| (t.span.of(text).to_string(), t.value))
            .collect();
        let want: Vec<(String, String)> = want
            .iter()
            .map(|(a, b)| (a.to_string(), b.to_string()))
            .collect();
        if got != want {
            failures.push(format!("{text:?}\n   want {want:?}\n    got {got:?}"));
        }
    }
    assert!(
        failures.is_empty(),
        "{} failures:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

pub const D: Option<&str> = Some("2020-07-15");
pub const M: Option<&str> = Some("2020-07");
