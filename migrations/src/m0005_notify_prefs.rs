//! Per-officer notification preferences: an address, and each event or a digest.

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Officer {
    Table,
    Email,
    NotifyMode,
    DigestSentAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        for col in [
            string_null(Officer::Email),
            string(Officer::NotifyMode).default("off").to_owned(),
            timestamp_with_time_zone_null(Officer::DigestSentAt),
        ] {
            m.alter_table(
                Table::alter()
                    .table(Officer::Table)
                    .add_column(col)
                    .to_owned(),
            )
            .await?;
        }
        Ok(())
    }

    async fn down(&self, _m: &SchemaManager) -> Result<(), DbErr> {
        Ok(())
    }
}
