//! The tense of a clause, from German verb morphology, for choosing which
//! occurrence of a weekday or month is meant.
//!
//! Heuristic, over lower-cased word tokens of the clause:
//! - future: a finite form of *werden* that is not a passive (not right after a
//!   participle "ge…t/en"), or of *sollen* / *wollen* in the present
//!   ("wird … stattfinden", "soll … beginnen", "will … reisen");
//! - future, weaker: a scheduling participle ("der für Dienstag geplante
//!   Parteitag") when no past verb is present;
//! - past: a preterite form (a derived table of 21k forms from the
//!   LanguageTool dictionary, `data/preterite.txt`), or a perfect: *haben* /
//!   *sein* in the present together with a participle ("hat … gekontert",
//!   "ist … abgestürzt");
//! - otherwise present.
//!
//! Future wins over past inside one clause ("sagte, die Wahl werde … stattfinden"
//! is split into clauses at commas first, so the clause of the time expression
//! decides; the whole sentence is only consulted when the clause has no verb
//! marker).

use rustc_hash::FxHashSet as HashSet;
use std::sync::OnceLock;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tense {
    Past,
    Future,
}

static PRETERITE_TXT: &str = include_str!("../data/preterite.txt");

fn preterite() -> &'static HashSet<&'static str> {
    static SET: OnceLock<HashSet<&'static str>> = OnceLock::new();
    SET.get_or_init(|| PRETERITE_TXT.lines().filter(|l| !l.is_empty()).collect())
}

/// No marker means present (`None`); it is read like the past for
/// weekdays, as HeidelTime does.
///
/// Forces the table to load (done by the tagger's constructor).
pub fn init() {
    let _ = preterite();
}

const NOT_PARTICIPLE: &[&str] = &[
    "gegen", "morgen", "genau", "wegen", "eigen", "eigenen", "regen", "legen", "gelegen",
    "entgegen",
];

fn is_participle(w: &str) -> bool {
    if w.len() < 5 || !w.is_char_boundary(1) {
        return false;
    }
    // (cheap tests first: most words end in neither "t" nor "en")
    let ends_t = w.ends_with('t');
    if !(ends_t || w.ends_with("en")) || NOT_PARTICIPLE.contains(&w) {
        return false;
    }
    // ge-participles, also after a separable prefix (angekündigt, zurückgetreten)
    // (a byte scan: `str::contains` sets up a substring searcher per word)
    let ge = || w.starts_with("ge") || w.as_bytes()[1..].windows(2).any(|p| p == b"ge");
    // inseparable prefixes form participles without ge (verkündet, erklärt, besucht)
    // (and unter-, über-, hinter-, wider-, miss-: "unterzeichnet", "überwacht")
    let insep = || {
        ends_t
            && [
                "ver", "be", "er", "ent", "zer", "emp", "unter", "über", "hinter", "wider", "miss",
            ]
            .iter()
            .any(|p| w.starts_with(p))
    };
    ge() || insep() || w.ends_with("iert")
}

const WERDEN: &[&str] = &["wird", "werden", "werde", "wirst", "werdet"];
const MODAL_FUT: &[&str] = &[
    "soll", "sollen", "sollst", "will", "wollen", "plant", "planen",
];
/// Participles and adjectives of scheduling ("der für Dienstag geplante
/// Parteitag"): the event lies ahead.
pub(crate) const SCHEDULED: &[&str] = &[
    "geplant",
    "vorgesehen",
    "angesetzt",
    "anberaumt",
    "bevorstehend",
];
/// Verbs of postponing and fixing a date ("verschob die Wahl auf den 15.
/// Dezember"): the date after "auf" lies ahead.
pub(crate) const POSTPONE: &[&str] = &[
    "verschob",
    "verschieb",
    "vertag",
    "verleg",
    "angesetzt",
    "festgesetzt",
    "festgelegt",
];
const PAST_AUX: &[&str] = &[
    "war", "waren", "warst", "wurde", "wurden", "hatte", "hatten", "worden", "gewesen",
];
const PERF_AUX: &[&str] = &[
    "hat", "haben", "habe", "hast", "ist", "sind", "seien", "sei",
];

/// Separable prefixes before an infix "zu" ("abzuziehen", "anzugreifen").
const SEP_PREFIX: &[&str] = &[
    "ab", "an", "auf", "aus", "bei", "ein", "fest", "her", "hin", "mit", "nach", "vor", "weg",
    "zurück", "zusammen", "los", "frei", "statt", "teil", "vorbei", "fort", "durch",
];

/// An infinitive with "zu" ("zu reisen", "abzuziehen"): the clause names
/// what is announced, planned or demanded.
fn is_zu_infinitive(prev: &str, w: &str) -> bool {
    let infinitive =
        |w: &str| w.len() > 3 && (w.ends_with("en") || w.ends_with("ern") || w.ends_with("eln"));
    (prev == "zu" && infinitive(w))
        || SEP_PREFIX.iter().any(|p| {
            w.strip_prefix(p)
                .and_then(|r| r.strip_prefix("zu"))
                .is_some_and(infinitive)
        })
}

/// The tense of a clause, given as (lower-cased word, capitalised) pairs;
/// capitalised words (nouns) are not read as verbs.
pub fn tense_of<'a>(words: impl Iterator<Item = (&'a str, bool)>) -> Option<Tense> {
    // one pass, no buffer; the last two words decide a clause-final
    // infinitive with "zu" (capitalised words are nouns)
    let mut last: Option<(&str, bool)> = None;
    let mut before_last: Option<(&str, bool)> = None;
    let mut werden = 0;
    let mut future = false;
    let mut scheduled = false;
    let mut past = false;
    let mut perf_aux = false;
    let mut participle = false;
    for (w, capitalised) in words {
        before_last = last;
        last = Some((w, capitalised));
        if capitalised {
            continue;
        }
        let w = &w;
        if WERDEN.contains(w) {
            werden += 1;
        } else if MODAL_FUT.contains(w) {
            future = true;
        } else if SCHEDULED.iter().any(|s| w.starts_with(s)) {
            scheduled = true;
        } else if PAST_AUX.contains(w) || preterite().contains(w) {
            past = true;
        } else if PERF_AUX.contains(w) {
            perf_aux = true;
        } else if is_participle(w) {
            participle = true;
        }
    }
    let zu_inf = match (before_last, last) {
        (Some((p, false)), Some((w, false))) => is_zu_infinitive(p, w),
        (_, Some((w, false))) => is_zu_infinitive("", w),
        _ => false,
    };
    // "wird … stattfinden" is future; "werden geschlossen" is a present passive
    // unless a second "werden" makes it a future passive
    if werden > 0 && (!participle || werden > 1) {
        future = true;
    }
    if perf_aux && participle {
        past = true;
    }
    if future {
        Some(Tense::Future)
    } else if past {
        Some(Tense::Past)
    } else if scheduled || zu_inf {
        // a scheduling participle or an infinitive with "zu" ("kündigte an,
        // am Freitag abzureisen") without a past verb: the event lies ahead
        Some(Tense::Future)
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(s: &str) -> Option<Tense> {
        let words: Vec<(String, bool)> = s
            .split(|c: char| !c.is_alphabetic())
            .filter(|w| !w.is_empty())
            .enumerate()
            .map(|(i, w)| (w.to_lowercase(), i > 0 && w.starts_with(char::is_uppercase)))
            .collect();
        tense_of(words.iter().map(|(w, u)| (w.as_str(), *u)))
    }

    /// Issue 9: the byte scan for an inner "ge" finds what `str::contains`
    /// finds.
    #[test]
    fn participle_inner_ge_byte_scan_issue_9() {
        let old = |w: &str| w.starts_with("ge") || w[1..].contains("ge");
        for w in [
            "angekündigt",
            "zurückgetreten",
            "übergeben",
            "ägeben",
            "gemacht",
            "verkündet",
            "erklärt",
            "laufen",
            "xg",
            "üge",
            "aufgegessen",
        ] {
            let new = w.starts_with("ge") || w.as_bytes()[1..].windows(2).any(|p| p == b"ge");
            if w.is_char_boundary(1) {
                assert_eq!(new, old(w), "{w}");
            }
        }
        assert!(is_participle("angekündigt"));
        assert!(is_participle("zurückgetreten"));
        assert!(!is_participle("laufen"));
    }

    #[test]
    fn tenses() {
        let table = [
            ("Die Wahl wird im November stattfinden", Some(Tense::Future)),
            (
                "Neuwahlen sollen am 14. November stattfinden",
                Some(Tense::Future),
            ),
            (
                "Er kündigte am Donnerstag die Auflösung an",
                Some(Tense::Past),
            ),
            (
                "Biegun hat am Mittwoch eine Erklärung gekontert",
                Some(Tense::Past),
            ),
            ("Das Flugzeug ist abgestürzt", Some(Tense::Past)),
            ("Am Samstag warf sie den USA vor", Some(Tense::Past)),
            ("Die Grenzen werden geschlossen", None),
            ("Der für Dienstag geplante Parteitag", Some(Tense::Future)),
            (
                "Er hatte den Angriff für Dienstag geplant",
                Some(Tense::Past),
            ),
            ("Er befindet sich in Gewahrsam", None),
            ("am Freitag nach Berlin zu reisen", Some(Tense::Future)),
            ("die Truppen am Freitag abzuziehen", Some(Tense::Future)),
            ("am Freitag dort gewesen zu sein", Some(Tense::Past)),
            ("Sie beschlossen zu bleiben", Some(Tense::Past)),
            ("Der Zug fuhr zu langsam", Some(Tense::Past)),
            ("Er lädt zu diesen Gesprächen ein", None),
            ("Er lädt zu diesen Gesprächen", None),
            (
                "Die Staaten haben am Freitag die Vereinbarung unterzeichnet",
                Some(Tense::Past),
            ),
        ];
        for (s, want) in table {
            assert_eq!(t(s), want, "{s}");
        }
    }
}
