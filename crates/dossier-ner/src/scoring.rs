//! Scoring with the conlleval rules: an entity counts when its exact token span and type match
//! the gold entity. Training chooses its passes with it on dev; the evaluation suites that read
//! the test sets live in `dossier-eval` (`dossier eval ner`).

use std::collections::BTreeMap;

use serde::Serialize;

use crate::data::LabelledDocument;
use crate::model::NerModel;
use crate::tags::{spans_from_tags, NerLabel, Tag, TokenSpan};

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
