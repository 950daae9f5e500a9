//! The entities stage's tables: one `document_entities` row per analysed document (the whole
//! analysis as JSON, with the stage version) and one `entities` row per entity for listing and
//! filtering without parsing every analysis.

use super::generation;
use super::handle::{backend, to_i64, SqliteStore};
use crate::error::StoreError;
use crate::records::EntityQuery;
use dossier_model::{DocumentEntities, Entity};
use rusqlite::types::Value;
use rusqlite::{params, params_from_iter, TransactionBehavior};

pub(super) fn put(
    store: &mut SqliteStore,
    batch: &[DocumentEntities],
    pipeline: u32,
) -> Result<(), StoreError> {
    let location = &store.location;
    let tx = store
        .conn
        .transaction_with_behavior(TransactionBehavior::Immediate)
        .map_err(backend(location, "starting a write transaction"))?;
    {
        let write = || backend(location, "writing entities");
        let mut exists = tx
            .prepare_cached("SELECT 1 FROM documents WHERE id = ?1")
            .map_err(write())?;
        let mut clear = tx
            .prepare_cached("DELETE FROM entities WHERE doc_id = ?1")
            .map_err(write())?;
        let mut put_doc = tx
            .prepare_cached(
                "INSERT INTO document_entities (doc_id, pipeline, json) VALUES (?1, ?2, ?3)
                 ON CONFLICT (doc_id) DO UPDATE SET pipeline = excluded.pipeline,
                     json = excluded.json",
            )
            .map_err(write())?;
        let mut put_entity = tx
            .prepare_cached(
                "INSERT INTO entities (doc_id, n, type, name, country, sector, json)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
            )
            .map_err(write())?;
        for analysis in batch {
            let id = analysis.doc_id.as_str();
            if !exists.exists(params![id]).map_err(write())? {
                return Err(StoreError::UnknownDocument {
                    store: location.clone(),
                    id: id.to_string(),
                });
            }
            clear.execute(params![id]).map_err(write())?;
            let json = serde_json::to_string(analysis).map_err(|e| StoreError::CorruptRecord {
                store: location.clone(),
                id: id.to_string(),
                reason: e.to_string(),
            })?;
            put_doc
                .execute(params![id, i64::from(pipeline), json])
                .map_err(write())?;
            for (n, entity) in analysis.entities.iter().enumerate() {
                let json =
                    serde_json::to_string(entity).map_err(|e| StoreError::CorruptRecord {
                        store: location.clone(),
                        id: id.to_string(),
                        reason: e.to_string(),
                    })?;
                put_entity
                    .execute(params![
                        id,
                        to_i64(n),
                        entity.kind.as_str(),
                        entity.name,
                        entity.country,
                        entity.sector,
                        json
                    ])
                    .map_err(write())?;
            }
        }
    }
    generation::raise(&tx, location)?;
    tx.commit()
        .map_err(backend(location, "committing a batch of entities"))
}

pub(super) fn list(store: &SqliteStore, query: &EntityQuery) -> Result<Vec<Entity>, StoreError> {
    let mut sql = String::from(
        "SELECT e.doc_id, e.json FROM entities e JOIN documents d ON d.id = e.doc_id WHERE 1 = 1",
    );
    let mut args: Vec<Value> = Vec::new();
    if let Some(kind) = query.kind {
        sql.push_str(" AND e.type = ?");
        args.push(Value::Text(kind.as_str().to_string()));
    }
    if let Some(doc) = &query.doc_id {
        sql.push_str(" AND e.doc_id = ?");
        args.push(Value::Text(doc.to_string()));
    }
    if let Some(name) = &query.name {
        // Names are matched in the JSON's `names` list as well as the canonical name.
        sql.push_str(" AND (instr(lower(e.json), lower(?)) > 0)");
        args.push(Value::Text(name.clone()));
    }
    sql.push_str(" ORDER BY d.seq, e.n LIMIT ? OFFSET ?");
    args.push(Value::Integer(to_i64(query.limit)));
    args.push(Value::Integer(to_i64(query.offset)));
    let read = || backend(&store.location, "listing entities");
    let mut stmt = store.conn.prepare(&sql).map_err(read())?;
    let rows = stmt
        .query_map(params_from_iter(args), |r| {
            Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?))
        })
        .map_err(read())?;
    let mut out = Vec::new();
    for row in rows {
        let (doc_id, json) = row.map_err(read())?;
        let entity: Entity =
            serde_json::from_str(&json).map_err(|e| StoreError::CorruptRecord {
                store: store.location.clone(),
                id: doc_id,
                reason: e.to_string(),
            })?;
        if let Some(name) = &query.name {
            let wanted = name.to_lowercase();
            if !entity
                .names
                .iter()
                .any(|n| n.to_lowercase().contains(&wanted))
                && !entity.name.to_lowercase().contains(&wanted)
            {
                continue;
            }
        }
        out.push(entity);
    }
    Ok(out)
}
