//! Database access. Every query of the service lives here; handlers call these
//! functions with domain types.

pub mod attachments;
pub mod audit;
pub mod budget;
pub mod console;
pub mod officers;
pub mod outbox;
pub mod pow;
pub mod purge;
pub mod reencryptions;
pub mod reports;
pub mod tlog;
pub mod units;

use std::time::Duration;

use sea_orm::{ConnectOptions, Database, DatabaseConnection, DbErr};
use sea_orm_migration::MigratorTrait;

pub use audit::WriteTx;

#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("database error while {context}: {source}")]
    Db {
        context: &'static str,
        #[source]
        source: DbErr,
    },
    #[error("{0}")]
    Invalid(String),
    #[error("not found: {0}")]
    NotFound(String),
}

/// Raw SQL written with `?` placeholders, as the backend wants it (`$1`, `$2`… on
/// PostgreSQL).
pub(crate) fn placeholders(backend: sea_orm::DatabaseBackend, sql: &str) -> String {
    if backend != sea_orm::DatabaseBackend::Postgres {
        return sql.to_string();
    }
    let mut out = String::with_capacity(sql.len() + 8);
    let mut n = 0;
    for ch in sql.chars() {
        if ch == '?' {
            n += 1;
            out.push('$');
            out.push_str(&n.to_string());
        } else {
            out.push(ch);
        }
    }
    out
}

/// Runs one raw statement (`?` placeholders); how many rows it touched.
pub(crate) async fn execute<C: sea_orm::ConnectionTrait>(
    db: &C,
    sql: &str,
    values: Vec<sea_orm::Value>,
    context: &'static str,
) -> Result<u64, StoreError> {
    let backend = db.get_database_backend();
    let done = db
        .execute_raw(sea_orm::Statement::from_sql_and_values(
            backend,
            placeholders(backend, sql),
            values,
        ))
        .await
        .map_err(ctx(context))?;
    Ok(done.rows_affected())
}

/// Runs one raw query (`?` placeholders); its rows.
pub(crate) async fn query<C: sea_orm::ConnectionTrait>(
    db: &C,
    sql: &str,
    values: Vec<sea_orm::Value>,
    context: &'static str,
) -> Result<Vec<sea_orm::QueryResult>, StoreError> {
    let backend = db.get_database_backend();
    db.query_all_raw(sea_orm::Statement::from_sql_and_values(
        backend,
        placeholders(backend, sql),
        values,
    ))
    .await
    .map_err(ctx(context))
}

/// Adds context to a database error: `.map_err(ctx("reading units"))`.
pub fn ctx(context: &'static str) -> impl FnOnce(DbErr) -> StoreError {
    move |source| StoreError::Db { context, source }
}

/// Connects, with durable settings for SQLite (WAL, synchronous FULL, foreign keys).
pub async fn connect(url: &str, max_connections: u32) -> Result<DatabaseConnection, StoreError> {
    if let Some(path) = sqlite_path(url)
        && let Some(parent) = std::path::Path::new(&path).parent()
        && !parent.as_os_str().is_empty()
    {
        std::fs::create_dir_all(parent).map_err(|e| {
            StoreError::Invalid(format!(
                "cannot create the database folder {}: {e}",
                parent.display()
            ))
        })?;
    }
    let mut opts = ConnectOptions::new(url.to_string());
    opts.max_connections(max_connections)
        .min_connections(1)
        .connect_timeout(Duration::from_secs(10))
        .acquire_timeout(Duration::from_secs(10))
        // Statement logging would put query text in logs; nothing there is needed.
        .sqlx_logging(false)
        // No reaping of idle or old connections: sqlx's reaper task can spin without
        // yielding when a pool closes (seen as a test process that never exits), and
        // a connection broken by a database restart is found when it is next taken.
        .idle_timeout(None)
        .max_lifetime(None)
        .map_sqlx_sqlite_opts(|o| {
            use sea_orm::sqlx::sqlite::{SqliteJournalMode, SqliteSynchronous};
            o.journal_mode(SqliteJournalMode::Wal)
                .synchronous(SqliteSynchronous::Full)
                .foreign_keys(true)
                .busy_timeout(Duration::from_secs(10))
        });
    // A SQLite file another connection is setting up (WAL mode needs a moment of
    // its own) answers "database is locked" even before the busy timeout applies:
    // try again a few times rather than fail the start.
    let mut tries = 0;
    loop {
        match Database::connect(opts.clone()).await {
            Err(e) if tries < 20 && is_transient(&e) => {
                tries += 1;
                tokio::time::sleep(Duration::from_millis(250)).await;
            }
            done => return done.map_err(ctx("connecting to the database")),
        }
    }
}

/// Held while an instance migrates and syncs its units. On PostgreSQL it is a
/// session advisory lock, taken on a connection of its own, so that instances that
/// start together on one database migrate one after the other (and a process that
/// dies releases it with its session). SQLite needs none: one file, one process.
pub struct MigrationLock {
    conn: Option<DatabaseConnection>,
}

/// The advisory lock's key: "passerel" in ASCII.
const MIGRATION_LOCK_KEY: i64 = 0x7061_7373_6572_656c;

impl MigrationLock {
    pub async fn take(url: &str) -> Result<Self, StoreError> {
        if !url.starts_with("postgres") {
            return Ok(Self { conn: None });
        }
        use sea_orm::ConnectionTrait;
        let conn = connect(url, 1).await?;
        conn.execute_unprepared(&format!("SELECT pg_advisory_lock({MIGRATION_LOCK_KEY})"))
            .await
            .map_err(ctx("waiting for the migration lock"))?;
        Ok(Self { conn: Some(conn) })
    }

    pub async fn release(self) -> Result<(), StoreError> {
        use sea_orm::ConnectionTrait;
        if let Some(conn) = self.conn {
            conn.execute_unprepared(&format!("SELECT pg_advisory_unlock({MIGRATION_LOCK_KEY})"))
                .await
                .map_err(ctx("releasing the migration lock"))?;
            conn.close().await.ok();
        }
        Ok(())
    }
}

/// Runs pending migrations.
pub async fn migrate(db: &DatabaseConnection) -> Result<(), StoreError> {
    migrations::Migrator::up(db, None)
        .await
        .map_err(ctx("running migrations"))
}

/// The file behind a `sqlite://` URL, if it is one.
pub fn sqlite_path(url: &str) -> Option<String> {
    let rest = url.strip_prefix("sqlite://")?;
    let path = rest.split('?').next().unwrap_or(rest);
    (!path.is_empty() && path != ":memory:").then(|| path.to_string())
}

pub fn now() -> chrono::DateTime<chrono::Utc> {
    use chrono::SubsecRound;
    // Microseconds are what PostgreSQL keeps; rounding here makes values read back
    // equal on both backends.
    chrono::Utc::now().trunc_subsecs(6)
}

pub fn is_unique_violation(e: &DbErr) -> bool {
    matches!(
        e.sql_err(),
        Some(sea_orm::SqlErr::UniqueConstraintViolation(_))
    )
}

/// A failure that says nothing of the request and passes by itself: the database
/// is busy (SQLite locked, no free connection in time) or cannot be reached (it is
/// restarting, the network is down). Answered `503` with `Retry-After`, never `500`.
pub fn is_transient(e: &DbErr) -> bool {
    use sea_orm::{RuntimeErr, sqlx};
    match e {
        DbErr::ConnectionAcquire(_) | DbErr::Conn(_) => true,
        DbErr::Exec(RuntimeErr::SqlxError(inner)) | DbErr::Query(RuntimeErr::SqlxError(inner)) => {
            match inner.as_ref() {
                sqlx::Error::Io(_)
                | sqlx::Error::Tls(_)
                | sqlx::Error::Protocol(_)
                | sqlx::Error::PoolTimedOut
                | sqlx::Error::PoolClosed
                | sqlx::Error::WorkerCrashed => true,
                sqlx::Error::Database(db) => db.code().is_some_and(|c| transient_code(&c)),
                _ => false,
            }
        }
        _ => false,
    }
}

/// SQLite's busy and locked codes (with their extended forms, all under five
/// digits, where PostgreSQL's SQLSTATEs always have five characters); PostgreSQL's
/// connection exceptions (class 08), shutdown and start-up (57P01–57P03), and the
/// serialization failures and deadlocks that a retry resolves (40001, 40P01).
fn transient_code(code: &str) -> bool {
    let sqlite = code.len() < 5 && code.parse::<u32>().is_ok_and(|n| matches!(n & 0xff, 5 | 6));
    sqlite
        || code.starts_with("08")
        || matches!(code, "57P01" | "57P02" | "57P03" | "40001" | "40P01")
}

#[cfg(test)]
mod tests {
    use super::transient_code;

    #[test]
    fn busy_and_unreachable_codes_are_transient_and_others_are_not() {
        for code in [
            "5", "517", "6", "262", "08006", "08001", "57P01", "57P03", "40001",
        ] {
            assert!(transient_code(code), "{code}");
        }
        // A constraint (SQLite 2067, PostgreSQL 23505), a syntax error, a missing table.
        for code in ["2067", "19", "23505", "42601", "42P01", "1", "22021"] {
            assert!(!transient_code(code), "{code}");
        }
    }
}
