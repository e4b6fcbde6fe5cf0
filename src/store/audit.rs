//! The append-only, hash-chained audit log, and the write transaction that carries it.
//!
//! Every state-changing transaction starts by taking the chain's head row
//! (`UPDATE audit_head …`): on PostgreSQL that is a row lock, on SQLite the write
//! lock, so appends are serialised and the chain has no forks. Starting with a write
//! also spares SQLite's deferred transactions the "upgrade" failure under load.

use chrono::{DateTime, SubsecRound, Utc};
use entities::{audit_head, audit_log};
use sea_orm::{
    ActiveModelTrait, ConnectionTrait, DatabaseConnection, DatabaseTransaction, EntityTrait,
    QueryOrder, Set, Statement, TransactionTrait,
};

use super::{StoreError, ctx};

/// Who did something, as written in the log. Never an address or a code.
#[derive(Debug, Clone)]
pub enum Actor {
    /// An anonymous reporter (no identifier at all).
    Reporter,
    Officer(String),
    Admin,
    System,
}

impl Actor {
    fn label(&self) -> String {
        match self {
            Actor::Reporter => "reporter".into(),
            Actor::Officer(login) => format!("officer:{login}"),
            Actor::Admin => "admin".into(),
            Actor::System => "system".into(),
        }
    }
}

pub struct WriteTx {
    txn: DatabaseTransaction,
    seq: i64,
    hash: Vec<u8>,
}

impl WriteTx {
    pub async fn begin(db: &DatabaseConnection) -> Result<Self, StoreError> {
        let txn = db.begin().await.map_err(ctx("starting a transaction"))?;
        let backend = txn.get_database_backend();
        txn.execute_raw(Statement::from_string(
            backend,
            "UPDATE audit_head SET seq = seq WHERE id = 1",
        ))
        .await
        .map_err(ctx("locking the audit chain"))?;
        let head = audit_head::Entity::find_by_id(1)
            .one(&txn)
            .await
            .map_err(ctx("reading the audit chain head"))?
            .ok_or_else(|| StoreError::Invalid("the audit chain head is missing".into()))?;
        Ok(Self {
            txn,
            seq: head.seq,
            hash: head.hash,
        })
    }

    pub fn conn(&self) -> &DatabaseTransaction {
        &self.txn
    }

    /// Appends one entry to the chain, inside this transaction.
    pub async fn audit(
        &mut self,
        actor: &Actor,
        action: &str,
        subject: &str,
    ) -> Result<(), StoreError> {
        let seq = self.seq + 1;
        // Reporter-side events keep to the hour here too (order is in `seq`).
        let at = match actor {
            Actor::Reporter => crate::domain::round_to_hour(Utc::now()).trunc_subsecs(0),
            _ => Utc::now().trunc_subsecs(0),
        };
        let actor = actor.label();
        let hash = entry_hash(&self.hash, seq, at, &actor, action, subject);
        audit_log::ActiveModel {
            seq: Set(seq),
            at: Set(at),
            actor: Set(actor),
            action: Set(action.to_string()),
            subject: Set(subject.to_string()),
            prev_hash: Set(self.hash.clone()),
            hash: Set(hash.clone()),
        }
        .insert(&self.txn)
        .await
        .map_err(ctx("appending to the audit log"))?;
        self.seq = seq;
        self.hash = hash;
        Ok(())
    }

    pub async fn commit(self) -> Result<(), StoreError> {
        audit_head::ActiveModel {
            id: Set(1),
            seq: Set(self.seq),
            hash: Set(self.hash),
        }
        .update(&self.txn)
        .await
        .map_err(ctx("moving the audit chain head"))?;
        self.txn.commit().await.map_err(ctx("committing"))
    }
}

fn entry_hash(
    prev: &[u8],
    seq: i64,
    at: DateTime<Utc>,
    actor: &str,
    action: &str,
    subject: &str,
) -> Vec<u8> {
    let mut buf = Vec::with_capacity(128);
    buf.extend_from_slice(prev);
    buf.extend_from_slice(&seq.to_be_bytes());
    for field in [at.to_rfc3339().as_str(), actor, action, subject] {
        buf.extend_from_slice(&(field.len() as u32).to_be_bytes());
        buf.extend_from_slice(field.as_bytes());
    }
    crate::crypto::sha256(&buf).to_vec()
}

/// What `verify` found wrong, naming the row.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ChainFault {
    Gap { expected: i64, found: i64 },
    BrokenLink { seq: i64 },
    Altered { seq: i64 },
    HeadMismatch { head_seq: i64, last_seq: i64 },
}

impl std::fmt::Display for ChainFault {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ChainFault::Gap { expected, found } => write!(
                f,
                "entry {expected} is missing (next entry found is {found}): deleted or reordered"
            ),
            ChainFault::BrokenLink { seq } => write!(
                f,
                "entry {seq} does not link to the entry before it: deleted, inserted or reordered"
            ),
            ChainFault::Altered { seq } => write!(f, "entry {seq} was edited after it was written"),
            ChainFault::HeadMismatch { head_seq, last_seq } => write!(
                f,
                "the chain head says {head_seq} entries but the log ends at {last_seq}: the last entries were deleted or added"
            ),
        }
    }
}

/// Walks the whole chain. `Ok(n)` is the number of sound entries.
pub async fn verify(db: &DatabaseConnection) -> Result<Result<i64, ChainFault>, StoreError> {
    let rows = audit_log::Entity::find()
        .order_by_asc(audit_log::Column::Seq)
        .all(db)
        .await
        .map_err(ctx("reading the audit log"))?;
    let head = audit_head::Entity::find_by_id(1)
        .one(db)
        .await
        .map_err(ctx("reading the audit chain head"))?
        .ok_or_else(|| StoreError::Invalid("the audit chain head is missing".into()))?;
    let mut prev = vec![0u8; 32];
    let mut expected = 1;
    for row in &rows {
        if row.seq != expected {
            return Ok(Err(ChainFault::Gap {
                expected,
                found: row.seq,
            }));
        }
        if row.prev_hash != prev {
            return Ok(Err(ChainFault::BrokenLink { seq: row.seq }));
        }
        let hash = entry_hash(
            &prev,
            row.seq,
            row.at,
            &row.actor,
            &row.action,
            &row.subject,
        );
        if hash != row.hash {
            return Ok(Err(ChainFault::Altered { seq: row.seq }));
        }
        prev = hash;
        expected += 1;
    }
    let last = expected - 1;
    if head.seq != last || head.hash != prev {
        return Ok(Err(ChainFault::HeadMismatch {
            head_seq: head.seq,
            last_seq: last,
        }));
    }
    Ok(Ok(last))
}

/// The newest entries first, before a sequence number if given.
pub async fn entries(
    db: &DatabaseConnection,
    limit: u64,
    before: Option<i64>,
) -> Result<Vec<audit_log::Model>, StoreError> {
    use sea_orm::{ColumnTrait, QueryFilter, QuerySelect};
    let mut q = audit_log::Entity::find();
    if let Some(b) = before {
        q = q.filter(audit_log::Column::Seq.lt(b));
    }
    q.order_by_desc(audit_log::Column::Seq)
        .limit(limit)
        .all(db)
        .await
        .map_err(ctx("reading the audit log"))
}
