use sea_orm::entity::prelude::*;

/// Membership of an officer in a unit.
#[sea_orm::model]
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "officer_unit")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub officer_id: i32,
    #[sea_orm(primary_key, auto_increment = false)]
    pub unit_id: i32,
    /// "member" or "supervisor".
    pub role: String,
}

impl ActiveModelBehavior for ActiveModel {}
