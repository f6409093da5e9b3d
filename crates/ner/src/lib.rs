//! Named-entity tagger for German: a structured averaged perceptron trained
//! by our own code on GermEval 2014, shipped inside the binary.
//!
//! Why a perceptron: it trains in minutes on two CPU cores, tags well over a
//! million tokens a second, and needs no runtime beyond this crate. A linear
//! model's quality is all in its features, so the work is there
//! ([`features`]): word form, shape, affixes, context, sentence position,
//! and a lexicon that says whether a capitalised German word is a common noun,
//! a first name, a surname, a city, a country or a region ([`lexicon`]).
//! Decoding is first-order Viterbi over BIO tags ([`decode`]) that never
//! emits an ill-formed chunk. The model file format ([`model`]) is versioned
//! and carries a hash of the feature templates and the lexicon id, so a
//! model never runs with features it was not trained on.
//!
//! The pipeline stage [`NerTagger`] tags each sentence the segmenter found
//! and fills [`Analysis::mentions`](lagebild_core::Analysis).

pub mod decode;
pub mod features;
pub mod germeval;
pub mod label;
pub mod lexicon;
pub mod model;
pub mod stage;
pub mod train;

pub use model::ModelError;
pub use stage::NerTagger;

use decode::{viterbi, Lattice};
use features::{template_hash, Extractor, FeatureBuf, NoClusters};
use label::N_TAGS;
use model::Model;

/// The shipped model (`models/ner/ner.model`, see its README).
static EMBEDDED_MODEL: &[u8] = include_bytes!("../../../models/ner/ner.model");

/// Per-call buffers; reuse one per thread to avoid allocation.
#[derive(Debug, Default)]
pub struct Workspace {
    feats: FeatureBuf,
    emit: Vec<f32>,
    lattice: Lattice,
}

/// A feature extractor and a model that fit each other.
#[derive(Debug)]
pub struct Tagger {
    ex: Extractor,
    model: Model,
}

impl Tagger {
    /// The model shipped in the binary.
    pub fn embedded() -> Result<Tagger, ModelError> {
        Tagger::from_bytes(EMBEDDED_MODEL)
    }

    /// A model read from bytes (a `--model FILE`), with the embedded lexicon.
    pub fn from_bytes(bytes: &[u8]) -> Result<Tagger, ModelError> {
        let lex = lexicon::Lexicon::embedded()
            .map_err(|e| ModelError::Corrupt(format!("embedded lexicon: {e}")))?;
        let model = Model::from_bytes(bytes, template_hash(), lex.id())?;
        Ok(Tagger {
            ex: Extractor::new(lex, Box::new(NoClusters)),
            model,
        })
    }

    /// The feature extractor with the embedded lexicon (for training).
    pub fn extractor() -> Result<Extractor, ModelError> {
        let lex = lexicon::Lexicon::embedded()
            .map_err(|e| ModelError::Corrupt(format!("embedded lexicon: {e}")))?;
        Ok(Extractor::new(lex, Box::new(NoClusters)))
    }

    pub fn model(&self) -> &Model {
        &self.model
    }

    /// Tags one sentence: `out[i]` is the BIO tag of `words[i]`
    /// (see [`label`]).
    pub fn tag<S: AsRef<str>>(&self, words: &[S], ws: &mut Workspace, out: &mut Vec<u8>) {
        self.ex.extract(words, &mut ws.feats);
        let n = ws.feats.len();
        ws.emit.clear();
        ws.emit.resize(n * N_TAGS, 0.0);
        for i in 0..n {
            let mut row = [0f32; N_TAGS];
            for &k in ws.feats.token(i) {
                self.model.weights.add_to(k, &mut row);
            }
            ws.emit[i * N_TAGS..(i + 1) * N_TAGS].copy_from_slice(&row);
        }
        viterbi(&ws.emit, n, &self.model.transitions, &mut ws.lattice, out);
    }
}
