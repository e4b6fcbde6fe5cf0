//! Server-side secrets: lookup-key digests, API tokens, randomness.

use std::fmt;

use base64::Engine;
use base64::engine::general_purpose::{STANDARD, URL_SAFE_NO_PAD};
use ring::{digest, hmac, rand::SecureRandom};
use subtle::ConstantTimeEq;

/// `n` bytes from the operating system's CSPRNG.
pub fn random_bytes<const N: usize>() -> [u8; N] {
    let mut buf = [0u8; N];
    // SystemRandom only fails when the OS has no randomness at all; nothing safe can
    // be done then, so stopping is the right answer.
    ring::rand::SystemRandom::new()
        .fill(&mut buf)
        .unwrap_or_else(|_| panic!("the operating system's random generator failed"));
    buf
}

pub fn sha256(data: &[u8]) -> [u8; 32] {
    let d = digest::digest(&digest::SHA256, data);
    let mut out = [0u8; 32];
    out.copy_from_slice(d.as_ref());
    out
}

pub fn hmac_sha256(key: &[u8], data: &[u8]) -> [u8; 32] {
    let tag = hmac::sign(&hmac::Key::new(hmac::HMAC_SHA256, key), data);
    let mut out = [0u8; 32];
    out.copy_from_slice(tag.as_ref());
    out
}

/// The server secret under which lookup keys are stored (HMAC-SHA256 key).
#[derive(Clone)]
pub struct LookupSecret(hmac::Key);

impl LookupSecret {
    /// From the base64 text of configuration; at least 32 bytes.
    pub fn from_base64(text: &str) -> Result<Self, String> {
        let bytes = zeroize::Zeroizing::new(
            STANDARD
                .decode(text.trim())
                .map_err(|_| "secrets.lookup_key is not valid base64".to_string())?,
        );
        if bytes.len() < 32 {
            return Err("secrets.lookup_key must hold at least 32 bytes".into());
        }
        Ok(Self(hmac::Key::new(hmac::HMAC_SHA256, &bytes)))
    }

    pub fn generate_base64() -> String {
        STANDARD.encode(random_bytes::<32>())
    }

    /// A key for another purpose, bound to `label`: HMAC(secret, label).
    pub fn derive(&self, label: &[u8]) -> zeroize::Zeroizing<[u8; 32]> {
        let tag = hmac::sign(&self.0, label);
        let mut out = zeroize::Zeroizing::new([0u8; 32]);
        out.copy_from_slice(tag.as_ref());
        out
    }

    pub fn digest(&self, lookup: &LookupKey) -> LookupDigest {
        let tag = hmac::sign(&self.0, &lookup.0);
        let mut out = [0u8; 32];
        out.copy_from_slice(tag.as_ref());
        LookupDigest(out)
    }
}

impl fmt::Debug for LookupSecret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("LookupSecret(…)")
    }
}

/// The 32-byte lookup key a reporter's device derives from the follow-up code.
#[derive(Clone, PartialEq, Eq)]
pub struct LookupKey([u8; 32]);

impl LookupKey {
    /// Parses the unpadded base64url form (43 characters).
    pub fn parse(text: &str) -> Result<Self, &'static str> {
        let bytes = URL_SAFE_NO_PAD
            .decode(text.trim())
            .map_err(|_| "the lookup key must be unpadded base64url")?;
        let arr: [u8; 32] = bytes
            .try_into()
            .map_err(|_| "the lookup key must be 32 bytes")?;
        Ok(Self(arr))
    }

    pub fn from_bytes(bytes: [u8; 32]) -> Self {
        Self(bytes)
    }

    pub fn to_base64url(&self) -> String {
        URL_SAFE_NO_PAD.encode(self.0)
    }
}

impl Drop for LookupKey {
    fn drop(&mut self) {
        zeroize::Zeroize::zeroize(&mut self.0);
    }
}

impl fmt::Debug for LookupKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("LookupKey(…)")
    }
}

/// What the database keeps of a lookup key.
#[derive(Clone, PartialEq, Eq)]
pub struct LookupDigest([u8; 32]);

impl LookupDigest {
    pub fn as_bytes(&self) -> &[u8] {
        &self.0
    }
}

impl fmt::Debug for LookupDigest {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("LookupDigest(…)")
    }
}

/// An officer's bearer token (`pst_…`). Shown once at issue, stored only as a digest.
pub struct ApiToken(secrecy::SecretString);

const TOKEN_PREFIX: &str = "pst_";

impl ApiToken {
    pub fn generate() -> Self {
        Self(secrecy::SecretString::from(format!(
            "{TOKEN_PREFIX}{}",
            URL_SAFE_NO_PAD.encode(random_bytes::<32>())
        )))
    }

    pub fn parse(text: &str) -> Result<Self, &'static str> {
        let rest = text
            .strip_prefix(TOKEN_PREFIX)
            .ok_or("not a Passerelle API token")?;
        match URL_SAFE_NO_PAD.decode(rest) {
            Ok(b) if b.len() == 32 => Ok(Self(secrecy::SecretString::from(text.to_string()))),
            _ => Err("not a Passerelle API token"),
        }
    }

    pub fn expose(&self) -> &str {
        secrecy::ExposeSecret::expose_secret(&self.0)
    }

    pub fn digest(&self) -> TokenDigest {
        TokenDigest(sha256(self.expose().as_bytes()))
    }
}

impl fmt::Debug for ApiToken {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("ApiToken(…)")
    }
}

#[derive(Clone)]
pub struct TokenDigest([u8; 32]);

impl TokenDigest {
    pub fn as_bytes(&self) -> &[u8] {
        &self.0
    }

    /// Constant-time comparison with a stored digest.
    pub fn matches(&self, stored: &[u8]) -> bool {
        stored.len() == self.0.len() && bool::from(self.0[..].ct_eq(stored))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lookup_digest_depends_on_secret_and_key() {
        let s1 = LookupSecret::from_base64(&LookupSecret::generate_base64()).unwrap();
        let s2 = LookupSecret::from_base64(&LookupSecret::generate_base64()).unwrap();
        let k = LookupKey::from_bytes([7; 32]);
        assert_eq!(s1.digest(&k), s1.digest(&k));
        assert_ne!(s1.digest(&k), s2.digest(&k));
        assert_ne!(s1.digest(&k), s1.digest(&LookupKey::from_bytes([8; 32])));
    }

    #[test]
    fn lookup_key_parsing_is_strict() {
        let k = LookupKey::from_bytes([1; 32]);
        assert_eq!(LookupKey::parse(&k.to_base64url()).unwrap(), k);
        assert!(LookupKey::parse("AAAA").is_err());
        assert!(LookupKey::parse(&STANDARD.encode([1u8; 32])).is_err());
        assert!(LookupKey::parse("").is_err());
    }

    #[test]
    fn short_or_bad_secrets_are_refused() {
        assert!(LookupSecret::from_base64("c2hvcnQ=").is_err());
        assert!(LookupSecret::from_base64("not base64!").is_err());
    }

    #[test]
    fn tokens_round_trip_and_digest() {
        let t = ApiToken::generate();
        let parsed = ApiToken::parse(t.expose()).unwrap();
        assert!(parsed.digest().matches(t.digest().as_bytes()));
        assert!(!ApiToken::generate().digest().matches(t.digest().as_bytes()));
        assert!(ApiToken::parse("pst_short").is_err());
        assert!(ApiToken::parse("Bearer x").is_err());
        assert!(!format!("{t:?}").contains(&t.expose()[4..]));
    }
}
