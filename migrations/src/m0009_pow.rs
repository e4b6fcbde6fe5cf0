//! Proof-of-work challenges that have been used: a report's or a message's
//! challenge once, a follow-up lookup's for a bounded number of misses. Shared by
//! every instance, so that no instance takes a challenge twice. Only the
//! challenge's random nonce is kept, and the hour after which the row can go.

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum PowRedeemed {
    Table,
    Nonce,
    Misses,
    PurgeAfter,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.create_table(
            Table::create()
                .table(PowRedeemed::Table)
                .col(string(PowRedeemed::Nonce).primary_key())
                .col(big_integer(PowRedeemed::Misses))
                .col(big_integer(PowRedeemed::PurgeAfter))
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("idx_pow_redeemed_purge_after")
                .table(PowRedeemed::Table)
                .col(PowRedeemed::PurgeAfter)
                .to_owned(),
        )
        .await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.drop_table(Table::drop().table(PowRedeemed::Table).to_owned())
            .await
    }
}
