//! The notification outbox: rows written in the same transaction as the event, and
//! mailed later by the worker, so that an SMTP outage delays mail and loses none.

use chrono::{DateTime, TimeDelta, Utc};
use entities::outbox;
use sea_orm::{
    ActiveModelTrait, ColumnTrait, Condition, DatabaseConnection, EntityTrait, QueryFilter,
    QueryOrder, Set, sea_query::Expr,
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

/// A row this worker holds, and the lease it holds it by: the row's
/// `locked_until` exactly as this worker last set it. Whoever set it last holds the
/// row; renewing, marking sent and marking failed all change the row only while
/// that is still this worker's value, so a worker whose lease ran out (a stalled
/// process) can no longer touch a row another has claimed since.
pub struct Claim {
    pub row: outbox::Model,
    held: DateTime<Utc>,
}

/// A lease's end, to the millisecond: both backends then store it exactly, and the
/// conditional updates below compare it exactly.
fn lease_end(lease: TimeDelta) -> DateTime<Utc> {
    let end = now() + lease;
    DateTime::from_timestamp_millis(end.timestamp_millis()).unwrap_or(end)
}

/// Claims the oldest due row for `lease`, or `None` when nothing is due. A claimed
/// row is invisible to other workers (and instances) until its lease ends. One row
/// at a time: a batch claimed at once would wait its turn under a lease that was
/// already running, and a slow relay could make it run out (another instance
/// would then mail the same row again).
pub async fn claim_next(
    db: &DatabaseConnection,
    lease: TimeDelta,
) -> Result<Option<Claim>, StoreError> {
    // Another worker can take the row between the read and the claim; then the
    // next due row is tried, a few times at most (the rest waits for the next pass).
    for _ in 0..4 {
        let at = now();
        let Some(row) = outbox::Entity::find()
            .filter(outbox::Column::SentAt.is_null())
            .filter(outbox::Column::NextAttemptAt.lte(at))
            .filter(
                Condition::any()
                    .add(outbox::Column::LockedUntil.is_null())
                    .add(outbox::Column::LockedUntil.lt(at)),
            )
            .order_by_asc(outbox::Column::Id)
            .one(db)
            .await
            .map_err(ctx("reading due notifications"))?
        else {
            return Ok(None);
        };
        let held = lease_end(lease);
        // Conditional update: only one claimant can move the lease it saw.
        let res = outbox::Entity::update_many()
            .col_expr(outbox::Column::LockedUntil, Expr::value(Some(held)))
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
            let mut row = row;
            row.locked_until = Some(held);
            return Ok(Some(Claim { row, held }));
        }
    }
    Ok(None)
}

/// Moves the row's fields in `set` while `claim` still holds it; false when it
/// does not (its lease ran out and another worker took the row).
async fn update_held(
    db: &DatabaseConnection,
    claim: &Claim,
    set: Vec<(outbox::Column, sea_orm::sea_query::SimpleExpr)>,
    what: &'static str,
) -> Result<bool, StoreError> {
    let mut update = outbox::Entity::update_many()
        .filter(outbox::Column::Id.eq(claim.row.id))
        .filter(outbox::Column::LockedUntil.eq(claim.held));
    for (col, value) in set {
        update = update.col_expr(col, value);
    }
    let res = update.exec(db).await.map_err(ctx(what))?;
    Ok(res.rows_affected == 1)
}

/// Extends the lease by `lease` from now, before each mail: a row is only mailed
/// under a lease that outlasts the send. False when the row is no longer held.
pub async fn renew(
    db: &DatabaseConnection,
    claim: &mut Claim,
    lease: TimeDelta,
) -> Result<bool, StoreError> {
    let held = lease_end(lease);
    let renewed = update_held(
        db,
        claim,
        vec![(outbox::Column::LockedUntil, Expr::value(Some(held)))],
        "renewing a notification's lease",
    )
    .await?;
    if renewed {
        claim.held = held;
    }
    Ok(renewed)
}

/// Marks the row sent (to the hour); false when the row is no longer held.
pub async fn mark_sent(db: &DatabaseConnection, claim: Claim) -> Result<bool, StoreError> {
    let hour = round_to_hour(now());
    update_held(
        db,
        &claim,
        vec![
            (outbox::Column::SentAt, Expr::value(Some(hour))),
            (outbox::Column::NextAttemptAt, Expr::value(hour)),
            (
                outbox::Column::LockedUntil,
                Expr::value(None::<DateTime<Utc>>),
            ),
            (outbox::Column::LastError, Expr::value(None::<String>)),
        ],
        "marking a notification sent",
    )
    .await
}

/// Records a failed attempt and when to try again; false when the row is no
/// longer held.
pub async fn mark_failed(
    db: &DatabaseConnection,
    claim: Claim,
    error: &str,
    next_attempt_at: DateTime<Utc>,
) -> Result<bool, StoreError> {
    let error: String = error.chars().take(500).collect();
    update_held(
        db,
        &claim,
        vec![
            (
                outbox::Column::Attempts,
                Expr::value(claim.row.attempts + 1),
            ),
            (outbox::Column::NextAttemptAt, Expr::value(next_attempt_at)),
            (
                outbox::Column::LockedUntil,
                Expr::value(None::<DateTime<Utc>>),
            ),
            (outbox::Column::LastError, Expr::value(Some(error))),
        ],
        "recording a failed notification",
    )
    .await
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
