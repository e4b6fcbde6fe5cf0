//! Reading JSON bodies ourselves, after authentication, so that a caller without
//! credentials learns nothing from body errors, and every error has our shape.

use actix_web::http::header::{CONTENT_LENGTH, CONTENT_TYPE};
use actix_web::{HttpRequest, web};
use serde::de::DeserializeOwned;

use super::error::{ApiError, json_message};

pub async fn read_json<T: DeserializeOwned>(
    req: &HttpRequest,
    payload: web::Payload,
    limit: usize,
) -> Result<T, ApiError> {
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
    let declared = req
        .headers()
        .get(CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<usize>().ok());
    if declared.is_some_and(|n| n > limit) {
        return Err(ApiError::TooLarge { max: limit });
    }
    let bytes = payload
        .to_bytes_limited(limit)
        .await
        .map_err(|_| ApiError::TooLarge { max: limit })?
        .map_err(|_| ApiError::bad("invalid_body", "the request body could not be read"))?;
    serde_json::from_slice(&bytes).map_err(|e| ApiError::bad("invalid_json", json_message(&e)))
}
