//! The reporter's follow-up code and what a device derives from it
//! (`docs/crypto.md` §3). The server never sees a code; it uses this module to make
//! and check test vectors, and the officer client uses it in tests of the round trip.

use std::fmt;
use std::num::NonZeroU32;

use ring::{hkdf, pbkdf2};
use zeroize::Zeroizing;

use super::secrets::LookupKey;

pub const CODE_DIGITS: usize = 28;
pub const PBKDF2_ITERATIONS: u32 = 600_000;
const PBKDF2_SALT: &[u8] = b"passerelle/follow-up/v1";
const LOOKUP_INFO: &[u8] = b"passerelle/v1/lookup";
const REPLY_INFO: &[u8] = b"passerelle/v1/reply-identity";

const DAMM: [[u8; 10]; 10] = [
    [0, 3, 1, 7, 5, 9, 8, 6, 4, 2],
    [7, 0, 9, 2, 1, 5, 4, 8, 6, 3],
    [4, 2, 0, 6, 8, 7, 1, 3, 5, 9],
    [1, 7, 5, 0, 9, 8, 3, 4, 2, 6],
    [6, 1, 2, 3, 0, 4, 5, 9, 7, 8],
    [3, 6, 7, 4, 2, 0, 9, 5, 8, 1],
    [5, 8, 6, 9, 7, 2, 0, 1, 3, 4],
    [8, 9, 4, 5, 3, 6, 2, 0, 1, 7],
    [9, 4, 3, 8, 6, 1, 7, 2, 0, 5],
    [2, 5, 8, 1, 4, 3, 6, 7, 9, 0],
];

/// The Damm check digit of a sequence of digits (values 0–9).
pub fn damm_check_digit(digits: &[u8]) -> u8 {
    digits
        .iter()
        .fold(0u8, |interim, &d| DAMM[interim as usize][d as usize])
}

/// A follow-up code in canonical form: 28 ASCII digits, the last a Damm check digit.
#[derive(Clone, PartialEq, Eq)]
pub struct FollowUpCode(Zeroizing<String>);

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CodeError {
    #[error("the code may only contain digits, spaces and hyphens")]
    BadCharacter,
    #[error("the code must have {CODE_DIGITS} digits")]
    WrongLength,
    #[error("the code has a typo (its check digit does not match)")]
    BadCheckDigit,
}

impl FollowUpCode {
    /// A fresh code from the operating system's CSPRNG.
    pub fn generate() -> Self {
        let mut digits = Vec::with_capacity(CODE_DIGITS);
        while digits.len() < CODE_DIGITS - 1 {
            for b in super::random_bytes::<32>() {
                // Rejecting 250..=255 keeps every digit uniform.
                if b < 250 && digits.len() < CODE_DIGITS - 1 {
                    digits.push(b % 10);
                }
            }
        }
        digits.push(damm_check_digit(&digits));
        let text: String = digits.iter().map(|d| char::from(b'0' + d)).collect();
        digits.iter_mut().for_each(|d| *d = 0);
        Self(Zeroizing::new(text))
    }

    /// Normalises what a person typed (any supported script's digits, spaces,
    /// hyphens) and checks length and check digit.
    pub fn parse(input: &str) -> Result<Self, CodeError> {
        let mut digits = Zeroizing::new(Vec::with_capacity(CODE_DIGITS));
        for c in input.chars() {
            if c.is_whitespace() || c == '-' {
                continue;
            }
            digits.push(ascii_digit(c).ok_or(CodeError::BadCharacter)?);
        }
        if digits.len() != CODE_DIGITS {
            return Err(CodeError::WrongLength);
        }
        if damm_check_digit(&digits) != 0 {
            return Err(CodeError::BadCheckDigit);
        }
        Ok(Self(Zeroizing::new(
            digits.iter().map(|d| char::from(b'0' + d)).collect(),
        )))
    }

    pub fn canonical(&self) -> &str {
        &self.0
    }

    /// Seven groups of four digits.
    pub fn display(&self) -> String {
        self.0
            .as_bytes()
            .chunks(4)
            .map(|c| std::str::from_utf8(c).unwrap_or_default())
            .collect::<Vec<_>>()
            .join(" ")
    }
}

impl fmt::Debug for FollowUpCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("FollowUpCode(…)")
    }
}

fn ascii_digit(c: char) -> Option<u8> {
    let base = match c {
        '0'..='9' => '0',
        '\u{0660}'..='\u{0669}' => '\u{0660}',
        '\u{06F0}'..='\u{06F9}' => '\u{06F0}',
        '\u{0966}'..='\u{096F}' => '\u{0966}',
        '\u{FF10}'..='\u{FF19}' => '\u{FF10}',
        _ => return None,
    };
    Some((c as u32 - base as u32) as u8)
}

/// What a reporter's device derives from the code.
pub struct FollowUpKeys {
    pub lookup: LookupKey,
    pub reply_identity: age::x25519::Identity,
}

impl FollowUpKeys {
    pub fn reply_recipient(&self) -> String {
        self.reply_identity.to_public().to_string()
    }

    pub fn reply_identity_string(&self) -> secrecy::SecretString {
        self.reply_identity.to_string()
    }
}

struct Len32;

impl hkdf::KeyType for Len32 {
    fn len(&self) -> usize {
        32
    }
}

fn expand(prk: &hkdf::Prk, info: &[u8]) -> Zeroizing<[u8; 32]> {
    let mut out = Zeroizing::new([0u8; 32]);
    let info = [info];
    // 32 bytes is far below HKDF-SHA256's 8160-byte limit, so these cannot fail.
    prk.expand(&info, Len32)
        .and_then(|okm| okm.fill(&mut out[..]))
        .unwrap_or_else(|_| unreachable!("HKDF-SHA256 expand to 32 bytes"));
    out
}

pub fn derive_keys(code: &FollowUpCode) -> FollowUpKeys {
    derive_keys_with(code, PBKDF2_ITERATIONS)
}

fn derive_keys_with(code: &FollowUpCode, iterations: u32) -> FollowUpKeys {
    let mut seed = Zeroizing::new([0u8; 32]);
    let iterations = NonZeroU32::new(iterations).unwrap_or(NonZeroU32::MIN);
    pbkdf2::derive(
        pbkdf2::PBKDF2_HMAC_SHA256,
        iterations,
        PBKDF2_SALT,
        code.canonical().as_bytes(),
        &mut seed[..],
    );
    let prk = hkdf::Salt::new(hkdf::HKDF_SHA256, &[]).extract(&seed[..]);
    let lookup = expand(&prk, LOOKUP_INFO);
    let reply = expand(&prk, REPLY_INFO);
    let hrp = bech32::Hrp::parse_unchecked("age-secret-key-");
    let encoded = Zeroizing::new(
        bech32::encode_upper::<bech32::Bech32>(hrp, &reply[..])
            .unwrap_or_else(|_| unreachable!("32 bytes always fit in Bech32")),
    );
    let reply_identity = encoded
        .parse::<age::x25519::Identity>()
        .unwrap_or_else(|_| unreachable!("a Bech32 age secret key of 32 bytes parses"));
    FollowUpKeys {
        lookup: LookupKey::from_bytes(*lookup),
        reply_identity,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use secrecy::ExposeSecret;

    #[test]
    fn damm_known_vector() {
        assert_eq!(damm_check_digit(&[5, 7, 2]), 4);
        assert_eq!(damm_check_digit(&[5, 7, 2, 4]), 0);
    }

    #[test]
    fn generated_codes_are_valid_and_distinct() {
        let a = FollowUpCode::generate();
        let b = FollowUpCode::generate();
        assert_ne!(a, b);
        assert_eq!(a.canonical().len(), CODE_DIGITS);
        assert_eq!(FollowUpCode::parse(&a.display()).unwrap(), a);
        assert_eq!(a.display().split(' ').count(), 7);
    }

    #[test]
    fn every_single_digit_typo_and_adjacent_swap_is_caught() {
        let code = FollowUpCode::generate();
        let digits: Vec<u8> = code.canonical().bytes().map(|b| b - b'0').collect();
        for i in 0..CODE_DIGITS {
            for d in 0..10u8 {
                if d == digits[i] {
                    continue;
                }
                let mut typo = digits.clone();
                typo[i] = d;
                assert_ne!(damm_check_digit(&typo), 0, "typo at {i} not caught");
            }
            if i + 1 < CODE_DIGITS && digits[i] != digits[i + 1] {
                let mut swapped = digits.clone();
                swapped.swap(i, i + 1);
                assert_ne!(damm_check_digit(&swapped), 0, "swap at {i} not caught");
            }
        }
    }

    #[test]
    fn other_scripts_normalise_to_ascii() {
        let code = FollowUpCode::generate();
        let arabic: String = code
            .canonical()
            .chars()
            .map(|c| char::from_u32('\u{0660}' as u32 + (c as u32 - '0' as u32)).unwrap())
            .collect();
        assert_eq!(FollowUpCode::parse(&arabic).unwrap(), code);
        let dashed = code.display().replace(' ', "-");
        assert_eq!(FollowUpCode::parse(&dashed).unwrap(), code);
        assert_eq!(
            FollowUpCode::parse("12ab").unwrap_err(),
            CodeError::BadCharacter
        );
        assert_eq!(
            FollowUpCode::parse("1234").unwrap_err(),
            CodeError::WrongLength
        );
    }

    #[test]
    fn derivation_separates_lookup_and_identity() {
        let code = FollowUpCode::generate();
        let k1 = derive_keys_with(&code, 1000);
        let k2 = derive_keys_with(&code, 1000);
        assert_eq!(k1.lookup, k2.lookup);
        assert_eq!(k1.reply_recipient(), k2.reply_recipient());
        let other = derive_keys_with(&FollowUpCode::generate(), 1000);
        assert_ne!(k1.lookup, other.lookup);
        assert_ne!(k1.reply_recipient(), other.reply_recipient());
        assert!(
            k1.reply_identity_string()
                .expose_secret()
                .starts_with("AGE-SECRET-KEY-1")
        );
    }
}
