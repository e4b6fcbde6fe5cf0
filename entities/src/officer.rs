use sea_orm::entity::prelude::*;

#[sea_orm::model]
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "officer")]
pub struct Model {
    #[sea_orm(primary_key)]
    pub id: i32,
    #[sea_orm(unique)]
    pub login: String,
    pub display_name: String,
    pub active: bool,
    pub created_at: DateTimeUtc,
    /// Argon2id PHC string; `None` until a password is set.
    pub password_hash: Option<String>,
    /// TOTP secret once enrolment is confirmed.
    pub totp_secret: Option<Vec<u8>>,
    /// TOTP secret offered during enrolment, not yet confirmed.
    pub totp_pending: Option<Vec<u8>>,
    /// Last accepted TOTP time step: codes of that step or earlier are refused.
    pub totp_last_step: Option<i64>,
    /// Failed sign-ins in a row (wrong password or wrong code).
    pub failed_logins: i32,
    /// Of those, wrong codes given with the right password: from `max_failures`
    /// on, a lock also refuses the code check.
    pub code_failures: i32,
    pub locked_until: Option<DateTimeUtc>,
    /// The officer's own age recipient, generated on their device.
    pub recipient: Option<String>,
    /// Their identity, wrapped by a passphrase (age scrypt) on their device.
    pub wrapped_identity: Option<Vec<u8>>,
    /// Where this officer's own notifications go (none: only the unit's address).
    pub email: Option<String>,
    /// "each" (a mail per event), "digest" (one mail per period), or "off".
    /// Urgent reports notify at once whatever the choice.
    pub notify_mode: String,
    pub digest_sent_at: Option<DateTimeUtc>,
    /// A passkey or security key that also wraps the identity (WebAuthn PRF): the
    /// identity string `createCredential` gave (names the credential; not secret).
    pub passkey_credential: Option<String>,
    /// The same identity, wrapped by that passkey (`age-encryption.org/fido2prf`).
    pub passkey_wrapped_identity: Option<Vec<u8>>,
}

impl ActiveModelBehavior for ActiveModel {}
