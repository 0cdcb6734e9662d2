//! Errors for input that breaks a domain rule.

/// Why a value was refused. Each variant has a stable snake_case code for user-facing messages.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DomainError {
    /// A required text was empty or only whitespace.
    #[error("{field} must not be empty")]
    Empty { field: &'static str },
    /// A text was longer than allowed.
    #[error("{field} is longer than {max} characters")]
    TooLong { field: &'static str, max: usize },
    /// A value did not have the expected shape.
    #[error("{field} is not valid: {reason}")]
    Invalid {
        field: &'static str,
        /// What to do instead, in English (for the command line and logs).
        reason: &'static str,
        /// A stable name for the reason, so interfaces can say it in the reader's language.
        key: &'static str,
    },
}

impl DomainError {
    /// Stable code for this error, used in messages and logs.
    pub fn code(&self) -> &'static str {
        match self {
            DomainError::Empty { .. } => "empty",
            DomainError::TooLong { .. } => "too_long",
            DomainError::Invalid { .. } => "invalid",
        }
    }
}
