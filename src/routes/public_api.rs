//! The reporter's side of the JSON API: routing table, submission, follow-up.

use actix_web::{HttpRequest, HttpResponse, get, post, web};
use serde::{Deserialize, Serialize};
use serde_json::json;

use super::error::ApiError;
use super::json::read_json;
use crate::crypto::{LookupKey, parse_recipient};
use crate::domain::{AgeEnvelope, Category, Language, Region, round_to_hour};
use crate::state::AppState;
use crate::store::{attachments, reports, units};

#[derive(Serialize)]
pub struct UnitView {
    pub slug: String,
    pub name: String,
    pub categories: Vec<String>,
    pub recipients: Vec<String>,
    pub key_set: i64,
}

pub async fn unit_view(
    state: &AppState,
    unit: entities::unit::Model,
) -> Result<UnitView, ApiError> {
    let keys = units::with_keys(&state.db, unit).await?;
    let slug = crate::domain::UnitSlug::parse(&keys.unit.slug).map_err(ApiError::bad_internal)?;
    Ok(UnitView {
        categories: state
            .routing
            .categories_of(&slug)
            .map(|c| c.to_string())
            .collect(),
        slug: keys.unit.slug,
        name: keys.unit.name,
        recipients: keys.recipients,
        key_set: keys.unit.key_set,
    })
}

/// `GET /api/v1/units`: every routed unit that can receive reports.
#[get("/units")]
pub async fn list_units(state: web::Data<AppState>) -> Result<HttpResponse, ApiError> {
    let mut out = Vec::new();
    for def in &state.routing.units {
        let Some(unit) = units::find(&state.db, &def.slug).await? else {
            continue;
        };
        let view = unit_view(&state, unit).await?;
        // A unit with no key cannot receive anything yet.
        if !view.recipients.is_empty() {
            out.push(view);
        }
    }
    let regions: Vec<_> = state
        .routing
        .regions
        .iter()
        .map(|r| json!({ "code": r.code.as_str(), "labels": r.labels }))
        .collect();
    let l = &state.settings.limits;
    let limits = json!({
        "max_attachments": l.max_attachments,
        "max_attachment_bytes": l.max_attachment_bytes,
        "max_message_attachment_bytes": l.max_message_attachment_bytes,
        "max_case_attachment_bytes": l.max_case_attachment_bytes,
    });
    Ok(HttpResponse::Ok().json(json!({ "units": out, "regions": regions, "limits": limits })))
}

/// Room to read a body that may carry attachments: a body larger than a plain JSON
/// one (or of unknown length) needs one of `limits.max_concurrent_uploads` permits,
/// held until the request is done, so that big uploads cannot pile up in memory.
fn upload_room(
    state: &AppState,
    req: &HttpRequest,
) -> Result<Option<tokio::sync::OwnedSemaphorePermit>, ApiError> {
    let length = req
        .headers()
        .get(actix_web::http::header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<usize>().ok());
    if length.is_some_and(|n| n <= state.settings.limits.max_body_bytes) {
        return Ok(None);
    }
    let permit = state
        .uploads
        .clone()
        .try_acquire_owned()
        .map_err(|_| ApiError::busy())?;
    // Charged as announced (or at the most a body may be): the disk-flood guard.
    let bytes = length.unwrap_or_else(|| state.settings.limits.max_upload_body_bytes());
    if !state.upload_bytes.take(bytes as u64) {
        tracing::warn!("hourly upload budget spent; refusing large bodies for now");
        return Err(ApiError::busy());
    }
    Ok(Some(permit))
}

/// Parses the attachments sent beside an envelope (docs/api.md, "Attachments"):
/// their number, each one's shape and size, and their total.
pub fn parse_attachments(state: &AppState, list: &[String]) -> Result<Vec<AgeEnvelope>, ApiError> {
    use crate::domain::EnvelopeInputError;
    let l = &state.settings.limits;
    if list.len() > l.max_attachments {
        return Err(ApiError::bad(
            "too_many_attachments",
            format!(
                "at most {} attachments may go with one message",
                l.max_attachments
            ),
        ));
    }
    let mut files = Vec::with_capacity(list.len());
    let mut total = 0usize;
    for (i, text) in list.iter().enumerate() {
        let n = i + 1;
        let file = AgeEnvelope::from_base64(text, l.max_attachment_bytes).map_err(|e| match e {
            EnvelopeInputError::TooLarge { max, .. } => ApiError::TooLargeCode {
                code: "attachment_too_large",
                message: format!("attachment {n} is too large (at most {max} bytes)"),
            },
            other => ApiError::bad("invalid_envelope", format!("attachment {n}: {other}")),
        })?;
        total += file.bytes().len();
        if total > l.max_message_attachment_bytes {
            return Err(attachments_too_large(l.max_message_attachment_bytes as u64));
        }
        files.push(file);
    }
    Ok(files)
}

pub fn attachments_too_large(max: u64) -> ApiError {
    ApiError::TooLargeCode {
        code: "attachments_too_large",
        message: format!("the attachments are too large (at most {max} bytes in all)"),
    }
}

/// Every attachment must be encrypted to the same set as the envelope it goes with.
fn check_attachment_counts(files: &[AgeEnvelope], expected: usize) -> Result<(), ApiError> {
    for (i, file) in files.iter().enumerate() {
        if file.x25519_stanzas() != expected {
            return Err(ApiError::bad(
                "wrong_recipient_count",
                format!(
                    "attachment {} has {} X25519 recipients; this unit's set needs exactly {expected}",
                    i + 1,
                    file.x25519_stanzas(),
                ),
            ));
        }
    }
    Ok(())
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SubmitBody {
    category: String,
    key_set: i64,
    language: String,
    urgent: bool,
    #[serde(default)]
    region: Option<String>,
    envelope: String,
    lookup: String,
    reply_recipient: String,
    /// May the unit refer the case to a partner organisation? Kept in clear so that
    /// the server can refuse a referral without it.
    #[serde(default)]
    referral_consent: bool,
    /// Encrypted files beside the report (base64 age files).
    #[serde(default)]
    attachments: Vec<String>,
}

/// `POST /api/v1/reports`.
#[post("/reports")]
pub async fn submit_report(
    state: web::Data<AppState>,
    req: HttpRequest,
    payload: web::Payload,
) -> Result<HttpResponse, ApiError> {
    let _room = upload_room(&state, &req)?;
    let limit = state.settings.limits.max_upload_body_bytes();
    let body: SubmitBody = read_json(&req, payload, limit).await?;
    // Parse everything before touching the database.
    let (_, unit_def) = state.routing.route(&body.category).ok_or_else(|| {
        ApiError::bad(
            "unknown_category",
            "unknown category; GET /api/v1/units lists the categories",
        )
    })?;
    let category =
        Category::parse(&body.category).map_err(|m| ApiError::bad("unknown_category", m))?;
    let language = Language::parse(&body.language)
        .ok()
        .filter(|l| state.i18n.supports(l.as_str()))
        .ok_or_else(|| ApiError::bad("invalid_language", "unsupported language"))?;
    let region = match body.region.as_deref().filter(|r| !r.is_empty()) {
        None => None,
        Some(code) => {
            state
                .routing
                .region(code)
                .ok_or_else(|| ApiError::bad("unknown_region", "unknown region"))?;
            Some(Region::parse(code).map_err(|m| ApiError::bad("unknown_region", m))?)
        }
    };
    let lookup = LookupKey::parse(&body.lookup).map_err(|m| ApiError::bad("invalid_lookup", m))?;
    let reply_recipient = parse_recipient(&body.reply_recipient)
        .map_err(|_| {
            ApiError::bad(
                "invalid_reply_recipient",
                "reply_recipient must be an age X25519 recipient (age1…)",
            )
        })?
        .to_string();
    let envelope =
        AgeEnvelope::from_base64(&body.envelope, state.settings.limits.max_envelope_bytes)?;
    let attachments = parse_attachments(&state, &body.attachments)?;

    let unit = units::find(&state.db, &unit_def.slug)
        .await?
        .ok_or(ApiError::UnitUnavailable)?;
    let new = reports::NewReport {
        unit_id: unit.id,
        category,
        region,
        language,
        urgent: body.urgent,
        lookup: state.lookup_secret.digest(&lookup),
        reply_recipient,
        envelope,
        key_set: body.key_set,
        referral_consent: body.referral_consent,
        attachments,
    };
    // A retry of a stored submission gets its original answer, even if the unit's
    // keys changed since: otherwise the reporter would lose a stored case.
    let submitted = match reports::replay_of(&state.db, &new)
        .await
        .map_err(submit_error)?
    {
        Some(replayed) => replayed,
        None => {
            let n = current_set_size(&state, &unit, Some(body.key_set)).await?;
            check_count(&new.envelope, n)?;
            check_attachment_counts(&new.attachments, n)?;
            reports::submit(&state.db, new)
                .await
                .map_err(submit_error)?
        }
    };
    let (model, replay) = match submitted {
        reports::Submitted::Created(m) => (m, false),
        reports::Submitted::Replayed(m) => (m, true),
    };
    if !replay {
        state.notifier.notify_one();
    }
    tracing::info!(
        unit = %unit.slug,
        urgent = model.urgent,
        attachments = body.attachments.len(),
        replay,
        "report stored"
    );
    Ok(HttpResponse::Created().json(json!({ "case": model.case_ref, "status": model.status })))
}

fn submit_error(e: reports::SubmitError) -> ApiError {
    match e {
        reports::SubmitError::LookupInUse => ApiError::Conflict {
            code: "lookup_in_use",
            message: "this follow-up code is already used by another report; generate a new code"
                .into(),
            extra: None,
        },
        reports::SubmitError::Store(s) => s.into(),
    }
}

/// Checks an envelope against a unit's current recipient set: key-set version (when
/// the client sent one) and number of X25519 stanzas (`extra` more for replies, which
/// also go to the reporter).
pub async fn check_keys(
    state: &AppState,
    unit: &entities::unit::Model,
    key_set: Option<i64>,
    envelope: &AgeEnvelope,
    extra: usize,
) -> Result<(), ApiError> {
    let n = current_set_size(state, unit, key_set).await?;
    check_count(envelope, n + extra)
}

/// The size of a unit's current recipient set, refusing a unit without keys and a
/// stale declared key-set version (with the fresh set, so the client can re-encrypt).
pub async fn current_set_size(
    state: &AppState,
    unit: &entities::unit::Model,
    key_set: Option<i64>,
) -> Result<usize, ApiError> {
    let recipients = units::active_recipients(&state.db, unit.id).await?;
    if recipients.is_empty() {
        return Err(ApiError::UnitUnavailable);
    }
    if key_set.is_some_and(|k| k != unit.key_set) {
        let view = unit_view(state, unit.clone()).await?;
        return Err(ApiError::Conflict {
            code: "keys_changed",
            message: "the unit's keys have changed; encrypt again to the keys given here".into(),
            extra: Some(json!({ "unit": view })),
        });
    }
    Ok(recipients.len())
}

pub fn check_count(envelope: &AgeEnvelope, expected: usize) -> Result<(), ApiError> {
    if envelope.x25519_stanzas() != expected {
        return Err(ApiError::bad(
            "wrong_recipient_count",
            format!(
                "the envelope has {} X25519 recipients; this unit's set needs exactly {expected}",
                envelope.x25519_stanzas(),
            ),
        ));
    }
    Ok(())
}

/// The reporter's lookup key from `Authorization: Lookup <key>`.
fn lookup_from(req: &HttpRequest) -> Result<LookupKey, ApiError> {
    let header = req
        .headers()
        .get(actix_web::http::header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .ok_or(ApiError::Unauthorized(
            "unauthorized",
            "send the lookup key as Authorization: Lookup <key>",
            "Lookup",
        ))?;
    let key = header
        .strip_prefix("Lookup ")
        .ok_or(ApiError::Unauthorized(
            "unauthorized",
            "send the lookup key as Authorization: Lookup <key>",
            "Lookup",
        ))?;
    LookupKey::parse(key).map_err(|m| ApiError::bad("invalid_lookup", m))
}

async fn report_for(
    state: &AppState,
    req: &HttpRequest,
) -> Result<entities::report::Model, ApiError> {
    let peer = req.peer_addr().map(|a| a.ip());
    if let Err(retry_after) = state.guesses.check(peer) {
        return Err(ApiError::TooManyAttempts {
            message: "too many follow-up codes that match nothing; wait a moment and try again"
                .into(),
            retry_after,
        });
    }
    let found = match lookup_from(req) {
        Ok(lookup) => {
            reports::find_by_lookup(&state.db, &state.lookup_secret.digest(&lookup)).await?
        }
        Err(e @ ApiError::BadRequest { .. }) => {
            state.guesses.failed(peer);
            return Err(e);
        }
        Err(e) => return Err(e),
    };
    found.ok_or_else(|| {
        state.guesses.failed(peer);
        ApiError::NotFound("no report matches this follow-up code".into())
    })
}

/// How precise times are in an answer: reporters see every time to the hour, so
/// that the thread does not show when officers work either.
#[derive(Clone, Copy)]
pub enum Precision {
    Hour,
    Second,
}

fn at(t: chrono::DateTime<chrono::Utc>, p: Precision) -> String {
    match p {
        Precision::Hour => reports::rfc3339(round_to_hour(t)),
        Precision::Second => reports::rfc3339(t),
    }
}

pub fn history_json(
    rows: &[entities::status_change::Model],
    p: Precision,
) -> Vec<serde_json::Value> {
    rows.iter()
        .map(|h| json!({ "status": h.status, "outcome": h.outcome, "at": at(h.at, p) }))
        .collect()
}

pub fn messages_json(
    rows: &[entities::message::Model],
    files: &std::collections::BTreeMap<i64, Vec<attachments::AttachmentInfo>>,
    p: Precision,
) -> Vec<serde_json::Value> {
    use base64::Engine;
    rows.iter()
        .map(|m| {
            let listed: Vec<_> = files
                .get(&m.id)
                .map(|list| {
                    list.iter()
                        .map(|a| match p {
                            Precision::Hour => json!({ "size": a.size }),
                            Precision::Second => {
                                json!({ "id": a.id, "size": a.size, "key_set": a.key_set })
                            }
                        })
                        .collect()
                })
                .unwrap_or_default();
            let mut v = json!({
                "from": m.sender,
                "at": at(m.created_at, p),
                "envelope": base64::engine::general_purpose::STANDARD.encode(&m.envelope),
                "attachments": listed,
            });
            // Officers re-encrypt envelopes by id; reporters have no use for ids,
            // which would also show how busy the service is.
            if let Precision::Second = p {
                v["id"] = json!(m.id);
                v["key_set"] = json!(m.key_set);
            }
            v
        })
        .collect()
}

/// `GET /api/v1/follow-up`.
#[get("/follow-up")]
pub async fn follow_up(
    state: web::Data<AppState>,
    req: HttpRequest,
) -> Result<HttpResponse, ApiError> {
    let report = report_for(&state, &req).await?;
    let unit = units::get(&state.db, report.unit_id).await?;
    let history = reports::history(&state.db, report.id).await?;
    // Internal notes are the unit's alone.
    let thread: Vec<_> = reports::thread(&state.db, report.id)
        .await?
        .into_iter()
        .filter(|m| m.sender != "note")
        .collect();
    let files = attachments::of_report(&state.db, report.id).await?;
    Ok(HttpResponse::Ok().json(json!({
        "case": report.case_ref,
        "status": report.status,
        "unit": unit.slug,
        "category": report.category,
        "history": history_json(&history, Precision::Hour),
        "messages": messages_json(&thread, &files, Precision::Hour),
    })))
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MessageBody {
    envelope: String,
    #[serde(default)]
    key_set: Option<i64>,
    /// Encrypted files beside the message (base64 age files).
    #[serde(default)]
    attachments: Vec<String>,
}

/// `POST /api/v1/follow-up/messages`: the reporter writes to the unit.
#[post("/follow-up/messages")]
pub async fn reporter_message(
    state: web::Data<AppState>,
    req: HttpRequest,
    payload: web::Payload,
) -> Result<HttpResponse, ApiError> {
    let report = report_for(&state, &req).await?;
    let _room = upload_room(&state, &req)?;
    let limit = state.settings.limits.max_upload_body_bytes();
    let body: MessageBody = read_json(&req, payload, limit).await?;
    let envelope =
        AgeEnvelope::from_base64(&body.envelope, state.settings.limits.max_envelope_bytes)?;
    let files = parse_attachments(&state, &body.attachments)?;
    let unit = units::get(&state.db, report.unit_id).await?;
    let n = current_set_size(&state, &unit, body.key_set).await?;
    check_count(&envelope, n)?;
    check_attachment_counts(&files, n)?;
    let msg = add_message(
        &state,
        &report,
        reports::Sender::Reporter,
        envelope,
        files,
        body.key_set,
    )
    .await?;
    state.notifier.notify_one();
    Ok(HttpResponse::Created()
        .json(json!({ "case": report.case_ref, "at": at(msg.created_at, Precision::Hour) })))
}

pub async fn add_message(
    state: &AppState,
    report: &entities::report::Model,
    sender: reports::Sender,
    envelope: AgeEnvelope,
    files: Vec<AgeEnvelope>,
    key_set: Option<i64>,
) -> Result<entities::message::Model, ApiError> {
    let limits = reports::ThreadLimits {
        max_messages: state.settings.limits.max_thread_messages,
        max_case_attachment_bytes: state.settings.limits.max_case_attachment_bytes,
    };
    reports::add_message(&state.db, report, sender, envelope, files, key_set, limits)
        .await
        .map_err(|e| match e {
            reports::MessageError::ThreadFull(n) => ApiError::Conflict {
                code: "thread_full",
                message: format!("this conversation has reached its limit of {n} messages"),
                extra: None,
            },
            reports::MessageError::Moved => ApiError::NotFound("no such case in your units".into()),
            reports::MessageError::AttachmentsFull(max) => attachments_too_large(max),
            reports::MessageError::Store(s) => s.into(),
        })
}

impl ApiError {
    fn bad_internal(msg: String) -> ApiError {
        ApiError::Internal(anyhow::anyhow!(msg))
    }
}
