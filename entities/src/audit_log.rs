use sea_orm::entity::prelude::*;

/// Append-only audit log; `hash` = SHA-256 over the previous hash and this row.
#[sea_orm::model]
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "audit_log")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub seq: i64,
    pub at: DateTimeUtc,
    pub actor: String,
    pub action: String,
    pub subject: String,
    pub prev_hash: Vec<u8>,
    pub hash: Vec<u8>,
}

impl ActiveModelBehavior for ActiveModel {}
