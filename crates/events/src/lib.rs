//! Who did what to whom: PLOVER event coding.
//!
//! Why rules and a frame lexicon: events are rare, and a wrong event ("North
//! Korea attacked" because a place was named) is worse than a missed one. So
//! the coder is precision-first and explainable — every event names the frame
//! line (`rule`) and the text (`evidence`) it comes from:
//!
//! - triggers are verb and noun frames from `frames/*.tsv`, one file per type
//!   ("warf … vor" → ACCUSE, "kein Interesse an" → REJECT, "für … bereit" →
//!   AGREE, "Treffen mit", "Gipfel zwischen X und Y" → CONSULT);
//! - the source is the speaker when the trigger stands in a quotation, else the
//!   clause's free (not prepositional, not genitive) actor; the target comes
//!   from the frame's preposition, the trigger's own clause, the rest of the
//!   sentence up to an adverbial clause, the previous sentence (for what is
//!   said, not for physical acts), or — for a speech act — the counterpart the
//!   source leads with in the article's other events. It is never guessed from
//!   the article at large: an addressee the text leaves unsaid gives no event
//!   (the old fallback to the most salient other actor was wrong more often
//!   than right);
//! - no event without a source and a target country; places other than states
//!   and capitals are never sources. Not coded, because they have not
//!   happened: negated triggers ("nicht", "kein"), conditions ("falls",
//!   "sofern", "Sollte X …"), questions, plans, possibilities, the future and
//!   hearsay ("will", "könnte", "wird … treffen", "soll … angegriffen haben"),
//!   zu-infinitives ("um zu demonstrieren"), rumours and denied or distanced
//!   claims ("Spekulationen, wonach …", "wies Berichte zurück, wonach …",
//!   "…, wonach X verlangt hätte"), talks only offered or demanded, and
//!   relative-clause background; an event told twice is kept once;
//! - a stance on an act ("verurteilte den Angriff", "begrüßte die Reise") is
//!   coded against the act's agent, found among the article's earlier events
//!   or with the same noun earlier (`frames/acts.tsv`); a wrong told in
//!   someone's words ("Russland verletze das Völkerrecht, sagte X") is X's
//!   accusation of the doer; assent refused ("sei nicht zu Gesprächen bereit")
//!   is a refusal; a stance declared for the future in reported speech ("die
//!   EU werde … unterstützen") is declared now;
//! - the date is the sentence's time expression nearest to the trigger.

pub mod coder;
pub mod frames;

use lagebild_core::{Analysis, LowerText, Result, Stage};

/// The events stage.
#[derive(Debug, Default)]
pub struct EventCoder;

impl EventCoder {
    pub fn new() -> Self {
        EventCoder
    }
}

impl Stage for EventCoder {
    fn name(&self) -> &'static str {
        "events"
    }
    fn run(&self, analysis: &mut Analysis) -> Result<()> {
        LowerText::make(analysis);
        analysis.events = coder::code(analysis);
        Ok(())
    }
}
