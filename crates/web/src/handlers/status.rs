//! The hub's status for administrators: how far each follower of the change log got, how
//! far behind it is and its last error, and the jobs that were given up.

use askama::Template;
use axum::Router;
use axum::extract::State;
use axum::response::Response;
use axum::routing::get;

use crate::chrome::Chrome;
use crate::handlers::render;
use crate::session::SignedIn;
use crate::{AppState, WebError};

/// This module's routes.
pub fn routes() -> Router<AppState> {
    Router::new().route("/admin/status", get(show))
}

/// A follower, worded for the reader.
struct FollowerRow {
    name: String,
    cursor: i64,
    lag: i64,
    error: Option<(String, String)>,
}

/// A job that failed for good, worded for the reader.
struct FailedJobRow {
    kind: String,
    attempts: u32,
    error: String,
    at: String,
}

#[derive(Template)]
#[template(path = "admin_status.html")]
struct StatusPage {
    chrome: Chrome,
    followers: Vec<FollowerRow>,
    failed_jobs: Vec<FailedJobRow>,
}

async fn show(
    State(state): State<AppState>,
    chrome: Chrome,
    SignedIn(viewer): SignedIn,
) -> Result<Response, WebError> {
    let followers = state.app().follower_status(&viewer.actor).await?;
    let failed = state.app().failed_jobs(&viewer.actor).await?;
    let followers = followers
        .into_iter()
        .map(|follower| FollowerRow {
            name: chrome.t(&format!("follower-{}", follower.name)),
            cursor: follower.cursor.0,
            lag: follower.lag,
            error: follower
                .last_error
                .map(|(error, at)| (error, chrome.when(at))),
        })
        .collect();
    let failed_jobs = failed
        .into_iter()
        .map(|job| FailedJobRow {
            kind: chrome
                .try_t(&format!("job-{}", job.kind))
                .unwrap_or_else(|| chrome.t("job-unknown")),
            attempts: job.attempts,
            error: job.last_error.unwrap_or_default(),
            at: chrome.when(job.run_at),
        })
        .collect();
    render(&StatusPage {
        chrome,
        followers,
        failed_jobs,
    })
}
