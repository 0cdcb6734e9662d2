//! Watching pages and sections, review-by dates, notifications, and the pages due for review.

use super::*;

/// This module's routes.
pub(super) fn routes() -> Router<AppState> {
    Router::new()
        .route("/wiki/{section}/{page}/watch", post(watch))
        .route("/wiki/{section}/{page}/review-by", post(set_review_by))
        .route("/notifications", get(notifications))
        .route("/notifications/read", post(mark_notifications_read))
        .route("/review-due", get(review_due))
}

/// `target=page|section`, `on=true|false`.
#[derive(Deserialize)]
pub struct WatchForm {
    #[serde(default)]
    target: String,
    #[serde(default)]
    on: String,
}

/// Starts or stops watching a page or its section.
pub async fn watch(
    State(state): State<AppState>,
    SignedIn(viewer): SignedIn,
    Path((section, slug)): Path<(String, String)>,
    Form(form): Form<WatchForm>,
) -> Result<Response, WebError> {
    let target = if form.target == "section" {
        braid_app::watches::WatchTarget::Section
    } else {
        braid_app::watches::WatchTarget::Page
    };
    state
        .app()
        .watch(&viewer.actor, &section, &slug, target, form.on == "true")
        .await?;
    let view = state
        .app()
        .wiki()
        .page(&viewer.actor, &section, &slug, None)
        .await?;
    Ok(see_other(&page_href(&view.section, &view.page.slug)))
}

/// The review-by date (`YYYY-MM-DD`, empty to clear).
#[derive(Deserialize)]
pub struct ReviewByForm {
    #[serde(default)]
    date: String,
}

/// Sets when a page's advice should be checked again (editors).
pub async fn set_review_by(
    State(state): State<AppState>,
    chrome: Chrome,
    SignedIn(viewer): SignedIn,
    Path((section, slug)): Path<(String, String)>,
    Form(form): Form<ReviewByForm>,
) -> Result<Response, WebError> {
    match state
        .app()
        .set_review_by(&viewer.actor, &section, &slug, &form.date)
        .await
    {
        Ok(()) => {
            let view = state
                .app()
                .wiki()
                .page(&viewer.actor, &section, &slug, None)
                .await?;
            Ok(see_other(&page_href(&view.section, &view.page.slug)))
        }
        Err(AppError::Invalid(error)) => {
            let problem = chrome.problem(&error);
            let mut page = page_page(&state, chrome, &viewer, &section, &slug, None).await?;
            page.settings_problem = Some(problem);
            render_with_status(StatusCode::UNPROCESSABLE_ENTITY, &page)
        }
        Err(other) => Err(other.into()),
    }
}

#[derive(Template)]
#[template(path = "notifications.html")]
struct NotificationsPage {
    chrome: Chrome,
    notifications: Vec<braid_app::watches::NotificationView>,
}

/// The member's notifications.
pub async fn notifications(
    State(state): State<AppState>,
    chrome: Chrome,
    SignedIn(viewer): SignedIn,
) -> Result<Response, WebError> {
    let notifications = state.app().notifications(&viewer.actor).await?;
    render(&NotificationsPage {
        chrome,
        notifications,
    })
}

/// Marks every notification read.
pub async fn mark_notifications_read(
    State(state): State<AppState>,
    SignedIn(viewer): SignedIn,
) -> Result<Response, WebError> {
    state.app().mark_notifications_read(&viewer.actor).await?;
    Ok(see_other("/notifications"))
}

#[derive(Template)]
#[template(path = "review_due.html")]
struct DuePage {
    chrome: Chrome,
    pages: Vec<braid_app::watches::DuePage>,
}

/// Pages whose advice is due to be checked again.
pub async fn review_due(
    State(state): State<AppState>,
    chrome: Chrome,
    viewer: Viewer,
    headers: HeaderMap,
) -> Result<Response, WebError> {
    // Pages fall due as days pass, without any change to the content: kept for a day at most.
    let today = state.app().now().format_utc();
    let public =
        PublicRequest::of(&state, &chrome, &viewer).map(|request| request.for_day(&today[..10]));
    if let Some(finished) = public.as_ref().and_then(|request| request.finished(&state)) {
        return Ok(finished.response(&headers));
    }
    let pages = state.app().pages_due_for_review(&viewer.actor).await?;
    PublicRequest::render(public, &state, &DuePage { chrome, pages }, &headers)
}
