//! Translations (Fluent files under `web/locales/`, compiled into the binary).

use std::sync::Arc;

use fluent_bundle::FluentResource;
use fluent_bundle::concurrent::FluentBundle;
use unic_langid::LanguageIdentifier;

/// A language we serve: code, native name, direction.
#[derive(Debug, Clone, Copy)]
pub struct LanguageInfo {
    pub code: &'static str,
    pub native_name: &'static str,
    pub rtl: bool,
    source: &'static str,
}

pub const LANGUAGES: [LanguageInfo; 12] = [
    LanguageInfo {
        code: "fr",
        native_name: "Français",
        rtl: false,
        source: include_str!("../web/locales/fr/passerelle.ftl"),
    },
    LanguageInfo {
        code: "en",
        native_name: "English",
        rtl: false,
        source: include_str!("../web/locales/en/passerelle.ftl"),
    },
    LanguageInfo {
        code: "ar",
        native_name: "العربية",
        rtl: true,
        source: include_str!("../web/locales/ar/passerelle.ftl"),
    },
    LanguageInfo {
        code: "es",
        native_name: "Español",
        rtl: false,
        source: include_str!("../web/locales/es/passerelle.ftl"),
    },
    LanguageInfo {
        code: "pt",
        native_name: "Português",
        rtl: false,
        source: include_str!("../web/locales/pt/passerelle.ftl"),
    },
    LanguageInfo {
        code: "fa",
        native_name: "فارسی",
        rtl: true,
        source: include_str!("../web/locales/fa/passerelle.ftl"),
    },
    LanguageInfo {
        code: "ps",
        native_name: "پښتو",
        rtl: true,
        source: include_str!("../web/locales/ps/passerelle.ftl"),
    },
    LanguageInfo {
        code: "ti",
        native_name: "ትግርኛ",
        rtl: false,
        source: include_str!("../web/locales/ti/passerelle.ftl"),
    },
    LanguageInfo {
        code: "am",
        native_name: "አማርኛ",
        rtl: false,
        source: include_str!("../web/locales/am/passerelle.ftl"),
    },
    LanguageInfo {
        code: "so",
        native_name: "Soomaali",
        rtl: false,
        source: include_str!("../web/locales/so/passerelle.ftl"),
    },
    LanguageInfo {
        code: "sw",
        native_name: "Kiswahili",
        rtl: false,
        source: include_str!("../web/locales/sw/passerelle.ftl"),
    },
    LanguageInfo {
        code: "ha",
        native_name: "Hausa",
        rtl: false,
        source: include_str!("../web/locales/ha/passerelle.ftl"),
    },
];

const FALLBACK: &str = "en";

pub struct I18n {
    bundles: Vec<(LanguageInfo, FluentBundle<FluentResource>)>,
}

impl I18n {
    pub fn load() -> Result<Self, String> {
        let mut bundles = Vec::new();
        for info in LANGUAGES {
            let resource = FluentResource::try_new(info.source.to_string())
                .map_err(|(_, errs)| format!("locale {} has syntax errors: {errs:?}", info.code))?;
            let langid: LanguageIdentifier = info
                .code
                .parse()
                .map_err(|e| format!("bad language code {}: {e}", info.code))?;
            let mut bundle = FluentBundle::new_concurrent(vec![langid]);
            // Isolation marks only matter around placeables; we have none, and stray
            // marks would end up in page titles.
            bundle.set_use_isolating(false);
            bundle
                .add_resource(resource)
                .map_err(|errs| format!("locale {} has duplicate ids: {errs:?}", info.code))?;
            bundles.push((info, bundle));
        }
        Ok(Self { bundles })
    }

    pub fn supports(&self, code: &str) -> bool {
        self.bundles.iter().any(|(i, _)| i.code == code)
    }

    pub fn languages(&self) -> impl Iterator<Item = &LanguageInfo> {
        self.bundles.iter().map(|(i, _)| i)
    }

    fn bundle(&self, code: &str) -> Option<&FluentBundle<FluentResource>> {
        self.bundles
            .iter()
            .find(|(i, _)| i.code == code)
            .map(|(_, b)| b)
    }

    fn lookup(&self, code: &str, id: &str) -> Option<String> {
        let bundle = self.bundle(code)?;
        let pattern = bundle.get_message(id)?.value()?;
        let mut errors = Vec::new();
        Some(
            bundle
                .format_pattern(pattern, None, &mut errors)
                .into_owned(),
        )
    }

    /// The message in `code`, else in English, else the id itself.
    pub fn get(&self, code: &str, id: &str) -> String {
        self.lookup(code, id)
            .or_else(|| self.lookup(FALLBACK, id))
            .unwrap_or_else(|| id.to_string())
    }

    /// Every message id of a language.
    pub fn ids(&self, code: &str) -> Vec<String> {
        let Some((info, _)) = self.bundles.iter().find(|(i, _)| i.code == code) else {
            return Vec::new();
        };
        // Re-parsing is cheap and avoids keeping resources twice.
        FluentResource::try_new(info.source.to_string())
            .map(|r| {
                r.entries()
                    .filter_map(|e| match e {
                        fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_string()),
                        _ => None,
                    })
                    .collect()
            })
            .unwrap_or_default()
    }

    /// Picks the best language from an `Accept-Language` header.
    pub fn negotiate(&self, accept_language: Option<&str>, default: &str) -> &'static str {
        let mut best: Option<(&'static str, f32)> = None;
        for part in accept_language.unwrap_or("").split(',') {
            let mut pieces = part.trim().split(';');
            let tag = pieces.next().unwrap_or("").trim().to_ascii_lowercase();
            let q = pieces
                .find_map(|p| {
                    p.trim()
                        .strip_prefix("q=")
                        .and_then(|v| v.parse::<f32>().ok())
                })
                .unwrap_or(1.0);
            let primary = match tag.split('-').next().unwrap_or("") {
                // Dari is served by the Persian text; Pashto's regional codes by Pashto.
                "prs" => "fa",
                "pbt" | "pbu" | "pst" => "ps",
                other => other,
            };
            if let Some(info) = self.languages().find(|i| i.code == primary)
                && best.is_none_or(|(_, bq)| q > bq)
            {
                best = Some((info.code, q));
            }
        }
        best.map(|(c, _)| c).unwrap_or_else(|| {
            self.languages()
                .find(|i| i.code == default)
                .map(|i| i.code)
                .unwrap_or(FALLBACK)
        })
    }
}

/// A translator bound to one language, handed to templates.
#[derive(Clone)]
pub struct Tr {
    i18n: Arc<I18n>,
    code: &'static str,
}

impl Tr {
    pub fn new(i18n: Arc<I18n>, code: &str) -> Self {
        let code = i18n
            .languages()
            .find(|i| i.code == code)
            .map(|i| i.code)
            .unwrap_or(FALLBACK);
        Self { i18n, code }
    }

    pub fn get(&self, id: &str) -> String {
        self.i18n.get(self.code, id)
    }

    /// The message in this language only (no English fallback).
    pub fn get_own(&self, id: &str) -> Option<String> {
        self.i18n.lookup(self.code, id)
    }

    pub fn code(&self) -> &'static str {
        self.code
    }

    pub fn info(&self) -> LanguageInfo {
        self.i18n
            .languages()
            .find(|i| i.code == self.code)
            .copied()
            .unwrap_or(LANGUAGES[1])
    }

    /// Every `js-*` message, for the browser modules.
    pub fn js_strings(&self) -> serde_json::Map<String, serde_json::Value> {
        self.i18n
            .ids(FALLBACK)
            .into_iter()
            .filter(|id| id.starts_with("js-"))
            .map(|id| {
                let v = self.get(&id);
                (id, serde_json::Value::String(v))
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_language_has_every_message() {
        let i18n = I18n::load().unwrap();
        let mut en = i18n.ids("en");
        en.sort();
        assert!(en.len() > 20, "English has too few messages: {}", en.len());
        for info in LANGUAGES {
            let mut ids = i18n.ids(info.code);
            ids.sort();
            assert_eq!(ids, en, "{} differs from English", info.code);
        }
    }

    #[test]
    fn negotiation() {
        let i18n = I18n::load().unwrap();
        assert_eq!(i18n.negotiate(Some("ar-MA,ar;q=0.9,fr;q=0.5"), "fr"), "ar");
        assert_eq!(i18n.negotiate(Some("de-DE, en;q=0.4"), "fr"), "en");
        assert_eq!(i18n.negotiate(Some("de"), "fr"), "fr");
        assert_eq!(i18n.negotiate(None, "fr"), "fr");
        assert_eq!(i18n.negotiate(Some("prs-AF,en;q=0.5"), "fr"), "fa");
        assert_eq!(i18n.negotiate(Some("ti-ER"), "fr"), "ti");
        assert_eq!(i18n.negotiate(Some("pbu"), "fr"), "ps");
    }
}
