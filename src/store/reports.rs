//! Reports, their threads and status history.

use chrono::{DateTime, SubsecRound, Utc};
use entities::{message, report, status_change};
use sea_orm::{
    ActiveModelTrait, ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, QueryFilter,
    QueryOrder, QuerySelect, Set,
};

use super::audit::Actor;
use super::{StoreError, WriteTx, ctx, is_unique_violation, now, outbox};
use crate::crypto::LookupDigest;
use crate::domain::{
    AgeEnvelope, CaseRef, Category, Flag, Language, Outcome, Region, Status, round_to_hour,
};

pub struct NewReport {
    pub unit_id: i32,
    pub category: Category,
    pub region: Option<Region>,
    pub language: Language,
    pub urgent: bool,
    pub lookup: LookupDigest,
    pub reply_recipient: String,
    pub envelope: AgeEnvelope,
    /// The unit's key-set version the envelope was checked against.
    pub key_set: i64,
    pub referral_consent: bool,
    /// Files beside the report, in the order its envelope describes them.
    pub attachments: Vec<AgeEnvelope>,
}

#[derive(Debug)]
pub enum Submitted {
    Created(report::Model),
    /// The same submission was already stored: a retry after a lost answer.
    Replayed(report::Model),
}

#[derive(Debug, thiserror::Error)]
pub enum SubmitError {
    #[error("this lookup key is already used by another report")]
    LookupInUse,
    #[error(transparent)]
    Store(#[from] StoreError),
}

pub async fn find_by_lookup<C: ConnectionTrait>(
    db: &C,
    digest: &LookupDigest,
) -> Result<Option<report::Model>, StoreError> {
    report::Entity::find()
        .filter(report::Column::LookupDigest.eq(digest.as_bytes().to_vec()))
        .one(db)
        .await
        .map_err(ctx("looking up a report"))
}

pub async fn find_by_case<C: ConnectionTrait>(
    db: &C,
    case: &CaseRef,
) -> Result<Option<report::Model>, StoreError> {
    report::Entity::find()
        .filter(report::Column::CaseRef.eq(case.as_str()))
        .one(db)
        .await
        .map_err(ctx("reading a case"))
}

/// Stores a report. Callers check `replay_of` first (before any key check); here
/// only a race between two copies of one submission is left to recognise.
pub async fn submit(db: &DatabaseConnection, new: NewReport) -> Result<Submitted, SubmitError> {
    match insert(db, &new).await {
        Ok(model) => Ok(Submitted::Created(model)),
        // Two copies of one submission raced; the other one won.
        Err(StoreError::Db { source, .. }) if is_unique_violation(&source) => {
            replay_of(db, &new).await?.ok_or(SubmitError::LookupInUse)
        }
        Err(e) => Err(e.into()),
    }
}

/// The stored report this submission repeats, if any (a retry after a lost answer);
/// `LookupInUse` if the lookup key belongs to a different report.
pub async fn replay_of(
    db: &DatabaseConnection,
    new: &NewReport,
) -> Result<Option<Submitted>, SubmitError> {
    let Some(existing) = find_by_lookup(db, &new.lookup).await? else {
        return Ok(None);
    };
    let first = message::Entity::find()
        .filter(message::Column::ReportId.eq(existing.id))
        .order_by_asc(message::Column::Id)
        .one(db)
        .await
        .map_err(ctx("reading a report's first message"))?;
    let same = existing.unit_id == new.unit_id
        && existing.category == new.category.as_str()
        && existing.language == new.language.as_str()
        && existing.urgent == new.urgent
        && existing.region.as_deref() == new.region.as_ref().map(|r| r.as_str())
        && existing.reply_recipient == new.reply_recipient
        && existing.referral_consent == new.referral_consent
        && first
            .as_ref()
            .is_some_and(|m| m.envelope == new.envelope.bytes());
    let same = same && {
        let first_id = first.map(|m| m.id).unwrap_or_default();
        let stored = super::attachments::envelopes_of_message(db, first_id).await?;
        stored.len() == new.attachments.len()
            && stored
                .iter()
                .zip(&new.attachments)
                .all(|(a, b)| a.as_slice() == b.bytes())
    };
    if same {
        Ok(Some(Submitted::Replayed(existing)))
    } else {
        Err(SubmitError::LookupInUse)
    }
}

async fn insert(db: &DatabaseConnection, new: &NewReport) -> Result<report::Model, StoreError> {
    let mut tx = WriteTx::begin(db).await?;
    let at = round_to_hour(now());
    let case = CaseRef::generate();
    let model = report::ActiveModel {
        case_ref: Set(case.to_string()),
        unit_id: Set(new.unit_id),
        category: Set(new.category.to_string()),
        region: Set(new.region.as_ref().map(|r| r.to_string())),
        language: Set(new.language.as_str().to_string()),
        urgent: Set(new.urgent),
        status: Set(Status::Received.as_str().to_string()),
        lookup_digest: Set(new.lookup.as_bytes().to_vec()),
        reply_recipient: Set(new.reply_recipient.clone()),
        created_at: Set(at),
        updated_at: Set(at),
        referral_consent: Set(new.referral_consent),
        ..Default::default()
    }
    .insert(tx.conn())
    .await
    .map_err(ctx("storing a report"))?;
    let first = message::ActiveModel {
        report_id: Set(model.id),
        sender: Set("reporter".into()),
        officer_id: Set(None),
        envelope: Set(new.envelope.bytes().to_vec()),
        created_at: Set(at),
        key_set: Set(Some(new.key_set)),
        ..Default::default()
    }
    .insert(tx.conn())
    .await
    .map_err(ctx("storing a report's envelope"))?;
    super::attachments::insert(
        tx.conn(),
        model.id,
        first.id,
        Some(new.key_set),
        // A copy: a racing request's replay is compared with `new` afterwards.
        new.attachments.clone(),
    )
    .await?;
    status_change::ActiveModel {
        report_id: Set(model.id),
        status: Set(Status::Received.as_str().into()),
        outcome: Set(None),
        officer_id: Set(None),
        at: Set(at),
        ..Default::default()
    }
    .insert(tx.conn())
    .await
    .map_err(ctx("storing a report's status"))?;
    outbox::enqueue(&tx, new.unit_id, if new.urgent { "urgent" } else { "new" }).await?;
    tx.audit(&Actor::Reporter, "report.create", &case.to_string())
        .await?;
    tx.commit().await?;
    Ok(model)
}

/// What a listing says of a message, without reading its envelope.
#[derive(Debug, Clone, PartialEq, Eq, sea_orm::FromQueryResult)]
pub struct MessageInfo {
    pub id: i64,
    pub sender: String,
    pub created_at: DateTime<Utc>,
    pub key_set: Option<i64>,
    pub size: i64,
}

/// The SQL for a message envelope's size: a blob's length is in SQLite's record
/// header and in PostgreSQL's TOAST pointer, so neither reads the bytes for it.
fn envelope_size() -> sea_orm::sea_query::SimpleExpr {
    sea_orm::sea_query::Expr::cust("CAST(LENGTH(envelope) AS BIGINT)")
}

/// Every message of a thread, oldest first, without envelopes.
pub async fn thread_meta<C: ConnectionTrait>(
    db: &C,
    report_id: i64,
) -> Result<Vec<MessageInfo>, StoreError> {
    message::Entity::find()
        .select_only()
        .columns([
            message::Column::Id,
            message::Column::Sender,
            message::Column::CreatedAt,
            message::Column::KeySet,
        ])
        .column_as(envelope_size(), "size")
        .filter(message::Column::ReportId.eq(report_id))
        .order_by_asc(message::Column::Id)
        .into_model::<MessageInfo>()
        .all(db)
        .await
        .map_err(ctx("listing a thread"))
}

/// How many messages a thread holds, and their envelopes' bytes in all.
async fn thread_size<C: ConnectionTrait>(db: &C, report_id: i64) -> Result<(u64, u64), StoreError> {
    let (n, bytes): (i64, Option<i64>) = message::Entity::find()
        .select_only()
        .column_as(sea_orm::sea_query::Expr::cust("COUNT(*)"), "n")
        .column_as(
            sea_orm::sea_query::Expr::cust("CAST(SUM(LENGTH(envelope)) AS BIGINT)"),
            "bytes",
        )
        .filter(message::Column::ReportId.eq(report_id))
        .into_tuple()
        .one(db)
        .await
        .map_err(ctx("measuring a thread"))?
        .unwrap_or((0, None));
    Ok((n as u64, bytes.unwrap_or(0) as u64))
}

/// Envelopes of the given messages of one thread, by id.
pub async fn envelopes<C: ConnectionTrait>(
    db: &C,
    report_id: i64,
    ids: &[i64],
) -> Result<std::collections::HashMap<i64, Vec<u8>>, StoreError> {
    if ids.is_empty() {
        return Ok(Default::default());
    }
    let rows: Vec<(i64, Vec<u8>)> = message::Entity::find()
        .select_only()
        .columns([message::Column::Id, message::Column::Envelope])
        .filter(message::Column::ReportId.eq(report_id))
        .filter(message::Column::Id.is_in(ids.iter().copied()))
        .into_tuple()
        .all(db)
        .await
        .map_err(ctx("reading envelopes"))?;
    Ok(rows.into_iter().collect())
}

pub async fn history<C: ConnectionTrait>(
    db: &C,
    report_id: i64,
) -> Result<Vec<status_change::Model>, StoreError> {
    status_change::Entity::find()
        .filter(status_change::Column::ReportId.eq(report_id))
        .order_by_asc(status_change::Column::Id)
        .all(db)
        .await
        .map_err(ctx("reading a status history"))
}

#[derive(Debug, thiserror::Error)]
pub enum MessageError {
    #[error("this conversation has reached its limit of {0} messages")]
    ThreadFull(u64),
    #[error("the case moved to another unit")]
    Moved,
    #[error("the case's attachments would exceed {0} bytes")]
    AttachmentsFull(u64),
    #[error("the case's messages would exceed {0} bytes")]
    CaseFull(u64),
    #[error("the case's content was deleted at the end of its retention")]
    Purged,
    /// Marked as spam or abuse: the follow-up code writes nothing more.
    #[error("the case takes no more messages from its follow-up code")]
    Flagged,
    #[error(transparent)]
    Store(#[from] StoreError),
}

pub enum Sender {
    Reporter,
    Officer {
        id: i32,
        login: String,
    },
    /// An internal note: encrypted to the unit only, never shown to the reporter.
    Note {
        id: i32,
        login: String,
    },
}

/// Limits a new message must respect.
#[derive(Debug, Clone, Copy)]
pub struct ThreadLimits {
    pub max_messages: u64,
    /// All message envelopes of one case, in bytes (attachments apart).
    pub max_case_message_bytes: u64,
    pub max_case_attachment_bytes: u64,
}

/// The case as it is now, inside `tx`: still in the unit the caller saw it in, and
/// not a tombstone (what it held is gone for a reason: it takes nothing).
async fn live_case(tx: &WriteTx, report: &report::Model) -> Result<report::Model, MessageError> {
    let fresh = report::Entity::find_by_id(report.id)
        .one(tx.conn())
        .await
        .map_err(ctx("re-reading a case"))?;
    let Some(fresh) = fresh.filter(|r| r.unit_id == report.unit_id) else {
        return Err(MessageError::Moved);
    };
    if fresh.purged_at.is_some() {
        return Err(MessageError::Purged);
    }
    Ok(fresh)
}

/// Appends an envelope, and its attachments, to a report's thread.
/// `key_set` is the version the sender declared it encrypted to; without one the
/// envelope is recorded as of unknown version, which re-keying treats as stale.
pub async fn add_message(
    db: &DatabaseConnection,
    report: &report::Model,
    sender: Sender,
    envelope: AgeEnvelope,
    attachments: Vec<AgeEnvelope>,
    key_set: Option<i64>,
    limits: ThreadLimits,
) -> Result<message::Model, MessageError> {
    let max_messages = limits.max_messages;
    let mut tx = WriteTx::begin(db).await?;
    let fresh = live_case(&tx, report).await?;
    if fresh.flag.is_some() && matches!(sender, Sender::Reporter) {
        return Err(MessageError::Flagged);
    }
    let (count, bytes) = thread_size(tx.conn(), report.id).await?;
    if count >= max_messages {
        return Err(MessageError::ThreadFull(max_messages));
    }
    if bytes + envelope.bytes().len() as u64 > limits.max_case_message_bytes {
        return Err(MessageError::CaseFull(limits.max_case_message_bytes));
    }
    if !attachments.is_empty() {
        let held = super::attachments::total_size(tx.conn(), report.id).await?;
        let adding: i64 = attachments.iter().map(|a| a.bytes().len() as i64).sum();
        if (held + adding) as u64 > limits.max_case_attachment_bytes {
            return Err(MessageError::AttachmentsFull(
                limits.max_case_attachment_bytes,
            ));
        }
    }
    let (who, officer_id, at, actor) = match &sender {
        Sender::Reporter => ("reporter", None, round_to_hour(now()), Actor::Reporter),
        Sender::Officer { id, login } => ("unit", Some(*id), now(), Actor::Officer(login.clone())),
        Sender::Note { id, login } => ("note", Some(*id), now(), Actor::Officer(login.clone())),
    };
    let current = super::units::get(tx.conn(), report.unit_id).await?.key_set;
    // A declared version that is no longer current was checked by the caller; the
    // set cannot have changed since without this lock, but record what is true.
    let key_set = key_set.filter(|k| *k == current);
    let model = message::ActiveModel {
        report_id: Set(report.id),
        sender: Set(who.into()),
        officer_id: Set(officer_id),
        envelope: Set(envelope.into_bytes()),
        created_at: Set(at),
        key_set: Set(key_set),
        ..Default::default()
    }
    .insert(tx.conn())
    .await
    .map_err(ctx("storing a message"))?;
    super::attachments::insert(tx.conn(), report.id, model.id, key_set, attachments).await?;
    let action = match sender {
        Sender::Reporter => {
            outbox::enqueue(&tx, report.unit_id, "message").await?;
            "message.reporter"
        }
        Sender::Officer { .. } => "message.reply",
        Sender::Note { .. } => "message.note",
    };
    touch(&tx, report, None, None).await?;
    tx.audit(&actor, action, &report.case_ref).await?;
    tx.commit().await?;
    Ok(model)
}

/// Changes a report's status, with an optional reporter-visible outcome. Opening a
/// case marked as spam or abuse again removes the mark (an open case is never purged).
pub async fn set_status(
    db: &DatabaseConnection,
    report: &report::Model,
    officer_id: i32,
    officer_login: &str,
    status: Status,
    outcome: Option<Outcome>,
) -> Result<report::Model, StoreError> {
    let mut tx = WriteTx::begin(db).await?;
    record_status(&tx, report.id, status, outcome, officer_id).await?;
    let unmark = status != Status::Closed && report.flag.is_some();
    let updated = touch(&tx, report, Some(status), unmark.then_some(None)).await?;
    let actor = Actor::Officer(officer_login.to_string());
    let detail = format!("{} {}", report.case_ref, status.as_str());
    tx.audit(&actor, "case.status", &detail).await?;
    if unmark {
        tx.audit(&actor, "case.flag", &format!("{} none", report.case_ref))
            .await?;
    }
    tx.commit().await?;
    Ok(updated)
}

async fn record_status(
    tx: &WriteTx,
    report_id: i64,
    status: Status,
    outcome: Option<Outcome>,
    officer_id: i32,
) -> Result<(), StoreError> {
    status_change::ActiveModel {
        report_id: Set(report_id),
        status: Set(status.as_str().into()),
        outcome: Set(outcome.map(|o| o.as_str().to_string())),
        officer_id: Set(Some(officer_id)),
        at: Set(now()),
        ..Default::default()
    }
    .insert(tx.conn())
    .await
    .map_err(ctx("storing a status change"))?;
    Ok(())
}

/// Marks a case as spam or abuse (closing it, if it was open), or removes the mark
/// (`None`; the case stays closed). Refused on a tombstone.
pub async fn set_flag(
    db: &DatabaseConnection,
    report: &report::Model,
    officer_id: i32,
    officer_login: &str,
    flag: Option<Flag>,
) -> Result<report::Model, MessageError> {
    let mut tx = WriteTx::begin(db).await?;
    let fresh = live_case(&tx, report).await?;
    let close = flag.is_some() && fresh.status != Status::Closed.as_str();
    if close {
        record_status(&tx, fresh.id, Status::Closed, None, officer_id).await?;
    }
    let updated = touch(&tx, &fresh, close.then_some(Status::Closed), Some(flag)).await?;
    let what = flag.map_or("none", Flag::as_str);
    tx.audit(
        &Actor::Officer(officer_login.to_string()),
        "case.flag",
        &format!("{} {what}", fresh.case_ref),
    )
    .await?;
    tx.commit().await?;
    Ok(updated)
}

/// Marks a report as active now (to the hour), with a new status and mark if given.
async fn touch(
    tx: &WriteTx,
    report: &report::Model,
    status: Option<Status>,
    flag: Option<Option<Flag>>,
) -> Result<report::Model, StoreError> {
    let mut am: report::ActiveModel = report.clone().into();
    if let Some(s) = status {
        am.status = Set(s.as_str().into());
    }
    // Kept to the hour, like every other reporter-related time.
    let hour = round_to_hour(now());
    if let Some(flag) = flag {
        am.flag = Set(flag.map(|f| f.as_str().to_string()));
        am.flagged_at = Set(flag.map(|_| hour));
    }
    am.updated_at = Set(hour);
    am.update(tx.conn()).await.map_err(ctx("updating a report"))
}

/// Records that an officer fetched a case's envelopes.
pub async fn audit_fetch(
    db: &DatabaseConnection,
    officer_login: &str,
    case: &str,
) -> Result<(), StoreError> {
    let mut tx = WriteTx::begin(db).await?;
    tx.audit(
        &Actor::Officer(officer_login.to_string()),
        "case.fetch",
        case,
    )
    .await?;
    tx.commit().await
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SortBy {
    Created,
    Updated,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Assigned {
    To(i32),
    Nobody,
}

pub struct CaseFilter {
    pub unit_ids: Vec<i32>,
    pub status: Option<Status>,
    pub urgent: Option<bool>,
    pub assigned: Option<Assigned>,
    pub sort: SortBy,
    /// Urgent cases before the others (then by time).
    pub urgent_first: bool,
    /// Keyset position: the (urgent, time, id) of the last case of the previous page.
    pub after: Option<(bool, DateTime<Utc>, i64)>,
    pub limit: u64,
}

/// One page of a queue, newest first, by keyset pagination so that page 500 costs
/// what page 1 does.
pub async fn list(
    db: &DatabaseConnection,
    filter: &CaseFilter,
) -> Result<Vec<report::Model>, StoreError> {
    use sea_orm::Condition;
    let time_col = match filter.sort {
        SortBy::Created => report::Column::CreatedAt,
        SortBy::Updated => report::Column::UpdatedAt,
    };
    let mut q =
        report::Entity::find().filter(report::Column::UnitId.is_in(filter.unit_ids.clone()));
    if let Some(s) = filter.status {
        q = q.filter(report::Column::Status.eq(s.as_str()));
    }
    if let Some(u) = filter.urgent {
        q = q.filter(report::Column::Urgent.eq(u));
    }
    match filter.assigned {
        Some(Assigned::To(id)) => q = q.filter(report::Column::AssignedTo.eq(id)),
        Some(Assigned::Nobody) => q = q.filter(report::Column::AssignedTo.is_null()),
        None => {}
    }
    if let Some((urgent, t, id)) = filter.after {
        let within = Condition::any().add(time_col.lt(t)).add(
            Condition::all()
                .add(time_col.eq(t))
                .add(report::Column::Id.lt(id)),
        );
        q = q.filter(if filter.urgent_first {
            Condition::any().add(report::Column::Urgent.lt(urgent)).add(
                Condition::all()
                    .add(report::Column::Urgent.eq(urgent))
                    .add(within),
            )
        } else {
            within
        });
    }
    if filter.urgent_first {
        q = q.order_by_desc(report::Column::Urgent);
    }
    q.order_by_desc(time_col)
        .order_by_desc(report::Column::Id)
        .limit(filter.limit)
        .all(db)
        .await
        .map_err(ctx("listing cases"))
}

/// For each report, the id of its newest message from the reporter.
pub async fn last_reporter_messages(
    db: &DatabaseConnection,
    report_ids: &[i64],
) -> Result<std::collections::HashMap<i64, i64>, StoreError> {
    use sea_orm::{FromQueryResult, QuerySelect};
    #[derive(FromQueryResult)]
    struct Row {
        report_id: i64,
        last: i64,
    }
    let rows = message::Entity::find()
        .select_only()
        .column(message::Column::ReportId)
        .column_as(message::Column::Id.max(), "last")
        .filter(message::Column::ReportId.is_in(report_ids.to_vec()))
        .filter(message::Column::Sender.eq("reporter"))
        .group_by(message::Column::ReportId)
        .into_model::<Row>()
        .all(db)
        .await
        .map_err(ctx("reading the newest messages"))?;
    Ok(rows.into_iter().map(|r| (r.report_id, r.last)).collect())
}

/// A time as RFC 3339 in UTC, to the second.
pub fn rfc3339(t: DateTime<Utc>) -> String {
    t.to_rfc3339_opts(chrono::SecondsFormat::Secs, true)
}

#[derive(Debug, thiserror::Error)]
pub enum ReencryptError {
    #[error("the thread changed since it was fetched")]
    ThreadChanged,
    #[error("the target unit's keys changed")]
    KeysChanged,
    #[error("the case's last re-encryption is not yet confirmed")]
    Pending,
    #[error(transparent)]
    Store(#[from] StoreError),
}

/// Who re-encrypts, and how long what they replace is kept at most.
pub struct Reencryptor<'a> {
    pub officer_id: i32,
    pub login: &'a str,
    pub keep_for: chrono::TimeDelta,
}

/// Swaps every envelope of a case for one re-encrypted (on an officer's device) to
/// `target`'s current key set, atomically. With another unit that is a transfer: the
/// old unit loses access; the reporter's follow-up keeps working. What is replaced
/// is kept (`reencryptions`) until a supervisor confirms or `keep_for` ends; while
/// it is, the case cannot be re-encrypted again (`Pending`).
pub async fn reencrypt(
    db: &DatabaseConnection,
    by: &Reencryptor<'_>,
    report: &report::Model,
    target: &entities::unit::Model,
    envelopes: Vec<(i64, AgeEnvelope)>,
    files: Vec<(i64, AgeEnvelope)>,
) -> Result<report::Model, ReencryptError> {
    let mut tx = WriteTx::begin(db).await?;
    // Under the write lock: the case must still be where the caller saw it (a
    // concurrent transfer would otherwise leave it encrypted to the wrong unit).
    let fresh = report::Entity::find_by_id(report.id)
        .one(tx.conn())
        .await
        .map_err(ctx("re-reading a case"))?;
    if fresh.is_none_or(|r| r.unit_id != report.unit_id) {
        return Err(ReencryptError::ThreadChanged);
    }
    let current = super::units::get(tx.conn(), target.id).await?;
    if current.key_set != target.key_set {
        return Err(ReencryptError::KeysChanged);
    }
    if super::reencryptions::pending(tx.conn(), report.id)
        .await?
        .is_some()
    {
        return Err(ReencryptError::Pending);
    }
    let mut thread: Vec<i64> = thread_meta(tx.conn(), report.id)
        .await?
        .iter()
        .map(|m| m.id)
        .collect();
    let mut sent: Vec<i64> = envelopes.iter().map(|(id, _)| *id).collect();
    thread.sort_unstable();
    sent.sort_unstable();
    if thread != sent {
        return Err(ReencryptError::ThreadChanged);
    }
    let mut held: Vec<i64> = super::attachments::of_report(tx.conn(), report.id)
        .await?
        .values()
        .flatten()
        .map(|a| a.id)
        .collect();
    let mut sent: Vec<i64> = files.iter().map(|(id, _)| *id).collect();
    held.sort_unstable();
    sent.sort_unstable();
    if held != sent {
        return Err(ReencryptError::ThreadChanged);
    }
    let at = now().trunc_subsecs(0);
    super::reencryptions::keep(
        &tx,
        report,
        target.id,
        by.officer_id,
        at,
        round_to_hour(at + by.keep_for),
    )
    .await?;
    for (id, file) in files {
        let bytes = file.into_bytes();
        entities::attachment::Entity::update_many()
            .col_expr(
                entities::attachment::Column::Size,
                sea_orm::sea_query::Expr::value(bytes.len() as i64),
            )
            .col_expr(
                entities::attachment::Column::Envelope,
                sea_orm::sea_query::Expr::value(bytes),
            )
            .col_expr(
                entities::attachment::Column::KeySet,
                sea_orm::sea_query::Expr::value(Some(current.key_set)),
            )
            .filter(entities::attachment::Column::Id.eq(id))
            .filter(entities::attachment::Column::ReportId.eq(report.id))
            .exec(tx.conn())
            .await
            .map_err(ctx("replacing an attachment"))?;
    }
    for (id, envelope) in envelopes {
        message::Entity::update_many()
            .col_expr(
                message::Column::Envelope,
                sea_orm::sea_query::Expr::value(envelope.into_bytes()),
            )
            .col_expr(
                message::Column::KeySet,
                sea_orm::sea_query::Expr::value(Some(current.key_set)),
            )
            .filter(message::Column::Id.eq(id))
            .filter(message::Column::ReportId.eq(report.id))
            .exec(tx.conn())
            .await
            .map_err(ctx("replacing an envelope"))?;
    }
    let transfer = report.unit_id != target.id;
    let updated = if transfer {
        move_to_unit(tx.conn(), report, target.id).await?
    } else {
        report.clone()
    };
    let actor = Actor::Officer(by.login.to_string());
    if transfer {
        let from = super::units::get(tx.conn(), report.unit_id).await?;
        outbox::enqueue(&tx, target.id, "transfer").await?;
        tx.audit(
            &actor,
            "case.transfer",
            &format!("{} {} -> {}", report.case_ref, from.slug, target.slug),
        )
        .await?;
    } else {
        tx.audit(
            &actor,
            "case.rekey",
            &format!("{} key set {}", report.case_ref, current.key_set),
        )
        .await?;
    }
    tx.commit().await?;
    Ok(updated)
}

/// Moves a case to another unit (a transfer, or its undoing): nobody is assigned.
pub(super) async fn move_to_unit<C: ConnectionTrait>(
    db: &C,
    report: &report::Model,
    unit_id: i32,
) -> Result<report::Model, StoreError> {
    let mut am: report::ActiveModel = report.clone().into();
    am.unit_id = Set(unit_id);
    am.assigned_to = Set(None);
    am.updated_at = Set(round_to_hour(now()));
    am.update(db).await.map_err(ctx("moving a case"))
}

/// Open cases of a unit with an envelope not encrypted to its current key set,
/// oldest first, and how many there are in all.
pub async fn stale_cases(
    db: &DatabaseConnection,
    unit: &entities::unit::Model,
    limit: u64,
) -> Result<(Vec<String>, i64), StoreError> {
    use sea_orm::{DatabaseBackend, Statement, Value as V};
    let backend = db.get_database_backend();
    let p = |n: usize| match backend {
        DatabaseBackend::Postgres => format!("${n}"),
        _ => "?".to_string(),
    };
    let condition = format!(
        "FROM report r WHERE r.unit_id = {} AND r.status <> 'closed' AND (EXISTS \
         (SELECT 1 FROM message m WHERE m.report_id = r.id AND (m.key_set IS NULL OR m.key_set < {})) \
         OR EXISTS (SELECT 1 FROM attachment a WHERE a.report_id = r.id AND (a.key_set IS NULL OR a.key_set < {})))",
        p(1),
        p(2),
        p(3)
    );
    let values: Vec<V> = vec![unit.id.into(), unit.key_set.into(), unit.key_set.into()];
    let rows = db
        .query_all_raw(Statement::from_sql_and_values(
            backend,
            format!("SELECT r.case_ref AS case_ref {condition} ORDER BY r.id LIMIT {limit}"),
            values.clone(),
        ))
        .await
        .map_err(ctx("listing cases to re-key"))?;
    let cases = rows
        .iter()
        .map(|r| r.try_get::<String>("", "case_ref"))
        .collect::<Result<Vec<_>, _>>()
        .map_err(ctx("reading cases to re-key"))?;
    let total = db
        .query_one_raw(Statement::from_sql_and_values(
            backend,
            format!("SELECT COUNT(*) AS n {condition}"),
            values,
        ))
        .await
        .map_err(ctx("counting cases to re-key"))?
        .map(|r| r.try_get::<i64>("", "n"))
        .transpose()
        .map_err(ctx("counting cases to re-key"))?
        .unwrap_or(0);
    Ok((cases, total))
}

#[derive(Debug, thiserror::Error)]
pub enum ReferError {
    #[error("the reporter did not consent to a referral")]
    NoConsent,
    #[error(transparent)]
    Store(#[from] StoreError),
}

/// Stores a copy of the case for a partner and tells the reporter (status
/// "referred", outcome "referred_to_partner"), in one transaction.
pub async fn refer(
    db: &DatabaseConnection,
    officer_id: i32,
    officer_login: &str,
    report: &report::Model,
    partner: &str,
    envelope: AgeEnvelope,
) -> Result<entities::referral::Model, ReferError> {
    if !report.referral_consent {
        return Err(ReferError::NoConsent);
    }
    let mut tx = WriteTx::begin(db).await?;
    let at = now();
    let row = entities::referral::ActiveModel {
        report_id: Set(report.id),
        partner: Set(partner.to_string()),
        officer_id: Set(officer_id),
        envelope: Set(envelope.into_bytes()),
        created_at: Set(at),
        ..Default::default()
    }
    .insert(tx.conn())
    .await
    .map_err(ctx("storing a referral"))?;
    status_change::ActiveModel {
        report_id: Set(report.id),
        status: Set(Status::Referred.as_str().into()),
        outcome: Set(Some(Outcome::ReferredToPartner.as_str().into())),
        officer_id: Set(Some(officer_id)),
        at: Set(at),
        ..Default::default()
    }
    .insert(tx.conn())
    .await
    .map_err(ctx("recording a referral in the history"))?;
    touch(&tx, report, Some(Status::Referred), None).await?;
    tx.audit(
        &Actor::Officer(officer_login.to_string()),
        "case.refer",
        &format!("{} {partner}", report.case_ref),
    )
    .await?;
    tx.commit().await?;
    Ok(row)
}

pub async fn referrals_of<C: ConnectionTrait>(
    db: &C,
    report_id: i64,
) -> Result<Vec<entities::referral::Model>, StoreError> {
    entities::referral::Entity::find()
        .filter(entities::referral::Column::ReportId.eq(report_id))
        .order_by_asc(entities::referral::Column::Id)
        .all(db)
        .await
        .map_err(ctx("reading referrals"))
}

/// Every referral to a partner, with its case reference (for handing over).
pub async fn referrals_for_partner(
    db: &DatabaseConnection,
    partner: &str,
) -> Result<Vec<(String, entities::referral::Model)>, StoreError> {
    let rows = entities::referral::Entity::find()
        .filter(entities::referral::Column::Partner.eq(partner))
        .order_by_asc(entities::referral::Column::Id)
        .all(db)
        .await
        .map_err(ctx("reading referrals"))?;
    let mut out = Vec::new();
    for r in rows {
        let case = report::Entity::find_by_id(r.report_id)
            .one(db)
            .await
            .map_err(ctx("reading a referred case"))?
            .map(|c| c.case_ref)
            .unwrap_or_default();
        out.push((case, r));
    }
    Ok(out)
}
