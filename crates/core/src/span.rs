//! Byte spans into the original text.

use serde::{Deserialize, Serialize};

/// A half-open byte range `[start, end)` into a document's text.
///
/// Both ends always lie on UTF-8 character boundaries of the text they were
/// made from; constructors in the stages guarantee it and the property tests
/// check it.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default, Serialize, Deserialize,
)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    #[inline]
    pub const fn new(start: usize, end: usize) -> Self {
        Span { start, end }
    }
    #[inline]
    pub const fn len(&self) -> usize {
        self.end - self.start
    }
    #[inline]
    pub const fn is_empty(&self) -> bool {
        self.end <= self.start
    }
    /// The text this span covers.
    #[inline]
    pub fn of<'a>(&self, text: &'a str) -> &'a str {
        &text[self.start..self.end]
    }
    #[inline]
    pub fn contains(&self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }
    #[inline]
    pub fn overlaps(&self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }
    /// The smallest span covering both.
    #[inline]
    pub fn cover(&self, other: Span) -> Span {
        Span::new(self.start.min(other.start), self.end.max(other.end))
    }
    /// Shrinks the span so that it starts and ends on non-whitespace.
    pub fn trim(&self, text: &str) -> Span {
        let s = self.of(text);
        let lead = s.len() - s.trim_start().len();
        let trail = s.len() - s.trim_end().len();
        if lead == s.len() {
            return Span::new(self.start, self.start);
        }
        Span::new(self.start + lead, self.end - trail)
    }
}

/// Converts byte offsets into code-point offsets for one text.
///
/// Built once per document; each lookup is a binary search over the positions
/// of multi-byte characters, so ASCII-heavy German text costs almost nothing.
pub struct CharIndex {
    /// Byte offsets of every character whose UTF-8 encoding is longer than one
    /// byte, with the number of extra bytes seen up to and including it.
    multibyte: Vec<(usize, usize)>,
}

impl CharIndex {
    pub fn new(text: &str) -> Self {
        let mut multibyte = Vec::new();
        let mut extra = 0usize;
        for (i, c) in text.char_indices() {
            let l = c.len_utf8();
            if l > 1 {
                extra += l - 1;
                multibyte.push((i, extra));
            }
        }
        CharIndex { multibyte }
    }

    /// The code-point offset of byte offset `byte` (which must be a boundary).
    pub fn char_offset(&self, byte: usize) -> usize {
        // number of multibyte chars starting strictly before `byte`
        let n = self.multibyte.partition_point(|&(b, _)| b < byte);
        if n == 0 {
            byte
        } else {
            byte - self.multibyte[n - 1].1
        }
    }

    pub fn span(&self, s: Span) -> (usize, usize) {
        (self.char_offset(s.start), self.char_offset(s.end))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn trim_and_of() {
        let t = "  Grüße \n";
        let s = Span::new(0, t.len()).trim(t);
        assert_eq!(s.of(t), "Grüße");
        assert!(Span::new(0, 2).trim(t).is_empty());
    }

    proptest! {
        #[test]
        fn char_index_matches_naive(t in "\\PC{0,60}") {
            let idx = CharIndex::new(&t);
            for (ci, (b, _)) in t.char_indices().enumerate() {
                prop_assert_eq!(idx.char_offset(b), ci);
            }
            prop_assert_eq!(idx.char_offset(t.len()), t.chars().count());
        }
    }
}
