//! Evaluation with the conlleval rules: an entity counts when its exact token span and type
//! match the gold entity.

use std::collections::BTreeMap;
use std::path::Path;
use std::time::Instant;

use serde::Serialize;

use crate::data::{read_labelled, LabelledDocument};
use crate::model::NerModel;
use crate::tags::{spans_from_tags, NerLabel, Tag, TokenSpan};
use crate::NerError;

/// Precision, recall and F1 of one entity type or of all.
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize)]
pub struct TypeScores {
    /// Correct / predicted.
    pub precision: f64,
    /// Correct / gold.
    pub recall: f64,
    /// Harmonic mean of precision and recall.
    pub f1: f64,
    /// Gold entities.
    pub gold: usize,
    /// Predicted entities.
    pub predicted: usize,
    /// Predicted entities with the gold span and type.
    pub correct: usize,
}

impl TypeScores {
    fn from_counts(gold: usize, predicted: usize, correct: usize) -> TypeScores {
        let ratio = |a: usize, b: usize| if b == 0 { 0.0 } else { a as f64 / b as f64 };
        let precision = ratio(correct, predicted);
        let recall = ratio(correct, gold);
        let f1 = if precision + recall == 0.0 {
            0.0
        } else {
            2.0 * precision * recall / (precision + recall)
        };
        TypeScores {
            precision,
            recall,
            f1,
            gold,
            predicted,
            correct,
        }
    }
}

/// Entity-level scores over a corpus.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct NerScores {
    /// Micro-averaged over all types.
    #[serde(flatten)]
    pub overall: TypeScores,
    /// Per type (`PER`, `ORG`, `LOC`, `MISC`).
    pub per_type: BTreeMap<String, TypeScores>,
    /// Tokens scored.
    pub tokens: usize,
}

impl std::ops::Deref for NerScores {
    type Target = TypeScores;
    fn deref(&self) -> &TypeScores {
        &self.overall
    }
}

/// Which predicted labels are scored.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LabelFilter {
    /// All four CoNLL types.
    All,
    /// PER, ORG and LOC only: `MISC` predictions are treated as `O` (Universal NER).
    WithoutMisc,
}

/// Gold, predicted and correct entity counts per type.
#[derive(Debug, Default)]
pub(crate) struct SpanCounts {
    counts: [[usize; 3]; 4],
    tokens: usize,
}

impl SpanCounts {
    pub(crate) fn add(&mut self, gold: &[Tag], predicted: &[Tag], filter: LabelFilter) {
        let keep = |spans: Vec<TokenSpan>| -> Vec<TokenSpan> {
            spans
                .into_iter()
                .filter(|s| filter == LabelFilter::All || s.label != NerLabel::Misc)
                .collect()
        };
        let gold = keep(spans_from_tags(gold));
        let predicted = keep(spans_from_tags(predicted));
        for span in &gold {
            self.counts[span.label.index()][0] += 1;
        }
        for span in &predicted {
            self.counts[span.label.index()][1] += 1;
            if gold.contains(span) {
                self.counts[span.label.index()][2] += 1;
            }
        }
    }

    pub(crate) fn scores(&self) -> NerScores {
        let mut per_type = BTreeMap::new();
        let mut total = [0usize; 3];
        for label in NerLabel::ALL {
            let [gold, predicted, correct] = self.counts[label.index()];
            if gold + predicted == 0 {
                continue;
            }
            per_type.insert(
                label.as_str().to_string(),
                TypeScores::from_counts(gold, predicted, correct),
            );
            total[0] += gold;
            total[1] += predicted;
            total[2] += correct;
        }
        NerScores {
            overall: TypeScores::from_counts(total[0], total[1], total[2]),
            per_type,
            tokens: self.tokens,
        }
    }
}

/// Scores a model on labelled documents.
pub fn score_documents(
    model: &NerModel,
    documents: &[LabelledDocument],
    filter: LabelFilter,
) -> NerScores {
    let mut counts = SpanCounts::default();
    for document in documents {
        let words: Vec<Vec<&str>> = document
            .iter()
            .map(|s| s.words.iter().map(String::as_str).collect())
            .collect();
        for (sentence, predicted) in document.iter().zip(model.tag_document(&words)) {
            counts.add(&sentence.tags, &predicted, filter);
            counts.tokens += sentence.words.len();
        }
    }
    counts.scores()
}

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
