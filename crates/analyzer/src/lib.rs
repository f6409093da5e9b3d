//! The lagebild pipeline.
//!
//! [`AnalyzerBuilder`] loads models and lexicons once and assembles the stages
//! in data-flow order: segmentation → named entities → actors → time →
//! speech → events. The resulting [`Analyzer`] is immutable and
//! `Send + Sync`, so one instance serves every thread of a corpus run or a
//! server.

use lagebild_core::{Analysis, Document, Result, Stage};

/// Every program that links the analyzer allocates with mimalloc (issue #9:
/// glibc's malloc and free were ≈ 5 % of a warm pass's instructions; the
/// stages make and drop many small vectors and strings per sentence). A
/// program that sets its own allocator turns off the default feature
/// `mimalloc`; the allocator's build options are in the workspace manifest.
#[cfg(feature = "mimalloc")]
#[global_allocator]
static ALLOC: mimalloc::MiMalloc = mimalloc::MiMalloc;

/// A good number of articles for one [`Analyzer::analyze_batch`] call: large
/// enough that each stage's code and tables stay cached over many articles,
/// small enough to keep memory low and two threads busy (issue #9).
pub const BATCH: usize = 64;

/// At most this much text (bytes) in one batch: a batch's analyses live at
/// the same time, so a corpus of very large documents is analysed a few at a
/// time, not [`BATCH`] at once (a 10 MB document alone peaks at ≈ 260 MB).
/// Ordinary news articles (a few KB) fill a batch by count long before this.
pub const BATCH_BYTES: usize = 1 << 20;

/// Splits `items` into batches for [`Analyzer::analyze_batch`], in order: at
/// most [`BATCH`] items and [`BATCH_BYTES`] of text each (`bytes` tells an
/// item's size); an item larger than that makes a batch of its own.
pub fn batches<T>(items: Vec<T>, bytes: impl Fn(&T) -> usize) -> Vec<Vec<T>> {
    let mut out = Vec::new();
    let mut cur = Vec::new();
    let mut size = 0usize;
    for item in items {
        let n = bytes(&item);
        if !cur.is_empty() && (cur.len() == BATCH || size.saturating_add(n) > BATCH_BYTES) {
            out.push(std::mem::take(&mut cur));
            size = 0;
        }
        size = size.saturating_add(n);
        cur.push(item);
    }
    if !cur.is_empty() {
        out.push(cur);
    }
    out
}

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

    /// Analyses several documents, stage by stage: each stage runs over every
    /// document of the batch before the next stage starts. The results are
    /// those of [`Analyzer::analyze`] on each document, in order; a document
    /// whose stage fails gets that error and skips the later stages.
    ///
    /// Faster than one document at a time (issue #9): the stages' code and
    /// tables together do not fit in a core's L2 cache, so running all six
    /// per article evicts each stage's working set before its next article.
    /// Over the Wikinews dev corpus, measured with the `whole` example, one
    /// thread: see the README's Speed section. Batches of about 16–64
    /// articles get nearly all of the gain.
    pub fn analyze_batch(&self, docs: Vec<Document>) -> Vec<Result<Analysis>> {
        let mut all: Vec<Result<Analysis>> =
            docs.into_iter().map(|d| Ok(Analysis::new(d))).collect();
        for s in &self.stages {
            for r in &mut all {
                if let Ok(a) = r {
                    if let Err(e) = s.run(a) {
                        *r = Err(e);
                    }
                }
            }
        }
        all
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

    /// Issue #9: `analyze_batch` (stage by stage over several articles)
    /// gives each article exactly the output `analyze` gives it alone.
    #[test]
    fn issue_9_batch_equals_one_by_one() {
        let a = Analyzer::builder().build().unwrap();
        let texts = [
            "Berlin, 3. März 2024 – Bundeskanzler Olaf Scholz hat Russland am Montag scharf kritisiert. „Das ist inakzeptabel“, sagte er.",
            "",
            "Die Regierung in Paris verurteilte den Angriff. Frankreich kündigte Sanktionen gegen Iran an.",
            "Außenministerin Annalena Baerbock reiste nach Kiew. Dort traf sie Präsident Selenskyj, der um weitere Hilfe bat.",
        ];
        let docs: Vec<Document> = texts.iter().map(|t| Document::new(t.to_string())).collect();
        let batch = a.analyze_batch(docs.clone());
        assert_eq!(batch.len(), docs.len());
        for (d, b) in docs.into_iter().zip(batch) {
            let one = a.analyze(d).unwrap();
            // the output, not the whole `Analysis`: the stages' look-up memos
            // in it depend on what the thread analysed before
            let json = |a: &Analysis| {
                serde_json::to_string(&lagebild_core::output::OutDoc::from_analysis(a)).unwrap()
            };
            assert_eq!(json(&b.unwrap()), json(&one));
        }
        assert!(a.analyze_batch(Vec::new()).is_empty());
    }

    /// Issue #9: batches keep the order, hold at most `BATCH` items and
    /// `BATCH_BYTES` of text, and give a very large item a batch of its own.
    #[test]
    fn issue_9_batches_are_bounded_by_count_and_size() {
        let sizes: Vec<usize> = (0..200)
            .map(|i| if i == 70 { 3 << 20 } else { 10_000 + i })
            .collect();
        let b = batches(sizes.clone(), |&n| n);
        assert_eq!(b.concat(), sizes);
        for batch in &b {
            assert!(!batch.is_empty() && batch.len() <= BATCH);
            assert!(batch.len() == 1 || batch.iter().sum::<usize>() <= BATCH_BYTES);
        }
        assert!(b.iter().any(|x| x == &vec![3 << 20]));
        assert!(batches(Vec::<usize>::new(), |&n| n).is_empty());
    }

    #[test]
    fn empty_document_analyses() {
        let a = Analyzer::builder().build().unwrap();
        let r = a.analyze(Document::new(String::new())).unwrap();
        assert!(r.quotes.is_empty());
    }
}
