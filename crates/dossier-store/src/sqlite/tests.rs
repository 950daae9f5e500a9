//! Unit tests of the SQLite store that need its private parts: migrating with a given list of
//! steps, and reading the connection directly. Behaviour seen through the public API is tested
//! in `crates/dossier-store/tests/`.

use super::handle::SqliteStore;
use super::stories::SNAPSHOT_PART_BYTES;
use crate::error::StoreError;
use crate::reader::StoreReader;
use crate::records::StoryMembership;
use crate::schema::{Migration, APPLICATION_ID, MIGRATIONS};
use crate::writer::StoreWriter;
use dossier_model::{DatedValue, Outlet, SourceRef, SCHEMA_VERSION};
use dossier_model::{DocId, Document, SourceFormat};

fn document(body: &str) -> Document {
    Document {
        schema_version: SCHEMA_VERSION,
        id: DocId::for_body(body),
        source: SourceRef {
            path: "fixtures/migration.txt".into(),
            format: SourceFormat::Text,
            record: Some(3),
        },
        outlet: Outlet::default(),
        url: None,
        headline: Some("Migration test".into()),
        byline: None,
        published: DatedValue::unknown(),
        published_evidence: None,
        crawled: None,
        language: "en".into(),
        body: body.to_string(),
        paragraphs: vec![],
        sentences: vec![],
        embedded_posts: vec![],
        removed: vec![],
        warnings: vec![],
    }
}

/// A step a later version might add.
/// A step appended after every real one, as a future build would.
const NEXT_STEP: Migration = "CREATE TABLE widgets (id INTEGER PRIMARY KEY, name TEXT NOT NULL);";

/// Stores `doc` in a store migrated only part of the way, as the older build that stopped at
/// that version would have: this build's writes also raise the write generation (version 7),
/// so its table is lent for the write and dropped again.
fn put_as_an_older_build(old: &mut SqliteStore, doc: &Document) {
    assert!(!table_exists(old, "store_generation"));
    old.conn
        .execute_batch(
            "CREATE TABLE store_generation (id INTEGER PRIMARY KEY, n INTEGER NOT NULL);
             INSERT INTO store_generation (id, n) VALUES (0, 0);",
        )
        .unwrap();
    old.put_documents(std::slice::from_ref(doc)).unwrap();
    old.conn
        .execute_batch("DROP TABLE store_generation")
        .unwrap();
}

fn table_exists(store: &SqliteStore, name: &str) -> bool {
    store
        .conn
        .query_row(
            "SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = ?1",
            [name],
            |r| r.get::<_, i64>(0),
        )
        .unwrap()
        == 1
}

#[test]
fn a_story_snapshot_is_kept_whole_per_version_and_replaced() {
    let mut store = SqliteStore::open_in_memory().unwrap();
    assert_eq!(store.story_snapshot(4).unwrap(), None);
    // Larger than one part: read back whole, in order.
    let big: Vec<u8> = (0..SNAPSHOT_PART_BYTES + 3)
        .map(|i| (i % 251) as u8)
        .collect();
    store.put_story_snapshot(4, &big).unwrap();
    store.put_story_snapshot(5, b"five").unwrap();
    assert_eq!(store.story_snapshot(4).unwrap().as_deref(), Some(&big[..]));
    store.put_story_snapshot(4, b"smaller").unwrap();
    assert_eq!(
        store.story_snapshot(4).unwrap().as_deref(),
        Some(&b"smaller"[..])
    );
    assert_eq!(
        store.story_snapshot(5).unwrap().as_deref(),
        Some(&b"five"[..])
    );
}

#[test]
fn story_memberships_keep_arrival_order_and_follow_merges() {
    let mut store = SqliteStore::open_in_memory().unwrap();
    let docs: Vec<Document> = [
        "Arnor's envoy reached Minas Tirith.",
        "Gondor received the envoy of Arnor.",
        "Rohan mustered its riders at Edoras.",
    ]
    .iter()
    .map(|b| document(b))
    .collect();
    store.put_documents(&docs).unwrap();
    let row = |d: &Document, story: &str| StoryMembership {
        doc_id: d.id.clone(),
        story_id: story.to_string(),
        near_duplicate_of: None,
        features: "{}".to_string(),
    };
    store
        .put_story_memberships(&[row(&docs[0], "s:a"), row(&docs[2], "s:c")], &[], 1)
        .unwrap();
    assert_eq!(
        store
            .missing_stories(&[docs[0].id.clone(), docs[1].id.clone()], 1)
            .unwrap(),
        vec![docs[1].id.clone()]
    );
    let mut bridge = row(&docs[1], "s:a");
    bridge.near_duplicate_of = Some(docs[0].id.clone());
    store
        .put_story_memberships(&[bridge], &[("s:c".to_string(), "s:a".to_string())], 1)
        .unwrap();
    let all = store.story_memberships(None).unwrap();
    let ids: Vec<&DocId> = all.iter().map(|m| &m.doc_id).collect();
    assert_eq!(ids, vec![&docs[0].id, &docs[2].id, &docs[1].id]);
    assert!(all.iter().all(|m| m.story_id == "s:a"));
    assert_eq!(store.story_memberships(Some("s:a")).unwrap().len(), 3);
    assert_eq!(store.story_memberships(Some("s:c")).unwrap().len(), 0);
    assert_eq!(store.story_of(&docs[1].id).unwrap().as_deref(), Some("s:a"));
    assert_eq!(all[2].near_duplicate_of.as_ref(), Some(&docs[0].id));
    let ghost = document("Nobody stored this one.");
    assert!(store
        .put_story_memberships(&[row(&ghost, "s:x")], &[], 1)
        .is_err());
}

#[test]
fn an_old_store_is_migrated_and_keeps_its_data() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("old.db");
    let doc = document("Arnor's archive moved to Fornost.");
    {
        let mut old = SqliteStore::open_with_migrations(&path, &MIGRATIONS[..1]).unwrap();
        assert_eq!(old.schema_version().unwrap(), 1);
        put_as_an_older_build(&mut old, &doc);
    }
    let steps: Vec<Migration> = MIGRATIONS.iter().copied().chain([NEXT_STEP]).collect();
    let new = SqliteStore::open_with_migrations(&path, &steps).unwrap();
    assert_eq!(new.schema_version().unwrap(), steps.len() as u32);
    assert!(table_exists(&new, "entities"));
    assert!(table_exists(&new, "widgets"));
    assert_eq!(new.get_document(doc.id.as_str()).unwrap(), Some(doc));
    assert_eq!(new.search("Fornost", 5).unwrap().len(), 1);
    drop(new);
    // Reopening at the newest version applies nothing again.
    let again = SqliteStore::open_with_migrations(&path, &steps).unwrap();
    assert_eq!(again.schema_version().unwrap(), steps.len() as u32);
    drop(again);
    // The build that knows only version 1 now refuses the file.
    let err = SqliteStore::open_with_migrations(&path, &MIGRATIONS[..1]).unwrap_err();
    assert!(matches!(err, StoreError::NewerSchema { supported: 1, .. }));
}

#[test]
fn a_fresh_store_gets_every_step() {
    let store = SqliteStore::open_in_memory().unwrap();
    assert_eq!(store.schema_version().unwrap(), SqliteStore::SCHEMA_VERSION);
    assert!(table_exists(&store, "documents"));
    assert!(table_exists(&store, "documents_fts"));
    let app: i32 = store
        .conn
        .pragma_query_value(None, "application_id", |r| r.get(0))
        .unwrap();
    assert_eq!(app, APPLICATION_ID);
}

#[test]
fn a_failing_step_leaves_the_store_at_its_old_version() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("store.db");
    let doc = document("Minas Anor kept its records.");
    {
        let mut store = SqliteStore::open_with_migrations(&path, MIGRATIONS).unwrap();
        store.put_documents(std::slice::from_ref(&doc)).unwrap();
    }
    let broken: Vec<Migration> = MIGRATIONS
        .iter()
        .copied()
        .chain([NEXT_STEP, "CREATE TABLE events (oops"])
        .collect();
    let err = SqliteStore::open_with_migrations(&path, &broken).unwrap_err();
    match &err {
        StoreError::Migration { version, .. } => {
            assert_eq!(*version as usize, MIGRATIONS.len() + 2)
        }
        other => panic!("{other:?}"),
    }
    assert!(err.to_string().contains("store.db"), "{err}");
    let store = SqliteStore::open_with_migrations(&path, MIGRATIONS).unwrap();
    assert_eq!(store.schema_version().unwrap(), SqliteStore::SCHEMA_VERSION);
    assert!(!table_exists(&store, "widgets"));
    assert_eq!(store.get_document(doc.id.as_str()).unwrap(), Some(doc));
}

#[test]
fn a_store_of_version_5_gains_the_opinion_table_and_its_documents_read_as_not_analysed() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("v5.db");
    let doc = document("Elrond's council met at Rivendell.");
    {
        let mut old = SqliteStore::open_with_migrations(&path, &MIGRATIONS[..5]).unwrap();
        put_as_an_older_build(&mut old, &doc);
        assert!(!table_exists(&old, "document_opinions"));
    }
    let store = SqliteStore::open(&path).unwrap();
    assert!(table_exists(&store, "document_opinions"));
    assert_eq!(store.generation().unwrap(), 0);
    assert_eq!(store.get_opinions(&doc.id).unwrap(), None);
    assert_eq!(
        store
            .missing_opinions(std::slice::from_ref(&doc.id), 1)
            .unwrap(),
        vec![doc.id.clone()]
    );
}

#[test]
fn a_version_zero_store_is_migrated_from_scratch() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("v0.db");
    drop(SqliteStore::open_with_migrations(&path, &[]).unwrap());
    let store = SqliteStore::open(&path).unwrap();
    assert_eq!(store.schema_version().unwrap(), SqliteStore::SCHEMA_VERSION);
    assert_eq!(store.count_documents().unwrap(), 0);
}

#[test]
fn a_damaged_record_is_reported_by_id() {
    let mut store = SqliteStore::open_in_memory().unwrap();
    let doc = document("Rivendell sent no reply.");
    store.put_documents(std::slice::from_ref(&doc)).unwrap();
    store
        .conn
        .execute("UPDATE documents SET json = '{}'", [])
        .unwrap();
    let err = store.get_document(doc.id.as_str()).unwrap_err();
    assert!(matches!(err, StoreError::CorruptRecord { .. }));
    assert!(err.to_string().contains(doc.id.as_str()), "{err}");
}

#[test]
fn a_store_of_version_7_gains_the_reconciliation_table_and_keeps_its_stories() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("v7.db");
    let doc = document("The Shire sent word to Bree.");
    {
        let mut old = SqliteStore::open_with_migrations(&path, &MIGRATIONS[..7]).unwrap();
        old.put_documents(std::slice::from_ref(&doc)).unwrap();
        let row = StoryMembership {
            doc_id: doc.id.clone(),
            story_id: "s:shire".to_string(),
            near_duplicate_of: None,
            features: "{}".to_string(),
        };
        old.put_story_memberships(&[row], &[], 1).unwrap();
        assert!(!table_exists(&old, "story_reconciliations"));
    }
    let store = SqliteStore::open(&path).unwrap();
    assert_eq!(store.schema_version().unwrap(), 8);
    assert!(table_exists(&store, "story_reconciliations"));
    assert_eq!(store.get_reconciliation("s:shire").unwrap(), None);
    assert!(store.reconciliation_keys().unwrap().is_empty());
    assert_eq!(
        store.story_keys().unwrap(),
        vec![("s:shire".to_string(), doc.id.as_str().to_string())]
    );
    assert_eq!(store.story_memberships(None).unwrap().len(), 1);
}
