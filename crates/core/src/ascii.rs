//! Byte-level helpers for the tokenisers' hot loops.

/// `u8::is_ascii_alphanumeric` of every byte value.
const ASCII_ALNUM: [bool; 256] = {
    let mut t = [false; 256];
    let mut b = 0;
    while b < 256 {
        t[b] = (b as u8).is_ascii_alphanumeric();
        b += 1;
    }
    t
};

/// The end of the run of ASCII letters and digits in `b` from `from` (`from`
/// itself when there is none, or when `from` lies beyond `b`): one table
/// look-up a byte, no bounds check per byte (issue 9).
#[inline]
pub fn alnum_end(b: &[u8], from: usize) -> usize {
    let rest = b.get(from..).unwrap_or(&[]);
    from + rest
        .iter()
        .position(|&c| !ASCII_ALNUM[usize::from(c)])
        .unwrap_or(rest.len())
}

/// Whether each code point below 256 is alphabetic (`char::is_alphabetic`):
/// ASCII letters, ª, µ, º and the Latin-1 letters À–ÿ without × and ÷.
const LATIN1_ALPHA: [bool; 256] = {
    let mut t = [false; 256];
    let mut b = 0;
    while b < 256 {
        t[b] = (b as u8).is_ascii_alphabetic()
            || matches!(b, 0xAA | 0xB5 | 0xBA | 0xC0..=0xD6 | 0xD8..=0xF6 | 0xF8..=0xFF);
        b += 1;
    }
    t
};

/// Whether each code point below 256 is alphanumeric
/// (`char::is_alphanumeric`): the letters of [`LATIN1_ALPHA`], the ASCII
/// digits, and ², ³, ¹, ¼, ½, ¾.
const LATIN1_ALNUM: [bool; 256] = {
    let mut t = LATIN1_ALPHA;
    let mut b = 0;
    while b < 256 {
        t[b] |= (b as u8).is_ascii_digit() || matches!(b, 0xB2 | 0xB3 | 0xB9 | 0xBC..=0xBE);
        b += 1;
    }
    t
};

/// `c.is_alphabetic()`, with the code points below 256 (the ASCII and
/// Latin-1 letters of German text: ä, ö, ü, ß …) from a table: the standard
/// library searches its Unicode tables for every non-ASCII character, ≈ 190
/// instructions a call (issue #9).
#[inline]
pub fn is_alphabetic(c: char) -> bool {
    match LATIN1_ALPHA.get(c as usize) {
        Some(&a) => a,
        None => c.is_alphabetic(),
    }
}

/// `c.is_alphanumeric()`, with the code points below 256 from a table (as
/// [`is_alphabetic`]).
#[inline]
pub fn is_alphanumeric(c: char) -> bool {
    match LATIN1_ALNUM.get(c as usize) {
        Some(&a) => a,
        None => c.is_alphanumeric(),
    }
}

/// A word of at most seven bytes as one number: its bytes little-endian,
/// zero-padded, and its length in the top byte, so that two such words are
/// equal when their numbers are; `None` for a longer word. A table of short
/// words keyed so is probed with one multiply for the hash and one
/// comparison, where a table keyed by text hashes and compares bytes
/// (issue #9).
#[inline]
pub fn pack7(w: &str) -> Option<u64> {
    let b = w.as_bytes();
    let n = b.len();
    if n > 7 {
        return None;
    }
    // the first and the last two or four bytes, overlapping in the middle
    // (the same byte at the same place): no `memcpy` call for the variable
    // length (issue #9)
    let x = if let (Some(h), Some(t), true) = (b.first_chunk::<4>(), b.last_chunk::<4>(), n >= 4) {
        u64::from(u32::from_le_bytes(*h)) | u64::from(u32::from_le_bytes(*t)) << (8 * (n - 4))
    } else if let (Some(h), Some(t)) = (b.first_chunk::<2>(), b.last_chunk::<2>()) {
        u64::from(u16::from_le_bytes(*h)) | u64::from(u16::from_le_bytes(*t)) << (8 * (n - 2))
    } else {
        b.first().map_or(0, |&c| u64::from(c))
    };
    Some(x | (n as u64) << 56)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pack7_tells_short_words_apart_issue_9() {
        let words = [
            "", "a", "ab", "a\u{0}", "abc", "abcdefg", "abcdefh", "ä", "\u{0}", "ba",
        ];
        for (i, a) in words.iter().enumerate() {
            for (j, b) in words.iter().enumerate() {
                assert_eq!(pack7(a) == pack7(b), i == j, "{a:?} {b:?}");
            }
        }
        assert_eq!(pack7("abcdefgh"), None);
    }

    /// Issue #9: the two-load packing equals the bytes copied into a
    /// zero-padded word with the length in the top byte, at every length.
    #[test]
    fn issue_9_pack7_equals_the_copied_bytes() {
        let text = "aÄbß\u{0}xyzüé!";
        for (s, _) in text.char_indices() {
            for e in s..=text.len() {
                let Some(w) = text.get(s..e) else { continue };
                let b = w.as_bytes();
                let want = (b.len() <= 7).then(|| {
                    let mut x = [0u8; 8];
                    x[..b.len()].copy_from_slice(b);
                    x[7] = b.len() as u8;
                    u64::from_le_bytes(x)
                });
                assert_eq!(pack7(w), want, "{w:?}");
            }
        }
    }

    #[test]
    fn latin1_tables_equal_the_char_methods_issue_9() {
        for c in (0..=0x10FFFFu32).filter_map(char::from_u32) {
            assert_eq!(is_alphabetic(c), c.is_alphabetic(), "{c:?}");
            assert_eq!(is_alphanumeric(c), c.is_alphanumeric(), "{c:?}");
        }
    }

    #[test]
    fn alnum_end_stops_at_the_first_other_byte_issue_9() {
        for b in 0..=255u8 {
            assert_eq!(ASCII_ALNUM[usize::from(b)], b.is_ascii_alphanumeric());
        }
        let cases: [(&str, usize, usize); 7] = [
            ("", 0, 0),
            ("abc", 0, 3),
            ("ab1 c", 0, 3),
            ("ab1 c", 3, 3),
            ("ab1 c", 4, 5),
            ("Zürich", 0, 1),
            ("x", 5, 5),
        ];
        for (s, from, end) in cases {
            assert_eq!(alnum_end(s.as_bytes(), from), end, "{s:?} {from}");
        }
    }
}

/// A bitmap of the (length, first two bytes, last byte) keys of a set of word
/// forms, for look-up tables that most words of a text miss: a word whose
/// bit is clear is not in the set, and is answered without hashing it (issue
/// 9). Exact in that direction only: a set bit may be shared by words not in
/// the set. The default is the filter of the empty set.
#[derive(Debug, Clone, Default)]
pub struct FormFilter {
    bits: Vec<u64>,
    /// 64 − log2 of the number of bits.
    shift: u32,
}

impl FormFilter {
    /// The filter of `forms` in `1 << log2_bits` bits (`log2_bits` in 6..=32).
    pub fn new<'a>(log2_bits: u32, forms: impl IntoIterator<Item = &'a str>) -> FormFilter {
        let log2_bits = log2_bits.clamp(6, 32);
        let mut f = FormFilter {
            bits: vec![0; (1usize << log2_bits) / 64],
            shift: 64 - log2_bits,
        };
        for w in forms {
            let b = f.bit(w);
            f.bits[b / 64] |= 1 << (b % 64);
        }
        f
    }

    #[inline]
    fn bit(&self, w: &str) -> usize {
        let b = w.as_bytes();
        let first = b.first().copied().unwrap_or(0);
        let second = b.get(1).copied().unwrap_or(0);
        let last = b.last().copied().unwrap_or(0);
        let x = (b.len() as u64) << 24 | (first as u64) << 16 | (second as u64) << 8 | last as u64;
        (x.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> self.shift) as usize
    }

    /// May `w` be in the set? (`false`: it is not.)
    #[inline]
    pub fn may_hold(&self, w: &str) -> bool {
        let b = self.bit(w);
        self.bits
            .get(b / 64)
            .is_some_and(|x| x & (1 << (b % 64)) != 0)
    }
}

#[cfg(test)]
mod form_filter_tests {
    use super::FormFilter;

    /// Issue 9: every form of the set passes its filter; the empty filter
    /// holds nothing; most other words are ruled out.
    #[test]
    fn issue_9_form_filter_holds_every_form() {
        let forms = ["sagte", "erklärte", "habe", "sei", "ß", "a", ""];
        for log2 in [6, 14, 15] {
            let f = FormFilter::new(log2, forms);
            for w in forms {
                assert!(f.may_hold(w), "{w} ({log2})");
            }
        }
        assert!(!FormFilter::default().may_hold("sagte"));
        let f = FormFilter::new(15, forms);
        let others = ["Regierung", "Minister", "Mittwoch", "Berlin", "und", "der"];
        assert!(others.iter().filter(|w| f.may_hold(w)).count() < others.len());
    }
}
