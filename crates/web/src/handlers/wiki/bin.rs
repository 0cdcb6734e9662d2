//! The recycle bin: deleting a page, listing the bin, restoring from it.

use super::*;

/// This module's routes.
pub(super) fn routes() -> Router<AppState> {
    Router::new()
        .route("/wiki/{section}/{page}/delete", post(delete))
        .route("/recycle-bin", get(recycle_bin))
        .route("/recycle-bin/restore", post(restore_from_bin))
}

/// Moves a page to the recycle bin (editors).
pub async fn delete(
    State(state): State<AppState>,
    SignedIn(viewer): SignedIn,
    Path((section, slug)): Path<(String, String)>,
) -> Result<Response, WebError> {
    match state
        .app()
        .wiki()
        .delete_page(&viewer.actor, &section, &slug)
        .await
    {
        Ok(()) => Ok(see_other(&format!("/wiki/{section}"))),
        Err(AppError::Invalid(_)) => Err(WebError::BadRequest),
        Err(other) => Err(other.into()),
    }
}

#[derive(Template)]
#[template(path = "recycle_bin.html")]
struct BinPage {
    chrome: Chrome,
    entries: Vec<braid_app::wiki::BinEntry>,
    problem: Option<String>,
}

/// The recycle bin (editors).
pub async fn recycle_bin(
    State(state): State<AppState>,
    chrome: Chrome,
    SignedIn(viewer): SignedIn,
) -> Result<Response, WebError> {
    let entries = state.app().wiki().recycle_bin(&viewer.actor).await?;
    render(&BinPage {
        chrome,
        entries,
        problem: None,
    })
}

/// The page to take out of the bin.
#[derive(Deserialize)]
pub struct BinForm {
    #[serde(default)]
    page: i64,
}

/// Takes a page out of the recycle bin (editors).
pub async fn restore_from_bin(
    State(state): State<AppState>,
    chrome: Chrome,
    SignedIn(viewer): SignedIn,
    Form(form): Form<BinForm>,
) -> Result<Response, WebError> {
    match state
        .app()
        .wiki()
        .restore_page(&viewer.actor, braid_domain::ids::PageId(form.page))
        .await
    {
        Ok(href) => Ok(see_other(&href)),
        Err(AppError::Invalid(error)) => {
            let problem = Some(chrome.problem(&error));
            let entries = state.app().wiki().recycle_bin(&viewer.actor).await?;
            render_with_status(
                StatusCode::UNPROCESSABLE_ENTITY,
                &BinPage {
                    chrome,
                    entries,
                    problem,
                },
            )
        }
        Err(other) => Err(other.into()),
    }
}
