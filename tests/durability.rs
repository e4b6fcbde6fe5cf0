//! An acknowledged report survives the process being killed right after the answer
//! (SIGKILL, no shutdown at all): the 201 is only sent after the commit.

mod support;

use base64::Engine;
use base64::engine::general_purpose::{STANDARD, URL_SAFE_NO_PAD};
use passerelle::crypto;
use serde_json::{Value, json};

#[tokio::test]
async fn acknowledged_reports_survive_sigkill() {
    let data = tempfile::tempdir().unwrap();
    let demo = support::Demo::start(data.path(), None, None);
    let (base, port) = (demo.base.clone(), demo.port);
    let http = reqwest::Client::new();
    let gbv = demo.unit(&http, "gbv").await;
    let recipients = support::recipients(&gbv);

    let mut acknowledged = Vec::new();
    for _ in 0..20 {
        let lookup = URL_SAFE_NO_PAD.encode(crypto::random_bytes::<32>());
        let plain = crypto::pad(br#"{"v":1,"kind":"report","fields":{"what":"durable"}}"#).unwrap();
        let body = json!({
            "category": "gbv", "key_set": gbv["key_set"], "language": "fr", "urgent": false,
            "envelope": STANDARD.encode(crypto::encrypt_to(&recipients, &plain).unwrap()),
            "lookup": lookup,
            "reply_recipient": age::x25519::Identity::generate().to_public().to_string(),
        });
        let res = http
            .post(format!("{base}/api/v1/reports"))
            .header(
                passerelle::pow::HEADER,
                support::pow(&http, &base, "report").await,
            )
            .json(&body)
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), 201);
        let case: Value = res.json().await.unwrap();
        acknowledged.push((lookup, case["case"].as_str().unwrap().to_string()));
    }
    // Kill at once, right after the last answer.
    demo.kill();

    let demo = support::Demo::start(data.path(), Some(port), None);
    // A fresh client: the old one's pooled connections died with the server.
    let http = reqwest::Client::new();
    // One solved lookup challenge pays for them all: lookups that find their case
    // cost nothing.
    let pow = support::pow(&http, &base, "lookup").await;
    for (lookup, case) in &acknowledged {
        let res = http
            .get(format!("{base}/api/v1/follow-up"))
            .header(passerelle::pow::HEADER, &pow)
            .header("authorization", format!("Lookup {lookup}"))
            .send()
            .await
            .unwrap();
        assert_eq!(
            res.status(),
            200,
            "case {case} was acknowledged and then lost"
        );
        let f: Value = res.json().await.unwrap();
        assert_eq!(f["case"], case.as_str());
    }
    drop(demo);
}
