//! Hourly write budgets, kept in the database so that every instance shares them:
//! each anonymous write (a report, a reporter's message) takes one write and its
//! bytes from the budget of all units and from its unit's, for the current clock
//! hour. A write that would go past either is refused before anything is stored.

use sea_orm::sea_query::{Alias, Expr, ExprTrait, OnConflict, Query};
use sea_orm::{ConnectionTrait, DatabaseConnection, DbErr};

use super::{StoreError, ctx};

/// What one scope may take in an hour.
#[derive(Debug, Clone, Copy)]
pub struct HourlyLimit {
    pub writes: u64,
    pub bytes: u64,
}

/// The answer to a charge.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Charge {
    Taken,
    /// The hour's budget is spent; the next hour begins in `retry_after` seconds.
    Spent {
        retry_after: i64,
    },
}

fn table() -> Alias {
    Alias::new("write_budget")
}

fn col(name: &str) -> Alias {
    Alias::new(name)
}

/// Takes one write of `bytes` from every scope, or from none: a scope that is
/// spent gives back what the ones before it took.
pub async fn charge(
    db: &DatabaseConnection,
    scopes: &[(String, HourlyLimit)],
    bytes: u64,
    now: chrono::DateTime<chrono::Utc>,
) -> Result<Charge, StoreError> {
    let hour = now.timestamp().div_euclid(3600);
    let retry_after = (hour + 1) * 3600 - now.timestamp();
    for (i, (scope, limit)) in scopes.iter().enumerate() {
        if !take(db, scope, hour, bytes, *limit)
            .await
            .map_err(ctx("charging a write budget"))?
        {
            for (taken, _) in &scopes[..i] {
                give_back(db, taken, hour, bytes)
                    .await
                    .map_err(ctx("charging a write budget"))?;
            }
            return Ok(Charge::Spent { retry_after });
        }
    }
    Ok(Charge::Taken)
}

/// One atomic statement: insert the hour's row, or add to it only while it stays
/// within the limit. No row back means the limit would be passed.
async fn take(
    db: &DatabaseConnection,
    scope: &str,
    hour: i64,
    bytes: u64,
    limit: HourlyLimit,
) -> Result<bool, DbErr> {
    if limit.writes == 0 || bytes > limit.bytes {
        return Ok(false);
    }
    let bytes = i64::try_from(bytes).unwrap_or(i64::MAX);
    let max_writes = i64::try_from(limit.writes).unwrap_or(i64::MAX);
    let max_bytes = i64::try_from(limit.bytes).unwrap_or(i64::MAX);
    let writes = Expr::col((table(), col("writes")));
    let stored = Expr::col((table(), col("bytes")));
    let stmt = Query::insert()
        .into_table(table())
        .columns([col("scope"), col("hour"), col("writes"), col("bytes")])
        .values_panic([scope.into(), hour.into(), 1i64.into(), bytes.into()])
        .on_conflict(
            OnConflict::columns([col("scope"), col("hour")])
                .value(col("writes"), writes.clone().add(1))
                .value(col("bytes"), stored.clone().add(bytes))
                .action_and_where(writes.lt(max_writes).and(stored.add(bytes).lte(max_bytes)))
                .to_owned(),
        )
        .returning(Query::returning().columns([col("writes")]))
        .to_owned();
    let row = db.query_one(&stmt).await?;
    let Some(row) = row else {
        return Ok(false);
    };
    // The hour's first write: the hours before the previous one are no longer needed.
    if row.try_get::<i64>("", "writes")? == 1 {
        let old = Query::delete()
            .from_table(table())
            .and_where(Expr::col(col("hour")).lt(hour - 1))
            .to_owned();
        db.execute(&old).await?;
    }
    Ok(true)
}

async fn give_back(
    db: &DatabaseConnection,
    scope: &str,
    hour: i64,
    bytes: u64,
) -> Result<(), DbErr> {
    let bytes = i64::try_from(bytes).unwrap_or(i64::MAX);
    let stmt = Query::update()
        .table(table())
        .value(col("writes"), Expr::col(col("writes")).sub(1))
        .value(col("bytes"), Expr::col(col("bytes")).sub(bytes))
        .and_where(Expr::col(col("scope")).eq(scope))
        .and_where(Expr::col(col("hour")).eq(hour))
        .to_owned();
    db.execute(&stmt).await?;
    Ok(())
}
