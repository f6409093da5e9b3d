//! Personal names: first names with gender and frequency (nam_dict), and a
//! short list of well-known political figures with their country.
//!
//! Data: `data/names/` (see its README). Loaded once into hash maps.

use rustc_hash::FxHashMap as HashMap;
use std::sync::OnceLock;

/// What the lexicon knows about a first name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FirstName {
    /// 'm' or 'f'; `None` for names given to both.
    pub gender: Option<char>,
    /// Highest frequency class in any country (0 = listed without frequency,
    /// up to 13 for the most common names).
    pub freq: u8,
}

/// A well-known person.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct KnownPerson {
    pub name: &'static str,
    pub country: &'static str,
    pub gender: Option<char>,
}

pub(crate) const FIRSTNAMES: &str = include_str!("../data/names/firstnames.tsv");
pub(crate) const PERSONS: &str = include_str!("../data/names/persons.tsv");

fn gender_of(s: &str) -> Option<char> {
    match s {
        "m" => Some('m'),
        "f" => Some('f'),
        _ => None,
    }
}

fn firstnames() -> &'static HashMap<&'static str, FirstName> {
    static T: OnceLock<HashMap<&'static str, FirstName>> = OnceLock::new();
    T.get_or_init(|| {
        let mut m = HashMap::with_capacity_and_hasher(46_000, Default::default());
        for l in crate::data_lines(FIRSTNAMES).filter(|l| !l.starts_with('#')) {
            let mut it = crate::tab_fields(l);
            let (Some(name), Some(g), Some(f)) = (it.next(), it.next(), it.next()) else {
                continue;
            };
            m.insert(
                name,
                FirstName {
                    gender: gender_of(g),
                    freq: f.parse().unwrap_or(0),
                },
            );
        }
        m
    })
}

fn persons() -> &'static HashMap<&'static str, KnownPerson> {
    static T: OnceLock<HashMap<&'static str, KnownPerson>> = OnceLock::new();
    T.get_or_init(|| {
        let mut m = HashMap::default();
        for l in crate::data_lines(PERSONS).filter(|l| !l.starts_with('#') && !l.is_empty()) {
            let f: Vec<&str> = crate::tab_fields(l).collect();
            if f.len() >= 2 {
                m.insert(
                    f[1],
                    KnownPerson {
                        name: f[1],
                        country: f[0],
                        gender: f.get(2).and_then(|g| gender_of(g)),
                    },
                );
            }
        }
        m
    })
}

/// The first-name entry for a word ("Angela" → f).
pub fn first_name(word: &str) -> Option<FirstName> {
    firstnames().get(word).copied()
}

/// A well-known person by full name ("Donald Trump").
/// Also written with spaces for hyphens, in any case ("Kim Jong Un" is "Kim
/// Jong-un", "Moon Jae In" "Moon Jae-in": Korean given names appear both ways).
pub fn known_person(full_name: &str) -> Option<KnownPerson> {
    if let Some(p) = persons().get(full_name) {
        return Some(*p);
    }
    if !full_name.contains(' ') {
        return None;
    }
    static LOOSE: OnceLock<HashMap<String, KnownPerson>> = OnceLock::new();
    LOOSE
        .get_or_init(|| {
            persons()
                .values()
                .map(|p| (loose_key(p.name), *p))
                .collect()
        })
        .get(&loose_key(full_name))
        .copied()
}

/// A name with hyphens read as spaces, lower-cased.
fn loose_key(name: &str) -> String {
    name.replace('-', " ").to_lowercase()
}

/// Can a well-known person's name start with this word token (see
/// [`crate::countries::place_starts_with`])? `false` rules out every
/// [`known_person`] look-up of a span starting with the token.
pub fn known_person_starts_with(word: &str) -> bool {
    static H: OnceLock<rustc_hash::FxHashSet<String>> = OnceLock::new();
    H.get_or_init(|| crate::heads(persons().keys().copied()))
        .contains(word)
}

/// Well-known persons by the last word of their name: the person when only
/// one has it, `None` when several do.
fn by_surname() -> &'static HashMap<&'static str, Option<KnownPerson>> {
    static S: OnceLock<HashMap<&'static str, Option<KnownPerson>>> = OnceLock::new();
    S.get_or_init(|| {
        let mut m: HashMap<&'static str, Option<KnownPerson>> = HashMap::default();
        for p in persons().values() {
            if let Some(last) = p.name.rsplit(' ').next() {
                m.entry(last).and_modify(|v| *v = None).or_insert(Some(*p));
            }
        }
        m
    })
}

/// Is `word` the last word of a well-known person's name ("Trump")?
pub fn known_surname(word: &str) -> bool {
    by_surname().contains_key(word)
}

/// The one well-known person whose last name is `word` ("Selenskyj"), when
/// no other listed person has it.
pub fn known_by_surname(word: &str) -> Option<KnownPerson> {
    by_surname().get(word).copied().flatten()
}

/// Every well-known person (for matching surnames of famous people).
pub fn known_persons() -> impl Iterator<Item = &'static KnownPerson> {
    persons().values()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_person_starts_with_first_words() {
        let cases = [
            ("Donald", true),
            ("Joe", true),
            ("Trump", false),
            ("Don", false),
        ];
        for (w, want) in cases {
            assert_eq!(known_person_starts_with(w), want, "{w}");
        }
        assert!(known_person("Donald Trump").is_some());
        // hyphen or space in a Korean given name
        for n in ["Kim Jong Un", "Kim Jong-un", "Moon Jae In"] {
            assert!(known_person(n).is_some(), "{n}");
        }
        assert!(known_person("Kim").is_none());
    }

    #[test]
    fn first_names_have_gender() {
        for (n, g) in [("Angela", Some('f')), ("Stephen", Some('m')), ("Kim", None)] {
            assert_eq!(first_name(n).map(|f| f.gender), Some(g), "{n}");
        }
        assert!(first_name("Angela").is_some_and(|f| f.freq >= 5));
        assert!(first_name("Bundestag").is_none());
    }

    #[test]
    fn known_surname_is_the_last_word_of_a_known_person() {
        for p in known_persons() {
            let last = p.name.rsplit(' ').next().unwrap_or("");
            assert!(known_surname(last), "{}", p.name);
        }
        assert!(!known_surname("Haus"));
    }

    #[test]
    fn known_persons_have_countries() {
        assert_eq!(known_person("Donald Trump").map(|p| p.country), Some("USA"));
        assert_eq!(known_person("Kim Jong-un").map(|p| p.country), Some("PRK"));
        assert!(known_person("Trump").is_none());
    }
}
