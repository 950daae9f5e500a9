//! Read-only handles beside a writer, as the server keeps them: they see every commit of any
//! handle at once, the write generation tells them when anything changed, they change nothing
//! in the file, and they refuse what they cannot open.

mod common;

use common::doc_with_body;
use dossier_store::{SqliteStore, StoreError, StoreReader, StoreWriter};

#[test]
fn a_reader_sees_every_commit_of_a_writer_and_the_generation_moves_with_them() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("store.db");
    let mut writer = SqliteStore::open(&path).expect("writer");
    let reader = SqliteStore::open_read_only(&path).expect("reader");
    let start = reader.generation().expect("generation");
    assert_eq!(writer.generation().expect("generation"), start);

    let gondor = doc_with_body("The beacons of Gondor were lit at dusk.");
    writer
        .put_documents(std::slice::from_ref(&gondor))
        .expect("documents");
    assert_eq!(reader.count_documents().expect("count"), 1);
    let after_put = reader.generation().expect("generation");
    assert!(after_put > start);

    // Storing the same document again writes nothing, so the generation stays.
    writer
        .put_documents(std::slice::from_ref(&gondor))
        .expect("documents");
    assert_eq!(reader.generation().expect("generation"), after_put);

    // A write that adds no document still moves it (what a cache keyed by the document count
    // would miss).
    writer.put_story_snapshot(1, b"an index").expect("snapshot");
    assert!(reader.generation().expect("generation") > after_put);
    assert_eq!(reader.count_documents().expect("count"), 1);

    // A second writer handle (another process, as the CLI would be) is seen as well.
    let mut other = SqliteStore::open(&path).expect("second writer");
    let rohan = doc_with_body("Rohan answered the call of Gondor.");
    other
        .put_documents(std::slice::from_ref(&rohan))
        .expect("documents");
    assert!(reader
        .get_document(rohan.id.as_str())
        .expect("read")
        .is_some());
}

#[test]
fn writes_through_a_reader_fail_and_change_nothing() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("store.db");
    let arnor = doc_with_body("Fornost was rebuilt in the Fourth Age.");
    {
        let mut writer = SqliteStore::open(&path).expect("writer");
        writer
            .put_documents(std::slice::from_ref(&arnor))
            .expect("documents");
        writer.close().expect("closed");
    }
    // Opened after the last writer closed (its WAL files gone).
    let mut reader = SqliteStore::open_read_only(&path).expect("reader");
    let before = reader.generation().expect("generation");
    let err = reader
        .put_documents(&[doc_with_body("Angmar fell.")])
        .expect_err("a read-only handle");
    assert!(matches!(err, StoreError::Backend { .. }), "{err}");
    assert_eq!(reader.count_documents().expect("count"), 1);
    assert_eq!(reader.generation().expect("generation"), before);
    assert!(reader
        .get_document(arnor.id.as_str())
        .expect("read")
        .is_some());
}

#[test]
fn a_reader_refuses_a_missing_file_and_a_file_that_is_not_a_store() {
    let dir = tempfile::tempdir().expect("temp dir");
    let missing = dir.path().join("missing.db");
    let err = SqliteStore::open_read_only(&missing).expect_err("missing");
    assert!(matches!(err, StoreError::Open { .. }), "{err}");
    assert!(!missing.exists(), "a reader never creates the file");

    let text = dir.path().join("notes.db");
    std::fs::write(
        &text,
        "The Red Book of Westmarch, copied in Minas Tirith.\n",
    )
    .expect("file");
    let err = SqliteStore::open_read_only(&text).expect_err("not a store");
    assert!(matches!(err, StoreError::NotAStore { .. }), "{err}");
}
