mod common;

use common::{doc_with_body, Fixture};
use dossier_model::{PartialDate, SourceFormat};
use dossier_store::{DocListQuery, SqliteStore, StoreError, StoreReader, StoreWriter};

fn sample_docs() -> Vec<dossier_model::Document> {
    vec![
        Fixture {
            headline: Some("Arnor and Gondor sign the Sarn Ford accord"),
            paragraphs: &[
                "Envoys of Arnor and Gondor signed an accord at Sarn Ford on Tuesday. Lt. Gen. Halbarad attended.",
                "The accord reopens the Great East Road to merchants.",
            ],
            outlet: Some("The Minas Tirith Herald"),
            published: Some("2025-07-18"),
            path: "news/herald-accord.html",
            format: SourceFormat::Html,
            ..Default::default()
        }
        .build(),
        Fixture {
            headline: Some("Rohan riders report smoke beyond the Anduin"),
            paragraphs: &["Riders of Rohan reported smoke beyond the Anduin. Haftar's envoy in Edoras denied any role."],
            outlet: Some("Edoras Courier"),
            published: Some("2025-07-20"),
            path: "news/courier.jsonl",
            format: SourceFormat::Jsonl,
            ..Default::default()
        }
        .build(),
        Fixture {
            headline: Some("پاکستان اور آرنر کے درمیان مذاکرات"),
            paragraphs: &["آرنر کے وزیر خارجہ نے اسلام آباد میں مذاکرات کیے۔ مُحَمَّد علی نے بیان دیا۔"],
            outlet: Some("Daily Anduin Urdu"),
            published: Some("2025-07"),
            language: "ur",
            path: "news/urdu.txt",
            ..Default::default()
        }
        .build(),
        Fixture {
            headline: None,
            paragraphs: &["A café in Dol Amroth reopened after the storm; no date was printed."],
            outlet: None,
            published: None,
            path: "news/undated.txt",
            ..Default::default()
        }
        .build(),
    ]
}

fn filled_store() -> SqliteStore {
    let mut store = SqliteStore::open_in_memory().unwrap();
    let report = store.put_documents(&sample_docs()).unwrap();
    assert_eq!(report.added.len(), 4);
    store
}

#[test]
fn put_get_count_round_trip() {
    let store = filled_store();
    assert_eq!(store.count_documents().unwrap(), 4);
    for doc in sample_docs() {
        let back = store.get_document(doc.id.as_str()).unwrap().unwrap();
        assert_eq!(back, doc);
        // Unique prefixes of 4+ hex digits work, in any case.
        let prefix = doc.id.as_str()[..8].to_ascii_uppercase();
        assert_eq!(store.get_document(&prefix).unwrap().unwrap().id, doc.id);
    }
    assert!(store.get_document("0123456789abcdef").unwrap().is_none());
}

#[test]
fn reputting_adds_nothing() {
    let mut store = filled_store();
    let docs = sample_docs();
    let report = store.put_documents(&docs).unwrap();
    assert!(report.added.is_empty());
    assert_eq!(
        report.unchanged,
        docs.iter().map(|d| d.id.clone()).collect::<Vec<_>>()
    );
    assert_eq!(store.count_documents().unwrap(), 4);
    // A duplicate inside one batch is stored once.
    let fresh = doc_with_body("Gondor's fleet left Pelargir.");
    let report = store
        .put_documents(&[fresh.clone(), fresh.clone()])
        .unwrap();
    assert_eq!(report.added, vec![fresh.id.clone()]);
    assert_eq!(report.unchanged, vec![fresh.id.clone()]);
    assert_eq!(store.count_documents().unwrap(), 5);
    // The same search finds each document once.
    assert_eq!(store.search("Pelargir", 10).unwrap().len(), 1);
    // Empty batches are fine.
    assert_eq!(store.put_documents(&[]).unwrap(), Default::default());
}

#[test]
fn invalid_document_rolls_back_the_whole_batch() {
    let mut store = filled_store();
    let good = doc_with_body("The beacons of Amon Dîn were lit at midnight.");
    let mut bad = doc_with_body("Minas Ithil remained silent.");
    bad.source.path = "feeds/broken.xml".into();
    bad.sentences[0].span.end = 9_999;
    let err = store
        .put_documents(&[good.clone(), bad.clone()])
        .unwrap_err();
    assert!(matches!(err, StoreError::InvalidDocument { .. }), "{err:?}");
    let msg = err.to_string();
    assert!(msg.contains(bad.id.as_str()), "{msg}");
    assert!(msg.contains("feeds/broken.xml"), "{msg}");
    assert!(store.get_document(good.id.as_str()).unwrap().is_none());
    assert!(store.search("beacons", 10).unwrap().is_empty());
    assert_eq!(store.count_documents().unwrap(), 4);
    // A tampered id is caught too.
    let mut wrong_id = doc_with_body("Osgiliath was rebuilt.");
    wrong_id.id = good.id.clone();
    assert!(matches!(
        store.put_documents(&[wrong_id]),
        Err(StoreError::InvalidDocument { .. })
    ));
    assert_eq!(store.count_documents().unwrap(), 4);
}

#[test]
fn prefixes_must_be_hex_long_enough_and_unique() {
    let mut store = SqliteStore::open_in_memory().unwrap();
    // Find two documents whose ids share their first 4 hex digits.
    let mut by_prefix = std::collections::HashMap::new();
    let (a, b) = (0..)
        .find_map(|i| {
            let d = doc_with_body(&format!("Dispatch number {i} from the Grey Havens."));
            let key = d.id.as_str()[..4].to_string();
            by_prefix.insert(key, d.clone()).map(|prev| (prev, d))
        })
        .unwrap();
    store.put_documents(&[a.clone(), b.clone()]).unwrap();
    let err = store.get_document(&a.id.as_str()[..4]).unwrap_err();
    match &err {
        StoreError::AmbiguousId { candidates, .. } => {
            assert!(candidates.contains(&a.id.to_string()));
            assert!(candidates.contains(&b.id.to_string()));
        }
        other => panic!("{other:?}"),
    }
    assert!(err.to_string().contains(a.id.as_str()));
    assert!(matches!(
        store.get_document("abc"),
        Err(StoreError::InvalidId { .. })
    ));
    assert!(matches!(
        store.get_document("zzzz-not-hex"),
        Err(StoreError::InvalidId { .. })
    ));
    assert!(matches!(
        store.get_document(""),
        Err(StoreError::InvalidId { .. })
    ));
    assert!(store.get_document("0123456789abcdef0").unwrap().is_none());
}

#[test]
fn listing_is_newest_first_and_filters() {
    let store = filled_store();
    let all = store.list_documents(&DocListQuery::default()).unwrap();
    let dates: Vec<Option<&str>> = all.iter().map(|d| d.published.as_deref()).collect();
    assert_eq!(
        dates,
        vec![
            Some("2025-07-20"),
            Some("2025-07-18"),
            Some("2025-07"),
            None
        ]
    );
    let first = &all[0];
    assert_eq!(first.outlet.as_deref(), Some("Edoras Courier"));
    assert_eq!(first.format, SourceFormat::Jsonl);
    assert_eq!(first.source_path, "news/courier.jsonl");
    assert_eq!(first.n_sentences, 2);
    assert_eq!(first.language, "en");
    assert_eq!(first.body_len, sample_docs()[1].body.len());

    let page = store
        .list_documents(&DocListQuery {
            limit: 2,
            offset: 1,
            ..Default::default()
        })
        .unwrap();
    assert_eq!(page, all[1..3].to_vec());

    let urdu = store
        .list_documents(&DocListQuery {
            lang: Some("UR".into()),
            ..Default::default()
        })
        .unwrap();
    assert_eq!(urdu.len(), 1);
    assert_eq!(urdu[0].language, "ur");

    let herald = store
        .list_documents(&DocListQuery {
            outlet: Some("the minas tirith herald".into()),
            ..Default::default()
        })
        .unwrap();
    assert_eq!(herald.len(), 1);

    let range = |since: Option<&str>, until: Option<&str>| -> Vec<Option<String>> {
        store
            .list_documents(&DocListQuery {
                since: since.and_then(PartialDate::parse),
                until: until.and_then(PartialDate::parse),
                ..Default::default()
            })
            .unwrap()
            .into_iter()
            .map(|d| d.published)
            .collect()
    };
    let s = |v: &str| Some(v.to_string());
    assert_eq!(
        range(Some("2025-07-19"), None),
        vec![s("2025-07-20"), s("2025-07")]
    );
    assert_eq!(
        range(None, Some("2025-07-18")),
        vec![s("2025-07-18"), s("2025-07")]
    );
    assert_eq!(
        range(Some("2025-07"), Some("2025-07")),
        vec![s("2025-07-20"), s("2025-07-18"), s("2025-07")]
    );
    assert_eq!(range(Some("2025-08"), None), Vec::<Option<String>>::new());
    assert_eq!(range(None, Some("2024")), Vec::<Option<String>>::new());
}

#[test]
fn ingest_order_breaks_date_ties() {
    let mut store = SqliteStore::open_in_memory().unwrap();
    let first = doc_with_body("First dispatch from Bree.");
    let second = doc_with_body("Second dispatch from Bree.");
    store.put_documents(std::slice::from_ref(&first)).unwrap();
    store.put_documents(std::slice::from_ref(&second)).unwrap();
    let ids: Vec<_> = store
        .list_documents(&DocListQuery::default())
        .unwrap()
        .into_iter()
        .map(|d| d.id)
        .collect();
    assert_eq!(ids, vec![second.id, first.id]);
}

#[test]
fn search_ranks_and_snippets() {
    let store = filled_store();
    let hits = store.search("accord", 10).unwrap();
    assert_eq!(hits.len(), 1);
    let hit = &hits[0];
    assert_eq!(hit.doc_id, sample_docs()[0].id);
    assert_eq!(
        hit.headline.as_deref(),
        Some("Arnor and Gondor sign the Sarn Ford accord")
    );
    assert_eq!(hit.outlet.as_deref(), Some("The Minas Tirith Herald"));
    assert!(hit.snippet.contains("[accord]"), "{}", hit.snippet);
    assert!(hit.score > 0.0);

    // AND of words, case-insensitive.
    assert_eq!(store.search("ARNOR merchants", 10).unwrap().len(), 1);
    assert!(store.search("Arnor Edoras", 10).unwrap().is_empty());
    // OR.
    assert_eq!(store.search("merchants OR Edoras", 10).unwrap().len(), 2);
    // Phrases.
    assert_eq!(store.search("\"Great East Road\"", 10).unwrap().len(), 1);
    assert!(store.search("\"Road East Great\"", 10).unwrap().is_empty());
    // Prefix.
    assert_eq!(store.search("Anduin*", 10).unwrap().len(), 1);
    assert_eq!(store.search("merch*", 10).unwrap().len(), 1);
    // Diacritics ignored: café / cafe, Annúminas.
    assert_eq!(store.search("cafe", 10).unwrap().len(), 1);
    // Limit.
    assert_eq!(store.search("the", 1).unwrap().len(), 1);
    assert!(store.search("the", 0).unwrap().is_empty());
}

#[test]
fn headline_matches_rank_first() {
    let mut store = SqliteStore::open_in_memory().unwrap();
    let body_only = Fixture {
        headline: Some("Harvest report"),
        paragraphs: &["The harvest was good. Some say Isengard bought grain."],
        ..Default::default()
    }
    .build();
    let in_headline = Fixture {
        headline: Some("Isengard buys grain"),
        paragraphs: &["The harvest was good. Merchants sold grain to the tower."],
        ..Default::default()
    }
    .build();
    store
        .put_documents(&[body_only.clone(), in_headline.clone()])
        .unwrap();
    let hits = store.search("Isengard", 10).unwrap();
    assert_eq!(hits.len(), 2);
    assert_eq!(hits[0].doc_id, in_headline.id);
    assert!(hits[0].score > hits[1].score);
}

#[test]
fn hostile_queries_never_fail() {
    let store = filled_store();
    let queries = [
        "Lt. Gen.",
        "\"",
        "\"\"",
        "*",
        "**",
        "(",
        ")",
        "NEAR",
        "NEAR(Arnor Gondor)",
        "Arnor NEAR/2 Gondor",
        "Haftar's",
        "AND",
        "NOT Arnor",
        "Arnor -Gondor",
        "OR",
        "Arnor OR",
        "headline:Arnor",
        "{headline body}: Arnor",
        "^Arnor",
        "Arnor +",
        "'; DROP TABLE documents; --",
        "\\",
        "%_",
        "a\u{0}b",
        "\u{200c}",
        "مذاکرات",
        "🙂",
        "Gen.*",
        "*Gen",
        "\"Arnor",
        "Arnor\"Gondor\"",
    ];
    for q in queries {
        if let Err(e) = store.search(q, 10) {
            panic!("query {q:?} failed: {e}");
        }
    }
    assert_eq!(store.search("Lt. Gen.", 10).unwrap().len(), 1);
    assert_eq!(store.search("Haftar's", 10).unwrap().len(), 1);
    assert_eq!(store.search("NEAR(Arnor Gondor)", 10).unwrap().len(), 0);
    assert_eq!(store.search("headline:Arnor", 10).unwrap().len(), 0);
    assert_eq!(store.search("\"Arnor", 10).unwrap().len(), 1);
    assert!(store.search("\"", 10).unwrap().is_empty());
    // Every printable ASCII punctuation character, alone, doubled, and glued to a word.
    for c in (b'!'..=b'~')
        .map(char::from)
        .filter(|c| !c.is_ascii_alphanumeric())
    {
        for q in [
            format!("{c}"),
            format!("{c}{c}"),
            format!("Arnor{c}"),
            format!("{c}Arnor{c} Gondor"),
        ] {
            if let Err(e) = store.search(&q, 10) {
                panic!("query {q:?} failed: {e}");
            }
        }
    }
    assert_eq!(store.count_documents().unwrap(), 4);
}

#[test]
fn urdu_text_is_searchable() {
    let store = filled_store();
    let urdu_id = sample_docs()[2].id.clone();
    for q in [
        "مذاکرات",
        "پاکستان",
        "آرنر مذاکرات",
        "\"وزیر خارجہ\"",
        "محمد",
        "مُحَمَّد",
    ] {
        let hits = store.search(q, 10).unwrap();
        assert_eq!(hits.len(), 1, "query {q:?}");
        assert_eq!(hits[0].doc_id, urdu_id);
    }
    let hits = store.search("مذاکرات", 10).unwrap();
    assert!(hits[0].snippet.contains("[مذاکرات]"), "{}", hits[0].snippet);
}

#[test]
fn search_hits_serialise_to_json() {
    let store = filled_store();
    let hits = store.search("accord", 10).unwrap();
    let json = serde_json::to_value(&hits).unwrap();
    assert_eq!(json[0]["doc_id"], sample_docs()[0].id.as_str());
    let list = store.list_documents(&DocListQuery::default()).unwrap();
    let json = serde_json::to_value(&list).unwrap();
    assert_eq!(json[0]["format"], "jsonl");
}

#[test]
fn usable_through_a_trait_object_and_across_threads() {
    fn error_is_portable<E: std::error::Error + Send + Sync + 'static>() {}
    fn store_is_send<S: Send>() {}
    error_is_portable::<StoreError>();
    store_is_send::<SqliteStore>();
    let mut store = SqliteStore::open_in_memory().unwrap();
    let writer: &mut dyn StoreWriter = &mut store;
    writer.put_documents(&sample_docs()).unwrap();
    assert_eq!(writer.count_documents().unwrap(), 4);
    let reader: &dyn StoreReader = writer;
    assert_eq!(reader.count_documents().unwrap(), 4);
    let handle = std::thread::spawn(move || store.count_documents().unwrap());
    assert_eq!(handle.join().unwrap(), 4);
}
