//! The opinion stage's output as the store keeps it: one [`DocumentOpinions`] per analysed
//! document, a verdict per sentence.
//!
//! The records mirror the JSON that `dossier_opinion::SentenceOpinion` serialises to, field
//! for field, so that the pipeline stores exactly what `classify_document` said. They are
//! separate from the classifier's own types because those only serialise, and because the
//! store must not depend on the classifier (nor on its embedded model). Names of kinds that
//! the classifier may extend (cue classes, attribution kinds, which model scored) are kept as
//! their strings.

use dossier_model::{DocId, Span};
use serde::{Deserialize, Serialize};

/// What the opinion stage found in one document.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DocumentOpinions {
    /// The document.
    pub doc_id: DocId,
    /// One verdict per sentence of the document, in sentence order.
    pub sentences: Vec<SentenceOpinionRecord>,
}

impl DocumentOpinions {
    /// The verdict on sentence `index` (an index into the document's sentences), if any.
    pub fn sentence(&self, index: usize) -> Option<&SentenceOpinionRecord> {
        self.sentences.iter().find(|s| s.sentence == index)
    }
}

/// The verdict on one sentence of a document (`dossier_opinion::SentenceOpinion`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SentenceOpinionRecord {
    /// Index into the document's sentences.
    pub sentence: usize,
    /// The sentence's span in the body.
    pub span: Span,
    /// The verdict (spans index the body).
    pub score: OpinionScoreRecord,
}

/// The classifier's verdict on a sentence (`dossier_opinion::OpinionScore`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct OpinionScoreRecord {
    /// Opinion, reporting, or an attributed opinion.
    pub stance: OpinionStance,
    /// True when the sentence is the writer's opinion.
    pub is_opinion: bool,
    /// True when the sentence is subjective, whoever's voice it is in.
    pub subjective: bool,
    /// The model's probability that the sentence is subjective.
    pub probability: f32,
    /// True when the sentence is attributed to a source.
    pub attributed: bool,
    /// Who the sentence is attributed to, if anyone.
    pub attribution: Option<OpinionAttribution>,
    /// The lexicon cues found in the sentence.
    pub cues: Vec<OpinionCue>,
    /// Which model scored the sentence (`english`, `language_independent`).
    pub scored_by: String,
}

/// Whose voice a sentence is in (`dossier_opinion::SentenceStance`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "stance", rename_all = "snake_case")]
pub enum OpinionStance {
    /// The writer's own evaluation, prediction or analysis.
    Opinion,
    /// Reporting: facts, events, statements.
    Reporting,
    /// A subjective sentence that reports a named source's opinion.
    AttributedOpinion {
        /// The source's span, when named.
        speaker: Option<Span>,
    },
}

impl OpinionStance {
    /// The stance's name: `opinion`, `reporting` or `attributed_opinion`.
    pub fn name(&self) -> &'static str {
        match self {
            OpinionStance::Opinion => "opinion",
            OpinionStance::Reporting => "reporting",
            OpinionStance::AttributedOpinion { .. } => "attributed_opinion",
        }
    }
}

/// The source a sentence is attributed to (`dossier_opinion::Attribution`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OpinionAttribution {
    /// How the attribution was found (`reporting_verb`, `according_to`, `embedded_post`).
    pub kind: String,
    /// The source: a name, pronoun or noun phrase.
    pub speaker: Option<Span>,
    /// The words that attribute, or the embedded post's text.
    pub cue: Span,
}

/// A lexicon cue found in a sentence (`dossier_opinion::CueMatch`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OpinionCue {
    /// The cue's span in the body.
    pub span: Span,
    /// What kind of cue it is (`evaluative`, `hedge`, `prediction`, ...).
    pub class: String,
    /// True for a cue that marks the writer's own voice with little doubt.
    pub writer_voice: bool,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_classifier_json_reads_back_and_writes_out_the_same() {
        let json = serde_json::json!({
            "doc_id": "ab12",
            "sentences": [
                {
                    "sentence": 0,
                    "span": {"start": 0, "end": 40},
                    "score": {
                        "stance": {"stance": "attributed_opinion", "speaker": {"start": 0, "end": 7}},
                        "is_opinion": false,
                        "subjective": true,
                        "probability": 0.8125,
                        "attributed": true,
                        "attribution": {
                            "kind": "reporting_verb",
                            "speaker": {"start": 0, "end": 7},
                            "cue": {"start": 8, "end": 12}
                        },
                        "cues": [{"span": {"start": 20, "end": 30}, "class": "evaluative", "writer_voice": false}],
                        "scored_by": "english"
                    }
                },
                {
                    "sentence": 1,
                    "span": {"start": 41, "end": 80},
                    "score": {
                        "stance": {"stance": "opinion"},
                        "is_opinion": true,
                        "subjective": true,
                        "probability": 0.75,
                        "attributed": false,
                        "attribution": null,
                        "cues": [],
                        "scored_by": "language_independent"
                    }
                }
            ]
        });
        let record: DocumentOpinions = serde_json::from_value(json.clone()).expect("reads");
        assert_eq!(
            record.sentences[0].score.stance.name(),
            "attributed_opinion"
        );
        assert!(record.sentence(1).is_some_and(|s| s.score.is_opinion));
        assert!(record.sentence(2).is_none());
        assert_eq!(serde_json::to_value(&record).expect("writes"), json);
    }
}
