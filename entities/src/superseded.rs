use sea_orm::entity::prelude::*;

/// The version of a message's envelope or an attachment that a pending
/// re-encryption replaced, kept so that it can be restored.
#[sea_orm::model]
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "superseded")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub report_id: i64,
    /// "message" or "attachment".
    pub kind: String,
    /// The message's or the attachment's id.
    pub item_id: i64,
    pub envelope: Vec<u8>,
    pub key_set: Option<i64>,
}

impl ActiveModelBehavior for ActiveModel {}
