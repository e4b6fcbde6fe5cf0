use sea_orm::entity::prelude::*;

/// One age envelope of a report's thread; the report itself is the first.
#[sea_orm::model]
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "message")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub report_id: i64,
    /// "reporter" or "unit".
    pub sender: String,
    pub officer_id: Option<i32>,
    pub envelope: Vec<u8>,
    /// Rounded to the hour for the reporter's messages.
    pub created_at: DateTimeUtc,
    /// The unit's key-set version this envelope is encrypted to (`None`: unknown,
    /// from before versions were recorded).
    pub key_set: Option<i64>,
}

impl ActiveModelBehavior for ActiveModel {}
