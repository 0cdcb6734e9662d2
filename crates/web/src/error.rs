//! The web layer's error type: the one place where failures become responses.
//!
//! A handler returns `WebError`; it becomes a bare response carrying [`ErrorPage`], and the
//! edge middleware renders the one error page (in the reader's language, with the request id)
//! for it and for every error the framework produces (404, 405, 413, timeouts, panics).

use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use braid_app::AppError;

/// Why a request failed, as the reader will be told.
#[derive(Debug, thiserror::Error)]
pub enum WebError {
    /// Nothing here, or nothing the reader may see (the two look the same).
    #[error("not found")]
    NotFound,
    /// The request was understood but refused.
    #[error("forbidden")]
    Forbidden,
    /// The request was malformed.
    #[error("bad request")]
    BadRequest,
    /// The request crossed a change made meanwhile (an edit saved, a name taken).
    #[error("conflict")]
    Conflict,
    /// Something failed on our side; the cause is logged, never shown.
    #[error("internal error: {0}")]
    Internal(String),
    /// The page needs a signed-in member; GET requests are sent to the sign-in page.
    #[error("sign-in required")]
    SignInRequired,
    /// A dependency (the database) is not answering.
    #[error("unavailable: {0}")]
    Unavailable(String),
}

/// Marks a response as an error whose page the edge middleware must render.
#[derive(Debug, Clone, Copy)]
pub struct ErrorPage;

impl From<AppError> for WebError {
    fn from(error: AppError) -> Self {
        match error {
            AppError::NotFound => WebError::NotFound,
            AppError::Forbidden => WebError::Forbidden,
            AppError::Invalid(_) | AppError::BadInput(_) => WebError::BadRequest,
            AppError::Conflict(_) => WebError::Conflict,
            AppError::Unavailable(error) => WebError::Unavailable(error.to_string()),
            error @ AppError::Store(_) => WebError::Internal(error.with_causes()),
            AppError::Internal(message) => WebError::Internal(message),
        }
    }
}

impl IntoResponse for WebError {
    fn into_response(self) -> Response {
        let status = match &self {
            WebError::NotFound => StatusCode::NOT_FOUND,
            WebError::Forbidden => StatusCode::FORBIDDEN,
            WebError::SignInRequired => {
                return (
                    StatusCode::SEE_OTHER,
                    [(axum::http::header::LOCATION, "/sign-in")],
                )
                    .into_response();
            }
            WebError::BadRequest => StatusCode::BAD_REQUEST,
            WebError::Conflict => StatusCode::CONFLICT,
            WebError::Internal(_) => StatusCode::INTERNAL_SERVER_ERROR,
            WebError::Unavailable(_) => StatusCode::SERVICE_UNAVAILABLE,
        };
        if status.is_server_error() {
            // Logged once, here, inside the request's span (which carries its id).
            tracing::error!(error = %self, "request failed");
        }
        let mut response = status.into_response();
        response.extensions_mut().insert(ErrorPage);
        response
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_request_crossing_a_change_answers_conflict_not_bad_request() {
        // Issue 28, point 6: an edit conflict answered 400.
        let response = WebError::from(AppError::Conflict("page_busy".to_owned())).into_response();
        assert_eq!(response.status(), StatusCode::CONFLICT);
        let response = WebError::from(AppError::BadInput("x".to_owned())).into_response();
        assert_eq!(response.status(), StatusCode::BAD_REQUEST);
    }
}
