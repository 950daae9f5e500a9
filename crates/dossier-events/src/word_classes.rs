//! Closed English word classes (prepositions, determiners, forms of *be*, read from
//! dossier-lexicon's named lists) and the gerund shape test. Both the participant finder (`participants`) and the event coder (`coder`) read
//! sentences with them; they live apart so that neither of those modules depends on the other
//! for them.

use dossier_lexicon::WordList;

/// Is `word` (lower case) a word after which a verb form is a noun ("the attack", "his
/// visit")? The lexicon's `noun-determiners` list.
pub fn is_determiner(word: &str) -> bool {
    WordList::NounDeterminers.contains(word)
}

/// Is `word` (lower case) a preposition? A candidate after one is not a subject.
pub fn is_preposition(word: &str) -> bool {
    WordList::Prepositions.contains(word)
}

/// Is `word` (lower case) a form of *be*? Before a past participle they make a passive ("was
/// attacked").
pub fn is_be_form(word: &str) -> bool {
    WordList::BeForms.contains(word)
}

/// Does the word look like a gerund or present participle ("meeting", "holding")?
pub fn is_gerund(word: &str) -> bool {
    word.len() > 4 && word.ends_with("ing")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn gerunds_are_longer_than_four_letters_and_end_in_ing() {
        assert!(is_gerund("meeting"));
        assert!(is_gerund("besieging"));
        assert!(!is_gerund("king"));
        assert!(!is_gerund("sing"));
        assert!(!is_gerund("ringed"));
    }

    #[test]
    fn by_is_a_preposition_and_the_possessive_a_determiner() {
        assert!(is_preposition("by"));
        assert!(is_preposition("towards"));
        assert!(!is_preposition("and"));
        assert!(is_determiner("'s"));
        assert!(is_determiner("’s"));
        assert!(is_be_form("been"));
        assert!(!is_be_form("has"));
    }
}
