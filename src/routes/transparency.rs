//! The transparency logs, served as C2SP tlog-tiles: `checkpoint`, the tree's
//! `tile/<L>/<N>[.p/<W>]` and the entry bundles `tile/entries/<N>[.p/<W>]`, under
//! `/transparency/log/<log>/`; and the log's verifier key at `/transparency/log/key`.
//! All public and read-only; docs/transparency.md says how to check them.

use actix_web::{HttpResponse, get, web};

use super::error::ApiError;
use crate::state::AppState;
use crate::store::tlog;
use crate::transparency::{self, LogError, TilePath};

/// The logs served here, and whether their entries are public.
fn public_log(name: &str) -> Result<&'static str, ApiError> {
    match name {
        "keys" => Ok(tlog::KEYS),
        _ => Err(ApiError::NotFound("no such log".into())),
    }
}

impl From<LogError> for ApiError {
    fn from(e: LogError) -> Self {
        match e {
            LogError::Store(e) => e.into(),
            other => ApiError::Internal(anyhow::Error::new(other)),
        }
    }
}

/// `GET /transparency/log/key`: the note verifier key that signs every checkpoint.
#[get("/key")]
pub async fn key(state: web::Data<AppState>) -> HttpResponse {
    HttpResponse::Ok()
        .content_type("text/plain; charset=utf-8")
        .body(format!("{}\n", state.log_key.vkey()))
}

/// `GET /transparency/log/{log}/checkpoint`: the latest signed checkpoint.
#[get("/{log}/checkpoint")]
pub async fn checkpoint(
    state: web::Data<AppState>,
    path: web::Path<String>,
) -> Result<HttpResponse, ApiError> {
    let log = public_log(&path)?;
    let note = transparency::checkpoint(&state.db, log)
        .await?
        .ok_or_else(|| ApiError::NotFound("the log has no checkpoint yet".into()))?;
    Ok(HttpResponse::Ok()
        .content_type("text/plain; charset=utf-8")
        .body(note))
}

/// `GET /transparency/log/{log}/tile/…`: a tile or an entry bundle of the tree as of
/// the latest checkpoint.
#[get("/{log}/tile/{rest:.*}")]
pub async fn tile(
    state: web::Data<AppState>,
    path: web::Path<(String, String)>,
) -> Result<HttpResponse, ApiError> {
    let (log, rest) = path.into_inner();
    let log = public_log(&log)?;
    let tile = TilePath::parse(&format!("tile/{rest}"))
        .ok_or_else(|| ApiError::NotFound("not a tlog-tiles path".into()))?;
    let bytes = transparency::tile(&state.db, log, &tile)
        .await?
        .ok_or_else(|| ApiError::NotFound("the log's tree does not hold this tile".into()))?;
    Ok(HttpResponse::Ok()
        .content_type("application/octet-stream")
        .body(bytes))
}
