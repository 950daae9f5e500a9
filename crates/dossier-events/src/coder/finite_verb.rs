//! Is a verb form found in a sentence a finite verb? The position checks that tell "the
//! movement rejected an invitation" from "security patrols" or "engagements aimed at", and the
//! shape test for a past participle. Separate from the verb lookup because these are word-order
//! heuristics with their own word lists, independent of the verb dictionary.

use super::sentence::SentenceView;
use crate::word_classes::{is_determiner, is_gerund};
use dossier_lexicon::WordList;

/// Does a verb form look like a past participle of its lemma (not the lemma, not in -s, not
/// a gerund)?
pub(super) fn looks_past_participle(form: &str, lemma: &str) -> bool {
    form != lemma && !form.ends_with('s') && !is_gerund(form)
}

/// Can word `i` be a finite verb? It must follow its subject, an auxiliary, an adverb or a
/// clause boundary; after a lower-case noun it is a noun or a reduced relative ("security
/// patrols", "engagements aimed at").
pub(super) fn plausible_finite_position(view: &SentenceView, i: usize) -> bool {
    if i == 0 {
        return true;
    }
    let w = &view.words[i].lower;
    // "Vietnamese-led forces have retaken": a noun in -s before an auxiliary or a modal
    if w.ends_with('s')
        && view.words.get(i + 1).is_some_and(|n| {
            matches!(
                n.lower.as_str(),
                "have"
                    | "has"
                    | "had"
                    | "must"
                    | "will"
                    | "would"
                    | "should"
                    | "can"
                    | "could"
                    | "may"
                    | "might"
                    | "are"
                    | "were"
            )
        })
    {
        return false;
    }
    let prev = &view.words[i - 1];
    let prev_is_candidate = view.candidates.iter().any(|c| c.span.end == prev.span.end);
    // "the Jewish state", "the Islamic world": a capitalised modifier after a determiner
    if prev.capitalised && !prev_is_candidate && i >= 2 && is_determiner(view.lower(i - 2)) {
        return false;
    }
    if prev.capitalised
        || prev.lower.ends_with("ly")
        || WordList::BeforeFiniteVerb.contains(&prev.lower)
    {
        return true;
    }
    if view.candidates.iter().any(|c| c.span.end == prev.span.end) {
        return true;
    }
    // after a noun, a past form followed by a determiner: "the movement rejected an invitation"
    if w.ends_with("ed")
        && prev.lower.len() > 3
        && prev.lower.chars().all(char::is_alphabetic)
        && !prev.lower.ends_with("ly")
        && view
            .words
            .get(i + 1)
            .is_some_and(|n| matches!(n.lower.as_str(), "a" | "an" | "the" | "its" | "their"))
    {
        return true;
    }
    // "the coalition agreed to postpone": a past form governing an infinitive
    if w.ends_with("ed")
        && prev.lower.len() > 3
        && prev.lower.chars().all(char::is_alphabetic)
        && view.lower(i + 1) == "to"
        && view.words.get(i + 2).is_some_and(|n| {
            !n.capitalised
                && !n.is_punct
                && !is_determiner(&n.lower)
                && !n.lower.chars().next().is_some_and(|c| c.is_ascii_digit())
        })
    {
        return true;
    }
    // after a plural noun, a past form followed by an object, a date or the clause end
    prev.lower.ends_with('s')
        && !prev.lower.ends_with("ss")
        && prev.lower.len() > 3
        && w.ends_with("ed")
        && view.words.get(i + 1).is_none_or(|n| {
            WordList::AfterFiniteVerb.contains(&n.lower)
                || dossier_lexicon::is_english_weekday_name(&n.lower)
                || n.capitalised
                || (n.lower == "on" && view.words.get(i + 2).is_some_and(|d| d.capitalised))
        })
}

#[cfg(test)]
mod tests {
    use super::super::test_sentences::{read, word};
    use super::*;

    #[test]
    fn past_participles_differ_from_the_lemma_and_end_in_neither_s_nor_ing() {
        assert!(looks_past_participle("attacked", "attack"));
        assert!(looks_past_participle("met", "meet"));
        assert!(!looks_past_participle("attack", "attack"));
        assert!(!looks_past_participle("attacks", "attack"));
        assert!(!looks_past_participle("meeting", "meet"));
    }

    /// Is the word `lower` of `sentence` in a finite verb's position?
    fn finite(sentence: &str, lower: &str) -> bool {
        let text = read(sentence);
        let view = text.view();
        plausible_finite_position(&view, word(&view, lower))
    }

    #[test]
    fn a_verb_after_its_subject_an_auxiliary_or_an_adverb_is_finite() {
        assert!(finite("Norway attacked Chile.", "attacked"));
        assert!(finite("Attacks continued in Rohan.", "attacks"));
        assert!(finite("The elves have attacked Mordor.", "attacked"));
        assert!(finite("The elves quickly attacked Mordor.", "attacked"));
    }

    #[test]
    fn a_past_form_after_a_noun_needs_an_object_an_infinitive_or_a_date() {
        assert!(finite(
            "The movement rejected an invitation from Rohan.",
            "rejected"
        ));
        assert!(finite(
            "The coalition agreed to postpone the vote.",
            "agreed"
        ));
        assert!(finite("The villagers rioted yesterday.", "rioted"));
        assert!(!finite("The engagements aimed at peace failed.", "aimed"));
    }

    #[test]
    fn a_noun_before_an_auxiliary_or_after_a_noun_is_not_finite() {
        assert!(!finite(
            "The allied forces have retaken the town.",
            "forces"
        ));
        assert!(!finite("The security patrols continue.", "patrols"));
    }
}
