//! `GET/POST /join/{token}`: a newcomer accepts an invitation.

use askama::Template;
use axum::extract::{Form, Path, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::Response;
use braid_app::AppError;
use braid_app::SecretString;
use braid_app::accounts::{InvitationState, JoinRequest};
use serde::Deserialize;

use crate::chrome::Chrome;
use crate::handlers::accounts::redirect_signed_in;
use crate::handlers::render_with_status;
use crate::{AppState, WebError, device};

#[derive(Template)]
#[template(path = "join.html")]
struct JoinPage {
    chrome: Chrome,
    token: String,
    invited_by: Option<String>,
    form: JoinForm,
    problem: Option<String>,
}

#[derive(Template)]
#[template(path = "join_closed.html")]
struct JoinClosedPage {
    chrome: Chrome,
    reason: &'static str,
}

/// The join form's fields. Everything but the password is shown again after a mistake.
#[derive(Debug, Default, Deserialize)]
pub struct JoinForm {
    #[serde(default)]
    handle: String,
    #[serde(default)]
    display_name: String,
    #[serde(default)]
    pronouns: String,
    #[serde(default)]
    languages: String,
    #[serde(default)]
    region: String,
    #[serde(default)]
    password: String,
    #[serde(default)]
    accept: Option<String>,
}

fn closed(chrome: Chrome, state: &InvitationState) -> Result<Response, WebError> {
    let (status, reason) = match state {
        InvitationState::Used => (StatusCode::GONE, "join-closed-used"),
        InvitationState::Expired => (StatusCode::GONE, "join-closed-expired"),
        InvitationState::Unknown | InvitationState::Open { .. } => {
            (StatusCode::NOT_FOUND, "join-closed-unknown")
        }
    };
    render_with_status(status, &JoinClosedPage { chrome, reason })
}

/// Shows the invitation and the join form, or a clear page when the link cannot be used.
pub async fn show(
    State(state): State<AppState>,
    chrome: Chrome,
    Path(token): Path<String>,
) -> Result<Response, WebError> {
    match state.app().accounts().invitation_state(&token).await? {
        InvitationState::Open { invited_by, .. } => render_with_status(
            StatusCode::OK,
            &JoinPage {
                chrome,
                token,
                invited_by,
                form: JoinForm::default(),
                problem: None,
            },
        ),
        other => closed(chrome, &other),
    }
}

/// Creates the account and signs the newcomer in, or shows the form again with what was typed.
pub async fn submit(
    State(state): State<AppState>,
    chrome: Chrome,
    headers: HeaderMap,
    Path(token): Path<String>,
    Form(mut form): Form<JoinForm>,
) -> Result<Response, WebError> {
    let request = JoinRequest {
        handle: form.handle.clone(),
        display_name: form.display_name.clone(),
        pronouns: form.pronouns.clone(),
        languages: form.languages.clone(),
        region: form.region.clone(),
        password: SecretString::new(std::mem::take(&mut form.password)),
        accepted_guidelines: form.accept.is_some(),
        device_label: device::label(
            headers
                .get(header::USER_AGENT)
                .and_then(|v| v.to_str().ok()),
        ),
    };
    let problem = match state.app().accounts().join(&token, request).await {
        Ok(signed_in) => return Ok(redirect_signed_in(&state, &signed_in, "/welcome")),
        Err(AppError::Invalid(error)) => chrome.problem(&error),
        Err(AppError::Conflict(_)) => chrome.t("join-handle-taken"),
        Err(AppError::NotFound) => {
            let now = state.app().accounts().invitation_state(&token).await?;
            return closed(chrome, &now);
        }
        Err(other) => return Err(other.into()),
    };
    let invited_by = match state.app().accounts().invitation_state(&token).await? {
        InvitationState::Open { invited_by, .. } => invited_by,
        other => return closed(chrome, &other),
    };
    render_with_status(
        StatusCode::UNPROCESSABLE_ENTITY,
        &JoinPage {
            chrome,
            token,
            invited_by,
            form,
            problem: Some(problem),
        },
    )
}
