//! Layered settings: `config/default.toml`, then `config/$PASSERELLE_ENV.toml`,
//! then `PASSERELLE__SECTION__KEY` environment variables.

use std::net::SocketAddr;
use std::path::{Path, PathBuf};

use secrecy::SecretString;
use serde::Deserialize;

#[derive(Debug, Clone, Deserialize)]
pub struct Settings {
    pub server: ServerSettings,
    pub database: DatabaseSettings,
    pub limits: LimitSettings,
    pub tokens: TokenSettings,
    pub notify: NotifySettings,
    pub web: WebSettings,
    pub routing: RoutingSettings,
    pub console: ConsoleSettings,
    pub pow: PowSettings,
    pub retention: RetentionSettings,
    pub log: LogSettings,
    #[serde(default)]
    pub secrets: SecretSettings,
}

/// The transparency logs (docs/transparency.md).
#[derive(Debug, Clone, Deserialize)]
pub struct LogSettings {
    /// The Ed25519 key that signs checkpoints, in the note format
    /// (`PRIVATE+KEY+<name>+<id>+<base64>`, from `passerelle log keygen`); or
    /// `signing_key_file`. Never in the database.
    #[serde(default)]
    pub signing_key: Option<SecretString>,
    #[serde(default)]
    pub signing_key_file: Option<PathBuf>,
    /// How often the sequencer integrates new entries.
    pub interval_ms: u64,
}

#[derive(Debug, Clone, Deserialize)]
pub struct ConsoleSettings {
    pub idle_minutes: i64,
    pub absolute_hours: i64,
    pub max_failures: i32,
    pub lockout_seconds: i64,
    pub totp_issuer: String,
    /// Threads that hash and check passwords (0: one per core).
    pub password_workers: usize,
    /// Checks waiting for a free password worker; beyond that, `503`.
    pub password_queue: usize,
    /// Sign-in attempts a source may make at once, and how many more per minute.
    pub signin_burst: u32,
    pub signin_per_minute: u32,
    /// How many times that allowance the loopback source (an onion service, a
    /// reverse proxy on the same host: every officer behind it) gets.
    pub signin_shared_source_factor: u32,
    /// Leave `Secure` off the session cookie for requests to a loopback host, so
    /// that the console works over plain HTTP on this machine (development, the
    /// demo). Never for a deployment.
    pub plain_http_localhost: bool,
}

/// How long what the service holds is kept, and the upkeep job that deletes it
/// (src/upkeep.rs).
#[derive(Debug, Clone, Deserialize)]
pub struct RetentionSettings {
    /// How often the upkeep job runs, in seconds; 0 never (tests run it by hand).
    pub interval_seconds: u64,
    /// Days a re-encryption keeps the envelopes and files it replaced, unless a
    /// supervisor confirms the new ones open (or restores the old ones) first.
    pub superseded_days: i64,
    /// Days a mailed notification row is kept (at least a digest period and a day).
    pub sent_outbox_days: i64,
    /// Days a closed case keeps its content after its last activity (a reporter's
    /// message or a status change starts the count again); 0 keeps it for ever.
    pub closed_days: i64,
    /// Days a case marked as spam or abuse keeps its content after the mark; 0:
    /// only its category's retention applies.
    pub flagged_days: i64,
    /// The same, per category (slug → days), where it differs.
    #[serde(default)]
    pub closed_days_by_category: std::collections::BTreeMap<String, i64>,
}

impl RetentionSettings {
    /// How long a closed case of `category` keeps its content; `None`: for ever.
    pub fn closed_days_for(&self, category: &str) -> Option<i64> {
        let days = self
            .closed_days_by_category
            .get(category)
            .copied()
            .unwrap_or(self.closed_days);
        (days > 0).then_some(days)
    }
}

/// Proof of work on anonymous requests (src/pow.rs).
#[derive(Debug, Clone, Deserialize)]
pub struct PowSettings {
    /// PBKDF2 iterations per attempt; the server spends one derivation per
    /// challenge it issues.
    pub cost: u32,
    /// The most attempts a challenge asks for while the service is quiet.
    pub quiet_attempts: u32,
    /// The most attempts a challenge asks for under any flood.
    pub max_attempts: u32,
    /// Solutions (or four times as many issues) per minute, per kind and instance,
    /// up to which the service counts as quiet.
    pub quiet_per_minute: u32,
    /// How long a challenge can be used after it is issued.
    pub expires_seconds: i64,
    /// Follow-up lookups that match nothing which one lookup challenge pays for.
    pub lookup_misses: u32,
}

#[derive(Debug, Clone, Deserialize)]
pub struct ServerSettings {
    pub listen: SocketAddr,
    pub workers: usize,
    /// `Strict-Transport-Security: max-age=…` on every answer to a request that
    /// came over HTTPS (directly, or as a proxy's `X-Forwarded-Proto`/`Forwarded`
    /// says); 0 sends none.
    pub hsts_max_age_seconds: u64,
}

#[derive(Debug, Clone, Deserialize)]
pub struct DatabaseSettings {
    pub url: String,
    pub max_connections: u32,
}

#[derive(Debug, Clone, Deserialize)]
pub struct LimitSettings {
    pub max_envelope_bytes: usize,
    pub max_body_bytes: usize,
    pub max_thread_messages: u64,
    /// All message envelopes of one case (attachments apart).
    pub max_case_message_bytes: u64,
    /// Envelope bytes one page of a thread read carries (at least one message).
    pub max_page_bytes: usize,
    pub max_reencrypt_body_bytes: usize,
    /// Attachments per report or message.
    pub max_attachments: usize,
    /// One attachment's age file.
    pub max_attachment_bytes: usize,
    /// All attachments of one report or message.
    pub max_message_attachment_bytes: usize,
    /// All attachments of one case.
    pub max_case_attachment_bytes: u64,
    /// Requests with attachments (bodies over `max_body_bytes`) handled at once;
    /// more wait for none: they get `503`, and clients retry.
    pub max_concurrent_uploads: usize,
    /// Bytes of such bodies this instance accepts per hour (disk-flood guard),
    /// charged as they are read.
    pub max_upload_bytes_per_hour: u64,
    /// Encrypted files sent to officers at once (each up to `max_attachment_bytes`
    /// in memory); more wait up to `busy_wait_ms`, then get `503`.
    pub max_concurrent_downloads: usize,
    /// How long a request waits for a download place before `503`.
    pub busy_wait_ms: u64,
    /// Every request body: after `body_grace_seconds`, it must have come at
    /// `min_body_bytes_per_second` on average, and it must be complete within
    /// `max_body_seconds`; otherwise `408` and the connection is closed.
    pub body_grace_seconds: u64,
    pub min_body_bytes_per_second: u64,
    pub max_body_seconds: u64,
    /// Anonymous writes (reports, reporters' messages) and their stored bytes that
    /// all instances together accept per clock hour: in all, and per unit
    /// (src/store/budget.rs).
    pub writes_per_hour: u64,
    pub write_bytes_per_hour: u64,
    pub unit_writes_per_hour: u64,
    pub unit_write_bytes_per_hour: u64,
}

impl LimitSettings {
    /// The largest body of a report or reporter message: the JSON limit plus the
    /// base64 of the attachments it may carry.
    pub fn max_upload_body_bytes(&self) -> usize {
        self.max_body_bytes + self.max_message_attachment_bytes.div_ceil(3) * 4 + 1024
    }

    /// The pace every request body is held to.
    pub fn body_pace(&self) -> crate::limits::BodyPace {
        crate::limits::BodyPace {
            grace: std::time::Duration::from_secs(self.body_grace_seconds),
            min_bytes_per_second: self.min_body_bytes_per_second,
            max: std::time::Duration::from_secs(self.max_body_seconds),
        }
    }
}

#[derive(Debug, Clone, Deserialize)]
pub struct TokenSettings {
    pub ttl_days: i64,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum MailTransport {
    Smtp,
    Log,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum SmtpTls {
    None,
    Starttls,
    Tls,
}

#[derive(Debug, Clone, Deserialize)]
pub struct NotifySettings {
    pub transport: MailTransport,
    pub smtp_host: String,
    pub smtp_port: u16,
    pub smtp_tls: SmtpTls,
    #[serde(default)]
    pub smtp_username: Option<String>,
    #[serde(default)]
    pub smtp_password: Option<SecretString>,
    pub from: String,
    pub poll_interval_ms: u64,
    pub backoff_base_ms: u64,
    pub backoff_max_ms: u64,
    pub digest_minutes: i64,
    /// The longest one mail may take, the whole SMTP exchange (else it counts as
    /// failed and is retried); outbox rows are leased for three times this.
    pub smtp_timeout_seconds: u64,
}

impl NotifySettings {
    pub fn smtp_timeout(&self) -> std::time::Duration {
        std::time::Duration::from_secs(self.smtp_timeout_seconds.clamp(1, 600))
    }
}

#[derive(Debug, Clone, Deserialize)]
pub struct WebSettings {
    pub quick_exit_url: String,
    pub default_language: String,
    /// The service's onion address (`http://….onion`), sent as `Onion-Location` on
    /// public pages so that Tor Browser offers it.
    #[serde(default)]
    pub onion_location: Option<String>,
}

#[derive(Debug, Clone, Deserialize)]
pub struct RoutingSettings {
    pub file: PathBuf,
}

#[derive(Debug, Clone, Default, Deserialize)]
pub struct SecretSettings {
    /// Base64 of at least 32 random bytes: the HMAC key for lookup keys.
    #[serde(default)]
    pub lookup_key: Option<SecretString>,
}

#[derive(Debug, thiserror::Error)]
pub enum SettingsError {
    #[error("cannot read configuration from {dir}: {source}")]
    Load {
        dir: PathBuf,
        #[source]
        source: config::ConfigError,
    },
}

impl Settings {
    /// Reads the configuration directory named by `PASSERELLE_CONFIG_DIR` (default
    /// `config`) and the environment.
    pub fn load() -> Result<Self, SettingsError> {
        let dir = std::env::var_os("PASSERELLE_CONFIG_DIR")
            .map(PathBuf::from)
            .unwrap_or_else(|| PathBuf::from("config"));
        let env = std::env::var("PASSERELLE_ENV").unwrap_or_else(|_| "local".into());
        Self::load_from(&dir, &env)
    }

    pub fn load_from(dir: &Path, env: &str) -> Result<Self, SettingsError> {
        let wrap = |source| SettingsError::Load {
            dir: dir.to_path_buf(),
            source,
        };
        config::Config::builder()
            .add_source(config::File::from(dir.join("default.toml")))
            .add_source(config::File::from(dir.join(format!("{env}.toml"))).required(false))
            .add_source(
                config::Environment::with_prefix("PASSERELLE")
                    .prefix_separator("__")
                    .separator("__"),
            )
            .build()
            .map_err(wrap)?
            .try_deserialize()
            .map_err(wrap)
    }

    /// The built-in defaults alone, with no file or environment: for tests and the
    /// demo, which then set what they need.
    pub fn defaults() -> Self {
        config::Config::builder()
            .add_source(config::File::from_str(
                include_str!("../config/default.toml"),
                config::FileFormat::Toml,
            ))
            .build()
            .and_then(|c| c.try_deserialize())
            .unwrap_or_else(|e| panic!("config/default.toml is invalid: {e}"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_parse_and_hold_no_secret() {
        let s = Settings::defaults();
        assert!(s.secrets.lookup_key.is_none());
        assert!(s.database.url.starts_with("sqlite://"));
        assert_eq!(s.notify.transport, MailTransport::Smtp);
    }
}
