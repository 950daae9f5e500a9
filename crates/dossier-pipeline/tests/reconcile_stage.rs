//! The reconciliation stage: the pipeline stores each story's reconciliation, equal to
//! reconciling the story's stored documents afresh; two runs end with the same stored
//! reconciliations as one; and a store from before the stage (schema version 7) gains them on
//! the next ingest run, even one that adds no document.

use dossier_ingest::Limits;
use dossier_model::{DocumentEntities, DocumentEvents};
use dossier_pipeline::{ingest_paths, Quiet, RECONCILE_VERSION};
use dossier_reconcile::SourceDocument;
use dossier_store::{SqliteStore, StoreReader, StoryMembership, StoryReconciliation};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

const ARTICLES: &[(&str, &str)] = &[
    (
        "arnor-envoy.txt",
        "Arnor envoy meets King Elessar in Minas Tirith\n\nMINAS TIRITH, 3 March 3019 - The envoy of Arnor met King Elessar of Gondor in Minas Tirith on Monday to discuss rebuilding the northern road to Fornost.\n\nThe two sides agreed that work on the road would begin before the summer, the Gondor council said.\n",
    ),
    (
        "isen-raid.txt",
        "Riders of Rohan beat back orc raiders at the Fords of Isen\n\nEDORAS, 4 March 3019 - Riders of Rohan fought orc raiders near the Fords of Isen overnight, and Marshal Erkenbrand said twelve raiders were captured after the battle.\n",
    ),
    (
        "fornost-road.txt",
        "Gondor and Arnor agree to rebuild the northern road\n\nMINAS TIRITH, 4 March 3019 - King Elessar and the envoy of Arnor agreed in Minas Tirith to rebuild the northern road to Fornost, with Gondor paying half of the garrison at Fornost.\n",
    ),
    (
        "isen-captives.txt",
        "Erkenbrand questions captured raiders after the battle at the Fords of Isen\n\nEDORAS, 5 March 3019 - Marshal Erkenbrand of Rohan questioned the twelve orc raiders captured at the Fords of Isen, where the riders beat back a night attack.\n",
    ),
    (
        "fornost-garrison.txt",
        "Fornost garrison to be shared by Gondor and Arnor\n\nFORNOST, 6 March 3019 - The garrison at Fornost will be paid in equal halves by Gondor and Arnor, the envoy of Arnor said after his talks with King Elessar in Minas Tirith.\n",
    ),
];

fn write_files(dir: &Path) -> Vec<PathBuf> {
    ARTICLES
        .iter()
        .map(|(name, text)| {
            let path = dir.join(name);
            std::fs::write(&path, text).expect("write fixture");
            path
        })
        .collect()
}

fn run(store: &mut SqliteStore, paths: &[PathBuf]) {
    let summary = ingest_paths(store, paths, &Limits::default(), 2, &mut Quiet).expect("ingest");
    assert_eq!(summary.errors, 0, "{:?}", summary.rejected);
}

/// Every story's stored reconciliation, by story; each must be current for the story's
/// present memberships and made by this build's stage.
fn stored(store: &SqliteStore) -> BTreeMap<String, StoryReconciliation> {
    let keys = store.reconciliation_keys().expect("keys");
    assert!(keys.iter().all(|k| k.pipeline == RECONCILE_VERSION));
    let mut out = BTreeMap::new();
    for (story, key) in store.story_keys().expect("story keys") {
        let rec = store
            .get_reconciliation(&story)
            .expect("read")
            .unwrap_or_else(|| panic!("story {story} has no stored reconciliation"));
        assert_eq!(
            rec.members, key,
            "story {story}'s reconciliation is out of date"
        );
        out.insert(story, rec);
    }
    assert_eq!(
        keys.len(),
        out.len(),
        "a vanished story kept its reconciliation"
    );
    out
}

/// Reconciles one story afresh from what the store holds, as a reader would have.
fn reconcile_afresh(store: &SqliteStore, story: &str) -> dossier_model::Reconciliation {
    let members: Vec<StoryMembership> = store.story_memberships(Some(story)).expect("members");
    let mut loaded: Vec<(dossier_model::Document, DocumentEntities, DocumentEvents)> = Vec::new();
    for m in &members {
        let doc = store
            .get_document(m.doc_id.as_str())
            .expect("read")
            .expect("doc");
        let entities = store
            .get_entities(&doc.id)
            .expect("read")
            .expect("entities");
        let events = store.get_events(&doc.id).expect("read").expect("events");
        loaded.push((doc, entities, events));
    }
    let sources: Vec<SourceDocument> = loaded
        .iter()
        .zip(&members)
        .map(|((doc, entities, events), m)| SourceDocument {
            doc,
            entities,
            events,
            story_id: Some(m.story_id.as_str()),
            near_duplicate_of: m.near_duplicate_of.as_ref(),
        })
        .collect();
    dossier_reconcile::reconcile(&sources)
}

#[test]
fn two_runs_store_the_same_reconciliations_as_one_and_equal_a_fresh_reconciliation() {
    let dir = tempfile::tempdir().expect("temp dir");
    let paths = write_files(dir.path());
    let mut once = SqliteStore::open(dir.path().join("once.db")).expect("store");
    run(&mut once, &paths);
    let mut twice = SqliteStore::open(dir.path().join("twice.db")).expect("store");
    run(&mut twice, &paths[..3]);
    let between = stored(&twice);
    assert!(!between.is_empty());
    run(&mut twice, &paths[3..]);
    let one = stored(&once);
    assert_eq!(one, stored(&twice));
    assert!(one.values().any(|r| !r.reconciliation.events.is_empty()));
    for (story, rec) in &one {
        assert_eq!(
            rec.reconciliation,
            reconcile_afresh(&once, story),
            "story {story}"
        );
    }
}

#[test]
fn a_store_from_before_the_stage_gets_its_reconciliations_on_the_next_ingest() {
    let dir = tempfile::tempdir().expect("temp dir");
    let paths = write_files(dir.path());
    let fresh_path = dir.path().join("fresh.db");
    let mut fresh = SqliteStore::open(&fresh_path).expect("store");
    run(&mut fresh, &paths);
    let expected = stored(&fresh);

    // The same store as the build before the stage left it: no table, schema version 7.
    let old_path = dir.path().join("old.db");
    let mut old = SqliteStore::open(&old_path).expect("store");
    run(&mut old, &paths);
    old.close().expect("close");
    {
        let conn = rusqlite::Connection::open(&old_path).expect("raw");
        conn.execute_batch("DROP TABLE story_reconciliations; PRAGMA user_version = 7;")
            .expect("downgrade");
    }
    let mut upgraded = SqliteStore::open(&old_path).expect("upgrade");
    assert_eq!(upgraded.schema_version().expect("version"), 8);
    assert!(upgraded.reconciliation_keys().expect("keys").is_empty());
    let documents = upgraded.count_documents().expect("count");
    let memberships = upgraded.story_memberships(None).expect("memberships");
    assert_eq!(memberships.len() as u64, documents);

    // A run that adds no document still reconciles every story.
    run(&mut upgraded, &paths[..1]);
    assert_eq!(upgraded.count_documents().expect("count"), documents);
    assert_eq!(
        upgraded.story_memberships(None).expect("memberships"),
        memberships
    );
    assert_eq!(stored(&upgraded), expected);
}
