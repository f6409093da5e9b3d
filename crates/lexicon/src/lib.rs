//! German lexicons shared by the stages: morphology from the LanguageTool
//! full-form dictionary (mood, person, number, gender; the forms of the
//! speech verbs and of the event verbs the event frames name by lemma), first
//! names, places, countries and demonyms.
//!
//! Each module loads its tables once (`OnceLock`) from data compiled into the
//! binary, so lookups cost a hash probe and nothing is read at run time.

pub mod countries;
pub mod event_verbs;
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

/// The lines of `text` as `str::lines` gives them (split at "\n", a "\r"
/// before it dropped), found by a plain byte scan: the tables are
/// tens of thousands of short lines, where `str::lines`' searcher costs
/// several times more per line (issue 9: start-up).
pub(crate) fn data_lines(text: &str) -> impl Iterator<Item = &str> {
    let mut rest = text;
    std::iter::from_fn(move || {
        if rest.is_empty() {
            return None;
        }
        let line = match rest.bytes().position(|c| c == b'\n') {
            Some(i) => {
                let l = &rest[..i];
                rest = &rest[i + 1..];
                l.strip_suffix('\r').unwrap_or(l)
            }
            None => std::mem::take(&mut rest),
        };
        Some(line)
    })
}

/// The fields of a line as `line.split('\t')` gives them, by a byte scan
/// (see [`data_lines`]).
pub(crate) fn tab_fields(line: &str) -> impl Iterator<Item = &str> {
    let mut rest = Some(line);
    std::iter::from_fn(move || {
        let r = rest?;
        match r.bytes().position(|c| c == b'\t') {
            Some(i) => {
                rest = Some(&r[i + 1..]);
                Some(&r[..i])
            }
            None => {
                rest = None;
                Some(r)
            }
        }
    })
}

/// Every way a token can begin one of `names`: each name cut before each of
/// its non-alphanumeric characters, and the whole name. A word token ends
/// only before a non-alphanumeric character, so a multi-word look-up that
/// starts at a token whose text is not in this set cannot hit — one probe
/// instead of one per span length.
pub(crate) fn heads<'a>(names: impl Iterator<Item = &'a str>) -> rustc_hash::FxHashSet<String> {
    let mut set = rustc_hash::FxHashSet::default();
    for n in names {
        set.extend(cuts(n).map(str::to_string));
        set.insert(n.to_string());
    }
    set
}

/// The cuts of `name` before each of its non-alphanumeric characters (but
/// the first): "Vereinigte", "Vereinigte Arabische" of "Vereinigte Arabische
/// Emirate".
pub(crate) fn cuts(name: &str) -> impl Iterator<Item = &str> {
    name.char_indices()
        .filter(|&(i, c)| i > 0 && !c.is_alphanumeric())
        .map(|(i, _)| &name[..i])
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

    /// The byte scans split as `str::lines` and `split('\t')` (issue 9).
    #[test]
    fn data_lines_and_tab_fields_split_as_std_issue_9() {
        use super::{data_lines, names, tab_fields};
        let texts = [
            "",
            "\n",
            "\n\n",
            "a",
            "a\n",
            "a\r\nb",
            "a\rb\n\r\n",
            "\tx\t\ty\t\n# c\n\r",
            "Ärger\tf\t3\nÖl\t-\t12\t\n",
            names::FIRSTNAMES,
            names::PERSONS,
        ];
        for t in texts {
            let ours: Vec<&str> = data_lines(t).collect();
            let std: Vec<&str> = t.lines().collect();
            assert_eq!(ours, std, "{t:?}");
            for l in ours {
                let ours: Vec<&str> = tab_fields(l).collect();
                let std: Vec<&str> = l.split('\t').collect();
                assert_eq!(ours, std, "{l:?}");
            }
        }
    }
}
