//! CAMEO code arithmetic for composed events: the two-digit root of a code, whether it is
//! conflictual, and the intent, request, refusal and threat codes that a governing verb
//! ("agreed to", "urged to", "refused to", "threatened to") makes of the action it governs.
//! Separate because these are pure functions of codes, shared by composition and verb lookup.

/// The two-digit root of a CAMEO code ("04" for "042"), or "" for a shorter code.
pub(super) fn root(code: &str) -> &str {
    code.get(..2).unwrap_or("")
}

/// Is the root conflictual (CAMEO 13, threaten, to 20, mass violence)?
pub(super) fn is_conflict_root(r: &str) -> bool {
    matches!(r, "13" | "14" | "15" | "16" | "17" | "18" | "19" | "20")
}

/// The THREATEN code for an announced conflictual action: military force (CAMEO 18-20) is
/// 138, anything else 130.
pub(super) fn threat_code(comp_root: &str) -> String {
    if matches!(comp_root, "18" | "19" | "20") {
        "138"
    } else {
        "130"
    }
    .to_string()
}

/// The intent code (CAMEO 03x) for an announced or agreed action with the given root: to meet
/// (036), to cooperate diplomatically (032), materially (031), to give aid (033), to yield
/// (035), or the generic 030.
pub(super) fn intent_code(comp_root: &str) -> String {
    match comp_root {
        "04" => "036",
        "05" => "032",
        "06" => "031",
        "07" => "033",
        "08" => "035",
        _ => "030",
    }
    .to_string()
}

/// The appeal (CAMEO 02x, when the governor is an appeal) or demand (10x) code for an action
/// asked of another party, with the same sub-code scheme as [`intent_code`].
pub(super) fn request_code(comp_root: &str, gov_root: &str) -> String {
    let base = if gov_root == "02" { "02" } else { "10" };
    let tail = match comp_root {
        "04" => "6",
        "05" => "2",
        "06" => "1",
        "07" => "3",
        "08" => "5",
        _ => "0",
    };
    format!("{base}{tail}")
}

/// The rejection code (CAMEO 12x) for a refused action with the given root.
pub(super) fn reject_code(comp_root: &str) -> String {
    match comp_root {
        "04" => "125",
        "06" => "121",
        "07" => "122",
        "08" => "124",
        _ => "120",
    }
    .to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_root_is_the_first_two_digits() {
        assert_eq!(root("0421"), "04");
        assert_eq!(root("19"), "19");
        assert_eq!(root("1"), "");
        assert_eq!(root(""), "");
    }

    #[test]
    fn conflict_roots_run_from_threats_to_mass_violence() {
        assert!(is_conflict_root("13"));
        assert!(is_conflict_root("20"));
        assert!(!is_conflict_root("12"));
        assert!(!is_conflict_root("04"));
    }

    #[test]
    fn military_force_is_a_military_threat() {
        assert_eq!(threat_code("19"), "138");
        assert_eq!(threat_code("18"), "138");
        assert_eq!(threat_code("16"), "130");
        assert_eq!(threat_code("14"), "130");
    }

    #[test]
    fn intent_request_and_rejection_follow_the_action() {
        assert_eq!(intent_code("04"), "036");
        assert_eq!(intent_code("07"), "033");
        assert_eq!(intent_code("19"), "030");
        assert_eq!(request_code("04", "02"), "026");
        assert_eq!(request_code("08", "10"), "105");
        assert_eq!(request_code("19", "12"), "100");
        assert_eq!(reject_code("06"), "121");
        assert_eq!(reject_code("05"), "120");
    }
}
