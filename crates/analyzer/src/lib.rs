//! The lagebild pipeline.
//!
//! [`AnalyzerBuilder`] loads models and lexicons once and assembles the stages
//! in data-flow order: segmentation → named entities → actors → time →
//! speech → events. The resulting [`Analyzer`] is immutable and
//! `Send + Sync`, so one instance serves every thread of a corpus run or a
//! server.

use lagebild_core::{Analysis, Document, Result, Stage};

/// An immutable, thread-safe pipeline of stages.
pub struct Analyzer {
    stages: Vec<Box<dyn Stage>>,
}

impl Analyzer {
    pub fn builder() -> AnalyzerBuilder {
        AnalyzerBuilder::default()
    }

    /// Analyses one document.
    pub fn analyze(&self, doc: Document) -> Result<Analysis> {
        let mut a = Analysis::new(doc);
        for s in &self.stages {
            s.run(&mut a)?;
        }
        Ok(a)
    }

    /// The stages, in order (for benchmarks that time one stage at a time).
    pub fn stages(&self) -> &[Box<dyn Stage>] {
        &self.stages
    }

    /// Names of the stages, in order.
    pub fn stage_names(&self) -> Vec<&'static str> {
        self.stages.iter().map(|s| s.name()).collect()
    }
}

/// Which stages to run. All are on by default; later stages need earlier ones,
/// so switching one off leaves its layer (and what builds on it) empty.
#[derive(Debug, Clone)]
pub struct AnalyzerBuilder {
    pub ner: bool,
    pub actors: bool,
    pub time: bool,
    pub speech: bool,
    pub events: bool,
}

impl Default for AnalyzerBuilder {
    fn default() -> Self {
        AnalyzerBuilder {
            ner: true,
            actors: true,
            time: true,
            speech: true,
            events: true,
        }
    }
}

impl AnalyzerBuilder {
    /// Only segmentation (for the segmentation benchmarks and `--stages`).
    pub fn segmentation_only() -> Self {
        AnalyzerBuilder {
            ner: false,
            actors: false,
            time: false,
            speech: false,
            events: false,
        }
    }

    pub fn build(self) -> Result<Analyzer> {
        let mut stages: Vec<Box<dyn Stage>> = vec![Box::new(lagebild_segment::Segmenter::new())];
        if self.ner {
            stages.push(Box::new(lagebild_ner::NerTagger::new()));
        }
        if self.actors {
            stages.push(Box::new(lagebild_actors::ActorLinker::new()));
        }
        if self.time {
            stages.push(Box::new(lagebild_time::TimeTagger::new()));
        }
        if self.speech {
            stages.push(Box::new(lagebild_speech::SpeechTagger::new()));
        }
        if self.events {
            stages.push(Box::new(lagebild_events::EventCoder::new()));
        }
        Ok(Analyzer { stages })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn assert_send_sync<T: Send + Sync>() {}

    #[test]
    fn analyzer_is_send_sync() {
        assert_send_sync::<Analyzer>();
    }

    #[test]
    fn empty_document_analyses() {
        let a = Analyzer::builder().build().unwrap();
        let r = a.analyze(Document::new(String::new())).unwrap();
        assert!(r.quotes.is_empty());
    }
}
