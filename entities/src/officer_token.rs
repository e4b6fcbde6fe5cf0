use sea_orm::entity::prelude::*;

/// An officer's API token, stored as SHA-256 of the token only.
#[sea_orm::model]
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "officer_token")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub officer_id: i32,
    #[sea_orm(unique)]
    pub token_digest: Vec<u8>,
    pub label: String,
    pub created_at: DateTimeUtc,
    pub expires_at: DateTimeUtc,
}

impl ActiveModelBehavior for ActiveModel {}
