use sea_orm::entity::prelude::*;

/// A protection unit. Units are declared in the routing file and synced at start.
#[sea_orm::model]
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "unit")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    #[sea_orm(unique)]
    pub slug: String,
    pub name: String,
    /// Changes whenever the unit's active recipient set changes.
    pub key_set: i64,
    pub created_at: DateTimeUtc,
    /// The categories the routing file sends to this unit, comma-separated (kept so
    /// that the key log can say who reads which category).
    pub categories: String,
}

impl ActiveModelBehavior for ActiveModel {}
