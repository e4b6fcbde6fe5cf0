//! Limits that hold no HTTP: per-source throttles and byte budgets, in memory.
//!
//! A [`SourceThrottle`] gives each source a bucket of tokens that refills at a
//! steady rate. Follow-up lookups spend a token per miss (checked before the
//! lookup, charged after it); sign-ins spend one per attempt before any password
//! hash, and get it back when the attempt succeeds.
//! Sources are told apart by a keyed digest of the peer address, kept in memory
//! only (never stored, never logged); the key is new at every start.
//!
//! An IPv6 source is its /64 (one host's usual share). Behind Tor or a local proxy
//! every request comes from the loopback address, so everyone shares one bucket:
//! a throttle may give it `shared_factor` times the allowance, so that one
//! person's wrong codes do not hold the others back for long (docs/tor.md). When
//! too many sources are remembered, new ones share one overflow bucket rather than
//! growing the map.

use std::collections::HashMap;
use std::net::IpAddr;
use std::sync::Mutex;
use std::time::{Duration, Instant};

use crate::crypto;

#[derive(Debug, Clone, Copy)]
struct Bucket {
    tokens: f64,
    at: Instant,
}

pub struct SourceThrottle {
    key: [u8; 32],
    burst: f64,
    per_second: f64,
    /// How many times the allowance a shared source (loopback: Tor, a local proxy)
    /// gets.
    shared_factor: f64,
    buckets: Mutex<HashMap<[u8; 16], Bucket>>,
}

/// Most sources remembered at once; beyond that, full buckets are forgotten, and if
/// none is full, new sources share the overflow bucket.
const MAX_SOURCES: usize = 100_000;
const OVERFLOW: [u8; 16] = [0xff; 16];

impl SourceThrottle {
    pub fn new(burst: u32, per_minute: u32, shared_factor: u32) -> Self {
        Self {
            key: crypto::random_bytes::<32>(),
            burst: f64::from(burst.max(1)),
            per_second: f64::from(per_minute.max(1)) / 60.0,
            shared_factor: f64::from(shared_factor.max(1)),
            buckets: Mutex::new(HashMap::new()),
        }
    }

    fn source(&self, peer: Option<IpAddr>) -> [u8; 16] {
        let text = match peer {
            Some(IpAddr::V6(v6)) if v6.to_ipv4_mapped().is_none() => {
                let s = v6.segments();
                format!("{:x}:{:x}:{:x}:{:x}::/64", s[0], s[1], s[2], s[3])
            }
            Some(IpAddr::V6(v6)) => v6
                .to_ipv4_mapped()
                .map(|v4| v4.to_string())
                .unwrap_or_default(),
            Some(ip) => ip.to_string(),
            None => String::new(),
        };
        let mac = crypto::hmac_sha256(&self.key, text.as_bytes());
        let mut out = [0u8; 16];
        out.copy_from_slice(&mac[..16]);
        out
    }

    /// The allowance of a source: (burst, tokens per second).
    fn allowance(&self, peer: Option<IpAddr>) -> (f64, f64) {
        if peer.is_none_or(|p| p.is_loopback()) {
            (
                self.burst * self.shared_factor,
                self.per_second * self.shared_factor,
            )
        } else {
            (self.burst, self.per_second)
        }
    }

    fn refill(b: &mut Bucket, (burst, per_second): (f64, f64), now: Instant) {
        let elapsed = now.saturating_duration_since(b.at).as_secs_f64();
        b.tokens = (b.tokens + elapsed * per_second).min(burst);
        b.at = now;
    }

    fn verdict(b: &Bucket, per_second: f64) -> Result<(), i64> {
        if b.tokens >= 1.0 {
            Ok(())
        } else {
            Err(((1.0 - b.tokens) / per_second).ceil() as i64)
        }
    }

    /// `Err(seconds)` when this source must wait before guessing again. Charges
    /// nothing (follow-up: only a miss is charged, by [`Self::failed`]).
    pub fn check(&self, peer: Option<IpAddr>) -> Result<(), i64> {
        self.check_at(peer, Instant::now())
    }

    /// A failed lookup from this source.
    pub fn failed(&self, peer: Option<IpAddr>) {
        self.failed_at(peer, Instant::now())
    }

    /// Takes one token for an attempt, or `Err(seconds)` (and nothing taken) when
    /// this source must wait first (sign-in: charged before any work).
    pub fn take(&self, peer: Option<IpAddr>) -> Result<(), i64> {
        self.take_at(peer, Instant::now())
    }

    /// Gives back a token taken by [`Self::take`] (the attempt succeeded).
    pub fn give_back(&self, peer: Option<IpAddr>) {
        self.give_back_at(peer, Instant::now())
    }

    fn failed_at(&self, peer: Option<IpAddr>, now: Instant) {
        self.with_bucket(peer, now, |b, _| b.tokens = (b.tokens - 1.0).max(0.0))
    }

    fn give_back_at(&self, peer: Option<IpAddr>, now: Instant) {
        self.with_bucket(peer, now, |b, (burst, _)| {
            b.tokens = (b.tokens + 1.0).min(burst)
        })
    }

    fn check_at(&self, peer: Option<IpAddr>, now: Instant) -> Result<(), i64> {
        let allowance = self.allowance(peer);
        let id = self.source(peer);
        let mut map = self.buckets.lock().unwrap_or_else(|e| e.into_inner());
        // A source not remembered while the map is full shares the overflow bucket.
        let (key, allowance) = if map.contains_key(&id) {
            (id, allowance)
        } else if map.len() >= MAX_SOURCES {
            (OVERFLOW, (self.burst, self.per_second))
        } else {
            return Ok(());
        };
        let Some(b) = map.get_mut(&key) else {
            return Ok(());
        };
        Self::refill(b, allowance, now);
        Self::verdict(b, allowance.1)
    }

    fn take_at(&self, peer: Option<IpAddr>, now: Instant) -> Result<(), i64> {
        let mut verdict = Ok(());
        self.with_bucket(peer, now, |b, (_, per_second)| {
            verdict = Self::verdict(b, per_second);
            if verdict.is_ok() {
                b.tokens -= 1.0;
            }
        });
        verdict
    }

    /// Runs `f` on this source's bucket (made full if new), refilled to `now`.
    fn with_bucket(
        &self,
        peer: Option<IpAddr>,
        now: Instant,
        f: impl FnOnce(&mut Bucket, (f64, f64)),
    ) {
        let mut allowance = self.allowance(peer);
        let mut id = self.source(peer);
        let mut map = self.buckets.lock().unwrap_or_else(|e| e.into_inner());
        if map.len() >= MAX_SOURCES && !map.contains_key(&id) {
            let (burst, per_second) = (self.burst, self.per_second);
            map.retain(|key, b| {
                let elapsed = now.saturating_duration_since(b.at).as_secs_f64();
                *key == OVERFLOW || b.tokens + elapsed * per_second < burst
            });
            if map.len() >= MAX_SOURCES {
                id = OVERFLOW;
                allowance = (self.burst, self.per_second);
            }
        }
        let b = map.entry(id).or_insert(Bucket {
            tokens: allowance.0,
            at: now,
        });
        Self::refill(b, allowance, now);
        f(b, allowance);
    }
}

/// Bytes of large (attachment-carrying) bodies this instance accepts per hour, so
/// that a flood of anonymous uploads cannot fill the disk: a bucket of that many
/// bytes, refilled continuously.
pub struct ByteBudget {
    per_hour: f64,
    bucket: Mutex<Bucket>,
}

impl ByteBudget {
    pub fn new(per_hour: u64) -> Self {
        let per_hour = per_hour.max(1) as f64;
        Self {
            per_hour,
            bucket: Mutex::new(Bucket {
                tokens: per_hour,
                at: Instant::now(),
            }),
        }
    }

    /// Takes `bytes` from the budget; `false` (and nothing taken) if they are not there.
    pub fn take(&self, bytes: u64) -> bool {
        self.take_at(bytes, Instant::now())
    }

    fn take_at(&self, bytes: u64, now: Instant) -> bool {
        let mut b = self.bucket.lock().unwrap_or_else(|e| e.into_inner());
        let elapsed = now.saturating_duration_since(b.at).as_secs_f64();
        b.tokens = (b.tokens + elapsed * self.per_hour / 3600.0).min(self.per_hour);
        b.at = now;
        if b.tokens >= bytes as f64 {
            b.tokens -= bytes as f64;
            true
        } else {
            false
        }
    }
}

/// The pace a request body is held to, so that a slow sender cannot hold a place
/// (an upload permit, a connection) for long: after `grace`, at least
/// `min_bytes_per_second` on average since the start, and never longer than `max`.
#[derive(Debug, Clone, Copy)]
pub struct BodyPace {
    pub grace: Duration,
    pub min_bytes_per_second: u64,
    pub max: Duration,
}

impl BodyPace {
    /// The instant by which more than `read` bytes must have come, for a body
    /// whose reading began at `start`.
    pub fn deadline(&self, start: Instant, read: u64) -> Instant {
        let earned = Duration::from_secs_f64(read as f64 / self.min_bytes_per_second.max(1) as f64);
        start + (self.grace + earned).min(self.max)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_body_earns_time_by_the_bytes_it_sends_up_to_the_maximum() {
        let pace = BodyPace {
            grace: Duration::from_secs(10),
            min_bytes_per_second: 1000,
            max: Duration::from_secs(60),
        };
        let t = Instant::now();
        assert_eq!(pace.deadline(t, 0), t + Duration::from_secs(10));
        assert_eq!(pace.deadline(t, 5000), t + Duration::from_secs(15));
        // However fast, never past the maximum.
        assert_eq!(pace.deadline(t, 1_000_000), t + Duration::from_secs(60));
    }

    #[test]
    fn a_source_is_stopped_after_its_burst_and_others_are_not() {
        let t = SourceThrottle::new(3, 1, 20);
        let at = Instant::now();
        let a = Some("192.0.2.1".parse().unwrap());
        let b = Some("192.0.2.2".parse().unwrap());
        for _ in 0..3 {
            assert_eq!(t.check_at(a, at), Ok(()));
            t.failed_at(a, at);
        }
        assert_eq!(t.check_at(a, at), Err(60));
        assert_eq!(t.check_at(b, at), Ok(()));
        // One guess comes back per minute, and is told how long is left until then.
        assert_eq!(t.check_at(a, at + Duration::from_secs(45)), Err(15));
        assert_eq!(t.check_at(a, at + Duration::from_secs(60)), Ok(()));
        t.failed_at(a, at + Duration::from_secs(60));
        assert!(t.check_at(a, at + Duration::from_secs(61)).is_err());
    }

    #[test]
    fn the_byte_budget_runs_out_and_refuses_without_taking() {
        let b = ByteBudget::new(3600);
        let at = Instant::now();
        assert!(b.take_at(2000, at));
        assert!(!b.take_at(2000, at));
        assert!(b.take_at(1600, at));
        assert!(!b.take_at(1, at));
        // It comes back at a byte a second here.
        assert!(!b.take_at(11, at + Duration::from_secs(10)));
        assert!(b.take_at(10, at + Duration::from_secs(10)));
    }

    #[test]
    fn an_ipv6_host_is_its_slash_64_and_loopback_gets_more_room() {
        let t = SourceThrottle::new(2, 1, 20);
        let at = Instant::now();
        let a: Option<IpAddr> = Some("2001:db8:1:2::1".parse().unwrap());
        let same_64: Option<IpAddr> = Some("2001:db8:1:2:ffff::9".parse().unwrap());
        t.failed_at(a, at);
        t.failed_at(same_64, at);
        assert!(t.check_at(a, at).is_err());
        assert!(
            t.check_at(Some("2001:db8:1:3::1".parse().unwrap()), at)
                .is_ok()
        );
        for tor in ["127.0.0.1", "::1"] {
            let tor: Option<IpAddr> = Some(tor.parse().unwrap());
            for _ in 0..2 * 20 - 1 {
                t.failed_at(tor, at);
            }
            assert_eq!(t.check_at(tor, at), Ok(()));
            t.failed_at(tor, at);
            // 20 per minute come back: one every 3 s.
            assert_eq!(t.check_at(tor, at), Err(3));
        }
    }

    #[test]
    fn sign_in_attempts_are_charged_first_and_given_back() {
        let t = SourceThrottle::new(2, 60, 1);
        let at = Instant::now();
        let a = Some("192.0.2.1".parse().unwrap());
        let b = Some("192.0.2.2".parse().unwrap());
        assert_eq!(t.take_at(a, at), Ok(()));
        assert_eq!(t.take_at(a, at), Ok(()));
        // Nothing is taken from a refused attempt, and others are not held back.
        assert_eq!(t.take_at(a, at), Err(1));
        assert_eq!(t.take_at(a, at), Err(1));
        assert_eq!(t.take_at(b, at), Ok(()));
        // A success gives its token back.
        t.give_back_at(a, at);
        assert_eq!(t.take_at(a, at), Ok(()));
        assert_eq!(t.take_at(a, at), Err(1));
        // Once the window has passed, the source may try again; a token never
        // piles up past the burst.
        assert_eq!(t.take_at(a, at + Duration::from_secs(1)), Ok(()));
        for _ in 0..5 {
            t.give_back_at(b, at);
        }
        assert_eq!(t.take_at(b, at), Ok(()));
        assert_eq!(t.take_at(b, at), Ok(()));
        assert_eq!(t.take_at(b, at), Err(1));
    }

    #[test]
    fn the_shared_factor_is_a_setting() {
        let t = SourceThrottle::new(2, 1, 1);
        let at = Instant::now();
        let tor: Option<IpAddr> = Some("127.0.0.1".parse().unwrap());
        t.failed_at(tor, at);
        t.failed_at(tor, at);
        assert_eq!(t.check_at(tor, at), Err(60));
    }
}
