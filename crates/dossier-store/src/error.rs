//! The store's error type. It names the store file and the reason, and carries no
//! backend (SQLite) types, so other backends can report through it too.

use dossier_model::DocumentError;
use std::path::PathBuf;

/// The underlying cause reported by a storage backend, kept opaque.
pub type BackendError = Box<dyn std::error::Error + Send + Sync + 'static>;

/// Everything that can go wrong in a store ([`crate::StoreReader`], [`crate::StoreWriter`]).
///
/// `store` fields hold the store's location (a file path, or `:memory:`).
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// The store file could not be opened or created.
    #[error("cannot open store {}: {reason}", store.display())]
    Open {
        /// The store file.
        store: PathBuf,
        /// Why, in words.
        reason: String,
    },

    /// The file exists but is not a SQLite database, or is a SQLite database that belongs to
    /// some other program.
    #[error("{} is not a dossier store: {reason}", store.display())]
    NotAStore {
        /// The file.
        store: PathBuf,
        /// What was found instead.
        reason: String,
    },

    /// The store was written by a newer dossier whose schema this build does not know.
    #[error(
        "store {} has schema version {found}, newer than the {supported} this build of dossier \
         supports; use a newer dossier",
        store.display()
    )]
    NewerSchema {
        /// The store file.
        store: PathBuf,
        /// The version found in the file.
        found: u32,
        /// The newest version this build knows.
        supported: u32,
    },

    /// A schema migration step failed; the store was left at its previous version.
    #[error("store {}: migrating the schema to version {version} failed: {source}", store.display())]
    Migration {
        /// The store file.
        store: PathBuf,
        /// The version the failed step would have reached.
        version: u32,
        /// The backend's reason.
        source: BackendError,
    },

    /// A document of a batch broke an invariant; the whole batch was rolled back.
    #[error("document {id} from {source_path} is invalid ({reason}); the batch was not stored")]
    InvalidDocument {
        /// The document's id as given.
        id: String,
        /// Where the document was read from.
        source_path: String,
        /// The broken invariant.
        reason: DocumentError,
    },

    /// Derived records (entities) were given for a document that is not stored.
    #[error("store {}: no stored document {id} for its derived records", store.display())]
    UnknownDocument {
        /// The store file.
        store: PathBuf,
        /// The document id the records name.
        id: String,
    },

    /// A document id or id prefix that cannot name a document.
    #[error("{input:?} is not a document id or id prefix: {reason}")]
    InvalidId {
        /// What was asked for.
        input: String,
        /// Why it is refused.
        reason: String,
    },

    /// An id prefix that matches more than one stored document.
    #[error(
        "document id prefix {prefix:?} is ambiguous; it matches {}{}",
        candidates.join(", "),
        if *truncated { ", ..." } else { "" }
    )]
    AmbiguousId {
        /// The prefix asked for.
        prefix: String,
        /// Ids that match it (the first few).
        candidates: Vec<String>,
        /// True when more ids match than are listed.
        truncated: bool,
    },

    /// A stored record could not be read back.
    #[error("store {}: stored record for document {id} is unreadable: {reason}", store.display())]
    CorruptRecord {
        /// The store file.
        store: PathBuf,
        /// The document whose record is damaged.
        id: String,
        /// What is wrong with it.
        reason: String,
    },

    /// Any other failure of the storage backend (I/O, locking, disk full, ...).
    #[error("store {}: {operation} failed: {source}", store.display())]
    Backend {
        /// The store file.
        store: PathBuf,
        /// What the store was doing.
        operation: &'static str,
        /// The backend's reason.
        source: BackendError,
    },
}
