//! All of Braid's SQL, and the only crate that talks to the database.
//!
//! One query layer serves SQLite (the embedded default) and PostgreSQL (the scale path): queries
//! go through sqlx's `Any` driver with portable SQL (`$1` placeholders work on both), and where
//! the dialects differ the module picks the statement for [`Backend`]. Each aggregate has its
//! own module with an `impl Store` block.
#![forbid(unsafe_code)]

/// A row read by column name: `named_row!(PageRow { id: i64, slug: String })` declares the
/// struct and reads each field from the column of its name, so a query's column order can
/// never shift a value into the wrong field (positional tuples could).
macro_rules! named_row {
    ($(#[$meta:meta])* $name:ident { $($field:ident: $type:ty),* $(,)? }) => {
        $(#[$meta])*
        struct $name {
            $($field: $type),*
        }

        impl<'r> sqlx::FromRow<'r, sqlx::any::AnyRow> for $name {
            fn from_row(row: &'r sqlx::any::AnyRow) -> Result<Self, sqlx::Error> {
                Ok($name {
                    $($field: sqlx::Row::try_get(row, stringify!($field))?),*
                })
            }
        }
    };
}

mod accounts;
mod attachments;
mod changes;
mod comments;
mod discussion;
mod error;
mod instance;
mod jobs;
mod links;
mod mail;
mod migrations;
mod pages;
mod passkeys;
mod readers;
mod second_factors;
mod sections;
mod snapshot;
#[cfg(feature = "test-support")]
pub mod testing;
mod translations;
mod watches;
mod work;

use std::path::{Path, PathBuf};
use std::time::Duration;

use sqlx::any::{AnyConnectOptions, AnyPoolOptions};
use sqlx::{AnyPool, Executor};

pub use accounts::{
    AuditEntry, AuditRecord, FoundSession, InvitationRecord, NewInvitation, NewSession, NewUser,
    OpenInvitation, Profile, RoleGrant, SessionRecord, UserRecord,
};
pub use attachments::AttachmentRecord;
pub use changes::{Change, ContentVersion, FollowerCursor};
pub use comments::CommentRecord;
pub use discussion::{PostRecord, PostRevisionRecord, ThreadRecord};
pub use error::StoreError;
pub use jobs::{ClaimedJob, JobAttemptView, JobOutcome, JobView, NewJob};
pub use links::{LinkRecord, LinkedPage};
pub use mail::MailRecipient;
pub use migrations::LATEST_SCHEMA_VERSION;
pub use pages::{NewPage, NewRevision, PageMove, RecentRevision, TemplateRecord};
pub use passkeys::{CeremonyRecord, NewCeremony, PasskeyRecord};
pub use second_factors::{ChallengeRecord, SecondFactorFailures, TotpRecord};
pub use sections::SectionTranslation;
pub use translations::{
    GlossaryTerm, Remembered, TranslatedFrom, TranslationClaim, TranslationFacts,
    TranslationProgress, TranslationRecord, memory_key,
};
pub use watches::NotificationRecord;
pub use work::{Committed, JobOptions, UnitOfWork};

/// The file name of the SQLite database inside the data directory.
pub const SQLITE_FILE_NAME: &str = "braid.sqlite3";

/// Which database engine a store runs on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    /// An SQLite file in the data directory (WAL, `synchronous=FULL`).
    Sqlite,
    /// A PostgreSQL server, for deployments with several nodes.
    Postgres,
}

/// Where the database lives.
#[derive(Clone, PartialEq, Eq)]
pub enum DatabaseLocation {
    /// An SQLite database file.
    SqliteFile(PathBuf),
    /// A `postgres://` URL. Its password never appears in messages ([`Self::describe`]).
    Postgres(String),
}

impl std::fmt::Debug for DatabaseLocation {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.describe())
    }
}

impl DatabaseLocation {
    /// The database named by `database_url`, or SQLite in `data_dir` when the URL is empty.
    pub fn from_config(
        database_url: &str,
        data_dir: &Path,
    ) -> Result<DatabaseLocation, StoreError> {
        let url = database_url.trim();
        if url.is_empty() {
            return Ok(DatabaseLocation::SqliteFile(
                data_dir.join(SQLITE_FILE_NAME),
            ));
        }
        if url.starts_with("postgres://") || url.starts_with("postgresql://") {
            return Ok(DatabaseLocation::Postgres(url.to_owned()));
        }
        Err(StoreError::Config(
            "database_url must be empty (SQLite in the data directory) or start with postgres://"
                .to_owned(),
        ))
    }

    /// A description safe for logs and error messages: host, port and database, no password.
    pub fn describe(&self) -> String {
        match self {
            DatabaseLocation::SqliteFile(path) => format!("SQLite database {}", path.display()),
            DatabaseLocation::Postgres(url) => {
                match url.parse::<sqlx::postgres::PgConnectOptions>() {
                    Ok(options) => format!(
                        "PostgreSQL at {}:{}/{}",
                        options.get_host(),
                        options.get_port(),
                        options.get_database().unwrap_or("")
                    ),
                    Err(_) => "PostgreSQL (unparseable database_url)".to_owned(),
                }
            }
        }
    }

    fn backend(&self) -> Backend {
        match self {
            DatabaseLocation::SqliteFile(_) => Backend::Sqlite,
            DatabaseLocation::Postgres(_) => Backend::Postgres,
        }
    }
}

/// Connection pool settings.
#[derive(Debug, Clone, Copy)]
pub struct PoolSettings {
    /// Most connections open at once.
    pub max_connections: u32,
    /// How long to wait for a connection (and for the first connect) before failing.
    pub connect_timeout: Duration,
}

impl Default for PoolSettings {
    fn default() -> Self {
        PoolSettings {
            max_connections: 8,
            connect_timeout: Duration::from_secs(10),
        }
    }
}

/// The database: a connection pool and the backend it talks to.
#[derive(Debug, Clone)]
pub struct Store {
    pool: AnyPool,
    backend: Backend,
    versions: std::sync::Arc<changes::Versions>,
    readers: std::sync::Arc<readers::KeptReaders>,
}

impl Store {
    /// Connects to the database (creating an SQLite file if needed). Does not migrate.
    pub async fn open(
        location: &DatabaseLocation,
        settings: PoolSettings,
    ) -> Result<Store, StoreError> {
        sqlx::any::install_default_drivers();
        let backend = location.backend();
        let url = match location {
            DatabaseLocation::SqliteFile(path) => sqlite_url(path)?,
            DatabaseLocation::Postgres(url) => url.clone(),
        };
        let options: AnyConnectOptions = url.parse().map_err(|_| {
            StoreError::Config(format!(
                "cannot parse the address of the {}",
                location.describe()
            ))
        })?;
        let mut pool_options = AnyPoolOptions::new()
            .max_connections(settings.max_connections.max(1))
            .acquire_timeout(settings.connect_timeout);
        if backend == Backend::Sqlite {
            // A file has no other end to lose: pinging it before each use, as sqlx does by
            // default, only adds a round trip to the connection's thread to every query.
            pool_options = pool_options.test_before_acquire(false);
            // Every pooled connection must make commits durable before they are acknowledged:
            // `synchronous=FULL` syncs the WAL on each commit (SQLite may be built to default
            // to NORMAL in WAL mode, which can lose the last commits on power loss).
            pool_options = pool_options.after_connect(|connection, _| {
                Box::pin(async move {
                    connection
                        .execute(
                            "PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON; \
                             PRAGMA busy_timeout = 5000; PRAGMA secure_delete = ON;",
                        )
                        .await?;
                    Ok(())
                })
            });
        }
        let pool =
            pool_options
                .connect_with(options)
                .await
                .map_err(|error| StoreError::Connect {
                    location: location.describe(),
                    reason: connect_reason(&error),
                })?;
        if backend == Backend::Sqlite {
            // WAL is a property of the file, so setting it once is enough; it lets readers work
            // while a writer commits.
            let mode: String = sqlx::query_scalar("PRAGMA journal_mode = WAL")
                .fetch_one(&pool)
                .await?;
            if !mode.eq_ignore_ascii_case("wal") {
                return Err(StoreError::Connect {
                    location: location.describe(),
                    reason: format!("cannot switch to WAL journal mode (got {mode})"),
                });
            }
        }
        Ok(Store {
            pool,
            backend,
            versions: std::sync::Arc::default(),
            readers: std::sync::Arc::new(readers::KeptReaders::new(
                backend,
                settings.max_connections,
            )),
        })
    }

    /// The backend this store talks to.
    pub fn backend(&self) -> Backend {
        self.backend
    }

    /// Checks that the database answers.
    pub async fn ping(&self) -> Result<(), StoreError> {
        sqlx::query("SELECT 1").execute(&self.pool).await?;
        Ok(())
    }

    /// Closes every connection; later calls fail.
    pub async fn close(&self) {
        self.readers.close_all();
        self.pool.close().await;
    }

    /// Starts a transaction that will write. On SQLite it takes the write lock up front
    /// (`BEGIN IMMEDIATE`), so two writers queue on the busy timeout instead of one failing
    /// when it upgrades a read lock.
    async fn begin_write(&self) -> Result<sqlx::Transaction<'static, sqlx::Any>, StoreError> {
        Ok(match self.backend {
            Backend::Sqlite => self.pool.begin_with("BEGIN IMMEDIATE").await?,
            Backend::Postgres => self.pool.begin().await?,
        })
    }
}

fn sqlite_url(path: &Path) -> Result<String, StoreError> {
    let text = path.to_str().ok_or_else(|| {
        StoreError::Config(format!(
            "the database path {} is not valid UTF-8",
            path.display()
        ))
    })?;
    // Percent-encode the characters that would end the path part of the URL.
    let mut encoded = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '%' => encoded.push_str("%25"),
            '?' => encoded.push_str("%3F"),
            '#' => encoded.push_str("%23"),
            _ => encoded.push(c),
        }
    }
    Ok(format!("sqlite://{encoded}?mode=rwc"))
}

/// A short human reason for a failed connect, without the URL (which may hold a password).
fn connect_reason(error: &sqlx::Error) -> String {
    match error {
        sqlx::Error::Io(io) => io.to_string(),
        sqlx::Error::PoolTimedOut => "no answer before the connect timeout".to_owned(),
        sqlx::Error::Tls(_) => "TLS handshake failed".to_owned(),
        sqlx::Error::Database(db) => db.message().to_owned(),
        sqlx::Error::Configuration(_) => "invalid connection settings".to_owned(),
        other => other.to_string(),
    }
}
