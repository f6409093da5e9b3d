//! The word-form table of the speech stage: for every word form the rules ask
//! about, all the answers in one `u32` — the closed-class flags
//! ([`crate::words`]), the cue keyword bits ([`crate::doc::KW_KOMMEN`] …),
//! whether the verb lexicon has speech-verb readings of it and its
//! subjunctive mood. [`crate::doc::View`] probes it once per token of a
//! document and keeps the answers, where it asked the closed-class table,
//! the keyword list, the speech-verb forms and the subjunctive table each on
//! their own (issue #9).

use crate::doc::{keyword_bits, KEYWORDS};
use crate::words;
use lagebild_core::ascii::pack7;
use lagebild_lexicon::verbs::{Mood, VerbLexicon};
use rustc_hash::FxHashMap;
use std::sync::OnceLock;

/// The closed-class flags of a word form's facts (the low 16 bits).
pub const FLAGS: u32 = 0xFFFF;
/// The keyword bits ([`crate::doc::View::kw`]) start here (9 bits).
pub const KW_SHIFT: u32 = 16;
/// The keyword bits shifted down.
pub const KW_MASK: u16 = 0x1FF;
/// The form has speech-verb readings ([`VerbLexicon::speech_forms`]).
pub const HAS_FORMS: u32 = 1 << 25;
/// Its mood ([`VerbLexicon::mood`]) in two bits from here: 0 none, 1
/// Konjunktiv I, 2 ambiguous Konjunktiv I, 3 Konjunktiv II.
pub const MOOD_SHIFT: u32 = 26;

/// The facts bits of a mood.
fn mood_bits(m: Option<Mood>) -> u32 {
    let b = match m {
        None => 0,
        Some(Mood::Kj1) => 1,
        Some(Mood::Kj1Ambiguous) => 2,
        Some(Mood::Kj2) => 3,
    };
    b << MOOD_SHIFT
}

/// The mood of a word form's facts.
#[inline]
pub fn mood_of(facts: u32) -> Option<Mood> {
    match facts >> MOOD_SHIFT & 3 {
        0 => None,
        1 => Some(Mood::Kj1),
        2 => Some(Mood::Kj1Ambiguous),
        _ => Some(Mood::Kj2),
    }
}

/// The facts of a lower-cased word form, each asked of its own table: what
/// [`FormTable::facts`] answers with one probe, and the answer for a view
/// over another verb lexicon.
pub fn facts_of(lower: &str, lex: &VerbLexicon) -> u32 {
    let forms = if lex.speech_forms(lower).is_empty() {
        0
    } else {
        HAS_FORMS
    };
    u32::from(words::flags(lower))
        | u32::from(keyword_bits(lower)) << KW_SHIFT
        | forms
        | mood_bits(lex.mood(lower))
}

/// Every word form with facts, keyed as the closed-class table is: a form
/// of at most seven bytes packed into a number ([`pack7`]), a longer one by
/// its text.
pub struct FormTable {
    short: FxHashMap<u64, u32>,
    long: FxHashMap<&'static str, u32>,
    lex: &'static VerbLexicon,
}

impl FormTable {
    fn build(lex: &'static VerbLexicon) -> FormTable {
        let mut t = FormTable {
            short: FxHashMap::default(),
            long: FxHashMap::default(),
            lex,
        };
        let keys = words::by_word()
            .into_keys()
            .chain(KEYWORDS.iter().map(|&(w, _)| w))
            .chain(lex.speech_form_keys())
            .chain(lex.mood_entries().map(|(w, _)| w));
        for w in keys {
            let f = facts_of(w, lex);
            if f == 0 {
                continue;
            }
            match pack7(w) {
                Some(k) => t.short.insert(k, f),
                None => t.long.insert(w, f),
            };
        }
        t
    }

    /// The table of the compiled-in lexicons (built once).
    pub fn get() -> &'static FormTable {
        static T: OnceLock<FormTable> = OnceLock::new();
        T.get_or_init(|| FormTable::build(VerbLexicon::get()))
    }

    /// [`FormTable::get`] when it was built from `lex`.
    pub fn for_lexicon(lex: &VerbLexicon) -> Option<&'static FormTable> {
        let t = FormTable::get();
        std::ptr::eq(t.lex, lex).then_some(t)
    }

    /// [`facts_of`] a lower-cased word form, with one probe.
    #[inline]
    pub fn facts(&self, lower: &str) -> u32 {
        match pack7(lower) {
            Some(k) => self.short.get(&k),
            None => self.long.get(lower),
        }
        .copied()
        .unwrap_or(0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Issue #9: the one-probe table answers as the four tables asked one by
    /// one, for every form any of them lists, its near misses and other words.
    #[test]
    fn issue_9_form_table_equals_the_tables_asked_one_by_one() {
        let lex = VerbLexicon::get();
        let t = FormTable::get();
        assert!(FormTable::for_lexicon(lex).is_some());
        let mut keys: Vec<&str> = words::by_word().into_keys().collect();
        keys.extend(KEYWORDS.iter().map(|&(w, _)| w));
        keys.extend(lex.speech_form_keys());
        keys.extend(lex.mood_entries().map(|(w, _)| w));
        keys.extend(["", "haus", "regierung", "x", "über", "ß", "berlin"]);
        let mut seen = [0u32; 4];
        for w in keys {
            let cut: String = w.chars().skip(1).collect();
            for v in [w.to_string(), format!("{w}x"), format!("{w}\u{0}"), cut] {
                let f = t.facts(&v);
                assert_eq!(f, facts_of(&v, lex), "{v:?}");
                assert_eq!(mood_of(f), lex.mood(&v), "{v:?}");
                assert_eq!(
                    f & HAS_FORMS != 0,
                    !lex.speech_forms(&v).is_empty(),
                    "{v:?}"
                );
                for (i, bit) in [
                    FLAGS,
                    u32::from(KW_MASK) << KW_SHIFT,
                    HAS_FORMS,
                    3 << MOOD_SHIFT,
                ]
                .into_iter()
                .enumerate()
                {
                    seen[i] += u32::from(f & bit != 0);
                }
            }
        }
        // each kind of fact occurs
        assert!(seen.iter().all(|&n| n > 0), "{seen:?}");
    }
}
