//! A run keeps the story index in the store; the next run reads it back instead of assigning
//! every stored article again, and ends with the same stories as a run that rebuilt it.

use dossier_ingest::Limits;
use dossier_pipeline::{ingest_paths, Quiet};
use dossier_store::{SqliteStore, StoreReader, StoreWriter, StoryMembership};
use dossier_stories::{StoryIndex, STORIES_VERSION};
use std::path::{Path, PathBuf};

const FIRST_RUN: &[(&str, &str)] = &[
    (
        "arnor-envoy.txt",
        "Arnor envoy meets King Elessar in Minas Tirith\n\nMINAS TIRITH, 3 March 3019 - The envoy of Arnor met King Elessar of Gondor in Minas Tirith on Monday to discuss rebuilding the northern road to Fornost and sharing the cost of its garrison.\n\nThe two sides agreed that work on the road would begin before the summer, the Gondor council said.\n",
    ),
    (
        "isen-raid.txt",
        "Riders of Rohan beat back orc raiders at the Fords of Isen\n\nEDORAS, 4 March 3019 - Riders of Rohan fought orc raiders near the Fords of Isen overnight, and Marshal Erkenbrand said twelve raiders were captured after the battle.\n\nThe marshal said the riders lost no men in the fighting.\n",
    ),
    (
        "fornost-road.txt",
        "Gondor and Arnor agree to rebuild the northern road\n\nMINAS TIRITH, 4 March 3019 - King Elessar and the envoy of Arnor agreed in Minas Tirith to rebuild the northern road to Fornost, with Gondor paying half of the garrison at Fornost.\n\nThe envoy returns to Arnor next week.\n",
    ),
];

const SECOND_RUN: &[(&str, &str)] = &[
    (
        "isen-captives.txt",
        "Erkenbrand questions captured raiders after the battle at the Fords of Isen\n\nEDORAS, 5 March 3019 - Marshal Erkenbrand of Rohan questioned the twelve orc raiders captured at the Fords of Isen, where the riders beat back a night attack.\n\nThe captives will be held at Helm's Deep, the marshal said.\n",
    ),
    (
        "fornost-garrison.txt",
        "Fornost garrison to be shared by Gondor and Arnor\n\nFORNOST, 6 March 3019 - The garrison at Fornost will be paid in equal halves by Gondor and Arnor, the envoy of Arnor said after his talks with King Elessar in Minas Tirith on the northern road.\n",
    ),
];

fn write_files(dir: &Path, files: &[(&str, &str)]) -> Vec<PathBuf> {
    files
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
    assert!(summary.warnings.is_empty(), "{:?}", summary.warnings);
}

fn memberships(store: &SqliteStore) -> Vec<StoryMembership> {
    store.story_memberships(None).expect("memberships")
}

/// A temporary folder holding the articles of both runs.
fn fixtures() -> (tempfile::TempDir, Vec<PathBuf>, Vec<PathBuf>) {
    let dir = tempfile::tempdir().expect("temp dir");
    let first = write_files(dir.path(), FIRST_RUN);
    let second = write_files(dir.path(), SECOND_RUN);
    (dir, first, second)
}

/// The bytes of the story index the last run kept.
fn kept_bytes(store: &SqliteStore) -> Vec<u8> {
    store
        .story_snapshot(STORIES_VERSION)
        .expect("read")
        .expect("the run kept its index")
}

#[test]
fn the_next_run_reads_the_kept_index_and_ends_with_the_same_stories_as_a_rebuild() {
    let (dir, first, second) = fixtures();

    let mut kept = SqliteStore::open(dir.path().join("kept.db")).expect("store");
    run(&mut kept, &first);
    let index = StoryIndex::from_snapshot(&kept_bytes(&kept)).expect("readable");
    let ids: Vec<String> = memberships(&kept).into_iter().map(|m| m.doc_id.0).collect();
    assert_eq!(index.doc_ids().collect::<Vec<_>>(), ids);

    // The same first run, then a kept index that is not one: the second run must rebuild.
    let mut rebuilt = SqliteStore::open(dir.path().join("rebuilt.db")).expect("store");
    run(&mut rebuilt, &first);
    rebuilt
        .put_story_snapshot(STORIES_VERSION, b"not an index")
        .expect("overwrite");

    run(&mut kept, &second);
    run(&mut rebuilt, &second);
    let stories = memberships(&kept);
    assert_eq!(stories.len(), FIRST_RUN.len() + SECOND_RUN.len());
    assert_eq!(stories, memberships(&rebuilt));
    // Two stories: the road talks and the battle at the fords.
    let mut story_ids: Vec<&str> = stories.iter().map(|m| m.story_id.as_str()).collect();
    story_ids.sort();
    story_ids.dedup();
    assert_eq!(story_ids.len(), 2, "{stories:?}");
    // Both stores now keep an index of all five articles that reads the same stories (the
    // bytes may differ: hash maps built along other paths list their keys in another order).
    let read =
        |store: &SqliteStore| StoryIndex::from_snapshot(&kept_bytes(store)).expect("readable");
    let (a, b) = (read(&kept), read(&rebuilt));
    assert_eq!(a.len(), stories.len());
    assert_eq!(a.stories(), b.stories());
}

#[test]
fn a_kept_index_that_misses_stored_articles_is_not_used() {
    let (dir, first, second) = fixtures();
    let mut store = SqliteStore::open(dir.path().join("stale.db")).expect("store");
    run(&mut store, &first[..1]);
    let stale = kept_bytes(&store);
    run(&mut store, &first[1..]);
    // As if the last run had stopped before keeping its index.
    store
        .put_story_snapshot(STORIES_VERSION, &stale)
        .expect("overwrite");
    run(&mut store, &second);

    let mut fresh = SqliteStore::open(dir.path().join("fresh.db")).expect("store");
    run(&mut fresh, &first);
    run(&mut fresh, &second);
    assert_eq!(memberships(&store), memberships(&fresh));
}
