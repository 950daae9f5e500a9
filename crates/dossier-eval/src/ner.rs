//! `dossier eval ner`: the embedded recogniser on CoNLL-2003 dev and test (conlleval rules) and
//! Universal NER English-EWT test, with its tagging speed and, on request, spaCy's on the same
//! tokens. The scoring itself is `dossier_ner::score_documents`, which training shares.

use dossier_ner::{
    read_labelled, score_documents, LabelFilter, LabelledDocument, NerError, NerModel, NerScores,
    Tag,
};
use serde::Serialize;
use std::path::Path;
use std::time::Instant;

/// Scores the embedded model on a CoNLL-format file (all four types).
pub fn eval_conll(path: &Path) -> Result<NerScores, NerError> {
    Ok(score_documents(
        NerModel::load_default(),
        &read_labelled(path)?,
        LabelFilter::All,
    ))
}

/// The NER measurement: CoNLL-2003 dev and test, Universal NER English-EWT test, tagging speed.
#[derive(Debug, Clone, Serialize)]
pub struct NerEvalReport {
    /// Always `"ner"`.
    pub suite: &'static str,
    /// CoNLL-2003 test entity F1 (conlleval rules).
    pub test_f1: f64,
    /// Universal NER English-EWT test F1 (PER/ORG/LOC; MISC predictions count as O).
    pub uner_test_f1: f64,
    /// Tagging speed on the CoNLL-2003 test set, one thread (features, decoding and document
    /// memory included; tokens given).
    pub words_per_s: f64,
    /// CoNLL-2003 dev entity F1.
    pub dev_f1: f64,
    /// CoNLL-2003 test scores per type.
    pub test: NerScores,
    /// CoNLL-2003 dev scores per type.
    pub dev: NerScores,
    /// Universal NER English-EWT test scores per type.
    pub uner_test: NerScores,
}

/// Runs [`NerEvalReport`] with the embedded model. `data_dir` is the CoNLL-2003 folder
/// (`train.txt`, `valid.txt`, `test.txt`); Universal NER is read from `../uner-en-ewt` beside it.
pub fn eval_ner(data_dir: &Path) -> Result<NerEvalReport, NerError> {
    eval_ner_with(NerModel::load_default(), data_dir)
}

/// [`eval_ner`] with a given model.
pub fn eval_ner_with(model: &NerModel, data_dir: &Path) -> Result<NerEvalReport, NerError> {
    let test_documents = read_labelled(&data_dir.join("test.txt"))?;
    let dev = score_documents(
        model,
        &read_labelled(&data_dir.join("valid.txt"))?,
        LabelFilter::All,
    );
    let test = score_documents(model, &test_documents, LabelFilter::All);
    let uner_path = data_dir
        .parent()
        .unwrap_or(data_dir)
        .join("uner-en-ewt")
        .join("en_ewt-ud-test.iob2");
    let uner_test = score_documents(model, &read_labelled(&uner_path)?, LabelFilter::WithoutMisc);
    let words_per_s = tagging_speed(model, &test_documents);
    Ok(NerEvalReport {
        suite: "ner",
        test_f1: test.f1,
        uner_test_f1: uner_test.f1,
        words_per_s,
        dev_f1: dev.f1,
        test,
        dev,
        uner_test,
    })
}

/// Words per second tagging `documents` on this thread (best of three runs after a warm-up).
pub fn tagging_speed(model: &NerModel, documents: &[LabelledDocument]) -> f64 {
    let words: Vec<Vec<Vec<&str>>> = documents
        .iter()
        .map(|d| {
            d.iter()
                .map(|s| s.words.iter().map(String::as_str).collect())
                .collect()
        })
        .collect();
    let count: usize = words.iter().flatten().map(Vec::len).sum();
    let run = || {
        let started = Instant::now();
        let mut entities = 0usize;
        for document in &words {
            for tags in model.tag_document(document) {
                entities += tags.iter().filter(|t| matches!(t, Tag::B(_))).count();
            }
        }
        std::hint::black_box(entities);
        started.elapsed().as_secs_f64()
    };
    run();
    let best = (0..3).map(|_| run()).fold(f64::INFINITY, f64::min);
    if best > 0.0 {
        count as f64 / best
    } else {
        0.0
    }
}
