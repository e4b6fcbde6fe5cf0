//! Pending re-encryptions (`reencryption`) and the versions they replaced
//! (`superseded`). A transfer or re-key writes envelopes the server cannot open:
//! until a supervisor confirms that they open, or the grace period ends, what they
//! replaced stays here and can be put back. Copies are made inside the database
//! (`INSERT … SELECT`), so that no envelope passes through the server's memory.

use chrono::{DateTime, Utc};
use entities::{reencryption, report};
use sea_orm::{
    ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, QueryFilter, QueryOrder,
    QuerySelect, Statement,
};

use super::audit::Actor;
use super::{StoreError, WriteTx, ctx, execute, outbox, placeholders};

/// The pending re-encryption of a case, if any.
pub async fn pending<C: ConnectionTrait>(
    db: &C,
    report_id: i64,
) -> Result<Option<reencryption::Model>, StoreError> {
    reencryption::Entity::find_by_id(report_id)
        .one(db)
        .await
        .map_err(ctx("reading a pending re-encryption"))
}

/// Inside a re-encryption's transaction, before the swap: keeps every current
/// envelope and file of the case, and records who re-encrypted, from where to
/// where, and until when the old versions are kept.
pub(super) async fn keep(
    tx: &WriteTx,
    report: &report::Model,
    to_unit_id: i32,
    officer_id: i32,
    at: DateTime<Utc>,
    purge_after: DateTime<Utc>,
) -> Result<(), StoreError> {
    let db = tx.conn();
    // The kind is the table's name: `message` or `attachment`.
    for kind in ["message", "attachment"] {
        execute(
            db,
            &format!(
                "INSERT INTO superseded (report_id, kind, item_id, envelope, key_set) \
                 SELECT report_id, '{kind}', id, envelope, key_set FROM {kind} WHERE report_id = ?"
            ),
            vec![report.id.into()],
            "keeping the superseded envelopes and files",
        )
        .await?;
    }
    execute(
        db,
        "INSERT INTO reencryption (report_id, from_unit_id, to_unit_id, officer_id, created_at, purge_after) \
         VALUES (?, ?, ?, ?, ?, ?)",
        vec![
            report.id.into(),
            report.unit_id.into(),
            to_unit_id.into(),
            officer_id.into(),
            at.into(),
            purge_after.into(),
        ],
        "recording a re-encryption",
    )
    .await?;
    Ok(())
}

async fn drop_kept(tx: &WriteTx, report_id: i64) -> Result<(), StoreError> {
    execute(
        tx.conn(),
        "DELETE FROM superseded WHERE report_id = ?",
        vec![report_id.into()],
        "dropping superseded versions",
    )
    .await?;
    execute(
        tx.conn(),
        "DELETE FROM reencryption WHERE report_id = ?",
        vec![report_id.into()],
        "closing a re-encryption",
    )
    .await?;
    Ok(())
}

#[derive(Debug, thiserror::Error)]
pub enum PendingError {
    #[error("this case has no re-encryption waiting for confirmation")]
    NotPending,
    /// A transfer cannot be undone once the new unit has written to the case: its
    /// messages are encrypted to the new unit only.
    #[error(
        "messages were added since the transfer; they would not open in the former unit: transfer the case back instead"
    )]
    AddedSince,
    #[error("the case moved since you fetched it")]
    Moved,
    #[error(transparent)]
    Store(#[from] StoreError),
}

/// The case as it is now, under the write lock, with its pending re-encryption:
/// it must still be in the unit the caller saw.
async fn locked(
    tx: &WriteTx,
    report: &report::Model,
) -> Result<(report::Model, reencryption::Model), PendingError> {
    let fresh = report::Entity::find_by_id(report.id)
        .one(tx.conn())
        .await
        .map_err(ctx("re-reading a case"))?
        .filter(|r| r.unit_id == report.unit_id)
        .ok_or(PendingError::Moved)?;
    let pending = pending(tx.conn(), report.id)
        .await?
        .ok_or(PendingError::NotPending)?;
    Ok((fresh, pending))
}

/// A supervisor's device opened the new envelopes and files: the superseded ones go.
pub async fn confirm(
    db: &DatabaseConnection,
    officer_login: &str,
    report: &report::Model,
) -> Result<(), PendingError> {
    let mut tx = WriteTx::begin(db).await?;
    let (fresh, _) = locked(&tx, report).await?;
    drop_kept(&tx, fresh.id).await?;
    tx.audit(
        &Actor::Officer(officer_login.to_string()),
        "case.reencrypt.confirm",
        &fresh.case_ref,
    )
    .await?;
    tx.commit().await?;
    Ok(())
}

/// Puts every superseded envelope and file back, and the case back in the unit
/// they are encrypted to. Messages added since a re-key stay as they are (they are
/// encrypted to the unit's newer set, which the re-key list then shows); after a
/// transfer, added messages refuse the restore (`AddedSince`).
pub async fn restore(
    db: &DatabaseConnection,
    officer_login: &str,
    report: &report::Model,
) -> Result<report::Model, PendingError> {
    let mut tx = WriteTx::begin(db).await?;
    let (fresh, pending) = locked(&tx, report).await?;
    let transfer = pending.from_unit_id != fresh.unit_id;
    if !restorable(tx.conn(), &fresh, &pending).await? {
        return Err(PendingError::AddedSince);
    }
    execute(
        tx.conn(),
        "UPDATE message SET \
           envelope = (SELECT s.envelope FROM superseded s WHERE s.kind = 'message' AND s.item_id = message.id), \
           key_set = (SELECT s.key_set FROM superseded s WHERE s.kind = 'message' AND s.item_id = message.id) \
         WHERE report_id = ? AND id IN (SELECT item_id FROM superseded WHERE kind = 'message' AND report_id = ?)",
        vec![fresh.id.into(), fresh.id.into()],
        "restoring superseded envelopes",
    )
    .await?;
    execute(
        tx.conn(),
        "UPDATE attachment SET \
           envelope = (SELECT s.envelope FROM superseded s WHERE s.kind = 'attachment' AND s.item_id = attachment.id), \
           key_set = (SELECT s.key_set FROM superseded s WHERE s.kind = 'attachment' AND s.item_id = attachment.id), \
           size = (SELECT length(s.envelope) FROM superseded s WHERE s.kind = 'attachment' AND s.item_id = attachment.id) \
         WHERE report_id = ? AND id IN (SELECT item_id FROM superseded WHERE kind = 'attachment' AND report_id = ?)",
        vec![fresh.id.into(), fresh.id.into()],
        "restoring superseded files",
    )
    .await?;
    drop_kept(&tx, fresh.id).await?;
    let actor = Actor::Officer(officer_login.to_string());
    let updated = if transfer {
        let from = super::units::get(tx.conn(), pending.from_unit_id).await?;
        let to = super::units::get(tx.conn(), fresh.unit_id).await?;
        let moved = super::reports::move_to_unit(tx.conn(), &fresh, from.id).await?;
        outbox::enqueue(&tx, from.id, "transfer").await?;
        tx.audit(
            &actor,
            "case.reencrypt.restore",
            &format!("{} {} -> {}", fresh.case_ref, to.slug, from.slug),
        )
        .await?;
        moved
    } else {
        tx.audit(&actor, "case.reencrypt.restore", &fresh.case_ref)
            .await?;
        fresh
    };
    tx.commit().await?;
    Ok(updated)
}

/// Whether `restore` can put the case back: a re-key always can; a transfer not
/// once messages were added since (they are encrypted to the receiving unit only
/// and would not open in the former one).
pub async fn restorable<C: ConnectionTrait>(
    db: &C,
    report: &report::Model,
    pending: &reencryption::Model,
) -> Result<bool, StoreError> {
    if pending.from_unit_id == report.unit_id {
        return Ok(true);
    }
    let backend = db.get_database_backend();
    let row = db
        .query_one_raw(Statement::from_sql_and_values(
            backend,
            placeholders(
                backend,
                "SELECT COUNT(*) AS n FROM message m WHERE m.report_id = ? AND NOT EXISTS \
                 (SELECT 1 FROM superseded s WHERE s.kind = 'message' AND s.item_id = m.id)",
            ),
            vec![report.id.into()],
        ))
        .await
        .map_err(ctx("counting a case's new messages"))?;
    let added = row
        .map(|r| r.try_get::<i64>("", "n"))
        .transpose()
        .map_err(ctx("reading a count"))?
        .unwrap_or(0);
    Ok(added == 0)
}

/// Ends, at most `limit` at a time, the re-encryptions whose grace period is over
/// at `now`: their superseded versions are deleted (audited, by the system).
/// Returns how many ended.
pub async fn expire(
    db: &DatabaseConnection,
    now: DateTime<Utc>,
    limit: u64,
) -> Result<u64, StoreError> {
    let due = reencryption::Entity::find()
        .filter(reencryption::Column::PurgeAfter.lte(now))
        .order_by_asc(reencryption::Column::PurgeAfter)
        .limit(limit)
        .all(db)
        .await
        .map_err(ctx("finding re-encryptions past their grace period"))?;
    let mut n = 0;
    for r in due {
        let mut tx = WriteTx::begin(db).await?;
        // Confirmed or restored meanwhile: nothing to do.
        let Some(still) = pending(tx.conn(), r.report_id).await? else {
            continue;
        };
        if still.purge_after > now {
            continue;
        }
        let case_ref = report::Entity::find_by_id(r.report_id)
            .one(tx.conn())
            .await
            .map_err(ctx("reading a case"))?
            .map(|c| c.case_ref)
            .unwrap_or_default();
        drop_kept(&tx, r.report_id).await?;
        tx.audit(&Actor::System, "case.reencrypt.expire", &case_ref)
            .await?;
        tx.commit().await?;
        n += 1;
    }
    Ok(n)
}

/// The cases of a unit whose re-encryption waits for confirmation, oldest first
/// (at most `limit`), and how many there are in all.
pub async fn of_unit(
    db: &DatabaseConnection,
    unit_id: i32,
    limit: u64,
) -> Result<(Vec<String>, u64), StoreError> {
    use sea_orm::PaginatorTrait;
    let q = reencryption::Entity::find().filter(reencryption::Column::ToUnitId.eq(unit_id));
    let total = q
        .clone()
        .count(db)
        .await
        .map_err(ctx("counting re-encryptions"))?;
    let ids: Vec<i64> = q
        .order_by_asc(reencryption::Column::CreatedAt)
        .order_by_asc(reencryption::Column::ReportId)
        .limit(limit)
        .all(db)
        .await
        .map_err(ctx("listing re-encryptions"))?
        .into_iter()
        .map(|r| r.report_id)
        .collect();
    let mut refs: Vec<(i64, String)> = report::Entity::find()
        .filter(report::Column::Id.is_in(ids.clone()))
        .all(db)
        .await
        .map_err(ctx("reading cases"))?
        .into_iter()
        .map(|r| (r.id, r.case_ref))
        .collect();
    refs.sort_by_key(|(id, _)| ids.iter().position(|x| x == id));
    Ok((refs.into_iter().map(|(_, c)| c).collect(), total))
}
