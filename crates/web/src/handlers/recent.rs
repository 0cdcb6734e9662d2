//! `GET /recent-changes` (filterable by section and person) and its Atom feed,
//! `GET /recent-changes.atom`, which lists public changes only.

use askama::Template;
use axum::extract::{Query, State};
use axum::http::{HeaderMap, header};
use axum::response::{IntoResponse, Response};
use braid_app::wiki::{RecentChange, RecentFilter};
use braid_domain::policy::Actor;
use braid_domain::section::Section;
use serde::Deserialize;

use crate::chrome::Chrome;
use crate::public_pages::PublicRequest;
use crate::session::Viewer;
use crate::{AppState, WebError};

/// Entries on the page and in the feed.
const SHOWN: u32 = 50;

/// The filter form's fields.
#[derive(Deserialize, Default)]
pub struct RecentQuery {
    #[serde(default)]
    section: String,
    #[serde(default)]
    person: String,
    #[serde(default)]
    label: String,
}

#[derive(Template)]
#[template(path = "recent.html")]
struct RecentPage {
    chrome: Chrome,
    sections: Vec<Section>,
    section: String,
    person: String,
    label: String,
    changes: Vec<RecentChange>,
}

/// The latest changes the reader may see. Anonymous readers of the unfiltered list get it
/// from the finished pages when it is there (see `public_pages`).
pub async fn show(
    State(state): State<AppState>,
    chrome: Chrome,
    viewer: Viewer,
    headers: HeaderMap,
    Query(query): Query<RecentQuery>,
) -> Result<Response, WebError> {
    let public = PublicRequest::of(&state, &chrome, &viewer);
    if let Some(finished) = public.as_ref().and_then(|request| request.finished(&state)) {
        return Ok(finished.response(&headers));
    }
    let filter = RecentFilter {
        section: Some(query.section.clone()),
        person: Some(query.person.trim().to_owned()),
        label: Some(query.label.trim().to_lowercase()),
    };
    let mut changes = state
        .app()
        .wiki()
        .recent_changes(&viewer.actor, &filter, SHOWN)
        .await?;
    let language = chrome.content_language();
    let titles = state.app().section_titles(language.as_ref()).await?;
    for change in &mut changes {
        if let Some(title) = crate::handlers::section_of(&change.href).and_then(|s| titles.get(s)) {
            title.clone_into(&mut change.section_title);
        }
    }
    let mut sections = state.app().sections(&viewer.actor).await?;
    state
        .app()
        .localise_sections(&mut sections, language.as_ref())
        .await?;
    let page = RecentPage {
        chrome,
        sections,
        section: query.section,
        person: query.person,
        label: query.label,
        changes,
    };
    PublicRequest::render(public, &state, &page, &headers)
}

fn escape_xml(text: &str) -> String {
    let mut escaped = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => escaped.push_str("&amp;"),
            '<' => escaped.push_str("&lt;"),
            '>' => escaped.push_str("&gt;"),
            '"' => escaped.push_str("&quot;"),
            '\'' => escaped.push_str("&apos;"),
            // Characters XML 1.0 cannot carry at all.
            c if c.is_control() && !matches!(c, '\n' | '\t' | '\r') => {}
            c => escaped.push(c),
        }
    }
    escaped
}

/// Public changes as Atom. Readers fetch feeds without a session, so the feed is built for an
/// anonymous reader whoever asks: a cached or shared feed can never carry private pages.
pub async fn feed(
    State(state): State<AppState>,
    Query(query): Query<RecentQuery>,
) -> Result<Response, WebError> {
    let filter = RecentFilter {
        section: Some(query.section),
        person: None,
        label: Some(query.label),
    };
    let changes = state
        .app()
        .wiki()
        .recent_changes(&Actor::Anonymous, &filter, SHOWN)
        .await?;
    let base = &state.shared.config.public_url;
    let name = escape_xml(&state.shared.config.community_name);
    let updated = changes
        .first()
        .map_or_else(|| state.app().now(), |change| change.revision.created_at)
        .format_rfc3339();
    let mut xml = format!(
        "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">\n\
         <title>{name}: recent changes</title>\n<id>{base}/recent-changes</id>\n\
         <link rel=\"self\" href=\"{base}/recent-changes.atom\"/>\n\
         <link rel=\"alternate\" href=\"{base}/recent-changes\"/>\n<updated>{updated}</updated>\n"
    );
    for change in &changes {
        let revision = &change.revision;
        let href = escape_xml(&format!(
            "{base}{}?revision={}",
            change.href, revision.number
        ));
        xml.push_str(&format!(
            "<entry>\n<title>{} ({})</title>\n<id>{href}</id>\n<link href=\"{href}\"/>\n\
             <updated>{}</updated>\n<author><name>{}</name></author>\n<summary>{}</summary>\n</entry>\n",
            escape_xml(&revision.title),
            escape_xml(&change.section_title),
            revision.created_at.format_rfc3339(),
            escape_xml(&revision.author),
            escape_xml(&revision.summary),
        ));
    }
    xml.push_str("</feed>\n");
    Ok((
        [(header::CONTENT_TYPE, "application/atom+xml; charset=utf-8")],
        xml,
    )
        .into_response())
}
