#![warn(missing_docs)]
//! Sentence-level opinion detection: does a sentence carry the writer's own evaluation,
//! prediction or analysis (an opinion), or does it report?
//!
//! Each sentence gets a probability of being subjective from a logistic-regression model over
//! hashed words, word bigrams, character 2–5-grams, a hand-written lexicon of evaluative,
//! hedging, predictive and interpretive cues ([`CueClass`]), the sentence's shape, and
//! real-valued word-lexicon features (TextBlob subjectivity, VADER valence, pronouns, modals;
//! `model/subjectivity-lexicon.tsv`). The model is trained on NewsSD-ENG train by `dossier
//! build opinion` (the threshold is chosen by cross-validation over whole articles of train
//! and val) and embedded (`model/opinion-en.bin`). Text mostly in Arabic script is scored by a
//! language-independent model over cue classes (an Arabic lexicon feeds the same classes),
//! punctuation, numbers and length, trained on the same English data.
//!
//! A subjective sentence attributed to a named source (`X said ...`, `according to X`, a post
//! embedded in the article) is that source's opinion reported by the writer:
//! [`SentenceStance::AttributedOpinion`], with the speaker's span. Only
//! [`SentenceStance::Opinion`] is the writer's.
//!
//! Everything here is a pure function of its input.

mod attribution;
mod data;
mod features;
mod lexicon;
mod model;
mod scoring;
mod train;
mod word_lexicon;

use dossier_model::{Document, Span};
use serde::Serialize;

pub use attribution::{Attribution, AttributionKind};
pub use data::{read_checkthat, read_newssd, LabelledSentence};
pub use features::FeatureConfig;
pub use lexicon::{CueClass, CueMatch};
pub use model::{OpinionModel, ScoredBy};
pub use scoring::{macro_f1, set_scores, SetScores};
pub use train::{train, tune, TrainOptions, TrainReport, TuneRow};

/// Errors of reading corpora and models.
#[derive(Debug, thiserror::Error)]
pub enum OpinionError {
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
}

/// Whose voice a sentence is in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(tag = "stance", rename_all = "snake_case")]
pub enum SentenceStance {
    /// The writer's own evaluation, prediction or analysis.
    Opinion,
    /// Reporting: facts, events, statements.
    Reporting,
    /// A subjective sentence that reports a named source's opinion.
    AttributedOpinion {
        /// The source (a name, pronoun or noun phrase); `None` only for an embedded post
        /// without an attribution line.
        speaker: Option<Span>,
    },
}

/// The verdict on one sentence. Spans index the text given to [`classify_sentence`], or the
/// document body for [`classify_document`].
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct OpinionScore {
    /// Opinion, reporting, or an attributed opinion.
    pub stance: SentenceStance,
    /// True when the sentence is the writer's opinion ([`SentenceStance::Opinion`]).
    pub is_opinion: bool,
    /// True when the sentence is subjective, whoever's voice it is in.
    pub subjective: bool,
    /// The model's probability that the sentence is subjective.
    pub probability: f32,
    /// True when the sentence is attributed to a source ([`OpinionScore::attribution`]).
    pub attributed: bool,
    /// Who the sentence is attributed to, if anyone.
    pub attribution: Option<Attribution>,
    /// The lexicon cues found in the sentence (evidence for the analyst; the model weighs
    /// them among its other features).
    pub cues: Vec<CueMatch>,
    /// Which model scored the sentence.
    pub scored_by: ScoredBy,
}

/// The verdict on one sentence of a document.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SentenceOpinion {
    /// Index into `Document::sentences`.
    pub sentence: usize,
    /// The sentence's span in the body.
    pub span: Span,
    /// The verdict (spans index the body).
    pub score: OpinionScore,
}

/// Classifies one sentence with the embedded model.
pub fn classify_sentence(text: &str) -> OpinionScore {
    classify_sentence_with(OpinionModel::load_default(), text)
}

/// Classifies one sentence with a given model.
pub fn classify_sentence_with(model: &OpinionModel, text: &str) -> OpinionScore {
    let analysed = features::Analysed::new(text);
    let (probability, subjective, scored_by) = score_content(model, text, &analysed);
    verdict(
        probability,
        subjective,
        scored_by,
        analysed.attribution,
        analysed.cues,
    )
}

/// Scores a sentence; an attributed sentence is scored on what the source said, without the
/// speaker and the attributing words (the training data labels reported speech objective, so
/// `X said` alone would pull every quotation towards reporting).
fn score_content(
    model: &OpinionModel,
    text: &str,
    analysed: &features::Analysed,
) -> (f64, bool, ScoredBy) {
    if let Some(Attribution {
        speaker: Some(speaker),
        cue,
        ..
    }) = analysed.attribution
    {
        let (lo, hi) = (speaker.start.min(cue.start), speaker.end.max(cue.end));
        if let (Some(before), Some(after)) = (text.get(..lo), text.get(hi..)) {
            let content = format!("{before} {after}");
            return model.score(&features::Analysed::new(content.trim()));
        }
    }
    model.score(analysed)
}

fn verdict(
    probability: f64,
    subjective: bool,
    scored_by: ScoredBy,
    attribution: Option<Attribution>,
    cues: Vec<CueMatch>,
) -> OpinionScore {
    let stance = match (subjective, &attribution) {
        (false, _) => SentenceStance::Reporting,
        (true, Some(a)) => SentenceStance::AttributedOpinion { speaker: a.speaker },
        (true, None) => SentenceStance::Opinion,
    };
    OpinionScore {
        is_opinion: stance == SentenceStance::Opinion,
        stance,
        subjective,
        probability: probability as f32,
        attributed: attribution.is_some(),
        attribution,
        cues,
        scored_by,
    }
}

fn shift(span: Span, by: usize) -> Span {
    Span::new(span.start + by, span.end + by)
}

/// Classifies every sentence of a document with the embedded model: one entry per
/// `doc.sentences` entry, in order.
pub fn classify_document(doc: &Document) -> Vec<SentenceOpinion> {
    classify_document_with(OpinionModel::load_default(), doc)
}

/// [`classify_document`] with a given model. A sentence of an embedded post is attributed to
/// the post (its attribution line is the speaker).
pub fn classify_document_with(model: &OpinionModel, doc: &Document) -> Vec<SentenceOpinion> {
    doc.sentences
        .iter()
        .enumerate()
        .map(|(i, sentence)| {
            let text = doc.text(&sentence.span);
            let at = sentence.span.start;
            let analysed = features::Analysed::new(text);
            let (probability, subjective, scored_by) = score_content(model, text, &analysed);
            let mut attribution = analysed.attribution.map(|a| Attribution {
                speaker: a.speaker.map(|s| shift(s, at)),
                cue: shift(a.cue, at),
                ..a
            });
            if let Some(post) = sentence.post.and_then(|p| doc.embedded_posts.get(p)) {
                attribution = Some(Attribution {
                    kind: AttributionKind::EmbeddedPost,
                    speaker: post.attribution,
                    cue: post.span,
                });
            }
            let cues = analysed
                .cues
                .into_iter()
                .map(|c| CueMatch {
                    span: shift(c.span, at),
                    ..c
                })
                .collect();
            SentenceOpinion {
                sentence: i,
                span: sentence.span,
                score: verdict(probability, subjective, scored_by, attribution, cues),
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_embedded_model_loads_and_round_trips() {
        let model = OpinionModel::load_default();
        assert!(model.english_weights() > 1000);
        assert_eq!(model.to_bytes(), OpinionModel::default_bytes());
        assert!(OpinionModel::from_bytes(&OpinionModel::default_bytes()[..40]).is_err());
    }

    #[test]
    fn writer_opinion_is_flagged_and_plain_reporting_is_not() {
        let opinion = classify_sentence(
            "It's worth noting that Gondor's fleet remains underutilized despite its shipyards, \
             and this represents an opportunity the Steward should not waste.",
        );
        assert_eq!(opinion.stance, SentenceStance::Opinion);
        assert!(opinion.is_opinion && opinion.subjective && !opinion.attributed);
        assert!(opinion.cues.iter().any(|c| c.writer_voice));

        let report = classify_sentence(
            "The Arnor envoy arrived in Minas Tirith on Tuesday and met the Steward for two hours.",
        );
        assert_eq!(report.stance, SentenceStance::Reporting);
        assert!(!report.is_opinion);
    }

    #[test]
    fn an_attributed_opinion_names_its_speaker() {
        let text = "Steward Denethor said the alliance with Arnor was a disastrous, shameful \
                    mistake that should never have been made.";
        let score = classify_sentence(text);
        assert!(score.subjective, "p = {}", score.probability);
        assert!(!score.is_opinion);
        let SentenceStance::AttributedOpinion {
            speaker: Some(speaker),
        } = score.stance
        else {
            panic!("not attributed: {:?}", score.stance);
        };
        assert_eq!(speaker.text(text), Some("Steward Denethor"));
    }

    #[test]
    fn verdicts_are_pure() {
        let text = "The siege of Osgiliath is expected to last into the winter.";
        assert_eq!(classify_sentence(text), classify_sentence(text));
    }
}
