use base64::Engine;
use base64::engine::general_purpose::STANDARD;

use crate::crypto::{EnvelopeError, inspect_envelope};

/// An age envelope that passed the key-less checks of `docs/crypto.md` §1.
#[derive(Clone)]
pub struct AgeEnvelope {
    bytes: Vec<u8>,
    x25519_stanzas: usize,
}

#[derive(Debug, thiserror::Error)]
pub enum EnvelopeInputError {
    #[error("the envelope must be standard base64")]
    NotBase64,
    #[error("the envelope is empty")]
    Empty,
    #[error("the envelope is too large ({size} bytes; at most {max})")]
    TooLarge { size: usize, max: usize },
    #[error(transparent)]
    Invalid(#[from] EnvelopeError),
}

impl AgeEnvelope {
    pub fn from_base64(text: &str, max_bytes: usize) -> Result<Self, EnvelopeInputError> {
        // Reject before decoding anything huge: base64 is 4/3 of the bytes.
        if text.len() / 4 * 3 > max_bytes + 3 {
            return Err(EnvelopeInputError::TooLarge {
                size: text.len() / 4 * 3,
                max: max_bytes,
            });
        }
        let bytes = STANDARD
            .decode(text.trim())
            .map_err(|_| EnvelopeInputError::NotBase64)?;
        Self::from_bytes(bytes, max_bytes)
    }

    pub fn from_bytes(bytes: Vec<u8>, max_bytes: usize) -> Result<Self, EnvelopeInputError> {
        if bytes.is_empty() {
            return Err(EnvelopeInputError::Empty);
        }
        if bytes.len() > max_bytes {
            return Err(EnvelopeInputError::TooLarge {
                size: bytes.len(),
                max: max_bytes,
            });
        }
        let shape = inspect_envelope(&bytes)?;
        Ok(Self {
            bytes,
            x25519_stanzas: shape.x25519_stanzas,
        })
    }

    pub fn x25519_stanzas(&self) -> usize {
        self.x25519_stanzas
    }

    pub fn bytes(&self) -> &[u8] {
        &self.bytes
    }

    pub fn into_bytes(self) -> Vec<u8> {
        self.bytes
    }
}

impl std::fmt::Debug for AgeEnvelope {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "AgeEnvelope({} bytes)", self.bytes.len())
    }
}
