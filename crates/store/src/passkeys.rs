//! Passkeys: registered WebAuthn credentials (kept as the relying-party library's JSON), each
//! member's WebAuthn user handle, and ceremonies in flight.

use braid_domain::ids::{PasskeyId, UserId};
use braid_domain::time::Timestamp;

use crate::accounts::{AuditEntry, insert_audit};
use crate::{Store, StoreError, UnitOfWork};

/// A registered passkey.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PasskeyRecord {
    /// Its id.
    pub id: PasskeyId,
    /// Whose it is.
    pub user_id: UserId,
    /// The member's name for it ("laptop", "phone").
    pub name: String,
    /// The credential as the relying-party library serialised it (public key, counter).
    pub credential: String,
    /// When it registered.
    pub created_at: Timestamp,
    /// When it last signed in.
    pub last_used_at: Option<Timestamp>,
}

/// A ceremony to remember between the challenge and the browser's answer.
#[derive(Debug, Clone)]
pub struct NewCeremony<'a> {
    /// Hash of the token the page carries.
    pub token_hash: &'a str,
    /// `register` or `sign_in`.
    pub purpose: &'a str,
    /// The member registering; `None` for a sign-in, where the passkey says who it is.
    pub user_id: Option<UserId>,
    /// The name for the passkey being registered.
    pub name: &'a str,
    /// The library's ceremony state.
    pub state: &'a str,
    /// When the answer stops being accepted.
    pub expires_at: Timestamp,
}

/// A ceremony taken (and so ended) by its answer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CeremonyRecord {
    /// The member registering, if any.
    pub user_id: Option<UserId>,
    /// The name for the passkey being registered.
    pub name: String,
    /// The library's ceremony state.
    pub state: String,
}

named_row!(PasskeyRow {
    id: i64,
    user_id: i64,
    name: String,
    credential: String,
    created_at: i64,
    last_used_at: Option<i64>,
});

fn passkey_from_row(
    PasskeyRow {
        id,
        user_id,
        name,
        credential,
        created_at,
        last_used_at,
    }: PasskeyRow,
) -> PasskeyRecord {
    PasskeyRecord {
        id: PasskeyId(id),
        user_id: UserId(user_id),
        name,
        credential,
        created_at: Timestamp(created_at),
        last_used_at: last_used_at.map(Timestamp),
    }
}

impl Store {
    /// The member's WebAuthn user handle, giving them `candidate` if they have none yet.
    /// `None` when the member does not exist.
    pub async fn webauthn_handle(
        &self,
        user: UserId,
        candidate: &str,
    ) -> Result<Option<String>, StoreError> {
        sqlx::query(
            "UPDATE users SET webauthn_handle = $1 WHERE id = $2 AND webauthn_handle IS NULL",
        )
        .bind(candidate)
        .bind(user.0)
        .execute(&self.pool)
        .await?;
        let handle: Option<Option<String>> =
            sqlx::query_scalar("SELECT webauthn_handle FROM users WHERE id = $1")
                .bind(user.0)
                .fetch_optional(&self.pool)
                .await?;
        Ok(handle.flatten())
    }

    /// The member with this WebAuthn user handle.
    pub async fn find_user_by_webauthn_handle(
        &self,
        handle: &str,
    ) -> Result<Option<UserId>, StoreError> {
        let id: Option<i64> = sqlx::query_scalar("SELECT id FROM users WHERE webauthn_handle = $1")
            .bind(handle)
            .fetch_optional(&self.pool)
            .await?;
        Ok(id.map(UserId))
    }

    /// The member's passkeys, oldest first.
    pub async fn passkeys(&self, user: UserId) -> Result<Vec<PasskeyRecord>, StoreError> {
        let rows: Vec<PasskeyRow> = sqlx::query_as(
            "SELECT id, user_id, name, credential, created_at, last_used_at FROM passkeys \
             WHERE user_id = $1 ORDER BY id",
        )
        .bind(user.0)
        .fetch_all(&self.pool)
        .await?;
        Ok(rows.into_iter().map(passkey_from_row).collect())
    }

    /// How many passkeys the member has.
    pub async fn passkey_count(&self, user: UserId) -> Result<u32, StoreError> {
        let count: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM passkeys WHERE user_id = $1")
            .bind(user.0)
            .fetch_one(&self.pool)
            .await?;
        Ok(u32::try_from(count).unwrap_or(u32::MAX))
    }

    /// The passkey with this credential id.
    pub async fn find_passkey_by_credential(
        &self,
        credential_id: &str,
    ) -> Result<Option<PasskeyRecord>, StoreError> {
        let row: Option<PasskeyRow> = sqlx::query_as(
            "SELECT id, user_id, name, credential, created_at, last_used_at FROM passkeys \
             WHERE credential_id = $1",
        )
        .bind(credential_id)
        .fetch_optional(&self.pool)
        .await?;
        Ok(row.map(passkey_from_row))
    }

    /// Registers a passkey, audited, and replaces the member's recovery codes when
    /// `recovery_code_hashes` is not empty. `false` (nothing changed) when the credential is
    /// already registered, to anyone.
    #[allow(clippy::too_many_arguments)]
    pub async fn add_passkey(
        &self,
        user: UserId,
        credential_id: &str,
        name: &str,
        credential: &str,
        recovery_code_hashes: &[String],
        audit: &AuditEntry,
        now: Timestamp,
    ) -> Result<bool, StoreError> {
        let mut transaction = self.begin_write().await?;
        let added = sqlx::query(
            "INSERT INTO passkeys (user_id, credential_id, name, credential, last_used_at, created_at, updated_at) \
             VALUES ($1, $2, $3, $4, NULL, $5, $5) ON CONFLICT (credential_id) DO NOTHING",
        )
        .bind(user.0)
        .bind(credential_id)
        .bind(name)
        .bind(credential)
        .bind(now.as_millis())
        .execute(&mut *transaction)
        .await?
        .rows_affected();
        if added != 1 {
            transaction.rollback().await?;
            return Ok(false);
        }
        if !recovery_code_hashes.is_empty() {
            crate::second_factors::replace_recovery_codes(
                &mut transaction,
                user,
                recovery_code_hashes,
                now,
            )
            .await?;
        }
        insert_audit(&mut transaction, audit, now).await?;
        transaction.commit().await?;
        Ok(true)
    }

    /// Removes one of the member's passkeys, audited. `false` if it is not theirs.
    pub async fn remove_passkey(
        &self,
        user: UserId,
        id: PasskeyId,
        audit: &AuditEntry,
        now: Timestamp,
    ) -> Result<bool, StoreError> {
        let mut transaction = self.begin_write().await?;
        let removed = sqlx::query("DELETE FROM passkeys WHERE id = $1 AND user_id = $2")
            .bind(id.0)
            .bind(user.0)
            .execute(&mut *transaction)
            .await?
            .rows_affected();
        if removed != 1 {
            transaction.rollback().await?;
            return Ok(false);
        }
        insert_audit(&mut transaction, audit, now).await?;
        transaction.commit().await?;
        Ok(true)
    }

    /// Remembers a ceremony until its answer comes, or it expires.
    pub async fn save_ceremony(
        &self,
        ceremony: &NewCeremony<'_>,
        now: Timestamp,
    ) -> Result<(), StoreError> {
        sqlx::query(
            "INSERT INTO passkey_ceremonies (token_hash, purpose, user_id, name, state, expires_at, created_at, updated_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $7)",
        )
        .bind(ceremony.token_hash)
        .bind(ceremony.purpose)
        .bind(ceremony.user_id.map(|u| u.0))
        .bind(ceremony.name)
        .bind(ceremony.state)
        .bind(ceremony.expires_at.as_millis())
        .bind(now.as_millis())
        .execute(&self.pool)
        .await?;
        Ok(())
    }

    /// Takes a ceremony for its answer: it is deleted, so an answer is accepted at most once.
    /// `None` when unknown, of another purpose, already answered or expired.
    pub async fn take_ceremony(
        &self,
        token_hash: &str,
        purpose: &str,
        now: Timestamp,
    ) -> Result<Option<CeremonyRecord>, StoreError> {
        let row: Option<(Option<i64>, String, String, i64)> = sqlx::query_as(
            "DELETE FROM passkey_ceremonies WHERE token_hash = $1 AND purpose = $2 \
             RETURNING user_id, name, state, expires_at",
        )
        .bind(token_hash)
        .bind(purpose)
        .fetch_optional(&self.pool)
        .await?;
        Ok(row.and_then(|(user_id, name, state, expires_at)| {
            (expires_at > now.as_millis()).then(|| CeremonyRecord {
                user_id: user_id.map(UserId),
                name,
                state,
            })
        }))
    }

    /// Deletes ceremonies and sign-in challenges that expired before `before`.
    pub async fn prune_expired_ceremonies(&self, before: Timestamp) -> Result<u64, StoreError> {
        let ceremonies = sqlx::query("DELETE FROM passkey_ceremonies WHERE expires_at < $1")
            .bind(before.as_millis())
            .execute(&self.pool)
            .await?
            .rows_affected();
        let challenges = sqlx::query("DELETE FROM sign_in_challenges WHERE expires_at < $1")
            .bind(before.as_millis())
            .execute(&self.pool)
            .await?
            .rows_affected();
        Ok(ceremonies + challenges)
    }
}

impl UnitOfWork {
    /// Records a sign-in with a passkey and its updated counter.
    pub async fn passkey_used(
        &mut self,
        id: PasskeyId,
        credential: &str,
    ) -> Result<(), StoreError> {
        let now = self.now();
        sqlx::query(
            "UPDATE passkeys SET credential = $1, last_used_at = $2, updated_at = $2 WHERE id = $3",
        )
        .bind(credential)
        .bind(now.as_millis())
        .bind(id.0)
        .execute(&mut **self.transaction().await?)
        .await?;
        Ok(())
    }
}
