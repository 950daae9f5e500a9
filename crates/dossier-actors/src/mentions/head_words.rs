//! Word lists the organisation finder checks around an organisation noun: the heads that make
//! it part of a person's title (`Libyan military leader`) and the unit heads that name a part
//! of another organisation (`Directorate`, `Ministry`). Data only.

/// Nouns that make a preceding organisation noun part of a person's title.
pub(super) const ROLE_HEADS: &[&str] = &[
    "chief",
    "chiefs",
    "leader",
    "leaders",
    "commander",
    "commanders",
    "head",
    "official",
    "officials",
    "spokesman",
    "spokesperson",
    "officer",
    "officers",
    "ruler",
    "strongman",
];

/// Organisation heads that name a unit of another organisation.
pub(super) const ORG_HEADS: &[&str] = &[
    "directorate",
    "ministry",
    "department",
    "office",
    "division",
    "command",
    "wing",
    "bureau",
    "agency",
    "headquarters",
    "secretariat",
    "branch",
    "directorate-general",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn head_words_are_lower_case_and_the_two_lists_apart() {
        for w in ROLE_HEADS.iter().chain(ORG_HEADS) {
            assert_eq!(*w, w.to_lowercase(), "{w:?}");
        }
        for w in ROLE_HEADS {
            assert!(!ORG_HEADS.contains(w), "{w:?} is in both lists");
        }
    }
}
