use sea_orm::entity::prelude::*;

/// A transfer or re-key whose superseded envelopes and files are kept (in
/// `superseded`) until a supervisor confirms that the new ones open, or until
/// `purge_after`. At most one per case.
#[sea_orm::model]
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "reencryption")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub report_id: i64,
    /// The unit the superseded versions are encrypted to (where a restore puts the
    /// case back).
    pub from_unit_id: i32,
    pub to_unit_id: i32,
    /// Who re-encrypted.
    pub officer_id: i32,
    /// To the second: an officer's act, not a reporter's.
    pub created_at: DateTimeUtc,
    /// Rounded to the hour.
    pub purge_after: DateTimeUtc,
}

impl ActiveModelBehavior for ActiveModel {}
