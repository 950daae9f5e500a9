//! Sentence-level event coding: verb phrases found through the verb lexicon, composed with the
//! verbs that govern them ("agreed to cooperate", "threatened to attack"), their participants
//! found among the sentence's entities by position and preposition (subject before the verb,
//! object after it, the `by` agent of a passive), with place, date, status and attribution.
//!
//! [`find_hits`] runs the steps in order, each in its own module:
//! 1. `sentence`: the sentence's words and participant candidates ([`SentenceView`]);
//! 2. `verb_hits`: verbs looked up and coded one by one (`phrase_patterns`, `finite_verb`,
//!    `status`, `manual_codings`);
//! 3. `event_nouns`: nouns carried by light verbs ("mounted an invasion");
//! 4. `nominal_triggers`: nouns that name an event alone ("talks between A and B");
//! 5. `composition`: governing verbs folded with the verbs they govern (`cameo_codes`).
//!
//! The participants of each hit are then chosen by `participant_choice` ([`participants_of`],
//! [`passive_agent`], [`claimant_of`]).

mod cameo_codes;
mod composition;
mod event_nouns;
mod finite_verb;
mod hit;
mod manual_codings;
mod nominal_triggers;
mod participant_choice;
mod phrase_patterns;
mod sentence;
mod status;
#[cfg(test)]
pub(crate) mod test_sentences;
mod verb_hits;

pub use crate::word_classes::is_preposition;
pub use hit::Hit;
pub use participant_choice::{
    claimant_of, is_possessive, participants_of, passive_agent, word_before,
};
pub use sentence::SentenceView;

use crate::verbs::VerbLexicon;

/// Finds event triggers among the verbs (and event nouns) of a sentence.
pub fn find_hits(view: &SentenceView, verbs: &VerbLexicon) -> Vec<Hit> {
    let mut hits = verb_hits::verb_hits(view, verbs);
    event_nouns::light_verb_hits(view, verbs, &mut hits);
    nominal_triggers::nominal_hits(view, &mut hits);
    let mut hits = composition::compose(view, verbs, hits);
    composition::mark_subordinates(view, &mut hits);
    hits
}

#[cfg(test)]
mod tests {
    use super::test_sentences::{read, verbs, word};
    use super::*;

    /// (first word, CAMEO code, PLOVER type) of the coded hits of `sentence`.
    fn coded(sentence: &str) -> Vec<(String, String, String)> {
        let text = read(sentence);
        let view = text.view();
        find_hits(&view, verbs())
            .iter()
            .filter_map(|h| {
                let c = h.coding.as_ref()?;
                Some((
                    view.lower(h.first).to_string(),
                    h.cameo.clone(),
                    c.event_type.clone(),
                ))
            })
            .collect()
    }

    fn hit(first: &str, cameo: &str, plover: &str) -> (String, String, String) {
        (first.to_string(), cameo.to_string(), plover.to_string())
    }

    #[test]
    fn verbs_event_nouns_and_composition_run_in_order() {
        assert_eq!(
            coded("Norway threatened to attack Chile."),
            [hit("threatened", "138", "THREATEN")]
        );
        assert_eq!(
            coded("Norway today mounted its long-planned invasion of Chile."),
            [hit("mounted", "190", "ASSAULT")]
        );
        assert_eq!(
            coded("The Norwegian minister's meeting with the Chilean envoy was cordial."),
            [hit("meeting", "040", "CONSULT")]
        );
    }

    #[test]
    fn the_event_noun_of_a_light_verb_spans_verb_and_noun() {
        let text = read("Rohan farmers continued their hunger strike in Edoras.");
        let view = text.view();
        let hits = find_hits(&view, verbs());
        let strike = hits
            .iter()
            .find(|h| h.cameo == "142")
            .expect("a hunger strike");
        assert_eq!(strike.first, word(&view, "continued"));
        assert_eq!(strike.last, word(&view, "strike"));
    }
}
