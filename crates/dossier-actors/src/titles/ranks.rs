//! The table of military ranks (army, navy, air force; Pakistani, Commonwealth and US forms,
//! NATO OF-1 to OF-10 and below) with their abbreviations, normalised names and services.
//! Data only: the matching is in `crate::scan`.

use super::service::Service;

/// A military rank.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RankDef {
    /// Lower-case surface forms, abbreviations without their full stops.
    pub forms: &'static [&'static str],
    /// `Lieutenant General`.
    pub normalised: &'static str,
    pub service: Service,
    /// True for ranks whose bare form is also a common word or role (`captain`, `major`,
    /// `commander`, `general` in lower case): these need a capital letter in the text.
    pub needs_capital: bool,
}

/// Military ranks, most specific first within each family.
pub const RANKS: &[RankDef] = &[
    // Army (and marines).
    rank(
        &["field marshal", "fm", "f m"],
        "Field Marshal",
        Service::Army,
    ),
    rank(
        &["general of the army"],
        "General of the Army",
        Service::Army,
    ),
    rank(
        &[
            "lieutenant general",
            "lt gen",
            "lt-gen",
            "ltgen",
            "lieut gen",
            "lieut general",
            "lt general",
            "lgen",
        ],
        "Lieutenant General",
        Service::Army,
    ),
    rank(
        &["major general", "maj gen", "majgen", "maj general", "mg"],
        "Major General",
        Service::Army,
    ),
    rank(
        &["brigadier general", "brig gen", "brig general", "bg"],
        "Brigadier General",
        Service::Army,
    ),
    rank(&["brigadier", "brig"], "Brigadier", Service::Army),
    rank(&["general", "gen"], "General", Service::Army),
    rank(
        &[
            "lieutenant colonel",
            "lt col",
            "ltcol",
            "lt-col",
            "lieut col",
            "lt colonel",
        ],
        "Lieutenant Colonel",
        Service::Army,
    ),
    rank(&["colonel", "col"], "Colonel", Service::Army),
    capital(&["major", "maj"], "Major", Service::Army),
    rank(
        &[
            "second lieutenant",
            "2nd lieutenant",
            "2nd lt",
            "2lt",
            "2/lt",
        ],
        "Second Lieutenant",
        Service::Army,
    ),
    capital(&["captain", "capt", "cpt"], "Captain", Service::Army),
    capital(&["lieutenant", "lt", "lieut"], "Lieutenant", Service::Army),
    rank(&["sergeant major"], "Sergeant Major", Service::Army),
    rank(&["sergeant", "sgt"], "Sergeant", Service::Army),
    rank(&["corporal", "cpl"], "Corporal", Service::Army),
    rank(
        &["lance corporal", "lance cpl", "l/cpl"],
        "Lance Corporal",
        Service::Army,
    ),
    rank(&["sepoy"], "Sepoy", Service::Army),
    rank(&["havildar"], "Havildar", Service::Army),
    rank(&["naik"], "Naik", Service::Army),
    rank(&["subedar major"], "Subedar Major", Service::Army),
    rank(&["subedar"], "Subedar", Service::Army),
    capital(&["private", "pvt", "pte"], "Private", Service::Army),
    // Navy.
    rank(
        &["admiral of the fleet"],
        "Admiral of the Fleet",
        Service::Navy,
    ),
    rank(&["fleet admiral"], "Fleet Admiral", Service::Navy),
    rank(
        &["vice admiral", "vice adm", "vadm", "v adm", "vice-admiral"],
        "Vice Admiral",
        Service::Navy,
    ),
    rank(
        &["rear admiral", "rear adm", "radm", "r adm", "rear-admiral"],
        "Rear Admiral",
        Service::Navy,
    ),
    rank(&["admiral", "adm"], "Admiral", Service::Navy),
    rank(
        &["commodore", "cdre", "cmdre", "commo"],
        "Commodore",
        Service::Navy,
    ),
    rank(
        &[
            "lieutenant commander",
            "lt cdr",
            "lt cmdr",
            "lcdr",
            "lt commander",
        ],
        "Lieutenant Commander",
        Service::Navy,
    ),
    capital(&["commander", "cdr", "cmdr"], "Commander", Service::Navy),
    rank(
        &["sub lieutenant", "sub lt", "sub-lieutenant"],
        "Sub Lieutenant",
        Service::Navy,
    ),
    rank(&["midshipman"], "Midshipman", Service::Navy),
    rank(&["petty officer"], "Petty Officer", Service::Navy),
    // Air force.
    rank(
        &["marshal of the air force"],
        "Marshal of the Air Force",
        Service::AirForce,
    ),
    rank(
        &["air chief marshal", "acm", "air chf mshl"],
        "Air Chief Marshal",
        Service::AirForce,
    ),
    rank(
        &["air vice marshal", "avm", "air vice-marshal"],
        "Air Vice Marshal",
        Service::AirForce,
    ),
    rank(
        &["air marshal", "air mshl"],
        "Air Marshal",
        Service::AirForce,
    ),
    rank(
        &["air commodore", "air cdre"],
        "Air Commodore",
        Service::AirForce,
    ),
    rank(
        &["group captain", "gp capt", "grp capt"],
        "Group Captain",
        Service::AirForce,
    ),
    rank(
        &["wing commander", "wg cdr", "wing cdr"],
        "Wing Commander",
        Service::AirForce,
    ),
    rank(
        &["squadron leader", "sqn ldr", "sqdn ldr"],
        "Squadron Leader",
        Service::AirForce,
    ),
    rank(
        &["flight lieutenant", "flt lt", "fl lt"],
        "Flight Lieutenant",
        Service::AirForce,
    ),
    rank(
        &["flying officer", "fg off", "fg offr"],
        "Flying Officer",
        Service::AirForce,
    ),
    rank(
        &["pilot officer", "plt off", "plt offr"],
        "Pilot Officer",
        Service::AirForce,
    ),
    rank(&["marshal", "mshl"], "Marshal", Service::Joint),
];

const fn rank(
    forms: &'static [&'static str],
    normalised: &'static str,
    service: Service,
) -> RankDef {
    RankDef {
        forms,
        normalised,
        service,
        needs_capital: false,
    }
}

const fn capital(
    forms: &'static [&'static str],
    normalised: &'static str,
    service: Service,
) -> RankDef {
    RankDef {
        forms,
        normalised,
        service,
        needs_capital: true,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn position(normalised: &str) -> usize {
        RANKS
            .iter()
            .position(|r| r.normalised == normalised)
            .unwrap_or_else(|| panic!("no rank {normalised:?}"))
    }

    fn by_form(form: &str) -> Option<&'static RankDef> {
        RANKS.iter().find(|r| r.forms.contains(&form))
    }

    #[test]
    fn forms_are_lower_case_single_spaced_without_full_stops() {
        for r in RANKS {
            for f in r.forms {
                assert_eq!(*f, f.to_lowercase(), "{f:?}");
                assert!(!f.contains("  ") && !f.contains('.'), "{f:?}");
                assert_eq!(f.trim(), *f, "{f:?}");
            }
        }
    }

    #[test]
    fn specific_ranks_come_before_the_ranks_they_end_with() {
        assert!(position("Lieutenant General") < position("General"));
        assert!(position("Brigadier General") < position("Brigadier"));
        assert!(position("Vice Admiral") < position("Admiral"));
        assert!(position("Air Chief Marshal") < position("Marshal"));
        assert!(position("Lieutenant Commander") < position("Commander"));
    }

    #[test]
    fn abbreviations_name_their_rank_and_service() {
        let wing = by_form("wg cdr").map(|r| (r.normalised, r.service));
        assert_eq!(wing, Some(("Wing Commander", Service::AirForce)));
        let rear = by_form("radm").map(|r| (r.normalised, r.service));
        assert_eq!(rear, Some(("Rear Admiral", Service::Navy)));
        assert_eq!(by_form("lt").map(|r| r.normalised), Some("Lieutenant"));
    }

    #[test]
    fn only_ranks_that_are_also_common_words_need_a_capital() {
        let mut capital: Vec<&str> = RANKS
            .iter()
            .filter(|r| r.needs_capital)
            .map(|r| r.normalised)
            .collect();
        capital.sort_unstable();
        assert_eq!(
            capital,
            ["Captain", "Commander", "Lieutenant", "Major", "Private"]
        );
    }
}
