//! `GET/POST /sign-in`, `POST /sign-out`.

use askama::Template;
use axum::extract::{Form, State};

use crate::client_limits::Peer;
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::Response;
use braid_app::SecretString;
use braid_app::accounts::{SecondFactorOutcome, SecondFactorProof, SignInOutcome};
use serde::Deserialize;

use crate::chrome::Chrome;
use crate::handlers::accounts::{redirect, redirect_signed_in};
use crate::handlers::{local_path, render, render_with_status};
use crate::session::{Viewer, signed_out};
use crate::{AppState, WebError, device};

#[derive(Template)]
#[template(path = "sign_in.html")]
struct SignInPage {
    chrome: Chrome,
    handle: String,
    return_to: String,
    failed: bool,
    /// Whether to offer signing in with a passkey.
    passkeys: bool,
}

/// The sign-in form again after a refusal (`status` 401, or 429 while the client waits),
/// keeping the handle typed.
pub(crate) fn refused_page(
    state: &AppState,
    chrome: Chrome,
    handle: &str,
    return_to: String,
    status: StatusCode,
) -> Result<Response, WebError> {
    render_with_status(
        status,
        &SignInPage {
            chrome,
            handle: handle.chars().take(64).collect(),
            return_to,
            failed: true,
            passkeys: state.app().accounts().passkeys_available(),
        },
    )
}

/// The sign-in form's fields.
#[derive(Deserialize)]
pub struct SignInForm {
    #[serde(default)]
    handle: String,
    #[serde(default)]
    password: String,
    #[serde(default)]
    return_to: String,
}

/// Shows the form (or the account page to someone already signed in).
pub async fn show(
    State(state): State<AppState>,
    chrome: Chrome,
    viewer: Viewer,
) -> Result<Response, WebError> {
    if viewer.session.is_some() {
        return Ok(redirect("/account"));
    }
    render(&SignInPage {
        chrome,
        handle: String::new(),
        return_to: String::new(),
        failed: false,
        passkeys: state.app().accounts().passkeys_available(),
    })
}

/// Checks the password and opens a new session. Every failure reads the same.
pub async fn submit(
    State(state): State<AppState>,
    chrome: Chrome,
    viewer: Viewer,
    headers: HeaderMap,
    Peer(peer): Peer,
    Form(form): Form<SignInForm>,
) -> Result<Response, WebError> {
    let password = SecretString::new(form.password);
    let label = device::label(
        headers
            .get(header::USER_AGENT)
            .and_then(|v| v.to_str().ok()),
    );
    let limits = &state.shared.client_limits;
    let client = limits.client(peer, &headers);
    let now = std::time::Instant::now();
    if let Some(client) = client
        && !limits.allows(client, now)
    {
        return refused_page(
            &state,
            chrome,
            &form.handle,
            form.return_to,
            StatusCode::TOO_MANY_REQUESTS,
        );
    }
    let outcome = state
        .app()
        .accounts()
        .sign_in(&form.handle, &password, &label)
        .await?;
    if let (Some(client), SignInOutcome::Refused) = (client, &outcome) {
        limits.record_failure(client, now);
    }
    match outcome {
        SignInOutcome::SignedIn(signed_in) => {
            // Whatever session this browser had before ends: one browser, one session.
            if let Some(previous) = &viewer.session {
                state.app().accounts().sign_out(previous).await?;
            }
            let target = local_path(&form.return_to).unwrap_or("/account");
            Ok(redirect_signed_in(&state, &signed_in, target))
        }
        SignInOutcome::SecondFactorDue(challenge) => render(&CodePage {
            chrome,
            challenge: challenge.token.reveal().to_owned(),
            totp: challenge.totp,
            passkey_options: challenge.passkey_options,
            return_to: form.return_to,
            problem: None,
        }),
        SignInOutcome::Refused => refused_page(
            &state,
            chrome,
            &form.handle,
            form.return_to,
            StatusCode::UNAUTHORIZED,
        ),
    }
}

#[derive(Template)]
#[template(path = "sign_in_code.html")]
struct CodePage {
    chrome: Chrome,
    challenge: String,
    /// Whether the member has an authenticator app (otherwise only recovery codes).
    totp: bool,
    /// Options for the passkey form, when the member has passkeys.
    passkey_options: Option<String>,
    return_to: String,
    problem: Option<String>,
}

/// The second step's fields.
#[derive(Deserialize)]
pub struct CodeForm {
    #[serde(default)]
    challenge: String,
    #[serde(default)]
    code: String,
    /// A passkey's answer (JSON), sent instead of a code.
    #[serde(default)]
    answer: String,
    /// Whether the member has an authenticator app, to show the form the same way again.
    #[serde(default)]
    totp: bool,
    /// The passkey options, to offer the passkey again after a wrong code.
    #[serde(default)]
    passkey_options: String,
    #[serde(default)]
    return_to: String,
}

/// Checks the authenticator code, recovery code or passkey and opens the session.
pub async fn submit_code(
    State(state): State<AppState>,
    chrome: Chrome,
    viewer: Viewer,
    Form(form): Form<CodeForm>,
) -> Result<Response, WebError> {
    let proof = if form.answer.is_empty() {
        SecondFactorProof::Code(&form.code)
    } else {
        SecondFactorProof::Passkey(&form.answer)
    };
    match state
        .app()
        .accounts()
        .complete_sign_in(&form.challenge, proof)
        .await?
    {
        SecondFactorOutcome::SignedIn(signed_in) => {
            if let Some(previous) = &viewer.session {
                state.app().accounts().sign_out(previous).await?;
            }
            let target = local_path(&form.return_to).unwrap_or("/account");
            Ok(redirect_signed_in(&state, &signed_in, target))
        }
        SecondFactorOutcome::WrongCode { tries_left } => {
            let problem = chrome
                .t
                .t_num("sign-in-code-wrong", "tries", i64::from(tries_left));
            code_page_again(chrome, form, StatusCode::UNAUTHORIZED, problem)
        }
        SecondFactorOutcome::StartAgain => {
            refused_page(&state, chrome, "", form.return_to, StatusCode::UNAUTHORIZED)
        }
        SecondFactorOutcome::Waiting { minutes } => {
            let problem = chrome.t.t_num(
                "sign-in-code-wait",
                "minutes",
                i64::try_from(minutes).unwrap_or(i64::MAX),
            );
            code_page_again(chrome, form, StatusCode::TOO_MANY_REQUESTS, problem)
        }
    }
}

/// The second step's form again, as it was shown, with what went wrong.
fn code_page_again(
    chrome: Chrome,
    form: CodeForm,
    status: StatusCode,
    problem: String,
) -> Result<Response, WebError> {
    render_with_status(
        status,
        &CodePage {
            chrome,
            challenge: form.challenge,
            totp: form.totp,
            passkey_options: Some(form.passkey_options).filter(|o| !o.is_empty()),
            return_to: form.return_to,
            problem: Some(problem),
        },
    )
}

/// Ends the session, forgets the cookie and asks the browser to clear what it kept.
pub async fn sign_out(State(state): State<AppState>, viewer: Viewer) -> Result<Response, WebError> {
    if let Some(session) = &viewer.session {
        state.app().accounts().sign_out(session).await?;
    }
    Ok(signed_out(state.shared.secure_transport))
}
