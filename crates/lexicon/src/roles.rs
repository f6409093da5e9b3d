//! Role and title nouns for persons ("US-Vizeaußenministerin", "Sonderbeauftragte",
//! "Generalstabschef"): compound-aware recognition with gender and number.
//!
//! Data: `data/roles/roles.tsv`, written for lagebild. A word is a role noun when
//! it ends in a listed stem (compounds: "Vizeaußen|minister"), with masculine or
//! feminine ("-in", "-innen") inflection; adjectival nouns ("Beauftragte")
//! inflect like adjectives, so their gender comes from the article.

use rustc_hash::FxHashMap as HashMap;
use std::sync::OnceLock;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum RoleClass {
    /// A position someone holds (Minister, Präsident, Sprecher).
    Office,
    /// A description of a person (Diplomat, Politiker, Pilot).
    Generic,
}

#[derive(Debug, Clone, Copy)]
struct Stem {
    class: RoleClass,
    exact: bool,
    adjectival: bool,
}

/// A recognised role noun.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RoleNoun {
    /// The listed stem the word ends in ("minister" for "US-Vizeaußenministerin").
    pub stem: &'static str,
    /// The word without its inflection, lower-cased, hyphen prefix removed
    /// ("vizeaußenminister"): what two mentions of the same role share.
    pub lemma: String,
    pub class: RoleClass,
    /// 'm' or 'f' when the form shows it ("-in" → f); `None` for adjectival
    /// nouns and forms the article must decide.
    pub gender: Option<char>,
    /// `Some(true)` for forms that can only be plural ("Ministerinnen").
    pub plural: Option<bool>,
    /// Adjectival noun ("der Beauftragte", "ein Beauftragter").
    pub adjectival: bool,
    /// The hyphenated prefix ("US" in "US-Diplomat"), if any.
    pub prefix: Option<String>,
}

const ROLES: &str = include_str!("../data/roles/roles.tsv");

struct Tables {
    /// lower-cased stem → data
    stems: HashMap<String, (&'static str, Stem)>,
    /// lower-cased irregular feminine forms and their stems, longest form
    /// first (so "generalstaatsanwältin" wins over "staatsanwältin" and the
    /// result does not depend on hash order)
    fem: Vec<(String, String)>,
    max_len: usize,
    /// Bit per pair of last two bytes of any stem: a word whose last two
    /// bytes are not marked ends in no stem (rejects most words at once).
    tails: Vec<u64>,
    /// Likewise for the first two bytes of any stem (a suffix starting with
    /// unmarked bytes is no stem), and the last two of any irregular
    /// feminine form.
    heads: Vec<u64>,
    fem_tails: Vec<u64>,
}

fn bit_set(bits: &[u64], b: usize) -> bool {
    bits[b / 64] & (1 << (b % 64)) != 0
}

/// Whether `s` ends with `end` (a byte loop: the strings are a few bytes
/// long, where a `memcmp` call costs more than the comparison).
#[inline]
fn ends_with_bytes(s: &[u8], end: &[u8]) -> bool {
    s.len() >= end.len()
        && s[s.len() - end.len()..]
            .iter()
            .zip(end)
            .all(|(a, b)| a == b)
}

fn tail_bit(s: &str) -> Option<usize> {
    let b = s.as_bytes();
    (b.len() >= 2).then(|| (b[b.len() - 2] as usize) << 8 | b[b.len() - 1] as usize)
}

fn tables() -> &'static Tables {
    static T: OnceLock<Tables> = OnceLock::new();
    T.get_or_init(|| {
        let mut t = Tables {
            stems: HashMap::default(),
            fem: Vec::new(),
            max_len: 0,
            tails: vec![0; 1024],
            heads: vec![0; 1024],
            fem_tails: vec![0; 1024],
        };
        let mut fem: HashMap<String, String> = HashMap::default();
        for l in crate::data_lines(ROLES).filter(|l| !l.starts_with('#') && !l.trim().is_empty()) {
            let f: Vec<&str> = crate::tab_fields(l).collect();
            let stem = f[0].trim();
            let class = if f.get(1).is_some_and(|c| c.trim() == "generic") {
                RoleClass::Generic
            } else {
                RoleClass::Office
            };
            let flags = f.get(2).copied().unwrap_or("");
            let mut s = Stem {
                class,
                exact: false,
                adjectival: false,
            };
            for fl in flags.split(',').map(str::trim) {
                match fl {
                    "x" => s.exact = true,
                    "a" => s.adjectival = true,
                    _ => {
                        if let Some(form) = fl.strip_prefix("fem=") {
                            fem.insert(form.to_lowercase(), stem.to_lowercase());
                        }
                    }
                }
            }
            let key = stem.to_lowercase();
            t.max_len = t.max_len.max(key.len());
            t.stems.insert(key, (stem, s));
        }
        t.fem = fem.into_iter().collect();
        t.fem
            .sort_by(|a, b| b.0.len().cmp(&a.0.len()).then_with(|| a.0.cmp(&b.0)));
        for (fem, _) in &t.fem {
            match tail_bit(fem) {
                Some(b) => t.fem_tails[b / 64] |= 1 << (b % 64),
                None => t.fem_tails.iter_mut().for_each(|w| *w = u64::MAX),
            }
        }
        for k in t.stems.keys() {
            match k.as_bytes() {
                [a, b, ..] => {
                    let h = (*a as usize) << 8 | *b as usize;
                    t.heads[h / 64] |= 1 << (h % 64);
                }
                _ => t.heads.iter_mut().for_each(|w| *w = u64::MAX),
            }
            match tail_bit(k) {
                Some(b) => t.tails[b / 64] |= 1 << (b % 64),
                // a one-byte stem: no filter
                None => t.tails.iter_mut().for_each(|w| *w = u64::MAX),
            }
        }
        t
    })
}

/// Finds the longest listed stem that `lower` ends with, respecting whole-word stems.
fn stem_suffix(lower: &str) -> Option<(&'static str, Stem)> {
    let t = tables();
    match tail_bit(lower) {
        Some(b) if t.tails[b / 64] & (1 << (b % 64)) == 0 => return None,
        None if lower.len() < 2 && !t.tails.iter().all(|w| *w == u64::MAX) => return None,
        _ => {}
    }
    // try every char boundary from the left: the first hit is the longest suffix
    let b = lower.as_bytes();
    for (i, _) in lower.char_indices() {
        let suffix = &lower[i..];
        if suffix.len() > t.max_len {
            continue;
        }
        // (a suffix of one byte is looked up: the filter knows only pairs)
        if i + 1 < b.len() && !bit_set(&t.heads, (b[i] as usize) << 8 | b[i + 1] as usize) {
            continue;
        }
        if let Some(&(stem, s)) = t.stems.get(suffix) {
            if s.exact && i > 0 {
                continue;
            }
            return Some((stem, s));
        }
    }
    None
}

/// Recognises a role noun, inflected, possibly a compound with a hyphenated
/// prefix ("US-Vizeaußenminister", "Vizeaußenministerin", "Sonderbeauftragte",
/// "Vizekanzlers").
pub fn role_noun(word: &str) -> Option<RoleNoun> {
    let (prefix, main) = split_word(word)?;
    let f = remembered(main, || analyse(main))?;
    Some(make(f.stem, f.s, f.lemma, f.gender, f.plural, prefix))
}

/// The role-noun analysis of a main word (computed; [`role_noun`] asks
/// [`remembered`] first).
fn analyse(main: &str) -> Option<MainWord> {
    crate::with_lower(main, |lower| {
        let f = find(lower)?;
        let lemma = match f.lemma {
            Lemma::Fem { keep, stem } => format!("{}{}", &lower[..keep], stem),
            Lemma::Base { len, plus_e } => {
                let mut l = lower[..len].to_string();
                if plus_e {
                    l.push('e');
                }
                l
            }
        };
        Some(MainWord {
            stem: f.stem,
            s: f.s,
            lemma,
            gender: f.gender,
            plural: f.plural,
        })
    })
}

/// What [`role_noun`] finds in the main word (after the hyphen prefix).
#[derive(Clone)]
struct MainWord {
    stem: &'static str,
    s: Stem,
    lemma: String,
    gender: Option<char>,
    plural: Option<bool>,
}

/// The most main words [`remembered`] keeps per thread before it starts
/// afresh.
const MEMO_MAX: usize = 20_000;

/// The role-noun analysis of a main word, remembered per thread: the
/// actors, speech and events stages ask about the same words of an article
/// (and articles about the same roles), and each analysis searches the
/// stem table at every ending, ≈ 1,700 instructions (issue #9). A function
/// of the word's text alone, so the remembered answer is the computed one.
fn remembered(main: &str, compute: impl FnOnce() -> Option<MainWord>) -> Option<MainWord> {
    use std::cell::RefCell;
    thread_local! {
        static MEMO: RefCell<HashMap<Box<str>, Option<MainWord>>> = RefCell::new(HashMap::default());
    }
    let known = MEMO
        .try_with(|m| m.try_borrow().ok()?.get(main).cloned())
        .ok()
        .flatten();
    if let Some(f) = known {
        return f;
    }
    let f = compute();
    // (a word of a huge token is not kept)
    if main.len() <= 64 {
        let _ = MEMO.try_with(|m| {
            if let Ok(mut m) = m.try_borrow_mut() {
                if m.len() >= MEMO_MAX {
                    m.clear();
                }
                m.insert(main.into(), f.clone());
            }
        });
    }
    f
}

/// `role_noun(word).is_some()`, without building the result (this runs for
/// every capitalised word).
pub fn is_role_noun(word: &str) -> bool {
    let Some((_, main)) = split_word(word) else {
        return false;
    };
    crate::with_lower(main, |lower| find(lower).is_some())
}

/// The hyphen prefix and the main word of a capitalised word; `None` for a
/// word that cannot be a role noun (lower-case first letter).
fn split_word(word: &str) -> Option<(Option<&str>, &str)> {
    if !word.chars().next().is_some_and(char::is_uppercase) {
        return None;
    }
    Some(match word.rfind('-') {
        Some(i) if i > 0 && i + 1 < word.len() => (Some(&word[..i]), &word[i + 1..]),
        _ => (None, word),
    })
}

/// How the lemma is formed from the lower-cased word.
enum Lemma {
    /// `lower[..keep]` + the stem of an irregular feminine form
    Fem { keep: usize, stem: &'static str },
    /// `lower[..len]`, plus "e" for feminines of stems in -e (Kollegin → kollege)
    Base { len: usize, plus_e: bool },
}

struct Found {
    stem: &'static str,
    s: Stem,
    lemma: Lemma,
    gender: Option<char>,
    plural: Option<bool>,
}

fn find(lower: &str) -> Option<Found> {
    let t = tables();
    // irregular feminine forms
    for (end, plural) in [("", false), ("nen", true)] {
        if !ends_with_bytes(lower.as_bytes(), end.as_bytes()) {
            continue;
        }
        let base = &lower[..lower.len() - end.len()];
        // (a form of two bytes or more ends in a marked pair)
        let maybe = match tail_bit(base) {
            Some(b) => bit_set(&t.fem_tails, b),
            None => true,
        };
        if maybe {
            for (fem, stem) in &t.fem {
                if base.ends_with(fem.as_str())
                    && (base.len() == fem.len() || !t.stems[stem].1.exact)
                {
                    let (st, s) = t.stems[stem];
                    return Some(Found {
                        stem: st,
                        s,
                        lemma: Lemma::Fem {
                            keep: base.len() - fem.len(),
                            stem: stem.as_str(),
                        },
                        gender: Some('f'),
                        plural: Some(plural),
                    });
                }
            }
        }
    }
    // (ending, gender, plural)
    const ENDS: [(&str, Option<char>, Option<bool>); 9] = [
        ("innen", Some('f'), Some(true)),
        ("in", Some('f'), Some(false)),
        ("", None, None),
        ("s", Some('m'), Some(false)),
        ("es", Some('m'), Some(false)),
        ("n", None, None),
        ("en", None, None),
        ("e", None, None),
        ("er", None, None),
    ];
    let mut ebuf = [0u8; 64];
    for (end, g, pl) in ENDS {
        if !ends_with_bytes(lower.as_bytes(), end.as_bytes()) {
            continue;
        }
        let base = &lower[..lower.len() - end.len()];
        if base.is_empty() {
            continue;
        }
        // feminine of stems in -e: Kollege → Kollegin
        let with_e = end.starts_with("in");
        for plus_e in [false, true] {
            if plus_e && !with_e {
                break;
            }
            let owned;
            let cand: &str = if !plus_e {
                base
            } else if base.len() < ebuf.len() {
                ebuf[..base.len()].copy_from_slice(base.as_bytes());
                ebuf[base.len()] = b'e';
                match std::str::from_utf8(&ebuf[..base.len() + 1]) {
                    Ok(c) => c,
                    Err(_) => continue,
                }
            } else {
                owned = format!("{base}e");
                owned.as_str()
            };
            if let Some((stem, s)) = stem_suffix(cand) {
                // adjectival stems only take adjective endings; others only noun endings
                let ok = if s.adjectival {
                    matches!(end, "e" | "er" | "en" | "n")
                        && !end.is_empty()
                        && (end != "n" || cand.ends_with('e'))
                } else {
                    !matches!(end, "er") && (end != "e" || stem.ends_with('e'))
                };
                if !ok {
                    continue;
                }
                let gender = if s.adjectival {
                    match end {
                        "er" => Some('m'),
                        _ => None,
                    }
                } else {
                    g.or(Some('m'))
                };
                let plural = if s.adjectival { None } else { pl };
                return Some(Found {
                    stem,
                    s,
                    lemma: Lemma::Base {
                        len: base.len(),
                        plus_e,
                    },
                    gender,
                    plural,
                });
            }
        }
    }
    None
}

fn make(
    stem: &'static str,
    s: Stem,
    lemma: String,
    gender: Option<char>,
    plural: Option<bool>,
    prefix: Option<&str>,
) -> RoleNoun {
    RoleNoun {
        stem,
        lemma,
        class: s.class,
        gender,
        plural,
        adjectival: s.adjectival,
        prefix: prefix.map(str::to_string),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Issue #9: the remembered role-noun answers equal the computed ones,
    /// asked once and again, with and without hyphen prefixes, for every
    /// listed stem with its endings and for other words.
    #[test]
    fn issue_9_remembered_role_nouns_equal_the_computed() {
        let computed = |w: &str| {
            let (prefix, main) = split_word(w)?;
            let f = analyse(main)?;
            Some(make(f.stem, f.s, f.lemma, f.gender, f.plural, prefix))
        };
        let mut words: Vec<String> = Vec::new();
        for stem in tables().stems.keys() {
            let mut cap = stem.chars();
            let Some(first) = cap.next() else { continue };
            let w: String = first.to_uppercase().chain(cap).collect();
            for end in ["", "in", "innen", "s", "es", "n", "en", "e", "er"] {
                words.push(format!("{w}{end}"));
                words.push(format!("US-Vize{}{end}", w.to_lowercase()));
            }
        }
        words
            .extend(["Haus", "haus", "", "Berlin", "Kollegin", "Rechtsanwältin"].map(String::from));
        let mut found = 0;
        for w in &words {
            let want = computed(w);
            found += usize::from(want.is_some());
            assert_eq!(role_noun(w), want, "{w}");
            assert_eq!(role_noun(w), want, "{w} (remembered)");
        }
        assert!(found > 0);
    }

    #[test]
    fn irregular_feminine_takes_the_longest_listed_form() {
        // both "anwältin" and "rechtsanwältin" are listed: the longer wins,
        // whatever the hash order
        for (w, stem, lemma) in [
            ("Rechtsanwältin", "Rechtsanwalt", "rechtsanwalt"),
            (
                "Generalstaatsanwältin",
                "Generalstaatsanwalt",
                "generalstaatsanwalt",
            ),
            ("Anwältinnen", "Anwalt", "anwalt"),
        ] {
            let r = role_noun(w).unwrap_or_else(|| panic!("{w} not a role"));
            assert_eq!(
                (r.stem, r.lemma.as_str(), r.gender),
                (stem, lemma, Some('f')),
                "{w}"
            );
        }
    }

    #[test]
    fn role_nouns_table() {
        // word, lemma, gender, prefix
        let cases: [(&str, &str, Option<char>, Option<&str>); 17] = [
            (
                "US-Vizeaußenminister",
                "vizeaußenminister",
                Some('m'),
                Some("US"),
            ),
            ("Vizeaußenministerin", "vizeaußenminister", Some('f'), None),
            ("US-Diplomat", "diplomat", Some('m'), Some("US")),
            ("Sonderbeauftragte", "sonderbeauftragt", None, None),
            ("US-Sondergesandte", "sondergesandt", None, Some("US")),
            ("Amtskollegin", "amtskollege", Some('f'), None),
            ("Vizekanzlers", "vizekanzler", Some('m'), None),
            ("Bundeskanzlerin", "bundeskanzler", Some('f'), None),
            ("Generalstabschef", "generalstabschef", Some('m'), None),
            ("Major", "major", Some('m'), None),
            ("SPD-Obmann", "obmann", Some('m'), Some("SPD")),
            ("Staatspräsidenten", "staatspräsident", Some('m'), None),
            ("Ministerpräsident", "ministerpräsident", Some('m'), None),
            ("Staatsanwältin", "staatsanwalt", Some('f'), None),
            // ordinary occupations speak in news too
            ("Moderatorin", "moderator", Some('f'), None),
            ("Fußballtrainers", "fußballtrainer", Some('m'), None),
            ("Schriftsteller", "schriftsteller", Some('m'), None),
        ];
        for (w, lemma, g, p) in cases {
            let r = role_noun(w).unwrap_or_else(|| panic!("{w} not a role"));
            assert_eq!(
                (r.lemma.as_str(), r.gender, r.prefix.as_deref()),
                (lemma, g, p),
                "{w}"
            );
        }
    }

    /// The allocation-free test answers as the full recognition does.
    #[test]
    fn is_role_noun_agrees_with_role_noun() {
        for w in [
            "US-Vizeaußenministerin",
            "Kollegin",
            "Kolleginnen",
            "Amtskollegen",
            "Anwältinnen",
            "Obfrau",
            "Beauftragter",
            "Beauftragten",
            "Sprecherin",
            "Präsidenten",
            "Minister-",
            "-Minister",
            "Haus",
            "minister",
            "Fahrzeuge",
            "Autorität",
            "X",
            "",
            "Ä",
            "Σ",
        ] {
            assert_eq!(is_role_noun(w), role_noun(w).is_some(), "{w}");
        }
    }

    #[test]
    fn non_roles() {
        for w in [
            "Haus",
            "Register",
            "Gespräche",
            "Regierung",
            "minister",
            "Majorität",
            "Tag",
            // a listed stem only as a whole noun, not inside another word
            "Fahrzeuge",
            "Autorität",
        ] {
            assert!(role_noun(w).is_none(), "{w}");
        }
    }
}
