//! The status of an event read from the words before its trigger: negated ("did not attack"),
//! hypothetical ("if ... attacks", "could attack"), announced ("will attack", "plans to
//! attack") or reported; and the modal that makes a negated cooperation a refusal ("will not
//! accept"). Separate because it depends only on the words before a trigger, not on its code.

use super::sentence::SentenceView;
use dossier_model::EventStatus;

/// Markers of an announced or intended action before a verb.
pub(super) const FUTURE_MARKERS: &[&[&str]] = &[
    &["will"],
    &["would"],
    &["shall"],
    &["'ll"],
    &["plans", "to"],
    &["planned", "to"],
    &["plan", "to"],
    &["intends", "to"],
    &["intended", "to"],
    &["is", "to"],
    &["are", "to"],
    &["expected", "to"],
    &["set", "to"],
    &["going", "to"],
    &["vowed", "to"],
    &["pledged", "to"],
    &["promised", "to"],
    &["offered", "to"],
    &["decided", "to"],
    &["prepared", "to"],
    &["ready", "to"],
    &["willing", "to"],
];

const NEGATIONS: &[&str] = &["not", "n't", "never", "no longer"];
const CONDITIONALS: &[&str] = &["if", "could", "might", "may", "unless", "whether"];

/// The status the four words before word `i` give an event there: a negation wins over a
/// condition, which wins over a marker of an announced action.
pub(super) fn status_before(view: &SentenceView, i: usize) -> EventStatus {
    let from = i.saturating_sub(4);
    let window: Vec<&str> = (from..i).map(|k| view.lower(k)).collect();
    if window.iter().any(|w| NEGATIONS.contains(w)) {
        return EventStatus::Negated;
    }
    if window.iter().any(|w| CONDITIONALS.contains(w)) {
        return EventStatus::Hypothetical;
    }
    if FUTURE_MARKERS
        .iter()
        .any(|m| (from..i).any(|k| view.phrase_at(k, m)))
    {
        return EventStatus::Announced;
    }
    EventStatus::Reported
}

/// A modal (or "refuse to") among the four words before a negated verb: "will not accept",
/// "cannot agree", "won't meet".
pub(super) fn refusal_modal_before(view: &SentenceView, i: usize) -> bool {
    (i.saturating_sub(4)..i).any(|k| {
        matches!(
            view.lower(k),
            "will" | "would" | "'ll" | "wo" | "won" | "can" | "ca" | "cannot" | "shall" | "could"
        )
    })
}

#[cfg(test)]
mod tests {
    use super::super::test_sentences::{read, word};
    use super::*;

    fn status(sentence: &str, verb: &str) -> EventStatus {
        let text = read(sentence);
        let view = text.view();
        status_before(&view, word(&view, verb))
    }

    #[test]
    fn negation_wins_over_condition_and_announcement() {
        assert_eq!(
            status("Norway did not attack Chile.", "attack"),
            EventStatus::Negated
        );
        assert_eq!(
            status("Norway will not attack Chile.", "attack"),
            EventStatus::Negated
        );
        assert_eq!(
            status("Norway could attack Chile.", "attack"),
            EventStatus::Hypothetical
        );
        assert_eq!(
            status("Norway plans to attack Chile.", "attack"),
            EventStatus::Announced
        );
        assert_eq!(
            status("Norway attacked Chile.", "attacked"),
            EventStatus::Reported
        );
    }

    #[test]
    fn only_the_four_words_before_count() {
        assert_eq!(
            status("Norway will in the coming days attack Chile.", "attack"),
            EventStatus::Reported
        );
    }

    #[test]
    fn a_modal_before_a_negation_makes_a_refusal() {
        let text = read("Gondor will not accept the offer.");
        let view = text.view();
        assert!(refusal_modal_before(&view, word(&view, "accept")));
        let text = read("Gondor did not accept the offer.");
        let view = text.view();
        assert!(!refusal_modal_before(&view, word(&view, "accept")));
    }
}
