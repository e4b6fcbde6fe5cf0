//! Proof of work on anonymous requests: the ALTCHA proof-of-work v2 protocol
//! (`altcha` crate), PBKDF2/SHA-256 in its deterministic mode. The server picks the
//! counter, derives the key once and signs it, so a solution is checked with two
//! HMACs and no derivation; a solver tries counters from 0 until the derived key
//! starts with the signed prefix, which takes between half and all of the
//! challenge's attempts.
//!
//! Each challenge is for one kind of request (`data.for`), expires after
//! `pow.expires_seconds`, and is taken in the database: a report's or a message's
//! once, a follow-up lookup's for `pow.lookup_misses` lookups that match nothing
//! (lookups that find their case cost nothing). Difficulty follows load, per kind
//! and per instance: `pow.quiet_attempts` while at most `pow.quiet_per_minute`
//! challenges are solved (or four times that are issued) per minute, then growing
//! with the square of the rate, up to `pow.max_attempts`. Nothing here knows HTTP;
//! `routes/error.rs` maps [`PowError`].

use std::collections::BTreeMap;
use std::sync::atomic::{AtomicI64, Ordering};

use altcha::{Challenge, CreateChallengeOptions, Payload, VerifySolutionOptions};
use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use sea_orm::DatabaseConnection;

use crate::crypto;
use crate::settings::PowSettings;
use crate::store::{StoreError, pow as redeemed};

/// The only algorithm this server issues.
pub const ALGORITHM: &str = "PBKDF2/SHA-256";
/// The request header that carries a solution: base64 of the ALTCHA payload JSON,
/// `{"challenge": …, "solution": {"counter": …, "derivedKey": …}}`.
pub const HEADER: &str = "Passerelle-Pow";
/// A longer header is refused before it is decoded.
const MAX_HEADER_BYTES: usize = 4096;

/// What a challenge is for. A solution for one kind is refused by the others.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PowKind {
    /// `POST /api/v1/reports`: single use.
    Report,
    /// `POST /api/v1/follow-up/messages`: single use (it pays for its lookup too).
    Message,
    /// `GET /api/v1/follow-up…`: a bounded number of misses.
    Lookup,
}

impl PowKind {
    pub const ALL: [PowKind; 3] = [PowKind::Report, PowKind::Message, PowKind::Lookup];

    pub fn as_str(self) -> &'static str {
        match self {
            PowKind::Report => "report",
            PowKind::Message => "message",
            PowKind::Lookup => "lookup",
        }
    }

    pub fn parse(text: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.as_str() == text)
    }

    fn index(self) -> usize {
        self as usize
    }
}

#[derive(Debug, thiserror::Error)]
pub enum PowError {
    #[error(
        "this request needs a solved proof-of-work challenge: GET /api/v1/pow/{0}, solve it, \
         and send the solution as the Passerelle-Pow header (docs/api.md, \"Proof of work\")"
    )]
    Required(&'static str),
    #[error("the proof-of-work solution is not valid for this request; solve a new challenge")]
    Invalid,
    #[error("the proof-of-work challenge has expired; solve a new one")]
    Expired,
    #[error("this proof-of-work challenge was used already; solve a new one")]
    Used,
    #[error(
        "this proof-of-work challenge has paid for all its follow-up attempts; solve a new one"
    )]
    Spent,
    #[error(transparent)]
    Store(#[from] StoreError),
}

/// A checked solution: the challenge's nonce and the hour its row may go.
#[derive(Debug, Clone)]
pub struct Proof {
    nonce: String,
    purge_after: i64,
}

/// Solutions (or issues) counted per minute: this minute's and the last one's.
#[derive(Default)]
struct Rate {
    minute: AtomicI64,
    now: AtomicI64,
    before: AtomicI64,
}

impl Rate {
    fn roll(&self, minute: i64) {
        let seen = self.minute.load(Ordering::Relaxed);
        if seen != minute
            && self
                .minute
                .compare_exchange(seen, minute, Ordering::Relaxed, Ordering::Relaxed)
                .is_ok()
        {
            let last = self.now.swap(0, Ordering::Relaxed);
            self.before
                .store(if minute == seen + 1 { last } else { 0 }, Ordering::Relaxed);
        }
    }

    fn add(&self, now: i64) {
        self.roll(now.div_euclid(60));
        self.now.fetch_add(1, Ordering::Relaxed);
    }

    /// Over the last 60 seconds: all of this minute, and the part of the last one
    /// that is still within the window.
    fn per_minute(&self, now: i64) -> f64 {
        self.roll(now.div_euclid(60));
        let into = now.rem_euclid(60) as f64 / 60.0;
        self.now.load(Ordering::Relaxed) as f64
            + self.before.load(Ordering::Relaxed) as f64 * (1.0 - into)
    }
}

pub struct Pow {
    settings: PowSettings,
    /// Signs a challenge's parameters.
    challenge_secret: String,
    /// Signs the derived key (deterministic mode's fast check).
    key_secret: String,
    solved: [Rate; 3],
    issued: [Rate; 3],
    /// When this instance last deleted expired rows (unix seconds).
    purged: AtomicI64,
}

impl Pow {
    /// The secrets come from the server secret, so that every instance sharing it
    /// accepts the others' challenges.
    pub fn new(settings: PowSettings, secret: &crypto::LookupSecret) -> Self {
        let hex = |label: &[u8]| {
            secret
                .derive(label)
                .iter()
                .map(|b| format!("{b:02x}"))
                .collect()
        };
        Self {
            challenge_secret: hex(b"passerelle/pow/challenge/v1"),
            key_secret: hex(b"passerelle/pow/key/v1"),
            settings,
            solved: Default::default(),
            issued: Default::default(),
            purged: AtomicI64::new(0),
        }
    }

    pub fn settings(&self) -> &PowSettings {
        &self.settings
    }

    /// How many attempts a challenge issued now asks for at most.
    pub fn attempts(&self, kind: PowKind, now: i64) -> u32 {
        let s = &self.settings;
        let quiet = f64::from(s.quiet_per_minute.max(1));
        let rate = self.solved[kind.index()]
            .per_minute(now)
            .max(self.issued[kind.index()].per_minute(now) / 4.0);
        let factor = (rate / quiet).max(1.0);
        let attempts = f64::from(s.quiet_attempts.max(1)) * factor * factor;
        attempts.min(f64::from(s.max_attempts.max(s.quiet_attempts).max(1))) as u32
    }

    /// A new signed challenge for `kind`, issued at `now` (unix seconds).
    pub fn challenge(&self, kind: PowKind, now: i64) -> Challenge {
        let attempts = self.attempts(kind, now);
        self.issued[kind.index()].add(now);
        // Between half and all of the attempts: no lucky zero, no unbounded wait.
        let low = attempts / 2;
        let span = attempts - low;
        let counter = low + u32::from_be_bytes(crypto::random_bytes::<4>()) % span.max(1);
        let data = BTreeMap::from([("for".to_string(), serde_json::json!(kind.as_str()))]);
        altcha::create_challenge(CreateChallengeOptions {
            algorithm: ALGORITHM.to_string(),
            cost: self.settings.cost.max(1),
            counter: Some(counter),
            data: Some(data),
            expires_at: Some(now + self.settings.expires_seconds.max(1)),
            hmac_signature_secret: Some(self.challenge_secret.clone()),
            hmac_key_signature_secret: Some(self.key_secret.clone()),
            ..Default::default()
        })
        // Only an invalid key prefix fails, and deterministic mode derives its own.
        .unwrap_or_else(|e| panic!("cannot create a proof-of-work challenge: {e}"))
    }

    /// Checks a solution from the header's text, without taking it. Cheap: base64,
    /// JSON and two HMACs, all bounded by the header's length.
    pub fn check(&self, kind: PowKind, header: Option<&str>, now: i64) -> Result<Proof, PowError> {
        let text = header
            .map(str::trim)
            .filter(|t| !t.is_empty())
            .ok_or(PowError::Required(kind.as_str()))?;
        if text.len() > MAX_HEADER_BYTES {
            return Err(PowError::Invalid);
        }
        let json = STANDARD.decode(text).map_err(|_| PowError::Invalid)?;
        let payload: Payload = serde_json::from_slice(&json).map_err(|_| PowError::Invalid)?;
        let params = &payload.challenge.parameters;
        let for_kind = params
            .data
            .as_ref()
            .and_then(|d| d.get("for"))
            .and_then(|v| v.as_str());
        // Only challenges this server made: its algorithm, a key signature (the
        // fast check, never a derivation on our side), for this kind.
        if for_kind != Some(kind.as_str())
            || params.algorithm != ALGORITHM
            || params.key_signature.is_none()
            || params.nonce.len() != 32
        {
            return Err(PowError::Invalid);
        }
        let expires_at = params.expires_at.ok_or(PowError::Invalid)?;
        let result = altcha::verify_solution(VerifySolutionOptions {
            hmac_key_signature_secret: Some(self.key_secret.clone()),
            ..VerifySolutionOptions::new(
                &payload.challenge,
                &payload.solution,
                self.challenge_secret.as_str(),
            )
        })
        .map_err(|_| PowError::Invalid)?;
        if result.expired || expires_at < now {
            return Err(PowError::Expired);
        }
        if !result.verified {
            return Err(PowError::Invalid);
        }
        self.solved[kind.index()].add(now);
        Ok(Proof {
            nonce: params.nonce.clone(),
            // The row outlives its challenge; kept to the hour, not the second.
            purge_after: (expires_at.div_euclid(3600) + 1) * 3600,
        })
    }

    /// Checks and takes a single-use solution (reports, messages).
    pub async fn spend(
        &self,
        db: &DatabaseConnection,
        kind: PowKind,
        header: Option<&str>,
        now: i64,
    ) -> Result<(), PowError> {
        let proof = self.check(kind, header, now)?;
        self.purge_now_and_then(db, now).await?;
        if redeemed::redeem(db, &proof.nonce, proof.purge_after).await? {
            Ok(())
        } else {
            Err(PowError::Used)
        }
    }

    /// Checks a lookup solution and counts a miss against it before the lookup;
    /// give the miss back with [`Pow::found`] if the lookup finds its case.
    pub async fn guess(
        &self,
        db: &DatabaseConnection,
        header: Option<&str>,
        now: i64,
    ) -> Result<Proof, PowError> {
        let proof = self.check(PowKind::Lookup, header, now)?;
        self.purge_now_and_then(db, now).await?;
        if redeemed::charge_miss(
            db,
            &proof.nonce,
            self.settings.lookup_misses,
            proof.purge_after,
        )
        .await?
        {
            Ok(proof)
        } else {
            Err(PowError::Spent)
        }
    }

    /// The lookup found its case: the miss counted before is given back.
    pub async fn found(&self, db: &DatabaseConnection, proof: &Proof) -> Result<(), PowError> {
        Ok(redeemed::refund_miss(db, &proof.nonce).await?)
    }

    /// Deletes expired rows, at most once a minute per instance.
    async fn purge_now_and_then(&self, db: &DatabaseConnection, now: i64) -> Result<(), PowError> {
        let last = self.purged.load(Ordering::Relaxed);
        // One request of those that see the minute pass does it.
        if now - last < 60
            || self
                .purged
                .compare_exchange(last, now, Ordering::Relaxed, Ordering::Relaxed)
                .is_err()
        {
            return Ok(());
        }
        redeemed::purge(db, now).await?;
        Ok(())
    }
}

/// Solves a challenge here (the command-line client, tests and benchmarks): tries
/// counters from 0 as a browser would.
pub fn solve(challenge: &Challenge) -> Option<String> {
    let options = altcha::SolveChallengeOptions {
        timeout_ms: 0,
        ..altcha::SolveChallengeOptions::new(challenge)
    };
    let solution = altcha::solve_challenge(options).ok()??;
    let payload = Payload {
        challenge: challenge.clone(),
        solution: altcha::Solution {
            time: None,
            ..solution
        },
    };
    Some(STANDARD.encode(serde_json::to_vec(&payload).ok()?))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn settings() -> PowSettings {
        PowSettings {
            cost: 10,
            quiet_attempts: 20,
            max_attempts: 10_000,
            quiet_per_minute: 5,
            expires_seconds: 600,
            lookup_misses: 3,
        }
    }

    fn pow() -> Pow {
        let secret =
            crypto::LookupSecret::from_base64(&crypto::LookupSecret::generate_base64()).unwrap();
        Pow::new(settings(), &secret)
    }

    #[test]
    fn a_solution_checks_for_its_kind_only() {
        let pow = pow();
        let now = 1_800_000_000;
        let header = solve(&pow.challenge(PowKind::Report, now)).unwrap();
        assert!(pow.check(PowKind::Report, Some(&header), now).is_ok());
        assert!(matches!(
            pow.check(PowKind::Lookup, Some(&header), now),
            Err(PowError::Invalid)
        ));
        assert!(matches!(
            pow.check(PowKind::Report, None, now),
            Err(PowError::Required("report"))
        ));
        assert!(matches!(
            pow.check(PowKind::Report, Some(&header), now + 601),
            Err(PowError::Expired)
        ));
    }

    #[test]
    fn another_servers_challenges_and_altered_solutions_are_refused() {
        let (ours, theirs) = (pow(), pow());
        let now = 1_800_000_000;
        let header = solve(&theirs.challenge(PowKind::Report, now)).unwrap();
        assert!(matches!(
            ours.check(PowKind::Report, Some(&header), now),
            Err(PowError::Invalid)
        ));
        // A wrong counter and key, on our own challenge.
        let challenge = ours.challenge(PowKind::Report, now);
        let wrong = Payload {
            challenge: challenge.clone(),
            solution: altcha::Solution {
                counter: 7,
                derived_key: "00".repeat(32),
                time: None,
            },
        };
        let text = STANDARD.encode(serde_json::to_vec(&wrong).unwrap());
        assert!(matches!(
            ours.check(PowKind::Report, Some(&text), now),
            Err(PowError::Invalid)
        ));
        for junk in ["!!!", "e30=", &"A".repeat(5000)] {
            assert!(matches!(
                ours.check(PowKind::Report, Some(junk), now),
                Err(PowError::Invalid)
            ));
        }
    }

    #[test]
    fn difficulty_is_quiet_then_grows_with_the_square_of_the_rate() {
        let pow = pow();
        // 1_800_000_000 is a whole minute.
        let now = 1_800_000_000;
        assert_eq!(pow.attempts(PowKind::Report, now), 20);
        for _ in 0..5 {
            pow.solved[0].add(now);
        }
        assert_eq!(pow.attempts(PowKind::Report, now), 20);
        for _ in 0..5 {
            pow.solved[0].add(now);
        }
        // Twice the quiet rate: four times the attempts; other kinds stay quiet.
        assert_eq!(pow.attempts(PowKind::Report, now), 80);
        assert_eq!(pow.attempts(PowKind::Lookup, now), 20);
        for _ in 0..1000 {
            pow.solved[0].add(now);
        }
        assert_eq!(pow.attempts(PowKind::Report, now), 10_000);
        // Two minutes later, quiet again.
        assert_eq!(pow.attempts(PowKind::Report, now + 120), 20);
        // Issued challenges count a quarter each.
        for _ in 0..40 {
            pow.issued[2].add(now);
        }
        assert_eq!(pow.attempts(PowKind::Lookup, now), 80);
    }

    #[test]
    fn a_challenge_asks_between_half_and_all_of_its_attempts() {
        let pow = pow();
        for _ in 0..20 {
            let c = pow.challenge(PowKind::Message, 1_800_000_000);
            let options = altcha::SolveChallengeOptions::new(&c);
            let s = altcha::solve_challenge(options).unwrap().unwrap();
            assert!((10..20).contains(&s.counter), "counter {}", s.counter);
        }
    }
}
