//! An envelope made by the Rust `age` crate and one made by the `age-encryption`
//! npm package (the browser's) both pass the server's checks and decrypt on the
//! other side.

mod support;

use std::io::Write;
use std::process::{Command, Stdio};

use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use passerelle::crypto;
use passerelle::domain::AgeEnvelope;
use secrecy::ExposeSecret;

fn node(args: &[&str], input: &[u8]) -> Vec<u8> {
    let mut child = Command::new("node")
        .arg("e2e/age-interop.mjs")
        .args(args)
        .current_dir(support::web_dir())
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .expect("node runs");
    child.stdin.take().unwrap().write_all(input).unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success(), "node {args:?} failed");
    out.stdout
}

#[test]
fn npm_envelopes_validate_and_decrypt_in_rust() {
    if !support::node_ready("node") {
        return;
    }
    for n in 1..=3 {
        let ids: Vec<age::x25519::Identity> =
            (0..n).map(|_| age::x25519::Identity::generate()).collect();
        let recipients: Vec<String> = ids.iter().map(|i| i.to_public().to_string()).collect();
        let plaintext =
            crypto::pad(br#"{"v":1,"kind":"report","fields":{"what":"interop"}}"#).unwrap();
        let args: Vec<&str> = std::iter::once("encrypt")
            .chain(recipients.iter().map(String::as_str))
            .collect();
        let b64 = String::from_utf8(node(&args, &plaintext)).unwrap();
        let envelope = AgeEnvelope::from_base64(&b64, 1 << 20)
            .expect("npm envelope passes the server's checks");
        assert_eq!(envelope.x25519_stanzas(), n);
        for id in &ids {
            let plain = crypto::decrypt_with(std::slice::from_ref(id), envelope.bytes()).unwrap();
            assert_eq!(&plain[..], &plaintext[..]);
        }
    }
}

#[test]
fn rust_envelopes_validate_and_decrypt_in_npm() {
    if !support::node_ready("node") {
        return;
    }
    let ids: Vec<age::x25519::Identity> =
        (0..3).map(|_| age::x25519::Identity::generate()).collect();
    let recipients: Vec<String> = ids.iter().map(|i| i.to_public().to_string()).collect();
    let plaintext = crypto::pad(br#"{"v":1,"kind":"reply","text":"interop"}"#).unwrap();
    let bytes = crypto::encrypt_to(&recipients, &plaintext).unwrap();
    let envelope =
        AgeEnvelope::from_bytes(bytes.clone(), 1 << 20).expect("Rust envelope passes the checks");
    // Rust age adds a grease stanza; the server counts only X25519 ones.
    assert_eq!(envelope.x25519_stanzas(), 3);
    for id in &ids {
        let out = node(
            &["decrypt", id.to_string().expose_secret()],
            STANDARD.encode(&bytes).as_bytes(),
        );
        assert_eq!(out, plaintext);
    }
}

/// The Go reference `age` CLI (Debian's `age` package): its files pass the server's
/// checks and decrypt in Rust, and Rust's files decrypt with it.
#[test]
fn go_age_cli_interoperates() {
    let available = Command::new("age")
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success());
    if !available {
        if support::required("age-cli") {
            panic!("the age CLI is required (PASSERELLE_TEST_REQUIRE) but not installed");
        }
        eprintln!("SKIPPED: no `age` CLI; apt-get install age");
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let ids: Vec<age::x25519::Identity> =
        (0..2).map(|_| age::x25519::Identity::generate()).collect();
    let plaintext = crypto::pad(br#"{"v":1,"kind":"report","fields":{"what":"go"}}"#).unwrap();
    let input = dir.path().join("plain");
    std::fs::write(&input, &plaintext).unwrap();
    let mut cmd = Command::new("age");
    cmd.arg("--encrypt");
    for id in &ids {
        cmd.args(["-r", &id.to_public().to_string()]);
    }
    let out = cmd.arg(&input).output().unwrap();
    assert!(out.status.success(), "age --encrypt failed");
    let envelope =
        AgeEnvelope::from_bytes(out.stdout, 1 << 20).expect("Go age output passes the checks");
    assert_eq!(envelope.x25519_stanzas(), 2);
    for id in &ids {
        assert_eq!(
            &crypto::decrypt_with(std::slice::from_ref(id), envelope.bytes()).unwrap()[..],
            &plaintext[..]
        );
    }

    // And the other way: a Rust envelope opened by `age --decrypt -i`.
    let identity_file = dir.path().join("key.txt");
    std::fs::write(
        &identity_file,
        format!("{}\n", ids[1].to_string().expose_secret()),
    )
    .unwrap();
    let recipients: Vec<String> = ids.iter().map(|i| i.to_public().to_string()).collect();
    let encrypted = dir.path().join("file.age");
    std::fs::write(
        &encrypted,
        crypto::encrypt_to(&recipients, &plaintext).unwrap(),
    )
    .unwrap();
    let out = Command::new("age")
        .args(["--decrypt", "-i"])
        .arg(&identity_file)
        .arg(&encrypted)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "age --decrypt failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert_eq!(out.stdout, plaintext);
}
