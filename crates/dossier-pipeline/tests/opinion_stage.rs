//! The opinion stage is stored like the others: an ingest run keeps exactly what
//! `dossier_opinion::classify_document` says of every sentence, and a document stored without
//! it (by a dossier older than the stage) gets it on the next run that reads the document.

use dossier_ingest::Limits;
use dossier_pipeline::{ingest_paths, opinions_of, Quiet, OPINION_VERSION};
use dossier_store::{SqliteStore, StoreReader, StoreWriter};

const ARTICLE: &str = "Arnor's envoy warns of a hard winter in the north\n\n\
FORNOST, 9 November 3019 - The envoy of Arnor told the council in Minas Tirith that the \
northern road would close before the first snow, according to the council's clerk.\n\n\
Frankly, the council's refusal to pay for the road is a disgrace that Gondor will regret.\n";

#[test]
fn ingest_keeps_the_classifier_verdicts_and_fills_in_documents_stored_without_them() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("fornost-winter.txt");
    std::fs::write(&path, ARTICLE).expect("fixture");
    let doc = dossier_ingest::read_path(&path, &Limits::default())
        .next()
        .expect("one record")
        .expect("a document");

    // Stored as an older dossier would have left it: the document without its opinions.
    let mut store = SqliteStore::open(dir.path().join("store.db")).expect("store");
    store
        .put_documents(std::slice::from_ref(&doc))
        .expect("document");
    assert_eq!(store.get_opinions(&doc.id).expect("read"), None);

    let summary = ingest_paths(
        &mut store,
        std::slice::from_ref(&path),
        &Limits::default(),
        10,
        &mut Quiet,
    )
    .expect("ingest");
    assert_eq!((summary.added, summary.unchanged), (0, 1));
    let stored = store
        .get_opinions(&doc.id)
        .expect("read")
        .expect("the run classified the stored document");
    assert!(store
        .missing_opinions(std::slice::from_ref(&doc.id), OPINION_VERSION)
        .expect("read")
        .is_empty());
    // Exactly the classifier's verdicts, field for field.
    assert_eq!(
        serde_json::to_value(&stored.sentences).expect("json"),
        serde_json::to_value(dossier_opinion::classify_document(&doc)).expect("json")
    );
    assert_eq!(stored, opinions_of(&doc).expect("verdicts"));
    assert_eq!(stored.sentences.len(), doc.sentences.len());
    assert!(stored.sentences.iter().any(|s| s.score.is_opinion));
    assert!(stored.sentences.iter().any(|s| s.score.attributed));
}
