//! Passkeys: `POST /account/passkeys/{start,finish,remove}` and the password-less sign-in,
//! `POST /sign-in/passkey{,/finish}`.
//!
//! Each ceremony is a page whose form carries the options for `navigator.credentials`;
//! `passkey.js` asks the authenticator when the reader presses the button and submits its
//! answer. Without JavaScript the forms stay hidden and the page says what still works.

use askama::Template;
use axum::extract::{Form, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::Response;
use braid_app::accounts::SignInOutcome;
use braid_app::{AppError, SecretString};
use braid_domain::ids::PasskeyId;
use serde::Deserialize;

use crate::chrome::Chrome;
use crate::client_limits::Peer;
use crate::handlers::accounts::two_factor::{CodesPage, status_page};
use crate::handlers::accounts::{redirect, redirect_signed_in, sign_in};
use crate::handlers::{local_path, render, render_with_status};
use crate::session::{SignedIn, Viewer};
use crate::{AppState, WebError, device};

/// A page that runs one ceremony.
#[derive(Template)]
#[template(path = "passkey_ceremony.html")]
pub(crate) struct CeremonyPage {
    pub(crate) chrome: Chrome,
    /// `create` (registering) or `get` (signing in).
    pub(crate) mode: &'static str,
    pub(crate) title_id: &'static str,
    pub(crate) lede_id: &'static str,
    pub(crate) action: &'static str,
    pub(crate) token: String,
    pub(crate) options: String,
    pub(crate) return_to: String,
}

/// The fields of the registration form.
#[derive(Deserialize)]
pub struct StartForm {
    #[serde(default)]
    name: String,
    #[serde(default)]
    current_password: String,
}

/// The browser's answer to a ceremony.
#[derive(Deserialize)]
pub struct AnswerForm {
    #[serde(default)]
    token: String,
    #[serde(default)]
    answer: String,
    #[serde(default)]
    return_to: String,
}

/// The fields of the removal form.
#[derive(Deserialize)]
pub struct RemoveForm {
    #[serde(default)]
    passkey: i64,
    #[serde(default)]
    current_password: String,
}

async fn refused(
    state: &AppState,
    chrome: Chrome,
    viewer: &Viewer,
    error: AppError,
) -> Result<Response, WebError> {
    match error {
        AppError::Invalid(error) => {
            let problem = chrome.problem(&error);
            let page = status_page(state, chrome, viewer, Some(problem)).await?;
            render_with_status(StatusCode::UNPROCESSABLE_ENTITY, &page)
        }
        AppError::Conflict(_) => {
            let problem = chrome.t("passkey-already-registered");
            let page = status_page(state, chrome, viewer, Some(problem)).await?;
            render_with_status(StatusCode::CONFLICT, &page)
        }
        other => Err(other.into()),
    }
}

/// Checks the password and shows the page that asks the authenticator for a new passkey.
pub async fn start(
    State(state): State<AppState>,
    chrome: Chrome,
    SignedIn(viewer): SignedIn,
    Form(form): Form<StartForm>,
) -> Result<Response, WebError> {
    let password = SecretString::new(form.current_password);
    match state
        .app()
        .accounts()
        .start_passkey_registration(&viewer.actor, &password, &form.name)
        .await
    {
        Ok(ceremony) => render(&CeremonyPage {
            chrome,
            mode: "create",
            title_id: "passkey-add-title",
            lede_id: "passkey-add-lede",
            action: "/account/passkeys/finish",
            token: ceremony.token.reveal().to_owned(),
            options: ceremony.options,
            return_to: String::new(),
        }),
        Err(error) => refused(&state, chrome, &viewer, error).await,
    }
}

/// Registers the passkey from the authenticator's answer; shows recovery codes if the member
/// had none left.
pub async fn finish(
    State(state): State<AppState>,
    chrome: Chrome,
    SignedIn(viewer): SignedIn,
    Form(form): Form<AnswerForm>,
) -> Result<Response, WebError> {
    match state
        .app()
        .accounts()
        .finish_passkey_registration(&viewer.actor, &form.token, &form.answer)
        .await
    {
        Ok(codes) if codes.is_empty() => Ok(redirect("/account/two-factor")),
        Ok(codes) => render(&CodesPage {
            chrome,
            codes: codes.iter().map(|code| code.expose().to_owned()).collect(),
        }),
        Err(error) => refused(&state, chrome, &viewer, error).await,
    }
}

/// Removes a passkey after checking the password.
pub async fn remove(
    State(state): State<AppState>,
    chrome: Chrome,
    SignedIn(viewer): SignedIn,
    Form(form): Form<RemoveForm>,
) -> Result<Response, WebError> {
    let password = SecretString::new(form.current_password);
    match state
        .app()
        .accounts()
        .remove_passkey(&viewer.actor, &password, PasskeyId(form.passkey))
        .await
    {
        Ok(()) => Ok(redirect("/account/two-factor")),
        Err(error) => refused(&state, chrome, &viewer, error).await,
    }
}

/// Starts a password-less sign-in: the page that asks the browser for a passkey.
pub async fn start_sign_in(
    State(state): State<AppState>,
    chrome: Chrome,
    viewer: Viewer,
    headers: HeaderMap,
    Peer(peer): Peer,
    Form(form): Form<AnswerForm>,
) -> Result<Response, WebError> {
    if viewer.session.is_some() {
        return Ok(redirect("/account"));
    }
    let limits = &state.shared.client_limits;
    if let Some(client) = limits.client(peer, &headers)
        && !limits.allows(client, std::time::Instant::now())
    {
        return sign_in::refused_page(
            &state,
            chrome,
            "",
            form.return_to,
            StatusCode::TOO_MANY_REQUESTS,
        );
    }
    let ceremony = state.app().accounts().start_passkey_sign_in().await?;
    render(&CeremonyPage {
        chrome,
        mode: "get",
        title_id: "passkey-sign-in-title",
        lede_id: "passkey-sign-in-lede",
        action: "/sign-in/passkey/finish",
        token: ceremony.token.reveal().to_owned(),
        options: ceremony.options,
        return_to: form.return_to,
    })
}

/// Checks the passkey's answer and opens the session. Every failure reads the same.
pub async fn finish_sign_in(
    State(state): State<AppState>,
    chrome: Chrome,
    viewer: Viewer,
    headers: HeaderMap,
    Peer(peer): Peer,
    Form(form): Form<AnswerForm>,
) -> Result<Response, WebError> {
    let label = device::label(
        headers
            .get(header::USER_AGENT)
            .and_then(|v| v.to_str().ok()),
    );
    let outcome = state
        .app()
        .accounts()
        .finish_passkey_sign_in(&form.token, &form.answer, &label)
        .await?;
    match outcome {
        SignInOutcome::SignedIn(signed_in) => {
            if let Some(previous) = &viewer.session {
                state.app().accounts().sign_out(previous).await?;
            }
            let target = local_path(&form.return_to).unwrap_or("/account");
            Ok(redirect_signed_in(&state, &signed_in, target))
        }
        SignInOutcome::SecondFactorDue(_) | SignInOutcome::Refused => {
            let limits = &state.shared.client_limits;
            if let Some(client) = limits.client(peer, &headers) {
                limits.record_failure(client, std::time::Instant::now());
            }
            sign_in::refused_page(&state, chrome, "", form.return_to, StatusCode::UNAUTHORIZED)
        }
    }
}
