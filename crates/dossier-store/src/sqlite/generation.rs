//! The store's write generation (`store_generation`, schema version 7): raised by one inside
//! every write transaction, read by [`crate::StoreReader::generation`]. Its own module because
//! every table's writer raises it.

use super::handle::{backend, SqliteStore};
use crate::error::StoreError;
use rusqlite::Transaction;
use std::path::Path;

/// Raises the generation inside `tx`, so that it changes exactly when `tx` commits.
pub(super) fn raise(tx: &Transaction<'_>, location: &Path) -> Result<(), StoreError> {
    tx.execute("UPDATE store_generation SET n = n + 1 WHERE id = 0", [])
        .map_err(backend(location, "raising the store generation"))?;
    Ok(())
}

/// The generation last committed.
pub(super) fn read(store: &SqliteStore) -> Result<u64, StoreError> {
    let n: i64 = store
        .conn
        .query_row("SELECT n FROM store_generation WHERE id = 0", [], |r| {
            r.get(0)
        })
        .map_err(backend(&store.location, "reading the store generation"))?;
    u64::try_from(n).map_err(|_| StoreError::CorruptRecord {
        store: store.location.clone(),
        id: "store_generation".into(),
        reason: format!("negative generation {n}"),
    })
}
