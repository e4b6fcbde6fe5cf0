use std::fmt;

/// A slug: lower-case ASCII letters, digits and single hyphens, 1–48 characters.
fn is_slug(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= 48
        && s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        && !s.starts_with('-')
        && !s.ends_with('-')
        && !s.contains("--")
}

macro_rules! slug_type {
    ($name:ident, $what:literal) => {
        #[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub struct $name(String);

        impl $name {
            pub fn parse(s: &str) -> Result<Self, String> {
                if is_slug(s) {
                    Ok(Self(s.to_string()))
                } else {
                    Err(format!(
                        concat!(
                            "\"{}\" is not a valid ",
                            $what,
                            " (lower-case letters, digits and hyphens)"
                        ),
                        s.chars().take(48).collect::<String>()
                    ))
                }
            }

            pub fn as_str(&self) -> &str {
                &self.0
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.0)
            }
        }
    };
}

slug_type!(UnitSlug, "unit");
slug_type!(Category, "category");
slug_type!(Region, "region");

/// An interface language tag we serve (`fr`, `en`, `ar`, …): 2–3 lower-case letters.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Language(String);

impl Language {
    pub fn parse(s: &str) -> Result<Self, String> {
        if (2..=3).contains(&s.len()) && s.bytes().all(|b| b.is_ascii_lowercase()) {
            Ok(Self(s.to_string()))
        } else {
            Err("language must be a 2- or 3-letter code such as \"fr\"".into())
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// An officer's login: 3–64 characters of lower-case letters, digits, `.`, `_`, `-`.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct OfficerLogin(String);

impl OfficerLogin {
    pub fn parse(s: &str) -> Result<Self, String> {
        let ok = (3..=64).contains(&s.len())
            && s.bytes().all(|b| {
                b.is_ascii_lowercase() || b.is_ascii_digit() || matches!(b, b'.' | b'_' | b'-')
            });
        if ok {
            Ok(Self(s.to_string()))
        } else {
            Err("a login is 3–64 lower-case letters, digits, '.', '_' or '-'".into())
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for OfficerLogin {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn slugs() {
        assert!(UnitSlug::parse("gbv").is_ok());
        assert!(UnitSlug::parse("child-protection").is_ok());
        for bad in ["", "GBV", "a b", "-a", "a-", "a--b", "é", &"a".repeat(49)] {
            assert!(UnitSlug::parse(bad).is_err(), "{bad:?}");
        }
    }

    #[test]
    fn languages_and_logins() {
        assert!(Language::parse("ar").is_ok());
        assert!(Language::parse("AR").is_err());
        assert!(Language::parse("arab").is_err());
        assert!(OfficerLogin::parse("gbv.officer").is_ok());
        assert!(OfficerLogin::parse("x").is_err());
        assert!(OfficerLogin::parse("Bob Smith").is_err());
    }

    proptest! {
        #[test]
        fn parsed_slugs_round_trip(s in "\\PC{0,60}") {
            if let Ok(slug) = Category::parse(&s) {
                prop_assert_eq!(slug.as_str(), s.as_str());
                prop_assert!(is_slug(&s));
            }
        }
    }
}
