//! `GET /`: the hub's front page.

use askama::Template;
use axum::extract::State;
use axum::response::Response;
use braid_domain::section::{Section, SectionGroup};

use crate::chrome::Chrome;
use crate::handlers::render;
use crate::session::Viewer;
use crate::{AppState, WebError};

/// A group of sections as the home page lists it.
#[derive(Debug)]
pub struct SectionGroupView {
    /// The group's name, for its heading's id.
    pub key: &'static str,
    /// The interface string that heads the group.
    pub heading: &'static str,
    /// The sections in it.
    pub sections: Vec<Section>,
}

#[derive(Template)]
#[template(path = "home.html")]
struct HomePage {
    chrome: Chrome,
    groups: Vec<SectionGroupView>,
}

/// Shows the community's sections, grouped by phase, practice and community.
pub async fn show(
    State(state): State<AppState>,
    chrome: Chrome,
    viewer: Viewer,
) -> Result<Response, WebError> {
    let mut sections = state.app().sections(&viewer.actor).await?;
    state
        .app()
        .localise_sections(&mut sections, chrome.content_language().as_ref())
        .await?;
    let groups = SectionGroup::ALL
        .iter()
        .map(|group| SectionGroupView {
            key: group.as_str(),
            heading: match group {
                SectionGroup::Phase => "group-phase",
                SectionGroup::Practice => "group-practice",
                SectionGroup::Community => "group-community",
            },
            sections: sections
                .iter()
                .filter(|s| s.group == *group)
                .cloned()
                .collect(),
        })
        .filter(|group| !group.sections.is_empty())
        .collect();
    render(&HomePage { chrome, groups })
}
