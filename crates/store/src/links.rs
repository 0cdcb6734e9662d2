//! The `[[links]]` of each page's approved revision (migration 0017): recorded when a revision
//! is approved, read by the wanted pages instead of rendering every page.

use std::collections::HashSet;

use braid_domain::ids::{PageId, SectionId};
use braid_domain::time::Timestamp;

use crate::{Store, StoreError};

/// Rows written by one `INSERT`: few statements, well under every backend's bind limit.
const LINKS_PER_INSERT: usize = 250;

/// A recorded link from a page outside the recycle bin.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LinkRecord {
    /// The title as written in the link.
    pub target_title: String,
    /// The title as the database folds it, to group links to one page.
    pub target_key: String,
    /// The page the link is on.
    pub page_id: PageId,
    /// That page's section.
    pub section_id: SectionId,
}

/// A page outside the recycle bin that some recorded link names.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LinkedPage {
    /// The page.
    pub page_id: PageId,
    /// Its section.
    pub section_id: SectionId,
    /// Its title as the database folds it (see [`LinkRecord::target_key`]).
    pub title_key: String,
}

impl Store {
    /// Records `titles` as the links of `page`'s approved revision `revision`, replacing what
    /// was recorded (for pages whose record lags: see [`Store::pages_with_unrecorded_links`]).
    /// Does nothing and returns `false` when `revision` is no longer the approved one. Logged
    /// as a change to the page when the links differ, so every node's wanted pages follow.
    pub async fn record_page_links(
        &self,
        page: PageId,
        revision: i64,
        titles: &[String],
        now: Timestamp,
    ) -> Result<bool, StoreError> {
        let mut transaction = self.begin_write().await?;
        let approved: Option<i64> =
            sqlx::query_scalar("SELECT approved_revision FROM pages WHERE id = $1")
                .bind(page.0)
                .fetch_optional(&mut *transaction)
                .await?;
        if approved != Some(revision) {
            transaction.rollback().await?;
            return Ok(false);
        }
        if replace_links(&mut transaction, page, revision, titles, now).await? {
            // A page's links change what it wants, not what any page shows.
            let change = crate::changes::append(
                &mut transaction,
                self.backend,
                braid_domain::change::EntityKind::Page,
                page.0,
                braid_domain::change::ChangeAction::Updated,
                now,
            )
            .await?;
            transaction.commit().await?;
            self.committed(&[change], crate::changes::Scope::Page(page));
        } else {
            transaction.commit().await?;
        }
        Ok(true)
    }

    /// Pages whose recorded links are not those of their approved revision, with that
    /// revision's number, at most `limit`.
    pub async fn pages_with_unrecorded_links(
        &self,
        limit: u32,
    ) -> Result<Vec<(PageId, i64)>, StoreError> {
        let rows: Vec<(i64, i64)> = sqlx::query_as(
            "SELECT id, approved_revision FROM pages \
             WHERE links_revision <> approved_revision AND approved_revision > 0 \
             ORDER BY id LIMIT $1",
        )
        .bind(i64::from(limit))
        .fetch_all(&self.pool)
        .await?;
        Ok(rows
            .into_iter()
            .map(|(page, revision)| (PageId(page), revision))
            .collect())
    }

    /// Every recorded link on a page outside the recycle bin.
    pub async fn live_links(&self) -> Result<Vec<LinkRecord>, StoreError> {
        let rows: Vec<(String, String, i64, i64)> = sqlx::query_as(
            "SELECT l.target_title, LOWER(l.target_title), l.page_id, p.section_id \
             FROM page_links l JOIN pages p ON p.id = l.page_id \
             WHERE p.deleted_at IS NULL ORDER BY l.page_id, l.target_title",
        )
        .fetch_all(&self.pool)
        .await?;
        Ok(rows
            .into_iter()
            .map(|(target_title, target_key, page, section)| LinkRecord {
                target_title,
                target_key,
                page_id: PageId(page),
                section_id: SectionId(section),
            })
            .collect())
    }

    /// The pages outside the recycle bin whose recorded links name `title` (any case), at
    /// most `limit`, by title: (page, its section).
    pub async fn pages_linking_to(
        &self,
        title: &str,
        limit: u32,
    ) -> Result<Vec<(PageId, SectionId)>, StoreError> {
        let rows: Vec<(i64, i64)> = sqlx::query_as(
            "SELECT p.id, p.section_id FROM page_links l JOIN pages p ON p.id = l.page_id \
             WHERE LOWER(l.target_title) = LOWER($1) AND p.deleted_at IS NULL \
             ORDER BY LOWER(p.title), p.id LIMIT $2",
        )
        .bind(title)
        .bind(i64::from(limit))
        .fetch_all(&self.pool)
        .await?;
        Ok(rows
            .into_iter()
            .map(|(page, section)| (PageId(page), SectionId(section)))
            .collect())
    }

    /// The pages outside the recycle bin that a recorded link names.
    pub async fn linked_pages(&self) -> Result<Vec<LinkedPage>, StoreError> {
        let rows: Vec<(i64, i64, String)> = sqlx::query_as(
            "SELECT t.id, t.section_id, LOWER(t.title) FROM pages t \
             WHERE t.deleted_at IS NULL AND EXISTS \
               (SELECT 1 FROM page_links l WHERE LOWER(l.target_title) = LOWER(t.title))",
        )
        .fetch_all(&self.pool)
        .await?;
        Ok(rows
            .into_iter()
            .map(|(page, section, title_key)| LinkedPage {
                page_id: PageId(page),
                section_id: SectionId(section),
                title_key,
            })
            .collect())
    }
}

/// Makes `titles` the recorded links of `page`, as of its approved revision `revision`, in the
/// caller's transaction. Returns whether they differ from those recorded before.
pub(crate) async fn replace_links(
    transaction: &mut sqlx::Transaction<'static, sqlx::Any>,
    page: PageId,
    revision: i64,
    titles: &[String],
    now: Timestamp,
) -> Result<bool, StoreError> {
    sqlx::query("UPDATE pages SET links_revision = $1 WHERE id = $2")
        .bind(revision)
        .bind(page.0)
        .execute(&mut **transaction)
        .await?;
    let recorded: HashSet<String> =
        sqlx::query_scalar("SELECT target_title FROM page_links WHERE page_id = $1")
            .bind(page.0)
            .fetch_all(&mut **transaction)
            .await?
            .into_iter()
            .collect();
    let titles: HashSet<&str> = titles.iter().map(String::as_str).collect();
    if recorded.len() == titles.len() && recorded.iter().all(|t| titles.contains(t.as_str())) {
        return Ok(false);
    }
    sqlx::query("DELETE FROM page_links WHERE page_id = $1")
        .bind(page.0)
        .execute(&mut **transaction)
        .await?;
    let titles: Vec<&str> = titles.into_iter().collect();
    for chunk in titles.chunks(LINKS_PER_INSERT) {
        let mut sql = String::from(
            "INSERT INTO page_links (page_id, target_title, created_at, updated_at) VALUES ",
        );
        for at in 0..chunk.len() {
            if at > 0 {
                sql.push_str(", ");
            }
            sql.push_str(&format!("($1, ${}, $2, $2)", at + 3));
        }
        let mut query = sqlx::query(sqlx::AssertSqlSafe(sql))
            .bind(page.0)
            .bind(now.as_millis());
        for title in chunk {
            query = query.bind(*title);
        }
        query.execute(&mut **transaction).await?;
    }
    Ok(true)
}
