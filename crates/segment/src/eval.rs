//! Scoring the segmenter against Universal Dependencies CoNLL-U files.
//!
//! The raw text is rebuilt from the treebank: each sentence's `# text =`
//! line; sentences of one paragraph joined by a single space, as they would
//! read in running text; paragraphs (`# newpar`, and every `# newdoc`)
//! separated by a blank line. A file without any of
//! these marks is one paragraph. The segmenter then runs on that text, and
//! its sentences and tokens are compared by character span:
//! - sentence boundaries: the end offsets of sentences, *without* the ends of
//!   paragraphs (those are given away by the blank lines and would inflate
//!   the score);
//! - tokens: exact surface spans; a multiword token ("am" = "an dem") counts
//!   once, with its surface form.

use crate::{segment_into, Segmentation};
use lagebild_core::{Span, Token, TokenKind};
use std::collections::HashSet;

/// A treebank rebuilt as text, with the gold spans.
#[derive(Debug, Default)]
pub struct Gold {
    pub text: String,
    pub paragraphs: Vec<Span>,
    pub sentences: Vec<Span>,
    pub tokens: Vec<Span>,
    /// Tokens whose form could not be found in the sentence text.
    pub unaligned: usize,
}

/// Reads CoNLL-U and rebuilds the text (see the module docs).
pub fn read_conllu(src: &str) -> Gold {
    let has_par = src.lines().any(|l| l.starts_with("# newpar"));
    let mut g = Gold::default();
    let mut para_start: Option<usize> = None;
    let mut sent_text: Option<(usize, usize)> = None; // span of the sentence in g.text
    let mut cursor = 0usize;
    let mut skip_until = 0usize; // ids covered by a multiword token
    let mut new_para = true;

    let close_para = |g: &mut Gold, para_start: &mut Option<usize>| {
        if let Some(s) = para_start.take() {
            if g.text.len() > s {
                g.paragraphs.push(Span::new(s, g.text.len()));
            }
        }
    };

    for line in src.lines() {
        if let Some(rest) = line.strip_prefix('#') {
            let rest = rest.trim_start();
            let is_par = rest.starts_with("newdoc") || (has_par && rest.starts_with("newpar"));
            if is_par {
                new_para = true;
            } else if let Some(t) = rest
                .strip_prefix("text =")
                .or_else(|| rest.strip_prefix("text="))
            {
                let t = t.trim();
                if new_para || para_start.is_none() {
                    close_para(&mut g, &mut para_start);
                    if !g.text.is_empty() {
                        g.text.push_str("\n\n");
                    }
                    para_start = Some(g.text.len());
                    new_para = false;
                } else {
                    g.text.push(' ');
                }
                let s = g.text.len();
                g.text.push_str(t);
                g.sentences.push(Span::new(s, g.text.len()));
                sent_text = Some((s, g.text.len()));
                cursor = s;
                skip_until = 0;
            }
            continue;
        }
        let mut cols = line.split('\t');
        let (Some(id), Some(form)) = (cols.next(), cols.next()) else {
            continue;
        };
        if id.contains('.') {
            continue; // empty nodes
        }
        let Some((_, send)) = sent_text else {
            continue;
        };
        if let Some((a, b)) = id.split_once('-') {
            skip_until = b.parse().unwrap_or(0);
            let _ = a;
        } else if let Ok(n) = id.parse::<usize>() {
            if n <= skip_until {
                continue;
            }
        } else {
            continue;
        }
        // Align the form in the sentence text.
        let hay = &g.text[cursor..send];
        let ws = hay.len() - hay.trim_start().len();
        let at = cursor + ws;
        if g.text[at..send].starts_with(form) {
            g.tokens.push(Span::new(at, at + form.len()));
            cursor = at + form.len();
        } else if let Some(off) = g.text[at..send].find(form) {
            g.tokens.push(Span::new(at + off, at + off + form.len()));
            cursor = at + off + form.len();
            g.unaligned += 1;
        } else {
            g.unaligned += 1;
        }
    }
    close_para(&mut g, &mut para_start);
    g
}

/// Precision, recall and F1 from counts.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Prf {
    pub tp: usize,
    pub fp: usize,
    pub fn_: usize,
}

impl Prf {
    pub fn precision(&self) -> f64 {
        ratio(self.tp, self.tp + self.fp)
    }
    pub fn recall(&self) -> f64 {
        ratio(self.tp, self.tp + self.fn_)
    }
    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
    fn add(&mut self, o: Prf) {
        self.tp += o.tp;
        self.fp += o.fp;
        self.fn_ += o.fn_;
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        1.0
    } else {
        a as f64 / b as f64
    }
}

/// The scores of one treebank file.
#[derive(Debug, Clone, Default)]
pub struct Scores {
    pub sentences: usize,
    pub gold_tokens: usize,
    pub unaligned: usize,
    /// Sentence boundaries inside paragraphs.
    pub boundaries: Prf,
    /// Tokens, our conventions.
    pub tokens: Prf,
    /// Tokens with our hyphenated compounds split at the hyphens, as UD German
    /// does ("US-Statistikbehörde" → "US" "-" "Statistikbehörde").
    pub tokens_ud: Prf,
    /// Examples of errors: (kind, context), for `--errors`.
    pub errors: Vec<(String, String)>,
}

impl Scores {
    pub fn add(&mut self, o: &Scores) {
        self.sentences += o.sentences;
        self.gold_tokens += o.gold_tokens;
        self.unaligned += o.unaligned;
        self.boundaries.add(o.boundaries);
        self.tokens.add(o.tokens);
        self.tokens_ud.add(o.tokens_ud);
    }
}

/// Splits word tokens at inner hyphens, the way UD German tokenises
/// compounds. Used only for scoring.
pub fn ud_hyphen_view(text: &str, tokens: &[Token]) -> Vec<Span> {
    let mut out = Vec::with_capacity(tokens.len());
    for t in tokens {
        let s = t.span.of(text);
        if t.kind != TokenKind::Word || !s.contains('-') || s.len() < 2 {
            out.push(t.span);
            continue;
        }
        let mut start = t.span.start;
        for (i, c) in s.char_indices() {
            if c == '-' {
                let at = t.span.start + i;
                if at > start {
                    out.push(Span::new(start, at));
                }
                out.push(Span::new(at, at + 1));
                start = at + 1;
            }
        }
        if t.span.end > start {
            out.push(Span::new(start, t.span.end));
        }
    }
    out
}

fn prf(gold: &[Span], pred: &[Span]) -> (Prf, HashSet<Span>, HashSet<Span>) {
    let g: HashSet<Span> = gold.iter().copied().collect();
    let p: HashSet<Span> = pred.iter().copied().collect();
    let tp = g.intersection(&p).count();
    (
        Prf {
            tp,
            fp: p.len() - tp,
            fn_: g.len() - tp,
        },
        g,
        p,
    )
}

/// Segments the rebuilt text and scores it. `max_errors` examples of each
/// error kind are kept.
pub fn evaluate(gold: &Gold, max_errors: usize) -> Scores {
    let mut seg = Segmentation::default();
    segment_into(&gold.text, &gold.paragraphs, &mut seg);
    let text = &gold.text;
    let para_ends: HashSet<usize> = gold.paragraphs.iter().map(|p| p.end).collect();
    let gb: Vec<Span> = gold
        .sentences
        .iter()
        .filter(|s| !para_ends.contains(&s.end))
        .map(|s| Span::new(s.end, s.end))
        .collect();
    let pb: Vec<Span> = seg
        .sentences
        .iter()
        .filter(|s| !para_ends.contains(&s.span.end))
        .map(|s| Span::new(s.span.end, s.span.end))
        .collect();
    let (boundaries, gset, pset) = prf(&gb, &pb);
    let mut errors = Vec::new();
    let ctx = |pos: usize| {
        let mut a = pos.saturating_sub(60);
        while !text.is_char_boundary(a) {
            a -= 1;
        }
        let mut b = (pos + 60).min(text.len());
        while !text.is_char_boundary(b) {
            b += 1;
        }
        format!("{}‖{}", &text[a..pos], &text[pos..b]).replace('\n', "¶")
    };
    let mut sorted_missed: Vec<&Span> = gset.difference(&pset).collect();
    sorted_missed.sort();
    for s in sorted_missed.into_iter().take(max_errors) {
        errors.push(("missed boundary".to_string(), ctx(s.start)));
    }
    let mut sorted_false: Vec<&Span> = pset.difference(&gset).collect();
    sorted_false.sort();
    for s in sorted_false.into_iter().take(max_errors) {
        errors.push(("false boundary".to_string(), ctx(s.start)));
    }

    let pred: Vec<Span> = seg.tokens.iter().map(|t| t.span).collect();
    let (tokens, gt, pt) = prf(&gold.tokens, &pred);
    let mut fp_tokens: Vec<&Span> = pt.difference(&gt).collect();
    fp_tokens.sort();
    for s in fp_tokens.into_iter().take(max_errors) {
        let mut e = format!("{:?}", s.of(text));
        let gold_here: Vec<&str> = gold
            .tokens
            .iter()
            .filter(|g| g.overlaps(*s))
            .map(|g| g.of(text))
            .collect();
        e.push_str(&format!(" gold {gold_here:?}"));
        errors.push(("token".to_string(), e));
    }
    let (tokens_ud, _, _) = prf(&gold.tokens, &ud_hyphen_view(text, &seg.tokens));
    Scores {
        sentences: gold.sentences.len(),
        gold_tokens: gold.tokens.len(),
        unaligned: gold.unaligned,
        boundaries,
        tokens,
        tokens_ud,
        errors,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SAMPLE: &str = "# newdoc id = d1\n\
# newpar\n\
# sent_id = 1\n\
# text = Er kam am Montag.\n\
1\tEr\ter\tPRON\t_\t_\t2\tnsubj\t_\t_\n\
2\tkam\tkommen\tVERB\t_\t_\t0\troot\t_\t_\n\
3-4\tam\t_\t_\t_\t_\t_\t_\t_\t_\n\
3\tan\tan\tADP\t_\t_\t5\tcase\t_\t_\n\
4\tdem\tder\tDET\t_\t_\t5\tdet\t_\t_\n\
5\tMontag\tMontag\tNOUN\t_\t_\t2\tobl\t_\tSpaceAfter=No\n\
6\t.\t.\tPUNCT\t_\t_\t2\tpunct\t_\t_\n\
\n\
# sent_id = 2\n\
# text = Dr. Müller blieb.\n\
1\tDr.\tDr.\tNOUN\t_\t_\t2\tnmod\t_\t_\n\
2\tMüller\tMüller\tPROPN\t_\t_\t3\tnsubj\t_\t_\n\
3\tblieb\tbleiben\tVERB\t_\t_\t0\troot\t_\tSpaceAfter=No\n\
4\t.\t.\tPUNCT\t_\t_\t3\tpunct\t_\t_\n\
\n\
# newpar\n\
# sent_id = 3\n\
# text = Ende.\n\
1\tEnde\tEnde\tNOUN\t_\t_\t0\troot\t_\tSpaceAfter=No\n\
2\t.\t.\tPUNCT\t_\t_\t1\tpunct\t_\t_\n\n";

    #[test]
    fn rebuilds_text_paragraphs_and_surface_tokens() {
        let g = read_conllu(SAMPLE);
        assert_eq!(g.text, "Er kam am Montag. Dr. Müller blieb.\n\nEnde.");
        assert_eq!(g.paragraphs.len(), 2);
        assert_eq!(g.sentences.len(), 3);
        let toks: Vec<&str> = g.tokens.iter().map(|t| t.of(&g.text)).collect();
        assert_eq!(
            toks,
            ["Er", "kam", "am", "Montag", ".", "Dr.", "Müller", "blieb", ".", "Ende", "."]
        );
        assert_eq!(g.unaligned, 0);
    }

    #[test]
    fn scores_a_perfect_segmentation() {
        let s = evaluate(&read_conllu(SAMPLE), 0);
        assert_eq!(
            s.boundaries,
            Prf {
                tp: 1,
                fp: 0,
                fn_: 0
            }
        );
        assert_eq!(
            s.tokens,
            Prf {
                tp: 11,
                fp: 0,
                fn_: 0
            }
        );
        assert!((s.tokens.f1() - 1.0).abs() < 1e-12);
    }

    #[test]
    fn ud_view_splits_compounds_at_hyphens() {
        let text = "US-Botschaft und Ein-";
        let toks = [
            Token {
                span: Span::new(0, 12),
                kind: TokenKind::Word,
            },
            Token {
                span: Span::new(13, 16),
                kind: TokenKind::Word,
            },
            Token {
                span: Span::new(17, 21),
                kind: TokenKind::Word,
            },
        ];
        let v: Vec<&str> = ud_hyphen_view(text, &toks)
            .iter()
            .map(|s| s.of(text))
            .collect();
        assert_eq!(v, ["US", "-", "Botschaft", "und", "Ein", "-"]);
    }
}
