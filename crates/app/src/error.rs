//! The services' error type, mapped once to a response at the web edge.

use braid_domain::DomainError;
use braid_store::StoreError;

/// Why a service call failed.
#[derive(Debug, thiserror::Error)]
pub enum AppError {
    /// The thing does not exist, or the actor may not see it: the two look the same.
    #[error("not found")]
    NotFound,
    /// The actor may not do this (where saying so reveals nothing).
    #[error("forbidden")]
    Forbidden,
    /// The input broke a domain rule; the message is safe to show.
    #[error(transparent)]
    Invalid(#[from] DomainError),
    /// The request conflicts with existing data.
    #[error("conflict: {0}")]
    Conflict(String),
    /// A file or archive given to the service is not usable; the message is safe to show.
    #[error("{0}")]
    BadInput(String),
    /// The database could not be reached; the message is safe for operators, not for pages.
    #[error(transparent)]
    Unavailable(StoreError),
    /// Anything else: a bug or an outage. Logged, never shown.
    #[error("internal error: {0}")]
    Internal(String),
}

impl From<StoreError> for AppError {
    fn from(error: StoreError) -> Self {
        match error {
            StoreError::Conflict { constraint } => AppError::Conflict(constraint),
            StoreError::Unsupported(message) => AppError::BadInput(message.to_owned()),
            error @ (StoreError::Connect { .. } | StoreError::Config(_)) => {
                AppError::Unavailable(error)
            }
            other => AppError::Internal(other.to_string()),
        }
    }
}

impl From<std::io::Error> for AppError {
    fn from(error: std::io::Error) -> Self {
        AppError::Internal(format!("i/o: {error}"))
    }
}
