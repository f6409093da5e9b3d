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

#[cfg(test)]
mod tests {
    use super::*;

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
