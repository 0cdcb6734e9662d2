//! The change log: an append-only list of what changed, read in id order by followers.

use std::collections::{BTreeSet, HashMap};
use std::sync::Mutex;
use std::sync::atomic::{AtomicI64, AtomicU64, Ordering};

use braid_domain::change::{ChangeAction, EntityKind};
use braid_domain::ids::{ChangeId, PageId};
use braid_domain::time::Timestamp;

use crate::{Backend, Store, StoreError};

/// One row of the change log.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Change {
    /// Its position in the log.
    pub id: ChangeId,
    /// The kind of entity, or `None` for one this build does not know.
    pub entity_kind: Option<EntityKind>,
    /// The entity's id.
    pub entity_id: i64,
    /// What happened.
    pub action: ChangeAction,
    /// When it was written.
    pub created_at: Timestamp,
}

/// Appends a change inside the caller's transaction, so the change is committed exactly when
/// the write it describes is.
pub(crate) async fn append(
    transaction: &mut sqlx::Transaction<'static, sqlx::Any>,
    backend: Backend,
    kind: EntityKind,
    entity_id: i64,
    action: ChangeAction,
    now: Timestamp,
) -> Result<ChangeId, StoreError> {
    if backend == Backend::Postgres {
        // PostgreSQL hands out identity values before commit, so without this a follower could
        // see change 11 committed while change 10 is still in flight, move its cursor past 10
        // and never see it. Serialising appends until commit makes ids visible in order.
        sqlx::query("SELECT pg_advisory_xact_lock(4242001)")
            .execute(&mut **transaction)
            .await?;
    }
    let id: i64 = sqlx::query_scalar(
        "INSERT INTO change_log (entity_kind, entity_id, action, created_at, updated_at) \
         VALUES ($1, $2, $3, $4, $4) RETURNING id",
    )
    .bind(kind.as_str())
    .bind(entity_id)
    .bind(action.as_str())
    .bind(now.as_millis())
    .fetch_one(&mut **transaction)
    .await?;
    Ok(ChangeId(id))
}

/// How far one follower has read the change log.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FollowerCursor {
    /// The follower's name.
    pub consumer: String,
    /// The last change it applied.
    pub cursor: ChangeId,
    /// Its last failure since it last moved on, and when.
    pub last_error: Option<(String, Timestamp)>,
    /// When the cursor last moved (or the follower last failed).
    pub updated_at: Timestamp,
}

impl<'r> sqlx::FromRow<'r, sqlx::any::AnyRow> for FollowerCursor {
    fn from_row(row: &'r sqlx::any::AnyRow) -> Result<Self, sqlx::Error> {
        use sqlx::Row;
        let last_error: Option<String> = row.try_get("last_error")?;
        let last_error_at: Option<i64> = row.try_get("last_error_at")?;
        Ok(FollowerCursor {
            consumer: row.try_get("consumer")?,
            cursor: ChangeId(row.try_get("last_change_id")?),
            last_error: last_error.zip(last_error_at.map(Timestamp)),
            updated_at: Timestamp(row.try_get("updated_at")?),
        })
    }
}

/// Moves `consumer`'s cursor to `to` (never backwards) and clears its last error.
pub(crate) async fn advance_cursor(
    connection: &mut sqlx::AnyConnection,
    consumer: &str,
    to: ChangeId,
    now: Timestamp,
) -> Result<(), StoreError> {
    sqlx::query(
        "INSERT INTO change_log_cursors (consumer, last_change_id, created_at, updated_at) \
         VALUES ($1, $2, $3, $3) \
         ON CONFLICT (consumer) DO UPDATE SET \
           last_change_id = CASE WHEN excluded.last_change_id > change_log_cursors.last_change_id \
                                 THEN excluded.last_change_id ELSE change_log_cursors.last_change_id END, \
           last_error = NULL, last_error_at = NULL, \
           updated_at = excluded.updated_at",
    )
    .bind(consumer)
    .bind(to.0)
    .bind(now.as_millis())
    .execute(connection)
    .await?;
    Ok(())
}

/// See [`Store::content_version`]. Only equality and order within one process mean anything.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct ContentVersion(pub u64);

/// What [`Store::content_version`] counts, shared by every clone of a store. The three
/// versions are taken from one counter, so each only grows and a later change always carries
/// a larger number, whatever its scope.
#[derive(Debug, Default)]
pub(crate) struct Versions {
    content: AtomicU64,
    /// The content version at the last change not confined to one page.
    structure: AtomicU64,
    /// The content version at each page's last change confined to it, where that is newer
    /// than the structure's.
    pages: Mutex<HashMap<PageId, u64>>,
    /// The change id the last look at the log's end found.
    latest_seen: AtomicI64,
    /// Changes this process committed past `latest_seen`: the look at the log's end knows
    /// them already, so they do not count as another process's.
    own: Mutex<BTreeSet<i64>>,
}

/// What a committed change touched, for the versions it moves.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Scope {
    /// Only this page's own content: its text (not its title), its labels, its links. Its
    /// place, its title, its visibility, its language and whether it is published did not
    /// change.
    Page(PageId),
    /// Only the discussion (categories, threads, posts): nothing the wiki shows, so no
    /// version moves (the discussion keeps nothing between requests).
    Discussion,
    /// Anything else: the structure of the hub (titles, trees, visibility, sections,
    /// settings, members).
    Hub,
}

impl Store {
    /// Changes after `after`, oldest first, at most `limit`.
    pub async fn changes_after(
        &self,
        after: ChangeId,
        limit: u32,
    ) -> Result<Vec<Change>, StoreError> {
        let rows: Vec<(i64, String, i64, String, i64)> = sqlx::query_as(
            "SELECT id, entity_kind, entity_id, action, created_at FROM change_log \
             WHERE id > $1 ORDER BY id LIMIT $2",
        )
        .bind(after.0)
        .bind(i64::from(limit))
        .fetch_all(&self.pool)
        .await?;
        rows.into_iter()
            .map(|(id, kind, entity_id, action, created_at)| {
                Ok(Change {
                    id: ChangeId(id),
                    entity_kind: EntityKind::parse(&kind),
                    entity_id,
                    action: ChangeAction::parse(&action).ok_or_else(|| {
                        StoreError::Corrupt(format!("change {id} has unknown action {action:?}"))
                    })?,
                    created_at: Timestamp(created_at),
                })
            })
            .collect()
    }

    /// The newest change id, or 0 when the log is empty. When it moved since the last call,
    /// the content version moves too: that is how this process learns of changes that other
    /// processes (other nodes, `braid admin`) committed.
    pub async fn latest_change_id(&self) -> Result<ChangeId, StoreError> {
        let id: Option<i64> = sqlx::query_scalar("SELECT MAX(id) FROM change_log")
            .fetch_one(&self.pool)
            .await?;
        let id = id.unwrap_or(0);
        let seen = self.versions.latest_seen.swap(id, Ordering::SeqCst);
        if seen < id {
            // Changes this process committed moved its versions when they committed; any
            // other (another node's, `braid admin`'s, or a gap) is taken as hub-wide.
            let all_own = match self.versions.own.lock() {
                Ok(mut own) => {
                    let all = (seen + 1..=id).all(|change| own.contains(&change));
                    *own = own.split_off(&(id + 1));
                    all
                }
                Err(_) => false,
            };
            if !all_own {
                self.content_changed(Scope::Hub);
            }
        } else if seen > id {
            self.content_changed(Scope::Hub);
        }
        Ok(ChangeId(id))
    }

    /// The content version: it moves whenever a change is committed, so anything built from
    /// the tables the change log follows stays current while this stays the same. Asking
    /// costs no query. This process's own writes move it the moment they commit; other
    /// processes' writes move it at the next [`Store::latest_change_id`], which the server
    /// calls twice a second.
    pub fn content_version(&self) -> ContentVersion {
        ContentVersion(self.versions.content.load(Ordering::SeqCst))
    }

    /// The structure version: like the content version, but it stays when a change is
    /// confined to one page's own content (see [`UnitOfWork::confine_to_page`]). What is built
    /// from titles, trees, visibility and sections stays current while it stands.
    ///
    /// [`UnitOfWork::confine_to_page`]: crate::UnitOfWork::confine_to_page
    pub fn structure_version(&self) -> ContentVersion {
        ContentVersion(self.versions.structure.load(Ordering::SeqCst))
    }

    /// The version of one page: it moves with the structure and with every change confined
    /// to that page, so what is built from the page alone (its row, revisions, labels,
    /// comments) and the structure stays current while it stands.
    pub fn page_version(&self, page: PageId) -> ContentVersion {
        let structure = self.versions.structure.load(Ordering::SeqCst);
        match self.versions.pages.lock() {
            Ok(pages) => ContentVersion(structure.max(pages.get(&page).copied().unwrap_or(0))),
            // Unknown: the content version, which every change moves, is never too old.
            Err(_) => self.content_version(),
        }
    }

    /// Ends a write that readers see: appends one change to the log, commits, and moves the
    /// content version.
    pub(crate) async fn commit_logged(
        &self,
        mut transaction: sqlx::Transaction<'static, sqlx::Any>,
        kind: EntityKind,
        entity_id: i64,
        action: ChangeAction,
        now: Timestamp,
    ) -> Result<ChangeId, StoreError> {
        let id = append(&mut transaction, self.backend, kind, entity_id, action, now).await?;
        transaction.commit().await?;
        self.committed(&[id], Scope::Hub);
        Ok(id)
    }

    /// [`Self::commit_logged`] for the commonest write: something about one page changed.
    pub(crate) async fn commit_page_updated(
        &self,
        transaction: sqlx::Transaction<'static, sqlx::Any>,
        page: braid_domain::ids::PageId,
        now: Timestamp,
    ) -> Result<ChangeId, StoreError> {
        self.commit_logged(
            transaction,
            EntityKind::Page,
            page.0,
            ChangeAction::Updated,
            now,
        )
        .await
    }

    /// Called after every commit that appended `changes` to the change log. After, never
    /// before: a reader that took the old version must not be able to build from the old rows
    /// and keep the result under the new version.
    pub(crate) fn committed(&self, changes: &[ChangeId], scope: Scope) {
        if let Ok(mut own) = self.versions.own.lock() {
            let seen = self.versions.latest_seen.load(Ordering::SeqCst);
            own.extend(
                changes
                    .iter()
                    .map(|change| change.0)
                    .filter(|&id| id > seen),
            );
            // Unlooked-at for long (no server asks): forgetting only makes the next look
            // take them as another process's, which costs the caches, not correctness.
            if own.len() > 100_000 {
                own.clear();
            }
        }
        self.content_changed(scope);
    }

    /// Moves the content version, and the structure's or the page's with it.
    fn content_changed(&self, scope: Scope) {
        if scope == Scope::Discussion {
            return;
        }
        let version = self.versions.content.fetch_add(1, Ordering::SeqCst) + 1;
        match scope {
            Scope::Page(page) => {
                if let Ok(mut pages) = self.versions.pages.lock() {
                    let at = pages.entry(page).or_default();
                    *at = (*at).max(version);
                } else {
                    self.versions.structure.fetch_max(version, Ordering::SeqCst);
                }
            }
            Scope::Discussion => {}
            Scope::Hub => {
                self.versions.structure.fetch_max(version, Ordering::SeqCst);
                // A page's own version below the structure's says nothing more. One above it
                // was set by a later change, which stays.
                if let Ok(mut pages) = self.versions.pages.lock() {
                    pages.retain(|_, at| *at > version);
                }
            }
        }
    }

    /// How far `consumer` has read the log (0 when it never read).
    pub async fn change_cursor(&self, consumer: &str) -> Result<ChangeId, StoreError> {
        let id: Option<i64> =
            sqlx::query_scalar("SELECT last_change_id FROM change_log_cursors WHERE consumer = $1")
                .bind(consumer)
                .fetch_optional(&self.pool)
                .await?;
        Ok(ChangeId(id.unwrap_or(0)))
    }

    /// Records that `consumer` has handled every change up to `to`. Never moves backwards.
    pub async fn advance_change_cursor(
        &self,
        consumer: &str,
        to: ChangeId,
        now: Timestamp,
    ) -> Result<(), StoreError> {
        let mut work = self.unit_of_work(now);
        work.advance_change_cursor(consumer, to).await?;
        work.commit().await?;
        Ok(())
    }

    /// Records that `consumer` failed to apply the changes after its cursor, for the status
    /// page; the next successful advance clears it.
    pub async fn record_follower_error(
        &self,
        consumer: &str,
        error: &str,
        now: Timestamp,
    ) -> Result<(), StoreError> {
        sqlx::query(
            "INSERT INTO change_log_cursors (consumer, last_change_id, last_error, last_error_at, \
                                             created_at, updated_at) \
             VALUES ($1, 0, $2, $3, $3, $3) \
             ON CONFLICT (consumer) DO UPDATE SET last_error = excluded.last_error, \
               last_error_at = excluded.last_error_at",
        )
        .bind(consumer)
        .bind(error)
        .bind(now.as_millis())
        .execute(&self.pool)
        .await?;
        Ok(())
    }

    /// Every follower's cursor with its last error, by name.
    pub async fn follower_cursors(&self) -> Result<Vec<FollowerCursor>, StoreError> {
        Ok(sqlx::query_as::<_, FollowerCursor>(
            "SELECT consumer, last_change_id, last_error, last_error_at, updated_at \
             FROM change_log_cursors ORDER BY consumer",
        )
        .fetch_all(&self.pool)
        .await?)
    }

    /// Forgets how far `consumer` got, so it follows the log again from the start (a
    /// follower whose own state was lost, such as a search index rebuilt from nothing).
    pub async fn reset_change_cursor(&self, consumer: &str) -> Result<(), StoreError> {
        sqlx::query("DELETE FROM change_log_cursors WHERE consumer = $1")
            .bind(consumer)
            .execute(&self.pool)
            .await?;
        Ok(())
    }
}
