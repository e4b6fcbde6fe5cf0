//! The reporter's side of the JSON API: routing table, submission, follow-up.

use actix_web::{HttpRequest, HttpResponse, get, post, web};
use serde::Deserialize;
use serde_json::json;

use super::error::ApiError;
use super::json::read_upload;
use super::thread::{self, PageQuery, Reader};
use crate::cases;
use crate::crypto::{LookupKey, parse_recipient};
use crate::domain::{AgeEnvelope, Category, Language, Region};
use crate::pow::{self, PowKind};
use crate::state::AppState;
use crate::store::{reports, units};

/// `GET /api/v1/units`: every routed unit that can receive reports.
#[get("/units")]
pub async fn list_units(state: web::Data<AppState>) -> Result<HttpResponse, ApiError> {
    let log = crate::transparency::KeyLogView::latest(&state.db).await?;
    let mut out = Vec::new();
    for def in &state.routing.units {
        let Some(unit) = units::find(&state.db, &def.slug).await? else {
            continue;
        };
        let view = cases::unit_view(&state, unit).await?;
        // A unit with no key cannot receive anything yet.
        if view.recipients.is_empty() {
            continue;
        }
        // Its latest key statement and the proof that the signed log holds it:
        // the browser checks both before it encrypts (docs/transparency.md).
        let proof = match &log {
            Some(log) => log.unit_proof(&state.db, &view.slug).await?,
            None => serde_json::Value::Null,
        };
        let mut view =
            serde_json::to_value(view).map_err(|e| ApiError::Internal(anyhow::Error::new(e)))?;
        view["key_log"] = proof;
        out.push(view);
    }
    let key_log = log.map(|l| {
        json!({
            "checkpoint": String::from_utf8_lossy(&l.checkpoint),
            "vkey": state.log_key.vkey(),
        })
    });
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
    Ok(HttpResponse::Ok().json(json!({
        "units": out,
        "regions": regions,
        "limits": limits,
        "key_log": key_log,
    })))
}

/// `GET /api/v1/pow/{kind}`: a proof-of-work challenge for `report`, `message` or
/// `lookup` (docs/api.md, "Proof of work").
#[get("/pow/{kind}")]
pub async fn pow_challenge(
    state: web::Data<AppState>,
    path: web::Path<String>,
) -> Result<HttpResponse, ApiError> {
    let kind = PowKind::parse(&path).ok_or_else(|| {
        ApiError::NotFound("no such challenge; ask for report, message or lookup".into())
    })?;
    Ok(HttpResponse::Ok().json(state.pow.challenge(kind, now())))
}

fn now() -> i64 {
    chrono::Utc::now().timestamp()
}

fn pow_header(req: &HttpRequest) -> Option<&str> {
    req.headers().get(pow::HEADER).and_then(|v| v.to_str().ok())
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
    /// The form's hidden field, which people never see and robots fill in.
    #[serde(default)]
    website: String,
}

/// `POST /api/v1/reports`: paid for with a `report` proof of work, taken before the
/// body is read.
#[post("/reports")]
pub async fn submit_report(
    state: web::Data<AppState>,
    req: HttpRequest,
    payload: web::Payload,
) -> Result<HttpResponse, ApiError> {
    state
        .pow
        .spend(&state.db, PowKind::Report, pow_header(&req), now())
        .await?;
    let (mut body, _room): (SubmitBody, _) = read_upload(&state, &req, payload).await?;
    if !body.website.is_empty() {
        return Err(ApiError::bad(
            "form_rejected",
            "a field that people cannot see was filled in; nothing was saved",
        ));
    }
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
    let attachments = cases::parse_attachments(
        &state.settings.limits,
        std::mem::take(&mut body.attachments),
    )?;

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
    let (model, replay) = match cases::submit(&state, &unit, new).await? {
        reports::Submitted::Created(m) => (m, false),
        reports::Submitted::Replayed(m) => (m, true),
    };
    // Nothing that picks out the row: not the unit, urgency or files.
    tracing::info!(replay, "report stored");
    Ok(HttpResponse::Created().json(json!({ "case": model.case_ref, "status": model.status })))
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

/// How a request to a reporter's case pays for its lookup.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Paid {
    /// With a `lookup` proof of work, which pays for a bounded number of misses.
    Lookup,
    /// With the message's own single-use proof of work.
    Message,
}

/// The case of the request's lookup key. A missing or malformed key is refused
/// first (that says nothing about any case); then nothing answers whether the key
/// exists before the proof of work is checked. A lookup's miss is counted first and
/// given back when the case is found.
async fn report_for(
    state: &AppState,
    req: &HttpRequest,
    paid: Paid,
) -> Result<entities::report::Model, ApiError> {
    let lookup = lookup_from(req)?;
    let proof = match paid {
        Paid::Lookup => Some(state.pow.guess(&state.db, pow_header(req), now()).await?),
        Paid::Message => {
            let header = pow_header(req);
            state
                .pow
                .spend(&state.db, PowKind::Message, header, now())
                .await?;
            None
        }
    };
    let found = reports::find_by_lookup(&state.db, &state.lookup_secret.digest(&lookup)).await?;
    let report =
        found.ok_or_else(|| ApiError::NotFound("no report matches this follow-up code".into()))?;
    if let Some(proof) = proof {
        state.pow.found(&state.db, &proof).await?;
    }
    Ok(report)
}

/// `GET /api/v1/follow-up?from=`: the case, its history and one page of its thread.
#[get("/follow-up")]
pub async fn follow_up(
    state: web::Data<AppState>,
    req: HttpRequest,
    query: web::Query<PageQuery>,
) -> Result<HttpResponse, ApiError> {
    let report = report_for(&state, &req, Paid::Lookup).await?;
    let unit = units::get(&state.db, report.unit_id).await?;
    let history = reports::history(&state.db, report.id).await?;
    let visible = thread::visible(&state, report.id, Reader::Reporter).await?;
    let (messages, next) =
        thread::page(&state, report.id, &visible, Reader::Reporter, query.from).await?;
    Ok(HttpResponse::Ok().json(json!({
        "case": report.case_ref,
        "status": report.status,
        "unit": unit.slug,
        "category": report.category,
        // False once the unit marked the case as spam or abuse.
        "accepts_messages": report.flag.is_none(),
        "history": thread::history_json(&history, Reader::Reporter),
        "message_count": visible.len(),
        "messages": messages,
        "next": next,
    })))
}

/// `GET /api/v1/follow-up/messages/{n}`: the envelope of the thread's `n`th message
/// (from 0, notes not counted), as raw bytes.
#[get("/follow-up/messages/{n}")]
pub async fn follow_up_message(
    state: web::Data<AppState>,
    req: HttpRequest,
    path: web::Path<String>,
) -> Result<HttpResponse, ApiError> {
    let report = report_for(&state, &req, Paid::Lookup).await?;
    let visible = thread::visible(&state, report.id, Reader::Reporter).await?;
    let id = path
        .parse::<usize>()
        .ok()
        .and_then(|n| visible.get(n))
        .map(|m| m.id);
    thread::one_envelope(&state, report.id, id).await
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

/// `POST /api/v1/follow-up/messages`: the reporter writes to the unit, paying with a
/// `message` proof of work (which pays for the lookup too).
#[post("/follow-up/messages")]
pub async fn reporter_message(
    state: web::Data<AppState>,
    req: HttpRequest,
    payload: web::Payload,
) -> Result<HttpResponse, ApiError> {
    let report = report_for(&state, &req, Paid::Message).await?;
    let (mut body, _room): (MessageBody, _) = read_upload(&state, &req, payload).await?;
    let envelope =
        AgeEnvelope::from_base64(&body.envelope, state.settings.limits.max_envelope_bytes)?;
    let files = cases::parse_attachments(
        &state.settings.limits,
        std::mem::take(&mut body.attachments),
    )?;
    let msg = cases::add_message(
        &state,
        &report,
        reports::Sender::Reporter,
        envelope,
        files,
        body.key_set,
    )
    .await?;
    Ok(HttpResponse::Created().json(
        json!({ "case": report.case_ref, "at": thread::at(msg.created_at, Reader::Reporter) }),
    ))
}
