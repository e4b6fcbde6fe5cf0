//! Units and their recipient sets.

use entities::{recipient, unit};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, QueryFilter,
    QueryOrder, Set,
};

use serde_json::json;

use super::audit::Actor;
use super::{StoreError, WriteTx, ctx, now, tlog};
use crate::domain::UnitSlug;
use crate::routing::Routing;

/// A unit with its current recipient set.
#[derive(Debug, Clone)]
pub struct UnitKeys {
    pub unit: unit::Model,
    pub recipients: Vec<String>,
}

/// Creates units of the routing file that the database lacks, and keeps names and
/// categories current. A new unit, a category moved between units and a partner
/// whose keys changed each get a statement in the key log.
pub async fn sync_units(db: &DatabaseConnection, routing: &Routing) -> Result<(), StoreError> {
    for def in &routing.units {
        let categories = routing
            .categories_of(&def.slug)
            .map(|c| c.as_str())
            .collect::<Vec<_>>()
            .join(",");
        match find(db, &def.slug).await? {
            Some(u) => {
                // A unit from before the key log gets its first statement now.
                let stated = tlog::last_about(db, tlog::KEYS, &format!("unit:{}", u.slug))
                    .await?
                    .is_some();
                let moved = u.categories != categories;
                if u.name == def.name && !moved && stated {
                    continue;
                }
                let tx = WriteTx::begin(db).await?;
                let mut am: unit::ActiveModel = u.into();
                am.name = Set(def.name.clone());
                am.categories = Set(categories);
                let u = am.update(tx.conn()).await.map_err(ctx("renaming a unit"))?;
                if !stated {
                    state_unit(&tx, &u, "log.start").await?;
                } else if moved {
                    state_unit(&tx, &u, "routing").await?;
                }
                tx.commit().await?;
            }
            None => {
                let mut tx = WriteTx::begin(db).await?;
                let u = unit::ActiveModel {
                    slug: Set(def.slug.to_string()),
                    name: Set(def.name.clone()),
                    key_set: Set(1),
                    created_at: Set(now()),
                    categories: Set(categories),
                    ..Default::default()
                }
                .insert(tx.conn())
                .await
                .map_err(ctx("creating a unit"))?;
                state_unit(&tx, &u, "unit.create").await?;
                tx.audit(&Actor::System, "unit.create", def.slug.as_str())
                    .await?;
                tx.commit().await?;
            }
        }
    }
    for partner in &routing.partners {
        let subject = format!("partner:{}", partner.slug);
        let last = tlog::last_about(db, tlog::KEYS, &subject).await?;
        let recipients: Vec<serde_json::Value> = partner
            .recipients
            .iter()
            .map(|r| json!({"role": "partner", "key": r.trim()}))
            .collect();
        let same = last
            .as_deref()
            .and_then(|b| serde_json::from_slice::<serde_json::Value>(b).ok())
            .is_some_and(|s| s["recipients"] == json!(recipients) && s["name"] == partner.name);
        if same {
            continue;
        }
        let tx = WriteTx::begin(db).await?;
        let statement = json!({
            "v": 1,
            "kind": "partner",
            "partner": partner.slug.as_str(),
            "name": partner.name,
            "recipients": recipients,
            "reason": if last.is_some() { "routing" } else { "partner.create" },
            "at": crate::store::reports::rfc3339(now()),
            "previous": last.as_deref().map(crate::transparency::statement_hash),
        });
        append_statement(&tx, &subject, &statement).await?;
        tx.commit().await?;
    }
    Ok(())
}

/// Writes the key log's statement of who can read `u`'s reports now: its
/// categories, each active recipient with its role, why the set changed, when,
/// and the hash of the unit's statement before it (a chain per unit).
async fn state_unit(tx: &WriteTx, u: &unit::Model, reason: &str) -> Result<(), StoreError> {
    let subject = format!("unit:{}", u.slug);
    let previous = tlog::last_about(tx.conn(), tlog::KEYS, &subject).await?;
    let recipients: Vec<serde_json::Value> = recipient::Entity::find()
        .filter(recipient::Column::UnitId.eq(u.id))
        .filter(recipient::Column::Active.eq(true))
        .order_by_asc(recipient::Column::Id)
        .all(tx.conn())
        .await
        .map_err(ctx("reading a unit's recipients"))?
        .into_iter()
        .map(|r| json!({"role": r.kind, "key": r.recipient}))
        .collect();
    let categories: Vec<&str> = u.categories.split(',').filter(|c| !c.is_empty()).collect();
    let statement = json!({
        "v": 1,
        "kind": "unit",
        "unit": u.slug,
        "name": u.name,
        "categories": categories,
        "key_set": u.key_set,
        "recipients": recipients,
        "reason": reason,
        "at": crate::store::reports::rfc3339(now()),
        "previous": previous.as_deref().map(crate::transparency::statement_hash),
    });
    append_statement(tx, &subject, &statement).await
}

async fn append_statement(
    tx: &WriteTx,
    subject: &str,
    statement: &serde_json::Value,
) -> Result<(), StoreError> {
    let bytes = serde_json::to_vec(statement)
        .map_err(|e| StoreError::Invalid(format!("a key statement: {e}")))?;
    if bytes.len() > crate::transparency::MAX_ENTRY_BYTES {
        return Err(StoreError::Invalid(
            "the unit's key set is too large for one log entry (64 KiB)".into(),
        ));
    }
    tlog::append(tx, tlog::KEYS, Some(subject), &bytes).await
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
    bump_key_set(&tx, u, "recipient.add").await?;
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
    revoke(&mut tx, actor, row, u, "recipient.revoke").await?;
    tx.commit().await
}

/// Marks a recipient revoked, gives its unit a new key-set version and audits it.
async fn revoke(
    tx: &mut WriteTx,
    actor: &Actor,
    row: recipient::Model,
    u: unit::Model,
    reason: &str,
) -> Result<(), StoreError> {
    let subject = format!("{}/{}", u.slug, row.id);
    let mut am: recipient::ActiveModel = row.into();
    am.active = Set(false);
    am.revoked_at = Set(Some(now()));
    am.update(tx.conn())
        .await
        .map_err(ctx("revoking a recipient"))?;
    bump_key_set(tx, u, reason).await?;
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
        revoke(tx, actor, row, u, "officer.disable").await?;
    }
    Ok(count)
}

/// A new key-set version for `u`, and its statement in the key log.
async fn bump_key_set(tx: &WriteTx, u: unit::Model, reason: &str) -> Result<(), StoreError> {
    let next = u.key_set + 1;
    let mut am: unit::ActiveModel = u.into();
    am.key_set = Set(next);
    let u = am
        .update(tx.conn())
        .await
        .map_err(ctx("bumping the key-set version"))?;
    state_unit(tx, &u, reason).await
}
