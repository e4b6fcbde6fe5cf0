//! Retention: closed cases whose time is over lose their content. A purge deletes
//! every envelope, file, kept superseded copy and referral copy of the case and
//! leaves a content-free tombstone (the `report` row: unit, category, region,
//! language, the hour it came in, its status history; the follow-up key replaced by
//! random bytes, so the code finds nothing), audited as `case.purge`.

use chrono::{DateTime, Utc};
use entities::report;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, QueryFilter,
    QueryOrder, QuerySelect, Set,
};

use super::audit::Actor;
use super::{StoreError, WriteTx, ctx, execute, now};
use crate::domain::{Status, round_to_hour};

/// Closed, not yet purged cases whose last activity is before `before`, oldest
/// first, at most `limit`; after `after_id` (to page through them).
pub async fn closed_before(
    db: &DatabaseConnection,
    before: DateTime<Utc>,
    after_id: i64,
    limit: u64,
) -> Result<Vec<report::Model>, StoreError> {
    report::Entity::find()
        .filter(report::Column::Status.eq(Status::Closed.as_str()))
        .filter(report::Column::PurgedAt.is_null())
        .filter(report::Column::UpdatedAt.lt(before))
        .filter(report::Column::Id.gt(after_id))
        .order_by_asc(report::Column::Id)
        .limit(limit)
        .all(db)
        .await
        .map_err(ctx("finding closed cases past their retention"))
}

/// Not yet purged cases marked as spam or abuse before `before`, as `closed_before`.
pub async fn flagged_before(
    db: &DatabaseConnection,
    before: DateTime<Utc>,
    after_id: i64,
    limit: u64,
) -> Result<Vec<report::Model>, StoreError> {
    report::Entity::find()
        .filter(report::Column::Flag.is_not_null())
        .filter(report::Column::PurgedAt.is_null())
        .filter(report::Column::FlaggedAt.lt(before))
        .filter(report::Column::Id.gt(after_id))
        .order_by_asc(report::Column::Id)
        .limit(limit)
        .all(db)
        .await
        .map_err(ctx("finding cases marked as spam or abuse"))
}

/// Purges one case, if it is still closed and untouched since `seen` was read (a
/// reporter's message or a reopening in between keeps it). True when purged.
pub async fn purge_case(db: &DatabaseConnection, seen: &report::Model) -> Result<bool, StoreError> {
    let mut tx = WriteTx::begin(db).await?;
    let Some(fresh) = report::Entity::find_by_id(seen.id)
        .one(tx.conn())
        .await
        .map_err(ctx("re-reading a case"))?
    else {
        return Ok(false);
    };
    if fresh.purged_at.is_some()
        || fresh.status != Status::Closed.as_str()
        || fresh.updated_at != seen.updated_at
    {
        return Ok(false);
    }
    let empty = match tx.conn().get_database_backend() {
        sea_orm::DatabaseBackend::Postgres => "''::bytea",
        _ => "X''",
    };
    for (sql, what) in [
        (
            "DELETE FROM attachment WHERE report_id = ?",
            "deleting a case's files",
        ),
        (
            "DELETE FROM message WHERE report_id = ?",
            "deleting a case's messages",
        ),
        (
            "DELETE FROM superseded WHERE report_id = ?",
            "deleting kept copies",
        ),
        (
            "DELETE FROM reencryption WHERE report_id = ?",
            "deleting a re-encryption",
        ),
        (
            "DELETE FROM case_read WHERE report_id = ?",
            "deleting read markers",
        ),
        // The referral stays on record (partner, officer, time); its copy goes.
        (
            "UPDATE referral SET envelope = {empty} WHERE report_id = ?",
            "deleting referral copies",
        ),
    ] {
        let sql = sql.replace("{empty}", empty);
        execute(tx.conn(), &sql, vec![fresh.id.into()], what).await?;
    }
    let case_ref = fresh.case_ref.clone();
    let mut am: report::ActiveModel = fresh.into();
    // Random bytes where the follow-up key's digest was: unique still, found by no code.
    am.lookup_digest = Set(crate::crypto::random_bytes::<32>().to_vec());
    am.reply_recipient = Set(String::new());
    am.assigned_to = Set(None);
    am.purged_at = Set(Some(round_to_hour(now())));
    am.update(tx.conn())
        .await
        .map_err(ctx("leaving a tombstone"))?;
    tx.audit(&Actor::System, "case.purge", &case_ref).await?;
    tx.commit().await?;
    Ok(true)
}
