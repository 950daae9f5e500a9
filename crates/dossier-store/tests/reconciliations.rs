//! The reconciliation stage's table seen through the public API: a story's reconciliation
//! round-trips whole, is replaced by a later one, is deleted with its story, and carries the
//! membership key it was computed from.

use dossier_model::{DocId, Reconciliation, Visit};
use dossier_store::{
    membership_key, ReconciliationKey, SqliteStore, StoreReader, StoreWriter, StoryMembership,
    StoryReconciliation,
};

fn visit(visitor: &str) -> Visit {
    Visit {
        id: format!("visit:{visitor}:arnor:3019-03"),
        visitor: format!("person:{visitor}"),
        visitor_name: visitor.to_string(),
        country: "Arnor".to_string(),
        month: "3019-03".to_string(),
        parts: vec!["ev:aa:e1".to_string()],
    }
}

fn stored(story: &str, visitor: &str, members: &[&str]) -> StoryReconciliation {
    let ids: Vec<DocId> = members.iter().map(|m| DocId(m.to_string())).collect();
    StoryReconciliation {
        story_id: story.to_string(),
        members: membership_key(ids.iter().map(|d| (d, None))),
        outlets: members.len(),
        reconciliation: Reconciliation {
            visits: vec![visit(visitor)],
            ..Default::default()
        },
    }
}

#[test]
fn a_reconciliation_round_trips_is_replaced_and_is_deleted_with_its_story() {
    let mut store = SqliteStore::open_in_memory().unwrap();
    let before = store.generation().unwrap();
    let first = stored("s:1", "aragorn", &["bb", "aa"]);
    let other = stored("s:2", "gandalf", &["cc"]);
    store
        .put_reconciliations(&[first.clone(), other.clone()], &[], 1)
        .unwrap();
    assert!(store.generation().unwrap() > before);
    assert_eq!(store.get_reconciliation("s:1").unwrap(), Some(first));
    assert_eq!(store.get_reconciliation("s:9").unwrap(), None);
    let again = stored("s:1", "elrond", &["aa", "bb", "dd"]);
    store
        .put_reconciliations(std::slice::from_ref(&again), &["s:2".to_string()], 2)
        .unwrap();
    assert_eq!(store.get_reconciliation("s:1").unwrap(), Some(again));
    assert_eq!(store.get_reconciliation("s:2").unwrap(), None);
    assert_eq!(
        store.reconciliation_keys().unwrap(),
        vec![ReconciliationKey {
            story_id: "s:1".to_string(),
            pipeline: 2,
            members: "aa\nbb\ndd".to_string(),
        }]
    );
}

#[test]
fn the_membership_key_is_sorted_and_names_reprints() {
    let m = |doc: &str, original: Option<&str>| StoryMembership {
        doc_id: DocId(doc.to_string()),
        story_id: "s:1".to_string(),
        near_duplicate_of: original.map(|o| DocId(o.to_string())),
        features: "{}".to_string(),
    };
    assert_eq!(
        StoryMembership::key_of(&[m("cc", Some("aa")), m("aa", None)]),
        "aa\ncc>aa"
    );
    assert_ne!(
        StoryMembership::key_of(&[m("cc", None), m("aa", None)]),
        StoryMembership::key_of(&[m("cc", Some("aa")), m("aa", None)])
    );
}
