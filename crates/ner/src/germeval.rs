//! GermEval 2014 TSV: reading, writing with predicted tags, and the strict
//! outer-chunk F1 the shared task used.
//!
//! Format: `#` comment lines, token lines `idx<TAB>token<TAB>outer<TAB>inner`,
//! a blank line between sentences.

use crate::label::{chunks, parse_tag, tag_name, O};

/// One line of a GermEval file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Line {
    /// A `#` comment or any line that is not a token line, kept verbatim.
    Other(String),
    /// A blank line (sentence break).
    Blank,
    /// A token line: `(index column, token, gold outer tag)`.
    Token { idx: String, token: String, tag: u8 },
}

/// A parsed file: its lines, and its sentences as ranges of token lines.
#[derive(Debug, Clone, Default)]
pub struct TsvFile {
    pub lines: Vec<Line>,
    /// Each sentence: the indices into `lines` of its token lines.
    pub sentences: Vec<Vec<usize>>,
}

/// A sentence with gold tags, for training and evaluation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sentence {
    pub words: Vec<String>,
    pub tags: Vec<u8>,
}

impl TsvFile {
    /// Parses GermEval TSV. Unknown tags read as `O`; lines with fewer than
    /// two columns are kept as `Other`.
    pub fn parse(text: &str) -> TsvFile {
        let mut f = TsvFile::default();
        let mut cur: Vec<usize> = Vec::new();
        for raw in text.lines() {
            let line = raw.strip_suffix('\r').unwrap_or(raw);
            if line.trim().is_empty() {
                if !cur.is_empty() {
                    f.sentences.push(std::mem::take(&mut cur));
                }
                f.lines.push(Line::Blank);
                continue;
            }
            if line.starts_with('#') {
                f.lines.push(Line::Other(line.to_string()));
                continue;
            }
            let mut cols = line.split('\t');
            match (cols.next(), cols.next()) {
                (Some(idx), Some(token)) => {
                    let tag = cols.next().and_then(parse_tag).unwrap_or(O);
                    cur.push(f.lines.len());
                    f.lines.push(Line::Token {
                        idx: idx.to_string(),
                        token: token.to_string(),
                        tag,
                    });
                }
                _ => f.lines.push(Line::Other(line.to_string())),
            }
        }
        if !cur.is_empty() {
            f.sentences.push(cur);
        }
        f
    }

    /// The sentences with their gold tags.
    pub fn sentences(&self) -> Vec<Sentence> {
        self.sentences
            .iter()
            .map(|ix| {
                let mut s = Sentence {
                    words: Vec::with_capacity(ix.len()),
                    tags: Vec::with_capacity(ix.len()),
                };
                for &i in ix {
                    if let Line::Token { token, tag, .. } = &self.lines[i] {
                        s.words.push(token.clone());
                        s.tags.push(*tag);
                    }
                }
                s
            })
            .collect()
    }

    /// Writes the file with `pred[s][j]` as the outer tag of token `j` of
    /// sentence `s` and `O` as the inner tag.
    pub fn write_with(&self, pred: &[Vec<u8>]) -> String {
        let mut tag_of = vec![O; self.lines.len()];
        for (s, ix) in self.sentences.iter().enumerate() {
            for (j, &i) in ix.iter().enumerate() {
                tag_of[i] = pred.get(s).and_then(|p| p.get(j)).copied().unwrap_or(O);
            }
        }
        let mut out = String::new();
        for (i, l) in self.lines.iter().enumerate() {
            match l {
                Line::Other(s) => out.push_str(s),
                Line::Blank => {}
                Line::Token { idx, token, .. } => {
                    out.push_str(idx);
                    out.push('\t');
                    out.push_str(token);
                    out.push('\t');
                    out.push_str(&tag_name(tag_of[i]));
                    out.push_str("\tO");
                }
            }
            out.push('\n');
        }
        out
    }
}

/// Precision, recall and F1 of chunks.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Score {
    pub tp: usize,
    pub predicted: usize,
    pub gold: usize,
}

impl Score {
    /// Adds one sentence.
    pub fn add(&mut self, gold: &[u8], pred: &[u8]) {
        let g = chunks(gold);
        let p = chunks(pred);
        self.tp += p.iter().filter(|c| g.contains(c)).count();
        self.predicted += p.len();
        self.gold += g.len();
    }
    pub fn precision(&self) -> f64 {
        if self.predicted == 0 {
            0.0
        } else {
            self.tp as f64 / self.predicted as f64
        }
    }
    pub fn recall(&self) -> f64 {
        if self.gold == 0 {
            0.0
        } else {
            self.tp as f64 / self.gold as f64
        }
    }
    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SAMPLE: &str = "#\tsource\t[date]\n1\tMerkel\tB-PER\tO\n2\tin\tO\tO\n3\tBerlin\tB-LOC\tO\n\n#\tx\n1\tDie\tO\tO\n2\tSPD-Fraktion\tB-ORGpart\tB-ORG\n";

    #[test]
    fn parse_and_write() {
        let f = TsvFile::parse(SAMPLE);
        let s = f.sentences();
        assert_eq!(s.len(), 2);
        assert_eq!(s[0].words, vec!["Merkel", "in", "Berlin"]);
        assert_eq!(s[1].tags, vec![O, parse_tag("B-ORGpart").unwrap()]);
        let gold: Vec<Vec<u8>> = s.iter().map(|x| x.tags.clone()).collect();
        let out = f.write_with(&gold);
        assert_eq!(out, SAMPLE.replace("\tB-ORG\n", "\tO\n"));
    }

    #[test]
    fn crlf_and_missing_columns() {
        let f = TsvFile::parse("1\tA\r\n2\tB\tB-XYZ\r\n\r\ngarbage\n");
        let s = f.sentences();
        assert_eq!(s.len(), 1);
        assert_eq!(s[0].tags, vec![O, O]);
        assert_eq!(f.lines.last(), Some(&Line::Other("garbage".into())));
    }

    #[test]
    fn strict_chunk_scores() {
        let t = |s: &str| parse_tag(s).unwrap();
        let mut sc = Score::default();
        // gold: [Angela Merkel]PER in [Berlin]LOC; pred gets the LOC only and
        // half the PER.
        sc.add(
            &[t("B-PER"), t("I-PER"), O, t("B-LOC")],
            &[t("B-PER"), O, O, t("B-LOC")],
        );
        assert_eq!((sc.tp, sc.predicted, sc.gold), (1, 2, 2));
        assert!((sc.f1() - 0.5).abs() < 1e-9);
        assert_eq!(Score::default().f1(), 0.0);
    }
}
