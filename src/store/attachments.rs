//! Attachments: encrypted files stored beside a thread's messages, in the same
//! transaction as the message they belong to.

use std::collections::BTreeMap;

use entities::attachment;
use sea_orm::{
    ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, QueryFilter, QueryOrder,
    QuerySelect, Set,
};

use super::audit::Actor;
use super::{StoreError, WriteTx, ctx};
use crate::domain::AgeEnvelope;

/// What a listing says of an attachment, without reading its bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AttachmentInfo {
    pub id: i64,
    pub message_id: i64,
    pub position: i32,
    pub size: i64,
    pub key_set: Option<i64>,
}

/// Every attachment of a case, by message, in their order within each message.
pub async fn of_report<C: ConnectionTrait>(
    db: &C,
    report_id: i64,
) -> Result<BTreeMap<i64, Vec<AttachmentInfo>>, StoreError> {
    let rows: Vec<(i64, i64, i32, i64, Option<i64>)> = attachment::Entity::find()
        .select_only()
        .columns([
            attachment::Column::Id,
            attachment::Column::MessageId,
            attachment::Column::Position,
            attachment::Column::Size,
            attachment::Column::KeySet,
        ])
        .filter(attachment::Column::ReportId.eq(report_id))
        .order_by_asc(attachment::Column::MessageId)
        .order_by_asc(attachment::Column::Position)
        .into_tuple()
        .all(db)
        .await
        .map_err(ctx("listing attachments"))?;
    let mut out: BTreeMap<i64, Vec<AttachmentInfo>> = BTreeMap::new();
    for (id, message_id, position, size, key_set) in rows {
        out.entry(message_id).or_default().push(AttachmentInfo {
            id,
            message_id,
            position,
            size,
            key_set,
        });
    }
    Ok(out)
}

/// The bytes of one message's attachments, in order (to recognise a retry).
pub async fn envelopes_of_message<C: ConnectionTrait>(
    db: &C,
    message_id: i64,
) -> Result<Vec<Vec<u8>>, StoreError> {
    let rows: Vec<Vec<u8>> = attachment::Entity::find()
        .select_only()
        .column(attachment::Column::Envelope)
        .filter(attachment::Column::MessageId.eq(message_id))
        .order_by_asc(attachment::Column::Position)
        .into_tuple()
        .all(db)
        .await
        .map_err(ctx("reading a message's attachments"))?;
    Ok(rows)
}

/// The bytes a case's attachments take in all.
pub async fn total_size<C: ConnectionTrait>(db: &C, report_id: i64) -> Result<i64, StoreError> {
    let sizes: Vec<i64> = attachment::Entity::find()
        .select_only()
        .column(attachment::Column::Size)
        .filter(attachment::Column::ReportId.eq(report_id))
        .into_tuple()
        .all(db)
        .await
        .map_err(ctx("summing a case's attachments"))?;
    Ok(sizes.iter().sum())
}

/// Stores a message's attachments, in order. Each file's bytes move into its row,
/// and nothing is read back: a request holds each file once.
pub async fn insert<C: ConnectionTrait>(
    db: &C,
    report_id: i64,
    message_id: i64,
    key_set: Option<i64>,
    files: Vec<AgeEnvelope>,
) -> Result<(), StoreError> {
    for (position, file) in files.into_iter().enumerate() {
        let bytes = file.into_bytes();
        let row = attachment::ActiveModel {
            report_id: Set(report_id),
            message_id: Set(message_id),
            position: Set(position as i32),
            size: Set(bytes.len() as i64),
            envelope: Set(bytes),
            key_set: Set(key_set),
            ..Default::default()
        };
        attachment::Entity::insert(row)
            .exec_without_returning(db)
            .await
            .map_err(ctx("storing an attachment"))?;
    }
    Ok(())
}

/// One attachment of a case, for an officer of its unit; the fetch is audited.
pub async fn fetch(
    db: &DatabaseConnection,
    officer_login: &str,
    report: &entities::report::Model,
    id: i64,
) -> Result<Option<Vec<u8>>, StoreError> {
    let Some(row) = attachment::Entity::find_by_id(id)
        .filter(attachment::Column::ReportId.eq(report.id))
        .one(db)
        .await
        .map_err(ctx("reading an attachment"))?
    else {
        return Ok(None);
    };
    let mut tx = WriteTx::begin(db).await?;
    tx.audit(
        &Actor::Officer(officer_login.to_string()),
        "attachment.fetch",
        &format!("{} attachment {id}", report.case_ref),
    )
    .await?;
    tx.commit().await?;
    Ok(Some(row.envelope))
}
