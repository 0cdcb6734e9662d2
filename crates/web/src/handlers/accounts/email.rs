//! `GET/POST /account/email`: the member's mail address (the current password is asked
//! first); `GET/POST /account/email/confirm/{token}`: the link mailed to a new address.

use askama::Template;
use axum::extract::{Form, Path, State};
use axum::http::StatusCode;
use axum::response::Response;
use braid_app::accounts::email::EmailSettings;
use braid_app::{AppError, SecretString};
use serde::Deserialize;

use crate::chrome::Chrome;
use crate::handlers::{render, render_with_status};
use crate::session::SignedIn;
use crate::{AppState, WebError};

#[derive(Template)]
#[template(path = "email.html")]
struct EmailPage {
    chrome: Chrome,
    settings: EmailSettings,
    /// What was typed, kept when the form is refused.
    typed: String,
    problem: Option<String>,
    /// The address a link was just mailed to.
    sent: Option<String>,
}

/// Shows the member's address and the form to change it.
pub async fn show(
    State(state): State<AppState>,
    chrome: Chrome,
    SignedIn(viewer): SignedIn,
) -> Result<Response, WebError> {
    let settings = state.app().accounts().email_settings(&viewer.actor).await?;
    render(&EmailPage {
        chrome,
        settings,
        typed: String::new(),
        problem: None,
        sent: None,
    })
}

/// The form's fields.
#[derive(Deserialize)]
pub struct EmailForm {
    #[serde(default)]
    current_password: String,
    #[serde(default)]
    email: String,
}

/// Asks for a new address (a link goes to it), or removes the address when empty.
pub async fn change(
    State(state): State<AppState>,
    chrome: Chrome,
    SignedIn(viewer): SignedIn,
    Form(form): Form<EmailForm>,
) -> Result<Response, WebError> {
    let accounts = state.app().accounts();
    let result = accounts
        .request_email(
            &viewer.actor,
            &SecretString::new(form.current_password),
            &form.email,
        )
        .await;
    let settings = accounts.email_settings(&viewer.actor).await?;
    match result {
        Ok(()) => render(&EmailPage {
            chrome,
            sent: settings.requested.clone(),
            settings,
            typed: String::new(),
            problem: None,
        }),
        Err(AppError::Invalid(error)) => {
            let problem = Some(chrome.problem(&error));
            render_with_status(
                StatusCode::UNPROCESSABLE_ENTITY,
                &EmailPage {
                    chrome,
                    settings,
                    typed: form.email,
                    problem,
                    sent: None,
                },
            )
        }
        Err(other) => Err(other.into()),
    }
}

#[derive(Template)]
#[template(path = "email_confirm.html")]
struct ConfirmPage {
    chrome: Chrome,
    token: String,
    /// The address confirmed, once it is.
    confirmed: Option<String>,
    problem: Option<String>,
}

/// The page the mailed link opens: one button (a link opened by a mail scanner confirms
/// nothing).
pub async fn confirm_form(chrome: Chrome, Path(token): Path<String>) -> Result<Response, WebError> {
    render(&ConfirmPage {
        chrome,
        token,
        confirmed: None,
        problem: None,
    })
}

/// Confirms the address.
pub async fn confirm(
    State(state): State<AppState>,
    chrome: Chrome,
    Path(token): Path<String>,
) -> Result<Response, WebError> {
    match state.app().accounts().confirm_email(&token).await {
        Ok(address) => render(&ConfirmPage {
            chrome,
            token,
            confirmed: Some(address),
            problem: None,
        }),
        Err(AppError::Invalid(error)) => {
            let problem = Some(chrome.problem(&error));
            render_with_status(
                StatusCode::UNPROCESSABLE_ENTITY,
                &ConfirmPage {
                    chrome,
                    token,
                    confirmed: None,
                    problem,
                },
            )
        }
        Err(other) => Err(other.into()),
    }
}
