//! What every handler may reach: one state, built at start-up (or by a test) and
//! handed to the routes. No global state.

use std::sync::Arc;

use sea_orm::DatabaseConnection;
use tokio::sync::{Notify, Semaphore};

use crate::crypto::LookupSecret;
use crate::crypto::password::PasswordWorkers;
use crate::i18n::I18n;
use crate::limits::{ByteBudget, SourceThrottle};
use crate::pow::Pow;
use crate::routing::Routing;
use crate::settings::Settings;
use crate::transparency::LogKey;

pub struct AppState {
    pub db: DatabaseConnection,
    pub settings: Arc<Settings>,
    pub routing: Arc<Routing>,
    pub lookup_secret: LookupSecret,
    pub i18n: Arc<I18n>,
    /// Wakes the notification worker when the outbox gets a row.
    pub notifier: Arc<Notify>,
    /// Proof of work on anonymous requests: challenges, checks, difficulty.
    pub pow: Pow,
    /// Sign-in attempts, by source (in memory only), before any password check.
    pub signins: SourceThrottle,
    /// The password hashing threads and their bounded queue.
    pub passwords: PasswordWorkers,
    /// Room for requests with attachments (`limits.max_concurrent_uploads`).
    pub uploads: Arc<Semaphore>,
    /// Bytes of such requests per hour (`limits.max_upload_bytes_per_hour`).
    pub upload_bytes: ByteBudget,
    /// Room for encrypted files being sent (`limits.max_concurrent_downloads`).
    pub downloads: Arc<Semaphore>,
    /// The key that signs the transparency logs' checkpoints.
    pub log_key: Arc<LogKey>,
}

impl AppState {
    pub fn new(
        db: DatabaseConnection,
        settings: Arc<Settings>,
        routing: Arc<Routing>,
        lookup_secret: LookupSecret,
        i18n: Arc<I18n>,
        notifier: Arc<Notify>,
        log_key: Arc<LogKey>,
    ) -> std::io::Result<Self> {
        let limits = &settings.limits;
        let console = &settings.console;
        Ok(Self {
            pow: Pow::new(settings.pow.clone(), &lookup_secret),
            signins: SourceThrottle::new(
                console.signin_burst,
                console.signin_per_minute,
                console.signin_shared_source_factor,
            ),
            passwords: PasswordWorkers::start(console.password_workers, console.password_queue)?,
            uploads: Arc::new(Semaphore::new(limits.max_concurrent_uploads.max(1))),
            upload_bytes: ByteBudget::new(limits.max_upload_bytes_per_hour),
            downloads: Arc::new(Semaphore::new(limits.max_concurrent_downloads.max(1))),
            db,
            settings,
            routing,
            lookup_secret,
            i18n,
            notifier,
            log_key,
        })
    }
}
