//! The events stage's tables: one `document_events` row per coded document (its events as
//! JSON, with the stage version) and one `events` row per event, with the type and date that
//! listings filter on.

use super::generation;
use super::handle::{backend, to_i64, SqliteStore};
use crate::error::StoreError;
use crate::records::EventQuery;
use dossier_model::{DocumentEvents, Event};
use rusqlite::types::Value;
use rusqlite::{params, params_from_iter, TransactionBehavior};

pub(super) fn put(
    store: &mut SqliteStore,
    batch: &[DocumentEvents],
    pipeline: u32,
) -> Result<(), StoreError> {
    let location = &store.location;
    let tx = store
        .conn
        .transaction_with_behavior(TransactionBehavior::Immediate)
        .map_err(backend(location, "starting a write transaction"))?;
    {
        let write = || backend(location, "writing events");
        let corrupt = |id: &str, e: serde_json::Error| StoreError::CorruptRecord {
            store: location.clone(),
            id: id.to_string(),
            reason: e.to_string(),
        };
        let mut exists = tx
            .prepare_cached("SELECT 1 FROM documents WHERE id = ?1")
            .map_err(write())?;
        let mut clear = tx
            .prepare_cached("DELETE FROM events WHERE doc_id = ?1")
            .map_err(write())?;
        let mut put_doc = tx
            .prepare_cached(
                "INSERT INTO document_events (doc_id, pipeline, json) VALUES (?1, ?2, ?3)
                 ON CONFLICT (doc_id) DO UPDATE SET pipeline = excluded.pipeline,
                     json = excluded.json",
            )
            .map_err(write())?;
        let mut put_event = tx
            .prepare_cached(
                "INSERT INTO events (doc_id, n, type, date, json) VALUES (?1, ?2, ?3, ?4, ?5)",
            )
            .map_err(write())?;
        for coded in batch {
            let id = coded.doc_id.as_str();
            if !exists.exists(params![id]).map_err(write())? {
                return Err(StoreError::UnknownDocument {
                    store: location.clone(),
                    id: id.to_string(),
                });
            }
            clear.execute(params![id]).map_err(write())?;
            let json = serde_json::to_string(coded).map_err(|e| corrupt(id, e))?;
            put_doc
                .execute(params![id, i64::from(pipeline), json])
                .map_err(write())?;
            for (n, event) in coded.events.iter().enumerate() {
                let json = serde_json::to_string(event).map_err(|e| corrupt(id, e))?;
                let kind = event.event_type.clone().or_else(|| event.kind.clone());
                let date = event.date.as_ref().map(|d| d.value.to_string());
                put_event
                    .execute(params![id, to_i64(n), kind, date, json])
                    .map_err(write())?;
            }
        }
    }
    generation::raise(&tx, location)?;
    tx.commit()
        .map_err(backend(location, "committing a batch of events"))
}

pub(super) fn list(store: &SqliteStore, query: &EventQuery) -> Result<Vec<Event>, StoreError> {
    let mut sql = String::from(
        "SELECT e.doc_id, e.json FROM events e JOIN documents d ON d.id = e.doc_id WHERE 1 = 1",
    );
    let mut args: Vec<Value> = Vec::new();
    if let Some(t) = &query.event_type {
        sql.push_str(" AND upper(e.type) = upper(?)");
        args.push(Value::Text(t.clone()));
    }
    if let Some(doc) = &query.doc_id {
        sql.push_str(" AND e.doc_id = ?");
        args.push(Value::Text(doc.to_string()));
    }
    // Partial dates compare as text: "2025-07" >= "2025-07" and "2025-07-18" <= "2025-07~".
    if let Some(since) = &query.since {
        sql.push_str(" AND e.date IS NOT NULL AND e.date >= ?");
        args.push(Value::Text(since.clone()));
    }
    if let Some(until) = &query.until {
        sql.push_str(" AND e.date IS NOT NULL AND e.date <= ?");
        args.push(Value::Text(format!("{until}~")));
    }
    sql.push_str(" ORDER BY d.seq, e.n");
    let read = || backend(&store.location, "listing events");
    let mut stmt = store.conn.prepare(&sql).map_err(read())?;
    let rows = stmt
        .query_map(params_from_iter(args), |r| {
            Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?))
        })
        .map_err(read())?;
    let actor = query.actor.as_ref().map(|a| a.to_lowercase());
    let place = query.place.as_ref().map(|p| p.to_lowercase());
    let mut out = Vec::new();
    let mut skipped = 0;
    for row in rows {
        let (doc_id, json) = row.map_err(read())?;
        let event: Event = serde_json::from_str(&json).map_err(|e| StoreError::CorruptRecord {
            store: store.location.clone(),
            id: doc_id,
            reason: e.to_string(),
        })?;
        if let Some(a) = &actor {
            if !event
                .actors
                .iter()
                .any(|x| x.name.to_lowercase().contains(a.as_str()))
            {
                continue;
            }
        }
        if let Some(p) = &place {
            let Some(ep) = &event.place else { continue };
            let hay = [Some(&ep.name), ep.city.as_ref(), ep.country.as_ref()];
            if !hay
                .iter()
                .flatten()
                .any(|h| h.to_lowercase().contains(p.as_str()))
            {
                continue;
            }
        }
        if skipped < query.offset {
            skipped += 1;
            continue;
        }
        if out.len() >= query.limit {
            break;
        }
        out.push(event);
    }
    Ok(out)
}
