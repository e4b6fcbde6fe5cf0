//! One way to start the app for tests: a fresh database per test (a SQLite file in a
//! temporary folder, or a throw-away PostgreSQL database), migrations run, a random
//! port, and a real SMTP listener.

use std::time::Duration;

use base64::Engine;
use base64::engine::general_purpose::{STANDARD, URL_SAFE_NO_PAD};
use chrono::TimeDelta;
use passerelle::crypto;
use passerelle::domain::{OfficerLogin, UnitSlug};
use passerelle::pow;
use passerelle::settings::{MailTransport, Settings};
use passerelle::startup::Application;
use passerelle::store::audit::Actor;
use passerelle::store::officers::{self, Role};
use passerelle::store::units::{self, RecipientKind};
use sea_orm::{ConnectionTrait, DatabaseConnection, EntityTrait, PaginatorTrait, Statement};
use serde_json::{Value, json};

pub use crate::support::pg::{PgDatabase, pg_admin_url, postgres_available};
pub use crate::support::smtp::SmtpSink;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    Postgres,
}

pub use crate::support::required;

/// Runs a test body against both backends, as two test functions.
#[macro_export]
macro_rules! on_both_backends {
    ($name:ident) => {
        mod $name {
            #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
            async fn sqlite() {
                super::$name($crate::helpers::Backend::Sqlite).await
            }
            #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
            async fn postgres() {
                if !$crate::helpers::postgres_available().await {
                    return;
                }
                super::$name($crate::helpers::Backend::Postgres).await
            }
        }
    };
}

pub fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// A unit with a demo officer, keys and a token.
pub struct UnitFixture {
    pub slug: String,
    pub officer_login: String,
    /// A member's token (the officer whose key is `identity`).
    pub token: String,
    /// A supervisor's token (transfer, re-key, confirm, restore). The supervisor has
    /// no key of their own: the tests' "device" opens envelopes with `identity`.
    pub chief_token: String,
    pub identity: age::x25519::Identity,
    pub recovery: age::x25519::Identity,
}

impl UnitFixture {
    pub fn recipients(&self) -> Vec<String> {
        vec![
            self.recovery.to_public().to_string(),
            self.identity.to_public().to_string(),
        ]
    }
}

pub struct TestApp {
    pub address: String,
    pub port: u16,
    pub db: DatabaseConnection,
    pub db_url: String,
    pub http: reqwest::Client,
    pub smtp: Option<SmtpSink>,
    pub gbv: UnitFixture,
    pub child: UnitFixture,
    pub data: tempfile::TempDir,
    pub backend: Backend,
    /// The key of the test partner organisation ("test-shelter").
    pub partner: age::x25519::Identity,
    /// The verifier key of the transparency logs' signing key.
    pub log_vkey: String,
    _pg: Option<PgDatabase>,
}

pub struct Options {
    /// Where mail goes: a running sink, or a port nobody listens on (outage).
    pub smtp: SmtpChoice,
    /// Changes to the test settings (smaller limits, say).
    pub tweak: Option<fn(&mut Settings)>,
}

pub enum SmtpChoice {
    Sink,
    Down(u16),
}

impl Default for Options {
    fn default() -> Self {
        Self {
            smtp: SmtpChoice::Sink,
            tweak: None,
        }
    }
}

pub async fn spawn_app(backend: Backend) -> TestApp {
    spawn_app_with(backend, Options::default()).await
}

/// An app whose settings `tweak` changes first (smaller limits, say).
pub async fn spawn_app_tweaked(backend: Backend, tweak: fn(&mut Settings)) -> TestApp {
    spawn_app_with(
        backend,
        Options {
            tweak: Some(tweak),
            ..Options::default()
        },
    )
    .await
}

pub async fn spawn_app_with(backend: Backend, opts: Options) -> TestApp {
    let data = tempfile::tempdir().unwrap();
    let mut settings = Settings::defaults();
    let (db_url, pg) = match backend {
        Backend::Sqlite => (
            format!(
                "sqlite://{}?mode=rwc",
                data.path().join("passerelle.db").display()
            ),
            None,
        ),
        Backend::Postgres => {
            let pg = PgDatabase::create().await;
            (pg.url.clone(), Some(pg))
        }
    };
    settings.database.url = db_url.clone();
    settings.database.max_connections = 4;
    settings.server.listen = "127.0.0.1:0".parse().unwrap();
    settings.server.workers = 2;
    // The tests speak plain HTTP to 127.0.0.1, as the demo does.
    settings.console.plain_http_localhost = true;
    // Proof of work stays on, as in production, at a difficulty tests can afford.
    // The upkeep job is paused: tests run its passes with the time they choose.
    settings.retention.interval_seconds = 0;
    settings.pow.cost = 10;
    settings.pow.quiet_attempts = 4;
    // The shipped routing table, plus a partner organisation whose key we hold.
    let partner = age::x25519::Identity::generate();
    let routing = format!(
        "{}\n[[partner]]\nslug = \"test-shelter\"\nname = \"Test shelter\"\nkind = \"shelter\"\nrecipients = [\"{}\"]\n",
        include_str!("../../config/routing.toml"),
        partner.to_public()
    );
    let routing_file = data.path().join("routing.toml");
    std::fs::write(&routing_file, routing).unwrap();
    settings.routing.file = routing_file;
    settings.secrets.lookup_key = Some(crypto::LookupSecret::generate_base64().into());
    // The transparency logs' key, and a quick sequencer.
    let (log_skey, log_vkey) =
        passerelle::transparency::LogKey::generate("passerelle.test/log").unwrap();
    settings.log.signing_key = Some(log_skey.into());
    settings.log.interval_ms = 50;
    settings.notify.transport = MailTransport::Smtp;
    settings.notify.poll_interval_ms = 100;
    settings.notify.backoff_base_ms = 200;
    settings.notify.backoff_max_ms = 1000;
    let smtp = match opts.smtp {
        SmtpChoice::Sink => {
            let sink = SmtpSink::start().await;
            settings.notify.smtp_port = sink.port;
            Some(sink)
        }
        SmtpChoice::Down(port) => {
            settings.notify.smtp_port = port;
            None
        }
    };
    if let Some(tweak) = opts.tweak {
        tweak(&mut settings);
    }
    let app = Application::build(settings.clone())
        .await
        .expect("application builds");
    let port = app.port();
    tokio::spawn(app.run_until_stopped());
    let db = passerelle::store::connect(&db_url, 2).await.unwrap();
    let gbv = seed_unit(&db, "gbv").await;
    let child = seed_unit(&db, "child-protection").await;
    TestApp {
        address: format!("http://127.0.0.1:{port}"),
        port,
        db,
        db_url,
        http: reqwest::Client::builder()
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .unwrap(),
        smtp,
        gbv,
        child,
        data,
        backend,
        partner,
        log_vkey,
        _pg: pg,
    }
}

pub async fn seed_unit(db: &DatabaseConnection, slug: &str) -> UnitFixture {
    let unit = UnitSlug::parse(slug).unwrap();
    let login = OfficerLogin::parse(&format!("{slug}-officer")).unwrap();
    let officer = officers::create(db, &Actor::Admin, &login, "Test officer")
        .await
        .unwrap();
    officers::add_to_unit(db, &Actor::Admin, &officer, &unit, Role::Member)
        .await
        .unwrap();
    let recovery = age::x25519::Identity::generate();
    let identity = age::x25519::Identity::generate();
    units::add_recipient(
        db,
        &Actor::Admin,
        &unit,
        &recovery.to_public().to_string(),
        RecipientKind::Recovery,
        None,
        "recovery",
    )
    .await
    .unwrap();
    units::add_recipient(
        db,
        &Actor::Admin,
        &unit,
        &identity.to_public().to_string(),
        RecipientKind::Officer,
        Some(officer.id),
        "officer",
    )
    .await
    .unwrap();
    let (token, _) = officers::issue_token(db, &Actor::Admin, &officer, TimeDelta::days(1), "test")
        .await
        .unwrap();
    let chief_login = OfficerLogin::parse(&format!("{slug}-chief")).unwrap();
    let chief = officers::create(db, &Actor::Admin, &chief_login, "Test supervisor")
        .await
        .unwrap();
    officers::add_to_unit(db, &Actor::Admin, &chief, &unit, Role::Supervisor)
        .await
        .unwrap();
    let (chief_token, _) =
        officers::issue_token(db, &Actor::Admin, &chief, TimeDelta::days(1), "test")
            .await
            .unwrap();
    UnitFixture {
        slug: slug.to_string(),
        officer_login: login.to_string(),
        token: token.expose().to_string(),
        chief_token: chief_token.expose().to_string(),
        identity,
        recovery,
    }
}

/// What a reporter's device holds for one report.
pub struct Reporter {
    pub lookup: String,
    pub reply_identity: age::x25519::Identity,
}

impl Default for Reporter {
    fn default() -> Self {
        Self::new()
    }
}

impl Reporter {
    pub fn new() -> Self {
        Self {
            lookup: URL_SAFE_NO_PAD.encode(crypto::random_bytes::<32>()),
            reply_identity: age::x25519::Identity::generate(),
        }
    }
}

pub fn envelope_for(recipients: &[String], plaintext: &Value) -> String {
    let padded = crypto::pad(plaintext.to_string().as_bytes()).unwrap();
    STANDARD.encode(crypto::encrypt_to(recipients, &padded).unwrap())
}

pub fn report_plaintext(category: &str, what: &str) -> Value {
    json!({
        "v": 1, "kind": "report", "category": category, "language": "fr", "urgent": false,
        "region": null, "fields": { "what": what, "when": "hier", "where": "", "who": "" },
        "referral_consent": false
    })
}

pub fn decrypt_b64(identity: &age::x25519::Identity, b64: &str) -> Value {
    let bytes = STANDARD.decode(b64).unwrap();
    let plain = crypto::decrypt_with(std::slice::from_ref(identity), &bytes).expect("decrypts");
    serde_json::from_str(String::from_utf8_lossy(&plain).trim_end()).unwrap()
}

impl TestApp {
    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.address)
    }

    pub async fn key_set(&self, unit: &str) -> i64 {
        let units = self.get_units().await;
        units["units"]
            .as_array()
            .unwrap()
            .iter()
            .find(|u| u["slug"] == unit)
            .unwrap()["key_set"]
            .as_i64()
            .unwrap()
    }

    pub async fn get_units(&self) -> Value {
        self.http
            .get(self.url("/api/v1/units"))
            .send()
            .await
            .unwrap()
            .json()
            .await
            .unwrap()
    }

    /// A valid submission body for the gbv unit.
    pub async fn report_body(&self, reporter: &Reporter, what: &str) -> Value {
        json!({
            "category": "gbv",
            "key_set": self.key_set("gbv").await,
            "language": "fr",
            "urgent": false,
            "envelope": envelope_for(&self.gbv.recipients(), &report_plaintext("gbv", what)),
            "lookup": reporter.lookup,
            "reply_recipient": reporter.reply_identity.to_public().to_string(),
        })
    }

    /// A solved proof-of-work challenge for `kind`, as the Passerelle-Pow header.
    pub async fn pow(&self, kind: &str) -> String {
        crate::support::pow(&self.http, &self.address, kind).await
    }

    pub async fn submit(&self, body: &Value) -> reqwest::Response {
        self.http
            .post(self.url("/api/v1/reports"))
            .header(pow::HEADER, self.pow("report").await)
            .json(body)
            .send()
            .await
            .unwrap()
    }

    pub async fn submit_raw(&self, body: Vec<u8>, content_type: &str) -> reqwest::Response {
        self.http
            .post(self.url("/api/v1/reports"))
            .header(pow::HEADER, self.pow("report").await)
            .header("content-type", content_type)
            .body(body)
            .send()
            .await
            .unwrap()
    }

    pub async fn follow_up(&self, lookup: &str) -> reqwest::Response {
        self.http
            .get(self.url("/api/v1/follow-up"))
            .header(pow::HEADER, self.pow("lookup").await)
            .header("authorization", format!("Lookup {lookup}"))
            .send()
            .await
            .unwrap()
    }

    pub async fn reporter_message(&self, lookup: &str, body: &Value) -> reqwest::Response {
        self.http
            .post(self.url("/api/v1/follow-up/messages"))
            .header(pow::HEADER, self.pow("message").await)
            .header("authorization", format!("Lookup {lookup}"))
            .json(body)
            .send()
            .await
            .unwrap()
    }

    pub async fn officer_get(&self, token: &str, path: &str) -> reqwest::Response {
        self.http
            .get(self.url(path))
            .bearer_auth(token)
            .send()
            .await
            .unwrap()
    }

    pub async fn officer_post(&self, token: &str, path: &str, body: &Value) -> reqwest::Response {
        self.http
            .post(self.url(path))
            .bearer_auth(token)
            .json(body)
            .send()
            .await
            .unwrap()
    }

    pub async fn count(&self, table: &str) -> u64 {
        self.count_where(table, "1 = 1").await
    }

    /// Adds a fresh officer key to the gbv unit (its key-set version changes).
    pub async fn add_gbv_key(&self) -> age::x25519::Identity {
        self.add_key("gbv").await
    }

    /// A new officer key in `unit`'s set (the set's version goes up).
    pub async fn add_key(&self, unit: &str) -> age::x25519::Identity {
        let id = age::x25519::Identity::generate();
        units::add_recipient(
            &self.db,
            &Actor::Admin,
            &UnitSlug::parse(unit).unwrap(),
            &id.to_public().to_string(),
            RecipientKind::Officer,
            None,
            "new officer",
        )
        .await
        .unwrap();
        id
    }

    /// The database id of a case.
    pub async fn report_id(&self, case: &str) -> i64 {
        use sea_orm::{ColumnTrait, QueryFilter};
        entities::report::Entity::find()
            .filter(entities::report::Column::CaseRef.eq(case))
            .one(&self.db)
            .await
            .unwrap()
            .expect("a stored case")
            .id
    }

    /// Moves a case's last activity to `at` (retention tests).
    pub async fn set_updated_at(&self, case: &str, at: chrono::DateTime<chrono::Utc>) {
        use sea_orm::{ColumnTrait, QueryFilter};
        entities::report::Entity::update_many()
            .col_expr(
                entities::report::Column::UpdatedAt,
                sea_orm::sea_query::Expr::value(at),
            )
            .filter(entities::report::Column::CaseRef.eq(case))
            .exec(&self.db)
            .await
            .unwrap();
    }

    /// Every audit entry's action, oldest first.
    pub async fn audit_actions(&self) -> Vec<String> {
        use sea_orm::QueryOrder;
        entities::audit_log::Entity::find()
            .order_by_asc(entities::audit_log::Column::Seq)
            .all(&self.db)
            .await
            .unwrap()
            .into_iter()
            .map(|e| e.action)
            .collect()
    }

    /// Row counts of every table that bad input must leave alone.
    pub async fn snapshot(&self) -> Vec<(String, u64)> {
        let mut out = Vec::new();
        for t in [
            "report",
            "message",
            "attachment",
            "status_change",
            "outbox",
            "audit_log",
            "reencryption",
            "superseded",
        ] {
            out.push((t.to_string(), self.count(t).await));
        }
        out
    }

    pub async fn reports(&self) -> u64 {
        entities::report::Entity::find()
            .count(&self.db)
            .await
            .unwrap()
    }
}

pub async fn error_code(res: reqwest::Response) -> (u16, String) {
    let status = res.status().as_u16();
    let body: Value = res.json().await.unwrap_or(Value::Null);
    (
        status,
        body["error"]["code"].as_str().unwrap_or("").to_string(),
    )
}

impl TestApp {
    pub async fn count_where(&self, table: &str, condition: &str) -> u64 {
        let backend = self.db.get_database_backend();
        let row = self
            .db
            .query_one_raw(Statement::from_string(
                backend,
                format!("SELECT COUNT(*) AS n FROM {table} WHERE {condition}"),
            ))
            .await
            .unwrap()
            .unwrap();
        row.try_get::<i64>("", "n").unwrap() as u64
    }
}

/// Waits (5 s at most) until every outbox row is marked sent: a mail reaches the
/// relay a moment before its row is.
pub async fn wait_until_outbox_empty(app: &TestApp) {
    let deadline = tokio::time::Instant::now() + Duration::from_secs(5);
    while passerelle::store::outbox::pending_count(&app.db)
        .await
        .unwrap()
        != 0
    {
        assert!(
            tokio::time::Instant::now() < deadline,
            "outbox row not marked sent"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}
