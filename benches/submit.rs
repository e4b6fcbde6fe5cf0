//! Report submissions per second through the real HTTP stack, on SQLite and (when
//! reachable) PostgreSQL. Envelopes are made beforehand: encryption is the
//! client's work. Only ever targets 127.0.0.1; bounded by the request count.
//!
//!   cargo bench --bench submit                 # 2000 reports, 8 clients
//!   BENCH_REPORTS=5000 BENCH_CLIENTS=16 cargo bench --bench submit
//!   BENCH_REPORTS=200 BENCH_ATTACHMENT_BYTES=3000000 cargo bench --bench submit
//!                                             # each report with a 3 MB photo
//!
//! It also prints the process's peak resident memory (server and clients share it).

use std::sync::Arc;
use std::time::{Duration, Instant};

use base64::Engine;
use base64::engine::general_purpose::{STANDARD, URL_SAFE_NO_PAD};
use chrono::TimeDelta;
use passerelle::crypto;
use passerelle::domain::{OfficerLogin, UnitSlug};
use passerelle::settings::{MailTransport, Settings};
use passerelle::startup::Application;
use passerelle::store::audit::Actor;
use passerelle::store::officers::{self, Role};
use passerelle::store::units::{self, RecipientKind};
use sea_orm::ConnectionTrait;
use serde_json::{Value, json};

fn env_usize(name: &str, default: usize) -> usize {
    std::env::var(name)
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

/// Peak resident memory of this process so far (Linux), in MiB.
fn peak_rss_mib() -> Option<f64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let kb: f64 = status
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))?
        .trim()
        .trim_end_matches("kB")
        .trim()
        .parse()
        .ok()?;
    Some(kb / 1024.0)
}

async fn run(label: &str, db_url: &str, reports: usize, clients: usize, attachment: usize) {
    let mut settings = Settings::defaults();
    settings.limits.max_concurrent_uploads = clients;
    settings.limits.max_upload_bytes_per_hour = u64::MAX / 2;
    // The bench measures the write path, not the flood guard.
    settings.limits.writes_per_hour = u64::MAX / 2;
    settings.limits.write_bytes_per_hour = u64::MAX / 2;
    settings.limits.unit_writes_per_hour = u64::MAX / 2;
    settings.limits.unit_write_bytes_per_hour = u64::MAX / 2;
    // Proof of work at its cheapest (one attempt of one iteration), solved before the
    // clock starts: this measures the write path.
    settings.pow.cost = 1;
    settings.pow.quiet_attempts = 1;
    settings.pow.max_attempts = 1;
    settings.database.url = db_url.to_string();
    settings.database.max_connections = 16;
    settings.server.listen = "127.0.0.1:0".parse().unwrap();
    settings.server.workers = 2;
    settings.routing.file = concat!(env!("CARGO_MANIFEST_DIR"), "/config/routing.toml").into();
    settings.secrets.lookup_key = Some(crypto::LookupSecret::generate_base64().into());
    settings.log.signing_key = Some(
        passerelle::transparency::LogKey::generate("passerelle.bench/log")
            .unwrap()
            .0
            .into(),
    );
    settings.notify.transport = MailTransport::Log;
    let app = Application::build(settings).await.expect("app");
    let base = format!("http://127.0.0.1:{}", app.port());
    let db = passerelle::store::connect(db_url, 2).await.unwrap();
    tokio::spawn(app.run_until_stopped());

    let unit = UnitSlug::parse("gbv").unwrap();
    let login = OfficerLogin::parse("bench-officer").unwrap();
    let officer = officers::create(&db, &Actor::Admin, &login, "Bench")
        .await
        .unwrap();
    officers::add_to_unit(&db, &Actor::Admin, &officer, &unit, Role::Member)
        .await
        .unwrap();
    let ids: Vec<age::x25519::Identity> =
        (0..2).map(|_| age::x25519::Identity::generate()).collect();
    for (i, id) in ids.iter().enumerate() {
        let kind = if i == 0 {
            RecipientKind::Recovery
        } else {
            RecipientKind::Officer
        };
        units::add_recipient(
            &db,
            &Actor::Admin,
            &unit,
            &id.to_public().to_string(),
            kind,
            None,
            "bench",
        )
        .await
        .unwrap();
    }
    let _ = officers::issue_token(&db, &Actor::Admin, &officer, TimeDelta::days(1), "bench").await;
    let http = reqwest::Client::new();
    let units: Value = http
        .get(format!("{base}/api/v1/units"))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let gbv = units["units"]
        .as_array()
        .unwrap()
        .iter()
        .find(|u| u["slug"] == "gbv")
        .unwrap()
        .clone();
    let recipients: Vec<String> = gbv["recipients"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r.as_str().unwrap().to_string())
        .collect();

    // A 2 KiB report, padded to its 2 KiB bucket: a typical form.
    let text = "x".repeat(1500);
    let bodies: Vec<Value> = (0..reports)
        .map(|_| {
            let plain = crypto::pad(
                json!({"v":1,"kind":"report","fields":{"what": text}})
                    .to_string()
                    .as_bytes(),
            )
            .unwrap();
            json!({
                "category": "gbv", "key_set": gbv["key_set"], "language": "fr", "urgent": false,
                "envelope": STANDARD.encode(crypto::encrypt_to(&recipients, &plain).unwrap()),
                "lookup": URL_SAFE_NO_PAD.encode(crypto::random_bytes::<32>()),
                "reply_recipient": age::x25519::Identity::generate().to_public().to_string(),
            })
        })
        .collect();
    let envelope_bytes = STANDARD
        .decode(bodies[0]["envelope"].as_str().unwrap())
        .unwrap()
        .len();
    // One encrypted file, added to each report as it is sent (the server does not
    // compare them), so that the clients do not hold hundreds of copies.
    let file: Arc<Option<String>> = Arc::new((attachment > 0).then(|| {
        let bytes: Vec<u8> = (0..attachment).map(|i| (i % 251) as u8).collect();
        STANDARD.encode(crypto::encrypt_to(&recipients, &crypto::pad_attachment(&bytes)).unwrap())
    }));

    let mut paid = Vec::with_capacity(bodies.len());
    for body in bodies {
        let challenge: altcha::Challenge = http
            .get(format!("{base}/api/v1/pow/report"))
            .send()
            .await
            .unwrap()
            .json()
            .await
            .unwrap();
        paid.push((body, passerelle::pow::solve(&challenge).unwrap()));
    }
    let queue = Arc::new(tokio::sync::Mutex::new(paid));
    let started = Instant::now();
    let mut tasks = Vec::new();
    for _ in 0..clients {
        let queue = queue.clone();
        let http = http.clone();
        let file = file.clone();
        let url = format!("{base}/api/v1/reports");
        tasks.push(tokio::spawn(async move {
            let mut latencies = Vec::new();
            loop {
                let Some((mut body, pow)) = queue.lock().await.pop() else {
                    break;
                };
                if let Some(f) = file.as_ref() {
                    body["attachments"] = json!([f]);
                }
                let t = Instant::now();
                let res = http
                    .post(&url)
                    .header(passerelle::pow::HEADER, pow)
                    .json(&body)
                    .send()
                    .await
                    .unwrap();
                assert_eq!(
                    res.status(),
                    201,
                    "{}",
                    res.text().await.unwrap_or_default()
                );
                latencies.push(t.elapsed());
            }
            latencies
        }));
    }
    let mut latencies: Vec<Duration> = Vec::new();
    for t in tasks {
        latencies.extend(t.await.unwrap());
    }
    let elapsed = started.elapsed();
    latencies.sort();
    let pct = |p: f64| latencies[((latencies.len() as f64 * p) as usize).min(latencies.len() - 1)];
    let backend = db.get_database_backend();
    let stored = db
        .query_one_raw(sea_orm::Statement::from_string(
            backend,
            "SELECT COUNT(*) AS n FROM report".to_string(),
        ))
        .await
        .unwrap()
        .unwrap()
        .try_get::<i64>("", "n")
        .unwrap();
    assert_eq!(stored as usize, reports);
    println!(
        "{label:<10} {reports} reports ({envelope_bytes} B envelopes, {attachment} B attachment), {clients} clients: {:>7.0} reports/s, p50 {:>6.1} ms, p99 {:>6.1} ms, {:.1} s, peak RSS {:.0} MiB",
        reports as f64 / elapsed.as_secs_f64(),
        pct(0.50).as_secs_f64() * 1000.0,
        pct(0.99).as_secs_f64() * 1000.0,
        elapsed.as_secs_f64(),
        peak_rss_mib().unwrap_or(f64::NAN),
    );
}

#[tokio::main]
async fn main() {
    let reports = env_usize("BENCH_REPORTS", 2000);
    let clients = env_usize("BENCH_CLIENTS", 8);
    let attachment = env_usize("BENCH_ATTACHMENT_BYTES", 0);
    let dir = tempfile::tempdir().unwrap();
    run(
        "sqlite",
        &format!(
            "sqlite://{}?mode=rwc",
            dir.path().join("bench.db").display()
        ),
        reports,
        clients,
        attachment,
    )
    .await;

    let admin_url = std::env::var("PASSERELLE_TEST_POSTGRES")
        .unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432/postgres".into());
    match sea_orm::Database::connect(&admin_url).await {
        Ok(admin) => {
            let name = format!("passerelle_bench_{}", std::process::id());
            admin
                .execute_unprepared(&format!("CREATE DATABASE {name}"))
                .await
                .unwrap();
            let url = format!("{}/{name}", admin_url.rsplit_once('/').unwrap().0);
            run("postgres", &url, reports, clients, attachment).await;
            let _ = admin
                .execute_unprepared(&format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
                .await;
        }
        Err(_) => println!("postgres   skipped: {admin_url} unreachable"),
    }
}
