//! Closed English word classes (prepositions, determiners, forms of *be*) and the gerund shape
//! test. Both the participant finder (`participants`) and the event coder (`coder`) read
//! sentences with them; they live apart so that neither of those modules depends on the other
//! for them.

/// Words after which a verb form is a noun ("the attack", "his visit").
pub const DETERMINERS: &[&str] = &[
    "a", "an", "the", "his", "her", "their", "its", "our", "my", "your", "this", "that", "these",
    "those", "'s", "’s", "any", "no", "every", "each", "such", "recent", "further", "new",
];

/// Prepositions: a candidate after one is not a subject.
pub const PREPOSITIONS: &[&str] = &[
    "of",
    "in",
    "at",
    "to",
    "from",
    "with",
    "for",
    "by",
    "on",
    "near",
    "during",
    "after",
    "before",
    "under",
    "over",
    "into",
    "between",
    "among",
    "against",
    "about",
    "than",
    "like",
    "since",
    "toward",
    "towards",
    "across",
    "through",
    "within",
    "without",
    "amid",
    "beyond",
    "including",
    "via",
];

/// Forms of *be*: before a past participle they make a passive ("was attacked").
pub const BE_FORMS: &[&str] = &["is", "are", "was", "were", "be", "been", "being"];

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
        assert!(PREPOSITIONS.contains(&"by"));
        assert!(PREPOSITIONS.contains(&"towards"));
        assert!(!PREPOSITIONS.contains(&"and"));
        assert!(DETERMINERS.contains(&"'s"));
        assert!(DETERMINERS.contains(&"’s"));
        assert!(BE_FORMS.contains(&"been"));
        assert!(!BE_FORMS.contains(&"has"));
    }
}
