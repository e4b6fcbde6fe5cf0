//! Attachments: files encrypted on the reporter's device travel with the report or
//! message they belong to, land in the same transaction, respect the limits, are
//! fetched one by one by the case's unit only (audited), and follow the case on a
//! transfer.

use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use passerelle::crypto;
use serde_json::{Value, json};

use crate::helpers::*;
use crate::on_both_backends;

/// A file as a reporter's device sends it: padded to 64 KiB, encrypted, base64.
fn attachment(recipients: &[String], content: &[u8]) -> String {
    let padded = crypto::pad_attachment(content);
    STANDARD.encode(crypto::encrypt_to(recipients, &padded).unwrap())
}

fn described(name: &str, media_type: &str, kind: &str, content: &[u8]) -> Value {
    json!({
        "name": name, "type": media_type, "kind": kind, "size": content.len(),
        "sha256": crypto::sha256_hex(content), "metadata_removed": true,
    })
}

const PHOTO: &[u8] = b"\xff\xd8\xff\xdbphoto bytes\xff\xd9";
const VOICE: &[u8] = b"\x1aE\xdf\xa3voice bytes";

async fn report_with_files(app: &TestApp, reporter: &Reporter) -> Value {
    let mut plain = report_plaintext("gbv", "avec photo et voix");
    plain["attachments"] = json!([
        described("photo.jpg", "image/jpeg", "photo", PHOTO),
        described("voice.webm", "audio/webm;codecs=opus", "voice", VOICE),
    ]);
    let to = app.gbv.recipients();
    let mut body = app.report_body(reporter, "").await;
    body["envelope"] = json!(envelope_for(&to, &plain));
    body["attachments"] = json!([attachment(&to, PHOTO), attachment(&to, VOICE)]);
    body
}

async fn attachments_travel_with_their_message(backend: Backend) {
    let app = spawn_app(backend).await;
    let reporter = Reporter::new();
    let body = report_with_files(&app, &reporter).await;
    let res = app.submit(&body).await;
    assert_eq!(res.status(), 201);
    let case = res.json::<Value>().await.unwrap()["case"]
        .as_str()
        .unwrap()
        .to_string();
    assert_eq!(app.count("attachment").await, 2);

    // An identical retry answers the same case and stores nothing twice; the same
    // lookup key with other files is another report.
    let res = app.submit(&body).await;
    assert_eq!(res.json::<Value>().await.unwrap()["case"], case.as_str());
    assert_eq!(app.count("attachment").await, 2);
    let mut other = body.clone();
    other["attachments"] = json!([body["attachments"][0]]);
    assert_eq!(
        error_code(app.submit(&other).await).await,
        (409, "lookup_in_use".into())
    );

    // The officer sees ids and sizes, fetches each file and finds it intact.
    let fetched: Value = app
        .officer_get(&app.gbv.token, &format!("/api/v1/cases/{case}"))
        .await
        .json()
        .await
        .unwrap();
    let listed = fetched["messages"][0]["attachments"].as_array().unwrap();
    assert_eq!(listed.len(), 2);
    let report = decrypt_b64(
        &app.gbv.identity,
        fetched["messages"][0]["envelope"].as_str().unwrap(),
    );
    for (i, (a, content)) in listed.iter().zip([PHOTO, VOICE]).enumerate() {
        let res = app
            .officer_get(
                &app.gbv.token,
                &format!("/api/v1/cases/{case}/attachments/{}", a["id"]),
            )
            .await;
        assert_eq!(res.status(), 200);
        assert_eq!(res.headers()["content-type"], "application/octet-stream");
        let bytes = res.bytes().await.unwrap();
        assert_eq!(a["size"], bytes.len() as u64);
        let plain = crypto::decrypt_with(std::slice::from_ref(&app.gbv.identity), &bytes).unwrap();
        assert_eq!(plain.len(), 65536, "padded to 64 KiB");
        let d = &report["attachments"][i];
        let size = d["size"].as_u64().unwrap() as usize;
        assert_eq!(&plain[..size], content);
        assert_eq!(d["sha256"], crypto::sha256_hex(&plain[..size]));
    }
    assert_eq!(
        app.count_where("audit_log", "action = 'attachment.fetch'")
            .await,
        2
    );

    // Another unit's officer, an unknown id, a foreign case: not found, nothing logged.
    let first = listed[0]["id"].as_i64().unwrap();
    let before = app.snapshot().await;
    for (token, path) in [
        (
            &app.child.token,
            format!("/api/v1/cases/{case}/attachments/{first}"),
        ),
        (
            &app.gbv.token,
            format!("/api/v1/cases/{case}/attachments/999999"),
        ),
        (
            &app.gbv.token,
            format!("/api/v1/cases/{case}/attachments/x"),
        ),
    ] {
        assert_eq!(
            error_code(app.officer_get(token, &path).await).await,
            (404, "not_found".into()),
            "{path}"
        );
    }
    let other_reporter = Reporter::new();
    let other_case: Value = app
        .submit(&app.report_body(&other_reporter, "sans fichier").await)
        .await
        .json()
        .await
        .unwrap();
    let before_other = app.snapshot().await;
    assert_eq!(
        error_code(
            app.officer_get(
                &app.gbv.token,
                &format!(
                    "/api/v1/cases/{}/attachments/{first}",
                    other_case["case"].as_str().unwrap()
                ),
            )
            .await
        )
        .await,
        (404, "not_found".into())
    );
    assert_eq!(app.snapshot().await, before_other);
    assert_ne!(before, before_other);

    // The reporter sees sizes only, and adds a file later.
    let follow: Value = app.follow_up(&reporter.lookup).await.json().await.unwrap();
    assert_eq!(
        follow["messages"][0]["attachments"],
        json!([{"size": listed[0]["size"]}, {"size": listed[1]["size"]}])
    );
    let to = app.gbv.recipients();
    let doc = b"%PDF-1.4 a later document";
    let res = app
        .reporter_message(
            &reporter.lookup,
            &json!({
                "envelope": envelope_for(&to, &json!({"v":1,"kind":"message","text":"voici",
                    "attachments":[described("doc.pdf", "application/pdf", "document", doc)]})),
                "key_set": app.key_set("gbv").await,
                "attachments": [attachment(&to, doc)],
            }),
        )
        .await;
    assert_eq!(res.status(), 201);
    assert_eq!(app.count("attachment").await, 3);
}
on_both_backends!(attachments_travel_with_their_message);

fn small_limits(s: &mut passerelle::settings::Settings) {
    s.limits.max_attachments = 3;
    s.limits.max_attachment_bytes = 100_000;
    s.limits.max_message_attachment_bytes = 150_000;
    s.limits.max_case_attachment_bytes = 250_000;
}

async fn bad_attachments_change_nothing(backend: Backend) {
    let app = spawn_app_tweaked(backend, small_limits).await;
    let units = app.get_units().await;
    assert_eq!(units["limits"]["max_attachments"], 3);
    assert_eq!(units["limits"]["max_attachment_bytes"], 100_000);
    let to = app.gbv.recipients();
    let small = attachment(&to, b"small");
    let big = attachment(&to, &[1u8; 70_000]);
    let scrypt = {
        let enc = age::Encryptor::with_user_passphrase(secrecy::SecretString::from(
            "passphrase".to_string(),
        ));
        let mut out = Vec::new();
        let mut w = enc.wrap_output(&mut out).unwrap();
        std::io::Write::write_all(&mut w, &crypto::pad_attachment(b"x")).unwrap();
        w.finish().unwrap();
        STANDARD.encode(out)
    };
    let wrong_count = attachment(&to[..1], b"small");

    let before = app.snapshot().await;
    for (files, expected) in [
        (vec![small.clone(); 4], (400, "too_many_attachments")),
        (vec![big.clone()], (413, "attachment_too_large")),
        (vec![small.clone(); 3], (413, "attachments_too_large")),
        (
            vec![small.clone(), "not base64!".into()],
            (400, "invalid_envelope"),
        ),
        (vec![scrypt.clone()], (400, "invalid_envelope")),
        (
            vec![small.clone(), wrong_count.clone()],
            (400, "wrong_recipient_count"),
        ),
    ] {
        let mut body = app.report_body(&Reporter::new(), "x").await;
        body["attachments"] = json!(files);
        let res = app.submit(&body).await;
        let (status, code) = error_code(res).await;
        assert_eq!((status, code.as_str()), expected);
    }
    assert_eq!(app.snapshot().await, before, "refusals stored nothing");

    // Which attachment is wrong is said, and nothing of its content.
    let mut body = app.report_body(&Reporter::new(), "x").await;
    body["attachments"] = json!([small, "not base64!"]);
    let res: Value = app.submit(&body).await.json().await.unwrap();
    let message = res["error"]["message"].as_str().unwrap();
    assert!(message.starts_with("attachment 2:"), "{message}");

    // The case as a whole is limited too: two files, then two more is too many bytes.
    let reporter = Reporter::new();
    let mut body = app.report_body(&reporter, "x").await;
    body["attachments"] = json!([small, small]);
    assert_eq!(app.submit(&body).await.status(), 201);
    let message = |files: Vec<String>| {
        json!({
            "envelope": envelope_for(&to, &json!({"v":1,"kind":"message","text":"plus"})),
            "attachments": files,
        })
    };
    let before = app.snapshot().await;
    let res = app
        .reporter_message(
            &reporter.lookup,
            &message(vec![small.clone(), small.clone()]),
        )
        .await;
    assert_eq!(error_code(res).await, (413, "attachments_too_large".into()));
    let res = app
        .reporter_message(&reporter.lookup, &message(vec![wrong_count]))
        .await;
    assert_eq!(error_code(res).await, (400, "wrong_recipient_count".into()));
    assert_eq!(app.snapshot().await, before);
    let res = app
        .reporter_message(&reporter.lookup, &message(vec![small]))
        .await;
    assert_eq!(res.status(), 201);
}
on_both_backends!(bad_attachments_change_nothing);

async fn a_transfer_takes_the_files_along(backend: Backend) {
    let app = spawn_app(backend).await;
    let reporter = Reporter::new();
    let res = app.submit(&report_with_files(&app, &reporter).await).await;
    let case = res.json::<Value>().await.unwrap()["case"]
        .as_str()
        .unwrap()
        .to_string();
    let fetched: Value = app
        .officer_get(&app.gbv.token, &format!("/api/v1/cases/{case}"))
        .await
        .json()
        .await
        .unwrap();
    let target = app.child.recipients();
    let envelopes: Vec<Value> = fetched["messages"]
        .as_array()
        .unwrap()
        .iter()
        .map(|m| {
            let plain = decrypt_b64(&app.gbv.identity, m["envelope"].as_str().unwrap());
            json!({"id": m["id"], "envelope": envelope_for(&target, &plain)})
        })
        .collect();
    let mut files = Vec::new();
    for a in fetched["messages"][0]["attachments"].as_array().unwrap() {
        let bytes = app
            .officer_get(
                &app.gbv.token,
                &format!("/api/v1/cases/{case}/attachments/{}", a["id"]),
            )
            .await
            .bytes()
            .await
            .unwrap();
        let plain = crypto::decrypt_with(std::slice::from_ref(&app.gbv.identity), &bytes).unwrap();
        files.push(json!({
            "id": a["id"],
            "envelope": STANDARD.encode(crypto::encrypt_to(&target, &plain).unwrap()),
        }));
    }
    let key_set = app.key_set("child-protection").await;
    let path = format!("/api/v1/cases/{case}/reencrypt");
    // Leaving a file behind (it would stay readable by the old unit only) is refused.
    let before = app.snapshot().await;
    let res = app
        .officer_post(
            &app.gbv.chief_token,
            &path,
            &json!({"unit": "child-protection", "key_set": key_set, "envelopes": envelopes,
                    "attachments": [files[0]]}),
        )
        .await;
    assert_eq!(error_code(res).await, (409, "thread_changed".into()));
    assert_eq!(app.snapshot().await, before);
    let res = app
        .officer_post(
            &app.gbv.chief_token,
            &path,
            &json!({"unit": "child-protection", "key_set": key_set, "envelopes": envelopes,
                    "attachments": files}),
        )
        .await;
    assert_eq!(res.status(), 200);
    // The files the transfer replaced are kept until someone confirms.
    assert_eq!(
        app.count_where("superseded", "kind = 'attachment'").await,
        files.len() as u64
    );

    // The new unit reads the files; the old one cannot reach them.
    let moved: Value = app
        .officer_get(&app.child.token, &format!("/api/v1/cases/{case}"))
        .await
        .json()
        .await
        .unwrap();
    let listed = moved["messages"][0]["attachments"].as_array().unwrap();
    let first = &listed[0];
    assert_eq!(first["key_set"], key_set);
    let bytes = app
        .officer_get(
            &app.child.token,
            &format!("/api/v1/cases/{case}/attachments/{}", first["id"]),
        )
        .await
        .bytes()
        .await
        .unwrap();
    let plain = crypto::decrypt_with(std::slice::from_ref(&app.child.identity), &bytes).unwrap();
    assert_eq!(&plain[..PHOTO.len()], PHOTO);
    assert_eq!(
        app.officer_get(
            &app.gbv.token,
            &format!("/api/v1/cases/{case}/attachments/{}", first["id"]),
        )
        .await
        .status(),
        404
    );

    // Undone, the files are the old unit's again, byte for byte as they were.
    let sizes: Vec<Value> = fetched["messages"][0]["attachments"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| a["size"].clone())
        .collect();
    let res = app
        .officer_post(
            &app.child.chief_token,
            &format!("/api/v1/cases/{case}/reencrypt/restore"),
            &json!({}),
        )
        .await;
    assert_eq!(res.status(), 200);
    let back: Value = app
        .officer_get(&app.gbv.token, &format!("/api/v1/cases/{case}"))
        .await
        .json()
        .await
        .unwrap();
    let listed = back["messages"][0]["attachments"].as_array().unwrap();
    assert_eq!(
        listed.iter().map(|a| a["size"].clone()).collect::<Vec<_>>(),
        sizes
    );
    let bytes = app
        .officer_get(
            &app.gbv.token,
            &format!("/api/v1/cases/{case}/attachments/{}", listed[0]["id"]),
        )
        .await
        .bytes()
        .await
        .unwrap();
    let plain = crypto::decrypt_with(std::slice::from_ref(&app.gbv.identity), &bytes).unwrap();
    assert_eq!(&plain[..PHOTO.len()], PHOTO);
    assert_eq!(app.count("superseded").await, 0);
}
on_both_backends!(a_transfer_takes_the_files_along);

fn one_upload_at_a_time(s: &mut passerelle::settings::Settings) {
    s.limits.max_concurrent_uploads = 1;
}

/// Big bodies (with attachments) are let in a few at a time: while one is being
/// received, another answers 503 at once (clients retry) and stores nothing; small
/// ones are not held back.
async fn big_uploads_are_let_in_a_few_at_a_time(backend: Backend) {
    use tokio::io::AsyncWriteExt;
    let app = spawn_app_tweaked(backend, one_upload_at_a_time).await;
    // A slow sender: headers and the start of a 5 MB body, then nothing yet.
    let start_slow = async || {
        let mut slow = tokio::net::TcpStream::connect(("127.0.0.1", app.port))
            .await
            .unwrap();
        let head = format!(
            "POST /api/v1/reports HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n\
             Passerelle-Pow: {}\r\nContent-Length: 5000000\r\n\r\n{{",
            app.pow("report").await,
        );
        slow.write_all(head.as_bytes()).await.unwrap();
        slow.flush().await.unwrap();
        slow
    };
    let mut slow = start_slow().await;
    // Wait until the server holds its place: a big body that is not JSON is turned
    // away with 503 from then on (and with 400, storing nothing, before). A probe
    // that came first may have held the place when the slow one asked for it: that
    // one was answered 503, and a new slow sender takes its turn.
    let deadline = tokio::time::Instant::now() + std::time::Duration::from_secs(20);
    loop {
        let probe = app
            .submit_raw(vec![b' '; 1_600_000], "application/json")
            .await;
        let mut answer = [0u8; 512];
        match slow.try_read(&mut answer) {
            Ok(n) if n > 0 => {
                let said = String::from_utf8_lossy(&answer[..n]).to_string();
                assert!(
                    said.starts_with("HTTP/1.1 503"),
                    "the slow sender got {said}"
                );
                slow = start_slow().await;
                continue;
            }
            _ => {}
        }
        if probe.status() == 503 {
            break;
        }
        assert_eq!(probe.status(), 400);
        assert!(
            tokio::time::Instant::now() < deadline,
            "the slow sender was never let in"
        );
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }

    let before = app.snapshot().await;
    let mut body = app.report_body(&Reporter::new(), "x").await;
    body["attachments"] = json!([attachment(&app.gbv.recipients(), &[7u8; 1_600_000])]);
    let res = app.submit(&body).await;
    assert_eq!(error_code(res).await, (503, "unavailable".into()));
    assert_eq!(app.snapshot().await, before);
    // A plain report still goes through.
    let res = app
        .submit(&app.report_body(&Reporter::new(), "small").await)
        .await;
    assert_eq!(res.status(), 201);

    // Once the slow one is gone, the big one is let in.
    // Clients retry a 503; the server notices the dropped connection soon.
    drop(slow);
    submit_until_created(&app, &body, 10, "the place was never given back").await;
    assert_eq!(app.reports().await, 2);
}
on_both_backends!(big_uploads_are_let_in_a_few_at_a_time);

/// Submits `body` again while it gets `503` (as clients do), until `201`; fails
/// with `why` after `seconds`.
async fn submit_until_created(app: &TestApp, body: &Value, seconds: u64, why: &str) {
    let deadline = tokio::time::Instant::now() + std::time::Duration::from_secs(seconds);
    loop {
        let res = app.submit(body).await;
        if res.status() == 201 {
            return;
        }
        assert_eq!(error_code(res).await, (503, "unavailable".into()));
        assert!(tokio::time::Instant::now() < deadline, "{why}");
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
}

fn small_hourly_budget(s: &mut passerelle::settings::Settings) {
    s.limits.max_upload_bytes_per_hour = 3_000_000;
}

/// A flood of uploads cannot fill the disk: past the hourly byte budget, large
/// bodies get 503 (nothing stored); plain reports still go through.
async fn uploads_stop_at_the_hourly_budget(backend: Backend) {
    let app = spawn_app_tweaked(backend, small_hourly_budget).await;
    let mut body = app.report_body(&Reporter::new(), "x").await;
    body["attachments"] = json!([attachment(&app.gbv.recipients(), &[7u8; 1_600_000])]);
    assert_eq!(app.submit(&body).await.status(), 201);
    let mut again = app.report_body(&Reporter::new(), "y").await;
    again["attachments"] = body["attachments"].clone();
    let before = app.snapshot().await;
    assert_eq!(
        error_code(app.submit(&again).await).await,
        (503, "unavailable".into())
    );
    assert_eq!(app.snapshot().await, before);
    let res = app
        .submit(&app.report_body(&Reporter::new(), "small").await)
        .await;
    assert_eq!(res.status(), 201);
}
on_both_backends!(uploads_stop_at_the_hourly_budget);

/// Starts a report whose headers announce `length` bytes and sends only the first
/// few, over a raw connection the test controls.
async fn start_body(app: &TestApp, length: usize) -> tokio::net::TcpStream {
    use tokio::io::AsyncWriteExt;
    let mut conn = tokio::net::TcpStream::connect(("127.0.0.1", app.port))
        .await
        .unwrap();
    conn.set_nodelay(true).unwrap();
    let pow = app.pow("report").await;
    let head = format!(
        "POST /api/v1/reports HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n\
         Passerelle-Pow: {pow}\r\nContent-Length: {length}\r\n\r\n{{\"category\":"
    );
    conn.write_all(head.as_bytes()).await.unwrap();
    conn
}

/// The status line of what the server answered on a raw connection.
async fn status_line(conn: &mut tokio::net::TcpStream) -> String {
    use tokio::io::AsyncReadExt;
    let mut buf = Vec::new();
    let mut chunk = [0u8; 1024];
    while !buf.windows(2).any(|w| w == b"\r\n") {
        match conn.read(&mut chunk).await.unwrap() {
            0 => break,
            n => buf.extend_from_slice(&chunk[..n]),
        }
    }
    String::from_utf8_lossy(&buf)
        .lines()
        .next()
        .unwrap_or("")
        .to_string()
}

fn slow_bodies_are_cut(s: &mut passerelle::settings::Settings) {
    s.limits.max_concurrent_uploads = 1;
    s.limits.body_grace_seconds = 1;
    s.limits.min_body_bytes_per_second = 1000;
    s.limits.max_body_seconds = 30;
}

/// A sender that trickles its body (slowloris) holds its upload place only until
/// the pace runs out: it gets 408, the place comes back, nothing is stored.
async fn a_slow_body_loses_its_place(backend: Backend) {
    use tokio::io::AsyncWriteExt;
    let app = spawn_app_tweaked(backend, slow_bodies_are_cut).await;
    let started = std::time::Instant::now();
    let mut slow = start_body(&app, 2_000_000).await;
    // Ten bytes every 100 ms: a hundred bytes a second, a tenth of the pace.
    let (mut read, mut write) = slow.split();
    let trickle = async {
        for _ in 0..100 {
            if write.write_all(b"          ").await.is_err() {
                break;
            }
            tokio::time::sleep(std::time::Duration::from_millis(100)).await;
        }
    };
    let answer = async {
        use tokio::io::AsyncReadExt;
        let mut buf = vec![0u8; 4096];
        let n = read.read(&mut buf).await.unwrap_or(0);
        String::from_utf8_lossy(&buf[..n]).to_string()
    };
    let big = async {
        // Meanwhile the only place is taken.
        tokio::time::sleep(std::time::Duration::from_millis(300)).await;
        let mut body = app.report_body(&Reporter::new(), "pendant").await;
        body["attachments"] = json!([attachment(&app.gbv.recipients(), &[7u8; 1_600_000])]);
        error_code(app.submit(&body).await).await
    };
    let cut = async {
        tokio::select! {
            text = answer => text,
            _ = trickle => panic!("the trickling body was never cut off"),
        }
    };
    let (answer, big) = tokio::join!(cut, big);
    assert_eq!(big, (503, "unavailable".into()));
    assert!(answer.starts_with("HTTP/1.1 408"), "{answer}");
    assert!(answer.contains("body_timeout"), "{answer}");
    // Cut once the grace and what its bytes earned ran out, not at the maximum.
    let took = started.elapsed();
    assert!(took < std::time::Duration::from_secs(10), "{took:?}");
    let mut body = app.report_body(&Reporter::new(), "après").await;
    body["attachments"] = json!([attachment(&app.gbv.recipients(), &[7u8; 1_600_000])]);
    assert_eq!(app.submit(&body).await.status(), 201);
    assert_eq!(app.reports().await, 1);
}
on_both_backends!(a_slow_body_loses_its_place);

/// The hourly budget is charged by the bytes that arrive: headers that announce
/// large bodies which never come do not spend it.
async fn the_budget_counts_bytes_received_not_announced(backend: Backend) {
    let app = spawn_app_tweaked(backend, small_hourly_budget).await;
    for _ in 0..3 {
        let mut conn = start_body(&app, 2_900_000).await;
        // The body ends here, 2.9 MB short of what was announced.
        tokio::io::AsyncWriteExt::shutdown(&mut conn).await.unwrap();
        let status = status_line(&mut conn).await;
        assert!(!status.contains("201"), "{status}");
    }
    let mut body = app.report_body(&Reporter::new(), "x").await;
    body["attachments"] = json!([attachment(&app.gbv.recipients(), &[7u8; 1_600_000])]);
    submit_until_created(&app, &body, 5, "announced bytes emptied the budget").await;
}
on_both_backends!(the_budget_counts_bytes_received_not_announced);
