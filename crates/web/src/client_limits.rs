//! Per-client limits on failed sign-ins (SECURITY-PLAN T12): a client that keeps failing,
//! across any number of accounts, gets one attempt a minute after its first ten failures.
//!
//! The client is its network address, kept only in memory, never written anywhere. Behind a
//! reverse proxy listed in `trusted_proxies`, the address comes from `X-Forwarded-For`. A
//! loopback peer that is not a trusted proxy is an onion service's tor daemon, where every
//! reader shares one address: per-client limits are off there (they would lock out everyone),
//! and the per-account limits in the accounts service carry the load.

use std::collections::HashMap;
use std::net::{IpAddr, SocketAddr};
use std::sync::Mutex;
use std::time::{Duration, Instant};

use axum::http::HeaderMap;

/// Failures a client may make before it must wait between attempts.
const FREE_FAILURES: u32 = 10;
/// The wait between attempts after that.
const WAIT: Duration = Duration::from_secs(60);
/// A client quiet this long is forgotten.
const FORGET_AFTER: Duration = Duration::from_secs(3600);
/// Clients remembered at most; beyond that the quietest are forgotten first.
const MAX_CLIENTS: usize = 100_000;

#[derive(Debug, Clone, Copy)]
struct Record {
    failures: u32,
    last_failure: Instant,
}

/// Failed sign-ins per client, in memory.
#[derive(Debug)]
pub struct ClientLimits {
    trusted_proxies: Vec<IpAddr>,
    records: Mutex<HashMap<IpAddr, Record>>,
}

impl ClientLimits {
    /// Limits that take client addresses from `X-Forwarded-For` when the peer is one of
    /// `trusted_proxies`.
    pub fn new(trusted_proxies: Vec<IpAddr>) -> ClientLimits {
        ClientLimits {
            trusted_proxies,
            records: Mutex::new(HashMap::new()),
        }
    }

    /// The client behind a request, or `None` when clients cannot be told apart (an onion
    /// service, or a test without a socket).
    pub fn client(&self, peer: Option<SocketAddr>, headers: &HeaderMap) -> Option<IpAddr> {
        let peer = peer?.ip();
        if self.trusted_proxies.contains(&peer) {
            // The proxy appends the address it saw: the last entry is the one it vouches for.
            return headers
                .get_all("x-forwarded-for")
                .iter()
                .filter_map(|value| value.to_str().ok())
                .flat_map(|value| value.split(','))
                .filter_map(|part| part.trim().parse::<IpAddr>().ok())
                .next_back();
        }
        if peer.is_loopback() {
            return None;
        }
        Some(peer)
    }

    /// Whether `client` may try to sign in now.
    pub fn allows(&self, client: IpAddr, now: Instant) -> bool {
        let Ok(records) = self.records.lock() else {
            return true;
        };
        match records.get(&client) {
            Some(record) if record.failures >= FREE_FAILURES => {
                now.duration_since(record.last_failure) >= WAIT
            }
            _ => true,
        }
    }

    /// Counts a failed sign-in by `client`.
    pub fn record_failure(&self, client: IpAddr, now: Instant) {
        let Ok(mut records) = self.records.lock() else {
            return;
        };
        if records.len() >= MAX_CLIENTS {
            records.retain(|_, record| now.duration_since(record.last_failure) < FORGET_AFTER);
            if records.len() >= MAX_CLIENTS
                && let Some(quietest) = records
                    .iter()
                    .min_by_key(|(_, r)| r.last_failure)
                    .map(|(ip, _)| *ip)
            {
                records.remove(&quietest);
            }
        }
        let record = records.entry(client).or_insert(Record {
            failures: 0,
            last_failure: now,
        });
        if now.duration_since(record.last_failure) >= FORGET_AFTER {
            record.failures = 0;
        }
        record.failures = record.failures.saturating_add(1);
        record.last_failure = now;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ip(text: &str) -> IpAddr {
        text.parse().unwrap()
    }

    #[test]
    fn ten_failures_then_one_attempt_a_minute() {
        let limits = ClientLimits::new(Vec::new());
        let start = Instant::now();
        let attacker = ip("203.0.113.7");
        let mut accepted = 0;
        // One attempt every second for ten minutes.
        for second in 0..600 {
            let now = start + Duration::from_secs(second);
            if limits.allows(attacker, now) {
                accepted += 1;
                limits.record_failure(attacker, now);
            }
        }
        assert!(accepted <= 10 + 10, "{accepted} attempts in ten minutes");
        assert!(
            limits.allows(ip("198.51.100.1"), start),
            "other clients are unaffected"
        );
    }

    #[test]
    fn clients_are_told_apart_only_where_that_means_something() {
        let limits = ClientLimits::new(vec![ip("10.0.0.2")]);
        let mut headers = HeaderMap::new();
        headers.insert(
            "x-forwarded-for",
            "198.51.100.9, 203.0.113.5".parse().unwrap(),
        );
        // A trusted proxy: the address it appended.
        assert_eq!(
            limits.client(Some("10.0.0.2:40000".parse().unwrap()), &headers),
            Some(ip("203.0.113.5"))
        );
        // Anyone else cannot choose their address with a header.
        assert_eq!(
            limits.client(Some("192.0.2.1:40000".parse().unwrap()), &headers),
            Some(ip("192.0.2.1"))
        );
        // Loopback without a proxy configured: an onion service; every reader looks the same.
        assert_eq!(
            limits.client(Some("127.0.0.1:40000".parse().unwrap()), &headers),
            None
        );
        assert_eq!(limits.client(None, &headers), None);
    }
}

/// The peer's socket address, when the server recorded one (not in in-process tests).
#[derive(Debug, Clone, Copy)]
pub struct Peer(pub Option<SocketAddr>);

impl<S: Send + Sync> axum::extract::FromRequestParts<S> for Peer {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(
        parts: &mut axum::http::request::Parts,
        _state: &S,
    ) -> Result<Peer, Self::Rejection> {
        Ok(Peer(
            parts
                .extensions
                .get::<axum::extract::ConnectInfo<SocketAddr>>()
                .map(|axum::extract::ConnectInfo(address)| *address),
        ))
    }
}
