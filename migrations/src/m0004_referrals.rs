//! Referral to partner organisations, with the reporter's consent.

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Report {
    Table,
    Id,
    ReferralConsent,
}

#[derive(DeriveIden)]
enum Referral {
    Table,
    Id,
    ReportId,
    Partner,
    OfficerId,
    Envelope,
    CreatedAt,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.alter_table(
            Table::alter()
                .table(Report::Table)
                .add_column(boolean(Report::ReferralConsent).default(false))
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table(Referral::Table)
                .col(big_pk_auto(Referral::Id))
                .col(big_integer(Referral::ReportId))
                .col(string(Referral::Partner))
                .col(integer(Referral::OfficerId))
                .col(blob(Referral::Envelope))
                .col(timestamp_with_time_zone(Referral::CreatedAt))
                .foreign_key(
                    ForeignKey::create()
                        .from(Referral::Table, Referral::ReportId)
                        .to(Report::Table, Report::Id),
                )
                .to_owned(),
        )
        .await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.drop_table(Table::drop().table(Referral::Table).to_owned())
            .await
    }
}
