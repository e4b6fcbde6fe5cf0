use sea_orm::entity::prelude::*;

/// A report: routing metadata in clear, content only as envelopes in `message`.
#[sea_orm::model]
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "report")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i64,
    #[sea_orm(unique)]
    pub case_ref: String,
    pub unit_id: i32,
    pub category: String,
    pub region: Option<String>,
    pub language: String,
    pub urgent: bool,
    pub status: String,
    /// HMAC-SHA256 of the reporter's lookup key under the server secret.
    #[sea_orm(unique)]
    pub lookup_digest: Vec<u8>,
    /// age recipient derived from the follow-up code; replies are encrypted to it.
    pub reply_recipient: String,
    /// Rounded to the hour.
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
    /// The officer the case is assigned to.
    pub assigned_to: Option<i32>,
    /// The reporter agreed, in clear at submission, that the unit may refer the case
    /// to a partner organisation (shelter, legal aid, health).
    pub referral_consent: bool,
    /// The hour the case's content was deleted (retention): what is left is a
    /// content-free tombstone.
    pub purged_at: Option<DateTimeUtc>,
    /// `spam` or `abuse` when a supervisor marked the case so: its follow-up code
    /// writes nothing more, and it is purged after `retention.flagged_days`.
    pub flag: Option<String>,
    /// The hour the mark was set.
    pub flagged_at: Option<DateTimeUtc>,
}

impl ActiveModelBehavior for ActiveModel {}
