//! Officer endpoints: bearer token per officer, scoped to the officer's units.

use actix_web::{HttpRequest, HttpResponse, get, post, web};
use serde::Deserialize;
use serde_json::json;

use super::BodyLimit;
use super::error::ApiError;
use super::json::read_json;
use super::public_api::{Precision, add_message, check_keys, history_json, messages_json};
use crate::crypto::ApiToken;
use crate::domain::{AgeEnvelope, CaseRef, Outcome, Status};
use crate::startup::AppState;
use crate::store::officers::{self, AuthError, OfficerSession};
use crate::store::reports;

/// Authenticates the bearer token of a request.
async fn officer(state: &AppState, req: &HttpRequest) -> Result<OfficerSession, ApiError> {
    const HOW: &str = "send an officer token as Authorization: Bearer <token>";
    let header = req
        .headers()
        .get(actix_web::http::header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .ok_or(ApiError::Unauthorized("unauthorized", HOW, "Bearer"))?;
    let token = header
        .strip_prefix("Bearer ")
        .ok_or(ApiError::Unauthorized("unauthorized", HOW, "Bearer"))?;
    let token = ApiToken::parse(token.trim())
        .map_err(|_| ApiError::Unauthorized("unauthorized", "this token is not valid", "Bearer"))?;
    officers::authenticate(&state.db, &token.digest())
        .await
        .map_err(|e| match e {
            AuthError::Unknown => {
                ApiError::Unauthorized("unauthorized", "this token is not valid", "Bearer")
            }
            AuthError::Expired => ApiError::Unauthorized(
                "token_expired",
                "this token has expired; ask for a new one",
                "Bearer",
            ),
            AuthError::Disabled => ApiError::Unauthorized(
                "officer_disabled",
                "this officer account is disabled",
                "Bearer",
            ),
            AuthError::Store(s) => s.into(),
        })
}

/// A case the officer may see: it must belong to one of their units. Other units'
/// cases answer exactly like missing ones.
async fn case_for(
    state: &AppState,
    session: &OfficerSession,
    case: &str,
) -> Result<entities::report::Model, ApiError> {
    let not_found = || ApiError::NotFound("no such case in your units".into());
    let case = CaseRef::parse(case).map_err(|_| not_found())?;
    let report = reports::find_by_case(&state.db, &case)
        .await?
        .ok_or_else(not_found)?;
    if session.unit_by_id(report.unit_id).is_none() {
        return Err(not_found());
    }
    Ok(report)
}

/// `GET /api/v1/me`: who the token belongs to, and their units.
#[get("/me")]
pub async fn me(state: web::Data<AppState>, req: HttpRequest) -> Result<HttpResponse, ApiError> {
    let s = officer(&state, &req).await?;
    let units: Vec<_> = s
        .units
        .iter()
        .map(|(u, role)| json!({ "slug": u.slug, "name": u.name, "role": role.as_str() }))
        .collect();
    Ok(HttpResponse::Ok().json(json!({
        "login": s.officer.login,
        "name": s.officer.display_name,
        "units": units,
    })))
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ListQuery {
    unit: Option<String>,
    status: Option<String>,
    limit: Option<u64>,
    offset: Option<u64>,
}

/// `GET /api/v1/cases?unit=<slug>[&status=…&limit=…&offset=…]`.
#[get("/cases")]
pub async fn list_cases(
    state: web::Data<AppState>,
    req: HttpRequest,
    query: web::Query<ListQuery>,
) -> Result<HttpResponse, ApiError> {
    let s = officer(&state, &req).await?;
    let q = query.into_inner();
    let unit_ids = match q.unit.as_deref() {
        Some(slug) => vec![
            s.unit(slug)
                .ok_or_else(|| ApiError::Forbidden("you are not a member of this unit".into()))?
                .id,
        ],
        None => s.units.iter().map(|(u, _)| u.id).collect(),
    };
    let status = q
        .status
        .as_deref()
        .map(Status::parse)
        .transpose()
        .map_err(|m| ApiError::bad("invalid_status", m))?;
    let limit = q.limit.unwrap_or(100);
    if !(1..=500).contains(&limit) {
        return Err(ApiError::bad(
            "invalid_query",
            "limit must be between 1 and 500",
        ));
    }
    let rows = reports::list(
        &state.db,
        &reports::CaseFilter {
            unit_ids,
            status,
            limit,
            offset: q.offset.unwrap_or(0),
        },
    )
    .await?;
    let cases: Vec<_> = rows
        .iter()
        .map(|r| {
            json!({
                "case": r.case_ref,
                "unit": s.unit_by_id(r.unit_id).map(|u| u.slug.as_str()),
                "category": r.category,
                "status": r.status,
                "urgent": r.urgent,
                "region": r.region,
                "language": r.language,
                "created": reports::rfc3339(r.created_at),
                "updated": reports::rfc3339(r.updated_at),
            })
        })
        .collect();
    Ok(HttpResponse::Ok().json(json!({ "cases": cases })))
}

/// `GET /api/v1/cases/{case}`: metadata and every envelope, for decryption on the
/// officer's own device. Each fetch is audited.
#[get("/cases/{case}")]
pub async fn get_case(
    state: web::Data<AppState>,
    req: HttpRequest,
    path: web::Path<String>,
) -> Result<HttpResponse, ApiError> {
    let s = officer(&state, &req).await?;
    let report = case_for(&state, &s, &path).await?;
    let unit = s
        .unit_by_id(report.unit_id)
        .ok_or_else(|| ApiError::NotFound("no such case in your units".into()))?;
    let history = reports::history(&state.db, report.id).await?;
    let thread = reports::thread(&state.db, report.id).await?;
    reports::audit_fetch(&state.db, &s.officer.login, &report.case_ref).await?;
    Ok(HttpResponse::Ok().json(json!({
        "case": report.case_ref,
        "unit": unit.slug,
        "category": report.category,
        "status": report.status,
        "urgent": report.urgent,
        "region": report.region,
        "language": report.language,
        "created": reports::rfc3339(report.created_at),
        "reply_recipient": report.reply_recipient,
        "history": history_json(&history, Precision::Second),
        "messages": messages_json(&thread, Precision::Second),
    })))
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StatusBody {
    status: String,
    #[serde(default)]
    outcome: Option<String>,
}

/// `POST /api/v1/cases/{case}/status`.
#[post("/cases/{case}/status")]
pub async fn set_status(
    state: web::Data<AppState>,
    req: HttpRequest,
    path: web::Path<String>,
    payload: web::Payload,
    limit: web::Data<BodyLimit>,
) -> Result<HttpResponse, ApiError> {
    let s = officer(&state, &req).await?;
    let body: StatusBody = read_json(&req, payload, limit.0).await?;
    let status = Status::parse(&body.status).map_err(|m| ApiError::bad("invalid_status", m))?;
    let outcome = body
        .outcome
        .as_deref()
        .map(Outcome::parse)
        .transpose()
        .map_err(|m| ApiError::bad("invalid_outcome", m))?;
    let report = case_for(&state, &s, &path).await?;
    let updated = reports::set_status(
        &state.db,
        &report,
        s.officer.id,
        &s.officer.login,
        status,
        outcome,
    )
    .await?;
    Ok(HttpResponse::Ok().json(json!({ "case": updated.case_ref, "status": updated.status })))
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ReplyBody {
    envelope: String,
}

/// `POST /api/v1/cases/{case}/replies`: an envelope to the reporter and the unit.
#[post("/cases/{case}/replies")]
pub async fn reply(
    state: web::Data<AppState>,
    req: HttpRequest,
    path: web::Path<String>,
    payload: web::Payload,
    limit: web::Data<BodyLimit>,
) -> Result<HttpResponse, ApiError> {
    let s = officer(&state, &req).await?;
    let body: ReplyBody = read_json(&req, payload, limit.0).await?;
    let envelope =
        AgeEnvelope::from_base64(&body.envelope, state.settings.limits.max_envelope_bytes)?;
    let report = case_for(&state, &s, &path).await?;
    let unit = s
        .unit_by_id(report.unit_id)
        .cloned()
        .ok_or_else(|| ApiError::NotFound("no such case in your units".into()))?;
    check_keys(&state, &unit, None, &envelope, 1).await?;
    let msg = add_message(
        &state,
        &report,
        reports::Sender::Officer {
            id: s.officer.id,
            login: s.officer.login.clone(),
        },
        envelope,
    )
    .await?;
    Ok(HttpResponse::Created()
        .json(json!({ "case": report.case_ref, "at": reports::rfc3339(msg.created_at) })))
}
