//! Labels: every label in use, and the pages carrying one.

use super::*;

/// This module's routes.
pub(super) fn routes() -> Router<AppState> {
    Router::new()
        .route("/labels", get(labels))
        .route("/labels/{label}", get(label))
}

#[derive(Template)]
#[template(path = "labels.html")]
struct LabelsPage {
    chrome: Chrome,
    labels: Vec<LabelCount>,
}

/// Every label in use, with how many pages carry it.
pub async fn labels(
    State(state): State<AppState>,
    chrome: Chrome,
    viewer: Viewer,
    headers: HeaderMap,
) -> Result<Response, WebError> {
    let public = PublicRequest::of(&state, &chrome, &viewer);
    if let Some(finished) = public.as_ref().and_then(|request| request.finished(&state)) {
        return Ok(finished.response(&headers));
    }
    let labels = state.app().wiki().labels(&viewer.actor).await?;
    PublicRequest::render(public, &state, &LabelsPage { chrome, labels }, &headers)
}

#[derive(Template)]
#[template(path = "label.html")]
struct LabelPage {
    chrome: Chrome,
    label: String,
    pages: Vec<LabelledPage>,
}

/// The pages with one label.
pub async fn label(
    State(state): State<AppState>,
    chrome: Chrome,
    viewer: Viewer,
    headers: HeaderMap,
    Path(label): Path<String>,
) -> Result<Response, WebError> {
    let public = PublicRequest::of(&state, &chrome, &viewer);
    if let Some(finished) = public.as_ref().and_then(|request| request.finished(&state)) {
        return Ok(finished.response(&headers));
    }
    let pages = state
        .app()
        .wiki()
        .label_pages(&viewer.actor, &label)
        .await?;
    if pages.is_empty() {
        return Err(WebError::NotFound);
    }
    let page = LabelPage {
        chrome,
        label,
        pages,
    };
    PublicRequest::render(public, &state, &page, &headers)
}
