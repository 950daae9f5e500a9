#![warn(missing_docs)]
//! Named-entity recognition for English news: PER, ORG, LOC and MISC (the CoNLL-2003 types).
//!
//! The model is an averaged structured perceptron decoded with Viterbi over BILOU tags. Its
//! features are hashed into a fixed table of weight rows (no feature strings are stored): the
//! word and its lower-case form, shape, prefixes and suffixes, a window of two words either side,
//! word clusters at three granularities computed from unlabelled text ([`clusters`]), how often
//! a word is capitalised in running text, name lists taken from the training data (used on a
//! training document only from the other folds), an external gazetteer (people and
//! organisations from the Phoenix actor dictionaries, countries, continents, capitals and cities
//! of 500,000 or more from GeoNames; stored as hashed token sequences), table-row features (lines
//! of results and standings), the words next to the other occurrences of a capitalised word in
//! the same document, and document-level consistency (labels given
//! to the same word earlier in the document, and whether the document writes a word in lower
//! case or capitalised mid-sentence, which settles headlines in capitals and sentence-initial
//! words).
//!
//! The English model is embedded ([`NerModel::load_default`]); it is rebuilt by
//! `cargo run --release -p dossier-ner --example train_ner -- --data ../shared/data/ner/conll2003
//! --out crates/dossier-ner/model/ner-en.bin`.

pub mod clusters;
mod data;
mod decode;
mod features;
mod gazetteer;
mod keys;
mod model;
mod scoring;
mod tags;
mod train;

use std::path::Path;

pub use data::{read_labelled, LabelledDocument, LabelledSentence};
pub use model::{EntityMention, NerModel};
pub use scoring::{score_documents, LabelFilter, NerScores, TypeScores};
pub use tags::{spans_from_tags, NerLabel, Tag, TokenSpan};
pub use train::{train, train_on_train_and_dev, TrainOptions, TrainReport};

/// Errors of reading corpora and models.
#[derive(Debug, thiserror::Error)]
pub enum NerError {
    /// A file could not be read.
    #[error("{path}: {source}")]
    Io {
        /// The file.
        path: String,
        /// The cause.
        source: std::io::Error,
    },
    /// A corpus or model file is malformed.
    #[error("{0}")]
    Format(String),
    /// The model could not be encoded.
    #[error("encoding the model: {0}")]
    Encode(std::io::Error),
}

impl NerError {
    pub(crate) fn io(path: &Path, source: std::io::Error) -> NerError {
        NerError::Io {
            path: path.display().to_string(),
            source,
        }
    }
}

/// Tag documents in two passes (the default; the second pass lets every sentence see the
/// labels given to the same words anywhere in the document) or one.
pub fn set_second_pass(enabled: bool) {
    decode::SECOND_PASS.store(enabled, std::sync::atomic::Ordering::Relaxed);
}
