//! The Zyte benchmark's scorer: 4-token shingle multisets compared page by page.
//!
//! Text is split into `\w+` tokens (Unicode, case kept). A text of `n >= 4` tokens has the
//! `n - 3` shingles of four consecutive tokens; a text of one to three tokens has a single
//! shingle of all of them; an empty text has none. Per page, true positives are the sum over
//! shingles of the smaller count, false positives and negatives the excess counts.

use regex::Regex;
use std::collections::HashMap;
use std::sync::LazyLock;

/// Tokens per shingle.
pub const SHINGLE_SIZE: usize = 4;

static WORD: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\w+").unwrap_or_else(|e| panic!("word pattern: {e}")));

/// The `\w+` tokens of `text`.
pub fn tokens(text: &str) -> Vec<&str> {
    WORD.find_iter(text).map(|m| m.as_str()).collect()
}

/// The multiset of shingles of `text`, as shingle -> count.
pub fn shingles(text: &str) -> HashMap<String, u32> {
    let tokens = tokens(text);
    let mut counts = HashMap::new();
    if tokens.is_empty() {
        return counts;
    }
    if tokens.len() < SHINGLE_SIZE {
        counts.insert(tokens.join(" "), 1);
        return counts;
    }
    for window in tokens.windows(SHINGLE_SIZE) {
        *counts.entry(window.join(" ")).or_insert(0) += 1;
    }
    counts
}

/// Shingle counts of one page's extraction against its true body.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ShingleMatch {
    /// Shingles in both (minimum of the two counts, summed).
    pub tp: u32,
    /// Extracted shingles beyond the true counts.
    pub fp: u32,
    /// True shingles beyond the extracted counts.
    pub fn_: u32,
}

impl ShingleMatch {
    /// Compares an extracted text with the true text.
    pub fn compare(truth: &str, extracted: &str) -> Self {
        let truth = shingles(truth);
        let extracted = shingles(extracted);
        let mut tp = 0;
        let mut fp = 0;
        for (shingle, &n) in &extracted {
            let t = truth.get(shingle).copied().unwrap_or(0);
            tp += n.min(t);
            fp += n.saturating_sub(t);
        }
        let fn_ = truth
            .iter()
            .map(|(shingle, &t)| t.saturating_sub(extracted.get(shingle).copied().unwrap_or(0)))
            .sum();
        ShingleMatch { tp, fp, fn_ }
    }

    /// tp / (tp + fp). An empty extraction scores 0, unless the truth is empty too (1).
    pub fn precision(&self) -> f64 {
        if self.tp + self.fp == 0 {
            if self.fn_ == 0 {
                1.0
            } else {
                0.0
            }
        } else {
            f64::from(self.tp) / f64::from(self.tp + self.fp)
        }
    }

    /// tp / (tp + fn). An empty truth is fully recalled (1).
    pub fn recall(&self) -> f64 {
        if self.tp + self.fn_ == 0 {
            1.0
        } else {
            f64::from(self.tp) / f64::from(self.tp + self.fn_)
        }
    }
}

/// Harmonic mean of precision and recall (0 when both are 0).
pub fn f1(precision: f64, recall: f64) -> f64 {
    if precision + recall == 0.0 {
        0.0
    } else {
        2.0 * precision * recall / (precision + recall)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_are_unicode_words_with_case_kept() {
        assert_eq!(
            tokens("Éowyn's  shield-maiden, 3 rings!"),
            vec!["Éowyn", "s", "shield", "maiden", "3", "rings"]
        );
    }

    #[test]
    fn shingle_counting() {
        let s = shingles("a b c d a b c d");
        assert_eq!(s.len(), 4);
        assert_eq!(s.get("a b c d"), Some(&2));
        assert_eq!(s.get("b c d a"), Some(&1));
        assert_eq!(
            shingles("Arnor and Gondor").get("Arnor and Gondor"),
            Some(&1)
        );
        assert!(shingles(" ... ").is_empty());
    }

    #[test]
    fn perfect_and_partial_matches() {
        let truth = "the beacons of Gondor are lit and Rohan will answer";
        let m = ShingleMatch::compare(truth, truth);
        assert_eq!((m.tp, m.fp, m.fn_), (7, 0, 0));
        assert_eq!((m.precision(), m.recall()), (1.0, 1.0));

        let extracted = format!("{truth} share this story on social media");
        let m = ShingleMatch::compare(truth, &extracted);
        assert_eq!((m.tp, m.fp, m.fn_), (7, 6, 0));
        assert!((m.precision() - 7.0 / 13.0).abs() < 1e-12);
        assert_eq!(m.recall(), 1.0);
    }

    #[test]
    fn counts_are_multisets() {
        let m = ShingleMatch::compare("w x y z", "w x y z w x y z");
        assert_eq!((m.tp, m.fp, m.fn_), (1, 4, 0));
    }

    #[test]
    fn empty_extraction_and_empty_truth() {
        let m = ShingleMatch::compare("the beacons are lit tonight", "");
        assert_eq!((m.tp, m.fp, m.fn_), (0, 0, 2));
        assert_eq!((m.precision(), m.recall()), (0.0, 0.0));

        let m = ShingleMatch::compare("", "some furniture text here");
        assert_eq!((m.tp, m.fp, m.fn_), (0, 1, 0));
        assert_eq!((m.precision(), m.recall()), (0.0, 1.0));

        let m = ShingleMatch::compare("", "");
        assert_eq!((m.precision(), m.recall()), (1.0, 1.0));
        assert_eq!(f1(0.0, 0.0), 0.0);
    }
}
