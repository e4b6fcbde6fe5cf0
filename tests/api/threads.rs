//! Reading a thread in pages, one envelope at a time, and a case's byte cap.

use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use serde_json::{Value, json};

use crate::helpers::*;
use crate::on_both_backends;
use passerelle::pow;

const PAGE: usize = 3000;

fn small_pages(s: &mut passerelle::settings::Settings) {
    s.limits.max_page_bytes = PAGE;
}

impl TestApp {
    async fn reporter_get(&self, lookup: &str, path: &str) -> reqwest::Response {
        self.http
            .get(self.url(path))
            .header(pow::HEADER, self.pow("lookup").await)
            .header("authorization", format!("Lookup {lookup}"))
            .send()
            .await
            .unwrap()
    }
}

/// Follows `next` from the first page: every page's messages, page by page.
async fn pages(mut get: impl AsyncFnMut(usize) -> reqwest::Response) -> Vec<Vec<Value>> {
    let mut out = Vec::new();
    let mut from = 0;
    loop {
        let res = get(from).await;
        assert_eq!(res.status(), 200);
        let page: Value = res.json().await.unwrap();
        out.push(page["messages"].as_array().unwrap().clone());
        match page["next"].as_u64() {
            Some(n) => {
                assert!(n as usize > from, "next moves forward");
                from = n as usize;
            }
            None => {
                assert!(page["next"].is_null());
                let seen: usize = out.iter().map(Vec::len).sum();
                assert_eq!(page["message_count"].as_u64(), Some(seen as u64));
                return out;
            }
        }
    }
}

fn envelope_bytes(m: &Value) -> usize {
    STANDARD
        .decode(m["envelope"].as_str().unwrap())
        .unwrap()
        .len()
}

/// A page carries at most `max_page_bytes` of envelopes (or a single message), the
/// pages together are the whole thread in order, and each envelope can be fetched
/// alone; the reporter's pages leave out notes.
async fn threads_are_read_in_pages(backend: Backend) {
    let app = spawn_app_tweaked(backend, small_pages).await;
    let reporter = Reporter::new();
    let res = app
        .submit(&app.report_body(&reporter, "premier").await)
        .await;
    assert_eq!(res.status(), 201);
    let case = res.json::<Value>().await.unwrap()["case"]
        .as_str()
        .unwrap()
        .to_string();
    let key_set = app.key_set("gbv").await;
    for i in 0..6 {
        let text = format!("message {i} {}", "x".repeat(i * 700));
        let body = json!({
            "envelope": envelope_for(&app.gbv.recipients(), &json!({"v": 1, "kind": "message", "text": text})),
            "key_set": key_set,
        });
        assert_eq!(
            app.reporter_message(&reporter.lookup, &body).await.status(),
            201
        );
    }
    let note = envelope_for(
        &app.gbv.recipients(),
        &json!({"v": 1, "kind": "note", "text": "interne"}),
    );
    let res = app
        .officer_post(
            &app.gbv.token,
            &format!("/api/v1/cases/{case}/notes"),
            &json!({ "envelope": note, "key_set": key_set }),
        )
        .await;
    assert_eq!(res.status(), 201);

    let officer = pages(async |from| {
        app.officer_get(&app.gbv.token, &format!("/api/v1/cases/{case}?from={from}"))
            .await
    })
    .await;
    let reporter_pages = pages(async |from| {
        app.reporter_get(&reporter.lookup, &format!("/api/v1/follow-up?from={from}"))
            .await
    })
    .await;
    for list in [&officer, &reporter_pages] {
        assert!(list.len() > 2, "a thread of several pages: {}", list.len());
        for page in list.iter() {
            let bytes: usize = page.iter().map(envelope_bytes).sum();
            assert!(
                page.len() == 1 || bytes <= PAGE,
                "{} messages, {bytes} bytes",
                page.len()
            );
        }
    }
    let officer: Vec<Value> = officer.into_iter().flatten().collect();
    let mine: Vec<Value> = reporter_pages.into_iter().flatten().collect();
    assert_eq!(officer.len(), 8);
    assert_eq!(mine.len(), 7, "the reporter does not see the note");
    assert!(
        mine.iter()
            .all(|m| m["from"] != "note" && m.get("id").is_none())
    );
    let texts: Vec<String> = officer
        .iter()
        .skip(1)
        .map(|m| {
            let v = decrypt_b64(&app.gbv.identity, m["envelope"].as_str().unwrap());
            v["text"]
                .as_str()
                .unwrap()
                .split(' ')
                .take(2)
                .collect::<Vec<_>>()
                .join(" ")
        })
        .collect();
    assert_eq!(
        texts,
        [
            "message 0",
            "message 1",
            "message 2",
            "message 3",
            "message 4",
            "message 5",
            "interne"
        ]
    );

    // One by one: the officer by id, the reporter by position.
    for (n, m) in officer.iter().enumerate() {
        let id = m["id"].as_i64().unwrap();
        let res = app
            .officer_get(
                &app.gbv.token,
                &format!("/api/v1/cases/{case}/messages/{id}"),
            )
            .await;
        assert_eq!(res.status(), 200);
        assert_eq!(res.headers()["content-type"], "application/octet-stream");
        let raw = res.bytes().await.unwrap();
        assert_eq!(STANDARD.encode(&raw), m["envelope"].as_str().unwrap());
        if n < mine.len() {
            let res = app
                .reporter_get(&reporter.lookup, &format!("/api/v1/follow-up/messages/{n}"))
                .await;
            assert_eq!(res.status(), 200);
            let raw = res.bytes().await.unwrap();
            assert_eq!(STANDARD.encode(&raw), mine[n]["envelope"].as_str().unwrap());
        }
    }

    // Bad positions and ids are clear, and nothing reaches another case.
    let (status, code) = error_code(
        app.reporter_get(&reporter.lookup, "/api/v1/follow-up/messages/7")
            .await,
    )
    .await;
    assert_eq!((status, code.as_str()), (404, "not_found"));
    let (status, code) = error_code(
        app.reporter_get(&reporter.lookup, "/api/v1/follow-up?from=99")
            .await,
    )
    .await;
    assert_eq!((status, code.as_str()), (400, "invalid_query"));
    let (status, code) = error_code(
        app.reporter_get(&reporter.lookup, "/api/v1/follow-up?from=-1")
            .await,
    )
    .await;
    assert_eq!((status, code.as_str()), (400, "invalid_query"));
    let other = Reporter::new();
    assert_eq!(
        app.submit(&app.report_body(&other, "autre").await)
            .await
            .status(),
        201
    );
    let other_case: Value = app
        .officer_get(&app.gbv.token, "/api/v1/cases?unit=gbv")
        .await
        .json()
        .await
        .unwrap();
    let other_ref = other_case["cases"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["case"] != case.as_str())
        .unwrap()["case"]
        .as_str()
        .unwrap()
        .to_string();
    let id = officer[1]["id"].as_i64().unwrap();
    let res = app
        .officer_get(
            &app.gbv.token,
            &format!("/api/v1/cases/{other_ref}/messages/{id}"),
        )
        .await;
    assert_eq!(error_code(res).await, (404, "not_found".into()));
    let res = app
        .officer_get(
            &app.child.token,
            &format!("/api/v1/cases/{case}/messages/{id}"),
        )
        .await;
    assert_eq!(res.status(), 404, "another unit's officer");
}
on_both_backends!(threads_are_read_in_pages);

fn small_case(s: &mut passerelle::settings::Settings) {
    s.limits.max_case_message_bytes = 6000;
}

/// A case holds at most `max_case_message_bytes` of envelopes: past it a message
/// gets `409 case_full` and nothing is stored.
async fn a_case_is_capped_in_bytes(backend: Backend) {
    let app = spawn_app_tweaked(backend, small_case).await;
    let reporter = Reporter::new();
    assert_eq!(
        app.submit(&app.report_body(&reporter, "premier").await)
            .await
            .status(),
        201
    );
    let key_set = app.key_set("gbv").await;
    let body = json!({
        "envelope": envelope_for(&app.gbv.recipients(), &json!({"v": 1, "kind": "message", "text": "y".repeat(1500)})),
        "key_set": key_set,
    });
    let mut stored = 0;
    let refused = loop {
        let res = app.reporter_message(&reporter.lookup, &body).await;
        if res.status() != 201 {
            break res;
        }
        stored += 1;
        assert!(stored < 10, "the cap never came");
    };
    assert!(stored >= 1);
    let before = app.snapshot().await;
    assert_eq!(error_code(refused).await, (409, "case_full".into()));
    let res = app.reporter_message(&reporter.lookup, &body).await;
    assert_eq!(error_code(res).await, (409, "case_full".into()));
    assert_eq!(app.snapshot().await, before);
    // Officers' replies count too.
    let fetched: Value = app.follow_up(&reporter.lookup).await.json().await.unwrap();
    let case = fetched["case"].as_str().unwrap();
    let res = app
        .officer_post(
            &app.gbv.token,
            &format!("/api/v1/cases/{case}/notes"),
            &json!({ "envelope": body["envelope"], "key_set": key_set }),
        )
        .await;
    assert_eq!(error_code(res).await, (409, "case_full".into()));
    assert_eq!(app.snapshot().await, before);
}
on_both_backends!(a_case_is_capped_in_bytes);
