//! Attachments (photos, documents, voice) beside a thread's messages, and an
//! officer's identity wrapped by a passkey.

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Attachment {
    Table,
    Id,
    ReportId,
    MessageId,
    Position,
    Envelope,
    Size,
    KeySet,
}

#[derive(DeriveIden)]
enum Report {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum Message {
    Table,
    Id,
}

#[derive(DeriveIden)]
enum Officer {
    Table,
    PasskeyCredential,
    PasskeyWrappedIdentity,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.create_table(
            Table::create()
                .table(Attachment::Table)
                .col(big_pk_auto(Attachment::Id))
                .col(big_integer(Attachment::ReportId))
                .col(big_integer(Attachment::MessageId))
                .col(integer(Attachment::Position))
                .col(blob(Attachment::Envelope))
                .col(big_integer(Attachment::Size))
                .col(big_integer_null(Attachment::KeySet))
                .foreign_key(
                    &mut ForeignKey::create()
                        .from(Attachment::Table, Attachment::ReportId)
                        .to(Report::Table, Report::Id)
                        .on_delete(ForeignKeyAction::Restrict)
                        .to_owned(),
                )
                .foreign_key(
                    &mut ForeignKey::create()
                        .from(Attachment::Table, Attachment::MessageId)
                        .to(Message::Table, Message::Id)
                        .on_delete(ForeignKeyAction::Restrict)
                        .to_owned(),
                )
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("idx_attachment_report")
                .table(Attachment::Table)
                .col(Attachment::ReportId)
                .col(Attachment::Id)
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("idx_attachment_message")
                .table(Attachment::Table)
                .col(Attachment::MessageId)
                .col(Attachment::Position)
                .to_owned(),
        )
        .await?;
        for col in [
            string_null(Officer::PasskeyCredential),
            blob_null(Officer::PasskeyWrappedIdentity),
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
