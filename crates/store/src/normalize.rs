//! German search normalisation: the same function builds the index column and
//! reads the query, so "Ärzte", "Aerzte", "ärztlichen" and "Arzt" meet.
//!
//! FTS5 ships a Porter stemmer for English only. German needs three things:
//! case folding, the umlaut/ß spellings that coexist in real text
//! ("Ärzte" / "Aerzte", "Straße" / "Strasse"), and inflectional endings
//! ("Regierung" / "Regierungen", "Merkel" / "Merkels"). The stemmer here is
//! deliberately light: it removes a handful of inflectional endings, then one
//! derivational suffix, and never leaves a stem shorter than three letters.
//! Over-stemming costs little in search (both sides are stemmed alike);
//! under-stemming only loses recall on rare forms.

use unicode_normalization::UnicodeNormalization;

/// Letters after which a final `-s` is an inflectional ending (genitive,
/// plural of loan words): "Merkels", "Autos" keep "merkel", "auto"; "Haus"
/// keeps its `s`.
const S_ENDING_BEFORE: &[char] = &[
    'b', 'd', 'f', 'g', 'h', 'k', 'l', 'm', 'n', 'o', 'r', 't', 'a',
];

/// Inflectional endings, longest first.
const INFLECTIONS: &[&str] = &["ern", "em", "en", "er", "es", "e"];

/// Derivational suffixes removed after the inflection, longest first.
const DERIVATIONS: &[&str] = &["lich", "isch", "heit", "keit", "ung"];

/// Lowercases a word and folds its spelling variants: diacritics are dropped
/// (NFD, combining marks removed), `ß` becomes `ss`, and the transliterations
/// `ae`, `oe`, `ue` become `a`, `o`, `u` (not `ue` after `q`, as in
/// "Quelle"), so "Ärzte" and "Aerzte" both give "arzte".
pub fn fold(word: &str) -> String {
    let mut base = String::with_capacity(word.len());
    for c in word.nfd() {
        if is_combining(c) {
            continue;
        }
        match c {
            'ß' | 'ẞ' => base.push_str("ss"),
            _ => base.extend(c.to_lowercase()),
        }
    }
    let mut out = String::with_capacity(base.len());
    let mut prev: Option<char> = None;
    for c in base.chars() {
        if c == 'e' {
            match prev {
                Some('a') | Some('o') => {
                    prev = Some('\u{0}');
                    continue;
                }
                Some('u') if !out.ends_with("qu") => {
                    prev = Some('\u{0}');
                    continue;
                }
                _ => {}
            }
        }
        out.push(c);
        prev = Some(c);
    }
    out
}

fn is_combining(c: char) -> bool {
    matches!(c as u32, 0x0300..=0x036F | 0x1AB0..=0x1AFF | 0x1DC0..=0x1DFF | 0x20D0..=0x20FF)
}

/// The search key of one word: [`fold`], then the light stemmer.
pub fn stem(word: &str) -> String {
    let folded = fold(word);
    stem_folded(&folded)
}

/// Stems an already folded word.
pub fn stem_folded(folded: &str) -> String {
    if folded.chars().any(|c| c.is_ascii_digit()) {
        return folded.to_string();
    }
    let mut w: &str = folded;
    let len = |s: &str| s.chars().count();
    // Genitive and loan-word plural -s ("Merkels", "Autos").
    if let Some(rest) = w.strip_suffix('s') {
        if len(rest) >= 3 && rest.ends_with(S_ENDING_BEFORE) {
            w = rest;
        }
    }
    // Feminine forms ("Ärztin", "Kanzlerinnen") join the base noun.
    if let Some(rest) = w.strip_suffix("innen").filter(|r| len(r) >= 3) {
        w = rest;
    } else if let Some(rest) = w.strip_suffix("in").filter(|r| len(r) >= 4) {
        w = rest;
    }
    // Inflection.
    for suf in INFLECTIONS {
        if let Some(rest) = w.strip_suffix(suf) {
            if len(rest) >= 3 {
                w = rest;
                break;
            }
        }
    }
    // Derivation.
    for suf in DERIVATIONS {
        if let Some(rest) = w.strip_suffix(suf) {
            if len(rest) >= 4 {
                w = rest;
                break;
            }
        }
    }
    w.to_string()
}

/// A word of a text: its byte span and its text. Words are maximal runs of
/// letters and digits; everything else separates ("US-Präsident" is two).
pub fn words(text: &str) -> impl Iterator<Item = (usize, &str)> + '_ {
    let mut it = text.char_indices().peekable();
    std::iter::from_fn(move || {
        while let Some(&(_, c)) = it.peek() {
            if c.is_alphanumeric() {
                break;
            }
            it.next();
        }
        let (start, _) = *it.peek()?;
        let mut end = start;
        while let Some(&(i, c)) = it.peek() {
            if !c.is_alphanumeric() {
                break;
            }
            end = i + c.len_utf8();
            it.next();
        }
        Some((start, &text[start..end]))
    })
}

/// The normalised column of a text: the stems of its words, space separated.
pub fn index_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for (_, w) in words(text) {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(&stem(w));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spelling_variants_meet() {
        let table: &[(&[&str], &str)] = &[
            (
                &["Ärzte", "Aerzte", "ärztlich", "Arzt", "ÄRZTE", "ärztlichen"],
                "arzt",
            ),
            (&["Straße", "Strasse", "Straßen"], "strass"),
            (&["Merkel", "Merkels"], "merkel"),
            (&["Regierung", "Regierungen"], "regier"),
            (&["Haus", "Hauses"], "haus"),
            (&["Präsident", "Praesident", "Präsidenten"], "prasident"),
            (&["Quelle", "Quellen"], "quell"),
            (&["Ärztin", "Ärztinnen"], "arzt"),
            (
                &["Kanzler", "Kanzlerin", "Kanzlerinnen", "Kanzlers"],
                "kanzl",
            ),
            (&["Kinder", "Kindern"], "kind"),
        ];
        for (forms, want) in table {
            for f in *forms {
                assert_eq!(stem(f), *want, "{f}");
            }
        }
    }

    #[test]
    fn decomposed_umlauts_fold_like_composed() {
        assert_eq!(stem("A\u{0308}rzte"), stem("Ärzte"));
        assert_eq!(fold("Café"), "cafe");
    }

    #[test]
    fn short_words_and_numbers_are_kept() {
        for (w, want) in [
            ("EU", "eu"),
            ("die", "die"),
            ("2020", "2020"),
            ("G20", "g20"),
            ("Putin", "putin"),
        ] {
            assert_eq!(stem(w), want, "{w}");
        }
    }

    #[test]
    fn words_split_on_non_alphanumerics() {
        let t = "Der US-Präsident sagte: „Nein.“ 2020";
        let ws: Vec<_> = words(t).map(|(_, w)| w).collect();
        assert_eq!(ws, ["Der", "US", "Präsident", "sagte", "Nein", "2020"]);
        for (i, w) in words(t) {
            assert_eq!(&t[i..i + w.len()], w);
        }
        assert_eq!(words("").count(), 0);
        assert_eq!(words(" … ").count(), 0);
    }

    #[test]
    fn index_text_is_space_separated_stems() {
        assert_eq!(index_text("Die Ärzte streiken."), "die arzt streik");
    }
}
