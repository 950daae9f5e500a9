//! The armed services and the sector names the title and organisation tables label their
//! entries with. Kept apart so that each table module shares these labels without depending
//! on another table.

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

/// Sector names used in the tables.
pub(super) const MIL: &str = "military";
pub(super) const GOV: &str = "government";
pub(super) const LEG: &str = "legislature";
pub(super) const JUD: &str = "judiciary";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn services_have_readable_names_and_snake_case_json() {
        assert_eq!(Service::AirForce.as_str(), "air force");
        assert_eq!(Service::Joint.as_str(), "joint");
        let json = serde_json::to_string(&Service::AirForce).unwrap_or_default();
        assert_eq!(json, "\"air_force\"");
        let back: Option<Service> = serde_json::from_str("\"navy\"").ok();
        assert_eq!(back, Some(Service::Navy));
    }

    #[test]
    fn sector_labels_are_lower_case_words() {
        for s in [MIL, GOV, LEG, JUD] {
            assert_eq!(s, s.to_lowercase());
            assert!(!s.contains(' '));
        }
    }
}
