//! Closed word classes the rules need: determiners, prepositions, adverbs,
//! pronouns, conjunctions. German nouns and names are capitalised, so with
//! these lists a noun phrase can be delimited without a tagger.

use lagebild_core::ascii::pack7;
use rustc_hash::FxHashMap;
use std::sync::OnceLock;

pub const DET: u16 = 1;
pub const PREP: u16 = 2;
pub const ADV: u16 = 4;
/// Personal and demonstrative pronouns that can be a speaker ("er", "dieser").
pub const PRON: u16 = 8;
/// Subordinating conjunctions and relative/interrogative words that open a clause.
pub const SUBORD: u16 = 16;
/// Coordinating conjunctions.
pub const COORD: u16 = 32;
/// Other pronouns and particles that never head a speaker phrase.
pub const FUNC: u16 = 64;
/// Auxiliaries (for "hat gesagt", "wurde mitgeteilt").
pub const AUX: u16 = 128;
/// Auxiliaries of the passive.
pub const PASSIVE: u16 = 256;
/// Nouns that report a source ("Angaben", "Ansicht") after "nach".
pub const SOURCE_NOUN: u16 = 512;
/// Nouns of statements that "wonach" can attach to ("Erklärung", "Bericht").
pub const STATEMENT_NOUN: u16 = 1024;

const DETS: &str = "der die das den dem des ein eine einen einem einer eines kein keine keinen keinem keiner \
keines sein seine seinen seinem seiner seines ihr ihre ihren ihrem ihrer ihres unser unsere unseren unserem \
unserer unseres euer eure dieser diese dieses diesem diesen jener jene jenes jenem jenen jeder jede jedes \
jedem jeden alle allen aller mehrere einige viele beide beiden zwei drei vier fünf sechs sieben acht neun zehn";
const PREPS: &str = "an am ans auf aus bei beim bis durch für gegen gegenüber hinter in im ins mit nach \
neben ohne seit über um unter von vom vor während wegen zu zum zur zwischen trotz laut gemäß innerhalb \
außerhalb angesichts aufgrund statt anstatt entlang per pro via wider dank samt nahe oberhalb unterhalb \
infolge seitens hinsichtlich bezüglich mittels inmitten";
const ADVS: &str = "auch zudem außerdem dazu weiter weiterhin ferner jedoch aber allerdings nun jetzt gestern \
heute morgen vorgestern dann bereits schon noch später ebenfalls dagegen hingegen daraufhin indes indessen \
zugleich gleichzeitig erneut wieder nochmals damals zuletzt zuvor zunächst anschließend außerdem ebenso \
deshalb daher darum deswegen trotzdem dennoch immerhin sogar nur bisher bislang inzwischen mittlerweile \
offenbar offensichtlich vermutlich wohl angeblich demnach danach dabei darin darauf damit davon dazu \
hierzu hierbei hier dort da so ja nicht nie niemals kaum fast etwa rund mehr weniger sehr ganz gar \
unterdessen ausdrücklich eindringlich öffentlich schriftlich mündlich wörtlich abschließend \
gegenüber einmal oft häufig stets immer meist bald sofort kürzlich jüngst unlängst neulich \
vergangene vergangenen letzte letzten kommende kommenden nächste nächsten jeweils allein \
insbesondere besonders derzeit sinngemäß besorgt zuversichtlich gleichwohl folglich schließlich letztlich \
tatsächlich grundsätzlich vielmehr stattdessen parallel erstmals ansonsten andernfalls wiederum erst \
gerade eben ohnehin jedenfalls zumindest mindestens höchstens beispielsweise nämlich zwar konkret generell \
seitdem weiter ferner überdies zusätzlich ergänzend abschließend einleitend ursprünglich anfangs \
ebenfalls außerdem daneben dort hierzulande landesweit bundesweit weltweit europaweit gleichzeitig \
skeptisch kritisch optimistisch pessimistisch erfreut enttäuscht empört verärgert erleichtert \
zufrieden unzufrieden überrascht betroffen kurz unmittelbar";
const PRONS: &str =
    "er sie dieser diese jener jene derselbe dieselbe letzterer letztere ersterer erstere";
const SUBORDS: &str = "dass daß ob wie wenn weil da falls obwohl obgleich während nachdem bevor ehe seit \
seitdem sofern solange sodass damit indem wonach wobei weshalb warum wieso weswegen wo woran worauf \
wozu was wer wen wem wessen welche welcher welches welchen welchem um als";
const COORDS: &str = "und oder aber sondern denn doch sowie bzw beziehungsweise";
const FUNCS: &str =
    "es man sich ich du wir ihr ihm ihn ihnen uns euch mir mich dir dich dies das was \
jemand niemand nichts etwas alles";
const AUXS: &str = "hat haben hatte hatten habe hätte hätten ist sind war waren sei seien wäre wären wird \
werden wurde wurden werde würde würden soll sollen sollte sollten will wollen wollte wollten kann können \
konnte konnten könne könnte könnten muss müssen musste mussten müsse müsste darf dürfen durfte \
worden gewesen";
const PASSIVES: &str = "wird werden wurde wurden werde würde würden worden";
const SOURCE_NOUNS: &str = "angaben angabe ansicht aussage aussagen auffassung einschätzung einschätzungen \
informationen information berichten bericht darstellung darstellungen meinung worten schätzungen \
schätzung erkenntnissen überzeugung meldungen meldung recherchen erklärung erklärungen mitteilung \
schilderungen schilderung zeugenaussagen ermittlungen umfragen umfrage prognosen prognose untersuchungen \
analyse analysen berechnungen erfahrungen ankündigung studie studien statistik statistiken zählung zählungen \
daten zahlen beobachtungen vorstellungen vorstellung willen wunsch plänen plan gesetz grundgesetz entwurf \
gesetzentwurf gesetzesentwurf vorschlag urteil auskunft auskünften zeugen experten beobachtern \
medienberichten presseberichten quellen kreisen überlegungen verfassung dokument stand \
ermittlungsstand kenntnisstand sicht veröffentlichung hochrechnung hochrechnungen \
mitteilungen pressemitteilung stellungnahme vernehmen planungen erkenntnisstand ergebnis endergebnis \
fernsehbericht zeitungsbericht medienbericht medien";
const STATEMENT_NOUNS: &str = "erklärung erklärungen bericht berichte berichten berichts meldung meldungen \
angaben aussage aussagen mitteilung mitteilungen information informationen darstellung studie studien \
umfrage gutachten urteil schätzung schätzungen einschätzung stellungnahme presseerklärung pressemitteilung \
interview zeitungsbericht medienbericht medienberichte medienberichten zeugenaussage zeugenaussagen \
dokument dokumente dokumenten papier brief schreiben anklage anklageschrift erkenntnisse erkenntnissen \
untersuchung ermittlungen prognose ankündigung";

/// Compound heads that mark a source noun ("Polizeiangaben", "Regierungsangaben").
pub const SOURCE_SUFFIXES: &[&str] = &[
    "angaben",
    "informationen",
    "berichten",
    "aussagen",
    "aussage",
    "schätzungen",
    "meldungen",
    "erkenntnissen",
    "kreisen",
    "analyse",
    "berechnungen",
    "umfrage",
    "studie",
    "prognose",
    "prognosen",
    "statistik",
    "ansicht",
    "meinung",
    "einschätzung",
    "darstellung",
    "entwurf",
    "auskunft",
    "auskünften",
    "gesetz",
    "gesetzes",
    "dokument",
    "dokumenten",
    "ermittlungsstand",
    "kenntnisstand",
    "verfassung",
];

/// Does a lower-cased noun end in a suffix that makes it feminine ("Zeitung",
/// "Politik", "Kommission")? After "der" such a noun is dative or genitive,
/// never the subject ("Der Zeitung sagte der Minister").
pub fn feminine_noun(lower: &str) -> bool {
    const ENDS: &[&str] = &[
        "ung", "heit", "keit", "schaft", "tion", "sion", "tät", "ik", "enz", "anz", "ei", "ur",
    ];
    // "-eur" is masculine ("Redakteur", "Ingenieur")
    lower.chars().count() > 4 && ENDS.iter().any(|e| lower.ends_with(e)) && !lower.ends_with("eur")
}

/// Heads of institutions that speak as a body ("die Staatsanwaltschaft",
/// "das Ministerium", "der Verband"): compound-final, lower-cased.
const INSTITUTIONS: &[&str] = &[
    "regierung",
    "ministerium",
    "polizei",
    "behörde",
    "amt",
    "gericht",
    "gerichtshof",
    "staatsanwaltschaft",
    "partei",
    "verband",
    "gewerkschaft",
    "kommission",
    "rat",
    "agentur",
    "zeitung",
    "sender",
    "unternehmen",
    "konzern",
    "firma",
    "institut",
    "organisation",
    "fraktion",
    "koalition",
    "opposition",
    "armee",
    "militär",
    "bank",
    "verein",
    "union",
    "bund",
    "verwaltung",
    "komitee",
    "gruppe",
    "bewegung",
    "kirche",
    "stiftung",
    "universität",
    "magazin",
    "blatt",
    "team",
    "vorstand",
    "führung",
    "leitung",
    "rathaus",
    "weiße",
    "kreml",
];

/// Is a lower-cased noun (compounds included) the head of an institution?
pub fn institution_noun(lower: &str) -> bool {
    // ends in an entry plus "", "s", "es", "n" or "en" (no allocation: this
    // runs for many words of every sentence)
    ["", "s", "es", "n", "en"].iter().any(|end| {
        lower
            .strip_suffix(end)
            .is_some_and(|base| INSTITUTIONS.iter().any(|e| base.ends_with(e)))
    })
}

/// The closed-class words with their flags: those of at most seven bytes
/// by `lagebild_core::ascii::pack7` (one multiply to hash, one comparison to find: most words of
/// a text are short, and the string map hashed and compared bytes, issue
/// #9), the longer ones by text.
struct Table {
    short: FxHashMap<u64, u16>,
    long: FxHashMap<&'static str, u16>,
}

/// Every closed-class word with its flags.
pub(crate) fn by_word() -> FxHashMap<&'static str, u16> {
    let mut m: FxHashMap<&'static str, u16> = FxHashMap::default();
    for (list, f) in [
        (DETS, DET),
        (PREPS, PREP),
        (ADVS, ADV),
        (PRONS, PRON),
        (SUBORDS, SUBORD),
        (COORDS, COORD),
        (FUNCS, FUNC),
        (AUXS, AUX),
        (PASSIVES, PASSIVE),
        (SOURCE_NOUNS, SOURCE_NOUN),
        (STATEMENT_NOUNS, STATEMENT_NOUN),
    ] {
        for w in list.split_whitespace() {
            *m.entry(w).or_default() |= f;
        }
    }
    m
}

fn table() -> &'static Table {
    static T: OnceLock<Table> = OnceLock::new();
    T.get_or_init(|| {
        let mut t = Table {
            short: FxHashMap::default(),
            long: FxHashMap::default(),
        };
        for (w, f) in by_word() {
            match pack7(w) {
                Some(k) => t.short.insert(k, f),
                None => t.long.insert(w, f),
            };
        }
        t
    })
}

/// The closed-class flags of a lower-cased word.
#[inline]
pub fn flags(lower: &str) -> u16 {
    let t = table();
    match pack7(lower) {
        Some(k) => t.short.get(&k),
        None => t.long.get(lower),
    }
    .copied()
    .unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Issue #9: the flags from the packed short-word table equal those of
    /// the plain map by text, for every listed word and near misses.
    #[test]
    fn issue_9_packed_table_equals_the_map() {
        let m = by_word();
        let mut n = 0;
        for &w in m.keys() {
            for v in [
                w.to_string(),
                format!("{w}x"),
                format!("{w}\u{0}"),
                w.chars().skip(1).collect(),
                w.chars()
                    .take(w.chars().count().saturating_sub(1))
                    .collect(),
                w.to_uppercase(),
                format!("ü{w}"),
            ] {
                assert_eq!(flags(&v), m.get(v.as_str()).copied().unwrap_or(0), "{v:?}");
                n += usize::from(flags(&v) != 0);
            }
        }
        assert!(n >= m.len() && m.keys().any(|w| w.len() > 7) && m.keys().any(|w| w.len() <= 7));
        assert_eq!(flags(""), m.get("").copied().unwrap_or(0));
    }

    #[test]
    fn classes() {
        assert!(flags("der") & DET != 0);
        assert!(flags("nach") & PREP != 0);
        assert!(flags("er") & PRON != 0);
        assert!(flags("dass") & SUBORD != 0);
        assert!(flags("angaben") & SOURCE_NOUN != 0);
        assert_eq!(flags("haus"), 0);
    }

    #[test]
    fn institution_nouns_with_inflection() {
        let cases = [
            ("regierung", true),
            ("bundesregierung", true),
            ("zentralbanken", true),
            ("vereins", true),
            ("vereines", true),
            ("gruppen", true),
            ("kremls", true),
            ("haus", false),
            ("minister", false),
            ("", false),
        ];
        for (w, want) in cases {
            let old = INSTITUTIONS.iter().any(|e| {
                [
                    String::new(),
                    "s".into(),
                    "es".into(),
                    "n".into(),
                    "en".into(),
                ]
                .iter()
                .any(|end| w.ends_with(&format!("{e}{end}")))
            });
            assert_eq!(institution_noun(w), want, "{w}");
            assert_eq!(old, want, "{w} (as entry + ending)");
        }
    }
}
