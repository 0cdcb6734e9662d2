use braid_store::testing::{TestBackend, try_open};
use braid_store::{DatabaseLocation, LATEST_SCHEMA_VERSION};

use crate::on_each_backend;

#[tokio::test]
async fn migrations_apply_from_empty_and_are_idempotent() {
    on_each_backend(|db| async move {
        let store = braid_store::Store::open(&db.location, Default::default())
            .await
            .unwrap();
        assert_eq!(store.schema_version().await.unwrap(), None);
        store.migrate().await.unwrap();
        assert_eq!(
            store.schema_version().await.unwrap(),
            Some(LATEST_SCHEMA_VERSION)
        );
        // A second start migrates nothing and fails nothing.
        store.migrate().await.unwrap();
        assert_eq!(
            store.schema_version().await.unwrap(),
            Some(LATEST_SCHEMA_VERSION)
        );
        assert!(store.integrity_problems().await.unwrap().is_empty());
    })
    .await;
}

#[tokio::test]
async fn every_sqlite_connection_is_durable_and_in_wal_mode() {
    on_each_backend(|db| async move {
        if db.backend != TestBackend::Sqlite {
            return;
        }
        let DatabaseLocation::SqliteFile(path) = &db.location else {
            unreachable!()
        };
        let store = db.open_store().await;
        // Hold several connections at once so we see more than one pooled connection.
        let settings = store.sqlite_connection_settings(4).await.unwrap();
        assert_eq!(settings.len(), 4);
        for (journal_mode, synchronous, foreign_keys) in settings {
            assert_eq!(journal_mode, "wal");
            assert_eq!(synchronous, 2, "synchronous must be FULL (2)");
            assert_eq!(foreign_keys, 1);
        }
        assert!(path.with_file_name("braid.sqlite3-wal").exists());
    })
    .await;
}

#[tokio::test]
async fn an_unreachable_postgres_is_a_clear_error_without_password() {
    // Port 1 on loopback refuses connections at once.
    let location =
        DatabaseLocation::Postgres("postgres://braid:s3cret@127.0.0.1:1/braid".to_owned());
    let message = try_open(&location).await.unwrap_err().to_string();
    assert!(
        message.contains("PostgreSQL at 127.0.0.1:1/braid"),
        "{message}"
    );
    assert!(!message.contains("s3cret"), "{message}");
    assert!(!message.contains('\n'), "{message}");
}

#[tokio::test]
async fn database_urls_other_than_postgres_are_refused() {
    let error = DatabaseLocation::from_config("mysql://x@localhost/db", std::path::Path::new("d"))
        .unwrap_err()
        .to_string();
    assert!(error.contains("postgres://"), "{error}");
    assert_eq!(
        DatabaseLocation::from_config("  ", std::path::Path::new("/srv/braid")).unwrap(),
        DatabaseLocation::SqliteFile("/srv/braid/braid.sqlite3".into())
    );
}
