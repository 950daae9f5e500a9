//! Hand-written tables of military ranks, civilian titles and defence roles.
//!
//! Each entry lists its surface forms (full words and the abbreviations news copy uses), the
//! normalised form dossier reports, the service it belongs to and its sector. Forms are written
//! in lower case with single spaces; matching ignores case, full stops after abbreviations and
//! the hyphens of `Commander-in-Chief` / `Lieutenant-General`.
//!
//! Sources of the forms: the rank structures of the Pakistan Army, Navy and Air Force, the
//! British/Commonwealth and US services (NATO OF-1 to OF-10), and the office titles used in
//! English-language South Asian and Middle Eastern news.

/// The armed service a rank or role belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Service {
    Army,
    Navy,
    AirForce,
    /// Joint or unspecified (a general role over all services).
    Joint,
}

impl Service {
    /// `army`, `navy`, `air force`, `joint`.
    pub fn as_str(&self) -> &'static str {
        match self {
            Service::Army => "army",
            Service::Navy => "navy",
            Service::AirForce => "air force",
            Service::Joint => "joint",
        }
    }
}

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

const MIL: &str = "military";
const GOV: &str = "government";
const LEG: &str = "legislature";
const JUD: &str = "judiciary";

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
