use std::fmt;

const ALPHABET: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/// A case reference: 12 Crockford base-32 characters (60 random bits), shown as
/// `XXXX-XXXX-XXXX`. Not a secret; it grants nothing on its own.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct CaseRef(String);

impl CaseRef {
    pub fn generate() -> Self {
        let bytes = crate::crypto::random_bytes::<12>();
        let chars: String = bytes
            .iter()
            .map(|b| char::from(ALPHABET[(b & 31) as usize]))
            .collect();
        Self(format!(
            "{}-{}-{}",
            &chars[0..4],
            &chars[4..8],
            &chars[8..12]
        ))
    }

    /// Accepts any case and the usual Crockford confusions (O→0, I/L→1).
    pub fn parse(s: &str) -> Result<Self, String> {
        let mut chars = String::with_capacity(12);
        for c in s.trim().chars() {
            if c == '-' {
                continue;
            }
            let c = match c.to_ascii_uppercase() {
                'O' => '0',
                'I' | 'L' => '1',
                c => c,
            };
            if !c.is_ascii() || !ALPHABET.contains(&(c as u8)) {
                return Err("not a case reference (expected XXXX-XXXX-XXXX)".into());
            }
            chars.push(c);
        }
        if chars.len() != 12 {
            return Err("not a case reference (expected XXXX-XXXX-XXXX)".into());
        }
        Ok(Self(format!(
            "{}-{}-{}",
            &chars[0..4],
            &chars[4..8],
            &chars[8..12]
        )))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for CaseRef {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn generated_refs_parse_back() {
        let r = CaseRef::generate();
        assert_eq!(CaseRef::parse(r.as_str()).unwrap(), r);
        assert_eq!(CaseRef::parse(&r.as_str().to_lowercase()).unwrap(), r);
        assert_ne!(CaseRef::generate(), r);
    }

    #[test]
    fn bad_refs() {
        for bad in [
            "",
            "ABC",
            "ABCD-EFGH-JKMU",
            "ABCD-EFGH-JKMN-P",
            "ÀBCD-EFGH-JKMN",
        ] {
            assert!(CaseRef::parse(bad).is_err(), "{bad}");
        }
        assert_eq!(
            CaseRef::parse("abcd-efgh-jkmo").unwrap().as_str(),
            "ABCD-EFGH-JKM0"
        );
    }
}
