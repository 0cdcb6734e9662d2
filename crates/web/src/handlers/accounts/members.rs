//! `/members`: the directory (members only). `/admin/members`: roles and suspensions
//! (admins only).

use askama::Template;
use axum::extract::{Form, Query, State};
use axum::http::StatusCode;
use axum::response::Response;
use braid_app::AppError;
use braid_app::accounts::{DirectoryEntry, SecondFactorPolicyChange};
use braid_domain::accounts::Role;
use braid_domain::time::Timestamp;
use serde::Deserialize;

use crate::chrome::Chrome;
use crate::handlers::accounts::redirect;
use crate::handlers::{render, render_with_status};
use crate::session::{SignedIn, Viewer};
use crate::{AppState, WebError};

#[derive(Template)]
#[template(path = "members.html")]
struct DirectoryPage {
    chrome: Chrome,
    language: String,
    region: String,
    members: Vec<DirectoryEntry>,
    /// Newcomers waiting for a vouch: (handle, who vouched).
    pending: Vec<(String, Vec<String>)>,
}

/// The directory's filters.
#[derive(Deserialize)]
pub struct DirectoryQuery {
    #[serde(default)]
    language: String,
    #[serde(default)]
    region: String,
}

/// Lists members, filtered by language and region.
pub async fn directory(
    State(state): State<AppState>,
    chrome: Chrome,
    SignedIn(viewer): SignedIn,
    Query(query): Query<DirectoryQuery>,
) -> Result<Response, WebError> {
    let language: String = query.language.chars().take(60).collect();
    let region: String = query.region.chars().take(60).collect();
    let members = state
        .app()
        .accounts()
        .directory(&viewer.actor, &language, &region)
        .await?;
    let pending = state
        .app()
        .accounts()
        .pending_members(&viewer.actor)
        .await?;
    render(&DirectoryPage {
        chrome,
        language,
        region,
        members,
        pending,
    })
}

/// A member as the admin page lists them.
pub struct AdminRow {
    /// Handle.
    pub handle: String,
    /// Status's stable name (the page shows its translation).
    pub status: &'static str,
    /// Why suspended.
    pub reason: String,
    /// Roles in force (stable names), with their last day if they have a term.
    pub roles: Vec<(&'static str, Option<String>)>,
}

#[derive(Template)]
#[template(path = "admin_members.html")]
struct AdminPage {
    chrome: Chrome,
    rows: Vec<AdminRow>,
    problem: Option<String>,
    /// (role name, whether a second factor is required for it)
    second_factor_policy: Vec<(&'static str, bool)>,
    /// The roles asked for, when requiring them would limit the admin asking: the page asks
    /// to confirm, naming the roles of theirs it concerns.
    confirm_policy: Option<(Vec<&'static str>, Vec<&'static str>)>,
}

impl AdminPage {
    /// Every role's stable name, for the role menus.
    fn role_names(&self) -> impl Iterator<Item = &'static str> {
        Role::ALL.iter().map(|role| role.as_str())
    }
}

async fn admin_page(
    state: &AppState,
    chrome: Chrome,
    viewer: &Viewer,
    problem: Option<String>,
) -> Result<AdminPage, WebError> {
    let rows = state
        .app()
        .accounts()
        .members(&viewer.actor)
        .await?
        .into_iter()
        .map(|member| AdminRow {
            handle: member.user.handle.as_str().to_owned(),
            status: member.user.status.as_str(),
            reason: member.user.suspended_reason.unwrap_or_default(),
            roles: member
                .roles
                .iter()
                .map(|grant| {
                    (
                        grant.role.as_str(),
                        grant.until.map(|until| chrome.when(until)),
                    )
                })
                .collect(),
        })
        .collect();
    let required = state.app().accounts().second_factor_required_for().await?;
    let second_factor_policy = Role::ALL
        .iter()
        .map(|role| (role.as_str(), required.contains(role)))
        .collect();
    Ok(AdminPage {
        chrome,
        rows,
        problem,
        second_factor_policy,
        confirm_policy: None,
    })
}

/// Every member with roles and status, and the forms to change them.
pub async fn admin(
    State(state): State<AppState>,
    chrome: Chrome,
    SignedIn(viewer): SignedIn,
) -> Result<Response, WebError> {
    render(&admin_page(&state, chrome, &viewer, None).await?)
}

/// The role form.
#[derive(Deserialize)]
pub struct RoleForm {
    #[serde(default)]
    handle: String,
    #[serde(default)]
    role: String,
    #[serde(default)]
    until: String,
}

/// The suspension form.
#[derive(Deserialize)]
pub struct StatusForm {
    #[serde(default)]
    handle: String,
    #[serde(default)]
    reason: String,
}

async fn outcome(
    state: &AppState,
    chrome: Chrome,
    viewer: &Viewer,
    result: Result<(), AppError>,
) -> Result<Response, WebError> {
    match result {
        Ok(()) => Ok(redirect("/admin/members")),
        Err(AppError::Invalid(error)) => {
            let problem = chrome.problem(&error);
            let page = admin_page(state, chrome, viewer, Some(problem)).await?;
            render_with_status(StatusCode::UNPROCESSABLE_ENTITY, &page)
        }
        Err(other) => Err(other.into()),
    }
}

/// Grants a role (with an optional last day) or, with `member`, removes the others.
pub async fn set_role(
    State(state): State<AppState>,
    chrome: Chrome,
    SignedIn(viewer): SignedIn,
    Form(form): Form<RoleForm>,
) -> Result<Response, WebError> {
    let role = Role::parse(&form.role).map_err(|_| WebError::BadRequest)?;
    let until = match form.until.trim() {
        "" => None,
        text => Some(Timestamp(
            Timestamp::parse_date(text)
                .ok_or(WebError::BadRequest)?
                .as_millis()
                + 86_400_000,
        )),
    };
    let result = state
        .app()
        .accounts()
        .set_role(&viewer.actor, &form.handle, role, until)
        .await;
    outcome(&state, chrome, &viewer, result).await
}

/// Suspends a member, with a reason.
pub async fn suspend(
    State(state): State<AppState>,
    chrome: Chrome,
    SignedIn(viewer): SignedIn,
    Form(form): Form<StatusForm>,
) -> Result<Response, WebError> {
    let result = state
        .app()
        .accounts()
        .suspend(&viewer.actor, &form.handle, &form.reason)
        .await;
    outcome(&state, chrome, &viewer, result).await
}

/// Reinstates a member.
pub async fn reinstate(
    State(state): State<AppState>,
    chrome: Chrome,
    SignedIn(viewer): SignedIn,
    Form(form): Form<StatusForm>,
) -> Result<Response, WebError> {
    let result = state
        .app()
        .accounts()
        .reinstate(&viewer.actor, &form.handle)
        .await;
    outcome(&state, chrome, &viewer, result).await
}

#[derive(Template)]
#[template(path = "admin_audit.html")]
struct AuditPage {
    chrome: Chrome,
    events: Vec<braid_app::accounts::AuditView>,
}

/// The last 500 security events of all members.
pub async fn audit(
    State(state): State<AppState>,
    chrome: Chrome,
    SignedIn(viewer): SignedIn,
) -> Result<Response, WebError> {
    let events = state.app().accounts().audit_log(&viewer.actor, 500).await?;
    render(&AuditPage { chrome, events })
}

/// Requires a second factor for the ticked roles; asks first when that would hold the admin
/// asking to it before they have one.
pub async fn second_factor_policy(
    State(state): State<AppState>,
    chrome: Chrome,
    SignedIn(viewer): SignedIn,
    form: axum::body::Bytes,
) -> Result<Response, WebError> {
    // Repeated `role` fields: parsed by hand, as the form extractor keeps only one.
    let roles = form_urlencoded::parse(&form)
        .filter(|(key, _)| key == "role")
        .map(|(_, value)| Role::parse(&value).map_err(|_| WebError::BadRequest))
        .collect::<Result<std::collections::BTreeSet<Role>, WebError>>()?;
    let confirmed =
        form_urlencoded::parse(&form).any(|(key, value)| key == "confirm" && value == "yes");
    match state
        .app()
        .accounts()
        .require_second_factor_for(&viewer.actor, &roles, confirmed)
        .await?
    {
        SecondFactorPolicyChange::Saved => Ok(redirect("/admin/members")),
        SecondFactorPolicyChange::WouldLimitYou(yours) => {
            let mut page = admin_page(&state, chrome, &viewer, None).await?;
            page.confirm_policy = Some((
                roles.iter().map(|role| role.as_str()).collect(),
                yours.iter().map(|role| role.as_str()).collect(),
            ));
            render(&page)
        }
    }
}

/// The vouch form.
#[derive(Deserialize)]
pub struct VouchForm {
    #[serde(default)]
    handle: String,
}

/// Vouches for a newcomer waiting to become a full member.
pub async fn vouch(
    State(state): State<AppState>,
    SignedIn(viewer): SignedIn,
    Form(form): Form<VouchForm>,
) -> Result<Response, WebError> {
    match state
        .app()
        .accounts()
        .vouch(&viewer.actor, &form.handle)
        .await
    {
        Ok(_) | Err(AppError::Conflict(_)) => Ok(redirect("/members")),
        Err(other) => Err(other.into()),
    }
}
