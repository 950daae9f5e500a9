//! Events: who did what to whom, where, when and about what, coded in the PLOVER ontology, each
//! with the byte spans of the sentences that support it.
//!
//! An [`Event`] as produced by the events stage has one [`EventSource`] (the document it was
//! coded from); the reconciliation stage merges events of several documents into one record with
//! one source per document. Every field that was read from text carries its evidence span.

use crate::{DatePrecision, DocId, PartialDate, Span};
use serde::{Deserialize, Serialize};

/// A piece of supporting text: byte offsets into the stored body of a document and the text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct EvidenceSpan {
    pub start: usize,
    pub end: usize,
    pub text: String,
}

impl EvidenceSpan {
    /// The span of `body` between `start` and `end` (empty text if the range is not valid).
    pub fn of(body: &str, span: Span) -> Self {
        EvidenceSpan {
            start: span.start,
            end: span.end,
            text: body.get(span.start..span.end).unwrap_or("").to_string(),
        }
    }

    pub fn span(&self) -> Span {
        Span::new(self.start, self.end)
    }
}

/// The part a participant plays in an event.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ParticipantRole {
    /// PLOVER's actor (CAMEO's source): who does it.
    Actor,
    /// PLOVER's recipient (CAMEO's target): to whom.
    Recipient,
}

impl ParticipantRole {
    pub fn as_str(&self) -> &'static str {
        match self {
            ParticipantRole::Actor => "actor",
            ParticipantRole::Recipient => "recipient",
        }
    }
}

/// One participant of an event.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EventActor {
    /// The resolved entity (`{doc}:{n}`), when the participant is one; `None` for a generic
    /// participant such as "Gondorian officials".
    pub entity_id: Option<String>,
    pub name: String,
    pub role: ParticipantRole,
    /// ISO 3166 alpha-2.
    pub country: Option<String>,
    /// `military`, `government`, `rebel`, ...
    pub sector: Option<String>,
    /// CAMEO-style actor code: `PAKMIL`, `LBYGOV`, `IGO`.
    pub actor_code: Option<String>,
    /// The host of a visit (`mode` = `visit`), when the text makes it clear.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub host: bool,
    /// Where the text names the participant in the event sentence (or the sentence an
    /// anaphor such as "the two leaders" points back to).
    pub evidence: EvidenceSpan,
}

/// Where an event took place.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EventPlace {
    pub entity_id: Option<String>,
    /// The most specific name the text gives: a facility, a city or a country.
    pub name: String,
    /// The city (for a facility, the city it is in).
    pub city: Option<String>,
    pub country: Option<String>,
    pub lat: Option<f64>,
    pub lon: Option<f64>,
    /// `facility`, `city`, `region`, `country`.
    pub precision: String,
    pub evidence: EvidenceSpan,
}

/// When an event took place.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EventDate {
    pub value: PartialDate,
    pub precision: DatePrecision,
    /// How the value was obtained: `absolute`, `relative` (resolved against the publication
    /// date), `post_date` (the date of the embedded post that reports it), `context` (carried
    /// from an earlier sentence about the same visit or place).
    pub resolution: String,
    pub evidence: EvidenceSpan,
}

/// What the text says about the reality of an event.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum EventStatus {
    /// Reported as having happened.
    Reported,
    /// Announced, intended or expected (future); PLOVER codes intent to act as AGREE or
    /// THREATEN.
    Announced,
    /// Reported as not having happened.
    Negated,
    /// A condition or possibility ("if", "could").
    Hypothetical,
}

impl EventStatus {
    pub fn as_str(&self) -> &'static str {
        match self {
            EventStatus::Reported => "reported",
            EventStatus::Announced => "announced",
            EventStatus::Negated => "negated",
            EventStatus::Hypothetical => "hypothetical",
        }
    }
}

/// Who made a claim, when it is not the outlet itself ("according to ISPR", a quoted speaker,
/// the author of an embedded post).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Claimant {
    pub name: String,
    pub entity_id: Option<String>,
    /// `statement` (according to, a press release by), `speech` (quoted or said), `post` (an
    /// embedded social-media post).
    pub kind: String,
    pub evidence: EvidenceSpan,
}

/// One document's report of an event.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EventSource {
    pub doc_id: DocId,
    pub outlet: Option<String>,
    /// The claimants the document attributes the report to.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub claimed_by: Vec<Claimant>,
    /// The words that express the event ("held a meeting with", "was received by").
    pub triggers: Vec<EvidenceSpan>,
    /// The sentences that support the event (first: the sentence that states it).
    pub evidence: Vec<EvidenceSpan>,
}

/// A topic discussed or concerned, normalised ("maritime security"), with where it is said.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TopicMention {
    pub topic: String,
    pub evidence: EvidenceSpan,
}

/// One event.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Event {
    /// `{doc}:e{n}` for a document's event.
    pub id: String,
    /// One of the 16 PLOVER event types (`CONSULT`, `AGREE`, ...), or `None` for an occurrence
    /// PLOVER does not code (see `kind`).
    #[serde(rename = "type")]
    pub event_type: Option<String>,
    /// For events outside PLOVER: what they are (`ceremony`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<String>,
    /// The CAMEO code the event was coded with (`042`), used by the CAMEO export.
    pub cameo: Option<String>,
    pub mode: Option<String>,
    pub contexts: Vec<String>,
    pub status: EventStatus,
    pub actors: Vec<EventActor>,
    pub place: Option<EventPlace>,
    pub date: Option<EventDate>,
    pub topics: Vec<String>,
    #[serde(default)]
    pub topic_mentions: Vec<TopicMention>,
    pub sources: Vec<EventSource>,
    pub confidence: f32,
}

impl Event {
    /// The entity ids of the participants, sorted and without repeats.
    pub fn participant_ids(&self) -> Vec<&str> {
        let mut ids: Vec<&str> = self
            .actors
            .iter()
            .filter_map(|a| a.entity_id.as_deref())
            .collect();
        ids.sort_unstable();
        ids.dedup();
        ids
    }

    /// The participants with the given role.
    pub fn with_role(&self, role: ParticipantRole) -> impl Iterator<Item = &EventActor> {
        self.actors.iter().filter(move |a| a.role == role)
    }
}

/// The events coded from one document.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DocumentEvents {
    pub doc_id: DocId,
    pub events: Vec<Event>,
}
