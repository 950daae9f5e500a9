//! dossier's data model: the typed records that flow between stages.
//!
//! Everything a later stage reports points back into a [`Document`]'s `body` through a
//! [`Span`] (byte offsets into the stored, NFC-normalised UTF-8 body). The JSON form of a
//! document is versioned by [`SCHEMA_VERSION`].

mod date;
mod document;
mod entity;
mod event;
mod reconcile;
mod span;

pub use date::{DatePrecision, DatedValue, PartialDate};
pub use document::{
    body_hash, normalise_body, ChromeKind, DocId, Document, DocumentError, EmbeddedPost, Evidence,
    Outlet, Paragraph, RemovedText, Sentence, SourceFormat, SourceRef,
};
pub use entity::{
    DateMention, DocumentEntities, Entity, EntityType, Mention, PlaceInfo, QuantityMention, Role,
    RoleSource,
};
pub use event::{
    Claimant, DocumentEvents, Event, EventActor, EventDate, EventPlace, EventSource, EventStatus,
    EvidenceSpan, ParticipantRole, TopicMention,
};
pub use reconcile::{
    CanonicalEvent, Claim, ClaimedValue, Discrepancy, EntityRef, FieldClaims, Reconciliation,
    ResolvedEntity, Visit,
};
pub use span::Span;

/// Version of the serialised [`Document`] JSON. Bumped on any incompatible change.
pub const SCHEMA_VERSION: u32 = 1;
