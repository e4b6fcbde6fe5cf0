//! Checks an age envelope without any key (`docs/crypto.md` §1).

use std::cell::RefCell;
use std::io::Read;

use age::DecryptError;
use age_core::format::{FileKey, Stanza};

const X25519_TAG: &str = "X25519";
const GREASE_SUFFIX: &str = "-grease";
const NONCE_LEN: usize = 16;
const TAG_LEN: usize = 16;
const CHUNK_LEN: usize = 64 * 1024 + TAG_LEN;

/// What the server learns from a well-formed envelope.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EnvelopeShape {
    /// Number of X25519 recipient stanzas.
    pub x25519_stanzas: usize,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum EnvelopeError {
    #[error("the envelope is not a binary age v1 file")]
    NotAge,
    #[error("the envelope is encrypted with a passphrase; only X25519 recipients are accepted")]
    Passphrase,
    #[error("the envelope uses an unsupported recipient type ({0}); only X25519 is accepted")]
    UnsupportedRecipient(String),
    #[error("the envelope has a malformed X25519 recipient stanza")]
    MalformedStanza,
    #[error("the envelope's encrypted payload is truncated or malformed")]
    MalformedPayload,
}

/// An `age::Identity` that unwraps nothing and records the stanzas it is shown.
struct StanzaRecorder(RefCell<Vec<Stanza>>);

impl age::Identity for StanzaRecorder {
    fn unwrap_stanza(&self, stanza: &Stanza) -> Option<Result<FileKey, DecryptError>> {
        self.0.borrow_mut().push(Stanza {
            tag: stanza.tag.clone(),
            args: stanza.args.clone(),
            body: stanza.body.clone(),
        });
        None
    }
}

/// Every stanza of a binary age file's header, without any key.
fn header_stanzas(bytes: &[u8]) -> Result<Vec<Stanza>, EnvelopeError> {
    if !bytes.starts_with(b"age-encryption.org/v1\n") {
        return Err(EnvelopeError::NotAge);
    }
    let mut input = bytes;
    let decryptor = age::Decryptor::new_buffered(&mut input).map_err(|_| EnvelopeError::NotAge)?;
    if decryptor.is_scrypt() {
        return Err(EnvelopeError::Passphrase);
    }
    let recorder = StanzaRecorder(RefCell::new(Vec::new()));
    // The recorder unwraps nothing, so this always ends in "no matching keys"; all it
    // is for is to be shown every stanza of the header.
    let _ = decryptor.decrypt(std::iter::once(&recorder as &dyn age::Identity));
    Ok(recorder.0.into_inner())
}

/// Parses the header of a binary age file and checks the payload's framing.
pub fn inspect_envelope(bytes: &[u8]) -> Result<EnvelopeShape, EnvelopeError> {
    let stanzas = header_stanzas(bytes)?;

    let mut x25519 = 0;
    for stanza in &stanzas {
        if stanza.tag == X25519_TAG {
            check_x25519(stanza)?;
            x25519 += 1;
        } else if stanza.tag == "scrypt" {
            return Err(EnvelopeError::Passphrase);
        } else if !stanza.tag.ends_with(GREASE_SUFFIX) {
            return Err(EnvelopeError::UnsupportedRecipient(printable(&stanza.tag)));
        }
    }
    if x25519 == 0 {
        return Err(EnvelopeError::MalformedStanza);
    }
    check_payload(payload_len(bytes)?)?;
    Ok(EnvelopeShape {
        x25519_stanzas: x25519,
    })
}

/// The stanza tag of a file key wrapped by a passkey's PRF output (the
/// `age-encryption` package's `webauthn` module, age-plugin-fido2prf).
const FIDO2PRF_TAG: &str = "age-encryption.org/fido2prf";

/// Is this a binary age file whose file key is wrapped only by passkeys (one or
/// more `age-encryption.org/fido2prf` stanzas: a 16-byte nonce, a 32-byte body)?
/// That is the other form in which an officer's identity may be stored.
pub fn is_passkey_file(bytes: &[u8]) -> bool {
    use base64::Engine;
    let Ok(stanzas) = header_stanzas(bytes) else {
        return false;
    };
    let mut prf = 0;
    for stanza in &stanzas {
        if stanza.tag == FIDO2PRF_TAG {
            let ok = stanza.args.len() == 1
                && base64::engine::general_purpose::STANDARD_NO_PAD
                    .decode(&stanza.args[0])
                    .is_ok_and(|nonce| nonce.len() == 16)
                && stanza.body.len() == 32;
            if !ok {
                return false;
            }
            prf += 1;
        } else if !stanza.tag.ends_with(GREASE_SUFFIX) {
            return false;
        }
    }
    prf > 0 && payload_len(bytes).is_ok_and(|n| check_payload(n).is_ok())
}

fn check_x25519(stanza: &Stanza) -> Result<(), EnvelopeError> {
    use base64::Engine;
    let ok = stanza.args.len() == 1
        && base64::engine::general_purpose::STANDARD_NO_PAD
            .decode(&stanza.args[0])
            .is_ok_and(|share| share.len() == 32)
        && stanza.body.len() == 32;
    if ok {
        Ok(())
    } else {
        Err(EnvelopeError::MalformedStanza)
    }
}

/// Length of what follows the header's MAC line.
fn payload_len(bytes: &[u8]) -> Result<usize, EnvelopeError> {
    // The header ends with "\n--- <43 chars of base64 MAC>\n"; age has parsed it, so
    // the first "\n--- " marks it.
    let marker = b"\n--- ";
    let start = bytes
        .windows(marker.len())
        .position(|w| w == marker)
        .ok_or(EnvelopeError::NotAge)?;
    let mut rest = &bytes[start + marker.len()..];
    let eol = rest
        .iter()
        .position(|&b| b == b'\n')
        .ok_or(EnvelopeError::NotAge)?;
    rest = &rest[eol + 1..];
    let mut sink = Vec::new();
    // Reading through `Read` keeps the arithmetic obvious for a reviewer.
    rest.read_to_end(&mut sink)
        .map_err(|_| EnvelopeError::MalformedPayload)?;
    Ok(sink.len())
}

fn check_payload(len: usize) -> Result<(), EnvelopeError> {
    let Some(stream) = len.checked_sub(NONCE_LEN) else {
        return Err(EnvelopeError::MalformedPayload);
    };
    let last = stream % CHUNK_LEN;
    let ok = match (stream / CHUNK_LEN, last) {
        (0, 0) => false,
        (_, 0) => true,         // the last chunk is a full one
        (0, l) => l >= TAG_LEN, // a single chunk, possibly empty
        (_, l) => l > TAG_LEN,  // a non-empty final chunk
    };
    if ok {
        Ok(())
    } else {
        Err(EnvelopeError::MalformedPayload)
    }
}

fn printable(tag: &str) -> String {
    tag.chars()
        .filter(|c| c.is_ascii_graphic())
        .take(32)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn recipients(n: usize) -> Vec<String> {
        (0..n)
            .map(|_| age::x25519::Identity::generate().to_public().to_string())
            .collect()
    }

    #[test]
    fn counts_x25519_and_ignores_grease() {
        for n in 1..=4 {
            let env = crate::crypto::encrypt_to(&recipients(n), b"x").unwrap();
            assert_eq!(inspect_envelope(&env).unwrap().x25519_stanzas, n);
        }
    }

    #[test]
    fn refuses_passphrase_envelopes() {
        let enc =
            age::Encryptor::with_user_passphrase(secrecy::SecretString::from("pw".to_string()));
        let mut out = Vec::new();
        let mut w = enc.wrap_output(&mut out).unwrap();
        std::io::Write::write_all(&mut w, b"x").unwrap();
        w.finish().unwrap();
        assert_eq!(inspect_envelope(&out), Err(EnvelopeError::Passphrase));
    }

    #[test]
    fn refuses_garbage_and_truncation() {
        assert_eq!(inspect_envelope(b"hello"), Err(EnvelopeError::NotAge));
        assert_eq!(
            inspect_envelope(b"age-encryption.org/v1\n-> X25519\n"),
            Err(EnvelopeError::NotAge)
        );
        let env = crate::crypto::encrypt_to(&recipients(2), b"some text").unwrap();
        let truncated = &env[..env.len() - 20];
        assert_eq!(
            inspect_envelope(truncated),
            Err(EnvelopeError::MalformedPayload)
        );
        let no_payload_at_all = &env[..env.len() - (env.len() - 1).min(40)];
        assert!(inspect_envelope(no_payload_at_all).is_err());
    }

    #[test]
    fn refuses_armored_envelopes() {
        let armored =
            b"-----BEGIN AGE ENCRYPTED FILE-----\nYWdl\n-----END AGE ENCRYPTED FILE-----\n";
        assert_eq!(inspect_envelope(armored), Err(EnvelopeError::NotAge));
    }

    #[test]
    fn payload_framing() {
        assert!(check_payload(NONCE_LEN + TAG_LEN).is_ok());
        assert!(check_payload(NONCE_LEN + 15).is_err());
        assert!(check_payload(NONCE_LEN).is_err());
        assert!(check_payload(NONCE_LEN + CHUNK_LEN).is_ok());
        assert!(check_payload(NONCE_LEN + CHUNK_LEN + TAG_LEN).is_err());
        assert!(check_payload(NONCE_LEN + CHUNK_LEN + TAG_LEN + 1).is_ok());
    }
}
