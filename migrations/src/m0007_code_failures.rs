//! Wrong TOTP codes given with the right password, counted apart from wrong
//! passwords: only someone who has the password can make the lock refuse the code
//! check (docs/console.md, "Account lock").

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Officer {
    Table,
    CodeFailures,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.alter_table(
            Table::alter()
                .table(Officer::Table)
                .add_column(integer(Officer::CodeFailures).default(0).to_owned())
                .to_owned(),
        )
        .await
    }

    async fn down(&self, _m: &SchemaManager) -> Result<(), DbErr> {
        Ok(())
    }
}
