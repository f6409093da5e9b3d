//! Sentence boundaries over the tokens of one paragraph.
//!
//! The tokenizer has already attached the dots of abbreviations, ordinals,
//! dates and initials to their tokens, so a lone `.` token is a sentence
//! candidate. What remains to decide here: whether the next sentence really
//! starts (not after "?" in „Wie?“, fragte er), which closing quotes and
//! brackets still belong to the sentence, abbreviations that may end a
//! sentence ("usw."), and line ends without punctuation (headlines, lists).

use crate::abbrev::{abbrevs, AbbrevClass};
use crate::quotes::{flanking, ParaTokens};
use crate::tokenize::is_sentence_starter;
use lagebild_core::{Sentence, Span, Token, TokenKind};

/// Splits the tokens of one paragraph into sentences, appended to `out`.
/// `closing` holds the start offsets of the quotation marks that close a
/// quote (from [`crate::pair_quotes`]), sorted.
pub fn split_sentences(
    text: &str,
    tokens: &[Token],
    para: &ParaTokens,
    para_index: usize,
    closing: &[usize],
    out: &mut Vec<Sentence>,
) {
    let range = para.tokens.start.min(tokens.len())..para.tokens.end.min(tokens.len());
    if range.is_empty() {
        return;
    }
    let line_breaks = !is_hard_wrapped(text, para.span);
    let is_closing = |t: &Token| closing.binary_search(&t.span.start).is_ok();
    let tok_str = |t: &Token| text.get(t.span.start..t.span.end).unwrap_or("");

    // The last token of a sentence ending at `i`: further terminal marks,
    // closing quotation marks (paired, or unpaired but leaning on the text
    // before), closing brackets and omission marks stay with it.
    let attach_closers = |i: usize| {
        let mut last = i;
        while last + 1 < range.end {
            let n = &tokens[last + 1];
            let ns = tok_str(n);
            let attach = match n.kind {
                TokenKind::Punct => is_terminal(ns) || matches!(ns, ")" | "]") || is_omission(ns),
                TokenKind::QuoteMark => {
                    is_closing(n) || {
                        let (left, right) = flanking(text, n.span);
                        right && !left
                    }
                }
                _ => false,
            };
            if !attach {
                break;
            }
            last += 1;
        }
        last
    };

    let mut start = range.start;
    let mut i = range.start;
    while i < range.end {
        let t = &tokens[i];
        let s = tok_str(t);
        let mut last = i; // last token of the sentence if it ends here
        let mut boundary = false;
        match t.kind {
            TokenKind::Punct if is_terminal(s) => {
                last = attach_closers(i);
                boundary = match tokens.get(last + 1).filter(|_| last + 1 < range.end) {
                    None => true,
                    Some(n) => starts_sentence(n, tok_str(n)),
                };
            }
            TokenKind::Abbrev => {
                let word = s.strip_suffix('.').unwrap_or(s);
                if abbrevs().get(word) == Some(AbbrevClass::End) {
                    // "… Äpfel usw.“ Dann": closing marks stay with the abbreviation.
                    let l = attach_closers(i);
                    if let Some(n) = tokens.get(l + 1).filter(|_| l + 1 < range.end) {
                        if is_capitalised_word(n, tok_str(n)) {
                            boundary = true;
                            last = l;
                        }
                    }
                } else if is_single_capital(word) {
                    // An initial ends a sentence only before a typical sentence
                    // start, and not as the second part of "z. B.", "u. A.".
                    let after_abbrev = i > range.start && tokens[i - 1].kind == TokenKind::Abbrev;
                    let next = tokens.get(i + 1).filter(|_| i + 1 < range.end);
                    if let Some(n) = next.filter(|_| !after_abbrev) {
                        boundary = n.kind == TokenKind::Word && is_sentence_starter(tok_str(n));
                    }
                }
            }
            _ => {}
        }
        // A line end without terminal punctuation before a capitalised line
        // (headlines, datelines, list items).
        if !boundary && line_breaks && last + 1 < range.end {
            let t = &tokens[last];
            let n = &tokens[last + 1];
            let gap = text.get(t.span.end..n.span.start).unwrap_or("");
            if gap.contains('\n') && ends_line_unpunctuated(t, tok_str(t), &is_closing) {
                let ns = tok_str(n);
                let c = ns.chars().next().unwrap_or(' ');
                if c.is_uppercase()
                    || c.is_ascii_digit()
                    || (n.kind == TokenKind::QuoteMark && !is_closing(n))
                    || matches!(ns, "-" | "–" | "•" | "*" | "(" | "[")
                {
                    boundary = true;
                }
            }
        }
        if boundary || last + 1 >= range.end {
            push(tokens, start, last + 1, para_index, out);
            start = last + 1;
        }
        i = last + 1;
    }
    if start < range.end {
        push(tokens, start, range.end, para_index, out);
    }
}

fn push(tokens: &[Token], s: usize, e: usize, para: usize, out: &mut Vec<Sentence>) {
    if s >= e {
        return;
    }
    out.push(Sentence {
        span: Span::new(tokens[s].span.start, tokens[e - 1].span.end),
        tokens: s..e,
        paragraph: para,
    });
}

/// An omission mark in a quote: "[...]", "(…)".
fn is_omission(s: &str) -> bool {
    matches!(s, "[...]" | "(...)" | "[…]" | "(…)")
}

/// Words that cannot end a sentence (articles, prepositions, conjunctions):
/// a line ending in one of them was wrapped, it is no headline.
fn runs_on(word: &str) -> bool {
    matches!(
        word,
        "der"
            | "die"
            | "das"
            | "des"
            | "dem"
            | "den"
            | "ein"
            | "eine"
            | "einer"
            | "eines"
            | "einem"
            | "einen"
            | "und"
            | "oder"
            | "sowie"
            | "aber"
            | "sondern"
            | "denn"
            | "in"
            | "im"
            | "mit"
            | "von"
            | "vom"
            | "zum"
            | "zur"
            | "für"
            | "bei"
            | "beim"
            | "nach"
            | "über"
            | "unter"
            | "durch"
            | "gegen"
            | "ohne"
            | "um"
            | "als"
            | "wie"
            | "dass"
            | "daß"
            | "ob"
            | "weil"
            | "wenn"
            | "seine"
            | "seiner"
            | "seinen"
            | "seinem"
            | "ihre"
            | "ihrer"
            | "ihren"
            | "ihrem"
            | "dieser"
            | "diese"
            | "dieses"
            | "diesem"
            | "diesen"
            | "zwischen"
            | "seit"
            | "aus"
            | "auf"
            | "an"
            | "am"
    )
}

/// ".", "!", "?", "…", "...", and runs of them.
fn is_terminal(s: &str) -> bool {
    !s.is_empty()
        && s.chars()
            .all(|c| matches!(c, '.' | '!' | '?' | '…' | '‼' | '⁉'))
}

/// Does a sentence start at this token? Not before a lower-case word or
/// a comma, colon and the like.
fn starts_sentence(t: &Token, s: &str) -> bool {
    let Some(c) = s.chars().next() else {
        return false;
    };
    match t.kind {
        TokenKind::Word | TokenKind::Abbrev => !c.is_lowercase(),
        TokenKind::Url => true,
        TokenKind::Punct => {
            !matches!(
                s,
                "," | ";" | ":" | ")" | "]" | "}" | "%" | "-" | "–" | "—" | "/"
            ) && !is_terminal(s)
        }
        _ => true,
    }
}

fn is_single_capital(w: &str) -> bool {
    let mut cs = w.chars();
    matches!((cs.next(), cs.next()), (Some(c), None) if c.is_uppercase())
}

fn is_capitalised_word(t: &Token, s: &str) -> bool {
    matches!(t.kind, TokenKind::Word) && s.chars().next().is_some_and(char::is_uppercase)
}

/// The last token of a line that has no terminal punctuation and does not
/// run on (no comma, colon, hyphen or opening mark at its end).
fn ends_line_unpunctuated(t: &Token, s: &str, is_closing: &impl Fn(&Token) -> bool) -> bool {
    match t.kind {
        TokenKind::Word => !runs_on(s),
        TokenKind::Number | TokenKind::Date | TokenKind::Url => true,
        TokenKind::QuoteMark => is_closing(t),
        TokenKind::Punct => matches!(s, ")" | "]"),
        TokenKind::Ordinal | TokenKind::Abbrev => false,
    }
}

/// A paragraph whose lines were wrapped at a fixed width: several lines, all
/// but the last of similar, moderate length, most not ending in punctuation.
/// In such text a line end is just a space.
fn is_hard_wrapped(text: &str, span: Span) -> bool {
    let Some(p) = text.get(span.start..span.end) else {
        return false;
    };
    let mut lines = 0usize;
    let mut long = 0usize;
    let mut unpunctuated = 0usize;
    let mut max_len = 0usize;
    let mut it = p.split('\n').peekable();
    while let Some(line) = it.next() {
        if it.peek().is_none() {
            break; // the last line does not count
        }
        let l = line.trim_end();
        let n = l.chars().count();
        lines += 1;
        max_len = max_len.max(n);
        if n >= 40 {
            long += 1;
        }
        if !l.ends_with(['.', '!', '?', ':', '"', '“', '”', '«', '»', '…']) {
            unpunctuated += 1;
        }
    }
    lines >= 2 && max_len <= 120 && long * 3 >= lines * 2 && unpunctuated * 2 > lines
}
