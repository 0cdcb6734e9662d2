//! Moving a page (with its sub-pages), reordering it, and the redirects moves leave.

use super::*;

impl Wiki<'_> {
    /// Moves a page, with its sub-pages, under another page or to the top of a section,
    /// possibly another one (editors). Returns its new address.
    pub async fn move_page(
        &self,
        actor: &Actor,
        section: &str,
        slug: &str,
        target_section: &str,
        target_parent: Option<&str>,
    ) -> Result<String, AppError> {
        App::require(actor, Action::ManageWiki)?;
        let source = self.section_pages(actor, section).await?;
        let page = source.readable(actor, slug)?;
        // The page and everything under it, page first.
        let mut subtree = vec![page.id];
        let mut index = 0;
        while let Some(&id) = subtree.get(index) {
            subtree.extend(
                source
                    .pages
                    .iter()
                    .filter(|p| p.parent_id == Some(id))
                    .map(|p| p.id),
            );
            index += 1;
        }
        let target = self.section_pages(actor, target_section).await?;
        let parent = match target_parent.filter(|p| !p.is_empty()) {
            Some(parent_slug) => {
                let parent = target
                    .pages
                    .iter()
                    .find(|p| p.slug == parent_slug)
                    .filter(|p| may_read(actor, target.visibility(p)))
                    .ok_or(AppError::NotFound)?;
                if subtree.contains(&parent.id) {
                    return Err(DomainError::Invalid {
                        field: "parent",
                        reason: "a page cannot go under itself or its own sub-pages",
                        key: "page-under-itself",
                    }
                    .into());
                }
                Some(parent.id)
            }
            None => None,
        };
        let mut work = self.write();
        work.move_page(&braid_store::PageMove {
            pages: &subtree,
            section_id: target.section.id,
            parent_id: parent,
        })
        .await
        .map_err(|error| match error {
            StoreError::Conflict { .. } => AppError::Conflict("slug_taken".to_owned()),
            other => other.into(),
        })?;
        self.commit(work).await?;
        Ok(page_href(&target.section, &page.slug))
    }

    /// Moves a page one place earlier (`up`) or later among its siblings (editors).
    pub async fn reorder_page(
        &self,
        actor: &Actor,
        section: &str,
        slug: &str,
        up: bool,
    ) -> Result<String, AppError> {
        App::require(actor, Action::ManageWiki)?;
        let pages = self.section_pages(actor, section).await?;
        let page = pages.readable(actor, slug)?;
        let mut siblings: Vec<&Page> = pages
            .pages
            .iter()
            .filter(|p| p.parent_id == page.parent_id)
            .collect();
        siblings.sort_by_key(|p| (p.position, p.id));
        let index = siblings
            .iter()
            .position(|p| p.id == page.id)
            .ok_or(AppError::NotFound)?;
        let neighbour = if up {
            index.checked_sub(1)
        } else {
            Some(index + 1)
        };
        if let Some(other) = neighbour.and_then(|i| siblings.get(i)) {
            let mut work = self.write();
            work.swap_positions(page, other).await?;
            self.commit(work).await?;
        }
        Ok(page_href(&pages.section, &page.slug))
    }

    /// Where an old address of a page that moved to another section now points, if the
    /// actor may read the page.
    pub async fn page_redirect(
        &self,
        actor: &Actor,
        section: &str,
        slug: &str,
    ) -> Result<Option<String>, AppError> {
        let section = self.readable_section(actor, section).await?;
        let Some(page) = self.store().find_redirect(section.id, slug).await? else {
            return Ok(None);
        };
        match self.page_href_by_id(actor, page).await {
            Ok(href) => Ok(Some(href)),
            Err(AppError::NotFound) => Ok(None),
            Err(other) => Err(other),
        }
    }
}
