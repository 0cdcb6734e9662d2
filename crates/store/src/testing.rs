//! Test support: a fresh, migrated database per test, on SQLite always and on PostgreSQL when
//! `BRAID_TEST_POSTGRES_URL` names a server (CI starts a throwaway one).
#![expect(
    clippy::expect_used,
    reason = "test support fails the test loudly when its setup fails"
)]

use std::path::PathBuf;
use std::sync::atomic::{AtomicU32, Ordering};

use sqlx::Connection;

use crate::{DatabaseLocation, PoolSettings, Store, StoreError};

/// The environment variable naming a PostgreSQL server for tests (`postgres://…/postgres`).
pub const POSTGRES_URL_VARIABLE: &str = "BRAID_TEST_POSTGRES_URL";

/// Which backend a test database uses.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TestBackend {
    /// A temporary SQLite file.
    Sqlite,
    /// A new database on the test PostgreSQL server.
    Postgres,
}

/// The backends to run each store test on: SQLite, plus PostgreSQL when configured.
pub fn backends() -> Vec<TestBackend> {
    let mut backends = vec![TestBackend::Sqlite];
    if postgres_admin_url().is_some() {
        backends.push(TestBackend::Postgres);
    }
    backends
}

fn postgres_admin_url() -> Option<String> {
    std::env::var(POSTGRES_URL_VARIABLE)
        .ok()
        .filter(|url| !url.trim().is_empty())
}

/// A database that exists for one test. The temporary directory (which also serves as the
/// data directory) is removed when this is dropped; PostgreSQL databases are left to the
/// throwaway cluster.
#[derive(Debug)]
pub struct TestDatabase {
    /// The backend.
    pub backend: TestBackend,
    /// Where the database is.
    pub location: DatabaseLocation,
    /// A data directory for the test (holds the SQLite file on that backend).
    pub data_dir: PathBuf,
    directory: tempfile::TempDir,
}

impl TestDatabase {
    /// Creates an empty database on `backend`. Panics when it cannot: this is test code.
    pub async fn create(backend: TestBackend) -> TestDatabase {
        let directory = tempfile::tempdir().expect("temporary directory");
        let data_dir = directory.path().join("data");
        std::fs::create_dir_all(&data_dir).expect("data directory");
        let location = match backend {
            TestBackend::Sqlite => {
                DatabaseLocation::SqliteFile(data_dir.join(crate::SQLITE_FILE_NAME))
            }
            TestBackend::Postgres => {
                let admin = postgres_admin_url().expect("BRAID_TEST_POSTGRES_URL is set");
                DatabaseLocation::Postgres(create_postgres_database(&admin).await)
            }
        };
        TestDatabase {
            backend,
            location,
            data_dir,
            directory,
        }
    }

    /// Opens and migrates a store on this database.
    pub async fn open_store(&self) -> Store {
        let store = Store::open(&self.location, PoolSettings::default())
            .await
            .expect("open test store");
        store.migrate().await.expect("migrate test store");
        store
    }

    /// The temporary directory that holds everything of this test.
    pub fn root(&self) -> &std::path::Path {
        self.directory.path()
    }

    /// The `database_url` setting for this database (empty for SQLite in the data dir).
    pub fn database_url(&self) -> String {
        match &self.location {
            DatabaseLocation::SqliteFile(_) => String::new(),
            DatabaseLocation::Postgres(url) => url.clone(),
        }
    }
}

async fn create_postgres_database(admin_url: &str) -> String {
    static COUNTER: AtomicU32 = AtomicU32::new(0);
    let name = format!(
        "braid_test_{}_{}_{}",
        std::process::id(),
        COUNTER.fetch_add(1, Ordering::Relaxed),
        braid_domain::time::Timestamp::now().as_millis()
    );
    let mut connection = sqlx::PgConnection::connect(admin_url)
        .await
        .expect("connect to the test PostgreSQL server");
    // The name is made above from digits and a fixed prefix, so formatting it in is safe.
    sqlx::query(sqlx::AssertSqlSafe(format!("CREATE DATABASE {name}")))
        .execute(&mut connection)
        .await
        .expect("create test database");
    let _ = connection.close().await;
    let base = admin_url
        .rsplit_once('/')
        .map(|(base, _)| base)
        .unwrap_or(admin_url);
    format!("{base}/{name}")
}

/// The slugs of the sections in the SQLite database of `data_dir`, in hub order: for tests that
/// compare a restored data directory with the original.
pub async fn sqlite_section_slugs(data_dir: &std::path::Path) -> Vec<String> {
    let location = DatabaseLocation::SqliteFile(data_dir.join(crate::SQLITE_FILE_NAME));
    let store = Store::open(&location, PoolSettings::default())
        .await
        .expect("open");
    let sections = store.list_sections().await.expect("list sections");
    store.close().await;
    sections
        .into_iter()
        .map(|s| s.slug.as_str().to_owned())
        .collect()
}

/// Opens a store without panicking and with a one-second connect timeout, for tests about
/// failures.
pub async fn try_open(location: &DatabaseLocation) -> Result<Store, StoreError> {
    let settings = PoolSettings {
        connect_timeout: std::time::Duration::from_secs(1),
        ..PoolSettings::default()
    };
    Store::open(location, settings).await
}

impl Drop for TestDatabase {
    // Having a destructor keeps `async move` blocks that use only some fields (`db.location`)
    // from capturing just those fields and dropping the temporary directory early.
    fn drop(&mut self) {}
}

/// Runs raw SQL on `store`'s database, several statements at once: for a test that injects a
/// failure (a trigger that raises) into the real database rather than mocking the store.
pub async fn execute(store: &Store, sql: &str) {
    sqlx::raw_sql(sqlx::AssertSqlSafe(sql))
        .execute(&store.pool)
        .await
        .expect("test SQL runs");
}

/// How many rows `table` holds.
pub async fn count_rows(store: &Store, table: &str) -> i64 {
    sqlx::query_scalar(sqlx::AssertSqlSafe(format!("SELECT COUNT(*) FROM {table}")))
        .fetch_one(&store.pool)
        .await
        .expect("test count runs")
}

/// Makes every insert into `table` fail with "injected failure" (on either backend), until
/// [`allow_writes_to`] lifts it; with `update_of`, every update of that column instead.
pub async fn fail_writes_to(store: &Store, table: &str, update_of: Option<&str>) {
    let event = match update_of {
        Some(column) => format!("UPDATE OF {column}"),
        None => "INSERT".to_owned(),
    };
    let sql = match store.backend() {
        crate::Backend::Sqlite => format!(
            "CREATE TRIGGER injected_failure BEFORE {event} ON {table} \
             BEGIN SELECT RAISE(ABORT, 'injected failure'); END;"
        ),
        crate::Backend::Postgres => format!(
            "CREATE FUNCTION injected_failure() RETURNS trigger LANGUAGE plpgsql AS \
             $$ BEGIN RAISE EXCEPTION 'injected failure'; END $$; \
             CREATE TRIGGER injected_failure BEFORE {event} ON {table} \
             FOR EACH ROW EXECUTE FUNCTION injected_failure();"
        ),
    };
    execute(store, &sql).await;
}

/// Lifts [`fail_writes_to`].
pub async fn allow_writes_to(store: &Store, table: &str) {
    let sql = match store.backend() {
        crate::Backend::Sqlite => "DROP TRIGGER injected_failure;".to_owned(),
        crate::Backend::Postgres => {
            format!("DROP TRIGGER injected_failure ON {table}; DROP FUNCTION injected_failure();")
        }
    };
    execute(store, &sql).await;
}
