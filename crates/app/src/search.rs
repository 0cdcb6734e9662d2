//! Keeping the search index up to date and asking it. The index follows the change log: each
//! batch of changes is applied and committed to the index before the cursor moves past them,
//! so after a crash or a restore the index catches up from where it was. Only approved
//! revisions of live pages are indexed, each with its effective visibility.

use std::sync::Arc;

use braid_domain::change::EntityKind;
use braid_domain::ids::PageId;
use braid_domain::policy::{Action, Actor, permits};
use braid_domain::wiki::Visibility;
use braid_search::SearchDocument;
pub use braid_search::{Hit, SearchIndex};

use crate::wiki::page_href;
use crate::{App, AppError};

/// The change-log consumer name of the index.
const CONSUMER: &str = "search";
/// Changes applied per batch.
const BATCH: u32 = 500;
/// Results shown at once.
pub const RESULTS: usize = 20;

fn index_error(error: braid_search::SearchError) -> AppError {
    AppError::Internal(error.to_string())
}

impl App {
    /// Keeps and consults a full-text index.
    pub fn with_search(mut self, index: SearchIndex) -> App {
        self.search = Some(Arc::new(index));
        self
    }

    /// Whether this hub has a full-text index.
    pub fn has_search(&self) -> bool {
        self.search.is_some()
    }

    /// At start-up: an empty index (new, deleted, or left out of a restored backup) is rebuilt
    /// by following the whole change log again.
    pub async fn prepare_search(&self) -> Result<(), AppError> {
        if self.search.as_ref().is_some_and(|index| index.is_empty()) {
            self.store().reset_change_cursor(CONSUMER).await?;
        }
        Ok(())
    }

    /// Applies the changes made since the index last caught up; returns how many.
    pub async fn catch_up_search(&self) -> Result<usize, AppError> {
        let Some(index) = self.search.clone() else {
            return Ok(0);
        };
        let mut applied = 0;
        loop {
            let cursor = self.store().change_cursor(CONSUMER).await?;
            let changes = self.store().changes_after(cursor, BATCH).await?;
            let Some(last) = changes.last().map(|change| change.id) else {
                return Ok(applied);
            };
            for change in &changes {
                match change.entity_kind {
                    Some(EntityKind::Page) => {
                        self.index_page(&index, PageId(change.entity_id)).await?
                    }
                    Some(EntityKind::Section) => {
                        for section in self.store().list_sections().await? {
                            if section.id.0 == change.entity_id {
                                for page in self.store().section_pages(section.id).await? {
                                    self.index_page(&index, page.id).await?;
                                }
                            }
                        }
                    }
                    Some(EntityKind::Comment) | None => {}
                }
            }
            index.commit().map_err(index_error)?;
            self.store()
                .advance_change_cursor(CONSUMER, last, self.now())
                .await?;
            applied += changes.len();
        }
    }

    async fn index_page(&self, index: &SearchIndex, page: PageId) -> Result<(), AppError> {
        let id = format!("page:{}", page.0);
        let Some(record) = self.store().find_page_by_id(page).await? else {
            index.delete(&id);
            return Ok(());
        };
        let section = self
            .store()
            .list_sections()
            .await?
            .into_iter()
            .find(|s| s.id == record.section_id);
        // What an editor (who reads every level) sees of it: its approved revision, if any.
        let view = match &section {
            Some(section) if record.deleted_at.is_none() && record.approved_revision > 0 => {
                match self
                    .page(&Actor::System, section.slug.as_str(), &record.slug, None)
                    .await
                {
                    Ok(view) => Some(view),
                    Err(AppError::NotFound) => None,
                    Err(other) => return Err(other),
                }
            }
            _ => None,
        };
        let Some(view) = view else {
            index.delete(&id);
            return Ok(());
        };
        index
            .upsert(&SearchDocument {
                id,
                kind: "page".to_owned(),
                visibility: view.visibility,
                title: view.revision.title.clone(),
                body: view.revision.body.clone(),
                href: page_href(&view.section, &view.page.slug),
                section_title: view.section.title.clone(),
                updated: view.revision.created_at,
            })
            .map_err(index_error)
    }

    /// Pages matching `query` that the actor may read: how many, and the best [`RESULTS`].
    pub async fn search_pages(
        &self,
        actor: &Actor,
        query: &str,
    ) -> Result<(usize, Vec<Hit>), AppError> {
        let Some(index) = self.search.clone() else {
            return Ok((0, Vec::new()));
        };
        let query: String = query.chars().take(crate::hub::MAX_QUERY_CHARS).collect();
        if query.trim().is_empty() {
            return Ok((0, Vec::new()));
        }
        let readable = if permits(actor, Action::ReadEditorsOnly) {
            Visibility::Editors
        } else if permits(actor, Action::ReadMembersOnly) {
            Visibility::Members
        } else {
            Visibility::Public
        };
        tokio::task::spawn_blocking(move || index.search(&query, readable, RESULTS))
            .await
            .map_err(|_| AppError::Internal("search task failed".into()))?
            .map_err(index_error)
    }
}
