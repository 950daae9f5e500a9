//! The opinion stage's verdicts stored beside their documents: a document without them reads
//! as not analysed, a newer stage version asks for them again, orphans are refused.

mod common;

use common::doc_with_body;
use dossier_model::{DocId, Span};
use dossier_store::{
    DocumentOpinions, OpinionScoreRecord, OpinionStance, SentenceOpinionRecord, SqliteStore,
    StoreError, StoreReader, StoreWriter,
};

fn verdicts(doc_id: &DocId, stances: &[OpinionStance]) -> DocumentOpinions {
    DocumentOpinions {
        doc_id: doc_id.clone(),
        sentences: stances
            .iter()
            .enumerate()
            .map(|(i, stance)| SentenceOpinionRecord {
                sentence: i,
                span: Span::new(i * 10, i * 10 + 9),
                score: OpinionScoreRecord {
                    stance: *stance,
                    is_opinion: *stance == OpinionStance::Opinion,
                    subjective: *stance != OpinionStance::Reporting,
                    probability: 0.25,
                    attributed: false,
                    attribution: None,
                    cues: Vec::new(),
                    scored_by: "english".into(),
                },
            })
            .collect(),
    }
}

#[test]
fn a_document_without_opinions_reads_as_not_analysed_until_they_are_stored() {
    let mut store = SqliteStore::open_in_memory().expect("store");
    let gondor = doc_with_body("The beacons of Gondor were lit. Rohan will surely answer.");
    let arnor = doc_with_body("Fornost stood empty through the long winter.");
    store
        .put_documents(&[gondor.clone(), arnor.clone()])
        .expect("documents");
    let ids = [gondor.id.clone(), arnor.id.clone()];
    assert_eq!(store.get_opinions(&gondor.id).expect("read"), None);
    assert_eq!(store.missing_opinions(&ids, 1).expect("read"), ids.to_vec());

    let stored = verdicts(
        &gondor.id,
        &[OpinionStance::Reporting, OpinionStance::Opinion],
    );
    store
        .put_opinions(std::slice::from_ref(&stored), 1)
        .expect("opinions");
    assert_eq!(store.get_opinions(&gondor.id).expect("read"), Some(stored));
    assert_eq!(
        store.missing_opinions(&ids, 1).expect("read"),
        vec![arnor.id.clone()]
    );
    // A newer version of the stage has not seen either document.
    assert_eq!(store.missing_opinions(&ids, 2).expect("read"), ids.to_vec());

    // Storing again replaces.
    let again = verdicts(&gondor.id, &[OpinionStance::Reporting]);
    store
        .put_opinions(std::slice::from_ref(&again), 2)
        .expect("opinions");
    assert_eq!(store.get_opinions(&gondor.id).expect("read"), Some(again));
    assert_eq!(
        store.missing_opinions(&ids, 2).expect("read"),
        vec![arnor.id.clone()]
    );
}

#[test]
fn opinions_of_an_unknown_document_fail_the_whole_batch() {
    let mut store = SqliteStore::open_in_memory().expect("store");
    let minas = doc_with_body("Minas Tirith held.");
    store
        .put_documents(std::slice::from_ref(&minas))
        .expect("document");
    let ghost = doc_with_body("Nobody stored the tale of Angmar.");
    let err = store
        .put_opinions(
            &[
                verdicts(&minas.id, &[OpinionStance::Reporting]),
                verdicts(&ghost.id, &[OpinionStance::Opinion]),
            ],
            1,
        )
        .expect_err("an orphan");
    assert!(matches!(err, StoreError::UnknownDocument { .. }), "{err}");
    assert_eq!(store.get_opinions(&minas.id).expect("read"), None);
}
