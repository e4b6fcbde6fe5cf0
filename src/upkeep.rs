//! The upkeep job: deletes what has outlived its time (docs/privacy.md, "How long").
//! Each pass is a handful of bounded statements, each in its own transaction, so
//! that several instances can run it side by side and a pass stopped halfway loses
//! nothing. `retention.interval_seconds = 0` turns the loop off (the tests call
//! `pass` with the time they choose).

use std::time::Duration;

use chrono::{DateTime, TimeDelta, Utc};
use sea_orm::DatabaseConnection;

use crate::settings::Settings;
use crate::store::{self, StoreError};

/// What one pass deleted.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Swept {
    /// Re-encryptions whose grace period ended: their superseded versions went.
    pub superseded: u64,
    /// Notifications mailed more than `retention.sent_outbox_days` ago.
    pub sent_outbox: u64,
    /// Officers' API tokens past their expiry.
    pub tokens: u64,
    /// Console sessions past their absolute end or idle timeout.
    pub sessions: u64,
    /// Closed cases past their retention, and cases marked as spam or abuse past
    /// `retention.flagged_days`: content deleted, a tombstone left.
    pub cases: u64,
}

/// Cases (or re-encryptions) one step of a pass looks at; it repeats until fewer are due.
const BATCH: u64 = 200;

/// How long a mailed notification is kept: `retention.sent_outbox_days`, and never
/// less than a digest period and a day (digests look at them).
fn sent_outbox_kept(settings: &Settings) -> TimeDelta {
    let days = TimeDelta::days(settings.retention.sent_outbox_days.max(0));
    let digests = TimeDelta::minutes(settings.notify.digest_minutes.max(1)) + TimeDelta::days(1);
    days.max(digests)
}

/// Closed cases past their category's retention at `now`, purged one by one.
async fn purge_closed(
    db: &DatabaseConnection,
    settings: &Settings,
    now: DateTime<Utc>,
) -> Result<u64, StoreError> {
    let r = &settings.retention;
    let shortest = std::iter::once(r.closed_days)
        .chain(r.closed_days_by_category.values().copied())
        .filter(|d| *d > 0)
        .min();
    let Some(shortest) = shortest else {
        return Ok(0);
    };
    let mut purged = 0;
    let mut after = 0;
    loop {
        let batch =
            store::purge::closed_before(db, now - TimeDelta::days(shortest), after, BATCH).await?;
        for case in &batch {
            after = case.id;
            let due = r
                .closed_days_for(&case.category)
                .is_some_and(|days| case.updated_at < now - TimeDelta::days(days));
            if due && store::purge::purge_case(db, case).await? {
                purged += 1;
            }
        }
        if (batch.len() as u64) < BATCH {
            return Ok(purged);
        }
    }
}

/// Cases marked as spam or abuse more than `retention.flagged_days` ago, purged.
async fn purge_flagged(
    db: &DatabaseConnection,
    settings: &Settings,
    now: DateTime<Utc>,
) -> Result<u64, StoreError> {
    let days = settings.retention.flagged_days;
    if days <= 0 {
        return Ok(0);
    }
    let (mut purged, mut after) = (0, 0);
    loop {
        let batch =
            store::purge::flagged_before(db, now - TimeDelta::days(days), after, BATCH).await?;
        for case in &batch {
            after = case.id;
            if store::purge::purge_case(db, case).await? {
                purged += 1;
            }
        }
        if (batch.len() as u64) < BATCH {
            return Ok(purged);
        }
    }
}

/// One pass at `now`.
pub async fn pass(
    db: &DatabaseConnection,
    settings: &Settings,
    now: DateTime<Utc>,
) -> Result<Swept, StoreError> {
    let idle = TimeDelta::minutes(settings.console.idle_minutes.max(1));
    let sent_before = now - sent_outbox_kept(settings);
    let mut superseded = 0;
    loop {
        // Each ends in a transaction of its own, with its audit entry.
        let n = store::reencryptions::expire(db, now, BATCH).await?;
        superseded += n;
        if n < BATCH {
            break;
        }
    }
    // Small tables (days of rows at most): one statement each.
    Ok(Swept {
        superseded,
        sent_outbox: store::outbox::purge_sent(db, sent_before).await?,
        tokens: store::officers::purge_expired_tokens(db, now).await?,
        sessions: store::console::purge_ended_sessions(db, now, idle).await?,
        cases: purge_flagged(db, settings, now).await? + purge_closed(db, settings, now).await?,
    })
}

/// Runs a pass every `retention.interval_seconds` until the task is dropped.
pub async fn run(db: DatabaseConnection, settings: std::sync::Arc<Settings>) {
    if settings.retention.interval_seconds == 0 {
        return;
    }
    let every = Duration::from_secs(settings.retention.interval_seconds);
    loop {
        match pass(&db, &settings, store::now()).await {
            // Counts only: nothing that picks out a row.
            Ok(s) if s != Swept::default() => tracing::info!(
                superseded = s.superseded,
                sent_outbox = s.sent_outbox,
                tokens = s.tokens,
                sessions = s.sessions,
                cases = s.cases,
                "upkeep: deleted what had outlived its time"
            ),
            Ok(_) => {}
            Err(e) => tracing::warn!(error = %e, "upkeep: will try again at the next pass"),
        }
        tokio::time::sleep(every).await;
    }
}
