//! Time as Braid stores it: unix milliseconds, the same on SQLite and PostgreSQL.

use std::time::{Duration, SystemTime, UNIX_EPOCH};

/// A moment, in milliseconds since the unix epoch (UTC).
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, serde::Deserialize,
)]
#[serde(transparent)]
pub struct Timestamp(pub i64);

impl Timestamp {
    /// The current time from the system clock. Services take a clock as a parameter instead of
    /// calling this directly, so tests can fix time.
    pub fn now() -> Timestamp {
        let millis = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map(|d| d.as_millis())
            .unwrap_or(0);
        Timestamp(i64::try_from(millis).unwrap_or(i64::MAX))
    }

    /// This moment moved later by `duration`, saturating instead of overflowing.
    pub fn plus(self, duration: Duration) -> Timestamp {
        let millis = i64::try_from(duration.as_millis()).unwrap_or(i64::MAX);
        Timestamp(self.0.saturating_add(millis))
    }

    /// Milliseconds since the epoch.
    pub fn as_millis(self) -> i64 {
        self.0
    }
}
