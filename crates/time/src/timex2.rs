//! Reading TIMEX2 gold (WikiWarsDE `keyinline/*.key.xml`) and comparing TIMEX2
//! values with our TIMEX3 values, for the evaluation in `tests/wikiwars.rs`.
//!
//! The inline files are the raw `in/*.sgm` documents with `<TIMEX2 val="…">`
//! tags added; removing the tags gives the raw text byte for byte (checked by
//! the test), so gold spans are byte offsets into the raw text.
//!
//! Lenient value comparison ([`values_match`]): both values are upper-cased,
//! a trailing `:00` seconds field and a time-zone suffix (`+01`, `Z`) are
//! dropped, and then they must be equal. TIMEX2 and TIMEX3 share the ISO
//! value syntax for dates, weeks, parts of day (`TMO`), seasons (`-SU`),
//! durations (`P3Y`, `PXM`), centuries (`19`), decades (`193`) and the
//! `PRESENT_REF`/`PAST_REF`/`FUTURE_REF` tokens, and WikiWarsDE writes BC years
//! as `BC0499` as we do; TIMEX2's `MOD`, `ANCHOR_*` and `SET` attributes are
//! ignored (TIMEX3 keeps them out of the value too).

use lagebild_core::{DocDate, Span};

/// One gold expression.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Gold {
    pub span: Span,
    pub value: Option<String>,
}

/// A parsed WikiWarsDE document.
#[derive(Debug, Clone)]
pub struct GoldDoc {
    /// The raw text (tags removed).
    pub text: String,
    /// The document creation time (`<DATETIME>`).
    pub dct: Option<DocDate>,
    /// The `<TEXT>` part: what is tagged and scored.
    pub body: Span,
    /// Gold expressions inside the body.
    pub timexes: Vec<Gold>,
}

fn attr(tag: &str, name: &str) -> Option<String> {
    let lower = tag.to_ascii_lowercase();
    let key = format!("{name}=\"");
    let i = lower.find(&key)? + key.len();
    let j = tag[i..].find('"')?;
    Some(tag[i..i + j].to_string())
}

/// Parses a `keyinline` file. Expressions in the `<DATETIME>` header are not
/// part of the body and are left out.
pub fn parse_keyinline(src: &str) -> GoldDoc {
    let mut text = String::with_capacity(src.len());
    let mut open: Vec<(usize, Option<String>)> = Vec::new();
    let mut all = Vec::new();
    let mut rest = src;
    while let Some(i) = rest.find('<') {
        let (before, tail) = rest.split_at(i);
        text.push_str(before);
        let Some(j) = tail.find('>') else {
            text.push_str(tail);
            rest = "";
            break;
        };
        let tag = &tail[..=j];
        if tag.starts_with("<TIMEX2") {
            open.push((text.len(), attr(tag, "val")));
        } else if tag.starts_with("</TIMEX2") {
            if let Some((s, v)) = open.pop() {
                all.push(Gold {
                    span: Span::new(s, text.len()),
                    value: v,
                });
            }
        } else {
            text.push_str(tag);
        }
        rest = &tail[j + 1..];
    }
    text.push_str(rest);
    let body_start = text.find("<TEXT>").map_or(0, |i| i + "<TEXT>".len());
    let body_end = text.find("</TEXT>").unwrap_or(text.len()).max(body_start);
    let body = Span::new(body_start, body_end);
    let dct = text
        .find("<DATETIME>")
        .and_then(|i| text[i + 10..].trim_start().get(..10))
        .and_then(DocDate::parse);
    let mut timexes: Vec<Gold> = all.into_iter().filter(|g| body.contains(g.span)).collect();
    timexes.sort_by_key(|g| g.span);
    GoldDoc {
        text,
        dct,
        body,
        timexes,
    }
}

fn canonical(v: &str) -> String {
    let mut v = v.trim().to_ascii_uppercase();
    if let Some(t) = v.find('T') {
        // a time-zone suffix after a clock time
        if let Some(z) = v[t..].find(['+', 'Z']).map(|z| z + t) {
            if v[t..].contains(':') {
                v.truncate(z);
            }
        }
        let time = &v[t..];
        if time.matches(':').count() == 2 && time.ends_with(":00") {
            v.truncate(v.len() - 3);
        }
    }
    v
}

/// Lenient TIMEX2/TIMEX3 value equality (see the module docs).
pub fn values_match(timex2: &str, timex3: &str) -> bool {
    canonical(timex2) == canonical(timex3)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parse_inline() {
        let src = "<DOC>\n<DATETIME> <TIMEX2 val=\"2011-02-16T17:00:00\">2011-02-16T17:00:00</TIMEX2> </DATETIME>\n<TEXT>\nAm <TIMEX2 val=\"1939-09-01\">1. September 1939</TIMEX2> begann es.\n</TEXT>\n</DOC>";
        let d = parse_keyinline(src);
        assert_eq!(d.dct, DocDate::parse("2011-02-16"));
        assert_eq!(d.timexes.len(), 1);
        assert_eq!(d.timexes[0].span.of(&d.text), "1. September 1939");
        assert_eq!(d.timexes[0].value.as_deref(), Some("1939-09-01"));
        assert!(!d.text.contains("TIMEX2"));
    }

    #[test]
    fn lenient_values() {
        let table = [
            ("1939-09-01T04:45:00", "1939-09-01T04:45", true),
            ("1945-05-08T23:01+01", "1945-05-08T23:01", true),
            ("pxm", "PXM", true),
            ("BC0499", "BC0499", true),
            ("1939", "1939-09", false),
            ("19", "19", true),
        ];
        for (a, b, want) in table {
            assert_eq!(values_match(a, b), want, "{a} {b}");
        }
    }
}
