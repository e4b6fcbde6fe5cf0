//! Server-rendered public pages. They set no cookie, load nothing from another
//! origin and hold no report data: the browser modules do the rest.

use actix_web::http::header::{self, ContentType};
use actix_web::{HttpRequest, HttpResponse, get, web};
use askama::Template;
use serde_json::json;

use crate::i18n::Tr;
use crate::routing::Routing;
use crate::state::AppState;

pub struct Shell {
    pub lang: String,
    pub dir: &'static str,
    pub t: Tr,
    pub languages: Vec<LangLink>,
    pub quick_exit_url: String,
    /// JSON for the page's data block, already safe inside `<script>`.
    pub js_data: String,
    pub page: &'static str,
    /// The quick-exit bar: on every public page, not in the officer console.
    pub show_exit: bool,
    /// The script of the page: the public bundle, or the console's.
    pub bundle: &'static str,
}

pub struct LangLink {
    pub code: String,
    pub name: String,
    pub href: String,
    pub current: bool,
}

pub struct CategoryView {
    pub slug: String,
    pub title: String,
    pub description: String,
    /// `/assets/icons/<icon>.svg`.
    pub icon: String,
    /// Its form's path after the language, `form/<n>`: neutral, so that a browser's
    /// history does not say what was reported.
    pub path: String,
    /// The guided questions of its form, in order (`what`, `when`, `where`, `who`,
    /// `danger`, `child`, `contact`, `referral`).
    pub questions: Vec<&'static str>,
}

impl CategoryView {
    /// Does this category's form ask question `q`?
    pub fn asks(&self, q: &str) -> bool {
        self.questions.contains(&q)
    }
}

/// A number to call when someone is in danger now.
pub struct EmergencyView {
    pub number: String,
    pub label: String,
    /// Only for this region (shown first when it is chosen); `None`: everywhere.
    pub region: Option<String>,
}

pub struct RegionView {
    pub code: String,
    pub label: String,
}

#[derive(Template)]
#[template(path = "home.html")]
struct HomePage {
    s: Shell,
    categories: Vec<CategoryView>,
    /// The child-protection form's path, for the "simpler words" link.
    simple_path: Option<String>,
}

#[derive(Template)]
#[template(path = "report.html")]
struct ReportPage {
    s: Shell,
    category: CategoryView,
    regions: Vec<RegionView>,
    emergency: Vec<EmergencyView>,
    /// Simpler words (child-friendly mode, `?simple=1`).
    simple: bool,
}

impl ReportPage {
    /// The message `id`, or its simpler-words variant (`id-simple`) in simple mode
    /// when the language has one.
    fn label(&self, id: &str) -> String {
        // Only this language's own simpler words: not English ones in its place.
        self.simple
            .then(|| self.s.t.get_own(&format!("{id}-simple")))
            .flatten()
            .unwrap_or_else(|| self.s.t.get(id))
    }
}

#[derive(Template)]
#[template(path = "follow_up.html")]
struct FollowUpPage {
    s: Shell,
}

#[derive(Template)]
#[template(path = "safety.html")]
struct SafetyPage {
    s: Shell,
}

#[derive(Template)]
#[template(path = "console.html")]
struct ConsolePage {
    s: Shell,
}

#[derive(Template)]
#[template(path = "not_found.html")]
struct NotFoundPage {
    s: Shell,
}

/// Escapes JSON so that it can sit inside a `<script type="application/json">`.
fn script_safe_json(v: &serde_json::Value) -> String {
    v.to_string()
        .replace('<', "\\u003c")
        .replace('>', "\\u003e")
        .replace('&', "\\u0026")
}

fn shell(
    state: &AppState,
    lang: &str,
    page: &'static str,
    path_after_lang: &str,
    category: Option<&str>,
) -> Shell {
    let t = Tr::new(state.i18n.clone(), lang);
    let info = t.info();
    let languages = state
        .i18n
        .languages()
        .map(|l| LangLink {
            code: l.code.to_string(),
            name: l.native_name.to_string(),
            href: format!("/{}/{}", l.code, path_after_lang),
            current: l.code == info.code,
        })
        .collect();
    let data = json!({
        "lang": info.code,
        "quickExit": state.settings.web.quick_exit_url,
        "category": category,
        "strings": t.js_strings(),
    });
    Shell {
        lang: info.code.to_string(),
        dir: if info.rtl { "rtl" } else { "ltr" },
        t,
        languages,
        quick_exit_url: state.settings.web.quick_exit_url.clone(),
        js_data: script_safe_json(&data),
        page,
        show_exit: page != "console",
        bundle: if page == "console" {
            "console.js"
        } else {
            "passerelle.js"
        },
    }
}

fn html(status: actix_web::http::StatusCode, body: Result<String, askama::Error>) -> HttpResponse {
    match body {
        Ok(body) => HttpResponse::build(status)
            .content_type(ContentType::html())
            .body(body),
        Err(e) => {
            tracing::error!(error = %e, "template rendering failed");
            HttpResponse::InternalServerError()
                .content_type(ContentType::plaintext())
                .body("Something went wrong. Please try again.")
        }
    }
}

fn category_view(t: &Tr, def: &crate::routing::CategoryDef, routing: &Routing) -> CategoryView {
    let slug = def.slug.as_str();
    CategoryView {
        path: form_path(routing, slug),
        slug: slug.to_string(),
        title: t.get(&format!("category-{slug}")),
        description: t.get(&format!("category-{slug}-desc")),
        icon: def.icon.clone(),
        questions: def.questions.iter().map(|q| q.as_str()).collect(),
    }
}

/// The neutral path of a category's form: its place in the routing file.
fn form_path(routing: &Routing, slug: &str) -> String {
    let n = routing
        .categories
        .iter()
        .position(|c| c.slug.as_str() == slug)
        .map_or(0, |i| i + 1);
    format!("form/{n}")
}

/// A label in `lang`, else in English, else any.
fn label_in(labels: &std::collections::BTreeMap<String, String>, lang: &str) -> String {
    labels
        .get(lang)
        .or_else(|| labels.get("en"))
        .or_else(|| labels.values().next())
        .cloned()
        .unwrap_or_default()
}

/// `/` sends a person to their browser's language; nothing is remembered.
#[get("/")]
pub async fn root(state: web::Data<AppState>, req: HttpRequest) -> HttpResponse {
    let accept = req
        .headers()
        .get(header::ACCEPT_LANGUAGE)
        .and_then(|v| v.to_str().ok());
    let lang = state
        .i18n
        .negotiate(accept, &state.settings.web.default_language);
    HttpResponse::SeeOther()
        .insert_header((header::LOCATION, format!("/{lang}/")))
        .finish()
}

fn known_lang(state: &AppState, lang: &str) -> bool {
    state.i18n.supports(lang)
}

#[get("/{lang}/")]
pub async fn home(state: web::Data<AppState>, lang: web::Path<String>) -> HttpResponse {
    if !known_lang(&state, &lang) {
        return not_found_page(&state, None);
    }
    let s = shell(&state, &lang, "home", "", None);
    let categories = state
        .routing
        .categories
        .iter()
        .map(|c| category_view(&s.t, c, &state.routing))
        .collect();
    html(
        actix_web::http::StatusCode::OK,
        HomePage {
            s,
            categories,
            simple_path: state
                .routing
                .route("child-protection")
                .map(|_| form_path(&state.routing, "child-protection")),
        }
        .render(),
    )
}

#[get("/{lang}")]
pub async fn home_no_slash(state: web::Data<AppState>, lang: web::Path<String>) -> HttpResponse {
    // Only known languages redirect; anything else (favicon.ico, probes) is a 404.
    match state.i18n.languages().find(|l| l.code == lang.as_str()) {
        Some(l) => HttpResponse::PermanentRedirect()
            .insert_header((header::LOCATION, format!("/{}/", l.code)))
            .finish(),
        None => not_found_page(&state, None),
    }
}

#[derive(serde::Deserialize)]
pub struct ReportQuery {
    simple: Option<String>,
}

/// `/{lang}/form/{n}`: the form of the n-th category of the routing file. Pages link
/// here: the URL does not name the category.
#[get("/{lang}/form/{n}")]
pub async fn form(
    state: web::Data<AppState>,
    path: web::Path<(String, String)>,
    query: web::Query<ReportQuery>,
) -> HttpResponse {
    let (lang, n) = path.into_inner();
    let category = n
        .parse::<usize>()
        .ok()
        .and_then(|n| n.checked_sub(1))
        .and_then(|i| state.routing.categories.get(i))
        .map(|c| c.slug.to_string());
    match category {
        Some(category) => report_page(&state, lang, category, query.into_inner()),
        None => not_found_page(&state, known_lang(&state, &lang).then_some(lang.as_str())),
    }
}

/// `/{lang}/report/{category}`: the same form by category name, for links made
/// elsewhere and for scripts; the pages themselves link to `/{lang}/form/{n}`.
#[get("/{lang}/report/{category}")]
pub async fn report(
    state: web::Data<AppState>,
    path: web::Path<(String, String)>,
    query: web::Query<ReportQuery>,
) -> HttpResponse {
    let (lang, category) = path.into_inner();
    report_page(&state, lang, category, query.into_inner())
}

fn report_page(
    state: &AppState,
    lang: String,
    category: String,
    query: ReportQuery,
) -> HttpResponse {
    let Some((def, _)) = state
        .routing
        .route(&category)
        .filter(|_| known_lang(state, &lang))
    else {
        return not_found_page(state, known_lang(state, &lang).then_some(lang.as_str()));
    };
    let simple = query.simple.as_deref() == Some("1");
    let s = shell(
        state,
        &lang,
        "report",
        &format!(
            "{}{}",
            form_path(&state.routing, &category),
            if simple { "?simple=1" } else { "" }
        ),
        Some(&category),
    );
    let regions = state
        .routing
        .regions
        .iter()
        .map(|r| RegionView {
            code: r.code.to_string(),
            label: r
                .labels
                .get(s.lang.as_str())
                .or_else(|| r.labels.get("en"))
                .cloned()
                .unwrap_or_else(|| r.code.to_string()),
        })
        .collect();
    let mut emergency: Vec<EmergencyView> = state
        .routing
        .regions
        .iter()
        .flat_map(|r| {
            r.emergency.iter().map(|e| EmergencyView {
                number: e.number.clone(),
                label: label_in(&e.labels, &s.lang),
                region: Some(r.code.to_string()),
            })
        })
        .collect();
    emergency.extend(state.routing.emergency.iter().map(|e| EmergencyView {
        number: e.number.clone(),
        label: label_in(&e.labels, &s.lang),
        region: None,
    }));
    let category = category_view(&s.t, def, &state.routing);
    html(
        actix_web::http::StatusCode::OK,
        ReportPage {
            s,
            category,
            regions,
            emergency,
            simple,
        }
        .render(),
    )
}

#[get("/{lang}/follow-up")]
pub async fn follow_up(state: web::Data<AppState>, lang: web::Path<String>) -> HttpResponse {
    if !known_lang(&state, &lang) {
        return not_found_page(&state, None);
    }
    let s = shell(&state, &lang, "follow-up", "follow-up", None);
    html(actix_web::http::StatusCode::OK, FollowUpPage { s }.render())
}

#[get("/{lang}/safety")]
pub async fn safety(state: web::Data<AppState>, lang: web::Path<String>) -> HttpResponse {
    if !known_lang(&state, &lang) {
        return not_found_page(&state, None);
    }
    let s = shell(&state, &lang, "safety", "safety", None);
    html(actix_web::http::StatusCode::OK, SafetyPage { s }.render())
}

/// `/console` sends an officer to the console in their browser's language.
#[get("/console")]
pub async fn console_root(state: web::Data<AppState>, req: HttpRequest) -> HttpResponse {
    let accept = req
        .headers()
        .get(header::ACCEPT_LANGUAGE)
        .and_then(|v| v.to_str().ok());
    let lang = state
        .i18n
        .negotiate(accept, &state.settings.web.default_language);
    HttpResponse::SeeOther()
        .insert_header((header::LOCATION, format!("/{lang}/console")))
        .finish()
}

#[get("/{lang}/console")]
pub async fn console(state: web::Data<AppState>, lang: web::Path<String>) -> HttpResponse {
    if !known_lang(&state, &lang) {
        return not_found_page(&state, None);
    }
    let s = shell(&state, &lang, "console", "console", None);
    html(actix_web::http::StatusCode::OK, ConsolePage { s }.render())
}

pub fn not_found_page(state: &AppState, lang: Option<&str>) -> HttpResponse {
    let lang = lang.unwrap_or(&state.settings.web.default_language);
    let s = shell(state, lang, "not-found", "", None);
    html(
        actix_web::http::StatusCode::NOT_FOUND,
        NotFoundPage { s }.render(),
    )
}
