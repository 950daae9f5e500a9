//! The store handle, [`SqliteStore`]: one SQLite connection and where it lives, with the
//! helpers every table module uses to report a backend failure. A leaf module: the table
//! modules and the trait implementations all build on it.

use crate::error::StoreError;
use rusqlite::Connection;
use std::fmt;
use std::path::{Path, PathBuf};

/// A store in one SQLite file (or in memory, for tests).
///
/// The file uses the WAL journal, so readers in other processes do not block the writer;
/// writers wait up to 10 seconds for each other. The schema is versioned with
/// `PRAGMA user_version` and migrated on open.
pub struct SqliteStore {
    pub(super) conn: Connection,
    pub(super) location: PathBuf,
}

impl fmt::Debug for SqliteStore {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("SqliteStore")
            .field("location", &self.location)
            .finish()
    }
}

/// An error-mapping closure for a backend failure during `operation`.
pub(super) fn backend<'a>(
    store: &'a Path,
    operation: &'static str,
) -> impl FnOnce(rusqlite::Error) -> StoreError + 'a {
    move |e| StoreError::Backend {
        store: store.to_path_buf(),
        operation,
        source: Box::new(e),
    }
}

/// A count or position as SQLite's integer (saturating: no length reaches `i64::MAX`).
pub(super) fn to_i64(n: usize) -> i64 {
    i64::try_from(n).unwrap_or(i64::MAX)
}

impl SqliteStore {
    /// Where the store lives: its file path, or `:memory:`.
    pub fn location(&self) -> &Path {
        &self.location
    }

    /// Closes the store, reporting any error SQLite meets while doing so (dropping the
    /// store also closes it, silently).
    pub fn close(self) -> Result<(), StoreError> {
        let SqliteStore { conn, location } = self;
        conn.close()
            .map_err(|(_, e)| backend(&location, "closing the store")(e))
    }
}
