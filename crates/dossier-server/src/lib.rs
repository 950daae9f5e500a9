//! `dossier serve`: a JSON API over a store (documents, search, entities, events, stories,
//! canonical events, actors, map, graph, exports, ingest by POST), its OpenAPI document at
//! `/openapi.json`, and the web UI (static files embedded in the binary, nothing to build).
//!
//! Security: the server binds to loopback by default; any other address needs a token, which
//! every API call must then carry (`Authorization: Bearer TOKEN`). Request bodies are capped;
//! read-only mode refuses ingest. Every response carries a strict Content-Security-Policy (no
//! inline script, no third-party origin), and the UI writes article text only as text.
//!
//! Reads go through a pool of read-only store handles (`reader_pool`), so requests read at
//! once and see every commit of any process (a CLI ingest included) at once; ingest goes
//! through the one writer and the pipeline, which keeps the story index in the store
//! (`stores`). Views are computed by `dossier-query`; the corpus behind maps, graphs and
//! exports is cached under the store's write generation (`state`).

mod api;
mod assets;
mod auth;
mod config;
mod openapi;
mod reader_pool;
mod state;
mod stores;

use axum::extract::DefaultBodyLimit;
use axum::http::{header, HeaderValue, Request};
use axum::middleware::{self, Next};
use axum::response::Response;
use axum::routing::{get, post};
use axum::Router;
use state::AppState;
use std::sync::Arc;

pub use config::{ServerConfig, DEFAULT_READERS};
pub use openapi::openapi_document;
pub use reader_pool::{PooledReader, Reader, ReaderOpener, ReaderPool};
pub use stores::ServerStores;

/// The application: API, OpenAPI document and UI, with security headers, auth and limits.
pub fn router(stores: ServerStores, config: ServerConfig) -> Router {
    let max_body = config.max_body_bytes;
    let state = Arc::new(AppState::new(stores, config));
    let api = Router::new()
        .route("/api/documents", get(api::documents))
        .route("/api/documents/{id}", get(api::document))
        .route("/api/search", get(api::search))
        .route("/api/entities", get(api::entities))
        .route("/api/events", get(api::events))
        .route("/api/events/{id}", get(api::canonical_event))
        .route("/api/stories", get(api::stories))
        .route("/api/stories/{id}", get(api::story))
        .route("/api/actors", get(api::actors))
        .route("/api/map", get(api::map))
        .route("/api/graph", get(api::graph))
        .route("/api/export", get(api::export))
        .route("/api/ingest", post(api::ingest))
        .route("/openapi.json", get(openapi::serve_openapi))
        .route_layer(middleware::from_fn_with_state(
            state.clone(),
            auth::require_token,
        ));
    Router::new()
        .merge(api)
        .route("/api/health", get(api::health))
        .route("/", get(assets::index))
        .route("/app.js", get(assets::script))
        .route("/app.css", get(assets::style))
        .fallback(api::not_found)
        .layer(DefaultBodyLimit::max(max_body))
        .layer(middleware::from_fn(json_errors))
        .layer(middleware::from_fn(security_headers))
        .with_state(state)
}

/// Headers on every response: a Content-Security-Policy that allows only this origin's own
/// scripts, styles and data (so text that slipped into markup could not run), no sniffing,
/// no framing, no referrer.
async fn security_headers(req: Request<axum::body::Body>, next: Next) -> Response {
    let mut res = next.run(req).await;
    let h = res.headers_mut();
    h.insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static(
            "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'",
        ),
    );
    h.insert(
        header::X_CONTENT_TYPE_OPTIONS,
        HeaderValue::from_static("nosniff"),
    );
    h.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    h.insert(
        header::REFERRER_POLICY,
        HeaderValue::from_static("no-referrer"),
    );
    res
}

/// Errors that the framework answers in plain text (a malformed query parameter, a body over
/// the limit) are given the API's JSON form `{"error": "..."}`.
async fn json_errors(req: Request<axum::body::Body>, next: Next) -> Response {
    let res = next.run(req).await;
    let status = res.status();
    let is_json = res
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("application/json"));
    if !(status.is_client_error() || status.is_server_error()) || is_json {
        return res;
    }
    let (mut parts, body) = res.into_parts();
    let text = match axum::body::to_bytes(body, 64 * 1024).await {
        Ok(bytes) => String::from_utf8_lossy(&bytes).into_owned(),
        Err(_) => status.to_string(),
    };
    let message = if text.trim().is_empty() {
        status.to_string()
    } else {
        text
    };
    let body = serde_json::json!({ "error": message }).to_string();
    parts.headers.insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("application/json"),
    );
    parts.headers.remove(header::CONTENT_LENGTH);
    Response::from_parts(parts, axum::body::Body::from(body))
}

/// Serves until Ctrl-C (or SIGTERM), then finishes the requests in flight.
pub fn serve(stores: ServerStores, config: ServerConfig) -> anyhow::Result<()> {
    config.check().map_err(anyhow::Error::msg)?;
    let addr = config.addr;
    let app = router(stores, config);
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()?;
    runtime.block_on(async move {
        let listener = tokio::net::TcpListener::bind(addr)
            .await
            .map_err(|e| anyhow::anyhow!("cannot listen on {addr}: {e}"))?;
        let local = listener.local_addr()?;
        eprintln!("dossier: serving on http://{local}/ (API at /api, OpenAPI at /openapi.json); Ctrl-C stops");
        axum::serve(listener, app)
            .with_graceful_shutdown(shutdown_signal())
            .await?;
        Ok(())
    })
}

async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let term = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(_) => std::future::pending::<()>().await,
        }
    };
    #[cfg(not(unix))]
    let term = std::future::pending::<()>();
    tokio::select! {
        _ = ctrl_c => {},
        _ = term => {},
    }
}
