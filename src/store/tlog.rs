//! Storage of the transparency logs: entries, appended inside the transaction of
//! the change they record and given their index later by the sequencer; the
//! tree's stored hashes (RFC 6962, in the dense order of `tlog_tiles`); and every
//! signed checkpoint. Nothing here decides what goes in a log or signs anything
//! (`crate::transparency` does).

use std::collections::HashMap;

use sea_orm::ConnectionTrait;

use super::{StoreError, WriteTx, ctx, execute, now, query};

/// The public log of who can read what: one statement per key-set change.
pub const KEYS: &str = "keys";

/// Appends an entry to `log`, inside the caller's transaction: it is in the log
/// if and only if the change it records is committed. `subject` names what it is
/// about (a unit or partner), to find the statement before it.
pub async fn append(
    tx: &WriteTx,
    log: &str,
    subject: Option<&str>,
    data: &[u8],
) -> Result<(), StoreError> {
    execute(
        tx.conn(),
        "INSERT INTO log_entry (log, idx, subject, data, created_at) VALUES (?, NULL, ?, ?, ?)",
        vec![
            log.into(),
            subject.map(str::to_string).into(),
            data.to_vec().into(),
            now().into(),
        ],
        "appending to a transparency log",
    )
    .await?;
    Ok(())
}

/// The newest entry about `subject`, integrated or not.
pub async fn last_about<C: ConnectionTrait>(
    db: &C,
    log: &str,
    subject: &str,
) -> Result<Option<Vec<u8>>, StoreError> {
    let rows = query(
        db,
        "SELECT data FROM log_entry WHERE log = ? AND subject = ? ORDER BY id DESC LIMIT 1",
        vec![log.into(), subject.into()],
        "reading a log's last statement",
    )
    .await?;
    rows.first()
        .map(|r| r.try_get::<Vec<u8>>("", "data"))
        .transpose()
        .map_err(ctx("reading a log's last statement"))
}

/// How many entries the tree holds (those with an index).
pub async fn size<C: ConnectionTrait>(db: &C, log: &str) -> Result<u64, StoreError> {
    let rows = query(
        db,
        "SELECT COUNT(*) AS n FROM log_entry WHERE log = ? AND idx IS NOT NULL",
        vec![log.into()],
        "counting a log's entries",
    )
    .await?;
    let n = rows
        .first()
        .map(|r| r.try_get::<i64>("", "n"))
        .transpose()
        .map_err(ctx("counting a log's entries"))?
        .unwrap_or(0);
    Ok(u64::try_from(n).unwrap_or(0))
}

/// Entries waiting for an index, oldest first: (row id, bytes).
pub async fn pending<C: ConnectionTrait>(
    db: &C,
    log: &str,
    limit: u64,
) -> Result<Vec<(i64, Vec<u8>)>, StoreError> {
    let rows = query(
        db,
        &format!(
            "SELECT id, data FROM log_entry WHERE log = ? AND idx IS NULL ORDER BY id LIMIT {limit}"
        ),
        vec![log.into()],
        "reading a log's new entries",
    )
    .await?;
    rows.iter()
        .map(|r| {
            Ok((
                r.try_get::<i64>("", "id")?,
                r.try_get::<Vec<u8>>("", "data")?,
            ))
        })
        .collect::<Result<_, sea_orm::DbErr>>()
        .map_err(ctx("reading a log's new entries"))
}

/// Gives entry `id` its index in the tree.
pub async fn set_index(tx: &WriteTx, id: i64, idx: u64) -> Result<(), StoreError> {
    execute(
        tx.conn(),
        "UPDATE log_entry SET idx = ? WHERE id = ? AND idx IS NULL",
        vec![(idx as i64).into(), id.into()],
        "indexing a log entry",
    )
    .await?;
    Ok(())
}

/// Stores hashes at consecutive stored-hash indexes from `start`.
pub async fn put_hashes(
    tx: &WriteTx,
    log: &str,
    start: u64,
    hashes: &[[u8; 32]],
) -> Result<(), StoreError> {
    for chunk in hashes.chunks(100).enumerate() {
        let (c, chunk) = chunk;
        let mut sql = String::from("INSERT INTO log_hash (log, idx, hash) VALUES ");
        let mut values = Vec::with_capacity(chunk.len() * 3);
        for (i, h) in chunk.iter().enumerate() {
            if i > 0 {
                sql.push_str(", ");
            }
            sql.push_str("(?, ?, ?)");
            values.push(log.into());
            values.push(((start + (c * 100 + i) as u64) as i64).into());
            values.push(h.to_vec().into());
        }
        execute(tx.conn(), &sql, values, "storing a log's hashes").await?;
    }
    Ok(())
}

/// The stored hashes at `indexes` that exist.
pub async fn hashes<C: ConnectionTrait>(
    db: &C,
    log: &str,
    indexes: &[u64],
) -> Result<HashMap<u64, [u8; 32]>, StoreError> {
    let mut out = HashMap::with_capacity(indexes.len());
    for chunk in indexes.chunks(500) {
        let marks = vec!["?"; chunk.len()].join(", ");
        let mut values: Vec<sea_orm::Value> = vec![log.into()];
        values.extend(chunk.iter().map(|i| sea_orm::Value::from(*i as i64)));
        let rows = query(
            db,
            &format!("SELECT idx, hash FROM log_hash WHERE log = ? AND idx IN ({marks})"),
            values,
            "reading a log's hashes",
        )
        .await?;
        for r in rows {
            let idx = r
                .try_get::<i64>("", "idx")
                .map_err(ctx("reading a log's hashes"))?;
            let hash = r
                .try_get::<Vec<u8>>("", "hash")
                .map_err(ctx("reading a log's hashes"))?;
            let hash: [u8; 32] = hash
                .try_into()
                .map_err(|_| StoreError::Invalid(format!("log hash {idx} is not 32 bytes")))?;
            out.insert(idx as u64, hash);
        }
    }
    Ok(out)
}

/// Records a signed checkpoint of the tree at `size`.
pub async fn put_checkpoint(
    tx: &WriteTx,
    log: &str,
    size: u64,
    note: &[u8],
) -> Result<(), StoreError> {
    execute(
        tx.conn(),
        "INSERT INTO log_checkpoint (log, size, note, at) VALUES (?, ?, ?, ?)",
        vec![
            log.into(),
            (size as i64).into(),
            note.to_vec().into(),
            now().into(),
        ],
        "storing a checkpoint",
    )
    .await?;
    Ok(())
}

/// The newest checkpoint: (size, signed note).
pub async fn latest_checkpoint<C: ConnectionTrait>(
    db: &C,
    log: &str,
) -> Result<Option<(u64, Vec<u8>)>, StoreError> {
    let rows = query(
        db,
        "SELECT size, note FROM log_checkpoint WHERE log = ? ORDER BY size DESC LIMIT 1",
        vec![log.into()],
        "reading a checkpoint",
    )
    .await?;
    rows.first()
        .map(|r| {
            Ok((
                r.try_get::<i64>("", "size")? as u64,
                r.try_get::<Vec<u8>>("", "note")?,
            ))
        })
        .transpose()
        .map_err(ctx("reading a checkpoint"))
}

/// The integrated entries with index in `from..to`, in order.
pub async fn entries<C: ConnectionTrait>(
    db: &C,
    log: &str,
    from: u64,
    to: u64,
) -> Result<Vec<Vec<u8>>, StoreError> {
    let rows = query(
        db,
        "SELECT data FROM log_entry WHERE log = ? AND idx >= ? AND idx < ? ORDER BY idx",
        vec![log.into(), (from as i64).into(), (to as i64).into()],
        "reading log entries",
    )
    .await?;
    rows.iter()
        .map(|r| r.try_get::<Vec<u8>>("", "data"))
        .collect::<Result<_, _>>()
        .map_err(ctx("reading log entries"))
}

/// The newest entry about `subject` within the tree's first `size` entries:
/// (index, bytes).
pub async fn last_indexed_about<C: ConnectionTrait>(
    db: &C,
    log: &str,
    subject: &str,
    size: u64,
) -> Result<Option<(u64, Vec<u8>)>, StoreError> {
    let rows = query(
        db,
        "SELECT idx, data FROM log_entry WHERE log = ? AND subject = ? AND idx IS NOT NULL \
         AND idx < ? ORDER BY idx DESC LIMIT 1",
        vec![log.into(), subject.into(), (size as i64).into()],
        "reading a log's statement",
    )
    .await?;
    rows.first()
        .map(|r| {
            Ok((
                r.try_get::<i64>("", "idx")? as u64,
                r.try_get::<Vec<u8>>("", "data")?,
            ))
        })
        .transpose()
        .map_err(ctx("reading a log's statement"))
}
