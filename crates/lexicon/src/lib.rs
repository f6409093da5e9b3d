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
