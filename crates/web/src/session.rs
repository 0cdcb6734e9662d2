//! Who is asking: the session cookie resolved once per request, and the CSRF check that every
//! state change by a signed-in member must pass.
//!
//! The CSRF token is derived from the session token (SHA-256 with a label), so it needs no
//! storage, differs per session, and only a page rendered for this session can know it. It is
//! checked here, for every unsafe request that carries a session cookie, before any handler
//! runs: a form that forgets its token fails closed.
//!
//! Pages carry the token masked afresh for each response (a random mask, then the token XORed
//! with it). Pages are gzipped, and some echo what a reader sent (a search); with a token that
//! read the same in every response, an observer of encrypted response sizes who can make a
//! member's browser send chosen text could learn the token a character at a time (BREACH).

use axum::body::Body;
use axum::extract::{FromRequestParts, Request, State};
use axum::http::request::Parts;
use axum::http::{HeaderMap, HeaderValue, Method, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use braid_app::accounts::CurrentSession;
use braid_domain::policy::Actor;
use sha2::{Digest, Sha256};
use subtle::ConstantTimeEq;

use crate::{AppState, WebError};

/// The name of the session cookie.
pub(crate) fn session_cookie_name(secure: bool) -> &'static str {
    if secure {
        "__Host-braid_session"
    } else {
        "braid_session"
    }
}

/// A `Set-Cookie` value carrying the session `token`, or, with `None`, removing the cookie.
pub(crate) fn session_cookie(secure: bool, token: Option<(&str, u64)>) -> Option<HeaderValue> {
    let (value, max_age) = token.unwrap_or(("", 0));
    let secure = if secure { "; Secure" } else { "" };
    HeaderValue::from_str(&format!(
        "{}={value}; Path=/; Max-Age={max_age}; HttpOnly; SameSite=Lax{secure}",
        session_cookie_name(secure == "; Secure")
    ))
    .ok()
}

/// The response after a session ended for good (sign-out, deleted account): back to the home
/// page, the cookie removed, and the browser asked to clear what it kept of the site.
pub(crate) fn signed_out(secure: bool) -> Response {
    let mut response = (StatusCode::SEE_OTHER, [(header::LOCATION, "/")]).into_response();
    if let Some(cookie) = session_cookie(secure, None) {
        response.headers_mut().insert(header::SET_COOKIE, cookie);
    }
    response.headers_mut().insert(
        axum::http::HeaderName::from_static("clear-site-data"),
        HeaderValue::from_static("\"cache\", \"cookies\", \"storage\""),
    );
    response
}

/// The value of cookie `name` in a request.
pub(crate) fn cookie<'a>(headers: &'a HeaderMap, name: &str) -> Option<&'a str> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|value| value.to_str().ok())
        .flat_map(|value| value.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(key, _)| *key == name)
        .map(|(_, value)| value)
}

/// How many bytes a CSRF token has.
const CSRF_BYTES: usize = 20;

/// The CSRF token for a session token.
fn csrf_token(session_token: &str) -> [u8; CSRF_BYTES] {
    let digest = Sha256::digest(format!("braid-csrf-v1:{session_token}").as_bytes());
    let mut token = [0; CSRF_BYTES];
    token.copy_from_slice(&digest[..CSRF_BYTES]);
    token
}

/// `token` as a page carries it: a fresh random mask, then the token XORed with the mask, in
/// hex (80 characters), different in every response.
fn masked(token: &[u8; CSRF_BYTES]) -> String {
    let mut mask = [0u8; CSRF_BYTES];
    rand::fill(&mut mask);
    let hidden = token.iter().zip(mask).map(|(t, m)| t ^ m);
    mask.into_iter()
        .chain(hidden)
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// The token inside a masked form, or `None` if `presented` is not one.
fn unmasked(presented: &str) -> Option<[u8; CSRF_BYTES]> {
    if presented.len() != 4 * CSRF_BYTES || !presented.bytes().all(|b| b.is_ascii_hexdigit()) {
        return None;
    }
    let bytes = (0..2 * CSRF_BYTES)
        .map(|i| u8::from_str_radix(presented.get(2 * i..2 * i + 2)?, 16).ok())
        .collect::<Option<Vec<u8>>>()?;
    let (mask, hidden) = bytes.split_at(CSRF_BYTES);
    let mut token = [0; CSRF_BYTES];
    for (out, (m, h)) in token.iter_mut().zip(mask.iter().zip(hidden)) {
        *out = m ^ h;
    }
    Some(token)
}

/// The person behind a request.
#[derive(Debug, Clone)]
pub struct Viewer {
    /// For policy decisions in the services.
    pub actor: Actor,
    /// The session, when signed in.
    pub session: Option<CurrentSession>,
    /// The CSRF token to put in this viewer's forms, masked for this response (empty when not
    /// signed in).
    pub csrf: String,
}

impl Viewer {
    fn anonymous() -> Viewer {
        Viewer {
            actor: Actor::Anonymous,
            session: None,
            csrf: String::new(),
        }
    }

    /// The handle of the signed-in member.
    pub fn handle(&self) -> Option<&str> {
        self.session.as_ref().map(|s| s.member.handle.as_str())
    }
}

impl FromRequestParts<AppState> for Viewer {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(
        parts: &mut Parts,
        _state: &AppState,
    ) -> Result<Viewer, Self::Rejection> {
        Ok(parts
            .extensions
            .get::<Viewer>()
            .cloned()
            .unwrap_or_else(Viewer::anonymous))
    }
}

/// A signed-in viewer. Handlers that need a session take this instead of [`Viewer`]: a
/// request without one never reaches them: it is sent to sign in.
pub struct SignedIn(pub Viewer);

impl FromRequestParts<AppState> for SignedIn {
    type Rejection = WebError;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<SignedIn, Self::Rejection> {
        let Ok(viewer) = Viewer::from_request_parts(parts, state).await;
        if viewer.session.is_none() {
            return Err(WebError::SignInRequired);
        }
        Ok(SignedIn(viewer))
    }
}

/// A signed-in viewer with their session at hand, for the handlers that act on the session
/// itself (its id, its member): like [`SignedIn`], a request without one never reaches them.
pub struct WithSession {
    /// The viewer.
    pub viewer: Viewer,
    /// Their session.
    pub session: CurrentSession,
}

impl FromRequestParts<AppState> for WithSession {
    type Rejection = WebError;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<WithSession, Self::Rejection> {
        let Ok(viewer) = Viewer::from_request_parts(parts, state).await;
        let session = viewer.session.clone().ok_or(WebError::SignInRequired)?;
        Ok(WithSession { viewer, session })
    }
}

/// Resolves the session cookie and enforces the CSRF token on unsafe requests that carry it.
pub async fn authenticate(State(state): State<AppState>, request: Request, next: Next) -> Response {
    let secure = state.shared.secure_transport;
    let token = cookie(request.headers(), session_cookie_name(secure)).map(str::to_owned);
    let Some(token) = token else {
        return next.run(request).await;
    };
    let current = match state.app().accounts().current_session(&token).await {
        Ok(current) => current,
        Err(error) => return WebError::from(error).into_response(),
    };
    let Some(current) = current else {
        // A stale or forged cookie: carry on as anonymous, and drop the cookie.
        let mut response = next.run(request).await;
        if let Some(value) = session_cookie(secure, None) {
            response.headers_mut().append(header::SET_COOKIE, value);
        }
        return response;
    };
    let expected = csrf_token(&token);
    let viewer = Viewer {
        actor: Actor::Member(current.member.clone()),
        csrf: masked(&expected),
        session: Some(current),
    };
    let mut request = request;
    if !matches!(
        *request.method(),
        Method::GET | Method::HEAD | Method::OPTIONS
    ) {
        let (parts, body) = request.into_parts();
        let bytes = match axum::body::to_bytes(body, usize::MAX).await {
            Ok(bytes) => bytes,
            // The body limit layer's error: too large.
            Err(_) => return StatusCode::PAYLOAD_TOO_LARGE.into_response(),
        };
        let presented = match multipart_boundary(&parts.headers) {
            Some(boundary) => multipart_field(&bytes, &boundary, "csrf").unwrap_or_default(),
            None => form_urlencoded::parse(&bytes)
                .find(|(key, _)| key == "csrf")
                .map(|(_, value)| value.into_owned())
                .unwrap_or_default(),
        };
        let genuine = unmasked(&presented).is_some_and(|token| bool::from(token.ct_eq(&expected)));
        if !genuine {
            tracing::warn!("state change refused: missing or wrong CSRF token");
            return WebError::Forbidden.into_response();
        }
        request = Request::from_parts(parts, Body::from(bytes));
    }
    let reason = match &viewer.session {
        Some(current)
            if current.member.status == braid_domain::accounts::AccountStatus::Pending =>
        {
            "pending"
        }
        Some(current) if current.member.second_factor_missing => "second-factor",
        _ => "role",
    };
    request.extensions_mut().insert(viewer);
    let mut response = next.run(request).await;
    if response.status() == StatusCode::FORBIDDEN {
        response
            .extensions_mut()
            .insert(crate::middleware::ForbiddenBecause(reason));
    }
    response
}

/// The boundary of a `multipart/form-data` body (file uploads), if that is what it is.
fn multipart_boundary(headers: &axum::http::HeaderMap) -> Option<String> {
    let content_type = headers.get(header::CONTENT_TYPE)?.to_str().ok()?;
    let rest = content_type.strip_prefix("multipart/form-data")?;
    rest.split(';')
        .filter_map(|param| param.trim().strip_prefix("boundary="))
        .map(|boundary| boundary.trim_matches('"').to_owned())
        .next()
}

/// The value of the small text field `name` in a multipart body.
fn multipart_field(body: &[u8], boundary: &str, name: &str) -> Option<String> {
    let delimiter = format!("--{boundary}");
    let wanted = format!("name=\"{name}\"");
    let text = String::from_utf8_lossy(body);
    text.split(delimiter.as_str()).find_map(|part| {
        let (headers, value) = part.split_once("\r\n\r\n")?;
        let named = headers.lines().any(|line| {
            line.to_ascii_lowercase()
                .starts_with("content-disposition:")
                && line.split(';').any(|p| p.trim() == wanted)
        });
        named.then(|| value.strip_suffix("\r\n").unwrap_or(value).to_owned())
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_token_is_found_in_a_file_upload() {
        let body = "--XyZ\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\nabc123\r\n--XyZ\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.png\"\r\nContent-Type: image/png\r\n\r\n\u{89}PNG name=\"csrf\"\r\n--XyZ--\r\n";
        assert_eq!(
            multipart_field(body.as_bytes(), "XyZ", "csrf").as_deref(),
            Some("abc123")
        );
        assert_eq!(multipart_field(body.as_bytes(), "XyZ", "other"), None);
        let mut headers = axum::http::HeaderMap::new();
        headers.insert(
            header::CONTENT_TYPE,
            "multipart/form-data; boundary=\"XyZ\""
                .parse()
                .unwrap_or_else(|_| unreachable!()),
        );
        assert_eq!(multipart_boundary(&headers).as_deref(), Some("XyZ"));
    }

    #[test]
    fn csrf_tokens_differ_per_session_and_are_stable() {
        assert_eq!(csrf_token("braid_s_a"), csrf_token("braid_s_a"));
        assert_ne!(csrf_token("braid_s_a"), csrf_token("braid_s_b"));
    }

    #[test]
    fn a_masked_token_reads_differently_each_time_and_unmasks_to_the_token() {
        let token = csrf_token("braid_s_a");
        let (first, second) = (masked(&token), masked(&token));
        assert_ne!(first, second);
        assert_eq!(first.len(), 80);
        assert_eq!(unmasked(&first), Some(token));
        assert_eq!(unmasked(&second), Some(token));
        // The bare token, a truncated or non-hex value, or one masked for another session.
        let bare: String = token.iter().map(|b| format!("{b:02x}")).collect();
        for wrong in [
            bare,
            first[..78].to_owned(),
            "é".repeat(40),
            "zz".repeat(40),
            "+f".repeat(40),
        ] {
            assert_eq!(unmasked(&wrong), None, "{wrong}");
        }
        assert_ne!(unmasked(&masked(&csrf_token("braid_s_b"))), Some(token));
    }
}
