//! The officer console in headless Chromium, against the real binary: an officer
//! signs in (enrolling TOTP from the QR page), creates their age identity in the
//! browser and uploads only the recipient and the passphrase-wrapped identity; a
//! supervisor adds the key to the unit; a report arrives; the officer unlocks the key
//! in the browser, decrypts the report there, changes the status, replies and writes
//! a note. The reporter reads the reply; the note stays the unit's; no plaintext,
//! passphrase or identity is in any request, the database or the log.

mod support;

use std::path::Path;
use std::process::Command;

use base64::Engine;
use base64::engine::general_purpose::{STANDARD, URL_SAFE_NO_PAD};
use passerelle::crypto;
use serde_json::{Value, json};

const BIN: &str = env!("CARGO_BIN_EXE_passerelle");

fn console(args: &[&str], out: &Path) -> Value {
    let mut argv: Vec<&std::ffi::OsStr> = args.iter().map(std::ffi::OsStr::new).collect();
    argv.extend([std::ffi::OsStr::new("--out"), out.as_os_str()]);
    let res = support::node_script(
        "e2e/console.mjs",
        &argv,
        out,
        std::time::Duration::from_secs(420),
    );
    assert!(
        res.status.success(),
        "console.mjs {} failed:\n{}\n{}",
        args[0],
        String::from_utf8_lossy(&res.stdout),
        String::from_utf8_lossy(&res.stderr)
    );
    serde_json::from_str(&std::fs::read_to_string(out).unwrap()).unwrap()
}

fn assert_absent(haystack: &[u8], needle: &str, what: &str) {
    assert!(
        !haystack
            .windows(needle.len())
            .any(|w| w == needle.as_bytes()),
        "{what} contains {needle:?}"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn officer_console_round_trip() {
    if support::chromium().is_none() || !support::node_ready("browser") {
        return;
    }
    let data = tempfile::tempdir().unwrap();
    let demo = support::Demo::start(data.path(), None, None);
    let base = demo.base.clone();
    let demo_json: Value =
        serde_json::from_str(&std::fs::read_to_string(data.path().join("demo.json")).unwrap())
            .unwrap();
    let officer = &demo_json["units"][0]["officers"][0];
    let login = officer["login"].as_str().unwrap().to_string();
    let password = officer["password"].as_str().unwrap().to_string();
    let passphrase = "a passphrase only this officer knows";

    // 1. First sign-in: enrol TOTP, make the key in the browser.
    let keys = console(
        &[
            "keys",
            "--base",
            &base,
            "--login",
            &login,
            "--password",
            &password,
            "--totp-secret",
            "AAAAAAAAAAAAAAAA",
            "--passphrase",
            passphrase,
        ],
        &data.path().join("keys.json"),
    );
    let recipient = keys["recipient"].as_str().unwrap().to_string();
    assert!(recipient.starts_with("age1"));
    let secret = keys["enrolled_secret"]
        .as_str()
        .expect("the server offered its own TOTP secret")
        .to_string();
    assert_eq!(
        keys["enrol_qr"], true,
        "the enrolment page showed no QR code"
    );

    // 2. The supervisor adds the key to the unit's set (here with the admin CLI).
    let db_url = format!(
        "sqlite://{}?mode=rwc",
        data.path().join("passerelle.db").display()
    );
    let out = Command::new(BIN)
        .args([
            "recipient",
            "add",
            "--unit",
            "gbv",
            "--recipient",
            &recipient,
            "--officer",
            &login,
        ])
        .env("PASSERELLE__DATABASE__URL", &db_url)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );

    // 3. A report arrives, encrypted to the unit's current set.
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
    assert!(recipients.contains(&recipient));
    let nonce = support::canary_tag(10);
    let canary = format!("Console canary {nonce}: the car waits behind the mosque");
    let reply = format!("We will call the number you gave ({nonce}).");
    let note = format!("Internal note {nonce}: check the garage");
    let reporter = age::x25519::Identity::generate();
    let lookup = URL_SAFE_NO_PAD.encode(crypto::random_bytes::<32>());
    // With a file: a "photo" whose bytes hold a canary of their own.
    let photo_canary = format!("Photo canary {nonce}");
    let photo = [
        b"\xff\xd8\xff\xe0".as_slice(),
        photo_canary.as_bytes(),
        b"\xff\xd9",
    ]
    .concat();
    let photo_sha = crypto::sha256_hex(&photo);
    let described = json!([{"name": "car.jpg", "type": "image/jpeg", "kind": "photo",
        "size": photo.len(), "sha256": photo_sha, "metadata_removed": true}]);
    let plain = crypto::pad(json!({"v":1,"kind":"report","category":"gbv","language":"en","urgent":true,"fields":{"what": canary,"when":"","where":"","who":""},"referral_consent":false,"attachments":described}).to_string().as_bytes()).unwrap();
    let file = crypto::encrypt_to(&recipients, &crypto::pad_attachment(&photo)).unwrap();
    let res = http
        .post(format!("{base}/api/v1/reports"))
        .header(
            passerelle::pow::HEADER,
            support::pow(&http, &base, "report").await,
        )
        .json(&json!({
            "category": "gbv", "key_set": gbv["key_set"], "language": "en", "urgent": true,
            "envelope": STANDARD.encode(crypto::encrypt_to(&recipients, &plain).unwrap()),
            "lookup": lookup, "reply_recipient": reporter.to_public().to_string(),
            "attachments": [STANDARD.encode(file)],
        }))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 201);
    let case = res.json::<Value>().await.unwrap()["case"]
        .as_str()
        .unwrap()
        .to_string();

    // 4. The officer works the case in the console.
    let run = console(
        &[
            "run",
            "--base",
            &base,
            "--lang",
            "en",
            "--login",
            &login,
            "--password",
            &password,
            "--totp-secret",
            &secret,
            "--passphrase",
            passphrase,
            "--case",
            &case,
            "--expect",
            &canary,
            "--reply",
            &reply,
            "--note",
            &note,
            "--passkey",
            "on",
            "--attachment-sha256",
            &photo_sha,
        ],
        &data.path().join("run.json"),
    );
    assert_eq!(run["ok"], true);
    // The identity was also wrapped with a (virtual) security key, and unlocked
    // with it; the case then decrypted; the photo downloaded and checked.
    assert_eq!(run["passkey"]["added"], true, "{}", run["passkey"]);
    assert_eq!(run["passkey"]["unlocked"], true, "{}", run["passkey"]);
    assert_eq!(run["report_found_after"], "passkey");
    // The case was marked as spam (closed, the mark shown), the mark removed, and
    // the case opened again.
    assert!(
        run["flag_text"].as_str().is_some_and(|t| !t.is_empty()),
        "{}",
        run["flag_text"]
    );
    let files = run["attachments"].as_array().unwrap();
    assert_eq!(files.len(), 1, "{}", run["attachments"]);
    assert_eq!(files[0]["sha256"], photo_sha.as_str());
    assert!(run["foreign_requests"].as_array().unwrap().is_empty());
    let sent = format!("{}{}", keys["requests"], run["requests"]);
    for needle in [
        canary.as_str(),
        reply.as_str(),
        note.as_str(),
        passphrase,
        "AGE-SECRET-KEY-1",
        photo_canary.as_str(),
    ] {
        assert_absent(sent.as_bytes(), needle, "the console's requests");
    }
    eprintln!(
        "console timings: keys {} run {}",
        keys["timings_ms"], run["timings_ms"]
    );

    // 5. The reporter reads the reply and the status; the note is not theirs.
    let f: Value = http
        .get(format!("{base}/api/v1/follow-up"))
        .header(
            passerelle::pow::HEADER,
            support::pow(&http, &base, "lookup").await,
        )
        .header("authorization", format!("Lookup {lookup}"))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(f["status"], "under_review");
    // Opened again, the case takes the reporter's messages again.
    assert_eq!(f["accepts_messages"], true);
    let messages = f["messages"].as_array().unwrap();
    assert!(messages.iter().all(|m| m["from"] != "note"));
    let unit_reply = messages
        .iter()
        .find(|m| m["from"] == "unit")
        .expect("a reply");
    let bytes = STANDARD
        .decode(unit_reply["envelope"].as_str().unwrap())
        .unwrap();
    let text = crypto::decrypt_with(std::slice::from_ref(&reporter), &bytes).unwrap();
    assert!(String::from_utf8_lossy(&text).contains(&reply));

    // 6. Nothing readable at rest or in the log.
    let mut stored = Vec::new();
    for f in ["passerelle.db", "passerelle.db-wal"] {
        if let Ok(b) = std::fs::read(data.path().join(f)) {
            stored.extend(b);
        }
    }
    let log = std::fs::read(data.path().join("server.log")).unwrap();
    for needle in [
        canary.as_str(),
        reply.as_str(),
        note.as_str(),
        passphrase,
        photo_canary.as_str(),
    ] {
        assert_absent(&stored, needle, "the database");
        assert_absent(&log, needle, "the server log");
    }
    drop(demo);
}
