//! Hourly write budgets shared by every instance: how many anonymous writes
//! (reports, reporter messages) and how many of their bytes each scope (all units,
//! one unit) has taken in one clock hour. Rows older than the previous hour are
//! deleted as new hours begin.

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum WriteBudget {
    Table,
    Scope,
    Hour,
    Writes,
    Bytes,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.create_table(
            Table::create()
                .table(WriteBudget::Table)
                .col(string(WriteBudget::Scope))
                .col(big_integer(WriteBudget::Hour))
                .col(big_integer(WriteBudget::Writes))
                .col(big_integer(WriteBudget::Bytes))
                .primary_key(
                    Index::create()
                        .col(WriteBudget::Scope)
                        .col(WriteBudget::Hour),
                )
                .to_owned(),
        )
        .await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.drop_table(Table::drop().table(WriteBudget::Table).to_owned())
            .await
    }
}
