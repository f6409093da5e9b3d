//! A minimal segmentation used only when the segmenter has not run (tests on
//! hand-built input, or a pipeline without segmentation): words, punctuation,
//! sentences at `.!?` before a capital or quotation mark, and quotation-mark
//! pairs by position (an opening mark follows space, a closing mark precedes
//! space or punctuation). The real segmenter fills the same layers better.

use lagebild_core::{Analysis, QuoteMarks, Sentence, Span, Token, TokenKind};

const QUOTES: &[char] = &['"', '„', '“', '”', '«', '»', '‚', '‘', '’', '\'', '‹', '›'];

pub fn is_quote_char(c: char) -> bool {
    QUOTES.contains(&c)
}

const ABBREVS: &[&str] = &[
    "Dr", "Prof", "St", "Nr", "bzw", "ca", "vgl", "z", "B", "u", "a", "Mio", "Mrd", "Abs", "Art",
    "Jh", "usw", "etc", "Hr", "Fr", "Str", "evtl", "ggf", "inkl", "geb", "gest", "Co", "Mr", "Mrs",
    "Jr", "Gen",
];

pub fn segment(a: &mut Analysis) {
    let text = a.doc.text.as_str();
    let mut tokens = Vec::new();
    let mut sentences = Vec::new();
    for (pi, p) in a.doc.paragraphs.iter().enumerate() {
        let start_tok = tokens.len();
        tokenize(text, p.span, &mut tokens);
        // sentences
        let mut s0 = start_tok;
        let n = tokens.len();
        let mut i = start_tok;
        while i < n {
            let t: Token = tokens[i];
            let s = t.span.of(text);
            let end_here = t.kind == TokenKind::Punct && matches!(s, "." | "!" | "?");
            if end_here {
                // take closing quote marks and further punctuation
                let mut j = i + 1;
                while j < n
                    && (tokens[j].kind == TokenKind::QuoteMark
                        || matches!(tokens[j].span.of(text), "." | "!" | "?" | ")"))
                    && !starts_word_after(text, &tokens, j, n)
                {
                    j += 1;
                }
                let next_ok = j >= n || {
                    let ns = tokens[j].span.of(text);
                    ns.chars()
                        .next()
                        .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit() || is_quote_char(c))
                };
                if next_ok {
                    push_sentence(&mut sentences, &tokens, s0, j, pi);
                    s0 = j;
                }
                i = j;
                continue;
            }
            i += 1;
        }
        if s0 < n {
            push_sentence(&mut sentences, &tokens, s0, n, pi);
        }
    }
    let marks = pair_quotes(text, &tokens, a);
    a.tokens = tokens;
    a.sentences = sentences;
    a.quote_marks = marks;
}

fn starts_word_after(text: &str, tokens: &[Token], j: usize, n: usize) -> bool {
    // a quote mark directly followed (no space) by a word opens a new quote
    tokens[j].kind == TokenKind::QuoteMark
        && j + 1 < n
        && tokens[j + 1].span.start == tokens[j].span.end
        && tokens[j].span.start > 0
        && text[..tokens[j].span.start].ends_with(char::is_whitespace)
}

fn push_sentence(out: &mut Vec<Sentence>, tokens: &[Token], a: usize, b: usize, p: usize) {
    if a >= b {
        return;
    }
    out.push(Sentence {
        span: Span::new(tokens[a].span.start, tokens[b - 1].span.end),
        tokens: a..b,
        paragraph: p,
    });
}

fn tokenize(text: &str, span: Span, out: &mut Vec<Token>) {
    let s = span.of(text);
    let base = span.start;
    let mut it = s.char_indices().peekable();
    while let Some((i, c)) = it.next() {
        if c.is_whitespace() {
            continue;
        }
        if c.is_alphanumeric() {
            let mut end = i + c.len_utf8();
            while let Some(&(j, d)) = it.peek() {
                let joins = d.is_alphanumeric()
                    || ((d == '-' || d == '.' || d == ',' || d == '\'' || d == '’' || d == '*')
                        && s[j + d.len_utf8()..]
                            .chars()
                            .next()
                            .is_some_and(|e| e.is_alphanumeric())
                        && (d == '-' || d == '*' || d == '\'' || d == '’' || {
                            // '.' and ',' only inside numbers
                            s[..j]
                                .chars()
                                .next_back()
                                .is_some_and(|p| p.is_ascii_digit())
                                && s[j + 1..].starts_with(|e: char| e.is_ascii_digit())
                        }));
                if !joins {
                    break;
                }
                end = j + d.len_utf8();
                it.next();
            }
            let w = &s[i..end];
            let mut kind = if w
                .chars()
                .all(|c| c.is_ascii_digit() || c == '.' || c == ',')
            {
                TokenKind::Number
            } else {
                TokenKind::Word
            };
            // abbreviation with its dot
            if let Some(&(j, '.')) = it.peek() {
                if ABBREVS.contains(&w)
                    || (w.chars().count() == 1 && w.chars().all(char::is_uppercase))
                {
                    end = j + 1;
                    it.next();
                    kind = TokenKind::Abbrev;
                }
            }
            out.push(Token {
                span: Span::new(base + i, base + end),
                kind,
            });
        } else {
            let kind = if is_quote_char(c) {
                TokenKind::QuoteMark
            } else {
                TokenKind::Punct
            };
            out.push(Token {
                span: Span::new(base + i, base + i + c.len_utf8()),
                kind,
            });
        }
    }
}

/// Pairs quotation marks within a paragraph: a mark after space/start (or
/// after an opening bracket) opens, any other closes the innermost open one.
fn pair_quotes(text: &str, tokens: &[Token], a: &Analysis) -> Vec<QuoteMarks> {
    let mut out = Vec::new();
    for p in &a.doc.paragraphs {
        let mut stack: Vec<Span> = Vec::new();
        for t in tokens
            .iter()
            .filter(|t| t.kind == TokenKind::QuoteMark && p.span.contains(t.span))
        {
            let c = t.span.of(text).chars().next().unwrap_or(' ');
            let before = text[..t.span.start].chars().next_back();
            let after = text[t.span.end..].chars().next();
            let opens_by_shape = matches!(c, '„' | '«' | '‚' | '‹')
                && !(c == '«' && stack.iter().any(|o| o.of(text) == "»"));
            let space_before = before.is_none_or(|b| b.is_whitespace() || "([/–-".contains(b));
            let space_after = after.is_none_or(|x| x.is_whitespace() || ".,;:!?)".contains(x));
            let apostrophe = matches!(c, '\'' | '’')
                && before.is_some_and(char::is_alphanumeric)
                && after.is_some_and(char::is_alphanumeric);
            if apostrophe {
                continue;
            }
            let opening = if stack.is_empty() {
                opens_by_shape || (space_before && !space_after)
            } else {
                opens_by_shape
                    || (space_before && !space_after && c != stack_close_char(text, stack.last()))
            };
            if opening {
                stack.push(t.span);
            } else if let Some(open) = stack.pop() {
                out.push(QuoteMarks {
                    open,
                    close: Some(t.span),
                    inner: Span::new(open.end, t.span.start),
                    depth: stack.len().min(255) as u8,
                });
            }
        }
        while let Some(open) = stack.pop() {
            out.push(QuoteMarks {
                open,
                close: None,
                inner: Span::new(open.end, p.span.end),
                depth: stack.len().min(255) as u8,
            });
        }
    }
    out.sort_by_key(|q| q.open.start);
    out
}

fn stack_close_char(text: &str, open: Option<&Span>) -> char {
    match open.map(|o| o.of(text)) {
        Some("„") => '“',
        Some("«") => '»',
        Some("»") => '«',
        Some("‚") => '‘',
        Some("“") => '”',
        Some(s) => s.chars().next().unwrap_or('"'),
        None => '"',
    }
}
