//! Which key-set version each envelope was encrypted to, so that re-keying after a
//! revocation knows what is left to do (and can resume).

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Message {
    Table,
    KeySet,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.alter_table(
            Table::alter()
                .table(Message::Table)
                .add_column(big_integer_null(Message::KeySet))
                .to_owned(),
        )
        .await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.alter_table(
            Table::alter()
                .table(Message::Table)
                .drop_column(Message::KeySet)
                .to_owned(),
        )
        .await
    }
}
