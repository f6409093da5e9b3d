//! The document model: decoding, the `date` header, paragraphs, block quotes
//! and web-page furniture.
//!
//! The text is kept exactly as read. Everything here is a span into it: the
//! header, the body the stages analyse, each paragraph, and the furniture
//! that is left out. The JSON contract counts offsets from the start of the
//! file, header included, so no stage ever sees a shifted text.

use crate::{Error, Result, Span};
use std::fmt;
use std::path::Path;

/// How much of a date is known.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Precision {
    Year,
    Month,
    Day,
}

/// A calendar date of known precision (`2020`, `2020-07`, `2020-07-15`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct DocDate {
    pub year: i32,
    pub month: Option<u8>,
    pub day: Option<u8>,
}

impl DocDate {
    pub fn precision(&self) -> Precision {
        match (self.month, self.day) {
            (Some(_), Some(_)) => Precision::Day,
            (Some(_), None) => Precision::Month,
            _ => Precision::Year,
        }
    }

    /// Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, checking month and day.
    pub fn parse(s: &str) -> Option<DocDate> {
        let b = s.as_bytes();
        let digits = |r: std::ops::Range<usize>| -> Option<u32> {
            let part = b.get(r)?;
            if part.iter().all(u8::is_ascii_digit) {
                std::str::from_utf8(part).ok()?.parse().ok()
            } else {
                None
            }
        };
        let year = digits(0..4)? as i32;
        match b.len() {
            4 => Some(DocDate {
                year,
                month: None,
                day: None,
            }),
            7 if b[4] == b'-' => {
                let m = digits(5..7)?;
                (1..=12).contains(&m).then_some(DocDate {
                    year,
                    month: Some(m as u8),
                    day: None,
                })
            }
            10 if b[4] == b'-' && b[7] == b'-' => {
                let m = digits(5..7)?;
                let d = digits(8..10)?;
                if !(1..=12).contains(&m) || d == 0 || d > days_in_month(year, m) {
                    return None;
                }
                Some(DocDate {
                    year,
                    month: Some(m as u8),
                    day: Some(d as u8),
                })
            }
            _ => None,
        }
    }
}

/// Days in a month of the proleptic Gregorian calendar.
pub fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        _ => 0,
    }
}

impl fmt::Display for DocDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}", self.year)?;
        if let Some(m) = self.month {
            write!(f, "-{m:02}")?;
            if let Some(d) = self.day {
                write!(f, "-{d:02}")?;
            }
        }
        Ok(())
    }
}

/// A paragraph of the body: a run of lines between blank lines.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Paragraph {
    /// The paragraph's text, trimmed of surrounding white space.
    pub span: Span,
    /// True when the previous paragraph ends with a colon, so this one is a
    /// block quote (the seed's "Wir haben um kein Treffen … gebeten.").
    pub after_colon: bool,
}

/// One article: its untouched text and the layout read off it.
#[derive(Debug, Clone)]
pub struct Document {
    /// The article's identifier (file stem or JSONL `id`), if known.
    pub id: Option<String>,
    /// The text exactly as read.
    pub text: String,
    /// The document date: from the header, or set by the caller.
    pub date: Option<DocDate>,
    /// The `date …` header, if one was recognised.
    pub header: Option<Span>,
    /// The part that is analysed: after the header, before the furniture.
    pub body: Span,
    /// Web-page furniture at the end ("Kommentare", "Weiterlesen mit …").
    pub furniture: Option<Span>,
    pub paragraphs: Vec<Paragraph>,
    /// Things the reader should know (a malformed header read as text …).
    pub warnings: Vec<String>,
}

impl Document {
    /// Decodes bytes read from `path` (used in error messages) and builds the
    /// document. Invalid UTF-8 and binary data are errors that name the byte
    /// offset; an empty input is a valid, empty document.
    pub fn from_bytes(bytes: Vec<u8>, path: Option<&Path>) -> Result<Document> {
        if let Some(offset) = binary_offset(&bytes) {
            return Err(Error::Binary {
                path: path.map(Path::to_path_buf),
                offset,
            });
        }
        let text = String::from_utf8(bytes).map_err(|e| Error::InvalidUtf8 {
            path: path.map(Path::to_path_buf),
            offset: e.utf8_error().valid_up_to(),
        })?;
        Ok(Document::new(text))
    }

    /// Builds a document from text: reads the header, cuts the furniture,
    /// finds the paragraphs.
    pub fn new(text: String) -> Document {
        let mut warnings = Vec::new();
        let (header, date, body_start) = parse_header(&text, &mut warnings);
        let furniture = find_furniture(&text, body_start);
        let body_end = furniture.map_or(text.len(), |f| f.start);
        let body = Span::new(body_start, body_end);
        let paragraphs = paragraphs(&text, body);
        Document {
            id: None,
            text,
            date,
            header,
            body,
            furniture,
            paragraphs,
            warnings,
        }
    }

    pub fn with_id(mut self, id: impl Into<String>) -> Self {
        self.id = Some(id.into());
        self
    }

    /// Sets or overrides the document date (`--date`, the JSONL `date`).
    pub fn with_date(mut self, date: Option<DocDate>) -> Self {
        if date.is_some() {
            self.date = date;
        }
        self
    }

    /// The analysed part of the text.
    pub fn body_text(&self) -> &str {
        self.body.of(&self.text)
    }

    /// The article's headline: the first line of the body (after the `date`
    /// header, also when the body goes on on the header's line), when that
    /// line is short and ends in no sentence mark — a wire text without a
    /// headline starts with its first sentence. The one place that reads
    /// it: the actors (main country, dateline) and the events (a headline
    /// restates the body) ask here (issue #7).
    pub fn headline(&self) -> Option<Span> {
        let body = self.body_text();
        let end = body.find('\n').unwrap_or(body.len());
        let line = Span::new(self.body.start, self.body.start + end).trim(&self.text);
        let t = line.of(&self.text);
        let ends_sentence = t.ends_with(['.', '!', '?', ':', '“', '"']);
        (!t.is_empty() && !ends_sentence && t.len() < 160).then_some(line)
    }
}

/// The byte offset that marks the input as binary: the first NUL byte, or, when
/// more than a tenth of the first 4 KiB are control bytes, the first of them.
fn binary_offset(bytes: &[u8]) -> Option<usize> {
    if let Some(i) = bytes.iter().position(|&b| b == 0) {
        return Some(i);
    }
    let head = &bytes[..bytes.len().min(4096)];
    let is_ctrl = |b: &u8| *b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r' | 0x0c);
    let n = head.iter().filter(|b| is_ctrl(b)).count();
    if n * 10 > head.len() && n > 0 {
        head.iter().position(is_ctrl)
    } else {
        None
    }
}

/// Reads an optional ` date YYYY[-MM[-DD]] ` header. Returns the header span,
/// the date and where the body starts. A line that starts with `date` but whose
/// date does not parse is read as text, with a warning.
fn parse_header(text: &str, warnings: &mut Vec<String>) -> (Option<Span>, Option<DocDate>, usize) {
    let lead = text.len() - text.trim_start().len();
    let rest = &text[lead..];
    let Some(after) = rest.strip_prefix("date") else {
        return (None, None, lead);
    };
    if !after.starts_with([' ', '\t']) {
        return (None, None, lead);
    }
    let after_ws = after.trim_start_matches([' ', '\t']);
    let token_len = after_ws.find(char::is_whitespace).unwrap_or(after_ws.len());
    let token = &after_ws[..token_len];
    match DocDate::parse(token) {
        Some(d) => {
            let header_end = text.len() - after_ws.len() + token_len;
            let body_start =
                header_end + (text[header_end..].len() - text[header_end..].trim_start().len());
            (Some(Span::new(lead, header_end)), Some(d), body_start)
        }
        None => {
            let shown: String = token.chars().take(40).collect();
            warnings.push(format!(
                "malformed date header {shown:?}: expected date YYYY[-MM[-DD]]; read as text"
            ));
            (None, None, lead)
        }
    }
}

/// Lines that mark the start of page furniture when they stand on their own.
const FURNITURE_START: &[&str] = &[
    "kommentare",
    "kommentar schreiben",
    "diese diskussion ist geschlossen",
    "weiterlesen mit",
    "jetzt weiterlesen",
    "lesen sie auch",
    "mehr zum thema",
    "zur startseite",
    "artikel teilen",
    "diesen artikel teilen",
    "newsletter",
    "anzeige",
];

/// The first [`PREFIX_CHARS`] characters of `line` lower-cased: a prefix of
/// `line.to_lowercase()` at least as long as every marker the furniture
/// tests look for at the start of a line (a capital sigma at the cut may read
/// "ς" where the whole line reads "σ"; no marker holds either).
fn lower_prefix(line: &str) -> String {
    let mut p = String::new();
    for c in line.chars().take(PREFIX_CHARS) {
        p.extend(c.to_lowercase());
    }
    p
}

/// More characters than the longest marker of [`FURNITURE_START`] and
/// [`is_source_line`] has bytes (each character lower-cases to one byte
/// or more).
const PREFIX_CHARS: usize = 40;

/// Lines that are furniture at the very end: source and copyright lines.
fn is_source_line(line: &str) -> bool {
    // Every test below needs one of these starts; most lines have none, and
    // lower-casing their prefix spares lower-casing the whole line.
    const STARTS: [&str; 6] = [
        "©",
        "(",
        "copyright",
        "quelle:",
        "quellen:",
        "alle rechte vorbehalten",
    ];
    let p = lower_prefix(line.trim());
    STARTS.iter().any(|s| p.starts_with(s)) && is_source_line_whole(line)
}

/// [`is_source_line`] without the prefix gate: the whole line lower-cased.
fn is_source_line_whole(line: &str) -> bool {
    let l = line.trim().to_lowercase();
    l.starts_with('©')
        || l.starts_with("(c)")
        || l.starts_with("copyright")
        || l.starts_with("quelle:")
        || l.starts_with("quellen:")
        || l.starts_with("alle rechte vorbehalten")
        || (l.starts_with('(') && l.ends_with(')') && l.len() <= 24 && !l.contains(' '))
}

fn is_furniture_start(line: &str) -> bool {
    // Every test below needs the line to start with a marker or an ASCII
    // digit (see `is_source_line`).
    let p = lower_prefix(line.trim());
    (p.starts_with(|c: char| c.is_ascii_digit())
        || FURNITURE_START.iter().any(|m| p.starts_with(m)))
        && is_furniture_start_whole(line)
}

/// [`is_furniture_start`] without the prefix gate.
fn is_furniture_start_whole(line: &str) -> bool {
    let l = line.trim().to_lowercase();
    let l = l.trim_end_matches([':', '.', '…', ' ']);
    FURNITURE_START.iter().any(|m| {
        l == *m
            || (l.starts_with(m)
                && l.len() <= m.len() + 60
                && !l.ends_with(['.', '!', '?', '"', '“']))
            || (l.starts_with(m)
                && l.chars()
                    .nth(m.chars().count())
                    .is_some_and(|c| c == ' ' || c == ':')
                && m.contains(' '))
    }) || (l.ends_with("kommentare")
        && l.split_whitespace().count() <= 2
        && l.chars().next().is_some_and(|c| c.is_ascii_digit()))
}

/// Finds the furniture at the end of the text: everything from the first line
/// that starts furniture, provided all lines after it are short or furniture;
/// else only a run of source and copyright lines at the very end.
fn find_furniture(text: &str, body_start: usize) -> Option<Span> {
    let body = &text[body_start..];
    // line starts (byte offsets into text)
    let mut lines: Vec<(usize, &str)> = Vec::new();
    let mut pos = body_start;
    for line in body.split_inclusive('\n') {
        lines.push((pos, line));
        pos += line.len();
    }
    // Walk back from the end while lines are short/furniture-like.
    let mut cut: Option<usize> = None;
    let mut only_source_cut: Option<usize> = None;
    let mut source_run = true;
    for &(start, line) in lines.iter().rev() {
        let t = line.trim();
        if t.is_empty() {
            continue;
        }
        if source_run && is_source_line(t) {
            only_source_cut = Some(start);
            continue;
        }
        source_run = false;
        if is_furniture_start(t) {
            cut = Some(start);
            continue;
        }
        // Short lines without sentence punctuation (user names, dates, buttons)
        // may sit between furniture markers.
        let short =
            t.chars().count() <= 80 && !t.ends_with(['.', '!', '?', '"', '“', '«', '»', ':']);
        if short {
            continue;
        }
        break;
    }
    let cut = match (cut, only_source_cut) {
        (Some(a), Some(b)) => Some(a.min(b)),
        (a, b) => a.or(b),
    }?;
    // Never cut everything: the article must keep its first line.
    if text[body_start..cut].trim().is_empty() {
        return None;
    }
    // Back up over the white space before the furniture.
    let keep = text[..cut].trim_end().len().max(body_start);
    Some(Span::new(keep, text.len()))
}

/// Splits the body into paragraphs at blank lines.
fn paragraphs(text: &str, body: Span) -> Vec<Paragraph> {
    let mut out: Vec<Paragraph> = Vec::new();
    let b = body.of(text);
    let mut start = 0usize; // relative to body
    let mut i = 0usize;
    let bytes = b.as_bytes();
    let push = |out: &mut Vec<Paragraph>, s: usize, e: usize| {
        let sp = Span::new(body.start + s, body.start + e).trim(text);
        if !sp.is_empty() {
            let after_colon = out
                .last()
                .is_some_and(|p: &Paragraph| p.span.of(text).ends_with(':'));
            out.push(Paragraph {
                span: sp,
                after_colon,
            });
        }
    };
    while i < bytes.len() {
        if bytes[i] == b'\n' {
            // look for a blank line: \n [ \t\r]* \n
            let mut j = i + 1;
            while j < bytes.len() && matches!(bytes[j], b' ' | b'\t' | b'\r') {
                j += 1;
            }
            if j < bytes.len() && bytes[j] == b'\n' {
                push(&mut out, start, i);
                while j < bytes.len() && bytes[j].is_ascii_whitespace() {
                    j += 1;
                }
                start = j;
                i = j;
                continue;
            }
        }
        i += 1;
    }
    push(&mut out, start, bytes.len());
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Issue #9: the furniture tests that lower-case only a line's prefix
    /// first answer as the whole-line tests they replaced.
    #[test]
    fn prefix_gate_keeps_furniture_answers() {
        let long = format!("Diese Diskussion ist geschlossen {}", "x".repeat(80));
        let mut lines = vec![
            "© dpa",
            "(C) 2023 Verlag",
            "COPYRIGHT Foo",
            "Quelle: AFP",
            "  Quellen: Reuters, dpa ",
            "Alle Rechte vorbehalten.",
            "(dpa)",
            "(AFP/Reuters/red)",
            "(ein ganz langer Klammertext)",
            "Kommentare",
            "KOMMENTARE:",
            "12 Kommentare",
            "12 Leser Kommentare",
            "Kommentar schreiben …",
            "Diese Diskussion ist geschlossen.",
            "Lesen Sie auch: Der Gipfel in Brüssel",
            "Mehr zum Thema",
            "Newsletter abonnieren!",
            "Anzeige",
            "Weiterlesen mit Abo",
            "Die Verhandlungen in Brüssel dauerten bis in die Nacht.",
            "Der Kanzler sagte, man werde „weiter verhandeln“.",
            "\u{212a}ommentare",
            "İstanbul meldet Anzeige",
            "ΣΣΣ Kommentare",
            "",
            "   ",
            "(",
            "©",
        ];
        lines.push(&long);
        for line in lines {
            assert_eq!(is_source_line(line), is_source_line_whole(line), "{line:?}");
            assert_eq!(
                is_furniture_start(line),
                is_furniture_start_whole(line),
                "{line:?}"
            );
        }
    }

    #[test]
    fn header_variants() {
        for (input, date, body) in [
            (
                " date 2020-07 Die Verhandlungen",
                Some("2020-07"),
                "Die Verhandlungen",
            ),
            (
                "date 2005-09-20 Major Valeri",
                Some("2005-09-20"),
                "Major Valeri",
            ),
            ("date 2019\nText", Some("2019"), "Text"),
            ("Kein Kopf. date 2020", None, "Kein Kopf. date 2020"),
            ("dates are fun", None, "dates are fun"),
        ] {
            let d = Document::new(input.to_string());
            assert_eq!(d.date.map(|d| d.to_string()).as_deref(), date, "{input}");
            assert_eq!(d.body_text(), body, "{input}");
            assert!(d.warnings.is_empty());
        }
    }

    /// Issue #7: the headline is read off the body the header parse leaves,
    /// for every header shape of our files: leading space, the body on the
    /// header's line, the header on a line of its own, no header.
    #[test]
    fn issue_7_headline_after_every_header_shape() {
        for (input, want) in [
            (" date 2020-07 Kiew. Der Minister kam.", None),
            (
                " date 2020-07 Kurzer Titel\n\nDer Minister kam.",
                Some("Kurzer Titel"),
            ),
            (
                "  date 2024-11-07 \n\nAmpel zerbrochen\nDer Kanzler sprach.",
                Some("Ampel zerbrochen"),
            ),
            (
                "date 2019\nStreit um Zölle: Kanada antwortet\n",
                Some("Streit um Zölle: Kanada antwortet"),
            ),
            ("Titel ohne Kopf\n\nText.", Some("Titel ohne Kopf")),
            ("Kiew. Der Minister kam.", None),
            ("  date 2022-05-01\n\nDer Minister kam zu Besuch.\n", None),
            // (a malformed header is text, as everywhere else)
            ("date gestern Titel\nText.", Some("date gestern Titel")),
            ("", None),
        ] {
            let d = Document::new(input.to_string());
            assert_eq!(d.headline().map(|h| h.of(input)), want, "{input:?}");
        }
    }

    #[test]
    fn malformed_headers_are_text_with_warning() {
        for input in [
            "date 2020-13 Text",
            "date 2020-02-30 Text",
            "date gestern Text",
            "date 20 Text",
        ] {
            let d = Document::new(input.to_string());
            assert_eq!(d.date, None, "{input}");
            assert_eq!(d.body_text(), input);
            assert_eq!(d.warnings.len(), 1, "{input}");
        }
    }

    #[test]
    fn empty_input_is_valid() {
        let d = Document::from_bytes(Vec::new(), None).unwrap();
        assert!(d.paragraphs.is_empty());
        assert_eq!(d.body, Span::new(0, 0));
    }

    #[test]
    fn invalid_utf8_names_offset() {
        let e = Document::from_bytes(b"Gr\xc3\xbc\xc3e".to_vec(), Some(Path::new("a.txt")))
            .unwrap_err();
        assert_eq!(e.to_string(), "a.txt: invalid UTF-8 at byte offset 4");
    }

    #[test]
    fn binary_is_refused() {
        let e = Document::from_bytes(b"PK\x03\x04\x00\x00".to_vec(), None).unwrap_err();
        assert!(matches!(e, Error::Binary { offset: 4, .. }), "{e}");
    }

    #[test]
    fn paragraphs_and_block_quotes() {
        let t = "date 2020-07 Erster Absatz.\n\nEr sagte:\n\nWir kommen.\n \nDritter.";
        let d = Document::new(t.to_string());
        let ps: Vec<_> = d
            .paragraphs
            .iter()
            .map(|p| (p.span.of(t), p.after_colon))
            .collect();
        assert_eq!(
            ps,
            vec![
                ("Erster Absatz.", false),
                ("Er sagte:", false),
                ("Wir kommen.", true),
                ("Dritter.", false)
            ]
        );
    }

    #[test]
    fn furniture_is_cut() {
        let t =
            "Der Text endet hier.\n\nKommentare\n\nHans123\nDiese Diskussion ist geschlossen.\n";
        let d = Document::new(t.to_string());
        assert_eq!(d.body_text(), "Der Text endet hier.");
        let t = "Der Text endet hier.\n\nWeiterlesen mit Z+\n© dpa";
        assert_eq!(
            Document::new(t.to_string()).body_text(),
            "Der Text endet hier."
        );
        let t = "Der Text endet hier.\nQuelle: dpa";
        assert_eq!(
            Document::new(t.to_string()).body_text(),
            "Der Text endet hier."
        );
        // Text that merely mentions comments stays.
        let t = "Die Kommentare der Leser waren zahlreich, sagte er.";
        assert_eq!(Document::new(t.to_string()).body_text(), t);
    }
}
