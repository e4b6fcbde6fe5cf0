//! A supervisor can mark a case as spam or abuse: its follow-up code can no longer
//! write, and its content is purged after `retention.flagged_days` instead of the
//! category's retention. The mark and the hour it was set are kept in clear.

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Report {
    Table,
    Flag,
    FlaggedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        // SQLite takes one column per ALTER TABLE.
        m.alter_table(
            Table::alter()
                .table(Report::Table)
                .add_column(string_null(Report::Flag))
                .to_owned(),
        )
        .await?;
        m.alter_table(
            Table::alter()
                .table(Report::Table)
                .add_column(timestamp_with_time_zone_null(Report::FlaggedAt))
                .to_owned(),
        )
        .await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        for col in [Report::FlaggedAt, Report::Flag] {
            m.alter_table(
                Table::alter()
                    .table(Report::Table)
                    .drop_column(col)
                    .to_owned(),
            )
            .await?;
        }
        Ok(())
    }
}
