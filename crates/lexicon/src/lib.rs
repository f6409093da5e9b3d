//! German lexicons shared by the stages: morphology from the LanguageTool
//! full-form dictionary (mood, person, number, gender), first names, places,
//! countries and demonyms.
//!
//! Each module loads its tables once (`OnceLock`) from data compiled into the
//! binary, so lookups cost a hash probe and nothing is read at run time.

pub mod countries;
pub mod names;
pub mod roles;
pub mod verbs;

/// Calls `f` with `word` lower-cased as `str::to_lowercase` does, in a stack
/// buffer when the word is short (no allocation on the hot path). Only a
/// capital sigma needs the context-dependent rule of `str::to_lowercase`
/// (final "ς"): such words, and long ones, take the allocating path.
pub(crate) fn with_lower<R>(word: &str, f: impl FnOnce(&str) -> R) -> R {
    let mut buf = [0u8; 64];
    if word.is_ascii() {
        if word.len() <= buf.len() {
            let b = &mut buf[..word.len()];
            b.copy_from_slice(word.as_bytes());
            b.make_ascii_lowercase();
            if let Ok(s) = std::str::from_utf8(b) {
                return f(s);
            }
        }
    } else if !word.contains('Σ') {
        let mut n = 0;
        let mut fits = true;
        for c in word.chars().flat_map(char::to_lowercase) {
            let l = c.len_utf8();
            if n + l > buf.len() {
                fits = false;
                break;
            }
            c.encode_utf8(&mut buf[n..n + l]);
            n += l;
        }
        if fits {
            if let Ok(s) = std::str::from_utf8(&buf[..n]) {
                return f(s);
            }
        }
    }
    f(&word.to_lowercase())
}

/// Every way a token can begin one of `names`: each name cut before each of
/// its non-alphanumeric characters, and the whole name. A word token ends
/// only before a non-alphanumeric character, so a multi-word look-up that
/// starts at a token whose text is not in this set cannot hit — one probe
/// instead of one per span length.
pub(crate) fn heads<'a>(names: impl Iterator<Item = &'a str>) -> rustc_hash::FxHashSet<String> {
    let mut set = rustc_hash::FxHashSet::default();
    for n in names {
        for (i, c) in n.char_indices() {
            if i > 0 && !c.is_alphanumeric() {
                set.insert(n[..i].to_string());
            }
        }
        set.insert(n.to_string());
    }
    set
}

#[cfg(test)]
mod tests {
    /// The stack-buffer lower-casing gives what `str::to_lowercase` gives.
    #[test]
    fn with_lower_is_to_lowercase() {
        let long = "Ä".repeat(40);
        for w in [
            "",
            "Haus",
            "AUSSENMINISTERIN",
            "Außenministerin",
            "ÜBER",
            "\u{212A}EINE",
            "İstanbul",
            "ΟΔΥΣΣΕΥΣ",
            "Σ",
            "ẞ",
            long.as_str(),
        ] {
            assert_eq!(
                super::with_lower(w, str::to_string),
                w.to_lowercase(),
                "{w}"
            );
        }
    }
}
