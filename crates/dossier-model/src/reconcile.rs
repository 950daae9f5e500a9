//! Records of the reconciliation stage: what several outlets say about the same people and the
//! same events. A [`ResolvedEntity`] joins the per-document entities that are one person,
//! organisation or place; a [`CanonicalEvent`] joins the per-document event mentions of one real
//! event and lists, per source, the value each field takes there with its evidence span; a
//! [`Discrepancy`] names a field on which sources disagree, with every side's evidence.

use crate::{DocId, EntityType, Event, EvidenceSpan};
use serde::{Deserialize, Serialize};

/// One source's statement of a value, with the sentence or phrase that states it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Claim {
    pub doc_id: DocId,
    pub outlet: Option<String>,
    /// The value as the source states it, normalised for comparison ("2026-03-03", "Muscat",
    /// "Lieutenant General", "12").
    pub value: String,
    pub evidence: EvidenceSpan,
}

/// A per-document entity that is part of a resolved entity.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct EntityRef {
    pub doc_id: DocId,
    pub entity_id: String,
}

/// One person, organisation or place across documents.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ResolvedEntity {
    /// Stable id derived from the type and the fullest name (`person:saddam-khalifa-haftar`).
    pub id: String,
    #[serde(rename = "type")]
    pub kind: EntityType,
    /// The fullest name any source gives, without titles.
    pub name: String,
    /// Every surface form, titled or not, in any script.
    pub names: Vec<String>,
    pub country: Option<String>,
    pub sector: Option<String>,
    /// Ranks stated by the sources, one claim per document and rank.
    pub ranks: Vec<Claim>,
    /// Roles and offices stated by the sources ("Chief of the Naval Staff").
    pub roles: Vec<Claim>,
    /// The per-document entities joined here.
    pub members: Vec<EntityRef>,
    /// Number of documents that mention the entity.
    pub documents: usize,
}

/// Sources disagree on one field of one event or entity.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Discrepancy {
    /// `date`, `place`, `rank` or `number`.
    pub kind: String,
    /// The canonical event id or resolved entity id the field belongs to.
    pub subject: String,
    /// What is disputed, in words ("date", "rank", "number of cadets").
    pub field: String,
    /// The competing values, each with the claims that state it.
    pub values: Vec<ClaimedValue>,
}

/// One side of a discrepancy.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ClaimedValue {
    pub value: String,
    pub claims: Vec<Claim>,
}

/// Per-source values of the fields of a canonical event.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct FieldClaims {
    /// Participants: value is `role:resolved-entity-id`.
    pub actors: Vec<Claim>,
    /// Place: value is the place name, city in parentheses when known.
    pub place: Vec<Claim>,
    /// Date: value is the ISO date at the precision the source gives.
    pub date: Vec<Claim>,
    /// Counted quantities stated in the event's evidence: value is `N noun`.
    pub numbers: Vec<Claim>,
}

/// One real event as reported by one or more documents.
///
/// The flattened [`Event`] holds the reconciled values (its `sources` list every reporting
/// document; its actors' `entity_id`s are resolved entity ids); `claims` holds what each source
/// says field by field.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CanonicalEvent {
    #[serde(flatten)]
    pub event: Event,
    pub story_id: Option<String>,
    /// Number of independent outlets reporting the event (reprints and copies count once).
    pub corroboration: usize,
    /// True when one outlet alone reports the event.
    pub single_source: bool,
    /// The per-document event mentions merged here (`docid:eN`).
    pub mentions: Vec<String>,
    pub claims: FieldClaims,
    pub discrepancies: Vec<Discrepancy>,
    /// The visit this event is part of, if any.
    pub visit: Option<String>,
}

/// A visit: the events of one visitor in one host country in one month.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Visit {
    pub id: String,
    /// Resolved entity id of the visitor.
    pub visitor: String,
    pub visitor_name: String,
    /// ISO 3166 alpha-2 code of the host country.
    pub country: String,
    /// `YYYY-MM`.
    pub month: String,
    /// Canonical event ids, in date order.
    pub parts: Vec<String>,
}

/// Everything reconciled about one set of documents (a story, or the whole store).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Reconciliation {
    pub entities: Vec<ResolvedEntity>,
    pub events: Vec<CanonicalEvent>,
    pub visits: Vec<Visit>,
    /// Every discrepancy, on events and on entities.
    pub discrepancies: Vec<Discrepancy>,
}
