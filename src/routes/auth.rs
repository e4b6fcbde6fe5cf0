//! Who is calling an officer endpoint: a bearer token (CLI, integrations) or a
//! console session cookie, which must come with its CSRF token on every change.

use actix_web::HttpRequest;
use actix_web::http::header::{AUTHORIZATION, HeaderValue};
use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;

use super::error::ApiError;
use crate::crypto::{ApiToken, sha256};
use crate::state::AppState;
use crate::store::console::{self as console_store, SessionError};
use crate::store::officers::{self, AuthError, OfficerSession};

pub const COOKIE: &str = "passerelle_console";
pub const CSRF_HEADER: &str = "x-csrf-token";

/// The CSRF token of a session: derived from the cookie's secret, so it needs no
/// storage, and useless without the cookie.
pub fn csrf_for(session_token: &str) -> String {
    let mut input = b"passerelle/csrf/v1\0".to_vec();
    input.extend_from_slice(session_token.as_bytes());
    URL_SAFE_NO_PAD.encode(sha256(&input))
}

pub fn session_token(req: &HttpRequest) -> Option<String> {
    req.headers()
        .get_all(actix_web::http::header::COOKIE)
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(name, _)| *name == COOKIE)
        .map(|(_, value)| value.to_string())
        .filter(|v| !v.is_empty())
}

/// The Set-Cookie value for a new session (or, with `None`, one that clears it).
/// Always `Secure`, except with `console.plain_http_localhost` on and a request for
/// a loopback host: plain-HTTP development on this machine, nothing else.
pub fn cookie_header(
    state: &AppState,
    req: &HttpRequest,
    token: Option<&str>,
    max_age_secs: i64,
) -> HeaderValue {
    let plain = state.settings.console.plain_http_localhost && loopback_host(req);
    let secure = if plain { "" } else { "; Secure" };
    let value = match token {
        Some(t) => format!(
            "{COOKIE}={t}; HttpOnly; SameSite=Strict; Path=/; Max-Age={max_age_secs}{secure}"
        ),
        None => format!("{COOKIE}=; HttpOnly; SameSite=Strict; Path=/; Max-Age=0{secure}"),
    };
    HeaderValue::from_str(&value).unwrap_or_else(|_| HeaderValue::from_static(""))
}

fn loopback_host(req: &HttpRequest) -> bool {
    let host = req.connection_info().host().to_ascii_lowercase();
    let name = host.rsplit_once(':').map_or(host.as_str(), |(h, p)| {
        if p.bytes().all(|b| b.is_ascii_digit()) {
            h
        } else {
            host.as_str()
        }
    });
    matches!(name, "localhost" | "127.0.0.1" | "[::1]")
}

fn auth_error(e: AuthError, scheme: &'static str) -> ApiError {
    match e {
        AuthError::Unknown => {
            ApiError::Unauthorized("unauthorized", "this token is not valid", scheme)
        }
        AuthError::Expired => ApiError::Unauthorized(
            "token_expired",
            "this token has expired; ask for a new one",
            scheme,
        ),
        AuthError::Disabled => ApiError::Unauthorized(
            "officer_disabled",
            "this officer account is disabled",
            scheme,
        ),
        AuthError::Store(s) => s.into(),
    }
}

/// A signed-in console session: the officer, their units, and the session row.
pub struct ConsoleCaller {
    pub officer: OfficerSession,
    pub session: entities::console_session::Model,
    pub token: String,
}

/// The console session of a request; `mutating` requests must carry the CSRF token.
pub async fn console(
    state: &AppState,
    req: &HttpRequest,
    mutating: bool,
) -> Result<ConsoleCaller, ApiError> {
    let token = session_token(req).ok_or(ApiError::Unauthorized(
        "unauthorized",
        "sign in to the console first",
        "Cookie",
    ))?;
    let (session, officer) = console_store::session(&state.db, &token, &state.settings.console)
        .await
        .map_err(|e| match e {
            SessionError::Unknown => {
                ApiError::Unauthorized("unauthorized", "sign in to the console first", "Cookie")
            }
            SessionError::Expired => ApiError::Unauthorized(
                "session_expired",
                "your session has ended; sign in again",
                "Cookie",
            ),
            SessionError::Store(s) => s.into(),
        })?;
    if mutating {
        let sent = req
            .headers()
            .get(CSRF_HEADER)
            .and_then(|v| v.to_str().ok())
            .unwrap_or("");
        let expected = csrf_for(&token);
        let ok: bool = subtle::ConstantTimeEq::ct_eq(sent.as_bytes(), expected.as_bytes()).into();
        if !ok {
            return Err(ApiError::Forbidden2(
                "csrf_failed",
                "missing or wrong X-CSRF-Token header".into(),
            ));
        }
    }
    let officer = officers::session_for(&state.db, officer)
        .await
        .map_err(|e| auth_error(e, "Cookie"))?;
    Ok(ConsoleCaller {
        officer,
        session,
        token,
    })
}

/// An officer, by bearer token or console session.
pub async fn officer(
    state: &AppState,
    req: &HttpRequest,
    mutating: bool,
) -> Result<OfficerSession, ApiError> {
    const HOW: &str = "send an officer token as Authorization: Bearer <token>";
    let Some(header) = req.headers().get(AUTHORIZATION) else {
        if session_token(req).is_some() {
            return Ok(console(state, req, mutating).await?.officer);
        }
        return Err(ApiError::Unauthorized("unauthorized", HOW, "Bearer"));
    };
    let token = header
        .to_str()
        .ok()
        .and_then(|h| h.strip_prefix("Bearer "))
        .ok_or(ApiError::Unauthorized("unauthorized", HOW, "Bearer"))?;
    let token = ApiToken::parse(token.trim())
        .map_err(|_| ApiError::Unauthorized("unauthorized", "this token is not valid", "Bearer"))?;
    officers::authenticate(&state.db, &token.digest())
        .await
        .map_err(|e| auth_error(e, "Bearer"))
}
