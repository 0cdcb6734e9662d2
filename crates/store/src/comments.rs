//! Comments on wiki pages.

use braid_domain::change::{ChangeAction, EntityKind};
use braid_domain::ids::{CommentId, PageId, UserId};
use braid_domain::time::Timestamp;

use crate::{Store, StoreError, UnitOfWork};

/// A comment as stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CommentRecord {
    /// Its id.
    pub id: CommentId,
    /// The page it is on.
    pub page_id: PageId,
    /// The comment it replies to; `None` for a thread's first comment.
    pub parent_id: Option<CommentId>,
    /// Who wrote it; `None` once their account is deleted.
    pub author_id: Option<UserId>,
    /// Their handle, when the account exists.
    pub author: Option<String>,
    /// Markdown; empty once deleted.
    pub body: String,
    /// When its thread was resolved.
    pub resolved_at: Option<Timestamp>,
    /// When its author last changed it.
    pub edited_at: Option<Timestamp>,
    /// When it was deleted.
    pub deleted_at: Option<Timestamp>,
    /// When it was written.
    pub created_at: Timestamp,
}

named_row!(CommentRow {
    id: i64,
    page_id: i64,
    parent_id: Option<i64>,
    author_id: Option<i64>,
    author: Option<String>,
    body: String,
    resolved_at: Option<i64>,
    edited_at: Option<i64>,
    deleted_at: Option<i64>,
    created_at: i64,
});

fn comment_from_row(
    CommentRow {
        id,
        page_id,
        parent_id,
        author_id,
        author,
        body,
        resolved_at,
        edited_at,
        deleted_at,
        created_at,
    }: CommentRow,
) -> CommentRecord {
    CommentRecord {
        id: CommentId(id),
        page_id: PageId(page_id),
        parent_id: parent_id.map(CommentId),
        author_id: author_id.map(UserId),
        author,
        body,
        resolved_at: resolved_at.map(Timestamp),
        edited_at: edited_at.map(Timestamp),
        deleted_at: deleted_at.map(Timestamp),
        created_at: Timestamp(created_at),
    }
}

impl Store {
    /// A page's comments, oldest first.
    pub async fn page_comments(&self, page: PageId) -> Result<Vec<CommentRecord>, StoreError> {
        let rows: Vec<CommentRow> = sqlx::query_as(
            "SELECT c.id, c.page_id, c.parent_id, c.author_id, u.handle AS author, c.body, c.resolved_at, \
                    c.edited_at, c.deleted_at, c.created_at \
             FROM page_comments c LEFT JOIN users u ON u.id = c.author_id \
             WHERE c.page_id = $1 ORDER BY c.id",
        )
        .bind(page.0)
        .fetch_all(&self.pool)
        .await?;
        Ok(rows.into_iter().map(comment_from_row).collect())
    }

    /// A member's comments, oldest first (for their own export).
    pub async fn comments_by(&self, author: UserId) -> Result<Vec<CommentRecord>, StoreError> {
        let rows: Vec<CommentRow> = sqlx::query_as(
            "SELECT c.id, c.page_id, c.parent_id, c.author_id, u.handle AS author, c.body, c.resolved_at, \
                    c.edited_at, c.deleted_at, c.created_at \
             FROM page_comments c LEFT JOIN users u ON u.id = c.author_id \
             WHERE c.author_id = $1 ORDER BY c.id",
        )
        .bind(author.0)
        .fetch_all(&self.pool)
        .await?;
        Ok(rows.into_iter().map(comment_from_row).collect())
    }

    /// One comment.
    pub async fn find_comment(&self, id: CommentId) -> Result<Option<CommentRecord>, StoreError> {
        let row: Option<CommentRow> = sqlx::query_as(
            "SELECT c.id, c.page_id, c.parent_id, c.author_id, u.handle AS author, c.body, c.resolved_at, \
                    c.edited_at, c.deleted_at, c.created_at \
             FROM page_comments c LEFT JOIN users u ON u.id = c.author_id WHERE c.id = $1",
        )
        .bind(id.0)
        .fetch_optional(&self.pool)
        .await?;
        Ok(row.map(comment_from_row))
    }
}

impl UnitOfWork {
    /// Adds a comment (a reply when `parent` is set, which must be on the same page).
    pub async fn add_comment(
        &mut self,
        page: PageId,
        parent: Option<CommentId>,
        author: UserId,
        body: &str,
    ) -> Result<CommentId, StoreError> {
        let now = self.now();
        let transaction = self.transaction().await?;
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO page_comments (page_id, parent_id, author_id, body, resolved_at, resolved_by, \
                                        edited_at, deleted_at, created_at, updated_at) \
             VALUES ($1, $2, $3, $4, NULL, NULL, NULL, NULL, $5, $5) RETURNING id",
        )
        .bind(page.0)
        .bind(parent.map(|p| p.0))
        .bind(author.0)
        .bind(body)
        .bind(now.as_millis())
        .fetch_one(&mut **transaction)
        .await?;
        self.log(EntityKind::Comment, id, ChangeAction::Created)
            .await?;
        Ok(CommentId(id))
    }

    /// Replaces a comment's text (`None`: deletes it, keeping its place for its replies).
    pub async fn change_comment(
        &mut self,
        id: CommentId,
        body: Option<&str>,
    ) -> Result<(), StoreError> {
        let now = self.now();
        let transaction = self.transaction().await?;
        match body {
            Some(body) => {
                sqlx::query("UPDATE page_comments SET body = $1, edited_at = $2, updated_at = $2 WHERE id = $3")
                    .bind(body)
                    .bind(now.as_millis())
                    .bind(id.0)
                    .execute(&mut **transaction)
                    .await?;
            }
            None => {
                sqlx::query("UPDATE page_comments SET body = '', deleted_at = $1, updated_at = $1 WHERE id = $2")
                    .bind(now.as_millis())
                    .bind(id.0)
                    .execute(&mut **transaction)
                    .await?;
            }
        }
        let action = if body.is_some() {
            ChangeAction::Updated
        } else {
            ChangeAction::Deleted
        };
        self.log(EntityKind::Comment, id.0, action).await?;
        Ok(())
    }

    /// Resolves a thread (`by` set) or reopens it (`None`).
    pub async fn set_comment_resolved(
        &mut self,
        id: CommentId,
        by: Option<UserId>,
    ) -> Result<(), StoreError> {
        let now = self.now();
        let transaction = self.transaction().await?;
        sqlx::query("UPDATE page_comments SET resolved_at = $1, resolved_by = $2, updated_at = $3 WHERE id = $4")
            .bind(by.map(|_| now.as_millis()))
            .bind(by.map(|u| u.0))
            .bind(now.as_millis())
            .bind(id.0)
            .execute(&mut **transaction)
            .await?;
        self.log(EntityKind::Comment, id.0, ChangeAction::Updated)
            .await?;
        Ok(())
    }
}
