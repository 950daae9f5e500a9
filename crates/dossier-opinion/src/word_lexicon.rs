//! The subjectivity and sentiment strength of English words (`model/subjectivity-lexicon.tsv`,
//! built by `examples/build_lexicon.rs` from the TextBlob and VADER lexicons), and the
//! real-valued features of a sentence derived from it and from closed word classes (personal
//! pronouns, modals, intensifiers, negation, comparison).

use std::collections::HashMap;
use std::sync::OnceLock;

use dossier_lexicon::WordList;

const LEXICON_TSV: &str = include_str!("../model/subjectivity-lexicon.tsv");

/// What the lexicon knows about one word.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub(crate) struct WordStrength {
    /// TextBlob subjectivity (0..1), averaged over senses.
    pub subjectivity: Option<f32>,
    /// TextBlob |polarity| (0..1), averaged over senses.
    pub polarity: Option<f32>,
    /// VADER |valence| / 4 (0..1).
    pub valence: Option<f32>,
}

fn parse_field(field: Option<&str>) -> Option<f32> {
    field.filter(|f| !f.is_empty()).and_then(|f| f.parse().ok())
}

fn lexicon() -> &'static HashMap<&'static str, WordStrength> {
    static LEXICON: OnceLock<HashMap<&'static str, WordStrength>> = OnceLock::new();
    LEXICON.get_or_init(|| {
        LEXICON_TSV
            .lines()
            .filter_map(|line| {
                let mut fields = line.split('\t');
                let word = fields.next().filter(|w| !w.is_empty())?;
                Some((
                    word,
                    WordStrength {
                        subjectivity: parse_field(fields.next()),
                        polarity: parse_field(fields.next()),
                        valence: parse_field(fields.next()),
                    },
                ))
            })
            .collect()
    })
}

/// The lexicon entry of a lower-cased word.
pub(crate) fn strength(word: &str) -> Option<WordStrength> {
    lexicon().get(word).copied()
}

/// Number of real-valued word-lexicon features.
pub(crate) const WORD_LEXICON_FEATURES: usize = 15;

/// Names of the word-lexicon features, in [`word_lexicon_features`] order.
pub(crate) const WORD_LEXICON_NAMES: [&str; WORD_LEXICON_FEATURES] = [
    "subj_share",
    "subj_mean",
    "subj_max",
    "subj_strong",
    "subj_sum",
    "polarity_sum",
    "valence_sum",
    "valence_count",
    "valence_max",
    "first_person",
    "second_person",
    "modal",
    "intensifier",
    "negation",
    "comparative",
];

/// Real-valued features of a sentence's lower-cased words (punctuation and numbers excluded),
/// each in 0..=1.
pub(crate) fn word_lexicon_features(words: &[&str], tokens: usize) -> [f32; WORD_LEXICON_FEATURES] {
    let n = tokens.max(1) as f32;
    let (mut subj, mut polarity, mut valence) = (Vec::new(), 0f32, Vec::new());
    let count = |list: WordList| words.iter().filter(|w| list.contains(w)).count() as f32;
    for w in words {
        if let Some(s) = strength(w) {
            if let Some(v) = s.subjectivity {
                subj.push(v);
            }
            polarity += s.polarity.unwrap_or(0.0);
            if let Some(v) = s.valence {
                valence.push(v);
            }
        }
    }
    let subj_sum: f32 = subj.iter().sum();
    let negations = words
        .iter()
        .filter(|w| WordList::Negations.contains(w) || w.ends_with("n't"))
        .count() as f32;
    let comparatives = words
        .iter()
        .filter(|w| WordList::Comparatives.contains(w) || (w.len() > 5 && w.ends_with("est")))
        .count() as f32;
    [
        (subj.len() as f32 / n * 5.0).min(1.0),
        if subj.is_empty() {
            0.0
        } else {
            subj_sum / subj.len() as f32
        },
        subj.iter().copied().fold(0.0, f32::max),
        subj.iter().filter(|v| **v >= 0.6).count().min(4) as f32 / 4.0,
        subj_sum.min(4.0) / 4.0,
        polarity.min(3.0) / 3.0,
        valence.iter().sum::<f32>().min(2.0) / 2.0,
        valence.len().min(5) as f32 / 5.0,
        valence.iter().copied().fold(0.0, f32::max),
        count(WordList::FirstPerson).min(2.0) / 2.0,
        count(WordList::SecondPerson).min(2.0) / 2.0,
        count(WordList::Modals).min(2.0) / 2.0,
        count(WordList::Intensifiers).min(3.0) / 3.0,
        negations.min(2.0) / 2.0,
        comparatives.min(2.0) / 2.0,
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_lexicon_loads_and_scores_evaluative_words_above_plain_ones() {
        let terrible = strength("terrible").unwrap_or_default();
        assert!(terrible.subjectivity.unwrap_or(0.0) > 0.8);
        assert!(strength("envoy").is_none());
        let judging = word_lexicon_features(&["a", "terrible", "and", "shameful", "deal"], 5);
        let plain = word_lexicon_features(&["the", "envoy", "arrived", "on", "tuesday"], 5);
        assert!(judging[2] > plain[2] && judging[4] > plain[4]);
    }
}
