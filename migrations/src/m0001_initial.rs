use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum Unit {
    Table,
    Id,
    Slug,
    Name,
    KeySet,
    CreatedAt,
}

// The column is named like its table.
#[allow(clippy::enum_variant_names)]
#[derive(DeriveIden)]
enum Recipient {
    Table,
    Id,
    UnitId,
    Recipient,
    Kind,
    OfficerId,
    Label,
    Active,
    AddedAt,
    RevokedAt,
}

#[derive(DeriveIden)]
enum Officer {
    Table,
    Id,
    Login,
    DisplayName,
    Active,
    CreatedAt,
}

#[derive(DeriveIden)]
enum OfficerUnit {
    Table,
    OfficerId,
    UnitId,
    Role,
}

#[derive(DeriveIden)]
enum OfficerToken {
    Table,
    Id,
    OfficerId,
    TokenDigest,
    Label,
    CreatedAt,
    ExpiresAt,
}

#[derive(DeriveIden)]
enum Report {
    Table,
    Id,
    CaseRef,
    UnitId,
    Category,
    Region,
    Language,
    Urgent,
    Status,
    LookupDigest,
    ReplyRecipient,
    CreatedAt,
    UpdatedAt,
}

#[derive(DeriveIden)]
enum Message {
    Table,
    Id,
    ReportId,
    Sender,
    OfficerId,
    Envelope,
    CreatedAt,
}

#[derive(DeriveIden)]
enum StatusChange {
    Table,
    Id,
    ReportId,
    Status,
    Outcome,
    OfficerId,
    At,
}

#[derive(DeriveIden)]
enum Outbox {
    Table,
    Id,
    UnitId,
    Kind,
    CreatedAt,
    Attempts,
    NextAttemptAt,
    LockedUntil,
    SentAt,
    LastError,
}

#[derive(DeriveIden)]
enum AuditLog {
    Table,
    Seq,
    At,
    Actor,
    Action,
    Subject,
    PrevHash,
    Hash,
}

#[derive(DeriveIden)]
enum AuditHead {
    Table,
    Id,
    Seq,
    Hash,
}

fn fk(
    from_table: impl IntoIden,
    from_col: impl IntoIden,
    to_table: impl IntoIden,
    to_col: impl IntoIden,
) -> ForeignKeyCreateStatement {
    ForeignKey::create()
        .from(from_table, from_col)
        .to(to_table, to_col)
        .on_delete(ForeignKeyAction::Restrict)
        .to_owned()
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.create_table(
            Table::create()
                .table(Unit::Table)
                .col(pk_auto(Unit::Id))
                .col(string_uniq(Unit::Slug))
                .col(string(Unit::Name))
                .col(big_integer(Unit::KeySet).default(0))
                .col(timestamp_with_time_zone(Unit::CreatedAt))
                .to_owned(),
        )
        .await?;

        m.create_table(
            Table::create()
                .table(Officer::Table)
                .col(pk_auto(Officer::Id))
                .col(string_uniq(Officer::Login))
                .col(string(Officer::DisplayName))
                .col(boolean(Officer::Active).default(true))
                .col(timestamp_with_time_zone(Officer::CreatedAt))
                .to_owned(),
        )
        .await?;

        m.create_table(
            Table::create()
                .table(Recipient::Table)
                .col(pk_auto(Recipient::Id))
                .col(integer(Recipient::UnitId))
                .col(string(Recipient::Recipient))
                .col(string(Recipient::Kind))
                .col(integer_null(Recipient::OfficerId))
                .col(string(Recipient::Label))
                .col(boolean(Recipient::Active))
                .col(timestamp_with_time_zone(Recipient::AddedAt))
                .col(timestamp_with_time_zone_null(Recipient::RevokedAt))
                .foreign_key(&mut fk(
                    Recipient::Table,
                    Recipient::UnitId,
                    Unit::Table,
                    Unit::Id,
                ))
                .foreign_key(&mut fk(
                    Recipient::Table,
                    Recipient::OfficerId,
                    Officer::Table,
                    Officer::Id,
                ))
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("idx_recipient_unit_active")
                .table(Recipient::Table)
                .col(Recipient::UnitId)
                .col(Recipient::Active)
                .to_owned(),
        )
        .await?;

        m.create_table(
            Table::create()
                .table(OfficerUnit::Table)
                .col(integer(OfficerUnit::OfficerId))
                .col(integer(OfficerUnit::UnitId))
                .col(string(OfficerUnit::Role))
                .primary_key(
                    Index::create()
                        .col(OfficerUnit::OfficerId)
                        .col(OfficerUnit::UnitId),
                )
                .foreign_key(&mut fk(
                    OfficerUnit::Table,
                    OfficerUnit::OfficerId,
                    Officer::Table,
                    Officer::Id,
                ))
                .foreign_key(&mut fk(
                    OfficerUnit::Table,
                    OfficerUnit::UnitId,
                    Unit::Table,
                    Unit::Id,
                ))
                .to_owned(),
        )
        .await?;

        m.create_table(
            Table::create()
                .table(OfficerToken::Table)
                .col(pk_auto(OfficerToken::Id))
                .col(integer(OfficerToken::OfficerId))
                .col(blob_uniq(OfficerToken::TokenDigest))
                .col(string(OfficerToken::Label))
                .col(timestamp_with_time_zone(OfficerToken::CreatedAt))
                .col(timestamp_with_time_zone(OfficerToken::ExpiresAt))
                .foreign_key(&mut fk(
                    OfficerToken::Table,
                    OfficerToken::OfficerId,
                    Officer::Table,
                    Officer::Id,
                ))
                .to_owned(),
        )
        .await?;

        m.create_table(
            Table::create()
                .table(Report::Table)
                .col(big_pk_auto(Report::Id))
                .col(string_uniq(Report::CaseRef))
                .col(integer(Report::UnitId))
                .col(string(Report::Category))
                .col(string_null(Report::Region))
                .col(string(Report::Language))
                .col(boolean(Report::Urgent))
                .col(string(Report::Status))
                .col(blob_uniq(Report::LookupDigest))
                .col(string(Report::ReplyRecipient))
                .col(timestamp_with_time_zone(Report::CreatedAt))
                .col(timestamp_with_time_zone(Report::UpdatedAt))
                .foreign_key(&mut fk(
                    Report::Table,
                    Report::UnitId,
                    Unit::Table,
                    Unit::Id,
                ))
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("idx_report_unit_created")
                .table(Report::Table)
                .col(Report::UnitId)
                .col(Report::CreatedAt)
                .to_owned(),
        )
        .await?;

        m.create_table(
            Table::create()
                .table(Message::Table)
                .col(big_pk_auto(Message::Id))
                .col(big_integer(Message::ReportId))
                .col(string(Message::Sender))
                .col(integer_null(Message::OfficerId))
                .col(blob(Message::Envelope))
                .col(timestamp_with_time_zone(Message::CreatedAt))
                .foreign_key(&mut fk(
                    Message::Table,
                    Message::ReportId,
                    Report::Table,
                    Report::Id,
                ))
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("idx_message_report")
                .table(Message::Table)
                .col(Message::ReportId)
                .col(Message::Id)
                .to_owned(),
        )
        .await?;

        m.create_table(
            Table::create()
                .table(StatusChange::Table)
                .col(big_pk_auto(StatusChange::Id))
                .col(big_integer(StatusChange::ReportId))
                .col(string(StatusChange::Status))
                .col(string_null(StatusChange::Outcome))
                .col(integer_null(StatusChange::OfficerId))
                .col(timestamp_with_time_zone(StatusChange::At))
                .foreign_key(&mut fk(
                    StatusChange::Table,
                    StatusChange::ReportId,
                    Report::Table,
                    Report::Id,
                ))
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("idx_status_change_report")
                .table(StatusChange::Table)
                .col(StatusChange::ReportId)
                .col(StatusChange::Id)
                .to_owned(),
        )
        .await?;

        m.create_table(
            Table::create()
                .table(Outbox::Table)
                .col(big_pk_auto(Outbox::Id))
                .col(integer(Outbox::UnitId))
                .col(string(Outbox::Kind))
                .col(timestamp_with_time_zone(Outbox::CreatedAt))
                .col(integer(Outbox::Attempts).default(0))
                .col(timestamp_with_time_zone(Outbox::NextAttemptAt))
                .col(timestamp_with_time_zone_null(Outbox::LockedUntil))
                .col(timestamp_with_time_zone_null(Outbox::SentAt))
                .col(text_null(Outbox::LastError))
                .foreign_key(&mut fk(
                    Outbox::Table,
                    Outbox::UnitId,
                    Unit::Table,
                    Unit::Id,
                ))
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("idx_outbox_due")
                .table(Outbox::Table)
                .col(Outbox::SentAt)
                .col(Outbox::NextAttemptAt)
                .to_owned(),
        )
        .await?;

        m.create_table(
            Table::create()
                .table(AuditLog::Table)
                .col(big_integer(AuditLog::Seq).primary_key())
                .col(timestamp_with_time_zone(AuditLog::At))
                .col(string(AuditLog::Actor))
                .col(string(AuditLog::Action))
                .col(string(AuditLog::Subject))
                .col(blob(AuditLog::PrevHash))
                .col(blob(AuditLog::Hash))
                .to_owned(),
        )
        .await?;

        m.create_table(
            Table::create()
                .table(AuditHead::Table)
                .col(integer(AuditHead::Id).primary_key())
                .col(big_integer(AuditHead::Seq))
                .col(blob(AuditHead::Hash))
                .to_owned(),
        )
        .await?;
        // The chain starts from 32 zero bytes at sequence 0.
        m.exec_stmt(
            Query::insert()
                .into_table(AuditHead::Table)
                .columns([AuditHead::Id, AuditHead::Seq, AuditHead::Hash])
                .values_panic([1.into(), 0i64.into(), vec![0u8; 32].into()])
                .to_owned(),
        )
        .await?;
        Ok(())
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        for table in [
            AuditHead::Table.into_iden(),
            AuditLog::Table.into_iden(),
            Outbox::Table.into_iden(),
            StatusChange::Table.into_iden(),
            Message::Table.into_iden(),
            Report::Table.into_iden(),
            OfficerToken::Table.into_iden(),
            OfficerUnit::Table.into_iden(),
            Recipient::Table.into_iden(),
            Officer::Table.into_iden(),
            Unit::Table.into_iden(),
        ] {
            m.drop_table(Table::drop().table(table).to_owned()).await?;
        }
        Ok(())
    }
}
