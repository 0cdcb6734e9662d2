//! `GET/POST /account/password`: changing the password (the current one is asked first).

use askama::Template;
use axum::extract::{Form, State};
use axum::http::StatusCode;
use axum::response::Response;
use braid_app::{AppError, SecretString};
use serde::Deserialize;

use crate::chrome::Chrome;
use crate::handlers::{render, render_with_status};
use crate::session::{SignedIn, WithSession};
use crate::{AppState, WebError};

#[derive(Template)]
#[template(path = "password.html")]
struct PasswordPage {
    chrome: Chrome,
    problem: Option<String>,
    done: bool,
}

/// The form's fields.
#[derive(Deserialize)]
pub struct PasswordForm {
    #[serde(default)]
    current_password: String,
    #[serde(default)]
    new_password: String,
    #[serde(default)]
    sign_out_elsewhere: Option<String>,
}

/// Shows the form.
pub async fn show(chrome: Chrome, _: SignedIn) -> Result<Response, WebError> {
    render(&PasswordPage {
        chrome,
        problem: None,
        done: false,
    })
}

/// Changes the password.
pub async fn change(
    State(state): State<AppState>,
    chrome: Chrome,
    WithSession { viewer, session }: WithSession,
    Form(form): Form<PasswordForm>,
) -> Result<Response, WebError> {
    let session = session.session;
    let result = state
        .app()
        .accounts()
        .change_password(
            &viewer.actor,
            &SecretString::new(form.current_password),
            &SecretString::new(form.new_password),
            form.sign_out_elsewhere.is_some(),
            Some(session),
        )
        .await;
    match result {
        Ok(()) => render(&PasswordPage {
            chrome,
            problem: None,
            done: true,
        }),
        Err(AppError::Invalid(error)) => {
            let problem = chrome.problem(&error);
            render_with_status(
                StatusCode::UNPROCESSABLE_ENTITY,
                &PasswordPage {
                    chrome,
                    problem: Some(problem),
                    done: false,
                },
            )
        }
        Err(other) => Err(other.into()),
    }
}
