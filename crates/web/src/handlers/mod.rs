//! Request handlers, one module per resource: parse input, call one service, render.

pub mod accounts;
pub mod assets;
pub mod attachments;
pub mod discussion;
pub mod health;
pub mod home;
pub mod language;
pub mod recent;
pub mod search;
pub mod sections;
pub mod status;
pub mod wiki;

use askama::Template;
use axum::http::header;
use axum::response::{IntoResponse, Response};

use crate::WebError;

/// Renders a page template as an HTML response. A page that loads one of our scripts is
/// marked so that its policy allows it (every other page's forbids scripts).
pub(crate) fn render(page: &impl Template) -> Result<Response, WebError> {
    let html = render_html(page)?;
    let loads_script = loads_script(&html);
    let mut response = ([(header::CONTENT_TYPE, "text/html; charset=utf-8")], html).into_response();
    if loads_script {
        response
            .extensions_mut()
            .insert(crate::middleware::LoadsScript);
    }
    Ok(response)
}

/// The section's address in a wiki address (`/wiki/<section>/…`).
pub(crate) fn section_of(href: &str) -> Option<&str> {
    href.strip_prefix("/wiki/")?.split(['/', '#', '?']).next()
}

/// A page template's HTML.
pub(crate) fn render_html(page: &impl Template) -> Result<String, WebError> {
    page.render()
        .map_err(|error| WebError::Internal(format!("template: {error}")))
}

/// Whether a page loads one of our scripts (and so needs a policy that allows it).
pub(crate) fn loads_script(html: &str) -> bool {
    html.contains("<script src=\"/assets/")
}

/// Renders a page with a status other than 200 (a form shown again with its errors); the
/// edge middleware leaves the page as it is instead of replacing it with an error page.
pub(crate) fn render_with_status(
    status: axum::http::StatusCode,
    page: &impl Template,
) -> Result<Response, WebError> {
    let mut response = render(page)?;
    *response.status_mut() = status;
    response
        .extensions_mut()
        .insert(crate::middleware::KeepBody);
    Ok(response)
}

/// `path` if it is a path on this site, never another origin (no open redirect).
pub(crate) fn local_path(path: &str) -> Option<&str> {
    let safe = path.starts_with('/')
        && !path.starts_with("//")
        && !path.starts_with("/\\")
        && !path.chars().any(|c| c.is_control() || c == '\\');
    safe.then_some(path)
}

/// Anything no route matched.
pub async fn not_found() -> WebError {
    WebError::NotFound
}
