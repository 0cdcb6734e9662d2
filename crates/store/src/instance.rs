//! Facts about this Braid instance itself, such as when it was first set up.

use braid_domain::section::NewSection;
use braid_domain::time::Timestamp;

use crate::{Store, StoreError, sections};

const INITIALISED_AT: &str = "initialised_at";

impl Store {
    /// Marks the instance as set up and creates `sections` with it, all in one transaction.
    /// Returns `false` (and writes nothing) when the instance was set up before, so a first
    /// start decides once, even with several nodes starting together.
    pub async fn initialise_instance(
        &self,
        sections: &[NewSection],
        now: Timestamp,
    ) -> Result<bool, StoreError> {
        let mut transaction = self.begin_write().await?;
        let inserted = sqlx::query(
            "INSERT INTO instance_settings (key, value, created_at, updated_at) \
             VALUES ($1, $2, $3, $3) ON CONFLICT (key) DO NOTHING",
        )
        .bind(INITIALISED_AT)
        .bind(now.as_millis().to_string())
        .bind(now.as_millis())
        .execute(&mut *transaction)
        .await?
        .rows_affected();
        if inserted == 0 {
            transaction.rollback().await?;
            return Ok(false);
        }
        for section in sections {
            sections::insert_section(&mut transaction, self.backend, section, now).await?;
        }
        transaction.commit().await?;
        self.committed(&[], crate::changes::Scope::Hub);
        Ok(true)
    }

    /// An instance setting, or `None` when it was never set.
    pub async fn setting(&self, key: &str) -> Result<Option<String>, StoreError> {
        Ok(
            sqlx::query_scalar("SELECT value FROM instance_settings WHERE key = $1")
                .bind(key)
                .fetch_optional(&self.pool)
                .await?,
        )
    }

    /// Sets an instance setting, with its audit record, in one transaction.
    pub async fn set_setting(
        &self,
        key: &str,
        value: &str,
        audit: &crate::AuditEntry,
        now: Timestamp,
    ) -> Result<(), StoreError> {
        let mut transaction = self.begin_write().await?;
        sqlx::query(
            "INSERT INTO instance_settings (key, value, created_at, updated_at) VALUES ($1, $2, $3, $3) \
             ON CONFLICT (key) DO UPDATE SET value = excluded.value, updated_at = excluded.updated_at",
        )
        .bind(key)
        .bind(value)
        .bind(now.as_millis())
        .execute(&mut *transaction)
        .await?;
        crate::accounts::insert_audit(&mut transaction, audit, now).await?;
        // Logged so that every node's kept settings follow (see `Store::content_version`).
        self.commit_logged(
            transaction,
            braid_domain::change::EntityKind::Setting,
            0,
            braid_domain::change::ChangeAction::Updated,
            now,
        )
        .await?;
        Ok(())
    }

    /// When the instance was first set up, or `None` before that.
    pub async fn initialised_at(&self) -> Result<Option<Timestamp>, StoreError> {
        let value: Option<String> =
            sqlx::query_scalar("SELECT value FROM instance_settings WHERE key = $1")
                .bind(INITIALISED_AT)
                .fetch_optional(&self.pool)
                .await?;
        value
            .map(|text| {
                text.parse::<i64>()
                    .map(Timestamp)
                    .map_err(|_| StoreError::Corrupt(format!("{INITIALISED_AT} is {text:?}")))
            })
            .transpose()
    }
}
