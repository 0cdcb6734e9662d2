//! The `[[links]]` between pages: recorded with each approved revision, in the same commit
//! (so nothing renders every page to learn them), and the wanted pages read from that record.

use std::collections::hash_map::Entry;
use std::collections::{HashMap, HashSet};
use std::sync::Arc;

use braid_domain::ids::PageId;
use braid_domain::policy::{Actor, Audience};

use crate::wiki::{HubPages, PageLink, page_href};
use crate::{App, AppError};

/// Wanted titles listed at most, and pages listed under each: the list stays one bounded
/// page whatever the hub holds.
pub const WANTED_SHOWN: usize = 200;
/// Pages named under one wanted title at most (the count says how many there are).
pub const WANTING_SHOWN: usize = 10;

/// A title that pages link to and no page the reader may read has.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WantedPage {
    /// The title as the first link spells it.
    pub title: String,
    /// How many pages the reader may read link to it.
    pub wanting: usize,
    /// The first few of them.
    pub from: Vec<PageLink>,
}

/// The wanted pages as one audience sees them.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct WantedPages {
    /// The most wanted first, at most [`WANTED_SHOWN`].
    pub shown: Vec<WantedPage>,
    /// How many wanted titles there are in all.
    pub total: usize,
}

impl App {
    /// Records the links of the page's approved revision.
    async fn record_page_links(&self, page: PageId) -> Result<(), AppError> {
        let Some(record) = self.store().find_page_by_id(page).await? else {
            return Ok(());
        };
        if record.approved_revision == 0 {
            return Ok(());
        }
        let Some(revision) = self
            .store()
            .revision(page, record.approved_revision)
            .await?
        else {
            return Ok(());
        };
        let titles = braid_text::markdown::wiki_link_titles(&revision.body);
        self.store()
            .record_page_links(page, revision.number, &titles, self.now())
            .await?;
        Ok(())
    }

    /// Records the links of every page whose record lags its approved revision: pages written
    /// before links were recorded, or saved just before a crash. Run at every start.
    pub async fn record_unrecorded_page_links(&self) -> Result<usize, AppError> {
        let mut recorded = 0;
        loop {
            let lagging = self.store().pages_with_unrecorded_links(100).await?;
            if lagging.is_empty() {
                return Ok(recorded);
            }
            for (page, _) in lagging {
                self.record_page_links(page).await?;
                recorded += 1;
            }
        }
    }

    /// Titles linked with `[[…]]` from pages the actor may read that no page they may read
    /// has, with the pages that want them, most wanted first: what the community has asked
    /// for but not yet written. Worked out from the recorded links once per content version
    /// and audience; a page hidden from the reader counts as unwritten, as its links show.
    pub async fn wanted_pages(&self, actor: &Actor) -> Result<Arc<WantedPages>, AppError> {
        let version = self.content_version();
        self.kept()
            .wanted
            .get_or_load(Audience::of(actor), version, || {
                self.find_wanted_pages(actor)
            })
            .await
    }

    async fn find_wanted_pages(&self, actor: &Actor) -> Result<Arc<WantedPages>, AppError> {
        let mut hub = HubPages::new(self).await?;
        let mut written: HashSet<String> = HashSet::new();
        for target in self.store().linked_pages().await? {
            if !written.contains(&target.title_key)
                && hub
                    .readable(self, actor, target.section_id, target.page_id)
                    .await?
                    .is_some()
            {
                written.insert(target.title_key);
            }
        }
        // By folded title: its first spelling, and the readable pages that link to it.
        let mut wanted: HashMap<String, (String, Vec<PageId>)> = HashMap::new();
        // Each linking page judged once: a link to it, or `None` when the reader may not read it.
        let mut from_links: HashMap<PageId, Option<PageLink>> = HashMap::new();
        for link in self.store().live_links().await? {
            if written.contains(&link.target_key) {
                continue;
            }
            if let Entry::Vacant(slot) = from_links.entry(link.page_id) {
                let readable = hub
                    .readable(self, actor, link.section_id, link.page_id)
                    .await?
                    .map(|(home, page)| PageLink {
                        title: page.title.clone(),
                        slug: page.slug.clone(),
                        href: page_href(&home.section, &page.slug),
                        depth: 0,
                        current: false,
                    });
                slot.insert(readable);
            }
            if from_links.get(&link.page_id).is_some_and(Option::is_none) {
                continue;
            }
            let entry = wanted
                .entry(link.target_key)
                .or_insert_with(|| (link.target_title, Vec::new()));
            entry.1.push(link.page_id);
        }
        let total = wanted.len();
        let mut ranked: Vec<(String, Vec<PageId>)> = wanted.into_values().collect();
        ranked.sort_by_cached_key(|(title, from)| {
            (std::cmp::Reverse(from.len()), title.to_lowercase())
        });
        let shown = ranked
            .into_iter()
            .take(WANTED_SHOWN)
            .map(|(title, from)| WantedPage {
                title,
                wanting: from.len(),
                from: from
                    .iter()
                    .take(WANTING_SHOWN)
                    .filter_map(|page| from_links.get(page).cloned().flatten())
                    .collect(),
            })
            .collect();
        Ok(Arc::new(WantedPages { shown, total }))
    }
}

/// How many linking pages "what links here" lists at most.
const LINKS_HERE_SHOWN: u32 = 500;

impl App {
    /// The page, and the pages the actor may read that link to it with `[[its title]]`.
    pub async fn links_here(
        &self,
        actor: &Actor,
        section: &str,
        slug: &str,
    ) -> Result<(crate::wiki::PageView, Vec<PageLink>), AppError> {
        let view = self.wiki().page(actor, section, slug, None).await?;
        let rows = self
            .store()
            .pages_linking_to(&view.page.title, LINKS_HERE_SHOWN)
            .await?;
        let mut hub = HubPages::new(self).await?;
        let mut links = Vec::new();
        for (page, section) in rows {
            if page == view.page.id {
                continue;
            }
            if let Some((home, live)) = hub.readable(self, actor, section, page).await? {
                links.push(home.link(live, 0, false));
            }
        }
        Ok((view, links))
    }
}
