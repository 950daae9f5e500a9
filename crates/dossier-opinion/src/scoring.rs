//! Subjectivity scores: per-class F1 and macro-F1 (the mean of the SUBJ and OBJ F1), used by
//! training and cross-validation here and by the evaluation suite in `dossier-eval`
//! (`dossier eval subjectivity`).

use serde::Serialize;

/// F1 of one class.
fn f1(predicted: &[bool], gold: &[bool], class: bool) -> f64 {
    let (mut tp, mut fp, mut fn_) = (0f64, 0f64, 0f64);
    for (p, g) in predicted.iter().zip(gold) {
        match (*p == class, *g == class) {
            (true, true) => tp += 1.0,
            (true, false) => fp += 1.0,
            (false, true) => fn_ += 1.0,
            _ => {}
        }
    }
    if tp == 0.0 {
        0.0
    } else {
        2.0 * tp / (2.0 * tp + fp + fn_)
    }
}

/// Mean of the F1 of the subjective and the objective class.
pub fn macro_f1(predicted: &[bool], gold: &[bool]) -> f64 {
    (f1(predicted, gold, true) + f1(predicted, gold, false)) / 2.0
}

/// Scores on one labelled set.
#[derive(Debug, Clone, Serialize)]
pub struct SetScores {
    /// Sentences scored.
    pub sentences: usize,
    /// Mean of the SUBJ and OBJ F1.
    pub macro_f1: f64,
    /// F1 of the subjective class.
    pub subj_f1: f64,
    /// F1 of the objective class.
    pub obj_f1: f64,
    /// Share of sentences labelled correctly.
    pub accuracy: f64,
    /// Share of sentences the model flags as opinion.
    pub predicted_subj_share: f64,
    /// Share of sentences labelled SUBJ in the gold data.
    pub gold_subj_share: f64,
}

/// Scores `predicted` against `gold`.
pub fn set_scores(predicted: &[bool], gold: &[bool]) -> SetScores {
    let n = gold.len().max(1) as f64;
    SetScores {
        sentences: gold.len(),
        macro_f1: macro_f1(predicted, gold),
        subj_f1: f1(predicted, gold, true),
        obj_f1: f1(predicted, gold, false),
        accuracy: predicted.iter().zip(gold).filter(|(p, g)| p == g).count() as f64 / n,
        predicted_subj_share: predicted.iter().filter(|p| **p).count() as f64 / n,
        gold_subj_share: gold.iter().filter(|g| **g).count() as f64 / n,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn macro_f1_averages_both_classes() {
        let gold = [true, true, false, false];
        assert_eq!(macro_f1(&gold, &gold), 1.0);
        let all_subj = [true; 4];
        // SUBJ F1 = 2*2/(4+2) = 2/3, OBJ F1 = 0.
        assert!((macro_f1(&all_subj, &gold) - 1.0 / 3.0).abs() < 1e-12);
    }
}
