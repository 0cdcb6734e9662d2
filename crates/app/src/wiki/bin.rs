//! The recycle bin: deleting a page, listing the bin, restoring from it.

use super::*;

/// A page in the recycle bin.
#[derive(Debug, Clone)]
pub struct BinEntry {
    /// Its section.
    pub section: Section,
    /// The page.
    pub page: Page,
}

impl Wiki<'_> {
    /// Whether the page at `slug` is in the recycle bin (for an actor who may read its
    /// section and could edit it).
    pub(super) async fn deleted_page(
        &self,
        actor: &Actor,
        section: &str,
        slug: &str,
    ) -> Result<bool, AppError> {
        let section = self.readable_section(actor, section).await?;
        Ok(self
            .store()
            .find_page(section.id, slug)
            .await?
            .is_some_and(|page| page.deleted_at.is_some()))
    }

    /// Moves a page to the recycle bin (editors). A page with sub-pages stays: they would be
    /// left without a place in the tree.
    pub async fn delete_page(
        &self,
        actor: &Actor,
        section: &str,
        slug: &str,
    ) -> Result<(), AppError> {
        App::require(actor, Action::ManageWiki)?;
        let pages = self.section_pages(actor, section).await?;
        let page = pages.readable(actor, slug)?;
        if pages
            .pages
            .iter()
            .any(|other| other.parent_id == Some(page.id))
        {
            return Err(DomainError::Invalid {
                field: "page",
                reason: "move or delete its sub-pages first",
                key: "page-has-children",
            }
            .into());
        }
        let mut work = self.write();
        work.set_page_deleted(page.id, true).await?;
        self.commit(work).await
    }

    /// The recycle bin (editors).
    pub async fn recycle_bin(&self, actor: &Actor) -> Result<Vec<BinEntry>, AppError> {
        App::require(actor, Action::ManageWiki)?;
        let sections = self.store().list_sections().await?;
        Ok(self
            .store()
            .deleted_pages()
            .await?
            .into_iter()
            .filter_map(|page| {
                let section = sections.iter().find(|s| s.id == page.section_id)?.clone();
                may_read(actor, section.visibility.max(page.visibility))
                    .then_some(BinEntry { section, page })
            })
            .collect())
    }

    /// Takes a page out of the recycle bin (editors); returns its address.
    pub async fn restore_page(&self, actor: &Actor, page: PageId) -> Result<String, AppError> {
        let entry = self
            .recycle_bin(actor)
            .await?
            .into_iter()
            .find(|entry| entry.page.id == page)
            .ok_or(AppError::NotFound)?;
        if let Some(parent) = entry.page.parent_id
            && self
                .store()
                .deleted_pages()
                .await?
                .iter()
                .any(|p| p.id == parent)
        {
            return Err(DomainError::Invalid {
                field: "page",
                reason: "restore the page it sits under first",
                key: "page-parent-deleted",
            }
            .into());
        }
        let mut work = self.write();
        work.set_page_deleted(page, false).await?;
        self.commit(work).await?;
        Ok(page_href(&entry.section, &entry.page.slug))
    }
}
