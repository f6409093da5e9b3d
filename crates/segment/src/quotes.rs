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

/// Deepest nesting kept; further opening marks are ignored.
const MAX_DEPTH: usize = 16;

/// How many open quotes, from the innermost, a closing mark may close:
/// skipped inner ones stay unclosed. Bounding it keeps the pairing linear.
const CLOSE_REACH: usize = 3;

/// The innermost open quotes a closing mark may reach, innermost first.
fn top(stack: &[Open]) -> impl Iterator<Item = &Open> {
    stack.iter().rev().take(CLOSE_REACH)
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
                '“' => !only_left || top(&stack).any(|o| o.c == '„'),
                _ => !only_left || top(&stack).any(|o| closes(o.c, c)),
            };
            if wants_close {
                // Search a few levels down; skipped marks stay unclosed.
                let found = top(&stack)
                    .position(|o| closes(o.c, c))
                    .map(|k| stack.len() - 1 - k);
                if let Some(i) = found {
                    while stack.len() > i + 1 {
                        if let Some(o) = stack.pop() {
                            push_unclosed(out, o, para.span.end);
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
            // Nesting deeper than MAX_DEPTH is noise, not quotation.
            if opens && stack.len() < MAX_DEPTH {
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
        } else if !closed_later(text, tokens, &paras[pi + 1..], &stack) {
            while let Some(o) = stack.pop() {
                push_unclosed(out, o, para.span.end);
            }
        }
    }
    // Quotes continued past the last paragraph.
    let end = paras.last().map_or(0, |p| p.span.end);
    while let Some(o) = stack.pop() {
        push_unclosed(out, o, end);
    }
    out[first..].sort_by_key(|q| (q.open.start, q.depth));
}

/// A quote open at a paragraph end whose closing mark comes in one of the next
/// three paragraphs, before any other quotation mark, continues there (a
/// quote over several paragraphs without the re-opening mark).
fn closed_later(text: &str, tokens: &[Token], next: &[ParaTokens], stack: &[Open]) -> bool {
    for p in next.iter().take(3) {
        let range = p.tokens.start.min(tokens.len())..p.tokens.end.min(tokens.len());
        if let Some(t) = tokens[range]
            .iter()
            .find(|t| t.kind == TokenKind::QuoteMark)
        {
            let Some(c) = text.get(t.span.start..t.span.end).and_then(mark_char) else {
                return false;
            };
            let (left, right) = flanking(text, t.span);
            let opener = matches!(c, '„' | '‚' | '‟' | '‛') || (left && !right);
            return !opener && stack.iter().any(|o| closes(o.c, c));
        }
    }
    false
}

/// Pushes an opening mark that was never closed, running to `para_end`.
/// Single marks (`'`, `‚`, `‘`, `’`) are dropped instead: unpaired, they are
/// far more often apostrophes or transliteration marks ("‘Adi") than quotes.
fn push_unclosed(out: &mut Vec<QuoteMarks>, o: Open, para_end: usize) {
    if !matches!(o.c, '\'' | '‚' | '‘' | '’' | '‛') {
        out.push(unclosed(o, para_end));
    }
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
    flank(prev, next)
}

/// Flanking from the characters around a mark. A mark leans on the next word
/// when something other than space or closing punctuation follows and no
/// letter or digit precedes; on the previous word, the other way round. So
/// `(„Fierche“')` leans both ways and `5"-Display` only back.
pub(crate) fn flank(prev: Option<char>, next: Option<char>) -> (bool, bool) {
    let closing = |c: char| matches!(c, ')' | ']' | '}' | ',' | '.' | ';' | ':' | '!' | '?');
    let opening = |c: char| matches!(c, '(' | '[' | '{');
    let left = next.is_some_and(|n| !is_space(n) && !closing(n))
        && prev.is_none_or(|p| is_space(p) || !is_alnum(p));
    let right = prev.is_some_and(|p| !is_space(p) && !opening(p))
        && next.is_none_or(|n| is_space(n) || !is_alnum(n));
    (left, right)
}
