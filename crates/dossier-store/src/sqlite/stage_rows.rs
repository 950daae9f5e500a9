//! What every per-document stage table (`document_entities`, `document_events`,
//! `document_stories`, ...) shares: which documents still lack the output of a stage's
//! current version, and reading one document's stored output back.

use super::handle::{backend, SqliteStore};
use crate::error::StoreError;
use dossier_model::DocId;
use rusqlite::{params, OptionalExtension};

/// The documents among `ids` with no row in `table` (a per-document stage output table:
/// `document_entities`, `document_events`, `document_opinions`, `document_stories`) from `pipeline` or newer.
pub(super) fn missing_in(
    store: &SqliteStore,
    table: &'static str,
    ids: &[DocId],
    pipeline: u32,
) -> Result<Vec<DocId>, StoreError> {
    let read = || backend(&store.location, "looking up analysed documents");
    let mut stmt = store
        .conn
        .prepare_cached(&format!(
            "SELECT 1 FROM {table} WHERE doc_id = ?1 AND pipeline >= ?2"
        ))
        .map_err(read())?;
    let mut missing = Vec::new();
    for id in ids {
        if !stmt
            .exists(params![id.as_str(), i64::from(pipeline)])
            .map_err(read())?
        {
            missing.push(id.clone());
        }
    }
    Ok(missing)
}

/// The stage output stored for one document in `table`, if any.
pub(super) fn document_json<T: serde::de::DeserializeOwned>(
    store: &SqliteStore,
    table: &'static str,
    doc_id: &DocId,
) -> Result<Option<T>, StoreError> {
    let json: Option<String> = store
        .conn
        .query_row(
            &format!("SELECT json FROM {table} WHERE doc_id = ?1"),
            params![doc_id.as_str()],
            |r| r.get(0),
        )
        .optional()
        .map_err(backend(&store.location, "reading a document's analysis"))?;
    json.map(|j| {
        serde_json::from_str(&j).map_err(|e| StoreError::CorruptRecord {
            store: store.location.clone(),
            id: doc_id.to_string(),
            reason: e.to_string(),
        })
    })
    .transpose()
}
