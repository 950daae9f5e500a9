//! dossier's document store.
//!
//! The storage interface is split in two, as tantivy splits its index reader and writer:
//! [`StoreReader`] holds every read and [`StoreWriter`] (which reads too) every write, so
//! that the views (`dossier-query`, the server's reads) take a reader and cannot write, and
//! only the pipeline takes a writer. Both speak only in model types ([`Document`], [`DocId`],
//! ...) and this crate's plain records ([`PutReport`], [`DocListQuery`], [`SearchHit`],
//! [`DocumentOpinions`], ...), never in a backend's types, so a PostgreSQL backend can
//! implement them later. [`SqliteStore`] is the embedded implementation: one SQLite file (WAL
//! journal), the full documents as versioned JSON, indexed columns for listing, an FTS5
//! full-text index for [`StoreReader::search`], and a write generation
//! ([`StoreReader::generation`]) that every write transaction raises.
//!
//! [`Document`]: dossier_model::Document
//! [`DocId`]: dossier_model::DocId

mod error;
mod opinion_records;
mod query;
mod reader;
mod records;
mod schema;
mod sqlite;
mod writer;

pub use error::{BackendError, StoreError};
pub use opinion_records::{
    DocumentOpinions, OpinionAttribution, OpinionCue, OpinionScoreRecord, OpinionStance,
    SentenceOpinionRecord,
};
pub use reader::StoreReader;
pub use records::{
    membership_key, DocListQuery, DocSummary, EntityQuery, EventQuery, PutReport,
    ReconciliationKey, SearchHit, StoryMembership, StoryReconciliation, MIN_ID_PREFIX,
    SNIPPET_ELLIPSIS, SNIPPET_MATCH_END, SNIPPET_MATCH_START,
};
pub use sqlite::SqliteStore;
pub use writer::StoreWriter;

/// The name the storage interface had before it was split: the writer, which reads too.
/// Code that wrote through it keeps compiling; new code names [`StoreReader`] or
/// [`StoreWriter`].
pub use writer::StoreWriter as DocumentStore;
