//! A page's discussion: adding, editing, deleting and resolving comments.

use super::*;

/// This module's routes.
pub(super) fn routes() -> Router<AppState> {
    Router::new()
        .route("/wiki/{section}/{page}/comments", post(add_comment))
        .route("/comments/{id}/edit", post(edit_comment))
        .route("/comments/{id}/delete", post(delete_comment))
        .route("/comments/{id}/resolve", post(resolve_comment))
}

/// A new comment's fields.
#[derive(Deserialize)]
pub struct CommentForm {
    #[serde(default)]
    body: String,
    /// The comment replied to.
    #[serde(default)]
    parent: Option<i64>,
}

/// Adds a comment or a reply.
pub async fn add_comment(
    State(state): State<AppState>,
    chrome: Chrome,
    SignedIn(viewer): SignedIn,
    Path((section, slug)): Path<(String, String)>,
    Form(form): Form<CommentForm>,
) -> Result<Response, WebError> {
    match state
        .app()
        .wiki()
        .add_comment(
            &viewer.actor,
            &section,
            &slug,
            form.parent.map(CommentId),
            &form.body,
        )
        .await
    {
        Ok(id) => {
            let href = state
                .app()
                .wiki()
                .page(&viewer.actor, &section, &slug, None)
                .await
                .map(|view| page_href(&view.section, &view.page.slug))?;
            Ok(see_other(&format!("{href}#comment-{id}")))
        }
        Err(AppError::Invalid(error)) => {
            let problem = chrome.problem(&error);
            let mut page = page_page(&state, chrome, &viewer, &section, &slug, None).await?;
            page.comment_draft = form.body;
            page.comment_problem = Some(problem);
            render_with_status(StatusCode::UNPROCESSABLE_ENTITY, &page)
        }
        Err(other) => Err(other.into()),
    }
}

#[derive(Template)]
#[template(path = "comment_edit.html")]
struct CommentEditPage {
    chrome: Chrome,
    id: i64,
    body: String,
    problem: String,
}

/// Changes one's own comment.
pub async fn edit_comment(
    State(state): State<AppState>,
    chrome: Chrome,
    SignedIn(viewer): SignedIn,
    Path(id): Path<i64>,
    Form(form): Form<CommentForm>,
) -> Result<Response, WebError> {
    match state
        .app()
        .wiki()
        .edit_comment(&viewer.actor, CommentId(id), &form.body)
        .await
    {
        Ok(href) => Ok(see_other(&format!("{href}#comment-{id}"))),
        Err(AppError::Invalid(error)) => {
            let problem = chrome.problem(&error);
            render_with_status(
                StatusCode::UNPROCESSABLE_ENTITY,
                &CommentEditPage {
                    chrome,
                    id,
                    body: form.body,
                    problem,
                },
            )
        }
        Err(other) => Err(other.into()),
    }
}

/// Deletes one's own comment.
pub async fn delete_comment(
    State(state): State<AppState>,
    SignedIn(viewer): SignedIn,
    Path(id): Path<i64>,
) -> Result<Response, WebError> {
    let href = state
        .app()
        .wiki()
        .delete_comment(&viewer.actor, CommentId(id))
        .await?;
    Ok(see_other(&format!("{href}#comment-{id}")))
}

/// `resolved=true` resolves the thread, anything else reopens it.
#[derive(Deserialize)]
pub struct ResolveForm {
    #[serde(default)]
    resolved: String,
}

/// Resolves or reopens a thread.
pub async fn resolve_comment(
    State(state): State<AppState>,
    SignedIn(viewer): SignedIn,
    Path(id): Path<i64>,
    Form(form): Form<ResolveForm>,
) -> Result<Response, WebError> {
    let href = state
        .app()
        .wiki()
        .resolve_comment(&viewer.actor, CommentId(id), form.resolved == "true")
        .await?;
    Ok(see_other(&format!("{href}#comment-{id}")))
}
