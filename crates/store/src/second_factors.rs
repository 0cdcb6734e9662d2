//! Second factors: TOTP secrets, recovery codes, and the short-lived challenge between a
//! correct password and a correct code.

use braid_domain::ids::{SessionId, UserId};
use braid_domain::time::Timestamp;

use crate::accounts::{AuditEntry, NewSession, insert_audit, insert_session};
use crate::{Store, StoreError};

/// A member's TOTP enrolment.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TotpRecord {
    /// The secret, base32.
    pub secret: String,
    /// When a code confirmed it; `None` while enrolment is pending.
    pub confirmed_at: Option<Timestamp>,
    /// The last 30-second step whose code was accepted.
    pub last_used_step: i64,
}

/// A pending sign-in that waits for its second factor.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChallengeRecord {
    /// Its id.
    pub id: i64,
    /// Whose sign-in it is.
    pub user_id: UserId,
    /// The browser label for the session it will open.
    pub device_label: String,
    /// Wrong codes so far.
    pub failures: u32,
    /// When it stops working.
    pub expires_at: Timestamp,
    /// When it was completed, if it was.
    pub used_at: Option<Timestamp>,
    /// The passkey ceremony offered beside the code, when the member has passkeys.
    pub passkey_state: Option<String>,
}

/// Wrong second-factor answers counted after one more.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SecondFactorFailures {
    /// On this challenge.
    pub on_challenge: u32,
    /// On the member's account, since their last completed sign-in.
    pub on_account: u32,
}

impl Store {
    /// A member's TOTP enrolment, pending or confirmed.
    pub async fn totp(&self, user: UserId) -> Result<Option<TotpRecord>, StoreError> {
        let row: Option<(String, Option<i64>, i64)> = sqlx::query_as(
            "SELECT secret, confirmed_at, last_used_step FROM user_totp WHERE user_id = $1",
        )
        .bind(user.0)
        .fetch_optional(&self.pool)
        .await?;
        Ok(
            row.map(|(secret, confirmed_at, last_used_step)| TotpRecord {
                secret,
                confirmed_at: confirmed_at.map(Timestamp),
                last_used_step,
            }),
        )
    }

    /// Every member's stored TOTP secret that is not yet sealed (`prefix` is what sealed ones
    /// start with), to seal them.
    pub async fn unsealed_totp_secrets(
        &self,
        prefix: &str,
    ) -> Result<Vec<(UserId, String)>, StoreError> {
        let rows: Vec<(i64, String)> =
            sqlx::query_as("SELECT user_id, secret FROM user_totp ORDER BY user_id")
                .fetch_all(&self.pool)
                .await?;
        Ok(rows
            .into_iter()
            .filter(|(_, secret)| !secret.starts_with(prefix))
            .map(|(user, secret)| (UserId(user), secret))
            .collect())
    }

    /// Replaces a member's stored TOTP secret `before` with `after` (the same secret, sealed),
    /// unless it changed meanwhile.
    pub async fn reseal_totp_secret(
        &self,
        user: UserId,
        before: &str,
        after: &str,
        now: Timestamp,
    ) -> Result<(), StoreError> {
        sqlx::query(
            "UPDATE user_totp SET secret = $1, updated_at = $2 WHERE user_id = $3 AND secret = $4",
        )
        .bind(after)
        .bind(now.as_millis())
        .bind(user.0)
        .bind(before)
        .execute(&self.pool)
        .await?;
        Ok(())
    }

    /// Stores a new pending secret, replacing a pending one. Returns `false` (and changes
    /// nothing) when a confirmed secret exists: that one must be removed first.
    pub async fn save_pending_totp(
        &self,
        user: UserId,
        secret: &str,
        now: Timestamp,
    ) -> Result<bool, StoreError> {
        let changed = sqlx::query(
            "INSERT INTO user_totp (user_id, secret, confirmed_at, last_used_step, created_at, updated_at) \
             VALUES ($1, $2, NULL, 0, $3, $3) \
             ON CONFLICT (user_id) DO UPDATE SET secret = excluded.secret, updated_at = excluded.updated_at \
             WHERE user_totp.confirmed_at IS NULL",
        )
        .bind(user.0)
        .bind(secret)
        .bind(now.as_millis())
        .execute(&self.pool)
        .await?
        .rows_affected();
        Ok(changed == 1)
    }

    /// Confirms a pending secret with the step of the code that proved it, and replaces the
    /// member's recovery codes, in one transaction. `false` if nothing was pending.
    pub async fn confirm_totp(
        &self,
        user: UserId,
        step: i64,
        recovery_code_hashes: &[String],
        audit: &AuditEntry,
        now: Timestamp,
    ) -> Result<bool, StoreError> {
        let mut transaction = self.begin_write().await?;
        let confirmed = sqlx::query(
            "UPDATE user_totp SET confirmed_at = $1, last_used_step = $2, updated_at = $1 \
             WHERE user_id = $3 AND confirmed_at IS NULL",
        )
        .bind(now.as_millis())
        .bind(step)
        .bind(user.0)
        .execute(&mut *transaction)
        .await?
        .rows_affected();
        if confirmed != 1 {
            transaction.rollback().await?;
            return Ok(false);
        }
        replace_recovery_codes(&mut transaction, user, recovery_code_hashes, now).await?;
        insert_audit(&mut transaction, audit, now).await?;
        transaction.commit().await?;
        Ok(true)
    }

    /// Removes a member's TOTP secret, and their recovery codes unless a passkey still needs
    /// them. Returns whether there was one.
    pub async fn remove_totp(
        &self,
        user: UserId,
        audit: &AuditEntry,
        now: Timestamp,
    ) -> Result<bool, StoreError> {
        let mut transaction = self.begin_write().await?;
        let removed = sqlx::query("DELETE FROM user_totp WHERE user_id = $1")
            .bind(user.0)
            .execute(&mut *transaction)
            .await?
            .rows_affected();
        sqlx::query(
            "DELETE FROM recovery_codes WHERE user_id = $1 \
             AND NOT EXISTS (SELECT 1 FROM passkeys WHERE passkeys.user_id = $1)",
        )
        .bind(user.0)
        .execute(&mut *transaction)
        .await?;
        if removed > 0 {
            insert_audit(&mut transaction, audit, now).await?;
        }
        transaction.commit().await?;
        Ok(removed > 0)
    }

    /// Accepts TOTP step `step` for the member if it is later than every step accepted
    /// before. A code is therefore usable once, even across nodes.
    pub async fn use_totp_step(
        &self,
        user: UserId,
        step: i64,
        now: Timestamp,
    ) -> Result<bool, StoreError> {
        let used = sqlx::query(
            "UPDATE user_totp SET last_used_step = $1, updated_at = $2 \
             WHERE user_id = $3 AND confirmed_at IS NOT NULL AND last_used_step < $1",
        )
        .bind(step)
        .bind(now.as_millis())
        .bind(user.0)
        .execute(&self.pool)
        .await?
        .rows_affected();
        Ok(used == 1)
    }

    /// Spends a recovery code. `false` if it is not the member's or was used before.
    pub async fn use_recovery_code(
        &self,
        user: UserId,
        code_hash: &str,
        now: Timestamp,
    ) -> Result<bool, StoreError> {
        let used = sqlx::query(
            "UPDATE recovery_codes SET used_at = $1, updated_at = $1 \
             WHERE user_id = $2 AND code_hash = $3 AND used_at IS NULL",
        )
        .bind(now.as_millis())
        .bind(user.0)
        .bind(code_hash)
        .execute(&self.pool)
        .await?
        .rows_affected();
        Ok(used == 1)
    }

    /// How many unused recovery codes the member has.
    pub async fn unused_recovery_codes(&self, user: UserId) -> Result<u32, StoreError> {
        let count: i64 = sqlx::query_scalar(
            "SELECT COUNT(*) FROM recovery_codes WHERE user_id = $1 AND used_at IS NULL",
        )
        .bind(user.0)
        .fetch_one(&self.pool)
        .await?;
        Ok(u32::try_from(count).unwrap_or(0))
    }

    /// Starts a challenge: the password was right, a second factor is due.
    pub async fn create_challenge(
        &self,
        user: UserId,
        token_hash: &str,
        device_label: &str,
        passkey_state: Option<&str>,
        expires_at: Timestamp,
        now: Timestamp,
    ) -> Result<(), StoreError> {
        sqlx::query(
            "INSERT INTO sign_in_challenges (token_hash, user_id, device_label, failures, expires_at, \
                                             used_at, passkey_state, created_at, updated_at) \
             VALUES ($1, $2, $3, 0, $4, NULL, $5, $6, $6)",
        )
        .bind(token_hash)
        .bind(user.0)
        .bind(device_label)
        .bind(expires_at.as_millis())
        .bind(passkey_state)
        .bind(now.as_millis())
        .execute(&self.pool)
        .await?;
        Ok(())
    }

    /// The challenge with this token hash.
    pub async fn find_challenge(
        &self,
        token_hash: &str,
    ) -> Result<Option<ChallengeRecord>, StoreError> {
        named_row!(ChallengeRow {
            id: i64,
            user_id: i64,
            device_label: String,
            failures: i64,
            expires_at: i64,
            used_at: Option<i64>,
            passkey_state: Option<String>,
        });
        let row: Option<ChallengeRow> = sqlx::query_as(
            "SELECT id, user_id, device_label, failures, expires_at, used_at, passkey_state \
             FROM sign_in_challenges WHERE token_hash = $1",
        )
        .bind(token_hash)
        .fetch_optional(&self.pool)
        .await?;
        Ok(row.map(
            |ChallengeRow {
                 id,
                 user_id,
                 device_label,
                 failures,
                 expires_at,
                 used_at,
                 passkey_state,
             }| {
                ChallengeRecord {
                    id,
                    user_id: UserId(user_id),
                    device_label,
                    failures: u32::try_from(failures).unwrap_or(u32::MAX),
                    expires_at: Timestamp(expires_at),
                    used_at: used_at.map(Timestamp),
                    passkey_state,
                }
            },
        ))
    }

    /// Counts a wrong answer against a challenge and against its member's account, in one
    /// transaction, audited. `consequence` turns the account's count of consecutive wrong
    /// answers into the moment the next check may run and, when the member should hear of it
    /// now, the notification's detail.
    pub async fn fail_second_factor(
        &self,
        challenge: &ChallengeRecord,
        audit: &AuditEntry,
        now: Timestamp,
        consequence: impl FnOnce(u32) -> (Timestamp, Option<String>),
    ) -> Result<SecondFactorFailures, StoreError> {
        let mut transaction = self.begin_write().await?;
        let on_challenge: i64 = sqlx::query_scalar(
            "UPDATE sign_in_challenges SET failures = failures + 1, updated_at = $1 WHERE id = $2 RETURNING failures",
        )
        .bind(now.as_millis())
        .bind(challenge.id)
        .fetch_one(&mut *transaction)
        .await?;
        let on_account: i64 = sqlx::query_scalar(
            "UPDATE users SET failed_second_factors = failed_second_factors + 1, updated_at = $1 \
             WHERE id = $2 RETURNING failed_second_factors",
        )
        .bind(now.as_millis())
        .bind(challenge.user_id.0)
        .fetch_one(&mut *transaction)
        .await?;
        let on_account = u32::try_from(on_account).unwrap_or(u32::MAX);
        let (blocked_until, notice) = consequence(on_account);
        sqlx::query("UPDATE users SET second_factor_blocked_until = $1 WHERE id = $2")
            .bind(blocked_until.as_millis())
            .bind(challenge.user_id.0)
            .execute(&mut *transaction)
            .await?;
        if let Some(detail) = notice {
            sqlx::query(
                "INSERT INTO notifications (user_id, kind, page_id, detail, read_at, created_at, updated_at) \
                 VALUES ($1, 'second_factor_guessing', NULL, $2, NULL, $3, $3)",
            )
            .bind(challenge.user_id.0)
            .bind(detail)
            .bind(now.as_millis())
            .execute(&mut *transaction)
            .await?;
        }
        insert_audit(&mut transaction, audit, now).await?;
        transaction.commit().await?;
        Ok(SecondFactorFailures {
            on_challenge: u32::try_from(on_challenge).unwrap_or(u32::MAX),
            on_account,
        })
    }

    /// Completes a challenge and opens the session, once: `None` when the challenge was used,
    /// expired or exhausted meanwhile.
    pub async fn complete_challenge(
        &self,
        challenge: &ChallengeRecord,
        max_failures: u32,
        session: &NewSession,
        audit: &AuditEntry,
        now: Timestamp,
    ) -> Result<Option<SessionId>, StoreError> {
        let mut transaction = self.begin_write().await?;
        let claimed = sqlx::query(
            "UPDATE sign_in_challenges SET used_at = $1, updated_at = $1 \
             WHERE id = $2 AND used_at IS NULL AND expires_at > $1 AND failures < $3",
        )
        .bind(now.as_millis())
        .bind(challenge.id)
        .bind(i64::from(max_failures))
        .execute(&mut *transaction)
        .await?
        .rows_affected();
        if claimed != 1 {
            transaction.rollback().await?;
            return Ok(None);
        }
        let id = insert_session(
            &mut transaction,
            challenge.user_id,
            session,
            None,
            audit,
            now,
        )
        .await?;
        transaction.commit().await?;
        Ok(Some(id))
    }
}

/// Replaces the member's recovery codes with new ones, inside the caller's transaction.
pub(crate) async fn replace_recovery_codes(
    executor: &mut sqlx::AnyConnection,
    user: UserId,
    code_hashes: &[String],
    now: Timestamp,
) -> Result<(), StoreError> {
    sqlx::query("DELETE FROM recovery_codes WHERE user_id = $1")
        .bind(user.0)
        .execute(&mut *executor)
        .await?;
    for hash in code_hashes {
        sqlx::query(
            "INSERT INTO recovery_codes (user_id, code_hash, used_at, created_at, updated_at) \
             VALUES ($1, $2, NULL, $3, $3)",
        )
        .bind(user.0)
        .bind(hash)
        .bind(now.as_millis())
        .execute(&mut *executor)
        .await?;
    }
    Ok(())
}
