//! `/account/export` and `/account/delete`: a member takes their data, or leaves.

use askama::Template;
use axum::extract::{Form, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use braid_app::{AppError, SecretString};
use serde::Deserialize;

use crate::chrome::Chrome;
use crate::handlers::{render, render_with_status};
use crate::session::SignedIn;
use crate::{AppState, WebError};

/// Everything Braid holds about the member, as a JSON download.
pub async fn export(
    State(state): State<AppState>,
    SignedIn(viewer): SignedIn,
) -> Result<Response, WebError> {
    let data = state.app().accounts().export_account(&viewer.actor).await?;
    let body =
        serde_json::to_string_pretty(&data).map_err(|e| WebError::Internal(e.to_string()))?;
    Ok((
        [
            (
                header::CONTENT_TYPE,
                HeaderValue::from_static("application/json; charset=utf-8"),
            ),
            (
                header::CONTENT_DISPOSITION,
                HeaderValue::from_static("attachment; filename=\"braid-account.json\""),
            ),
        ],
        body,
    )
        .into_response())
}

#[derive(Template)]
#[template(path = "delete_account.html")]
struct DeletePage {
    chrome: Chrome,
    problem: Option<String>,
}

/// The deletion form's fields.
#[derive(Deserialize)]
pub struct DeleteForm {
    #[serde(default)]
    current_password: String,
    #[serde(default)]
    understood: Option<String>,
}

/// Asks for confirmation.
pub async fn confirm(chrome: Chrome, _: SignedIn) -> Result<Response, WebError> {
    render(&DeletePage {
        chrome,
        problem: None,
    })
}

/// Deletes the account, ends the session and clears the browser's copy of the site.
pub async fn delete(
    State(state): State<AppState>,
    chrome: Chrome,
    SignedIn(viewer): SignedIn,
    Form(form): Form<DeleteForm>,
) -> Result<Response, WebError> {
    if form.understood.is_none() {
        let problem = Some(chrome.t("delete-confirm-needed"));
        return render_with_status(
            StatusCode::UNPROCESSABLE_ENTITY,
            &DeletePage { chrome, problem },
        );
    }
    match state
        .app()
        .accounts()
        .delete_account(&viewer.actor, &SecretString::new(form.current_password))
        .await
    {
        Ok(()) => Ok(crate::session::signed_out(state.shared.secure_transport)),
        Err(AppError::Invalid(error)) => {
            let problem = chrome.problem(&error);
            render_with_status(
                StatusCode::UNPROCESSABLE_ENTITY,
                &DeletePage {
                    chrome,
                    problem: Some(problem),
                },
            )
        }
        Err(other) => Err(other.into()),
    }
}
