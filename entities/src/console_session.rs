use sea_orm::entity::prelude::*;

/// A signed-in console session; only the SHA-256 of its cookie is stored.
#[sea_orm::model]
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "console_session")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub officer_id: i32,
    #[sea_orm(unique)]
    pub token_digest: Vec<u8>,
    pub created_at: DateTimeUtc,
    pub last_seen_at: DateTimeUtc,
    pub expires_at: DateTimeUtc,
}

impl ActiveModelBehavior for ActiveModel {}
