use sea_orm::entity::prelude::*;

/// The last message of a case an officer has fetched (for unread markers).
#[sea_orm::model]
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "case_read")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub officer_id: i32,
    #[sea_orm(primary_key, auto_increment = false)]
    pub report_id: i64,
    pub last_message_id: i64,
}

impl ActiveModelBehavior for ActiveModel {}
