//! The store handles a server works with: a pool of read-only handles that every read request
//! uses, and one writer that only `POST /api/ingest` uses, through the pipeline (none in
//! read-only mode). The server keeps no stage state of its own: the pipeline reads the story
//! index from the store at the start of each ingest and keeps it there at the end.

use crate::reader_pool::{Reader, ReaderPool};
use dossier_store::{SqliteStore, StoreError, StoreWriter};
use std::path::Path;

/// The writer and the readers of one store.
pub struct ServerStores {
    /// The one writer, for ingest; `None` in read-only mode.
    pub writer: Option<Box<dyn StoreWriter + Send>>,
    /// Read-only handles for every other request.
    pub readers: ReaderPool,
}

impl ServerStores {
    /// Opens the SQLite store at `path` (creating it, and migrating an older schema, as any
    /// dossier command does), then a pool of at most `readers` read-only handles on it,
    /// checking that one opens. With `read_only` the writer is closed again: the server then
    /// cannot write.
    pub fn open_sqlite(
        path: &Path,
        read_only: bool,
        readers: usize,
    ) -> Result<ServerStores, StoreError> {
        let writer = SqliteStore::open(path)?;
        let location = path.to_path_buf();
        let opener_path = location.clone();
        let pool = ReaderPool::new(
            location,
            readers,
            Box::new(move || {
                SqliteStore::open_read_only(&opener_path).map(|s| Box::new(s) as Reader)
            }),
        );
        let writer: Option<Box<dyn StoreWriter + Send>> = if read_only {
            writer.close()?;
            None
        } else {
            Some(Box::new(writer))
        };
        drop(pool.get()?);
        Ok(ServerStores {
            writer,
            readers: pool,
        })
    }
}
