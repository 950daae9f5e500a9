mod common;

use common::doc_with_body;
use dossier_store::{DocListQuery, SqliteStore, StoreError, StoreReader, StoreWriter};
use std::path::Path;

fn journal_mode(path: &Path) -> String {
    let conn = rusqlite::Connection::open(path).unwrap();
    conn.pragma_query_value(None, "journal_mode", |r| r.get(0))
        .unwrap()
}

#[test]
fn reopen_after_close_keeps_data() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("store.db");
    let doc = doc_with_body("The Grey Havens reported three ships departing westward.");
    {
        let mut store = SqliteStore::open(&path).unwrap();
        assert_eq!(store.location(), path.as_path());
        assert_eq!(store.schema_version().unwrap(), SqliteStore::SCHEMA_VERSION);
        store.put_documents(std::slice::from_ref(&doc)).unwrap();
        store.close().unwrap();
    }
    assert_eq!(journal_mode(&path), "wal");
    let store = SqliteStore::open(&path).unwrap();
    assert_eq!(store.count_documents().unwrap(), 1);
    assert_eq!(
        store.get_document(doc.id.as_str()).unwrap(),
        Some(doc.clone())
    );
    assert_eq!(store.search("westward", 5).unwrap().len(), 1);
    drop(store);
    // Dropping without close also keeps everything.
    let mut store = SqliteStore::open(&path).unwrap();
    let second = doc_with_body("A second dispatch from Lindon.");
    store.put_documents(&[second]).unwrap();
    drop(store);
    assert_eq!(
        SqliteStore::open(&path).unwrap().count_documents().unwrap(),
        2
    );
}

#[test]
fn a_reader_sees_a_writers_commits() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("shared.db");
    let mut writer = SqliteStore::open(&path).unwrap();
    let reader = SqliteStore::open(&path).unwrap();
    assert_eq!(reader.count_documents().unwrap(), 0);
    writer
        .put_documents(&[doc_with_body("Fornost's walls were repaired.")])
        .unwrap();
    assert_eq!(reader.count_documents().unwrap(), 1);
    assert_eq!(
        reader
            .list_documents(&DocListQuery::default())
            .unwrap()
            .len(),
        1
    );
}

#[test]
fn random_bytes_are_not_a_store() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("noise.db");
    let noise: Vec<u8> = (0u32..8192)
        .map(|i| (i.wrapping_mul(2_654_435_761) >> 13) as u8)
        .collect();
    std::fs::write(&path, &noise).unwrap();
    let err = SqliteStore::open(&path).unwrap_err();
    assert!(matches!(err, StoreError::NotAStore { .. }), "{err:?}");
    let msg = err.to_string();
    assert!(msg.contains("noise.db"), "{msg}");
    assert!(msg.contains("not a SQLite database"), "{msg}");
    // The file was left alone.
    assert_eq!(std::fs::read(&path).unwrap(), noise);
}

#[test]
fn a_text_file_is_not_a_store() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("notes.txt");
    std::fs::write(&path, "Minutes of the council of Elrond.\n".repeat(50)).unwrap();
    let err = SqliteStore::open(&path).unwrap_err();
    assert!(matches!(err, StoreError::NotAStore { .. }), "{err:?}");
}

#[test]
fn another_programs_database_is_refused_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("other.db");
    {
        let conn = rusqlite::Connection::open(&path).unwrap();
        conn.execute_batch(
            "CREATE TABLE inventory (item TEXT); INSERT INTO inventory VALUES ('rope');",
        )
        .unwrap();
    }
    let err = SqliteStore::open(&path).unwrap_err();
    assert!(matches!(err, StoreError::NotAStore { .. }), "{err:?}");
    assert!(err.to_string().contains("another program"), "{err}");
    assert_eq!(journal_mode(&path), "delete");

    let path = dir.path().join("tagged.db");
    {
        let conn = rusqlite::Connection::open(&path).unwrap();
        conn.pragma_update(None, "application_id", 1234).unwrap();
    }
    let err = SqliteStore::open(&path).unwrap_err();
    assert!(err.to_string().contains("application_id 0x4d2"), "{err}");
}

#[test]
fn a_store_from_a_newer_version_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("future.db");
    SqliteStore::open(&path).unwrap().close().unwrap();
    {
        let conn = rusqlite::Connection::open(&path).unwrap();
        conn.pragma_update(None, "user_version", 99).unwrap();
    }
    let err = SqliteStore::open(&path).unwrap_err();
    match &err {
        StoreError::NewerSchema {
            found, supported, ..
        } => {
            assert_eq!(*found, 99);
            assert_eq!(*supported, SqliteStore::SCHEMA_VERSION);
        }
        other => panic!("{other:?}"),
    }
    let msg = err.to_string();
    assert!(msg.contains("future.db") && msg.contains("newer"), "{msg}");
}

#[test]
fn an_empty_file_becomes_a_store() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("empty.db");
    std::fs::write(&path, b"").unwrap();
    let store = SqliteStore::open(&path).unwrap();
    assert_eq!(store.count_documents().unwrap(), 0);
}

#[test]
fn bad_paths_give_clear_errors() {
    let dir = tempfile::tempdir().unwrap();

    let missing = dir.path().join("no-such-dir").join("store.db");
    let err = SqliteStore::open(&missing).unwrap_err();
    let msg = err.to_string();
    assert!(matches!(err, StoreError::Open { .. }), "{err:?}");
    assert!(
        msg.contains("store.db") && msg.contains("does not exist"),
        "{msg}"
    );
    assert!(!missing.parent().unwrap().exists());

    let file = dir.path().join("plain-file");
    std::fs::write(&file, "x").unwrap();
    let err = SqliteStore::open(file.join("store.db")).unwrap_err();
    assert!(err.to_string().contains("is not a directory"), "{err}");

    let err = SqliteStore::open(dir.path()).unwrap_err();
    assert!(err.to_string().contains("is a directory"), "{err}");

    let err = SqliteStore::open("").unwrap_err();
    assert!(err.to_string().contains("empty"), "{err}");
}

#[cfg(unix)]
#[test]
fn a_read_only_directory_gives_a_clear_error() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let locked = dir.path().join("locked");
    std::fs::create_dir(&locked).unwrap();
    std::fs::set_permissions(&locked, std::fs::Permissions::from_mode(0o555)).unwrap();
    let probe = locked.join("probe");
    let writable = std::fs::write(&probe, "x").is_ok();
    // Root ignores directory permissions; /proc refuses new files even to root.
    let target = if writable {
        Path::new("/proc").join("dossier-store-test.db")
    } else {
        locked.join("store.db")
    };
    if !writable || Path::new("/proc/self").is_dir() {
        let err = SqliteStore::open(&target).unwrap_err();
        assert!(matches!(err, StoreError::Open { .. }), "{err:?}");
        let msg = err.to_string();
        assert!(msg.contains(&target.display().to_string()), "{msg}");
        assert!(
            msg.contains("writable") || msg.contains("read-only"),
            "{msg}"
        );
    }
    std::fs::set_permissions(&locked, std::fs::Permissions::from_mode(0o755)).unwrap();
}
