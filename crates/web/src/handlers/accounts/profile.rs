//! `GET/POST /account/profile`: what a member shows others about themselves.

use askama::Template;
use axum::extract::{Form, State};
use axum::http::StatusCode;
use axum::response::Response;
use braid_app::AppError;
use braid_app::accounts::profile::Profile;
use serde::Deserialize;

use crate::chrome::Chrome;
use crate::handlers::{render, render_with_status};
use crate::session::SignedIn;
use crate::{AppState, WebError};

#[derive(Template)]
#[template(path = "profile.html")]
struct ProfilePage {
    chrome: Chrome,
    profile: Profile,
    problem: Option<String>,
    saved: bool,
}

/// The form's fields.
#[derive(Deserialize)]
pub struct ProfileForm {
    #[serde(default)]
    display_name: String,
    #[serde(default)]
    pronouns: String,
    #[serde(default)]
    languages: String,
    #[serde(default)]
    region: String,
}

/// Shows the profile to change.
pub async fn show(
    State(state): State<AppState>,
    chrome: Chrome,
    SignedIn(viewer): SignedIn,
) -> Result<Response, WebError> {
    let profile = state.app().accounts().own_profile(&viewer.actor).await?;
    render(&ProfilePage {
        chrome,
        profile,
        problem: None,
        saved: false,
    })
}

/// Saves the profile; a refused one comes back as typed, with the reason.
pub async fn save(
    State(state): State<AppState>,
    chrome: Chrome,
    SignedIn(viewer): SignedIn,
    Form(form): Form<ProfileForm>,
) -> Result<Response, WebError> {
    let profile = Profile {
        display_name: form.display_name,
        pronouns: form.pronouns,
        languages: form.languages,
        region: form.region,
    };
    match state
        .app()
        .accounts()
        .update_profile(&viewer.actor, &profile)
        .await
    {
        Ok(()) => {
            let profile = state.app().accounts().own_profile(&viewer.actor).await?;
            render(&ProfilePage {
                chrome,
                profile,
                problem: None,
                saved: true,
            })
        }
        Err(AppError::Invalid(error)) => {
            let problem = chrome.problem(&error);
            render_with_status(
                StatusCode::UNPROCESSABLE_ENTITY,
                &ProfilePage {
                    chrome,
                    profile,
                    problem: Some(problem),
                    saved: false,
                },
            )
        }
        Err(other) => Err(other.into()),
    }
}
