//! `GET /search?q=…`: finding things in the hub.

use askama::Template;
use axum::extract::{Query, State};
use axum::response::Response;
use braid_app::search::Hit;
use braid_domain::section::Section;
use serde::Deserialize;

use crate::chrome::Chrome;
use crate::handlers::render;
use crate::session::Viewer;
use crate::{AppState, WebError};

/// The search form's fields.
#[derive(Debug, Deserialize)]
pub struct SearchQuery {
    /// What the reader typed.
    #[serde(default)]
    q: String,
}

#[derive(Template)]
#[template(path = "search.html")]
struct SearchPage {
    chrome: Chrome,
    query: String,
    results: Vec<Section>,
    result_count: String,
    /// Pages found in the full-text index.
    pages: Vec<Hit>,
}

/// Shows the results for `q` (or just the form when it is empty).
pub async fn show(
    State(state): State<AppState>,
    mut chrome: Chrome,
    viewer: Viewer,
    Query(SearchQuery { q }): Query<SearchQuery>,
) -> Result<Response, WebError> {
    let query: String = q
        .trim()
        .chars()
        .take(braid_app::hub::MAX_QUERY_CHARS)
        .collect();
    let results = state.app().search_sections(&viewer.actor, &query).await?;
    let (page_count, pages) = state.app().search_pages(&viewer.actor, &query).await?;
    chrome.search_query = query.clone();
    let result_count = chrome.t.t_num(
        "search-result-count",
        "count",
        (results.len() + page_count) as i64,
    );
    render(&SearchPage {
        chrome,
        query,
        results,
        result_count,
        pages,
    })
}
