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
