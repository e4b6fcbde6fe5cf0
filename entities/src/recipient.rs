use sea_orm::entity::prelude::*;

/// An age X25519 recipient of a unit: an officer's key or the unit's recovery key.
#[sea_orm::model]
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "recipient")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    pub unit_id: i32,
    pub recipient: String,
    /// "officer" or "recovery".
    pub kind: String,
    pub officer_id: Option<i32>,
    pub label: String,
    pub active: bool,
    pub added_at: DateTimeUtc,
    pub revoked_at: Option<DateTimeUtc>,
}

impl ActiveModelBehavior for ActiveModel {}
