//! Reading request bodies ourselves, after authentication, so that a caller
//! without credentials learns nothing from body errors, and every error has our
//! shape. Every body is held to a size limit and a pace (`limits.body_*`): a
//! sender too slow gets `408` and cannot hold a place for long. Bodies that may
//! carry attachments need one of a few upload places, and their bytes are charged
//! to the hourly upload budget as they arrive, not as announced.

use actix_web::http::header::{CONTENT_LENGTH, CONTENT_TYPE};
use actix_web::{HttpRequest, web};
use futures_util::StreamExt;
use serde::de::DeserializeOwned;
use tokio::sync::OwnedSemaphorePermit;
use tokio::time::Instant;

use super::error::{ApiError, json_message};
use crate::limits::{BodyPace, ByteBudget};
use crate::state::AppState;

/// A plain JSON body of at most `limit` bytes.
pub async fn read_json<T: DeserializeOwned>(
    state: &AppState,
    req: &HttpRequest,
    payload: web::Payload,
    limit: usize,
) -> Result<T, ApiError> {
    check_type(req)?;
    refuse_declared(req, limit)?;
    let pace = state.settings.limits.body_pace();
    let bytes = read_body(req, payload, limit, &pace, None).await?;
    parse(&bytes)
}

/// A body that may carry attachments (a report, a reporter's message): one larger
/// than a plain JSON body (or of unknown length) takes an upload place, held by
/// the returned permit until the request is done, and its bytes are charged to
/// the hourly upload budget as they are read.
pub async fn read_upload<T: DeserializeOwned>(
    state: &AppState,
    req: &HttpRequest,
    payload: web::Payload,
) -> Result<(T, Option<OwnedSemaphorePermit>), ApiError> {
    check_type(req)?;
    let limits = &state.settings.limits;
    let limit = limits.max_upload_body_bytes();
    // Before a place is taken: an announced size over the limit needs none.
    refuse_declared(req, limit)?;
    let room = upload_room(state, req)?;
    let budget = room.as_ref().map(|_| &state.upload_bytes);
    let bytes = read_body(req, payload, limit, &limits.body_pace(), budget).await?;
    Ok((parse(&bytes)?, room))
}

/// An upload place for a body over `limits.max_body_bytes` (or of unknown
/// length); `None` for a plain one. No place free: `503` at once, before the body
/// is read (clients retry).
pub fn upload_room(
    state: &AppState,
    req: &HttpRequest,
) -> Result<Option<OwnedSemaphorePermit>, ApiError> {
    if declared_length(req).is_some_and(|n| n <= state.settings.limits.max_body_bytes) {
        return Ok(None);
    }
    state
        .uploads
        .clone()
        .try_acquire_owned()
        .map(Some)
        .map_err(|_| ApiError::busy())
}

fn declared_length(req: &HttpRequest) -> Option<usize> {
    req.headers()
        .get(CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<usize>().ok())
}

fn refuse_declared(req: &HttpRequest, limit: usize) -> Result<(), ApiError> {
    if declared_length(req).is_some_and(|n| n > limit) {
        return Err(ApiError::TooLarge { max: limit });
    }
    Ok(())
}

fn check_type(req: &HttpRequest) -> Result<(), ApiError> {
    let mime = req
        .headers()
        .get(CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.split(';').next())
        .map(|v| v.trim().to_ascii_lowercase())
        .unwrap_or_default();
    if mime != "application/json" && !mime.ends_with("+json") {
        return Err(ApiError::UnsupportedMediaType);
    }
    Ok(())
}

fn parse<T: DeserializeOwned>(bytes: &[u8]) -> Result<T, ApiError> {
    serde_json::from_slice(bytes).map_err(|e| ApiError::bad("invalid_json", json_message(&e)))
}

/// Reads the body chunk by chunk: at most `limit` bytes, each chunk awaited no
/// longer than the pace allows, each charged to `budget` (if any) as it comes.
/// The callers have refused an announced size over `limit` already.
async fn read_body(
    req: &HttpRequest,
    mut payload: web::Payload,
    limit: usize,
    pace: &BodyPace,
    budget: Option<&ByteBudget>,
) -> Result<Vec<u8>, ApiError> {
    let start = Instant::now();
    let mut body = Vec::with_capacity(declared_length(req).unwrap_or(0).min(limit));
    loop {
        let deadline = pace.deadline(start.into_std(), body.len() as u64);
        let next = tokio::time::timeout_at(deadline.into(), payload.next());
        let chunk = match next.await {
            Err(_) => return Err(ApiError::BodyTimeout),
            Ok(None) => break,
            Ok(Some(Err(_))) => {
                return Err(ApiError::bad(
                    "invalid_body",
                    "the request body could not be read",
                ));
            }
            Ok(Some(Ok(chunk))) => chunk,
        };
        if body.len() + chunk.len() > limit {
            return Err(ApiError::TooLarge { max: limit });
        }
        if let Some(budget) = budget
            && !budget.take(chunk.len() as u64)
        {
            tracing::warn!("hourly upload budget spent; refusing large bodies for now");
            return Err(ApiError::busy());
        }
        body.extend_from_slice(&chunk);
    }
    Ok(body)
}
