//! The story stage's tables: where the clustering put each document (`document_stories`, in
//! arrival order, following story merges) and the story index's state between runs
//! (`story_snapshots`, in parts).

use super::generation;
use super::handle::{backend, to_i64, SqliteStore};
use crate::error::StoreError;
use crate::records::StoryMembership;
use dossier_model::DocId;
use rusqlite::{params, OptionalExtension, TransactionBehavior};

/// Largest part of a story index snapshot in one row (SQLite refuses values over 1 GB).
pub(super) const SNAPSHOT_PART_BYTES: usize = 64 << 20;

pub(super) fn put_memberships(
    store: &mut SqliteStore,
    rows: &[StoryMembership],
    merged: &[(String, String)],
    pipeline: u32,
) -> Result<(), StoreError> {
    let location = &store.location;
    let tx = store
        .conn
        .transaction_with_behavior(TransactionBehavior::Immediate)
        .map_err(backend(location, "starting a write transaction"))?;
    {
        let write = || backend(location, "writing story memberships");
        let mut rename = tx
            .prepare_cached("UPDATE document_stories SET story_id = ?2 WHERE story_id = ?1")
            .map_err(write())?;
        for (from, into) in merged {
            rename.execute(params![from, into]).map_err(write())?;
        }
        let mut exists = tx
            .prepare_cached("SELECT 1 FROM documents WHERE id = ?1")
            .map_err(write())?;
        let next_seq: i64 = tx
            .query_row(
                "SELECT COALESCE(MAX(seq), -1) + 1 FROM document_stories",
                [],
                |r| r.get(0),
            )
            .map_err(write())?;
        let mut put = tx
            .prepare_cached(
                "INSERT INTO document_stories
                     (doc_id, seq, pipeline, story_id, near_duplicate_of, features)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6)
                 ON CONFLICT (doc_id) DO UPDATE SET pipeline = excluded.pipeline,
                     story_id = excluded.story_id,
                     near_duplicate_of = excluded.near_duplicate_of,
                     features = excluded.features",
            )
            .map_err(write())?;
        for (i, row) in rows.iter().enumerate() {
            let id = row.doc_id.as_str();
            if !exists.exists(params![id]).map_err(write())? {
                return Err(StoreError::UnknownDocument {
                    store: location.clone(),
                    id: id.to_string(),
                });
            }
            put.execute(params![
                id,
                next_seq + to_i64(i),
                i64::from(pipeline),
                row.story_id,
                row.near_duplicate_of.as_ref().map(|d| d.as_str()),
                row.features
            ])
            .map_err(write())?;
        }
    }
    generation::raise(&tx, location)?;
    tx.commit()
        .map_err(backend(location, "committing story memberships"))
}

pub(super) fn put_snapshot(
    store: &mut SqliteStore,
    pipeline: u32,
    bytes: &[u8],
) -> Result<(), StoreError> {
    let location = &store.location;
    let write = || backend(location, "writing the story index snapshot");
    let tx = store
        .conn
        .transaction_with_behavior(TransactionBehavior::Immediate)
        .map_err(backend(location, "starting a write transaction"))?;
    tx.execute(
        "DELETE FROM story_snapshots WHERE pipeline = ?1",
        params![i64::from(pipeline)],
    )
    .map_err(write())?;
    {
        let mut put = tx
            .prepare_cached(
                "INSERT INTO story_snapshots (pipeline, part, bytes) VALUES (?1, ?2, ?3)",
            )
            .map_err(write())?;
        for (i, part) in bytes.chunks(SNAPSHOT_PART_BYTES).enumerate() {
            put.execute(params![i64::from(pipeline), to_i64(i), part])
                .map_err(write())?;
        }
    }
    generation::raise(&tx, location)?;
    tx.commit()
        .map_err(backend(location, "committing the story index snapshot"))
}

pub(super) fn snapshot(store: &SqliteStore, pipeline: u32) -> Result<Option<Vec<u8>>, StoreError> {
    let read = || backend(&store.location, "reading the story index snapshot");
    let mut stmt = store
        .conn
        .prepare_cached("SELECT bytes FROM story_snapshots WHERE pipeline = ?1 ORDER BY part")
        .map_err(read())?;
    let mut rows = stmt.query(params![i64::from(pipeline)]).map_err(read())?;
    let mut out: Option<Vec<u8>> = None;
    while let Some(row) = rows.next().map_err(read())? {
        let part: Vec<u8> = row.get(0).map_err(read())?;
        out.get_or_insert_with(Vec::new).extend_from_slice(&part);
    }
    Ok(out)
}

pub(super) fn memberships(
    store: &SqliteStore,
    story: Option<&str>,
) -> Result<Vec<StoryMembership>, StoreError> {
    let read = || backend(&store.location, "reading story memberships");
    let sql = match story {
        Some(_) => {
            "SELECT doc_id, story_id, near_duplicate_of, features FROM document_stories
             WHERE story_id = ?1 ORDER BY seq"
        }
        None => {
            "SELECT doc_id, story_id, near_duplicate_of, features FROM document_stories
             WHERE ?1 IS NULL ORDER BY seq"
        }
    };
    let mut stmt = store.conn.prepare_cached(sql).map_err(read())?;
    let rows = stmt
        .query_map(params![story], |r| {
            Ok(StoryMembership {
                doc_id: DocId(r.get(0)?),
                story_id: r.get(1)?,
                near_duplicate_of: r.get::<_, Option<String>>(2)?.map(DocId),
                features: r.get(3)?,
            })
        })
        .map_err(read())?;
    rows.collect::<Result<Vec<_>, _>>().map_err(read())
}

pub(super) fn story_of(store: &SqliteStore, doc_id: &DocId) -> Result<Option<String>, StoreError> {
    store
        .conn
        .query_row(
            "SELECT story_id FROM document_stories WHERE doc_id = ?1",
            params![doc_id.as_str()],
            |r| r.get(0),
        )
        .optional()
        .map_err(backend(&store.location, "reading a document's story"))
}
