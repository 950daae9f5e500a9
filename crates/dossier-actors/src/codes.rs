//! Country and sector codes: CAMEO / Phoenix three-letter codes to ISO 3166-1 alpha-2 countries
//! and to sector words.
//!
//! The ISO 3166-1 alpha-3 to alpha-2 pairs are the standard's code assignments; CAMEO uses the
//! alpha-3 codes for countries plus a few codes of its own (listed in [`CAMEO_EXTRA`]).

/// ISO 3166-1 alpha-3 -> alpha-2, sorted by alpha-3 for binary search.
const ISO3_TO_ISO2: &[(&str, &str)] = &[
    ("ABW", "AW"),
    ("AFG", "AF"),
    ("AGO", "AO"),
    ("AIA", "AI"),
    ("ALA", "AX"),
    ("ALB", "AL"),
    ("AND", "AD"),
    ("ANT", "AN"),
    ("ARE", "AE"),
    ("ARG", "AR"),
    ("ARM", "AM"),
    ("ASM", "AS"),
    ("ATA", "AQ"),
    ("ATF", "TF"),
    ("ATG", "AG"),
    ("AUS", "AU"),
    ("AUT", "AT"),
    ("AZE", "AZ"),
    ("BDI", "BI"),
    ("BEL", "BE"),
    ("BEN", "BJ"),
    ("BES", "BQ"),
    ("BFA", "BF"),
    ("BGD", "BD"),
    ("BGR", "BG"),
    ("BHR", "BH"),
    ("BHS", "BS"),
    ("BIH", "BA"),
    ("BLM", "BL"),
    ("BLR", "BY"),
    ("BLZ", "BZ"),
    ("BMU", "BM"),
    ("BOL", "BO"),
    ("BRA", "BR"),
    ("BRB", "BB"),
    ("BRN", "BN"),
    ("BTN", "BT"),
    ("BVT", "BV"),
    ("BWA", "BW"),
    ("CAF", "CF"),
    ("CAN", "CA"),
    ("CCK", "CC"),
    ("CHE", "CH"),
    ("CHL", "CL"),
    ("CHN", "CN"),
    ("CIV", "CI"),
    ("CMR", "CM"),
    ("COD", "CD"),
    ("COG", "CG"),
    ("COK", "CK"),
    ("COL", "CO"),
    ("COM", "KM"),
    ("CPV", "CV"),
    ("CRI", "CR"),
    ("CUB", "CU"),
    ("CUW", "CW"),
    ("CXR", "CX"),
    ("CYM", "KY"),
    ("CYP", "CY"),
    ("CZE", "CZ"),
    ("DEU", "DE"),
    ("DJI", "DJ"),
    ("DMA", "DM"),
    ("DNK", "DK"),
    ("DOM", "DO"),
    ("DZA", "DZ"),
    ("ECU", "EC"),
    ("EGY", "EG"),
    ("ERI", "ER"),
    ("ESH", "EH"),
    ("ESP", "ES"),
    ("EST", "EE"),
    ("ETH", "ET"),
    ("FIN", "FI"),
    ("FJI", "FJ"),
    ("FLK", "FK"),
    ("FRA", "FR"),
    ("FRO", "FO"),
    ("FSM", "FM"),
    ("GAB", "GA"),
    ("GBR", "GB"),
    ("GEO", "GE"),
    ("GGY", "GG"),
    ("GHA", "GH"),
    ("GIB", "GI"),
    ("GIN", "GN"),
    ("GLP", "GP"),
    ("GMB", "GM"),
    ("GNB", "GW"),
    ("GNQ", "GQ"),
    ("GRC", "GR"),
    ("GRD", "GD"),
    ("GRL", "GL"),
    ("GTM", "GT"),
    ("GUF", "GF"),
    ("GUM", "GU"),
    ("GUY", "GY"),
    ("HKG", "HK"),
    ("HMD", "HM"),
    ("HND", "HN"),
    ("HRV", "HR"),
    ("HTI", "HT"),
    ("HUN", "HU"),
    ("IDN", "ID"),
    ("IMN", "IM"),
    ("IND", "IN"),
    ("IOT", "IO"),
    ("IRL", "IE"),
    ("IRN", "IR"),
    ("IRQ", "IQ"),
    ("ISL", "IS"),
    ("ISR", "IL"),
    ("ITA", "IT"),
    ("JAM", "JM"),
    ("JEY", "JE"),
    ("JOR", "JO"),
    ("JPN", "JP"),
    ("KAZ", "KZ"),
    ("KEN", "KE"),
    ("KGZ", "KG"),
    ("KHM", "KH"),
    ("KIR", "KI"),
    ("KNA", "KN"),
    ("KOR", "KR"),
    ("KWT", "KW"),
    ("LAO", "LA"),
    ("LBN", "LB"),
    ("LBR", "LR"),
    ("LBY", "LY"),
    ("LCA", "LC"),
    ("LIE", "LI"),
    ("LKA", "LK"),
    ("LSO", "LS"),
    ("LTU", "LT"),
    ("LUX", "LU"),
    ("LVA", "LV"),
    ("MAC", "MO"),
    ("MAF", "MF"),
    ("MAR", "MA"),
    ("MCO", "MC"),
    ("MDA", "MD"),
    ("MDG", "MG"),
    ("MDV", "MV"),
    ("MEX", "MX"),
    ("MHL", "MH"),
    ("MKD", "MK"),
    ("MLI", "ML"),
    ("MLT", "MT"),
    ("MMR", "MM"),
    ("MNE", "ME"),
    ("MNG", "MN"),
    ("MNP", "MP"),
    ("MOZ", "MZ"),
    ("MRT", "MR"),
    ("MSR", "MS"),
    ("MTQ", "MQ"),
    ("MUS", "MU"),
    ("MWI", "MW"),
    ("MYS", "MY"),
    ("MYT", "YT"),
    ("NAM", "NA"),
    ("NCL", "NC"),
    ("NER", "NE"),
    ("NFK", "NF"),
    ("NGA", "NG"),
    ("NIC", "NI"),
    ("NIU", "NU"),
    ("NLD", "NL"),
    ("NOR", "NO"),
    ("NPL", "NP"),
    ("NRU", "NR"),
    ("NZL", "NZ"),
    ("OMN", "OM"),
    ("PAK", "PK"),
    ("PAN", "PA"),
    ("PCN", "PN"),
    ("PER", "PE"),
    ("PHL", "PH"),
    ("PLW", "PW"),
    ("PNG", "PG"),
    ("POL", "PL"),
    ("PRI", "PR"),
    ("PRK", "KP"),
    ("PRT", "PT"),
    ("PRY", "PY"),
    ("PSE", "PS"),
    ("PYF", "PF"),
    ("QAT", "QA"),
    ("REU", "RE"),
    ("ROU", "RO"),
    ("RUS", "RU"),
    ("RWA", "RW"),
    ("SAU", "SA"),
    ("SCG", "CS"),
    ("SDN", "SD"),
    ("SEN", "SN"),
    ("SGP", "SG"),
    ("SGS", "GS"),
    ("SHN", "SH"),
    ("SJM", "SJ"),
    ("SLB", "SB"),
    ("SLE", "SL"),
    ("SLV", "SV"),
    ("SMR", "SM"),
    ("SOM", "SO"),
    ("SPM", "PM"),
    ("SRB", "RS"),
    ("SSD", "SS"),
    ("STP", "ST"),
    ("SUR", "SR"),
    ("SVK", "SK"),
    ("SVN", "SI"),
    ("SWE", "SE"),
    ("SWZ", "SZ"),
    ("SXM", "SX"),
    ("SYC", "SC"),
    ("SYR", "SY"),
    ("TCA", "TC"),
    ("TCD", "TD"),
    ("TGO", "TG"),
    ("THA", "TH"),
    ("TJK", "TJ"),
    ("TKL", "TK"),
    ("TKM", "TM"),
    ("TLS", "TL"),
    ("TON", "TO"),
    ("TTO", "TT"),
    ("TUN", "TN"),
    ("TUR", "TR"),
    ("TUV", "TV"),
    ("TWN", "TW"),
    ("TZA", "TZ"),
    ("UGA", "UG"),
    ("UKR", "UA"),
    ("UMI", "UM"),
    ("URY", "UY"),
    ("USA", "US"),
    ("UZB", "UZ"),
    ("VAT", "VA"),
    ("VCT", "VC"),
    ("VEN", "VE"),
    ("VGB", "VG"),
    ("VIR", "VI"),
    ("VNM", "VN"),
    ("VUT", "VU"),
    ("WLF", "WF"),
    ("WSM", "WS"),
    ("XKX", "XK"),
    ("YEM", "YE"),
    ("ZAF", "ZA"),
    ("ZMB", "ZM"),
    ("ZWE", "ZW"),
];

/// CAMEO country codes that are not ISO alpha-3 codes.
const CAMEO_EXTRA: &[(&str, &str)] = &[("KSV", "XK"), ("TMP", "TL"), ("ROM", "RO"), ("SRP", "RS")];

/// The ISO alpha-2 code of a CAMEO/ISO alpha-3 country code, if it names a current country.
pub fn iso2_of_cameo(code: &str) -> Option<&'static str> {
    if let Ok(i) = ISO3_TO_ISO2.binary_search_by(|(a, _)| (*a).cmp(code)) {
        return Some(ISO3_TO_ISO2[i].1);
    }
    CAMEO_EXTRA
        .iter()
        .find(|(a, _)| *a == code)
        .map(|(_, b)| *b)
}

/// The CAMEO actor code of an ISO alpha-2 country and a sector word: (`PK`, `military`) ->
/// `PAKMIL`.
pub fn cameo_of(iso2: &str, sector: &str) -> Option<String> {
    let country = ISO3_TO_ISO2
        .iter()
        .find(|(_, b)| *b == iso2)
        .map(|(a, _)| *a)?;
    let code = SECTORS
        .iter()
        .find(|(_, s)| *s == sector)
        .map(|(c, _)| *c)?;
    Some(format!("{country}{code}"))
}

/// CAMEO sector (agent) codes and the sector word dossier reports for each.
const SECTORS: &[(&str, &str)] = &[
    ("MIL", "military"),
    ("GOV", "government"),
    ("LEG", "legislature"),
    ("JUD", "judiciary"),
    ("COP", "police"),
    ("SPY", "intelligence"),
    ("REB", "rebel"),
    ("IMG", "militant"),
    ("UAF", "armed group"),
    ("INS", "insurgent"),
    ("OPP", "opposition"),
    ("PTY", "party"),
    ("ELI", "elite"),
    ("BUS", "business"),
    ("MNC", "business"),
    ("EDU", "education"),
    ("MED", "media"),
    ("HLH", "health"),
    ("CVL", "civilian"),
    ("AGR", "agriculture"),
    ("LAB", "labour"),
    ("REL", "religion"),
    ("CRM", "criminal"),
    ("REF", "refugees"),
    ("HRI", "human rights"),
    ("ENV", "environment"),
    ("DEV", "development"),
    ("NGO", "ngo"),
    ("IGO", "igo"),
];

/// The sector word of a three-letter CAMEO sector code (`MIL` -> `military`).
pub fn sector_of_code(code: &str) -> Option<&'static str> {
    SECTORS.iter().find(|(c, _)| *c == code).map(|(_, s)| *s)
}

/// A CAMEO actor code split into its country and sectors: `PAKGOVMIL` -> (`PK`, [gov, mil]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DecodedCode {
    /// ISO alpha-2 of the leading country code, if there is one.
    pub country: Option<&'static str>,
    /// Sector words in code order (`government`, `military`).
    pub sectors: Vec<&'static str>,
}

/// Splits a CAMEO code into three-letter chunks and reads its country and sectors.
pub fn decode_cameo(code: &str) -> DecodedCode {
    let chunks: Vec<&str> = (0..code.len() / 3)
        .filter_map(|i| code.get(i * 3..i * 3 + 3))
        .collect();
    let mut country = None;
    let mut sectors = Vec::new();
    for (i, chunk) in chunks.iter().enumerate() {
        if i == 0 {
            if let Some(c) = iso2_of_cameo(chunk) {
                country = Some(c);
                continue;
            }
        }
        if let Some(s) = sector_of_code(chunk) {
            if !sectors.contains(&s) {
                sectors.push(s);
            }
        }
    }
    DecodedCode { country, sectors }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decodes_country_and_sectors() {
        assert!(ISO3_TO_ISO2.windows(2).all(|w| w[0].0 < w[1].0));
        assert_eq!(iso2_of_cameo("PAK"), Some("PK"));
        assert_eq!(iso2_of_cameo("LBY"), Some("LY"));
        let d = decode_cameo("PAKGOVMIL");
        assert_eq!(d.country, Some("PK"));
        assert_eq!(d.sectors, vec!["government", "military"]);
        let d = decode_cameo("IGOUNO");
        assert_eq!(d.country, None);
        assert_eq!(d.sectors, vec!["igo"]);
        // MED is both a CAMEO region code (Mediterranean) and the media sector; as a leading
        // chunk it is not a country.
        assert_eq!(decode_cameo("MEDGOV").country, None);
    }
}
