//! Units and their recipient sets.

use entities::{recipient, unit};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, QueryFilter,
    QueryOrder, Set,
};

use super::audit::Actor;
use super::{StoreError, WriteTx, ctx, now};
use crate::domain::UnitSlug;
use crate::routing::Routing;

/// A unit with its current recipient set.
#[derive(Debug, Clone)]
pub struct UnitKeys {
    pub unit: unit::Model,
    pub recipients: Vec<String>,
}

/// Creates units of the routing file that the database lacks, and keeps names current.
pub async fn sync_units(db: &DatabaseConnection, routing: &Routing) -> Result<(), StoreError> {
    for def in &routing.units {
        match find(db, &def.slug).await? {
            Some(u) if u.name == def.name => {}
            Some(u) => {
                let mut am: unit::ActiveModel = u.into();
                am.name = Set(def.name.clone());
                am.update(db).await.map_err(ctx("renaming a unit"))?;
            }
            None => {
                let mut tx = WriteTx::begin(db).await?;
                unit::ActiveModel {
                    slug: Set(def.slug.to_string()),
                    name: Set(def.name.clone()),
                    key_set: Set(1),
                    created_at: Set(now()),
                    ..Default::default()
                }
                .insert(tx.conn())
                .await
                .map_err(ctx("creating a unit"))?;
                tx.audit(&Actor::System, "unit.create", def.slug.as_str())
                    .await?;
                tx.commit().await?;
            }
        }
    }
    Ok(())
}

pub async fn find<C: ConnectionTrait>(
    db: &C,
    slug: &UnitSlug,
) -> Result<Option<unit::Model>, StoreError> {
    unit::Entity::find()
        .filter(unit::Column::Slug.eq(slug.as_str()))
        .one(db)
        .await
        .map_err(ctx("reading a unit"))
}

pub async fn get<C: ConnectionTrait>(db: &C, id: i32) -> Result<unit::Model, StoreError> {
    unit::Entity::find_by_id(id)
        .one(db)
        .await
        .map_err(ctx("reading a unit"))?
        .ok_or_else(|| StoreError::NotFound(format!("unit {id}")))
}

pub async fn all(db: &DatabaseConnection) -> Result<Vec<unit::Model>, StoreError> {
    unit::Entity::find()
        .order_by_asc(unit::Column::Id)
        .all(db)
        .await
        .map_err(ctx("listing units"))
}

pub async fn active_recipients<C: ConnectionTrait>(
    db: &C,
    unit_id: i32,
) -> Result<Vec<String>, StoreError> {
    Ok(recipient::Entity::find()
        .filter(recipient::Column::UnitId.eq(unit_id))
        .filter(recipient::Column::Active.eq(true))
        .order_by_asc(recipient::Column::Id)
        .all(db)
        .await
        .map_err(ctx("reading a unit's recipients"))?
        .into_iter()
        .map(|r| r.recipient)
        .collect())
}

pub async fn with_keys<C: ConnectionTrait>(
    db: &C,
    unit: unit::Model,
) -> Result<UnitKeys, StoreError> {
    let recipients = active_recipients(db, unit.id).await?;
    Ok(UnitKeys { unit, recipients })
}

pub async fn recipients_of(
    db: &DatabaseConnection,
    unit_id: i32,
) -> Result<Vec<recipient::Model>, StoreError> {
    recipient::Entity::find()
        .filter(recipient::Column::UnitId.eq(unit_id))
        .order_by_asc(recipient::Column::Id)
        .all(db)
        .await
        .map_err(ctx("listing recipients"))
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RecipientKind {
    Officer,
    Recovery,
}

impl RecipientKind {
    pub fn as_str(self) -> &'static str {
        match self {
            RecipientKind::Officer => "officer",
            RecipientKind::Recovery => "recovery",
        }
    }
}

/// Adds a recipient to a unit and bumps its key-set version.
pub async fn add_recipient(
    db: &DatabaseConnection,
    actor: &Actor,
    unit: &UnitSlug,
    recipient_str: &str,
    kind: RecipientKind,
    officer_id: Option<i32>,
    label: &str,
) -> Result<recipient::Model, StoreError> {
    crate::crypto::parse_recipient(recipient_str).map_err(StoreError::Invalid)?;
    let mut tx = WriteTx::begin(db).await?;
    if let Some(id) = officer_id {
        let active = entities::officer::Entity::find_by_id(id)
            .one(tx.conn())
            .await
            .map_err(ctx("reading an officer"))?
            .is_some_and(|o| o.active);
        if !active {
            return Err(StoreError::Invalid(
                "that officer is disabled: a disabled officer's key is never added".into(),
            ));
        }
    }
    let u = find(tx.conn(), unit)
        .await?
        .ok_or_else(|| StoreError::NotFound(format!("unit {unit}")))?;
    let existing = recipient::Entity::find()
        .filter(recipient::Column::UnitId.eq(u.id))
        .filter(recipient::Column::Active.eq(true))
        .filter(recipient::Column::Recipient.eq(recipient_str.trim()))
        .one(tx.conn())
        .await
        .map_err(ctx("checking recipients"))?;
    if existing.is_some() {
        return Err(StoreError::Invalid(format!(
            "this recipient is already active in unit {unit}"
        )));
    }
    let row = recipient::ActiveModel {
        unit_id: Set(u.id),
        recipient: Set(recipient_str.trim().to_string()),
        kind: Set(kind.as_str().to_string()),
        officer_id: Set(officer_id),
        label: Set(label.to_string()),
        active: Set(true),
        added_at: Set(now()),
        revoked_at: Set(None),
        ..Default::default()
    }
    .insert(tx.conn())
    .await
    .map_err(ctx("adding a recipient"))?;
    bump_key_set(&tx, u).await?;
    tx.audit(actor, "recipient.add", &format!("{unit}/{}", row.id))
        .await?;
    tx.commit().await?;
    Ok(row)
}

/// Revokes a recipient; the unit's key-set version changes.
pub async fn revoke_recipient(
    db: &DatabaseConnection,
    actor: &Actor,
    recipient_id: i32,
) -> Result<(), StoreError> {
    let mut tx = WriteTx::begin(db).await?;
    let row = recipient::Entity::find_by_id(recipient_id)
        .one(tx.conn())
        .await
        .map_err(ctx("reading a recipient"))?
        .ok_or_else(|| StoreError::NotFound(format!("recipient {recipient_id}")))?;
    if !row.active {
        return Err(StoreError::Invalid(format!(
            "recipient {recipient_id} is already revoked"
        )));
    }
    let u = get(tx.conn(), row.unit_id).await?;
    let remaining = active_recipients(tx.conn(), u.id).await?.len();
    if row.kind == RecipientKind::Recovery.as_str()
        && recipient::Entity::find()
            .filter(recipient::Column::UnitId.eq(u.id))
            .filter(recipient::Column::Active.eq(true))
            .filter(recipient::Column::Kind.eq(RecipientKind::Recovery.as_str()))
            .all(tx.conn())
            .await
            .map_err(ctx("reading recipients"))?
            .len()
            == 1
    {
        return Err(StoreError::Invalid(
            "a unit must keep a recovery key: add the new one before revoking the old".into(),
        ));
    }
    if remaining <= 1 {
        return Err(StoreError::Invalid(
            "a unit cannot be left without recipients".into(),
        ));
    }
    revoke(&mut tx, actor, row, u).await?;
    tx.commit().await
}

/// Marks a recipient revoked, gives its unit a new key-set version and audits it.
async fn revoke(
    tx: &mut WriteTx,
    actor: &Actor,
    row: recipient::Model,
    u: unit::Model,
) -> Result<(), StoreError> {
    let subject = format!("{}/{}", u.slug, row.id);
    let mut am: recipient::ActiveModel = row.into();
    am.active = Set(false);
    am.revoked_at = Set(Some(now()));
    am.update(tx.conn())
        .await
        .map_err(ctx("revoking a recipient"))?;
    bump_key_set(tx, u).await?;
    tx.audit(actor, "recipient.revoke", &subject).await
}

/// Revokes every active recipient of an officer, in the caller's transaction
/// (disabling the officer): each unit concerned gets a new key-set version, so new
/// reports stop being encrypted to them and the re-key list shows what is left.
/// Units keep their recovery key (a unit cannot lose its last one).
pub async fn revoke_officer_recipients(
    tx: &mut WriteTx,
    actor: &Actor,
    officer_id: i32,
) -> Result<usize, StoreError> {
    let rows = recipient::Entity::find()
        .filter(recipient::Column::OfficerId.eq(officer_id))
        .filter(recipient::Column::Active.eq(true))
        .all(tx.conn())
        .await
        .map_err(ctx("reading an officer's recipients"))?;
    let count = rows.len();
    for row in rows {
        let u = get(tx.conn(), row.unit_id).await?;
        revoke(tx, actor, row, u).await?;
    }
    Ok(count)
}

async fn bump_key_set(tx: &WriteTx, u: unit::Model) -> Result<(), StoreError> {
    let next = u.key_set + 1;
    let mut am: unit::ActiveModel = u.into();
    am.key_set = Set(next);
    am.update(tx.conn())
        .await
        .map_err(ctx("bumping the key-set version"))?;
    Ok(())
}
