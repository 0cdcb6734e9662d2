//! Mail: members' addresses and how they follow each category by mail.

use braid_domain::accounts::{AccountStatus, Handle, Role};
use braid_domain::ids::{CategoryId, ThreadId, UserId};
use braid_domain::time::Timestamp;

use crate::{RoleGrant, Store, StoreError};

/// A member who gets a category's posts by mail, with what policy needs to know of them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MailRecipient {
    /// Their account.
    pub id: UserId,
    /// Their handle.
    pub handle: Handle,
    /// Their account status.
    pub status: AccountStatus,
    /// Their confirmed address.
    pub email: String,
    /// The interface language they chose (empty: none).
    pub language: String,
    /// Their roles beyond `member`, with terms.
    pub roles: Vec<RoleGrant>,
}

impl Store {
    /// Sets a member's address (`None`: removes it), confirmed at `confirmed` or not yet. An
    /// address another member has is refused (`Conflict`).
    pub async fn set_email(
        &self,
        user: UserId,
        email: Option<&str>,
        confirmed: Option<Timestamp>,
        now: Timestamp,
    ) -> Result<(), StoreError> {
        let mut transaction = self.begin_write().await?;
        sqlx::query(
            "UPDATE users SET email = $1, email_confirmed_at = $2, mail_bounces = 0, \
                              mail_stopped_at = NULL, updated_at = $3 WHERE id = $4",
        )
        .bind(email)
        .bind(confirmed.map(Timestamp::as_millis))
        .bind(now.as_millis())
        .bind(user.0)
        .execute(&mut *transaction)
        .await?;
        transaction.commit().await?;
        Ok(())
    }

    /// A member's address and whether it is confirmed.
    pub async fn email_of(&self, user: UserId) -> Result<Option<(String, bool)>, StoreError> {
        let row: Option<(Option<String>, Option<i64>)> =
            sqlx::query_as("SELECT email, email_confirmed_at FROM users WHERE id = $1")
                .bind(user.0)
                .fetch_optional(&self.pool)
                .await?;
        Ok(row.and_then(|(email, confirmed)| email.map(|email| (email, confirmed.is_some()))))
    }

    /// Records an address the member asked for, replacing any earlier request of theirs.
    pub async fn request_email(
        &self,
        user: UserId,
        token_hash: &str,
        address: &str,
        expires_at: Timestamp,
        now: Timestamp,
    ) -> Result<(), StoreError> {
        let mut transaction = self.begin_write().await?;
        sqlx::query("DELETE FROM email_confirmations WHERE user_id = $1")
            .bind(user.0)
            .execute(&mut *transaction)
            .await?;
        sqlx::query(
            "INSERT INTO email_confirmations (token_hash, user_id, address, expires_at, \
                                              created_at, updated_at) \
             VALUES ($1, $2, $3, $4, $5, $5)",
        )
        .bind(token_hash)
        .bind(user.0)
        .bind(address)
        .bind(expires_at.as_millis())
        .bind(now.as_millis())
        .execute(&mut *transaction)
        .await?;
        transaction.commit().await?;
        Ok(())
    }

    /// The address the member asked for and has not confirmed yet (unexpired).
    pub async fn requested_email(
        &self,
        user: UserId,
        now: Timestamp,
    ) -> Result<Option<String>, StoreError> {
        Ok(sqlx::query_scalar(
            "SELECT address FROM email_confirmations WHERE user_id = $1 AND expires_at > $2",
        )
        .bind(user.0)
        .bind(now.as_millis())
        .fetch_optional(&self.pool)
        .await?)
    }

    /// Confirms the address a link was sent to: the member's address becomes it, confirmed
    /// now, and the link is spent. `None` for an unknown or expired link; `Conflict` when
    /// another member confirmed the address meanwhile.
    pub async fn confirm_email(
        &self,
        token_hash: &str,
        now: Timestamp,
    ) -> Result<Option<(UserId, String)>, StoreError> {
        let mut transaction = self.begin_write().await?;
        let found: Option<(i64, String, i64)> = sqlx::query_as(
            "SELECT user_id, address, expires_at FROM email_confirmations WHERE token_hash = $1",
        )
        .bind(token_hash)
        .fetch_optional(&mut *transaction)
        .await?;
        let Some((user, address, expires_at)) = found else {
            return Ok(None);
        };
        sqlx::query("DELETE FROM email_confirmations WHERE token_hash = $1")
            .bind(token_hash)
            .execute(&mut *transaction)
            .await?;
        if expires_at <= now.as_millis() {
            transaction.commit().await?;
            return Ok(None);
        }
        sqlx::query(
            "UPDATE users SET email = $1, email_confirmed_at = $2, mail_bounces = 0, \
                              mail_stopped_at = NULL, updated_at = $2 WHERE id = $3",
        )
        .bind(&address)
        .bind(now.as_millis())
        .bind(user)
        .execute(&mut *transaction)
        .await?;
        transaction.commit().await?;
        Ok(Some((UserId(user), address)))
    }

    /// Counts a hard bounce from the member's address; at the `stop_after`th in a row, mail to
    /// it stops. Returns whether it stopped now.
    pub async fn record_bounce(
        &self,
        user: UserId,
        stop_after: i64,
        now: Timestamp,
    ) -> Result<bool, StoreError> {
        let mut transaction = self.begin_write().await?;
        let stopped: Option<(i64, Option<i64>)> = sqlx::query_as(
            "UPDATE users SET mail_bounces = mail_bounces + 1, updated_at = $1, \
                 mail_stopped_at = CASE WHEN mail_stopped_at IS NULL AND mail_bounces + 1 >= $2 \
                                        THEN $1 ELSE mail_stopped_at END \
             WHERE id = $3 RETURNING mail_bounces, mail_stopped_at",
        )
        .bind(now.as_millis())
        .bind(stop_after)
        .bind(user.0)
        .fetch_optional(&mut *transaction)
        .await?;
        transaction.commit().await?;
        Ok(stopped
            .is_some_and(|(bounces, at)| bounces == stop_after && at == Some(now.as_millis())))
    }

    /// When mail to the member's address stopped after repeated bounces, if it did.
    pub async fn mail_stopped_at(&self, user: UserId) -> Result<Option<Timestamp>, StoreError> {
        let at: Option<Option<i64>> =
            sqlx::query_scalar("SELECT mail_stopped_at FROM users WHERE id = $1")
                .bind(user.0)
                .fetch_optional(&self.pool)
                .await?;
        Ok(at.flatten().map(Timestamp))
    }

    /// The member whose confirmed address this is.
    pub async fn member_by_email(&self, address: &str) -> Result<Option<UserId>, StoreError> {
        let id: Option<i64> = sqlx::query_scalar(
            "SELECT id FROM users WHERE email = $1 AND email_confirmed_at IS NOT NULL",
        )
        .bind(address)
        .fetch_optional(&self.pool)
        .await?;
        Ok(id.map(UserId))
    }

    /// How the member follows the category by mail: `every` unless they chose otherwise.
    pub async fn category_delivery(
        &self,
        user: UserId,
        category: CategoryId,
    ) -> Result<String, StoreError> {
        let mode: Option<String> = sqlx::query_scalar(
            "SELECT mode FROM category_deliveries WHERE user_id = $1 AND category_id = $2",
        )
        .bind(user.0)
        .bind(category.0)
        .fetch_optional(&self.pool)
        .await?;
        Ok(mode.unwrap_or_else(|| "every".to_owned()))
    }

    /// Sets how the member follows the category by mail.
    pub async fn set_category_delivery(
        &self,
        user: UserId,
        category: CategoryId,
        mode: &str,
        now: Timestamp,
    ) -> Result<(), StoreError> {
        let mut transaction = self.begin_write().await?;
        sqlx::query("DELETE FROM category_deliveries WHERE user_id = $1 AND category_id = $2")
            .bind(user.0)
            .bind(category.0)
            .execute(&mut *transaction)
            .await?;
        sqlx::query(
            "INSERT INTO category_deliveries (category_id, user_id, mode, created_at, updated_at) \
             VALUES ($1, $2, $3, $4, $4)",
        )
        .bind(category.0)
        .bind(user.0)
        .bind(mode)
        .bind(now.as_millis())
        .execute(&mut *transaction)
        .await?;
        transaction.commit().await?;
        Ok(())
    }

    /// Each (category, member) pair where an active member with a confirmed address follows
    /// the category in the daily digest, with the member as [`Self::mail_recipients`] gives
    /// them.
    pub async fn digest_recipients(&self) -> Result<Vec<(CategoryId, MailRecipient)>, StoreError> {
        let pairs: Vec<(i64, i64)> = sqlx::query_as(
            "SELECT d.category_id, d.user_id FROM category_deliveries d \
             JOIN users u ON u.id = d.user_id \
             WHERE d.mode = 'digest' AND u.email IS NOT NULL AND u.email_confirmed_at IS NOT NULL \
               AND u.mail_stopped_at IS NULL \
               AND u.status = 'active' ORDER BY d.user_id, d.category_id",
        )
        .fetch_all(&self.pool)
        .await?;
        let mut recipients = Vec::with_capacity(pairs.len());
        for (category, user) in pairs {
            if let Some(recipient) = self.mail_recipient(UserId(user)).await? {
                recipients.push((CategoryId(category), recipient));
            }
        }
        Ok(recipients)
    }

    /// One member as a mail recipient, if they are active and have a confirmed address.
    pub async fn mail_recipient(&self, user: UserId) -> Result<Option<MailRecipient>, StoreError> {
        let row: Option<(i64, String, String, String, String)> = sqlx::query_as(
            "SELECT u.id, u.handle, u.status, u.email, u.interface_language FROM users u \
             WHERE u.id = $1 AND u.email IS NOT NULL AND u.email_confirmed_at IS NOT NULL \
               AND u.mail_stopped_at IS NULL \
               AND u.status = 'active'",
        )
        .bind(user.0)
        .fetch_optional(&self.pool)
        .await?;
        let Some((id, handle, status, email, language)) = row else {
            return Ok(None);
        };
        let roles = self.user_roles(user).await?;
        Ok(Some(MailRecipient {
            id: UserId(id),
            handle: Handle::new(&handle)
                .map_err(|_| StoreError::Corrupt(format!("user {id} handle")))?,
            status: AccountStatus::parse(&status)?,
            email,
            language,
            roles,
        }))
    }

    /// Whether the member muted each of these threads.
    pub async fn muted_threads(&self, user: UserId) -> Result<Vec<ThreadId>, StoreError> {
        let ids: Vec<i64> =
            sqlx::query_scalar("SELECT thread_id FROM thread_mutes WHERE user_id = $1")
                .bind(user.0)
                .fetch_all(&self.pool)
                .await?;
        Ok(ids.into_iter().map(ThreadId).collect())
    }

    /// Active members with a confirmed address who get every post of the category by mail
    /// and did not mute the thread, with their roles (the service keeps those who may read
    /// it). Two statements, however many they are.
    pub async fn mail_recipients(
        &self,
        category: CategoryId,
        thread: ThreadId,
    ) -> Result<Vec<MailRecipient>, StoreError> {
        const WHO: &str = "u.email IS NOT NULL AND u.email_confirmed_at IS NOT NULL \
             AND u.mail_stopped_at IS NULL \
             AND u.status = 'active' \
             AND NOT EXISTS (SELECT 1 FROM category_deliveries d WHERE d.user_id = u.id \
                             AND d.category_id = $1 AND d.mode <> 'every') \
             AND NOT EXISTS (SELECT 1 FROM thread_mutes m WHERE m.user_id = u.id AND m.thread_id = $2)";
        let rows: Vec<(i64, String, String, String, String)> =
            sqlx::query_as(sqlx::AssertSqlSafe(format!(
                "SELECT u.id, u.handle, u.status, u.email, u.interface_language FROM users u \
                 WHERE {WHO} ORDER BY u.id"
            )))
            .bind(category.0)
            .bind(thread.0)
            .fetch_all(&self.pool)
            .await?;
        let grants: Vec<(i64, String, Option<i64>)> = sqlx::query_as(sqlx::AssertSqlSafe(format!(
            "SELECT r.user_id, r.role, r.until FROM user_roles r \
                 WHERE r.user_id IN (SELECT u.id FROM users u WHERE {WHO})"
        )))
        .bind(category.0)
        .bind(thread.0)
        .fetch_all(&self.pool)
        .await?;
        rows.into_iter()
            .map(|(id, handle, status, email, language)| {
                let roles = grants
                    .iter()
                    .filter(|(user, ..)| *user == id)
                    .map(|(_, role, until)| {
                        Ok(RoleGrant {
                            role: Role::parse(role).map_err(|_| {
                                StoreError::Corrupt(format!("user {id} has role {role:?}"))
                            })?,
                            until: until.map(Timestamp),
                        })
                    })
                    .collect::<Result<Vec<_>, StoreError>>()?;
                Ok(MailRecipient {
                    id: UserId(id),
                    handle: Handle::new(&handle)
                        .map_err(|_| StoreError::Corrupt(format!("user {id} handle")))?,
                    status: AccountStatus::parse(&status)?,
                    email,
                    language,
                    roles,
                })
            })
            .collect()
    }
}
