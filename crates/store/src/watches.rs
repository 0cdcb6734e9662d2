//! Who watches which page or section, their in-app notifications, and review-by dates.

use braid_domain::change::{ChangeAction, EntityKind};
use braid_domain::ids::{PageId, SectionId, ThreadId, UserId};
use braid_domain::time::Timestamp;

use crate::{Store, StoreError, UnitOfWork};

/// A notification as stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NotificationRecord {
    /// Its id.
    pub id: i64,
    /// `page_changed`, `review_due`…
    pub kind: String,
    /// The page it is about.
    pub page_id: Option<PageId>,
    /// The discussion thread it is about.
    pub thread_id: Option<ThreadId>,
    /// What to say (e.g. the edit summary).
    pub detail: String,
    /// When it was read.
    pub read_at: Option<Timestamp>,
    /// When it was made.
    pub created_at: Timestamp,
}

impl Store {
    /// Starts (`on`) or stops watching a page or a section (exactly one of them). Logged as a
    /// change to the member, so that every node's kept watches follow.
    pub async fn set_watch(
        &self,
        user: UserId,
        page: Option<PageId>,
        section: Option<SectionId>,
        on: bool,
        now: Timestamp,
    ) -> Result<(), StoreError> {
        let mut transaction = self.begin_write().await?;
        sqlx::query(
            "DELETE FROM watches WHERE user_id = $1 AND page_id IS NOT DISTINCT FROM $2 \
             AND section_id IS NOT DISTINCT FROM $3",
        )
        .bind(user.0)
        .bind(page.map(|p| p.0))
        .bind(section.map(|s| s.0))
        .execute(&mut *transaction)
        .await?;
        if on {
            sqlx::query(
                "INSERT INTO watches (user_id, page_id, section_id, created_at, updated_at) \
                 VALUES ($1, $2, $3, $4, $4)",
            )
            .bind(user.0)
            .bind(page.map(|p| p.0))
            .bind(section.map(|s| s.0))
            .bind(now.as_millis())
            .execute(&mut *transaction)
            .await?;
        }
        self.commit_logged(
            transaction,
            EntityKind::Member,
            user.0,
            ChangeAction::Updated,
            now,
        )
        .await?;
        Ok(())
    }

    /// What the member watches: (page, section) pairs, exactly one of each set.
    pub async fn watches_of(
        &self,
        user: UserId,
    ) -> Result<Vec<(Option<PageId>, Option<SectionId>)>, StoreError> {
        let rows: Vec<(Option<i64>, Option<i64>)> =
            sqlx::query_as("SELECT page_id, section_id FROM watches WHERE user_id = $1")
                .bind(user.0)
                .fetch_all(&self.pool)
                .await?;
        Ok(rows
            .into_iter()
            .map(|(page, section)| (page.map(PageId), section.map(SectionId)))
            .collect())
    }

    /// Everyone watching the page or its section.
    pub async fn watchers(
        &self,
        page: PageId,
        section: SectionId,
    ) -> Result<Vec<UserId>, StoreError> {
        let ids: Vec<i64> = sqlx::query_scalar(
            "SELECT DISTINCT user_id FROM watches WHERE page_id = $1 OR section_id = $2 ORDER BY user_id",
        )
        .bind(page.0)
        .bind(section.0)
        .fetch_all(&self.pool)
        .await?;
        Ok(ids.into_iter().map(UserId).collect())
    }

    /// A member's notifications, newest first, at most `limit`.
    pub async fn notifications(
        &self,
        user: UserId,
        limit: u32,
    ) -> Result<Vec<NotificationRecord>, StoreError> {
        named_row!(NotificationRow {
            id: i64,
            kind: String,
            page_id: Option<i64>,
            thread_id: Option<i64>,
            detail: String,
            read_at: Option<i64>,
            created_at: i64,
        });
        let rows: Vec<NotificationRow> = sqlx::query_as(
            "SELECT id, kind, page_id, thread_id, detail, read_at, created_at FROM notifications \
             WHERE user_id = $1 ORDER BY id DESC LIMIT $2",
        )
        .bind(user.0)
        .bind(i64::from(limit))
        .fetch_all(&self.pool)
        .await?;
        Ok(rows
            .into_iter()
            .map(
                |NotificationRow {
                     id,
                     kind,
                     page_id,
                     thread_id,
                     detail,
                     read_at,
                     created_at,
                 }| NotificationRecord {
                    id,
                    kind,
                    page_id: page_id.map(PageId),
                    thread_id: thread_id.map(ThreadId),
                    detail,
                    read_at: read_at.map(Timestamp),
                    created_at: Timestamp(created_at),
                },
            )
            .collect())
    }

    /// Marks all of a member's notifications read.
    pub async fn mark_notifications_read(
        &self,
        user: UserId,
        now: Timestamp,
    ) -> Result<(), StoreError> {
        sqlx::query("UPDATE notifications SET read_at = $1, updated_at = $1 WHERE user_id = $2 AND read_at IS NULL")
            .bind(now.as_millis())
            .bind(user.0)
            .execute(&self.pool)
            .await?;
        Ok(())
    }

    /// Sets (or clears) the date by which a page's advice should be checked again.
    pub async fn set_review_by(
        &self,
        page: PageId,
        review_by: Option<Timestamp>,
        now: Timestamp,
    ) -> Result<(), StoreError> {
        let mut transaction = self.begin_write().await?;
        sqlx::query("UPDATE pages SET review_by = $1, review_reminded_at = NULL, updated_at = $2 WHERE id = $3")
            .bind(review_by.map(Timestamp::as_millis))
            .bind(now.as_millis())
            .bind(page.0)
            .execute(&mut *transaction)
            .await?;
        self.commit_page_updated(transaction, page, now).await?;
        Ok(())
    }

    /// Pages due for review by `due` (with their review-by date), soonest first.
    pub async fn pages_due_for_review(
        &self,
        due: Timestamp,
    ) -> Result<Vec<(PageId, Timestamp, Option<Timestamp>)>, StoreError> {
        let rows: Vec<(i64, i64, Option<i64>)> = sqlx::query_as(
            "SELECT id, review_by, review_reminded_at FROM pages \
             WHERE review_by IS NOT NULL AND review_by <= $1 AND deleted_at IS NULL ORDER BY review_by",
        )
        .bind(due.as_millis())
        .fetch_all(&self.pool)
        .await?;
        Ok(rows
            .into_iter()
            .map(|(id, by, reminded)| (PageId(id), Timestamp(by), reminded.map(Timestamp)))
            .collect())
    }

    /// A page's review-by date.
    pub async fn review_by(&self, page: PageId) -> Result<Option<Timestamp>, StoreError> {
        let at: Option<Option<i64>> =
            sqlx::query_scalar("SELECT review_by FROM pages WHERE id = $1")
                .bind(page.0)
                .fetch_optional(&self.pool)
                .await?;
        Ok(at.flatten().map(Timestamp))
    }
}

impl UnitOfWork {
    /// Gives each of `users` a notification.
    pub async fn notify(
        &mut self,
        users: &[UserId],
        kind: &str,
        page: Option<PageId>,
        detail: &str,
    ) -> Result<(), StoreError> {
        let now = self.now();
        let transaction = self.transaction().await?;
        for user in users {
            sqlx::query(
                "INSERT INTO notifications (user_id, kind, page_id, detail, read_at, created_at, updated_at) \
                 VALUES ($1, $2, $3, $4, NULL, $5, $5)",
            )
            .bind(user.0)
            .bind(kind)
            .bind(page.map(|p| p.0))
            .bind(detail)
            .bind(now.as_millis())
            .execute(&mut **transaction)
            .await?;
        }
        Ok(())
    }

    /// Records that a page's watchers were reminded of its review.
    pub async fn review_reminded(&mut self, page: PageId) -> Result<(), StoreError> {
        let now = self.now();
        sqlx::query("UPDATE pages SET review_reminded_at = $1 WHERE id = $2")
            .bind(now.as_millis())
            .bind(page.0)
            .execute(&mut **self.transaction().await?)
            .await?;
        Ok(())
    }
}
