//! The one place where errors become HTTP answers: `{"error":{"code","message"}}`.
//! The message a client sees never holds report content, codes or tokens; causes
//! are logged separately, without them either.

use actix_web::http::StatusCode;
use actix_web::{HttpResponse, ResponseError};
use serde_json::json;

use crate::cases::CaseError;
use crate::domain::EnvelopeInputError;
use crate::pow::PowError;
use crate::store::StoreError;

#[derive(Debug, thiserror::Error)]
pub enum ApiError {
    #[error("{message}")]
    BadRequest { code: &'static str, message: String },
    #[error("the request body is too large (at most {max} bytes)")]
    TooLarge { max: usize },
    #[error("the envelope is too large (at most {max} bytes)")]
    EnvelopeTooLarge { max: usize },
    /// A 413 with its own code (attachments).
    #[error("{message}")]
    TooLargeCode { code: &'static str, message: String },
    #[error("send the body as application/json")]
    UnsupportedMediaType,
    /// The body came too slowly (`limits.body_*`); the connection is closed.
    #[error("the request body arrived too slowly; nothing was saved, please try again")]
    BodyTimeout,
    /// Code, message, and the authentication scheme the endpoint wants.
    #[error("{1}")]
    Unauthorized(&'static str, &'static str, &'static str),
    #[error("{0}")]
    Forbidden(String),
    /// A refusal with its own code.
    #[error("{1}")]
    Forbidden2(&'static str, String),
    #[error("{message}")]
    TooManyAttempts { message: String, retry_after: i64 },
    #[error("{0}")]
    NotFound(String),
    #[error("{message}")]
    Conflict {
        code: &'static str,
        message: String,
        extra: Option<serde_json::Value>,
    },
    /// Busy (a full queue, no upload room, the database away): try again after
    /// `retry_after` seconds.
    #[error("the service is busy; try again shortly")]
    Unavailable { retry_after: i64 },
    #[error("this unit cannot receive anything right now (it has no keys); try again later")]
    UnitUnavailable,
    #[error("something went wrong on our side; nothing was saved, please try again")]
    Internal(#[source] anyhow::Error),
}

impl ApiError {
    pub fn bad(code: &'static str, message: impl Into<String>) -> Self {
        ApiError::BadRequest {
            code,
            message: message.into(),
        }
    }

    /// A `409` without extra fields.
    pub fn conflict(code: &'static str, message: impl Into<String>) -> Self {
        ApiError::Conflict {
            code,
            message: message.into(),
            extra: None,
        }
    }

    /// Busy answers (a 503 after a short wait): one second.
    pub fn busy() -> Self {
        ApiError::Unavailable { retry_after: 1 }
    }

    /// Seconds a client should wait before trying again, for 429 and 503.
    pub fn retry_after(&self) -> Option<i64> {
        match self {
            ApiError::TooManyAttempts { retry_after, .. }
            | ApiError::Unavailable { retry_after } => Some(*retry_after),
            _ => None,
        }
    }

    pub fn code(&self) -> &'static str {
        match self {
            ApiError::BadRequest { code, .. } => code,
            ApiError::TooLarge { .. } => "body_too_large",
            ApiError::EnvelopeTooLarge { .. } => "envelope_too_large",
            ApiError::TooLargeCode { code, .. } => code,
            ApiError::UnsupportedMediaType => "unsupported_media_type",
            ApiError::BodyTimeout => "body_timeout",
            ApiError::Unauthorized(code, ..) => code,
            ApiError::Forbidden(_) => "forbidden",
            ApiError::Forbidden2(code, _) => code,
            ApiError::TooManyAttempts { .. } => "too_many_attempts",
            ApiError::NotFound(_) => "not_found",
            ApiError::Conflict { code, .. } => code,
            ApiError::Unavailable { .. } => "unavailable",
            ApiError::UnitUnavailable => "unit_unavailable",
            ApiError::Internal(_) => "internal",
        }
    }
}

impl ResponseError for ApiError {
    fn status_code(&self) -> StatusCode {
        match self {
            ApiError::BadRequest { .. } => StatusCode::BAD_REQUEST,
            ApiError::TooLarge { .. }
            | ApiError::EnvelopeTooLarge { .. }
            | ApiError::TooLargeCode { .. } => StatusCode::PAYLOAD_TOO_LARGE,
            ApiError::UnsupportedMediaType => StatusCode::UNSUPPORTED_MEDIA_TYPE,
            ApiError::BodyTimeout => StatusCode::REQUEST_TIMEOUT,
            ApiError::Unauthorized(..) => StatusCode::UNAUTHORIZED,
            ApiError::Forbidden(_) | ApiError::Forbidden2(..) => StatusCode::FORBIDDEN,
            ApiError::TooManyAttempts { .. } => StatusCode::TOO_MANY_REQUESTS,
            ApiError::NotFound(_) => StatusCode::NOT_FOUND,
            ApiError::Conflict { .. } => StatusCode::CONFLICT,
            ApiError::Unavailable { .. } | ApiError::UnitUnavailable => {
                StatusCode::SERVICE_UNAVAILABLE
            }
            ApiError::Internal(_) => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    fn error_response(&self) -> HttpResponse {
        let message = self.to_string();
        if let ApiError::Internal(cause) = self {
            tracing::error!(error = %format!("{cause:#}"), "request failed");
        }
        let mut body = json!({ "error": { "code": self.code(), "message": message } });
        if let ApiError::Conflict {
            extra: Some(extra), ..
        } = self
            && let (Some(obj), Some(e)) = (extra.as_object(), body["error"].as_object_mut())
        {
            for (k, v) in obj {
                e.insert(k.clone(), v.clone());
            }
        }
        let mut res = HttpResponse::build(self.status_code());
        if let Some(retry_after) = self.retry_after() {
            if let Some(e) = body["error"].as_object_mut() {
                e.insert("retry_after".into(), json!(retry_after));
            }
            res.insert_header(("Retry-After", retry_after.to_string()));
        }
        if let ApiError::BodyTimeout = self {
            // The rest of the body is not waited for.
            res.force_close();
        }
        if let ApiError::Unauthorized(_, _, scheme) = self {
            res.insert_header(("WWW-Authenticate", *scheme));
        }
        res.json(body)
    }
}

impl From<StoreError> for ApiError {
    fn from(e: StoreError) -> Self {
        match e {
            StoreError::NotFound(what) => ApiError::NotFound(format!("{what} not found")),
            StoreError::Db { ref source, .. } if crate::store::is_transient(source) => {
                tracing::warn!(error = %e, "database busy or unreachable");
                ApiError::busy()
            }
            other => ApiError::Internal(other.into()),
        }
    }
}

impl From<PowError> for ApiError {
    fn from(e: PowError) -> Self {
        let code = match e {
            PowError::Required(_) => "pow_required",
            PowError::Invalid => "pow_invalid",
            PowError::Expired => "pow_expired",
            PowError::Used => "pow_used",
            PowError::Spent => "pow_spent",
            PowError::Store(e) => return e.into(),
        };
        ApiError::Forbidden2(code, e.to_string())
    }
}

impl From<CaseError> for ApiError {
    fn from(e: CaseError) -> Self {
        let message = e.to_string();
        match e {
            CaseError::UnitUnavailable => ApiError::UnitUnavailable,
            CaseError::KeysChanged { unit } => ApiError::Conflict {
                code: "keys_changed",
                message,
                extra: unit.map(|u| json!({ "unit": u })),
            },
            CaseError::WrongRecipientCount { .. } => {
                ApiError::bad("wrong_recipient_count", message)
            }
            CaseError::TooManyAttachments(_) => ApiError::bad("too_many_attachments", message),
            CaseError::AttachmentTooLarge { .. } => ApiError::TooLargeCode {
                code: "attachment_too_large",
                message,
            },
            CaseError::InvalidAttachment { .. } => ApiError::bad("invalid_envelope", message),
            CaseError::AttachmentsTooLarge(_) => ApiError::TooLargeCode {
                code: "attachments_too_large",
                message,
            },
            CaseError::InvalidEnvelope(e) => e.into(),
            CaseError::ThreadFull(_) => ApiError::conflict("thread_full", message),
            CaseError::CaseFull(_) => ApiError::conflict("case_full", message),
            CaseError::Moved => ApiError::NotFound(message),
            CaseError::ThreadChanged => ApiError::conflict("thread_changed", message),
            CaseError::LookupInUse => ApiError::conflict("lookup_in_use", message),
            CaseError::ReencryptionPending => ApiError::conflict("reencryption_pending", message),
            CaseError::NotPending => ApiError::conflict("not_pending", message),
            CaseError::AddedSinceTransfer => ApiError::conflict("added_since_transfer", message),
            CaseError::Purged => ApiError::conflict("case_purged", message),
            CaseError::Closed => ApiError::conflict("case_closed", message),
            CaseError::WritesSpent { retry_after } => ApiError::Unavailable { retry_after },
            CaseError::Store(s) => s.into(),
        }
    }
}

impl From<EnvelopeInputError> for ApiError {
    fn from(e: EnvelopeInputError) -> Self {
        match e {
            EnvelopeInputError::TooLarge { max, .. } => ApiError::EnvelopeTooLarge { max },
            other => ApiError::bad("invalid_envelope", other.to_string()),
        }
    }
}

/// serde's messages may quote the submitted value ("invalid type: string \"…\""),
/// which could be report content: only a missing field's name (ours) is repeated.
pub fn json_message(e: &serde_json::Error) -> String {
    use serde_json::error::Category;
    match e.classify() {
        Category::Data => {
            let text = e.to_string();
            match text
                .strip_prefix("missing field `")
                .and_then(|rest| rest.split('`').next())
            {
                Some(field) => format!("the field \"{field}\" is missing"),
                None => "a field of the body has the wrong type or value".into(),
            }
        }
        _ => "the body is not valid JSON".into(),
    }
}

pub fn query_error(_err: actix_web::error::QueryPayloadError) -> ApiError {
    ApiError::bad("invalid_query", "invalid query parameters")
}

pub fn path_error(_err: actix_web::error::PathError) -> ApiError {
    ApiError::NotFound("nothing here".into())
}
