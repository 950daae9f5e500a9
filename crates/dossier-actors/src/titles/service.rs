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
