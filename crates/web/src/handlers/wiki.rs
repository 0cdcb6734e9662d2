//! `GET /wiki/{section}`: a section of the wiki.

use askama::Template;
use axum::extract::{Path, State};
use axum::response::Response;
use braid_domain::section::Section;

use crate::chrome::Chrome;
use crate::handlers::render;
use crate::{AppState, WebError};

#[derive(Template)]
#[template(path = "section.html")]
struct SectionPage {
    chrome: Chrome,
    section: Section,
    previous: Option<Section>,
    next: Option<Section>,
}

/// Shows a section with links to its neighbours in hub order.
pub async fn show_section(
    State(state): State<AppState>,
    chrome: Chrome,
    Path(slug): Path<String>,
) -> Result<Response, WebError> {
    let section = state.app().section(&slug).await?;
    let sections = state.app().sections().await?;
    let position = sections.iter().position(|s| s.id == section.id);
    let previous = position
        .and_then(|i| i.checked_sub(1))
        .and_then(|i| sections.get(i))
        .cloned();
    let next = position.and_then(|i| sections.get(i + 1)).cloned();
    render(&SectionPage {
        chrome,
        section,
        previous,
        next,
    })
}
