//! The edge every response passes through: request ids, security headers, error pages.

use std::time::{Duration, Instant};

use askama::Template;
use axum::body::Body;
use axum::extract::{Request, State};
use axum::http::{HeaderMap, HeaderName, HeaderValue, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use tracing::Instrument;

use crate::AppState;
use crate::chrome::Chrome;
use crate::request_id::RequestId;

/// Marks a response whose error body must be kept as it is (e.g. `/healthz` for monitors).
#[derive(Debug, Clone, Copy)]
pub struct KeepBody;

/// Marks a response carrying an uploaded file: its policy sandboxes it and lets it load
/// nothing, so even a file a browser would run as a document cannot act on the hub.
#[derive(Debug, Clone, Copy)]
pub struct ServesFile;

const CONTENT_SECURITY_POLICY_FOR_FILES: &str =
    "default-src 'none'; sandbox; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

/// Marks a page that loads one of our own scripts (the passkey pages, the search page); only
/// such a page's policy allows `script-src 'self'`, and requests to us from script.
#[derive(Debug, Clone, Copy)]
pub struct LoadsScript;

/// The policy for HTML and everything else we serve: nothing may load from elsewhere, no
/// script at all, no inline style, no framing, forms post only to us.
const CONTENT_SECURITY_POLICY: &str = "default-src 'none'; style-src 'self'; img-src 'self' data:; \
     form-action 'self'; frame-ancestors 'none'; base-uri 'none'; object-src 'none'";

/// The same policy for a page marked [`LoadsScript`]: scripts from our own files, never inline,
/// which may ask only us for data (search suggestions).
const CONTENT_SECURITY_POLICY_WITH_SCRIPT: &str = "default-src 'none'; script-src 'self'; connect-src 'self'; style-src 'self'; \
     img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'; object-src 'none'";

const PERMISSIONS_POLICY: &str = "accelerometer=(), autoplay=(), camera=(), display-capture=(), \
     encrypted-media=(), fullscreen=(), geolocation=(), gyroscope=(), magnetometer=(), \
     microphone=(), midi=(), payment=(), picture-in-picture=(), usb=(), \
     publickey-credentials-get=(self), publickey-credentials-create=(self)";

/// Gives the request an id and a log span, renders error pages, and sets the security
/// headers on every response.
pub async fn edge(State(state): State<AppState>, mut request: Request, next: Next) -> Response {
    let started = Instant::now();
    let request_id = RequestId::random();
    request.extensions_mut().insert(request_id.clone());
    // Kept to render an error page in the reader's language after the handler has run.
    let mut headers = HeaderMap::new();
    for name in [header::COOKIE, header::ACCEPT_LANGUAGE] {
        for value in request.headers().get_all(&name) {
            headers.append(name.clone(), value.clone());
        }
    }
    let method = request.method().clone();
    let path = request.uri().path().to_owned();
    let span = tracing::info_span!("request", request.id = %request_id.0, http.method = %method);

    let mut response = next.run(request).instrument(span.clone()).await;

    let status = response.status();
    if (status.is_client_error() || status.is_server_error())
        && response.extensions().get::<KeepBody>().is_none()
    {
        let because = response.extensions().get::<ForbiddenBecause>().map(|b| b.0);
        response = error_page(
            &state,
            status,
            &headers,
            path,
            &request_id,
            response.headers(),
            because,
        );
    }
    let policy = if response.extensions().get::<ServesFile>().is_some() {
        CONTENT_SECURITY_POLICY_FOR_FILES
    } else if response.extensions().get::<LoadsScript>().is_some() {
        CONTENT_SECURITY_POLICY_WITH_SCRIPT
    } else {
        CONTENT_SECURITY_POLICY
    };
    set_security_headers(response.headers_mut(), &state, policy);
    if let Ok(value) = HeaderValue::from_str(&request_id.0) {
        response
            .headers_mut()
            .insert(HeaderName::from_static("x-request-id"), value);
    }
    span.in_scope(|| log_served(status, started.elapsed()));
    response
}

/// Requests slower than this are logged whatever their outcome, for the operator to see.
const SLOW: Duration = Duration::from_secs(1);

/// One line for a request that failed or was slow; for the others only at debug level. A
/// line for every page view would be a record of when members were reading, kept on a
/// server that may be seized. Never the client address or the query string: they identify
/// readers and what they sought.
fn log_served(status: StatusCode, duration: Duration) {
    let duration_ms = u64::try_from(duration.as_millis()).unwrap_or(u64::MAX);
    let status = status.as_u16();
    if status >= 500 {
        tracing::warn!(http.status = status, duration_ms, "served");
    } else if status >= 400 || duration >= SLOW {
        tracing::info!(http.status = status, duration_ms, "served");
    } else {
        tracing::debug!(http.status = status, duration_ms, "served");
    }
}

#[derive(Template)]
#[template(path = "error.html")]
struct ErrorPageTemplate {
    chrome: Chrome,
    status: u16,
    title: String,
    explanation: String,
}

/// Why a signed-in member was refused (set by `session::authenticate` on a 403), so the error
/// page says the real reason instead of blaming a link from another site.
#[derive(Debug, Clone, Copy)]
pub(crate) struct ForbiddenBecause(pub(crate) &'static str);

fn error_page(
    state: &AppState,
    status: StatusCode,
    request_headers: &HeaderMap,
    path: String,
    request_id: &RequestId,
    original_headers: &HeaderMap,
    because: Option<&'static str>,
) -> Response {
    let chrome = Chrome::build(state, request_headers, path, request_id.0.clone());
    let key = match status.as_u16() {
        400 | 403 | 404 | 405 | 409 | 413 | 422 | 500 | 503 => status.as_u16().to_string(),
        code if code >= 500 => "500".to_owned(),
        _ => "400".to_owned(),
    };
    let page = ErrorPageTemplate {
        title: chrome.t(&format!("error-{key}-title")),
        explanation: match because {
            Some(reason) if key == "403" => chrome.t(&format!("error-403-{reason}-text")),
            _ => chrome.t(&format!("error-{key}-text")),
        },
        status: status.as_u16(),
        chrome,
    };
    let mut response = match page.render() {
        Ok(html) => (
            status,
            [(header::CONTENT_TYPE, "text/html; charset=utf-8")],
            html,
        )
            .into_response(),
        Err(error) => {
            tracing::error!(%error, "cannot render the error page");
            (
                status,
                [(header::CONTENT_TYPE, "text/plain; charset=utf-8")],
                Body::from(format!("Error {status}. Request {}\n", request_id.0)),
            )
                .into_response()
        }
    };
    // A 405 must still say which methods are allowed.
    if let Some(allow) = original_headers.get(header::ALLOW) {
        response.headers_mut().insert(header::ALLOW, allow.clone());
    }
    response
}

fn set_security_headers(headers: &mut HeaderMap, state: &AppState, policy: &'static str) {
    let fixed: [(HeaderName, &'static str); 8] = [
        (header::CONTENT_SECURITY_POLICY, policy),
        (header::X_CONTENT_TYPE_OPTIONS, "nosniff"),
        (header::X_FRAME_OPTIONS, "DENY"),
        (header::REFERRER_POLICY, "no-referrer"),
        (
            HeaderName::from_static("permissions-policy"),
            PERMISSIONS_POLICY,
        ),
        (
            HeaderName::from_static("cross-origin-opener-policy"),
            "same-origin",
        ),
        (
            HeaderName::from_static("cross-origin-resource-policy"),
            "same-origin",
        ),
        (
            HeaderName::from_static("cross-origin-embedder-policy"),
            "require-corp",
        ),
    ];
    // Room for these and the few added after (request id, vary, encoding) at once, rather
    // than the map growing and rehashing twice on every response.
    headers.reserve(fixed.len() + 6);
    for (name, value) in fixed {
        headers.insert(name, HeaderValue::from_static(value));
    }
    if state.shared.hsts {
        headers.insert(
            header::STRICT_TRANSPORT_SECURITY,
            HeaderValue::from_static("max-age=63072000; includeSubDomains"),
        );
    }
    // Pages may hold what only a member should see; a seized device should not keep them.
    // Assets set their own long-lived caching.
    headers
        .entry(header::CACHE_CONTROL)
        .or_insert(HeaderValue::from_static("no-store"));
}

/// Holds request bodies to `max_body_bytes`, or to the upload limit for file uploads
/// (`POST …/attachments`): 413 as soon as the declared or streamed size is over.
pub async fn limit_body(State(state): State<AppState>, request: Request, next: Next) -> Response {
    let upload = request.method() == axum::http::Method::POST
        && request.uri().path().ends_with("/attachments");
    let limit = if upload {
        crate::upload_limit(&state)
    } else {
        state.shared.config.max_body_bytes
    };
    let declared = request
        .headers()
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<usize>().ok());
    if declared.is_some_and(|length| length > limit) {
        return StatusCode::PAYLOAD_TOO_LARGE.into_response();
    }
    let request =
        request.map(|body| axum::body::Body::new(http_body_util::Limited::new(body, limit)));
    next.run(request).await
}

/// Refuses a form whose fields, once decoded, are not text: invalid UTF-8 (which would be
/// stored as U+FFFD) or a NUL byte (which one backend stores and the other refuses). 422, the
/// same on both backends, before any handler sees the form. File uploads are not forms of
/// text and pass.
pub async fn text_forms(request: Request, next: Next) -> Response {
    let urlencoded = request
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("application/x-www-form-urlencoded"));
    if !urlencoded {
        return next.run(request).await;
    }
    let (parts, body) = request.into_parts();
    let bytes = match axum::body::to_bytes(body, usize::MAX).await {
        Ok(bytes) => bytes,
        // The body limit layer's error: too large.
        Err(_) => return StatusCode::PAYLOAD_TOO_LARGE.into_response(),
    };
    if !is_text_form(&bytes) {
        tracing::debug!("form refused: not valid text");
        return StatusCode::UNPROCESSABLE_ENTITY.into_response();
    }
    next.run(Request::from_parts(parts, Body::from(bytes)))
        .await
}

/// Whether a `application/x-www-form-urlencoded` body decodes to UTF-8 without NUL.
fn is_text_form(body: &[u8]) -> bool {
    let mut decoded = Vec::with_capacity(body.len());
    let mut at = 0;
    while at < body.len() {
        let byte = body[at];
        if byte == b'%'
            && let Some(hex) = body.get(at + 1..at + 3)
            && let Some(value) = std::str::from_utf8(hex)
                .ok()
                .and_then(|hex| u8::from_str_radix(hex, 16).ok())
        {
            decoded.push(value);
            at += 3;
            continue;
        }
        decoded.push(byte);
        at += 1;
    }
    !decoded.contains(&0) && std::str::from_utf8(&decoded).is_ok()
}

#[cfg(test)]
mod text_form_tests {
    use super::is_text_form;

    #[test]
    fn forms_must_decode_to_text_without_nul() {
        assert!(is_text_form(b"title=Caf%C3%A9&body=a+b%2Bc"));
        assert!(is_text_form("title=تقييم".as_bytes()));
        assert!(!is_text_form(b"title=%FF%FE"));
        assert!(!is_text_form(b"body=a%00b"));
        assert!(!is_text_form(b"title=%C3"));
        assert!(
            is_text_form(b"title=100%"),
            "a lone percent sign is kept as it is"
        );
    }
}
