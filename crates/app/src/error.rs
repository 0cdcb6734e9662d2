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
    /// The database failed: a bug or an outage. Logged with its causes
    /// ([`AppError::with_causes`]), never shown.
    #[error("the database failed")]
    Store(#[source] StoreError),
    /// Anything else: a bug or an outage. Logged, never shown.
    #[error("internal error: {0}")]
    Internal(String),
}

impl AppError {
    /// The error and each of its causes, once each: what the log needs to tell an operator
    /// why, where the error alone says only what failed.
    pub fn with_causes(&self) -> String {
        with_causes(self)
    }
}

/// `error`, then each cause not already spelled out by the text before it.
fn with_causes(error: &dyn std::error::Error) -> String {
    let mut text = error.to_string();
    let mut cause = error.source();
    while let Some(next) = cause {
        let said = next.to_string();
        if !text.contains(&said) {
            text.push_str(": ");
            text.push_str(&said);
        }
        cause = next.source();
    }
    text
}

impl From<StoreError> for AppError {
    fn from(error: StoreError) -> Self {
        match error {
            StoreError::Conflict { constraint } => AppError::Conflict(constraint),
            StoreError::Unsupported(message) => AppError::BadInput(message.to_owned()),
            error @ (StoreError::Connect { .. } | StoreError::Config(_)) => {
                AppError::Unavailable(error)
            }
            other => AppError::Store(other),
        }
    }
}

impl From<std::io::Error> for AppError {
    fn from(error: std::io::Error) -> Self {
        AppError::Internal(format!("i/o: {error}"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, thiserror::Error)]
    #[error("connection reset by peer")]
    struct Reset;

    #[derive(Debug, thiserror::Error)]
    #[error("reading the reply")]
    struct Reading(#[source] Reset);

    #[derive(Debug, thiserror::Error)]
    #[error("database error: {0}")]
    struct Said(#[source] Reading);

    #[test]
    fn an_error_is_logged_with_each_cause_once() {
        assert_eq!(
            with_causes(&Reading(Reset)),
            "reading the reply: connection reset by peer"
        );
        // A cause the message already spells out is not repeated.
        assert_eq!(
            with_causes(&Said(Reading(Reset))),
            "database error: reading the reply: connection reset by peer"
        );
        assert_eq!(
            AppError::Store(StoreError::Corrupt("page 7 has no title".into())).with_causes(),
            "the database failed: stored data is invalid: page 7 has no title"
        );
    }
}
