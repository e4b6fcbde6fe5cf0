//! The transparency logs (C2SP tlog-tiles over RFC 6962 hashing): entries waiting
//! for the sequencer and those it has given an index, the tree's stored hashes,
//! and the signed checkpoints. Units also keep the categories the routing file
//! gives them, so that a statement of who can read what names them.

use sea_orm_migration::prelude::*;
use sea_orm_migration::schema::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[derive(DeriveIden)]
enum LogEntry {
    Table,
    Id,
    Log,
    Idx,
    Subject,
    Data,
    CreatedAt,
}

#[derive(DeriveIden)]
enum LogHash {
    Table,
    Log,
    Idx,
    Hash,
}

#[derive(DeriveIden)]
enum LogCheckpoint {
    Table,
    Log,
    Size,
    Note,
    At,
}

#[derive(DeriveIden)]
enum Unit {
    Table,
    Categories,
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.create_table(
            Table::create()
                .table(LogEntry::Table)
                .col(big_pk_auto(LogEntry::Id))
                .col(string(LogEntry::Log))
                // Null until the sequencer integrates the entry into the tree.
                .col(big_integer_null(LogEntry::Idx))
                // What the entry is about (a unit or partner of the key log), to
                // find the statement before it; null for audit entries.
                .col(string_null(LogEntry::Subject))
                .col(blob(LogEntry::Data))
                .col(timestamp_with_time_zone(LogEntry::CreatedAt))
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("log_entry_log_idx")
                .table(LogEntry::Table)
                .col(LogEntry::Log)
                .col(LogEntry::Idx)
                .unique()
                .to_owned(),
        )
        .await?;
        m.create_index(
            Index::create()
                .name("log_entry_subject")
                .table(LogEntry::Table)
                .col(LogEntry::Log)
                .col(LogEntry::Subject)
                .col(LogEntry::Id)
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table(LogHash::Table)
                .col(string(LogHash::Log))
                .col(big_integer(LogHash::Idx))
                .col(blob(LogHash::Hash))
                .primary_key(Index::create().col(LogHash::Log).col(LogHash::Idx))
                .to_owned(),
        )
        .await?;
        m.create_table(
            Table::create()
                .table(LogCheckpoint::Table)
                .col(string(LogCheckpoint::Log))
                .col(big_integer(LogCheckpoint::Size))
                .col(blob(LogCheckpoint::Note))
                .col(timestamp_with_time_zone(LogCheckpoint::At))
                .primary_key(
                    Index::create()
                        .col(LogCheckpoint::Log)
                        .col(LogCheckpoint::Size),
                )
                .to_owned(),
        )
        .await?;
        m.alter_table(
            Table::alter()
                .table(Unit::Table)
                .add_column(string(Unit::Categories).default(""))
                .to_owned(),
        )
        .await
    }

    async fn down(&self, m: &SchemaManager) -> Result<(), DbErr> {
        m.alter_table(
            Table::alter()
                .table(Unit::Table)
                .drop_column(Unit::Categories)
                .to_owned(),
        )
        .await?;
        for t in [
            LogCheckpoint::Table.into_iden(),
            LogHash::Table.into_iden(),
            LogEntry::Table.into_iden(),
        ] {
            m.drop_table(Table::drop().table(t).to_owned()).await?;
        }
        Ok(())
    }
}
