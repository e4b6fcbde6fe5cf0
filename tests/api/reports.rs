use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use serde_json::{Value, json};

use crate::helpers::*;
use crate::on_both_backends;

async fn full_round_trip(backend: Backend) {
    let app = spawn_app(backend).await;
    let reporter = Reporter::new();
    let canary = "Le passeur a pris mon passeport à la gare routière";

    // The reporter submits.
    let res = app.submit(&app.report_body(&reporter, canary).await).await;
    assert_eq!(res.status(), 201);
    let created: Value = res.json().await.unwrap();
    let case = created["case"].as_str().unwrap().to_string();
    assert_eq!(created["status"], "received");

    // The officer lists and fetches it, and decrypts on their side.
    let list: Value = app
        .officer_get(&app.gbv.token, "/api/v1/cases?unit=gbv")
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(list["cases"][0]["case"], case);
    assert_eq!(list["cases"][0]["category"], "gbv");
    assert_eq!(list["cases"][0]["urgent"], false);
    let fetched: Value = app
        .officer_get(&app.gbv.token, &format!("/api/v1/cases/{case}"))
        .await
        .json()
        .await
        .unwrap();
    assert_eq!(fetched["unit"], "gbv");
    let report = decrypt_b64(
        &app.gbv.identity,
        fetched["messages"][0]["envelope"].as_str().unwrap(),
    );
    assert_eq!(report["fields"]["what"], canary);
    // The recovery key reads it too: nothing is lost when an officer leaves.
    let again = decrypt_b64(
        &app.gbv.recovery,
        fetched["messages"][0]["envelope"].as_str().unwrap(),
    );
    assert_eq!(again["fields"]["what"], canary);

    // Status with an outcome, and a reply to the reporter and the unit.
    let res = app
        .officer_post(
            &app.gbv.token,
            &format!("/api/v1/cases/{case}/status"),
            &json!({"status": "action_taken", "outcome": "protection_measures"}),
        )
        .await;
    assert_eq!(res.status(), 200);
    let reply_to = fetched["reply_recipient"].as_str().unwrap().to_string();
    let mut recipients = vec![reply_to];
    recipients.extend(app.gbv.recipients());
    let reply = envelope_for(
        &recipients,
        &json!({"v": 1, "kind": "reply", "text": "Nous avons reçu votre signalement."}),
    );
    let res = app
        .officer_post(
            &app.gbv.token,
            &format!("/api/v1/cases/{case}/replies"),
            &json!({"envelope": reply}),
        )
        .await;
    assert_eq!(res.status(), 201);

    // The reporter follows up with the lookup key alone.
    let res = app.follow_up(&reporter.lookup).await;
    assert_eq!(res.status(), 200);
    let f: Value = res.json().await.unwrap();
    assert_eq!(f["case"], case);
    assert_eq!(f["status"], "action_taken");
    assert_eq!(f["unit"], "gbv");
    let history = f["history"].as_array().unwrap();
    assert_eq!(history.len(), 2);
    assert_eq!(history[0]["status"], "received");
    assert_eq!(history[1]["outcome"], "protection_measures");
    let messages = f["messages"].as_array().unwrap();
    assert_eq!(messages.len(), 2);
    assert_eq!(messages[0]["from"], "reporter");
    assert_eq!(messages[1]["from"], "unit");
    let text = decrypt_b64(
        &reporter.reply_identity,
        messages[1]["envelope"].as_str().unwrap(),
    );
    assert_eq!(text["text"], "Nous avons reçu votre signalement.");
    // Reporter-side times are kept to the hour.
    assert!(
        messages[0]["at"].as_str().unwrap().ends_with(":00:00Z"),
        "{}",
        messages[0]["at"]
    );

    // The reporter writes back; the officer reads it.
    let msg = envelope_for(
        &app.gbv.recipients(),
        &json!({"v": 1, "kind": "message", "text": "Merci"}),
    );
    let res = app
        .reporter_message(
            &reporter.lookup,
            &json!({"envelope": msg, "key_set": app.key_set("gbv").await}),
        )
        .await;
    assert_eq!(res.status(), 201);
    let fetched: Value = app
        .officer_get(&app.gbv.token, &format!("/api/v1/cases/{case}"))
        .await
        .json()
        .await
        .unwrap();
    let last = fetched["messages"]
        .as_array()
        .unwrap()
        .last()
        .unwrap()
        .clone();
    assert_eq!(last["from"], "reporter");
    assert_eq!(
        decrypt_b64(&app.gbv.identity, last["envelope"].as_str().unwrap())["text"],
        "Merci"
    );
}
on_both_backends!(full_round_trip);

/// Every kind of bad input gets a clear 4xx and leaves no row behind.
async fn bad_input_changes_nothing(backend: Backend) {
    let app = spawn_app(backend).await;
    let reporter = Reporter::new();
    let good = app.report_body(&reporter, "texte").await;
    let key_set = good["key_set"].as_i64().unwrap();
    let with = |field: &str, value: Value| {
        let mut b = good.clone();
        b[field] = value;
        b
    };
    let without = |field: &str| {
        let mut b = good.clone();
        b.as_object_mut().unwrap().remove(field);
        b
    };
    let passphrase_envelope = {
        let enc =
            age::Encryptor::with_user_passphrase(secrecy::SecretString::from("pw".to_string()));
        let mut out = Vec::new();
        let mut w = enc.wrap_output(&mut out).unwrap();
        std::io::Write::write_all(&mut w, b"x").unwrap();
        w.finish().unwrap();
        STANDARD.encode(out)
    };
    let one_recipient = envelope_for(&app.gbv.recipients()[..1], &report_plaintext("gbv", "x"));
    // Without a key, a cut inside the last chunk cannot be seen; a payload shorter
    // than one authentication tag can.
    let truncated = {
        let bytes = STANDARD.decode(good["envelope"].as_str().unwrap()).unwrap();
        let mac = bytes.windows(5).position(|w| w == b"\n--- ").unwrap();
        let header_end = mac + 1 + bytes[mac + 1..].iter().position(|&b| b == b'\n').unwrap() + 1;
        STANDARD.encode(&bytes[..header_end + 16 + 10])
    };
    let cases: Vec<(&str, Value, u16, &str)> = vec![
        (
            "unknown category",
            with("category", json!("weather")),
            400,
            "unknown_category",
        ),
        (
            "garbage envelope",
            with("envelope", json!(STANDARD.encode(b"hello world"))),
            400,
            "invalid_envelope",
        ),
        (
            "not base64",
            with("envelope", json!("***")),
            400,
            "invalid_envelope",
        ),
        (
            "empty envelope",
            with("envelope", json!("")),
            400,
            "invalid_envelope",
        ),
        (
            "passphrase envelope",
            with("envelope", json!(passphrase_envelope)),
            400,
            "invalid_envelope",
        ),
        (
            "truncated envelope",
            with("envelope", json!(truncated)),
            400,
            "invalid_envelope",
        ),
        (
            "wrong recipient count",
            with("envelope", json!(one_recipient)),
            400,
            "wrong_recipient_count",
        ),
        (
            "stale key set",
            with("key_set", json!(key_set - 1)),
            409,
            "keys_changed",
        ),
        (
            "bad lookup",
            with("lookup", json!("short")),
            400,
            "invalid_lookup",
        ),
        (
            "bad reply recipient",
            with("reply_recipient", json!("age1nope")),
            400,
            "invalid_reply_recipient",
        ),
        (
            "unsupported language",
            with("language", json!("xx")),
            400,
            "invalid_language",
        ),
        (
            "unknown region",
            with("region", json!("atlantis")),
            400,
            "unknown_region",
        ),
        ("missing field", without("lookup"), 400, "invalid_json"),
        (
            "wrong type",
            with("urgent", json!("yes")),
            400,
            "invalid_json",
        ),
        (
            "unknown field",
            with("name", json!("Jane")),
            400,
            "invalid_json",
        ),
    ];
    let before = app.snapshot().await;
    for (what, body, status, code) in cases {
        let res = app.submit(&body).await;
        assert_eq!(error_code(res).await, (status, code.to_string()), "{what}");
    }
    // Malformed, oversized and mistyped bodies.
    let res = app
        .submit_raw(b"{not json".to_vec(), "application/json")
        .await;
    assert_eq!(error_code(res).await, (400, "invalid_json".into()));
    let res = app
        .submit_raw(serde_json::to_vec(&good).unwrap(), "text/plain")
        .await;
    assert_eq!(
        error_code(res).await,
        (415, "unsupported_media_type".into())
    );
    // A report may carry attachments: its limit is the JSON one plus their base64.
    let limit = passerelle::settings::Settings::defaults()
        .limits
        .max_upload_body_bytes();
    let huge = vec![b'a'; limit + 1];
    let res = app.submit_raw(huge, "application/json").await;
    assert_eq!(error_code(res).await, (413, "body_too_large".into()));
    assert_eq!(app.snapshot().await, before);

    // keys_changed carries the fresh set, so the client can re-encrypt at once.
    let res = app.submit(&with("key_set", json!(key_set - 1))).await;
    let body: Value = res.json().await.unwrap();
    assert_eq!(body["error"]["unit"]["key_set"], key_set);
    assert_eq!(
        body["error"]["unit"]["recipients"]
            .as_array()
            .unwrap()
            .len(),
        2
    );

    // Error messages never echo what was submitted.
    let res = app
        .submit(&with("urgent", json!("SECRET-CANARY-TEXT")))
        .await;
    assert!(!res.text().await.unwrap().contains("SECRET-CANARY-TEXT"));

    // And the good body still works after all that.
    assert_eq!(app.submit(&good).await.status(), 201);
}
on_both_backends!(bad_input_changes_nothing);

/// A retry after a lost answer returns the original case; a reused code does not.
async fn retries_are_idempotent_and_lookup_keys_unique(backend: Backend) {
    let app = spawn_app(backend).await;
    let reporter = Reporter::new();
    let body = app.report_body(&reporter, "première").await;

    // Two identical submissions at once, then a third later.
    let (a, b) = tokio::join!(app.submit(&body), app.submit(&body));
    let (a, b): (Value, Value) = (a.json().await.unwrap(), b.json().await.unwrap());
    let c: Value = app.submit(&body).await.json().await.unwrap();
    assert_eq!(a["case"], b["case"]);
    assert_eq!(a["case"], c["case"]);
    assert_eq!(app.reports().await, 1);
    assert_eq!(app.count("message").await, 1);

    // Same lookup key, different report: refused, nothing stored.
    let other = app.report_body(&reporter, "autre chose").await;
    let before = app.snapshot().await;
    assert_eq!(
        error_code(app.submit(&other).await).await,
        (409, "lookup_in_use".into())
    );
    assert_eq!(app.snapshot().await, before);
}
on_both_backends!(retries_are_idempotent_and_lookup_keys_unique);

/// Revoking a key changes the key set; a form encrypted to the old set is told so.
async fn key_changes_are_detected(backend: Backend) {
    let app = spawn_app(backend).await;
    let reporter = Reporter::new();
    let stale = app.report_body(&reporter, "avant").await;
    app.add_gbv_key().await;
    let res = app.submit(&stale).await;
    assert_eq!(error_code(res).await, (409, "keys_changed".into()));
    let units = app.get_units().await;
    let gbv = units["units"]
        .as_array()
        .unwrap()
        .iter()
        .find(|u| u["slug"] == "gbv")
        .unwrap()
        .clone();
    assert_eq!(gbv["recipients"].as_array().unwrap().len(), 3);
    let recipients: Vec<String> = gbv["recipients"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r.as_str().unwrap().to_string())
        .collect();
    let mut fresh = stale.clone();
    fresh["key_set"] = gbv["key_set"].clone();
    fresh["envelope"] = json!(envelope_for(&recipients, &report_plaintext("gbv", "après")));
    assert_eq!(app.submit(&fresh).await.status(), 201);
}
on_both_backends!(key_changes_are_detected);

async fn follow_up_needs_the_right_key(backend: Backend) {
    let app = spawn_app(backend).await;
    let reporter = Reporter::new();
    app.submit(&app.report_body(&reporter, "x").await).await;
    let unknown = Reporter::new();
    assert_eq!(
        error_code(app.follow_up(&unknown.lookup).await).await,
        (404, "not_found".into())
    );
    let res = app
        .http
        .get(app.url("/api/v1/follow-up"))
        .send()
        .await
        .unwrap();
    assert_eq!(error_code(res).await, (401, "unauthorized".into()));
    assert_eq!(
        error_code(app.follow_up("not-a-key").await).await,
        (400, "invalid_lookup".into())
    );
    // A reporter message must go to the unit's set: one recipient is refused.
    let before = app.snapshot().await;
    let msg = envelope_for(
        &app.gbv.recipients()[..1],
        &json!({"v":1,"kind":"message","text":"x"}),
    );
    let res = app
        .reporter_message(&reporter.lookup, &json!({"envelope": msg}))
        .await;
    assert_eq!(error_code(res).await, (400, "wrong_recipient_count".into()));
    let res = app
        .reporter_message(
            &unknown.lookup,
            &json!({"envelope": envelope_for(&app.gbv.recipients(), &json!({}))}),
        )
        .await;
    assert_eq!(error_code(res).await, (404, "not_found".into()));
    assert_eq!(app.snapshot().await, before);
}
on_both_backends!(follow_up_needs_the_right_key);

/// The public routing table publishes recipients and key-set versions.
async fn units_are_published(backend: Backend) {
    let app = spawn_app(backend).await;
    let units = app.get_units().await;
    let list = units["units"].as_array().unwrap();
    // Only units with keys are offered.
    let slugs: Vec<&str> = list.iter().map(|u| u["slug"].as_str().unwrap()).collect();
    assert_eq!(slugs, vec!["gbv", "child-protection"]);
    let gbv = &list[0];
    assert_eq!(gbv["categories"], json!(["gbv"]));
    let mut published: Vec<String> = gbv["recipients"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r.as_str().unwrap().to_string())
        .collect();
    published.sort();
    let mut expected = app.gbv.recipients();
    expected.sort();
    assert_eq!(published, expected);
    assert!(gbv["key_set"].as_i64().unwrap() > 1);
}
on_both_backends!(units_are_published);

/// A retry after a lost answer gets the original case even if the unit's keys
/// changed in between; otherwise the reporter would lose a stored case.
async fn retry_after_key_change_returns_the_stored_case(backend: Backend) {
    let app = spawn_app(backend).await;
    let reporter = Reporter::new();
    let body = app.report_body(&reporter, "avant le changement").await;
    let first: Value = app.submit(&body).await.json().await.unwrap();
    app.add_gbv_key().await;
    let res = app.submit(&body).await;
    assert_eq!(res.status(), 201);
    let again: Value = res.json().await.unwrap();
    assert_eq!(again["case"], first["case"]);
    assert_eq!(app.reports().await, 1);
    // The same code with any other detail changed is another report: refused.
    let mut changed = body.clone();
    changed["urgent"] = json!(true);
    assert_eq!(
        error_code(app.submit(&changed).await).await,
        (409, "lookup_in_use".into())
    );
}
on_both_backends!(retry_after_key_change_returns_the_stored_case);

/// A category whose unit has no keys yet is refused with a clear 503.
async fn unit_without_keys_is_unavailable(backend: Backend) {
    let app = spawn_app(backend).await;
    let reporter = Reporter::new();
    let mut body = app.report_body(&reporter, "x").await;
    body["category"] = json!("hate-crime");
    let before = app.snapshot().await;
    assert_eq!(
        error_code(app.submit(&body).await).await,
        (503, "unit_unavailable".into())
    );
    assert_eq!(app.snapshot().await, before);
    // Oversized envelopes are named as such.
    let mut big = app.report_body(&reporter, "x").await;
    big["envelope"] = json!(STANDARD.encode(vec![0u8; 1_100_000]));
    assert_eq!(
        error_code(app.submit(&big).await).await,
        (413, "envelope_too_large".into())
    );
    // Regions are published with their labels.
    let units = app.get_units().await;
    assert!(
        units["regions"]
            .as_array()
            .unwrap()
            .iter()
            .any(|r| r["code"] == "border-zone" && r["labels"]["ar"].is_string())
    );
}
on_both_backends!(unit_without_keys_is_unavailable);

/// While PostgreSQL cannot be reached (restarting, say), a submission gets a
/// retryable `503` with `Retry-After`, never `500`; its identical retry lands once
/// the database is back, and exactly once.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_unreachable_database_answers_503_and_a_retry_lands() {
    use sea_orm::ConnectionTrait;
    if !postgres_available().await {
        return;
    }
    let app = spawn_app(Backend::Postgres).await;
    let body = app.report_body(&Reporter::new(), "pendant la panne").await;
    let name = app.db_url.rsplit('/').next().unwrap().to_string();
    let admin = sea_orm::Database::connect(pg_admin_url()).await.unwrap();
    let allow = |on: bool| format!("ALTER DATABASE \"{name}\" ALLOW_CONNECTIONS {on}");
    admin.execute_unprepared(&allow(false)).await.unwrap();
    admin
        .execute_unprepared(&format!(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity \
             WHERE datname = '{name}' AND pid <> pg_backend_pid()"
        ))
        .await
        .unwrap();
    let res = app.submit(&body).await;
    let retry_after = res.headers().get("retry-after").cloned();
    assert_eq!(error_code(res).await, (503, "unavailable".into()));
    assert!(retry_after.is_some());
    let res = app.follow_up(&Reporter::new().lookup).await;
    assert_eq!(error_code(res).await, (503, "unavailable".into()));

    admin.execute_unprepared(&allow(true)).await.unwrap();
    let deadline = tokio::time::Instant::now() + std::time::Duration::from_secs(20);
    loop {
        let res = app.submit(&body).await;
        match res.status().as_u16() {
            201 => break,
            503 => assert!(tokio::time::Instant::now() < deadline, "never came back"),
            other => panic!("{other} while the database came back"),
        }
        tokio::time::sleep(std::time::Duration::from_millis(200)).await;
    }
    assert_eq!(app.submit(&body).await.status(), 201);
    assert_eq!(app.reports().await, 1);
}

fn small_write_budgets(s: &mut passerelle::settings::Settings) {
    s.limits.writes_per_hour = 3;
    s.limits.unit_writes_per_hour = 2;
}

/// A report for the child-protection unit.
async fn child_report_body(app: &TestApp, reporter: &Reporter) -> Value {
    let mut body = app.report_body(reporter, "").await;
    body["category"] = json!("child-protection");
    body["key_set"] = json!(app.key_set("child-protection").await);
    body["envelope"] = json!(envelope_for(
        &app.child.recipients(),
        &report_plaintext("child-protection", "x")
    ));
    body
}

/// A flood of anonymous writes stops at the hour's shared budgets, per unit and in
/// all: refused with 503 and Retry-After (to the next hour), nothing stored; an
/// identical retry of a stored report is still answered.
async fn writes_stop_at_the_hourly_budgets(backend: Backend) {
    let app = spawn_app_tweaked(backend, small_write_budgets).await;
    let first = Reporter::new();
    let first_body = app.report_body(&first, "un").await;
    assert_eq!(app.submit(&first_body).await.status(), 201);
    let second = app.report_body(&Reporter::new(), "deux").await;
    assert_eq!(app.submit(&second).await.status(), 201);

    // The gbv unit's two writes are taken; another unit still has room.
    let before = app.snapshot().await;
    let res = app
        .submit(&app.report_body(&Reporter::new(), "trois").await)
        .await;
    let retry: i64 = res.headers()["retry-after"]
        .to_str()
        .unwrap()
        .parse()
        .unwrap();
    assert!((1..=3600).contains(&retry), "{retry}");
    assert_eq!(error_code(res).await, (503, "unavailable".into()));
    assert_eq!(app.snapshot().await, before);
    let child = child_report_body(&app, &Reporter::new()).await;
    assert_eq!(app.submit(&child).await.status(), 201);

    // Now the three writes of all units are taken.
    let before = app.snapshot().await;
    let again = child_report_body(&app, &Reporter::new()).await;
    assert_eq!(
        error_code(app.submit(&again).await).await,
        (503, "unavailable".into())
    );
    let message =
        json!({"envelope": envelope_for(&app.gbv.recipients(), &json!({"text": "encore"}))});
    assert_eq!(
        error_code(app.reporter_message(&first.lookup, &message).await).await,
        (503, "unavailable".into())
    );
    assert_eq!(app.snapshot().await, before);
    // A retry of a stored report costs nothing and still gets its case.
    assert_eq!(app.submit(&first_body).await.status(), 201);
    assert_eq!(app.reports().await, 3);
    // Refused writes gave back what they took: the tally is exactly the three.
    assert_eq!(
        app.count_where("write_budget", "scope = 'all' AND writes = 3")
            .await,
        1
    );
}
on_both_backends!(writes_stop_at_the_hourly_budgets);

fn tiny_byte_budget(s: &mut passerelle::settings::Settings) {
    s.limits.unit_write_bytes_per_hour = 100;
}

/// The bytes are counted too: a unit whose hourly bytes cannot hold a report
/// refuses it.
async fn write_bytes_are_counted(backend: Backend) {
    let app = spawn_app_tweaked(backend, tiny_byte_budget).await;
    let body = app.report_body(&Reporter::new(), "trop").await;
    assert_eq!(
        error_code(app.submit(&body).await).await,
        (503, "unavailable".into())
    );
    assert_eq!(app.reports().await, 0);
}
on_both_backends!(write_bytes_are_counted);

/// Instances that start together on one PostgreSQL database migrate one after the
/// other (an advisory lock): all of them start, on one schema with one copy of
/// each unit.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn instances_starting_together_migrate_once() {
    if !postgres_available().await {
        return;
    }
    let pg = PgDatabase::create().await;
    let mut settings = passerelle::settings::Settings::defaults();
    settings.database.url = pg.url.clone();
    settings.database.max_connections = 2;
    settings.routing.file = concat!(env!("CARGO_MANIFEST_DIR"), "/config/routing.toml").into();
    let start = || passerelle::startup::prepare_database(&settings);
    let (a, b, c, d) = tokio::join!(start(), start(), start(), start());
    for (i, r) in [a, b, c, d].into_iter().enumerate() {
        let (db, _) = r.unwrap_or_else(|e| panic!("instance {i}: {e:#}"));
        db.close().await.ok();
    }
    let db = passerelle::store::connect(&pg.url, 1).await.unwrap();
    let units = passerelle::store::units::all(&db).await.unwrap();
    let mut slugs: Vec<_> = units.iter().map(|u| u.slug.clone()).collect();
    let n = slugs.len();
    slugs.dedup();
    assert_eq!(slugs.len(), n);
    assert!(n >= 6, "{slugs:?}");
}
