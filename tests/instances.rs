//! Two server processes on one PostgreSQL database, as a deployment with two
//! instances behind one address runs them: a case made on one is followed up on the
//! other, proof-of-work challenges and the hourly write budgets are shared, and the
//! mail workers of both, behind a slow relay, mail every notification exactly once.

mod support;

use std::collections::BTreeMap;
use std::time::Duration;

use base64::Engine;
use base64::engine::general_purpose::{STANDARD, URL_SAFE_NO_PAD};
use passerelle::crypto;
use serde_json::{Value, json};
use support::{Demo, pg, pow, recipients, smtp::SmtpSink};

/// A new reporter's body for `unit`, as the browser sends it.
fn report(unit: &Value, lookup: &str) -> Value {
    let plain =
        crypto::pad(br#"{"v":1,"kind":"report","fields":{"what":"two instances"}}"#).unwrap();
    json!({
        "category": unit["categories"][0],
        "key_set": unit["key_set"],
        "language": "fr",
        "urgent": false,
        "envelope": STANDARD.encode(crypto::encrypt_to(&recipients(unit), &plain).unwrap()),
        "lookup": lookup,
        "reply_recipient": age::x25519::Identity::generate().to_public().to_string(),
    })
}

async fn submit(http: &reqwest::Client, base: &str, pow: &str, body: &Value) -> reqwest::Response {
    http.post(format!("{base}/api/v1/reports"))
        .header(passerelle::pow::HEADER, pow)
        .json(body)
        .send()
        .await
        .unwrap()
}

async fn code(res: reqwest::Response) -> (u16, String) {
    let status = res.status().as_u16();
    let body: Value = res.json().await.unwrap_or(Value::Null);
    (
        status,
        body["error"]["code"]
            .as_str()
            .unwrap_or_default()
            .to_string(),
    )
}

/// The `To:` header of each mail the relay took, counted.
fn mails_by_recipient(sink: &SmtpSink) -> BTreeMap<String, usize> {
    let mut count = BTreeMap::new();
    for mail in sink.mails.lock().unwrap().iter() {
        let to = mail
            .lines()
            .find_map(|l| l.strip_prefix("To: "))
            .unwrap_or("?")
            .to_string();
        *count.entry(to).or_insert(0) += 1;
    }
    count
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_instances_share_cases_challenges_budgets_and_mail_each_row_once() {
    if !pg::postgres_available().await {
        return;
    }
    let db = pg::PgDatabase::create().await;
    // A relay that takes 1.5 s per mail, against a send limit of 2 s: each row is
    // leased for 6 s. A worker that claimed a batch of rows under one lease would
    // still be mailing the fifth when the lease ran out, and the other instance
    // would mail it again.
    let sink = SmtpSink::start_slow(Duration::from_millis(1500)).await;
    let smtp_port = sink.port.to_string();
    let env = [
        ("PASSERELLE__NOTIFY__TRANSPORT", "smtp"),
        ("PASSERELLE__NOTIFY__SMTP_HOST", "127.0.0.1"),
        ("PASSERELLE__NOTIFY__SMTP_PORT", smtp_port.as_str()),
        ("PASSERELLE__NOTIFY__SMTP_TIMEOUT_SECONDS", "2"),
        ("PASSERELLE__NOTIFY__POLL_INTERVAL_MS", "100"),
        // Three anonymous writes per unit and hour, in all instances together.
        ("PASSERELLE__LIMITS__UNIT_WRITES_PER_HOUR", "3"),
    ];
    let data = tempfile::tempdir().unwrap();
    // The second start finds the demo's units, officers and keys in place (the
    // same data folder: the same server secret, as every instance must share).
    let a = Demo::start_with(data.path(), None, Some(&db.url), &env);
    let b = Demo::start_with(data.path(), None, Some(&db.url), &env);
    let http = reqwest::Client::new();
    let units = a.units(&http).await;
    assert_eq!(units.len(), 6);

    // One report per unit, sent alternately to each instance, each with a
    // challenge the other instance issued.
    let mut cases = Vec::new();
    for (i, unit) in units.iter().enumerate() {
        let (to, from) = if i % 2 == 0 { (&a, &b) } else { (&b, &a) };
        let lookup = URL_SAFE_NO_PAD.encode(crypto::random_bytes::<32>());
        let solved = pow(&http, &from.base, "report").await;
        let res = submit(&http, &to.base, &solved, &report(unit, &lookup)).await;
        assert_eq!(
            res.status(),
            201,
            "report to {} on instance {i}",
            unit["slug"]
        );
        let case: Value = res.json().await.unwrap();
        // The same solution again, on the instance that issued it: used.
        let again = submit(
            &http,
            &from.base,
            &solved,
            &report(unit, &URL_SAFE_NO_PAD.encode(crypto::random_bytes::<32>())),
        )
        .await;
        assert_eq!(code(again).await, (403, "pow_used".into()));
        cases.push((
            unit.clone(),
            lookup,
            case["case"].as_str().unwrap().to_string(),
        ));
    }

    // The GBV case, made on A, is followed up on B, and B takes the reporter's
    // message; A's officer reads it.
    let (gbv, lookup, case) = cases
        .iter()
        .find(|(u, _, _)| u["slug"] == "gbv")
        .unwrap()
        .clone();
    let found = http
        .get(format!("{}/api/v1/follow-up", b.base))
        .header(passerelle::pow::HEADER, pow(&http, &a.base, "lookup").await)
        .header("authorization", format!("Lookup {lookup}"))
        .send()
        .await
        .unwrap();
    assert_eq!(found.status(), 200);
    let found: Value = found.json().await.unwrap();
    assert_eq!(found["case"], case.as_str());
    let plain =
        crypto::pad(br#"{"v":1,"kind":"message","text":"from the other instance"}"#).unwrap();
    let sent = http
        .post(format!("{}/api/v1/follow-up/messages", b.base))
        .header(
            passerelle::pow::HEADER,
            pow(&http, &b.base, "message").await,
        )
        .header("authorization", format!("Lookup {lookup}"))
        .json(&json!({
            "envelope": STANDARD.encode(crypto::encrypt_to(&recipients(&gbv), &plain).unwrap()),
            "key_set": gbv["key_set"],
        }))
        .send()
        .await
        .unwrap();
    assert_eq!(sent.status(), 201);
    let token = a.officer("gbv")["token"].as_str().unwrap().to_string();
    let seen: Value = http
        .get(format!("{}/api/v1/cases/{case}", a.base))
        .bearer_auth(&token)
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    // The report and the message.
    assert_eq!(seen["message_count"], 2, "{seen}");

    // GBV has had two writes (a report on A, a message on B); the budget of three
    // is shared: one more on A is taken, the next on B is refused, though B
    // itself has taken only one.
    let res = submit(
        &http,
        &a.base,
        &pow(&http, &a.base, "report").await,
        &report(&gbv, &URL_SAFE_NO_PAD.encode(crypto::random_bytes::<32>())),
    )
    .await;
    assert_eq!(res.status(), 201);
    let res = submit(
        &http,
        &b.base,
        &pow(&http, &b.base, "report").await,
        &report(&gbv, &URL_SAFE_NO_PAD.encode(crypto::random_bytes::<32>())),
    )
    .await;
    assert!(res.headers().contains_key("retry-after"));
    assert_eq!(code(res).await, (503, "unavailable".into()));

    // Mail: one per unit address (the reports of a unit that arrive while its
    // notification waits are folded into it; GBV's later writes may add one
    // more). Then no mail for as long as two leases: nothing is mailed twice.
    sink.wait_for(6, Duration::from_secs(30)).await;
    tokio::time::sleep(Duration::from_secs(12)).await;
    let mails = mails_by_recipient(&sink);
    let addresses: Vec<&str> = vec![
        "gbv-unit@police.invalid",
        "child-protection@police.invalid",
        "border-crime@police.invalid",
        "community-relations@police.invalid",
        "community-policing@police.invalid",
        "oversight@oversight.invalid",
    ];
    for addr in &addresses {
        let n = mails.get(*addr).copied().unwrap_or(0);
        let most = if addr.starts_with("gbv") { 3 } else { 1 };
        assert!(
            (1..=most).contains(&n),
            "{addr} got {n} mails (at most {most}): {mails:?}"
        );
    }
    assert_eq!(
        mails
            .keys()
            .filter(|k| !addresses.contains(&k.as_str()))
            .count(),
        0,
        "{mails:?}"
    );
    let log = std::fs::read_to_string(data.path().join("server.log")).unwrap();
    assert!(!log.contains("lease lost"), "a lease ran out:\n{log}");
    drop((a, b));
}
