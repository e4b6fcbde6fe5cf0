use sea_orm::entity::prelude::*;

/// One encrypted file (photo, document, voice) of a thread's message. Its plaintext
/// is described inside the message's own envelope (docs/crypto.md §2).
#[sea_orm::model]
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "attachment")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub report_id: i64,
    pub message_id: i64,
    /// Its place among the message's attachments, from 0: the envelope describes
    /// them in this order.
    pub position: i32,
    pub envelope: Vec<u8>,
    /// Length of `envelope`, so that listings and limits need not read it.
    pub size: i64,
    /// The unit's key-set version this file is encrypted to.
    pub key_set: Option<i64>,
}

impl ActiveModelBehavior for ActiveModel {}
