//! Pairing quotation marks.
//!
//! German news mixes every style: „…“, „…" (German opened, ASCII closed),
//! "…", »…«, «…», ‚…‘, '…' and English “…”. One stack per document decides
//! each mark from three facts: which marks can close which, whether the mark
//! leans on the word after it (opening) or before it (closing), and what is
//! open. Apostrophes never get here (the tokenizer keeps them in words), so a
//! `'` that reaches the pairing is a quotation mark.
//!
//! An opening mark that is never closed runs to the end of its paragraph. A
//! quote left open at a paragraph end continues into the next paragraph when
//! that paragraph starts with the same opening mark — the typographic
//! convention for quotes over several paragraphs.

use crate::tokenize::{is_alnum, is_space, mark_char};
use lagebild_core::{QuoteMarks, Span, Token, TokenKind};
use std::ops::Range;

/// A paragraph for the pairing: its span and the range of its tokens.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParaTokens {
    pub span: Span,
    pub tokens: Range<usize>,
}

#[derive(Debug, Clone, Copy)]
struct Open {
    mark: Span,
    c: char,
    depth: u8,
}

/// Which closing marks end a quote opened with `open`.
fn closes(open: char, close: char) -> bool {
    match open {
        '„' => matches!(close, '“' | '"' | '”'),
        '“' => matches!(close, '”' | '"' | '“'),
        '"' => matches!(close, '"' | '“' | '”'),
        '”' => matches!(close, '”' | '"'),
        '»' => close == '«',
        '«' => close == '»',
        '›' => close == '‹',
        '‹' => close == '›',
        '‚' => matches!(close, '‘' | '’' | '\''),
        '‘' => matches!(close, '’' | '\'' | '‘'),
        '\'' => matches!(close, '\'' | '’'),
        '‟' => matches!(close, '”' | '"'),
        '‛' => matches!(close, '’' | '\''),
        _ => false,
    }
}

/// Pairs the quotation marks among `tokens` and appends the pairs to `out`,
/// ordered by their opening mark. `paras` are the paragraphs in text order.
pub fn pair_quotes(text: &str, tokens: &[Token], paras: &[ParaTokens], out: &mut Vec<QuoteMarks>) {
    let first = out.len();
    let mut stack: Vec<Open> = Vec::new();
    let mut skip_first_of_next = false;
    for (pi, para) in paras.iter().enumerate() {
        let range = para.tokens.start.min(tokens.len())..para.tokens.end.min(tokens.len());
        let mut first_tok = true;
        for t in &tokens[range] {
            let was_first = std::mem::replace(&mut first_tok, false);
            if t.kind != TokenKind::QuoteMark {
                continue;
            }
            if was_first && skip_first_of_next {
                // The re-opening mark of a quote continued from the paragraph before.
                continue;
            }
            let Some(c) = text.get(t.span.start..t.span.end).and_then(mark_char) else {
                continue;
            };
            let (left, right) = flanking(text, t.span);
            // Leaning on one side only.
            let only_left = left && !right;
            let only_right = right && !left;
            // Can this mark close something that is open?
            let wants_close = match c {
                '„' | '‚' | '‟' | '‛' => false,
                '"' | '\'' => right || !left,
                '“' => !only_left || stack.iter().any(|o| o.c == '„'),
                _ => !only_left || stack.iter().any(|o| closes(o.c, c)),
            };
            if wants_close {
                // Search a few levels down; skipped marks stay unclosed.
                let found = stack
                    .iter()
                    .rposition(|o| closes(o.c, c))
                    .filter(|&i| stack.len() - i <= 3);
                if let Some(i) = found {
                    while stack.len() > i + 1 {
                        if let Some(o) = stack.pop() {
                            out.push(unclosed(o, para.span.end));
                        }
                    }
                    if let Some(o) = stack.pop() {
                        out.push(QuoteMarks {
                            open: o.mark,
                            close: Some(t.span),
                            inner: Span::new(o.mark.end, t.span.start.max(o.mark.end)),
                            depth: o.depth,
                        });
                    }
                    continue;
                }
            }
            // Otherwise it opens, unless it leans only on the word before it
            // (a stray closing mark).
            let opens = match c {
                '„' | '‚' | '‟' | '‛' => !only_right,
                '”' | '’' => only_left,
                _ => !only_right,
            };
            if opens {
                stack.push(Open {
                    mark: t.span,
                    c,
                    depth: stack.len().min(u8::MAX as usize) as u8,
                });
            }
        }
        // Paragraph end: continue into the next paragraph, or close as unclosed.
        skip_first_of_next = false;
        if stack.is_empty() {
            continue;
        }
        let continues = paras.get(pi + 1).is_some_and(|next| {
            next.tokens.start < next.tokens.end
                && tokens.get(next.tokens.start).is_some_and(|t| {
                    t.kind == TokenKind::QuoteMark
                        && text
                            .get(t.span.start..t.span.end)
                            .and_then(mark_char)
                            .is_some_and(|c| stack.iter().any(|o| o.c == c))
                })
        });
        if continues {
            skip_first_of_next = true;
        } else {
            while let Some(o) = stack.pop() {
                out.push(unclosed(o, para.span.end));
            }
        }
    }
    // Quotes continued past the last paragraph.
    let end = paras.last().map_or(0, |p| p.span.end);
    while let Some(o) = stack.pop() {
        out.push(unclosed(o, end));
    }
    out[first..].sort_by_key(|q| (q.open.start, q.depth));
}

fn unclosed(o: Open, para_end: usize) -> QuoteMarks {
    QuoteMarks {
        open: o.mark,
        close: None,
        inner: Span::new(o.mark.end, para_end.max(o.mark.end)),
        depth: o.depth,
    }
}

/// Whether a mark leans on the text after it (left-flanking: it can open) and
/// on the text before it (right-flanking: it can close).
pub(crate) fn flanking(text: &str, span: Span) -> (bool, bool) {
    let prev = text.get(..span.start).and_then(|s| s.chars().next_back());
    let next = text.get(span.end..).and_then(|s| s.chars().next());
    let left =
        next.is_some_and(|n| !is_space(n)) && prev.is_none_or(|p| is_space(p) || !is_alnum(p));
    let right =
        prev.is_some_and(|p| !is_space(p)) && next.is_none_or(|n| is_space(n) || !is_alnum(n));
    (left, right)
}
