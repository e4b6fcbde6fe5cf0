//! Throttling of follow-up code guesses. A failed lookup costs its source one token;
//! a source without tokens is refused (`429`) before any lookup, until tokens come
//! back. Sources are told apart by a keyed digest of the peer address, kept in
//! memory only (never stored, never logged); the key is new at every start.
//!
//! Behind Tor or a proxy every request has the same peer address, so the bucket is
//! then shared by everyone: set the rates with that in mind (docs/tor.md).

use std::collections::HashMap;
use std::net::IpAddr;
use std::sync::Mutex;
use std::time::Instant;

use crate::crypto;

#[derive(Debug, Clone, Copy)]
struct Bucket {
    tokens: f64,
    at: Instant,
}

pub struct GuessThrottle {
    key: [u8; 32],
    burst: f64,
    per_second: f64,
    buckets: Mutex<HashMap<[u8; 16], Bucket>>,
}

/// Most sources remembered at once; beyond that, full buckets are forgotten.
const MAX_SOURCES: usize = 100_000;

impl GuessThrottle {
    pub fn new(burst: u32, per_minute: u32) -> Self {
        Self {
            key: crypto::random_bytes::<32>(),
            burst: f64::from(burst.max(1)),
            per_second: f64::from(per_minute.max(1)) / 60.0,
            buckets: Mutex::new(HashMap::new()),
        }
    }

    fn source(&self, peer: Option<IpAddr>) -> [u8; 16] {
        let text = peer.map(|p| p.to_string()).unwrap_or_default();
        let mac = crypto::hmac_sha256(&self.key, text.as_bytes());
        let mut out = [0u8; 16];
        out.copy_from_slice(&mac[..16]);
        out
    }

    fn refill(&self, b: &mut Bucket, now: Instant) {
        let elapsed = now.saturating_duration_since(b.at).as_secs_f64();
        b.tokens = (b.tokens + elapsed * self.per_second).min(self.burst);
        b.at = now;
    }

    /// `Err(seconds)` when this source must wait before guessing again.
    pub fn check(&self, peer: Option<IpAddr>) -> Result<(), i64> {
        let now = Instant::now();
        let id = self.source(peer);
        let mut map = self.buckets.lock().unwrap_or_else(|e| e.into_inner());
        let Some(b) = map.get_mut(&id) else {
            return Ok(());
        };
        self.refill(b, now);
        if b.tokens >= 1.0 {
            Ok(())
        } else {
            Err(((1.0 - b.tokens) / self.per_second).ceil() as i64)
        }
    }

    /// A failed lookup from this source.
    pub fn failed(&self, peer: Option<IpAddr>) {
        let now = Instant::now();
        let id = self.source(peer);
        let mut map = self.buckets.lock().unwrap_or_else(|e| e.into_inner());
        if map.len() >= MAX_SOURCES && !map.contains_key(&id) {
            let burst = self.burst;
            let per_second = self.per_second;
            map.retain(|_, b| {
                let elapsed = now.saturating_duration_since(b.at).as_secs_f64();
                b.tokens + elapsed * per_second < burst
            });
        }
        let b = map.entry(id).or_insert(Bucket {
            tokens: self.burst,
            at: now,
        });
        self.refill(b, now);
        b.tokens = (b.tokens - 1.0).max(0.0);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_source_is_stopped_after_its_burst_and_others_are_not() {
        let t = GuessThrottle::new(3, 1);
        let a = Some("192.0.2.1".parse().unwrap());
        let b = Some("192.0.2.2".parse().unwrap());
        for _ in 0..3 {
            assert_eq!(t.check(a), Ok(()));
            t.failed(a);
        }
        let wait = t.check(a).unwrap_err();
        assert!((1..=60).contains(&wait), "{wait}");
        assert_eq!(t.check(b), Ok(()));
    }
}
