//! Sections of the wiki.

use braid_domain::change::{ChangeAction, EntityKind};
use braid_domain::ids::SectionId;
use braid_domain::section::{NewSection, Section, SectionGroup, SectionSlug};
use braid_domain::time::Timestamp;
use braid_domain::wiki::{Licence, Visibility};

use crate::{Backend, Store, StoreError, changes};

named_row!(SectionRow {
    id: i64,
    slug: String,
    title: String,
    summary: String,
    group_name: String,
    position: i64,
    visibility: String,
    licence: String,
});

const SECTION_COLUMNS: &str = "id, slug, title, summary, group_name, position, visibility, licence";

fn section_from_row(
    SectionRow {
        id,
        slug,
        title,
        summary,
        group_name: group,
        position,
        visibility,
        licence,
    }: SectionRow,
) -> Result<Section, StoreError> {
    Ok(Section {
        id: SectionId(id),
        slug: SectionSlug::new(&slug)?,
        title,
        summary,
        group: SectionGroup::parse(&group)?,
        position,
        visibility: Visibility::parse(&visibility)?,
        licence: Licence::parse(&licence)?,
    })
}

impl Store {
    /// Every section, in hub order.
    pub async fn list_sections(&self) -> Result<Vec<Section>, StoreError> {
        let rows: Vec<SectionRow> = sqlx::query_as(sqlx::AssertSqlSafe(format!(
            "SELECT {SECTION_COLUMNS} FROM sections ORDER BY position, id"
        )))
        .fetch_all(&self.pool)
        .await?;
        rows.into_iter().map(section_from_row).collect()
    }

    /// The section with this slug, if there is one.
    pub async fn find_section(&self, slug: &SectionSlug) -> Result<Option<Section>, StoreError> {
        let row: Option<SectionRow> = sqlx::query_as(sqlx::AssertSqlSafe(format!(
            "SELECT {SECTION_COLUMNS} FROM sections WHERE slug = $1"
        )))
        .bind(slug.as_str())
        .fetch_optional(&self.pool)
        .await?;
        row.map(section_from_row).transpose()
    }

    /// Creates a section and records the change.
    pub async fn create_section(
        &self,
        section: &NewSection,
        now: Timestamp,
    ) -> Result<Section, StoreError> {
        let mut transaction = self.begin_write().await?;
        let id = insert_section(&mut transaction, self.backend, section, now).await?;
        transaction.commit().await?;
        self.committed(&[], crate::changes::Scope::Hub);
        Ok(Section {
            id,
            slug: section.slug.clone(),
            title: section.title.clone(),
            summary: section.summary.clone(),
            group: section.group,
            position: section.position,
            visibility: Visibility::Public,
            licence: Licence::CcBySa4,
        })
    }
}

/// Inserts a section and records its creation in the change log, in the caller's transaction.
pub(crate) async fn insert_section(
    transaction: &mut sqlx::Transaction<'static, sqlx::Any>,
    backend: Backend,
    section: &NewSection,
    now: Timestamp,
) -> Result<SectionId, StoreError> {
    let id: i64 = sqlx::query_scalar(
        "INSERT INTO sections (slug, title, summary, group_name, position, created_at, updated_at) \
         VALUES ($1, $2, $3, $4, $5, $6, $6) RETURNING id",
    )
    .bind(section.slug.as_str())
    .bind(&section.title)
    .bind(&section.summary)
    .bind(section.group.as_str())
    .bind(section.position)
    .bind(now.as_millis())
    .fetch_one(&mut **transaction)
    .await?;
    changes::append(
        transaction,
        backend,
        EntityKind::Section,
        id,
        ChangeAction::Created,
        now,
    )
    .await?;
    Ok(SectionId(id))
}

impl Store {
    /// Sets the licence of a section's pages.
    pub async fn set_section_licence(
        &self,
        section: SectionId,
        licence: Licence,
        now: Timestamp,
    ) -> Result<(), StoreError> {
        let mut transaction = self.begin_write().await?;
        sqlx::query("UPDATE sections SET licence = $1, updated_at = $2 WHERE id = $3")
            .bind(licence.id())
            .bind(now.as_millis())
            .bind(section.0)
            .execute(&mut *transaction)
            .await?;
        self.commit_logged(
            transaction,
            EntityKind::Section,
            section.0,
            ChangeAction::Updated,
            now,
        )
        .await?;
        Ok(())
    }
}

impl Store {
    /// Sets who may read a section and its pages.
    pub async fn set_section_visibility(
        &self,
        section: SectionId,
        visibility: Visibility,
        now: Timestamp,
    ) -> Result<(), StoreError> {
        let mut transaction = self.begin_write().await?;
        sqlx::query("UPDATE sections SET visibility = $1, updated_at = $2 WHERE id = $3")
            .bind(visibility.as_str())
            .bind(now.as_millis())
            .bind(section.0)
            .execute(&mut *transaction)
            .await?;
        self.commit_logged(
            transaction,
            EntityKind::Section,
            section.0,
            ChangeAction::Updated,
            now,
        )
        .await?;
        Ok(())
    }
}

impl Store {
    /// Adds a section after the others, readable as `visibility`. A slug already taken is a
    /// [`StoreError::Conflict`].
    pub async fn add_section(
        &self,
        section: &NewSection,
        visibility: Visibility,
        now: Timestamp,
    ) -> Result<SectionId, StoreError> {
        let mut transaction = self.begin_write().await?;
        let last: Option<i64> = sqlx::query_scalar("SELECT MAX(position) FROM sections")
            .fetch_one(&mut *transaction)
            .await?;
        let placed = NewSection {
            position: last.unwrap_or(0) + 1,
            ..section.clone()
        };
        let id = insert_section(&mut transaction, self.backend, &placed, now).await?;
        sqlx::query("UPDATE sections SET visibility = $1 WHERE id = $2")
            .bind(visibility.as_str())
            .bind(id.0)
            .execute(&mut *transaction)
            .await?;
        transaction.commit().await?;
        self.committed(&[], crate::changes::Scope::Hub);
        Ok(id)
    }

    /// Changes a section's title, description and group (its address stays).
    pub async fn update_section(
        &self,
        section: SectionId,
        title: &str,
        summary: &str,
        group: SectionGroup,
        now: Timestamp,
    ) -> Result<(), StoreError> {
        let mut transaction = self.begin_write().await?;
        sqlx::query(
            "UPDATE sections SET title = $1, summary = $2, group_name = $3, updated_at = $4 \
             WHERE id = $5",
        )
        .bind(title)
        .bind(summary)
        .bind(group.as_str())
        .bind(now.as_millis())
        .bind(section.0)
        .execute(&mut *transaction)
        .await?;
        self.commit_logged(
            transaction,
            EntityKind::Section,
            section.0,
            ChangeAction::Updated,
            now,
        )
        .await?;
        Ok(())
    }

    /// Gives each listed section its position in the list: the hub's new order.
    pub async fn order_sections(
        &self,
        order: &[SectionId],
        now: Timestamp,
    ) -> Result<(), StoreError> {
        let mut transaction = self.begin_write().await?;
        for (section, position) in order.iter().zip(1_i64..) {
            sqlx::query("UPDATE sections SET position = $1, updated_at = $2 WHERE id = $3")
                .bind(position)
                .bind(now.as_millis())
                .bind(section.0)
                .execute(&mut *transaction)
                .await?;
        }
        let first = order.first().map_or(0, |section| section.0);
        self.commit_logged(
            transaction,
            EntityKind::Section,
            first,
            ChangeAction::Updated,
            now,
        )
        .await?;
        Ok(())
    }

    /// Removes a section that holds no page at all, not even a deleted one; `false` (and
    /// nothing removed) when it holds some.
    pub async fn remove_empty_section(
        &self,
        section: SectionId,
        now: Timestamp,
    ) -> Result<bool, StoreError> {
        let mut transaction = self.begin_write().await?;
        let pages: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM pages WHERE section_id = $1")
            .bind(section.0)
            .fetch_one(&mut *transaction)
            .await?;
        if pages > 0 {
            return Ok(false);
        }
        // Old addresses of pages since moved elsewhere.
        sqlx::query("DELETE FROM page_redirects WHERE section_id = $1")
            .bind(section.0)
            .execute(&mut *transaction)
            .await?;
        sqlx::query("DELETE FROM sections WHERE id = $1")
            .bind(section.0)
            .execute(&mut *transaction)
            .await?;
        self.commit_logged(
            transaction,
            EntityKind::Section,
            section.0,
            ChangeAction::Deleted,
            now,
        )
        .await?;
        Ok(true)
    }
}

/// A section's title and description in another language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SectionTranslation {
    /// The section.
    pub section_id: SectionId,
    /// The language.
    pub language: String,
    /// Its title in that language.
    pub title: String,
    /// Its description in that language.
    pub summary: String,
}

impl Store {
    /// Every section's titles and descriptions in other languages.
    pub async fn sections_in_other_languages(&self) -> Result<Vec<SectionTranslation>, StoreError> {
        let rows: Vec<(i64, String, String, String)> = sqlx::query_as(
            "SELECT section_id, language, title, summary FROM section_translations \
             ORDER BY section_id, language",
        )
        .fetch_all(&self.pool)
        .await?;
        Ok(rows
            .into_iter()
            .map(|(section, language, title, summary)| SectionTranslation {
                section_id: SectionId(section),
                language,
                title,
                summary,
            })
            .collect())
    }

    /// Sets a section's title and description in `language`; an empty title removes them.
    pub async fn set_section_translation(
        &self,
        section: SectionId,
        language: &str,
        title: &str,
        summary: &str,
        now: Timestamp,
    ) -> Result<(), StoreError> {
        let mut transaction = self.begin_write().await?;
        sqlx::query("DELETE FROM section_translations WHERE section_id = $1 AND language = $2")
            .bind(section.0)
            .bind(language)
            .execute(&mut *transaction)
            .await?;
        if !title.is_empty() {
            sqlx::query(
                "INSERT INTO section_translations (section_id, language, title, summary, \
                                                   created_at, updated_at) \
                 VALUES ($1, $2, $3, $4, $5, $5)",
            )
            .bind(section.0)
            .bind(language)
            .bind(title)
            .bind(summary)
            .bind(now.as_millis())
            .execute(&mut *transaction)
            .await?;
        }
        self.commit_logged(
            transaction,
            EntityKind::Section,
            section.0,
            ChangeAction::Updated,
            now,
        )
        .await?;
        Ok(())
    }
}
