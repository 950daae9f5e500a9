//! The views never run a stage: a document whose stages are not stored reads as not analysed
//! (no entities, events or opinion marks, and says so), and a story without a current stored
//! reconciliation reads as not reconciled (no canonical events, and says so), until an ingest
//! run analyses and reconciles them.

use dossier_ingest::{read_bytes, Limits};
use dossier_model::Document;
use dossier_query::{document_json, story_page, story_summaries, NotAnalysed};
use dossier_store::{SqliteStore, StoreReader, StoreWriter, StoryMembership};

const ARTICLE: &str = "Gondor and Rohan renew their old alliance\n\n\
EDORAS, 2 May 3019 - King Elessar of Gondor met King Eomer of Rohan in Edoras on Tuesday \
and signed a treaty renewing the alliance of the two kingdoms.\n\n\
This is surely the wisest step the two kings could have taken, and it should have come \
much sooner.\n";

fn article() -> Document {
    read_bytes("edoras-treaty.txt", ARTICLE.as_bytes(), &Limits::default())
        .next()
        .expect("one record")
        .expect("a document")
}

/// A store holding the article and its story membership, and nothing from the other stages
/// (as a document stored by an older dossier, or before a crash).
fn store_without_stages(doc: &Document) -> SqliteStore {
    let mut store = SqliteStore::open_in_memory().expect("store");
    store
        .put_documents(std::slice::from_ref(doc))
        .expect("document");
    let membership = StoryMembership {
        doc_id: doc.id.clone(),
        story_id: "s:edoras".into(),
        near_duplicate_of: None,
        features: "{}".into(),
    };
    // A clustering version no build reaches, so that no run clusters the article again.
    store
        .put_story_memberships(&[membership], &[], u32::MAX)
        .expect("membership");
    store
}

#[test]
fn a_document_without_stored_stages_reads_as_not_analysed_until_ingest_analyses_it() {
    let doc = article();
    let mut store = store_without_stages(&doc);

    let page = story_page(&store, "s:edoras")
        .expect("page")
        .expect("the story");
    let shown = &page.documents[0];
    assert_eq!(
        shown.not_analysed,
        vec![
            NotAnalysed::Entities,
            NotAnalysed::Events,
            NotAnalysed::Opinion
        ]
    );
    assert!(!shown.sentences.is_empty());
    assert!(shown
        .sentences
        .iter()
        .all(|s| s.stance == "not_analysed" && !s.opinion));
    assert!(page.events.is_empty() && shown.evidence.is_empty());
    assert_eq!(page.not_analysed, vec![NotAnalysed::Reconciliation]);
    let json = serde_json::to_value(&page).expect("json");
    assert_eq!(
        json["documents"][0]["not_analysed"],
        serde_json::json!(["entities", "events", "opinion"])
    );
    assert_eq!(json["not_analysed"], serde_json::json!(["reconciliation"]));

    let summaries = story_summaries(&store, 10, 0).expect("summaries");
    assert_eq!(
        summaries[0].documents[0].not_analysed,
        vec![NotAnalysed::Entities, NotAnalysed::Events]
    );
    assert!(summaries[0].events.is_empty());
    assert_eq!(summaries[0].not_analysed, vec![NotAnalysed::Reconciliation]);
    assert!(matches!(
        dossier_query::canonical_event(&store, &format!("{}:e0", doc.id)).expect("lookup"),
        dossier_query::EventLookup::NotAnalysed
    ));
    assert!(dossier_query::corpus(&store)
        .expect("corpus")
        .events
        .is_empty());

    let value =
        document_json(&doc, store.get_opinions(&doc.id).expect("read").as_ref()).expect("json");
    assert!(value["sentences"][0].get("stance").is_none());

    // The next run that reads the document analyses it; the views then show every stage.
    dossier_pipeline::analyse_missing(&mut store, std::slice::from_ref(&doc)).expect("analyse");
    let page = story_page(&store, "s:edoras")
        .expect("page")
        .expect("the story");
    let shown = &page.documents[0];
    assert!(shown.not_analysed.is_empty());
    assert!(shown.sentences.iter().all(|s| s.stance != "not_analysed"));
    assert!(
        shown.sentences.iter().any(|s| s.opinion),
        "{:?}",
        shown.sentences
    );
    assert!(!page.events.is_empty());
    assert!(page.not_analysed.is_empty());
    let json = serde_json::to_value(&page).expect("json");
    assert!(json["documents"][0].get("not_analysed").is_none());
    assert!(json.get("not_analysed").is_none());
    assert_eq!(
        dossier_query::corpus(&store).expect("corpus").events.len(),
        page.events.len()
    );
    let value =
        document_json(&doc, store.get_opinions(&doc.id).expect("read").as_ref()).expect("json");
    assert!(value["sentences"][0].get("stance").is_some());
}
