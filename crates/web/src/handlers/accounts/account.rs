//! `/welcome`, `/account` and `/account/sessions`: a member's own account.

use askama::Template;
use axum::extract::{Path, State};
use axum::response::Response;
use braid_domain::ids::SessionId;

use crate::chrome::Chrome;
use crate::handlers::accounts::redirect;
use crate::handlers::render;
use crate::session::{SignedIn, WithSession};
use crate::{AppState, WebError};

#[derive(Template)]
#[template(path = "welcome.html")]
struct WelcomePage {
    chrome: Chrome,
}

/// Where a newcomer lands after joining.
pub async fn welcome(chrome: Chrome, _: SignedIn) -> Result<Response, WebError> {
    render(&WelcomePage { chrome })
}

/// A security event as the account page lists it.
pub struct EventView {
    /// When, formatted.
    pub when: String,
    /// Its kind, e.g. `signed_in`.
    pub kind: String,
    /// Its detail.
    pub detail: String,
}

#[derive(Template)]
#[template(path = "account.html")]
struct AccountPage {
    chrome: Chrome,
    roles: Vec<&'static str>,
    events: Vec<EventView>,
    failed_attempts: String,
    second_factor_missing: bool,
    /// Waiting for approval: told so, rather than left to find out from refusals.
    pending: bool,
}

/// The member's roles and recent security events.
pub async fn show(
    State(state): State<AppState>,
    chrome: Chrome,
    WithSession { viewer, session }: WithSession,
) -> Result<Response, WebError> {
    let roles = session
        .member
        .roles
        .iter()
        .map(|role| role.as_str())
        .collect();
    let events = state
        .app()
        .accounts()
        .security_events(&viewer.actor, false, 20)
        .await?
        .into_iter()
        .map(|event| EventView {
            when: chrome.when(event.created_at),
            kind: event.kind,
            detail: event.detail,
        })
        .collect();
    let failed = state
        .app()
        .accounts()
        .failed_attempts_since_previous_sign_in(&viewer.actor)
        .await?;
    // Wrong second-factor codes say more than wrong passwords: the password was right.
    let failed_attempts = if failed.second_factor > 0 {
        chrome.t.t_num(
            "account-failed-second-factor",
            "count",
            failed.second_factor as i64,
        )
    } else if failed.passwords > 0 {
        chrome
            .t
            .t_num("account-failed-attempts", "count", failed.passwords as i64)
    } else {
        String::new()
    };
    render(&AccountPage {
        chrome,
        roles,
        events,
        failed_attempts,
        second_factor_missing: session.member.second_factor_missing,
        pending: session.member.status == braid_domain::accounts::AccountStatus::Pending,
    })
}

/// A session as the sessions page lists it.
pub struct SessionView {
    /// Its id, for the revoke button.
    pub id: i64,
    /// The browser label.
    pub device: String,
    /// When it was opened.
    pub created: String,
    /// When it was last used.
    pub last_seen: String,
    /// Whether it is the one making this request.
    pub current: bool,
}

#[derive(Template)]
#[template(path = "sessions.html")]
struct SessionsPage {
    chrome: Chrome,
    sessions: Vec<SessionView>,
}

/// The member's open sessions, with revoke buttons.
pub async fn sessions(
    State(state): State<AppState>,
    chrome: Chrome,
    WithSession { viewer, session }: WithSession,
) -> Result<Response, WebError> {
    let current = session.session;
    let sessions = state
        .app()
        .accounts()
        .sessions(&viewer.actor)
        .await?
        .into_iter()
        .map(|session| SessionView {
            id: session.id.0,
            device: session.device_label,
            created: chrome.when(session.created_at),
            last_seen: chrome.when(session.last_seen_at),
            current: session.id == current,
        })
        .collect();
    render(&SessionsPage { chrome, sessions })
}

/// Ends one of the member's sessions.
pub async fn revoke(
    State(state): State<AppState>,
    SignedIn(viewer): SignedIn,
    Path(id): Path<i64>,
) -> Result<Response, WebError> {
    state
        .app()
        .accounts()
        .revoke_session(&viewer.actor, SessionId(id))
        .await?;
    Ok(redirect("/account/sessions"))
}

/// Ends every session but this one.
pub async fn revoke_others(
    State(state): State<AppState>,
    WithSession { viewer, session }: WithSession,
) -> Result<Response, WebError> {
    let current = session.session;
    state
        .app()
        .accounts()
        .sign_out_everywhere(&viewer.actor, Some(current))
        .await?;
    Ok(redirect("/account/sessions"))
}
