//! Officer sign-in (password, TOTP, throttling), console sessions, officers' own
//! keys, case assignment and per-officer read state.

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Officer {
    Table,
    Id,
    PasswordHash,
    TotpSecret,
    TotpPending,
    TotpLastStep,
    FailedLogins,
    LockedUntil,
    Recipient,
    WrappedIdentity,
}

#[derive(DeriveIden)]
enum ConsoleSession {
    Table,
    Id,
    OfficerId,
    TokenDigest,
    CreatedAt,
    LastSeenAt,
    ExpiresAt,
}

#[derive(DeriveIden)]
enum Report {
    Table,
    UnitId,
    Status,
    CreatedAt,
    AssignedTo,
}

#[derive(DeriveIden)]
enum CaseRead {
    Table,
    OfficerId,
    ReportId,
    LastMessageId,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        // One column per statement: SQLite's ALTER TABLE adds one at a time.
        let columns = [
            text_null(Officer::PasswordHash),
            blob_null(Officer::TotpSecret),
            blob_null(Officer::TotpPending),
            big_integer_null(Officer::TotpLastStep),
            integer(Officer::FailedLogins).default(0).to_owned(),
            timestamp_with_time_zone_null(Officer::LockedUntil),
            string_null(Officer::Recipient),
            blob_null(Officer::WrappedIdentity),
        ];
        for mut col in columns {
            m.alter_table(
                Table::alter()
                    .table(Officer::Table)
                    .add_column(&mut col)
                    .to_owned(),
            )
            .await?;
        }

        m.create_table(
            Table::create()
                .table(ConsoleSession::Table)
                .col(pk_auto(ConsoleSession::Id))
                .col(integer(ConsoleSession::OfficerId))
                .col(blob_uniq(ConsoleSession::TokenDigest))
                .col(timestamp_with_time_zone(ConsoleSession::CreatedAt))
                .col(timestamp_with_time_zone(ConsoleSession::LastSeenAt))
                .col(timestamp_with_time_zone(ConsoleSession::ExpiresAt))
                .foreign_key(
                    ForeignKey::create()
                        .from(ConsoleSession::Table, ConsoleSession::OfficerId)
                        .to(Officer::Table, Officer::Id),
                )
                .to_owned(),
        )
        .await?;

        m.alter_table(
            Table::alter()
                .table(Report::Table)
                .add_column(integer_null(Report::AssignedTo))
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("idx_report_unit_status_created")
                .table(Report::Table)
                .col(Report::UnitId)
                .col(Report::Status)
                .col(Report::CreatedAt)
                .to_owned(),
        )
        .await?;

        m.create_table(
            Table::create()
                .table(CaseRead::Table)
                .col(integer(CaseRead::OfficerId))
                .col(big_integer(CaseRead::ReportId))
                .col(big_integer(CaseRead::LastMessageId))
                .primary_key(
                    Index::create()
                        .col(CaseRead::OfficerId)
                        .col(CaseRead::ReportId),
                )
                .to_owned(),
        )
        .await?;
        Ok(())
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.drop_table(Table::drop().table(CaseRead::Table).to_owned())
            .await?;
        m.drop_table(Table::drop().table(ConsoleSession::Table).to_owned())
            .await?;
        Ok(())
    }
}
