//! German lexicons shared by the stages: morphology from the LanguageTool
//! full-form dictionary (mood, person, number, gender), first names, places,
//! countries and demonyms.
//!
//! Each module loads its tables once (`OnceLock`) from data compiled into the
//! binary, so lookups cost a hash probe and nothing is read at run time.

pub mod countries;
pub mod names;
pub mod roles;
pub mod verbs;

/// Every way a token can begin one of `names`: each name cut before each of
/// its non-alphanumeric characters, and the whole name. A word token ends
/// only before a non-alphanumeric character, so a multi-word look-up that
/// starts at a token whose text is not in this set cannot hit — one probe
/// instead of one per span length.
pub(crate) fn heads<'a>(names: impl Iterator<Item = &'a str>) -> rustc_hash::FxHashSet<String> {
    let mut set = rustc_hash::FxHashSet::default();
    for n in names {
        for (i, c) in n.char_indices() {
            if i > 0 && !c.is_alphanumeric() {
                set.insert(n[..i].to_string());
            }
        }
        set.insert(n.to_string());
    }
    set
}
