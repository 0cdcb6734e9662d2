//! `GET /search?q=…`: finding things in the hub, narrowed by section, language, label or
//! kind; `GET /search/suggest?q=…`: titles completing what the reader types, as JSON, for the
//! optional as-you-type script.

use askama::Template;
use axum::extract::{Query, State};
use axum::http::header;
use axum::response::{IntoResponse, Response};
use braid_app::search::{FacetValue, Filters, Found, Kind, RESULTS, SearchQuery};
use braid_domain::language::language_name;
use braid_domain::section::Section;
use serde::{Deserialize, Serialize};

use crate::chrome::Chrome;
use crate::handlers::render;
use crate::session::Viewer;
use crate::{AppState, WebError};

/// The search form's fields, and the narrowing chosen from the facets.
#[derive(Debug, Default, Deserialize)]
pub struct SearchForm {
    /// What the reader typed.
    #[serde(default)]
    q: String,
    #[serde(default)]
    section: String,
    #[serde(default)]
    language: String,
    #[serde(default)]
    label: String,
    #[serde(default)]
    kind: String,
    /// Results skipped (later pages of results).
    #[serde(default)]
    start: usize,
}

impl SearchForm {
    /// This search's address with `dimension` set to `value` (or left out when empty), from
    /// the first result.
    fn with(&self, dimension: &str, value: &str) -> String {
        self.href(Some((dimension, value)), 0)
    }

    /// This search's address from result `start`.
    fn starting_at(&self, start: usize) -> String {
        self.href(None, start)
    }

    /// The address of this search with `replaced` (a dimension and its value) instead of what
    /// the form holds for it, from result `start`. Written from the form's fields without
    /// copying it: a results page links to every facet value this way.
    fn href(&self, replaced: Option<(&str, &str)>, start: usize) -> String {
        const PATH: &str = "/search?";
        let mut query = form_urlencoded::Serializer::for_suffix(String::from(PATH), PATH.len());
        query.append_pair("q", &self.q);
        for (name, value) in [
            ("section", &self.section),
            ("language", &self.language),
            ("label", &self.label),
            ("kind", &self.kind),
        ] {
            let value = match replaced {
                Some((dimension, replacement)) if dimension == name => replacement,
                _ => value.as_str(),
            };
            if !value.is_empty() {
                query.append_pair(name, value);
            }
        }
        if start > 0 {
            query.append_pair("start", &start.to_string());
        }
        query.finish()
    }
}

/// A facet as shown: its heading, the filter it sets, and its values.
struct FacetList {
    heading_id: &'static str,
    dimension: &'static str,
    chosen: String,
    values: Vec<FacetValue>,
}

#[derive(Template)]
#[template(path = "search.html")]
struct SearchPage {
    chrome: Chrome,
    form: SearchForm,
    sections: Vec<Section>,
    result_count: String,
    found: Found,
    facets: Vec<FacetList>,
    previous: Option<String>,
    next: Option<String>,
    suggest_script_url: String,
}

impl SearchPage {
    fn kind_label(&self, kind: &Kind) -> String {
        self.chrome.t(match kind {
            Kind::Page => "search-kind-page",
            Kind::Comment => "search-kind-comment",
        })
    }

    fn language_name<'a>(&self, code: &'a str) -> &'a str {
        language_name(code)
    }

    /// A facet value's name for readers (kinds are interface strings).
    fn value_name(&self, facet: &FacetList, value: &FacetValue) -> String {
        match (facet.dimension, Kind::parse(&value.value)) {
            ("kind", Some(kind)) => self.kind_label(&kind),
            _ => value.name.clone(),
        }
    }
}

/// Shows the results for `q` (or just the form when it is empty).
pub async fn show(
    State(state): State<AppState>,
    mut chrome: Chrome,
    viewer: Viewer,
    Query(mut form): Query<SearchForm>,
) -> Result<Response, WebError> {
    form.q = form
        .q
        .trim()
        .chars()
        .take(braid_app::hub::MAX_QUERY_CHARS)
        .collect();
    let optional = |value: &str| Some(value.to_owned()).filter(|v| !v.is_empty());
    let query = SearchQuery {
        text: form.q.clone(),
        filters: Filters {
            section: optional(&form.section),
            language: optional(&form.language),
            label: optional(&form.label),
            kind: Kind::parse(&form.kind),
        },
        offset: form.start,
        reader_language: chrome.lang().to_owned(),
    };
    let sections = if form.start == 0 {
        state.app().search_sections(&viewer.actor, &form.q).await?
    } else {
        Vec::new()
    };
    let mut found = state.app().search(&viewer.actor, &query).await?;
    // Sections by their titles in the reader's language.
    let titles = state
        .app()
        .section_titles(chrome.content_language().as_ref())
        .await?;
    for hit in &mut found.hits {
        if let Some(title) = crate::handlers::section_of(&hit.href).and_then(|s| titles.get(s)) {
            title.clone_into(&mut hit.section_title);
        }
    }
    for facet in &mut found.sections {
        if let Some(title) = titles.get(&facet.value) {
            title.clone_into(&mut facet.name);
        }
    }
    chrome.search_query = form.q.clone();
    let result_count = chrome.t.t_num(
        "search-result-count",
        "count",
        (sections.len() + found.count) as i64,
    );
    // The page shows the facets from here; `found` keeps the count and the hits.
    let facets = vec![
        FacetList {
            heading_id: "search-facet-language",
            dimension: "language",
            chosen: form.language.clone(),
            values: std::mem::take(&mut found.languages),
        },
        FacetList {
            heading_id: "search-facet-section",
            dimension: "section",
            chosen: form.section.clone(),
            values: std::mem::take(&mut found.sections),
        },
        FacetList {
            heading_id: "search-facet-label",
            dimension: "label",
            chosen: form.label.clone(),
            values: std::mem::take(&mut found.labels),
        },
        FacetList {
            heading_id: "search-facet-kind",
            dimension: "kind",
            chosen: form.kind.clone(),
            values: std::mem::take(&mut found.kinds),
        },
    ];
    let previous = (form.start > 0).then(|| form.starting_at(form.start.saturating_sub(RESULTS)));
    let next = (form.start + RESULTS < found.count).then(|| form.starting_at(form.start + RESULTS));
    render(&SearchPage {
        suggest_script_url: state.shared.assets.url("suggest.js"),
        chrome,
        form,
        sections,
        result_count,
        found,
        facets,
        previous,
        next,
    })
}

/// The suggestion endpoint's query.
#[derive(Debug, Deserialize)]
pub struct SuggestQuery {
    #[serde(default)]
    q: String,
}

/// One suggestion.
#[derive(Debug, Serialize)]
struct Suggestion {
    title: String,
    href: String,
    section: String,
}

/// Titles the reader may read that complete what they typed, as a JSON array of
/// `{title, href, section}`; never cached, as it depends on who asks.
pub async fn suggest(
    State(state): State<AppState>,
    viewer: Viewer,
    Query(SuggestQuery { q }): Query<SuggestQuery>,
) -> Result<Response, WebError> {
    let suggestions: Vec<Suggestion> = state
        .app()
        .suggest(&viewer.actor, &q)
        .await?
        .into_iter()
        .map(|hit| Suggestion {
            title: hit.title,
            href: hit.href,
            section: hit.section_title,
        })
        .collect();
    let json = serde_json::to_string(&suggestions)
        .map_err(|error| WebError::Internal(format!("suggestions: {error}")))?;
    Ok((
        [
            (header::CONTENT_TYPE, "application/json"),
            (header::CACHE_CONTROL, "no-store"),
        ],
        json,
    )
        .into_response())
}
