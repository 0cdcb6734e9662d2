//! Files attached to wiki pages (the rows; the bytes live in the data directory).

use braid_domain::change::{ChangeAction, EntityKind};
use braid_domain::ids::{PageId, UserId};
use braid_domain::time::Timestamp;

use crate::{Store, StoreError};

/// An attachment as stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AttachmentRecord {
    /// Its random public id.
    pub public_id: String,
    /// The page it belongs to.
    pub page_id: PageId,
    /// Who uploaded it; `None` once their account is deleted.
    pub uploader_id: Option<UserId>,
    /// Its (cleaned) file name.
    pub file_name: String,
    /// What its bytes are (`text::files::FileKind` name).
    pub kind: String,
    /// Its size in bytes.
    pub size: i64,
    /// The SHA-256 of its bytes, hex: where they are stored.
    pub sha256: String,
    /// When it was uploaded.
    pub created_at: Timestamp,
    /// Whether readers of its page may see it: uploaded by a member whose edits skip review,
    /// or approved by an editor.
    pub approved: bool,
}

named_row!(Row {
    public_id: String,
    page_id: i64,
    uploader_id: Option<i64>,
    file_name: String,
    kind: String,
    size: i64,
    sha256: String,
    created_at: i64,
    approved_at: Option<i64>,
});

/// The columns a [`Row`] is read from.
const COLUMNS: &str =
    "public_id, page_id, uploader_id, file_name, kind, size, sha256, created_at, approved_at";

fn from_row(
    Row {
        public_id,
        page_id,
        uploader_id,
        file_name,
        kind,
        size,
        sha256,
        created_at,
        approved_at,
    }: Row,
) -> AttachmentRecord {
    AttachmentRecord {
        public_id,
        page_id: PageId(page_id),
        uploader_id: uploader_id.map(UserId),
        file_name,
        kind,
        size,
        sha256,
        created_at: Timestamp(created_at),
        approved: approved_at.is_some(),
    }
}

impl Store {
    /// Records an attachment whose bytes are already stored.
    pub async fn add_attachment(&self, attachment: &AttachmentRecord) -> Result<(), StoreError> {
        let mut transaction = self.begin_write().await?;
        sqlx::query(
            "INSERT INTO attachments (public_id, page_id, uploader_id, file_name, kind, size, sha256, \
                                      created_at, updated_at, approved_at) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $8, $9)",
        )
        .bind(&attachment.public_id)
        .bind(attachment.page_id.0)
        .bind(attachment.uploader_id.map(|u| u.0))
        .bind(&attachment.file_name)
        .bind(&attachment.kind)
        .bind(attachment.size)
        .bind(&attachment.sha256)
        .bind(attachment.created_at.as_millis())
        .bind(attachment.approved.then(|| attachment.created_at.as_millis()))
        .execute(&mut *transaction)
        .await?;
        self.commit_logged(
            transaction,
            EntityKind::Page,
            attachment.page_id.0,
            ChangeAction::Updated,
            attachment.created_at,
        )
        .await?;
        Ok(())
    }

    /// A page's attachments, oldest first.
    pub async fn page_attachments(
        &self,
        page: PageId,
    ) -> Result<Vec<AttachmentRecord>, StoreError> {
        let rows: Vec<Row> = sqlx::query_as(sqlx::AssertSqlSafe(format!(
            "SELECT {COLUMNS} FROM attachments WHERE page_id = $1 ORDER BY id"
        )))
        .bind(page.0)
        .fetch_all(&self.pool)
        .await?;
        Ok(rows.into_iter().map(from_row).collect())
    }

    /// The attachment with this public id.
    pub async fn find_attachment(
        &self,
        public_id: &str,
    ) -> Result<Option<AttachmentRecord>, StoreError> {
        let row: Option<Row> = sqlx::query_as(sqlx::AssertSqlSafe(format!(
            "SELECT {COLUMNS} FROM attachments WHERE public_id = $1"
        )))
        .bind(public_id)
        .fetch_optional(&self.pool)
        .await?;
        Ok(row.map(from_row))
    }

    /// Removes an attachment's row (its bytes may serve another attachment).
    pub async fn delete_attachment(
        &self,
        public_id: &str,
        now: Timestamp,
    ) -> Result<(), StoreError> {
        let mut transaction = self.begin_write().await?;
        let page: Option<i64> =
            sqlx::query_scalar("DELETE FROM attachments WHERE public_id = $1 RETURNING page_id")
                .bind(public_id)
                .fetch_optional(&mut *transaction)
                .await?;
        let Some(page) = page else {
            return Ok(());
        };
        self.commit_logged(
            transaction,
            EntityKind::Page,
            page,
            ChangeAction::Updated,
            now,
        )
        .await?;
        Ok(())
    }
}

impl Store {
    /// Attachments waiting for an editor, oldest first.
    pub async fn waiting_attachments(&self) -> Result<Vec<AttachmentRecord>, StoreError> {
        let rows: Vec<Row> = sqlx::query_as(sqlx::AssertSqlSafe(format!(
            "SELECT {COLUMNS} FROM attachments WHERE approved_at IS NULL ORDER BY id"
        )))
        .fetch_all(&self.pool)
        .await?;
        Ok(rows.into_iter().map(from_row).collect())
    }

    /// Lets readers of its page see a waiting attachment.
    pub async fn approve_attachment(
        &self,
        public_id: &str,
        now: Timestamp,
    ) -> Result<(), StoreError> {
        let mut transaction = self.begin_write().await?;
        let page: Option<i64> = sqlx::query_scalar(
            "UPDATE attachments SET approved_at = $1, updated_at = $1 \
             WHERE public_id = $2 AND approved_at IS NULL RETURNING page_id",
        )
        .bind(now.as_millis())
        .bind(public_id)
        .fetch_optional(&mut *transaction)
        .await?;
        let Some(page) = page else {
            return Ok(());
        };
        self.commit_logged(
            transaction,
            EntityKind::Page,
            page,
            ChangeAction::Updated,
            now,
        )
        .await?;
        Ok(())
    }
}
