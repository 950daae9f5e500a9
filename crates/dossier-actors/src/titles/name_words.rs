//! Words around and inside personal names: honorifics dropped when comparing names and the
//! lower-case particles a name may contain. Data only.

/// Honorifics that may precede a given name and are dropped when comparing names
/// (`Syed Asim Munir` = `Asim Munir`).
pub const HONORIFICS: &[&str] = &[
    "syed", "sayyid", "sayed", "sheikh", "shaikh", "sheik", "mian", "hafiz", "maulana", "haji",
    "hajji", "sardar", "pir", "makhdoom", "khawaja", "khwaja", "mr", "mrs", "ms", "dr", "sir",
    "dame", "mufti", "allama", "begum", "nawab", "prince", "princess",
];

/// Lower-case particles allowed inside a name: `bin`, `al`, `ul`, `van`, `de`.
pub const NAME_PARTICLES: &[&str] = &[
    "bin", "ibn", "bint", "al", "el", "ul", "ud", "ur", "abu", "de", "da", "di", "du", "van",
    "von", "der", "den", "la", "le", "dos", "das", "del", "e",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn honorifics_and_particles_are_lower_case_and_apart() {
        for w in HONORIFICS.iter().chain(NAME_PARTICLES) {
            assert_eq!(*w, w.to_lowercase(), "{w:?}");
        }
        for h in HONORIFICS {
            assert!(!NAME_PARTICLES.contains(h), "{h:?} is in both lists");
        }
    }
}
