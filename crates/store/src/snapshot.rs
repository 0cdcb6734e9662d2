//! Consistent copies of the database for backups, and integrity checks for restores.

use std::path::Path;

use crate::{Backend, Store, StoreError};

impl Store {
    /// Writes a consistent copy of the whole SQLite database to `target` (which must not exist)
    /// while other connections keep reading and writing. SQLite only: PostgreSQL deployments
    /// back up their database with PostgreSQL's own tools.
    pub async fn snapshot_into(&self, target: &Path) -> Result<(), StoreError> {
        if self.backend != Backend::Sqlite {
            return Err(StoreError::Unsupported(
                "database snapshots are made by braid only for SQLite; back up PostgreSQL with pg_dump",
            ));
        }
        let target = target.to_str().ok_or_else(|| {
            StoreError::Config(format!(
                "the snapshot path {} is not valid UTF-8",
                target.display()
            ))
        })?;
        sqlx::query("VACUUM INTO $1")
            .bind(target)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    /// Runs the database's own consistency checks and returns the problems found (empty when
    /// the database is sound): SQLite's `integrity_check` and `foreign_key_check`.
    pub async fn integrity_problems(&self) -> Result<Vec<String>, StoreError> {
        if self.backend != Backend::Sqlite {
            return Ok(Vec::new());
        }
        let mut problems: Vec<String> = sqlx::query_scalar("PRAGMA integrity_check")
            .fetch_all(&self.pool)
            .await?;
        problems.retain(|line| line != "ok");
        let foreign_keys: Vec<(String, i64, String, i64)> =
            sqlx::query_as("PRAGMA foreign_key_check")
                .fetch_all(&self.pool)
                .await?;
        problems.extend(foreign_keys.into_iter().map(|(table, row, parent, _)| {
            format!("{table} row {row} refers to a missing {parent} row")
        }));
        Ok(problems)
    }

    /// The durability settings of `connections` pooled connections held at once, as
    /// (journal_mode, synchronous, foreign_keys). SQLite only; used to verify that every
    /// connection commits durably.
    pub async fn sqlite_connection_settings(
        &self,
        connections: usize,
    ) -> Result<Vec<(String, i64, i64)>, StoreError> {
        if self.backend != Backend::Sqlite {
            return Err(StoreError::Unsupported(
                "connection settings are SQLite pragmas",
            ));
        }
        let mut held = Vec::with_capacity(connections);
        let mut settings = Vec::with_capacity(connections);
        for _ in 0..connections {
            let mut connection = self.pool.acquire().await?;
            let journal_mode: String = sqlx::query_scalar("PRAGMA journal_mode")
                .fetch_one(&mut *connection)
                .await?;
            let synchronous: i64 = sqlx::query_scalar("PRAGMA synchronous")
                .fetch_one(&mut *connection)
                .await?;
            let foreign_keys: i64 = sqlx::query_scalar("PRAGMA foreign_keys")
                .fetch_one(&mut *connection)
                .await?;
            settings.push((journal_mode, synchronous, foreign_keys));
            held.push(connection);
        }
        Ok(settings)
    }
}
