//! Entities stored beside their documents: replace, look up, list, and refuse orphans.

mod common;

use common::doc_with_body;
use dossier_model::{DocumentEntities, Entity, EntityType, Mention, Role, RoleSource};
use dossier_store::{EntityQuery, SqliteStore, StoreError, StoreReader, StoreWriter};

fn person(doc: &dossier_model::Document, n: usize, name: &str, start: usize) -> Entity {
    let mention = Mention {
        doc_id: doc.id.clone(),
        start,
        end: start + name.len(),
        text: name.to_string(),
    };
    Entity {
        id: format!("{}:{n}", doc.id),
        kind: EntityType::Person,
        name: name.to_string(),
        names: vec![name.to_string()],
        country: Some("AR".into()),
        sector: Some("military".into()),
        actor_code: None,
        roles: vec![Role {
            rank: Some("Captain".into()),
            role: None,
            organisation: None,
            country: Some("AR".into()),
            sector: Some("military".into()),
            date: None,
            source: RoleSource::Text,
            evidence: mention.clone(),
        }],
        place: None,
        mentions: vec![mention],
    }
}

#[test]
fn entities_are_stored_replaced_and_listed() {
    let mut store = SqliteStore::open_in_memory().unwrap();
    let doc = doc_with_body("Captain Halbarad of Arnor rode to the fords of the Greyflood.");
    store.put_documents(std::slice::from_ref(&doc)).unwrap();
    assert_eq!(
        store
            .missing_entities(std::slice::from_ref(&doc.id), 1)
            .unwrap(),
        vec![doc.id.clone()]
    );
    let first = DocumentEntities {
        doc_id: doc.id.clone(),
        entities: vec![person(&doc, 0, "Halbarad", 8)],
        dates: vec![],
        quantities: vec![],
    };
    store.put_entities(std::slice::from_ref(&first), 1).unwrap();
    assert!(store
        .missing_entities(std::slice::from_ref(&doc.id), 1)
        .unwrap()
        .is_empty());
    assert_eq!(
        store
            .missing_entities(std::slice::from_ref(&doc.id), 2)
            .unwrap(),
        vec![doc.id.clone()],
        "an older pipeline's output counts as missing"
    );
    assert_eq!(store.get_entities(&doc.id).unwrap(), Some(first.clone()));

    // A second run replaces the first run's rows.
    let second = DocumentEntities {
        entities: vec![person(&doc, 0, "Captain Halbarad", 0)],
        ..first
    };
    store
        .put_entities(std::slice::from_ref(&second), 2)
        .unwrap();
    let all = store.list_entities(&EntityQuery::default()).unwrap();
    assert_eq!(all.len(), 1);
    assert_eq!(all[0].name, "Captain Halbarad");
    let by_name = store
        .list_entities(&EntityQuery {
            name: Some("halbarad".into()),
            kind: Some(EntityType::Person),
            ..Default::default()
        })
        .unwrap();
    assert_eq!(by_name.len(), 1);
    let none = store
        .list_entities(&EntityQuery {
            kind: Some(EntityType::Organisation),
            ..Default::default()
        })
        .unwrap();
    assert!(none.is_empty());
}

#[test]
fn entities_of_an_unknown_document_fail_the_batch() {
    let mut store = SqliteStore::open_in_memory().unwrap();
    let stored = doc_with_body("The Steward of Gondor received the envoy at Minas Tirith.");
    let orphan = doc_with_body("Nobody stored this text about Dol Amroth.");
    store.put_documents(std::slice::from_ref(&stored)).unwrap();
    let batch = vec![
        DocumentEntities {
            doc_id: stored.id.clone(),
            entities: vec![],
            dates: vec![],
            quantities: vec![],
        },
        DocumentEntities {
            doc_id: orphan.id.clone(),
            entities: vec![],
            dates: vec![],
            quantities: vec![],
        },
    ];
    let err = store.put_entities(&batch, 1).unwrap_err();
    assert!(matches!(err, StoreError::UnknownDocument { .. }), "{err}");
    // The whole batch rolled back: the stored document has no analysis either.
    assert_eq!(store.get_entities(&stored.id).unwrap(), None);
}
