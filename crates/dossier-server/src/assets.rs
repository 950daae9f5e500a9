//! The web UI: three static files embedded at build time (or read from `assets_dir` when set,
//! for work on the UI without rebuilding).

use crate::state::AppState;
use axum::extract::State;
use axum::http::{header, StatusCode};
use axum::response::{IntoResponse, Response};
use std::sync::Arc;

const INDEX_HTML: &str = include_str!("../assets/index.html");
const APP_JS: &str = include_str!("../assets/app.js");
const APP_CSS: &str = include_str!("../assets/app.css");

fn file(state: &AppState, name: &str, embedded: &'static str, mime: &'static str) -> Response {
    let body = match &state.config.assets_dir {
        Some(dir) => match std::fs::read_to_string(dir.join(name)) {
            Ok(text) => text,
            Err(e) => {
                return (
                    StatusCode::INTERNAL_SERVER_ERROR,
                    format!("cannot read {}: {e}", dir.join(name).display()),
                )
                    .into_response()
            }
        },
        None => embedded.to_string(),
    };
    (
        [
            (header::CONTENT_TYPE, mime),
            (header::CACHE_CONTROL, "no-cache"),
        ],
        body,
    )
        .into_response()
}

pub async fn index(State(state): State<Arc<AppState>>) -> Response {
    file(&state, "index.html", INDEX_HTML, "text/html; charset=utf-8")
}

pub async fn script(State(state): State<Arc<AppState>>) -> Response {
    file(&state, "app.js", APP_JS, "text/javascript; charset=utf-8")
}

pub async fn style(State(state): State<Arc<AppState>>) -> Response {
    file(&state, "app.css", APP_CSS, "text/css; charset=utf-8")
}
