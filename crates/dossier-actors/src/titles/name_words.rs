//! Words around and inside personal names: honorifics dropped when comparing names and the
//! lower-case particles a name may contain. The lists themselves live in dossier-lexicon
//! (`data/honorifics.txt`, `data/name_particles.txt`); these statics keep the slice shape the
//! matchers use (`HONORIFICS.contains(&word)`).

use std::sync::LazyLock;

/// Honorifics that may precede a given name and are dropped when comparing names
/// (`Syed Asim Munir` = `Asim Munir`).
pub static HONORIFICS: LazyLock<&'static [&'static str]> =
    LazyLock::new(dossier_lexicon::honorifics);

/// Lower-case particles allowed inside a name: `bin`, `al`, `ul`, `van`, `de`.
pub static NAME_PARTICLES: LazyLock<&'static [&'static str]> =
    LazyLock::new(dossier_lexicon::name_particles);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn honorifics_and_particles_come_from_the_lexicon() {
        assert!(HONORIFICS.contains(&"syed"));
        assert!(NAME_PARTICLES.contains(&"bin"));
        assert!(!HONORIFICS.contains(&"bin"));
    }
}
