//! The notification outbox: rows written in the same transaction as the event, and
//! mailed later by the worker, so that an SMTP outage delays mail and loses none.

use chrono::{DateTime, TimeDelta, Utc};
use entities::outbox;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, Condition, DatabaseConnection, EntityTrait, QueryFilter,
    QueryOrder, QuerySelect, Set, sea_query::Expr,
};

use super::{StoreError, WriteTx, ctx, now};
use crate::domain::round_to_hour;

/// Queues a content-free notification for a unit, unless one is already waiting:
/// a burst of reports makes one mail, not fifty. Urgent ones are never folded into
/// a non-urgent mail.
pub async fn enqueue(tx: &WriteTx, unit_id: i32, kind: &str) -> Result<(), StoreError> {
    let pending = outbox::Entity::find()
        .filter(outbox::Column::UnitId.eq(unit_id))
        .filter(outbox::Column::SentAt.is_null())
        .filter(outbox::Column::Kind.eq(kind))
        .one(tx.conn())
        .await
        .map_err(ctx("reading the outbox"))?;
    if pending.is_some() {
        return Ok(());
    }
    // A notification follows a reporter's act: no exact time is kept, only the
    // hour (due at once: that hour has begun). Digests count by the hour
    // (`console::activity_since`).
    let hour = round_to_hour(now());
    outbox::ActiveModel {
        unit_id: Set(unit_id),
        kind: Set(kind.to_string()),
        created_at: Set(hour),
        attempts: Set(0),
        next_attempt_at: Set(hour),
        locked_until: Set(None),
        sent_at: Set(None),
        last_error: Set(None),
        ..Default::default()
    }
    .insert(tx.conn())
    .await
    .map_err(ctx("queueing a notification"))?;
    Ok(())
}

/// Claims up to `limit` due rows for `lease`; a claimed row is invisible to other
/// workers (or instances) until the lease ends.
pub async fn claim_due(
    db: &DatabaseConnection,
    limit: u64,
    lease: TimeDelta,
) -> Result<Vec<outbox::Model>, StoreError> {
    let at = now();
    let due = outbox::Entity::find()
        .filter(outbox::Column::SentAt.is_null())
        .filter(outbox::Column::NextAttemptAt.lte(at))
        .filter(
            Condition::any()
                .add(outbox::Column::LockedUntil.is_null())
                .add(outbox::Column::LockedUntil.lt(at)),
        )
        .order_by_asc(outbox::Column::Id)
        .limit(limit)
        .all(db)
        .await
        .map_err(ctx("reading due notifications"))?;
    let mut claimed = Vec::new();
    for row in due {
        // Conditional update: only one claimant can move the lease it saw.
        let res = outbox::Entity::update_many()
            .col_expr(outbox::Column::LockedUntil, Expr::value(Some(at + lease)))
            .filter(outbox::Column::Id.eq(row.id))
            .filter(outbox::Column::SentAt.is_null())
            .filter(match row.locked_until {
                None => outbox::Column::LockedUntil.is_null(),
                Some(t) => outbox::Column::LockedUntil.eq(t),
            })
            .exec(db)
            .await
            .map_err(ctx("claiming a notification"))?;
        if res.rows_affected == 1 {
            claimed.push(row);
        }
    }
    Ok(claimed)
}

pub async fn mark_sent(db: &DatabaseConnection, row: outbox::Model) -> Result<(), StoreError> {
    let mut am: outbox::ActiveModel = row.into();
    let hour = round_to_hour(now());
    am.sent_at = Set(Some(hour));
    am.next_attempt_at = Set(hour);
    am.locked_until = Set(None);
    am.last_error = Set(None);
    am.update(db)
        .await
        .map_err(ctx("marking a notification sent"))?;
    Ok(())
}

pub async fn mark_failed(
    db: &DatabaseConnection,
    row: outbox::Model,
    error: &str,
    next_attempt_at: DateTime<Utc>,
) -> Result<(), StoreError> {
    let attempts = row.attempts + 1;
    let mut am: outbox::ActiveModel = row.into();
    am.attempts = Set(attempts);
    am.next_attempt_at = Set(next_attempt_at);
    am.locked_until = Set(None);
    am.last_error = Set(Some(error.chars().take(500).collect()));
    am.update(db)
        .await
        .map_err(ctx("recording a failed notification"))?;
    Ok(())
}

pub async fn pending_count(db: &DatabaseConnection) -> Result<u64, StoreError> {
    use sea_orm::PaginatorTrait;
    outbox::Entity::find()
        .filter(outbox::Column::SentAt.is_null())
        .count(db)
        .await
        .map_err(ctx("counting the outbox"))
}

/// Deletes the notifications sent before `before`.
pub async fn purge_sent(db: &DatabaseConnection, before: DateTime<Utc>) -> Result<u64, StoreError> {
    let done = outbox::Entity::delete_many()
        .filter(outbox::Column::SentAt.lt(before))
        .exec(db)
        .await
        .map_err(ctx("deleting sent notifications"))?;
    Ok(done.rows_affected)
}
