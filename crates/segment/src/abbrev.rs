//! The abbreviation list (`data/abbreviations.txt`), compiled into the binary
//! and parsed once.

use std::collections::HashMap;
use std::sync::OnceLock;

/// How an abbreviation behaves at a possible sentence end.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AbbrevClass {
    /// Never ends a sentence ("bzw.", "Dr.", "z.").
    Inner,
    /// May end a sentence: a break follows when the next word is capitalised
    /// ("usw.", "v. Chr.", "Art." which is also a noun).
    End,
}

const DATA: &str = include_str!("../data/abbreviations.txt");

/// The abbreviations, keyed by their text without the final dot.
pub struct Abbrevs {
    map: HashMap<&'static str, AbbrevClass>,
    /// Longest key in bytes: longer words are never looked up.
    max_len: usize,
}

impl Abbrevs {
    fn parse(data: &'static str) -> Abbrevs {
        let mut map = HashMap::new();
        for line in data.lines() {
            let line = line.trim_end();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let (word, class) = match line.split_once('\t') {
                Some((w, "end")) => (w, AbbrevClass::End),
                Some((w, _)) => (w, AbbrevClass::Inner),
                None => (line, AbbrevClass::Inner),
            };
            if let Some(stem) = word.strip_suffix('.') {
                if !stem.is_empty() {
                    map.insert(stem, class);
                }
            }
        }
        let max_len = map.keys().map(|k| k.len()).max().unwrap_or(0);
        Abbrevs { map, max_len }
    }

    /// The class of `word` (without its dot) if it is a listed abbreviation.
    /// A capitalised form of a short listed lower-case abbreviation counts
    /// too ("Vgl." at the start of a sentence).
    #[inline]
    pub fn get(&self, word: &str) -> Option<AbbrevClass> {
        if word.len() > self.max_len {
            return None;
        }
        if let Some(c) = self.map.get(word) {
            return Some(*c);
        }
        let mut chars = word.chars();
        let first = chars.next()?;
        // Only short ones: "Vgl.", "Bzw.", "Ca." — a longer capitalised form
        // is a name more often than an abbreviation ("Schweiz.", "Franz.").
        if !first.is_uppercase() || word.len() > 4 {
            return None;
        }
        // Lower-case the first letter into a stack buffer (no allocation).
        let mut buf = [0u8; 64];
        let mut n = 0;
        for l in first.to_lowercase() {
            n += l.encode_utf8(&mut buf[n..]).len();
        }
        let rest = chars.as_str().as_bytes();
        buf[n..n + rest.len()].copy_from_slice(rest);
        let lower = std::str::from_utf8(&buf[..n + rest.len()]).ok()?;
        self.map.get(lower).copied()
    }
}

/// The compiled-in list.
pub fn abbrevs() -> &'static Abbrevs {
    static A: OnceLock<Abbrevs> = OnceLock::new();
    A.get_or_init(|| Abbrevs::parse(DATA))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn list_parses() {
        let a = abbrevs();
        assert_eq!(a.get("Dr"), Some(AbbrevClass::Inner));
        assert_eq!(a.get("usw"), Some(AbbrevClass::End));
        assert_eq!(a.get("Vgl"), Some(AbbrevClass::Inner));
        assert_eq!(a.get("Haus"), None);
        assert_eq!(a.get("Schweiz"), None);
        assert!(a.map.len() > 150);
    }
}
