//! `GET/POST /sign-in`, `POST /sign-out`.

use askama::Template;
use axum::extract::{Form, State};

use crate::client_limits::Peer;
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::Response;
use braid_app::SecretString;
use braid_app::accounts::{SecondFactorOutcome, SignInOutcome};
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
pub async fn show(chrome: Chrome, viewer: Viewer) -> Result<Response, WebError> {
    if viewer.session.is_some() {
        return Ok(redirect("/account"));
    }
    render(&SignInPage {
        chrome,
        handle: String::new(),
        return_to: String::new(),
        failed: false,
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
        let page = SignInPage {
            chrome,
            handle: form.handle.chars().take(64).collect(),
            return_to: form.return_to,
            failed: true,
        };
        return render_with_status(StatusCode::TOO_MANY_REQUESTS, &page);
    }
    let outcome = state.app().sign_in(&form.handle, &password, &label).await?;
    if let (Some(client), SignInOutcome::Refused) = (client, &outcome) {
        limits.record_failure(client, now);
    }
    match outcome {
        SignInOutcome::SignedIn(signed_in) => {
            // Whatever session this browser had before ends: one browser, one session.
            if let Some(previous) = &viewer.session {
                state.app().sign_out(previous).await?;
            }
            let target = local_path(&form.return_to).unwrap_or("/account");
            Ok(redirect_signed_in(&state, &signed_in, target))
        }
        SignInOutcome::SecondFactorDue(challenge) => render(&CodePage {
            chrome,
            challenge: challenge.reveal().to_owned(),
            return_to: form.return_to,
            problem: None,
        }),
        SignInOutcome::Refused => render_with_status(
            StatusCode::UNAUTHORIZED,
            &SignInPage {
                chrome,
                handle: form.handle.chars().take(64).collect(),
                return_to: form.return_to,
                failed: true,
            },
        ),
    }
}

#[derive(Template)]
#[template(path = "sign_in_code.html")]
struct CodePage {
    chrome: Chrome,
    challenge: String,
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
    #[serde(default)]
    return_to: String,
}

/// Checks the authenticator or recovery code and opens the session.
pub async fn submit_code(
    State(state): State<AppState>,
    chrome: Chrome,
    viewer: Viewer,
    Form(form): Form<CodeForm>,
) -> Result<Response, WebError> {
    match state
        .app()
        .complete_sign_in(&form.challenge, &form.code)
        .await?
    {
        SecondFactorOutcome::SignedIn(signed_in) => {
            if let Some(previous) = &viewer.session {
                state.app().sign_out(previous).await?;
            }
            let target = local_path(&form.return_to).unwrap_or("/account");
            Ok(redirect_signed_in(&state, &signed_in, target))
        }
        SecondFactorOutcome::WrongCode { tries_left } => {
            let problem = chrome
                .t
                .t_num("sign-in-code-wrong", "tries", i64::from(tries_left));
            render_with_status(
                StatusCode::UNAUTHORIZED,
                &CodePage {
                    chrome,
                    challenge: form.challenge,
                    return_to: form.return_to,
                    problem: Some(problem),
                },
            )
        }
        SecondFactorOutcome::StartAgain => render_with_status(
            StatusCode::UNAUTHORIZED,
            &SignInPage {
                chrome,
                handle: String::new(),
                return_to: form.return_to,
                failed: true,
            },
        ),
    }
}

/// Ends the session, forgets the cookie and asks the browser to clear what it kept.
pub async fn sign_out(State(state): State<AppState>, viewer: Viewer) -> Result<Response, WebError> {
    if let Some(session) = &viewer.session {
        state.app().sign_out(session).await?;
    }
    Ok(signed_out(state.shared.secure_transport))
}
