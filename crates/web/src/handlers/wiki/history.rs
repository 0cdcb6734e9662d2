//! A page's history: its revisions, the differences between two, and restoring an old one.

use super::*;

/// This module's routes.
pub(super) fn routes() -> Router<AppState> {
    Router::new()
        .route("/wiki/{section}/{page}/history", get(history))
        .route("/wiki/{section}/{page}/diff", get(diff))
        .route("/wiki/{section}/{page}/restore", post(restore))
}

#[derive(Template)]
#[template(path = "page_history.html")]
struct HistoryPage {
    chrome: Chrome,
    view: PageView,
    href: String,
    entries: Vec<HistoryEntry>,
}

/// Lists a page's revisions, with a form to compare any two.
pub async fn history(
    State(state): State<AppState>,
    chrome: Chrome,
    viewer: Viewer,
    Path((section, slug)): Path<(String, String)>,
) -> Result<Response, WebError> {
    let (view, entries) = state
        .app()
        .wiki()
        .page_history(&viewer.actor, &section, &slug)
        .await?;
    let href = page_href(&view.section, &view.page.slug);
    render(&HistoryPage {
        chrome,
        view,
        href,
        entries,
    })
}

#[derive(Template)]
#[template(path = "page_diff.html")]
struct DiffPage {
    chrome: Chrome,
    view: PageView,
    href: String,
    diff: RevisionDiff,
    side_by_side: bool,
    rows: Vec<Vec<Row>>,
}

/// `?from=A&to=B&layout=side`.
#[derive(Deserialize)]
pub struct DiffQuery {
    #[serde(default)]
    from: Option<i64>,
    #[serde(default)]
    to: Option<i64>,
    #[serde(default)]
    layout: String,
}

/// Shows what changed between two revisions, inline or side by side.
pub async fn diff(
    State(state): State<AppState>,
    chrome: Chrome,
    viewer: Viewer,
    Path((section, slug)): Path<(String, String)>,
    Query(query): Query<DiffQuery>,
) -> Result<Response, WebError> {
    // By default, the change that made the text the reader sees.
    let current = state
        .app()
        .wiki()
        .page(&viewer.actor, &section, &slug, None)
        .await?
        .revision
        .number;
    let to = query.to.unwrap_or(current);
    let from = query.from.unwrap_or(to - 1).max(1);
    let (older, newer) = if from <= to { (from, to) } else { (to, from) };
    let (view, diff) = state
        .app()
        .wiki()
        .page_diff(&viewer.actor, &section, &slug, older, newer)
        .await?;
    let side_by_side = query.layout == "side";
    let rows = if side_by_side {
        diff.hunks.iter().map(rows_of).collect()
    } else {
        Vec::new()
    };
    let href = page_href(&view.section, &view.page.slug);
    render(&DiffPage {
        chrome,
        view,
        href,
        diff,
        side_by_side,
        rows,
    })
}

/// The revision to restore.
#[derive(Deserialize)]
pub struct RestoreForm {
    #[serde(default)]
    revision: i64,
}

/// Makes an old revision the latest again (as a new revision).
pub async fn restore(
    State(state): State<AppState>,
    SignedIn(viewer): SignedIn,
    Path((section, slug)): Path<(String, String)>,
    Form(form): Form<RestoreForm>,
) -> Result<Response, WebError> {
    match state
        .app()
        .wiki()
        .restore_revision(&viewer.actor, &section, &slug, form.revision)
        .await?
    {
        SaveOutcome::Conflict { .. } => Err(WebError::Conflict),
        SaveOutcome::Deleted => Err(WebError::NotFound),
        SaveOutcome::Saved(_) | SaveOutcome::Merged(_) | SaveOutcome::Unchanged => {
            let view = state
                .app()
                .wiki()
                .page(&viewer.actor, &section, &slug, None)
                .await?;
            Ok(see_other(&page_href(&view.section, &view.page.slug)))
        }
    }
}
