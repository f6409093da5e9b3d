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
        };
        let mut fem: HashMap<String, String> = HashMap::default();
        for l in ROLES
            .lines()
            .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        {
            let f: Vec<&str> = l.split('\t').collect();
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
        for k in t.stems.keys() {
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
    for (i, _) in lower.char_indices() {
        let suffix = &lower[i..];
        if suffix.len() > t.max_len {
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
    if !word.chars().next().is_some_and(char::is_uppercase) {
        return None;
    }
    let (prefix, main) = match word.rfind('-') {
        Some(i) if i > 0 && i + 1 < word.len() => (Some(&word[..i]), &word[i + 1..]),
        _ => (None, word),
    };
    crate::with_lower(main, |lower| role_noun_lower(lower, prefix))
}

fn role_noun_lower(lower: &str, prefix: Option<&str>) -> Option<RoleNoun> {
    let t = tables();
    // irregular feminine forms
    for (end, plural) in [("", false), ("nen", true)] {
        if let Some(base) = lower.strip_suffix(end) {
            for (fem, stem) in &t.fem {
                if base.ends_with(fem.as_str())
                    && (base.len() == fem.len() || !t.stems[stem].1.exact)
                {
                    let (st, s) = t.stems[stem];
                    let lemma = format!("{}{}", &base[..base.len() - fem.len()], stem);
                    return Some(make(st, s, lemma, Some('f'), Some(plural), prefix));
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
    for (end, g, pl) in ENDS {
        let Some(base) = lower.strip_suffix(end) else {
            continue;
        };
        if base.is_empty() {
            continue;
        }
        // feminine of stems in -e: Kollege → Kollegin
        let candidates: [Option<std::borrow::Cow<str>>; 2] = if end.starts_with("in") {
            [Some(base.into()), Some(format!("{base}e").into())]
        } else {
            [Some(base.into()), None]
        };
        for cand in candidates.into_iter().flatten() {
            if let Some((stem, s)) = stem_suffix(&cand) {
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
                return Some(make(stem, s, cand.into_owned(), gender, plural, prefix));
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
