//! Signing in and out, joining by invitation, and a member's own account pages.

pub mod account;
pub mod email;
pub mod invitations;
pub mod join;
pub mod lifecycle;
pub mod members;
pub mod passkeys;
pub mod password;
pub mod profile;
pub mod sign_in;
pub mod two_factor;

use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use braid_app::accounts::SignedIn;

use crate::AppState;
use crate::session::session_cookie;

/// A 303 to `location` that also sets the session cookie of `signed_in`.
pub(crate) fn redirect_signed_in(
    state: &AppState,
    signed_in: &SignedIn,
    location: &str,
) -> Response {
    let max_age = state.app().accounts().session_lifetime().as_secs();
    let cookie = session_cookie(
        state.shared.secure_transport,
        Some((signed_in.token.reveal(), max_age)),
    );
    let mut response = StatusCode::SEE_OTHER.into_response();
    if let (Some(cookie), Ok(location)) = (cookie, HeaderValue::from_str(location)) {
        response.headers_mut().insert(header::SET_COOKIE, cookie);
        response.headers_mut().insert(header::LOCATION, location);
    }
    response
}

/// A 303 to `location`.
pub(crate) fn redirect(location: &'static str) -> Response {
    (StatusCode::SEE_OTHER, [(header::LOCATION, location)]).into_response()
}
