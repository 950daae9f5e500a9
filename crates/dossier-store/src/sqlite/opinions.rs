//! The opinion stage's table: one `document_opinions` row per document the stage has seen,
//! its verdict on every sentence as JSON, with the stage version.

use super::generation;
use super::handle::{backend, SqliteStore};
use crate::error::StoreError;
use crate::opinion_records::DocumentOpinions;
use rusqlite::{params, TransactionBehavior};

pub(super) fn put(
    store: &mut SqliteStore,
    batch: &[DocumentOpinions],
    pipeline: u32,
) -> Result<(), StoreError> {
    let location = &store.location;
    let tx = store
        .conn
        .transaction_with_behavior(TransactionBehavior::Immediate)
        .map_err(backend(location, "starting a write transaction"))?;
    {
        let write = || backend(location, "writing opinions");
        let mut exists = tx
            .prepare_cached("SELECT 1 FROM documents WHERE id = ?1")
            .map_err(write())?;
        let mut put_doc = tx
            .prepare_cached(
                "INSERT INTO document_opinions (doc_id, pipeline, json) VALUES (?1, ?2, ?3)
                 ON CONFLICT (doc_id) DO UPDATE SET pipeline = excluded.pipeline,
                     json = excluded.json",
            )
            .map_err(write())?;
        for opinions in batch {
            let id = opinions.doc_id.as_str();
            if !exists.exists(params![id]).map_err(write())? {
                return Err(StoreError::UnknownDocument {
                    store: location.clone(),
                    id: id.to_string(),
                });
            }
            let json = serde_json::to_string(opinions).map_err(|e| StoreError::CorruptRecord {
                store: location.clone(),
                id: id.to_string(),
                reason: e.to_string(),
            })?;
            put_doc
                .execute(params![id, i64::from(pipeline), json])
                .map_err(write())?;
        }
    }
    generation::raise(&tx, location)?;
    tx.commit()
        .map_err(backend(location, "committing a batch of opinions"))
}
