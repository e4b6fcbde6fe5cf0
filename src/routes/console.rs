//! The officer console's own endpoints: sign-in with password and TOTP, sessions,
//! officers' keys, unit key management for supervisors, and the audit log for the
//! oversight body. Contract: docs/console.md.

use actix_web::http::header::SET_COOKIE;
use actix_web::{HttpRequest, HttpResponse, get, post, web};
use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use secrecy::SecretString;
use serde::Deserialize;
use serde_json::{Value, json};

use super::BodyLimit;
use super::auth::{self, ConsoleCaller, cookie_header, csrf_for};
use super::error::ApiError;
use super::json::read_json;
use crate::crypto::password::PasswordError;
use crate::crypto::{self, totp};
use crate::domain::{OfficerLogin, UnitSlug};
use crate::state::AppState;
use crate::store::audit::{self, Actor};
use crate::store::console::{self as console_store, Failure, SignIn};
use crate::store::officers::{self, OfficerSession, Role};
use crate::store::units::{self, RecipientKind};

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LoginBody {
    login: String,
    password: SecretString,
    #[serde(default)]
    totp: Option<String>,
}

const BAD_CREDENTIALS: ApiError = ApiError::Unauthorized(
    "invalid_credentials",
    "wrong login, password or code",
    "Cookie",
);

fn units_json(s: &OfficerSession) -> Vec<Value> {
    s.units
        .iter()
        .map(|(u, role)| json!({ "slug": u.slug, "name": u.name, "role": role.as_str() }))
        .collect()
}

/// An officer whose password checked out, and whether the account is locked (then
/// only the right TOTP code as well gets in, and nothing says the password was
/// right without it).
struct PasswordRight {
    officer: entities::officer::Model,
    locked: bool,
    /// Locked after wrong codes given with the right password: no code is checked
    /// until the lock ends.
    code_refused: bool,
}

/// Runs a sign-in attempt under the source's throttle: one attempt is charged
/// before the body is read or any password hashed, and given back when the
/// attempt succeeds, so that an officer is never held back by their own
/// successes. A `503` (queue full) is charged too: a flood that meets a full
/// queue then runs out of attempts at once and leaves the queue to others.
async fn attempt(
    state: &AppState,
    req: &HttpRequest,
    work: impl Future<Output = Result<HttpResponse, ApiError>>,
) -> Result<HttpResponse, ApiError> {
    let peer = req.peer_addr().map(|a| a.ip());
    state.signins.take(peer).map_err(too_many)?;
    let result = work.await;
    if result.is_ok() {
        state.signins.give_back(peer);
    }
    result
}

/// Checks the password of a sign-in attempt. An unknown login costs one hash on
/// the same workers, like a known one, and a failure is counted after the answer
/// is decided, so that both take the same time.
async fn check_password(state: &AppState, body: &LoginBody) -> Result<PasswordRight, ApiError> {
    let officer = match OfficerLogin::parse(body.login.trim()) {
        Ok(name) => officers::find(&state.db, &name).await?,
        Err(_) => None,
    };
    let hash = officer.as_ref().and_then(|o| o.password_hash.clone());
    let right = state
        .passwords
        .verify(&body.password, hash)
        .await
        .map_err(password_error)?;
    let officer = match (officer, right) {
        (Some(o), true) => o,
        (Some(o), false) => {
            count_failure_later(state, o, Failure::Password);
            return Err(BAD_CREDENTIALS);
        }
        (None, _) => return Err(BAD_CREDENTIALS),
    };
    if !officer.active {
        return Err(ApiError::Unauthorized(
            "officer_disabled",
            "this officer account is disabled",
            "Cookie",
        ));
    }
    let now = chrono::Utc::now();
    let locked = console_store::is_locked(&officer, now);
    let code_refused = console_store::code_check_refused(&officer, now, &state.settings.console);
    Ok(PasswordRight {
        officer,
        locked,
        code_refused,
    })
}

fn password_error(e: PasswordError) -> ApiError {
    match e {
        PasswordError::Busy => ApiError::busy(),
        other => ApiError::Internal(anyhow::anyhow!("password check: {other}")),
    }
}

fn too_many(secs: i64) -> ApiError {
    ApiError::TooManyAttempts {
        message: format!("too many sign-in attempts; try again in {secs} seconds"),
        retry_after: secs,
    }
}

/// Counts a failure off the answer's path: an unknown login has nothing to count
/// and must not answer sooner, and a wrong code must not answer later than a
/// wrong password (that would tell that the password was right).
fn count_failure_later(state: &AppState, officer: entities::officer::Model, failure: Failure) {
    let db = state.db.clone();
    let settings = state.settings.console.clone();
    tokio::spawn(async move {
        if let Err(e) = console_store::record_failure(&db, officer, failure, &settings).await {
            tracing::warn!(error = %e, "cannot count a failed sign-in");
        }
    });
}

async fn signed_in(
    state: &AppState,
    req: &HttpRequest,
    officer: entities::officer::Model,
    step: i64,
    enrolment: bool,
) -> Result<HttpResponse, ApiError> {
    let token = match console_store::sign_in(
        &state.db,
        officer.clone(),
        step,
        enrolment,
        &state.settings.console,
    )
    .await?
    {
        SignIn::Session { token } => token,
        SignIn::Replayed => {
            return Err(ApiError::Unauthorized(
                "totp_replayed",
                "this code was already used; wait for the next one",
                "Cookie",
            ));
        }
    };
    let signed = officers::session_for(&state.db, officer)
        .await
        .map_err(|_| BAD_CREDENTIALS)?;
    let max_age = state.settings.console.absolute_hours * 3600;
    Ok(HttpResponse::Ok()
        .insert_header((SET_COOKIE, cookie_header(state, req, Some(&token), max_age)))
        .json(json!({
            "status": "signed_in",
            "login": signed.officer.login,
            "name": signed.officer.display_name,
            "units": units_json(&signed),
            "csrf": csrf_for(&token),
        })))
}

/// `POST /console/api/login`.
#[post("/login")]
pub async fn login(
    state: web::Data<AppState>,
    req: HttpRequest,
    payload: web::Payload,
    limit: web::Data<BodyLimit>,
) -> Result<HttpResponse, ApiError> {
    attempt(&state, &req, async {
        let body: LoginBody = read_json(&state, &req, payload, limit.0).await?;
        let PasswordRight {
            officer,
            locked,
            code_refused,
        } = check_password(&state, &body).await?;
        let code = body.totp.as_deref().filter(|c| !c.trim().is_empty());
        match (officer.totp_secret.clone(), code) {
            // While locked, the password alone gets nowhere, and says nothing; an
            // account without a second factor is not offered enrolment.
            (None, _) | (_, None) if locked => Err(BAD_CREDENTIALS),
            // Wrong codes with the right password: no code is checked for now.
            (Some(_), Some(_)) if code_refused => Err(BAD_CREDENTIALS),
            (Some(secret), Some(code)) => {
                check_code(&state, &req, officer, &secret, code, false).await
            }
            (Some(_), None) => Err(ApiError::Unauthorized(
                "totp_required",
                "enter the code from your authenticator app",
                "Cookie",
            )),
            // Mandatory second factor: no session until an authenticator is enrolled.
            (None, _) => {
                let secret = console_store::begin_enrolment(&state.db, officer.clone()).await?;
                let uri =
                    totp::otpauth_uri(&state.settings.console.totp_issuer, &officer.login, &secret);
                let svg = totp::qr_svg(&uri).map_err(|e| ApiError::Internal(anyhow::anyhow!(e)))?;
                Ok(HttpResponse::Ok().json(json!({
                    "status": "enrolment_required",
                    "secret": totp::base32(&secret),
                    "otpauth": uri,
                    "qr_svg": svg,
                })))
            }
        }
    })
    .await
}

/// Signs in with a TOTP code of `secret` (the enrolled one, or the one offered for
/// enrolment); a wrong code counts as a failed attempt.
async fn check_code(
    state: &AppState,
    req: &HttpRequest,
    officer: entities::officer::Model,
    secret: &[u8],
    code: &str,
    enrolment: bool,
) -> Result<HttpResponse, ApiError> {
    match totp::verify(secret, code, chrono::Utc::now().timestamp()) {
        Some(step) => signed_in(state, req, officer, step, enrolment).await,
        None => {
            count_failure_later(state, officer, Failure::Code);
            Err(BAD_CREDENTIALS)
        }
    }
}

/// `POST /console/api/enrol`: confirms the offered TOTP secret with a code.
#[post("/enrol")]
pub async fn enrol(
    state: web::Data<AppState>,
    req: HttpRequest,
    payload: web::Payload,
    limit: web::Data<BodyLimit>,
) -> Result<HttpResponse, ApiError> {
    attempt(&state, &req, async {
        let body: LoginBody = read_json(&state, &req, payload, limit.0).await?;
        let PasswordRight {
            officer, locked, ..
        } = check_password(&state, &body).await?;
        let (Some(pending), Some(code), false) =
            (officer.totp_pending.clone(), body.totp.as_deref(), locked)
        else {
            return Err(BAD_CREDENTIALS);
        };
        check_code(&state, &req, officer, &pending, code, true).await
    })
    .await
}

/// `GET /console/api/session`.
#[get("/session")]
pub async fn session(
    state: web::Data<AppState>,
    req: HttpRequest,
) -> Result<HttpResponse, ApiError> {
    let c = auth::console(&state, &req, false).await?;
    let o = &c.officer.officer;
    let passkey = match (&o.passkey_credential, &o.passkey_wrapped_identity) {
        (Some(c), Some(w)) => json!({ "credential": c, "wrapped_identity": STANDARD.encode(w) }),
        _ => Value::Null,
    };
    let key = match (&o.recipient, &o.wrapped_identity) {
        (Some(r), Some(w)) => json!({
            "recipient": r,
            "wrapped_identity": STANDARD.encode(w),
            "passkey": passkey,
        }),
        _ => Value::Null,
    };
    Ok(HttpResponse::Ok().json(json!({
        "login": o.login,
        "name": o.display_name,
        "units": units_json(&c.officer),
        "csrf": csrf_for(&c.token),
        "key": key,
        "oversight": is_oversight(&state, &c.officer),
        "notify": { "email": o.email, "mode": o.notify_mode },
    })))
}

fn is_oversight(state: &AppState, s: &OfficerSession) -> bool {
    s.units
        .iter()
        .any(|(u, _)| state.routing.unit(&u.slug).is_some_and(|def| def.oversight))
}

async fn sign_out(
    state: &AppState,
    req: &HttpRequest,
    everywhere: bool,
) -> Result<HttpResponse, ApiError> {
    let c = auth::console(state, req, true).await?;
    let who = c.officer.officer.login.clone();
    console_store::sign_out(&state.db, c.session, &who, everywhere).await?;
    Ok(HttpResponse::NoContent()
        .insert_header((SET_COOKIE, cookie_header(state, req, None, 0)))
        .finish())
}

/// `POST /console/api/logout`.
#[post("/logout")]
pub async fn logout(
    state: web::Data<AppState>,
    req: HttpRequest,
) -> Result<HttpResponse, ApiError> {
    sign_out(&state, &req, false).await
}

/// `POST /console/api/logout-all`: every session of this officer.
#[post("/logout-all")]
pub async fn logout_all(
    state: web::Data<AppState>,
    req: HttpRequest,
) -> Result<HttpResponse, ApiError> {
    sign_out(&state, &req, true).await
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct KeyBody {
    recipient: String,
    wrapped_identity: String,
}

/// `POST /console/api/keys`: the officer's recipient and passphrase-wrapped identity.
#[post("/keys")]
pub async fn register_key(
    state: web::Data<AppState>,
    req: HttpRequest,
    payload: web::Payload,
    limit: web::Data<BodyLimit>,
) -> Result<HttpResponse, ApiError> {
    let c = auth::console(&state, &req, true).await?;
    let body: KeyBody = read_json(&state, &req, payload, limit.0).await?;
    let recipient = crypto::parse_recipient(&body.recipient)
        .map_err(|_| {
            ApiError::bad(
                "invalid_recipient",
                "recipient must be an age X25519 recipient (age1…)",
            )
        })?
        .to_string();
    let wrapped = wrapped_identity(
        &body.wrapped_identity,
        crypto::is_passphrase_file,
        "wrapped_identity must be a binary age file encrypted to a passphrase (scrypt)",
    )?;
    console_store::set_key(&state.db, c.officer.officer, &recipient, wrapped).await?;
    Ok(HttpResponse::Ok().json(json!({ "recipient": recipient })))
}

/// An officer's wrapped identity as sent (base64 of a small age file of the right
/// kind), or a `400 invalid_wrapped_identity` saying what is expected.
fn wrapped_identity(
    text: &str,
    is_right_kind: fn(&[u8]) -> bool,
    expected: &'static str,
) -> Result<Vec<u8>, ApiError> {
    let wrapped = STANDARD.decode(text.trim()).map_err(|_| {
        ApiError::bad(
            "invalid_wrapped_identity",
            "wrapped_identity must be standard base64",
        )
    })?;
    if wrapped.len() > 4096 || !is_right_kind(&wrapped) {
        return Err(ApiError::bad("invalid_wrapped_identity", expected));
    }
    Ok(wrapped)
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PasskeyBody {
    credential: String,
    wrapped_identity: String,
    /// The officer's recipient the copy was made for: if the key was replaced
    /// meanwhile (another tab), the copy holds the old identity and is refused.
    recipient: String,
}

/// `POST /console/api/keys/passkey`: the officer's identity wrapped by a passkey
/// (WebAuthn PRF) on their device, beside the passphrase-wrapped one.
#[post("/keys/passkey")]
pub async fn register_passkey(
    state: web::Data<AppState>,
    req: HttpRequest,
    payload: web::Payload,
    limit: web::Data<BodyLimit>,
) -> Result<HttpResponse, ApiError> {
    let c = auth::console(&state, &req, true).await?;
    let body: PasskeyBody = read_json(&state, &req, payload, limit.0).await?;
    let credential = body.credential.trim();
    let credential_ok = credential.len() <= 2048
        && credential.starts_with("AGE-PLUGIN-FIDO2PRF-1")
        && credential
            .chars()
            .all(|ch| ch.is_ascii_alphanumeric() || ch == '-');
    if !credential_ok {
        return Err(ApiError::bad(
            "invalid_credential",
            "credential must be the AGE-PLUGIN-FIDO2PRF-1… string createCredential returned",
        ));
    }
    let wrapped = wrapped_identity(
        &body.wrapped_identity,
        crypto::is_passkey_file,
        "wrapped_identity must be a binary age file wrapped by a passkey (fido2prf)",
    )?;
    let officer = c.officer.officer.clone();
    if officer.recipient.is_none() {
        return Err(ApiError::conflict(
            "no_key",
            "set up your key with a passphrase first",
        ));
    }
    let stored = console_store::add_passkey(
        &state.db,
        &officer,
        body.recipient.trim(),
        credential,
        wrapped,
    )
    .await?;
    if !stored {
        return Err(ApiError::conflict(
            "key_changed",
            "your key changed since this copy was made; unlock again and add the security key again",
        ));
    }
    Ok(HttpResponse::Ok().json(json!({ "passkey": true })))
}

/// `POST /console/api/keys/passkey/remove`.
#[post("/keys/passkey/remove")]
pub async fn remove_passkey(
    state: web::Data<AppState>,
    req: HttpRequest,
) -> Result<HttpResponse, ApiError> {
    let c = auth::console(&state, &req, true).await?;
    console_store::remove_passkey(&state.db, &c.officer.officer).await?;
    Ok(HttpResponse::Ok().json(json!({ "passkey": false })))
}

/// The unit of a path, if the caller is a member (a supervisor when `supervisor`).
fn member_unit<'a>(
    c: &'a ConsoleCaller,
    slug: &str,
    supervisor: bool,
) -> Result<&'a entities::unit::Model, ApiError> {
    let (unit, role) = c
        .officer
        .units
        .iter()
        .find(|(u, _)| u.slug == slug)
        .ok_or_else(|| ApiError::Forbidden("you are not a member of this unit".into()))?;
    if supervisor && *role != Role::Supervisor {
        return Err(ApiError::Forbidden(
            "only the unit's supervisors may do this".into(),
        ));
    }
    Ok(unit)
}

/// `GET /console/api/units/{slug}/members` (any member: assignment needs it).
#[get("/units/{slug}/members")]
pub async fn members(
    state: web::Data<AppState>,
    req: HttpRequest,
    slug: web::Path<String>,
) -> Result<HttpResponse, ApiError> {
    let c = auth::console(&state, &req, false).await?;
    let unit = member_unit(&c, &slug, false)?;
    let set = units::active_recipients(&state.db, unit.id).await?;
    let members: Vec<_> = console_store::members(&state.db, unit.id)
        .await?
        .into_iter()
        .map(|(o, role)| {
            json!({
                "login": o.login,
                "name": o.display_name,
                "role": role,
                "active": o.active,
                "in_set": o.recipient.as_ref().is_some_and(|r| set.contains(r)),
                "recipient": o.recipient,
            })
        })
        .collect();
    Ok(HttpResponse::Ok().json(json!({ "members": members })))
}

/// `GET /console/api/units/{slug}/keys`: the key history (supervisors).
#[get("/units/{slug}/keys")]
pub async fn key_history(
    state: web::Data<AppState>,
    req: HttpRequest,
    slug: web::Path<String>,
) -> Result<HttpResponse, ApiError> {
    let c = auth::console(&state, &req, false).await?;
    let unit = member_unit(&c, &slug, true)?;
    let rows = units::recipients_of(&state.db, unit.id).await?;
    let logins = console_store::officers_by_id(
        &state.db,
        rows.iter().filter_map(|r| r.officer_id).collect(),
    )
    .await?;
    let recipients: Vec<_> = rows
        .iter()
        .map(|r| {
            json!({
                "id": r.id,
                "kind": r.kind,
                "login": r.officer_id.and_then(|id| logins.iter().find(|o| o.id == id).map(|o| o.login.clone())),
                "label": r.label,
                "recipient": r.recipient,
                "active": r.active,
                "added_at": crate::store::reports::rfc3339(r.added_at),
                "revoked_at": r.revoked_at.map(crate::store::reports::rfc3339),
            })
        })
        .collect();
    let current = units::get(&state.db, unit.id).await?;
    Ok(HttpResponse::Ok().json(json!({ "key_set": current.key_set, "recipients": recipients })))
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AddRecipientBody {
    login: String,
}

/// `POST /console/api/units/{slug}/recipients`: adds a member's registered key.
#[post("/units/{slug}/recipients")]
pub async fn add_recipient(
    state: web::Data<AppState>,
    req: HttpRequest,
    slug: web::Path<String>,
    payload: web::Payload,
    limit: web::Data<BodyLimit>,
) -> Result<HttpResponse, ApiError> {
    let c = auth::console(&state, &req, true).await?;
    let body: AddRecipientBody = read_json(&state, &req, payload, limit.0).await?;
    let unit = member_unit(&c, &slug, true)?.clone();
    let member = console_store::members(&state.db, unit.id)
        .await?
        .into_iter()
        .map(|(o, _)| o)
        .find(|o| o.login == body.login)
        .ok_or_else(|| {
            ApiError::bad("not_a_member", "that officer is not a member of this unit")
        })?;
    if !member.active {
        return Err(ApiError::conflict(
            "officer_disabled",
            "that officer's account is disabled: their key cannot be added",
        ));
    }
    let recipient = member.recipient.clone().ok_or(ApiError::conflict(
        "no_key",
        "that officer has not set up a key yet",
    ))?;
    let slug = UnitSlug::parse(&unit.slug).map_err(|m| ApiError::Internal(anyhow::anyhow!(m)))?;
    units::add_recipient(
        &state.db,
        &Actor::Officer(c.officer.officer.login.clone()),
        &slug,
        &recipient,
        RecipientKind::Officer,
        Some(member.id),
        &format!("{} (console)", member.login),
    )
    .await
    .map_err(|e| match e {
        crate::store::StoreError::Invalid(m) => ApiError::conflict("already_in_set", m),
        other => other.into(),
    })?;
    let current = units::get(&state.db, unit.id).await?;
    Ok(HttpResponse::Ok().json(json!({ "key_set": current.key_set })))
}

/// `POST /console/api/units/{slug}/recipients/{id}/revoke`.
#[post("/units/{slug}/recipients/{id}/revoke")]
pub async fn revoke_recipient(
    state: web::Data<AppState>,
    req: HttpRequest,
    path: web::Path<(String, i32)>,
) -> Result<HttpResponse, ApiError> {
    let (slug, id) = path.into_inner();
    let c = auth::console(&state, &req, true).await?;
    let unit = member_unit(&c, &slug, true)?.clone();
    let belongs = units::recipients_of(&state.db, unit.id)
        .await?
        .iter()
        .any(|r| r.id == id);
    if !belongs {
        return Err(ApiError::NotFound("no such recipient in this unit".into()));
    }
    units::revoke_recipient(
        &state.db,
        &Actor::Officer(c.officer.officer.login.clone()),
        id,
    )
    .await
    .map_err(|e| match e {
        crate::store::StoreError::Invalid(m) => ApiError::bad("cannot_revoke", m),
        other => other.into(),
    })?;
    let current = units::get(&state.db, unit.id).await?;
    Ok(HttpResponse::Ok().json(json!({ "key_set": current.key_set })))
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AuditQuery {
    limit: Option<u64>,
    before: Option<i64>,
}

/// `GET /console/api/audit`: the oversight body reads the audit log; officers do not.
#[get("/audit")]
pub async fn audit_log(
    state: web::Data<AppState>,
    req: HttpRequest,
    query: web::Query<AuditQuery>,
) -> Result<HttpResponse, ApiError> {
    let c = auth::console(&state, &req, false).await?;
    if !is_oversight(&state, &c.officer) {
        return Err(ApiError::Forbidden(
            "only the oversight body reads the audit log".into(),
        ));
    }
    let limit = query.limit.unwrap_or(100).clamp(1, 500);
    let rows = audit::entries(&state.db, limit, query.before).await?;
    let verdict = audit::verify(&state.db).await?;
    let entries: Vec<_> = rows
        .iter()
        .map(|e| {
            json!({
                "seq": e.seq,
                "at": crate::store::reports::rfc3339(e.at),
                "actor": e.actor,
                "action": e.action,
                "subject": e.subject,
            })
        })
        .collect();
    Ok(HttpResponse::Ok().json(json!({
        "entries": entries,
        "verified": verdict.is_ok(),
        "fault": verdict.err().map(|f| f.to_string()),
    })))
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PreferencesBody {
    email: Option<String>,
    notify: String,
}

/// `POST /console/api/preferences`: the officer's own notification address and
/// choice: each event, a digest, or off. Urgent reports always notify at once.
#[post("/preferences")]
pub async fn preferences(
    state: web::Data<AppState>,
    req: HttpRequest,
    payload: web::Payload,
    limit: web::Data<BodyLimit>,
) -> Result<HttpResponse, ApiError> {
    let c = auth::console(&state, &req, true).await?;
    let body: PreferencesBody = read_json(&state, &req, payload, limit.0).await?;
    let mode = console_store::NotifyMode::parse(&body.notify)
        .ok_or_else(|| ApiError::bad("invalid_notify", "notify is each, digest or off"))?;
    let email = match body
        .email
        .as_deref()
        .map(str::trim)
        .filter(|e| !e.is_empty())
    {
        None => None,
        Some(e) => {
            e.parse::<lettre::Address>()
                .map_err(|_| ApiError::bad("invalid_email", "that is not an e-mail address"))?;
            Some(e.to_string())
        }
    };
    if mode != console_store::NotifyMode::Off && email.is_none() {
        return Err(ApiError::bad(
            "invalid_email",
            "give an address to be notified at",
        ));
    }
    console_store::set_preferences(&state.db, c.officer.officer, email.clone(), mode).await?;
    Ok(HttpResponse::Ok().json(json!({ "email": email, "notify": mode.as_str() })))
}
