//! Officer sign-in state: passwords, TOTP, throttling, console sessions, officers'
//! own keys, assignment and read state.

use chrono::{DateTime, TimeDelta, Utc};
use entities::{case_read, console_session, officer, officer_unit, report};
use sea_orm::sea_query::{Expr, OnConflict};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, Condition, DatabaseConnection, EntityTrait, QueryFilter,
    QueryOrder, Set,
};

use super::audit::Actor;
use super::{StoreError, WriteTx, ctx, now};
use crate::crypto::{self, sha256};
use crate::settings::ConsoleSettings;

/// Stores a new password's hash (a PHC string from `PasswordWorkers::hash`).
pub async fn set_password(
    db: &DatabaseConnection,
    actor: &Actor,
    officer: officer::Model,
    hash: String,
) -> Result<(), StoreError> {
    let mut tx = WriteTx::begin(db).await?;
    let login = officer.login.clone();
    let mut am: officer::ActiveModel = officer.into();
    am.password_hash = Set(Some(hash));
    am.failed_logins = Set(0);
    am.code_failures = Set(0);
    am.locked_until = Set(None);
    let officer_id = *am.id.as_ref();
    am.update(tx.conn())
        .await
        .map_err(ctx("setting a password"))?;
    // A new password ends every console session and API token of the account.
    crate::store::officers::end_access(&mut tx, officer_id).await?;
    tx.audit(actor, "officer.password", &login).await?;
    tx.commit().await
}

/// Whether the account is locked now.
pub fn is_locked(officer: &officer::Model, at: DateTime<Utc>) -> bool {
    officer.locked_until.is_some_and(|until| until > at)
}

/// Whether a lock also refuses the code check now: the account is locked and
/// `max_failures` wrong codes came with the right password. Wrong passwords alone
/// never get it there, so knowing a login cannot keep its officer out.
pub fn code_check_refused(
    officer: &officer::Model,
    at: DateTime<Utc>,
    settings: &ConsoleSettings,
) -> bool {
    is_locked(officer, at) && officer.code_failures >= settings.max_failures
}

/// What a failed sign-in got wrong.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Failure {
    Password,
    /// The right password with a wrong code.
    Code,
}

/// Counts a failed sign-in; past the threshold the account locks, for longer each
/// time.
pub async fn record_failure(
    db: &DatabaseConnection,
    officer: officer::Model,
    failure: Failure,
    settings: &ConsoleSettings,
) -> Result<(), StoreError> {
    let login = officer.login.clone();
    let mut tx = WriteTx::begin(db).await?;
    // Counted in the database, not from the row read before: parallel guesses
    // each count.
    let mut update = officer::Entity::update_many().col_expr(
        officer::Column::FailedLogins,
        sea_orm::sea_query::ExprTrait::add(Expr::col(officer::Column::FailedLogins), 1),
    );
    if failure == Failure::Code {
        update = update.col_expr(
            officer::Column::CodeFailures,
            sea_orm::sea_query::ExprTrait::add(Expr::col(officer::Column::CodeFailures), 1),
        );
    }
    update
        .filter(officer::Column::Id.eq(officer.id))
        .exec(tx.conn())
        .await
        .map_err(ctx("counting a failed sign-in"))?;
    let fresh = officer::Entity::find_by_id(officer.id)
        .one(tx.conn())
        .await
        .map_err(ctx("reading an officer"))?
        .ok_or_else(|| StoreError::NotFound(format!("officer {login}")))?;
    let over = fresh.failed_logins - settings.max_failures;
    if over >= 0 {
        let secs = settings.lockout_seconds.saturating_mul(1 << over.min(10));
        let mut am: officer::ActiveModel = fresh.into();
        am.locked_until = Set(Some(now() + TimeDelta::seconds(secs)));
        am.update(tx.conn())
            .await
            .map_err(ctx("locking an account"))?;
    }
    tx.audit(
        &Actor::Officer(login.clone()),
        "console.signin_failed",
        &login,
    )
    .await?;
    tx.commit().await
}

/// Offers a new TOTP secret for enrolment (replacing any earlier offer).
pub async fn begin_enrolment(
    db: &DatabaseConnection,
    officer: officer::Model,
) -> Result<Vec<u8>, StoreError> {
    let secret = crypto::totp::generate_secret();
    let mut am: officer::ActiveModel = officer.into();
    am.totp_pending = Set(Some(secret.clone()));
    am.update(db).await.map_err(ctx("offering a TOTP secret"))?;
    Ok(secret)
}

/// Accepts a TOTP step for an officer, once: the conditional update makes a
/// replayed or concurrent second use of the same code fail.
async fn accept_step(tx: &WriteTx, officer_id: i32, step: i64) -> Result<bool, StoreError> {
    let res = officer::Entity::update_many()
        .col_expr(officer::Column::TotpLastStep, Expr::value(Some(step)))
        .filter(officer::Column::Id.eq(officer_id))
        .filter(
            Condition::any()
                .add(officer::Column::TotpLastStep.is_null())
                .add(officer::Column::TotpLastStep.lt(step)),
        )
        .exec(tx.conn())
        .await
        .map_err(ctx("recording a TOTP step"))?;
    Ok(res.rows_affected == 1)
}

pub enum SignIn {
    Session { token: String },
    Replayed,
}

/// Completes a sign-in after password and TOTP checked out: records the step,
/// confirms a pending enrolment, resets failures and opens a session.
pub async fn sign_in(
    db: &DatabaseConnection,
    officer: officer::Model,
    step: i64,
    enrolment: bool,
    settings: &ConsoleSettings,
) -> Result<SignIn, StoreError> {
    let mut tx = WriteTx::begin(db).await?;
    if !accept_step(&tx, officer.id, step).await? {
        return Ok(SignIn::Replayed);
    }
    let login = officer.login.clone();
    let officer_id = officer.id;
    let pending = officer.totp_pending.clone();
    let mut am: officer::ActiveModel = officer.into();
    am.failed_logins = Set(0);
    am.code_failures = Set(0);
    am.locked_until = Set(None);
    am.totp_last_step = Set(Some(step));
    if enrolment {
        am.totp_secret = Set(pending);
        am.totp_pending = Set(None);
    }
    am.update(tx.conn()).await.map_err(ctx("signing in"))?;
    let token = base64::Engine::encode(
        &base64::engine::general_purpose::URL_SAFE_NO_PAD,
        crypto::random_bytes::<32>(),
    );
    let at = now();
    console_session::ActiveModel {
        officer_id: Set(officer_id),
        token_digest: Set(sha256(token.as_bytes()).to_vec()),
        created_at: Set(at),
        last_seen_at: Set(at),
        expires_at: Set(at + TimeDelta::hours(settings.absolute_hours)),
        ..Default::default()
    }
    .insert(tx.conn())
    .await
    .map_err(ctx("opening a session"))?;
    let action = if enrolment {
        "console.enrol"
    } else {
        "console.signin"
    };
    tx.audit(&Actor::Officer(login.clone()), action, &login)
        .await?;
    tx.commit().await?;
    Ok(SignIn::Session { token })
}

#[derive(Debug, thiserror::Error)]
pub enum SessionError {
    #[error("no such session")]
    Unknown,
    #[error("the session has expired")]
    Expired,
    #[error(transparent)]
    Store(#[from] StoreError),
}

/// The officer behind a session cookie; enforces idle and absolute timeouts and
/// keeps the session alive.
pub async fn session(
    db: &DatabaseConnection,
    token: &str,
    settings: &ConsoleSettings,
) -> Result<(console_session::Model, officer::Model), SessionError> {
    let digest = sha256(token.as_bytes()).to_vec();
    let session = console_session::Entity::find()
        .filter(console_session::Column::TokenDigest.eq(digest))
        .one(db)
        .await
        .map_err(ctx("reading a session"))?
        .ok_or(SessionError::Unknown)?;
    let at = now();
    let idle = session.last_seen_at + TimeDelta::minutes(settings.idle_minutes);
    if session.expires_at <= at || idle <= at {
        console_session::Entity::delete_by_id(session.id)
            .exec(db)
            .await
            .map_err(ctx("ending an expired session"))?;
        return Err(SessionError::Expired);
    }
    let officer = officer::Entity::find_by_id(session.officer_id)
        .one(db)
        .await
        .map_err(ctx("reading an officer"))?
        .ok_or(SessionError::Unknown)?;
    // Writing on every request would serialise reads; a minute's precision is enough.
    if at - session.last_seen_at > TimeDelta::seconds(60) {
        let mut am: console_session::ActiveModel = session.clone().into();
        am.last_seen_at = Set(at);
        am.update(db).await.map_err(ctx("touching a session"))?;
    }
    Ok((session, officer))
}

pub async fn sign_out(
    db: &DatabaseConnection,
    session: console_session::Model,
    login: &str,
    everywhere: bool,
) -> Result<(), StoreError> {
    let mut tx = WriteTx::begin(db).await?;
    let q = console_session::Entity::delete_many();
    let q = if everywhere {
        q.filter(console_session::Column::OfficerId.eq(session.officer_id))
    } else {
        q.filter(console_session::Column::Id.eq(session.id))
    };
    q.exec(tx.conn()).await.map_err(ctx("ending sessions"))?;
    let action = if everywhere {
        "console.signout_all"
    } else {
        "console.signout"
    };
    tx.audit(&Actor::Officer(login.to_string()), action, login)
        .await?;
    tx.commit().await
}

/// Stores the officer's own recipient and passphrase-wrapped identity.
pub async fn set_key(
    db: &DatabaseConnection,
    officer: officer::Model,
    recipient: &str,
    wrapped: Vec<u8>,
) -> Result<(), StoreError> {
    let mut tx = WriteTx::begin(db).await?;
    let login = officer.login.clone();
    let mut am: officer::ActiveModel = officer.into();
    am.recipient = Set(Some(recipient.to_string()));
    am.wrapped_identity = Set(Some(wrapped));
    // A passkey copy held the previous identity.
    am.passkey_credential = Set(None);
    am.passkey_wrapped_identity = Set(None);
    am.update(tx.conn())
        .await
        .map_err(ctx("storing an officer's key"))?;
    tx.audit(
        &Actor::Officer(login.clone()),
        "key.register",
        &format!("{login} {recipient}"),
    )
    .await?;
    tx.commit().await
}

/// Stores the officer's identity wrapped by a passkey, only while their key is still
/// `recipient` (the one the copy was made of). `false`: the key changed; nothing
/// was stored.
pub async fn add_passkey(
    db: &DatabaseConnection,
    officer: &officer::Model,
    recipient: &str,
    credential: &str,
    wrapped: Vec<u8>,
) -> Result<bool, StoreError> {
    use sea_orm::sea_query::Expr;
    let mut tx = WriteTx::begin(db).await?;
    let done = officer::Entity::update_many()
        .col_expr(
            officer::Column::PasskeyCredential,
            Expr::value(Some(credential.to_string())),
        )
        .col_expr(
            officer::Column::PasskeyWrappedIdentity,
            Expr::value(Some(wrapped)),
        )
        .filter(officer::Column::Id.eq(officer.id))
        .filter(officer::Column::Recipient.eq(recipient))
        .exec(tx.conn())
        .await
        .map_err(ctx("storing an officer's passkey"))?;
    if done.rows_affected == 0 {
        return Ok(false);
    }
    tx.audit(
        &Actor::Officer(officer.login.clone()),
        "key.passkey",
        &officer.login,
    )
    .await?;
    tx.commit().await?;
    Ok(true)
}

/// Drops the officer's passkey copy; the passphrase copy stays.
pub async fn remove_passkey(
    db: &DatabaseConnection,
    officer: &officer::Model,
) -> Result<(), StoreError> {
    let mut tx = WriteTx::begin(db).await?;
    let mut am: officer::ActiveModel = officer.clone().into();
    am.passkey_credential = Set(None);
    am.passkey_wrapped_identity = Set(None);
    am.update(tx.conn())
        .await
        .map_err(ctx("removing an officer's passkey"))?;
    tx.audit(
        &Actor::Officer(officer.login.clone()),
        "key.passkey_remove",
        &officer.login,
    )
    .await?;
    tx.commit().await
}

/// Members of a unit with their role.
pub async fn members(
    db: &DatabaseConnection,
    unit_id: i32,
) -> Result<Vec<(officer::Model, String)>, StoreError> {
    let rows = officer_unit::Entity::find()
        .filter(officer_unit::Column::UnitId.eq(unit_id))
        .all(db)
        .await
        .map_err(ctx("listing members"))?;
    let mut out = Vec::new();
    for m in rows {
        if let Some(o) = officer::Entity::find_by_id(m.officer_id)
            .one(db)
            .await
            .map_err(ctx("reading a member"))?
        {
            out.push((o, m.role));
        }
    }
    out.sort_by(|a, b| a.0.login.cmp(&b.0.login));
    Ok(out)
}

pub async fn assign(
    db: &DatabaseConnection,
    actor_login: &str,
    report: report::Model,
    to: Option<&officer::Model>,
) -> Result<(), StoreError> {
    let mut tx = WriteTx::begin(db).await?;
    let case = report.case_ref.clone();
    let mut am: report::ActiveModel = report.into();
    am.assigned_to = Set(to.map(|o| o.id));
    am.update(tx.conn())
        .await
        .map_err(ctx("assigning a case"))?;
    tx.audit(
        &Actor::Officer(actor_login.to_string()),
        "case.assign",
        &format!("{case} {}", to.map(|o| o.login.as_str()).unwrap_or("-")),
    )
    .await?;
    tx.commit().await
}

/// Remembers the newest message an officer has fetched for a case.
pub async fn mark_read(
    db: &DatabaseConnection,
    officer_id: i32,
    report_id: i64,
    last_message_id: i64,
) -> Result<(), StoreError> {
    case_read::Entity::insert(case_read::ActiveModel {
        officer_id: Set(officer_id),
        report_id: Set(report_id),
        last_message_id: Set(last_message_id),
    })
    .on_conflict(
        OnConflict::columns([case_read::Column::OfficerId, case_read::Column::ReportId])
            .update_column(case_read::Column::LastMessageId)
            .to_owned(),
    )
    .exec(db)
    .await
    .map_err(ctx("marking a case read"))?;
    Ok(())
}

pub async fn officers_by_id(
    db: &DatabaseConnection,
    ids: Vec<i32>,
) -> Result<Vec<officer::Model>, StoreError> {
    officer::Entity::find()
        .filter(officer::Column::Id.is_in(ids))
        .order_by_asc(officer::Column::Id)
        .all(db)
        .await
        .map_err(ctx("reading officers"))
}

/// The officer's read marks for these reports: report id → last message id seen.
pub async fn read_marks(
    db: &DatabaseConnection,
    officer_id: i32,
    report_ids: &[i64],
) -> Result<std::collections::HashMap<i64, i64>, StoreError> {
    Ok(case_read::Entity::find()
        .filter(case_read::Column::OfficerId.eq(officer_id))
        .filter(case_read::Column::ReportId.is_in(report_ids.to_vec()))
        .all(db)
        .await
        .map_err(ctx("reading read marks"))?
        .into_iter()
        .map(|r| (r.report_id, r.last_message_id))
        .collect())
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NotifyMode {
    Each,
    Digest,
    Off,
}

impl NotifyMode {
    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "each" => Some(Self::Each),
            "digest" => Some(Self::Digest),
            "off" => Some(Self::Off),
            _ => None,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Each => "each",
            Self::Digest => "digest",
            Self::Off => "off",
        }
    }
}

pub async fn set_preferences(
    db: &DatabaseConnection,
    officer: officer::Model,
    email: Option<String>,
    mode: NotifyMode,
) -> Result<(), StoreError> {
    let mut tx = WriteTx::begin(db).await?;
    let login = officer.login.clone();
    // Choosing the digest starts its period now: what happened before was already
    // mailed (or, with `off`, not wanted), so the first digest comes one period on.
    let starts_digest =
        matches!(mode, NotifyMode::Digest) && officer.notify_mode != NotifyMode::Digest.as_str();
    let mut am: officer::ActiveModel = officer.into();
    am.email = Set(email);
    am.notify_mode = Set(mode.as_str().into());
    if starts_digest {
        am.digest_sent_at = Set(Some(now()));
    }
    am.update(tx.conn())
        .await
        .map_err(ctx("saving notification preferences"))?;
    tx.audit(
        &Actor::Officer(login.clone()),
        "officer.preferences",
        &login,
    )
    .await?;
    tx.commit().await
}

/// Personal addresses to tell at once about an event in a unit: officers who want
/// each event, and for urgent reports those who chose a digest too.
pub async fn immediate_addresses(
    db: &DatabaseConnection,
    unit_id: i32,
    urgent: bool,
) -> Result<Vec<String>, StoreError> {
    Ok(members(db, unit_id)
        .await?
        .into_iter()
        .map(|(o, _)| o)
        .filter(|o| o.active)
        .filter(|o| o.notify_mode == "each" || (urgent && o.notify_mode == "digest"))
        .filter_map(|o| o.email)
        .collect())
}

/// Officers whose digest is due: digest chosen, an address, active, and the last
/// digest older than `period`.
pub async fn digests_due(
    db: &DatabaseConnection,
    period: TimeDelta,
) -> Result<Vec<officer::Model>, StoreError> {
    let due = now() - period;
    officer::Entity::find()
        .filter(officer::Column::NotifyMode.eq("digest"))
        .filter(officer::Column::Active.eq(true))
        .filter(officer::Column::Email.is_not_null())
        .filter(
            Condition::any()
                .add(officer::Column::DigestSentAt.is_null())
                .add(officer::Column::DigestSentAt.lt(due)),
        )
        .all(db)
        .await
        .map_err(ctx("finding due digests"))
}

/// Was there activity in any of the officer's units since `since`?
pub async fn activity_since(
    db: &DatabaseConnection,
    officer_id: i32,
    since: DateTime<Utc>,
) -> Result<bool, StoreError> {
    use sea_orm::PaginatorTrait;
    let units: Vec<i32> = officer_unit::Entity::find()
        .filter(officer_unit::Column::OfficerId.eq(officer_id))
        .all(db)
        .await
        .map_err(ctx("reading memberships"))?
        .into_iter()
        .map(|m| m.unit_id)
        .collect();
    let n = entities::outbox::Entity::find()
        .filter(entities::outbox::Column::UnitId.is_in(units))
        // Notifications keep only their hour: anything in the hour of the last
        // digest counts again (one digest too many at worst, never one missed).
        .filter(entities::outbox::Column::CreatedAt.gte(crate::domain::round_to_hour(since)))
        .count(db)
        .await
        .map_err(ctx("looking for activity"))?;
    Ok(n > 0)
}

/// Claims an officer's digest if it is still due (last one before `due`): the
/// conditional update lets only one worker (or instance) send it. `Some(previous)`
/// when claimed.
pub async fn claim_digest(
    db: &DatabaseConnection,
    officer: &officer::Model,
    due: DateTime<Utc>,
) -> Result<Option<Option<DateTime<Utc>>>, StoreError> {
    let res = officer::Entity::update_many()
        .col_expr(officer::Column::DigestSentAt, Expr::value(Some(now())))
        .filter(officer::Column::Id.eq(officer.id))
        .filter(
            Condition::any()
                .add(officer::Column::DigestSentAt.is_null())
                .add(officer::Column::DigestSentAt.lt(due)),
        )
        .exec(db)
        .await
        .map_err(ctx("claiming a digest"))?;
    Ok((res.rows_affected == 1).then_some(officer.digest_sent_at))
}

/// Gives a claimed digest back after a failed send, so the next pass retries it.
pub async fn release_digest(
    db: &DatabaseConnection,
    officer_id: i32,
    previous: Option<DateTime<Utc>>,
) -> Result<(), StoreError> {
    officer::Entity::update_many()
        .col_expr(officer::Column::DigestSentAt, Expr::value(previous))
        .filter(officer::Column::Id.eq(officer_id))
        .exec(db)
        .await
        .map_err(ctx("releasing a digest"))?;
    Ok(())
}

/// Deletes the console sessions that have ended by `now`: past their absolute
/// end, or idle for longer than `idle`.
pub async fn purge_ended_sessions(
    db: &DatabaseConnection,
    now: DateTime<Utc>,
    idle: TimeDelta,
) -> Result<u64, StoreError> {
    let done = console_session::Entity::delete_many()
        .filter(
            Condition::any()
                .add(console_session::Column::ExpiresAt.lt(now))
                .add(console_session::Column::LastSeenAt.lt(now - idle)),
        )
        .exec(db)
        .await
        .map_err(ctx("deleting ended sessions"))?;
    Ok(done.rows_affected)
}
