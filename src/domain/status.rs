use serde::{Deserialize, Serialize};

/// The lifecycle a reporter sees.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    Received,
    UnderReview,
    ActionTaken,
    Referred,
    Closed,
}

impl Status {
    pub const ALL: [Status; 5] = [
        Status::Received,
        Status::UnderReview,
        Status::ActionTaken,
        Status::Referred,
        Status::Closed,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Status::Received => "received",
            Status::UnderReview => "under_review",
            Status::ActionTaken => "action_taken",
            Status::Referred => "referred",
            Status::Closed => "closed",
        }
    }

    pub fn parse(s: &str) -> Result<Self, String> {
        Self::ALL
            .into_iter()
            .find(|st| st.as_str() == s)
            .ok_or_else(|| {
                format!(
                    "unknown status; use one of: {}",
                    Self::ALL.map(Status::as_str).join(", ")
                )
            })
    }
}

/// A reporter-visible outcome: a fixed list, so it can be shown in every language
/// and so that no free text sits in the clear (free text goes in an encrypted reply).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Outcome {
    InvestigationOpened,
    ProtectionMeasures,
    ReferredToPartner,
    ReferredToOtherAuthority,
    NoOffenceIdentified,
    InsufficientInformation,
    Resolved,
}

impl Outcome {
    pub const ALL: [Outcome; 7] = [
        Outcome::InvestigationOpened,
        Outcome::ProtectionMeasures,
        Outcome::ReferredToPartner,
        Outcome::ReferredToOtherAuthority,
        Outcome::NoOffenceIdentified,
        Outcome::InsufficientInformation,
        Outcome::Resolved,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Outcome::InvestigationOpened => "investigation_opened",
            Outcome::ProtectionMeasures => "protection_measures",
            Outcome::ReferredToPartner => "referred_to_partner",
            Outcome::ReferredToOtherAuthority => "referred_to_other_authority",
            Outcome::NoOffenceIdentified => "no_offence_identified",
            Outcome::InsufficientInformation => "insufficient_information",
            Outcome::Resolved => "resolved",
        }
    }

    pub fn parse(s: &str) -> Result<Self, String> {
        Self::ALL
            .into_iter()
            .find(|o| o.as_str() == s)
            .ok_or_else(|| {
                format!(
                    "unknown outcome; use one of: {}",
                    Self::ALL.map(Outcome::as_str).join(", ")
                )
            })
    }
}

/// A supervisor's mark on a case that was not a real report: spam (junk, tests,
/// floods) or abuse (threats, harassment of officers through the form). A marked
/// case is closed, its follow-up code writes nothing more, and it is purged after
/// `retention.flagged_days`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Flag {
    Spam,
    Abuse,
}

impl Flag {
    pub const ALL: [Flag; 2] = [Flag::Spam, Flag::Abuse];

    pub fn as_str(self) -> &'static str {
        match self {
            Flag::Spam => "spam",
            Flag::Abuse => "abuse",
        }
    }

    pub fn parse(s: &str) -> Result<Self, String> {
        Self::ALL
            .into_iter()
            .find(|f| f.as_str() == s)
            .ok_or_else(|| "unknown mark; use spam, abuse or null".to_string())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips() {
        for s in Status::ALL {
            assert_eq!(Status::parse(s.as_str()).unwrap(), s);
        }
        for o in Outcome::ALL {
            assert_eq!(Outcome::parse(o.as_str()).unwrap(), o);
        }
        for f in Flag::ALL {
            assert_eq!(Flag::parse(f.as_str()).unwrap(), f);
        }
        assert!(Flag::parse("Spam").is_err());
        assert!(Status::parse("done").is_err());
        assert!(Outcome::parse("").is_err());
    }
}
