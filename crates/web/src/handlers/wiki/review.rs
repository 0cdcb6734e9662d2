//! Edits waiting for review, and the decisions on them (editors).

use super::*;

/// This module's routes.
pub(super) fn routes() -> Router<AppState> {
    Router::new().route("/review", get(review_queue).post(review_decide))
}

#[derive(Template)]
#[template(path = "review.html")]
struct ReviewPage {
    chrome: Chrome,
    items: Vec<braid_app::wiki::ReviewItem>,
    /// Files waiting for an editor, with the address of their page.
    files: Vec<(String, AttachmentView)>,
    problem: Option<String>,
}

/// Edits waiting for review (editors).
pub async fn review_queue(
    State(state): State<AppState>,
    chrome: Chrome,
    SignedIn(viewer): SignedIn,
) -> Result<Response, WebError> {
    let items = state.app().wiki().review_queue(&viewer.actor).await?;
    let files = state.app().waiting_attachments(&viewer.actor).await?;
    render(&ReviewPage {
        chrome,
        items,
        files,
        problem: None,
    })
}

/// A review decision's fields.
#[derive(Deserialize)]
pub struct ReviewForm {
    #[serde(default)]
    page: i64,
    #[serde(default)]
    revision: i64,
    #[serde(default)]
    trust: Option<String>,
    #[serde(default)]
    note: String,
    /// `approve` or `send-back`.
    #[serde(default)]
    decision: String,
}

/// Approves a pending revision or sends it back with a note (editors).
pub async fn review_decide(
    State(state): State<AppState>,
    chrome: Chrome,
    SignedIn(viewer): SignedIn,
    Form(form): Form<ReviewForm>,
) -> Result<Response, WebError> {
    let page = braid_domain::ids::PageId(form.page);
    let outcome = if form.decision == "send-back" {
        state
            .app()
            .wiki()
            .send_back_revision(&viewer.actor, page, form.revision, &form.note)
            .await
    } else {
        state
            .app()
            .wiki()
            .approve_revision(&viewer.actor, page, form.revision, form.trust.is_some())
            .await
    };
    let problem = match outcome {
        Ok(()) => return Ok(see_other("/review")),
        Err(AppError::Invalid(error)) => chrome.problem(&error),
        Err(AppError::Conflict(_)) => chrome.t("review-superseded"),
        Err(other) => return Err(other.into()),
    };
    let items = state.app().wiki().review_queue(&viewer.actor).await?;
    let files = state.app().waiting_attachments(&viewer.actor).await?;
    render_with_status(
        StatusCode::UNPROCESSABLE_ENTITY,
        &ReviewPage {
            chrome,
            items,
            files,
            problem: Some(problem),
        },
    )
}
