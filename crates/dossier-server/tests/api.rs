//! The API in-process (no socket): ingest by POST, stories, story pages with evidence,
//! canonical events, actors, map, graph, exports, OpenAPI; token, read-only, body limit,
//! security headers, article text with markup kept as text.

use axum::body::Body;
use axum::http::{header, Request, StatusCode};
use axum::Router;
use dossier_server::{router, ServerConfig, ServerStores};
use http_body_util::BodyExt;
use serde_json::Value;
use std::path::PathBuf;
use tower::ServiceExt;

fn config() -> ServerConfig {
    ServerConfig::new("127.0.0.1:0".parse().expect("an address"))
}

/// A server over a fresh store file; the folder lives as long as the returned guard.
fn new_app(config: ServerConfig) -> (Router, tempfile::TempDir) {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let stores = ServerStores::open_sqlite(&dir.path().join("store.db"), config.read_only, 2)
        .expect("a store");
    (router(stores, config), dir)
}

async fn call(app: &Router, req: Request<Body>) -> (StatusCode, axum::http::HeaderMap, Vec<u8>) {
    let res = app.clone().oneshot(req).await.expect("a response");
    let status = res.status();
    let headers = res.headers().clone();
    let body = res
        .into_body()
        .collect()
        .await
        .expect("a body")
        .to_bytes()
        .to_vec();
    (status, headers, body)
}

async fn get(app: &Router, uri: &str) -> (StatusCode, Value) {
    let (status, _, body) = call(app, Request::get(uri).body(Body::empty()).expect("req")).await;
    let value = serde_json::from_slice(&body).unwrap_or(Value::Null);
    (status, value)
}

async fn post(app: &Router, uri: &str, bytes: Vec<u8>) -> (StatusCode, Value) {
    let (status, _, body) = call(
        app,
        Request::post(uri).body(Body::from(bytes)).expect("req"),
    )
    .await;
    (status, serde_json::from_slice(&body).unwrap_or(Value::Null))
}

fn demo_dir() -> PathBuf {
    PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/../../demo"))
}

/// The demo corpus (the project's own fictional articles) ingested by POST.
async fn demo_app() -> (Router, tempfile::TempDir) {
    let (app, dir) = new_app(config());
    let mut files: Vec<PathBuf> = std::fs::read_dir(demo_dir())
        .expect("the demo folder")
        .map(|e| e.expect("an entry").path())
        .filter(|p| {
            let name = p.file_name().and_then(|n| n.to_str()).unwrap_or("");
            name != "README.md" && !name.ends_with("gold.json")
        })
        .collect();
    files.sort();
    for f in files {
        let name = f.file_name().and_then(|n| n.to_str()).expect("a name");
        let (status, summary) = post(
            &app,
            &format!("/api/ingest?name={name}"),
            std::fs::read(&f).expect("a demo file"),
        )
        .await;
        assert_eq!(status, StatusCode::OK, "{name}: {summary}");
    }
    (app, dir)
}

#[tokio::test]
async fn stories_events_actors_map_graph_and_exports_over_the_demo_corpus() {
    let (app, _dir) = demo_app().await;
    let (status, health) = get(&app, "/api/health").await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(health["documents"], 12);
    assert_eq!(health["auth_required"], false);

    let (_, stories) = get(&app, "/api/stories").await;
    let items = stories["items"].as_array().expect("stories");
    let muscat = items
        .iter()
        .find(|s| {
            s["documents"]
                .as_array()
                .is_some_and(|d| d.iter().any(|d| d["outlet"] == "Capital Ledger"))
                && s["headline"].as_str().unwrap_or("").contains("Oman")
        })
        .expect("the Oman story");
    let id = muscat["id"].as_str().expect("an id");

    let (status, page) = get(&app, &format!("/api/stories/{id}")).await;
    assert_eq!(status, StatusCode::OK);
    let docs = page["documents"].as_array().expect("documents");
    assert!(docs.len() >= 3);
    let with_evidence = docs
        .iter()
        .filter(|d| d["evidence"].as_array().is_some_and(|e| !e.is_empty()))
        .count();
    assert!(with_evidence >= 2, "evidence in {with_evidence} documents");
    // Every evidence span is a span of its document's body.
    for d in docs {
        let body = d["body"].as_str().expect("a body");
        for e in d["evidence"].as_array().expect("evidence") {
            let (s, t) = (
                e["start"].as_u64().expect("start") as usize,
                e["end"].as_u64().expect("end") as usize,
            );
            assert!(
                s < t && t <= body.len() && body.is_char_boundary(s) && body.is_char_boundary(t)
            );
        }
    }
    let event_id = page["events"][0]["id"].as_str().expect("an event id");
    let (status, event) = get(&app, &format!("/api/events/{event_id}")).await;
    assert_eq!(status, StatusCode::OK);
    assert!(event["corroboration"].as_u64().is_some());
    assert!(!event["documents"].as_array().expect("documents").is_empty());

    let (status, actors) = get(&app, "/api/actors?name=Al-Rawahi").await;
    assert_eq!(status, StatusCode::OK);
    assert!(!actors["items"][0]["timeline"]
        .as_array()
        .expect("a timeline")
        .is_empty());

    let (_, map) = get(&app, "/api/map").await;
    assert_eq!(map["type"], "FeatureCollection");
    assert!(!map["features"].as_array().expect("features").is_empty());
    let (_, graph) = get(&app, "/api/graph").await;
    assert!(!graph["edges"].as_array().expect("edges").is_empty());

    for (format, mime) in [
        ("geojson", "application/geo+json"),
        ("gexf", "application/gexf+xml"),
        ("csv", "text/csv; charset=utf-8"),
        ("plover", "application/x-ndjson; charset=utf-8"),
    ] {
        let (status, headers, body) = call(
            &app,
            Request::get(format!("/api/export?format={format}"))
                .body(Body::empty())
                .expect("req"),
        )
        .await;
        assert_eq!(status, StatusCode::OK, "{format}");
        assert_eq!(headers[header::CONTENT_TYPE], mime);
        assert!(headers[header::CONTENT_DISPOSITION]
            .to_str()
            .expect("ascii")
            .starts_with("attachment"));
        assert!(!body.is_empty());
    }
    let (status, _) = get(&app, "/api/export?format=xls").await;
    assert_eq!(status, StatusCode::BAD_REQUEST);

    let (_, hits) = get(&app, "/api/search?q=Muscat").await;
    let first = &hits["items"][0];
    assert!(first["snippet"]
        .as_array()
        .expect("snippet parts")
        .iter()
        .any(|p| p["match"] == true && p["text"] == "Muscat"));
    assert!(first["story_id"].is_string());

    let (_, openapi) = get(&app, "/openapi.json").await;
    assert_eq!(openapi["openapi"], "3.1.0");
    for path in [
        "/api/stories/{id}",
        "/api/export",
        "/api/ingest",
        "/api/map",
    ] {
        assert!(openapi["paths"][path].is_object(), "{path} documented");
    }
}

#[tokio::test]
async fn article_markup_stays_text_and_pages_carry_a_strict_policy() {
    let (app, _dir) = new_app(config());
    let article = "The Minas Tirith Herald\n\nSteward Hosts Envoys From Arnor\n\nMarch 3, 3019\n\n\
        The Steward of Gondor received two envoys from Arnor at the Citadel on Tuesday, the Herald \
        has learned. <script>window.__xss=1</script> The envoys brought letters about the \
        northern roads.\n\nA palace clerk said the talks <img src=x onerror=\"window.__xss=2\"> \
        would continue on Wednesday with the captains of the guard.\n\nThe envoys are expected \
        to return to Fornost before the spring floods close the fords.\n";
    let (status, summary) = post(&app, "/api/ingest?name=herald.txt", article.into()).await;
    assert_eq!(status, StatusCode::OK, "{summary}");
    let (_, docs) = get(&app, "/api/documents").await;
    let id = docs["items"][0]["id"].as_str().expect("a document id");
    let (_, doc) = get(&app, &format!("/api/documents/{id}")).await;
    let body = doc["document"]["body"].as_str().expect("a body");
    assert!(body.contains("<script>window.__xss=1</script>"));
    assert!(body.contains("onerror=\"window.__xss=2\""));
    // The UI is only ever allowed to run this origin's own script.
    let (status, headers, html) =
        call(&app, Request::get("/").body(Body::empty()).expect("req")).await;
    assert_eq!(status, StatusCode::OK);
    let csp = headers[header::CONTENT_SECURITY_POLICY]
        .to_str()
        .expect("ascii");
    assert!(csp.contains("script-src 'self'") && !csp.contains("unsafe-inline"));
    assert_eq!(headers[header::X_CONTENT_TYPE_OPTIONS], "nosniff");
    assert!(String::from_utf8_lossy(&html).contains("app.js"));
}

#[tokio::test]
async fn a_token_guards_every_api_call_but_health() {
    let mut c = config();
    c.token = Some("correct-horse-battery".into());
    let (app, _dir) = new_app(c);
    for uri in [
        "/api/stories",
        "/api/documents",
        "/openapi.json",
        "/api/map",
    ] {
        let (status, body) = get(&app, uri).await;
        assert_eq!(status, StatusCode::UNAUTHORIZED, "{uri}");
        assert!(body["error"].is_string());
    }
    let (status, _, _) = call(
        &app,
        Request::get("/api/stories")
            .header(header::AUTHORIZATION, "Bearer wrong-token-value")
            .body(Body::empty())
            .expect("req"),
    )
    .await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    let (status, _, _) = call(
        &app,
        Request::get("/api/stories")
            .header(header::AUTHORIZATION, "Bearer correct-horse-battery")
            .body(Body::empty())
            .expect("req"),
    )
    .await;
    assert_eq!(status, StatusCode::OK);
    let (status, _, _) = call(
        &app,
        Request::post("/api/ingest?name=a.txt")
            .body(Body::from("Arnor news"))
            .expect("req"),
    )
    .await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    let (status, health) = get(&app, "/api/health").await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(health["auth_required"], true);
}

#[test]
fn binding_beyond_loopback_needs_a_token() {
    let mut c = ServerConfig::new("0.0.0.0:8080".parse().expect("an address"));
    assert!(c.check().is_err());
    c.token = Some("short".into());
    assert!(c.check().is_err());
    c.token = Some("a-long-enough-token".into());
    assert!(c.check().is_ok());
    assert!(config().check().is_ok());
}

#[tokio::test]
async fn read_only_refuses_ingest_and_bodies_are_capped() {
    let mut c = config();
    c.read_only = true;
    let (app, _dir) = new_app(c);
    let (status, body) = post(&app, "/api/ingest?name=a.txt", b"Arnor".to_vec()).await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    assert!(body["error"]
        .as_str()
        .expect("a message")
        .contains("read-only"));

    let mut c = config();
    c.max_body_bytes = 1024;
    let (app, _dir) = new_app(c);
    let (status, _) = post(&app, "/api/ingest?name=big.txt", vec![b'a'; 4096]).await;
    assert_eq!(status, StatusCode::PAYLOAD_TOO_LARGE);
    let (status, _) = post(
        &app,
        "/api/ingest?name=junk.bin",
        vec![0u8, 159, 146, 150, 0, 1],
    )
    .await;
    assert_eq!(status, StatusCode::UNPROCESSABLE_ENTITY);
    let (status, health) = get(&app, "/api/health").await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(health["documents"], 0);
}

#[tokio::test]
async fn bad_parameters_and_unknown_items_are_client_errors() {
    let (app, _dir) = new_app(config());
    assert_eq!(get(&app, "/api/search").await.0, StatusCode::BAD_REQUEST);
    assert_eq!(
        get(&app, "/api/events?since=July").await.0,
        StatusCode::BAD_REQUEST
    );
    assert_eq!(
        get(&app, "/api/entities?type=dragon").await.0,
        StatusCode::BAD_REQUEST
    );
    assert_eq!(
        get(&app, "/api/stories/story:nothing").await.0,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        get(&app, "/api/events/nonsense").await.0,
        StatusCode::BAD_REQUEST
    );
    assert_eq!(
        get(&app, "/api/documents/abcdef12").await.0,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        get(&app, "/api/nothing-here").await.0,
        StatusCode::NOT_FOUND
    );
}
