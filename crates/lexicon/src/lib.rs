//! German lexicons shared by the stages: morphology from the LanguageTool
//! full-form dictionary (mood, person, number, gender), first names, places,
//! countries and demonyms.
//!
//! Skeleton: filled by the lexicon work.

pub mod verbs;
