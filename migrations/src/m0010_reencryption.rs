//! Re-encryption that cannot destroy evidence. A transfer or re-key swaps a case's
//! envelopes and files for new ones made on an officer's device; the server cannot
//! open them, so the ones they replace are kept (`superseded`) until a supervisor
//! confirms that the new ones open in the console, or until the grace period ends
//! (`reencryption.purge_after`). At most one such re-encryption per case.

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Reencryption {
    Table,
    ReportId,
    FromUnitId,
    ToUnitId,
    OfficerId,
    CreatedAt,
    PurgeAfter,
}

#[derive(DeriveIden)]
enum Superseded {
    Table,
    Id,
    ReportId,
    Kind,
    ItemId,
    Envelope,
    KeySet,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.create_table(
            Table::create()
                .table(Reencryption::Table)
                .col(big_integer(Reencryption::ReportId).primary_key())
                .col(integer(Reencryption::FromUnitId))
                .col(integer(Reencryption::ToUnitId))
                .col(integer(Reencryption::OfficerId))
                .col(timestamp_with_time_zone(Reencryption::CreatedAt))
                .col(timestamp_with_time_zone(Reencryption::PurgeAfter))
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("idx_reencryption_to_unit")
                .table(Reencryption::Table)
                .col(Reencryption::ToUnitId)
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("idx_reencryption_purge_after")
                .table(Reencryption::Table)
                .col(Reencryption::PurgeAfter)
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table(Superseded::Table)
                .col(big_pk_auto(Superseded::Id))
                .col(big_integer(Superseded::ReportId))
                .col(string(Superseded::Kind))
                .col(big_integer(Superseded::ItemId))
                .col(blob(Superseded::Envelope))
                .col(big_integer_null(Superseded::KeySet))
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("idx_superseded_item")
                .table(Superseded::Table)
                .col(Superseded::Kind)
                .col(Superseded::ItemId)
                .unique()
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("idx_superseded_report")
                .table(Superseded::Table)
                .col(Superseded::ReportId)
                .to_owned(),
        )
        .await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.drop_table(Table::drop().table(Superseded::Table).to_owned())
            .await?;
        m.drop_table(Table::drop().table(Reencryption::Table).to_owned())
            .await
    }
}
