//! dossier's document store.
//!
//! [`DocumentStore`] is the storage interface the rest of dossier uses; it speaks only in
//! model types ([`Document`], [`DocId`]) and this crate's plain records, never in a
//! backend's types, so a PostgreSQL backend can implement it later. [`SqliteStore`] is the
//! embedded implementation: one SQLite file (WAL journal), the full documents as versioned
//! JSON, indexed columns for listing, and an FTS5 full-text index for [`DocumentStore::search`].

mod error;
mod query;
mod schema;
mod sqlite;

pub use error::{BackendError, StoreError};
pub use sqlite::SqliteStore;

use dossier_model::{
    DocId, Document, DocumentEntities, DocumentEvents, Entity, EntityType, Event, PartialDate,
    SourceFormat,
};
use serde::Serialize;

/// Marks the start of a matched term in [`SearchHit::snippet`].
pub const SNIPPET_MATCH_START: &str = "[";
/// Marks the end of a matched term in [`SearchHit::snippet`].
pub const SNIPPET_MATCH_END: &str = "]";
/// Stands for text left out at either end of [`SearchHit::snippet`].
pub const SNIPPET_ELLIPSIS: &str = "…";

/// Fewest characters an id prefix must have for [`DocumentStore::get_document`].
pub const MIN_ID_PREFIX: usize = 4;

/// What [`DocumentStore::put_documents`] did with each document of a batch.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct PutReport {
    /// Ids newly stored, in batch order.
    pub added: Vec<DocId>,
    /// Ids that were already stored (or appeared earlier in the same batch); nothing was
    /// written for them.
    pub unchanged: Vec<DocId>,
}

/// Which documents [`DocumentStore::list_documents`] returns.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DocListQuery {
    /// Most documents to return.
    pub limit: usize,
    /// Documents to skip first (for paging).
    pub offset: usize,
    /// Only documents of this outlet name (exact, ASCII case-insensitive).
    pub outlet: Option<String>,
    /// Only documents whose dominant language is this ISO 639-1 code.
    pub lang: Option<String>,
    /// Only documents published on or after this date. A document whose date is known only
    /// to the month or year is kept when that month or year reaches the bound; documents
    /// with no known date are left out whenever `since` or `until` is set.
    pub since: Option<PartialDate>,
    /// Only documents published on or before this date (inclusive at its own precision:
    /// `2025-07` keeps everything in July 2025). Coarse document dates as for `since`.
    pub until: Option<PartialDate>,
}

impl Default for DocListQuery {
    /// The 50 newest documents, unfiltered.
    fn default() -> Self {
        DocListQuery {
            limit: 50,
            offset: 0,
            outlet: None,
            lang: None,
            since: None,
            until: None,
        }
    }
}

/// One line of a document listing.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct DocSummary {
    /// The document id.
    pub id: DocId,
    /// The headline, when known.
    pub headline: Option<String>,
    /// The outlet's name, when known.
    pub outlet: Option<String>,
    /// Publication date as `YYYY-MM-DD`, `YYYY-MM` or `YYYY`; `None` when unknown.
    pub published: Option<String>,
    /// Dominant language of the body (ISO 639-1, `und` when unknown).
    pub language: String,
    /// The file the document was read from.
    pub source_path: String,
    /// The format it was read as.
    pub format: SourceFormat,
    /// Body length in bytes.
    pub body_len: usize,
    /// Number of sentences.
    pub n_sentences: usize,
}

/// Which entities [`DocumentStore::list_entities`] returns.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EntityQuery {
    /// Most entities to return.
    pub limit: usize,
    /// Entities to skip first (for paging).
    pub offset: usize,
    /// Only entities of this type.
    pub kind: Option<EntityType>,
    /// Only entities one of whose names contains this text (ASCII case-insensitive).
    pub name: Option<String>,
    /// Only entities of this document.
    pub doc_id: Option<DocId>,
}

impl Default for EntityQuery {
    /// The first 100 entities, unfiltered.
    fn default() -> Self {
        EntityQuery {
            limit: 100,
            offset: 0,
            kind: None,
            name: None,
            doc_id: None,
        }
    }
}

/// Filters for [`DocumentStore::list_events`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EventQuery {
    /// Most events to return.
    pub limit: usize,
    /// Events to skip first (for paging).
    pub offset: usize,
    /// Only events of this PLOVER type (`CONSULT`) or kind (`ceremony`).
    pub event_type: Option<String>,
    /// Only events one of whose participants' names contains this text (case-insensitive).
    pub actor: Option<String>,
    /// Only events whose place (name, city or country code) contains this text.
    pub place: Option<String>,
    /// Only events dated on or after this date (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`).
    pub since: Option<String>,
    /// Only events dated on or before this date.
    pub until: Option<String>,
    /// Only events of this document.
    pub doc_id: Option<DocId>,
}

impl Default for EventQuery {
    /// The first 100 events, unfiltered.
    fn default() -> Self {
        EventQuery {
            limit: 100,
            offset: 0,
            event_type: None,
            actor: None,
            place: None,
            since: None,
            until: None,
            doc_id: None,
        }
    }
}

/// One full-text search result.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SearchHit {
    /// The matching document.
    pub doc_id: DocId,
    /// Its headline, when known.
    pub headline: Option<String>,
    /// Its outlet's name, when known.
    pub outlet: Option<String>,
    /// A short extract around the best match, matched terms wrapped in
    /// [`SNIPPET_MATCH_START`] and [`SNIPPET_MATCH_END`], cut ends marked with
    /// [`SNIPPET_ELLIPSIS`]. Display text only: it is not a span of the body (Arabic-script
    /// vowel marks are removed in it).
    pub snippet: String,
    /// Relevance (BM25, headline matches weighted above body matches): higher is better.
    /// Comparable only between hits of the same search.
    pub score: f64,
}

/// The storage interface of dossier. Implementations must be transactional per call.
pub trait DocumentStore {
    /// Stores a batch of documents in one transaction.
    ///
    /// Every document is validated ([`Document::validate`]) first; an invalid one fails the
    /// whole batch with [`StoreError::InvalidDocument`]. A document whose id is already
    /// stored is not written again and is reported as unchanged. On any error nothing of the
    /// batch is stored and what was stored before is untouched.
    fn put_documents(&mut self, docs: &[Document]) -> Result<PutReport, StoreError>;

    /// The document with this id, or with this unique id prefix (at least
    /// [`MIN_ID_PREFIX`] hex digits, case-insensitive). `Ok(None)` when nothing matches;
    /// [`StoreError::AmbiguousId`] (listing candidates) when the prefix matches several;
    /// [`StoreError::InvalidId`] when the input is not hex or too short.
    fn get_document(&self, id_or_prefix: &str) -> Result<Option<Document>, StoreError>;

    /// Stored documents matching `query`, newest first: by publication date (unknown dates
    /// last), then most recently ingested first.
    fn list_documents(&self, query: &DocListQuery) -> Result<Vec<DocSummary>, StoreError>;

    /// How many documents are stored.
    fn count_documents(&self) -> Result<u64, StoreError>;

    /// Full-text search over headlines and bodies, best match first, at most `limit` hits.
    ///
    /// Query syntax: plain words must all match; `"quoted phrases"` match as phrases; `OR`
    /// (upper case) between two terms matches either, binding tighter than the implicit AND
    /// (`Arnor Gondor OR Rohan` is `Arnor AND (Gondor OR Rohan)`); a word ending in `*` is a
    /// prefix. Any other punctuation is just text (split into words like the indexed text),
    /// never syntax, so no input can cause a query syntax error. Matching ignores case and
    /// diacritics (Latin accents, Arabic-script vowel marks). Input with no letter or digit
    /// returns no hits.
    fn search(&self, query: &str, limit: usize) -> Result<Vec<SearchHit>, StoreError>;

    /// Stores what the entities stage derived from documents already stored, replacing what
    /// an earlier run stored for the same documents, in one transaction. `pipeline` is the
    /// version of the stage that produced them. A document that is not stored fails the
    /// whole batch.
    fn put_entities(&mut self, batch: &[DocumentEntities], pipeline: u32)
        -> Result<(), StoreError>;

    /// The ids among `ids` that have no entities stored by `pipeline` (or a newer one):
    /// the documents the entities stage still has to see.
    fn missing_entities(&self, ids: &[DocId], pipeline: u32) -> Result<Vec<DocId>, StoreError>;

    /// What the entities stage stored for one document (exact id).
    fn get_entities(&self, doc_id: &DocId) -> Result<Option<DocumentEntities>, StoreError>;

    /// Stored entities matching `query`, in document ingest order, then document order.
    fn list_entities(&self, query: &EntityQuery) -> Result<Vec<Entity>, StoreError>;

    /// Stores the events of a batch of documents in one transaction, replacing earlier ones;
    /// `pipeline` is the version of the events stage that produced them.
    fn put_events(&mut self, batch: &[DocumentEvents], pipeline: u32) -> Result<(), StoreError>;

    /// The documents among `ids` with no events coded by `pipeline` or newer.
    fn missing_events(&self, ids: &[DocId], pipeline: u32) -> Result<Vec<DocId>, StoreError>;

    /// The events of one document, if coded.
    fn get_events(&self, doc_id: &DocId) -> Result<Option<DocumentEvents>, StoreError>;

    /// Events across documents, in document order, filtered.
    fn list_events(&self, query: &EventQuery) -> Result<Vec<Event>, StoreError>;

    /// Records where the story clustering put a batch of documents, in one transaction, after
    /// renaming every story in `merged` (`(from, into)`) to the story it was merged into.
    /// Rows for documents already clustered are replaced (keeping their arrival order); new
    /// rows are appended in the order given. A document that is not stored fails the batch.
    fn put_story_memberships(
        &mut self,
        rows: &[StoryMembership],
        merged: &[(String, String)],
        pipeline: u32,
    ) -> Result<(), StoreError>;

    /// The documents among `ids` not clustered by `pipeline` or newer.
    fn missing_stories(&self, ids: &[DocId], pipeline: u32) -> Result<Vec<DocId>, StoreError>;

    /// Story memberships in arrival order: of one story, or of every clustered document.
    fn story_memberships(&self, story: Option<&str>) -> Result<Vec<StoryMembership>, StoreError>;

    /// The story of one document, if it has been clustered.
    fn story_of(&self, doc_id: &DocId) -> Result<Option<String>, StoreError>;

    /// Keeps `bytes`, the state of the story index of clustering version `pipeline` after the
    /// memberships stored so far, in place of any earlier one (one transaction: the old state
    /// stays whole if writing fails). The next run reads it back instead of rebuilding the
    /// index from every stored membership.
    fn put_story_snapshot(&mut self, pipeline: u32, bytes: &[u8]) -> Result<(), StoreError>;

    /// The state last kept by [`DocumentStore::put_story_snapshot`] for `pipeline`, if any.
    fn story_snapshot(&self, pipeline: u32) -> Result<Option<Vec<u8>>, StoreError>;
}

/// One document's place in the story clustering.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct StoryMembership {
    pub doc_id: DocId,
    pub story_id: String,
    /// The earlier document this one reprints, if any.
    pub near_duplicate_of: Option<DocId>,
    /// The JSON of the features the clustering compared.
    pub features: String,
}
