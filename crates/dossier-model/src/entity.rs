//! Entities found in one document: people with their roles, organisations, places, and the
//! dates and quantities the text states. Every record names its evidence: a document id and a
//! byte span of that document's body.

use crate::{DatedValue, DocId, PartialDate, Span};
use serde::{Deserialize, Serialize};

/// A piece of a document's body that supports a fact.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Mention {
    pub doc_id: DocId,
    pub start: usize,
    pub end: usize,
    pub text: String,
}

impl Mention {
    pub fn span(&self) -> Span {
        Span::new(self.start, self.end)
    }
}

/// What kind of thing an entity is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum EntityType {
    #[serde(rename = "PERSON")]
    Person,
    #[serde(rename = "ORG")]
    Organisation,
    #[serde(rename = "LOC")]
    Place,
    #[serde(rename = "MISC")]
    Misc,
}

impl EntityType {
    pub fn as_str(&self) -> &'static str {
        match self {
            EntityType::Person => "PERSON",
            EntityType::Organisation => "ORG",
            EntityType::Place => "LOC",
            EntityType::Misc => "MISC",
        }
    }
}

/// Where a role came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RoleSource {
    /// Stated in the article's text.
    Text,
    /// From an actor dictionary (PETRARCH2 / Phoenix), valid at the article's date.
    Dictionary,
}

/// A rank, title or role held by a person (or an organisation's affiliation), with its evidence.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Role {
    /// Normalised rank: `Lieutenant General`, `Admiral`, `Field Marshal`.
    pub rank: Option<String>,
    /// Title or office: `Chief of the Naval Staff`, `Prime Minister`.
    pub role: Option<String>,
    pub organisation: Option<String>,
    /// ISO 3166-1 alpha-2.
    pub country: Option<String>,
    /// `military`, `government`, `legislature`, `judiciary`, `police`, `rebel`, `business`, ...
    pub sector: Option<String>,
    /// The date the role is attested at (the article's date).
    pub date: Option<PartialDate>,
    pub source: RoleSource,
    /// The text that states the role (for dictionary roles: the name mention it was looked up by).
    pub evidence: Mention,
}

/// Where a place is.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PlaceInfo {
    /// `city`, `country`, `continent`, `sea`, `region`, `facility`, `admin`.
    pub kind: String,
    pub country: Option<String>,
    /// Coordinates only when the gazetteer gives them (no coordinates without evidence).
    pub lat: Option<f64>,
    pub lon: Option<f64>,
    /// `facility`, `city`, `region`, `country`, `continent`.
    pub precision: String,
    pub geonames_id: Option<u64>,
    /// For a facility, the city it is in (name), when the text says so.
    pub within: Option<String>,
    /// How sure the resolution is (0..=1).
    pub confidence: f32,
}

/// One real-world entity as seen in one document: all its surface forms and mentions.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Entity {
    /// `{doc_id}:{n}`, stable for a given document and pipeline version.
    pub id: String,
    #[serde(rename = "type")]
    pub kind: EntityType,
    /// The fullest name used in the document.
    pub name: String,
    /// Every surface form, fullest first.
    pub names: Vec<String>,
    pub country: Option<String>,
    pub sector: Option<String>,
    /// CAMEO-style actor code where country and sector are known: `PAKMIL`, `LBYMIL`, `PAKGOV`.
    pub actor_code: Option<String>,
    pub roles: Vec<Role>,
    pub place: Option<PlaceInfo>,
    pub mentions: Vec<Mention>,
}

/// A date or time expression and what it resolves to.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DateMention {
    pub mention: Mention,
    pub value: DatedValue,
    /// `absolute`, `relative`, `unresolved`.
    pub resolution: String,
    pub confidence: f32,
}

/// A number with a unit or counted noun: money, percentages, quantities.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct QuantityMention {
    pub mention: Mention,
    /// `money`, `percent`, `quantity`, `time`.
    pub kind: String,
    pub value: Option<f64>,
    /// Currency code, `%`, or the counted noun (`cadets`, `frigates`).
    pub unit: Option<String>,
}

/// What the entities stage derives from one document.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DocumentEntities {
    pub doc_id: DocId,
    pub entities: Vec<Entity>,
    pub dates: Vec<DateMention>,
    pub quantities: Vec<QuantityMention>,
}
