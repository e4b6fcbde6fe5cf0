//! Officers, unit membership and API tokens.

use chrono::{DateTime, TimeDelta, Utc};
use entities::{officer, officer_token, officer_unit, unit};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter, QueryOrder, Set,
};

use super::audit::Actor;
use super::{StoreError, WriteTx, ctx, now, units};
use crate::crypto::{ApiToken, TokenDigest};
use crate::domain::{OfficerLogin, UnitSlug};

pub async fn find(
    db: &DatabaseConnection,
    login: &OfficerLogin,
) -> Result<Option<officer::Model>, StoreError> {
    officer::Entity::find()
        .filter(officer::Column::Login.eq(login.as_str()))
        .one(db)
        .await
        .map_err(ctx("reading an officer"))
}

pub async fn all(db: &DatabaseConnection) -> Result<Vec<officer::Model>, StoreError> {
    officer::Entity::find()
        .order_by_asc(officer::Column::Id)
        .all(db)
        .await
        .map_err(ctx("listing officers"))
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    Member,
    Supervisor,
}

impl Role {
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Member => "member",
            Role::Supervisor => "supervisor",
        }
    }
}

pub async fn create(
    db: &DatabaseConnection,
    actor: &Actor,
    login: &OfficerLogin,
    display_name: &str,
) -> Result<officer::Model, StoreError> {
    if find(db, login).await?.is_some() {
        return Err(StoreError::Invalid(format!(
            "officer {login} already exists"
        )));
    }
    let mut tx = WriteTx::begin(db).await?;
    let row = officer::ActiveModel {
        login: Set(login.to_string()),
        display_name: Set(display_name.to_string()),
        active: Set(true),
        created_at: Set(now()),
        failed_logins: Set(0),
        code_failures: Set(0),
        notify_mode: Set("off".into()),
        ..Default::default()
    }
    .insert(tx.conn())
    .await
    .map_err(ctx("creating an officer"))?;
    tx.audit(actor, "officer.create", login.as_str()).await?;
    tx.commit().await?;
    Ok(row)
}

pub async fn add_to_unit(
    db: &DatabaseConnection,
    actor: &Actor,
    officer: &officer::Model,
    unit: &UnitSlug,
    role: Role,
) -> Result<(), StoreError> {
    let mut tx = WriteTx::begin(db).await?;
    let u = units::find(tx.conn(), unit)
        .await?
        .ok_or_else(|| StoreError::NotFound(format!("unit {unit}")))?;
    let existing = officer_unit::Entity::find_by_id((officer.id, u.id))
        .one(tx.conn())
        .await
        .map_err(ctx("reading a membership"))?;
    match existing {
        Some(m) => {
            let mut am: officer_unit::ActiveModel = m.into();
            am.role = Set(role.as_str().into());
            am.update(tx.conn())
                .await
                .map_err(ctx("changing a membership"))?;
        }
        None => {
            officer_unit::ActiveModel {
                officer_id: Set(officer.id),
                unit_id: Set(u.id),
                role: Set(role.as_str().into()),
            }
            .insert(tx.conn())
            .await
            .map_err(ctx("adding a membership"))?;
        }
    }
    tx.audit(
        actor,
        "officer.join",
        &format!("{} {unit} {}", officer.login, role.as_str()),
    )
    .await?;
    tx.commit().await
}

/// Enables or disables an officer. Disabling deletes the officer's API tokens and
/// console sessions and revokes their recipients, in one transaction (each unit's
/// key set changes): a departed officer receives no new report, and enabling again
/// brings back neither the tokens nor the recipients (new ones are issued, a
/// supervisor adds the key again).
pub async fn set_active(
    db: &DatabaseConnection,
    actor: &Actor,
    officer: officer::Model,
    active: bool,
) -> Result<(), StoreError> {
    let mut tx = WriteTx::begin(db).await?;
    let login = officer.login.clone();
    if !active {
        units::revoke_officer_recipients(&mut tx, actor, officer.id).await?;
        end_access(&mut tx, officer.id).await?;
    }
    let mut am: officer::ActiveModel = officer.into();
    am.active = Set(active);
    am.update(tx.conn())
        .await
        .map_err(ctx("changing an officer"))?;
    tx.audit(
        actor,
        if active {
            "officer.enable"
        } else {
            "officer.disable"
        },
        &login,
    )
    .await?;
    tx.commit().await
}

/// Issues a new API token; the token itself is returned once and never stored.
pub async fn issue_token(
    db: &DatabaseConnection,
    actor: &Actor,
    officer: &officer::Model,
    ttl: TimeDelta,
    label: &str,
) -> Result<(ApiToken, DateTime<Utc>), StoreError> {
    let token = ApiToken::generate();
    let expires = now() + ttl;
    let mut tx = WriteTx::begin(db).await?;
    officer_token::ActiveModel {
        officer_id: Set(officer.id),
        token_digest: Set(token.digest().as_bytes().to_vec()),
        label: Set(label.to_string()),
        created_at: Set(now()),
        expires_at: Set(expires),
        ..Default::default()
    }
    .insert(tx.conn())
    .await
    .map_err(ctx("storing a token"))?;
    tx.audit(actor, "token.issue", &officer.login).await?;
    tx.commit().await?;
    Ok((token, expires))
}

/// Ends every API token and console session of an officer (a new password, a
/// disabling), inside the caller's transaction.
pub(crate) async fn end_access(tx: &mut WriteTx, officer_id: i32) -> Result<(), StoreError> {
    entities::console_session::Entity::delete_many()
        .filter(entities::console_session::Column::OfficerId.eq(officer_id))
        .exec(tx.conn())
        .await
        .map_err(ctx("ending sessions"))?;
    officer_token::Entity::delete_many()
        .filter(officer_token::Column::OfficerId.eq(officer_id))
        .exec(tx.conn())
        .await
        .map_err(ctx("ending API tokens"))?;
    Ok(())
}

/// An officer's API tokens (never the tokens themselves: only digests are kept),
/// oldest first.
pub async fn tokens(
    db: &DatabaseConnection,
    officer: &officer::Model,
) -> Result<Vec<officer_token::Model>, StoreError> {
    officer_token::Entity::find()
        .filter(officer_token::Column::OfficerId.eq(officer.id))
        .order_by_asc(officer_token::Column::Id)
        .all(db)
        .await
        .map_err(ctx("reading tokens"))
}

/// Revokes one API token by its id (a lost laptop, a finished script); the
/// officer's other tokens and sessions go on working. Audited.
pub async fn revoke_token(
    db: &DatabaseConnection,
    actor: &Actor,
    token_id: i32,
) -> Result<(), StoreError> {
    let mut tx = WriteTx::begin(db).await?;
    let token = officer_token::Entity::find_by_id(token_id)
        .one(tx.conn())
        .await
        .map_err(ctx("reading a token"))?
        .ok_or_else(|| StoreError::NotFound(format!("token {token_id}")))?;
    let owner = officer::Entity::find_by_id(token.officer_id)
        .one(tx.conn())
        .await
        .map_err(ctx("reading an officer"))?
        .ok_or_else(|| StoreError::NotFound(format!("token {token_id}")))?;
    officer_token::Entity::delete_by_id(token_id)
        .exec(tx.conn())
        .await
        .map_err(ctx("revoking a token"))?;
    tx.audit(
        actor,
        "token.revoke",
        &format!("{} {token_id}", owner.login),
    )
    .await?;
    tx.commit().await
}

/// An authenticated officer and the units they belong to.
#[derive(Debug, Clone)]
pub struct OfficerSession {
    pub officer: officer::Model,
    pub units: Vec<(unit::Model, Role)>,
}

impl OfficerSession {
    pub fn unit(&self, slug: &str) -> Option<&unit::Model> {
        self.units.iter().map(|(u, _)| u).find(|u| u.slug == slug)
    }

    pub fn unit_by_id(&self, id: i32) -> Option<&unit::Model> {
        self.units.iter().map(|(u, _)| u).find(|u| u.id == id)
    }
}

#[derive(Debug, thiserror::Error)]
pub enum AuthError {
    #[error("unknown token")]
    Unknown,
    #[error("the token has expired")]
    Expired,
    #[error("the officer account is disabled")]
    Disabled,
    #[error(transparent)]
    Store(#[from] StoreError),
}

pub async fn authenticate(
    db: &DatabaseConnection,
    digest: &TokenDigest,
) -> Result<OfficerSession, AuthError> {
    let token = officer_token::Entity::find()
        .filter(officer_token::Column::TokenDigest.eq(digest.as_bytes().to_vec()))
        .one(db)
        .await
        .map_err(ctx("reading a token"))?
        .ok_or(AuthError::Unknown)?;
    // The index found the row; compare again in constant time, as a matter of habit.
    if !digest.matches(&token.token_digest) {
        return Err(AuthError::Unknown);
    }
    if token.expires_at <= Utc::now() {
        return Err(AuthError::Expired);
    }
    let officer = officer::Entity::find_by_id(token.officer_id)
        .one(db)
        .await
        .map_err(ctx("reading an officer"))?
        .ok_or(AuthError::Unknown)?;
    session_for(db, officer).await
}

/// The officer's units, if the account is active.
pub async fn session_for(
    db: &DatabaseConnection,
    officer: officer::Model,
) -> Result<OfficerSession, AuthError> {
    if !officer.active {
        return Err(AuthError::Disabled);
    }
    let memberships = officer_unit::Entity::find()
        .filter(officer_unit::Column::OfficerId.eq(officer.id))
        .all(db)
        .await
        .map_err(ctx("reading memberships"))?;
    let mut units = Vec::new();
    for m in memberships {
        let u = units::get(db, m.unit_id).await?;
        let role = if m.role == Role::Supervisor.as_str() {
            Role::Supervisor
        } else {
            Role::Member
        };
        units.push((u, role));
    }
    Ok(OfficerSession { officer, units })
}

/// Deletes the API tokens that expired before `now`.
pub async fn purge_expired_tokens(
    db: &DatabaseConnection,
    now: DateTime<Utc>,
) -> Result<u64, StoreError> {
    let done = officer_token::Entity::delete_many()
        .filter(officer_token::Column::ExpiresAt.lt(now))
        .exec(db)
        .await
        .map_err(ctx("deleting expired tokens"))?;
    Ok(done.rows_affected)
}
