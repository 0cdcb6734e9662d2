//! Rendered texts, kept so that the same text with the same links is rendered once, not on
//! every view: rendering and sanitising Markdown is most of what a page view costs.

use super::*;

/// How many bytes of rendered HTML are kept: a hub of 2,000 pages whole, the most read of a
/// larger one (a page renders to about 8 KB).
const RENDER_CACHE_BYTES: usize = 24 * 1024 * 1024;

/// Rendered texts by a hash of the text, its section and how its links resolved for the
/// reader, the least recently used leaving first when the budget is full.
#[derive(Debug)]
pub(crate) struct RenderCache {
    entries: crate::budget::BudgetCache<u64, Arc<Rendered>>,
}

impl Default for RenderCache {
    fn default() -> RenderCache {
        RenderCache {
            entries: crate::budget::BudgetCache::new(RENDER_CACHE_BYTES),
        }
    }
}

impl RenderCache {
    pub(crate) fn get(&self, key: u64) -> Option<Arc<Rendered>> {
        self.entries.get(&key)
    }

    /// Keeps `rendered`, counted by the memory its text holds (made with
    /// [`compact`], that is its length).
    pub(crate) fn put(&self, key: u64, rendered: Arc<Rendered>) {
        let bytes = rendered.html.capacity()
            + rendered
                .headings
                .iter()
                .map(|h| h.text.len() + h.anchor.len() + 32)
                .sum::<usize>()
            + rendered.wiki_links.iter().map(String::len).sum::<usize>()
            + 128;
        self.entries.put(key, rendered, bytes);
    }
}

/// `rendered` holding no more memory than its text needs, to be kept: the HTML was written
/// into a growing buffer, up to twice its length.
pub(super) fn compact(mut rendered: Rendered) -> Rendered {
    rendered.html.shrink_to_fit();
    rendered
}
