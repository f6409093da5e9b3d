//! Verb morphology for reported speech: the speech-verb lexicon and the
//! Konjunktiv tables.
//!
//! German marks reported speech with a closed set of communication verbs
//! ("sagte", "teilte … mit", "warf … vor") and with the Konjunktiv I ("er
//! sei", "sie habe"). Both are lexical facts, so they live in data files:
//!
//! * `data/speech_verbs.tsv`: the lemmas we count as speech verbs, with their
//!   separable particle and complement frame (written by hand for lagebild);
//! * `data/speech_verb_forms.tsv`: every 3rd-person finite form, participle and
//!   infinitive of those lemmas, derived from the LanguageTool dictionary
//!   (CC BY-SA 4.0) by `data/build_verbs.py`;
//! * `data/subjunctive.tsv`: forms that can only be Konjunktiv I (or II) in the
//!   3rd person, same source and script.
//!
//! The tables are compiled into the binary and parsed once into hash maps, so
//! a lookup is one hash of the lower-cased word; a bitmap of the listed forms'
//! lengths and first two and last bytes rules most other words out before that
//! hash (issue 9).

use lagebild_core::ascii::FormFilter;
use rustc_hash::FxHashMap;
use std::sync::OnceLock;

const SPEECH_VERBS: &str = include_str!("../data/speech_verbs.tsv");
const SPEECH_VERB_FORMS: &str = include_str!("../data/speech_verb_forms.tsv");
const SUBJUNCTIVE: &str = include_str!("../data/subjunctive.tsv");

/// What complements a speech verb takes (bit set).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Frame(u8);

impl Frame {
    /// A complement clause: `dass`/`ob`/`wie` or verb-second Konjunktiv I.
    pub const CLAUSE: Frame = Frame(1);
    /// A direct quotation.
    pub const QUOTE: Frame = Frame(2);
    /// A zu-infinitive ("warf ihnen vor, … zu nutzen").
    pub const INFINITIVE: Frame = Frame(4);
    /// Only a noun phrase ("nannte X einen Fehler").
    pub const NOMINAL: Frame = Frame(8);

    fn parse(s: &str) -> Frame {
        let mut f = 0;
        for c in s.chars() {
            f |= match c {
                'S' => Self::CLAUSE.0,
                'Q' => Self::QUOTE.0,
                'I' => Self::INFINITIVE.0,
                'N' => Self::NOMINAL.0,
                _ => 0,
            };
        }
        Frame(f)
    }

    pub fn has(self, other: Frame) -> bool {
        self.0 & other.0 == other.0 && other.0 != 0
    }
}

/// One speech verb of the lexicon.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SpeechVerb {
    /// Infinitive, particle included ("mitteilen").
    pub lemma: &'static str,
    /// Separable particle ("mit"), if any.
    pub particle: Option<&'static str>,
    pub frame: Frame,
}

/// The kind of a verb form.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum FormKind {
    /// A finite verb-second form of a separable verb ("teilte" of
    /// mitteilen): the particle must close the clause.
    SeparatedFinite,
    /// A finite form that contains the whole verb ("sagte", "mitteilte").
    Finite,
    /// Past participle ("gesagt", "mitgeteilt").
    Participle,
    /// Infinitive or zu-infinitive ("sagen", "mitzuteilen").
    Infinitive,
}

impl FormKind {
    /// The kind named in the forms tables (`v2`, `fin`, `part`, `inf`).
    pub fn parse(s: &str) -> Option<FormKind> {
        match s {
            "v2" => Some(FormKind::SeparatedFinite),
            "fin" => Some(FormKind::Finite),
            "part" => Some(FormKind::Participle),
            "inf" => Some(FormKind::Infinitive),
            _ => None,
        }
    }
}

/// Grammatical number of a finite form.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Number {
    Singular,
    Plural,
    None,
}

/// One reading of a word form as a speech verb.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SpeechForm {
    /// Index into [`VerbLexicon::verbs`].
    pub verb: u16,
    pub kind: FormKind,
    pub number: Number,
}

/// Mood of a finite form that the subjunctive table knows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Mood {
    /// Only Konjunktiv I in the 3rd person (sei, habe, müsse, gebe).
    Kj1,
    /// Konjunktiv I, but also another part of speech ("irre", "lange"):
    /// needs context.
    Kj1Ambiguous,
    /// Konjunktiv II without an indicative homograph (hätte, wäre, käme).
    Kj2,
}

/// The speech-verb lexicon and the subjunctive table.
#[derive(Debug)]
pub struct VerbLexicon {
    verbs: Vec<SpeechVerb>,
    forms: FxHashMap<&'static str, Vec<SpeechForm>>,
    moods: FxHashMap<&'static str, Mood>,
    /// Exact pre-filters of `forms` and `moods` (issue 9: most words are in
    /// neither table, and the filter rules them out without hashing).
    form_filter: FormFilter,
    mood_filter: FormFilter,
}

/// log2 of the bits of the verb tables' [`FormFilter`]s.
const FILTER_LOG2: u32 = 15;

fn data_lines(s: &'static str) -> impl Iterator<Item = Vec<&'static str>> {
    crate::data_lines(s)
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .map(|l| crate::tab_fields(l).collect())
}

impl VerbLexicon {
    /// The lexicon compiled into the binary (parsed once).
    pub fn get() -> &'static VerbLexicon {
        static LEX: OnceLock<VerbLexicon> = OnceLock::new();
        LEX.get_or_init(|| VerbLexicon::parse(SPEECH_VERBS, SPEECH_VERB_FORMS, SUBJUNCTIVE))
    }

    /// Builds a lexicon from the three tables (see the module docs for their format).
    pub fn parse(verbs: &'static str, forms: &'static str, moods: &'static str) -> VerbLexicon {
        let mut vs: Vec<SpeechVerb> = Vec::new();
        let mut index: FxHashMap<&'static str, u16> = FxHashMap::default();
        for f in data_lines(verbs) {
            if f.len() < 3 || index.contains_key(f[0]) {
                continue;
            }
            index.insert(f[0], vs.len() as u16);
            vs.push(SpeechVerb {
                lemma: f[0],
                particle: (f[1] != "-").then_some(f[1]),
                frame: Frame::parse(f[2]),
            });
        }
        let mut fm: FxHashMap<&'static str, Vec<SpeechForm>> = FxHashMap::default();
        for f in data_lines(forms) {
            if f.len() < 5 {
                continue;
            }
            let Some(&verb) = index.get(f[1]) else {
                continue;
            };
            let Some(kind) = FormKind::parse(f[3]) else {
                continue;
            };
            let number = match f[4] {
                "sg" => Number::Singular,
                "pl" => Number::Plural,
                _ => Number::None,
            };
            let e = fm.entry(f[0]).or_default();
            let sf = SpeechForm { verb, kind, number };
            if !e.contains(&sf) {
                e.push(sf);
            }
        }
        let mut md = FxHashMap::default();
        for f in data_lines(moods) {
            if f.len() < 2 {
                continue;
            }
            let m = match f[1] {
                "KJ1" => Mood::Kj1,
                "KJ1A" => Mood::Kj1Ambiguous,
                "KJ2" => Mood::Kj2,
                _ => continue,
            };
            md.insert(f[0], m);
        }
        VerbLexicon {
            verbs: vs,
            form_filter: FormFilter::new(FILTER_LOG2, fm.keys().copied()),
            mood_filter: FormFilter::new(FILTER_LOG2, md.keys().copied()),
            forms: fm,
            moods: md,
        }
    }

    pub fn verbs(&self) -> &[SpeechVerb] {
        &self.verbs
    }

    pub fn verb(&self, i: u16) -> &SpeechVerb {
        &self.verbs[i as usize]
    }

    /// Every word form that has speech-verb readings (the keys of
    /// [`VerbLexicon::speech_forms`]), in no particular order: for tables
    /// that answer several questions about a word with one probe (issue 9).
    pub fn speech_form_keys(&self) -> impl Iterator<Item = &'static str> + '_ {
        self.forms.keys().copied()
    }

    /// Every finite form of the subjunctive table with its mood
    /// ([`VerbLexicon::mood`]), in no particular order.
    pub fn mood_entries(&self) -> impl Iterator<Item = (&'static str, Mood)> + '_ {
        self.moods.iter().map(|(&w, &m)| (w, m))
    }

    /// The speech-verb readings of a lower-cased word form.
    #[inline]
    pub fn speech_forms(&self, lower: &str) -> &[SpeechForm] {
        if !self.form_filter.may_hold(lower) {
            return &[];
        }
        self.speech_forms_hashed(lower)
    }

    #[inline(never)]
    fn speech_forms_hashed(&self, lower: &str) -> &[SpeechForm] {
        self.forms.get(lower).map_or(&[], Vec::as_slice)
    }

    /// The subjunctive mood of a lower-cased finite form, if it is one.
    #[inline]
    pub fn mood(&self, lower: &str) -> Option<Mood> {
        if !self.mood_filter.may_hold(lower) {
            return None;
        }
        self.mood_hashed(lower)
    }

    #[inline(never)]
    fn mood_hashed(&self, lower: &str) -> Option<Mood> {
        self.moods.get(lower).copied()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Issue 9: the pre-filters never rule out a listed form (and the
    /// look-ups still find each), and the form filter does rule out words.
    #[test]
    fn issue_9_filters_pass_every_listed_form() {
        let lex = VerbLexicon::get();
        for f in lex.forms.keys() {
            assert!(lex.form_filter.may_hold(f), "speech form {f}");
            assert!(!lex.speech_forms(f).is_empty(), "speech form {f}");
        }
        for (f, m) in &lex.moods {
            assert!(lex.mood_filter.may_hold(f), "mood form {f}");
            assert_eq!(lex.mood(f), Some(*m), "mood form {f}");
        }
        let others = ["der", "die", "und", "Regierung", "", "x", "über"];
        let passed = others
            .iter()
            .filter(|w| lex.form_filter.may_hold(w) && !lex.forms.contains_key(*w))
            .count();
        assert!(passed < others.len(), "the form filter rules nothing out");
    }

    #[test]
    fn subjunctive_table() {
        let lex = VerbLexicon::get();
        let cases: &[(&str, Option<Mood>)] = &[
            ("sei", Some(Mood::Kj1)),
            ("seien", Some(Mood::Kj1)),
            ("habe", Some(Mood::Kj1)),
            ("müsse", Some(Mood::Kj1)),
            ("gebe", Some(Mood::Kj1)),
            ("wolle", Some(Mood::Kj1)),
            ("irre", Some(Mood::Kj1Ambiguous)),
            ("lange", Some(Mood::Kj1Ambiguous)),
            ("hätten", Some(Mood::Kj2)),
            ("wäre", Some(Mood::Kj2)),
            ("ist", None),
            ("haben", None),
            ("sagte", None),
            ("hatte", None),
        ];
        for (w, m) in cases {
            assert_eq!(lex.mood(w), *m, "{w}");
        }
    }

    #[test]
    fn speech_verb_forms() {
        let lex = VerbLexicon::get();
        let has = |form: &str, lemma: &str, kind: FormKind| {
            lex.speech_forms(form)
                .iter()
                .any(|f| lex.verb(f.verb).lemma == lemma && f.kind == kind)
        };
        let cases = [
            ("sagte", "sagen", FormKind::Finite),
            ("sagt", "sagen", FormKind::Finite),
            ("gesagt", "sagen", FormKind::Participle),
            ("teilte", "mitteilen", FormKind::SeparatedFinite),
            ("mitteilte", "mitteilen", FormKind::Finite),
            ("mitgeteilt", "mitteilen", FormKind::Participle),
            ("warf", "vorwerfen", FormKind::SeparatedFinite),
            ("wies", "zurückweisen", FormKind::SeparatedFinite),
            ("erklärten", "erklären", FormKind::Finite),
            ("bekräftigte", "bekräftigen", FormKind::Finite),
        ];
        for (form, lemma, kind) in cases {
            assert!(has(form, lemma, kind), "{form} {lemma} {kind:?}");
        }
        assert!(lex.speech_forms("haus").is_empty());
        let warf = lex.speech_forms("warf");
        assert!(warf
            .iter()
            .any(|f| lex.verb(f.verb).particle == Some("vor")));
    }

    #[test]
    fn frames() {
        let lex = VerbLexicon::get();
        let v = lex.verbs().iter().find(|v| v.lemma == "vorwerfen").unwrap();
        assert!(v.frame.has(Frame::INFINITIVE) && v.frame.has(Frame::CLAUSE));
        let v = lex.verbs().iter().find(|v| v.lemma == "nennen").unwrap();
        assert!(!v.frame.has(Frame::CLAUSE));
    }
}
