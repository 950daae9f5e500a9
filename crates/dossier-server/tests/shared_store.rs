//! A server and a CLI on one store file: the server reads through read-only handles and keeps
//! no story index of its own, so an ingest by another handle (as `dossier ingest` would run
//! while `dossier serve` is up) is seen by the server's next read, with the right stories, and
//! the server's own next ingest clusters against the index that ingest kept. The corpus cache
//! follows every write, even one that adds no document.

use axum::body::Body;
use axum::http::{Request, StatusCode};
use axum::Router;
use dossier_ingest::Limits;
use dossier_server::{router, ServerConfig, ServerStores};
use dossier_store::{SqliteStore, StoreReader, StoreWriter, StoryMembership};
use http_body_util::BodyExt;
use serde_json::Value;
use std::collections::BTreeMap;
use std::path::Path;
use tower::ServiceExt;

/// Four articles of one fictional world: three on the Fornost road talks, one on a raid.
const ENVOY: (&str, &str) = (
    "envoy-meets-elessar.txt",
    "Arnor envoy meets King Elessar in Minas Tirith\n\nMINAS TIRITH, 3 March 3019 - The envoy of Arnor met King Elessar of Gondor in Minas Tirith on Monday to discuss rebuilding the northern road to Fornost and sharing the cost of its garrison.\n\nThe two sides agreed that work on the road would begin before the summer, the Gondor council said.\n",
);
const ROAD: (&str, &str) = (
    "road-agreed.txt",
    "Gondor and Arnor agree to rebuild the northern road\n\nMINAS TIRITH, 4 March 3019 - King Elessar and the envoy of Arnor agreed in Minas Tirith to rebuild the northern road to Fornost, with Gondor paying half of the garrison at Fornost.\n\nThe envoy returns to Arnor next week.\n",
);
const RAID: (&str, &str) = (
    "raid-at-the-fords.txt",
    "Riders of Rohan beat back orc raiders at the Fords of Isen\n\nEDORAS, 4 March 3019 - Riders of Rohan fought orc raiders near the Fords of Isen overnight, and Marshal Erkenbrand said twelve raiders were captured after the battle.\n\nThe marshal said the riders lost no men in the fighting.\n",
);
const GARRISON: (&str, &str) = (
    "garrison-shared.txt",
    "Fornost garrison to be shared by Gondor and Arnor\n\nFORNOST, 6 March 3019 - The garrison at Fornost will be paid in equal halves by Gondor and Arnor, the envoy of Arnor said after his talks with King Elessar in Minas Tirith on the northern road.\n",
);

fn server(path: &Path) -> Router {
    let config = ServerConfig::new("127.0.0.1:0".parse().expect("an address"));
    router(
        ServerStores::open_sqlite(path, false, 2).expect("server stores"),
        config,
    )
}

async fn call(app: &Router, req: Request<Body>) -> (StatusCode, Vec<u8>) {
    let res = app.clone().oneshot(req).await.expect("a response");
    let status = res.status();
    let body = res
        .into_body()
        .collect()
        .await
        .expect("a body")
        .to_bytes()
        .to_vec();
    (status, body)
}

async fn get_json(app: &Router, uri: &str) -> Value {
    let (status, body) = call(app, Request::get(uri).body(Body::empty()).expect("req")).await;
    assert_eq!(status, StatusCode::OK, "{uri}");
    serde_json::from_slice(&body).expect("JSON")
}

async fn get_text(app: &Router, uri: &str) -> String {
    let (status, body) = call(app, Request::get(uri).body(Body::empty()).expect("req")).await;
    assert_eq!(status, StatusCode::OK, "{uri}");
    String::from_utf8(body).expect("UTF-8")
}

async fn post_article(app: &Router, (name, text): (&str, &str)) {
    let (status, body) = call(
        app,
        Request::post(format!("/api/ingest?name={name}"))
            .body(Body::from(text.as_bytes().to_vec()))
            .expect("req"),
    )
    .await;
    assert_eq!(status, StatusCode::OK, "{}", String::from_utf8_lossy(&body));
}

/// What a CLI ingest does: its own writer handle on the file, the pipeline, then closed.
fn cli_ingest(path: &Path, (name, text): (&str, &str)) {
    let mut cli = SqliteStore::open(path).expect("a second handle");
    let summary = dossier_pipeline::ingest_bytes(
        &mut cli,
        &format!("upload:{name}"),
        text.as_bytes(),
        &Limits::default(),
        200,
    )
    .expect("ingest");
    assert_eq!(summary.added, 1, "{name}");
    cli.close().expect("closed");
}

/// The stories as sets of source names, so that two stores compare whatever their ids.
fn partition(memberships: &[StoryMembership], store: &dyn StoreReader) -> Vec<Vec<String>> {
    let mut stories: BTreeMap<&str, Vec<String>> = BTreeMap::new();
    for m in memberships {
        let doc = store
            .get_document(m.doc_id.as_str())
            .expect("read")
            .expect("stored");
        stories
            .entry(&m.story_id)
            .or_default()
            .push(doc.source.path.clone());
    }
    let mut out: Vec<Vec<String>> = stories
        .into_values()
        .map(|mut v| {
            v.sort();
            v
        })
        .collect();
    out.sort();
    out
}

#[tokio::test]
async fn a_cli_ingest_while_the_server_runs_is_seen_by_its_next_read_with_the_right_stories() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("shared.db");
    let app = server(&path);

    post_article(&app, ENVOY).await;
    let before = get_json(&app, "/api/documents").await;
    assert_eq!(before["total"], 1);
    // Warm the corpus cache.
    let csv = get_text(&app, "/api/export?format=csv").await;

    cli_ingest(&path, ROAD);
    cli_ingest(&path, RAID);

    let after = get_json(&app, "/api/documents").await;
    assert_eq!(after["total"], 3);
    let stories = get_json(&app, "/api/stories").await;
    let items = stories["items"].as_array().expect("stories");
    assert_eq!(items.len(), 2, "{stories}");
    let sizes: Vec<usize> = items
        .iter()
        .map(|s| s["documents"].as_array().map_or(0, Vec::len))
        .collect();
    assert_eq!(
        sizes,
        vec![2, 1],
        "the road talks, then the raid: {stories}"
    );
    let reader = SqliteStore::open_read_only(&path).expect("reader");
    let road = reader
        .list_documents(&Default::default())
        .expect("list")
        .into_iter()
        .find(|d| d.source_path.contains("road-agreed"))
        .expect("the CLI's document");
    // The cached corpus was rebuilt: the CLI's article's events are in the export.
    let csv_after = get_text(&app, "/api/export?format=csv").await;
    assert_ne!(csv, csv_after);
    assert!(csv_after.contains(road.id.as_str()), "{csv_after}");

    // The server's next ingest clusters against the index the CLI's run kept.
    post_article(&app, GARRISON).await;
    let served = partition(&reader.story_memberships(None).expect("read"), &reader);

    // The same articles in the same order, each its own run, in a store of their own.
    let mut alone = SqliteStore::open(dir.path().join("alone.db")).expect("store");
    for (name, text) in [ENVOY, ROAD, RAID, GARRISON] {
        dossier_pipeline::ingest_bytes(
            &mut alone,
            &format!("upload:{name}"),
            text.as_bytes(),
            &Limits::default(),
            200,
        )
        .expect("ingest");
    }
    let expected = partition(&alone.story_memberships(None).expect("read"), &alone);
    assert_eq!(served, expected);
    assert_eq!(served.len(), 2, "{served:?}");
    assert!(served.iter().any(|s| s.len() == 3), "{served:?}");
}

#[tokio::test]
async fn the_corpus_cache_follows_a_write_that_adds_no_document() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("shared.db");
    let app = server(&path);

    // Another process stores the article without analysing it (as a dossier older than a stage
    // would have left it).
    let doc = dossier_ingest::read_bytes(ROAD.0, ROAD.1.as_bytes(), &Limits::default())
        .next()
        .expect("one record")
        .expect("a document");
    let mut cli = SqliteStore::open(&path).expect("a second handle");
    cli.put_documents(std::slice::from_ref(&doc))
        .expect("document");
    let csv = get_text(&app, "/api/export?format=csv").await;
    assert!(!csv.contains(doc.id.as_str()), "not analysed yet: {csv}");
    let page = get_json(&app, &format!("/api/documents/{}", doc.id)).await;
    assert_eq!(
        page["not_analysed"],
        serde_json::json!(["entities", "events", "opinion"])
    );

    // It analyses the document: the count stays, the generation moves, the cache follows.
    dossier_pipeline::analyse_missing(&mut cli, std::slice::from_ref(&doc)).expect("analyse");
    assert_eq!(cli.count_documents().expect("count"), 1);
    let csv = get_text(&app, "/api/export?format=csv").await;
    assert!(csv.contains(doc.id.as_str()), "{csv}");
    let page = get_json(&app, &format!("/api/documents/{}", doc.id)).await;
    assert_eq!(page["not_analysed"], serde_json::json!([]));
}
