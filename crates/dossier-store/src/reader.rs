//! [`StoreReader`]: every read of the store. Whoever only shows what is stored (the query
//! views, the server's read requests, the CLI's listings) takes this trait, so it cannot
//! write; the pipeline also reads through it to find the documents a stage still has to see.

use crate::error::StoreError;
use crate::opinion_records::DocumentOpinions;
use crate::records::{
    DocListQuery, DocSummary, EntityQuery, EventQuery, ReconciliationKey, SearchHit,
    StoryMembership, StoryReconciliation,
};
use dossier_model::{DocId, Document, DocumentEntities, DocumentEvents, Entity, Event};

/// The reads of dossier's storage interface. Each call sees the store as committed when it
/// starts (writes of other handles and processes included).
pub trait StoreReader {
    /// The document with this id, or with this unique id prefix (at least
    /// [`crate::MIN_ID_PREFIX`] hex digits, case-insensitive). `Ok(None)` when nothing
    /// matches; [`StoreError::AmbiguousId`] (listing candidates) when the prefix matches
    /// several; [`StoreError::InvalidId`] when the input is not hex or too short.
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

    /// The ids among `ids` that have no entities stored by `pipeline` (or a newer one):
    /// the documents the entities stage still has to see.
    fn missing_entities(&self, ids: &[DocId], pipeline: u32) -> Result<Vec<DocId>, StoreError>;

    /// What the entities stage stored for one document (exact id); `None` when the document
    /// has not been analysed.
    fn get_entities(&self, doc_id: &DocId) -> Result<Option<DocumentEntities>, StoreError>;

    /// Stored entities matching `query`, in document ingest order, then document order.
    fn list_entities(&self, query: &EntityQuery) -> Result<Vec<Entity>, StoreError>;

    /// The documents among `ids` with no events coded by `pipeline` or newer.
    fn missing_events(&self, ids: &[DocId], pipeline: u32) -> Result<Vec<DocId>, StoreError>;

    /// The events of one document; `None` when it has not been coded.
    fn get_events(&self, doc_id: &DocId) -> Result<Option<DocumentEvents>, StoreError>;

    /// Events across documents, in document order, filtered.
    fn list_events(&self, query: &EventQuery) -> Result<Vec<Event>, StoreError>;

    /// The documents among `ids` with no opinions stored by `pipeline` or newer.
    fn missing_opinions(&self, ids: &[DocId], pipeline: u32) -> Result<Vec<DocId>, StoreError>;

    /// The opinion stage's verdict on every sentence of one document; `None` when the
    /// document has not been analysed (stored before the stage existed, or before a crash).
    fn get_opinions(&self, doc_id: &DocId) -> Result<Option<DocumentOpinions>, StoreError>;

    /// The documents among `ids` not clustered by `pipeline` or newer.
    fn missing_stories(&self, ids: &[DocId], pipeline: u32) -> Result<Vec<DocId>, StoreError>;

    /// Story memberships in arrival order: of one story, or of every clustered document.
    fn story_memberships(&self, story: Option<&str>) -> Result<Vec<StoryMembership>, StoreError>;

    /// The story of one document, if it has been clustered.
    fn story_of(&self, doc_id: &DocId) -> Result<Option<String>, StoreError>;

    /// The state last kept by [`crate::StoreWriter::put_story_snapshot`] for `pipeline`, if
    /// any.
    fn story_snapshot(&self, pipeline: u32) -> Result<Option<Vec<u8>>, StoreError>;

    /// The reconciliation the pipeline stored for one story, whichever memberships it was
    /// computed from (compare its `members` with [`StoryMembership::key_of`] the story's
    /// present memberships); `None` when the story has not been reconciled.
    fn get_reconciliation(&self, story_id: &str)
        -> Result<Option<StoryReconciliation>, StoreError>;

    /// The story, stage version and membership key of every stored reconciliation, by story.
    fn reconciliation_keys(&self) -> Result<Vec<ReconciliationKey>, StoreError>;

    /// Every story of the store with the [`crate::membership_key`] of its present
    /// memberships, by story.
    fn story_keys(&self) -> Result<Vec<(String, String)>, StoreError>;

    /// The store's write generation: a number that changes with every write transaction that
    /// commits, whichever handle or process wrote. Two reads that see the same generation see
    /// the same content, so a cache of views computed from the store is keyed by it.
    fn generation(&self) -> Result<u64, StoreError>;
}
