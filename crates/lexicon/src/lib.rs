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

/// Calls `f` with `word` lower-cased as `str::to_lowercase` does, in a
/// per-thread buffer (no allocation on the hot path: this runs for most
/// words of an article). Only a capital sigma needs the context-dependent
/// rule of `str::to_lowercase` (final "ς"): such words take the allocating
/// path, as does a call made while the buffer is in use.
pub(crate) fn with_lower<R>(word: &str, f: impl Fn(&str) -> R) -> R {
    use std::cell::RefCell;
    thread_local! {
        static BUF: RefCell<String> = const { RefCell::new(String::new()) };
    }
    if word.contains('Σ') {
        return f(&word.to_lowercase());
    }
    let r = BUF
        .try_with(|b| {
            let mut b = b.try_borrow_mut().ok()?;
            b.clear();
            if word.is_ascii() {
                b.push_str(word);
                b.make_ascii_lowercase();
            } else {
                for c in word.chars() {
                    if c.is_ascii() {
                        b.push(c.to_ascii_lowercase());
                    } else {
                        b.extend(c.to_lowercase());
                    }
                }
            }
            let r = f(&b);
            // (a huge word does not keep its buffer)
            if b.capacity() > 256 {
                *b = String::new();
            }
            Some(r)
        })
        .ok()
        .flatten();
    r.unwrap_or_else(|| f(&word.to_lowercase()))
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
