//! Word-class lexicon for the tagger's features.
//!
//! German capitalises every noun, so a capital letter says little. What helps
//! is knowing whether a capitalised word is a common noun ("Haus"), a first
//! name, a surname, a city, a country or a region. The lexicon answers that
//! with a bit mask per word form. Two finite-state maps hold it, because their
//! sources have different licences: one built from the LanguageTool German
//! full-form dictionary (CC BY-SA 4.0) and one set of first names from Jörg
//! Michael's `nam_dict` (GFDL 1.2+). Both are embedded in the binary
//! (`crates/ner/data/`, see its README for the rebuild command).

use fst::{Map, Set};

/// A common-noun form (`SUB`), in this exact spelling.
pub const SUB: u16 = 1 << 0;
/// A first name (`EIG:…:VOR`).
pub const VOR: u16 = 1 << 1;
/// A surname (`EIG:…:NAC`).
pub const NAC: u16 = 1 << 2;
/// A city (`EIG:…:STD`).
pub const STD: u16 = 1 << 3;
/// A country (`EIG:…:COU`).
pub const COU: u16 = 1 << 4;
/// A region (`EIG:…:GEB`).
pub const GEB: u16 = 1 << 5;
/// Waters and mountains (`WAT`, `MOU`).
pub const GEO: u16 = 1 << 6;
/// Other proper names, mostly organisations (`EIG:…:PER`).
pub const ORGN: u16 = 1 << 7;
/// Any other proper name.
pub const EIG: u16 = 1 << 8;
/// Adjective or participle (`ADJ`, `PA1`, `PA2`).
pub const ADJ: u16 = 1 << 9;
/// Verb form.
pub const VER: u16 = 1 << 10;
/// Closed-class word (article, pronoun, preposition, conjunction, adverb …).
pub const FUNC: u16 = 1 << 11;
/// First name from `nam_dict` (set only by [`Lexicon::lookup`], never stored
/// in the LanguageTool map).
pub const FIRST: u16 = 1 << 12;

/// Names of the bits, for documentation and tests.
pub const BIT_NAMES: [(u16, &str); 13] = [
    (SUB, "SUB"),
    (VOR, "VOR"),
    (NAC, "NAC"),
    (STD, "STD"),
    (COU, "COU"),
    (GEB, "GEB"),
    (GEO, "GEO"),
    (ORGN, "ORGN"),
    (EIG, "EIG"),
    (ADJ, "ADJ"),
    (VER, "VER"),
    (FUNC, "FUNC"),
    (FIRST, "FIRST"),
];

/// The bits a LanguageTool tag (`SUB:NOM:SIN:MAS`, `EIG:…:STD`) stands for.
pub fn bits_of_lt_tag(tag: &str) -> u16 {
    let mut parts = tag.split(':');
    let pos = parts.next().unwrap_or("");
    match pos {
        "SUB" => SUB,
        "EIG" => match tag.rsplit(':').next().unwrap_or("") {
            "VOR" => VOR,
            "NAC" => NAC,
            "STD" => STD,
            "COU" => COU,
            "GEB" => GEB,
            "WAT" | "MOU" => GEO,
            "PER" => ORGN,
            _ => EIG,
        },
        "ADJ" | "PA1" | "PA2" => ADJ,
        "VER" => VER,
        "" => 0,
        _ => FUNC,
    }
}

/// The embedded LanguageTool-derived map (CC BY-SA 4.0).
static LT_FST: &[u8] = include_bytes!("../data/lexicon.fst");
/// The embedded first-name set (GFDL 1.2 or later).
static FIRST_FST: &[u8] = include_bytes!("../data/firstnames.fst");

/// The two maps. Cheap to build: the bytes are used in place.
pub struct Lexicon {
    words: Map<&'static [u8]>,
    first: Set<&'static [u8]>,
    id: u64,
}

impl std::fmt::Debug for Lexicon {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Lexicon")
            .field("words", &self.words.len())
            .field("first", &self.first.len())
            .field("id", &format_args!("{:016x}", self.id))
            .finish()
    }
}

impl Lexicon {
    /// The embedded lexicon. Fails only if the embedded bytes are corrupt.
    pub fn embedded() -> Result<Lexicon, fst::Error> {
        Lexicon::from_static(LT_FST, FIRST_FST)
    }

    /// The embedded lexicon, opened once per process for the word-class
    /// tests of the rule stages ("is this a common noun, a verb form?");
    /// `None` only if the embedded bytes are corrupt.
    pub fn shared() -> Option<&'static Lexicon> {
        static SHARED: std::sync::OnceLock<Option<Lexicon>> = std::sync::OnceLock::new();
        SHARED.get_or_init(|| Lexicon::embedded().ok()).as_ref()
    }

    /// A lexicon over two fst byte strings (a map form → bits, a set of names).
    pub fn from_static(words: &'static [u8], first: &'static [u8]) -> Result<Lexicon, fst::Error> {
        let id = content_id(words) ^ content_id(first).rotate_left(17);
        Ok(Lexicon {
            words: Map::new(words)?,
            first: Set::new(first)?,
            id,
        })
    }

    /// An identifier of the lexicon's content, stored in models trained with
    /// it (a model only makes sense with the lexicon it saw in training).
    pub fn id(&self) -> u64 {
        self.id
    }

    /// The bits of a form, spelled exactly as given.
    pub fn lookup(&self, form: &str) -> u16 {
        let mut bits = self.words.get(form).map_or(0, |v| v as u16);
        if self.first.contains(form) {
            bits |= FIRST;
        }
        bits
    }
}

/// FNV-1a over a sample of the bytes plus the length: enough to tell two
/// builds apart, cheap enough for start-up.
pub(crate) fn content_id(b: &[u8]) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    let step = (b.len() / 65_536).max(1);
    for x in b.iter().step_by(step) {
        h ^= u64::from(*x);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h ^ (b.len() as u64).wrapping_mul(0x9e37_79b9_7f4a_7c15)
}

/// Builds the fst bytes of the word map from `(form, bits)` pairs (any order,
/// repeats are OR-ed). Deterministic: the map is sorted.
pub fn build_word_map(
    pairs: impl IntoIterator<Item = (String, u16)>,
) -> Result<Vec<u8>, fst::Error> {
    let mut m: std::collections::BTreeMap<String, u16> = std::collections::BTreeMap::new();
    for (k, v) in pairs {
        *m.entry(k).or_insert(0) |= v;
    }
    let mut b = fst::MapBuilder::memory();
    for (k, v) in m {
        b.insert(k, u64::from(v))?;
    }
    b.into_inner()
}

/// Builds the fst bytes of a set of names.
pub fn build_name_set(names: impl IntoIterator<Item = String>) -> Result<Vec<u8>, fst::Error> {
    let m: std::collections::BTreeSet<String> = names.into_iter().collect();
    let mut b = fst::SetBuilder::memory();
    for k in m {
        b.insert(k)?;
    }
    b.into_inner()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lt_tags_to_bits() {
        let cases = [
            ("SUB:NOM:SIN:MAS", SUB),
            ("EIG:NOM:SIN:NEU:NOA:STD", STD),
            ("EIG:DAT:SIN:MAS:NOA:VOR", VOR),
            ("EIG:GEN:SIN:FEM:ART:COU", COU),
            ("EIG:NOM:SIN:NEU:ART:PER", ORGN),
            ("EIG:NOM:SIN:MAS:ART:WAT", GEO),
            ("ADJ:NOM:SIN:MAS:GRU:DEF", ADJ),
            ("PA2:AKK:PLU:FEM:GRU:SOL:VER", ADJ),
            ("VER:3:SIN:PRÄ:NON", VER),
            ("ART:DEF:NOM:SIN:MAS", FUNC),
            ("", 0),
        ];
        for (tag, bits) in cases {
            assert_eq!(bits_of_lt_tag(tag), bits, "{tag}");
        }
    }

    #[test]
    fn embedded_lexicon_knows_common_words() {
        let lex = Lexicon::embedded().expect("embedded lexicon");
        let cases = [
            ("Haus", SUB),
            ("Berlin", STD),
            ("Frankreich", COU),
            ("Bayern", GEB),
            ("Michael", FIRST),
        ];
        for (w, bit) in cases {
            assert_ne!(lex.lookup(w) & bit, 0, "{w}: {:b}", lex.lookup(w));
        }
        assert_eq!(lex.lookup("Xqzvwpl"), 0);
        assert_eq!(lex.lookup(""), 0);
    }

    #[test]
    fn built_maps_are_deterministic_and_merge_bits() {
        let pairs = || {
            vec![
                ("b".to_string(), SUB),
                ("a".to_string(), VER),
                ("b".to_string(), NAC),
            ]
        };
        let x = build_word_map(pairs()).unwrap();
        let y = build_word_map(pairs().into_iter().rev()).unwrap();
        assert_eq!(x, y);
        let m = Map::new(x).unwrap();
        assert_eq!(m.get("b"), Some(u64::from(SUB | NAC)));
    }
}
