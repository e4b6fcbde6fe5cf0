//! Officer passwords: Argon2id (memory-hard, per-password salt), PHC strings.
//!
//! Every hash and every check runs on a fixed set of worker threads
//! ([`PasswordWorkers`]), each with its own Argon2 working memory allocated once,
//! at its first job (about 19 MiB at the default cost), behind a bounded queue. A flood of sign-ins
//! then costs at most `workers` blocks of memory and waits in, or is turned away
//! from, a queue that never grows; nothing runs on the runtime's blocking pool,
//! whose threads (and the allocator's arenas behind them) would grow with the flood.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::mpsc::{Receiver, Sender, channel};
use std::sync::{Arc, Mutex};

use argon2::password_hash::{PasswordHash, Salt};
use argon2::{Algorithm, Argon2, Block, Params, Version};
use base64::Engine;
use base64::engine::general_purpose::STANDARD_NO_PAD;
use secrecy::{ExposeSecret, SecretString};
use subtle::ConstantTimeEq;
use tokio::sync::oneshot;
use zeroize::Zeroizing;

pub const MIN_PASSWORD_CHARS: usize = 12;

/// What an unknown login is checked against, so that it costs one hash at the
/// default cost, like a known one. No password matches it that is also accepted
/// (`verify` answers `false` for it whatever the outcome).
const DUMMY: &str = "$argon2id$v=19$m=19456,t=2,p=1$c2FsdHNhbHRzYWx0c2FsdA$B8g6/0r4p3G6GBoIPnKHvwhQ0xSM45mSe5nNhSTgzqQ";

#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum PasswordError {
    #[error("a password needs at least {MIN_PASSWORD_CHARS} characters")]
    TooShort,
    /// The queue in front of the workers is full: try again shortly.
    #[error("password checks are busy; try again shortly")]
    Busy,
    #[error("the password workers have stopped")]
    Stopped,
    #[error("cannot hash the password: {0}")]
    Hash(String),
}

/// One piece of work for a worker, given the worker's Argon2 memory.
type Job = Box<dyn FnOnce(&mut Vec<Block>) + Send>;

/// A fixed set of threads that hash and check passwords, behind a bounded queue.
/// Dropping the last handle lets the threads finish what is queued and end.
#[derive(Clone)]
pub struct PasswordWorkers {
    queue: Sender<Job>,
    /// Jobs taken and not yet done (running or waiting), at most `capacity`.
    in_flight: Arc<AtomicUsize>,
    capacity: usize,
}

impl PasswordWorkers {
    /// Starts `workers` threads (0: one per core) behind a queue of `queue` jobs
    /// waiting for a free worker.
    pub fn start(workers: usize, queue: usize) -> std::io::Result<Self> {
        let workers = if workers == 0 {
            std::thread::available_parallelism().map_or(1, |n| n.get())
        } else {
            workers
        };
        let (tx, rx) = channel::<Job>();
        let rx = Arc::new(Mutex::new(rx));
        for n in 0..workers {
            let rx = rx.clone();
            std::thread::Builder::new()
                .name(format!("argon2-{n}"))
                .spawn(move || work(&rx))?;
        }
        Ok(Self {
            queue: tx,
            in_flight: Arc::new(AtomicUsize::new(0)),
            capacity: workers + queue,
        })
    }

    /// Runs `job` on a worker, or answers `Busy` at once if every worker is busy
    /// and the queue is full. The count is the queue's bound: the channel never
    /// holds more than `capacity` jobs.
    async fn run<T: Send + 'static>(
        &self,
        job: impl FnOnce(&mut Vec<Block>) -> T + Send + 'static,
    ) -> Result<T, PasswordError> {
        if self.in_flight.fetch_add(1, Ordering::AcqRel) >= self.capacity {
            self.in_flight.fetch_sub(1, Ordering::AcqRel);
            return Err(PasswordError::Busy);
        }
        let slot = Slot(self.in_flight.clone());
        let (tx, rx) = oneshot::channel();
        let job: Job = Box::new(move |memory| {
            let out = job(memory);
            // Room again before the answer, so that the asker's next try finds it.
            drop(slot);
            // The asker may have gone (connection closed); nothing to do then.
            let _ = tx.send(out);
        });
        if self.queue.send(job).is_err() {
            return Err(PasswordError::Stopped);
        }
        rx.await.map_err(|_| PasswordError::Stopped)
    }

    /// A PHC string for a new password (fresh salt, default cost).
    pub async fn hash(&self, password: &SecretString) -> Result<String, PasswordError> {
        if password.expose_secret().chars().count() < MIN_PASSWORD_CHARS {
            return Err(PasswordError::TooShort);
        }
        let password = Zeroizing::new(password.expose_secret().as_bytes().to_vec());
        let salt = super::random_bytes::<16>();
        self.run(move |memory| hash_with(memory, &password, &salt))
            .await?
    }

    /// Whether `password` matches `stored`. With no stored hash (unknown login, or
    /// no password set) it still costs one hash, and answers `false`.
    pub async fn verify(
        &self,
        password: &SecretString,
        stored: Option<String>,
    ) -> Result<bool, PasswordError> {
        let password = Zeroizing::new(password.expose_secret().as_bytes().to_vec());
        self.run(move |memory| {
            let real = stored.is_some();
            let phc = stored.as_deref().unwrap_or(DUMMY);
            verify_with(memory, &password, phc) && real
        })
        .await
    }
}

/// One place taken in the queue; given back when dropped (done, refused, or a
/// job that panicked).
struct Slot(Arc<AtomicUsize>);

impl Drop for Slot {
    fn drop(&mut self) {
        self.0.fetch_sub(1, Ordering::AcqRel);
    }
}

fn work(rx: &Mutex<Receiver<Job>>) {
    // Allocated at the worker's first job, at the cost it asks for, and kept: a
    // stored hash of a higher cost grows it once.
    let mut memory = Vec::new();
    loop {
        let job = {
            let rx = rx.lock().unwrap_or_else(|e| e.into_inner());
            rx.recv()
        };
        match job {
            // A job that panicked loses its answer (the asker sees `Stopped`), not
            // the worker.
            Ok(job) => {
                let _ = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| job(&mut memory)));
            }
            Err(_) => return,
        }
    }
}

/// The most working memory a stored hash may ask for (256 MiB): a damaged or
/// hostile row cannot make a worker allocate more.
const MAX_BLOCKS: usize = 256 * 1024;

/// Grows a worker's memory to what `params` needs; `false` past `MAX_BLOCKS`.
fn ensure_memory(memory: &mut Vec<Block>, params: &Params) -> bool {
    let needed = params.block_count();
    if needed > MAX_BLOCKS {
        return false;
    }
    if memory.len() < needed {
        memory.resize(needed, Block::default());
    }
    true
}

fn hash_with(
    memory: &mut Vec<Block>,
    password: &[u8],
    salt: &[u8; 16],
) -> Result<String, PasswordError> {
    let params = Params::DEFAULT;
    ensure_memory(memory, &params);
    let mut out = [0u8; Params::DEFAULT_OUTPUT_LEN];
    Argon2::new(Algorithm::Argon2id, Version::V0x13, params.clone())
        .hash_password_into_with_memory(password, salt, &mut out, memory.as_mut_slice())
        .map_err(|e| PasswordError::Hash(e.to_string()))?;
    Ok(format!(
        "$argon2id$v=19$m={},t={},p={}${}${}",
        params.m_cost(),
        params.t_cost(),
        params.p_cost(),
        STANDARD_NO_PAD.encode(salt),
        STANDARD_NO_PAD.encode(out)
    ))
}

/// Recomputes the hash of a PHC string with its own parameters and salt, and
/// compares in constant time. Anything unparsable is a mismatch.
fn verify_with(memory: &mut Vec<Block>, password: &[u8], phc: &str) -> bool {
    let Ok(parsed) = PasswordHash::new(phc) else {
        return false;
    };
    let (Ok(algorithm), Ok(params), Some(expected), Some(salt)) = (
        Algorithm::try_from(parsed.algorithm),
        Params::try_from(&parsed),
        parsed.hash,
        parsed.salt,
    ) else {
        return false;
    };
    let version = match parsed.version.map(Version::try_from) {
        None => Version::default(),
        Some(Ok(v)) => v,
        Some(Err(_)) => return false,
    };
    let mut salt_buf = [0u8; Salt::MAX_LENGTH];
    let Ok(salt) = salt.decode_b64(&mut salt_buf) else {
        return false;
    };
    if !ensure_memory(memory, &params) {
        return false;
    }
    let mut out = Zeroizing::new(vec![0u8; expected.len()]);
    let computed = Argon2::new(algorithm, version, params).hash_password_into_with_memory(
        password,
        salt,
        &mut out,
        memory.as_mut_slice(),
    );
    computed.is_ok() && bool::from(out.as_slice().ct_eq(expected.as_bytes()))
}

#[cfg(test)]
mod tests {
    use std::time::Duration;

    use argon2::password_hash::{PasswordHasher, PasswordVerifier, SaltString};

    use super::*;

    fn secret(s: &str) -> SecretString {
        SecretString::from(s.to_string())
    }

    #[tokio::test]
    async fn hashes_verify_and_differ() {
        let w = PasswordWorkers::start(1, 4).unwrap();
        let a = w.hash(&secret("correct horse battery")).await.unwrap();
        let b = w.hash(&secret("correct horse battery")).await.unwrap();
        assert_ne!(a, b, "salts must differ");
        assert!(a.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"));
        for (password, stored, expected) in [
            ("correct horse battery", Some(a.as_str()), true),
            ("correct horse batterz", Some(a.as_str()), false),
            ("correct horse battery", None, false),
            ("correct horse battery", Some("$argon2id$junk"), false),
        ] {
            let got = w.verify(&secret(password), stored.map(String::from)).await;
            assert_eq!(got, Ok(expected), "{password} against {stored:?}");
        }
        assert_eq!(w.hash(&secret("short")).await, Err(PasswordError::TooShort));
    }

    /// Ours and the argon2 crate's own PHC code accept each other's strings.
    #[tokio::test]
    async fn agrees_with_the_argon2_crate() {
        let w = PasswordWorkers::start(1, 1).unwrap();
        let ours = w.hash(&secret("correct horse battery")).await.unwrap();
        let parsed = PasswordHash::new(&ours).unwrap();
        assert!(
            Argon2::default()
                .verify_password(b"correct horse battery", &parsed)
                .is_ok()
        );
        let salt = SaltString::encode_b64(b"sixteen byte slt").unwrap();
        let theirs = Argon2::default()
            .hash_password(b"another good password", &salt)
            .unwrap()
            .to_string();
        assert!(
            w.verify(&secret("another good password"), Some(theirs.clone()))
                .await
                .unwrap()
        );
        assert!(
            !w.verify(&secret("another good passworc"), Some(theirs))
                .await
                .unwrap()
        );
        // A stored hash of a higher cost than the default still checks out.
        let heavy = Argon2::new(
            Algorithm::Argon2id,
            Version::V0x13,
            Params::new(32 * 1024, 1, 1, None).unwrap(),
        )
        .hash_password(b"heavier password!", &salt)
        .unwrap()
        .to_string();
        assert!(
            w.verify(&secret("heavier password!"), Some(heavy))
                .await
                .unwrap()
        );
    }

    /// One job more than the workers can take waits in the queue; beyond the
    /// queue, `Busy` at once.
    #[tokio::test]
    async fn the_queue_waits_then_refuses() {
        let w = PasswordWorkers::start(1, 1).unwrap();
        let (release, gate) = std::sync::mpsc::channel::<()>();
        let (started_tx, started) = oneshot::channel();
        let blocker = {
            let w = w.clone();
            tokio::spawn(async move {
                w.run(move |_| {
                    let _ = started_tx.send(());
                    gate.recv().ok();
                })
                .await
            })
        };
        started.await.unwrap();
        // The worker is busy: this one waits in the queue...
        let queued = {
            let w = w.clone();
            tokio::spawn(async move { w.verify(&secret("waiting password"), None).await })
        };
        tokio::time::sleep(Duration::from_millis(50)).await;
        assert!(!queued.is_finished(), "a queued check waits for the worker");
        // ...and with the queue full, the next is refused without waiting.
        assert_eq!(
            w.verify(&secret("refused password"), None).await,
            Err(PasswordError::Busy)
        );
        release.send(()).unwrap();
        assert_eq!(blocker.await.unwrap(), Ok(()));
        assert_eq!(queued.await.unwrap(), Ok(false));
        // Room again.
        assert_eq!(w.verify(&secret("later password"), None).await, Ok(false));
    }
}
