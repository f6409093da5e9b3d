//! The forms of the event-verb lemmas that the event frames name by lemma
//! (`=bombardieren` in `crates/events/frames/*.tsv`, issue #7).
//!
//! * `data/event_verbs.tsv`: the lemmas with their separable particle
//!   (written by hand for lagebild);
//! * `data/event_verb_forms.tsv`: every 3rd-person finite form (indicative,
//!   Konjunktiv I and II), past participle and infinitive of those lemmas,
//!   and a separable verb's verb-second forms, derived from the LanguageTool
//!   dictionary (CC BY-SA 4.0) by `data/build_verbs.py`, each marked when it
//!   is also a noun ("angriff": Angriff).
//!
//! Compiled into the binary and parsed once.

use crate::verbs::FormKind;
use rustc_hash::FxHashMap;
use std::sync::OnceLock;

const EVENT_VERB_FORMS: &str = include_str!("../data/event_verb_forms.tsv");

/// One form of an event verb.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct EventVerbForm {
    /// The form, lower-case ("griff", "angegriffen").
    pub form: &'static str,
    pub kind: FormKind,
    /// The form is also a noun ("angriff", "festnahmen", "verbot"): frames
    /// match case-insensitively.
    pub noun: bool,
}

/// An event verb: its particle and its forms in the table's (sorted) order.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct EventVerb {
    /// Separable particle ("an" of angreifen), if any.
    pub particle: Option<&'static str>,
    pub forms: Vec<EventVerbForm>,
}

/// The event verb of a lemma ("angreifen"), if `event_verbs.tsv` lists it.
pub fn event_verb(lemma: &str) -> Option<&'static EventVerb> {
    static T: OnceLock<FxHashMap<&'static str, EventVerb>> = OnceLock::new();
    T.get_or_init(|| parse(EVENT_VERB_FORMS)).get(lemma)
}

/// Parses a table in the format of `event_verb_forms.tsv` (form, lemma,
/// particle, kind, number, noun).
pub fn parse(data: &'static str) -> FxHashMap<&'static str, EventVerb> {
    let mut out: FxHashMap<&'static str, EventVerb> = FxHashMap::default();
    for l in crate::data_lines(data).filter(|l| !l.starts_with('#') && !l.trim().is_empty()) {
        let f: Vec<&'static str> = crate::tab_fields(l).collect();
        if f.len() < 6 {
            continue;
        }
        let Some(kind) = FormKind::parse(f[3]) else {
            continue;
        };
        let v = out.entry(f[1]).or_default();
        v.particle = (f[2] != "-").then_some(f[2]);
        let form = EventVerbForm {
            form: f[0],
            kind,
            noun: f[5] == "noun",
        };
        if !v.forms.contains(&form) {
            v.forms.push(form);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn forms(lemma: &str, kind: FormKind) -> Vec<&'static str> {
        event_verb(lemma)
            .map(|v| {
                v.forms
                    .iter()
                    .filter(|f| f.kind == kind)
                    .map(|f| f.form)
                    .collect()
            })
            .unwrap_or_default()
    }

    #[test]
    fn inflected_forms_of_a_plain_verb() {
        let fin = forms("bombardieren", FormKind::Finite);
        for w in [
            "bombardiert",
            "bombardierte",
            "bombardierten",
            "bombardiere",
            "bombardieren",
        ] {
            assert!(fin.contains(&w), "{w}: {fin:?}");
        }
        assert_eq!(forms("bombardieren", FormKind::Participle), ["bombardiert"]);
        assert_eq!(event_verb("bombardieren").and_then(|v| v.particle), None);
    }

    #[test]
    fn separable_verbs_have_their_verb_second_forms() {
        let v = event_verb("angreifen").expect("listed");
        assert_eq!(v.particle, Some("an"));
        let v2 = forms("angreifen", FormKind::SeparatedFinite);
        for w in ["griff", "griffen", "greift", "greifen", "greife", "griffe"] {
            assert!(v2.contains(&w), "{w}: {v2:?}");
        }
        assert!(forms("angreifen", FormKind::Participle).contains(&"angegriffen"));
        assert!(forms("angreifen", FormKind::Infinitive).contains(&"anzugreifen"));
        // "angriff" is also the noun "Angriff"
        assert!(v.forms.iter().any(|f| f.form == "angriff" && f.noun));
    }

    #[test]
    fn unknown_lemmas_are_none() {
        assert!(event_verb("xyzieren").is_none());
    }
}
