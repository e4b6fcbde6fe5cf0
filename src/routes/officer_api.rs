//! Officer endpoints: bearer token per officer, scoped to the officer's units.

use actix_web::{HttpRequest, HttpResponse, get, post, web};
use serde::Deserialize;
use serde_json::json;

use super::BodyLimit;
use super::auth;
use super::error::ApiError;
use super::json::{read_json, upload_room};
use super::thread::{self, PageQuery, Reader};
use crate::cases;
use crate::domain::OfficerLogin;
use crate::domain::{AgeEnvelope, CaseRef, Outcome, Status};
use crate::state::AppState;
use crate::store::console as console_store;
use crate::store::officers::{OfficerSession, Role};
use crate::store::{attachments, reports};

/// A case the officer may see, with its unit: it must belong to one of their
/// units. Other units' cases answer exactly like missing ones.
async fn case_for(
    state: &AppState,
    session: &OfficerSession,
    case: &str,
) -> Result<(entities::report::Model, entities::unit::Model), ApiError> {
    let not_found = || ApiError::NotFound("no such case in your units".into());
    let case = CaseRef::parse(case).map_err(|_| not_found())?;
    let report = reports::find_by_case(&state.db, &case)
        .await?
        .ok_or_else(not_found)?;
    let unit = session
        .unit_by_id(report.unit_id)
        .cloned()
        .ok_or_else(not_found)?;
    Ok((report, unit))
}

/// A case the officer may transfer, re-key, confirm, restore or mark: one of their
/// units' (as `case_for`), and they are a supervisor of it.
async fn supervised_case(
    state: &AppState,
    session: &OfficerSession,
    case: &str,
) -> Result<entities::report::Model, ApiError> {
    let (report, unit) = case_for(state, session, case).await?;
    let supervisor = session
        .units
        .iter()
        .any(|(u, role)| u.id == unit.id && *role == Role::Supervisor);
    if !supervisor {
        return Err(ApiError::Forbidden(
            "only the unit's supervisors may transfer, re-key, confirm, restore or mark a case"
                .into(),
        ));
    }
    Ok(report)
}

/// `GET /api/v1/me`: who the token belongs to, and their units.
#[get("/me")]
pub async fn me(state: web::Data<AppState>, req: HttpRequest) -> Result<HttpResponse, ApiError> {
    let s = auth::officer(&state, &req, false).await?;
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
    urgent: Option<bool>,
    assigned: Option<String>,
    sort: Option<String>,
    urgent_first: Option<bool>,
    cursor: Option<String>,
    limit: Option<u64>,
}

/// A cursor is `U.T.ID`: urgency (0/1), time in microseconds, and case id.
fn parse_cursor(c: &str) -> Option<(bool, chrono::DateTime<chrono::Utc>, i64)> {
    let mut parts = c.split('.');
    let urgent = match parts.next()? {
        "0" => false,
        "1" => true,
        _ => return None,
    };
    let t = chrono::DateTime::from_timestamp_micros(parts.next()?.parse().ok()?)?;
    let id = parts.next()?.parse().ok()?;
    parts.next().is_none().then_some((urgent, t, id))
}

/// `GET /api/v1/cases?unit=&status=&urgent=&assigned=&sort=&cursor=&limit=`.
#[get("/cases")]
pub async fn list_cases(
    state: web::Data<AppState>,
    req: HttpRequest,
    query: web::Query<ListQuery>,
) -> Result<HttpResponse, ApiError> {
    let s = auth::officer(&state, &req, false).await?;
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
    let sort = match q.sort.as_deref() {
        None | Some("created") => reports::SortBy::Created,
        Some("updated") => reports::SortBy::Updated,
        Some(_) => return Err(ApiError::bad("invalid_query", "sort is created or updated")),
    };
    let assigned = match q.assigned.as_deref() {
        None => None,
        Some("me") => Some(reports::Assigned::To(s.officer.id)),
        Some("none") => Some(reports::Assigned::Nobody),
        Some(login) => {
            // Only among the members of the units listed: no probing for logins.
            let mut found = None;
            for id in &unit_ids {
                if let Some((o, _)) = console_store::members(&state.db, *id)
                    .await?
                    .into_iter()
                    .find(|(o, _)| o.login == login)
                {
                    found = Some(o);
                    break;
                }
            }
            let o = found.ok_or_else(|| ApiError::bad("invalid_query", "no such member"))?;
            Some(reports::Assigned::To(o.id))
        }
    };
    let after = match q.cursor.as_deref() {
        None | Some("") => None,
        Some(c) => {
            Some(parse_cursor(c).ok_or_else(|| ApiError::bad("invalid_query", "bad cursor"))?)
        }
    };
    let rows = reports::list(
        &state.db,
        &reports::CaseFilter {
            unit_ids,
            status,
            urgent: q.urgent,
            assigned,
            sort,
            urgent_first: q.urgent_first.unwrap_or(false),
            after,
            limit,
        },
    )
    .await?;
    let ids: Vec<i64> = rows.iter().map(|r| r.id).collect();
    let last = reports::last_reporter_messages(&state.db, &ids).await?;
    let reads = console_store::read_marks(&state.db, s.officer.id, &ids).await?;
    let assignees = console_store::officers_by_id(
        &state.db,
        rows.iter().filter_map(|r| r.assigned_to).collect(),
    )
    .await?;
    let login_of = |id: Option<i32>| {
        id.and_then(|id| {
            assignees
                .iter()
                .find(|o| o.id == id)
                .map(|o| o.login.clone())
        })
    };
    let cases: Vec<_> = rows
        .iter()
        .map(|r| {
            let unread = last
                .get(&r.id)
                .is_some_and(|m| reads.get(&r.id).is_none_or(|seen| seen < m));
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
                "assigned_to": login_of(r.assigned_to),
                "unread": unread,
                "flag": r.flag,
            })
        })
        .collect();
    let next = (rows.len() as u64 == limit).then(|| {
        rows.last().map(|r| {
            let t = match sort {
                reports::SortBy::Created => r.created_at,
                reports::SortBy::Updated => r.updated_at,
            };
            format!("{}.{}.{}", u8::from(r.urgent), t.timestamp_micros(), r.id)
        })
    });
    Ok(HttpResponse::Ok().json(json!({ "cases": cases, "next": next.flatten() })))
}

/// A place to hold one encrypted file in memory while it is sent
/// (`limits.max_concurrent_downloads`), waited for up to `limits.busy_wait_ms`.
async fn download_place(state: &AppState) -> Result<tokio::sync::OwnedSemaphorePermit, ApiError> {
    let wait = std::time::Duration::from_millis(state.settings.limits.busy_wait_ms);
    match tokio::time::timeout(wait, state.downloads.clone().acquire_owned()).await {
        Ok(Ok(permit)) => Ok(permit),
        _ => Err(ApiError::busy()),
    }
}

/// `GET /api/v1/cases/{case}/attachments/{id}`: one encrypted file of a case, as
/// raw bytes, for decryption on the officer's device. Each fetch is audited.
#[get("/cases/{case}/attachments/{id}")]
pub async fn get_attachment(
    state: web::Data<AppState>,
    req: HttpRequest,
    path: web::Path<(String, String)>,
) -> Result<HttpResponse, ApiError> {
    let s = auth::officer(&state, &req, false).await?;
    let (case, id) = path.into_inner();
    let (report, _) = case_for(&state, &s, &case).await?;
    let not_found = || ApiError::NotFound("no such attachment in this case".into());
    let id: i64 = id.parse().map_err(|_| not_found())?;
    let _place = download_place(&state).await?;
    let bytes = attachments::fetch(&state.db, &s.officer.login, &report, id)
        .await?
        .ok_or_else(not_found)?;
    Ok(thread::age_file(bytes))
}

/// `GET /api/v1/cases/{case}?from=`: metadata and one page of the thread's
/// envelopes, for decryption on the officer's own device. The first page's fetch
/// is audited; the last page marks the thread read.
#[get("/cases/{case}")]
pub async fn get_case(
    state: web::Data<AppState>,
    req: HttpRequest,
    path: web::Path<String>,
    query: web::Query<PageQuery>,
) -> Result<HttpResponse, ApiError> {
    let s = auth::officer(&state, &req, false).await?;
    let (report, unit) = case_for(&state, &s, &path).await?;
    let history = reports::history(&state.db, report.id).await?;
    let visible = thread::visible(&state, report.id, Reader::Officer).await?;
    let (messages, next) =
        thread::page(&state, report.id, &visible, Reader::Officer, query.from).await?;
    if query.from == 0 {
        reports::audit_fetch(&state.db, &s.officer.login, &report.case_ref).await?;
    }
    if let (None, Some(last)) = (next, visible.last()) {
        console_store::mark_read(&state.db, s.officer.id, report.id, last.id).await?;
    }
    let referrals: Vec<_> = reports::referrals_of(&state.db, report.id)
        .await?
        .iter()
        .map(|r| json!({ "partner": r.partner, "at": reports::rfc3339(r.created_at) }))
        .collect();
    let assigned_to = match report.assigned_to {
        Some(id) => console_store::officers_by_id(&state.db, vec![id])
            .await?
            .into_iter()
            .next()
            .map(|o| o.login),
        None => None,
    };
    let reencryption = match crate::store::reencryptions::pending(&state.db, report.id).await? {
        Some(p) => {
            let by = console_store::officers_by_id(&state.db, vec![p.officer_id])
                .await?
                .into_iter()
                .next()
                .map(|o| o.login);
            let from = crate::store::units::get(&state.db, p.from_unit_id).await?;
            let restorable =
                crate::store::reencryptions::restorable(&state.db, &report, &p).await?;
            json!({
                "at": reports::rfc3339(p.created_at),
                "by": by,
                "from_unit": from.slug,
                "kept_until": reports::rfc3339(p.purge_after),
                "restorable": restorable,
            })
        }
        None => serde_json::Value::Null,
    };
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
        "assigned_to": assigned_to,
        "referral_consent": report.referral_consent,
        "referrals": referrals,
        "reencryption": reencryption,
        "purged_at": report.purged_at.map(reports::rfc3339),
        "flag": flag_json(&state, &report),
        "history": thread::history_json(&history, Reader::Officer),
        "message_count": visible.len(),
        "messages": messages,
        "next": next,
    })))
}

/// `GET /api/v1/cases/{case}/messages/{id}`: one envelope of a case, as raw bytes.
#[get("/cases/{case}/messages/{id}")]
pub async fn get_message(
    state: web::Data<AppState>,
    req: HttpRequest,
    path: web::Path<(String, String)>,
) -> Result<HttpResponse, ApiError> {
    let s = auth::officer(&state, &req, false).await?;
    let (case, id) = path.into_inner();
    let (report, _) = case_for(&state, &s, &case).await?;
    thread::one_envelope(&state, report.id, id.parse().ok()).await
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
    let s = auth::officer(&state, &req, true).await?;
    let body: StatusBody = read_json(&state, &req, payload, limit.0).await?;
    let status = Status::parse(&body.status).map_err(|m| ApiError::bad("invalid_status", m))?;
    let outcome = body
        .outcome
        .as_deref()
        .map(Outcome::parse)
        .transpose()
        .map_err(|m| ApiError::bad("invalid_outcome", m))?;
    let (report, _) = case_for(&state, &s, &path).await?;
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
    /// The unit's key-set version the client encrypted to (recommended: a stale one
    /// is refused with the fresh set).
    #[serde(default)]
    key_set: Option<i64>,
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
    post_to_thread(&state, &req, &path, payload, limit.0, ThreadPost::Reply).await
}

/// What an officer adds to a thread.
enum ThreadPost {
    /// To the reporter and the unit: N + 1 stanzas.
    Reply,
    /// To the unit only: N stanzas.
    Note,
}

async fn post_to_thread(
    state: &AppState,
    req: &HttpRequest,
    case: &str,
    payload: web::Payload,
    limit: usize,
    kind: ThreadPost,
) -> Result<HttpResponse, ApiError> {
    let s = auth::officer(state, req, true).await?;
    let body: ReplyBody = read_json(state, req, payload, limit).await?;
    let envelope =
        AgeEnvelope::from_base64(&body.envelope, state.settings.limits.max_envelope_bytes)?;
    let (report, _) = case_for(state, &s, case).await?;
    let (id, login) = (s.officer.id, s.officer.login.clone());
    let sender = match kind {
        ThreadPost::Reply => reports::Sender::Officer { id, login },
        ThreadPost::Note => reports::Sender::Note { id, login },
    };
    let msg =
        cases::add_message(state, &report, sender, envelope, Vec::new(), body.key_set).await?;
    Ok(HttpResponse::Created()
        .json(json!({ "case": report.case_ref, "at": reports::rfc3339(msg.created_at) })))
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AssignBody {
    login: Option<String>,
}

/// `POST /api/v1/cases/{case}/assign`: to a member of the case's unit, or to nobody.
#[post("/cases/{case}/assign")]
pub async fn assign(
    state: web::Data<AppState>,
    req: HttpRequest,
    path: web::Path<String>,
    payload: web::Payload,
    limit: web::Data<BodyLimit>,
) -> Result<HttpResponse, ApiError> {
    let s = auth::officer(&state, &req, true).await?;
    let body: AssignBody = read_json(&state, &req, payload, limit.0).await?;
    let (report, _) = case_for(&state, &s, &path).await?;
    let to = match body.login.as_deref() {
        None => None,
        Some(login) => {
            let login =
                OfficerLogin::parse(login).map_err(|m| ApiError::bad("invalid_login", m))?;
            let members = console_store::members(&state.db, report.unit_id).await?;
            let member = members
                .into_iter()
                .map(|(o, _)| o)
                .find(|o| o.login == login.as_str() && o.active)
                .ok_or_else(|| {
                    ApiError::bad(
                        "not_a_member",
                        "that officer is not an active member of this case's unit",
                    )
                })?;
            Some(member)
        }
    };
    let case = report.case_ref.clone();
    console_store::assign(&state.db, &s.officer.login, report, to.as_ref()).await?;
    Ok(HttpResponse::Ok().json(json!({ "case": case, "assigned_to": to.map(|o| o.login) })))
}

/// `POST /api/v1/cases/{case}/notes`: an internal note, encrypted to the unit only.
#[post("/cases/{case}/notes")]
pub async fn note(
    state: web::Data<AppState>,
    req: HttpRequest,
    path: web::Path<String>,
    payload: web::Payload,
    limit: web::Data<BodyLimit>,
) -> Result<HttpResponse, ApiError> {
    post_to_thread(&state, &req, &path, payload, limit.0, ThreadPost::Note).await
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ReencryptedEnvelope {
    id: i64,
    envelope: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ReencryptBody {
    unit: String,
    key_set: i64,
    envelopes: Vec<ReencryptedEnvelope>,
    /// Every attachment of the case, re-encrypted the same way.
    #[serde(default)]
    attachments: Vec<ReencryptedEnvelope>,
}

/// `POST /api/v1/cases/{case}/reencrypt`: every envelope of the case, decrypted and
/// re-encrypted on the officer's device to `unit`'s current set. Another unit is a
/// transfer (the old unit loses access); the same unit is a re-key after a change.
#[post("/cases/{case}/reencrypt")]
pub async fn reencrypt(
    state: web::Data<AppState>,
    req: HttpRequest,
    path: web::Path<String>,
    payload: web::Payload,
) -> Result<HttpResponse, ApiError> {
    let s = auth::officer(&state, &req, true).await?;
    // A whole case in one body: it takes an upload place like an attachment does.
    let _room = upload_room(&state, &req)?;
    let limit = state.settings.limits.max_reencrypt_body_bytes;
    let body: ReencryptBody = read_json(&state, &req, payload, limit).await?;
    let report = supervised_case(&state, &s, &path).await?;
    let slug =
        crate::domain::UnitSlug::parse(&body.unit).map_err(|m| ApiError::bad("unknown_unit", m))?;
    let target = crate::store::units::find(&state.db, &slug)
        .await?
        .filter(|u| state.routing.unit(&u.slug).is_some())
        .ok_or_else(|| ApiError::bad("unknown_unit", "no such unit"))?;
    let pair = |e: ReencryptedEnvelope| cases::Reencrypted {
        id: e.id,
        envelope: e.envelope,
    };
    let updated = cases::reencrypt(
        &state,
        &s.officer,
        &report,
        &target,
        body.key_set,
        body.envelopes.into_iter().map(pair).collect(),
        body.attachments.into_iter().map(pair).collect(),
    )
    .await?;
    Ok(HttpResponse::Ok().json(json!({
        "case": updated.case_ref,
        "unit": target.slug,
        "key_set": target.key_set,
    })))
}

/// `POST /api/v1/cases/{case}/reencrypt/confirm`: the supervisor's device opened
/// every envelope and file of the case as it is now; what the last transfer or
/// re-key replaced is deleted.
#[post("/cases/{case}/reencrypt/confirm")]
pub async fn confirm_reencryption(
    state: web::Data<AppState>,
    req: HttpRequest,
    path: web::Path<String>,
) -> Result<HttpResponse, ApiError> {
    let s = auth::officer(&state, &req, true).await?;
    let report = supervised_case(&state, &s, &path).await?;
    cases::confirm_reencryption(&state, &s.officer, &report).await?;
    Ok(HttpResponse::Ok().json(json!({ "case": report.case_ref, "reencryption": null })))
}

/// `POST /api/v1/cases/{case}/reencrypt/restore`: puts back what the last transfer
/// or re-key replaced, and the case in the unit those versions are encrypted to.
#[post("/cases/{case}/reencrypt/restore")]
pub async fn restore_reencryption(
    state: web::Data<AppState>,
    req: HttpRequest,
    path: web::Path<String>,
) -> Result<HttpResponse, ApiError> {
    let s = auth::officer(&state, &req, true).await?;
    let report = supervised_case(&state, &s, &path).await?;
    let restored = cases::restore_reencryption(&state, &s.officer, &report).await?;
    let now_in = crate::store::units::get(&state.db, restored.unit_id).await?;
    Ok(HttpResponse::Ok().json(json!({
        "case": restored.case_ref,
        "unit": now_in.slug,
        "reencryption": null,
    })))
}

/// A case's spam or abuse mark, and the hour its content will be purged.
fn flag_json(state: &AppState, report: &entities::report::Model) -> serde_json::Value {
    let (Some(kind), Some(at)) = (&report.flag, report.flagged_at) else {
        return serde_json::Value::Null;
    };
    let days = state.settings.retention.flagged_days;
    let purge_after = (days > 0).then(|| reports::rfc3339(at + chrono::TimeDelta::days(days)));
    json!({ "kind": kind, "at": reports::rfc3339(at), "purge_after": purge_after })
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FlagBody {
    /// `spam`, `abuse`, or null to remove the mark (required: a missing field is
    /// refused rather than read as a removal).
    flag: serde_json::Value,
}

/// `POST /api/v1/cases/{case}/flag`: a supervisor marks the case as spam or abuse
/// (it is closed, its follow-up code writes nothing more, and it is purged after
/// `retention.flagged_days`), or removes the mark.
#[post("/cases/{case}/flag")]
pub async fn flag(
    state: web::Data<AppState>,
    req: HttpRequest,
    path: web::Path<String>,
    payload: web::Payload,
    limit: web::Data<BodyLimit>,
) -> Result<HttpResponse, ApiError> {
    let s = auth::officer(&state, &req, true).await?;
    let body: FlagBody = read_json(&state, &req, payload, limit.0).await?;
    let flag = match &body.flag {
        serde_json::Value::Null => None,
        serde_json::Value::String(s) => Some(crate::domain::Flag::parse(s)),
        _ => Some(Err("use spam, abuse or null".to_string())),
    }
    .transpose()
    .map_err(|m| ApiError::bad("invalid_flag", m))?;
    let report = supervised_case(&state, &s, &path).await?;
    let updated = cases::set_flag(&state, &s.officer, &report, flag).await?;
    Ok(HttpResponse::Ok().json(json!({
        "case": updated.case_ref,
        "status": updated.status,
        "flag": flag_json(&state, &updated),
    })))
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RekeyQuery {
    unit: String,
    limit: Option<u64>,
}

/// `GET /api/v1/rekey?unit=`: open cases not yet encrypted to the unit's current
/// key set. Working through this list is resumable: done cases drop off it.
#[get("/rekey")]
pub async fn rekey_list(
    state: web::Data<AppState>,
    req: HttpRequest,
    query: web::Query<RekeyQuery>,
) -> Result<HttpResponse, ApiError> {
    let s = auth::officer(&state, &req, false).await?;
    let unit = s
        .unit(&query.unit)
        .cloned()
        .ok_or_else(|| ApiError::Forbidden("you are not a member of this unit".into()))?;
    let unit = crate::store::units::get(&state.db, unit.id).await?;
    let limit = query.limit.unwrap_or(100).clamp(1, 500);
    let (cases, remaining) = reports::stale_cases(&state.db, &unit, limit).await?;
    let (unconfirmed_cases, unconfirmed) =
        crate::store::reencryptions::of_unit(&state.db, unit.id, limit).await?;
    Ok(HttpResponse::Ok().json(json!({
        "unit": unit.slug,
        "key_set": unit.key_set,
        "remaining": remaining,
        "cases": cases,
        "unconfirmed": unconfirmed,
        "unconfirmed_cases": unconfirmed_cases,
    })))
}

/// `GET /api/v1/partners`: partner organisations and their keys.
#[get("/partners")]
pub async fn partners(
    state: web::Data<AppState>,
    req: HttpRequest,
) -> Result<HttpResponse, ApiError> {
    auth::officer(&state, &req, false).await?;
    let list: Vec<_> = state
        .routing
        .partners
        .iter()
        .map(|p| json!({ "slug": p.slug.as_str(), "name": p.name, "kind": p.kind, "recipients": p.recipients }))
        .collect();
    Ok(HttpResponse::Ok().json(json!({ "partners": list })))
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ReferBody {
    partner: String,
    envelope: String,
}

/// `POST /api/v1/cases/{case}/referrals`: a copy encrypted to a partner's keys, only
/// when the reporter consented; the reporter's history shows it.
#[post("/cases/{case}/referrals")]
pub async fn refer(
    state: web::Data<AppState>,
    req: HttpRequest,
    path: web::Path<String>,
    payload: web::Payload,
    limit: web::Data<BodyLimit>,
) -> Result<HttpResponse, ApiError> {
    let s = auth::officer(&state, &req, true).await?;
    let body: ReferBody = read_json(&state, &req, payload, limit.0).await?;
    let partner = state
        .routing
        .partner(&body.partner)
        .ok_or_else(|| ApiError::bad("unknown_partner", "no such partner organisation"))?;
    let envelope =
        AgeEnvelope::from_base64(&body.envelope, state.settings.limits.max_envelope_bytes)?;
    if envelope.x25519_stanzas() != partner.recipients.len() {
        return Err(ApiError::bad(
            "wrong_recipient_count",
            format!(
                "the envelope has {} X25519 recipients; this partner has {} keys",
                envelope.x25519_stanzas(),
                partner.recipients.len()
            ),
        ));
    }
    let (report, _) = case_for(&state, &s, &path).await?;
    let row = reports::refer(
        &state.db,
        s.officer.id,
        &s.officer.login,
        &report,
        partner.slug.as_str(),
        envelope,
    )
    .await
    .map_err(|e| match e {
        reports::ReferError::NoConsent => ApiError::conflict(
            "no_consent",
            "the reporter did not agree to a referral; it cannot be made",
        ),
        reports::ReferError::Store(e) => e.into(),
    })?;
    Ok(HttpResponse::Created().json(json!({
        "case": report.case_ref,
        "partner": row.partner,
        "status": "referred",
    })))
}
