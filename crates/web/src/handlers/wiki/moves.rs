//! Moving a page (with its sub-pages) and reordering it among its siblings.

use super::*;

/// This module's routes.
pub(super) fn routes() -> Router<AppState> {
    Router::new()
        .route(
            "/wiki/{section}/{page}/move",
            get(move_form).post(move_page),
        )
        .route("/wiki/{section}/{page}/reorder", post(reorder))
}

#[derive(Template)]
#[template(path = "page_move.html")]
struct MovePage {
    chrome: Chrome,
    view: PageView,
    href: String,
    sections: Vec<Section>,
    /// Pages of the current section that can take it, as (slug, title).
    parents: Vec<(String, String)>,
    /// The slug of the page it sits under now (empty at the top).
    current_parent: String,
    problem: Option<String>,
}

/// Where to move a page: a section and, optionally, a page of it (by slug).
#[derive(Deserialize)]
pub struct MoveForm {
    #[serde(default)]
    section: String,
    #[serde(default)]
    parent: String,
}

async fn move_page_form(
    state: &AppState,
    chrome: Chrome,
    viewer: &Viewer,
    section: &str,
    slug: &str,
    problem: Option<String>,
) -> Result<MovePage, WebError> {
    let view = state
        .app()
        .wiki()
        .page(&viewer.actor, section, slug, None)
        .await?;
    if !view.may_manage {
        return Err(WebError::Forbidden);
    }
    let href = page_href(&view.section, &view.page.slug);
    let parents = state
        .app()
        .wiki()
        .section_tree(&viewer.actor, section, None)
        .await?
        .pages
        .into_iter()
        .filter(|link| link.slug != view.page.slug)
        .map(|link| (link.slug, link.title))
        .collect();
    let current_parent = view
        .ancestors
        .last()
        .map(|parent| parent.slug.clone())
        .unwrap_or_default();
    Ok(MovePage {
        chrome,
        current_parent,
        sections: state.app().sections(&viewer.actor).await?,
        view,
        href,
        parents,
        problem,
    })
}

/// The form to move a page (editors).
pub async fn move_form(
    State(state): State<AppState>,
    chrome: Chrome,
    SignedIn(viewer): SignedIn,
    Path((section, slug)): Path<(String, String)>,
) -> Result<Response, WebError> {
    render(&move_page_form(&state, chrome, &viewer, &section, &slug, None).await?)
}

/// Moves a page, with its sub-pages (editors).
pub async fn move_page(
    State(state): State<AppState>,
    chrome: Chrome,
    SignedIn(viewer): SignedIn,
    Path((section, slug)): Path<(String, String)>,
    Form(form): Form<MoveForm>,
) -> Result<Response, WebError> {
    match state
        .app()
        .wiki()
        .move_page(
            &viewer.actor,
            &section,
            &slug,
            &form.section,
            Some(form.parent.as_str()),
        )
        .await
    {
        Ok(href) => Ok(see_other(&href)),
        Err(error @ (AppError::Invalid(_) | AppError::Conflict(_))) => {
            let problem = match &error {
                AppError::Invalid(error) => chrome.problem(error),
                _ => chrome.t("page-move-taken"),
            };
            let page =
                move_page_form(&state, chrome, &viewer, &section, &slug, Some(problem)).await?;
            render_with_status(StatusCode::UNPROCESSABLE_ENTITY, &page)
        }
        Err(other) => Err(other.into()),
    }
}

/// `direction=up` or `down`.
#[derive(Deserialize)]
pub struct ReorderForm {
    #[serde(default)]
    direction: String,
}

/// Moves a page one place up or down among its siblings (editors).
pub async fn reorder(
    State(state): State<AppState>,
    SignedIn(viewer): SignedIn,
    Path((section, slug)): Path<(String, String)>,
    Form(form): Form<ReorderForm>,
) -> Result<Response, WebError> {
    let href = state
        .app()
        .wiki()
        .reorder_page(&viewer.actor, &section, &slug, form.direction == "up")
        .await?;
    Ok(see_other(&href))
}
