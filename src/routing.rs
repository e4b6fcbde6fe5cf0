//! The routing table: units, the categories each one handles, and coarse regions.

use std::collections::{BTreeMap, HashSet};
use std::path::Path;

use serde::Deserialize;

use crate::domain::{Category, Region, UnitSlug};

#[derive(Debug, Clone)]
pub struct UnitDef {
    pub slug: UnitSlug,
    pub name: String,
    pub notify: Vec<String>,
    /// Members of an oversight unit read the audit log.
    pub oversight: bool,
}

#[derive(Debug, Clone)]
pub struct CategoryDef {
    pub slug: Category,
    pub unit: UnitSlug,
    /// The picture shown with the category (`web/static/icons/<icon>.svg`), so that
    /// people who read little can still choose.
    pub icon: String,
    /// The guided questions the report form asks (the form has its own order).
    pub questions: Vec<Question>,
}

/// A guided question of the report form.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Question {
    /// What happened (always asked).
    What,
    /// Roughly when.
    When,
    /// Roughly where (and the coarse region).
    Where,
    /// Who was involved.
    Who,
    /// Is someone in danger now? (urgent; shows the emergency numbers)
    Danger,
    /// Is a child involved?
    Child,
    /// May the unit contact you, and how?
    Contact,
    /// Do you consent to a referral to a support organisation?
    Referral,
}

impl Question {
    pub const ALL: [Question; 8] = [
        Question::What,
        Question::When,
        Question::Where,
        Question::Who,
        Question::Danger,
        Question::Child,
        Question::Contact,
        Question::Referral,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Question::What => "what",
            Question::When => "when",
            Question::Where => "where",
            Question::Who => "who",
            Question::Danger => "danger",
            Question::Child => "child",
            Question::Contact => "contact",
            Question::Referral => "referral",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|q| q.as_str() == s)
    }
}

/// An emergency number, with its label per language.
#[derive(Debug, Clone)]
pub struct EmergencyDef {
    pub number: String,
    pub labels: BTreeMap<String, String>,
}

#[derive(Debug, Clone)]
pub struct RegionDef {
    pub code: Region,
    /// Label per language code.
    pub labels: BTreeMap<String, String>,
    /// Numbers to call in this region, shown before the general ones.
    pub emergency: Vec<EmergencyDef>,
}

/// A partner organisation cases may be referred to, with the reporter's consent.
#[derive(Debug, Clone)]
pub struct PartnerDef {
    pub slug: UnitSlug,
    pub name: String,
    /// "shelter", "legal_aid", "health", …
    pub kind: String,
    pub recipients: Vec<String>,
}

#[derive(Debug, Clone)]
pub struct Routing {
    pub units: Vec<UnitDef>,
    pub categories: Vec<CategoryDef>,
    pub regions: Vec<RegionDef>,
    pub partners: Vec<PartnerDef>,
    /// Numbers to call anywhere, shown whenever someone is in danger now.
    pub emergency: Vec<EmergencyDef>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawRouting {
    #[serde(default)]
    unit: Vec<RawUnit>,
    #[serde(default)]
    category: Vec<RawCategory>,
    #[serde(default)]
    region: Vec<RawRegion>,
    #[serde(default)]
    partner: Vec<RawPartner>,
    #[serde(default)]
    emergency: Vec<RawEmergency>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawEmergency {
    number: String,
    labels: BTreeMap<String, String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawPartner {
    slug: String,
    name: String,
    kind: String,
    recipients: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawUnit {
    slug: String,
    name: String,
    #[serde(default)]
    notify: Vec<String>,
    #[serde(default)]
    oversight: bool,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawCategory {
    slug: String,
    unit: String,
    #[serde(default)]
    icon: Option<String>,
    #[serde(default)]
    questions: Option<Vec<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawRegion {
    code: String,
    labels: BTreeMap<String, String>,
    #[serde(default)]
    emergency: Vec<RawEmergency>,
}

#[derive(Debug, thiserror::Error)]
pub enum RoutingError {
    #[error("cannot read the routing file {path}: {source}")]
    Read {
        path: String,
        #[source]
        source: std::io::Error,
    },
    #[error("the routing file is not valid TOML: {0}")]
    Toml(#[from] toml::de::Error),
    #[error("the routing file is inconsistent: {0}")]
    Invalid(String),
}

impl Routing {
    pub fn from_file(path: &Path) -> Result<Self, RoutingError> {
        let text = std::fs::read_to_string(path).map_err(|source| RoutingError::Read {
            path: path.display().to_string(),
            source,
        })?;
        Self::from_toml(&text)
    }

    pub fn from_toml(text: &str) -> Result<Self, RoutingError> {
        let raw: RawRouting = toml::from_str(text)?;
        let invalid = RoutingError::Invalid;
        let mut units = Vec::new();
        let mut seen = HashSet::new();
        for u in raw.unit {
            let slug = UnitSlug::parse(&u.slug).map_err(invalid)?;
            if !seen.insert(slug.clone()) {
                return Err(invalid(format!("unit {slug} is declared twice")));
            }
            units.push(UnitDef {
                slug,
                name: u.name,
                notify: u.notify,
                oversight: u.oversight,
            });
        }
        if units.is_empty() {
            return Err(invalid("no unit is declared".into()));
        }
        let mut categories = Vec::new();
        let mut seen = HashSet::new();
        for c in raw.category {
            let slug = Category::parse(&c.slug).map_err(invalid)?;
            let unit = UnitSlug::parse(&c.unit).map_err(invalid)?;
            if !units.iter().any(|u| u.slug == unit) {
                return Err(invalid(format!(
                    "category {slug} goes to unit {unit}, which is not declared"
                )));
            }
            if !seen.insert(slug.clone()) {
                return Err(invalid(format!("category {slug} is declared twice")));
            }
            let icon = c.icon.unwrap_or_else(|| slug.to_string());
            if icon.is_empty()
                || !icon
                    .chars()
                    .all(|ch| ch.is_ascii_lowercase() || ch.is_ascii_digit() || ch == '-')
            {
                return Err(invalid(format!("category {slug}: bad icon name")));
            }
            let questions = match c.questions {
                None => Question::ALL.to_vec(),
                Some(list) => {
                    let mut qs = Vec::new();
                    for q in list {
                        let q = Question::parse(&q).ok_or_else(|| {
                            invalid(format!("category {slug}: unknown question {q:?}"))
                        })?;
                        if qs.contains(&q) {
                            return Err(invalid(format!(
                                "category {slug}: question {} twice",
                                q.as_str()
                            )));
                        }
                        qs.push(q);
                    }
                    if !qs.contains(&Question::What) {
                        qs.insert(0, Question::What);
                    }
                    qs
                }
            };
            categories.push(CategoryDef {
                slug,
                unit,
                icon,
                questions,
            });
        }
        let emergency_of = |list: Vec<RawEmergency>| -> Result<Vec<EmergencyDef>, RoutingError> {
            list.into_iter()
                .map(|e| {
                    let ok = !e.number.is_empty()
                        && e.number.len() <= 32
                        && e.number
                            .chars()
                            .all(|ch| ch.is_ascii_digit() || matches!(ch, '+' | ' ' | '-'));
                    if !ok {
                        return Err(RoutingError::Invalid(format!(
                            "emergency number {:?} is not a phone number",
                            e.number
                        )));
                    }
                    if !e.labels.contains_key("en") {
                        return Err(RoutingError::Invalid(format!(
                            "emergency number {} has no English label",
                            e.number
                        )));
                    }
                    Ok(EmergencyDef {
                        number: e.number,
                        labels: e.labels,
                    })
                })
                .collect()
        };
        let mut regions = Vec::new();
        for r in raw.region {
            regions.push(RegionDef {
                code: Region::parse(&r.code).map_err(invalid)?,
                labels: r.labels,
                emergency: emergency_of(r.emergency)?,
            });
        }
        let emergency = emergency_of(raw.emergency)?;
        let mut partners = Vec::new();
        for p in raw.partner {
            let slug = UnitSlug::parse(&p.slug).map_err(invalid)?;
            if p.recipients.is_empty() {
                return Err(invalid(format!("partner {slug} has no recipient")));
            }
            for r in &p.recipients {
                crate::crypto::parse_recipient(r)
                    .map_err(|e| invalid(format!("partner {slug}: {e}")))?;
            }
            partners.push(PartnerDef {
                slug,
                name: p.name,
                kind: p.kind,
                recipients: p.recipients,
            });
        }
        Ok(Self {
            units,
            categories,
            regions,
            partners,
            emergency,
        })
    }

    /// The unit a category routes to, if the category exists.
    pub fn route(&self, category: &str) -> Option<(&CategoryDef, &UnitDef)> {
        let cat = self
            .categories
            .iter()
            .find(|c| c.slug.as_str() == category)?;
        let unit = self.units.iter().find(|u| u.slug == cat.unit)?;
        Some((cat, unit))
    }

    pub fn unit(&self, slug: &str) -> Option<&UnitDef> {
        self.units.iter().find(|u| u.slug.as_str() == slug)
    }

    pub fn categories_of<'a>(&'a self, unit: &'a UnitSlug) -> impl Iterator<Item = &'a Category> {
        self.categories
            .iter()
            .filter(move |c| &c.unit == unit)
            .map(|c| &c.slug)
    }

    pub fn partner(&self, slug: &str) -> Option<&PartnerDef> {
        self.partners.iter().find(|p| p.slug.as_str() == slug)
    }

    pub fn region(&self, code: &str) -> Option<&RegionDef> {
        self.regions.iter().find(|r| r.code.as_str() == code)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shipped_routing_file_is_valid() {
        let r = Routing::from_toml(include_str!("../config/routing.toml")).unwrap();
        assert_eq!(r.route("gbv").unwrap().1.slug.as_str(), "gbv");
        assert_eq!(
            r.route("unsure").unwrap().1.slug.as_str(),
            "community-policing"
        );
        assert!(r.route("nope").is_none());
        assert_eq!(r.categories.len(), 7);
        assert!(!r.emergency.is_empty());
        let child = r.route("child-protection").unwrap().0;
        assert!(child.questions.contains(&Question::Child));
        assert_eq!(child.questions[0], Question::What);
    }

    #[test]
    fn inconsistent_files_are_refused() {
        let bad = [
            "",
            "[[unit]]\nslug='a'\nname='A'\n[[category]]\nslug='x'\nunit='b'\n",
            "[[unit]]\nslug='a'\nname='A'\n[[unit]]\nslug='a'\nname='B'\n",
            "[[unit]]\nslug='A B'\nname='A'\n",
            "[[unit]]\nslug='a'\nname='A'\ncolour='red'\n",
            "[[unit]]\nslug='a'\nname='A'\n[[category]]\nslug='x'\nunit='a'\nquestions=['what','nope']\n",
            "[[unit]]\nslug='a'\nname='A'\n[[category]]\nslug='x'\nunit='a'\nicon='../x'\n",
            "[[unit]]\nslug='a'\nname='A'\n[[emergency]]\nnumber='call me'\nlabels={en='x'}\n",
        ];
        for text in bad {
            assert!(Routing::from_toml(text).is_err(), "{text}");
        }
    }
}
