//! Members, their roles, sessions, invitations and security events.

use braid_domain::accounts::{AccountStatus, Handle, Role};
use braid_domain::change::{ChangeAction, EntityKind};
use braid_domain::ids::{InvitationId, SessionId, UserId};
use braid_domain::time::Timestamp;

use crate::{Store, StoreError, UnitOfWork};

/// A member account to create.
#[derive(Debug, Clone)]
pub struct NewUser {
    /// Random id for URLs.
    pub public_id: String,
    /// The chosen handle.
    pub handle: Handle,
    /// Optional profile fields, empty when not given.
    pub display_name: String,
    /// Optional.
    pub pronouns: String,
    /// Optional, comma-separated language names or tags.
    pub languages: String,
    /// Optional.
    pub region: String,
    /// Argon2id PHC string.
    pub password_hash: String,
    /// Active, or pending a second vouch / approval.
    pub status: AccountStatus,
    /// When they accepted the guidelines and code of conduct.
    pub guidelines_accepted_at: Option<Timestamp>,
}

/// A member account as stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UserRecord {
    /// Internal id.
    pub id: UserId,
    /// Random id for URLs.
    pub public_id: String,
    /// Handle.
    pub handle: Handle,
    /// Profile fields.
    pub display_name: String,
    /// Profile fields.
    pub pronouns: String,
    /// Profile fields.
    pub languages: String,
    /// Profile fields.
    pub region: String,
    /// The interface language they chose; empty when they have not.
    pub interface_language: String,
    /// Argon2id PHC string.
    pub password_hash: String,
    /// Account status.
    pub status: AccountStatus,
    /// Why it was suspended, when it is.
    pub suspended_reason: Option<String>,
    /// Consecutive failed sign-ins.
    pub failed_sign_ins: u32,
    /// No password check before this moment.
    pub sign_in_blocked_until: Timestamp,
    /// Consecutive wrong second-factor answers, across challenges.
    pub failed_second_factors: u32,
    /// No second-factor check before this moment.
    pub second_factor_blocked_until: Timestamp,
    /// When the account was created.
    pub created_at: Timestamp,
}

/// A session found by its token, and its member as they are now.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FoundSession {
    /// The session.
    pub session: SessionRecord,
    /// The member's handle.
    pub handle: Handle,
    /// Whether the member may act.
    pub status: AccountStatus,
    /// The roles they hold beyond `member`, lapsed ones included.
    pub roles: Vec<RoleGrant>,
    /// Whether they have a confirmed authenticator app or a passkey.
    pub has_second_factor: bool,
    /// Their notifications not yet read.
    pub unread_notifications: u64,
    /// The interface language they chose; empty when they have not.
    pub interface_language: String,
}

/// A role held, possibly for a term.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RoleGrant {
    /// The role.
    pub role: Role,
    /// When the term ends; `None` for no end.
    pub until: Option<Timestamp>,
}

/// A security event to record.
#[derive(Debug, Clone)]
pub struct AuditEntry {
    /// The member the event concerns (who may see it).
    pub user_id: Option<UserId>,
    /// Who did it, when that was a member (`None` for the operator's CLI or the system).
    pub actor_id: Option<UserId>,
    /// A stable name, e.g. `sign_in`, `sign_in_failed`, `role_granted`.
    pub kind: &'static str,
    /// Human-readable detail; never secrets, never client addresses.
    pub detail: String,
}

/// A recorded security event.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AuditRecord {
    /// Its id (increasing).
    pub id: i64,
    /// The member it concerns.
    pub user_id: Option<UserId>,
    /// Who did it.
    pub actor_id: Option<UserId>,
    /// Its kind.
    pub kind: String,
    /// Its detail.
    pub detail: String,
    /// When.
    pub created_at: Timestamp,
}

/// A session to open.
#[derive(Debug, Clone)]
pub struct NewSession {
    /// SHA-256 of the session token.
    pub token_hash: String,
    /// A label for the sessions page, from the browser's self-description, shortened.
    pub device_label: String,
    /// The absolute end of the session.
    pub expires_at: Timestamp,
}

/// A session as stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SessionRecord {
    /// Its id.
    pub id: SessionId,
    /// Whose it is.
    pub user_id: UserId,
    /// The label for the sessions page.
    pub device_label: String,
    /// When it was opened.
    pub created_at: Timestamp,
    /// When it was last used (updated at most once a minute).
    pub last_seen_at: Timestamp,
    /// Its absolute end.
    pub expires_at: Timestamp,
    /// When it was revoked, if it was.
    pub revoked_at: Option<Timestamp>,
}

/// An invitation to create.
#[derive(Debug, Clone)]
pub struct NewInvitation {
    /// SHA-256 of the invitation token.
    pub token_hash: String,
    /// The member who vouches (`None` when the operator invited from the CLI).
    pub invited_by: Option<UserId>,
    /// "Who is this and why", for the record.
    pub note: String,
    /// The role the newcomer gets.
    pub role: Role,
    /// When the link stops working.
    pub expires_at: Timestamp,
}

/// An invitation as stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InvitationRecord {
    /// Its id.
    pub id: InvitationId,
    /// Who vouched.
    pub invited_by: Option<UserId>,
    /// The note.
    pub note: String,
    /// The role it grants.
    pub role: Role,
    /// When it stops working.
    pub expires_at: Timestamp,
    /// When it was used, if it was.
    pub used_at: Option<Timestamp>,
}

named_row!(UserRow {
    id: i64,
    public_id: String,
    handle: String,
    display_name: String,
    pronouns: String,
    languages: String,
    region: String,
    interface_language: String,
    password_hash: String,
    status: String,
    suspended_reason: Option<String>,
    failed_sign_ins: i64,
    sign_in_blocked_until: i64,
    failed_second_factors: i64,
    second_factor_blocked_until: i64,
    created_at: i64,
});

const USER_COLUMNS: &str = "id, public_id, handle, display_name, pronouns, languages, region, \
     interface_language, password_hash, \
     status, suspended_reason, failed_sign_ins, sign_in_blocked_until, failed_second_factors, \
     second_factor_blocked_until, created_at";

fn user_from_row(row: UserRow) -> Result<UserRecord, StoreError> {
    let UserRow {
        id,
        public_id,
        handle,
        display_name,
        pronouns,
        languages,
        region,
        interface_language,
        password_hash,
        status,
        suspended_reason,
        failed_sign_ins: failed,
        sign_in_blocked_until: blocked,
        failed_second_factors: failed_second,
        second_factor_blocked_until: second_blocked,
        created_at: created,
    } = row;
    Ok(UserRecord {
        id: UserId(id),
        public_id,
        handle: Handle::new(&handle)?,
        display_name,
        pronouns,
        languages,
        region,
        interface_language,
        password_hash,
        status: AccountStatus::parse(&status)?,
        suspended_reason,
        failed_sign_ins: u32::try_from(failed).unwrap_or(u32::MAX),
        sign_in_blocked_until: Timestamp(blocked),
        failed_second_factors: u32::try_from(failed_second).unwrap_or(u32::MAX),
        second_factor_blocked_until: Timestamp(second_blocked),
        created_at: Timestamp(created),
    })
}

named_row!(SessionRow {
    id: i64,
    user_id: i64,
    device_label: String,
    created_at: i64,
    last_seen_at: i64,
    expires_at: i64,
    revoked_at: Option<i64>,
});

named_row!(InvitationRow {
    id: i64,
    invited_by: Option<i64>,
    note: String,
    role: String,
    expires_at: i64,
    used_at: Option<i64>,
});

named_row!(AuditRow {
    id: i64,
    user_id: Option<i64>,
    actor_id: Option<i64>,
    kind: String,
    detail: String,
    created_at: i64,
});

const SESSION_COLUMNS: &str =
    "id, user_id, device_label, created_at, last_seen_at, expires_at, revoked_at";

fn session_from_row(
    SessionRow {
        id,
        user_id,
        device_label,
        created_at: created,
        last_seen_at: seen,
        expires_at: expires,
        revoked_at: revoked,
    }: SessionRow,
) -> SessionRecord {
    SessionRecord {
        id: SessionId(id),
        user_id: UserId(user_id),
        device_label,
        created_at: Timestamp(created),
        last_seen_at: Timestamp(seen),
        expires_at: Timestamp(expires),
        revoked_at: revoked.map(Timestamp),
    }
}

pub(crate) async fn insert_audit(
    executor: &mut sqlx::AnyConnection,
    entry: &AuditEntry,
    now: Timestamp,
) -> Result<(), StoreError> {
    sqlx::query(
        "INSERT INTO audit_events (user_id, actor_id, kind, detail, created_at, updated_at) \
         VALUES ($1, $2, $3, $4, $5, $5)",
    )
    .bind(entry.user_id.map(|id| id.0))
    .bind(entry.actor_id.map(|id| id.0))
    .bind(entry.kind)
    .bind(&entry.detail)
    .bind(now.as_millis())
    .execute(executor)
    .await?;
    Ok(())
}

async fn insert_user(
    executor: &mut sqlx::AnyConnection,
    user: &NewUser,
    roles: &[RoleGrant],
    now: Timestamp,
) -> Result<UserId, StoreError> {
    let released: Option<i64> =
        sqlx::query_scalar("SELECT 1 FROM released_handles WHERE handle_key = $1")
            .bind(user.handle.key())
            .fetch_optional(&mut *executor)
            .await?;
    if released.is_some() {
        return Err(StoreError::Conflict {
            constraint: "released_handles_pkey".to_owned(),
        });
    }
    let id: i64 = sqlx::query_scalar(
        "INSERT INTO users (public_id, handle, handle_key, display_name, pronouns, languages, region, \
                            password_hash, status, guidelines_accepted_at, failed_sign_ins, \
                            sign_in_blocked_until, created_at, updated_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, 0, 0, $11, $11) RETURNING id",
    )
    .bind(&user.public_id)
    .bind(user.handle.as_str())
    .bind(user.handle.key())
    .bind(&user.display_name)
    .bind(&user.pronouns)
    .bind(&user.languages)
    .bind(&user.region)
    .bind(&user.password_hash)
    .bind(user.status.as_str())
    .bind(user.guidelines_accepted_at.map(Timestamp::as_millis))
    .bind(now.as_millis())
    .fetch_one(&mut *executor)
    .await?;
    for grant in roles.iter().filter(|g| g.role != Role::Member) {
        upsert_role(executor, UserId(id), *grant, now).await?;
    }
    Ok(UserId(id))
}

/// Opens a session in the caller's transaction (see [`Store::open_session`]).
pub(crate) async fn insert_session(
    executor: &mut sqlx::AnyConnection,
    user: UserId,
    session: &NewSession,
    upgraded_password_hash: Option<&str>,
    audit: &AuditEntry,
    now: Timestamp,
) -> Result<SessionId, StoreError> {
    sqlx::query(
        "UPDATE users SET failed_sign_ins = 0, sign_in_blocked_until = 0, \
                failed_second_factors = 0, second_factor_blocked_until = 0, \
                password_hash = COALESCE($1, password_hash), updated_at = $2 WHERE id = $3",
    )
    .bind(upgraded_password_hash)
    .bind(now.as_millis())
    .bind(user.0)
    .execute(&mut *executor)
    .await?;
    let id: i64 = sqlx::query_scalar(
        "INSERT INTO sessions (token_hash, user_id, device_label, last_seen_at, expires_at, \
                               created_at, updated_at) \
         VALUES ($1, $2, $3, $4, $5, $4, $4) RETURNING id",
    )
    .bind(&session.token_hash)
    .bind(user.0)
    .bind(&session.device_label)
    .bind(now.as_millis())
    .bind(session.expires_at.as_millis())
    .fetch_one(&mut *executor)
    .await?;
    insert_audit(executor, audit, now).await?;
    Ok(SessionId(id))
}

async fn upsert_role(
    executor: &mut sqlx::AnyConnection,
    user: UserId,
    grant: RoleGrant,
    now: Timestamp,
) -> Result<(), StoreError> {
    sqlx::query(
        "INSERT INTO user_roles (user_id, role, until, created_at, updated_at) VALUES ($1, $2, $3, $4, $4) \
         ON CONFLICT (user_id, role) DO UPDATE SET until = excluded.until, updated_at = excluded.updated_at",
    )
    .bind(user.0)
    .bind(grant.role.as_str())
    .bind(grant.until.map(Timestamp::as_millis))
    .bind(now.as_millis())
    .execute(executor)
    .await?;
    Ok(())
}

impl Store {
    /// The member with this handle (compared without case).
    pub async fn find_user_by_handle(
        &self,
        handle: &Handle,
    ) -> Result<Option<UserRecord>, StoreError> {
        let row: Option<UserRow> = sqlx::query_as(sqlx::AssertSqlSafe(format!(
            "SELECT {USER_COLUMNS} FROM users WHERE handle_key = $1"
        )))
        .bind(handle.key())
        .fetch_optional(&self.pool)
        .await?;
        row.map(user_from_row).transpose()
    }

    /// The member with this id.
    pub async fn find_user(&self, id: UserId) -> Result<Option<UserRecord>, StoreError> {
        let row: Option<UserRow> = sqlx::query_as(sqlx::AssertSqlSafe(format!(
            "SELECT {USER_COLUMNS} FROM users WHERE id = $1"
        )))
        .bind(id.0)
        .fetch_optional(&self.pool)
        .await?;
        row.map(user_from_row).transpose()
    }

    /// Every member, by handle.
    pub async fn list_users(&self) -> Result<Vec<UserRecord>, StoreError> {
        let rows: Vec<UserRow> = sqlx::query_as(sqlx::AssertSqlSafe(format!(
            "SELECT {USER_COLUMNS} FROM users ORDER BY handle_key"
        )))
        .fetch_all(&self.pool)
        .await?;
        rows.into_iter().map(user_from_row).collect()
    }

    /// The roles a member holds beyond `member`, with their terms (lapsed ones included; the
    /// service decides what is in force).
    pub async fn user_roles(&self, user: UserId) -> Result<Vec<RoleGrant>, StoreError> {
        let rows: Vec<(String, Option<i64>)> =
            sqlx::query_as("SELECT role, until FROM user_roles WHERE user_id = $1 ORDER BY role")
                .bind(user.0)
                .fetch_all(&self.pool)
                .await?;
        rows.into_iter()
            .map(|(role, until)| {
                Ok(RoleGrant {
                    role: Role::parse(&role)?,
                    until: until.map(Timestamp),
                })
            })
            .collect()
    }

    /// Grants `grant` (or changes its term); `member` removes every other role. Audited in the
    /// same transaction.
    pub async fn set_role(
        &self,
        user: UserId,
        grant: RoleGrant,
        audit: &AuditEntry,
        now: Timestamp,
    ) -> Result<(), StoreError> {
        let mut transaction = self.begin_write().await?;
        if grant.role == Role::Member {
            sqlx::query("DELETE FROM user_roles WHERE user_id = $1")
                .bind(user.0)
                .execute(&mut *transaction)
                .await?;
        } else {
            upsert_role(&mut transaction, user, grant, now).await?;
        }
        insert_audit(&mut transaction, audit, now).await?;
        transaction.commit().await?;
        Ok(())
    }

    /// Sets an account's status (with the reason for a suspension) and, when suspending, ends
    /// all its sessions, in one transaction with the audit record.
    pub async fn set_account_status(
        &self,
        user: UserId,
        status: AccountStatus,
        reason: Option<&str>,
        audit: &AuditEntry,
        now: Timestamp,
    ) -> Result<(), StoreError> {
        let mut transaction = self.begin_write().await?;
        sqlx::query(
            "UPDATE users SET status = $1, suspended_reason = $2, updated_at = $3 WHERE id = $4",
        )
        .bind(status.as_str())
        .bind(reason)
        .bind(now.as_millis())
        .bind(user.0)
        .execute(&mut *transaction)
        .await?;
        if status == AccountStatus::Suspended {
            sqlx::query("UPDATE sessions SET revoked_at = $1, updated_at = $1 WHERE user_id = $2 AND revoked_at IS NULL")
                .bind(now.as_millis())
                .bind(user.0)
                .execute(&mut *transaction)
                .await?;
        }
        insert_audit(&mut transaction, audit, now).await?;
        transaction.commit().await?;
        Ok(())
    }

    /// Deletes a member and everything that is theirs alone: sessions, roles, second factors,
    /// their own security log. Invitations they sent and events they caused for others stay,
    /// no longer linked to them. `audit` (which must not name them) is recorded after.
    pub async fn delete_user(
        &self,
        user: UserId,
        audit: &AuditEntry,
        now: Timestamp,
    ) -> Result<(), StoreError> {
        let mut transaction = self.begin_write().await?;
        sqlx::query(
            "INSERT INTO released_handles (handle_key, created_at, updated_at) \
             SELECT handle_key, $1, $1 FROM users WHERE id = $2 ON CONFLICT DO NOTHING",
        )
        .bind(now.as_millis())
        .bind(user.0)
        .execute(&mut *transaction)
        .await?;
        sqlx::query("DELETE FROM audit_events WHERE user_id = $1")
            .bind(user.0)
            .execute(&mut *transaction)
            .await?;
        sqlx::query("DELETE FROM users WHERE id = $1")
            .bind(user.0)
            .execute(&mut *transaction)
            .await?;
        insert_audit(&mut transaction, audit, now).await?;
        self.commit_logged(
            transaction,
            EntityKind::Member,
            user.0,
            ChangeAction::Deleted,
            now,
        )
        .await?;
        self.forget_deleted().await
    }

    /// On SQLite, folds the write-ahead log into the database file and empties it, so that
    /// what was just deleted (zeroed in the file by `secure_delete`) does not linger in the
    /// log's old frames either. PostgreSQL keeps dead rows until `VACUUM` (README, PostgreSQL).
    async fn forget_deleted(&self) -> Result<(), StoreError> {
        if self.backend == crate::Backend::Sqlite {
            sqlx::query("PRAGMA wal_checkpoint(TRUNCATE)")
                .execute(&self.pool)
                .await?;
        }
        Ok(())
    }

    /// The invitations a member created, newest first: (note, role, created, used).
    pub async fn invitations_by(
        &self,
        user: UserId,
    ) -> Result<Vec<(String, String, Timestamp, Option<Timestamp>)>, StoreError> {
        let rows: Vec<(String, String, i64, Option<i64>)> = sqlx::query_as(
            "SELECT note, role, created_at, used_at FROM invitations WHERE invited_by = $1 ORDER BY id DESC",
        )
        .bind(user.0)
        .fetch_all(&self.pool)
        .await?;
        Ok(rows
            .into_iter()
            .map(|(note, role, created, used)| {
                (note, role, Timestamp(created), used.map(Timestamp))
            })
            .collect())
    }

    /// Records that `voucher` vouches for `user` and returns how many have vouched for them
    /// now. A second vouch by the same member is a [`StoreError::Conflict`].
    pub async fn add_vouch(
        &self,
        user: UserId,
        voucher: Option<UserId>,
        audit: &AuditEntry,
        now: Timestamp,
    ) -> Result<u32, StoreError> {
        let mut transaction = self.begin_write().await?;
        sqlx::query("INSERT INTO vouches (user_id, voucher_id, created_at, updated_at) VALUES ($1, $2, $3, $3)")
            .bind(user.0)
            .bind(voucher.map(|id| id.0))
            .bind(now.as_millis())
            .execute(&mut *transaction)
            .await?;
        let count: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM vouches WHERE user_id = $1")
            .bind(user.0)
            .fetch_one(&mut *transaction)
            .await?;
        insert_audit(&mut transaction, audit, now).await?;
        transaction.commit().await?;
        Ok(u32::try_from(count).unwrap_or(u32::MAX))
    }

    /// Who vouched for `user` (`None` for the operator).
    pub async fn vouchers(&self, user: UserId) -> Result<Vec<Option<UserId>>, StoreError> {
        let rows: Vec<Option<i64>> =
            sqlx::query_scalar("SELECT voucher_id FROM vouches WHERE user_id = $1 ORDER BY id")
                .bind(user.0)
                .fetch_all(&self.pool)
                .await?;
        Ok(rows.into_iter().map(|id| id.map(UserId)).collect())
    }

    /// Role grants whose term ended at or before `now`.
    pub async fn lapsed_roles(
        &self,
        now: Timestamp,
    ) -> Result<Vec<(UserId, RoleGrant)>, StoreError> {
        let rows: Vec<(i64, String, Option<i64>)> =
            sqlx::query_as("SELECT user_id, role, until FROM user_roles WHERE until IS NOT NULL AND until <= $1 ORDER BY user_id, role")
                .bind(now.as_millis())
                .fetch_all(&self.pool)
                .await?;
        rows.into_iter()
            .map(|(user, role, until)| {
                Ok((
                    UserId(user),
                    RoleGrant {
                        role: Role::parse(&role)?,
                        until: until.map(Timestamp),
                    },
                ))
            })
            .collect()
    }

    /// Removes one role grant (if its term is still the one given), ending the member's
    /// sessions, with the audit record, in one transaction. Returns whether it was removed.
    pub async fn remove_role(
        &self,
        user: UserId,
        grant: RoleGrant,
        audit: &AuditEntry,
        now: Timestamp,
    ) -> Result<bool, StoreError> {
        let mut transaction = self.begin_write().await?;
        let removed =
            sqlx::query("DELETE FROM user_roles WHERE user_id = $1 AND role = $2 AND until = $3")
                .bind(user.0)
                .bind(grant.role.as_str())
                .bind(grant.until.map(Timestamp::as_millis))
                .execute(&mut *transaction)
                .await?
                .rows_affected();
        if removed == 1 {
            sqlx::query("UPDATE sessions SET revoked_at = $1, updated_at = $1 WHERE user_id = $2 AND revoked_at IS NULL")
                .bind(now.as_millis())
                .bind(user.0)
                .execute(&mut *transaction)
                .await?;
            insert_audit(&mut transaction, audit, now).await?;
        }
        transaction.commit().await?;
        Ok(removed == 1)
    }

    /// Records a failed sign-in: one more consecutive failure and no password check before
    /// `blocked_until`. Returns the new count of consecutive failures.
    pub async fn record_failed_sign_in(
        &self,
        user: UserId,
        blocked_until: Timestamp,
        audit: &AuditEntry,
        now: Timestamp,
    ) -> Result<u32, StoreError> {
        let mut transaction = self.begin_write().await?;
        let failed: i64 = sqlx::query_scalar(
            "UPDATE users SET failed_sign_ins = failed_sign_ins + 1, \
                    sign_in_blocked_until = CASE WHEN $1 > sign_in_blocked_until THEN $1 ELSE sign_in_blocked_until END, \
                    updated_at = $2 \
             WHERE id = $3 RETURNING failed_sign_ins",
        )
        .bind(blocked_until.as_millis())
        .bind(now.as_millis())
        .bind(user.0)
        .fetch_one(&mut *transaction)
        .await?;
        insert_audit(&mut transaction, audit, now).await?;
        transaction.commit().await?;
        Ok(u32::try_from(failed).unwrap_or(u32::MAX))
    }

    /// Forgets a member's consecutive password failures after they proved the password.
    pub async fn clear_failed_sign_ins(
        &self,
        user: UserId,
        now: Timestamp,
    ) -> Result<(), StoreError> {
        sqlx::query(
            "UPDATE users SET failed_sign_ins = 0, sign_in_blocked_until = 0, updated_at = $1 \
             WHERE id = $2",
        )
        .bind(now.as_millis())
        .bind(user.0)
        .execute(&self.pool)
        .await?;
        Ok(())
    }

    /// Stores a new password hash (after a rehash with stronger parameters).
    pub async fn set_password_hash(
        &self,
        user: UserId,
        password_hash: &str,
        now: Timestamp,
    ) -> Result<(), StoreError> {
        sqlx::query("UPDATE users SET password_hash = $1, updated_at = $2 WHERE id = $3")
            .bind(password_hash)
            .bind(now.as_millis())
            .bind(user.0)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    /// The session with this token hash, revoked or not, with what its member is now: all a
    /// signed-in request needs to know who asks, in one query (it runs on every request).
    pub async fn find_session(&self, token_hash: &str) -> Result<Option<FoundSession>, StoreError> {
        named_row!(
            FoundRow {
                id: i64,
                user_id: i64,
                device_label: String,
                created_at: i64,
                last_seen_at: i64,
                expires_at: i64,
                revoked_at: Option<i64>,
                handle: String,
                status: String,
                role: Option<String>,
                until: Option<i64>,
                has_second_factor: i64,
                unread: i64,
                interface_language: String,
            }
        );
        let mut reader = self.reader().await?;
        // One row per role held (one with no role for a plain member): everything a signed-in
        // request needs to know of its member, in one statement, down to the unread count the
        // navigation shows (a second statement was a tenth of a signed-in view's CPU, most of
        // it handing the query to SQLite's thread and back).
        let rows: Vec<FoundRow> = sqlx::query_as(
            "SELECT s.id, s.user_id, s.device_label, s.created_at, s.last_seen_at, s.expires_at, \
                    s.revoked_at, u.handle, u.status, r.role, r.until, \
                    CASE WHEN EXISTS (SELECT 1 FROM user_totp t \
                                      WHERE t.user_id = u.id AND t.confirmed_at IS NOT NULL) \
                              OR EXISTS (SELECT 1 FROM passkeys p WHERE p.user_id = u.id) \
                         THEN 1 ELSE 0 END AS has_second_factor, \
                    (SELECT COUNT(*) FROM notifications n \
                     WHERE n.user_id = u.id AND n.read_at IS NULL) AS unread, \
                    u.interface_language \
             FROM sessions s JOIN users u ON u.id = s.user_id \
             LEFT JOIN user_roles r ON r.user_id = u.id \
             WHERE s.token_hash = $1 ORDER BY r.role",
        )
        .bind(token_hash)
        .fetch_all(&mut *reader)
        .await?;
        reader.finished();
        let roles = rows
            .iter()
            .filter_map(|row| Some((row.role.as_deref()?, row.until)))
            .map(|(role, until)| {
                Ok(RoleGrant {
                    role: Role::parse(role)?,
                    until: until.map(Timestamp),
                })
            })
            .collect::<Result<_, StoreError>>()?;
        let Some(first) = rows.into_iter().next() else {
            return Ok(None);
        };
        let has_second_factor = first.has_second_factor != 0;
        let unread_notifications = u64::try_from(first.unread).unwrap_or(0);
        let (handle, status, interface_language) =
            (first.handle, first.status, first.interface_language);
        Ok(Some(FoundSession {
            session: session_from_row(SessionRow {
                id: first.id,
                user_id: first.user_id,
                device_label: first.device_label,
                created_at: first.created_at,
                last_seen_at: first.last_seen_at,
                expires_at: first.expires_at,
                revoked_at: first.revoked_at,
            }),
            handle: Handle::new(&handle)?,
            status: AccountStatus::parse(&status)?,
            roles,
            has_second_factor,
            unread_notifications,
            interface_language,
        }))
    }

    /// Notes that a session was used now.
    pub async fn touch_session(
        &self,
        session: SessionId,
        now: Timestamp,
    ) -> Result<(), StoreError> {
        sqlx::query("UPDATE sessions SET last_seen_at = $1, updated_at = $1 WHERE id = $2")
            .bind(now.as_millis())
            .bind(session.0)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    /// A member's sessions that are neither revoked nor past their absolute end, newest first.
    pub async fn list_sessions(
        &self,
        user: UserId,
        now: Timestamp,
    ) -> Result<Vec<SessionRecord>, StoreError> {
        let rows: Vec<SessionRow> = sqlx::query_as(sqlx::AssertSqlSafe(format!(
            "SELECT {SESSION_COLUMNS} FROM sessions \
             WHERE user_id = $1 AND revoked_at IS NULL AND expires_at > $2 ORDER BY created_at DESC, id DESC"
        )))
        .bind(user.0)
        .bind(now.as_millis())
        .fetch_all(&self.pool)
        .await?;
        Ok(rows.into_iter().map(session_from_row).collect())
    }

    /// Revokes sessions of `user`: one (`only`), or all but `keep`. Returns how many. Audited.
    pub async fn revoke_sessions(
        &self,
        user: UserId,
        only: Option<SessionId>,
        keep: Option<SessionId>,
        audit: Option<&AuditEntry>,
        now: Timestamp,
    ) -> Result<u64, StoreError> {
        let mut transaction = self.begin_write().await?;
        let revoked = sqlx::query(
            "UPDATE sessions SET revoked_at = $1, updated_at = $1 \
             WHERE user_id = $2 AND revoked_at IS NULL AND expires_at > $1 \
               AND ($3 IS NULL OR id = $3) AND ($4 IS NULL OR id <> $4)",
        )
        .bind(now.as_millis())
        .bind(user.0)
        .bind(only.map(|id| id.0))
        .bind(keep.map(|id| id.0))
        .execute(&mut *transaction)
        .await?
        .rows_affected();
        if let Some(audit) = audit.filter(|_| revoked > 0) {
            insert_audit(&mut transaction, audit, now).await?;
        }
        transaction.commit().await?;
        Ok(revoked)
    }

    /// Stores an invitation, audited.
    pub async fn create_invitation(
        &self,
        invitation: &NewInvitation,
        audit: &AuditEntry,
        now: Timestamp,
    ) -> Result<InvitationId, StoreError> {
        let mut transaction = self.begin_write().await?;
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO invitations (token_hash, invited_by, note, role, expires_at, created_at, updated_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $6) RETURNING id",
        )
        .bind(&invitation.token_hash)
        .bind(invitation.invited_by.map(|id| id.0))
        .bind(&invitation.note)
        .bind(invitation.role.as_str())
        .bind(invitation.expires_at.as_millis())
        .bind(now.as_millis())
        .fetch_one(&mut *transaction)
        .await?;
        insert_audit(&mut transaction, audit, now).await?;
        transaction.commit().await?;
        Ok(InvitationId(id))
    }

    /// The invitation with this token hash.
    pub async fn find_invitation(
        &self,
        token_hash: &str,
    ) -> Result<Option<InvitationRecord>, StoreError> {
        let row: Option<InvitationRow> = sqlx::query_as(
            "SELECT id, invited_by, note, role, expires_at, used_at FROM invitations WHERE token_hash = $1",
        )
        .bind(token_hash)
        .fetch_optional(&self.pool)
        .await?;
        row.map(
            |InvitationRow {
                 id,
                 invited_by,
                 note,
                 role,
                 expires_at,
                 used_at,
             }| {
                Ok(InvitationRecord {
                    id: InvitationId(id),
                    invited_by: invited_by.map(UserId),
                    note,
                    role: Role::parse(&role)?,
                    expires_at: Timestamp(expires_at),
                    used_at: used_at.map(Timestamp),
                })
            },
        )
        .transpose()
    }

    /// How many unused, unexpired invitations `user` has outstanding.
    pub async fn open_invitations_by(
        &self,
        user: UserId,
        now: Timestamp,
    ) -> Result<u32, StoreError> {
        let count: i64 = sqlx::query_scalar(
            "SELECT COUNT(*) FROM invitations WHERE invited_by = $1 AND used_at IS NULL AND expires_at > $2",
        )
        .bind(user.0)
        .bind(now.as_millis())
        .fetch_one(&self.pool)
        .await?;
        Ok(u32::try_from(count).unwrap_or(u32::MAX))
    }

    /// Records a security event on its own.
    pub async fn record_audit(&self, entry: &AuditEntry, now: Timestamp) -> Result<(), StoreError> {
        let mut connection = self.pool.acquire().await?;
        insert_audit(&mut connection, entry, now).await
    }

    /// Security events, newest first: those concerning `user`, or all when `None`.
    pub async fn audit_events(
        &self,
        user: Option<UserId>,
        limit: u32,
    ) -> Result<Vec<AuditRecord>, StoreError> {
        let rows: Vec<AuditRow> = sqlx::query_as(
            "SELECT id, user_id, actor_id, kind, detail, created_at FROM audit_events \
             WHERE ($1 IS NULL OR user_id = $1) ORDER BY id DESC LIMIT $2",
        )
        .bind(user.map(|id| id.0))
        .bind(i64::from(limit))
        .fetch_all(&self.pool)
        .await?;
        Ok(rows
            .into_iter()
            .map(
                |AuditRow {
                     id,
                     user_id,
                     actor_id,
                     kind,
                     detail,
                     created_at,
                 }| AuditRecord {
                    id,
                    user_id: user_id.map(UserId),
                    actor_id: actor_id.map(UserId),
                    kind,
                    detail,
                    created_at: Timestamp(created_at),
                },
            )
            .collect())
    }
}

/// What a member shows others about themselves; each part optional (empty).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Profile {
    /// A name to show beside the handle.
    pub display_name: String,
    /// Pronouns.
    pub pronouns: String,
    /// Languages they work in.
    pub languages: String,
    /// Where they work.
    pub region: String,
}

/// An invitation not yet used nor expired, as its maker and admins list it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OpenInvitation {
    /// Its id, to withdraw it.
    pub id: InvitationId,
    /// Who made it (`None`: the operator).
    pub invited_by: Option<UserId>,
    /// The note kept with it.
    pub note: String,
    /// The role it grants.
    pub role: Role,
    /// When it was made.
    pub created_at: Timestamp,
    /// When it stops working.
    pub expires_at: Timestamp,
}

impl Store {
    /// Open invitations, newest first: those `by` made, or every one when `by` is `None`.
    pub async fn open_invitations(
        &self,
        by: Option<UserId>,
        now: Timestamp,
    ) -> Result<Vec<OpenInvitation>, StoreError> {
        let maker = if by.is_some() {
            "AND invited_by = $2"
        } else {
            ""
        };
        let rows: Vec<(i64, Option<i64>, String, String, i64, i64)> =
            sqlx::query_as(sqlx::AssertSqlSafe(format!(
                "SELECT id, invited_by, note, role, created_at, expires_at FROM invitations \
                 WHERE used_at IS NULL AND expires_at > $1 {maker} ORDER BY id DESC"
            )))
            .bind(now.as_millis())
            .bind(by.map_or(0, |id| id.0))
            .fetch_all(&self.pool)
            .await?;
        rows.into_iter()
            .map(|(id, invited_by, note, role, created, expires)| {
                Ok(OpenInvitation {
                    id: InvitationId(id),
                    invited_by: invited_by.map(UserId),
                    note,
                    role: Role::parse(&role)?,
                    created_at: Timestamp(created),
                    expires_at: Timestamp(expires),
                })
            })
            .collect()
    }

    /// Withdraws an open invitation (it expires now), audited; `false` when it was used,
    /// expired or withdrawn meanwhile.
    pub async fn withdraw_invitation(
        &self,
        invitation: InvitationId,
        audit: &AuditEntry,
        now: Timestamp,
    ) -> Result<bool, StoreError> {
        let mut transaction = self.begin_write().await?;
        let changed = sqlx::query(
            "UPDATE invitations SET expires_at = $1, updated_at = $1 \
             WHERE id = $2 AND used_at IS NULL AND expires_at > $1",
        )
        .bind(now.as_millis())
        .bind(invitation.0)
        .execute(&mut *transaction)
        .await?
        .rows_affected();
        if changed == 0 {
            return Ok(false);
        }
        insert_audit(&mut transaction, audit, now).await?;
        transaction.commit().await?;
        Ok(true)
    }

    /// Records the interface language a member chose (a tag; empty forgets the choice).
    pub async fn set_interface_language(
        &self,
        user: UserId,
        tag: &str,
        now: Timestamp,
    ) -> Result<(), StoreError> {
        sqlx::query("UPDATE users SET interface_language = $1, updated_at = $2 WHERE id = $3")
            .bind(tag)
            .bind(now.as_millis())
            .bind(user.0)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    /// Replaces what a member shows others about themselves, audited.
    pub async fn update_profile(
        &self,
        user: UserId,
        profile: &Profile,
        audit: &AuditEntry,
        now: Timestamp,
    ) -> Result<(), StoreError> {
        let mut transaction = self.begin_write().await?;
        sqlx::query(
            "UPDATE users SET display_name = $1, pronouns = $2, languages = $3, region = $4, \
             updated_at = $5 WHERE id = $6",
        )
        .bind(&profile.display_name)
        .bind(&profile.pronouns)
        .bind(&profile.languages)
        .bind(&profile.region)
        .bind(now.as_millis())
        .bind(user.0)
        .execute(&mut *transaction)
        .await?;
        insert_audit(&mut transaction, audit, now).await?;
        transaction.commit().await?;
        Ok(())
    }
}

impl Store {
    /// Every handle taken or held (of members, and released by deleted accounts), in the
    /// compared form: to refuse a new handle that looks like one of them.
    pub async fn handle_keys_in_use(&self) -> Result<Vec<String>, StoreError> {
        Ok(sqlx::query_scalar(
            "SELECT handle_key FROM users UNION SELECT handle_key FROM released_handles",
        )
        .fetch_all(&self.pool)
        .await?)
    }
}

impl UnitOfWork {
    /// Uses an invitation to create the newcomer's account, in one transaction. Fails with
    /// [`StoreError::Conflict`] (`invitation_used`) when the invitation was used or expired
    /// meanwhile, so two people racing with one link never both get in.
    pub async fn accept_invitation(
        &mut self,
        invitation: InvitationId,
        user: &NewUser,
        roles: &[RoleGrant],
        voucher: Option<UserId>,
        audit: &AuditEntry,
    ) -> Result<UserId, StoreError> {
        let now = self.now();
        let transaction = self.transaction().await?;
        let claimed = sqlx::query(
            "UPDATE invitations SET used_at = $1, updated_at = $1 \
             WHERE id = $2 AND used_at IS NULL AND expires_at > $1",
        )
        .bind(now.as_millis())
        .bind(invitation.0)
        .execute(&mut **transaction)
        .await?
        .rows_affected();
        if claimed != 1 {
            return Err(StoreError::Conflict {
                constraint: "invitation_used".to_owned(),
            });
        }
        let id = insert_user(transaction, user, roles, now).await?;
        // The invitation is the inviter's vouch.
        sqlx::query("INSERT INTO vouches (user_id, voucher_id, created_at, updated_at) VALUES ($1, $2, $3, $3)")
            .bind(id.0)
            .bind(voucher.map(|v| v.0))
            .bind(now.as_millis())
            .execute(&mut **transaction)
            .await?;
        sqlx::query("UPDATE invitations SET used_by = $1 WHERE id = $2")
            .bind(id.0)
            .bind(invitation.0)
            .execute(&mut **transaction)
            .await?;
        let audit = AuditEntry {
            user_id: Some(id),
            ..audit.clone()
        };
        insert_audit(transaction, &audit, now).await?;
        Ok(id)
    }

    /// Opens a session after a successful sign-in: clears the failure count, stores a new
    /// password hash when it was upgraded, and records the event, in one transaction.
    pub async fn open_session(
        &mut self,
        user: UserId,
        session: &NewSession,
        upgraded_password_hash: Option<&str>,
        audit: &AuditEntry,
    ) -> Result<SessionId, StoreError> {
        let now = self.now();
        let transaction = self.transaction().await?;
        insert_session(
            transaction,
            user,
            session,
            upgraded_password_hash,
            audit,
            now,
        )
        .await
    }

    /// Creates a member with roles, recording `audit` in the same transaction.
    pub async fn create_user(
        &mut self,
        user: &NewUser,
        roles: &[RoleGrant],
        audit: &AuditEntry,
    ) -> Result<UserId, StoreError> {
        let now = self.now();
        let transaction = self.transaction().await?;
        let id = insert_user(transaction, user, roles, now).await?;
        let audit = AuditEntry {
            user_id: Some(id),
            ..audit.clone()
        };
        insert_audit(transaction, &audit, now).await?;
        Ok(id)
    }
}
