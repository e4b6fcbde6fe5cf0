use sea_orm::entity::prelude::*;

/// Status history of a report, as the reporter sees it.
#[sea_orm::model]
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "status_change")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    pub report_id: i64,
    pub status: String,
    pub outcome: Option<String>,
    pub officer_id: Option<i32>,
    pub at: DateTimeUtc,
}

impl ActiveModelBehavior for ActiveModel {}
