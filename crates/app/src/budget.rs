//! A cache bounded by the bytes it holds rather than by a count: entries differ in size by
//! two orders of magnitude (a stub page, a long guide), and what the operator has to plan for
//! is memory. The least recently used entry leaves first.

use std::borrow::Borrow;
use std::hash::Hash;
use std::sync::Mutex;

use lru::LruCache;

/// Values by key, together never more than `budget` bytes (as their owner counts them).
#[derive(Debug)]
pub struct BudgetCache<K: Hash + Eq, V> {
    inner: Mutex<Inner<K, V>>,
    budget: usize,
}

#[derive(Debug)]
struct Inner<K: Hash + Eq, V> {
    entries: LruCache<K, (V, usize)>,
    bytes: usize,
}

impl<K: Hash + Eq, V: Clone> BudgetCache<K, V> {
    /// An empty cache that holds at most `budget` bytes.
    pub fn new(budget: usize) -> BudgetCache<K, V> {
        BudgetCache {
            inner: Mutex::new(Inner {
                entries: LruCache::unbounded(),
                bytes: 0,
            }),
            budget,
        }
    }

    /// The value for `key`, now the most recently used.
    pub fn get<Q>(&self, key: &Q) -> Option<V>
    where
        K: Borrow<Q>,
        Q: Hash + Eq + ?Sized,
    {
        let mut inner = self.inner.lock().ok()?;
        inner.entries.get(key).map(|(value, _)| value.clone())
    }

    /// Keeps `value`, which takes `bytes`, in place of any value for `key`; the least recently
    /// used leave until the rest fit. A value larger than the whole budget is not kept.
    pub fn put(&self, key: K, value: V, bytes: usize) {
        let Ok(mut inner) = self.inner.lock() else {
            return;
        };
        if let Some((_, old)) = inner.entries.pop(&key) {
            inner.bytes -= old;
        }
        if bytes > self.budget {
            return;
        }
        while inner.bytes + bytes > self.budget {
            let Some((_, (_, freed))) = inner.entries.pop_lru() else {
                break;
            };
            inner.bytes -= freed;
        }
        inner.bytes += bytes;
        inner.entries.put(key, (value, bytes));
    }

    /// The bytes held, and how many entries.
    pub fn usage(&self) -> (usize, usize) {
        self.inner
            .lock()
            .map(|inner| (inner.bytes, inner.entries.len()))
            .unwrap_or_default()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_least_recently_used_leave_until_the_new_one_fits() {
        let cache: BudgetCache<&str, u8> = BudgetCache::new(100);
        cache.put("a", 1, 40);
        cache.put("b", 2, 40);
        assert_eq!(cache.get("a"), Some(1)); // "b" is now the least recently used
        cache.put("c", 3, 40);
        assert_eq!(
            (cache.get("a"), cache.get("b"), cache.get("c")),
            (Some(1), None, Some(3))
        );
        assert_eq!(cache.usage(), (80, 2));
    }

    #[test]
    fn replacing_a_value_counts_its_new_size_and_an_oversized_one_is_not_kept() {
        let cache: BudgetCache<&str, u8> = BudgetCache::new(100);
        cache.put("a", 1, 90);
        cache.put("a", 2, 10);
        assert_eq!(cache.usage(), (10, 1));
        cache.put("huge", 3, 101);
        assert_eq!((cache.get("huge"), cache.get("a")), (None, Some(2)));
    }
}
