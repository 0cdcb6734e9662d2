//! Wiki pages and their revisions. A save names the revision it replaces and succeeds only if
//! that is still the latest, so two saves can never silently overwrite each other: the loser
//! is told, and the service merges.

use braid_domain::change::{ChangeAction, EntityKind};
use braid_domain::ids::{PageId, SectionId, UserId};
use braid_domain::language::LanguageCode;
use braid_domain::time::Timestamp;
use braid_domain::wiki::{Page, ReviewState, Revision, Visibility};

use crate::{Store, StoreError, UnitOfWork};

/// A page attribute set on its own (not revisioned).
#[derive(Debug, Clone, Copy)]
enum PageAttribute {
    Visibility,
    Language,
}

/// A page to create, with its first revision.
#[derive(Debug, Clone)]
pub struct NewPage<'a> {
    /// Its section.
    pub section_id: SectionId,
    /// The page it sits under.
    pub parent_id: Option<PageId>,
    /// Its URL name, unique in the section.
    pub slug: &'a str,
    /// Who may read it.
    pub visibility: Visibility,
    /// The language it is written in (a code from `braid_domain::language`).
    pub language: &'a str,
    /// Whether readers see it at once (otherwise it waits for review).
    pub approved: bool,
    /// The first revision.
    pub revision: NewRevision<'a>,
}

/// A revision to save.
#[derive(Debug, Clone)]
pub struct NewRevision<'a> {
    /// The revision the author started from.
    pub base_number: Option<i64>,
    /// Who saves it.
    pub author_id: Option<UserId>,
    /// The name shown when there is no author account (seeded content).
    pub author_label: Option<&'a str>,
    /// Its title.
    pub title: &'a str,
    /// Its Markdown text.
    pub body: &'a str,
    /// The author's summary.
    pub summary: &'a str,
    /// The `[[links]]` of its text, recorded when it is saved approved.
    pub links: &'a [String],
}

named_row!(PageRow {
    id: i64,
    section_id: i64,
    parent_id: Option<i64>,
    slug: String,
    title: String,
    position: i64,
    visibility: String,
    current_revision: i64,
    approved_revision: i64,
    deleted_at: Option<i64>,
    created_at: i64,
    updated_at: i64,
    language: String,
    created_by: Option<i64>,
});

const PAGE_COLUMNS: &str = "id, section_id, parent_id, slug, title, position, visibility, \
                            current_revision, approved_revision, deleted_at, created_at, updated_at, \
                            language, created_by";

fn page_from_row(
    PageRow {
        id,
        section_id,
        parent_id,
        slug,
        title,
        position,
        visibility,
        current_revision,
        approved_revision,
        deleted_at,
        created_at,
        updated_at,
        language,
        created_by,
    }: PageRow,
) -> Result<Page, StoreError> {
    Ok(Page {
        id: PageId(id),
        section_id: SectionId(section_id),
        parent_id: parent_id.map(PageId),
        slug,
        title,
        position,
        visibility: Visibility::parse(&visibility)?,
        current_revision,
        approved_revision,
        deleted_at: deleted_at.map(Timestamp),
        created_at: Timestamp(created_at),
        updated_at: Timestamp(updated_at),
        language: LanguageCode::new(&language)?,
        created_by: created_by.map(UserId),
    })
}

named_row!(RevisionRow {
    number: i64,
    base_number: Option<i64>,
    author_id: Option<i64>,
    handle: Option<String>,
    title: String,
    body: String,
    summary: String,
    review: String,
    created_at: i64,
});

/// The columns of a [`RevisionRow`], from `page_revisions r LEFT JOIN users u`: a suppressed
/// revision reads as `suppressed` whatever its review state.
const REVISION_COLUMNS: &str = "r.number, r.base_number, r.author_id, \
     COALESCE(u.handle, r.author_label) AS handle, r.title, r.body, r.summary, \
     CASE WHEN r.suppressed_at IS NULL THEN r.review_state ELSE 'suppressed' END AS review, \
     r.created_at";

fn revision_from_row(
    RevisionRow {
        number,
        base_number,
        author_id,
        handle,
        title,
        body,
        summary,
        review,
        created_at,
    }: RevisionRow,
) -> Result<Revision, StoreError> {
    Ok(Revision {
        number,
        base_number,
        author_id: author_id.map(UserId),
        author: handle.unwrap_or_default(),
        title,
        body,
        summary,
        review: ReviewState::parse(&review)?,
        created_at: Timestamp(created_at),
    })
}

async fn insert_revision(
    transaction: &mut sqlx::Transaction<'static, sqlx::Any>,
    page: PageId,
    number: i64,
    revision: &NewRevision<'_>,
    review: ReviewState,
    now: Timestamp,
) -> Result<(), StoreError> {
    sqlx::query(
        "INSERT INTO page_revisions (page_id, number, base_number, author_id, author_label, title, \
                                     body, summary, review_state, created_at, updated_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $10, $9, $9)",
    )
    .bind(page.0)
    .bind(number)
    .bind(revision.base_number)
    .bind(revision.author_id.map(|u| u.0))
    .bind(revision.author_label)
    .bind(revision.title)
    .bind(revision.body)
    .bind(revision.summary)
    .bind(now.as_millis())
    .bind(review.as_str())
    .execute(&mut **transaction)
    .await?;
    Ok(())
}

/// The place of the last of the pages under `parent` (or at the top of the section), 0 when
/// there are none: a new or moved page goes after it.
async fn last_position(
    transaction: &mut sqlx::Transaction<'static, sqlx::Any>,
    section: SectionId,
    parent: Option<PageId>,
) -> Result<i64, StoreError> {
    // Two statements rather than `IS NOT DISTINCT FROM`, which PostgreSQL cannot answer from
    // the siblings' index.
    let last = match parent {
        None => sqlx::query_scalar(
            "SELECT MAX(position) FROM pages WHERE section_id = $1 AND parent_id IS NULL",
        )
        .bind(section.0),
        Some(parent) => sqlx::query_scalar(
            "SELECT MAX(position) FROM pages WHERE section_id = $1 AND parent_id = $2",
        )
        .bind(section.0)
        .bind(parent.0),
    };
    let last: Option<i64> = last.fetch_one(&mut **transaction).await?;
    Ok(last.unwrap_or(0))
}

/// The review state of a revision saved as approved or not.
fn review_state(approved: bool) -> ReviewState {
    if approved {
        ReviewState::Published
    } else {
        ReviewState::Pending
    }
}

impl Store {
    /// The page at `slug` in a section.
    pub async fn find_page(
        &self,
        section: SectionId,
        slug: &str,
    ) -> Result<Option<Page>, StoreError> {
        let row: Option<PageRow> = sqlx::query_as(sqlx::AssertSqlSafe(format!(
            "SELECT {PAGE_COLUMNS} FROM pages WHERE section_id = $1 AND slug = $2"
        )))
        .bind(section.0)
        .bind(slug)
        .fetch_optional(&self.pool)
        .await?;
        row.map(page_from_row).transpose()
    }

    /// The page with this id.
    pub async fn find_page_by_id(&self, page: PageId) -> Result<Option<Page>, StoreError> {
        let row: Option<PageRow> = sqlx::query_as(sqlx::AssertSqlSafe(format!(
            "SELECT {PAGE_COLUMNS} FROM pages WHERE id = $1"
        )))
        .bind(page.0)
        .fetch_optional(&self.pool)
        .await?;
        row.map(page_from_row).transpose()
    }

    /// Every page of a section, by parent then position.
    pub async fn section_pages(&self, section: SectionId) -> Result<Vec<Page>, StoreError> {
        let rows: Vec<PageRow> = sqlx::query_as(sqlx::AssertSqlSafe(format!(
            "SELECT {PAGE_COLUMNS} FROM pages WHERE section_id = $1 ORDER BY position, id"
        )))
        .bind(section.0)
        .fetch_all(&self.pool)
        .await?;
        rows.into_iter().map(page_from_row).collect()
    }

    /// The pages directly under `parent`, by position (through the siblings' index).
    pub async fn child_pages(
        &self,
        section: SectionId,
        parent: PageId,
    ) -> Result<Vec<Page>, StoreError> {
        let rows: Vec<PageRow> = sqlx::query_as(sqlx::AssertSqlSafe(format!(
            "SELECT {PAGE_COLUMNS} FROM pages WHERE section_id = $1 AND parent_id = $2 \
             ORDER BY position, id"
        )))
        .bind(section.0)
        .bind(parent.0)
        .fetch_all(&self.pool)
        .await?;
        rows.into_iter().map(page_from_row).collect()
    }

    /// Every page titled as one of `titles` (ignoring case), in any section, for `[[Title]]`
    /// links. A few indexed queries however many titles there are.
    pub async fn pages_titled(&self, titles: &[String]) -> Result<Vec<Page>, StoreError> {
        const TITLES_PER_QUERY: usize = 250;
        let mut pages = Vec::new();
        for chunk in titles.chunks(TITLES_PER_QUERY) {
            let placeholders: Vec<String> = (1..=chunk.len())
                .map(|at| format!("LOWER(${at})"))
                .collect();
            let mut query = sqlx::query_as(sqlx::AssertSqlSafe(format!(
                "SELECT {PAGE_COLUMNS} FROM pages WHERE LOWER(title) IN ({}) ORDER BY id",
                placeholders.join(", ")
            )));
            for title in chunk {
                query = query.bind(title.as_str());
            }
            let rows: Vec<PageRow> = query.fetch_all(&self.pool).await?;
            for row in rows {
                pages.push(page_from_row(row)?);
            }
        }
        Ok(pages)
    }

    /// A revision by its row id (what the change log names), with its page.
    pub async fn revision_by_row(
        &self,
        row: i64,
    ) -> Result<Option<(PageId, Revision)>, StoreError> {
        let found: Option<(i64, i64)> =
            sqlx::query_as("SELECT page_id, number FROM page_revisions WHERE id = $1")
                .bind(row)
                .fetch_optional(&self.pool)
                .await?;
        let Some((page, number)) = found.map(|(page, number)| (PageId(page), number)) else {
            return Ok(None);
        };
        Ok(self
            .revision(page, number)
            .await?
            .map(|revision| (page, revision)))
    }

    /// Revision `number` of a page.
    pub async fn revision(
        &self,
        page: PageId,
        number: i64,
    ) -> Result<Option<Revision>, StoreError> {
        let row: Option<RevisionRow> = sqlx::query_as(sqlx::AssertSqlSafe(format!(
            "SELECT {REVISION_COLUMNS} \
                 FROM page_revisions r LEFT JOIN users u ON u.id = r.author_id \
                 WHERE r.page_id = $1 AND r.number = $2"
        )))
        .bind(page.0)
        .bind(number)
        .fetch_optional(&self.pool)
        .await?;
        row.map(revision_from_row).transpose()
    }

    /// A page's revisions, newest first, at most `limit`.
    pub async fn revisions(&self, page: PageId, limit: u32) -> Result<Vec<Revision>, StoreError> {
        let rows: Vec<RevisionRow> = sqlx::query_as(sqlx::AssertSqlSafe(format!(
            "SELECT {REVISION_COLUMNS} \
                 FROM page_revisions r LEFT JOIN users u ON u.id = r.author_id \
                 WHERE r.page_id = $1 ORDER BY r.number DESC LIMIT $2"
        )))
        .bind(page.0)
        .bind(i64::from(limit))
        .fetch_all(&self.pool)
        .await?;
        rows.into_iter().map(revision_from_row).collect()
    }

    /// Every page in the recycle bin, most recently deleted first.
    pub async fn deleted_pages(&self) -> Result<Vec<Page>, StoreError> {
        let rows: Vec<PageRow> = sqlx::query_as(sqlx::AssertSqlSafe(format!(
            "SELECT {PAGE_COLUMNS} FROM pages WHERE deleted_at IS NOT NULL ORDER BY deleted_at DESC"
        )))
        .fetch_all(&self.pool)
        .await?;
        rows.into_iter().map(page_from_row).collect()
    }

    /// The names of a page's contributors, in order of their first revision; deleted
    /// accounts appear as `None`.
    pub async fn page_contributors(&self, page: PageId) -> Result<Vec<Option<String>>, StoreError> {
        let rows: Vec<(Option<String>, i64)> = sqlx::query_as(
            "SELECT COALESCE(u.handle, r.author_label), MIN(r.number) AS first FROM page_revisions r \
             LEFT JOIN users u ON u.id = r.author_id \
             WHERE r.page_id = $1 AND r.review_state = 'published' AND r.suppressed_at IS NULL \
             GROUP BY r.author_id, u.handle, r.author_label ORDER BY first",
        )
        .bind(page.0)
        .fetch_all(&self.pool)
        .await?;
        Ok(rows.into_iter().map(|(handle, _)| handle).collect())
    }
}

/// A revision in the hub-wide list of recent changes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RecentRevision {
    /// The page.
    pub page_id: PageId,
    /// Its section.
    pub section_id: SectionId,
    /// Its slug now.
    pub slug: String,
    /// The revision.
    pub revision: Revision,
}

impl Store {
    /// Revisions across the hub, newest first: `limit` of them after skipping `offset`,
    /// optionally only in one section or by one author.
    pub async fn recent_revisions(
        &self,
        section: Option<SectionId>,
        author: Option<UserId>,
        offset: u32,
        limit: u32,
    ) -> Result<Vec<RecentRevision>, StoreError> {
        named_row!(RecentRow {
            page_id: i64,
            section_id: i64,
            slug: String,
            number: i64,
            base_number: Option<i64>,
            author_id: Option<i64>,
            handle: Option<String>,
            title: String,
            summary: String,
            review: String,
            created_at: i64,
        });
        // The bodies are left out: the list needs none, and they are most of a revision.
        let rows: Vec<RecentRow> = sqlx::query_as(
            "SELECT p.id AS page_id, p.section_id, p.slug, r.number, r.base_number, r.author_id, \
                    COALESCE(u.handle, r.author_label) AS handle, r.title, r.summary, \
                    CASE WHEN r.suppressed_at IS NULL THEN r.review_state ELSE 'suppressed' END AS review, \
                    r.created_at \
             FROM page_revisions r JOIN pages p ON p.id = r.page_id \
             LEFT JOIN users u ON u.id = r.author_id \
             WHERE ($1 IS NULL OR p.section_id = $1) AND ($2 IS NULL OR r.author_id = $2) \
             ORDER BY r.created_at DESC, r.id DESC LIMIT $3 OFFSET $4",
        )
        .bind(section.map(|s| s.0))
        .bind(author.map(|a| a.0))
        .bind(i64::from(limit))
        .bind(i64::from(offset))
        .fetch_all(&self.pool)
        .await?;
        rows.into_iter()
            .map(|row| {
                Ok(RecentRevision {
                    page_id: PageId(row.page_id),
                    section_id: SectionId(row.section_id),
                    slug: row.slug,
                    revision: revision_from_row(RevisionRow {
                        number: row.number,
                        base_number: row.base_number,
                        author_id: row.author_id,
                        handle: row.handle,
                        title: row.title,
                        body: String::new(),
                        summary: row.summary,
                        review: row.review,
                        created_at: row.created_at,
                    })?,
                })
            })
            .collect()
    }
}

/// A page's new place.
#[derive(Debug, Clone)]
pub struct PageMove<'a> {
    /// The page and, with it, its sub-pages (`pages[0]` is the page itself).
    pub pages: &'a [PageId],
    /// The section they go to.
    pub section_id: SectionId,
    /// The page's new parent (its sub-pages keep theirs).
    pub parent_id: Option<PageId>,
}

impl Store {
    /// The page an old address in a section now points to.
    pub async fn find_redirect(
        &self,
        section: SectionId,
        slug: &str,
    ) -> Result<Option<PageId>, StoreError> {
        let id: Option<i64> = sqlx::query_scalar(
            "SELECT page_id FROM page_redirects WHERE section_id = $1 AND slug = $2",
        )
        .bind(section.0)
        .bind(slug)
        .fetch_optional(&self.pool)
        .await?;
        Ok(id.map(PageId))
    }
}

impl Store {
    /// Pages with revisions waiting for review, oldest change first, each with its latest
    /// pending revision's number.
    pub async fn pages_awaiting_review(&self) -> Result<Vec<(Page, i64)>, StoreError> {
        let rows: Vec<PageRow> = sqlx::query_as(sqlx::AssertSqlSafe(format!(
            // From the waiting revisions (a partial index) to their pages, not a look at every
            // page: the cost follows what waits, not the size of the hub (issue 29).
            "SELECT {PAGE_COLUMNS} FROM pages p WHERE deleted_at IS NULL AND id IN \
               (SELECT page_id FROM page_revisions WHERE review_state = 'pending') \
             ORDER BY updated_at"
        )))
        .fetch_all(&self.pool)
        .await?;
        let mut pages = Vec::with_capacity(rows.len());
        for row in rows {
            let page = page_from_row(row)?;
            let pending: i64 = sqlx::query_scalar(
                "SELECT MAX(number) FROM page_revisions WHERE page_id = $1 AND review_state = 'pending'",
            )
            .bind(page.id.0)
            .fetch_one(&self.pool)
            .await?;
            pages.push((page, pending));
        }
        Ok(pages)
    }

    /// How many pages outside the recycle bin have revisions or files waiting for review.
    pub async fn pages_awaiting_review_count(&self) -> Result<u64, StoreError> {
        let count: i64 = sqlx::query_scalar(
            // Driven by the two partial indexes of what waits: every editor's page view asks
            // this after each write, and a look at every page cost 2 index probes per page.
            "SELECT COUNT(*) FROM pages WHERE deleted_at IS NULL AND id IN \
               (SELECT page_id FROM page_revisions WHERE review_state = 'pending' \
                UNION SELECT page_id FROM attachments WHERE approved_at IS NULL)",
        )
        .fetch_one(&self.pool)
        .await?;
        Ok(u64::try_from(count).unwrap_or(0))
    }

    /// Whether a member's wiki edits skip review.
    pub async fn is_wiki_trusted(&self, user: UserId) -> Result<bool, StoreError> {
        let at: Option<Option<i64>> =
            sqlx::query_scalar("SELECT wiki_trusted_at FROM users WHERE id = $1")
                .bind(user.0)
                .fetch_optional(&self.pool)
                .await?;
        Ok(at.flatten().is_some())
    }
}

/// A template for new pages.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TemplateRecord {
    /// Its id.
    pub id: i64,
    /// Its name ("Exercise").
    pub name: String,
    /// The Markdown a new page starts with.
    pub body: String,
    /// The language it is written in.
    pub language: String,
}

impl Store {
    /// A page's labels, alphabetically.
    pub async fn page_labels(&self, page: PageId) -> Result<Vec<String>, StoreError> {
        Ok(
            sqlx::query_scalar("SELECT label FROM page_labels WHERE page_id = $1 ORDER BY label")
                .bind(page.0)
                .fetch_all(&self.pool)
                .await?,
        )
    }

    /// Every (page, label) pair, for label pages and filters.
    pub async fn all_page_labels(&self) -> Result<Vec<(PageId, SectionId, String)>, StoreError> {
        let rows: Vec<(i64, i64, String)> = sqlx::query_as(
            "SELECT l.page_id, p.section_id, l.label FROM page_labels l \
             JOIN pages p ON p.id = l.page_id ORDER BY l.label, l.page_id",
        )
        .fetch_all(&self.pool)
        .await?;
        Ok(rows
            .into_iter()
            .map(|(page, section, label)| (PageId(page), SectionId(section), label))
            .collect())
    }

    /// Every template, by name.
    pub async fn templates(&self) -> Result<Vec<TemplateRecord>, StoreError> {
        let rows: Vec<(i64, String, String, String)> =
            sqlx::query_as("SELECT id, name, body, language FROM page_templates ORDER BY name")
                .fetch_all(&self.pool)
                .await?;
        Ok(rows
            .into_iter()
            .map(|(id, name, body, language)| TemplateRecord {
                id,
                name,
                body,
                language,
            })
            .collect())
    }

    /// Creates a template (`id` None) or replaces one. A taken name is a conflict.
    pub async fn save_template(
        &self,
        id: Option<i64>,
        name: &str,
        body: &str,
        language: &str,
        now: Timestamp,
    ) -> Result<(), StoreError> {
        match id {
            None => {
                sqlx::query(
                    "INSERT INTO page_templates (name, body, language, created_at, updated_at) \
                     VALUES ($1, $2, $3, $4, $4)",
                )
                .bind(name)
                .bind(body)
                .bind(language)
                .bind(now.as_millis())
                .execute(&self.pool)
                .await?;
            }
            Some(id) => {
                sqlx::query(
                    "UPDATE page_templates SET name = $1, body = $2, language = $3, updated_at = $4 \
                     WHERE id = $5",
                )
                .bind(name)
                .bind(body)
                .bind(language)
                .bind(now.as_millis())
                .bind(id)
                .execute(&self.pool)
                .await?;
            }
        }
        Ok(())
    }

    /// Deletes a template.
    pub async fn delete_template(&self, id: i64) -> Result<(), StoreError> {
        sqlx::query("DELETE FROM page_templates WHERE id = $1")
            .bind(id)
            .execute(&self.pool)
            .await?;
        Ok(())
    }
}

impl UnitOfWork {
    /// Creates a page with its first revision, at the end of its siblings. A taken slug is a
    /// [`StoreError::Conflict`] on `pages_section_id_slug_key`.
    pub async fn create_page(&mut self, page: &NewPage<'_>) -> Result<PageId, StoreError> {
        let now = self.now();
        let transaction = self.transaction().await?;
        let position = last_position(transaction, page.section_id, page.parent_id).await? + 1;
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO pages (section_id, parent_id, slug, title, position, visibility, \
                                current_revision, approved_revision, created_at, updated_at, language, \
                                created_by) \
             VALUES ($1, $2, $3, $4, $5, $6, 1, $7, $8, $8, $9, $10) RETURNING id",
        )
        .bind(page.section_id.0)
        .bind(page.parent_id.map(|p| p.0))
        .bind(page.slug)
        .bind(page.revision.title)
        .bind(position)
        .bind(page.visibility.as_str())
        .bind(i64::from(page.approved))
        .bind(now.as_millis())
        .bind(page.language)
        .bind(page.revision.author_id.map(|author| author.0))
        .fetch_one(&mut **transaction)
        .await?;
        insert_revision(
            transaction,
            PageId(id),
            1,
            &page.revision,
            review_state(page.approved),
            now,
        )
        .await?;
        if page.approved {
            crate::links::replace_links(transaction, PageId(id), 1, page.revision.links, now)
                .await?;
        }
        self.log(EntityKind::Page, id, ChangeAction::Created)
            .await?;
        Ok(PageId(id))
    }

    /// Saves a revision if `replaces` is still the page's latest: returns its number, or
    /// `None` when another save came first (nothing is written then).
    pub async fn save_revision(
        &mut self,
        page: PageId,
        replaces: i64,
        revision: &NewRevision<'_>,
        approve: bool,
    ) -> Result<Option<i64>, StoreError> {
        let now = self.now();
        let transaction = self.transaction().await?;
        // The title shown follows the approved revision; a pending one keeps it.
        let claimed = sqlx::query(
            "UPDATE pages SET current_revision = current_revision + 1, \
                              title = CASE WHEN $1 THEN $2 ELSE title END, \
                              approved_revision = CASE WHEN $1 THEN current_revision + 1 ELSE approved_revision END, \
                              updated_at = $3 \
             WHERE id = $4 AND current_revision = $5",
        )
        .bind(approve)
        .bind(revision.title)
        .bind(now.as_millis())
        .bind(page.0)
        .bind(replaces)
        .execute(&mut **transaction)
        .await?
        .rows_affected();
        if claimed != 1 {
            return Ok(None);
        }
        let number = replaces + 1;
        insert_revision(
            transaction,
            page,
            number,
            revision,
            review_state(approve),
            now,
        )
        .await?;
        if approve {
            crate::links::replace_links(transaction, page, number, revision.links, now).await?;
        }
        self.log_page_updated(page).await?;
        Ok(Some(number))
    }

    /// Moves a page to the recycle bin (`deleted`) or back out of it.
    pub async fn set_page_deleted(
        &mut self,
        page: PageId,
        deleted: bool,
    ) -> Result<(), StoreError> {
        let now = self.now();
        let transaction = self.transaction().await?;
        sqlx::query("UPDATE pages SET deleted_at = $1, updated_at = $2 WHERE id = $3")
            .bind(deleted.then(|| now.as_millis()))
            .bind(now.as_millis())
            .bind(page.0)
            .execute(&mut **transaction)
            .await?;
        let action = if deleted {
            ChangeAction::Deleted
        } else {
            ChangeAction::Updated
        };
        self.log(EntityKind::Page, page.0, action).await?;
        Ok(())
    }

    /// Sets who may read a page.
    pub async fn set_page_visibility(
        &mut self,
        page: PageId,
        visibility: Visibility,
    ) -> Result<(), StoreError> {
        self.set_page_attribute(page, PageAttribute::Visibility, visibility.as_str())
            .await
    }

    /// Sets the language a page is written in.
    pub async fn set_page_language(
        &mut self,
        page: PageId,
        language: &str,
    ) -> Result<(), StoreError> {
        self.set_page_attribute(page, PageAttribute::Language, language)
            .await
    }

    /// Replaces a page's labels.
    pub async fn set_page_labels(
        &mut self,
        page: PageId,
        labels: &[String],
    ) -> Result<(), StoreError> {
        let now = self.now();
        let transaction = self.transaction().await?;
        sqlx::query("DELETE FROM page_labels WHERE page_id = $1")
            .bind(page.0)
            .execute(&mut **transaction)
            .await?;
        for label in labels {
            sqlx::query(
                "INSERT INTO page_labels (page_id, label, created_at, updated_at) VALUES ($1, $2, $3, $3)",
            )
            .bind(page.0)
            .bind(label)
            .bind(now.as_millis())
            .execute(&mut **transaction)
            .await?;
        }
        self.log_page_updated(page).await?;
        Ok(())
    }

    /// Moves a page (and its sub-pages) under a new parent, possibly in another section. Each
    /// page that changes section leaves a redirect at its old address. A slug already taken
    /// in the target section is a [`StoreError::Conflict`].
    pub async fn move_page(&mut self, moving: &PageMove<'_>) -> Result<(), StoreError> {
        let Some((&page, _)) = moving.pages.split_first() else {
            return Ok(());
        };
        let now = self.now();
        let transaction = self.transaction().await?;
        let position = last_position(transaction, moving.section_id, moving.parent_id).await? + 1;
        for &id in moving.pages {
            let (section, slug): (i64, String) =
                sqlx::query_as("SELECT section_id, slug FROM pages WHERE id = $1")
                    .bind(id.0)
                    .fetch_one(&mut **transaction)
                    .await?;
            if section != moving.section_id.0 {
                // The page takes its address in the target section back from any redirect.
                sqlx::query("DELETE FROM page_redirects WHERE section_id = $1 AND slug = $2")
                    .bind(moving.section_id.0)
                    .bind(&slug)
                    .execute(&mut **transaction)
                    .await?;
                // An address can only point one way: the newest move wins it.
                sqlx::query("DELETE FROM page_redirects WHERE section_id = $1 AND slug = $2")
                    .bind(section)
                    .bind(&slug)
                    .execute(&mut **transaction)
                    .await?;
                sqlx::query(
                    "INSERT INTO page_redirects (section_id, slug, page_id, created_at, updated_at) \
                     VALUES ($1, $2, $3, $4, $4)",
                )
                .bind(section)
                .bind(&slug)
                .bind(id.0)
                .bind(now.as_millis())
                .execute(&mut **transaction)
                .await?;
                sqlx::query("UPDATE pages SET section_id = $1, updated_at = $2 WHERE id = $3")
                    .bind(moving.section_id.0)
                    .bind(now.as_millis())
                    .bind(id.0)
                    .execute(&mut **transaction)
                    .await?;
            }
        }
        sqlx::query(
            "UPDATE pages SET parent_id = $1, position = $2, updated_at = $3 WHERE id = $4",
        )
        .bind(moving.parent_id.map(|p| p.0))
        .bind(position)
        .bind(now.as_millis())
        .bind(page.0)
        .execute(&mut **transaction)
        .await?;
        self.log_page_updated(page).await?;
        Ok(())
    }

    /// Makes revision `number` the one readers see, if it is still the page's latest (so an
    /// editor never approves a save they have not seen). Sets its title and records `links`,
    /// its text's `[[links]]`. Returns whether it did.
    pub async fn approve_revision(
        &mut self,
        page: PageId,
        number: i64,
        links: &[String],
    ) -> Result<bool, StoreError> {
        let now = self.now();
        let transaction = self.transaction().await?;
        let title: Option<String> = sqlx::query_scalar(
            "SELECT title FROM page_revisions WHERE page_id = $1 AND number = $2",
        )
        .bind(page.0)
        .bind(number)
        .fetch_optional(&mut **transaction)
        .await?;
        let Some(title) = title else {
            return Ok(false);
        };
        let approved = sqlx::query(
            "UPDATE pages SET approved_revision = $1, title = $2, updated_at = $3 \
             WHERE id = $4 AND current_revision = $1",
        )
        .bind(number)
        .bind(&title)
        .bind(now.as_millis())
        .bind(page.0)
        .execute(&mut **transaction)
        .await?
        .rows_affected();
        if approved != 1 {
            return Ok(false);
        }
        crate::links::replace_links(transaction, page, number, links, now).await?;
        // The approved revision and the pending ones it was written on top of (its author's
        // earlier saves) are published together: its text holds theirs.
        let mut next = Some(number);
        while let Some(at) = next {
            let row: Option<(Option<i64>, String)> = sqlx::query_as(
                "SELECT base_number, review_state FROM page_revisions WHERE page_id = $1 AND number = $2",
            )
            .bind(page.0)
            .bind(at)
            .fetch_optional(&mut **transaction)
            .await?;
            let Some((base, review)) = row else { break };
            if at != number && review != ReviewState::Pending.as_str() {
                break;
            }
            sqlx::query(
                "UPDATE page_revisions SET review_state = 'published', updated_at = $1 \
                 WHERE page_id = $2 AND number = $3",
            )
            .bind(now.as_millis())
            .bind(page.0)
            .bind(at)
            .execute(&mut **transaction)
            .await?;
            next = base.filter(|base| *base < at);
        }
        self.log_page_updated(page).await?;
        Ok(true)
    }

    /// Marks a pending revision sent back. Returns whether it was pending.
    pub async fn send_back_revision(
        &mut self,
        page: PageId,
        number: i64,
    ) -> Result<bool, StoreError> {
        let now = self.now();
        let transaction = self.transaction().await?;
        let marked = sqlx::query(
            "UPDATE page_revisions SET review_state = 'sent_back', updated_at = $1 \
             WHERE page_id = $2 AND number = $3 AND review_state = 'pending'",
        )
        .bind(now.as_millis())
        .bind(page.0)
        .bind(number)
        .execute(&mut **transaction)
        .await?
        .rows_affected();
        if marked != 1 {
            return Ok(false);
        }
        self.log_page_updated(page).await?;
        Ok(true)
    }

    /// Suppresses a revision that is not the page's published text, with the reason, audited;
    /// a pending one leaves the review queue. `false` when there is no such revision, it is
    /// the published text, or it was suppressed already.
    pub async fn suppress_revision(
        &mut self,
        page: PageId,
        number: i64,
        reason: &str,
        audit: &crate::AuditEntry,
    ) -> Result<bool, StoreError> {
        let now = self.now();
        let transaction = self.transaction().await?;
        let changed = sqlx::query(
            "UPDATE page_revisions SET suppressed_at = $1, suppressed_reason = $2, updated_at = $1, \
                    review_state = CASE WHEN review_state = 'pending' THEN 'sent_back' ELSE review_state END \
             WHERE page_id = $3 AND number = $4 AND suppressed_at IS NULL \
               AND number <> (SELECT approved_revision FROM pages WHERE id = $3)",
        )
        .bind(now.as_millis())
        .bind(reason)
        .bind(page.0)
        .bind(number)
        .execute(&mut **transaction)
        .await?
        .rows_affected();
        if changed == 0 {
            return Ok(false);
        }
        crate::accounts::insert_audit(transaction, audit, now).await?;
        self.log_page_updated(page).await?;
        Ok(true)
    }

    async fn set_page_attribute(
        &mut self,
        page: PageId,
        attribute: PageAttribute,
        value: &str,
    ) -> Result<(), StoreError> {
        let column = match attribute {
            PageAttribute::Visibility => "visibility",
            PageAttribute::Language => "language",
        };
        let now = self.now();
        let transaction = self.transaction().await?;
        sqlx::query(sqlx::AssertSqlSafe(format!(
            "UPDATE pages SET {column} = $1, updated_at = $2 WHERE id = $3"
        )))
        .bind(value)
        .bind(now.as_millis())
        .bind(page.0)
        .execute(&mut **transaction)
        .await?;
        self.log_page_updated(page).await?;
        Ok(())
    }

    /// Swaps the places of two sibling pages.
    pub async fn swap_positions(&mut self, a: &Page, b: &Page) -> Result<(), StoreError> {
        let now = self.now();
        for (page, position) in [(a, b.position), (b, a.position)] {
            sqlx::query("UPDATE pages SET position = $1, updated_at = $2 WHERE id = $3")
                .bind(position)
                .bind(now.as_millis())
                .bind(page.id.0)
                .execute(&mut **self.transaction().await?)
                .await?;
            self.log_page_updated(page.id).await?;
        }
        Ok(())
    }

    /// Lets a member's wiki edits skip review from now on.
    pub async fn trust_for_wiki(&mut self, user: UserId) -> Result<(), StoreError> {
        let now = self.now();
        sqlx::query(
            "UPDATE users SET wiki_trusted_at = $1 WHERE id = $2 AND wiki_trusted_at IS NULL",
        )
        .bind(now.as_millis())
        .bind(user.0)
        .execute(&mut **self.transaction().await?)
        .await?;
        Ok(())
    }

    /// Logs that revision `number` of `page` was published to readers, for the followers that
    /// tell watchers (see [`EntityKind::Revision`]).
    pub async fn log_published(&mut self, page: PageId, number: i64) -> Result<(), StoreError> {
        let row: i64 =
            sqlx::query_scalar("SELECT id FROM page_revisions WHERE page_id = $1 AND number = $2")
                .bind(page.0)
                .bind(number)
                .fetch_one(&mut **self.transaction().await?)
                .await?;
        self.log_about(EntityKind::Revision, row, ChangeAction::Created, Some(page))
            .await
    }
}
