use sea_orm::entity::prelude::*;

/// The single row holding the audit chain's head. Every writing transaction updates
/// it first, which serialises appends on SQLite and PostgreSQL alike.
#[sea_orm::model]
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "audit_head")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: i32,
    pub seq: i64,
    pub hash: Vec<u8>,
}

impl ActiveModelBehavior for ActiveModel {}
