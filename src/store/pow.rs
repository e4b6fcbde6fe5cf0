//! Used proof-of-work challenges (`pow_redeemed`), shared by every instance. A row
//! holds the challenge's random nonce, how many follow-up misses it has paid for,
//! and the hour after which it can go (its challenge has expired by then). Each
//! answer is one atomic statement, so two instances never both take a challenge.

use sea_orm::sea_query::{Alias, Expr, ExprTrait, OnConflict, Query};
use sea_orm::{ConnectionTrait, DatabaseConnection};

use super::{StoreError, ctx};

fn table() -> Alias {
    Alias::new("pow_redeemed")
}

fn col(name: &str) -> Alias {
    Alias::new(name)
}

/// Takes a single-use challenge: false if it was taken before.
pub async fn redeem(
    db: &DatabaseConnection,
    nonce: &str,
    purge_after: i64,
) -> Result<bool, StoreError> {
    let stmt = Query::insert()
        .into_table(table())
        .columns([col("nonce"), col("misses"), col("purge_after")])
        .values_panic([nonce.into(), 0i64.into(), purge_after.into()])
        .on_conflict(OnConflict::column(col("nonce")).do_nothing().to_owned())
        .to_owned();
    let done = db
        .execute(&stmt)
        .await
        .map_err(ctx("taking a proof-of-work challenge"))?;
    Ok(done.rows_affected() == 1)
}

/// Counts one miss against a lookup challenge, unless it has paid for `max`
/// already: false then, and nothing changes.
pub async fn charge_miss(
    db: &DatabaseConnection,
    nonce: &str,
    max: u32,
    purge_after: i64,
) -> Result<bool, StoreError> {
    if max == 0 {
        return Ok(false);
    }
    let misses = Expr::col((table(), col("misses")));
    let stmt = Query::insert()
        .into_table(table())
        .columns([col("nonce"), col("misses"), col("purge_after")])
        .values_panic([nonce.into(), 1i64.into(), purge_after.into()])
        .on_conflict(
            OnConflict::column(col("nonce"))
                .value(col("misses"), misses.clone().add(1))
                .action_and_where(misses.lt(i64::from(max)))
                .to_owned(),
        )
        .to_owned();
    let done = db
        .execute(&stmt)
        .await
        .map_err(ctx("counting a follow-up miss"))?;
    Ok(done.rows_affected() == 1)
}

/// Gives back the miss counted before a lookup that found its case.
pub async fn refund_miss(db: &DatabaseConnection, nonce: &str) -> Result<(), StoreError> {
    let stmt = Query::update()
        .table(table())
        .value(col("misses"), Expr::col(col("misses")).sub(1))
        .and_where(Expr::col(col("nonce")).eq(nonce))
        .and_where(Expr::col(col("misses")).gt(0))
        .to_owned();
    db.execute(&stmt)
        .await
        .map_err(ctx("counting a follow-up miss"))?;
    Ok(())
}

/// Deletes the rows of challenges that expired before `now` (unix seconds).
pub async fn purge(db: &DatabaseConnection, now: i64) -> Result<u64, StoreError> {
    let stmt = Query::delete()
        .from_table(table())
        .and_where(Expr::col(col("purge_after")).lt(now))
        .to_owned();
    let done = db
        .execute(&stmt)
        .await
        .map_err(ctx("forgetting used challenges"))?;
    Ok(done.rows_affected())
}
