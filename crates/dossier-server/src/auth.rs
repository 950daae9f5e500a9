//! The API token: when the server has one, every API call carries it as
//! `Authorization: Bearer TOKEN` (or `X-Dossier-Token: TOKEN`), compared in constant time.

use crate::state::AppState;
use axum::extract::State;
use axum::http::{header, Request, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use axum::Json;
use std::sync::Arc;
use subtle::ConstantTimeEq;

/// The token a request carries, if any.
fn presented(req: &Request<axum::body::Body>) -> Option<&str> {
    if let Some(v) = req.headers().get(header::AUTHORIZATION) {
        let v = v.to_str().ok()?;
        let (scheme, token) = v.split_once(' ')?;
        return scheme
            .eq_ignore_ascii_case("bearer")
            .then_some(token.trim());
    }
    req.headers()
        .get("x-dossier-token")
        .and_then(|v| v.to_str().ok())
        .map(str::trim)
}

/// Lets the request through when the server has no token or the request carries it;
/// answers 401 otherwise.
pub async fn require_token(
    State(state): State<Arc<AppState>>,
    req: Request<axum::body::Body>,
    next: Next,
) -> Response {
    let Some(expected) = state.config.token.as_deref() else {
        return next.run(req).await;
    };
    let ok = presented(&req)
        .is_some_and(|given| bool::from(given.as_bytes().ct_eq(expected.as_bytes())));
    if ok {
        return next.run(req).await;
    }
    let mut res = (
        StatusCode::UNAUTHORIZED,
        Json(serde_json::json!({
            "error": "this server needs a token: send Authorization: Bearer TOKEN"
        })),
    )
        .into_response();
    res.headers_mut().insert(
        header::WWW_AUTHENTICATE,
        axum::http::HeaderValue::from_static("Bearer realm=\"dossier\""),
    );
    res
}
