//! Request handlers, one module per resource: parse input, call one service, render.

pub mod assets;
pub mod health;
pub mod home;
pub mod language;
pub mod search;
pub mod sign_in;
pub mod wiki;

use askama::Template;
use axum::http::header;
use axum::response::{IntoResponse, Response};

use crate::WebError;

/// Renders a page template as an HTML response.
pub(crate) fn render(page: &impl Template) -> Result<Response, WebError> {
    let html = page
        .render()
        .map_err(|error| WebError::Internal(format!("template: {error}")))?;
    Ok(([(header::CONTENT_TYPE, "text/html; charset=utf-8")], html).into_response())
}

/// Anything no route matched.
pub async fn not_found() -> WebError {
    WebError::NotFound
}
