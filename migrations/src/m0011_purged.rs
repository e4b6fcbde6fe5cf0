//! Retention: a case whose time is over keeps a content-free tombstone (unit,
//! category, region, language, the hour it came in, its status history), marked
//! with the hour it was purged. Its envelopes, files and follow-up key are gone.

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Report {
    Table,
    PurgedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.alter_table(
            Table::alter()
                .table(Report::Table)
                .add_column(timestamp_with_time_zone_null(Report::PurgedAt))
                .to_owned(),
        )
        .await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.alter_table(
            Table::alter()
                .table(Report::Table)
                .drop_column(Report::PurgedAt)
                .to_owned(),
        )
        .await
    }
}
