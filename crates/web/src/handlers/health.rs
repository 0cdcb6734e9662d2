//! `GET /healthz`: for monitors and load balancers.

use axum::extract::State;
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};

use crate::AppState;
use crate::middleware::KeepBody;

/// `ok` when the database answers, 503 otherwise. Says nothing else (no versions, no
/// internals).
pub async fn check(State(state): State<AppState>) -> Response {
    let (status, body) = match state.app().health().await {
        Ok(()) => (StatusCode::OK, "ok\n"),
        Err(error) => {
            tracing::error!(%error, "health check failed");
            (StatusCode::SERVICE_UNAVAILABLE, "unavailable\n")
        }
    };
    let mut response = (
        status,
        [(header::CONTENT_TYPE, "text/plain; charset=utf-8")],
        body,
    )
        .into_response();
    response.extensions_mut().insert(KeepBody);
    response
}
