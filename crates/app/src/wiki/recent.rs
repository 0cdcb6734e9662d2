//! Recent changes: what changed across the hub, newest first, as each reader may see it.

use super::*;

/// One entry of the recent changes.
#[derive(Debug, Clone)]
pub struct RecentChange {
    /// The section's title.
    pub section_title: String,
    /// The page's address.
    pub href: String,
    /// The revision.
    pub revision: Revision,
}

/// Which recent changes to list.
#[derive(Debug, Clone, Default)]
pub struct RecentFilter {
    /// Only this section (its slug).
    pub section: Option<String>,
    /// Only this member's (their handle).
    pub person: Option<String>,
    /// Only pages with this label.
    pub label: Option<String>,
}

/// The most recent changes listed at once.
pub const RECENT_LIMIT: u32 = 100;

impl Wiki<'_> {
    /// The latest revisions the actor may read, newest first, at most `limit`. Pages the
    /// actor may not read are skipped before counting, so nothing about them shows.
    pub async fn recent_changes(
        &self,
        actor: &Actor,
        filter: &RecentFilter,
        limit: u32,
    ) -> Result<Vec<RecentChange>, AppError> {
        let limit = limit.min(RECENT_LIMIT);
        let section = match filter.section.as_deref().filter(|s| !s.is_empty()) {
            Some(slug) => Some(self.readable_section(actor, slug).await?.id),
            None => None,
        };
        let author = match filter.person.as_deref().filter(|s| !s.is_empty()) {
            Some(handle) => {
                let user = match braid_domain::accounts::Handle::new(handle) {
                    Ok(handle) => self.store().find_user_by_handle(&handle).await?,
                    Err(_) => None,
                };
                // An unknown handle reads like a member with no edits the reader may see:
                // who is a member is nobody's business (issue 27, finding 4).
                match user {
                    Some(user) => Some(user.id),
                    None => return Ok(Vec::new()),
                }
            }
            None => None,
        };
        let labelled: Option<std::collections::HashSet<PageId>> =
            match filter.label.as_deref().filter(|l| !l.is_empty()) {
                Some(label) => Some(
                    self.store()
                        .all_page_labels()
                        .await?
                        .into_iter()
                        .filter(|(_, _, l)| l == label)
                        .map(|(page, _, _)| page)
                        .collect(),
                ),
                None => None,
            };
        let mut hub = HubPages::new(self).await?;
        let mut changes = Vec::new();
        let batch = limit.max(1) * 2;
        let mut offset = 0;
        // Read in batches until enough readable changes are found or the log runs out.
        while changes.len() < limit as usize && offset < 20 * batch {
            let rows = self
                .store()
                .recent_revisions(section, author, offset, batch)
                .await?;
            let exhausted = rows.len() < batch as usize;
            offset += batch;
            for row in rows {
                if labelled
                    .as_ref()
                    .is_some_and(|pages| !pages.contains(&row.page_id))
                {
                    continue;
                }
                let Some((home, _)) = hub
                    .readable(self, actor, row.section_id, row.page_id)
                    .await?
                else {
                    continue;
                };
                if !may_see_revision(actor, &row.revision) {
                    continue;
                }
                let mut revision = row.revision;
                author_name(&mut revision);
                changes.push(RecentChange {
                    section_title: home.section.title.clone(),
                    href: page_href(&home.section, &row.slug),
                    revision,
                });
                if changes.len() == limit as usize {
                    break;
                }
            }
            if exhausted {
                break;
            }
        }
        Ok(changes)
    }
}
