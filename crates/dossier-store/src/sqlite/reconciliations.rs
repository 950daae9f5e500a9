//! The reconciliation stage's table: one `story_reconciliations` row per reconciled story,
//! its [`dossier_model::Reconciliation`] as JSON with the stage version, the membership key it
//! was computed from and its independent outlets; and the present membership key of every
//! story, which tells the pipeline which stored reconciliations are out of date.

use super::generation;
use super::handle::{backend, to_i64, SqliteStore};
use crate::error::StoreError;
use crate::records::{membership_key, ReconciliationKey, StoryReconciliation};
use dossier_model::DocId;
use rusqlite::{params, OptionalExtension, TransactionBehavior};
use std::collections::BTreeMap;

fn corrupt(store: &SqliteStore, story_id: &str, reason: String) -> StoreError {
    StoreError::CorruptRecord {
        store: store.location.clone(),
        id: format!("story {story_id}"),
        reason,
    }
}

pub(super) fn put(
    store: &mut SqliteStore,
    batch: &[StoryReconciliation],
    removed: &[String],
    pipeline: u32,
) -> Result<(), StoreError> {
    let location = &store.location;
    let tx = store
        .conn
        .transaction_with_behavior(TransactionBehavior::Immediate)
        .map_err(backend(location, "starting a write transaction"))?;
    {
        let write = || backend(location, "writing story reconciliations");
        let mut delete = tx
            .prepare_cached("DELETE FROM story_reconciliations WHERE story_id = ?1")
            .map_err(write())?;
        for story in removed {
            delete.execute(params![story]).map_err(write())?;
        }
        let mut put = tx
            .prepare_cached(
                "INSERT INTO story_reconciliations (story_id, pipeline, members, outlets, json)
                 VALUES (?1, ?2, ?3, ?4, ?5)
                 ON CONFLICT (story_id) DO UPDATE SET pipeline = excluded.pipeline,
                     members = excluded.members, outlets = excluded.outlets,
                     json = excluded.json",
            )
            .map_err(write())?;
        for rec in batch {
            let json = serde_json::to_string(&rec.reconciliation).map_err(|e| {
                StoreError::CorruptRecord {
                    store: location.clone(),
                    id: format!("story {}", rec.story_id),
                    reason: e.to_string(),
                }
            })?;
            put.execute(params![
                rec.story_id,
                i64::from(pipeline),
                rec.members,
                to_i64(rec.outlets),
                json
            ])
            .map_err(write())?;
        }
    }
    generation::raise(&tx, location)?;
    tx.commit()
        .map_err(backend(location, "committing story reconciliations"))
}

pub(super) fn get(
    store: &SqliteStore,
    story_id: &str,
) -> Result<Option<StoryReconciliation>, StoreError> {
    let row: Option<(String, i64, String)> = store
        .conn
        .query_row(
            "SELECT members, outlets, json FROM story_reconciliations WHERE story_id = ?1",
            params![story_id],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )
        .optional()
        .map_err(backend(&store.location, "reading a story's reconciliation"))?;
    let Some((members, outlets, json)) = row else {
        return Ok(None);
    };
    let outlets = usize::try_from(outlets)
        .map_err(|_| corrupt(store, story_id, format!("negative outlet count {outlets}")))?;
    let reconciliation =
        serde_json::from_str(&json).map_err(|e| corrupt(store, story_id, e.to_string()))?;
    Ok(Some(StoryReconciliation {
        story_id: story_id.to_string(),
        members,
        outlets,
        reconciliation,
    }))
}

pub(super) fn keys(store: &SqliteStore) -> Result<Vec<ReconciliationKey>, StoreError> {
    let read = || backend(&store.location, "reading story reconciliation keys");
    let mut stmt = store
        .conn
        .prepare_cached(
            "SELECT story_id, pipeline, members FROM story_reconciliations ORDER BY story_id",
        )
        .map_err(read())?;
    let rows = stmt
        .query_map([], |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, i64>(1)?,
                r.get::<_, String>(2)?,
            ))
        })
        .map_err(read())?;
    let mut out = Vec::new();
    for row in rows {
        let (story_id, pipeline, members) = row.map_err(read())?;
        // A version that does not fit is no version of ours: it reads as out of date.
        let pipeline = u32::try_from(pipeline).unwrap_or(0);
        out.push(ReconciliationKey {
            story_id,
            pipeline,
            members,
        });
    }
    Ok(out)
}

pub(super) fn story_keys(store: &SqliteStore) -> Result<Vec<(String, String)>, StoreError> {
    let read = || backend(&store.location, "reading story memberships");
    let mut stmt = store
        .conn
        .prepare_cached(
            "SELECT story_id, doc_id, near_duplicate_of FROM document_stories ORDER BY seq",
        )
        .map_err(read())?;
    let rows = stmt
        .query_map([], |r| {
            Ok((
                r.get::<_, String>(0)?,
                DocId(r.get(1)?),
                r.get::<_, Option<String>>(2)?.map(DocId),
            ))
        })
        .map_err(read())?;
    let mut stories: BTreeMap<String, Vec<(DocId, Option<DocId>)>> = BTreeMap::new();
    for row in rows {
        let (story, doc, original) = row.map_err(read())?;
        stories.entry(story).or_default().push((doc, original));
    }
    Ok(stories
        .into_iter()
        .map(|(story, members)| {
            let key = membership_key(members.iter().map(|(d, o)| (d, o.as_ref())));
            (story, key)
        })
        .collect())
}
