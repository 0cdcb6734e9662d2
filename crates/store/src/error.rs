//! The store's error type.

/// Why a store operation failed.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// The database location in the configuration is not usable.
    #[error("{0}")]
    Config(String),
    /// The database could not be reached or opened.
    #[error("cannot connect to the {location}: {reason}")]
    Connect {
        /// Where we tried to connect (no password).
        location: String,
        /// What went wrong.
        reason: String,
    },
    /// A uniqueness or other named constraint was violated.
    #[error("conflict with existing data ({constraint})")]
    Conflict {
        /// The constraint's name where the database reports it.
        constraint: String,
    },
    /// Stored data did not decode into a domain value: a bug or a damaged database.
    #[error("stored data is invalid: {0}")]
    Corrupt(String),
    /// The operation does not exist on this backend.
    #[error("{0}")]
    Unsupported(&'static str),
    /// Applying migrations failed.
    #[error("database migration failed: {0}")]
    Migrate(#[source] sqlx::migrate::MigrateError),
    /// Any other database error.
    #[error("database error: {0}")]
    Database(#[source] sqlx::Error),
}

impl From<sqlx::Error> for StoreError {
    fn from(error: sqlx::Error) -> Self {
        if let Some(db) = error.as_database_error()
            && db.is_unique_violation()
        {
            return StoreError::Conflict {
                constraint: db.constraint().unwrap_or("unique").to_owned(),
            };
        }
        StoreError::Database(error)
    }
}

impl From<braid_domain::DomainError> for StoreError {
    fn from(error: braid_domain::DomainError) -> Self {
        StoreError::Corrupt(error.to_string())
    }
}
