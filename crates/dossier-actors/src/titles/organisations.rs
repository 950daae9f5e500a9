//! The organisation tables: the service and state nouns that follow a country (`Pakistan
//! Navy`, `Libyan Armed Forces`) and hand-listed organisations with their acronyms and
//! countries that the Phoenix dictionaries lack. Data only: the matching is in `crate::scan`.

use super::service::{Service, GOV, LEG, MIL};

/// Organisations named by a head noun after a country: `Pakistan Navy`, `Libyan Armed Forces`.
pub struct OrgNounDef {
    /// Lower-case forms.
    pub forms: &'static [&'static str],
    /// The canonical noun: `Navy`, `Armed Forces`.
    pub normalised: &'static str,
    pub sector: &'static str,
    pub service: Option<Service>,
}

/// Service and state organisation nouns.
pub const ORG_NOUNS: &[OrgNounDef] = &[
    org_noun(
        &[
            "armed forces",
            "military",
            "defence forces",
            "defense forces",
        ],
        "Armed Forces",
        MIL,
        Some(Service::Joint),
    ),
    org_noun(&["army", "land forces"], "Army", MIL, Some(Service::Army)),
    org_noun(&["navy", "naval forces"], "Navy", MIL, Some(Service::Navy)),
    org_noun(
        &["air force", "air forces"],
        "Air Force",
        MIL,
        Some(Service::AirForce),
    ),
    org_noun(
        &["marines", "marine corps"],
        "Marines",
        MIL,
        Some(Service::Navy),
    ),
    org_noun(
        &["coast guard", "coastguard", "maritime security agency"],
        "Coast Guard",
        MIL,
        Some(Service::Navy),
    ),
    org_noun(
        &["national army"],
        "National Army",
        MIL,
        Some(Service::Army),
    ),
    org_noun(&["rangers"], "Rangers", "police", None),
    org_noun(&["police"], "Police", "police", None),
    org_noun(&["government"], "Government", GOV, None),
    org_noun(
        &["foreign office", "foreign ministry"],
        "Foreign Office",
        GOV,
        None,
    ),
    org_noun(
        &[
            "defence ministry",
            "defense ministry",
            "ministry of defence",
            "ministry of defense",
        ],
        "Ministry of Defence",
        GOV,
        Some(Service::Joint),
    ),
    org_noun(
        &["parliament", "national assembly", "senate"],
        "Parliament",
        LEG,
        None,
    ),
];

const fn org_noun(
    forms: &'static [&'static str],
    normalised: &'static str,
    sector: &'static str,
    service: Option<Service>,
) -> OrgNounDef {
    OrgNounDef {
        forms,
        normalised,
        sector,
        service,
    }
}

/// Named organisations with a country that the Phoenix dictionaries lack: defence public
/// relations and intelligence services, state media.
pub struct NamedOrgDef {
    /// Lower-case full forms.
    pub forms: &'static [&'static str],
    /// Acronyms, matched in capitals.
    pub acronyms: &'static [&'static str],
    pub normalised: &'static str,
    /// ISO alpha-2.
    pub country: &'static str,
    pub sector: &'static str,
}

/// Hand-listed organisations.
pub const NAMED_ORGS: &[NamedOrgDef] = &[
    named_org(
        &[
            "inter-services public relations",
            "inter services public relations",
        ],
        &["ISPR"],
        "Inter-Services Public Relations",
        "PK",
        MIL,
    ),
    named_org(
        &["inter-services intelligence", "inter services intelligence"],
        &["ISI"],
        "Inter-Services Intelligence",
        "PK",
        "intelligence",
    ),
    named_org(
        &["joint staff headquarters"],
        &["JSHQ"],
        "Joint Staff Headquarters",
        "PK",
        MIL,
    ),
    named_org(
        &["strategic plans division"],
        &["SPD"],
        "Strategic Plans Division",
        "PK",
        MIL,
    ),
    named_org(&["frontier corps"], &[], "Frontier Corps", "PK", MIL),
    named_org(
        &["pakistan television", "ptv news", "ptv"],
        &["PTV"],
        "PTV News",
        "PK",
        "media",
    ),
    named_org(
        &["associated press of pakistan"],
        &["APP"],
        "Associated Press of Pakistan",
        "PK",
        "media",
    ),
    named_org(&["radio pakistan"], &[], "Radio Pakistan", "PK", "media"),
    named_org(
        &["libyan national army"],
        &["LNA"],
        "Libyan National Army",
        "LY",
        MIL,
    ),
    named_org(
        &["government of national unity"],
        &["GNU"],
        "Government of National Unity",
        "LY",
        GOV,
    ),
    named_org(
        &["government of national accord"],
        &["GNA"],
        "Government of National Accord",
        "LY",
        GOV,
    ),
    named_org(
        &["libyan arab armed forces"],
        &["LAAF"],
        "Libyan Arab Armed Forces",
        "LY",
        MIL,
    ),
    named_org(
        &["libya news agency", "libyan news agency"],
        &["LANA"],
        "Libya News Agency",
        "LY",
        "media",
    ),
    named_org(
        &["research and analysis wing"],
        &["RAW"],
        "Research and Analysis Wing",
        "IN",
        "intelligence",
    ),
    named_org(
        &["press trust of india"],
        &["PTI"],
        "Press Trust of India",
        "IN",
        "media",
    ),
    named_org(
        &["israel defense forces", "israel defence forces"],
        &["IDF"],
        "Israel Defense Forces",
        "IL",
        MIL,
    ),
    named_org(
        &["people's liberation army"],
        &["PLA"],
        "People's Liberation Army",
        "CN",
        MIL,
    ),
    named_org(&["xinhua"], &[], "Xinhua", "CN", "media"),
    named_org(
        &["islamic revolutionary guard corps"],
        &["IRGC"],
        "Islamic Revolutionary Guard Corps",
        "IR",
        MIL,
    ),
    named_org(&["al jazeera"], &[], "Al Jazeera", "QA", "media"),
    named_org(&["anadolu agency"], &[], "Anadolu Agency", "TR", "media"),
    named_org(
        &["saudi press agency"],
        &["SPA"],
        "Saudi Press Agency",
        "SA",
        "media",
    ),
    named_org(
        &["emirates news agency"],
        &["WAM"],
        "Emirates News Agency",
        "AE",
        "media",
    ),
    named_org(&["bbc"], &["BBC"], "BBC", "GB", "media"),
    named_org(&["pentagon"], &[], "Pentagon", "US", MIL),
];

const fn named_org(
    forms: &'static [&'static str],
    acronyms: &'static [&'static str],
    normalised: &'static str,
    country: &'static str,
    sector: &'static str,
) -> NamedOrgDef {
    NamedOrgDef {
        forms,
        acronyms,
        normalised,
        country,
        sector,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn org_nouns_are_lower_case_with_a_sector() {
        for n in ORG_NOUNS {
            for f in n.forms {
                assert_eq!(*f, f.to_lowercase(), "{f:?}");
            }
            assert!(!n.sector.is_empty());
        }
        let navy = ORG_NOUNS.iter().find(|n| n.forms.contains(&"naval forces"));
        assert_eq!(
            navy.map(|n| (n.normalised, n.service)),
            Some(("Navy", Some(Service::Navy)))
        );
    }

    #[test]
    fn named_orgs_have_capital_acronyms_and_a_country_code() {
        for o in NAMED_ORGS {
            for f in o.forms {
                assert_eq!(*f, f.to_lowercase(), "{f:?}");
            }
            for a in o.acronyms {
                assert_eq!(*a, a.to_uppercase(), "{a:?}");
            }
            assert_eq!(o.country.len(), 2, "{:?}", o.normalised);
            assert_eq!(o.country, o.country.to_uppercase());
        }
    }
}
