//! The officer queue with 100,000 cases in one unit: first page, a deep page (by
//! cursor), and filtered pages, through the real HTTP stack, on SQLite and (when
//! reachable) PostgreSQL. Only ever targets 127.0.0.1.
//!
//!   cargo bench --bench queue                  # 100,000 cases
//!   BENCH_CASES=20000 cargo bench --bench queue

use std::time::{Duration, Instant};

use chrono::TimeDelta;
use passerelle::crypto;
use passerelle::domain::{CaseRef, OfficerLogin, UnitSlug};
use passerelle::settings::{MailTransport, Settings};
use passerelle::startup::Application;
use passerelle::store::audit::Actor;
use passerelle::store::officers::{self, Role};
use passerelle::store::units::{self, RecipientKind};
use sea_orm::{ConnectionTrait, EntityTrait, Set};
use serde_json::Value;

async fn timed(http: &reqwest::Client, url: &str, token: &str, runs: usize) -> (Duration, Value) {
    let mut best = Duration::MAX;
    let mut body = Value::Null;
    for _ in 0..runs {
        let t = Instant::now();
        let res = http.get(url).bearer_auth(token).send().await.unwrap();
        assert_eq!(res.status(), 200);
        body = res.json().await.unwrap();
        best = best.min(t.elapsed());
    }
    (best, body)
}

async fn run(label: &str, db_url: &str, cases: usize) {
    let mut settings = Settings::defaults();
    settings.database.url = db_url.to_string();
    settings.server.listen = "127.0.0.1:0".parse().unwrap();
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

    let slug = UnitSlug::parse("gbv").unwrap();
    let login = OfficerLogin::parse("bench-officer").unwrap();
    let officer = officers::create(&db, &Actor::Admin, &login, "Bench")
        .await
        .unwrap();
    officers::add_to_unit(&db, &Actor::Admin, &officer, &slug, Role::Member)
        .await
        .unwrap();
    let id = age::x25519::Identity::generate();
    units::add_recipient(
        &db,
        &Actor::Admin,
        &slug,
        &id.to_public().to_string(),
        RecipientKind::Recovery,
        None,
        "bench",
    )
    .await
    .unwrap();
    let (token, _) =
        officers::issue_token(&db, &Actor::Admin, &officer, TimeDelta::days(1), "bench")
            .await
            .unwrap();
    let unit = units::find(&db, &slug).await.unwrap().unwrap();

    // Bulk-load the cases directly: this measures reading the queue, not submitting.
    let started = Instant::now();
    let statuses = [
        "received",
        "under_review",
        "action_taken",
        "referred",
        "closed",
    ];
    let t0 = chrono::Utc::now() - TimeDelta::days(400);
    for chunk in 0..cases.div_ceil(1000) {
        let rows: Vec<entities::report::ActiveModel> = (chunk * 1000
            ..((chunk + 1) * 1000).min(cases))
            .map(|i| {
                let at = t0 + TimeDelta::hours((i / 3) as i64);
                entities::report::ActiveModel {
                    case_ref: Set(CaseRef::generate().to_string()),
                    unit_id: Set(unit.id),
                    category: Set("gbv".into()),
                    region: Set(None),
                    language: Set("fr".into()),
                    urgent: Set(i % 50 == 0),
                    status: Set(statuses[i % 5].into()),
                    lookup_digest: Set(crypto::random_bytes::<32>().to_vec()),
                    reply_recipient: Set(id.to_public().to_string()),
                    created_at: Set(at),
                    updated_at: Set(at),
                    assigned_to: Set((i % 7 == 0).then_some(officer.id)),
                    ..Default::default()
                }
            })
            .collect();
        entities::report::Entity::insert_many(rows)
            .exec(&db)
            .await
            .unwrap();
    }
    let backend = db.get_database_backend();
    if backend == sea_orm::DatabaseBackend::Postgres {
        db.execute_unprepared("ANALYZE report").await.unwrap();
    } else {
        db.execute_unprepared("ANALYZE").await.unwrap();
    }
    println!(
        "{label:<9} loaded {cases} cases in {:.1} s",
        started.elapsed().as_secs_f64()
    );

    let http = reqwest::Client::new();
    let url = |q: &str| format!("{base}/api/v1/cases?unit=gbv&limit=50{q}");
    let tok = token.expose();
    let (first, page) = timed(&http, &url(""), tok, 5).await;
    assert_eq!(page["cases"].as_array().unwrap().len(), 50);
    // Walk 200 pages (10,000 cases) down by cursor, then time the next one.
    let mut next = page["next"].as_str().unwrap().to_string();
    for _ in 0..200 {
        let p: Value = http
            .get(url(&format!("&cursor={next}")))
            .bearer_auth(tok)
            .send()
            .await
            .unwrap()
            .json()
            .await
            .unwrap();
        next = p["next"].as_str().unwrap().to_string();
    }
    let (deep, _) = timed(&http, &url(&format!("&cursor={next}")), tok, 5).await;
    let (filtered, _) = timed(&http, &url("&status=under_review&urgent=true"), tok, 5).await;
    let (mine, _) = timed(&http, &url("&assigned=me&sort=updated"), tok, 5).await;
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    println!(
        "{label:<9} 50-case pages (best of 5): first {:.1} ms, after 10,000 cases {:.1} ms, status+urgent {:.1} ms, assigned=me by updated {:.1} ms",
        ms(first),
        ms(deep),
        ms(filtered),
        ms(mine)
    );
}

#[tokio::main]
async fn main() {
    let cases = std::env::var("BENCH_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(100_000);
    let dir = tempfile::tempdir().unwrap();
    run(
        "sqlite",
        &format!(
            "sqlite://{}?mode=rwc",
            dir.path().join("queue.db").display()
        ),
        cases,
    )
    .await;
    let admin_url = std::env::var("PASSERELLE_TEST_POSTGRES")
        .unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432/postgres".into());
    match sea_orm::Database::connect(&admin_url).await {
        Ok(admin) => {
            let name = format!("passerelle_queue_{}", std::process::id());
            admin
                .execute_unprepared(&format!("CREATE DATABASE {name}"))
                .await
                .unwrap();
            let url = format!("{}/{name}", admin_url.rsplit_once('/').unwrap().0);
            run("postgres", &url, cases).await;
            let _ = admin
                .execute_unprepared(&format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
                .await;
        }
        Err(_) => println!("postgres  skipped: {admin_url} unreachable"),
    }
}
