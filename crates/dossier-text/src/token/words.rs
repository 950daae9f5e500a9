//! Plain word lists for callers that need neither offsets nor token kinds: the folded words
//! name keys are built from, the words of a person's name, and letter-and-digit runs for
//! text-similarity shingles.

use unicode_normalization::UnicodeNormalization;

/// Lower-cases and removes diacritics (`Sarıdere` -> `saridere`, dotless `ı` included).
pub fn fold(text: &str) -> String {
    text.nfkd()
        .filter(|c| !unicode_normalization::char::is_combining_mark(*c))
        .map(|c| match c {
            'ı' => 'i',
            _ => c,
        })
        .collect::<String>()
        .to_lowercase()
}

/// The [`fold`]ed words of `text`: letters, digits and inner apostrophes; every other
/// character separates words, and apostrophes at either end of a word are dropped.
pub fn folded_words(text: &str) -> Vec<String> {
    fold(text)
        .split(|c: char| !(c.is_alphanumeric() || c == '\''))
        .map(|t| t.trim_matches('\''))
        .filter(|t| !t.is_empty())
        .map(str::to_string)
        .collect()
}

/// The lower-case words of a written name: split at spaces and hyphens, with abbreviation
/// stops dropped (`Lt. Gen. Faramir Hurin-son` -> `lt` `gen` `faramir` `hurin` `son`).
pub fn name_words(name: &str) -> Vec<String> {
    name.split([' ', '-'])
        .map(|w| w.trim_end_matches('.').to_lowercase())
        .filter(|w| !w.is_empty())
        .collect()
}

/// Runs of letters, digits and underscores, as written.
pub fn alphanumeric_runs(text: &str) -> Vec<&str> {
    text.split(|c: char| !(c.is_alphanumeric() || c == '_'))
        .filter(|w| !w.is_empty())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folded_words_drop_case_marks_and_outer_apostrophes() {
        assert_eq!(
            folded_words("Éowyn of Rohan's 'Shieldmaiden' Sarıdere"),
            ["eowyn", "of", "rohan's", "shieldmaiden", "saridere"]
        );
        assert!(folded_words("-- ' --").is_empty());
    }

    #[test]
    fn name_words_split_hyphens_and_drop_stops() {
        assert_eq!(
            name_words("Lt. Gen. Faramir Hurin-son"),
            ["lt", "gen", "faramir", "hurin", "son"]
        );
        assert!(name_words(" - ").is_empty());
    }

    #[test]
    fn alphanumeric_runs_keep_case_and_underscores() {
        assert_eq!(
            alphanumeric_runs("The snake_case riders, 2 of them!"),
            ["The", "snake_case", "riders", "2", "of", "them"]
        );
    }
}
