//! Recently rendered pages, kept so that the same text with the same links is rendered once.

use super::*;

/// Recently rendered texts, keyed by a hash of the text, its section and how its links
/// resolved for the reader. Bounded: when full it starts over (a page view that misses just
/// renders again).
#[derive(Debug, Default)]
pub(crate) struct RenderCache {
    entries: std::sync::Mutex<HashMap<u64, Rendered>>,
}

/// Rendered texts kept at most.
const RENDER_CACHE_ENTRIES: usize = 512;

impl RenderCache {
    pub(super) fn get(&self, key: u64) -> Option<Rendered> {
        self.entries.lock().ok()?.get(&key).cloned()
    }

    pub(super) fn put(&self, key: u64, rendered: Rendered) {
        if let Ok(mut entries) = self.entries.lock() {
            if entries.len() >= RENDER_CACHE_ENTRIES {
                entries.clear();
            }
            entries.insert(key, rendered);
        }
    }
}
