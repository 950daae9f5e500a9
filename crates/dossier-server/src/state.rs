//! What every handler sees: the configuration, the store handles and the corpus cache.

use crate::config::ServerConfig;
use crate::reader_pool::ReaderPool;
use crate::stores::ServerStores;
use dossier_query::Corpus;
use dossier_store::StoreWriter;
use std::sync::{Arc, Mutex};

/// The application's state, shared by every request.
pub(crate) struct AppState {
    pub config: ServerConfig,
    /// The one writer (ingest only), one request at a time; `None` when read-only.
    pub writer: Option<Mutex<Box<dyn StoreWriter + Send>>>,
    /// Read-only handles for every read.
    pub readers: ReaderPool,
    /// Every canonical event and resolved entity, with the store's write generation it was
    /// built at: any write by any process moves the generation, and the next read rebuilds it.
    pub corpus: Mutex<Option<(u64, Arc<Corpus>)>>,
}

impl AppState {
    pub fn new(stores: ServerStores, config: ServerConfig) -> AppState {
        AppState {
            config,
            writer: stores.writer.map(Mutex::new),
            readers: stores.readers,
            corpus: Mutex::new(None),
        }
    }
}
