//! Actors: turns name mentions into real-world actors with roles, countries
//! and gender, the way a reader of the article understands them.
//!
//! Why a separate stage: the NER tagger finds *mentions* ("Biegun",
//! "US-Vizeaußenminister Stephen Biegun", "Nordkoreas"); everything that
//! reasons about the article — who said what, who did what to whom — needs
//! *actors*: one per real-world person, organisation or place, with the
//! fullest name as canonical name, the roles and the country the text gives
//! it. The stage
//!
//! 1. collects name mentions: the tagger's first, then gazetteer names
//!    (countries, capitals, organisations) and a lexicon fallback for persons
//!    ([`mentions`]);
//! 2. merges variants within the article: surname ↔ full name only when
//!    unambiguous, inflected forms ("Litauens", "Afrikanischen Union"), exonyms
//!    ("Wilna"/"Vilnius"), abbreviations introduced in parentheses ([`cluster`]);
//! 3. reads roles and countries off the context of each name: pre-nominal
//!    titles, appositions, genitive attributes, parties in parentheses
//!    ([`context`]);
//! 4. links later role nouns ("der US-Diplomat", "die Ministerin") to the actor
//!    they refer to by gender, country and role compatibility and recency, and
//!    adds them as role mentions ([`link`]);
//! 5. gives actors without an explicit country the article's main country —
//!    none when the article's country evidence is split.

pub mod cluster;
pub mod context;
pub mod link;
pub mod mentions;
pub mod text;

use lagebild_core::{Analysis, Result, Stage};

/// The actors stage.
#[derive(Debug, Default)]
pub struct ActorLinker;

impl ActorLinker {
    pub fn new() -> Self {
        ActorLinker
    }
}

impl Stage for ActorLinker {
    fn name(&self) -> &'static str {
        "actors"
    }
    fn run(&self, a: &mut Analysis) -> Result<()> {
        let (entities, (words, facts), main) = {
            let w = text::Words::new(a);
            let cands = mentions::collect(a, &w);
            let mut actors = cluster::cluster(&w, cands);
            context::annotate(&w, &mut actors);
            // one pass over the document, shared by the two steps that need it
            let main = context::main_country(&w);
            link::link_role_nouns(&w, &mut actors, main);
            let placed = context::default_countries(&w, &mut actors, main);
            context::office_countries(&w, &mut actors, &placed.by_main);
            context::cabinet_of_head(&w, &mut actors, &placed.by_title);
            context::relational_countries(&w, &mut actors);
            (cluster::into_entities(actors), w.into_parts(), main)
        };
        a.entities = entities;
        // (kept for the events stage, which walks the same words and asks
        // the same lexicon facts and main country)
        lagebild_core::WordLayer::set_with(a, words, facts, Some(main));
        cluster::extend_name_particles(&a.doc.text, &mut a.entities);
        Ok(())
    }
}
