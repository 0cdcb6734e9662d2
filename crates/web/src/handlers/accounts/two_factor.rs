//! `/account/two-factor`: enrolling an authenticator app, recovery codes, removal. Every change
//! asks for the current password first.

use askama::Template;
use axum::extract::{Form, State};
use axum::http::StatusCode;
use axum::response::Response;
use braid_app::accounts::TotpEnrolment;
use braid_app::accounts::passkeys::PasskeyView;
use braid_app::{AppError, SecretString};
use serde::Deserialize;

use crate::chrome::Chrome;
use crate::handlers::accounts::redirect;
use crate::handlers::{render, render_with_status};
use crate::session::{SignedIn, Viewer};
use crate::{AppState, WebError};

#[derive(Template)]
#[template(path = "two_factor.html")]
pub(crate) struct StatusPage {
    chrome: Chrome,
    enrolled: bool,
    recovery_codes_left: u32,
    /// Whether this hub can use passkeys at all.
    passkeys_available: bool,
    passkeys: Vec<PasskeyView>,
    problem: Option<String>,
}

#[derive(Template)]
#[template(path = "two_factor_enrol.html")]
struct EnrolPage {
    chrome: Chrome,
    secret: String,
    qr_data_uri: String,
    problem: Option<String>,
}

#[derive(Template)]
#[template(path = "two_factor_codes.html")]
pub(crate) struct CodesPage {
    pub(crate) chrome: Chrome,
    pub(crate) codes: Vec<String>,
}

/// A form that carries the current password.
#[derive(Deserialize)]
pub struct PasswordForm {
    #[serde(default)]
    current_password: String,
}

/// The confirmation form.
#[derive(Deserialize)]
pub struct CodeForm {
    #[serde(default)]
    code: String,
}

fn enrol_page(chrome: Chrome, enrolment: TotpEnrolment, problem: Option<String>) -> EnrolPage {
    EnrolPage {
        chrome,
        qr_data_uri: format!(
            "data:image/svg+xml;base64,{}",
            braid_app::base64(enrolment.qr_svg.as_bytes())
        ),
        secret: enrolment.secret,
        problem,
    }
}

/// The page of the member's second factors, with `problem` shown above the forms.
pub(crate) async fn status_page(
    state: &AppState,
    chrome: Chrome,
    viewer: &Viewer,
    problem: Option<String>,
) -> Result<StatusPage, WebError> {
    let status = state
        .app()
        .accounts()
        .second_factor_status(&viewer.actor)
        .await?;
    Ok(StatusPage {
        chrome,
        enrolled: status.totp,
        recovery_codes_left: status.recovery_codes_left,
        passkeys_available: state.app().accounts().passkeys_available(),
        passkeys: state.app().accounts().passkeys(&viewer.actor).await?,
        problem,
    })
}

/// Shows whether an authenticator is enrolled, with the way to add or remove one.
pub async fn show(
    State(state): State<AppState>,
    chrome: Chrome,
    SignedIn(viewer): SignedIn,
) -> Result<Response, WebError> {
    render(&status_page(&state, chrome, &viewer, None).await?)
}

/// Checks the password and shows the QR code and secret to enrol.
pub async fn start(
    State(state): State<AppState>,
    chrome: Chrome,
    SignedIn(viewer): SignedIn,
    Form(form): Form<PasswordForm>,
) -> Result<Response, WebError> {
    let password = SecretString::new(form.current_password);
    let issuer = state.shared.config.community_name.clone();
    match state
        .app()
        .accounts()
        .start_totp_enrolment(&viewer.actor, &password, &issuer)
        .await
    {
        Ok(enrolment) => render(&enrol_page(chrome, enrolment, None)),
        Err(AppError::Invalid(error)) => {
            let problem = chrome.problem(&error);
            let page = status_page(&state, chrome, &viewer, Some(problem)).await?;
            render_with_status(StatusCode::UNPROCESSABLE_ENTITY, &page)
        }
        Err(AppError::Conflict(_)) => Ok(redirect("/account/two-factor")),
        Err(other) => Err(other.into()),
    }
}

/// Confirms with a code from the app and shows the recovery codes once.
pub async fn confirm(
    State(state): State<AppState>,
    chrome: Chrome,
    SignedIn(viewer): SignedIn,
    Form(form): Form<CodeForm>,
) -> Result<Response, WebError> {
    match state
        .app()
        .accounts()
        .confirm_totp_enrolment(&viewer.actor, &form.code)
        .await
    {
        Ok(codes) => render(&CodesPage {
            chrome,
            codes: codes.iter().map(|code| code.expose().to_owned()).collect(),
        }),
        Err(AppError::Invalid(error)) => {
            let problem = chrome.problem(&error);
            let issuer = state.shared.config.community_name.clone();
            let enrolment = state
                .app()
                .accounts()
                .pending_totp_enrolment(&viewer.actor, &issuer)
                .await?;
            render_with_status(
                StatusCode::UNPROCESSABLE_ENTITY,
                &enrol_page(chrome, enrolment, Some(problem)),
            )
        }
        Err(AppError::NotFound) => Ok(redirect("/account/two-factor")),
        Err(other) => Err(other.into()),
    }
}

/// Removes the authenticator after checking the password.
pub async fn remove(
    State(state): State<AppState>,
    chrome: Chrome,
    SignedIn(viewer): SignedIn,
    Form(form): Form<PasswordForm>,
) -> Result<Response, WebError> {
    let password = SecretString::new(form.current_password);
    match state
        .app()
        .accounts()
        .remove_totp(&viewer.actor, &password)
        .await
    {
        Ok(()) => Ok(redirect("/account/two-factor")),
        Err(AppError::Invalid(error)) => {
            let problem = chrome.problem(&error);
            let page = status_page(&state, chrome, &viewer, Some(problem)).await?;
            render_with_status(StatusCode::UNPROCESSABLE_ENTITY, &page)
        }
        Err(other) => Err(other.into()),
    }
}
