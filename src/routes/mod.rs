//! HTTP only: routing, headers, logging and error shapes. Handlers parse input into
//! domain types and call `store`.

pub mod assets;
pub mod auth;
pub mod console;
pub mod error;
pub mod json;
pub mod officer_api;
pub mod pages;
pub mod public_api;
pub mod thread;
pub mod transparency;

use std::time::Instant;

use actix_web::body::{BoxBody, MessageBody};
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::http::header::{self, HeaderName, HeaderValue};
use actix_web::middleware::Next;
use actix_web::{HttpRequest, HttpResponse, web};

use crate::state::AppState;
use error::ApiError;

pub fn configure(cfg: &mut web::ServiceConfig, max_body_bytes: usize) {
    cfg.app_data(web::Data::new(BodyLimit(max_body_bytes)))
        .app_data(
            web::QueryConfig::default().error_handler(|err, _| error::query_error(err).into()),
        )
        .app_data(web::PathConfig::default().error_handler(|err, _| error::path_error(err).into()))
        .service(
            web::scope("/api/v1")
                .service(public_api::list_units)
                .service(public_api::pow_challenge)
                .service(public_api::submit_report)
                .service(public_api::follow_up)
                .service(public_api::reporter_message)
                .service(public_api::follow_up_message)
                .service(officer_api::me)
                .service(officer_api::list_cases)
                .service(officer_api::get_attachment)
                .service(officer_api::get_case)
                .service(officer_api::get_message)
                .service(officer_api::set_status)
                .service(officer_api::reply)
                .service(officer_api::assign)
                .service(officer_api::note)
                .service(officer_api::reencrypt)
                .service(officer_api::confirm_reencryption)
                .service(officer_api::restore_reencryption)
                .service(officer_api::flag)
                .service(officer_api::rekey_list)
                .service(officer_api::partners)
                .service(officer_api::refer)
                .default_service(web::to(api_not_found)),
        )
        .service(
            web::scope("/console/api")
                .service(console::login)
                .service(console::enrol)
                .service(console::session)
                .service(console::logout)
                .service(console::logout_all)
                .service(console::register_key)
                .service(console::register_passkey)
                .service(console::remove_passkey)
                .service(console::members)
                .service(console::key_history)
                .service(console::add_recipient)
                .service(console::revoke_recipient)
                .service(console::audit_log)
                .service(console::preferences)
                .default_service(web::to(api_not_found)),
        )
        .service(assets::bundle)
        .service(assets::console_bundle)
        .service(assets::pow_worker)
        .service(assets::style)
        .service(assets::static_file)
        .service(assets::health)
        .service(
            web::scope("/transparency/log")
                .service(transparency::key)
                .service(transparency::checkpoint)
                .service(transparency::tile)
                .default_service(web::to(api_not_found)),
        )
        .service(pages::root)
        .service(pages::console_root)
        .service(pages::console)
        .service(pages::home)
        .service(pages::home_no_slash)
        .service(pages::form)
        .service(pages::report)
        .service(pages::follow_up)
        .service(pages::safety)
        .default_service(web::to(page_not_found));
}

/// The largest JSON body accepted, read by `json::read_json`.
#[derive(Clone, Copy)]
pub struct BodyLimit(pub usize);

async fn api_not_found() -> Result<HttpResponse, ApiError> {
    Err(ApiError::NotFound("no such endpoint".into()))
}

async fn page_not_found(state: web::Data<AppState>, req: HttpRequest) -> HttpResponse {
    let lang = req
        .path()
        .split('/')
        .nth(1)
        .filter(|l| state.i18n.supports(l));
    pages::not_found_page(&state, lang)
}

/// The same strict headers on every answer, errors included.
/// `blob:` images and media are what the page itself made (a photo's preview, a voice
/// recording's playback, a decrypted file in the console); fonts are our own.
const CSP: &str = "default-src 'none'; script-src 'self'; worker-src 'self'; style-src 'self'; img-src 'self' blob:; \
                   media-src blob:; font-src 'self'; connect-src 'self'; form-action 'none'; \
                   base-uri 'none'; frame-ancestors 'none'";

const SECURITY_HEADERS: [(&str, &str); 9] = [
    ("content-security-policy", CSP),
    ("referrer-policy", "no-referrer"),
    ("x-content-type-options", "nosniff"),
    ("x-frame-options", "DENY"),
    ("cache-control", "no-store"),
    ("cross-origin-opener-policy", "same-origin"),
    ("cross-origin-resource-policy", "same-origin"),
    (
        "permissions-policy",
        "camera=(), microphone=(self), geolocation=(), interest-cohort=()",
    ),
    ("x-robots-tag", "noindex, nofollow"),
];

pub async fn security_headers(
    req: ServiceRequest,
    next: Next<impl MessageBody + 'static>,
) -> Result<ServiceResponse<BoxBody>, actix_web::Error> {
    // Handler and extractor errors arrive here as responses (actix renders them in
    // the route service), so they get these headers too; the tests check that.
    let is_console_api = req.path().starts_with("/console/api/");
    // Tor Browser offers the onion address of a public page (docs/tor.md).
    let onion = req
        .app_data::<web::Data<AppState>>()
        .and_then(|state| state.settings.web.onion_location.clone())
        .filter(|_| is_public_page(req.path()))
        .and_then(|base| {
            HeaderValue::from_str(&format!("{}{}", base.trim_end_matches('/'), req.path())).ok()
        });
    // Browsers take it only over HTTPS; a proxy tells us with X-Forwarded-Proto.
    let hsts = req
        .app_data::<web::Data<AppState>>()
        .map(|state| state.settings.server.hsts_max_age_seconds)
        .filter(|&age| age > 0 && req.connection_info().scheme() == "https")
        .and_then(|age| HeaderValue::from_str(&format!("max-age={age}")).ok());
    let mut res = next.call(req).await?.map_into_boxed_body();
    let headers = res.headers_mut();
    if let Some(hsts) = hsts {
        headers.insert(header::STRICT_TRANSPORT_SECURITY, hsts);
    }
    for (name, value) in SECURITY_HEADERS {
        headers.insert(
            HeaderName::from_static(name),
            HeaderValue::from_static(value),
        );
    }
    // Only the console's sign-in and sign-out set a cookie; nothing else may.
    if !is_console_api {
        headers.remove(header::SET_COOKIE);
    }
    if let Some(onion) = onion {
        headers.insert(HeaderName::from_static("onion-location"), onion);
    }
    Ok(res)
}

/// A page a reporter reads (not the API, the assets or the console).
fn is_public_page(path: &str) -> bool {
    !(path.starts_with("/api/")
        || path.starts_with("/assets/")
        || path.starts_with("/console")
        || path.contains("/console")
        || path == "/health")
}

/// One line per request: method, route pattern (not the raw path), status, time.
/// No address, no user agent, no query string, no body.
pub async fn access_log(
    req: ServiceRequest,
    next: Next<impl MessageBody + 'static>,
) -> Result<ServiceResponse<impl MessageBody>, actix_web::Error> {
    let started = Instant::now();
    let method = req.method().clone();
    let pattern = req
        .match_pattern()
        .unwrap_or_else(|| "(unmatched)".to_string());
    let res = next.call(req).await?;
    tracing::info!(
        method = %method,
        route = %pattern,
        status = res.status().as_u16(),
        ms = started.elapsed().as_millis() as u64,
        "request"
    );
    Ok(res)
}
