//! Helpers shared by the speech stage's table tests: run the segmenter and the
//! speech stage on a text, list its quotes, check them against a table.
#![allow(dead_code)]

use lagebild_core::{Analysis, Document, QuoteKind, Stage};
use lagebild_speech::SpeechTagger;

pub fn analyse(text: &str) -> Analysis {
    let mut a = Analysis::new(Document::new(text.to_string()));
    lagebild_segment::Segmenter::new().run(&mut a).unwrap();
    SpeechTagger::new().run(&mut a).unwrap();
    a
}

/// (content, kind, speaker mention) of every quote, in text order.
pub fn quotes(a: &Analysis) -> Vec<(String, QuoteKind, Option<String>)> {
    lagebild_speech::sorted(&a.quotes)
        .into_iter()
        .map(|q| {
            let content = if q.spans.is_empty() {
                a.text_of(q.span).to_string()
            } else {
                q.spans
                    .iter()
                    .map(|s| a.text_of(*s))
                    .collect::<Vec<_>>()
                    .join(" … ")
            };
            (
                content,
                q.kind,
                q.speaker_mention.map(|m| a.text_of(m).to_string()),
            )
        })
        .collect()
}

pub type Case = (
    &'static str,
    &'static [(&'static str, QuoteKind, Option<&'static str>)],
);

pub fn check(cases: &[Case]) {
    for (text, want) in cases {
        let a = analyse(text);
        let got = quotes(&a);
        let want: Vec<(String, QuoteKind, Option<String>)> = want
            .iter()
            .map(|(c, k, m)| (c.to_string(), *k, m.map(str::to_string)))
            .collect();
        assert_eq!(got, want, "\ntext: {text}");
    }
}
