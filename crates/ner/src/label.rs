//! BIO tags over the twelve GermEval 2014 outer labels.
//!
//! Tag 0 is `O`; the twelve types (`PER`, `PERderiv`, `PERpart`, `ORG`, …)
//! each have a `B-` and an `I-` tag, `1 + 2k` and `2 + 2k`. An `I-X` tag may
//! only follow `B-X` or `I-X`; the decoder enforces that, so every output is a
//! well-formed chunk sequence.

use lagebild_core::{NerClass, NerSub};

/// Number of entity types (4 classes × full/deriv/part).
pub const N_TYPES: usize = 12;
/// Number of tags: `O` plus `B-`/`I-` per type.
pub const N_TAGS: usize = 1 + 2 * N_TYPES;

/// The tag `O`.
pub const O: u8 = 0;

const CLASSES: [NerClass; 4] = [NerClass::Per, NerClass::Org, NerClass::Loc, NerClass::Oth];
const SUBS: [NerSub; 3] = [NerSub::Full, NerSub::Deriv, NerSub::Part];

/// The entity type of index `k` (0..12).
pub fn type_of(k: usize) -> (NerClass, NerSub) {
    (CLASSES[(k / 3) % 4], SUBS[k % 3])
}

/// The GermEval name of a type: `PER`, `LOCderiv`, `ORGpart`, …
pub fn type_name(k: usize) -> &'static str {
    const NAMES: [&str; N_TYPES] = [
        "PER", "PERderiv", "PERpart", "ORG", "ORGderiv", "ORGpart", "LOC", "LOCderiv", "LOCpart",
        "OTH", "OTHderiv", "OTHpart",
    ];
    NAMES[k % N_TYPES]
}

fn type_index(name: &str) -> Option<usize> {
    (0..N_TYPES).find(|&k| type_name(k) == name)
}

/// True for `B-` tags.
#[inline]
pub fn is_begin(tag: u8) -> bool {
    tag != O && tag % 2 == 1
}

/// True for `I-` tags.
#[inline]
pub fn is_inside(tag: u8) -> bool {
    tag != O && tag % 2 == 0
}

/// The type index of a `B-`/`I-` tag.
#[inline]
pub fn tag_type(tag: u8) -> Option<usize> {
    (tag != O).then(|| (tag as usize - 1) / 2)
}

/// May `cur` follow `prev` (`None`: sentence start)?
#[inline]
pub fn allowed(prev: Option<u8>, cur: u8) -> bool {
    if !is_inside(cur) {
        return true;
    }
    match prev {
        None => false,
        Some(p) => p != O && tag_type(p) == tag_type(cur),
    }
}

/// Parses `O`, `B-PER`, `I-LOCderiv`, … (`None` for anything else).
pub fn parse_tag(s: &str) -> Option<u8> {
    if s == "O" {
        return Some(O);
    }
    let (prefix, name) = s.split_at_checked(2)?;
    let k = type_index(name)? as u8;
    match prefix {
        "B-" => Some(1 + 2 * k),
        "I-" => Some(2 + 2 * k),
        _ => None,
    }
}

/// The GermEval spelling of a tag.
pub fn tag_name(tag: u8) -> String {
    match tag_type(tag) {
        None => "O".to_string(),
        Some(k) => format!("{}-{}", if is_begin(tag) { "B" } else { "I" }, type_name(k)),
    }
}

/// Chunks `(start, end, type)` of a tag sequence, read the way the GermEval
/// scorer reads them: an `I-X` that does not continue an `X` chunk starts one.
pub fn chunks(tags: &[u8]) -> Vec<(usize, usize, usize)> {
    let mut out = Vec::new();
    chunks_into(tags, &mut out);
    out
}

/// [`chunks`] into `out` (cleared first), for callers that reuse one buffer.
pub fn chunks_into(tags: &[u8], out: &mut Vec<(usize, usize, usize)>) {
    out.clear();
    let mut open: Option<(usize, usize)> = None;
    for (i, &t) in tags.iter().enumerate() {
        let ty = tag_type(t);
        let continues = is_inside(t) && open.map(|(_, k)| Some(k)) == Some(ty);
        if !continues {
            if let Some((s, k)) = open.take() {
                out.push((s, i, k));
            }
            if let Some(k) = ty {
                open = Some((i, k));
            }
        }
    }
    if let Some((s, k)) = open {
        out.push((s, tags.len(), k));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tag_names_round_trip() {
        for t in 0..N_TAGS as u8 {
            assert_eq!(parse_tag(&tag_name(t)), Some(t), "{}", tag_name(t));
        }
        for bad in ["", "B-", "X-PER", "B-FOO", "B-per", "I-LOCDERIV", "BB-PER"] {
            assert_eq!(parse_tag(bad), None, "{bad}");
        }
    }

    #[test]
    fn types_map_to_core_classes() {
        let cases = [
            ("B-PER", NerClass::Per, NerSub::Full),
            ("B-LOCderiv", NerClass::Loc, NerSub::Deriv),
            ("I-ORGpart", NerClass::Org, NerSub::Part),
            ("B-OTH", NerClass::Oth, NerSub::Full),
        ];
        for (name, c, s) in cases {
            let t = parse_tag(name).unwrap();
            assert_eq!(type_of(tag_type(t).unwrap()), (c, s), "{name}");
        }
    }

    #[test]
    fn bio_constraints() {
        let b_per = parse_tag("B-PER").unwrap();
        let i_per = parse_tag("I-PER").unwrap();
        let i_loc = parse_tag("I-LOC").unwrap();
        assert!(allowed(None, b_per));
        assert!(!allowed(None, i_per));
        assert!(!allowed(Some(O), i_per));
        assert!(allowed(Some(b_per), i_per));
        assert!(allowed(Some(i_per), i_per));
        assert!(!allowed(Some(b_per), i_loc));
        assert!(allowed(Some(i_loc), O));
    }

    #[test]
    fn chunks_like_the_scorer() {
        let t = |s: &str| parse_tag(s).unwrap();
        let tags = [
            t("B-PER"),
            t("I-PER"),
            t("O"),
            t("I-LOC"),
            t("B-LOC"),
            t("I-ORG"),
        ];
        assert_eq!(
            chunks(&tags),
            vec![(0, 2, 0), (3, 4, 6), (4, 5, 6), (5, 6, 3)]
        );
        assert!(chunks(&[]).is_empty());
    }
}
