//! What the services keep from the database between requests: only what the change log
//! follows (content, and instance settings), each entry stamped with the version it was read
//! at and used only while that version stands: the content version for what any change may
//! alter, the structure version for what only the hub's shape decides, a page's version for
//! what is built from that page alone (see [`crate::App::content_version`] and the two
//! beside it). Authorisation is never kept: it is decided afresh on every request, from
//! kept facts.

use std::collections::HashMap;
use std::hash::Hash;
use std::sync::{Arc, Mutex};

use braid_domain::ids::{PageId, SectionId, UserId};
use braid_domain::section::Section;
use braid_domain::wiki::Revision;
use braid_store::ContentVersion;

use crate::wiki::{LivePages, PageFacts};

/// Up to `capacity` values by key, each as of a content version.
#[derive(Debug)]
pub(crate) struct Kept<K, V> {
    entries: Mutex<HashMap<K, (ContentVersion, V)>>,
    capacity: usize,
}

impl<K: Eq + Hash + Clone, V: Clone> Kept<K, V> {
    fn new(capacity: usize) -> Kept<K, V> {
        Kept {
            entries: Mutex::new(HashMap::new()),
            capacity,
        }
    }

    /// The value for `key` as of `version` (which the caller read before anything else, so a
    /// write that lands during `load` leaves a stale entry behind, never a wrong one).
    pub(crate) async fn get_or_load<E, F, Fut>(
        &self,
        key: K,
        version: ContentVersion,
        load: F,
    ) -> Result<V, E>
    where
        F: FnOnce() -> Fut,
        Fut: Future<Output = Result<V, E>>,
    {
        if let Some(value) = self.get(&key, version) {
            return Ok(value);
        }
        let value = load().await?;
        self.put(key, version, value.clone());
        Ok(value)
    }

    fn get(&self, key: &K, version: ContentVersion) -> Option<V> {
        let entries = self.entries.lock().ok()?;
        let (seen, value) = entries.get(key)?;
        (*seen == version).then(|| value.clone())
    }

    fn put(&self, key: K, version: ContentVersion, value: V) {
        let Ok(mut entries) = self.entries.lock() else {
            return;
        };
        // What was read as of an earlier version never replaces what a newer one read.
        if entries.get(&key).is_some_and(|(seen, _)| *seen > version) {
            return;
        }
        if entries.len() >= self.capacity && !entries.contains_key(&key) {
            entries.retain(|_, (seen, _)| *seen >= version);
            if entries.len() >= self.capacity
                && let Some(any) = entries.keys().next().cloned()
            {
                entries.remove(&any);
            }
        }
        entries.insert(key, (version, value));
    }
}

/// What a member watches, as (page, section) pairs.
pub(crate) type Watches = Arc<Vec<(Option<PageId>, Option<SectionId>)>>;

/// Everything kept, by kind. The bounds keep it about ten megabytes at most.
#[derive(Debug)]
pub(crate) struct KeptContent {
    /// Sections by slug.
    pub(crate) sections: Kept<String, Section>,
    /// Every section, in hub order (the navigation and the search facets on every page).
    pub(crate) all_sections: Kept<(), Arc<Vec<Section>>>,
    /// Every section's titles and descriptions in other languages.
    pub(crate) section_translations: Kept<(), Arc<Vec<braid_store::SectionTranslation>>>,
    /// Each section's pages outside the recycle bin.
    pub(crate) page_lists: Kept<SectionId, Arc<LivePages>>,
    /// Live pages' rows, by id.
    pub(crate) page_rows: Kept<PageId, Arc<braid_domain::wiki::Page>>,
    /// Revisions by page and number.
    pub(crate) revisions: Kept<(PageId, i64), Option<Arc<Revision>>>,
    pub(crate) page_facts: Kept<PageId, Arc<PageFacts>>,
    /// What each member watches, as (page, section) pairs.
    pub(crate) watches: Kept<UserId, Watches>,
    /// Instance settings by key (`None` when never set).
    pub(crate) settings: Kept<&'static str, Option<String>>,
    /// Every readable (label, page) pair, by audience.
    pub(crate) labelled:
        Kept<braid_domain::policy::Audience, Arc<Vec<(String, crate::wiki::LabelledPage)>>>,
    /// How many pages have edits waiting for review.
    pub(crate) awaiting_review: Kept<(), u64>,
    /// The wanted pages, by audience.
    pub(crate) wanted: Kept<braid_domain::policy::Audience, Arc<crate::links::WantedPages>>,
    /// Where a text's `[[links]]` lead: by the linking section, the audience and the titles.
    pub(crate) link_targets: Kept<LinkTargetsKey, Arc<HashMap<String, String>>>,
    /// Each language's dashboard lines, from one statement over every page (issue 30: read
    /// per request, it cost a second at 20,000 pages).
    pub(crate) translation_progress: Kept<String, Arc<Vec<braid_store::TranslationProgress>>>,
    /// The translation memory of the languages translated into lately, indexed by word: a
    /// few megabytes each, so two at most.
    pub(crate) translation_memories: Kept<String, Arc<crate::wiki::MemoryIndex>>,
}

/// The linking section, the reader's audience, the titles linked to, and the language the
/// links lead into where the pages have translations.
pub(crate) type LinkTargetsKey = (
    SectionId,
    braid_domain::policy::Audience,
    Vec<String>,
    Option<braid_domain::language::LanguageCode>,
);

impl Default for KeptContent {
    fn default() -> KeptContent {
        KeptContent {
            sections: Kept::new(64),
            all_sections: Kept::new(1),
            section_translations: Kept::new(1),
            page_lists: Kept::new(64),
            // A signed-in reader browsing across a hub needs each page's revision and facts:
            // 512 and 1,024 made most views of a 2,000-page hub read them again (issue 29).
            // About 2 KB a revision and 0.3 KB of facts: 10 MB at most.
            revisions: Kept::new(4096),
            page_rows: Kept::new(4096),
            page_facts: Kept::new(4096),
            watches: Kept::new(256),
            settings: Kept::new(16),
            wanted: Kept::new(16),
            awaiting_review: Kept::new(1),
            labelled: Kept::new(16),
            link_targets: Kept::new(1024),
            translation_progress: Kept::new(8),
            translation_memories: Kept::new(2),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn a_value_is_loaded_once_per_version() {
        let kept: Kept<u8, u32> = Kept::new(4);
        let mut loads = 0;
        for version in [1, 1, 2, 2] {
            let value = kept
                .get_or_load(7, ContentVersion(version), || {
                    loads += 1;
                    async move { Ok::<_, ()>(version as u32 * 10) }
                })
                .await;
            assert_eq!(value, Ok(version as u32 * 10));
        }
        assert_eq!(loads, 2);
        // A slow reader that started at version 1 does not undo version 2.
        kept.put(7, ContentVersion(1), 99);
        assert_eq!(kept.get(&7, ContentVersion(2)), Some(20));
    }

    #[test]
    fn it_never_holds_more_than_its_capacity() {
        let kept: Kept<u32, ()> = Kept::new(8);
        for key in 0..100 {
            kept.put(key, ContentVersion(1), ());
        }
        assert_eq!(kept.entries.lock().map(|e| e.len()).unwrap_or(0), 8);
        assert!(
            kept.get(&99, ContentVersion(1)).is_some(),
            "the newest is kept"
        );
    }
}
