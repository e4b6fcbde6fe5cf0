//! All cryptography of Passerelle. This is the only module that touches `ring` and
//! `age`; the contract it implements is `docs/crypto.md`.

mod envelope;
mod follow_up;
pub mod password;
mod secrets;
pub mod totp;

pub use envelope::{EnvelopeError, EnvelopeShape, inspect_envelope, is_passkey_file};
pub use follow_up::{
    CODE_DIGITS, FollowUpCode, FollowUpKeys, PBKDF2_ITERATIONS, damm_check_digit, derive_keys,
};
pub use secrets::{
    ApiToken, LookupDigest, LookupKey, LookupSecret, TokenDigest, hmac_sha256, random_bytes, sha256,
};

/// Reads an age identity file (as written by `age-keygen` or `passerelle demo`).
pub fn parse_identity_file(text: &str) -> Result<Vec<age::x25519::Identity>, String> {
    let mut out = Vec::new();
    for line in text.lines().map(str::trim) {
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let id = line
            .parse::<age::x25519::Identity>()
            .map_err(|e| format!("not an age X25519 identity: {e}"))?;
        out.push(id);
    }
    if out.is_empty() {
        return Err("the file holds no age identity".into());
    }
    Ok(out)
}

/// A fresh X25519 identity, as the text of an identity file, and its recipient.
pub fn generate_identity_file(comment: &str) -> (secrecy::SecretString, String) {
    use secrecy::ExposeSecret;
    let id = age::x25519::Identity::generate();
    let recipient = id.to_public().to_string();
    let text = format!(
        "# {comment}\n# public key: {recipient}\n{}\n",
        id.to_string().expose_secret()
    );
    (secrecy::SecretString::from(text), recipient)
}

/// Is `s` a well-formed age X25519 recipient (`age1…`)?
pub fn parse_recipient(s: &str) -> Result<age::x25519::Recipient, String> {
    s.trim()
        .parse::<age::x25519::Recipient>()
        .map_err(|e| format!("not an age X25519 recipient: {e}"))
}

/// Encrypts `plaintext` (already padded) to the given recipients; binary age output.
pub fn encrypt_to(recipients: &[String], plaintext: &[u8]) -> Result<Vec<u8>, String> {
    let parsed = recipients
        .iter()
        .map(|r| parse_recipient(r).map(|r| Box::new(r) as Box<dyn age::Recipient>))
        .collect::<Result<Vec<_>, _>>()?;
    let encryptor = age::Encryptor::with_recipients(parsed.iter().map(|r| r.as_ref()))
        .map_err(|e| format!("cannot encrypt: {e}"))?;
    let mut out = Vec::with_capacity(plaintext.len() + 512);
    let mut writer = encryptor
        .wrap_output(&mut out)
        .map_err(|e| format!("cannot encrypt: {e}"))?;
    std::io::Write::write_all(&mut writer, plaintext)
        .map_err(|e| format!("cannot encrypt: {e}"))?;
    writer
        .finish()
        .map_err(|e| format!("cannot encrypt: {e}"))?;
    Ok(out)
}

/// Decrypts a binary age file with any of the identities.
pub fn decrypt_with(
    identities: &[age::x25519::Identity],
    ciphertext: &[u8],
) -> Result<zeroize::Zeroizing<Vec<u8>>, String> {
    let decryptor =
        age::Decryptor::new_buffered(ciphertext).map_err(|e| format!("not an age file: {e}"))?;
    let mut reader = decryptor
        .decrypt(identities.iter().map(|i| i as &dyn age::Identity))
        .map_err(|e| format!("cannot decrypt: {e}"))?;
    let mut out = zeroize::Zeroizing::new(Vec::new());
    std::io::Read::read_to_end(&mut reader, &mut out)
        .map_err(|e| format!("cannot decrypt: {e}"))?;
    Ok(out)
}

/// Pads a JSON plaintext with spaces to its size bucket (`docs/crypto.md` §2).
pub fn pad(json: &[u8]) -> Result<Vec<u8>, String> {
    const MAX: usize = 64 * 1024;
    if json.len() > MAX {
        return Err(format!(
            "the text is too long ({} bytes, at most {MAX})",
            json.len()
        ));
    }
    let bucket = json.len().next_power_of_two().max(1024);
    let mut out = Vec::with_capacity(bucket);
    out.extend_from_slice(json);
    out.resize(bucket, b' ');
    Ok(out)
}

/// Lowercase hex SHA-256, as attachments are described (docs/crypto.md §2).
pub fn sha256_hex(bytes: &[u8]) -> String {
    ring::digest::digest(&ring::digest::SHA256, bytes)
        .as_ref()
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// Pads an attachment with zero bytes to the next multiple of 64 KiB (an empty
/// file to 64 KiB), as docs/crypto.md §2 says.
pub fn pad_attachment(bytes: &[u8]) -> Vec<u8> {
    const BLOCK: usize = 65536;
    let len = bytes.len().div_ceil(BLOCK).max(1) * BLOCK;
    let mut out = Vec::with_capacity(len);
    out.extend_from_slice(bytes);
    out.resize(len, 0);
    out
}

/// Is this a binary age file encrypted to a passphrase (one scrypt stanza)? That is
/// the only form in which an officer's identity may be stored on the server.
pub fn is_passphrase_file(bytes: &[u8]) -> bool {
    bytes.starts_with(b"age-encryption.org/v1\n")
        && age::Decryptor::new_buffered(bytes).is_ok_and(|d| d.is_scrypt())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pad_uses_power_of_two_buckets_of_at_least_1024() {
        assert_eq!(pad(b"{}").unwrap().len(), 1024);
        assert_eq!(pad(&[b'a'; 1024]).unwrap().len(), 1024);
        assert_eq!(pad(&[b'a'; 1025]).unwrap().len(), 2048);
        assert_eq!(pad(&[b'a'; 40_000]).unwrap().len(), 65536);
        assert!(pad(&[b'a'; 65537]).is_err());
        let padded = pad(br#"{"a":1}"#).unwrap();
        let v: serde_json::Value = serde_json::from_slice(&padded).unwrap();
        assert_eq!(v["a"], 1);
    }

    #[test]
    fn attachments_pad_to_64_kib_and_hash_as_hex() {
        assert_eq!(pad_attachment(b"").len(), 65536);
        assert_eq!(pad_attachment(&[7; 65536]).len(), 65536);
        let p = pad_attachment(&[7; 65537]);
        assert_eq!(p.len(), 131072);
        assert_eq!(p[65536], 7);
        assert!(p[65537..].iter().all(|b| *b == 0));
        assert_eq!(
            sha256_hex(b"abc"),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
    }

    #[test]
    fn encrypt_then_decrypt_round_trips() {
        let (file, recipient) = generate_identity_file("test");
        let ids = parse_identity_file(secrecy::ExposeSecret::expose_secret(&file)).unwrap();
        let ct = encrypt_to(&[recipient], b"hello").unwrap();
        assert_eq!(&decrypt_with(&ids, &ct).unwrap()[..], b"hello");
    }
}
