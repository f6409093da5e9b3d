//! A nominative pronoun right after the cue verb is the speaker, also when
//! a speaker-like phrase is fronted before the verb as its object
//! ("Verteidigungsminister X warf er vor, …"). Sentences written for these
//! tests; segmenter and speech stage only.

use lagebild_core::QuoteKind;

mod common;
use common::check;

use QuoteKind::Indirect;

#[test]
fn a_pronoun_after_the_verb_is_the_speaker_of_a_fronted_object() {
    check(&[
        (
            "Verteidigungsminister Karl Brenner warf er vor, die Truppen im Stich gelassen zu haben.",
            &[(
                "die Truppen im Stich gelassen zu haben",
                Indirect,
                Some("er"),
            )],
        ),
        // "sie" only after a dative "dem": else it may be the object
        (
            "Dem Bürgermeister warf sie vor, die Wahl manipuliert zu haben.",
            &[("die Wahl manipuliert zu haben", Indirect, Some("sie"))],
        ),
        // the fronted phrase is the speaker when no pronoun follows the verb
        (
            "Verteidigungsminister Karl Brenner warf der Opposition vor, die Truppen im Stich gelassen zu haben.",
            &[(
                "die Truppen im Stich gelassen zu haben",
                Indirect,
                Some("Verteidigungsminister Karl Brenner"),
            )],
        ),
    ]);
}

/// "Kurz nach …", "Unmittelbar vor …": an adverb before a prepositional
/// phrase opens an adverbial prefield, the subject follows the verb.
#[test]
fn an_adverb_before_a_fronted_prepositional_phrase_is_no_subject() {
    check(&[
        (
            "Kurz nach Beginn der Waffenruhe warf die Regierung den Rebellen vor, Raketen abgefeuert zu haben.",
            &[(
                "Raketen abgefeuert zu haben",
                Indirect,
                Some("die Regierung"),
            )],
        ),
        (
            "Unmittelbar vor der Abstimmung sagte der Minister, man sei zuversichtlich.",
            &[("man sei zuversichtlich", Indirect, Some("der Minister"))],
        ),
    ]);
}
