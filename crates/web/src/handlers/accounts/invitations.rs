//! `GET /invitations/new`, `POST /invitations`: a member vouches for a newcomer, and sees and
//! withdraws the invitations still open.

use askama::Template;
use axum::extract::{Form, State};
use axum::http::StatusCode;
use axum::response::Response;
use braid_app::AppError;
use braid_app::invitations::InvitationView;
use braid_domain::accounts::Role;
use braid_domain::ids::InvitationId;
use serde::Deserialize;

use crate::chrome::Chrome;
use crate::handlers::{render, render_with_status};
use crate::session::{SignedIn, WithSession};
use crate::{AppState, WebError};

#[derive(Template)]
#[template(path = "invite.html")]
struct InvitePage {
    chrome: Chrome,
    can_choose_role: bool,
    note: String,
    problem: Option<String>,
    /// The invitations the viewer may withdraw (all of them for admins).
    open: Vec<InvitationView>,
}

impl InvitePage {
    /// Every role's stable name, for the role menu.
    fn role_names(&self) -> impl Iterator<Item = &'static str> {
        Role::ALL.iter().map(|role| role.as_str())
    }
}

#[derive(Template)]
#[template(path = "invite_created.html")]
struct InviteCreatedPage {
    chrome: Chrome,
    link: String,
    expires: String,
}

/// The invitation form's fields.
#[derive(Deserialize)]
pub struct InviteForm {
    #[serde(default)]
    note: String,
    #[serde(default)]
    role: Option<String>,
}

/// The withdraw form.
#[derive(Deserialize)]
pub struct WithdrawForm {
    invitation: i64,
}

/// Shows the form and the invitations still open.
pub async fn new(
    State(state): State<AppState>,
    chrome: Chrome,
    WithSession { viewer, session }: WithSession,
) -> Result<Response, WebError> {
    let open = state.app().open_invitations(&viewer.actor).await?;
    render(&InvitePage {
        can_choose_role: session.member.has(Role::Admin),
        chrome,
        note: String::new(),
        problem: None,
        open,
    })
}

/// Withdraws an open invitation: its link stops working.
pub async fn withdraw(
    State(state): State<AppState>,
    SignedIn(viewer): SignedIn,
    Form(form): Form<WithdrawForm>,
) -> Result<Response, WebError> {
    state
        .app()
        .withdraw_invitation(&viewer.actor, InvitationId(form.invitation))
        .await?;
    Ok(crate::handlers::wiki::see_other(
        "/invitations/new#open-invitations",
    ))
}

/// Creates the invitation and shows its link once.
pub async fn create(
    State(state): State<AppState>,
    chrome: Chrome,
    WithSession { viewer, session }: WithSession,
    Form(form): Form<InviteForm>,
) -> Result<Response, WebError> {
    let role = match form.role.as_deref() {
        None | Some("") => Role::Member,
        Some(name) => Role::parse(name).map_err(|_| WebError::BadRequest)?,
    };
    let problem = match state
        .app()
        .accounts()
        .invite(&viewer.actor, &form.note, role)
        .await
    {
        Ok((token, expires)) => {
            let link = format!("{}/join/{}", state.shared.config.public_url, token.reveal());
            return render(&InviteCreatedPage {
                expires: chrome.when(expires),
                chrome,
                link,
            });
        }
        Err(AppError::Conflict(_)) => chrome.t("invite-too-many"),
        Err(AppError::Invalid(error)) => chrome.problem(&error),
        Err(other) => return Err(other.into()),
    };
    let open = state.app().open_invitations(&viewer.actor).await?;
    render_with_status(
        StatusCode::UNPROCESSABLE_ENTITY,
        &InvitePage {
            can_choose_role: session.member.has(Role::Admin),
            chrome,
            note: form.note,
            problem: Some(problem),
            open,
        },
    )
}
