//! The table of civilian titles and defence roles: offices that may precede a name (`Chief of
//! Army Staff`, `Prime Minister`), generic references to a role's holder (`the naval chief`),
//! and the portfolio words that name a ministry before `Minister`. Data only: the matching is
//! in `crate::scan`.

use super::service::{Service, GOV, JUD, LEG, MIL};

/// What kind of title a [`TitleDef`] is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TitleKind {
    /// An office held by one person that may precede a name (`Prime Minister`, `COAS`).
    Office,
    /// A generic reference to the holder of a role, used without a name (`the naval chief`,
    /// `the Libyan military leader`).
    Reference,
}

/// A civilian title or a defence role.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TitleDef {
    /// Lower-case surface forms, acronyms included (`coas`).
    pub forms: &'static [&'static str],
    /// `Chief of Army Staff`.
    pub normalised: &'static str,
    /// `military`, `government`, `legislature`, `judiciary`, `police`, `intelligence`,
    /// `business`, `media`, `diplomacy` is reported as `government`.
    pub sector: &'static str,
    pub service: Option<Service>,
    pub kind: TitleKind,
    /// Acronym forms: they must be written in capitals in the text.
    pub acronyms: &'static [&'static str],
    /// True when the title takes an `of the X` complement naming its organisation
    /// (`Commander-in-Chief of the Armed Forces`).
    pub takes_organisation: bool,
}

const fn office(
    forms: &'static [&'static str],
    acronyms: &'static [&'static str],
    normalised: &'static str,
    sector: &'static str,
    service: Option<Service>,
) -> TitleDef {
    TitleDef {
        forms,
        normalised,
        sector,
        service,
        kind: TitleKind::Office,
        acronyms,
        takes_organisation: false,
    }
}

const fn office_of(
    forms: &'static [&'static str],
    acronyms: &'static [&'static str],
    normalised: &'static str,
    sector: &'static str,
    service: Option<Service>,
) -> TitleDef {
    TitleDef {
        forms,
        normalised,
        sector,
        service,
        kind: TitleKind::Office,
        acronyms,
        takes_organisation: true,
    }
}

const fn reference(
    forms: &'static [&'static str],
    normalised: &'static str,
    sector: &'static str,
    service: Option<Service>,
) -> TitleDef {
    TitleDef {
        forms,
        normalised,
        sector,
        service,
        kind: TitleKind::Reference,
        acronyms: &[],
        takes_organisation: false,
    }
}

/// Defence roles and civilian titles. Longer forms win over shorter ones when both match.
pub const TITLES: &[TitleDef] = &[
    // Service chiefs and joint staff.
    office(
        &[
            "chief of army staff",
            "chief of the army staff",
            "army chief of staff",
        ],
        &["coas"],
        "Chief of Army Staff",
        MIL,
        Some(Service::Army),
    ),
    office(
        &["vice chief of army staff", "vice chief of the army staff"],
        &["vcoas"],
        "Vice Chief of Army Staff",
        MIL,
        Some(Service::Army),
    ),
    office(
        &[
            "chief of naval staff",
            "chief of the naval staff",
            "naval chief of staff",
        ],
        &["cns"],
        "Chief of the Naval Staff",
        MIL,
        Some(Service::Navy),
    ),
    office(
        &["vice chief of naval staff", "vice chief of the naval staff"],
        &["vcns"],
        "Vice Chief of the Naval Staff",
        MIL,
        Some(Service::Navy),
    ),
    office(
        &["chief of naval operations"],
        &["cno"],
        "Chief of Naval Operations",
        MIL,
        Some(Service::Navy),
    ),
    office(
        &[
            "chief of air staff",
            "chief of the air staff",
            "air chief of staff",
        ],
        &["cas"],
        "Chief of the Air Staff",
        MIL,
        Some(Service::AirForce),
    ),
    office(
        &[
            "chairman joint chiefs of staff committee",
            "chairman of the joint chiefs of staff committee",
            "chairman of joint chiefs of staff committee",
        ],
        &["cjcsc"],
        "Chairman Joint Chiefs of Staff Committee",
        MIL,
        Some(Service::Joint),
    ),
    office(
        &[
            "chairman of the joint chiefs of staff",
            "chairman joint chiefs of staff",
        ],
        &["cjcs"],
        "Chairman of the Joint Chiefs of Staff",
        MIL,
        Some(Service::Joint),
    ),
    office(
        &[
            "chief of defence staff",
            "chief of the defence staff",
            "chief of defense staff",
            "chief of the defense staff",
        ],
        &["cds"],
        "Chief of Defence Staff",
        MIL,
        Some(Service::Joint),
    ),
    office(
        &["chief of defence forces", "chief of defense forces"],
        &["cdf"],
        "Chief of Defence Forces",
        MIL,
        Some(Service::Joint),
    ),
    office(
        &["chief of general staff", "chief of the general staff"],
        &["cgs"],
        "Chief of General Staff",
        MIL,
        Some(Service::Army),
    ),
    office_of(
        &["commander-in-chief", "commander in chief", "c-in-c"],
        &[],
        "Commander-in-Chief",
        MIL,
        Some(Service::Joint),
    ),
    office_of(
        &["supreme commander"],
        &[],
        "Supreme Commander",
        MIL,
        Some(Service::Joint),
    ),
    office_of(&["chief of staff"], &[], "Chief of Staff", MIL, None),
    office(
        &[
            "director general inter-services public relations",
            "director general of inter-services public relations",
            "director general ispr",
            "dg ispr",
        ],
        &[],
        "Director General ISPR",
        MIL,
        Some(Service::Joint),
    ),
    office(
        &[
            "director general inter-services intelligence",
            "director general of inter-services intelligence",
            "director general isi",
            "dg isi",
        ],
        &[],
        "Director General ISI",
        "intelligence",
        Some(Service::Joint),
    ),
    office(
        &["corps commander"],
        &[],
        "Corps Commander",
        MIL,
        Some(Service::Army),
    ),
    office(
        &[
            "defence attache",
            "defense attache",
            "defence attaché",
            "defense attaché",
            "military attache",
            "military attaché",
        ],
        &[],
        "Defence Attaché",
        MIL,
        None,
    ),
    // Generic references to a service head, used for role-only mentions.
    reference(
        &[
            "naval chief",
            "navy chief",
            "naval commander",
            "navy commander",
            "naval leader",
        ],
        "Naval Chief",
        MIL,
        Some(Service::Navy),
    ),
    reference(
        &["army chief", "army commander", "army leader"],
        "Army Chief",
        MIL,
        Some(Service::Army),
    ),
    reference(
        &["air chief", "air force chief", "air force commander"],
        "Air Chief",
        MIL,
        Some(Service::AirForce),
    ),
    reference(
        &[
            "military chief",
            "military leader",
            "military commander",
            "defence chief",
            "defense chief",
            "armed forces chief",
            "military ruler",
            "military strongman",
        ],
        "Military Chief",
        MIL,
        None,
    ),
    // Government.
    office(&["president"], &[], "President", GOV, None),
    office(
        &["vice president", "vice-president"],
        &[],
        "Vice President",
        GOV,
        None,
    ),
    office(&["prime minister"], &["pm"], "Prime Minister", GOV, None),
    office(
        &["deputy prime minister"],
        &[],
        "Deputy Prime Minister",
        GOV,
        None,
    ),
    office(
        &["caretaker prime minister", "interim prime minister"],
        &[],
        "Caretaker Prime Minister",
        GOV,
        None,
    ),
    office(&["chief minister"], &[], "Chief Minister", GOV, None),
    office(
        &[
            "defence minister",
            "defense minister",
            "minister of defence",
            "minister of defense",
            "minister for defence",
            "minister for defense",
        ],
        &[],
        "Defence Minister",
        GOV,
        Some(Service::Joint),
    ),
    office(
        &[
            "foreign minister",
            "minister of foreign affairs",
            "minister for foreign affairs",
        ],
        &["fm"],
        "Foreign Minister",
        GOV,
        None,
    ),
    office(
        &[
            "interior minister",
            "minister of interior",
            "minister for interior",
            "home minister",
        ],
        &[],
        "Interior Minister",
        GOV,
        None,
    ),
    office(
        &[
            "finance minister",
            "minister of finance",
            "minister for finance",
        ],
        &[],
        "Finance Minister",
        GOV,
        None,
    ),
    office(
        &[
            "information minister",
            "minister of information",
            "minister for information",
        ],
        &[],
        "Information Minister",
        GOV,
        None,
    ),
    office(
        &["minister of state", "state minister"],
        &[],
        "Minister of State",
        GOV,
        None,
    ),
    office_of(&["minister"], &[], "Minister", GOV, None),
    office(&["foreign secretary"], &[], "Foreign Secretary", GOV, None),
    office(
        &[
            "defence secretary",
            "defense secretary",
            "secretary of defense",
            "secretary of defence",
        ],
        &[],
        "Defence Secretary",
        GOV,
        Some(Service::Joint),
    ),
    office(
        &["secretary of state"],
        &[],
        "Secretary of State",
        GOV,
        None,
    ),
    office_of(
        &["secretary general", "secretary-general"],
        &[],
        "Secretary General",
        GOV,
        None,
    ),
    office_of(&["secretary"], &[], "Secretary", GOV, None),
    office(
        &["national security adviser", "national security advisor"],
        &["nsa"],
        "National Security Adviser",
        GOV,
        None,
    ),
    office_of(
        &["special assistant", "adviser", "advisor"],
        &[],
        "Adviser",
        GOV,
        None,
    ),
    office(&["ambassador"], &[], "Ambassador", GOV, None),
    office(&["high commissioner"], &[], "High Commissioner", GOV, None),
    office(&["special envoy", "envoy"], &[], "Envoy", GOV, None),
    office(
        &["consul general", "consul-general"],
        &[],
        "Consul General",
        GOV,
        None,
    ),
    office_of(
        &["spokesperson", "spokesman", "spokeswoman"],
        &[],
        "Spokesperson",
        GOV,
        None,
    ),
    office_of(&["governor"], &[], "Governor", GOV, None),
    office_of(&["mayor"], &[], "Mayor", GOV, None),
    office(&["king"], &[], "King", GOV, None),
    office(&["queen"], &[], "Queen", GOV, None),
    office(&["crown prince"], &[], "Crown Prince", GOV, None),
    office(&["emir", "amir"], &[], "Emir", GOV, None),
    office(&["sultan"], &[], "Sultan", GOV, None),
    office(&["chancellor"], &[], "Chancellor", GOV, None),
    office_of(
        &["director general", "director-general"],
        &["dg"],
        "Director General",
        GOV,
        None,
    ),
    // Legislature.
    office(&["senator"], &["sen"], "Senator", LEG, None),
    office_of(&["speaker"], &[], "Speaker", LEG, None),
    office(
        &[
            "member of parliament",
            "member of the national assembly",
            "lawmaker",
            "legislator",
        ],
        &["mp", "mna", "mpa"],
        "Member of Parliament",
        LEG,
        None,
    ),
    office_of(
        &["chairman of the senate", "senate chairman"],
        &[],
        "Chairman of the Senate",
        LEG,
        None,
    ),
    // Judiciary.
    office(&["chief justice"], &["cj"], "Chief Justice", JUD, None),
    office(
        &["attorney general", "attorney-general"],
        &["ag"],
        "Attorney General",
        JUD,
        None,
    ),
    office(&["justice"], &[], "Justice", JUD, None),
    office(&["judge"], &[], "Judge", JUD, None),
    // Police and others.
    office_of(
        &["inspector general", "inspector-general"],
        &["igp"],
        "Inspector General",
        "police",
        None,
    ),
    office_of(&["chairman", "chairperson"], &[], "Chairman", GOV, None),
    office_of(
        &["chief executive", "chief executive officer"],
        &["ceo"],
        "Chief Executive",
        "business",
        None,
    ),
];

/// Portfolio words that, before `Minister`, name a ministry: `Petroleum Minister`.
pub const PORTFOLIOS: &[&str] = &[
    "agriculture",
    "commerce",
    "communications",
    "culture",
    "economy",
    "education",
    "energy",
    "environment",
    "health",
    "housing",
    "industries",
    "industry",
    "justice",
    "labour",
    "labor",
    "law",
    "maritime",
    "petroleum",
    "planning",
    "railways",
    "religious",
    "science",
    "trade",
    "transport",
    "water",
    "power",
    "tourism",
    "youth",
    "sports",
    "kashmir",
    "climate",
];

#[cfg(test)]
mod tests {
    use super::*;

    fn by_normalised(normalised: &str) -> &'static TitleDef {
        TITLES
            .iter()
            .find(|t| t.normalised == normalised)
            .unwrap_or_else(|| panic!("no title {normalised:?}"))
    }

    #[test]
    fn forms_and_acronyms_are_written_in_lower_case() {
        for t in TITLES {
            for f in t.forms.iter().chain(t.acronyms) {
                assert_eq!(*f, f.to_lowercase(), "{f:?}");
                assert!(!f.contains("  "), "{f:?}");
            }
        }
        for p in PORTFOLIOS {
            assert_eq!(*p, p.to_lowercase());
        }
    }

    #[test]
    fn each_normalised_title_is_listed_once() {
        for (i, t) in TITLES.iter().enumerate() {
            assert!(
                TITLES[i + 1..].iter().all(|u| u.normalised != t.normalised),
                "{:?} twice",
                t.normalised
            );
        }
    }

    #[test]
    fn references_are_role_words_without_acronyms() {
        let naval = by_normalised("Naval Chief");
        assert_eq!(naval.kind, TitleKind::Reference);
        assert_eq!(naval.service, Some(Service::Navy));
        for t in TITLES.iter().filter(|t| t.kind == TitleKind::Reference) {
            assert!(t.acronyms.is_empty(), "{:?}", t.normalised);
            assert!(!t.takes_organisation, "{:?}", t.normalised);
        }
    }

    #[test]
    fn offices_carry_sector_service_acronym_and_complement() {
        let coas = by_normalised("Chief of Army Staff");
        assert_eq!(coas.acronyms, ["coas"]);
        assert_eq!((coas.sector, coas.service), (MIL, Some(Service::Army)));
        assert!(by_normalised("Commander-in-Chief").takes_organisation);
        assert!(!by_normalised("Prime Minister").takes_organisation);
        assert_eq!(by_normalised("Chief Justice").sector, JUD);
        assert_eq!(by_normalised("Senator").sector, LEG);
        assert_eq!(by_normalised("Ambassador").sector, GOV);
    }
}
