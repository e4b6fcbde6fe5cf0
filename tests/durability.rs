//! An acknowledged report survives the process being killed right after the answer
//! (SIGKILL, no shutdown at all): the 201 is only sent after the commit.

use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use base64::Engine;
use base64::engine::general_purpose::{STANDARD, URL_SAFE_NO_PAD};
use passerelle::crypto;
use serde_json::{Value, json};

const BIN: &str = env!("CARGO_BIN_EXE_passerelle");

fn start(data: &std::path::Path, port: u16) -> Child {
    let child = Command::new(BIN)
        .args(["demo", "--data"])
        .arg(data)
        .args(["--listen", &format!("127.0.0.1:{port}")])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let deadline = Instant::now() + Duration::from_secs(60);
    while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
        assert!(Instant::now() < deadline, "the demo did not start");
        std::thread::sleep(Duration::from_millis(50));
    }
    child
}

#[tokio::test]
async fn acknowledged_reports_survive_sigkill() {
    let data = tempfile::tempdir().unwrap();
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let base = format!("http://127.0.0.1:{port}");
    let http = reqwest::Client::new();
    let mut child = start(data.path(), port);
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
            .json(&body)
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), 201);
        let case: Value = res.json().await.unwrap();
        acknowledged.push((lookup, case["case"].as_str().unwrap().to_string()));
    }
    // Kill at once, right after the last answer.
    child.kill().unwrap();
    child.wait().unwrap();

    let mut child = start(data.path(), port);
    // A fresh client: the old one's pooled connections died with the server.
    let http = reqwest::Client::new();
    for (lookup, case) in &acknowledged {
        let res = http
            .get(format!("{base}/api/v1/follow-up"))
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
    child.kill().unwrap();
    child.wait().unwrap();
}
