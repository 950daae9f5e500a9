//! Words around and inside personal names (`data/honorifics.txt`,
//! `data/name_particles.txt`): the honorifics dropped when comparing names and the lower-case
//! particles a name may contain.

use std::sync::LazyLock;

use crate::data_file::{data_file, malformed, words, DataFile};

const HONORIFICS_FILE: DataFile = data_file!("honorifics.txt");
const NAME_PARTICLES_FILE: DataFile = data_file!("name_particles.txt");

/// The words of a one-word-a-line file, checked to be lower case.
fn lower_case_words(file: &'static DataFile) -> Vec<&'static str> {
    words(file)
        .enumerate()
        .map(|(i, w)| {
            if w != w.to_lowercase() || w.contains(char::is_whitespace) {
                malformed(
                    file,
                    0,
                    &format!("word {} ({w:?}) is not one lower-case word", i + 1),
                );
            }
            w
        })
        .collect()
}

static HONORIFICS: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| lower_case_words(&HONORIFICS_FILE));
static NAME_PARTICLES: LazyLock<Vec<&'static str>> =
    LazyLock::new(|| lower_case_words(&NAME_PARTICLES_FILE));

/// Honorifics that may precede a given name and are dropped when comparing names (`syed`,
/// `sheikh`, `mr`, `dr` ...), lower case, in data-file order.
pub fn honorifics() -> &'static [&'static str] {
    &HONORIFICS
}

/// Is `word` (lower case) an honorific of [`honorifics`]?
pub fn is_honorific(word: &str) -> bool {
    HONORIFICS.contains(&word)
}

/// Lower-case particles allowed inside a name (`bin`, `al`, `ul`, `van`, `de` ...), in
/// data-file order.
pub fn name_particles() -> &'static [&'static str] {
    &NAME_PARTICLES
}

/// Is `word` (lower case) a name particle of [`name_particles`]?
pub fn is_name_particle(word: &str) -> bool {
    NAME_PARTICLES.contains(&word)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn honorifics_and_particles_load_and_are_apart() {
        assert!(is_honorific("syed") && is_honorific("princess"));
        assert!(!is_honorific("Syed"), "lookups are exact");
        assert!(is_name_particle("bin") && is_name_particle("e"));
        assert_eq!(honorifics().len(), 28);
        assert_eq!(name_particles().len(), 23);
        for h in honorifics() {
            assert!(!is_name_particle(h), "{h:?} is in both lists");
        }
    }
}
